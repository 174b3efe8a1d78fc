"""The builtin Angular templates follow the repository's DI style: `inject()` fields where the repo uses them."""

from __future__ import annotations

from architect_ai.data import Convention
from architect_ai.generate.di_style import to_inject_function, uses_inject_function
from architect_ai.generate.library import load_items
from architect_ai.generate.library_fit import fit_library

SERVICE = """import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class BookService {
  constructor(private http: HttpClient, private readonly router: Router) {}
}
"""

INJECT = Convention("angular_inject_function", "d", 4, ("HttpClient",), origin="catalogue")
CONSTRUCTOR = Convention("angular_constructor_injection", "d", 4, ("HttpClient",), origin="catalogue")


def test_constructor_properties_become_inject_fields_and_inject_is_imported():
    code = to_inject_function(SERVICE)
    assert "constructor" not in code
    assert "  private http = inject(HttpClient);\n  private readonly router = inject(Router);\n" in code
    assert code.startswith("import { Injectable, inject } from '@angular/core';\n")


def test_a_constructor_that_does_work_or_takes_plain_parameters_is_left_alone():
    with_body = SERVICE.replace("Router) {}", "Router) {\n    this.load();\n  }")
    assert to_inject_function(with_body) == with_body
    plain = "export class ApiError extends Error {\n  constructor(message: string) {}\n}\n"
    assert to_inject_function(plain) == plain


def test_only_a_repository_that_uses_inject_and_not_constructors_gets_the_rewrite():
    assert uses_inject_function([INJECT])
    assert not uses_inject_function([INJECT, CONSTRUCTOR]) and not uses_inject_function([CONSTRUCTOR])
    items = load_items("code-prototype")
    roles, languages = ["angular_service", "angular_component"], ["typescript"]
    inject_repo = fit_library(items, mode="matching", languages=languages, roles=roles, conventions=[INJECT])
    ctor_repo = fit_library(items, mode="matching", languages=languages, roles=roles, conventions=[CONSTRUCTOR])
    angular = [i for i in inject_repo if i.kind == "code_template" and i.language == "typescript"]
    assert angular, "Angular templates fit an Angular repository"
    assert any("= inject(HttpClient);" in i.answer for i in angular)
    assert not any(i.answer.count("constructor(private http: HttpClient) {}") for i in angular)
    assert any("constructor(private http: HttpClient) {}" in i.answer for i in ctor_repo)
