"""Secrets found by their context rather than their name or format, for `quality.secrets.redact`.

What detect-secrets and the `name = value` rules miss: `Basic` auth headers, `user:pass` strings (`curl -u`, values
fed to a Base64 encoder), the password argument of `NetworkCredential(…)`-like constructors, `("DB_PASSWORD",
"value")` argument pairs (`SetEnvironmentVariable`, `headers.Add`), passwords in comments (`# password for prod is
…`, `// prod db login is sa / …`), every value of a
secret-named array (`"ApiKeys": ["…", "…"]`, even across lines) and file paths holding a token. Each function returns
spans `(start, end, kind)` of values to replace; all patterns are bounded (no nested quantifiers), so a line costs
linear time.
"""

from __future__ import annotations

import base64
import binascii
import itertools
import re

from architect_ai.quality.secret_rules import (
    NAME_LIKE,
    RANDOM_LOOKING,
    REDACTED_PREFIX,
    TOKENS,
    is_placeholder,
    plausible_secret,
    secret_name_kind,
)

Span = tuple[int, int, str]

BASIC = re.compile(r"(?i)\bbasic\s+([A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])")
CURL_USER = re.compile(r"(?:^|\s)(?:-u|--user|--proxy-user)(?:\s+|=)[\"']?[^\s:\"']{1,128}:([^\s\"']{1,256})")
QUOTED_USER_PASS = re.compile(r"([\"'])[\w.@+-]{1,64}:([^\s\"':@/]{4,128})\1")
USER_PASS_WORDS = ("basic", "auth", "getbytes", "credential", "base64", "btoa", "b64encode", "userinfo")
CREDENTIAL_CALL = re.compile(
    r"(?i)credentials?\s*\(\s*([\"'])[^\"'\n]{0,256}\1\s*,\s*([\"'])((?:\\.|(?!\2)[^\\\n]){1,512})\2"
)
#: `("DB_PASSWORD", "value")`: the first two arguments of a call or initializer (not JSON's `"a": "b", "c": …`).
NAME_VALUE_ARGS = re.compile(
    r"[({][ \t]*([\"'])(?P<name>[\w.:-]{1,80})\1\s*,\s*(?P<q>[\"'])(?P<value>(?:\\.|(?!(?P=q))[^\\\n]){1,512})"
    r"(?P=q)(?![ \t]*:)"
)
#: An argument that is a name (`'password_bytes'`, `"Password"`), not a value.
WORDY = re.compile(r"^[A-Za-z_][A-Za-z_ -]*$")
COMMENT_SECRET = re.compile(
    r"(?i)(?:^\s*(?:#|\*|/\*|<!--|--|;|rem\s)|//)[^\n]{0,400}?\b(password|passwd|pwd|passphrase|secret|token|api[_ -]?key)"
    r"s?\b(?:[ \t]+(?:for|of|on|in|to|at)[ \t]+[\w.-]{1,40}){0,2}[ \t]{0,4}(?:is|was|=|:|->|=>)[ \t]{0,4}"
    r"[\"'`]?([^\s\"'`,;()<>\[\]{}]{4,256})"
)
#: Prose credentials in a comment: `// prod db login is sa / …`, `# creds: deploy:…`, `-- user/pass = sa/…`.
COMMENT_LOGIN = re.compile(
    r"(?i)(?:^\s*(?:#|\*|/\*|<!--|--|;|rem\s)|//)[^\n]{0,400}?\b(?:log[io]n|logon|creds|credentials?"
    r"|user(?:name)?(?:[ \t]*/[ \t]*pass(?:word)?)?)\b[ \t]{0,4}(?:is|are|was|=|:|->|=>)[ \t]{0,4}[\"'`]?"
    r"[\w.@+-]{1,64}[\"'`]?[ \t]*(?:/|:|,|\band\b)[ \t]*[\"'`]?([^\s\"'`,;()<>\[\]{}]{4,256})"
)
#: What may follow a value in a comment: the end, a space, a quote or closing punctuation (not `.method` or `[`).
COMMENT_VALUE_END = frozenset(" \t\"'`,;)")
IDENTIFIER_PATH = re.compile(r"^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$")
#: A chain of concatenated string literals on one line: `"sk_live_" + "abc…"`.
LITERAL = re.compile(r"([\"'`])((?:\\.|(?!\1)[^\\\n]){0,512})\1")
CONCAT_PLUS = re.compile(r"\s*\+\s*")
ARRAY_OPEN = re.compile(r"[:=][ \t]*\[")
NAME_BEFORE = re.compile(r"[\"']?([A-Za-z_$][\w.$-]{0,79})[\"']?\]?[ \t]*\Z")
ARRAY_ITEM = re.compile(r"([\"'])([^\"'\n]{1,512})\1")
MAX_ARRAY_CHARS = 8000
#: A run of a path segment long enough to be a token; it is one when upper, lower and digits alternate often
#: (`a1B2…`, `OZtzU2Tj…`), unlike names (`UserRegistrationControllerTests2024`, `Migration20240101Init`).
PATH_RUN = re.compile(r"[A-Za-z0-9_+-]{20,}")
MIN_CLASS_CHANGES = 0.45


