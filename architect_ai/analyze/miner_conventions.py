"""The house-pattern miner's conventions, each defined once as a `MinerConvention` record, as detectors are
(`analyze/detectors`): how it is mined, the languages whose code can show it, how an answer shows it, its hint.

The miner (`conventions.ConventionMiner`) reads `mined`/`patterns`/`suffixes` from here; `convention_evidence.shows`
judges an answer by `shown_by` and `names`; an instruction asks for it with `hint` (`generate/templates`). A line
convention's `shown_by` is the very pattern the miner counts lines with.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The .NET DI registration calls — the one list the miner and the "does the answer show it" rule read.
DI_METHODS = "AddSingleton|AddScoped|AddTransient|AddHostedService|AddHttpClient|Configure"
DECL = r"\b(?:class|record|struct|interface)\s+"
#: A type declaration up to one of its base types (C#'s `:`, a primary constructor, `extends`, `implements`).
BASE = DECL + r"\w+(?:<[^>{]*>)?\s*(?:\([^)]*\)\s*)?(?::|\(|\bextends\b|\bimplements\b)[^{;]*?\b(?:[\w]+\.)*"
#: A type declaration (`DECL`: up to its name; `DECLARED`: group 1 its name).
DECLARED = DECL + r"(\w+)"
#: `async` as each language writes it (the miner counts lines of a file's language; an answer may show any).
ASYNC = {
    "csharp": r"\basync\s+(?:Task|ValueTask)\b",
    "typescript": r"\basync\s+(?:function\b|\w+\s*\(|\(|\w+\s*=>)",
    "javascript": r"\basync\s+(?:function\b|\w+\s*\(|\(|\w+\s*=>)",
    "python": r"^\s*async\s+def\b",
}

_CS = ("csharp",)
_TS = ("typescript", "javascript")


@dataclass(frozen=True)
class MinerConvention:
    """One convention of the house-pattern miner.

    Attributes:
        id: The convention id (`Convention.id`).
        mined: How the miner finds it, in plain words (the syntax tree, or each comment-free line by `shown_by`).
        languages: The languages whose code can show it, the first standing for an answer of unknown language.
        shown_by: Patterns an answer's comment-free code must match (group 1, when there is one, the concrete name).
        names: Which matched names count — `first`: only names[0], what the hint says; `any`: any of its names;
            `suffix`: a name ending in names[0]; `all`: every pattern must match somewhere; '': any match.
        hint: How an instruction asks for it (`{name}` → names[0]); '' for none.
        family: For a class-name suffix family: what the classes are (`DTO classes`).
        suffixes: For a suffix family: the suffixes that mark its classes.
    """

    id: str
    mined: str
    languages: tuple[str, ...]
    shown_by: tuple[str, ...]
    names: str = ""
    hint: str = ""
    family: str = ""
    suffixes: tuple[str, ...] = ()


def _suffix_family(
    id_: str, family: str, suffixes: tuple[str, ...], languages: tuple[str, ...], hint: str = ""
) -> MinerConvention:
    return MinerConvention(
        id_, "the names of declared types (syntax tree)", languages, (DECLARED,), "suffix", hint, family, suffixes
    )


MINER_CONVENTIONS: tuple[MinerConvention, ...] = (
    MinerConvention(
        "settings_interface_injection",
        "C# constructor parameters typed `I…Settings` (syntax tree); an `IOptions<XSettings>` is the Options pattern",
        _CS,
        (r"\b(I\w*Settings)\s+\w+\s*[,)]",),
        "any",
        " Inject the `{name}` settings interface through the constructor.",
    ),
    MinerConvention(
        "controller_base_class",
        "the first base type of C# controllers (syntax tree, `controller_base.py`)",
        _CS,
        (BASE + r"(\w+)\b",),
        "first",
        " Derive from `{name}` like the other controllers.",
    ),
    _suffix_family(
        "dto_suffix", "DTO classes", ("Dto", "DTO"), _CS, " Name data-transfer classes with the `{name}` suffix."
    ),
    _suffix_family("controller_suffix", "Controllers", ("Controller",), _CS + _TS),
    _suffix_family("service_suffix", "Service classes", ("Service",), _CS + _TS),
    _suffix_family("repository_suffix", "Repositories", ("Repository",), _CS + _TS),
    _suffix_family("component_suffix", "Angular components", ("Component",), _TS),
    MinerConvention(
        "bson_attributes",
        "C# attributes named `Bson…` (syntax tree)",
        _CS,
        (r"\[\s*(Bson\w+)",),
        "any",
        " Map the MongoDB document with the BSON attributes (`{name}`).",
    ),
    MinerConvention("aspnet_attributes", "ASP.NET attributes (syntax tree)", _CS, (r"\[\s*(\w+)",), "any"),
    MinerConvention(
        "mongo_collection_access",
        "C# generic names `IMongoCollection<…>` / `GetCollection<…>` (syntax tree)",
        _CS,
        (r"\b(IMongoCollection|GetCollection)\s*<",),
        "",
        " Access MongoDB through `IMongoCollection<T>`.",
    ),
    MinerConvention(
        "di_registration",
        "comment-free C# lines calling a DI registration method (group 2: its type arguments)",
        _CS,
        (rf"\.\s*({DI_METHODS})\s*(<[^()]*>)?\s*\(",),
        "any",
        " Register dependencies the way `Program.cs` does.",
    ),
    MinerConvention(
        "angular_httpclient_observable",
        "TypeScript classes injecting `HttpClient` with methods returning `Observable<…>` (syntax tree)",
        ("typescript",),
        (r":\s*HttpClient\b|\binject\s*\(\s*HttpClient\b", r"\bObservable\s*<"),
        "all",
        " Use `HttpClient` and return `Observable`s.",
    ),
    MinerConvention(
        "angular_provided_in_root",
        "comment-free TypeScript lines declaring `providedIn: 'root'`",
        ("typescript",),
        (r"providedIn\s*:\s*['\"]root['\"]",),
        "",
        " Register it with `@Injectable({{ providedIn: 'root' }})`.",
    ),
    MinerConvention(
        "react_hooks",
        "comment-free lines calling `use…(` in files importing React",
        ("javascript", "typescript"),
        (r"\b(use[A-Z]\w*)\s*\(",),
        "any",
    ),
    MinerConvention(
        "async_await",
        "comment-free lines written `async` the way their language does (`ASYNC`)",
        ("csharp", "typescript", "javascript", "python"),
        tuple(dict.fromkeys(ASYNC.values())),
    ),
    MinerConvention(
        "python_type_hints",
        "Python `def` lines with annotated parameters or a return type, when at least half the functions are",
        ("python",),
        (r"^\s*(?:async\s+)?def\s+\w+\s*\([^)]*:\s*\w|\)\s*->\s*\S",),
    ),
)
BY_ID: dict[str, MinerConvention] = {c.id: c for c in MINER_CONVENTIONS}
#: Class-name suffix families: id → (what the classes are, the suffixes that mark them).
SUFFIX_FAMILIES = {c.id: (c.family, c.suffixes) for c in MINER_CONVENTIONS if c.suffixes}
#: How an instruction mentions a miner convention that shows in the chunk (names[0] filled in).
HINTS = {c.id: c.hint for c in MINER_CONVENTIONS if c.hint}
