"""Which files an ingestion run covers, and the identity (source, key) each document gets."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ingest.converters import SIDECAR_SUFFIX

_SKIP_NAMES = {"README.md", "readme.md", "LICENSE", "SOURCES.md"}
_SKIP_SUFFIXES = {".yaml", ".yml", ".json", ".py", ".lock", ".tmp", ".pyc"}


@dataclass(frozen=True)
class SourceFile:
    """A file to ingest. `key` is its path relative to the folder it was ingested from."""

    path: Path
    source: str
    key: str


def discover(paths: list[Path], source: str | None = None) -> list[SourceFile]:
    """Files below each path, sorted for a stable order; `source` defaults to the folder name."""
    found: dict[tuple[str, str], SourceFile] = {}
    for given in paths:
        path = given.resolve()
        if path.is_file():
            name = source or path.parent.name
            found[(name, path.name)] = SourceFile(path, name, path.name)
            continue
        name = source or path.name
        for file in sorted(path.rglob("*")):
            if not file.is_file() or not _wanted(file, path):
                continue
            key = file.relative_to(path).as_posix()
            found[(name, key)] = SourceFile(file, name, key)
    return sorted(found.values(), key=lambda f: (f.source, f.key))


def _wanted(file: Path, root: Path) -> bool:
    rel_parts = file.relative_to(root).parts
    if any(part.startswith(".") for part in rel_parts):
        return False
    if file.name.endswith(SIDECAR_SUFFIX) or file.name in _SKIP_NAMES:
        return False
    if file.name.startswith("~$"):  # Word/Excel lock files next to an open document
        return False
    return file.suffix.lower() not in _SKIP_SUFFIXES or file.suffix.lower() == ".jsonl"
