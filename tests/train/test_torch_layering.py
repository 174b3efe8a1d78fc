"""torch (and the training libraries) stay out of every process that only imports `architect_ai`: the app,
the pages' helpers and the CLI load them only inside the training subprocess."""

import pkgutil
import subprocess
import sys

import architect_ai

HEAVY = ("torch", "transformers", "peft", "trl", "accelerate")


def test_importing_every_architect_ai_module_imports_no_torch():
    names = [
        m.name for m in pkgutil.walk_packages(architect_ai.__path__, "architect_ai.") if not m.name.endswith("__main__")
    ]
    assert "architect_ai.train.worker" in names and "architect_ai.ui.training_view" in names
    code = (
        f"import sys\nfor name in {names!r}:\n    __import__(name)\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
