"""Small synthetic repositories of one language each, written for the spec-fact tests of issue #18 (every stack the
same depth): a Rails application (models with associations and validations, a service, a controller), a Swift
package (models, a protocol, a service taking its dependencies through `init`, a view model), a SQL schema (tables
with keys, a view, a function), a Rust crate (derived structs, a trait and its `impl … for …`, handlers) and a
Laravel-ish PHP application (models, controllers taking services through promoted constructors, a form request).

Each is a dict of POSIX path → text for `tests.repo_factory.make_repo`.
"""

from __future__ import annotations


def _rails_model(name: str, table: str, parent: str, children: str, field: str) -> str:
    return f"""class {name} < ApplicationRecord
  belongs_to :{parent}
  has_many :{children}, dependent: :destroy
  validates :{field}, presence: true, length: {{ maximum: 120 }}

  scope :recent, -> {{ order(created_at: :desc) }}

  def display_{field}
    "#{{{field}.titleize}} (#{{{parent}.name}})"
  end

  def self.search(term)
    where("{field} LIKE ?", "%#{{term}}%")
  end
end
"""


RAILS = {
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '~> 7.1'\n",
    "app/models/application_record.rb": "class ApplicationRecord < ActiveRecord::Base\n  primary_abstract_class\nend\n",
    "app/models/book.rb": _rails_model("Book", "books", "author", "reviews", "title"),
    "app/models/chapter.rb": _rails_model("Chapter", "chapters", "book", "paragraphs", "heading"),
    "app/models/review.rb": """class Review < ApplicationRecord
  belongs_to :book
  belongs_to :reader, class_name: "User"
  validates :rating, numericality: { in: 1..5 }

  def positive?
    rating >= 4
  end
end
""",
    "app/services/book_importer.rb": """class BookImporter
  include Loggable

  def initialize(client, repository: Book)
    @client = client
    @repository = repository
  end

  def call(isbn, overwrite: false)
    data = @client.fetch(isbn)
    log("importing #{isbn}")
    @repository.create!(title: data[:title]) unless overwrite
  end
end
""",
    "app/services/review_notifier.rb": """class ReviewNotifier
  include Loggable

  def initialize(mailer, threshold: 4)
    @mailer = mailer
    @threshold = threshold
  end

  def call(review)
    return unless review.rating >= @threshold
    log("notifying #{review.id}")
    @mailer.deliver(review)
  end
end
""",
    "app/controllers/books_controller.rb": """class BooksController < ApplicationController
  before_action :set_book, only: %i[show update]

  def index
    @books = Book.recent
    render json: @books
  end

  def show
    render json: @book
  end

  def update(permitted = book_params)
    @book.update!(permitted)
    render json: @book
  end

  private

  def set_book
    @book = Book.find(params[:id])
  end
end
""",
    "db/migrate/20240101000000_create_books.rb": """class CreateBooks < ActiveRecord::Migration[7.1]
  def change
    create_table :books do |t|
      t.string :title, null: false
      t.references :author, foreign_key: true
      t.integer :pages
      t.timestamps
    end
    add_index :books, :title
  end
end
""",
    "config/routes.rb": """Rails.application.routes.draw do
  resources :books, only: %i[index show update]
  namespace :admin do
    resources :reviews
  end
  get "/health", to: "health#show"
end
""",
    "spec/models/book_spec.rb": """require "rails_helper"

RSpec.describe Book do
  it "shows the author" do
    expect(Book.new(title: "x").display_title).to include("X")
  end
end
""",
}


def _swift_service(name: str, lower: str) -> str:
    return f"""import Foundation

final class {name}Service: {name}Servicing {{
    private let repository: {name}Repository
    private let clock: Clock

    init(repository: {name}Repository, clock: Clock) {{
        self.repository = repository
        self.clock = clock
    }}

    func all{name}s() async throws -> [{name}] {{
        try await repository.fetchAll()
    }}

    func save(_ {lower}: {name}) async throws {{
        try await repository.store({lower}, at: clock.now())
    }}
}}
"""


