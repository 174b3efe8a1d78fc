"""Tasks that span files of the user's own repository (sweep kinds `cross_file`, `pattern_combination`).

`cross_file`: how a client call reaches the API, answered with the real Angular service method, the controller
action and the service methods it calls. `pattern_combination`: "add a feature the way this codebase does it",
answered with the real files of an existing feature. Every block is a verbatim slice of a repository file,
headed by its path.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

from architect_ai.analyze.structure import ClassInfo, RepoStructure, Snippet
from architect_ai.analyze.structure_chains import Chain, singular
from architect_ai.data import Example, chat
from architect_ai.generate.repo_artifacts import join_names, short_source
from architect_ai.generate.templates import fence

#: Longest answer, in characters; files are dropped (least relevant first) or cut to a method to stay within.
ANSWER_BUDGET = 12_000
#: Backend methods quoted below the controller action in a cross-file answer.
MAX_STEP_SNIPPETS = 3
#: Phrasings per feature slice.
PHRASINGS_PER_FEATURE = 3
_COMMENT = {"csharp": "//", "typescript": "//", "python": "#"}


def block(snippet: Snippet) -> str:
    """A verbatim snippet in a fenced block, with a `// path` header line above it."""
    return f"{_COMMENT.get(snippet.language, '//')} {snippet.path}\n{fence(snippet.text, snippet.language)}"


def _within_budget(lead: str, snippets: Sequence[Snippet], budget: int) -> list[Snippet]:
    kept, size = [], len(lead)
    for snippet in snippets:
        cost = len(block(snippet)) + 2
        if size + cost <= budget:
            kept.append(snippet)
            size += cost
    return kept


def _answer(lead: str, snippets: Sequence[Snippet]) -> str:
    return "\n\n".join([lead, *(block(s) for s in snippets)])


def _example(kind: str, template: str, group: str, user: str, answer: str, source: str, system: str) -> Example:
    return Example(
        messages=chat(system, user, answer),
        category="sweep",
        kind=kind,
        domain="repo",
        source=source,
        template=template,
        group=group,
    )


# --- cross_file ------------------------------------------------------------------------------------------------


def _chain_snippets(chain: Chain, structure: RepoStructure) -> list[Snippet]:
    sources = [chain.client.source] if chain.client is not None else []
    sources.append(chain.endpoint.source)
    sources += [s.method.source for s in chain.steps if s.method is not None][:MAX_STEP_SNIPPETS]
    return [s for s in (structure.snippet(src) for src in dict.fromkeys(sources)) if s is not None]


def _chain_lead(chain: Chain) -> str:
    endpoint, client = chain.endpoint, chain.client
    action = f"`{endpoint.controller}.{endpoint.action}`"
    calls = [f"`{s.call.target}.{s.call.method}`" for s in chain.steps if s.depth == 1]
    deeper = [f"`{s.call.target}.{s.call.method}`" for s in chain.steps if s.depth > 1]
    text = (
        f"`{client.service}.{client.method}()` sends `{client.verb} {client.url}`, which the route "
        f"`{endpoint.verb} {endpoint.route}` maps to {action}"
        if client is not None
        else f"`{endpoint.verb} {endpoint.route}` is handled by {action}"
    )
    if calls:
        text += f"; it calls {join_names(calls)}"
    if deeper:
        text += f", which in turn calls {join_names(deeper)}"
    return text + ". Here is the code along the way:"


def cross_file_examples(structure: RepoStructure, *, system_prompt: str) -> Iterator[Example]:
    """One answer per client call → action path (or action → service path), several phrasings each."""
    seen: set[tuple[str, str]] = set()
    for chain in structure.chains():
        client, endpoint = chain.client, chain.endpoint
        key = (client.source if client else "", endpoint.source)
        if key in seen or (client is None and not chain.steps):
            continue
        seen.add(key)
        lead = _chain_lead(chain)
        snippets = _within_budget(lead, _chain_snippets(chain, structure), ANSWER_BUDGET)
        if len(snippets) < 2:
            continue
        answer = _answer(lead, snippets)
        group = f"cross_file:{'->'.join(k for k in key if k)}"
        source = short_source([s.source for s in snippets])
        action = f"{endpoint.controller}.{endpoint.action}"
        if client is not None:
            call = f"{client.service}.{client.method}"
            prompts = [
                ("cross_file.client.1", f"How does the Angular `{call}` reach the API?"),
                ("cross_file.client.2", f"Which controller action handles `{call}()`, and what does it call?"),
                (
                    "cross_file.client.3",
                    f"Trace `{client.verb} {client.url}` from the Angular service to the backend code.",
                ),
                (
                    "cross_file.client.4",
                    f"Show me the front-end and back-end code involved when the client calls {client.verb} {client.url}.",
                ),
            ]
        else:
            target = chain.steps[0].call.target
            prompts = [
                ("cross_file.endpoint.1", f"How does `{action}` use `{target}`? Show the code of both."),
                ("cross_file.endpoint.2", f"Show me the service code behind {endpoint.verb} {endpoint.route}."),
                (
                    "cross_file.endpoint.3",
                    f"Walk me through {endpoint.verb} {endpoint.route} from the controller down to the data access code.",
                ),
            ]
        for template, user in prompts:
            yield _example("cross_file", template, group, user, answer, source, system_prompt)


# --- pattern_combination ---------------------------------------------------------------------------------------


def _feature_files(
    structure: RepoStructure, controller: str, chains: Sequence[Chain]
) -> tuple[str, list[ClassInfo], list[str]]:
    """The feature name, its classes in order of relevance, and a description of each (`chains`: the controller's)."""
    feature = singular(controller.removesuffix("Controller"))
    ordered: list[tuple[str, str]] = [(controller, "controller")]
    for target in dict.fromkeys(s.call.target for c in chains for s in c.steps if s.depth == 1):
        ordered.append((target, "service"))
        impl = structure.class_info(target, "service") or structure.class_info(target, "repository")
        ordered += [(i.split("<", 1)[0], "interface") for i in (impl.interfaces if impl else ()) if i[:1] == "I"]
    dtos = [e.name for e in structure.entities if e.kind == "dto" and feature.lower() in e.name.lower()]
    ordered += [(name, "DTO") for name in dtos]
    ordered += [(feature, "model")]
    ordered += [(c.client.service, "Angular service") for c in chains if c.client is not None]
    ordered += [
        (s.call.target, "repository")
        for c in chains
        for s in c.steps
        if s.depth > 1 and (s.call.type_arg == feature or feature in s.call.target)
    ]
    found: list[ClassInfo] = []
    labels: list[str] = []
    for name, what in ordered:
        for cls in sorted(structure.classes_named(name), key=lambda c: c.path.endswith(".ts")):  # backend first
            if cls in found:
                continue
            if what == "model" and cls.kind != "entity":
                continue
            if what == "Angular service" and cls.kind != "angular_service":
                continue
            if what == "interface" and cls.kind != "interface":
                continue
            if what in ("service", "repository") and cls.kind not in ("service", "repository"):
                continue
            found.append(cls)
            side = "Angular " if cls.path.endswith(".ts") and what in ("model",) else ""
            labels.append(f"{side}{what} `{cls.name}`")
    return feature, found, labels


def _plural(word: str) -> str:
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def _snippets_for(classes: Sequence[ClassInfo], structure: RepoStructure, lead: str) -> list[Snippet]:
    """Whole files while they fit the budget, else the class alone, else the class's first method."""
    chosen: list[Snippet] = []
    size = len(lead)
    for cls in classes:
        if any(s.path == cls.path for s in chosen):
            continue
        options = [s for s in (structure.file_snippet(cls.path), structure.snippet(cls.source)) if s is not None]
        options += [
            s for s in structure.snippets_in(cls.path) if cls.start_line < s.start_line and s.end_line < cls.end_line
        ][:1]
        for option in options:
            cost = len(block(option)) + 2
            if size + cost <= ANSWER_BUDGET:
                chosen.append(option)
                size += cost
                break
    return chosen


def _with_registrations(answer: str, classes: Sequence[ClassInfo], structure: RepoStructure) -> str:
    """Append the startup file's real registration lines for the feature's classes, when they fit the budget."""
    names = {c.name for c in classes} | {i.split("<", 1)[0] for c in classes for i in c.interfaces}
    lines = [r for r in structure.registrations if any(f"<{n}" in r.text or f" {n}>" in r.text for n in names)]
    if not lines:
        return answer
    numbers = ", ".join(str(r.start_line) for r in lines)
    text = "\n".join(r.text for r in lines)
    extra = (
        f"Register them the way the startup file does:\n\n// {lines[0].path} (lines {numbers})\n{fence(text, 'csharp')}"
    )
    return f"{answer}\n\n{extra}" if len(answer) + len(extra) + 2 <= ANSWER_BUDGET else answer


def _ties(chains: Sequence[Chain]) -> list[str]:
    """How the feature's files connect: client call → route → action → service."""
    ties = []
    for chain in chains:
        endpoint = chain.endpoint
        step = next((f" → `{s.call.target}.{s.call.method}`" for s in chain.steps if s.depth == 1), "")
        head = f"`{chain.client.service}.{chain.client.method}()` → " if chain.client is not None else ""
        ties.append(f"{head}`{endpoint.verb} {endpoint.route}` → `{endpoint.controller}.{endpoint.action}`{step}")
    return list(dict.fromkeys(ties))


def pattern_combination_examples(structure: RepoStructure, *, system_prompt: str) -> Iterator[Example]:
    """Feature slices: "add feature X the way features are built here" → the real files of the existing feature X,
    listed, shown verbatim and tied together (client calls ↔ routes ↔ actions ↔ services). Nothing is renamed."""
    controllers = sorted({e.controller for e in structure.endpoints})
    chains_of: dict[str, list[Chain]] = {}
    for chain in structure.chains():
        chains_of.setdefault(chain.endpoint.controller, []).append(chain)
    features = Counter(singular(c.removesuffix("Controller")) for c in controllers)
    for index, controller in enumerate(controllers):
        chains = chains_of.get(controller, [])
        feature, classes, labels = _feature_files(structure, controller, chains)
        if len(classes) < 2:
            continue
        ties = _ties(chains)
        lead = f"The `{feature}` feature is built from these files: {join_names(labels, limit=10)}."
        if ties:
            lead += " They connect like this: " + "; ".join(ties[:6]) + "."
        lead += " Here they are:"
        snippets = _snippets_for(classes, structure, lead)
        if len(snippets) < 2:
            continue
        answer = _with_registrations(_answer(lead, snippets), classes, structure)
        source = short_source([s.path for s in snippets])
        routes = join_names(
            list(dict.fromkeys(f"`{e.verb} {e.route}`" for e in structure.endpoints if e.controller == controller))[:4]
        )
        plural = _plural(feature)
        shared = features[singular(controller.removesuffix("Controller"))] > 1
        if shared:  # two controllers of one feature name (`UserController`, `UsersController`): name the routes
            plural = f"{plural} ({routes})"
        prompts = [
            ("feature_slice.add", f"Add the {feature} feature ({routes}) the way features are built in this codebase."),
            (
                "feature_slice.files",
                f"Which files make up the {plural} feature here, and how do they connect? Show them.",
            ),
            (
                "feature_slice.end_to_end",
                f"Build the {plural} feature end to end (API and client) exactly as this repository builds features.",
            ),
        ]
        for step in range(PHRASINGS_PER_FEATURE):
            template, user = prompts[(index + step) % len(prompts)]
            group = f"feature:{controller if shared else feature}"
            yield _example("pattern_combination", template, group, user, answer, source, system_prompt)
