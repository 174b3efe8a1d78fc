"""AppTest: the Advanced settings' include/exclude glob fields reach the RunConfig the page runs, and the file they
exclude is not read (the same analysis `generate` starts with)."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from architect_ai.config import RunConfig
from architect_ai.pipeline import load_analysis
from tests.repo_factory import make_repo
from tests.ui.apptest_tools import FINE_TUNING, app

FILES = {
    "src/Api/UserService.cs": 'public class UserService { public string Name() => "user"; }\n',
    "src/Api/OrderService.cs": "public class OrderService { public int Count() => 3; }\n",
    "lib/Mapping/UserMapper.cs": "public class UserMapper { public string Map(string name) => name; }\n",
}


def _form() -> None:
    """The page's settings form alone; the config it builds is kept for the test to read."""
    import streamlit as st

    from architect_ai.ui.config_form import render_config_form

    values = render_config_form()
    st.session_state["built"] = values.config.model_dump_json() if values.config else values.error


def test_the_glob_fields_are_on_the_fine_tuning_page(datasets_dir: Path) -> None:
    at = app(FINE_TUNING)
    include, exclude = at.text_input(key="ft_include"), at.text_input(key="ft_exclude")
    assert include.label == "Only read paths" and "--include" in include.help
    assert exclude.label == "Never read paths" and "--exclude" in exclude.help


def test_typed_globs_reach_the_run_config_and_exclude_the_file(datasets_dir: Path, tmp_path: Path) -> None:
    repo = make_repo(tmp_path, FILES, name="shop")
    at = AppTest.from_function(_form, default_timeout=60)
    at.run()
    at.radio(key="ft_source").set_value("Local folder").run()
    at.text_input(key="ft_local_path").input(str(repo)).run()
    at.text_input(key="ft_include").input("src/**, lib/**").run()
    at.text_input(key="ft_exclude").input(" **/OrderService.cs ").run()
    assert not at.exception

    config = RunConfig.model_validate_json(at.session_state["built"])
    assert config.include == ("src/**", "lib/**") and config.exclude == ("**/OrderService.cs",)
    read = {chunk.path for chunk in load_analysis(config).chunks}
    assert "src/Api/UserService.cs" in read and "lib/Mapping/UserMapper.cs" in read
    assert "src/Api/OrderService.cs" not in read

    at.text_input(key="ft_exclude").input("").run()  # cleared: nothing excluded any more
    assert RunConfig.model_validate_json(at.session_state["built"]).exclude == ()
