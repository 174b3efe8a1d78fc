"""Go back ends: gin/echo/chi handlers and route groups, GORM models and repositories, validator and serializer
structs, request binding, error helpers, sentinel errors and error types."""

from architect_ai.analyze.detectors import GO, Detector

_GIN = r"\"github\.com/gin-gonic/gin\""
_ECHO = r"\"github\.com/labstack/echo(?:/v\d+)?\""
_CHI = r"\"github\.com/go-chi/chi(?:/v\d+)?\""
_ROUTERS = f"{_GIN}|{_ECHO}|{_CHI}"
_GORM = r"\"gorm\.io/gorm\"|\"github\.com/jinzhu/gorm\""
_RECEIVER = r"func\s+(?:\(\s*\w+\s+\*?\w+\s*\)\s*)?"

DETECTORS = (
    # validators and serializers first: their files also hold `*gin.Context` methods, but they are no handlers
    Detector(
        "go_validators",
        "Request input is read by validator structs bound from the request (`binding:` tags, a `Bind` method)",
        GO,
        (r"^type\s+(\w+Validator)\s+struct\b",),
        requires=r"`[^`]*\bbinding:\"|\bfunc\s+\([^)]*\)\s+Bind\s*\(",
        shown_by=r"`[^`]*\bbinding:\"|\bfunc\s+\([^)]*\)\s+Bind\s*\(",
        role="go_validator",
        hint=" Read the input with a validator struct bound from the request.",
    ),
    Detector(
        "go_serializers",
        "Responses are built by serializer structs with a `Response()` method",
        GO,
        (r"^type\s+(\w+Serializer)\s+struct\b",),
        requires=r"\bfunc\s+\([^)]*Serializer\)\s+Response\s*\(\s*\)",
        shown_by=r"\bfunc\s+\([^)]*Serializer\)\s+Response\s*\(\s*\)",
        role="go_serializer",
        hint=" Build the response with a serializer's `Response()` method.",
    ),
    Detector(
        "go_route_groups",
        "Routes are registered on route groups of the router",
        GO,
        (r"\b(\w+)\s*:?=\s*\w+\.Group\(\s*\"", r"\.(Route)\(\s*\"[^\"]*\"\s*,\s*func\s*\("),
        requires=_ROUTERS,
        role="go_router",
        hint=" Register its routes on a route group.",
    ),
    Detector(
        "gin_handlers",
        "HTTP handlers are gin handler functions taking a `*gin.Context`",
        GO,
        (_RECEIVER + r"(\w+)\s*\(\s*\w+\s+\*gin\.Context\s*\)",),
        requires=_GIN,
        role="go_handler",
        hint=" Write the handler as a gin handler taking a `*gin.Context`.",
    ),
    Detector(
        "echo_handlers",
        "HTTP handlers are echo handlers taking an `echo.Context` and returning an `error`",
        GO,
        (_RECEIVER + r"(\w+)\s*\(\s*\w+\s+echo\.Context\s*\)\s*(?:\(\s*(?:\w+\s+)?)?error\b",),
        requires=_ECHO,
        role="go_handler",
        hint=" Write the handler as an echo handler taking an `echo.Context` and returning an `error`.",
    ),
    Detector(
        "chi_handlers",
        "HTTP handlers are `net/http` handler functions mounted on a chi router",
        GO,
        (_RECEIVER + r"(\w+)\s*\(\s*\w+\s+http\.ResponseWriter\s*,\s*\w+\s+\*http\.Request\s*\)",),
        requires=_CHI,
        role="go_handler",
        hint=" Write the handler as a `net/http` handler function for the chi router.",
    ),
    Detector(
        "gorm_models",
        "Persisted models are GORM structs (`gorm.Model` embedded or `gorm:` tags)",
        GO,
        (r"^type\s+(\w+)\s+struct\b",),
        requires=r"^\s*gorm\.Model\b|`[^`]*\bgorm:\"",
        shown_by=r"^\s*gorm\.Model\b|`[^`]*\bgorm:\"",  # an answer's struct is a GORM model only with GORM in it
        role="go_model",
        hint=" Make it a GORM model struct.",
    ),
    Detector(
        "gorm_repositories",
        "Data access goes through repositories holding a `*gorm.DB`",
        GO,
        (r"^type\s+(\w*(?:Repository|Repo|Store|DAO))\s+(?:struct|interface)\b",),
        requires=r"\*gorm\.DB\b",
        shown_by=r"\*gorm\.DB\b",
        role="go_repository",
        hint=" Put the data access in a repository holding a `*gorm.DB`.",
    ),
    Detector(
        "go_sql_repositories",
        "Data access goes through repositories holding a SQL connection (`*sql.DB`, `*sqlx.DB`, a pgx pool)",
        GO,
        (r"^type\s+(\w*(?:Repository|Repo|Store|DAO))\s+struct\b",),
        requires=r"\*sql\.DB\b|\*sqlx\.DB\b|\*pgxpool\.Pool\b",
        shown_by=r"\*sql\.DB\b|\*sqlx\.DB\b|\*pgxpool\.Pool\b",
        role="go_repository",
        hint=" Put the data access in a repository holding the SQL connection.",
    ),
    Detector(
        "go_request_binding",
        "Request bodies are bound and validated by the framework (`ShouldBind…`/`Bind` with `binding:` tags)",
        GO,
        (r"\.(ShouldBind\w*|BindJSON|Bind)\s*\(",),
        requires=_ROUTERS,
        hint=" Bind and validate the request body with the framework's binding.",
    ),
    Detector(
        "go_error_helpers",
        "Handlers report errors through shared helpers taking the request context and an `error`",
        GO,
        (
            r"func\s+(\w+)\s*\(\s*\w+\s+\*gin\.Context\s*,[^)]*\berror\b",
            r"func\s+(\w+)\s*\(\s*\w+\s+echo\.Context\s*,[^)]*\berror\b",
            r"func\s+(\w+)\s*\(\s*\w+\s+http\.ResponseWriter\s*,[^)]*\berror\b",
        ),
        role="go_errors",
        hint=" Report errors through the shared error helper.",
    ),
    Detector(
        "go_sentinel_errors",
        "Errors are package-level sentinel values (`ErrXxx = errors.New(…)`)",
        GO,
        (r"^\s*(?:var\s+)?(Err\w+)\s*=\s*(?:errors\.New|fmt\.Errorf)\s*\(",),
        role="go_errors",
        hint=" Return the package's sentinel errors (`ErrXxx`).",
    ),
    Detector(
        "go_error_types",
        "Errors are types of their own implementing `Error() string`",
        GO,
        (r"^func\s+\(\s*\w+\s+\*?(\w+)\s*\)\s+Error\(\)\s+string\b",),
        role="go_errors",
        hint=" Give the failure an error type implementing `Error() string`.",
    ),
)
