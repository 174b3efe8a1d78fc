"""What counts as a secret: the rule tables behind `architect_ai.quality.secrets.redact`.

File-name patterns never ingested, config-file detection, the cheap prefilter's trigger words, well-known token
formats (AWS, GitHub, Slack, Stripe, Google, JWT, …), connection-string and `name = value` patterns, and the
judgement of names (`secret_name_kind`: does `DB_PASSWORD` name a secret?) and values (`plausible_secret`,
`is_placeholder`: is `"<your-key>"` a real value?).
"""

from __future__ import annotations

import functools
import re

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
    "aiza", "eyj", "sg.", "npm_", "pypi-", "sq0", "contrase", "basic", "getbytes", "base64", "btoa", "appid",
    "app_id", "sig=", "signature=", "login", "logon", "creds",
)  # fmt: skip
TRIGGER_PATTERNS = re.compile(r"://[^\s/]*@|[A-Za-z0-9+/=_-]{32}|\s-u\s|--user")
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
ALL_PLUGIN_WORDS = frozenset(word for words in PLUGIN_TRIGGERS.values() for word in words) | {"token"}
NAME_WORDS = frozenset({"pass", "pwd", "secret", "token", "key"})
LONG_RUN = re.compile(r"[A-Za-z0-9+/=_-]{32}")
PRIVATE_KEY_BLOCK = re.compile(
    r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|\Z)",
    re.DOTALL,
)
# Well-known token formats, anywhere on a line.
TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
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
#: A credential in a URL's query string: `?appid=…`, `&access_token=…`, `?api_key=…`, an Azure SAS `&sig=…`.
URL_QUERY_SECRET = re.compile(
    r"(?i)[?&;](?P<name>app_?id|api[_-]?key|apikey|access[_-]?token|auth[_-]?token|auth|token|key|client[_-]?secret"
    r"|secret|password|passwd|pwd|sig|signature|x-amz-signature|x-goog-signature|code_verifier)"
    r"=(?P<value>[^&#\s\"'<>`\\)\]]{6,1024})"
)
URL_QUERY_KINDS = {"sig": "azure_sas_signature", "signature": "url_signature"}
AWS_SECRET = re.compile(r"(?i)aws.{0,24}?(?:secret|key).{0,24}?[=:]\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])")
BEARER = re.compile(r"\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)")
URL_CREDENTIALS = re.compile(r"\b([a-zA-Z][a-zA-Z0-9+.-]*)://([^\s:/@'\"<>`]*:[^\s@'\"<>`/]*)@")
CONNECTION_STRING = re.compile(
    r"(?i)(?:server|data source|host|database|initial catalog|accountname|endpoint|defaultendpointsprotocol)\s*="
)
CONNECTION_PAIR = re.compile(
    r"(?i)(?:^|(?<=[;\"'\s]))(password|pwd|user id|userid|uid|user|username|accountkey|sharedaccesskey)\s*=\s*"
    r"([^;\"'\n]+)"
)
#: StackExchange.Redis style: `cache:6379,password=…,ssl=True`.
REDIS_PASSWORD = re.compile(r"(?i)(?<=[\w.-]):\d{2,5}\s*,(?:[^\"'\s]*?,)?\s*password\s*=\s*([^,;\"'\s()\[\]]+)")
CONNECTION_KINDS = {"accountkey": "azure_storage_key", "sharedaccesskey": "azure_sas_key"}
# `name <sep> value`: quoted or bare name, `=`, `:`, `:=` or `=>`, then a quoted value or (config) a bare one.
ASSIGNMENT = re.compile(
    r"""(?<![\w.$-])(?P<name>[A-Za-z_$][\w.$-]*)["']?\]?(?:\??\s*:\s*[A-Za-z_][\w.<>\[\]|]*\s*(?==))?"""
    r"""\s*(?::=|=>|(?<![=!<>])=(?!=)|:)\s*@?"""
    r"""(?:(?P<quote>["'`])(?P<quoted>(?:\\.|(?!(?P=quote))[^\\])*)(?P=quote)|(?P<bare>[^\s"'`,;{}\[\]#][^\s,{}\[\]]*))"""
)
XML_PAIR = re.compile(r"""(?i)key\s*=\s*"(?P<name>[^"]+)"\s+value\s*=\s*"(?P<quoted>[^"]*)\"""")
XML_ELEMENT = re.compile(r"<(?P<name>[A-Za-z_][\w.-]*)>(?P<quoted>[^<>]+)</(?P=name)>")
#: `a + "b"`: the next literal of a concatenation (a secret split across literals is judged and redacted whole).
CONCAT_LITERAL = re.compile(r"\s*\+\s*([\"'`])((?:\\.|(?!\1)[^\\\n]){0,512})\1")
#: A bare value that opens a template expression (`${{ secrets.X }}`, `{{ .Values.pw }}`, `#{Token}#`).
TEMPLATE_START = re.compile(r"\$?\{\{|\$\{|#\{|%\{|\$\(")
SECRETISH_NAME = re.compile(r"(?i)(?<![\w-])[\w-]*?(?:pass|pwd|secret|token|key)[\w-]*")
WORDS = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")
SECRET_WORDS = frozenset({"password", "passwd", "pwd", "passphrase", "secret", "secrets", "token", "apikey"})
#: `SECRET_KEY_BASE`, `DB_PASSWORD_VALUE`: a secret word may be followed by one of these and still name a secret.
SECRET_TAILS = frozenset(
    {"value", "base", "string", "str", "text", "plain", "raw", "hex", "data", "prod", "dev", "live"}
)
KEY_QUALIFIERS = frozenset(
    {"api", "access", "private", "signing", "secret", "auth", "client", "encryption", "master", "subscription",
     "account", "app", "jwt", "hmac", "shared", "sas", "license", "consumer", "service", "webhook", "session"}
)  # fmt: skip
NOT_SECRET_SUFFIXES = frozenset(
    {"length", "min", "max", "expiry", "expires", "expiration", "minutes", "hours", "days", "seconds", "ttl", "timeout",
     "file", "path", "name", "field", "header", "type", "enabled", "required", "policy", "hash", "hasher", "regex",
     "pattern", "reset", "url", "uri", "endpoint", "provider", "label", "placeholder", "error", "errors", "message",
     "validator", "hint", "form", "control", "input", "service", "interceptor", "guard", "handler", "options",
     "settings", "lifetime", "issuer", "audience", "count", "id", "format", "prefix", "location", "source", "store",
     "storage", "visible", "strength", "changed", "confirm", "dto", "model", "request", "response", "changes"}
)  # fmt: skip
PLACEHOLDER = re.compile(
    r"(?i)^(?:<[^>]*>|\$\{\{.*\}\}|[\w-]{0,12}(?:\.\.\.|…)|\$\{[^}]*\}|\{\{.*\}\}|\$\([^)]*\)|%[^%]+%|\$[A-Za-z_]\w*|#\{.*\}|\{[^}]*\}|[x*.?#_-]+"
    r"|change[-_ ]?me|changeit|replace[-_ ]?me|your[-_ ].*|todo|tbd|none|null|nil|undefined|true|false|yes|no"
    r"|example|placeholder|dummy|redacted|secret_here|\d{1,5}|\[.*\]|password|passwd|pass|pwd|secret|token|api_?key"
    r"|string|number|boolean|object|any|str|int|bool)$"
)
NAME_LIKE = re.compile(r"^[a-z][a-z0-9]*(?:[_.:/-][a-z0-9]+)+$|^[a-z]+(?:[A-Z][a-z0-9]+)+$")
REDACTED_TOKEN = re.compile(r"<REDACTED:[a-z0-9_]+>")
RANDOM_LOOKING = re.compile(r"(?=.*\d)(?=.*[A-Za-z])|[^A-Za-z0-9]")


