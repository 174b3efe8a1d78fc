"""How prompts name what they ask for, found grading go-clean-arch: a file no role knows is named by what it declares
(`Go type`, `Go function`, `Go file`, never "a go code"), a module-level function belongs to "this Go file" (never
"`CORS` in `CORS`", never `main` "of `init`"), and a label already plural stays plural ("helpers", never "helperses")."""

from __future__ import annotations

import json
import re
from pathlib import Path

from architect_ai.config import RunConfig
from architect_ai.data import Chunk
from architect_ai.generate.tasks import class_label
from architect_ai.generate.templates import plural, role_label, signature_of, unit_label
from architect_ai.pipeline import generate_dataset
from tests.analyze import stacks
from tests.repo_factory import make_repo

CORS = """package middleware

import "github.com/labstack/echo/v4"

// CORS lets every origin call the API.
func CORS(next echo.HandlerFunc) echo.HandlerFunc {
\treturn func(c echo.Context) error {
\t\tc.Response().Header().Set("Access-Control-Allow-Origin", "*")
\t\treturn next(c)
\t}
}
"""
MAIN = """package main

import (
\t"log"
\t"os"
)

func init() {
\tif os.Getenv("DEBUG") == "true" {
\t\tlog.Println("debug mode")
\t}
}

func main() {
\taddress := os.Getenv("ADDRESS")
\tif address == "" {
\t\taddress = ":9090"
\t}
\tlog.Fatal(serve(address))
}

func serve(address string) error {
\tlog.Println("listening on", address)
\treturn nil
}
"""
AUTHOR = """package domain

// Author writes articles.
type Author struct {
\tID        int64  `json:"id"`
\tName      string `json:"name"`
\tCreatedAt string `json:"created_at"`
}
"""


VALIDATORS = """package users

import "github.com/gin-gonic/gin"

type LoginValidator struct {
\tUser struct {
\t\tEmail    string `form:"email" json:"email" binding:"exists,email"`
\t\tPassword string `form:"password" json:"password" binding:"exists,min=8"`
\t} `json:"user"`
}

func (v *LoginValidator) Bind(c *gin.Context) error {
\treturn c.ShouldBindJSON(v)
}

func NewLoginValidator() LoginValidator {
\tvalidator := LoginValidator{}
\treturn validator
}
"""
SERIALIZERS = """package users

import "github.com/gin-gonic/gin"

type ProfileSerializer struct {
\tC *gin.Context
\tName string
}

type ProfileResponse struct {
\tName string `json:"name"`
}

func (s *ProfileSerializer) Response() ProfileResponse {
\treturn ProfileResponse{Name: s.Name}
}
"""


def _go(path: str, text: str, symbol: str) -> Chunk:
    return Chunk(path, 1, text.count("\n") + 1, text, "go", "other_go", symbol, "file")


def test_labels_name_what_the_file_declares_in_its_languages_words() -> None:
    assert [plural(x) for x in ("service", "settings class", "Go error helpers", "index", "DTO")] == [
        "services",
        "settings classes",
        "Go error helpers",
        "indexes",
        "DTOs",
    ]
    assert role_label("other_go") == "Go code" and role_label("other_csharp") == "C# code"
    assert role_label("other_cobol") == "cobol code"  # no registry entry: its label as written
    assert unit_label(_go("domain/author.go", AUTHOR, "Author")) == "Go type"
    assert unit_label(_go("internal/rest/middleware/cors.go", CORS, "CORS")) == "Go function"
    assert unit_label(_go("app/main.go", MAIN, "main")) == "Go file"  # a file of three functions, named by its stem
    assert unit_label(_go("internal/users/validators.go", VALIDATORS, "LoginValidator")) == "Go file"  # type + func
    find = "func FindOneUser(condition interface{}) (UserModel, error) {\n\treturn UserModel{}, nil\n}"
    member = Chunk("users/models.go", 3, 5, find, "go", "go_model", "FindOneUser", "method")
    assert signature_of(member) == "```go\nfunc FindOneUser(condition interface{}) (UserModel, error)\n```"
    # a method's owner is its type, though the outline shown is its file's (django-realworld: "the view module
    # `RegistrationAPIView`", "the Python module `User`")
    assert [class_label(x) for x in ("view module", "Python module", "Go file", "GORM model")] == [
        "view",
        "Python class",
        "Go type",
        "GORM model",
    ]
    from architect_ai.generate.code_facts import spec_facts
    from architect_ai.generate.outline import outline

    assert outline(_go("app/main.go", MAIN, "main")).split("\n") == [  # no import block, every body collapsed
        "func init() { … }",
        "func main() { … }",
        "func serve(address string) error { … }",
    ]
    serializers = Chunk("users/serializers.go", 1, 16, SERIALIZERS, "go", "go_serializer", "ProfileSerializer", "file")
    assert "holds the fields `C: *gin.Context`, `Name: string`" in spec_facts(serializers, None, blind=False)
    renderer = "class ConduitJSONRenderer(JSONRenderer):\n    charset = 'utf-8'\n"
    chunk = Chunk("core/renderers.py", 1, 2, renderer, "python", "other_python", "ConduitJSONRenderer", "file")
    assert unit_label(chunk) == "Python class"
    services = "def order_create():\n    pass\n\n\ndef order_cancel():\n    pass\n"
    module = Chunk("shop/orders/services.py", 1, 6, services, "python", "python_service", "services", "file")
    assert unit_label(module) == "service module"  # its role's label already says module (was "service module module")


