"""File roles from path and content, and Angular component units."""

from __future__ import annotations

from pathlib import Path

import pytest

from architect_ai.analyze.roles import ROLES, component_units, file_role
from architect_ai.config import SAMPLE_REPO

CASES = [
    # .NET, by name
    (
        "Api/Controllers/BooksController.cs",
        "public class BooksController : ControllerBase {}",
        "csharp",
        "dotnet_controller",
    ),
    ("Api/Dtos/BookDto.cs", "public class BookDto { public string Id { get; set; } }", "csharp", "dotnet_dto"),
    ("Api/Services/BookService.cs", "public class BookService : IBookService {}", "csharp", "dotnet_service"),
    ("Api/Data/BookRepository.cs", "public class BookRepository {}", "csharp", "dotnet_repository"),
    ("Api/Config/MongoDBSettings.cs", "public class MongoDBSettings {}", "csharp", "dotnet_settings"),
    ("Api/Program.cs", "var builder = WebApplication.CreateBuilder(args);", "csharp", "dotnet_startup"),
    ("Api/Startup.cs", "public class Startup {}", "csharp", "dotnet_startup"),
    (
        "Api/Infra/ErrorMiddleware.cs",
        "public class ErrorMiddleware { public ErrorMiddleware(RequestDelegate next) {} }",
        "csharp",
        "dotnet_middleware",
    ),
    ("Api/Models/Book.cs", "public class Book { public string Title { get; set; } }", "csharp", "dotnet_model"),
    # .NET, by content only
    ("Api/Web/BooksApi.cs", "public class BooksApi : ControllerBase {}", "csharp", "dotnet_controller"),
    ("Api/Web/Shelf.cs", "[ApiController]\npublic class Shelf : Base {}", "csharp", "dotnet_controller"),
    ("Api/Web/Orders.cs", "class Orders : BaseApiController {}", "csharp", "dotnet_controller"),
    (
        "Api/Core/Book.cs",
        "public class Book {\n  [BsonId]\n  public string Id { get; set; }\n}",
        "csharp",
        "dotnet_model",
    ),
    ("Api/Core/IStore.cs", "public interface IDatabaseSettings { string Name { get; } }", "csharp", "dotnet_settings"),
    ("Api/Core/Store.cs", "class Store { IMongoCollection<Book> _books; }", "csharp", "dotnet_repository"),
    ("Api/Core/Contracts.cs", "public record CreateBookDto(string Title);", "csharp", "dotnet_dto"),
    ("Api/Core/Helpers.cs", "static class Helpers {}", "csharp", "other_csharp"),
    # Angular
    (
        "src/app/books/book-list.component.ts",
        "@Component({ selector: 'app-x' })\nexport class A {}",
        "typescript",
        "angular_component",
    ),
    (
        "src/app/core/book.service.ts",
        "@Injectable({ providedIn: 'root' })\nexport class BookService { constructor(private http: HttpClient) {} }",
        "typescript",
        "angular_service",
    ),
    (
        "src/app/core/api.ts",
        "@Injectable()\nexport class Api { constructor(http: HttpClient) {} }",
        "typescript",
        "angular_service",
    ),
    ("src/app/models/book.model.ts", "export interface Book { id: string; }", "typescript", "angular_model"),
    (
        "src/app/shared/types.ts",
        "import { X } from './x';\nexport interface Book { id: string; }\nexport type Id = string;",
        "typescript",
        "angular_model",
    ),
    (
        "src/app/app.module.ts",
        "@NgModule({ declarations: [] })\nexport class AppModule {}",
        "typescript",
        "angular_module",
    ),
    ("src/app/auth.guard.ts", "export const authGuard: CanActivateFn = () => true;", "typescript", "angular_guard"),
    (
        "src/app/core/guards.ts",
        "export class AuthGuard implements CanActivate { canActivate() { return true; } }",
        "typescript",
        "angular_guard",
    ),
    (
        "src/app/core/token.ts",
        "export const tokenInterceptor: HttpInterceptorFn = (req, next) => next(req);",
        "typescript",
        "angular_interceptor",
    ),
    ("src/app/shared/isbn.ts", "@Pipe({ name: 'isbn' })\nexport class IsbnPipe {}", "typescript", "angular_pipe"),
    (
        "src/app/app-routing.module.ts",
        "@NgModule({ imports: [RouterModule.forRoot(routes)] })\nexport class R {}",
        "typescript",
        "angular_routing",
    ),
    (
        "src/app/app.config.ts",
        "export const appConfig: ApplicationConfig = { providers: [provideRouter(routes)] };",
        "typescript",
        "angular_module",
    ),
    ("src/app/nav.ts", "const routes: Routes = [{ path: '', component: Home }];", "typescript", "angular_routing"),
    ("src/app/app.routes.ts", "export const routes: Routes = [];", "typescript", "angular_routing"),
    ("src/main.ts", "bootstrapApplication(AppComponent);", "typescript", "other_typescript"),
    # tests, any stack
    ("src/app/book.service.spec.ts", "describe('BookService', () => {});", "typescript", "test"),
    ("tests/Api.Tests/BooksControllerTests.cs", "public class BooksControllerTests {}", "csharp", "test"),
    ("Api/Checks.cs", "public class Checks { [Fact] public void Works() {} }", "csharp", "test"),
    ("pkg/test_models.py", "def test_x(): pass", "python", "test"),
    ("web/src/__tests__/App.jsx", "it('renders', () => {});", "javascript", "test"),
    # configuration
    ("Api/appsettings.json", "{}", "json", "config"),
    ("Api/Api.csproj", "<Project />", "xml", "config"),
    ("deploy/compose.yml", "services: {}", "yaml", "config"),
    ("Api/Api.csproj", "<Project />", "text", "config"),
    # everything else keeps its language
    ("app/models.py", "class Book:\n    pass\n", "python", "other_python"),
    ("web/src/App.tsx", "export function App() { return <div/>; }", "typescript", "other_typescript"),
    ("src/main/java/Book.java", "public class Book {}", "java", "other_java"),
    ("README", "hello", "", "other_text"),
]


