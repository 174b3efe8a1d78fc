from architect_ai.data import Chunk, Convention, Evidence
from architect_ai.generate.templates import code_answer, convention_hint, conventions_shown, fence

CONTROLLER = """public class BooksController : BaseApiController
{
    private readonly BookService _books;
    public BooksController(BookService books) => _books = books;

    [HttpGet("{id}")]
    public async Task<ActionResult<BookDto>> Get(string id) => Ok(await _books.GetAsync(id));
}"""

CONVENTIONS = [
    Convention(
        "controller_base_class",
        "Controllers derive from BaseApiController",
        7,
        ("BaseApiController",),
        (Evidence("a.cs", 1, "x"),),
    ),
    Convention("dto_suffix", "DTO classes end in Dto", 9, ("Dto",)),
    Convention("settings_interface_injection", "IMongoDBSettings injected", 5, ("IMongoDBSettings",)),
]


def chunk(role="dotnet_controller", text=CONTROLLER, symbol="BooksController", parts=()):
    return Chunk("server/Controllers/BooksController.cs", 3, 10, text, "csharp", role, symbol, "file", parts)


def test_answer_is_the_verbatim_code_with_its_path_never_its_lines():
    answer = code_answer(chunk())
    assert answer.startswith("`server/Controllers/BooksController.cs`\n\n")
    assert "lines" not in answer.split("\n", 1)[0]
    assert "```csharp\n" + CONTROLLER + "\n```" in answer


def test_component_answer_includes_its_template_and_styles():
    parts = (("app/x.component.html", "html", "<p>{{ x }}</p>"), ("app/x.component.scss", "scss", "p { color: red; }"))
    answer = code_answer(chunk("angular_component", "export class XComponent {}", "XComponent", parts))
    assert "`app/x.component.html`\n\n```html\n<p>{{ x }}</p>\n```" in answer
    assert "```scss\np { color: red; }\n```" in answer


def test_fence_grows_past_backticks_in_the_code():
    assert fence("a = '```'", "python").startswith("````python\n")


def test_conventions_shown_are_those_the_code_shows_not_names_that_occur():
    # `BookDto` is used, not declared: the DTO suffix convention is not shown by this controller.
    assert conventions_shown(CONTROLLER, CONVENTIONS, "csharp") == ("controller_base_class",)
    dto = "public record CreateBookDto(string Title);"
    assert conventions_shown(dto, CONVENTIONS, "csharp") == ("dto_suffix",)


def test_a_hint_names_only_a_convention_the_answer_shows():
    shown = conventions_shown(CONTROLLER, CONVENTIONS, "csharp")
    assert "BaseApiController" in convention_hint(shown, CONVENTIONS, 0)
    assert convention_hint((), CONVENTIONS, 0) == ""


def test_a_convention_only_counts_in_code_of_its_own_language():
    angular = [Convention("angular_httpclient_observable", "Angular services use HttpClient", 9, ("AuthService",))]
    csharp = "public AuthController(IAuthService auth) { }"
    typescript = (
        "export class AuthService {\n  constructor(private http: HttpClient) {}\n"
        "  me(): Observable<User> { return this.http.get<User>('/me'); }\n}"
    )
    assert conventions_shown(csharp, angular, "csharp") == ()
    assert conventions_shown(typescript, angular, "typescript") == ("angular_httpclient_observable",)
    assert conventions_shown(typescript, angular, "csharp") == ()
    fenced = f"```csharp\n{csharp}\n```\n\n```typescript\n{typescript}\n```"
    assert conventions_shown(fenced, angular) == ("angular_httpclient_observable",)  # each fence, its language
    assert conventions_shown(f"```csharp\n{csharp}\n```", angular) == ()


def test_every_detector_role_has_a_readable_label():
    from architect_ai.analyze.detectors import CATALOGUE
    from architect_ai.generate.templates import ROLE_LABELS, role_label

    roles = {detector.role for detector in CATALOGUE if detector.role}
    assert roles, "the catalogue gives roles"
    assert roles <= set(ROLE_LABELS), sorted(roles - set(ROLE_LABELS))
    assert role_label("dotnet_request_handler") == "request handler"