def test_a_go_repositorys_prompts_name_members_by_their_file_and_units_in_plain_words(tmp_path: Path) -> None:
    files = dict(stacks.GO_GIN_GORM)
    files["internal/rest/middleware/cors.go"] = CORS
    files["app/main.go"] = MAIN
    files["domain/author.go"] = AUTHOR
    files["internal/users/validators.go"] = VALIDATORS
    files["internal/users/serializers.go"] = SERIALIZERS
    repo = make_repo(tmp_path, files)
    config = RunConfig(repo=str(repo), target=500, test_size=0)  # every unit in the training files
    out = generate_dataset(config, out_root=tmp_path / "out").out_dir
    records = [json.loads(line) for line in (out / "dataset.jsonl").read_text(encoding="utf-8").splitlines()]
    prompts = [r["messages"][1]["content"] for r in records if not r["metadata"]["source"].startswith("builtin:")]
    assert prompts
    assert any(p.startswith("Implement the `main` Go file") for p in prompts)  # by its stem, never its first function
    for prompt in prompts:
        head = prompt.split("\n\n", 1)[0]
        assert not re.search(r"\b(?:a|the) go code\b", head), head  # lowercase language, "a … code"
        assert "helperses" not in head, head
        member = re.match(r"(?:Implement|Write the body of|Add) `(\w+)` (?:of|in|to) the ([\w# ]+?) `(\w+)`", head)
        if member and not member.group(2).endswith(("file", "module")):
            assert member.group(1) != member.group(3), head  # a member is never its own owner
    members = [r for r in records if r["metadata"]["kind"] == "member" and r["metadata"]["source"].startswith("app/")]
    heads = {r["messages"][1]["content"].split("\n\n", 1)[0] for r in members}
    # a module-level function belongs to "this Go file" (its outline is shown), never to a function of it
    assert any(h.startswith(("Add `main` to this Go file", "Write the body of `main` in this Go file")) for h in heads)
    assert not any("`init`" in h for h in heads if "`main`" in h), heads
    for record in records:  # a member's own body is never in its prompt: the outline collapses top-level functions
        if record["metadata"]["kind"] == "member" and record["metadata"]["source"].endswith(".go"):
            body = record["messages"][2]["content"].split("```go\n", 1)[1].rsplit("```", 1)[0].split("\n")[1:-2]
            for line in (b.strip() for b in body):
                assert len(line) < 12 or line not in record["messages"][1]["content"], (line, record["metadata"])
    hinted = [r for r in records if "Make it a GORM model struct." in r["messages"][1]["content"]]
    assert hinted and all("gorm" in r["messages"][2]["content"] for r in hinted)  # never on a struct without GORM
    # validators and serializers hold `*gin.Context` methods but are no handlers (#18: Go validators/serializers)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["files_by_role"]["go_validator"] == manifest["files_by_role"]["go_serializer"] == 1
    assert {"go_validators", "go_serializers"} <= {c["id"] for c in manifest["conventions"]}
    validator = [r for r in records if r["metadata"]["source"].startswith("internal/users/validators.go")]
    heads = {r["messages"][1]["content"].split("\n\n", 1)[0] for r in validator if r["metadata"]["kind"] == "member"}
    # a constructor function is no member of the validator type beside it: it belongs to the file
    assert any("`NewLoginValidator`" in h and "this Go validator file" in h for h in heads), heads
    assert not any("`NewLoginValidator`" in h and "`LoginValidator`" in h for h in heads), heads
