"""Which commits of the history teach something (CommitPackFT-style filters, as data), and their message as a request.

A filter returns '' to keep, else the reason the commit is dropped; the history reader counts every reason.
By message and author (`message_reason`): `revert`, `bot_author`, `not_a_request` (fewer than `MIN_REQUEST_WORDS`
words once the issue/PR noise is gone, a lone "wip"/"fix"/"update", a version bump, "Merge …", issue numbers
only). By change (`commit_reason`): `no_readable_change`, `docs_config_only` (no code file changed: docs, config,
lock or generated files only), `too_many_files` (more than `MAX_COMMIT_FILES` code files), `too_many_lines` (more
than `MAX_CHANGED_LINES` changed lines), `whitespace_only`, `does_not_parse` (a code file's before or after has
a syntax error).
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Sequence

from architect_ai.analyze.treesitter import parse_code

#: Languages whose changes are code worth teaching (the analysis' code languages).
CODE_LANGUAGES = frozenset(
    {"csharp", "typescript", "javascript", "python", "java", "go", "kotlin", "rust", "ruby", "php", "swift", "sql"}
)
MAX_COMMIT_FILES = 8
MAX_CHANGED_LINES = 400
MIN_REQUEST_WORDS = 3

_BOT = re.compile(
    r"dependabot|renovate|github-actions|\[bot\]|greenkeeper|snyk-bot|pre-commit-ci|imgbot|allcontributors|mergify",
    re.IGNORECASE,
)
_REVERT = re.compile(r"^\s*(?:revert\b|reverts\b|rollback\b|undo\b)", re.IGNORECASE)
_MERGE_MESSAGE = re.compile(r"^\s*merge\b", re.IGNORECASE)
_BUMP = re.compile(
    r"^\s*(?:bump(?:ed|s)?\b|release\b|chore\(release\)|v?\d+(?:\.\d+)+\b|version\b|prepare (?:for )?release)",
    re.IGNORECASE,
)
_LONE_WORDS = frozenset(
    {"wip", "fix", "fixes", "fixed", "update", "updates", "updated", "misc", "typo", "cleanup", "changes", "stuff",
     "test", "tests", "temp", "tmp", "minor", "refactor", "format", "lint", "todo", "more", "init", "initial"}
)  # fmt: skip
#: Conventional-commit prefixes (`feat(api):`), ticket tags (`[ABC-12]`, `ABC-12:`), PR/issue references.
_PREFIX = re.compile(r"^\s*(?:[a-z]+(?:\([^)]{0,40}\))?!?:\s*)", re.IGNORECASE)
_TICKET = re.compile(r"\[[A-Z][A-Z0-9]*-\d+\]|\b[A-Z][A-Z0-9]+-\d+\b:?|\(#\d+\)|(?<!\w)#\d+\b|\bGH-\d+\b")
_CLOSES = re.compile(r"\b(?:close[sd]?|fix(?:e[sd])?|resolve[sd]?|refs?|see)\s*(?:#\d+|[A-Z][A-Z0-9]+-\d+)", re.I)
_TRAILER = re.compile(r"^[A-Za-z-]+(?:-by|-to)?:\s", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_.'<>-]*")
#: Past tense / third person → imperative ("Added X" → "Add X").
_IMPERATIVE = {
    "added": "Add", "adds": "Add", "adding": "Add", "fixed": "Fix", "fixes": "Fix", "fixing": "Fix",
    "implemented": "Implement", "implements": "Implement", "implementing": "Implement",
    "updated": "Update", "updates": "Update", "updating": "Update", "removed": "Remove", "removes": "Remove",
    "refactored": "Refactor", "refactors": "Refactor", "renamed": "Rename", "renames": "Rename",
    "created": "Create", "creates": "Create", "introduced": "Introduce", "introduces": "Introduce",
    "supported": "Support", "supports": "Support", "changed": "Change", "changes": "Change", "moved": "Move",
    "moves": "Move", "extracted": "Extract", "extracts": "Extract", "replaced": "Replace", "replaces": "Replace",
    "improved": "Improve", "improves": "Improve", "handled": "Handle", "handles": "Handle", "allowed": "Allow",
    "allows": "Allow", "made": "Make", "makes": "Make", "used": "Use", "uses": "Use", "enabled": "Enable",
    "enables": "Enable", "disabled": "Disable", "validated": "Validate", "validates": "Validate",
    "returned": "Return", "returns": "Return", "exposed": "Expose", "exposes": "Expose", "converted": "Convert",
    "split": "Split", "simplified": "Simplify", "simplifies": "Simplify", "optimized": "Optimize",
    "injected": "Inject", "injects": "Inject", "registered": "Register", "registers": "Register",
    "stored": "Store", "stores": "Store", "loaded": "Load", "loads": "Load", "showed": "Show", "shows": "Show",
    "deleted": "Delete", "deletes": "Delete", "ensured": "Ensure", "ensures": "Ensure", "prevented": "Prevent",
    "prevents": "Prevent", "extended": "Extend", "extends": "Extend", "wired": "Wire", "cleaned": "Clean",
}  # fmt: skip


def request_text(message: str) -> str:
    """A commit message as a request: imperative, the issue/PR noise removed, the names kept ('' when nothing is left).

    The subject line, then the body's first paragraph when it is short prose (trailers dropped).
    """
    lines = message.strip().split("\n")
    subject = _clean(lines[0] if lines else "")
    if not subject:
        return ""
    words = subject.split(" ", 1)
    verb = _IMPERATIVE.get(words[0].lower(), words[0][:1].upper() + words[0][1:])
    subject = " ".join([verb, *words[1:]]).rstrip(" .;:,") + "."
    body = []
    for line in lines[1:]:
        if not line.strip():
            if body:
                break
            continue
        if _TRAILER.match(line.strip()) or (line.lstrip().startswith(("*", "-", "#")) and len(body) > 6):
            break
        body.append(_clean(line))
    paragraph = " ".join(part for part in body if part)
    if paragraph and len(paragraph) <= 400:
        return f"{subject} {paragraph}"
    return subject


def _clean(line: str) -> str:
    line = _CLOSES.sub("", line)
    line = _TICKET.sub("", line)
    line = _PREFIX.sub("", line, count=1)
    return re.sub(r"\s+", " ", line).strip(" -:")


def message_reason(message: str, author: str) -> str:
    """'' when the message reads like a request from a person; else `revert`, `bot_author` or `not_a_request`."""
    if _BOT.search(author):
        return "bot_author"
    subject = message.strip().split("\n", 1)[0]
    if _REVERT.match(subject):
        return "revert"
    if _MERGE_MESSAGE.match(subject) or _BUMP.match(subject):
        return "not_a_request"
    words = _WORD.findall(_clean(subject))
    if len(words) < MIN_REQUEST_WORDS or all(w.lower() in _LONE_WORDS for w in words):
        return "not_a_request"
    if words[0].lower() in {"wip", "tmp", "temp"}:
        return "not_a_request"
    return ""


def is_code(path: str, language: str) -> bool:
    return language in CODE_LANGUAGES


def commit_reason(changes: Sequence) -> str:
    """'' when the commit's readable changes are a teachable code change; else the drop reason."""
    if not changes:
        return "no_readable_change"
    code = [c for c in changes if is_code(c.path, (c.after or c.before).language)]
    if not code:
        return "docs_config_only"
    if len(code) > MAX_COMMIT_FILES:
        return "too_many_files"
    if sum(changed_lines(c) for c in code) > MAX_CHANGED_LINES:
        return "too_many_lines"
    if all(_squash(c.before) == _squash(c.after) for c in code):
        return "whitespace_only"
    for change in code:
        for side in (change.before, change.after):
            if side is not None and not parses(side.text, side.language, side.path):
                return "does_not_parse"
    return ""


def changed_lines(change) -> int:
    """Lines only in the before or only in the after (as multisets: linear, order-blind)."""
    before = Counter(change.before.text.split("\n")) if change.before else Counter()
    after = Counter(change.after.text.split("\n")) if change.after else Counter()
    return sum((before - after).values()) + sum((after - before).values())


def _squash(file) -> str:
    return "" if file is None else re.sub(r"\s+", "", file.text)


def parses(text: str, language: str, path: str = "") -> bool:
    """True unless the language's parser finds a syntax error (languages without a parser pass)."""
    if language == "python":
        try:
            ast.parse(text)
        except (SyntaxError, ValueError):
            return False
        return True
    root = parse_code(text, language, path)
    return root is None or not root.has_error
