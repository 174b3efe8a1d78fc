"""`conventions_shown`: a convention shows in an answer only by its own evidence, never by a substring."""

from __future__ import annotations

from architect_ai.analyze.convention_evidence import conventions_shown
from architect_ai.data import Convention

BASE = Convention("controller_base_class", "Controllers derive from `ControllerBase`", 3, ("ControllerBase",))
DTO = Convention("dto_suffix", "DTO classes end in `Model`", 3, ("Model",))
SETTINGS = Convention("settings_interface_injection", "…", 3, ("IMongoDBSettings",))
DI = Convention("di_registration", "…", 3, ("AddScoped",))
HANDLERS = Convention("mediatr_handlers", "…", 3, ("CreateItemCommandHandler",), origin="catalogue")
INJECTED = Convention("injected.IMediator", "…", 5, ("IMediator",), languages=("csharp",), origin="statistical")
SUFFIX = Convention("suffix.Validator", "…", 5, ("Validator",), languages=("csharp",), origin="statistical")
FAMILY = Convention("file_family.Handler-Validator", "…", 3, ("Handler", "Validator"), teachable=False)
HTTP = Convention("angular_httpclient_observable", "…", 3, ("BookService",))


def test_a_base_class_shows_only_when_a_class_derives_from_it() -> None:
    controller = "public class BooksController : Controller\n{\n}"
    assert conventions_shown(controller, [BASE], "csharp") == ()
    assert conventions_shown("public class X : ControllerBase { }", [BASE], "csharp") == ("controller_base_class",)
    assert conventions_shown("var app = builder.Build(); // ControllerBase", [BASE], "csharp") == ()


def test_a_suffix_shows_only_on_a_declared_class_with_that_suffix() -> None:
    assert conventions_shown("public record CreateOrUpdateBookDto(string Title);", [DTO], "csharp") == ()
    assert conventions_shown("public class BookModel { }", [DTO], "csharp") == ("dto_suffix",)
    assert conventions_shown("var m = new BookModel();", [DTO], "csharp") == ()


def test_injection_and_registration_need_the_real_construct() -> None:
    ctor = "public BooksService(IMongoDBSettings settings, IMongoClient client) { }"
    assert conventions_shown(ctor, [SETTINGS], "csharp") == ("settings_interface_injection",)
    assert conventions_shown("// takes IMongoDBSettings settings)", [SETTINGS], "csharp") == ()
    assert conventions_shown("using System.ComponentModel;", [DI], "csharp") == ()
    assert conventions_shown("// services.AddScoped<IBookService, BookService>();", [DI], "csharp") == ()
    assert conventions_shown("builder.Services.AddScoped<IBooks, Books>();", [DI], "csharp") == ("di_registration",)


def test_catalogue_and_statistical_conventions_use_their_patterns() -> None:
    handler = "public class GetBookHandler(IMediator mediator) : IRequestHandler<GetBook, BookDto>\n{\n}"
    assert conventions_shown(handler, [HANDLERS, INJECTED, SUFFIX], "csharp") == (
        "mediatr_handlers",
        "injected.IMediator",
    )
    validator = "public class GetBookValidator : AbstractValidator<GetBook> { }"
    assert conventions_shown(validator, [HANDLERS, SUFFIX], "csharp") == ("suffix.Validator",)
    assert conventions_shown(handler, [HANDLERS], "typescript") == ()
    assert conventions_shown(handler + "\n" + validator, [FAMILY], "csharp") == ()  # described, never tagged


def test_httpclient_needs_injection_and_observables() -> None:
    only_http = "export class A { constructor(private http: HttpClient) {} }"
    both = "export class A {\n  private http = inject(HttpClient);\n  all(): Observable<A[]> { return this.http.get<A[]>('/a'); }\n}"
    assert conventions_shown(only_http, [HTTP], "typescript") == ()
    assert conventions_shown(both, [HTTP], "typescript") == ("angular_httpclient_observable",)
