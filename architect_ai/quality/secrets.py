"""Secret redaction: no secret from the user's repository may reach an output file.

`redact(text, path)` replaces each secret *value* in place by `<REDACTED:kind>` and keeps the rest of the line, so
code stays readable (`"Password": "<REDACTED:password>"`). Two layers:

1. Our own rules for what a .NET + Angular + MongoDB stack leaks: private key blocks, credentials in URLs
   (`mongodb://user:pass@…`), connection-string `Password=`/`User Id=`/`AccountKey=`, secret-named keys in config and
   code (`"Jwt": {"Key": …}`, `DB_PASSWORD=…`, `apiKey: '…'`), and well-known token formats (AWS, GitHub, Slack,
   Stripe, Google, JWT, …).
2. detect-secrets' plugins on what is left of the line (their `analyze_line` returns the secret value, which we
   replace). Generic high-entropy strings only count on lines that also name a secret.

Speed: most lines of code cannot hold a secret. A cheap whole-text pass (lower-cased substring search for trigger
words, one regex for long token-like runs) picks the few lines that might, and only those go through the rules; each
detect-secrets plugin runs only on lines holding one of its trigger words. 3–8 MB/s on ordinary code.
"""

from __future__ import annotations

import bisect
import fnmatch
import functools
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from detect_secrets.core.plugins.util import get_mapping_from_secret_type_to_class
from detect_secrets.filters.heuristic import is_potential_uuid, is_sequential_string, is_templated_secret

REDACTED_PREFIX = "<REDACTED:"

#: Never ingested at all, whatever they contain (matched on the lower-cased file name).
SECRET_FILE_PATTERNS = (
    ".env",
    ".env.*",
    "*.pem",
    "*.pfx",
    "*.p12",
    "*.key",
    "id_rsa*",
    "id_dsa*",
    "id_ecdsa*",
    "id_ed25519*",
    "*.keystore",
    "*.jks",
    "secrets.json",
)
#: Files whose `name: value` pairs are configuration (unquoted values count; a bare `Key` is secret-named).
CONFIG_SUFFIXES = frozenset(
    {".json", ".yml", ".yaml", ".xml", ".config", ".ini", ".env", ".properties", ".toml", ".conf", ".cfg", ".tfvars"}
)
CONFIG_NAMES = frozenset({"dockerfile", ".npmrc", ".pypirc", ".netrc"})
#: detect-secrets plugins we do not run: public IPs are not secrets; private keys are handled as whole blocks.
#: Artifactory's `AP…` pattern matches ordinary upper-case identifiers.
SKIPPED_PLUGINS = frozenset({"Public IP (ipv4)", "Private Key", "Artifactory Credentials"})
ENTROPY_PLUGINS = frozenset({"Base64 High Entropy String", "Hex High Entropy String"})
MIN_CODE_SECRET_CHARS = 4
MIN_GENERIC_KEY_CHARS = 16

