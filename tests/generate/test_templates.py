from architect_ai.data import Chunk, Convention, Evidence
from architect_ai.generate.templates import (
    code_answer,
    conventions_shown,
    fence,
    render_example,
    template_major,
    templates_for,
)

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


def test_variation_counts_follow_the_strategy_document():
    assert len(templates_for("dotnet_controller")) == 9
    assert len(templates_for("dotnet_dto")) == 9
    assert len(templates_for("angular_component")) == 8
    assert len(templates_for("angular_service")) == 8
    assert len(templates_for("other_python")) == 8
    assert len(templates_for("dotnet_startup")) == 9
    assert len({t.id for t in templates_for("dotnet_controller")}) == 9


def test_answer_is_the_verbatim_code_with_its_path_and_lines():
    answer = code_answer(chunk())
    assert answer.startswith("`server/Controllers/BooksController.cs` (lines 3–10)")
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


def test_instructions_name_the_real_component_and_file_and_mention_conventions():
    examples = [
        render_example(
            chunk(),
            t,
            i,
            category="user_code",
            kind="",
            conventions=CONVENTIONS,
            system_prompt="S",
            group_prefix="code",
        )
        for i, t in enumerate(templates_for("dotnet_controller"))
    ]
    users = [e.user for e in examples]
    assert len(set(users)) == 9
    assert all("BooksController" in u or "server/Controllers/BooksController.cs" in u for u in users)
    assert any("BaseApiController" in u for u in users)
    assert {e.kind for e in examples} == {"dotnet_controller"}
    assert {e.group for e in examples} == {"code:server/Controllers/BooksController.cs:3-10"}
    assert all(e.messages[0].content == "S" and CONTROLLER in e.assistant for e in examples)


def test_template_major_covers_every_chunk_before_repeating_one():
    chunks = [chunk(symbol=f"C{i}") for i in range(3)]
    out = list(
        template_major(
            chunks,
            lambda c: templates_for(c.role),
            category="user_code",
            kind="",
            conventions=[],
            system_prompt="",
            group_prefix="code",
        )
    )
    assert len(out) == 27
    assert [e.template for e in out[:3]] == ["base.generate"] * 3


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
