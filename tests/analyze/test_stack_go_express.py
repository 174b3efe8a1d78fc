"""Go (gin + GORM) and Node/Express (Mongoose + Joi) repositories: conventions with file:line evidence from code,
roles from the detectors, chunks cut at declaration boundaries."""

from __future__ import annotations

from pathlib import Path

from architect_ai.analyze.analysis import Analysis
from architect_ai.analyze.chunks import chunk_file
from architect_ai.analyze.treesitter import last_row, parse
from architect_ai.data import SourceFile
from architect_ai.ingest.languages import language_of
from tests.analyze import stacks
from tests.analyze.test_stack_conventions import analysed, assert_evidence_is_real, by_id


def evidence_at(analysis: Analysis, convention: str) -> set[tuple[str, int]]:
    return {(e.path, e.line) for e in by_id(analysis)[convention].evidence}


def assert_chunks_at_declarations(path: str, text: str, budget: int) -> list:
    file = SourceFile(path, text, language_of(path), len(text))
    root = parse(text, file.language, path)
    assert root is not None and not root.has_error
    ends = {last_row(kid) + 1 for kid in root.named_children} | {len(text.splitlines())}
    chunks = list(chunk_file(file, "x", max_tokens=budget))
    assert len(chunks) >= 2, path
    for chunk in chunks:
        assert chunk.end_line in ends and (chunk.start_line == 1 or chunk.start_line - 1 in ends), chunk.source
    return chunks


def test_go_gin_gorm_conventions_with_evidence_from_code(tmp_path: Path) -> None:
    files = stacks.GO_GIN_GORM
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    assert set(found["gin_handlers"].names) == {"List", "Create"} and found["gin_handlers"].count == 6
    assert ("internal/handlers/user_handler.go", 23) in evidence_at(analysis, "gin_handlers")
    # The commented-out admin group is no evidence; the test file's fake handler neither.
    assert set(found["go_route_groups"].names) == {"api", "userRoutes", "productRoutes", "orderRoutes"}
    assert ("internal/router/router.go", 17) in evidence_at(analysis, "go_route_groups")
    assert set(found["gorm_models"].names) == {"User", "Product", "Order"}
    assert evidence_at(analysis, "gorm_models") == {
        (f"internal/models/{n}.go", 6) for n in ("user", "product", "order")
    }
    assert {"UserRepository", "ProductRepository", "OrderRepository"} <= set(found["gorm_repositories"].names)
    assert found["go_error_helpers"].names == ("Respond",)
    assert evidence_at(analysis, "go_error_helpers") == {("internal/httperr/respond.go", 13)}
    assert set(found["go_sentinel_errors"].names) == {"ErrNotFound", "ErrConflict"}
    assert found["go_error_types"].names == ("ValidationError",)
    assert found["go_request_binding"].names == ("ShouldBindJSON",)
    # The statistical miner reads Go too: the embedded `gorm.Model`, the Handler and Repository suffixes.
    assert found["base_type.Model"].count == 3
    assert found["suffix.Handler"].count == 3 and found["suffix.Repository"].count == 3
    assert_evidence_is_real(analysis, files)
    assert not any(e.path.endswith("_test.go") for c in analysis.conventions for e in c.evidence)
    assert not {"express_routers", "nestjs_controllers", "react_function_components"} & set(found)


def test_go_gin_gorm_roles(tmp_path: Path) -> None:
    roles = analysed(tmp_path, stacks.GO_GIN_GORM).roles
    assert roles["internal/router/router.go"] == "go_router"
    assert {roles[f"internal/handlers/{n}_handler.go"] for n in ("user", "product", "order")} == {"go_handler"}
    assert {roles[f"internal/models/{n}.go"] for n in ("user", "product", "order")} == {"go_model"}
    assert roles["internal/repository/user_repository.go"] == "go_repository"
    assert roles["internal/httperr/respond.go"] == "go_errors" and roles["internal/domain/errors.go"] == "go_errors"
    assert roles["internal/handlers/user_handler_test.go"] == "test"


