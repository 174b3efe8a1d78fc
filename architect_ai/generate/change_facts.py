"""What a commit changed, in words a request can carry: the facts that make a vague message ("Update some error.")
a change a model can derive from its before.

Read from the before and after of each changed declaration with the language's facts query (`lang.facts`): the
types, functions and methods it adds and removes, the imports it adds and drops, a package or namespace it moves to,
a signature that changes, the qualified names the after uses that the before did not, and a change that only
reorders lines (an import sort). Nothing here names a line of the answer that the facts do not already state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from architect_ai.lang.facts import file_facts

#: At most this many names per fact (added, removed, newly used).
MAX_NAMES = 5
_PACKAGE = re.compile(r"^\s*(?:package|namespace)\s+[\w.]+", re.MULTILINE)
_QUALIFIED = re.compile(r"\b[A-Za-z_]\w*\.[A-Z]\w*\b")


def _names(text: str, language: str, path: str) -> tuple[list[str], list[str]]:
    """(declared names, imports) of a text, in file order; ([], []) when the language has no facts query."""
    facts = file_facts(text, language, path)
    if facts is None:
        return [], []
    declared = [name for name, _ in sorted((*facts.types, *facts.functions, *facts.methods), key=lambda f: f[1])]
    return list(dict.fromkeys(declared)), list(dict.fromkeys(facts.imports))


def _listed(names: Sequence[str]) -> str:
    return ", ".join(f"`{n}`" for n in names[:MAX_NAMES])


def _head(text: str) -> str:
    """The declaration's first line that is not an attribute or annotation (its signature)."""
    for line in text.split("\n"):
        if line.strip() and not line.lstrip().startswith(("@", "[", "#[", "//", "#")):
            return line.strip().rstrip("{").strip()
    return ""


def change_facts(before: str, after: str, language: str, path: str, *, whole: bool) -> list[str]:
    """Sentences saying what turns `before` into `after` (empty when nothing nameable changed)."""
    if before.split("\n") != after.split("\n") and sorted(before.split("\n")) == sorted(after.split("\n")):
        return ["only reorders its lines"]
    facts: list[str] = []
    old_names, old_imports = _names(before, language, path)
    new_names, new_imports = _names(after, language, path)
    added = [n for n in new_names if n not in old_names]
    removed = [n for n in old_names if n not in new_names]
    if added:
        facts.append("adds " + _listed(added))
    if removed:
        facts.append("removes " + _listed(removed))
    imported = [i for i in new_imports if i not in old_imports]
    dropped = [i for i in old_imports if i not in new_imports]
    if imported:
        facts.append("imports " + _listed(imported))
    if dropped:
        facts.append("no longer imports " + _listed(dropped))
    old_package, new_package = _PACKAGE.search(before), _PACKAGE.search(after)
    if old_package and new_package and old_package.group(0).strip() != new_package.group(0).strip():
        facts.append(f"moves from `{old_package.group(0).strip()}` to `{new_package.group(0).strip()}`")
    if not whole:
        old_head, new_head = _head(before), _head(after)
        if old_head and new_head and old_head != new_head:
            facts.append(f"changes its signature to `{new_head}`")
    old_used = set(_QUALIFIED.findall(before))
    newly = [q for q in dict.fromkeys(_QUALIFIED.findall(after)) if q not in old_used]
    if newly:
        facts.append("newly uses " + _listed(newly))
    return facts
