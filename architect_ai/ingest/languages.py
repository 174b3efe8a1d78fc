"""File classification by name alone: language, binary extensions, lock files, vendored folders."""

from __future__ import annotations

from pathlib import PurePosixPath

from architect_ai.ingest.selection import SKIP_DIR_NAMES, path_folder_reason

#: Folders never descended into: derived from the one pattern list `ingest.selection.SKIP_FOLDERS`.
SKIP_DIRS = SKIP_DIR_NAMES

LOCK_FILES = frozenset(
    {
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "packages.lock.json",
        "poetry.lock", "pipfile.lock", "cargo.lock", "composer.lock", "gemfile.lock", "go.sum", "bun.lockb",
        "uv.lock", "pdm.lock", "mix.lock", "flake.lock", "podfile.lock", "gradle.lockfile", "project.assets.json",
    }
)  # fmt: skip

BINARY_SUFFIXES = frozenset(
    {
        ".png", ".jpg", ".jpeg", ".gif", ".bmp", ".ico", ".webp", ".tif", ".tiff", ".psd", ".heic", ".avif",
        ".woff", ".woff2", ".ttf", ".otf", ".eot",
        ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".jar", ".war", ".nupkg", ".snupkg", ".whl",
        ".dll", ".exe", ".pdb", ".so", ".dylib", ".a", ".lib", ".o", ".obj", ".class", ".pyc", ".pyo", ".wasm",
        ".bin", ".dat", ".db", ".sqlite", ".sqlite3", ".mdf", ".ldf", ".bak", ".cache",
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt",
        ".mp3", ".mp4", ".wav", ".ogg", ".avi", ".mov", ".webm", ".flac", ".mkv",
        ".suo", ".user", ".snk", ".ds_store",
    }
)  # fmt: skip

_LANGUAGES = {
    ".cs": "csharp", ".csx": "csharp", ".cshtml": "razor", ".razor": "razor",
    ".csproj": "xml", ".sln": "text", ".props": "xml", ".targets": "xml", ".resx": "xml", ".config": "xml",
    ".ts": "typescript", ".tsx": "typescript", ".mts": "typescript", ".cts": "typescript",
    ".js": "javascript", ".jsx": "javascript", ".mjs": "javascript", ".cjs": "javascript",
    ".html": "html", ".htm": "html", ".scss": "scss", ".sass": "scss", ".css": "css", ".less": "less",
    ".json": "json", ".jsonc": "json", ".py": "python", ".java": "java", ".kt": "kotlin", ".kts": "kotlin", ".go": "go",
    ".rs": "rust", ".rb": "ruby", ".php": "php", ".swift": "swift", ".c": "c", ".h": "c", ".cpp": "cpp",
    ".hpp": "cpp", ".md": "markdown", ".markdown": "markdown", ".rst": "text", ".txt": "text",
    ".yml": "yaml", ".yaml": "yaml", ".xml": "xml", ".svg": "xml", ".toml": "toml", ".ini": "ini",
    ".sql": "sql", ".sh": "shell", ".bash": "shell", ".zsh": "shell", ".ps1": "powershell", ".psm1": "powershell",
    ".bat": "batch", ".cmd": "batch", ".graphql": "graphql", ".gql": "graphql", ".proto": "protobuf",
    ".vue": "vue", ".svelte": "svelte", ".mmd": "mermaid", ".dockerfile": "dockerfile", ".tf": "terraform",
}  # fmt: skip
_NAMED = {"dockerfile": "dockerfile", "makefile": "makefile", ".gitignore": "text", ".editorconfig": "ini"}


def language_of(path: str) -> str:
    """The language of a file from its name, e.g. `csharp`, `typescript`; `text` when unknown."""
    name = PurePosixPath(path).name.lower()
    if name in _NAMED:
        return _NAMED[name]
    return _LANGUAGES.get(PurePosixPath(name).suffix, "text")


def is_lock_file(path: str) -> bool:
    return PurePosixPath(path).name.lower() in LOCK_FILES


def has_binary_suffix(path: str) -> bool:
    return PurePosixPath(path).suffix.lower() in BINARY_SUFFIXES


def is_minified_name(path: str) -> bool:
    name = PurePosixPath(path).name.lower()
    return any(name.endswith(suffix) for suffix in (".min.js", ".min.css", ".min.mjs", ".bundle.js", ".map"))


def in_skipped_dir(path: str) -> bool:
    """True when any folder of the repository-relative POSIX `path` is vendored/build/tool state."""
    return path_folder_reason(path) is not None