def test_go_files_are_chunked_at_declarations_with_receiver_methods(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, stacks.GO_GIN_GORM)
    methods = {c.symbol for c in analysis.methods if c.path == "internal/handlers/user_handler.go"}
    assert {"UserHandler.List", "UserHandler.Create", "NewUserHandler"} <= methods
    text = stacks.GO_GIN_GORM["internal/repository/user_repository.go"]
    symbols = {c.symbol for c in assert_chunks_at_declarations("internal/repository/user_repository.go", text, 120)}
    assert "userRepository.FindAll" in symbols
    handler = stacks.GO_GIN_GORM["internal/handlers/user_handler.go"]
    assert_chunks_at_declarations("internal/handlers/user_handler.go", handler, 150)


def test_express_mongoose_joi_conventions_with_evidence_from_code(tmp_path: Path) -> None:
    files = stacks.EXPRESS_MONGOOSE_JOI
    analysis = analysed(tmp_path, files)
    found = by_id(analysis)
    wrapped = {"listUsers", "createUser", "listProducts", "createProduct", "listOrders", "createOrder"}
    assert set(found["express_async_handlers"].names) == wrapped  # the test's fakeCreate is not evidence
    assert ("src/controllers/user.controller.js", 4) in evidence_at(analysis, "express_async_handlers")
    assert found["express_routers"].names == ("router",)
    assert found["express_validation_middleware"].names == ("validate",)
    # The commented-out delete route is not evidence: one validated route per routes file.
    assert evidence_at(analysis, "express_validation_middleware") == {
        (f"src/routes/{n}.routes.js", 9) for n in ("user", "product", "order")
    }
    assert found["joi_schemas"].count == 3
    assert set(found["mongoose_schemas"].names) == {"userSchema", "productSchema", "orderSchema"}
    assert set(found["mongoose_models"].names) == {"User", "Product", "Order"}
    assert ("src/models/user.model.js", 14) in evidence_at(analysis, "mongoose_models")
    assert found["mongoose_plugins"].names == ("toJSON",)
    assert set(found["js_error_classes"].names) == {"ApiError", "NotFoundError"}  # FakeError lives in a test
    assert found["express_error_middleware"].names == ("errorHandler",)
    family = found["file_family.controller-model-routes-service-validation"]
    assert family.count == 3 and not family.teachable
    assert "`X.controller.js`" in family.description
    assert_evidence_is_real(analysis, files)
    assert not {"react_function_components", "nestjs_providers", "angular_httpclient_observable"} & set(found)


def test_express_roles(tmp_path: Path) -> None:
    roles = analysed(tmp_path, stacks.EXPRESS_MONGOOSE_JOI).roles
    for name in ("user", "product", "order"):
        assert roles[f"src/routes/{name}.routes.js"] == "express_router"
        assert roles[f"src/controllers/{name}.controller.js"] == "express_controller"
        assert roles[f"src/models/{name}.model.js"] == "mongoose_model"
        assert roles[f"src/validations/{name}.validation.js"] == "express_validation"
    assert roles["src/utils/ApiError.js"] == "express_error" and roles["src/middlewares/error.js"] == "express_error"
    assert roles["tests/user.test.js"] == "test"


def test_javascript_files_are_chunked_at_declarations(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, stacks.EXPRESS_MONGOOSE_JOI)
    assert {c.symbol for c in analysis.methods if c.path == "src/services/user.service.js"} >= {"getUserById"}
    text = stacks.EXPRESS_MONGOOSE_JOI["src/services/user.service.js"]
    symbols = {c.symbol for c in assert_chunks_at_declarations("src/services/user.service.js", text, 50)}
    assert "getUserById" in symbols


def test_go_and_javascript_specs_read_routes_fields_dependencies_and_signatures(tmp_path: Path) -> None:
    from architect_ai.generate.code_facts import spec_facts

    analysis = analysed(tmp_path, {**stacks.GO_GIN_GORM, **stacks.EXPRESS_MONGOOSE_JOI})
    chunks = {c.path: c for c in analysis.chunks}
    facts = lambda path: " | ".join(spec_facts(chunks[path], analysis.structure))  # noqa: E731
    assert "`GET /api/v1/users`" in facts("internal/router/router.go")  # group prefixes resolved
    assert "`List(c *gin.Context)`" in facts("internal/handlers/user_handler.go")
    assert "`repository.UserRepository` through its constructor" in facts("internal/handlers/user_handler.go")
    assert "`Email: string`" in facts("internal/models/user.go")
    routes = facts("src/routes/user.routes.js")
    assert "`POST /`" in routes and "DELETE" not in routes  # the commented-out route is no fact
    assert "`createProduct(req, res)`" in facts("src/controllers/product.controller.js")


