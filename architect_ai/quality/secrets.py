"""Secret redaction: no secret from the user's repository may reach an output file.

`redact(text, path)` replaces each secret *value* in place by `<REDACTED:kind>` and keeps the rest of the line, so
code stays readable (`"Password": "<REDACTED:password>"`). Two layers:

1. Our own rules for what a .NET + Angular + MongoDB stack leaks: private key blocks, credentials in URLs
   (`mongodb://user:pass@…`, `redis://:pass@…`, query strings `?appid=…`, `&access_token=…`, an Azure SAS `sig=…`),
   connection-string `Password=`/`User Id=`/`AccountKey=`, secret-named keys in config and code (`"Jwt": {"Key": …}`, `DB_PASSWORD=…`, `apiKey: '…'`, `<secretkey>…</secretkey>`, values
   joined by `+`), well-known token formats (AWS, GitHub, Slack, Stripe, Google, JWT, …), and the context rules of
   `secret_context` (Basic headers, `user:pass`, credential arguments, comments, secret-named arrays).
2. detect-secrets' plugins on what is left of the line (`secret_plugins`).

Templated references (`${{ secrets.X }}`, `${VAR}`) and placeholders are never replaced: redaction must not break code.
Speed: most lines of code cannot hold a secret. A cheap whole-text pass (lower-cased substring search for trigger
words, one regex for long token-like runs) picks the few lines that might, and only those go through the rules; each
detect-secrets plugin runs only on lines holding one of its trigger words. 3–8 MB/s on ordinary code.
"""

from __future__ import annotations

import bisect
import fnmatch
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from architect_ai.quality.secret_context import array_spans, context_spans
from architect_ai.quality.secret_context import path_has_secret as path_has_secret  # re-exported
from architect_ai.quality.secret_plugins import detect_secrets_spans
from architect_ai.quality.secret_rules import (
    ASSIGNMENT,
    AWS_SECRET,
    BEARER,
    CONCAT_LITERAL,
    CONFIG_NAMES,
    CONFIG_SUFFIXES,
    CONNECTION_KINDS,
    CONNECTION_PAIR,
    CONNECTION_STRING,
    PRIVATE_KEY_BLOCK,
    REDACTED_PREFIX,
    REDIS_PASSWORD,
    SECRET_FILE_PATTERNS,
    SECRETISH_NAME,
    TEMPLATE_START,
    TOKENS,
    TRIGGER_PATTERNS,
    TRIGGER_WORDS,
    URL_CREDENTIALS,
    URL_QUERY_KINDS,
    URL_QUERY_SECRET,
    XML_ELEMENT,
    XML_PAIR,
    is_placeholder,
    plausible_secret,
    secret_name_kind,
)
from architect_ai.quality.secret_rules import (
    MIN_GENERIC_KEY_CHARS as MIN_GENERIC_KEY_CHARS,  # re-exported: part of this module's public constants
)


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
    if "[" in text:
        text = _redact_arrays(text, config, redactions)
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
    positions = [m.start() for m in TRIGGER_PATTERNS.finditer(text)]
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
    seen = [0, 1]  # (offset, line) of the last match: lines are counted incrementally, not from the start each time

    def replace(match: re.Match[str]) -> str:
        seen[1] += text.count("\n", seen[0], match.start())
        seen[0] = match.start()
        redactions.append(Redaction("private_key", seen[1]))
        return _token("private_key") + "\n" * match.group(0).count("\n")  # keep the line count

    return PRIVATE_KEY_BLOCK.sub(replace, text)


def _redact_arrays(text: str, config: bool, redactions: list[Redaction]) -> str:
    spans = array_spans(text, config)
    if not spans:
        return text
    starts = [0, *(m.end() for m in re.finditer("\n", text))]
    pieces, at = [], 0
    for start, end, kind in sorted(spans):
        if start < at:
            continue  # overlapping (nested arrays): the first span already covers it
        redactions.append(Redaction(kind, bisect.bisect_right(starts, start)))
        pieces += [text[at:start], _token(kind)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)  # one copy of the text, however many values (linear in its size)


