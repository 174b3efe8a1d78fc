"""The bundled sample mother project (`examples/mother-project/`): counts, conventions, traceability, no secrets.

Later stages mine conventions, ERDs, sequence and architecture diagrams from this repository, so these tests pin
the shape they rely on: the file mix, the `IMongoDBSettings` injection, controllers on `BaseApiController`, `XxxDto`
classes, BSON-mapped documents, Angular components/services, and that every URL the client calls is served by a
controller action which calls a service that uses a MongoDB collection.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from tree_sitter import Language, Parser

from architect_ai.config import SAMPLE_REPO
from architect_ai.lang import grammar_handle

SERVER = SAMPLE_REPO / "server" / "BookNest.Api"
CLIENT = SAMPLE_REPO / "client"
APP = CLIENT / "src" / "app"

CODE_EXTENSIONS = (".cs", ".ts", ".html", ".scss")
MIN_CODE_FILES = 45
MIN_CONTROLLERS = 7
MIN_DTO_CLASSES = 9
MIN_COMPONENTS = 8
MIN_ANGULAR_SERVICES = 7
MAX_FILE_LINES = 250
PLACEHOLDER_CONNECTION_STRING = "mongodb://localhost:27017"
API_URL = "http://localhost:5000/api"

SECRET_SHAPES = {
    "credentials in a connection string": re.compile(
        r"(mongodb(\+srv)?|postgres(ql)?|mysql|amqp|redis)://[^/\s:@]+:[^@\s]+@"
    ),
    "AWS access key id": re.compile(r"AKIA[0-9A-Z]{16}"),
    "private key block": re.compile(r"-----BEGIN .*PRIVATE KEY-----"),
    "GitHub token": re.compile(r"gh[pousr]_[A-Za-z0-9]{36}"),
    "Slack token": re.compile(r"xox[abposr]-[A-Za-z0-9-]{10,}"),
    "JWT": re.compile(r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\."),
    "hard-coded password": re.compile(r"(?i)(password|pwd)\s*[:=]\s*[\"'][^\"'<{$]{4,}[\"']"),
}


def _files(root: Path, *suffixes: str) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.name.endswith(suffixes))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@cache
def _controllers() -> dict[str, str]:
    """Concrete controller class name -> source, for classes deriving from BaseApiController."""
    found = {}
    for path in _files(SERVER / "Controllers", ".cs"):
        match = re.search(r"public\s+class\s+(\w+Controller)\s*:\s*BaseApiController\b", _read(path))
        if match:
            found[match.group(1)] = _read(path)
    return found


def _controller_routes() -> set[tuple[str, str]]:
    """(HTTP method, normalised path) for every action, resolving `api/[controller]` like ASP.NET Core does."""
    routes = set()
    for name, source in _controllers().items():
        route = re.search(r'\[Route\("([^"]+)"\)\]', source)
        assert route, f"{name} has no [Route]"
        prefix = route.group(1).replace("[controller]", name.removesuffix("Controller").lower())
        for method, template in re.findall(r'\[Http(Get|Post|Put|Delete|Patch)(?:\("([^"]*)"\))?\]', source):
            path = f"{prefix}/{template}" if template else prefix
            routes.add((method.upper(), re.sub(r"\{[^}]+\}", "{}", path)))
    return routes


def _client_calls() -> set[tuple[str, str, str]]:
    """(service file, HTTP method, normalised path) for every `this.http.<verb>` call in the Angular services."""
    calls = set()
    for path in _files(APP / "core" / "services", ".service.ts"):
        source = _read(path)
        base = re.search(r"baseUrl = `\$\{environment\.apiUrl\}/([^`]+)`", source)
        if not base:
            continue
        for verb, url in re.findall(r"this\.http\s*\.(get|post|put|delete|patch)<[^(]*\(\s*([^,)]+)", source):
            url = url.strip()
            url = "`${this.baseUrl}`" if url == "this.baseUrl" else url
            assert url.startswith("`${this.baseUrl}"), f"{path.name}: URL not built from baseUrl: {url}"
            rest = url.strip("`").removeprefix("${this.baseUrl}")
            normalised = re.sub(r"\$\{[^}]+\}", "{}", f"api/{base.group(1)}{rest}")
            calls.add((path.name, verb.upper(), normalised))
    return calls


# --- Files and counts --------------------------------------------------------------------------------------------


def test_sample_project_is_where_the_config_points():
    assert SAMPLE_REPO.is_dir()
    assert SAMPLE_REPO.name == "mother-project"


@pytest.mark.parametrize(
    "relative",
    [
        "README.md",
        ".gitignore",
        "server/BookNest.Api/BookNest.Api.csproj",
        "server/BookNest.Api/Program.cs",
        "server/BookNest.Api/appsettings.json",
        "server/BookNest.Api/appsettings.Development.json",
        "client/package.json",
        "client/angular.json",
        "client/tsconfig.json",
        "client/src/environments/environment.ts",
        "client/src/app/app.routes.ts",
        "client/src/app/app.config.ts",
    ],
)
def test_project_skeleton_files_exist(relative):
    path = SAMPLE_REPO / relative
    assert path.is_file(), relative
    assert path.stat().st_size > 0, relative


def test_enough_code_files_of_each_kind():
    counts = Counter(p.suffix for p in _files(SAMPLE_REPO, *CODE_EXTENSIONS))
    assert sum(counts.values()) >= MIN_CODE_FILES + 10, counts
    assert counts[".cs"] >= 40, counts
    assert counts[".ts"] >= 30, counts
    assert counts[".html"] >= MIN_COMPONENTS, counts
    assert counts[".scss"] >= MIN_COMPONENTS, counts


def test_json_files_are_valid_and_csproj_targets_net8():
    for path in _files(SAMPLE_REPO, ".json"):
        json.loads(_read(path))
    csproj = _read(SERVER / "BookNest.Api.csproj")
    assert "<TargetFramework>net8.0</TargetFramework>" in csproj
    assert 'Include="MongoDB.Driver"' in csproj
    package = json.loads(_read(CLIENT / "package.json"))
    assert package["dependencies"]["@angular/core"].lstrip("^~").startswith("17.")


def test_files_are_sized_like_real_code():
    sizes = {
        p.relative_to(SAMPLE_REPO).as_posix(): len(_read(p).splitlines()) for p in _files(SAMPLE_REPO, ".cs", ".ts")
    }
    too_big = {name: n for name, n in sizes.items() if n > MAX_FILE_LINES}
    assert not too_big
    typical = [n for n in sizes.values() if 10 <= n <= 150]
    assert len(typical) >= 0.8 * len(sizes)


def test_no_build_output_or_dependencies_committed():
    for folder in ("bin", "obj", "node_modules", "dist", ".angular"):
        assert not list(SAMPLE_REPO.rglob(folder)), folder


# --- Server conventions --------------------------------------------------------------------------------------------


def test_mongodb_settings_bound_from_appsettings_with_placeholder_connection_string():
    settings = json.loads(_read(SERVER / "appsettings.json"))
    mongo = settings["MongoDBSettings"]
    assert mongo["ConnectionString"] == PLACEHOLDER_CONNECTION_STRING
    assert mongo["DatabaseName"]
    collection_keys = [k for k in mongo if k.endswith("CollectionName")]
    assert len(collection_keys) >= 7

    interface = _read(SERVER / "Configuration" / "IMongoDBSettings.cs")
    settings_class = _read(SERVER / "Configuration" / "MongoDBSettings.cs")
    assert "public interface IMongoDBSettings" in interface
    assert re.search(r"public class MongoDBSettings\s*:\s*IMongoDBSettings", settings_class)
    for key in ["ConnectionString", "DatabaseName", *collection_keys]:
        assert re.search(rf"string {key} \{{ get; set; \}}", interface), key
        assert re.search(rf"public string {key} \{{ get; set; \}}", settings_class), key


def test_jwt_key_is_a_placeholder_read_from_configuration():
    settings = json.loads(_read(SERVER / "appsettings.json"))
    assert re.fullmatch(r"<[^>]+>", settings["Jwt"]["Key"])
    program = _read(SERVER / "Program.cs")
    assert "AddJwtBearer" in program
    assert "GetSection(JwtSettings.SectionName)" in program
    assert "jwt.Key" in program


def test_program_registers_settings_services_cors_auth_and_swagger():
    program = _read(SERVER / "Program.cs")
    assert "Configure<MongoDBSettings>(builder.Configuration.GetSection(nameof(MongoDBSettings)))" in program
    assert "AddSingleton<IMongoDBSettings>" in program
    for call in ("AddCors", "UseCors", "UseAuthentication", "UseAuthorization", "AddBookNestSwagger", "UseSwagger"):
        assert call in program, call
    assert "UseMiddleware<ExceptionHandlingMiddleware>" in program
    registered = set(re.findall(r"Add(?:Scoped|Singleton|Transient)<I(\w+Service)\s*,", program))
    for controller_source in _controllers().values():
        for injected in re.findall(r"private readonly I(\w+Service) _", controller_source):
            assert injected in registered, injected


def test_services_take_imongodbsettings_and_build_a_mongo_client():
    injected = []
    for path in _files(SERVER, ".cs"):
        source = _read(path)
        if re.search(r"public \w+\(\s*(?:[^)]*,\s*)?IMongoDBSettings settings", source) or re.search(
            r"protected \w+\(IMongoDBSettings settings", source
        ):
            injected.append(path.stem)
            assert "new MongoClient(settings.ConnectionString)" in source or ": base(settings," in source, path.name
            assert "IMongoCollection<" in source or ": base(settings," in source, path.name
    assert len([name for name in injected if name.endswith("Service")]) >= 7, injected
    assert "MongoRepository" in injected


def test_generic_repository_base_over_imongocollection():
    source = _read(SERVER / "Repositories" / "MongoRepository.cs")
    assert re.search(r"public abstract class MongoRepository<TDocument>", source)
    assert "IMongoCollection<TDocument> Collection" in source
    concrete = [p for p in _files(SERVER / "Repositories", ".cs") if ": MongoRepository<" in _read(p)]
    assert len(concrete) >= 2


def test_base_api_controller_is_abstract_controllerbase_with_api_attributes():
    source = _read(SERVER / "Controllers" / "BaseApiController.cs")
    assert "public abstract class BaseApiController : ControllerBase" in source
    assert "[ApiController]" in source
    assert '[Route("api/[controller]")]' in source


def test_controllers_derive_from_base_and_return_dtos():
    controllers = _controllers()
    assert len(controllers) >= MIN_CONTROLLERS + 1, sorted(controllers)
    for name, source in controllers.items():
        actions = re.findall(r"\[Http(?:Get|Post|Put|Delete|Patch)", source)
        assert len(actions) >= 1, name
        assert re.search(r"ActionResult<(?:PagedResultDto<)?(?:IReadOnlyList<)?\w+Dto>", source), name
        # Every action delegates to an injected service.
        assert re.search(r"await _\w+Service\.\w+Async\(", source), name


def test_dto_classes_with_data_annotations():
    dto_classes = []
    for path in _files(SERVER / "Dtos", ".cs"):
        dto_classes += re.findall(r"public class (\w+Dto)\b", _read(path))
    assert len(set(dto_classes)) >= MIN_DTO_CLASSES + 5, dto_classes
    for expected in (
        "BookDto",
        "CreateBookDto",
        "AuthorDto",
        "MemberDto",
        "LoanDto",
        "ReviewDto",
        "CategoryDto",
        "LoginRequestDto",
        "AuthResponseDto",
        "PagedResultDto",
    ):
        assert expected in dto_classes, expected
    annotated = [
        p for p in _files(SERVER / "Dtos", ".cs") if "using System.ComponentModel.DataAnnotations;" in _read(p)
    ]
    assert len(annotated) >= 8
    all_dtos = "\n".join(_read(p) for p in _files(SERVER / "Dtos", ".cs"))
    for attribute in ("[Required]", "[StringLength(", "[Range(", "[EmailAddress]", "[ObjectId]"):
        assert attribute in all_dtos, attribute


def test_documents_use_bson_attributes_and_reference_each_other_by_id():
    models = {p.stem: _read(p) for p in _files(SERVER / "Models", ".cs")}
    documents = {name: src for name, src in models.items() if "[BsonId]" in src}
    assert len(documents) >= 7, sorted(documents)
    for name, source in documents.items():
        assert re.search(r"\[BsonId\]\s*\[BsonRepresentation\(BsonType\.ObjectId\)\]\s*public string\? Id", source), (
            name
        )
        assert '[BsonElement("' in source, name
    assert "public string AuthorId" in documents["Book"]
    assert "public List<string> CategoryIds" in documents["Book"]
    assert "public string BookId" in documents["Loan"] and "public string MemberId" in documents["Loan"]
    assert "public string BookId" in documents["Review"]
    # Nested (embedded) documents: classes with BsonElement but no BsonId, used as property types.
    embedded = [name for name, src in models.items() if '[BsonElement("' in src and "[BsonId]" not in src]
    assert {"Address", "LoanRenewal"} <= set(embedded)
    assert "public Address Address" in documents["Member"]
    assert "public List<LoanRenewal> Renewals" in documents["Loan"]


def test_error_handling_middleware_writes_problem_details():
    source = _read(SERVER / "Middleware" / "ExceptionHandlingMiddleware.cs")
    assert "ProblemDetails" in source
    assert "NotFoundException" in source and "BusinessRuleException" in source
    assert "application/problem+json" in source


def test_mapping_helpers_cover_the_main_documents():
    mappings = "\n".join(_read(p) for p in _files(SERVER / "Mapping", ".cs"))
    for document in ("Book", "Author", "Category", "Member", "Loan", "Review", "InventoryItem", "User"):
        assert re.search(rf"public static \w+Dto ToDto\(this {document} ", mappings), document


# --- Client conventions ---------------------------------------------------------------------------------------------


def test_components_have_ts_html_and_scss():
    components = _files(APP, ".component.ts")
    complete = []
    for ts in components:
        stem = ts.name.removesuffix(".ts")
        html, scss = ts.with_name(f"{stem}.html"), ts.with_name(f"{stem}.scss")
        source = _read(ts)
        assert html.is_file() and scss.is_file(), ts.name
        assert f"templateUrl: './{html.name}'" in source, ts.name
        assert f"styleUrl: './{scss.name}'" in source, ts.name
        assert "standalone: true" in source, ts.name
        complete.append(stem)
    assert len(complete) >= MIN_COMPONENTS + 4, complete
    for name in (
        "book-list",
        "book-detail",
        "book-form",
        "author-list",
        "member-list",
        "loan-list",
        "review-list",
        "login",
        "dashboard",
        "nav",
    ):
        assert f"{name}.component" in complete, name


def test_angular_services_use_httpclient_and_return_observables():
    services = []
    for path in _files(APP, ".service.ts"):
        source = _read(path)
        if "HttpClient" in source and re.search(r"\): Observable<", source):
            assert "@Injectable({ providedIn: 'root' })" in source, path.name
            assert "private http: HttpClient" in source, path.name
            services.append(path.name)
    assert len(services) >= MIN_ANGULAR_SERVICES + 1, services


def test_models_mirror_dtos():
    models = _files(APP / "core" / "models", ".model.ts")
    assert len(models) >= 8
    book_dto = set(re.findall(r"public \S+ (\w+) \{", _read(SERVER / "Dtos" / "BookDto.cs")))
    book_model = set(re.findall(r"^\s+(\w+)\??:", _read(APP / "core" / "models" / "book.model.ts"), re.M))
    assert {name[0].lower() + name[1:] for name in book_dto} <= book_model


def test_environment_points_at_the_local_api():
    assert f"apiUrl: '{API_URL}'" in _read(CLIENT / "src" / "environments" / "environment.ts")
    launch = json.loads(_read(SERVER / "Properties" / "launchSettings.json"))
    assert any(API_URL.removesuffix("/api") in p.get("applicationUrl", "") for p in launch["profiles"].values())


def test_guard_interceptor_routing_and_pipes():
    assert "export const authGuard: CanActivateFn" in _read(APP / "core" / "guards" / "auth.guard.ts")
    interceptor = _read(APP / "core" / "interceptors" / "auth.interceptor.ts")
    assert "HttpInterceptorFn" in interceptor and "Authorization: `Bearer ${accessToken}`" in interceptor
    config = _read(APP / "app.config.ts")
    assert "withInterceptors([authInterceptor" in config and "provideRouter(routes" in config
    routes = _read(APP / "app.routes.ts")
    assert routes.count("canActivate: [authGuard]") >= 4
    pipes = _files(APP, ".pipe.ts")
    assert len(pipes) >= 2 and all("@Pipe({ name: " in _read(p) for p in pipes)


# --- Traceability: component -> Angular service -> controller action -> service -> collection ------------------------


def test_every_client_http_call_is_served_by_a_controller_action():
    calls = _client_calls()
    routes = _controller_routes()
    assert len(calls) >= 30
    unserved = sorted((name, method, path) for name, method, path in calls if (method, path) not in routes)
    assert not unserved


def test_every_controller_action_route_is_called_by_the_client():
    called = {(method, path) for _, method, path in _client_calls()}
    assert sorted(_controller_routes() - called) == []


def test_controller_services_use_collections():
    for name, source in _controllers().items():
        for interface in re.findall(r"private readonly I(\w+Service) _", source):
            impl = SERVER / "Services" / f"{interface}.cs"
            assert impl.is_file(), interface
            impl_source = _read(impl)
            uses_collection = "IMongoCollection<" in impl_source
            uses_repository = re.search(r"private readonly I\w+Repository _", impl_source)
            assert uses_collection or uses_repository, f"{name} -> {interface} reaches no collection"


def test_components_call_angular_services():
    used = Counter()
    for path in _files(APP / "features", ".component.ts"):
        used.update(re.findall(r"private (\w+Service): (\w+Service)", _read(path)))
    http_services = {p.name for p in _files(APP / "core" / "services", ".service.ts") if "HttpClient" in _read(p)}
    injected_types = {t for _, t in used}
    for file_name in http_services:
        class_name = "".join(part.title() for part in file_name.removesuffix(".service.ts").split("-")) + "Service"
        assert class_name in injected_types, class_name


def test_every_client_http_method_is_used_by_a_component():
    """Each chain starts in a component: no Angular service method that calls the API is dead code."""
    component_code = "\n".join(_read(p) for p in _files(APP, ".component.ts"))
    unused = []
    for path in _files(APP / "core" / "services", ".service.ts"):
        source = _read(path)
        if "HttpClient" not in source:
            continue
        for method in re.findall(r"^  (\w+)\([^)]*\): Observable<", source, re.M):
            if not re.search(rf"\.{method}\(", component_code):
                unused.append(f"{path.name}:{method}")
    assert unused == []


def test_external_dependencies_are_configured_placeholders():
    settings = json.loads(_read(SERVER / "appsettings.json"))
    assert settings["Smtp"]["Host"].endswith("example.com")
    assert settings["PaymentGateway"]["BaseUrl"].startswith("https://payments.example.com")
    assert re.fullmatch(r"<[^>]+>", settings["PaymentGateway"]["MerchantId"])


# --- Syntax and secrets ----------------------------------------------------------------------------------------------


def _syntax_errors(language: Language, paths: list[Path]) -> list[str]:
    parser = Parser(language)
    return [p.name for p in paths if parser.parse(p.read_bytes()).root_node.has_error]


def test_csharp_files_parse_without_syntax_errors():
    paths = _files(SAMPLE_REPO, ".cs")
    assert _syntax_errors(Language(grammar_handle("csharp")), paths) == []


def test_typescript_files_parse_without_syntax_errors():
    paths = _files(SAMPLE_REPO, ".ts")
    assert _syntax_errors(Language(grammar_handle("typescript")), paths) == []


def test_no_line_looks_like_a_secret():
    hits = []
    for path in _files(SAMPLE_REPO, ""):
        for number, line in enumerate(_read(path).splitlines(), start=1):
            hits += [f"{path.name}:{number}: {label}" for label, shape in SECRET_SHAPES.items() if shape.search(line)]
    assert hits == []


def test_secret_shapes_catch_the_obvious_cases():
    samples = {
        "credentials in a connection string": "mongodb://admin:hunter22@db.internal:27017",
        "AWS access key id": "AKIA" + "ABCDEFGHIJKLMNOP",
        "private key block": "-----BEGIN RSA PRIVATE KEY-----",
        "hard-coded password": 'Password = "Winter2024!"',
    }
    for label, text in samples.items():
        assert SECRET_SHAPES[label].search(text), label
    assert not SECRET_SHAPES["credentials in a connection string"].search(PLACEHOLDER_CONNECTION_STRING)


def test_detect_secrets_finds_nothing():
    from detect_secrets import SecretsCollection
    from detect_secrets.settings import default_settings

    secrets = SecretsCollection()
    with default_settings():
        for path in _files(SAMPLE_REPO, ""):
            secrets.scan_file(str(path))
    assert secrets.json() == {}
