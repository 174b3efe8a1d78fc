"""The core never imports Streamlit: only architect_ai/ui and the pages do."""

import pkgutil
import subprocess
import sys

import architect_ai


def test_core_modules_do_not_import_streamlit():
    core = [
        m.name
        for m in pkgutil.walk_packages(architect_ai.__path__, "architect_ai.")
        if not m.name.startswith("architect_ai.ui") and not m.name.endswith("__main__")
    ]
    assert len(core) > 40
    code = f"import sys\nfor name in {core!r}:\n    __import__(name)\nprint('streamlit' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
