"""The history reader and the commit examples on a scripted git history built in tmp_path (no network)."""

from __future__ import annotations

from collections import Counter

import git
import pytest

from architect_ai.generate.commit_examples import commit_examples, recent_feature_commits
from architect_ai.ingest.history import HistoryStats, read_history
from architect_ai.ingest.history_filters import message_reason, request_text
from architect_ai.ingest.repository import open_source
from tests.history_repo import ScriptedHistory, scripted_history
from tests.repo_factory import commit_all, make_repo
from tests.secret_corpus import STRIPE_SECRET


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> ScriptedHistory:
    return scripted_history(tmp_path_factory.mktemp("history"))


def _read(root, limit=500):
    stats = HistoryStats(limit=limit)
    commits = list(read_history(open_source(str(root)), limit=limit, stats=stats))
    return commits, stats


def test_exactly_the_feature_commits_are_kept_and_every_drop_is_counted_by_reason(history):
    commits, stats = _read(history.root)
    names = {sha: name for name, sha in history.shas.items()}
    assert {names[c.sha] for c in commits} == set(ScriptedHistory.FEATURES)
    assert stats.read == len(history.shas)
    assert stats.kept == len(ScriptedHistory.FEATURES)
    assert stats.dropped == Counter(ScriptedHistory.DROPPED.values())
    assert stats.first == history.shas["broken"]  # newest first


def test_the_examples_are_one_per_feature_commit_with_its_message_as_request(history):
    commits, _ = _read(history.root)
    examples = list(commit_examples(commits))
    kinds = {example.commit: example.kind for example in examples}
    assert kinds == {history.shas[name]: kind for name, kind in ScriptedHistory.FEATURES.items()}
    by_name = {name: next(e for e in examples if e.commit == sha) for name, sha in history.shas.items() if sha in kinds}
    edit = by_name["edit_cache"]
    assert edit.user.startswith("Add caching to OrderService.GetAsync.\n")  # imperative, "(#12)" and "Closes #12" gone
    assert "#12" not in edit.user
    assert edit.category == "sweep" and edit.group == f"commit:{history.shas['edit_cache']}"
    assert edit.source.startswith(f"src/Services/OrderService.cs@{history.shas['edit_cache'][:7]}:")
    feature = by_name["add_customer"]
    assert feature.user.startswith("Add CustomerService with lookup by email.")
    assert "`CustomerService` with `CustomerService`, `FindByEmailAsync`" in feature.user
    assert "src/Services/OrderService.cs" in feature.user  # the sibling it builds on, from the parent commit


def test_the_declarations_before_and_after_are_verbatim_from_git_show(history):
    commits, _ = _read(history.root)
    edit = next(e for e in commit_examples(commits) if e.commit == history.shas["edit_cache"])
    repo = git.Repo(history.root)
    sha = history.shas["edit_cache"]
    after = repo.git.show(f"{sha}:src/Services/OrderService.cs")
    before = repo.git.show(f"{sha}~1:src/Services/OrderService.cs")

    def method(text: str) -> str:
        lines = text.split("\n")
        start = next(i for i, line in enumerate(lines) if "GetAsync(string id)" in line)
        end = next(i for i in range(start, len(lines)) if lines[i] == "        }")
        return "\n".join(lines[start : end + 1])

    assert method(after) in edit.assistant
    assert method(before) in edit.user
    assert method(before) not in edit.assistant
    assert "DeleteAsync" not in edit.assistant  # an unchanged method is not an answer
    assert "public async Task DeleteAsync(string id)" in edit.user  # …but its signature is context
    start, end = map(int, edit.source.rsplit(":", 1)[1].split("-"))
    assert "\n".join(after.split("\n")[start - 1 : end]) == method(after)


def test_a_secret_committed_and_removed_reaches_no_example(history):
    commits, _ = _read(history.root)
    texts = [c.message for c in commits] + [
        side.text for c in commits for ch in c.changes for side in (ch.before, ch.after, ch.sibling) if side
    ]
    assert all(STRIPE_SECRET not in text for text in texts)
    examples = list(commit_examples(commits))
    assert all(STRIPE_SECRET not in e.to_json() for e in examples)
    removed = next(e for e in examples if e.commit == history.shas["secret_removed"])
    assert "<REDACTED:" in removed.user  # the before shows where the key was, not the key


def test_history_zero_reads_nothing(history):
    commits, stats = _read(history.root, limit=0)
    assert commits == [] and stats.read == 0 and "off" in stats.note


