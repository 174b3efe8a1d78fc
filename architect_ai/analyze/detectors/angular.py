"""Angular: NgModule vs standalone, constructor DI vs `inject()`, class vs functional guards and interceptors,
signals, RxJS teardown. (`HttpClient` services returning `Observable`s are mined by `ConventionMiner`.)"""

from architect_ai.analyze.detectors import TS, Detector

_ANGULAR = r"from\s+['\"]@angular/"

DETECTORS = (
    Detector(
        "angular_ngmodules",
        "The Angular app is organised in `@NgModule`s",
        TS,
        (r"@(NgModule)\s*\(",),
        requires=_ANGULAR,
        role="angular_module",
        hint=" Declare it in an `@NgModule`.",
    ),
    Detector(
        "angular_standalone_components",
        "Angular components are standalone (`standalone: true`)",
        TS,
        (r"\b(standalone)\s*:\s*true\b",),
        requires=_ANGULAR,
        hint=" Make it a standalone component.",
    ),
    Detector(
        "angular_constructor_injection",
        "Angular classes receive dependencies through the constructor",
        TS,
        (r"\bconstructor\s*\(\s*(?:@\w+\([^)]*\)\s*)?(?:private|public|protected)\s+(?:readonly\s+)?\w+\s*:\s*(\w+)",),
        requires=_ANGULAR,
        hint=" Receive its dependencies through the constructor.",
    ),
    Detector(
        "angular_inject_function",
        "Angular classes and functions get dependencies with `inject()`",
        TS,
        (r"=\s*inject\s*\(\s*(\w+)",),
        requires=_ANGULAR,
        hint=" Get its dependencies with `inject()`.",
    ),
    Detector(
        "angular_class_guards",
        "Route guards are classes implementing `CanActivate`/`CanMatch`…",
        TS,
        (r"\bclass\s+(\w+)[^{]*\bimplements\b[^{]*\bCan(?:Activate|ActivateChild|Deactivate|Match|Load)\b",),
        requires=_ANGULAR,
        role="angular_guard",
        hint=" Write the guard as a class.",
    ),
    Detector(
        "angular_functional_guards",
        "Route guards are functions (`CanActivateFn`, `CanMatchFn`…)",
        TS,
        (r"\b(?:const|let)\s+(\w+)\s*:\s*(?:CanActivateFn|CanActivateChildFn|CanMatchFn|CanDeactivateFn|ResolveFn)\b",),
        requires=_ANGULAR,
        role="angular_guard",
        hint=" Write the guard as a function.",
    ),
    Detector(
        "angular_class_interceptors",
        "HTTP interceptors are classes implementing `HttpInterceptor`",
        TS,
        (r"\bclass\s+(\w+)[^{]*\bimplements\b[^{]*\bHttpInterceptor\b",),
        requires=_ANGULAR,
        role="angular_interceptor",
        hint=" Write the interceptor as a class.",
    ),
    Detector(
        "angular_functional_interceptors",
        "HTTP interceptors are functions (`HttpInterceptorFn`, `withInterceptors`)",
        TS,
        (r"\b(?:const|let)\s+(\w+)\s*:\s*HttpInterceptorFn\b", r"\b(withInterceptors)\s*\("),
        requires=_ANGULAR,
        role="angular_interceptor",
        hint=" Write the interceptor as an `HttpInterceptorFn`.",
    ),
    Detector(
        "angular_signals",
        "Angular state is held in signals (`signal`, `computed`, `effect`)",
        TS,
        (r"(?<![\w.])(signal|computed|effect)\s*(?:<[^>()]*>)?\s*\(",),
        requires=r"from\s+['\"]@angular/core['\"]",
        hint=" Hold the state in signals.",
    ),
    Detector(
        "rxjs_teardown",
        "Subscriptions are torn down explicitly (`takeUntilDestroyed`, `takeUntil`, `unsubscribe`)",
        TS,
        (r"\b(takeUntilDestroyed|takeUntil)\s*\(", r"\.\s*(unsubscribe)\s*\(\s*\)"),
        requires=r"from\s+['\"](?:rxjs|@angular/)",
        hint=" Tear subscriptions down explicitly.",
    ),
)
