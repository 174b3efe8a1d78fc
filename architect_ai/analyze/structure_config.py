"""External dependencies from configuration: appsettings*.json, *.csproj, package.json, docker-compose, and the
Angular environment.

Only names are kept (MongoDB, RabbitMQ, SMTP …) plus non-secret identifiers such as the database name; values of
keys that look like credentials are never read.
"""

from __future__ import annotations

import json
import re

import yaml

from architect_ai.analyze.structure_facts import FileFacts
from architect_ai.analyze.structure_records import External

#: (pattern over a lower-cased key path, package or image name, kind, display name). First match wins per token.
CATALOG: tuple[tuple[str, str, str], ...] = (
    (r"mongo", "database", "MongoDB"),
    (r"postgres|npgsql", "database", "PostgreSQL"),
    (r"sqlserver|mssql", "database", "SQL Server"),
    (r"mysql|mariadb|pomelo", "database", "MySQL"),
    (r"cosmos", "database", "Azure Cosmos DB"),
    (r"redis", "cache", "Redis"),
    (r"rabbitmq|amqp|masstransit", "broker", "RabbitMQ"),
    (r"kafka", "broker", "Kafka"),
    (r"servicebus", "broker", "Azure Service Bus"),
    (r"sendgrid", "email", "SendGrid"),
    (r"mailgun", "email", "Mailgun"),
    (r"smtp|mailkit|mailhog|mailpit", "email", "SMTP"),
    (r"stripe", "payment", "Stripe"),
    (r"paypal|braintree", "payment", "PayPal"),
    (r"paymentgateway|payment", "payment", "Payment gateway"),
    (r"azure\.storage|blobstorage|blob", "storage", "Azure Blob Storage"),
    (r"awssdk\.s3|(^|[^a-z0-9])s3([^a-z0-9]|$)|minio", "storage", "S3"),
    (r"auth0", "auth", "Auth0"),
    (r"azuread|msal|microsoft\.identity", "auth", "Azure AD"),
    (r"keycloak", "auth", "Keycloak"),
    (r"identityserver|duende", "auth", "IdentityServer"),
    (r"jwtbearer|(^|[^a-z])jwt", "auth", "JWT"),
    (r"firebase", "auth", "Firebase"),
    (r"elasticsearch|opensearch", "search", "Elasticsearch"),
)
_COMPILED = tuple((re.compile(p), kind, name) for p, kind, name in CATALOG)
#: Setting names whose values are safe to keep (they name things, they are not credentials).
NAMING_KEY = re.compile(r"(DatabaseName|CollectionName|Database|Queue|Topic|Exchange|Bucket|Container)$", re.I)
#: Key names that must never be read, whatever they sit under.
SECRET_KEY = re.compile(r"pass|secret|key|token|credential|connectionstring|pwd|apikey|merchant", re.I)
_APPSETTINGS = re.compile(r"(^|/)appsettings[\w.-]*\.json$", re.I)
_COMPOSE = re.compile(r"(^|/)(docker-)?compose[\w.-]*\.ya?ml$", re.I)
_PACKAGE_REF = re.compile(r"<PackageReference\s+Include\s*=\s*\"([^\"]+)\"", re.I)
_JSON_COMMENT = re.compile(r"(\"(?:\\.|[^\"\\])*\")|//[^\n]*|/\*.*?\*/", re.S)


def is_config_file(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return (
        bool(_APPSETTINGS.search(path) or _COMPOSE.search(path)) or name == "package.json" or name.endswith(".csproj")
    )


def classify(token: str) -> tuple[str, str] | None:
    """(kind, name) of the external a key path, package or image name points at, or None."""
    lowered = token.lower()
    for pattern, kind, name in _COMPILED:
        if pattern.search(lowered):
            return kind, name
    return None


def read_config(path: str, text: str, facts: FileFacts) -> None:
    """Add the externals (and naming settings) found in one configuration file (never raises)."""
    try:
        if _APPSETTINGS.search(path):
            _read_appsettings(path, text, facts)
        elif _COMPOSE.search(path):
            _read_compose(path, text, facts)
        elif path.endswith("package.json"):
            data = json.loads(text)
            deps = {**(data.get("dependencies") or {}), **(data.get("devDependencies") or {})}
            _add_tokens(path, sorted(deps), facts)
        elif path.endswith(".csproj"):
            _add_tokens(path, _PACKAGE_REF.findall(text), facts)
    except (ValueError, AttributeError, TypeError, yaml.YAMLError):
        return


def externals_from_environment(path: str, environment: dict[str, str], facts: FileFacts) -> None:
    """Externals named by the Angular environment's keys (e.g. `stripePublishableKey`, `auth0.domain`)."""
    _add_tokens(path, sorted(k for k in environment if k != "apiUrl"), facts)


def _add(facts: FileFacts, kind: str, name: str, detail: str, path: str) -> None:
    facts.externals.append(External(kind, name, detail, (path,)))


def _add_tokens(path: str, tokens: list[str], facts: FileFacts) -> None:
    for token in tokens:
        found = classify(token)
        if found:
            _add(facts, *found, "", path)


def _read_appsettings(path: str, text: str, facts: FileFacts) -> None:
    data = json.loads(_JSON_COMMENT.sub(lambda m: m.group(1) or "", text))
    flat: dict[str, object] = {}
    _flatten(data, "", flat)
    by_section: dict[str, tuple[str, str]] = {}
    for key, value in flat.items():
        section, _, leaf = key.rpartition(":")
        if isinstance(value, str) and NAMING_KEY.search(leaf) and not SECRET_KEY.search(leaf):
            facts.settings[leaf] = value
        found = classify(key) or (classify(value.split("://", 1)[0] + "://") if isinstance(value, str) else None)
        if found is not None:
            by_section.setdefault(section, found)
            _add(facts, *found, "", path)
    for key, value in flat.items():  # the database name, next to the connection string that names the engine
        section, _, leaf = key.rpartition(":")
        found = by_section.get(section)
        if found and found[0] == "database" and leaf.lower() == "databasename" and isinstance(value, str):
            _add(facts, *found, f"database {value}", path)


def _flatten(data: object, prefix: str, out: dict[str, object]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            _flatten(value, f"{prefix}{key}:" if isinstance(value, dict) else f"{prefix}{key}", out)
    else:
        out[prefix] = data


def _read_compose(path: str, text: str, facts: FileFacts) -> None:
    data = yaml.safe_load(text)
    services = data.get("services") if isinstance(data, dict) else None
    for service_name, service in sorted((services or {}).items()):
        image = service.get("image", "") if isinstance(service, dict) else ""
        found = classify(str(image).split(":", 1)[0]) or classify(str(service_name))
        if found:
            _add(facts, *found, "", path)