# The cheap prefilter: a line holding none of these cannot hold a secret any rule below would find.
TRIGGER_WORDS = (
    "pass", "pwd", "secret", "token", "key", "auth", "cred", "bearer", "private", "a3t", "akia", "asia", "abia",
    "acca", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat", "glpat-", "xox", "hooks.slack", "sk_", "rk_", "sk-",
    "aiza", "eyj", "sg.", "npm_", "pypi-", "sq0", "contrase",
)  # fmt: skip
_TRIGGER_PATTERNS = re.compile(r"://[^\s/]*@|[A-Za-z0-9+/=_-]{32}")
#: detect-secrets plugins run only on lines holding one of their words; the others only on lines with a long run.
PLUGIN_TRIGGERS = {
    "AWS Access Key": ("a3t", "akia", "asia", "abia", "acca", "aws"),
    "Azure Storage Account access key": ("accountkey",),
    "Basic Auth Credentials": ("://",),
    "GitHub Token": ("ghp_", "gho_", "ghu_", "ghs_", "ghr_"),
    "GitLab Token": ("gl",),
    "JSON Web Token": ("eyj",),
    "Secret Keyword": ("pass", "pwd", "secret", "key", "contrase"),
    "NPM tokens": ("npm",),
    "OpenAI Token": ("sk-",),
    "PyPI Token": ("pypi",),
    "SendGrid API Key": ("sg.",),
    "Slack Token": ("xox", "hooks.slack"),
    "Stripe Access Key": ("sk_", "rk_"),
    "Square OAuth Secret": ("sq0",),
}
_ALL_PLUGIN_WORDS = frozenset(word for words in PLUGIN_TRIGGERS.values() for word in words) | {"token"}
_NAME_WORDS = frozenset({"pass", "pwd", "secret", "token", "key"})
_LONG_RUN = re.compile(r"[A-Za-z0-9+/=_-]{32}")
_PRIVATE_KEY_BLOCK = re.compile(
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
    re.DOTALL,
)
# Well-known token formats, anywhere on a line.
_TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("aws_access_key", r"\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b"),
        ("github_token", r"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})"),
        ("gitlab_token", r"\bglpat-[A-Za-z0-9_-]{20,}"),
        ("slack_token", r"\bxox[baprs]-[A-Za-z0-9-]{10,}"),
        ("slack_webhook", r"hooks\.slack\.com/services/[A-Za-z0-9/_-]+"),
        ("stripe_key", r"\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
        ("google_api_key", r"\bAIza[0-9A-Za-z_-]{35}"),
        ("jwt", r"\beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*"),
        ("sendgrid_key", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"),
        ("openai_key", r"\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}"),
        ("npm_token", r"\bnpm_[A-Za-z0-9]{36}\b"),
    )
)
_AWS_SECRET = re.compile(r"(?i)aws.{0,24}?(?:secret|key).{0,24}?[=:]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])")
_BEARER = re.compile(r"\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)")
_URL_CREDENTIALS = re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.-]*)://([^\s:/@'\"<>`]+:[^\s@'\"<>`/]*)@")
_CONNECTION_STRING = re.compile(
    r"(?i)(?:server|data source|host|database|initial catalog|accountname|endpoint|defaultendpointsprotocol)\s*="
)
_CONNECTION_PAIR = re.compile(
    r"(?i)(?:^|(?<=[;\"'\s]))(password|pwd|user id|userid|uid|user|username|accountkey|sharedaccesskey)\s*=\s*"
    r"([^;\"'\n]+)"
)
_CONNECTION_KINDS = {"accountkey": "azure_storage_key", "sharedaccesskey": "azure_sas_key"}
# `name <sep> value`: quoted or bare name, `=`, `:`, `:=` or `=>`, then a quoted value or (config) a bare one.
_ASSIGNMENT = re.compile(
    r"""(?<![\w.$-])(?P<name>[A-Za-z_$][\w.$-]*)["']?\]?(?:\??\s*:\s*[A-Za-z_][\w.<>\[\]|]*\s*(?==))?"""
    r"""\s*(?::=|=>|(?<![=!<>])=(?!=)|:)\s*@?"""
    r"""(?:(?P<quote>["'`])(?P<quoted>(?:\\.|(?!(?P=quote)).)*)(?P=quote)|(?P<bare>[^\s"'`,;{}\[\]#][^\s,;#]*))"""
)
_XML_PAIR = re.compile(r"""(?i)key\s*=\s*"(?P<name>[^"]+)"\s+value\s*=\s*"(?P<quoted>[^"]*)\"""")
_XML_ELEMENT = re.compile(r"<(?P<name>[A-Za-z_][\w.-]*)>(?P<quoted>[^<>]+)</(?P=name)>")
_SECRETISH_NAME = re.compile(r"(?i)(?<![\w-])[\w-]*?(?:pass|pwd|secret|token|key)[\w-]*")
_WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
_SECRET_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "apikey"})
#: `SECRET_KEY_BASE`, `DB_PASSWORD_VALUE`: a secret word may be followed by one of these and still name a secret.
_SECRET_TAILS = frozenset(
    {"value", "base", "string", "str", "text", "plain", "raw", "hex", "data", "prod", "dev", "live"}
)
_KEY_QUALIFIERS = frozenset(
    {"api", "access", "private", "signing", "secret", "auth", "client", "encryption", "master", "subscription",
     "account", "app", "jwt", "hmac", "shared", "sas", "license", "consumer", "service", "webhook", "session"}
)  # fmt: skip
_NOT_SECRET_SUFFIXES = frozenset(
    {"length", "min", "max", "expiry", "expires", "expiration", "minutes", "hours", "days", "seconds", "ttl", "timeout",
     "file", "path", "name", "field", "header", "type", "enabled", "required", "policy", "hash", "hasher", "regex",
     "pattern", "reset", "url", "uri", "endpoint", "provider", "label", "placeholder", "error", "errors", "message",
     "validator", "hint", "form", "control", "input", "service", "interceptor", "guard", "handler", "options",
     "settings", "lifetime", "issuer", "audience", "count", "id", "format", "prefix", "location", "source", "store",
     "storage", "visible", "strength", "changed", "confirm", "dto", "model", "request", "response", "changes"}
)  # fmt: skip
_PLACEHOLDER = re.compile(
    r"(?i)^(?:<[^>]*>|\$\{[^}]*\}|\{\{.*\}\}|\$\([^)]*\)|%[^%]+%|\$[A-Za-z_]\w*|#\{.*\}|\{[^}]*\}|[x*.?#_-]+"
    r"|change[-_ ]?me|changeit|replace[-_ ]?me|your[-_ ].*|todo|tbd|none|null|nil|undefined|true|false|yes|no"
    r"|example|placeholder|dummy|redacted|secret_here|\d{1,5}|\[.*\]|password|passwd|pass|pwd|secret|token|api_?key"
    r"|string|number|boolean|object|any|str|int|bool)$"
)
_NAME_LIKE = re.compile(r"^[a-z][a-z0-9]*(?:[_.:/-][a-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]+)+$")
_REDACTED_TOKEN = re.compile(r"<REDACTED:[a-z0-9_]+>")
_RANDOM_LOOKING = re.compile(r"(?=.*\d)(?=.*[A-Za-z])|[^A-Za-z0-9]")


