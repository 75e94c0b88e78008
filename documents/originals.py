"""Original files, kept content-addressed under the data dir (shared by identical files)."""

from __future__ import annotations

import os
import threading
from pathlib import Path


def original_path(originals_dir: Path, file_sha256: str) -> Path:
    return originals_dir / file_sha256[:2] / file_sha256


def save_original(
    path: Path, file_sha256: str | None, originals_dir: Path, data: bytes | None = None
) -> None:
    """Content-addressed copy, written via a temp file so a crash never leaves half a file.
    `data` is given for files that exist only inside another (e-mail attachments)."""
    if not file_sha256:
        return
    target = original_path(originals_dir, file_sha256)
    if target.exists():
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    # Unique per process and thread: ingestion workers and API replicas may save the same
    # content at the same moment, and a shared temp name would interleave their writes.
    tmp = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(path.read_bytes() if data is None else data)
    tmp.replace(target)
