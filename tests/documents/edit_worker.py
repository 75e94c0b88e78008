"""A separate process that edits metadata, to be killed or starved of disk by the tests.

    python -m tests.documents.edit_worker DATA_DIR MODEL_DIR crash DOC_ID ACCESS POINT
    python -m tests.documents.edit_worker DATA_DIR MODEL_DIR loop DOC_ID [DOC_ID ...]
    python -m tests.documents.edit_worker DATA_DIR MODEL_DIR full DOC_ID ACCESS FILLER

`crash` SIGKILLs itself at a fixed point of `update_metadata` (POINT = before-index-1,
after-index-1, before-index-2, after-index-2; the first index write closes the document when
access closes, the second writes the new values), `loop` flips access levels until killed, and
`full` fills the disk with FILLER before the edit, then reports as JSON what it saw.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import sys
from pathlib import Path
from typing import Any

from core.access import ACCESS_LEVELS
from core.errors import FundusError
from core.models import DocumentPatch
from documents import edit
from documents.index_sync import reconcile_index, write_payloads
from runtime.resources import Resources
from tests.conftest import local_settings
from tests.documents.index_check import compare_index_with_database


def _kill() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _crash_at(point: str) -> None:
    when, _, number = point.rpartition("-")
    target = int(number)
    calls = {"n": 0}

    def wrapped(resources: Resources, documents: Any) -> None:
        calls["n"] += 1
        if calls["n"] == target and when == "before-index":
            _kill()
        write_payloads(resources, documents)
        if calls["n"] == target and when == "after-index":
            _kill()

    edit.write_payloads = wrapped  # type: ignore[assignment]


def main(argv: list[str]) -> int:
    data_dir, model_dir, mode, *rest = argv
    settings = local_settings(Path(data_dir), Path(model_dir))
    with Resources(settings) as resources:
        if mode == "crash":
            doc_id, access, point = rest
            _crash_at(point)
            edit.update_metadata(resources, doc_id, DocumentPatch(access=access), editor="Test")
            print(json.dumps({"finished": True}))  # noqa: T201 - the point was never reached
        elif mode == "loop":
            rng = random.Random(os.getpid())
            edits = 0
            while True:
                doc_id = rng.choice(rest)
                access = rng.choice(ACCESS_LEVELS)
                edit.update_metadata(resources, doc_id, DocumentPatch(access=access), editor="Test")
                edits += 1
                if edits == 1:
                    print("ready", flush=True)  # noqa: T201 - the killer waits for this
        elif mode == "full":
            doc_id, access, filler = rest
            compare_index_with_database(resources)  # database and index open before the disk fills
            _fill(Path(filler))
            outcome: dict[str, Any] = {}
            try:
                edit.update_metadata(resources, doc_id, DocumentPatch(access=access), editor="T")
                outcome["edit"] = "ok"
            except FundusError as exc:
                outcome["edit"] = f"{exc.status} {exc.detail}"
            outcome["during"] = compare_index_with_database(resources).model_dump()
            Path(filler).unlink()
            outcome["reconciled"] = reconcile_index(resources)
            outcome["after"] = compare_index_with_database(resources).model_dump()
            print(json.dumps(outcome))  # noqa: T201
    return 0


def _fill(path: Path) -> None:
    """Write until the file system says ENOSPC, to the last byte."""
    with path.open("wb", buffering=0) as handle:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
