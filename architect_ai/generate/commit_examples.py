"""Examples from the repository's history: how the team really changes its code (category `sweep`).

- `commit_edit`: the commit message as a request with what the change does, read off the diff (`change_facts`: the
  names it adds and removes, imports, a new package, a new signature — so a vague message still says what to do), the
  changed declarations *before* (whole methods, with the signatures of the other members of their file) → the same
  declarations *after*, whole. Where a change lies outside
  every method (fields, usings, a language without a method parser), the whole file is the declaration.
- `commit_feature`: a commit that adds code files → the request, the spec of what was added (paths and the names
  they declare) and the existing code it builds on (one sibling of the parent commit, whole or as signatures) → the
  new files whole, then the declarations it changed elsewhere.

One example per commit (`group` = `commit:<sha>`, `metadata.commit` = the full sha, `source` = `path@sha7:start-end`
of its first answer file), files added while the token budget holds. Every text was redacted by the history reader.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from architect_ai.analyze.chunks import _python_methods, _tree_methods, split_lines
from architect_ai.analyze.convention_evidence import conventions_shown
from architect_ai.analyze.treesitter import parse_code
from architect_ai.data import Convention, Example, SourceFile, chat, estimate_tokens
from architect_ai.generate.change_facts import change_facts
from architect_ai.generate.templates import fence
from architect_ai.ingest.history import FileChange, HistoryCommit
from architect_ai.ingest.history_filters import CODE_LANGUAGES, request_text

COMMIT_KINDS = ("commit_edit", "commit_feature")
#: Share of the example budget the prompt and answer may fill (the system prompt and headings take the rest).
BUDGET_SHARE = 0.85
#: Signatures of other members listed with a before, at most.
MAX_SIGNATURES = 12


@dataclass(frozen=True, slots=True)
class Declaration:
    """A changed declaration: its text before and after (None: added / removed) and its after lines (1-based)."""

    path: str
    language: str
    symbol: str
    before: str | None
    after: str | None
    start: int
    end: int
    whole: bool = False  # the whole file (the change lies outside every method)


def commit_examples(
    commits: Iterable[HistoryCommit],
    *,
    conventions: Sequence[Convention] = (),
    system_prompt: str = "",
    max_tokens: int = 4096,
    drops: Counter | None = None,
) -> Iterator[Example]:
    """One example per usable commit, in history order (newest first); unusable ones counted in `drops`."""
    drops = Counter() if drops is None else drops
    budget = int(max_tokens * BUDGET_SHARE) - estimate_tokens(system_prompt)
    for commit in commits:
        request = request_text(commit.message)
        if not request:
            drops["not_a_request"] += 1
            continue
        added = [c for c in commit.changes if c.status == "A" and c.after is not None and _is_code(c.after)]
        edited = [d for c in commit.changes if c.status in "MR" for d in changed_declarations(c)]
        drafted = _feature(commit, request, added, edited, budget) if added else _edit(commit, request, edited, budget)
        if drafted is None:
            drops["over_token_budget" if (added or edited) else "no_declaration_changed"] += 1
            continue
        kind, user, answer, source = drafted
        yield Example(
            messages=chat(system_prompt, user, answer),
            category="sweep",
            kind=kind,
            domain="repo",
            source=source,
            template=kind,
            group=f"commit:{commit.sha}",
            conventions=conventions_shown(answer, conventions),
            commit=commit.sha,
        )


#: What a commit becomes before it is an `Example`: (kind, user prompt, answer, source).
Draft = tuple[str, str, str, str]


def _within_budget(items: Iterable, cost: Callable[[object], int], room: int) -> Iterator:
    """`items` in order while their summed cost fits in `room`; stops at the first that does not fit."""
    used = 0
    for item in items:
        used += cost(item)
        if used > room:
            return
        yield item


def _is_code(file: SourceFile) -> bool:
    return file.language in CODE_LANGUAGES


def _source(path: str, sha: str, start: int, end: int) -> str:
    return f"{path}@{sha[:7]}:{start}-{end}"


def _edit(commit, request, edited: list[Declaration], budget) -> Draft | None:
    before_blocks, after_blocks = [], []
    changed = [d for d in edited if d.after is not None]  # a removal alone has no after to teach; it is named below
    shown = list(_within_budget(changed, lambda d: estimate_tokens(d.before or "") + estimate_tokens(d.after), budget))
    if not shown:
        return None
    for decl in shown:
        label = f"`{decl.path}` — `{decl.symbol}`"
        if decl.before is None:
            before_blocks.append(f"{label}: new, add it.")
        else:
            before_blocks.append(f"{label} (before)\n\n{fence(decl.before, decl.language)}")
        after_blocks.append(f"{label}\n\n{fence(decl.after, decl.language)}")
    for path in dict.fromkeys(d.path for d in shown):
        if any(d.whole for d in shown if d.path == path):
            continue
        members = _signatures_of_path(commit, path, exclude={d.symbol.split("#")[0] for d in edited})
        if members:
            before_blocks.append(f"The other members of `{path}`:\n\n{members}")
    removed = [d for d in edited if d.after is None]
    if removed:
        before_blocks.append("Remove: " + ", ".join(f"`{d.symbol}` from `{d.path}`" for d in removed) + ".")
    changes = [
        f"- `{decl.path}` — `{decl.symbol}`: " + "; ".join(facts)
        for decl in shown
        if decl.before is not None
        and (facts := change_facts(decl.before, decl.after, decl.language, decl.path, whole=decl.whole))
    ]
    what = "What changes:\n" + "\n".join(changes) + "\n\n" if changes else ""
    user = (
        f"{request}\n\n{what}Make this change the way this repository does it. The code it starts from:\n\n"
        + "\n\n".join(before_blocks)
        + "\n\nReturn each changed declaration whole, as it should read after the change."
    )
    first = shown[0]
    return "commit_edit", user, "\n\n".join(after_blocks), _source(first.path, commit.sha, first.start, first.end)


def _feature(commit, request, added: list[FileChange], edited, budget) -> Draft | None:
    files = list(_within_budget(added, lambda c: estimate_tokens(c.after.text), budget))
    if not files:
        return None
    used = sum(estimate_tokens(c.after.text) for c in files)
    spec = [f"- `{c.path}`: {_spec_of(c.after)}" for c in files]
    context = []
    sibling = next((c.sibling for c in files if c.sibling is not None), None)
    if sibling is not None:
        whole = estimate_tokens(sibling.text)
        if used + 2 * whole <= budget:  # shown in the prompt, it costs its tokens once more in the token estimate
            context.append(f"It builds on `{sibling.path}` (existing):\n\n{fence(sibling.text, sibling.language)}")
            used += whole
        else:
            signatures = _signatures(sibling, exclude=())
            if signatures:
                context.append(f"It builds on `{sibling.path}` (existing), whose members are:\n\n" + signatures)
    answer = [f"`{c.path}`\n\n{fence(c.after.text, c.after.language)}" for c in files]
    changed = [d for d in edited if d.after is not None]
    changed = list(_within_budget(changed, lambda d: estimate_tokens(d.after), budget - used))
    for decl in changed:
        answer.append(f"`{decl.path}` — `{decl.symbol}` (changed)\n\n{fence(decl.after, decl.language)}")
    touched: dict[str, list[str]] = {}  # the request names every file its answer holds, the changed ones too
    for decl in changed:
        if decl.before is None:
            touched.setdefault(decl.path, []).append(f"add `{decl.symbol}`")
            continue
        facts = change_facts(decl.before, decl.after, decl.language, decl.path, whole=decl.whole)
        said = f"change `{decl.symbol}`" + (f" ({'; '.join(facts)})" if facts else "")
        touched.setdefault(decl.path, []).append(said)
    spec += [f"- `{path}`: {', '.join(dict.fromkeys(said))}" for path, said in touched.items()]
    user = (
        f"{request}\n\nAdd it the way this repository does it. What to add:\n"
        + "\n".join(spec)
        + ("\n\n" + "\n\n".join(context) if context else "")
        + "\n\nReturn each new file whole"
        + (" and each changed declaration as it should read after the change." if changed else ".")
    )
    first = files[0]
    source = _source(first.path, commit.sha, 1, first.after.line_count)
    return "commit_feature", user, "\n\n".join(answer), source


def _spec_of(file: SourceFile) -> str:
    """What a new file declares: `OrderService` with `GetAsync`, `CreateAsync` (names only)."""
    members: dict[str, list[str]] = {}
    for _, _, _, owner, name in _method_spans(file):
        members.setdefault(owner, []).append(name)
    if not members:
        return "a new file"
    parts = []
    for owner, names in members.items():
        listed = ", ".join(f"`{n}`" for n in dict.fromkeys(names))
        parts.append(f"`{owner}` with {listed}" if owner else listed)
    return "; ".join(parts)


def _method_spans(file: SourceFile) -> list[tuple[int, int, int, str, str]]:
    """(first line with comments, first line, last line, owner, name) of every method or function, 0-based, in
    file order."""
    lines = split_lines(file.text)
    if file.language == "python":
        spans = _python_methods(file.text, lines)
    else:
        root = parse_code(file.text, file.language, file.path)  # Java too
        spans = _tree_methods(root) if root is not None else iter(())
    return sorted(spans)


def _units(file: SourceFile) -> tuple[dict[str, tuple[int, int, str]], str]:
    """The file's methods by symbol (`Owner.Name`, `#2` for an overload) → (lo, hi, text), and the rest of the file."""
    lines = split_lines(file.text)
    units: dict[str, tuple[int, int, str]] = {}
    covered = [False] * len(lines)
    for lo, _, hi, owner, name in _method_spans(file):
        if any(covered[lo : hi + 1]):
            continue  # a function nested in another is part of it
        symbol = f"{owner}.{name}" if owner else name
        key, n = symbol, 1
        while key in units:
            n += 1
            key = f"{symbol}#{n}"
        units[key] = (lo, hi, "\n".join(lines[lo : hi + 1]))
        covered[lo : hi + 1] = [True] * (hi - lo + 1)
    rest = "\n".join(line for line, inside in zip(lines, covered, strict=True) if not inside)
    return units, rest


