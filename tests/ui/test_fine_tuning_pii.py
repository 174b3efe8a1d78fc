"""AppTest: the page's "Redact e-mail and private IP addresses" checkbox reaches the RunConfig that runs."""

from __future__ import annotations

import json
from pathlib import Path

from tests.pii_corpus import PII_VALUES, PLANTED_PII
from tests.repo_factory import make_repo
from tests.ui.apptest_tools import FINE_TUNING, app, wait_for_outcome


def test_redact_pii_checkbox_reaches_the_config_and_the_dataset(datasets_dir: Path, tmp_path: Path) -> None:
    repo = make_repo(tmp_path, PLANTED_PII, name="shop")
    at = app(FINE_TUNING)
    checkbox = at.checkbox(key="ft_redact_pii")
    assert checkbox.value is False  # off by default
    assert "e-mail" in checkbox.label and "private IP" in checkbox.help and "example.com" in checkbox.help
    at.radio(key="ft_source").set_value("Local folder").run()
    at.text_input(key="ft_local_path").input(str(repo)).run()
    at.number_input(key="ft_target").set_value(500).run()
    at.checkbox(key="ft_redact_pii").check().run()
    assert not at.button(key="ft_generate").disabled
    wait_for_outcome(at.button(key="ft_generate").click().run())
    assert not at.exception, at.exception
    folder = datasets_dir / "shop_code_prototype_500"
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["config"]["redact_pii"] is True
    dataset = (folder / "dataset.jsonl").read_text(encoding="utf-8")
    assert "<REDACTED:" not in dataset and "user@example.com" in dataset  # taught code keeps a sample value
    assert [v for v in PII_VALUES if v in dataset] == []