@dataclass(frozen=True, slots=True)
class Redaction:
    """One secret value that was replaced: its kind and 1-based line."""

    kind: str
    line: int


def is_secret_file(path: str) -> bool:
    """True for files that are never ingested: `.env`, keys and certificates, `secrets.json`, …"""
    name = PurePosixPath(path.replace("\\", "/")).name.lower()
    return any(fnmatch.fnmatchcase(name, pattern) for pattern in SECRET_FILE_PATTERNS)


def redact(text: str, path: str = "") -> tuple[str, list[Redaction]]:
    """Replace every secret value in `text` by `<REDACTED:kind>`.

    Args:
        text: file content (LF line ends).
        path: repository-relative path; decides config vs code rules (`appsettings.json` vs `Program.cs`).

    Returns:
        The redacted text (same number of lines) and one `Redaction` per replaced value, in line order.
    """
    redactions: list[Redaction] = []
    if "PRIVATE KEY" in text:
        text = _redact_private_keys(text, redactions)
    config = _is_config(path)
    lines = text.split("\n")
    for index in _candidate_lines(text):
        line = lines[index]
        new, kinds = _redact_line(line, path, config)
        if kinds:
            lines[index] = new
            redactions.extend(Redaction(kind, index + 1) for kind in kinds)
    redactions.sort(key=lambda r: r.line)
    return "\n".join(lines), redactions


def _candidate_lines(text: str) -> list[int]:
    """Indexes of the lines that hold a trigger word or pattern, found in one pass over the whole text."""
    lowered = text.lower()
    positions = [m.start() for m in _TRIGGER_PATTERNS.finditer(text)]
    for word in TRIGGER_WORDS:
        at = lowered.find(word)
        while at >= 0:
            positions.append(at)
            at = lowered.find(word, at + len(word))
    if not positions:
        return []
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    return sorted({bisect.bisect_right(starts, at) - 1 for at in positions})