def _redact_line(line: str, path: str, config: bool) -> tuple[str, list[str]]:
    spans = [*_token_spans(line), *_connection_spans(line), *_assignment_spans(line, config), *context_spans(line)]
    line, kinds = _apply(line, spans)
    line, more = _apply(line, detect_secrets_spans(line, path, config))
    return line, kinds + more


def _token_spans(line: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), kind) for kind, pattern in TOKENS for m in pattern.finditer(line)]
    spans += [(m.start(1), m.end(1), "aws_secret_key") for m in AWS_SECRET.finditer(line)]
    spans += [(m.start(1), m.end(1), "bearer_token") for m in BEARER.finditer(line) if not is_placeholder(m[1])]
    for m in URL_CREDENTIALS.finditer(line):
        password = m[2].partition(":")[2]
        if password and not is_placeholder(password):
            kind = "mongodb_credentials" if m[1].lower().startswith("mongodb") else "url_credentials"
            spans.append((m.start(2), m.end(2), kind))
    if "=" in line:
        spans += [
            (m.start("value"), m.end("value"), URL_QUERY_KINDS.get(m["name"].lower(), "url_query_credential"))
            for m in URL_QUERY_SECRET.finditer(line)
            if _query_value(m["value"])
        ]
    return spans


def _query_value(value: str) -> bool:
    """A query-string value that is a credential: not a placeholder or template, and not a plain word."""
    if not _real_value(value) or TEMPLATE_START.search(value) or "{" in value or value.startswith(("$", "+", "%s")):
        return False
    return not (value.isalpha() and (value.islower() or value.isupper()))


def _connection_spans(line: str) -> list[tuple[int, int, str]]:
    spans = []
    if "," in line and "password" in line.lower():  # StackExchange.Redis: `host:6379,password=…`
        spans += [(m.start(1), m.end(1), "redis_password") for m in REDIS_PASSWORD.finditer(line) if _real_value(m[1])]
    if ";" not in line or not CONNECTION_STRING.search(line):
        return spans
    for m in CONNECTION_PAIR.finditer(line):
        value = m[2].rstrip()
        if value and not is_placeholder(value):
            name = m[1].lower().replace(" ", "")
            kind = CONNECTION_KINDS.get(name, "connection_string_password" if name in {"password", "pwd"} else None)
            spans.append((m.start(2), m.start(2) + len(value), kind or "connection_string_user"))
    return spans


def _real_value(value: str) -> bool:
    return not is_placeholder(value) and REDACTED_PREFIX not in value


def _assignment_spans(line: str, config: bool) -> list[tuple[int, int, str]]:
    if not SECRETISH_NAME.search(line):
        return []
    spans = []
    matches = list(ASSIGNMENT.finditer(line))
    if config and "<" in line:
        matches += list(XML_PAIR.finditer(line))
    if "</" in line:
        matches += list(XML_ELEMENT.finditer(line))
    for m in matches:
        groups = m.groupdict()
        value, group = (groups["quoted"], "quoted") if groups.get("quoted") is not None else (groups["bare"], "bare")
        if group == "bare" and (not config or TEMPLATE_START.match(line, m.start(group))):
            continue  # in code, `password = form.value` is an expression; `${{ secrets.X }}` is a reference
        kind = secret_name_kind(m["name"], config)
        if not kind or not value:
            continue
        pieces = [(m.start(group), m.end(group))]
        if group == "quoted":
            pieces += _concatenated(line, m.end())
            value = "".join(line[a:b] for a, b in pieces)
        spaces = config and group == "quoted" and kind != "key"
        if plausible_secret(value, m["name"], config, generic=kind == "key", spaces=spaces):
            spans += [(a, b, "secret" if kind == "key" else kind) for a, b in pieces if b > a]
    return spans


def _concatenated(line: str, at: int) -> list[tuple[int, int]]:
    """The literals joined to a quoted value by `+` (`"sk_live_" + "abc…"`): their spans."""
    pieces = []
    while m := CONCAT_LITERAL.match(line, at):
        pieces.append((m.start(2), m.end(2)))
        at = m.end()
    return pieces


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


def _is_config(path: str) -> bool:
    name = PurePosixPath(path).name.lower()
    return (
        PurePosixPath(name).suffix in CONFIG_SUFFIXES
        or name in CONFIG_NAMES
        or name.startswith(".env")
        or name.startswith("docker-compose")
    )
