"""Meeting-context variations: the same artifact asked for through meeting notes, user stories, requirement
snippets, threads and tickets — the way the app these models serve is actually used.

Phrasings are composed (style × speakers × decisions), seeded per artifact, so runs are reproducible.
The answer is the artifact's own answer, unchanged, and the example keeps the artifact's split group.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Iterator, Sequence

from architect_ai.data import Example, chat

ARTIFACT_NOUNS = {
    "erd": "ERD (Mermaid erDiagram)",
    "repo_erd": "ERD (Mermaid erDiagram)",
    "architecture": "architecture diagram (Mermaid)",
    "repo_architecture": "architecture diagram (Mermaid)",
    "sequence": "sequence diagram (Mermaid)",
    "repo_sequence": "sequence diagram (Mermaid)",
    "flowchart": "flowchart (Mermaid)",
    "code_template": "code",
}

PEOPLE = (
    ("Priya", "product owner"),
    ("Marcus", "tech lead"),
    ("Elena", "solution architect"),
    ("Tom", "backend developer"),
    ("Aisha", "QA lead"),
    ("Kenji", "frontend developer"),
    ("Sofia", "CTO"),
    ("Daniel", "data engineer"),
    ("Grace", "business analyst"),
    ("Omar", "DevOps engineer"),
    ("Lena", "UX designer"),
    ("Ravi", "engineering manager"),
)
MEETINGS = ("Architecture sync", "Sprint planning", "Design review", "Backlog refinement", "Kick-off", "Tech huddle")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
DECISIONS = (
    "we document it before any code is written",
    "we keep the first version small and extend it next sprint",
    "the diagram goes into the design doc for sign-off",
    "we review it together on {day}",
    "the team agrees on this before estimating",
)
STYLES = ("meeting_notes", "user_story", "requirements", "slack_thread", "email", "ticket", "standup", "workshop")


def _rng(key: str, seed: int) -> random.Random:
    return random.Random(int(hashlib.sha256(f"{seed}:{key}".encode()).hexdigest()[:16], 16))


def _listing(subjects: Sequence[str]) -> str:
    items = [s for s in subjects if s][:6] or ["the main records"]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _style_text(style: str, title: str, noun: str, subjects: Sequence[str], rng: random.Random) -> str:
    a, b, c = rng.sample(PEOPLE, 3)
    day = rng.choice(DAYS)
    what = _listing(subjects)
    decision = rng.choice(DECISIONS).format(day=day)
    ticket = rng.randint(100, 999)
    if style == "meeting_notes":
        return (
            f"Meeting notes — {rng.choice(MEETINGS)} ({day})\nAttendees: {a[0]} ({a[1]}), {b[0]} ({b[1]}), "
            f"{c[0]} ({c[1]})\n\n- {a[0]}: we need to move ahead with {title}.\n- {b[0]}: it has to cover {what}.\n"
            f"- Decision: {decision}.\n- Action item: {c[0]} to draft the {noun}.\n\n"
            f"Using these notes, produce the {noun}."
        )
    if style == "user_story":
        return (
            f"User story: As a {b[1]}, I want {title.lower()} to be specified so that the team builds the right "
            f"thing.\nAcceptance criteria:\n- It covers {what}.\n- {decision.capitalize()}.\n\n"
            f"Write the {noun} that satisfies this story."
        )
    if style == "requirements":
        lines = "\n".join(f"R{i}. The system shall handle {s}." for i, s in enumerate(subjects[:5] or [title], 1))
        return f"Requirements excerpt for {title}:\n{lines}\n\nTurn these requirements into a {noun}."
    if style == "slack_thread":
        return (
            f"#architecture thread\n{a[0]}: can someone sketch {title}?\n{b[0]}: make sure it shows {what}.\n"
            f"{c[0]}: +1, and {decision}.\n\nReply in the thread with the {noun}."
        )
    if style == "email":
        return (
            f"Subject: {title} — next steps\n\nHi team,\nafter {day}'s {rng.choice(MEETINGS).lower()} we agreed "
            f"that {decision}. Scope: {what}.\nThanks, {a[0]}\n\nPrepare the {noun} described in this email."
        )
    if style == "ticket":
        return (
            f"Ticket ARCH-{ticket}: {title}\nReporter: {a[0]} ({a[1]})\nDescription: document {what}.\n"
            f"Definition of done: a reviewed {noun}.\n\nComplete this ticket."
        )
    if style == "standup":
        return (
            f"Standup, {day}: {a[0]} finished the groundwork; {b[0]} is blocked until we have the {noun} for "
            f"{title} ({what}).\n\nUnblock {b[0]}: write it."
        )
    return (
        f"Whiteboard session output ({rng.choice(MEETINGS)}): sticky notes for {what}; {c[0]} ({c[1]}) asked for "
        f"{title} to be written up properly.\n\nTurn the whiteboard into a clean {noun}."
    )


def meeting_requests(
    key: str, kind: str, title: str, subjects: Sequence[str], count: int, seed: int
) -> list[tuple[str, str]]:
    """Up to `count` (template id, request) pairs for one artifact, each in a different style."""
    rng = _rng(key, seed)
    styles = list(STYLES)
    rng.shuffle(styles)
    noun = ARTIFACT_NOUNS.get(kind, "code")
    return [(f"meeting.{style}", _style_text(style, title, noun, subjects, rng)) for style in styles[:count]]


def diagram_subjects(answer: str) -> list[str]:
    """Names worth mentioning, read off a Mermaid answer: ERD entities, sequence participants, node labels."""
    found: list[str] = []
    for pattern in (
        r"^\s*([A-Za-z_][\w-]*)\s*\{",  # erDiagram entity block
        r"^\s*(?:participant|actor)\s+\w+(?:\s+as\s+(.+))?$",
        r"\[\"?([A-Za-z][^\"\]\n]{2,40})\"?\]",  # flowchart node label
    ):
        for match in re.finditer(pattern, answer, flags=re.MULTILINE):
            name = (match.group(1) or "").strip()
            if name and name not in found:
                found.append(name)
    return found[:6]


def meeting_examples(
    base: Example, *, title: str, subjects: Sequence[str], count: int, seed: int, system_prompt: str
) -> Iterator[Example]:
    """`count` meeting-context examples asking for `base`'s artifact; same answer, same group.

    They keep `base`'s category: a builtin artifact's meeting contexts count as `artifact`, a repo diagram's as
    `sweep`.
    """
    for template, request in meeting_requests(base.group, base.kind, title, subjects, count, seed):
        yield Example(
            messages=chat(system_prompt, request, base.assistant),
            category=base.category,
            kind="meeting_context",
            domain=base.domain,
            source=base.source,
            template=template,
            group=base.group,
            conventions=base.conventions,
        )
