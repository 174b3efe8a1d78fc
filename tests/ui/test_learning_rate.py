"""One learning rate from one place: the plan tab shows the rate the Training page's form starts from."""

from __future__ import annotations

import json
from pathlib import Path

from architect_ai.training_plan import LORA_LEARNING_RATE, training_plan, write_training_plan
from tests.ui.apptest_tools import FINE_TUNING, app
from tests.ui.dataset_factory import write_dataset


def test_the_plan_tab_and_the_training_form_show_the_same_learning_rate(datasets_dir: Path) -> None:
    folder = write_dataset(datasets_dir, "planned")
    report = json.loads((folder / "report.json").read_text())
    write_training_plan(folder, training_plan(report))
    at = app(FINE_TUNING, query={"dataset": "planned"})
    shown = next(m.value for m in at.metric if m.label == "Learning rate")
    at.switch_page("pages/training.py").run()
    assert not at.exception
    at.selectbox(key="train_dataset").set_value(str(folder)).run()
    form = at.number_input(key="train_lr").value
    assert float(shown) == form == LORA_LEARNING_RATE
    assert json.loads((folder / "training_plan.json").read_text())["hyperparameters"]["learning_rate"] == form