def changed_declarations(change: FileChange) -> list[Declaration]:
    """The declarations a modification changed, whole: methods, else the whole file when the change lies outside
    every method (or the language has no method parser)."""
    before, after = change.before, change.after
    if before is None or after is None or not _is_code(after) or before.text == after.text:
        return []
    old, old_rest = _units(before)
    new, new_rest = _units(after)
    name = change.path.rsplit("/", 1)[-1]
    whole = Declaration(change.path, after.language, name, before.text, after.text, 1, after.line_count, whole=True)
    if (not old and not new) or old_rest.split() != new_rest.split():
        return [whole]
    found = []
    for symbol in [*new, *(s for s in old if s not in new)]:
        a, b = old.get(symbol), new.get(symbol)
        if a is not None and b is not None and a[2] == b[2]:
            continue
        start, end = (b[0] + 1, b[1] + 1) if b is not None else (0, 0)
        found.append(Declaration(change.path, after.language, symbol, a and a[2], b and b[2], start, end))
    return found


def _signatures(file: SourceFile, exclude: Iterable[str]) -> str:
    lines = split_lines(file.text)
    skip = set(exclude)
    shown = []
    for _, first, last, owner, name in _method_spans(file):
        symbol = f"{owner}.{name}" if owner else name
        if symbol not in skip:
            while first < last and lines[first].lstrip().startswith(("@", "[")):
                first += 1  # a Java annotation or a C# attribute above the declaration is not its signature
            shown.append(lines[first].strip())
    return "\n".join(f"- `{line}`" for line in shown[:MAX_SIGNATURES])


def _signatures_of_path(commit: HistoryCommit, path: str, exclude: set[str]) -> str:
    change = next((c for c in commit.changes if c.path == path), None)
    if change is None or change.before is None:
        return ""
    return _signatures(change.before, exclude)


def recent_feature_commits(examples: Iterable[Example], count: int) -> list[str]:
    """The full shas of the newest `count` commits with a `commit_feature` example (history order is newest first):
    what a held-out test split of "add X the way we do it" takes."""
    shas: list[str] = []
    for example in examples:
        if example.kind == "commit_feature" and example.commit not in shas:
            shas.append(example.commit)
            if len(shas) >= count:
                break
    return shas
