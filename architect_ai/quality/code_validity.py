"""Taught code is whole code: every code block of a repository answer parses for its language, and no redaction
placeholder stands in it.

- `safe_sample_values` turns a `<REDACTED:kind>` inside a string literal or a comment into a sample value
  (`change-me`; `user@example.com` for an e-mail address, `192.0.2.10` — a documentation address — for a private
  IP), so the code stays valid and the model never learns to emit the placeholder; the value itself was removed at
  ingestion.
- `CodeGate` drops, with a reason, an answer whose code still holds a placeholder (`redaction_in_code`: it stood
  outside a string) or does not parse with tree-sitter (`unparseable_code`: ERROR or MISSING nodes). A member
  answer (a method without its class) is also tried inside a class body; Python is dedented first.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass, field, replace

from architect_ai.analyze.treesitter import has_error
from architect_ai.data import Example, Message
from architect_ai.lang import LANGUAGES
from architect_ai.quality.secret_rules import REDACTED_TOKEN

SAFE_VALUE = "change-me"
#: Sample values of a kind where `change-me` would not read as one (reserved documentation values, RFC 2606/5737).
SAMPLE_VALUES = {"email": "user@example.com", "private_ip": "192.0.2.10"}
_COMMENT_START = re.compile(r"//|/\*|<!--|^\s*(?:\*|#|--)")
#: A fenced block: (fence, language, body) — the one pattern the quality checks read answers with.
CODE_FENCE = re.compile(r"^(`{3,})(\w*)\n(.*?)\n\1$", re.S | re.M)
_QUOTES = re.compile(r"(?<!\\)[\"'`]")
#: Fence languages checked by a grammar (others — html, scss, json, yaml — are not code a parser here reads).
PARSED = frozenset(LANGUAGES)
_WRAPPERS = {
    "csharp": ("class __Wrap {\n", "\n}"),
    "java": ("class __Wrap {\n", "\n}"),
    "typescript": ("class __Wrap {\n", "\n}"),
    "javascript": ("class __Wrap {\n", "\n}"),
    "kotlin": ("class __Wrap {\n", "\n}"),  # a secondary `constructor(…) : this(…)` stands only in a class
    "php": ("class __Wrap {\n", "\n}"),  # `public function …` too (Rust, Ruby and Swift members parse alone)
}


def _inside_string(line: str, position: int) -> bool:
    return len(_QUOTES.findall(line[:position])) % 2 == 1


def _inside_comment(line: str, position: int) -> bool:
    return bool(_COMMENT_START.search(line[:position]))


def sample_value(placeholder: str) -> str:
    """The sample value that stands for a `<REDACTED:kind>` placeholder."""
    return SAMPLE_VALUES.get(placeholder[len("<REDACTED:") : -1], SAFE_VALUE)


def safe_sample_values(text: str) -> tuple[str, int]:
    """`text` with each placeholder inside a string literal or a comment replaced by its sample value, and how
    many were. A placeholder standing as code (outside both) stays: the example is then dropped."""
    if "<REDACTED:" not in text:
        return text, 0
    count = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if "<REDACTED:" not in line:
            continue
        out, last = [], 0
        for match in REDACTED_TOKEN.finditer(line):
            if _inside_string(line, match.start()) or _inside_comment(line, match.start()):
                out += [line[last : match.start()], sample_value(match.group())]
                count += 1
            else:
                out.append(line[last : match.end()])
            last = match.end()
        lines[number] = "".join(out) + line[last:]
    return "\n".join(lines), count


def parses(code: str, language: str) -> bool:
    """Whether tree-sitter reads `code` without ERROR or MISSING nodes (alone, or as a class member)."""
    if language == "python":
        code = textwrap.dedent(code)
    record = LANGUAGES.get(language)
    if record is not None:
        code += record.snippet_end
    # a PHP snippet without its `<?php` tag would be read as HTML text (never an error)
    tag = "<?php\n" if language == "php" and "<?php" not in code else ""
    if not has_error(tag + code, language):  # None: no grammar
        return True
    wrapper = _WRAPPERS.get(language)
    if wrapper is None:
        return False
    return has_error(tag + wrapper[0] + code + wrapper[1], language) is False


@dataclass
class CodeGate:
    """`prepare` makes the placeholders of a repo example safe; `check` drops what is still not whole code."""

    safe_values: int = 0  # placeholders turned into sample values in written candidates
    verdicts: dict[int, bool] = field(default_factory=dict)
    samples: list[str] = field(default_factory=list)

    def prepare(self, example: Example) -> Example:
        if example.domain != "repo" or "<REDACTED:" not in example.user + example.assistant:
            return example
        messages, total = [], 0
        for message in example.messages:
            content, count = safe_sample_values(message.content)
            total += count
            messages.append(Message(message.role, content) if count else message)
        self.safe_values += total
        return replace(example, messages=tuple(messages), id="", tokens=0) if total else example

    def check(self, example: Example) -> str | None:
        if example.domain != "repo" or example.category == "artifact":
            return None
        if "<REDACTED:" in example.assistant:
            return "redaction_in_code"
        for _, language, body in CODE_FENCE.findall(example.assistant):
            if language not in PARSED:
                continue
            key = hash((language, body))
            verdict = self.verdicts.get(key)
            if verdict is None:
                verdict = self.verdicts[key] = parses(body, language)
            if not verdict:
                if len(self.samples) < 20:
                    self.samples.append(example.source)
                return "unparseable_code"
        return None
