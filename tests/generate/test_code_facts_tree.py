"""Spec facts of Kotlin, Rust, Ruby, PHP, Swift and SQL (#18: every stack the same depth), read from their trees by
`generate.code_facts_tree` through `code_facts.spec_facts`: exact sentences for a small sample of each language."""

from __future__ import annotations

import pytest

from architect_ai.data import Chunk
from architect_ai.generate.code_facts import spec_facts

KOTLIN_CONTROLLER = """package com.shop.book

@RestController
@RequestMapping("/api/books")
class BookController(private val books: BookService, private val clock: Clock) : BaseController(), Auditable {
    @GetMapping("/{id}")
    fun find(@PathVariable id: Long): Book = books.find(id)

    @PostMapping
    suspend fun create(@RequestBody book: Book): Book {
        return books.save(book)
    }

    private fun log(message: String) = println(message)
}
"""
KOTLIN_DATA = """package com.shop.book

data class BookDto(val id: Long, val title: String, var tags: List<String> = emptyList()) : Serializable
"""
RUST = """use std::sync::Arc;

#[derive(Debug, Clone)]
pub struct Loan {
    pub id: u64,
    pub due: Option<String>,
}

pub struct LoanService {
    repo: Arc<dyn LoanRepository>,
}

impl LoanService {
    pub fn new(repo: Arc<dyn LoanRepository>, limit: usize) -> Self {
        Self { repo }
    }

    pub fn open(&self, id: u64) -> Result<Loan, Error> {
        self.repo.find(id)
    }

    fn helper(&self) {}
}

impl Display for LoanService {
    fn fmt(&self, f: &mut Formatter) -> fmt::Result {
        write!(f, "loans")
    }
}
"""
RUBY = """class Loan < ApplicationRecord
  include Auditable
  belongs_to :book
  has_many :reminders, dependent: :destroy
  validates :due_on, presence: true

  def overdue?(today = Date.current)
    due_on < today
  end

  private

  def secret
    1
  end
end
"""
PHP = """<?php

namespace App\\Services;

final class LoanService extends BaseService implements LoanServiceInterface
{
    private int $limit = 3;
    protected $casts = ['due' => 'date'];

    public function __construct(private LoanRepository $loans, ?Clock $clock = null)
    {
    }

    public function open(int $bookId): Loan
    {
        return $this->loans->create($bookId);
    }

    private function hidden(): void
    {
    }
}
"""
SWIFT = """import Foundation

final class LoanStore: ObservableObject, LoanStoring {
    @Published var loans: [Loan] = []
    let limit: Int
    private let api: LoanAPI

    var count: Int { loans.count }

    init(api: LoanAPI, limit: Int) {
        self.api = api
        self.limit = limit
    }

    func refresh() async throws {
        loans = try await api.fetch()
    }

    private func reset() {}
}
"""
SQL = """CREATE TABLE loans (
    id SERIAL PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES books (id),
    member_id INTEGER NOT NULL,
    due DATE NOT NULL,
    FOREIGN KEY (member_id) REFERENCES members (id)
);
"""
SQL_VIEW = """CREATE VIEW overdue_loans AS
SELECT l.id, m.email AS member_email
FROM loans l
JOIN members m ON m.id = l.member_id
WHERE l.due < now();
"""
SQL_FUNCTION = """CREATE FUNCTION open_loans(member integer) RETURNS bigint AS $$
    SELECT count(*) FROM loans WHERE member_id = member;
$$ LANGUAGE sql;
"""


def _facts(text: str, language: str, symbol: str, *, blind: bool = False) -> list[str]:
    chunk = Chunk(f"src/{symbol}.{language}", 1, text.count("\n"), text, language, f"other_{language}", symbol, "file")
    return spec_facts(chunk, None, blind=blind)


def test_a_kotlin_controller_has_its_supertypes_constructor_routes_and_public_funs_never_the_java_reading() -> None:
    assert _facts(KOTLIN_CONTROLLER, "kotlin", "BookController") == [
        "derives from or implements `BaseController`, `Auditable`",
        "serves `GET /api/books/{id}`, `POST /api/books`",
        "takes `BookService`, `Clock` through its constructor",
        "exposes `fun find(id: Long): Book`; `fun create(book: Book): Book`",  # `private fun log` is no API
    ]


def test_a_kotlin_data_class_is_its_properties_not_its_dependencies() -> None:
    assert _facts(KOTLIN_DATA, "kotlin", "BookDto") == [
        "is a `data class`",
        "derives from or implements `Serializable`",
        "holds the fields `id: Long`, `title: String`, `tags: List<String>`",
    ]