def context_spans(line: str) -> list[Span]:
    """Every context-rule span on one line."""
    lowered = line.lower()
    spans: list[Span] = []
    if "basic" in lowered:
        spans += _basic_spans(line, lowered)
    if any(word in lowered for word in USER_PASS_WORDS) or "-u" in line or "--user" in line:
        spans += _user_pass_spans(line, lowered)
    if "credential" in lowered:
        spans += [(m.start(3), m.end(3), "credential_password") for m in CREDENTIAL_CALL.finditer(line) if _real(m[3])]
    if "," in line:
        spans += _name_value_arg_spans(line)
    if "+" in line:
        spans += _split_token_spans(line)
    if "//" in line or line.lstrip()[:4].startswith(("#", "*", "/*", "<!--", "--", ";", "rem ")):
        spans += [
            (m.start(2), m.end(2), "comment_secret") for m in COMMENT_SECRET.finditer(line) if _comment_value(line, m)
        ]
        spans += [
            (m.start(1), m.end(1), "comment_password")
            for m in COMMENT_LOGIN.finditer(line)
            if _comment_value(line, m, 1)
        ]
    return spans


def array_spans(text: str, config: bool) -> list[Span]:
    """Values of secret-named arrays in the whole text (`"ApiKeys": ["k1", "k2"]`, possibly over several lines)."""
    spans: list[Span] = []
    for opening in ARRAY_OPEN.finditer(text):
        name = NAME_BEFORE.search(text, max(0, opening.start() - 100), opening.start())
        if not name or not secret_name_kind(name[1], config):
            continue
        end = text.find("]", opening.end(), opening.end() + MAX_ARRAY_CHARS)
        end = end if end >= 0 else min(len(text), opening.end() + MAX_ARRAY_CHARS)
        for item in ARRAY_ITEM.finditer(text, opening.end(), end):
            value = item[2]
            if not WORDY.match(value.strip("\\")) and (
                plausible_secret(value, name[1], config, generic=True) or _real(value)
            ):
                spans.append((item.start(2), item.end(2), "secret_array_value"))
    return spans


def path_has_secret(path: str) -> bool:
    """True when a repository path holds a token (paths are shown in examples, so such a file is skipped)."""
    if any(pattern.search(path) for _, pattern in TOKENS):
        return True
    return any(_random_looking_run(run[0]) for run in PATH_RUN.finditer(path))


def _random_looking_run(run: str) -> bool:
    kinds = [0 if c.isupper() else 1 if c.islower() else 2 if c.isdigit() else 3 for c in run]
    if not {0, 1, 2} <= set(kinds):
        return False
    changes = sum(a != b for a, b in itertools.pairwise(kinds))
    return changes >= MIN_CLASS_CHANGES * len(run)


def _split_token_spans(line: str) -> list[Span]:
    """A well-known token split across concatenated literals: every piece of the chain is redacted."""
    spans: list[Span] = []
    at = 0
    while first := LITERAL.search(line, at):
        pieces = [first]
        while (plus := CONCAT_PLUS.match(line, pieces[-1].end())) and (nxt := LITERAL.match(line, plus.end())):
            pieces.append(nxt)
        at = pieces[-1].end()
        if len(pieces) > 1:
            joined = "".join(p[2] for p in pieces)
            kind = next((kind for kind, pattern in TOKENS if pattern.search(joined)), None)
            if kind:
                spans += [(p.start(2), p.end(2), kind) for p in pieces if p.end(2) > p.start(2)]
    return spans


def _basic_spans(line: str, lowered: str) -> list[Span]:
    spans = []
    for m in BASIC.finditer(line):
        if "authoriz" in lowered or ":" in _b64_text(m[1]):
            spans.append((m.start(1), m.end(1), "basic_auth"))
    return spans


def _user_pass_spans(line: str, lowered: str) -> list[Span]:
    spans = [(m.start(1), m.end(1), "basic_auth_password") for m in CURL_USER.finditer(line) if _real(m[1])]
    if any(word in lowered for word in USER_PASS_WORDS):
        spans += [
            (m.start(2), m.end(2), "basic_auth_password")
            for m in QUOTED_USER_PASS.finditer(line)
            if _real(m[2]) and any(c.isalpha() for c in m[2])  # `python:3.12` is an image tag
        ]
    return spans


def _name_value_arg_spans(line: str) -> list[Span]:
    spans = []
    for m in NAME_VALUE_ARGS.finditer(line):
        kind = secret_name_kind(m["name"], False)
        if (
            kind
            and plausible_secret(m["value"], m["name"], True, generic=kind == "key")
            and not WORDY.match(m["value"])
        ):
            spans.append((m.start("value"), m.end("value"), "secret" if kind == "key" else kind))
    return spans


def _comment_value(line: str, m: re.Match[str], group: int = 2) -> bool:
    """A value in a comment is a secret only when it stands alone and mixes letters with digits or symbols."""
    if m.end(group) < len(line) and line[m.end(group)] not in COMMENT_VALUE_END:
        return False
    value = m[group].rstrip(".,;:!?)") if not m[group].endswith("!") else m[group]
    has_letter = any(c.isalpha() for c in value)
    mixed = any(c.isdigit() for c in value) or any(c in "!@#$%^&*+=~" for c in value)
    return has_letter and mixed and not IDENTIFIER_PATH.match(value) and _real(value)


def _real(value: str) -> bool:
    """A value that is random-looking enough to be a real secret, not a placeholder, a word or a name."""
    value = value.strip().rstrip(".,;:!?)")  # `… the password was wrong.`: prose, not a value
    if len(value) < 4 or REDACTED_PREFIX in value or is_placeholder(value):
        return False
    if NAME_LIKE.match(value) or value.isalpha():
        return False
    if "{" in value or "}" in value:  # a template or format string, not a value
        return False
    return bool(RANDOM_LOOKING.search(value)) and not value.startswith(("http", "/", "./", "$("))


def _b64_text(value: str) -> str:
    try:
        return base64.b64decode(value + "=" * (-len(value) % 4), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""
