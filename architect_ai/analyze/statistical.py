"""Conventions mined without a catalogue: what recurs in *this* repository's code.

- recurring base types and implemented interfaces (`base_type.X`, ≥ `MIN_CLASSES` classes),
- recurring constructor-injected types (`injected.X`),
- recurring attributes/decorators on types (`marker.X`),
- class-name suffix families (`suffix.Handler`),
- folder ↔ role regularities (`folder_role.Controllers`, described only),
- file families that travel together (`file_family.Handler-Validator` for `X` + `XHandler` + `XValidator`, described only;
  in languages named so by the registry, `<resource>.<layer>` names too: `file_family.controller-model-routes` for
  `user.controller.js` + `user.model.js` + `user.routes.js`, wherever the layers' folders are).

Ids are `<kind>.<name>`. Each kind keeps its `MAX_PER_KIND` strongest findings. The last two kinds are facts about paths, not code an answer
can show, so they are `teachable=False`: they are described but never tagged nor counted as taught.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import PurePosixPath

from architect_ai.analyze.class_facts import class_facts
from architect_ai.analyze.convention_tally import MAX_NAMES_SHOWN, Tally
from architect_ai.data import Convention
from architect_ai.lang import language as language_record

MIN_CLASSES = 3
MAX_PER_KIND = 4
#: A folder is a role's home when at least this share of its (≥ MIN_CLASSES) code files have that role.
FOLDER_ROLE_SHARE = 0.8
#: Names too generic to be a house convention.
IGNORED = frozenset({"object", "Object", "Exception", "Attribute", "Any", "T", "Enum", "Generic"})
#: Injected types worth a convention: dependencies (interfaces, services, clients, settings…), not the values a
#: record or event carries (`ContributorId`, `IReadOnlyList<…>`).
_DEPENDENCY = re.compile(
    r"I[A-Z]\w*|\w*(Service|Repository|Context|Client|Factory|Provider|Manager|Options|Settings|Configuration|Builder|"
    r"Mediator|Sender|Publisher|Store|Cache|Bus|Router|Api|Gateway|Session|Logger|Handler|Mapper|Validator|Http\w*)"
)
_VALUE_INTERFACES = frozenset(
    {"IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "IList", "ICollection", "IDictionary", "IQueryable"}
    | {"IReadOnlyDictionary", "ISet", "IAsyncEnumerable", "IFormFile", "IComparable", "IEquatable", "IDisposable"}
)
_WORDS = re.compile(r"[A-Z][a-z0-9]+|[A-Z]+(?![a-z])")
_MARKER_FORM = {"csharp": "[{}]", "php": "#[{}]", "rust": "#[derive({})]"}  # else `@{}` (Python, Java, Kotlin, Swift…)


def _safe(name: str) -> str:
    """A folder name as part of a convention id (ids are `[A-Za-z0-9_.-]+`, like validation prompt ids)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name)