def test_rust_structs_derives_impl_for_new_and_pub_fns() -> None:
    assert _facts(RUST, "rust", "Loan") == [
        "declares the struct `Loan` with `id: u64`, `due: Option<String>`, derives `Debug`, `Clone`",
        "declares the struct `LoanService` deriving from or implementing `Display`",
        "takes `Arc<dyn LoanRepository>` through its constructor",
        "exposes `fn open(&self, id: u64) -> Result<Loan, Error>`; `fn fmt(&self, f: &mut Formatter) -> fmt::Result`",
    ]
    # blind: what names the chunk's own type goes (the struct `Loan`, `open`'s `Result<Loan, …>`)
    assert _facts(RUST, "rust", "Loan", blind=True) == [
        "declares the struct `LoanService` deriving from or implementing `Display`",
        "takes `Arc<dyn LoanRepository>` through its constructor",
        "exposes `fn fmt(&self, f: &mut Formatter) -> fmt::Result`",
    ]


def test_a_rails_model_has_its_superclass_mixins_macros_and_public_defs() -> None:
    assert _facts(RUBY, "ruby", "Loan") == [
        "derives from or implements `ApplicationRecord`",
        "includes `Auditable`",
        "declares `belongs_to :book`, `has_many :reminders, dependent: :destroy`, `validates :due_on, presence: true`",
        "exposes `def overdue?(today = Date.current)`",  # `def secret` is below `private`
    ]


def test_a_php_class_has_its_parents_promoted_dependencies_properties_and_public_methods() -> None:
    assert _facts(PHP, "php", "LoanService") == [
        "derives from or implements `BaseService`, `LoanServiceInterface`",
        "holds the fields `$limit: int`, `$casts = ['due' => 'date']`",
        "takes `LoanRepository`, `Clock` through its constructor",
        "exposes `function open(int $bookId): Loan`",
    ]
    body = PHP.split("\n", 4)[-1]  # a class cut out of its file, without `<?php`, reads the same
    assert _facts(body, "php", "LoanService") == _facts(PHP, "php", "LoanService")


def test_a_swift_class_has_its_conformances_stored_properties_init_dependencies_and_funcs() -> None:
    assert _facts(SWIFT, "swift", "LoanStore") == [
        "derives from or implements `ObservableObject`, `LoanStoring`",
        "holds the fields `loans: [Loan]`, `limit: Int`",  # `count` is computed, `api` private
        "takes `LoanAPI` through its constructor",  # `limit: Int` is a value, not a dependency
        "exposes `func refresh() async throws`",
    ]


@pytest.mark.parametrize(
    ("text", "symbol", "expected"),
    [
        (
            SQL,
            "loans",
            [
                "creates a table with the columns `id SERIAL`, `book_id INTEGER`, `member_id INTEGER`, `due DATE`",
                "has the primary key `id`",
                "has the foreign keys `book_id` → `books(id)`, `member_id` → `members(id)`",
            ],
        ),
        (SQL_VIEW, "overdue_loans", ["creates a view over `loans`, `members`", "selects `id`, `member_email`"]),
        (
            SQL_FUNCTION,
            "open_loans",
            ["takes `member integer` and returns `bigint`", "is written in `sql`, reading `loans`"],
        ),
    ],
    ids=["table", "view", "function"],
)
def test_sql_tables_views_and_functions(text: str, symbol: str, expected: list[str]) -> None:
    assert _facts(text, "sql", symbol) == expected


def test_a_rails_migration_and_routes_file_say_their_tables_and_routes() -> None:
    migration = (
        "class CreateLoans < ActiveRecord::Migration[7.1]\n  def change\n    create_table :loans do |t|\n"
        "      t.references :book, foreign_key: true\n      t.date :due_on\n    end\n"
        "    add_index :loans, :due_on\n  end\nend\n"
    )
    assert _facts(migration, "ruby", "CreateLoans") == [
        "derives from or implements `ActiveRecord::Migration[7.1]`",
        "creates the table `loans` with `t.references :book, foreign_key: true`, `t.date :due_on`",
        "also calls `add_index :loans, :due_on`",
        "exposes `def change`",
    ]
    routes = (
        "Rails.application.routes.draw do\n  resources :loans, only: %i[index create]\n"
        "  namespace :admin do\n    resources :members\n  end\n  # get '/old'\nend\n"
    )
    assert _facts(routes, "ruby", "routes", blind=True) == [
        "draws `resources :loans, only: %i[index create]`, `resources :members` in `namespace :admin`"
    ]


def test_laravel_routes_with_group_prefixes_and_a_schema_migration() -> None:
    routes = (
        "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\n"
        "Route::get('/loans', [LoanController::class, 'index']);\n"
        "Route::prefix('v2')->group(function () {\n    Route::post('loans', [LoanController::class, 'store']);\n"
        "    Route::apiResource('members', MemberController::class);\n});\n"
    )
    assert _facts(routes, "php", "web") == [
        "registers the routes `GET /loans` to `LoanController@index`, `POST /v2/loans` to `LoanController@store`, "
        "`apiResource /v2/members` to `MemberController`"
    ]
    migration = (
        "<?php\n\nreturn new class extends Migration\n{\n    public function up(): void\n    {\n"
        "        Schema::create('loans', function (Blueprint $table) {\n            $table->id();\n"
        "            $table->date('due_on')->nullable();\n        });\n    }\n};\n"
    )
    assert _facts(migration, "php", "create_loans_table") == [
        "creates the table `loans` with `$table->id()`, `$table->date('due_on')->nullable()`"
    ]