def test_the_limit_reads_only_the_newest_commits(history):
    _, stats = _read(history.root, limit=3)
    assert stats.read == 3 and stats.last == history.shas["bulk"]


def test_a_repository_with_one_commit_gives_one_plain_line(tmp_path):
    root = make_repo(tmp_path, {"src/A.cs": "namespace A\n{\n    public class A { }\n}\n"})
    commits, stats = _read(root)
    assert commits == [] and stats.read == 1
    assert stats.note.startswith("1 commit in the history")


def test_a_folder_that_is_not_a_git_repository_has_no_history(tmp_path):
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "a.py").write_text("def f():\n    return 1\n")
    commits, stats = _read(tmp_path / "plain")
    assert commits == [] and stats.read == 0 and "not a git repository" in stats.note


def test_a_url_is_fetched_with_the_configured_depth(history, tmp_path):
    bare = tmp_path / "origin.git"
    git.Repo.clone_from(history.root, bare, bare=True).close()
    deep = open_source(bare.as_uri(), cache_dir=tmp_path / "c1", depth=6)
    with git.Repo(deep.root) as repo:
        assert len(list(repo.iter_commits("HEAD"))) == 6
    commits, stats = _read(deep.root, limit=5)
    assert stats.read == 5 and stats.dropped["shallow_boundary"] == 0
    shallow = open_source(bare.as_uri(), cache_dir=tmp_path / "c2")  # depth 1: today's clone
    commits, stats = _read(shallow.root)
    assert commits == [] and stats.read == 1 and "shallow" in stats.note


def test_paths_and_files_the_file_rules_refuse_are_skipped_by_reason(tmp_path):
    root = make_repo(tmp_path, {"src/a.py": "def run():\n    return 1\n"})
    (root / "src" / "b.py").write_text("def other():\n    return 2\n")
    (root / ".env").write_text("API_KEY=abc\n")
    (root / "package-lock.json").write_text("{}\n")
    (root / "src" / "blob.py").write_bytes(b"def x():\n    return 1\x00\n")
    commit_all(root, "Add the other function beside the runner")
    commits, stats = _read(root)
    assert [c.path for c in commits[0].changes] == ["src/b.py"]
    assert stats.skipped_files == Counter({"secret_file": 1, "lock_file": 1, "binary": 1})


@pytest.mark.parametrize(
    ("message", "author", "reason"),
    [
        ("Add the order export to CSV", "Ann <ann@example.com>", ""),
        ("wip", "Ann <ann@example.com>", "not_a_request"),
        ("fix", "Ann <ann@example.com>", "not_a_request"),
        ("update", "Ann <ann@example.com>", "not_a_request"),
        ("fix typo", "Ann <ann@example.com>", "not_a_request"),
        ("#123", "Ann <ann@example.com>", "not_a_request"),
        ("v1.2.3", "Ann <ann@example.com>", "not_a_request"),
        ("Bump lodash from 4.17.20 to 4.17.21", "Ann <ann@example.com>", "not_a_request"),
        ("Merge pull request #4 from ann/export", "Ann <ann@example.com>", "not_a_request"),
        ('Revert "Add the order export"', "Ann <ann@example.com>", "revert"),
        ("Add the order export to CSV", "renovate[bot] <bot@renovateapp.com>", "bot_author"),
        ("Update the build workflow for node", "github-actions <actions@github.com>", "bot_author"),
    ],
)
def test_message_and_author_filters(message, author, reason):
    assert message_reason(message, author) == reason


def test_request_text_is_imperative_without_issue_noise_and_keeps_names():
    assert request_text("Added IMongoDBSettings injection to OrderService (#45)") == (
        "Add IMongoDBSettings injection to OrderService."
    )
    assert request_text("[SHOP-12] feat(api): Implemented paging for GET /orders\n\nFixes #3\n\nSigned-off-by: A") == (
        "Implement paging for GET /orders."
    )


def test_recent_feature_commits_are_newest_first(history):
    commits, _ = _read(history.root)
    shas = recent_feature_commits(commit_examples(commits), 2)
    assert shas == [history.shas["secret_added"], history.shas["branch_invoice"]]  # the branch commit is the newer


def test_a_folder_inside_a_larger_repository_reads_no_history(history):
    commits, stats = _read(history.root / "src")
    assert commits == [] and stats.read == 0 and "inside a larger repository" in stats.note


