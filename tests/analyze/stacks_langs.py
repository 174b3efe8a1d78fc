"""Small synthetic repositories for issue #18 point 2 and Kotlin Spring (point 3), written for these tests: a Kotlin
Spring Boot service (REST controllers taking services through their constructors, services taking Spring Data
repositories, JPA entities on a shared base), a Rust crate (`impl Repository for …`, `new(…)` taking a pool) and a
PHP application (`class X extends BaseController`, `__construct(private XRepository …)`).

Each is a dict of POSIX path → text for `tests.repo_factory.make_repo` / `write_files`.
"""

from __future__ import annotations

_KT = "src/main/kotlin/com/shop"


def _kotlin_resource(name: str, lower: str) -> dict[str, str]:
    return {
        f"{_KT}/{lower}/{name}.kt": f"""package com.shop.{lower}

import com.shop.common.BaseEntity
import jakarta.persistence.Entity
import jakarta.persistence.Id

@Entity
class {name}(
    @Id
    val id: Long? = null,
    var title: String = "",
) : BaseEntity()
""",
        f"{_KT}/{lower}/{name}Repository.kt": f"""package com.shop.{lower}

import org.springframework.data.jpa.repository.JpaRepository

interface {name}Repository : JpaRepository<{name}, Long>
""",
        f"{_KT}/{lower}/{name}Service.kt": f"""package com.shop.{lower}

import com.shop.common.BaseService
import org.springframework.context.ApplicationEventPublisher
import org.springframework.stereotype.Service

// The {lower} rules live here.
@Service
class {name}Service(
    private val repository: {name}Repository,
    private val events: ApplicationEventPublisher,
) : BaseService() {{
    fun all(): List<{name}> = repository.findAll()

    fun create(item: {name}): {name} {{
        audit("create")
        events.publishEvent(item)
        return repository.save(item)
    }}
}}
""",
        f"{_KT}/{lower}/{name}Controller.kt": f"""package com.shop.{lower}

import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestBody
import org.springframework.web.bind.annotation.RequestMapping
import org.springframework.web.bind.annotation.RestController

@RestController
@RequestMapping("/api/{lower}s")
class {name}Controller(private val {lower}Service: {name}Service) {{
    @GetMapping
    fun list(): List<{name}> = {lower}Service.all()

    // @DeleteMapping("/{{id}}") is not served yet
    @PostMapping
    fun create(@RequestBody item: {name}): {name} {{
        return this.{lower}Service.create(item)
    }}
}}
""",
    }


KOTLIN_SPRING = {
    f"{_KT}/common/BaseEntity.kt": """package com.shop.common

import jakarta.persistence.MappedSuperclass

@MappedSuperclass
abstract class BaseEntity {
    var version: Long = 0
}
""",
    f"{_KT}/common/BaseService.kt": """package com.shop.common

abstract class BaseService {
    protected fun audit(action: String) {
        println(action)
    }
}
""",
    **_kotlin_resource("Book", "book"),
    **_kotlin_resource("Author", "author"),
    **_kotlin_resource("Order", "order"),
    "src/test/kotlin/com/shop/book/BookControllerTests.kt": """package com.shop.book

class BookControllerTests(private val fake: BookService) {
    fun listsBooks() {
        println(fake.all())
    }
}
""",
}


def _rust_store(name: str, lower: str) -> str:
    return f"""use std::sync::Arc;

use crate::db::{{Pool, Repository}};

/// One stored {lower}.
#[derive(Debug, Clone)]
pub struct {name} {{
    pub id: i64,
}}

pub struct Pg{name}Repository {{
    pool: Arc<Pool>,
}}

impl Pg{name}Repository {{
    pub fn new(pool: Arc<Pool>) -> Self {{
        Self {{ pool }}
    }}
}}

// impl Cache for Pg{name}Repository is still to come
impl Repository<{name}> for Pg{name}Repository {{
    fn find(&self, id: i64) -> Option<{name}> {{
        self.pool.get(id).map(|_| {name} {{ id }})
    }}
}}
"""


RUST_CRATE = {
    "src/db.rs": """pub struct Pool;

impl Pool {
    pub fn get(&self, id: i64) -> Option<i64> {
        Some(id)
    }
}

pub trait Repository<T> {
    fn find(&self, id: i64) -> Option<T>;
}
""",
    "src/books.rs": _rust_store("Book", "book"),
    "src/authors.rs": _rust_store("Author", "author"),
    "src/orders.rs": _rust_store("Order", "order"),
}


def _php_controller(name: str) -> str:
    return f"""<?php

namespace App\\Http\\Controllers;

use App\\Repositories\\{name}Repository;

# A controller of {name.lower()}s.
class {name}Controller extends BaseController
{{
    public function __construct(private {name}Repository $repository)
    {{
    }}

    public function index(): array
    {{
        return $this->repository->all();
    }}
}}
"""


PHP_APP = {
    "app/Http/Controllers/BaseController.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\nabstract class BaseController\n{\n}\n",
    **{f"app/Http/Controllers/{n}Controller.php": _php_controller(n) for n in ("Book", "Author", "Order")},
}
