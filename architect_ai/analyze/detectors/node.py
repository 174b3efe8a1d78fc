"""Node back ends: NestJS controllers, modules and providers; Express routers."""

from architect_ai.analyze.detectors import TS, Detector

_NEST = r"from\s+['\"]@nestjs/"
_EXPRESS = r"from\s+['\"]express['\"]|require\(\s*['\"]express['\"]\s*\)"

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
)