def test_inspect_says_what_was_read_structurally_and_what_only_as_text(tmp_path: Path) -> None:
    import json

    from tests.cli.test_cli import cli
    from tests.repo_factory import write_files

    write_files(tmp_path, {**stacks.GO_GIN_GORM, "tools/probe.rb": "puts 'ok'\n"})
    result = cli("inspect", "--repo", str(tmp_path))
    assert result.returncode == 0, result.stderr
    reading = json.loads(result.stdout)["reading"]
    # since every code language has a grammar (#18 point 2), Ruby is read structurally too
    assert reading["structural"] == {"go": 14, "ruby": 1} and reading["text_only"] == {}
    assert reading["languages"]["go"]["chunks"] == "declarations"
    assert reading["languages"]["ruby"] == {
        "files": 1,
        "structural": True,
        "grammar": "ruby",
        "chunks": "declarations",
        "comments": "grammar",
        "detectors": [],
    }
    assert (
        reading["summary"]
        == "Read structurally (tree-sitter: declarations, comments, facts): 14 go files, 1 ruby file."
    )


GO_ECHO_SQL = {
    "internal/rest/note.go": """package rest

import (
\t"net/http"

\t"github.com/labstack/echo/v4"
)

type NoteHandler struct {
\tService NoteService
}

func (h *NoteHandler) Fetch(c echo.Context) error {
\treturn c.JSON(http.StatusOK, h.Service.All())
}

func (h *NoteHandler) Store(c echo.Context) (err error) {
\tvar note Note
\tif err = c.Bind(&note); err != nil {
\t\treturn c.JSON(http.StatusUnprocessableEntity, err.Error())
\t}
\treturn c.JSON(http.StatusCreated, note)
}
""",
    "internal/repository/note.go": """package repository

import "database/sql"

type NoteRepository struct {
\tConn *sql.DB
}
""",
}

EXPRESS_TS_ZOD = {
    "src/notes/note.schema.ts": """import { z } from 'zod';

export const createNoteSchema = z.object({ title: z.string().min(1) });
""",
    "src/notes/note.model.ts": """import mongoose from 'mongoose';

const noteSchema = new mongoose.Schema({ title: String });

export const Note = mongoose.model('Note', noteSchema);
""",
    "src/notes/note.routes.ts": """import express from 'express';
import { validate } from '../middleware/validate';
import { createNoteSchema } from './note.schema';
import { createNote } from './note.controller';

export const router = express.Router();
router.post('/', validate(createNoteSchema), createNote);
""",
    "src/errors/AppError.ts": "export class AppError extends Error {}\n",
}


def test_echo_handlers_with_named_error_results_and_sql_repositories(tmp_path: Path) -> None:
    analysis = analysed(tmp_path, GO_ECHO_SQL)
    found = by_id(analysis)
    assert set(found["echo_handlers"].names) == {"Fetch", "Store"}
    assert found["go_sql_repositories"].names == ("NoteRepository",)
    assert analysis.roles["internal/rest/note.go"] == "go_handler"
    assert analysis.roles["internal/repository/note.go"] == "go_repository"
    assert_evidence_is_real(analysis, GO_ECHO_SQL)


def test_typescript_express_reads_zod_mongoose_and_validation_but_no_error_class_without_express(
    tmp_path: Path,
) -> None:
    analysis = analysed(tmp_path, EXPRESS_TS_ZOD)
    found = by_id(analysis)
    assert found["zod_schemas"].names == ("createNoteSchema",)
    assert found["mongoose_models"].names == ("Note",) and found["mongoose_schemas"].names == ("noteSchema",)
    assert found["express_validation_middleware"].names == ("validate",)
    assert "js_error_classes" not in found  # JavaScript only: a TypeScript (Angular) error class is not Express's
    assert analysis.roles["src/notes/note.schema.ts"] == "express_validation"