SWIFT_APP = {
    "Package.swift": """// swift-tools-version:5.9
import PackageDescription

let package = Package(name: "Library", targets: [.target(name: "Library")])
""",
    "Sources/Library/Models/Book.swift": """import Foundation

struct Book: Codable, Identifiable, Equatable {
    let id: UUID
    var title: String
    var pages: Int
    var rating: Double?
}
""",
    "Sources/Library/Models/Member.swift": """import Foundation

struct Member: Codable, Identifiable {
    let id: UUID
    var name: String
    var joined: Date
}
""",
    "Sources/Library/Services/Protocols.swift": """import Foundation

protocol Clock {
    func now() -> Date
}

protocol BookRepository {
    func fetchAll() async throws -> [Book]
    func store(_ book: Book, at date: Date) async throws
}

protocol BookServicing {
    func allBooks() async throws -> [Book]
}
""",
    "Sources/Library/Services/BookService.swift": _swift_service("Book", "book"),
    "Sources/Library/Services/MemberService.swift": _swift_service("Member", "member"),
    "Sources/Library/ViewModels/BookListViewModel.swift": """import Foundation

@MainActor
final class BookListViewModel: ObservableObject {
    @Published var books: [Book] = []
    @Published var failed = false
    private let service: BookServicing

    init(service: BookServicing) {
        self.service = service
    }

    func load() async {
        do {
            books = try await service.allBooks()
        } catch {
            failed = true
        }
    }
}
""",
    "Tests/LibraryTests/BookServiceTests.swift": """import XCTest
@testable import Library

final class BookServiceTests: XCTestCase {
    func testLoadsBooks() async throws {
        XCTAssertTrue(true)
    }
}
""",
}


SQL_SCHEMA = {
    "db/schema/001_authors.sql": """CREATE TABLE authors (
    id SERIAL PRIMARY KEY,
    name VARCHAR(120) NOT NULL,
    born DATE,
    created_at TIMESTAMP NOT NULL DEFAULT now()
);
""",
    "db/schema/002_books.sql": """CREATE TABLE books (
    id SERIAL PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id),
    title VARCHAR(200) NOT NULL,
    isbn CHAR(13) UNIQUE,
    price NUMERIC(8, 2) NOT NULL DEFAULT 0
);
""",
    "db/schema/003_reviews.sql": """CREATE TABLE reviews (
    id SERIAL PRIMARY KEY,
    book_id INTEGER NOT NULL,
    rating SMALLINT NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body TEXT,
    FOREIGN KEY (book_id) REFERENCES books (id) ON DELETE CASCADE
);
""",
    "db/schema/004_loans.sql": """CREATE TABLE loans (
    book_id INTEGER NOT NULL REFERENCES books (id),
    member_email VARCHAR(200) NOT NULL,
    due DATE NOT NULL,
    PRIMARY KEY (book_id, member_email)
);
""",
    "db/schema/010_views.sql": """CREATE VIEW book_ratings AS
SELECT b.id, b.title, avg(r.rating) AS average_rating
FROM books b
JOIN reviews r ON r.book_id = b.id
GROUP BY b.id, b.title;
""",
    "db/schema/020_functions.sql": """CREATE FUNCTION books_by_author(author integer, max_price numeric) RETURNS SETOF books AS $$
    SELECT * FROM books WHERE author_id = author AND price <= max_price;
$$ LANGUAGE sql;
""",
}


def _rust_handlers(name: str, lower: str) -> str:
    return f"""use std::sync::Arc;

use crate::models::{name};
use crate::store::Store;

pub struct {name}Handler {{
    store: Arc<dyn Store<{name}>>,
    page_size: usize,
}}

impl {name}Handler {{
    pub fn new(store: Arc<dyn Store<{name}>>, page_size: usize) -> Self {{
        Self {{ store, page_size }}
    }}

    pub fn list(&self, page: usize) -> Vec<{name}> {{
        self.store.all().into_iter().skip(page * self.page_size).take(self.page_size).collect()
    }}

    pub fn find(&self, id: u64) -> Option<{name}> {{
        self.store.get(id)
    }}
}}
"""


RUST_APP = {
    "Cargo.toml": '[package]\nname = "library"\nversion = "0.1.0"\nedition = "2021"\n',
    "src/models.rs": """use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Book {
    pub id: u64,
    pub title: String,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    pub id: u64,
    pub name: String,
    pub email: Option<String>,
}
""",
    "src/store.rs": """use std::collections::HashMap;
use std::sync::Mutex;

pub trait Store<T>: Send + Sync {
    fn all(&self) -> Vec<T>;
    fn get(&self, id: u64) -> Option<T>;
}

pub struct MemoryStore<T> {
    items: Mutex<HashMap<u64, T>>,
}

impl<T: Clone + Send> Store<T> for MemoryStore<T> {
    fn all(&self) -> Vec<T> {
        self.items.lock().unwrap().values().cloned().collect()
    }

    fn get(&self, id: u64) -> Option<T> {
        self.items.lock().unwrap().get(&id).cloned()
    }
}
""",
    "src/books.rs": _rust_handlers("Book", "book"),
    "src/members.rs": _rust_handlers("Member", "member"),
}


