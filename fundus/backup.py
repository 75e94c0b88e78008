"""`fundus backup DEST` / `fundus restore SRC`: one consistent copy of a data dir.

Why under the index lock: an ingestion writes the index and the database together (a document
row says how many chunks it has). Copying while one runs could pair an old database with a
newer index. Holding every collection's lock, as the process owning the index would, means no
ingestion runs while the copy is made; the SQLite backup API copies the database consistently
even if a key is created meanwhile. PostgreSQL and a Qdrant server have their own tools
(pg_dump, Qdrant snapshots) and are refused with that advice.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import ExitStack, closing
from pathlib import Path

from filelock import FileLock, Timeout
from pydantic import BaseModel, Field

from core.errors import FundusError, IndexLocked, InvalidRequest
from core.settings import Settings

logger = logging.getLogger(__name__)

MANIFEST = "fundus-backup.json"
DATABASE = "fundus.sqlite3"
_SPEC_FILE = "fundus-collection.json"  # see index/edge.py


class BackupManifest(BaseModel):
    """Written last: a backup folder without it is incomplete and is not restored."""

    format: int = 1
    created_at: str
    collections: dict[str, int] = Field(description="Collection name -> chunks (points).")
    documents: int
    documents_indexed: int
    chunks: int = Field(description="Sum of the documents' chunk counts in the database.")
    api_keys: int
    originals: int
    originals_bytes: int


def _require_local(settings: Settings, action: str) -> None:
    if not settings.sqlalchemy_url.startswith("sqlite"):
        raise InvalidRequest(
            f"Die Datenbank ist PostgreSQL: {action} Sie sie mit pg_dump/pg_restore; "
            "`fundus backup` und `fundus restore` sind für die eingebettete SQLite-Datenbank."
        )
    if settings.qdrant_url:
        raise InvalidRequest(
            f"Der Index liegt auf einem Qdrant-Server: {action} Sie ihn mit Qdrant-Snapshots; "
            "`fundus backup` und `fundus restore` sind für den eingebetteten Index."
        )


def _database_path(settings: Settings) -> Path:
    """FUNDUS_DATABASE_URL may point SQLite elsewhere than the data dir."""
    return Path(settings.sqlalchemy_url.removeprefix("sqlite:///"))


def _collections(index_dir: Path) -> list[str]:
    if not index_dir.exists():
        return []
    return sorted(p.name for p in index_dir.iterdir() if p.is_dir())


def _lock_all(stack: ExitStack, index_dir: Path, names: list[str]) -> None:
    for name in names:
        lock = FileLock(str(index_dir / f"{name}.lock"))
        try:
            lock.acquire(timeout=0)
        except Timeout as exc:
            raise IndexLocked(
                f"Der Index '{name}' wird gerade benutzt (läuft `fundus serve` oder eine "
                "Indexierung?). Für eine konsistente Sicherung bitte kurz beenden."
            ) from exc
        stack.callback(lock.release)


def _empty(folder: Path) -> bool:
    return not folder.exists() or (folder.is_dir() and not any(folder.iterdir()))


def backup(settings: Settings, dest: Path) -> BackupManifest:
    """Copy database, index and originals of `settings.data_dir` into the empty folder `dest`."""
    _require_local(settings, "sichern")
    database = _database_path(settings)
    if not database.exists():
        raise InvalidRequest(f"In {settings.data_dir} gibt es nichts zu sichern (keine Datenbank).")
    if not _empty(dest):
        raise InvalidRequest(f"Das Sicherungsziel {dest} ist nicht leer.")
    dest.mkdir(parents=True, exist_ok=True)
    names = _collections(settings.index_dir)
    with ExitStack() as stack:
        _lock_all(stack, settings.index_dir, names)
        _copy_database(database, dest / DATABASE)
        for name in names:
            shutil.copytree(settings.index_dir / name, dest / "index" / name)
        if settings.originals_dir.exists():
            shutil.copytree(
                settings.originals_dir,
                dest / "originals",
                ignore=_unreferenced(_referenced(dest / DATABASE)),
            )
    manifest = _describe(dest, names, dest / DATABASE)
    (dest / MANIFEST).write_text(manifest.model_dump_json(indent=2), encoding="utf-8")
    logger.info("Backup of %s written to %s", settings.data_dir, dest)
    return manifest


def restore(settings: Settings, src: Path) -> BackupManifest:
    """Copy a backup into the empty data dir and check it against the backup's manifest."""
    _require_local(settings, "stellen")
    manifest_path = src / MANIFEST
    if not manifest_path.exists():
        raise InvalidRequest(f"{src} ist keine vollständige Fundus-Sicherung ({MANIFEST} fehlt).")
    manifest = BackupManifest.model_validate_json(manifest_path.read_text(encoding="utf-8"))
    if not _empty(settings.data_dir):
        raise InvalidRequest(
            f"Der Datenordner {settings.data_dir} ist nicht leer. Wiederhergestellt wird nur in "
            "einen leeren Ordner (FUNDUS_DATA_DIR auf einen neuen Ordner setzen)."
        )
    database = _database_path(settings)
    if database.exists():
        raise InvalidRequest(f"Die Datenbank {database} existiert schon; bitte entfernen.")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    database.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src / DATABASE, database)
    if (src / "index").exists():
        shutil.copytree(src / "index", settings.index_dir)
    if (src / "originals").exists():
        shutil.copytree(src / "originals", settings.originals_dir)
    restored = _describe(settings.data_dir, list(manifest.collections), database)
    expected = manifest.model_dump(exclude={"created_at"})
    if restored.model_dump(exclude={"created_at"}) != expected:
        raise FundusError(
            "Die wiederhergestellten Daten weichen von der Sicherung ab: "
            f"erwartet {expected}, gefunden {restored.model_dump(exclude={'created_at'})}."
        )
    logger.info("Restored %s into %s", src, settings.data_dir)
    return manifest