TAGS_API = """package io.shop.api;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class TagsApi {
  private final TagService tags;

  public TagsApi(TagService tags) {
    this.tags = tags;
  }

  @GetMapping("/tags")
  public List<String> list() {
    return tags.all();
  }

  @GetMapping("/tags/count")
  public int count() {
    return tags.all().size();
  }
}
"""


def test_java_commits_are_cut_by_method_and_a_new_class_is_specified_by_its_members(tmp_path):
    root = make_repo(tmp_path, {"src/main/java/io/shop/api/TagsApi.java": TAGS_API, "README.md": "# Shop\n"})
    changed = TAGS_API.replace("return tags.all();\n", "return tags.all().stream().sorted().toList();\n")
    write = root / "src/main/java/io/shop/api/TagsApi.java"
    write.write_text(changed, encoding="utf-8")
    edit_sha = commit_all(root, "Return the tags of the list endpoint sorted by name")
    (root / "src/main/java/io/shop/api/BooksApi.java").write_text(
        TAGS_API.replace("TagsApi", "BooksApi").replace("tags", "books").replace("TagService", "BookService"),
        encoding="utf-8",
    )
    feature_sha = commit_all(root, "Add the books endpoint that lists and counts books")
    examples = {e.commit: e for e in commit_examples(_read(root)[0])}

    edit = examples[edit_sha]
    assert edit.kind == "commit_edit"
    assert "`TagsApi.list`" in edit.user and "sorted()" in edit.assistant
    assert "public int count()" not in edit.assistant  # only the changed method is the answer…
    assert "- `public int count() {`" in edit.user  # …the others are context, as signatures
    feature = examples[feature_sha]
    assert feature.kind == "commit_feature"
    assert "`BooksApi` with `BooksApi`, `list`, `count`" in feature.user  # named, never "a new file"


ERRORS_GO = """package domain

import "errors"

// ErrNotFound is returned when an item does not exist.
var ErrNotFound = errors.New("not found")

func Describe(err error) string {
\treturn err.Error()
}
"""


def test_a_vague_commit_message_is_followed_by_what_the_change_does(tmp_path):
    """go-clean-arch's "Update some error.": the request alone cannot be derived; the facts of its diff can."""
    root = make_repo(tmp_path, {"domain/errors.go": ERRORS_GO, "README.md": "# Shop\n"})
    errors_go = root / "domain/errors.go"
    errors_go.write_text(
        ERRORS_GO.replace('import "errors"', 'import (\n\t"errors"\n\t"fmt"\n)')
        + '\nfunc Wrap(err error, id int64) error {\n\treturn fmt.Errorf("item %d: %w", id, err)\n}\n',
        encoding="utf-8",
    )
    vague = commit_all(root, "Update some error handling")
    errors_go.write_text(errors_go.read_text(encoding="utf-8").replace("package domain", "package apperrors"))
    moved = commit_all(root, "Rename the package of the error helpers")
    lines = errors_go.read_text(encoding="utf-8").split("\n")
    swapped = [*lines[:3], lines[4], lines[3], *lines[5:]]  # the two imports swapped, nothing else
    errors_go.write_text("\n".join(swapped), encoding="utf-8")
    sorted_sha = commit_all(root, "Sort the imports of the errors file")
    (root / "domain/codes.go").write_text(
        "package apperrors\n\n// Code is an error's HTTP status.\nfunc Code(err error) int {\n\treturn 500\n}\n"
    )
    errors_go.write_text(
        errors_go.read_text(encoding="utf-8") + "\nfunc IsConflict(err error) bool {\n\treturn Code(err) == 409\n}\n"
    )
    feature = commit_all(root, "Add status codes for the errors")
    examples = {e.commit: e for e in commit_examples(_read(root)[0])}
    assert examples[feature].kind == "commit_feature"  # a changed file is said with what changes in it
    assert "- `domain/errors.go`: add `IsConflict`" in examples[feature].user

    what = examples[vague].user.split("What changes:\n", 1)[1].split("\n\n", 1)[0]
    assert what == '- `domain/errors.go` — `errors.go`: adds `Wrap`; imports `"fmt"`; newly uses `fmt.Errorf`'
    assert "moves from `package domain` to `package apperrors`" in examples[moved].user
    assert "- `domain/errors.go` — `errors.go`: only reorders its lines" in examples[sorted_sha].user
    for example in (examples[vague], examples[moved], examples[sorted_sha]):  # after the request, before the code
        assert example.user.index("What changes:") < example.user.index("Make this change")
