"""Spring: `@RestController`, `@Service`, JPA repositories and `@Entity` classes."""

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
            r"\binterface\s+(\w+)[^{]*\bextends\s+(?:JpaRepository|CrudRepository|PagingAndSortingRepository|"
            r"MongoRepository|ReactiveCrudRepository)<",
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
)