def _laravel_controller(name: str, lower: str) -> str:
    return f"""<?php

namespace App\\Http\\Controllers;

use App\\Http\\Requests\\Store{name}Request;
use App\\Services\\{name}Service;
use Illuminate\\Http\\JsonResponse;

class {name}Controller extends Controller
{{
    public function __construct(private {name}Service ${lower}s)
    {{
    }}

    public function index(): JsonResponse
    {{
        return response()->json($this->{lower}s->all());
    }}

    public function store(Store{name}Request $request): JsonResponse
    {{
        return response()->json($this->{lower}s->create($request->validated()), 201);
    }}
}}
"""


def _laravel_service(name: str) -> str:
    return f"""<?php

namespace App\\Services;

use App\\Models\\{name};
use Illuminate\\Support\\Collection;
use Psr\\Log\\LoggerInterface;

class {name}Service
{{
    private int $pageSize = 20;

    public function __construct(private LoggerInterface $logger)
    {{
    }}

    public function all(): Collection
    {{
        return {name}::query()->limit($this->pageSize)->get();
    }}

    public function create(array $data): {name}
    {{
        $this->logger->info('creating');
        return {name}::create($data);
    }}
}}
"""


def _laravel_model(name: str, fillable: str, relation: str, related: str) -> str:
    return f"""<?php

namespace App\\Models;

use Illuminate\\Database\\Eloquent\\Model;
use Illuminate\\Database\\Eloquent\\Relations\\BelongsTo;

class {name} extends Model
{{
    protected $fillable = [{fillable}];

    public function {relation}(): BelongsTo
    {{
        return $this->belongsTo({related}::class);
    }}
}}
"""


LARAVEL = {
    "composer.json": '{"require": {"laravel/framework": "^11.0"}}\n',
    "app/Http/Controllers/Controller.php": "<?php\n\nnamespace App\\Http\\Controllers;\n\n"
    "abstract class Controller\n{\n}\n",
    "app/Http/Controllers/BookController.php": _laravel_controller("Book", "book"),
    "app/Http/Controllers/MemberController.php": _laravel_controller("Member", "member"),
    "app/Services/BookService.php": _laravel_service("Book"),
    "app/Services/MemberService.php": _laravel_service("Member"),
    "app/Models/Book.php": _laravel_model("Book", "'title', 'isbn', 'author_id'", "author", "Author"),
    "app/Models/Member.php": _laravel_model("Member", "'name', 'email', 'library_id'", "library", "Library"),
    "app/Http/Requests/StoreBookRequest.php": """<?php

namespace App\\Http\\Requests;

use Illuminate\\Foundation\\Http\\FormRequest;

class StoreBookRequest extends FormRequest
{
    public function rules(): array
    {
        return ['title' => 'required|max:200', 'isbn' => 'required|size:13'];
    }
}
""",
    "routes/api.php": """<?php

use App\\Http\\Controllers\\BookController;
use App\\Http\\Controllers\\MemberController;
use Illuminate\\Support\\Facades\\Route;

Route::get('/books', [BookController::class, 'index']);
Route::post('/books', [BookController::class, 'store']);
Route::prefix('v1')->group(function () {
    Route::apiResource('members', MemberController::class);
});
""",
    "database/migrations/2024_01_01_000000_create_books_table.php": """<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        Schema::create('books', function (Blueprint $table) {
            $table->id();
            $table->string('title', 200);
            $table->foreignId('author_id')->constrained();
            $table->timestamps();
        });
    }

    public function down(): void
    {
        Schema::dropIfExists('books');
    }
};
""",
    "tests/Feature/BookControllerTest.php": """<?php

namespace Tests\\Feature;

use Tests\\TestCase;

class BookControllerTest extends TestCase
{
    public function test_lists_books(): void
    {
        $this->getJson('/api/books')->assertOk();
    }
}
""",
}

STACKS_MORE = {
    "RAILS": RAILS,
    "SWIFT_APP": SWIFT_APP,
    "SQL_SCHEMA": SQL_SCHEMA,
    "RUST_APP": RUST_APP,
    "LARAVEL": LARAVEL,
}