def _redact_private_keys(text: str, redactions: list[Redaction]) -> str:
    def replace(match: re.Match[str]) -> str:
        redactions.append(Redaction("private_key", text.count("\n", 0, match.start()) + 1))
        return _token("private_key") + "\n" * match.group(0).count("\n")  # keep the line count

    return _PRIVATE_KEY_BLOCK.sub(replace, text)


def _redact_line(line: str, path: str, config: bool) -> tuple[str, list[str]]:
    spans = [*_token_spans(line), *_connection_spans(line), *_assignment_spans(line, config)]
    line, kinds = _apply(line, spans)
    line, more = _apply(line, _detect_secrets_spans(line, path, config))
    return line, kinds + more


def _token_spans(line: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), kind) for kind, pattern in _TOKENS for m in pattern.finditer(line)]
    spans += [(m.start(1), m.end(1), "aws_secret_key") for m in _AWS_SECRET.finditer(line)]
    spans += [(m.start(1), m.end(1), "bearer_token") for m in _BEARER.finditer(line) if not _is_placeholder(m[1])]
    for m in _URL_CREDENTIALS.finditer(line):
        password = m[2].partition(":")[2]
        if password and not _is_placeholder(password):
            kind = "mongodb_credentials" if m[1].lower().startswith("mongodb") else "url_credentials"
            spans.append((m.start(2), m.end(2), kind))
    return spans


def _connection_spans(line: str) -> list[tuple[int, int, str]]:
    if ";" not in line or not _CONNECTION_STRING.search(line):
        return []
    spans = []
    for m in _CONNECTION_PAIR.finditer(line):
        value = m[2].rstrip()
        if value and not _is_placeholder(value):
            name = m[1].lower().replace(" ", "")
            kind = _CONNECTION_KINDS.get(name, "connection_string_password" if name in {"password", "pwd"} else None)
            spans.append((m.start(2), m.start(2) + len(value), kind or "connection_string_user"))
    return spans


def _assignment_spans(line: str, config: bool) -> list[tuple[int, int, str]]:
    if not _SECRETISH_NAME.search(line):
        return []
    spans = []
    matches = list(_ASSIGNMENT.finditer(line))
    if config and "<" in line:
        matches += [*_XML_PAIR.finditer(line), *_XML_ELEMENT.finditer(line)]
    for m in matches:
        groups = m.groupdict()
        value, group = (groups["quoted"], "quoted") if groups.get("quoted") is not None else (groups["bare"], "bare")
        if group == "bare" and not config:
            continue  # in code, `password = form.value` is an expression, not a secret
        kind = _secret_name_kind(m["name"], config)
        if kind and value and _plausible_secret(value, m["name"], config, generic=kind == "key"):
            spans.append((m.start(group), m.end(group), "secret" if kind == "key" else kind))
    return spans


@functools.cache
def _secret_name_kind(name: str, config: bool) -> str | None:
    """`password`, `token`, `api_key`, … when a name says it holds a secret; None otherwise."""
    words = [w.lower() for w in _WORDS.findall(name.rsplit(":", 1)[-1])]
    while len(words) > 1 and (words[-1] in _SECRET_TAILS or words[-1].isdigit()):
        words.pop()
    if not words or words[-1] in _NOT_SECRET_SUFFIXES:
        return None
    last = words[-1]
    if last in {"key", "keys"}:
        if len(words) > 1 and words[-2] in _KEY_QUALIFIERS:
            return f"{words[-2]}_key"
        if any(w in _SECRET_WORDS for w in words):
            return "secret_key"
        return "key" if config and len(words) <= 2 else None
    if last in _SECRET_WORDS:
        return {"passwd": "password", "pwd": "password", "secrets": "secret"}.get(last, last)
    return None