class StatisticalMiner:
    """Collects the statistics over one pass of `add` calls; `conventions()` gives the recurring ones."""

    def __init__(self) -> None:
        self._tallies: dict[str, Tally] = defaultdict(Tally)
        self._languages: dict[str, set[str]] = defaultdict(set)
        self._folders: dict[str, Counter] = defaultdict(Counter)  # folder name → role counts
        self._stems: dict[str, set[str]] = defaultdict(set)  # folder path → file stems
        self._dotted: dict[tuple[str, str], set[str]] = defaultdict(set)  # (resource, suffix) → layers

    def add(self, path: str, lines: tuple[str, ...], language: str, role: str, text: str | None = None) -> None:
        """One code file's comment-free `lines` (and its `text`, from which a grammar's facts are read once)."""
        pure = PurePosixPath(path)
        if len(pure.parts) > 1:
            self._folders[pure.parts[-2]][role] += 1
        self._stems[str(pure.parent)].add(pure.stem)
        record = language_record(language)
        if record is not None and record.dotted_families and pure.stem.count(".") == 1:
            resource, layer = pure.stem.split(".")
            if resource and layer.isalpha():
                self._dotted[(resource, pure.suffix)].add(layer)
        for fact in class_facts(lines, language, text):
            bases_row = fact.bases_row if fact.bases_row >= 0 else fact.row
            for base in dict.fromkeys(fact.bases):
                self._hit(f"base_type.{base}", base, path, bases_row, lines, fact.name, language)
            for type_, row in dict.fromkeys(fact.injected):
                if type_ in _VALUE_INTERFACES or not _DEPENDENCY.fullmatch(type_):
                    continue
                self._hit(f"injected.{type_}", type_, path, row, lines, fact.name, language)
            for marker, row in dict.fromkeys(fact.markers):
                self._hit(f"marker.{marker}", marker, path, row, lines, fact.name, language)
            words = _WORDS.findall(fact.name) if fact.declares else []
            if len(words) > 1 and len(words[-1]) >= 3:
                self._hit(f"suffix.{words[-1]}", words[-1], path, fact.row, lines, fact.name, language)

    def _hit(self, id_: str, name: str, path: str, row: int, lines, example: str, language: str) -> None:
        if name in IGNORED:
            return
        self._tallies[id_].hit(name, path, row, list(lines), example=example)
        self._languages[id_].add(language)

    def conventions(self, known_names: frozenset[str] = frozenset()) -> list[Convention]:
        """The recurring findings, strongest `MAX_PER_KIND` of each kind; names in `known_names` (already a
        catalogue or miner convention) are left out so one fact is not taught twice."""
        found: list[Convention] = []
        by_kind: dict[str, list[tuple[str, Tally]]] = defaultdict(list)
        for id_, tally in self._tallies.items():
            name = id_.split(".", 1)[1]
            classes = {e for examples in tally.examples.values() for e in examples}
            if len(classes) >= MIN_CLASSES and name not in known_names:
                by_kind[id_.split(".", 1)[0]].append((id_, tally))
        for kind, items in by_kind.items():
            items.sort(key=lambda item: (-item[1].count, item[0]))
            for id_, tally in items[:MAX_PER_KIND]:
                found.append(self._describe(kind, id_, tally))
        found += self._folder_roles() + self._file_families() + self._dotted_families()
        return sorted(found, key=lambda c: c.id)

    def _describe(self, kind: str, id_: str, tally: Tally) -> Convention:
        name = id_.split(".", 1)[1]
        classes = [e for examples in tally.examples.values() for e in examples]
        shown = ", ".join(f"`{c}`" for c in classes[:MAX_NAMES_SHOWN])
        languages = tuple(sorted(self._languages[id_]))
        if kind == "base_type":
            text, hint = (
                f"{tally.count} types derive from or implement `{name}` ({shown}, …)",
                f" Derive it from `{name}`.",
            )
        elif kind == "injected":
            text = f"`{name}` is constructor-injected into {tally.count} classes ({shown}, …)"
            hint = f" Inject `{name}` through the constructor."
        elif kind == "marker":
            form = _MARKER_FORM.get(languages[0], "@{}").format(name) if len(languages) == 1 else name
            text, hint = f"{tally.count} types are annotated with `{form}` ({shown}, …)", f" Annotate it with `{form}`."
        else:
            text = f"{tally.count} classes end in `{name}` ({shown}, …)"
            hint = f" Name the class with the `{name}` suffix."
        return Convention(
            id_,
            text,
            tally.count,
            (name,),
            tuple(tally.evidence),
            languages=languages,
            hint=hint,
            origin="statistical",
        )

    def _folder_roles(self) -> list[Convention]:
        out = []
        for folder, roles in self._folders.items():
            role, count = roles.most_common(1)[0]
            total = sum(roles.values())
            if count >= MIN_CLASSES and count >= FOLDER_ROLE_SHARE * total and not role.startswith("other_"):
                text = f"Files in `{folder}/` folders are `{role}` ({count} of {total} files)"
                out.append(
                    Convention(
                        f"folder_role.{_safe(folder)}",
                        text,
                        count,
                        (folder, role),
                        origin="statistical",
                        teachable=False,
                    )
                )
        out.sort(key=lambda c: (-c.count, c.id))
        return out[:MAX_PER_KIND]

    def _file_families(self) -> list[Convention]:
        signatures: Counter = Counter()
        members: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for folder, stems in self._stems.items():
            for stem in sorted(stems):
                suffixes = tuple(
                    sorted(
                        o[len(stem) :]
                        for o in stems
                        if o != stem and o.startswith(stem) and o[len(stem) :][:1].isupper()
                    )
                )
                if suffixes:
                    signatures[suffixes] += 1
                    members[suffixes].append(f"{folder}/{stem}")
        out = []
        for signature, count in sorted(signatures.items(), key=lambda item: (-item[1], item[0])):
            if count >= MIN_CLASSES and len(out) < MAX_PER_KIND:
                files = " + ".join(["`X`", *(f"`X{s}`" for s in signature)])
                text = f"Files travel together as {files} ({count} families, e.g. `{members[signature][0]}`)"
                id_ = "file_family." + "-".join(signature)
                out.append(Convention(id_, text, count, signature, origin="statistical", teachable=False))
        return out

    def _dotted_families(self) -> list[Convention]:
        """`<resource>.<layer><suffix>` files whose resources share the same layers (≥ 2 layers, ≥ MIN_CLASSES)."""
        signatures: dict[tuple[tuple[str, ...], str], list[str]] = defaultdict(list)
        for (resource, suffix), layers in sorted(self._dotted.items()):
            if len(layers) >= 2:
                signatures[(tuple(sorted(layers)), suffix)].append(resource)
        out = []
        for (layers, suffix), resources in sorted(signatures.items(), key=lambda item: (-len(item[1]), item[0])):
            if len(resources) >= MIN_CLASSES and len(out) < MAX_PER_KIND:
                files = " + ".join(f"`X.{layer}{suffix}`" for layer in layers)
                text = f"Files travel together as {files} ({len(resources)} families, e.g. `{resources[0]}`)"
                id_ = "file_family." + "-".join(_safe(layer) for layer in layers)
                out.append(Convention(id_, text, len(resources), layers, origin="statistical", teachable=False))
        return out
