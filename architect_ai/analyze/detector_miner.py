"""Run the framework-detector catalogue over the repository: conventions with evidence, and file roles.

A detector fires in a file when its `requires` matches the file's comment-free code and one of its patterns matches a
line; every match is counted, its line kept as evidence (bounded by `Tally`). `catalogue_role` gives the role of the
first detector (catalogue order) with a role that fires in a file.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from architect_ai.analyze.convention_tally import MAX_NAMES_SHOWN, Tally
from architect_ai.analyze.detectors import CATALOGUE, Detector
from architect_ai.data import Convention


def detector_hits(
    detector: Detector, lines: tuple[str, ...], language: str, *, check_requires: bool = True, path: str | None = None
) -> Iterator[tuple[int, str]]:
    """(row, concrete name) of each match of `detector` in comment-free `lines` of `language` (at `path`, which a
    detector's `path` pattern must match; None: no path to judge, as for an answer)."""
    if language not in detector.languages:
        return
    if path is not None and detector.path_pattern is not None and not detector.path_pattern.search(path):
        return
    if check_requires and detector.required is not None and not detector.required.search("\n".join(lines)):
        return
    for row, line in enumerate(lines):
        for pattern in detector.compiled:
            match = pattern.search(line)
            if match:
                yield row, (match.group(1) if match.groups() else match.group(0)).strip()
                break


def catalogue_role(lines: tuple[str, ...], language: str, path: str = "") -> str:
    """The role of the first catalogue detector with a role that fires in these lines of the file at `path` ('' when
    none)."""
    for detector in CATALOGUE:
        if detector.role and next(detector_hits(detector, lines, language, path=path), None) is not None:
            return detector.role
    return ""


class DetectorMiner:
    """Tallies every catalogue detector over one pass of `add` calls."""

    def __init__(self) -> None:
        self._tallies: dict[str, Tally] = defaultdict(Tally)
        self._files: dict[str, set[str]] = defaultdict(set)

    def add(self, path: str, lines: tuple[str, ...], language: str) -> None:
        for detector in CATALOGUE:
            for row, name in detector_hits(detector, lines, language, path=path):
                self._tallies[detector.id].hit(name, path, row, list(lines))
                self._files[detector.id].add(path)

    def conventions(self) -> list[Convention]:
        found = []
        for detector in CATALOGUE:
            tally = self._tallies.get(detector.id)
            if tally is None or not tally.count:
                continue
            names = tally.ranked()
            shown = ", ".join(f"`{n}`" for n, _ in names[:MAX_NAMES_SHOWN])
            files = len(self._files[detector.id])
            text = f"{detector.description}: {tally.count} in {files} file{'s' if files > 1 else ''} ({shown})"
            found.append(
                Convention(
                    detector.id,
                    text,
                    tally.count,
                    tuple(n for n, _ in names),
                    tuple(tally.evidence),
                    languages=tuple(sorted(detector.languages)),
                    hint=detector.hint,
                    origin="catalogue",
                )
            )
        return found