@functools.cache
def secret_name_kind(name: str, config: bool) -> str | None:
    """`password`, `token`, `api_key`, … when a name says it holds a secret; None otherwise."""
    words = [part for w in WORDS.findall(name.rsplit(":", 1)[-1]) for part in _split_compound(w.lower())]
    while len(words) > 1 and (words[-1] in SECRET_TAILS or words[-1].isdigit()):
        words.pop()
    if not words or words[-1] in NOT_SECRET_SUFFIXES:
        return None
    last = words[-1]
    if last in {"key", "keys"}:
        if len(words) > 1 and words[-2] in KEY_QUALIFIERS:
            return f"{words[-2]}_key"
        if any(w in SECRET_WORDS for w in words):
            return "secret_key"
        return "key" if config and len(words) <= 2 else None
    if last in SECRET_WORDS:
        return {"passwd": "password", "pwd": "password", "secrets": "secret"}.get(last, last)
    return None


COMPOUND_PREFIXES = KEY_QUALIFIERS | {"db", "user", "admin", "root", "aws", "refresh", "bearer", "smtp", "mail", "sa"}
COMPOUND_SUFFIXES = ("password", "passwd", "passphrase", "secret", "token", "key")
SENTENCE_END = ".?!:"


def _split_compound(word: str) -> list[str]:
    """`secretkey` → `secret`, `key`; `dbpassword` → `db`, `password` (only after a known qualifier)."""
    for suffix in COMPOUND_SUFFIXES:
        if word.endswith(suffix) and word[: -len(suffix)] in COMPOUND_PREFIXES:
            return [word[: -len(suffix)], suffix]
    return [word]


def passphrase_like(value: str) -> bool:
    """A quoted config value with spaces that is a passphrase (`blue Sky 42 !rain`), not a sentence or a label."""
    compact = "".join(value.split()).rstrip(SENTENCE_END)
    return bool(compact) and any(not c.isalpha() for c in compact) and len(value.split()) <= 8


def plausible_secret(value: str, name: str, config: bool, *, generic: bool = False, spaces: bool = False) -> bool:
    """Filter out what only looks assigned to a secret name: placeholders, labels, storage-key names, paths."""
    value = value.strip()
    if not value or REDACTED_PREFIX in value or is_placeholder(value):
        return False
    if any(c.isspace() for c in value) and not (spaces and passphrase_like(value)):
        return False
    if value.startswith(("/", "./", "../", "http://", "https://", "~/")):
        return False
    lowered = re.sub(r"[^a-z0-9]", "", value.lower())
    if lowered and lowered in re.sub(r"[^a-z0-9]", "", name.lower()):
        return False  # `password: 'password'`, `tokenKey = 'token'`: a name, not a value
    if generic:
        return len(value) >= MIN_GENERIC_KEY_CHARS and bool(RANDOM_LOOKING.search(value))
    if config:
        return True
    if len(value) < MIN_CODE_SECRET_CHARS:
        return False
    return not (NAME_LIKE.match(value) and any(w in value.lower() for w in ("token", "key", "secret", "pass", "auth")))


def is_placeholder(value: str) -> bool:
    """True for values that stand in for a secret (`<your-key>`, `${DB_PASSWORD}`, `changeme`, `xxxx`, …)."""
    return bool(PLACEHOLDER.match(value.strip()))
