"""The data folder: private to the service account, writable, and its database readable.

Checked once at every start (open_database): a read-only folder or a damaged database file is
one German sentence for the operator, not a traceback from wherever the first write happened
to fail, and never a silent new empty database (that would drop every API key and account).
"""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

from core.errors import DataDirUnusable

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
_SQLITE_HEADER = b"SQLite format 3\x00"


def prepare_data_dir(data_dir: Path) -> None:
    """Create the folder (700), refuse a read-only one, and make what is in it private
    (folders 700, files 600): the database holds staff texts and keys, originals staff files."""
    try:
        data_dir.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
        probe = data_dir / f".schreibtest.{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirUnusable(
            f"Der Datenordner {data_dir} ist nicht beschreibbar ({exc.strerror or exc}). "
            "Bitte Rechte oder Einhängeoptionen prüfen oder FUNDUS_DATA_DIR auf einen "
            "beschreibbaren Ordner setzen."
        ) from None
    make_private(data_dir)


def make_private(root: Path) -> None:
    for path in [root, *root.rglob("*")]:
        try:
            info = path.lstat()
        except FileNotFoundError:  # removed while we walked (a temp file)
            continue
        if stat.S_ISLNK(info.st_mode):
            continue
        wanted = PRIVATE_DIR if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
        if stat.S_IMODE(info.st_mode) & 0o077:
            path.chmod(wanted)


def check_sqlite_file(path: Path) -> None:
    """A database file that exists must be a readable SQLite database; SQLite itself would
    take a zero-length file as a new, empty database."""
    if not path.exists():
        return
    hint = (
        "Bitte aus einer Sicherung wiederherstellen (`fundus restore`) oder die Datei beiseite "
        "legen, um mit einer leeren Datenbank neu zu beginnen."
    )
    try:
        with path.open("rb") as file:
            header = file.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise DataDirUnusable(
            f"Die Datenbank {path} ist nicht lesbar ({exc.strerror or exc})."
        ) from None
    if not header:
        raise DataDirUnusable(f"Die Datenbank {path} ist leer (0 Bytes), also beschädigt. {hint}")
    if header != _SQLITE_HEADER:
        raise DataDirUnusable(f"Die Datei {path} ist keine SQLite-Datenbank (beschädigt). {hint}")
    try:
        # Reads the schema (a full integrity check would read every page at every start).
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DataDirUnusable(f"Die Datenbank {path} ist beschädigt ({exc}). {hint}") from None
