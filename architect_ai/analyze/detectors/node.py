"""Node back ends: NestJS controllers, modules and providers; Express routers, controllers wrapped in an async
handler, validation middleware (Joi, zod, celebrate), Mongoose schemas, models and plugins, error classes and error
middleware. Detectors that need an import (express, joi, zod, mongoose) read TypeScript too; the async-handler and
error-class detectors, which need none, read JavaScript only (`JS`), so an Angular error class is never Express's."""

from architect_ai.analyze.detectors import JS, TS, Detector

_NEST = r"from\s+['\"]@nestjs/"
_EXPRESS = r"from\s+['\"]express['\"]|require\(\s*['\"]express['\"]\s*\)"
_MONGOOSE = r"require\(\s*['\"]mongoose['\"]\s*\)|from\s+['\"]mongoose['\"]"
_JOI = r"require\(\s*['\"](?:joi|@hapi/joi|celebrate)['\"]\s*\)|from\s+['\"](?:joi|@hapi/joi|celebrate)['\"]"
_ZOD = r"require\(\s*['\"]zod['\"]\s*\)|from\s+['\"]zod['\"]"
_VERBS = r"\.(?:get|post|put|patch|delete)\s*\(\s*['\"`][^'\"`]*['\"`]\s*,\s*"

DETECTORS = (
    Detector(
        "nestjs_controllers",
        "HTTP endpoints are NestJS `@Controller` classes",
        TS,
        (r"@(Controller)\s*\(",),
        requires=_NEST,
        role="nest_controller",
        hint=" Expose it from a NestJS `@Controller`.",
    ),
    Detector(
        "nestjs_modules",
        "The NestJS app is organised in `@Module`s",
        TS,
        (r"@(Module)\s*\(",),
        requires=_NEST,
        role="nest_module",
        hint=" Wire it into a NestJS `@Module`.",
    ),
    Detector(
        "nestjs_providers",
        "NestJS services are `@Injectable` providers",
        TS,
        (r"@(Injectable)\s*\(",),
        requires=_NEST,
        role="nest_provider",
        hint=" Make it an `@Injectable` provider.",
    ),
    Detector(
        "express_routers",
        "Express routes are grouped in `Router`s",
        TS,
        (r"\b(\w+)\s*=\s*(?:express\.)?Router\s*\(", r"\b(router|app)\.(?:get|post|put|patch|delete)\s*\(\s*['\"`]/"),
        requires=_EXPRESS,
        role="express_router",
        hint=" Register the routes on an Express `Router`.",
    ),
    Detector(
        "express_async_handlers",
        "Express controllers are async functions wrapped in an async handler (errors reach `next`)",
        JS,
        (
            r"^\s*(?:(?:const|let|var)\s+|exports\.|module\.exports\.)?(\w+)\s*[:=]\s*(?:\w+\.)?\w*[aA]sync\w*\s*\(\s*async\b",
            r"^\s*(?:const|let|var)\s+(\w+)\s*=\s*(?:\w+\.)?(?:catchAsync|catchErrors|wrapAsync|tryCatch)\s*\(",
        ),
        role="express_controller",
        hint=" Write the controller as an async function wrapped in the async handler.",
    ),
    Detector(
        "express_validation_middleware",
        "Routes validate the request in a middleware before the controller",
        TS,
        (_VERBS + r"(?:\w+\.)?(validate\w*|celebrate|validator)\s*\(",),
        requires=_EXPRESS,
        hint=" Validate the request in the validation middleware before the controller.",
    ),
    Detector(
        "joi_schemas",
        "Request schemas are Joi objects",
        TS,
        (r"\b(\w+)\s*[:=]\s*Joi\.object\s*\(", r"\[\s*(Segments\.\w+)\s*\]\s*:\s*Joi\."),
        requires=_JOI,
        role="express_validation",
        hint=" Describe the request with a Joi schema.",
    ),
    Detector(
        "zod_schemas",
        "Request schemas are zod objects",
        TS,
        (r"\b(\w+)\s*[:=]\s*z\.object\s*\(",),
        requires=_ZOD,
        role="express_validation",
        hint=" Describe the request with a zod schema.",
    ),
    Detector(
        "mongoose_schemas",
        "Documents are described by Mongoose schemas",
        TS,
        (r"\b(\w+)\s*=\s*new\s+(?:mongoose\.)?Schema\s*\(",),
        requires=_MONGOOSE,
        role="mongoose_model",
        hint=" Describe the document with a Mongoose schema.",
    ),
    Detector(
        "mongoose_models",
        "Collections are Mongoose models (`mongoose.model(…)`)",
        TS,
        (r"\b(?:mongoose\.)?model\s*\(\s*['\"](\w+)['\"]",),
        requires=_MONGOOSE,
        role="mongoose_model",
        hint=" Register it as a Mongoose model.",
    ),
    Detector(
        "mongoose_plugins",
        "Schemas share behaviour through Mongoose plugins",
        TS,
        (r"\b\w+\.plugin\s*\(\s*(\w+)",),
        requires=_MONGOOSE,
        hint=" Give the schema the shared Mongoose plugins.",
    ),
    Detector(
        "js_error_classes",
        "Failures are error classes extending a shared error base",
        JS,
        (r"^\s*(?:export\s+)?class\s+(\w+)\s+extends\s+(?:\w+\.)?\w*Error\b",),
        role="express_error",
        hint=" Signal the failure with an error class extending the shared error base.",
    ),
    Detector(
        "express_error_middleware",
        "Errors end in an Express error middleware `(err, req, res, next)`",
        TS,
        (
            r"\b(?:const|let|var|function)\s+(\w+)\s*=?\s*(?:async\s*)?(?:function\s*)?\(\s*err\w*\s*,\s*req\s*,\s*res\s*,\s*next\s*\)",
        ),
        role="express_error",
        hint=" Handle errors in the Express error middleware.",
    ),
)
