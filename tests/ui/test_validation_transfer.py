"""AppTest of the Validation page's transfer section (#17): per held-out unit the prompt, the real code, the base and
tuned answers side by side, the diff and the checks — against the loopback fake Ollama."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from architect_ai.ui.style import FAIL, PASS
from architect_ai.validate.assertions import Contains
from architect_ai.validate.suite import Prompt, Suite
from architect_ai.validate.transfer_assertions import ShowsConvention, Similarity
from architect_ai.validate.transfer_suite import TRANSFER_SUITE_FILE, suite_json
from tests.ui.dataset_factory import APP, write_dataset
from tests.validate.fake_ollama import BASE, TUNED, Answer, FakeOllama, Script, serve

PAGE = "pages/validation.py"
REAL = {
    "LoanService": """public class LoanService : ILoanService
{
    private readonly IMongoCollection<Loan> _loans;

    public LoanService(IMongoDBSettings settings)
    {
        _loans = new MongoClient(settings.ConnectionString).GetDatabase(settings.DatabaseName).GetCollection<Loan>("loans");
    }
}""",
    "BranchService": """public class BranchService : IBranchService
{
    private readonly IMongoCollection<Branch> _branches;

    public BranchService(IMongoDBSettings settings)
    {
        _branches = new MongoClient(settings.ConnectionString).GetDatabase(settings.DatabaseName).GetCollection<Branch>("branches");
    }
}""",
}
GENERIC = "```python\nclass Thing:\n    pass\n```"


def _suite() -> Suite:
    prompts = [
        Prompt(
            id=f"transfer-{name}",
            category="transfer",
            prompt=f"Implement the `{name}` service based on this repository's structure.",
            assertions=[
                ShowsConvention(convention="settings_interface_injection", names=["IMongoDBSettings"]),
                Contains(value=name, case_sensitive=True),
                Similarity(reference=code),
            ],
        )
        for name, code in REAL.items()
    ]
    return Suite(name="transfer", prompts=prompts)


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOllama]:
    answers = [Answer(text=f"```csharp\n{code}\n```", model=TUNED, match=f"`{name}`") for name, code in REAL.items()]
    server = serve(Script(models=[TUNED, BASE], answers=answers, default_answer=GENERIC))
    monkeypatch.setenv("OLLAMA_HOST", server.url)
    yield server
    server.stop()


def test_each_held_out_unit_shows_real_base_tuned_the_diff_and_the_checks(datasets_dir: Path, fake) -> None:
    folder = write_dataset(datasets_dir)
    (folder / "validation").mkdir(exist_ok=True)
    (folder / TRANSFER_SUITE_FILE).write_text(suite_json(_suite()), encoding="utf-8")
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    at.switch_page(PAGE).run()
    at.selectbox(key="val_dataset").set_value(str(folder)).run()
    at.selectbox(key="val_tuned").set_value(TUNED).run()
    at.selectbox(key="val_base").set_value(BASE).run()
    at.button(key="val_run").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]

    assert any("Transfer — held-out units" in h.value for h in at.subheader)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Units passed (tuned)"] == "100%" and metrics["Mean chrF against the real code"] == "1.00"
    assert any("Tuned − base: units passed +100 pts" in c.value for c in at.caption)
    expanders = [e for e in at.expander if e.label.startswith("transfer-")]
    assert [e.label for e in expanders] == [
        "transfer-LoanService — tuned passed",
        "transfer-BranchService — tuned passed",
    ]
    first = expanders[0]
    codes = [c.value for c in first.code]
    assert codes[0] == REAL["LoanService"]  # the real code
    assert codes[1].strip() == "class Thing:\n    pass"  # the base answer's code
    assert codes[2] == REAL["LoanService"]  # the tuned answer's code
    assert codes[3] == "(identical)"  # its diff against the real code
    checks = first.dataframe[0].value
    assert list(checks["check"]) == [
        "shows settings_interface_injection",
        "contains 'LoanService'",
        "chrF ≥ 0.45 against the real code",
    ]
    assert set(checks[TUNED]) == {PASS} and set(checks[BASE]) == {FAIL}