def _plausible_secret(value: str, name: str, config: bool, *, generic: bool = False) -> bool:
    """Filter out what only looks assigned to a secret name: placeholders, labels, storage-key names, paths."""
    value = value.strip()
    if not value or REDACTED_PREFIX in value or _is_placeholder(value) or any(c.isspace() for c in value):
        return False
    if value.startswith(("/", "./", "../", "http://", "https://", "~/")):
        return False
    lowered = re.sub(r"[^a-z0-9]", "", value.lower())
    if lowered and lowered in re.sub(r"[^a-z0-9]", "", name.lower()):
        return False  # `password: 'password'`, `tokenKey = 'token'`: a name, not a value
    if generic:
        return len(value) >= MIN_GENERIC_KEY_CHARS and bool(_RANDOM_LOOKING.search(value))
    if config:
        return True
    if len(value) < MIN_CODE_SECRET_CHARS:
        return False
    return not (_NAME_LIKE.match(value) and any(w in value.lower() for w in ("token", "key", "secret", "pass", "auth")))


def _is_placeholder(value: str) -> bool:
    return bool(_PLACEHOLDER.match(value.strip()))


def _detect_secrets_spans(line: str, path: str, config: bool) -> list[tuple[int, int, str]]:
    done = [(m.start(), m.end()) for m in _REDACTED_TOKEN.finditer(line)]
    spans = []
    for secret_type, plugin in _plugins_for(line):
        for found in plugin.analyze_line(filename=path or "file.txt", line=line, line_number=0):
            value = found.secret_value or ""
            if not _keep_plugin_value(value, secret_type, config):
                continue
            kind = _slug(secret_type)
            start = line.find(value)
            while start >= 0:
                end = start + len(value)
                if not any(start < b and a < end for a, b in done):
                    spans.append((start, end, kind))
                start = line.find(value, start + len(value))
    return spans


def _keep_plugin_value(value: str, secret_type: str, config: bool) -> bool:
    if len(value) < MIN_CODE_SECRET_CHARS or REDACTED_PREFIX in value or _is_placeholder(value):
        return False
    if is_potential_uuid(value) or is_sequential_string(value) or is_templated_secret(value):
        return False
    if secret_type == "Secret Keyword":
        return _plausible_secret(value, "", config)
    return True


def _names_secret(line: str) -> bool:
    return any(_secret_name_kind(name, False) for name in _SECRETISH_NAME.findall(line))


def _plugins_for(line: str) -> list[tuple[str, object]]:
    """The detect-secrets plugins worth running on `line` (see PLUGIN_TRIGGERS)."""
    lowered = line.lower()
    present = {word for word in _ALL_PLUGIN_WORDS if word in lowered}
    named = bool(present & _NAME_WORDS) and _names_secret(line)
    long_run = bool(_LONG_RUN.search(line))
    chosen = []
    for secret_type, plugin in _plugins():
        if secret_type in ENTROPY_PLUGINS:
            wanted = named
        elif secret_type in PLUGIN_TRIGGERS:
            wanted = not present.isdisjoint(PLUGIN_TRIGGERS[secret_type])
        else:
            wanted = long_run
        if wanted:
            chosen.append((secret_type, plugin))
    return chosen


@functools.cache
def _plugins() -> tuple[tuple[str, object], ...]:
    mapping = get_mapping_from_secret_type_to_class()
    return tuple(
        (secret_type, cls()) for secret_type, cls in sorted(mapping.items()) if secret_type not in SKIPPED_PLUGINS
    )


def _apply(line: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[str]]:
    """Replace the (merged) spans right to left; return the new line and the kinds replaced."""
    if not spans:
        return line, []
    merged: list[list] = []
    for start, end, kind in sorted(spans, key=lambda span: span[0]):  # stable: earlier rules win a tie
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, kind])
    for start, end, kind in reversed(merged):
        line = line[:start] + _token(kind) + line[end:]
    return line, [kind for _, _, kind in merged]


def _token(kind: str) -> str:
    return f"{REDACTED_PREFIX}{kind}>"


def _slug(secret_type: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", secret_type.lower()).strip("_")


def _is_config(path: str) -> bool:
    name = PurePosixPath(path).name.lower()
    return (
        PurePosixPath(name).suffix in CONFIG_SUFFIXES
        or name in CONFIG_NAMES
        or name.startswith(".env")
        or name.startswith("docker-compose")
    )
