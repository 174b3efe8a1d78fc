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


def test_the_command_line_parser_loads_no_http_client_parser_or_near_duplicate_index():
    """`architect-ai --help` (and the start of every subcommand) imports only what parsing its flags needs: the
    Ollama client, tree-sitter, datasketch/numpy and rich load where they are used (issue #21, start-up)."""
    heavy = ("httpx", "ollama", "rich", "tree_sitter", "datasketch", "numpy", "scipy", "markdown_it", "torch")
    code = (
        "import sys\nfrom architect_ai.cli import build_parser\nbuild_parser()\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_inspect_loads_no_near_duplicate_index(tmp_path):
    """`inspect` deduplicates nothing: datasketch and the scipy it loads (~0.5 s) stay out (#21, start-up)."""
    (tmp_path / "app.py").write_text("def add(a: int, b: int) -> int:\n    return a + b\n")
    code = (
        "import sys\nfrom architect_ai.cli import main\n"
        f"code = main(['-q', 'inspect', '--repo', {str(tmp_path)!r}])\n"
        "print(code, sorted(m for m in ('datasketch', 'scipy') if m in sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stderr.strip().splitlines()[-1] == "0 []", result.stderr


def test_the_dotnet_di_registration_calls_are_listed_once():
    """#18: the miner and its "does the answer show it" rule read one list (a second copy once drifted)."""
    from pathlib import Path

    package = Path(architect_ai.__file__).parent
    import re

    # any spelling of the list: `AddSingleton|AddScoped`, `Add(?:Scoped|Singleton|…)` (the structure's copy lacked
    # `AddHttpClient` until it read the one list)
    listing = re.compile(r"Scoped.{0,40}Singleton|Singleton.{0,40}Scoped")
    spelled = sorted(
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "library" not in path.parts and any(listing.search(line) for line in path.read_text().split("\n"))
    )
    assert spelled == ["analyze/miner_conventions.py"]
