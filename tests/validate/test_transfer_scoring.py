"""The transfer suite scored through the loopback fake Ollama (#17): the held-out real code passes, generic code
does not, a house convention removed from the real code fails that convention's check, and `validate` reports it."""

from __future__ import annotations

import json
import re

import pytest

from architect_ai.config import SAMPLE_REPO, RunConfig
from architect_ai.generate.held_out_examples import held_out_examples
from architect_ai.pipeline import load_analysis
from architect_ai.validate.assertions import evaluate
from architect_ai.validate.command import main
from architect_ai.validate.ollama import Ollama
from architect_ai.validate.report import render_text
from architect_ai.validate.runner import run_validation
from architect_ai.validate.transfer_suite import (
    TRANSFER_SUITE_FILE,
    build_transfer_suite,
    is_transfer_example,
    suite_json,
)
from tests.validate.fake_ollama import BASE, TUNED, Answer, Script, serve

GENERIC = """Here is a simple implementation:

```python
class Manager:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return item
```
"""


@pytest.fixture(scope="module")
def held() -> tuple:
    """(the sample's transfer suite for 10 held-out units, each prompt's real answer)."""
    config = RunConfig(repo=str(SAMPLE_REPO), test_size=10)
    analysis = load_analysis(config, hold_out=config.hold_out_plan())
    examples = [
        e
        for e in held_out_examples(analysis, system_prompt=config.system_prompt, prompts_per_answer=3)
        if is_transfer_example(e)
    ]
    suite = build_transfer_suite(examples, analysis.conventions, system=config.system_prompt)
    return suite, {p.id: e.assistant for p, e in zip(suite.prompts, examples, strict=True)}


def _script(suite, answers: dict[str, str]) -> Script:
    """The tuned model answers each prompt with `answers[id]`; the base answers generic code."""
    scripted = [Answer(text=answers[p.id], model=TUNED, match=p.prompt.split("\n", 1)[0]) for p in suite.prompts]
    return Script(models=[TUNED, BASE], answers=scripted, default_answer=GENERIC)


def test_the_real_code_passes_generic_code_does_not_and_the_delta_is_reported(held):
    suite, real = held
    assert len(suite.prompts) >= 8
    fake = serve(_script(suite, real))
    try:
        with Ollama(fake.url) as client:
            run = run_validation(client, suite, [TUNED, BASE])
    finally:
        fake.stop()
    tuned, base = run.score(TUNED).transfer, run.score(BASE).transfer
    assert tuned.prompts == base.prompts == len(suite.prompts)
    assert tuned.pass_rate >= 0.9 and tuned.mean_similarity >= 0.99 and tuned.convention_hit_rate == 1.0
    assert base.pass_rate <= 0.3 and base.mean_similarity < 0.3 and base.convention_hit_rate < 0.5
    delta = run.transfer_delta()
    assert delta["pass_rate"] >= 0.6 and delta["mean_similarity"] > 0.6
    text = render_text(run)
    assert "Transfer (held-out units" in text and "delta (tuned − base)" in text


def test_a_convention_removed_from_the_real_code_fails_that_conventions_check(held):
    suite, real = held
    failed = []
    for prompt in suite.prompts:
        for check in (a for a in prompt.assertions if a.type == "shows_convention" and a.names):
            names = [n for n in check.names if n in real[prompt.id]]
            if not names:
                continue
            # the house form replaced: each line naming it dropped (a settings interface becomes a literal)
            pattern = re.compile("|".join(re.escape(n) for n in names))
            stripped = "\n".join(line for line in real[prompt.id].splitlines() if not pattern.search(line))
            [(_, whole)] = evaluate(real[prompt.id], [check])
            [(_, without)] = evaluate(stripped, [check])
            assert whole.passed, (prompt.id, check.convention)
            if not without.passed:
                failed.append((prompt.id, check.convention))
    assert len(failed) >= 5, failed


def test_validate_runs_the_datasets_transfer_suite_beside_the_strategy_prompts(held, tmp_path, capsys):
    suite, real = held
    dataset = tmp_path / "ds"
    (dataset / "validation").mkdir(parents=True)
    (dataset / TRANSFER_SUITE_FILE).write_text(suite_json(suite), encoding="utf-8")
    fake = serve(_script(suite, real))
    try:
        code = main(["--model", TUNED, "--base", BASE, "--dataset", str(dataset), "--host", fake.url])
    finally:
        fake.stop()
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Transfer (held-out units" in out.out
    [saved] = [p for p in (dataset / "validation").glob("*.json") if p.name != "transfer_suite.json"]
    run = json.loads(saved.read_text())
    categories = {r["category"] for r in run["results"]}
    assert {"strategy", "transfer"} <= categories
    scores = {s["model"]: s["transfer"] for s in run["scores"]}
    assert scores[TUNED]["pass_rate"] >= 0.9 and scores[BASE]["pass_rate"] <= 0.3