def _referenced(database: Path) -> set[str]:
    """The originals the copied database refers to: only they go into the backup (files of
    pruned or replaced documents, and temp files of interrupted writes, stay out)."""
    with closing(sqlite3.connect(database)) as db:
        rows = db.execute(
            "SELECT file_sha256 FROM documents UNION SELECT file_sha256 FROM drafts"
        ).fetchall()
    return {sha for (sha,) in rows if sha}


def _unreferenced(kept: set[str]) -> Callable[[str, list[str]], set[str]]:
    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if (Path(folder) / n).is_file() and n not in kept}

    return ignore


def _copy_database(source: Path, target: Path) -> None:
    """The SQLite online backup: a consistent copy even while others read or write."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
        (result,) = dst.execute("PRAGMA integrity_check").fetchone()
    if result != "ok":
        raise FundusError(f"Die gesicherte Datenbank ist beschädigt: {result}")


def _describe(folder: Path, collections: list[str], database: Path) -> BackupManifest:
    """Counts of what a data-dir-shaped folder holds (a backup or a restored data dir)."""
    with closing(sqlite3.connect(database)) as db:
        documents, indexed, chunks = db.execute(
            "SELECT count(*), sum(state = 'indexed'), coalesce(sum(chunk_count), 0) FROM documents"
        ).fetchone()
        (keys,) = db.execute("SELECT count(*) FROM api_keys").fetchone()
    originals = [p for p in (folder / "originals").rglob("*") if p.is_file()]
    return BackupManifest(
        created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        collections={name: _count_points(folder / "index", name) for name in collections},
        documents=documents,
        documents_indexed=indexed or 0,
        chunks=chunks,
        api_keys=keys,
        originals=len(originals),
        originals_bytes=sum(p.stat().st_size for p in originals),
    )


def _count_points(index_dir: Path, name: str) -> int:
    """Points in a copied collection, opened read-only in spirit: nobody else uses the copy."""
    if not (index_dir / name / _SPEC_FILE).exists():
        return 0
    from index.edge import EdgeStore

    store = EdgeStore(index_dir, name)
    try:
        return store.count()
    finally:
        store.close()
        (index_dir / f"{name}.lock").unlink(missing_ok=True)