@pytest.mark.parametrize(("path", "text", "language", "expected"), CASES, ids=[c[0] + ":" + c[3] for c in CASES])
def test_file_role(path: str, text: str, language: str, expected: str) -> None:
    assert file_role(path, text, language) == expected


def test_every_role_is_reachable_and_known() -> None:
    produced = {file_role(path, text, language) for path, text, language, _ in CASES}
    assert set(ROLES) <= produced
    assert all(role in ROLES or role.startswith("other_") for role in produced)


def test_content_beats_a_misleading_folder() -> None:
    # A DTO kept in Models/ is still a DTO; a service-named file is still a service.
    assert file_role("Api/Models/BookDto.cs", "public class BookDto {}", "csharp") == "dotnet_dto"
    assert file_role("Api/Models/PricingService.cs", "public class PricingService {}", "csharp") == "dotnet_service"


def test_component_units_group_companions_by_stem() -> None:
    paths = [
        "src/app/books/book-list.component.ts",
        "src/app/books/book-list.component.html",
        "src/app/books/book-list.component.scss",
        "src/app/books/book-list.component.spec.ts",
        "src/app/books/book-card.component.ts",
        "src/app/other/book-list.component.html",  # same name, other folder: not a companion
        "src/app/books/book.service.ts",
        "src/styles.scss",
    ]
    units = component_units(paths)
    assert units == {
        "src/app/books/book-card.component.ts": (),
        "src/app/books/book-list.component.ts": (
            "src/app/books/book-list.component.html",
            "src/app/books/book-list.component.scss",
        ),
    }


def test_component_units_accepts_any_iterable_and_is_order_independent() -> None:
    paths = ["a/x.component.css", "a/x.component.ts", "a/x.component.html"]
    assert component_units(iter(paths)) == component_units(reversed(paths))
    assert component_units(paths)["a/x.component.ts"] == ("a/x.component.html", "a/x.component.css")


@pytest.mark.skipif(not (SAMPLE_REPO / "server").is_dir(), reason="sample mother project not present")
def test_roles_of_the_sample_project() -> None:
    language = {".cs": "csharp", ".ts": "typescript", ".json": "json"}
    roles = {}
    for file in sorted(SAMPLE_REPO.rglob("*")):
        if file.is_file() and file.suffix in language and "node_modules" not in file.parts:
            relative = file.relative_to(SAMPLE_REPO).as_posix()
            roles[relative] = file_role(relative, file.read_text(encoding="utf-8"), language[file.suffix])
    by_name = {Path(path).name: role for path, role in roles.items()}
    assert by_name["BooksController.cs"] == "dotnet_controller"
    assert by_name["Program.cs"] == "dotnet_startup"
    assert by_name["IMongoDBSettings.cs"] == "dotnet_settings"
    assert by_name["BookDto.cs"] == "dotnet_dto"
    assert by_name["Book.cs"] == "dotnet_model"
    assert by_name["appsettings.json"] == "config"
    assert {"dotnet_service", "dotnet_repository", "dotnet_middleware", "angular_model"} <= set(roles.values())
    if (SAMPLE_REPO / "client" / "src" / "app").is_dir():
        assert by_name["book.service.ts"] == "angular_service"
        assert by_name["book-list.component.ts"] == "angular_component"
        assert {"angular_routing", "angular_guard", "angular_interceptor", "angular_pipe"} <= set(roles.values())
