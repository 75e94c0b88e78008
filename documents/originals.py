"""Original files, kept content-addressed under the data dir (shared by identical files).

An original lives as long as a document or a draft refers to it: removing, replacing and
pruning documents release the files nobody refers to any more (`release`), and `sweep` clears
what earlier versions left behind (files of pruned documents, `*.tmp` of interrupted writes).
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import sessionmaker

from core.tables import DocumentRow, DraftRow


def original_path(originals_dir: Path, file_sha256: str) -> Path:
    return originals_dir / file_sha256[:2] / file_sha256


def save_original(
    path: Path, file_sha256: str | None, originals_dir: Path, data: bytes | None = None
) -> None:
    """Content-addressed copy, written via a temp file so a crash never leaves half a file, and
    a failed write (disk full) no temp file. `data` is given for files that exist only inside
    another (e-mail attachments). Readable by the owner only: originals include staff files."""
    if not file_sha256:
        return
    target = original_path(originals_dir, file_sha256)
    if target.exists():
        return
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Unique per process and thread: ingestion workers and API replicas may save the same
    # content at the same moment, and a shared temp name would interleave their writes.
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(path.read_bytes() if data is None else data)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def referenced(db: sessionmaker) -> set[str]:
    """Every original a document or a draft refers to."""
    query: Any = union(
        select(DocumentRow.file_sha256).where(DocumentRow.file_sha256.is_not(None)),
        select(DraftRow.file_sha256),
    )
    with db() as session:
        return {sha for (sha,) in session.execute(query) if sha}


def release(db: sessionmaker, originals_dir: Path, shas: Iterable[str | None]) -> int:
    """Delete those of `shas` no document or draft refers to any more; the number deleted."""
    candidates = {sha for sha in shas if sha}
    if not candidates:
        return 0
    kept = referenced(db)
    removed = 0
    for sha in candidates - kept:
        target = original_path(originals_dir, sha)
        if target.exists():
            target.unlink(missing_ok=True)
            removed += 1
    return removed


# A file younger than this may belong to a write still under way elsewhere (an upload saves
# its original before its draft row is committed), so a sweep leaves it for the next one.
SWEEP_MIN_AGE_S = 3600.0


def sweep(db: sessionmaker, originals_dir: Path, *, min_age_s: float = SWEEP_MIN_AGE_S) -> int:
    """Delete every stored file no document or draft refers to, and leftover temp files."""
    if not originals_dir.is_dir():
        return 0
    kept = referenced(db)
    cutoff = time.time() - min_age_s
    removed = 0
    for path in originals_dir.glob("*/*"):
        if path.name in kept or not path.is_file() or path.stat().st_mtime > cutoff:
            continue
        path.unlink(missing_ok=True)
        removed += 1
    for folder in originals_dir.iterdir():
        if folder.is_dir():
            with contextlib.suppress(OSError):  # not empty: still holds originals
                folder.rmdir()
    return removed
