"""Spring: `@RestController`s and Spring MVC `@Controller`s (form handling with `@Valid` + `BindingResult`),
controllers taking repositories through their constructor (no service layer), `@Service`, Spring Data repositories,
`@Entity` classes and their `@MappedSuperclass` bases. Java and Kotlin (`class X(private val r: XRepository)`,
`interface X : JpaRepository<…>`, `fun f(@Valid form: F, result: BindingResult)`)."""

from architect_ai.analyze.detectors import JVM, Detector

_SPRING = r"^\s*import\s+(?:org\.springframework|jakarta\.persistence|javax\.persistence)"

DETECTORS = (
    Detector(
        "spring_rest_controllers",
        "HTTP endpoints are Spring `@RestController`s",
        JVM,
        (r"^\s*@(RestController)\b",),
        requires=_SPRING,
        role="spring_controller",
        hint=" Expose it from a `@RestController`.",
    ),
    Detector(
        "spring_mvc_controllers",
        "Pages are served by Spring MVC `@Controller`s (handlers return view names)",
        JVM,
        (r"^\s*@(Controller)\b",),
        requires=_SPRING,
        role="spring_mvc_controller",
        hint=" Serve it from a Spring MVC `@Controller` returning the view name.",
    ),
    Detector(
        "spring_form_validation",
        "Form submissions are validated with `@Valid` and checked through a `BindingResult`",
        JVM,
        (
            r"\b(\w+)\s*\((?:[^()]|\([^()]*\))*@Valid\b(?:[^()]|\([^()]*\))*\bBindingResult\s+\w+",
            r"\bfun\s+(\w+)\s*\((?:[^()]|\([^()]*\))*@Valid\b(?:[^()]|\([^()]*\))*:\s*BindingResult\b",  # Kotlin
        ),
        requires=r"^\s*import\s+org\.springframework\.validation\.BindingResult\b",
        hint=" Validate the submitted form with `@Valid` and check the `BindingResult`.",
    ),
    Detector(
        "spring_controller_repositories",
        "Controllers take Spring Data repositories through their constructor (no service layer between)",
        JVM,
        (
            r"^\s*(?:public\s+|protected\s+)?(\w+Controller)\s*\([^)]*\b\w+Repository\s+\w+",
            r"\bclass\s+(\w+Controller)\s*\([^)]*:\s*\w+Repository\b",  # Kotlin: `(private val owners: OwnerRepository)`
        ),
        requires=r"^\s*@(?:Rest)?Controller\b",
        hint=" Take the repositories it needs through the controller's constructor.",
    ),
    Detector(
        "spring_services",
        "Business logic lives in Spring `@Service` classes",
        JVM,
        (r"^\s*@(Service)\b",),
        requires=_SPRING,
        role="spring_service",
        hint=" Put the logic in a `@Service`.",
    ),
    Detector(
        "spring_jpa_repositories",
        "Persistence goes through Spring Data repositories (`JpaRepository<…>`)",
        JVM,
        (
            r"\binterface\s+(\w+)[^{]*\bextends\s+(?:JpaRepository|CrudRepository|ListCrudRepository|"
            r"PagingAndSortingRepository|MongoRepository|ReactiveCrudRepository|Repository)<",
            r"\binterface\s+(\w+)\s*(?:<[^>{]*>)?\s*:\s*(?:JpaRepository|CrudRepository|ListCrudRepository|"  # Kotlin
            r"PagingAndSortingRepository|MongoRepository|ReactiveCrudRepository|Repository)<",
        ),
        requires=_SPRING,
        role="spring_repository",
        hint=" Persist it through a Spring Data repository.",
    ),
    Detector(
        "jpa_entities",
        "Persistent classes are JPA `@Entity`s",
        JVM,
        (r"^\s*@(Entity)\b",),
        requires=_SPRING,
        role="jpa_entity",
        hint=" Map it as a JPA `@Entity`.",
    ),
    Detector(
        "jpa_mapped_superclasses",
        "Entities share fields through `@MappedSuperclass` base classes",
        JVM,
        (r"^\s*@(MappedSuperclass)\b",),
        requires=_SPRING,
        role="jpa_entity",
        hint=" Derive the entity from the shared `@MappedSuperclass` base.",
    ),
)
