"""Watch mode: a watcher thread with a stop event; files dropped into the folder get indexed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from core.tables import DocumentRow
from ingest.api import IngestReport, ingest_paths
from ingest.watch import watch_folder
from runtime.resources import Resources


def _wait_for(condition: Callable[[], bool], timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _texts(resources: Resources) -> dict[str, str]:
    with resources.db() as session:
        return {
            r.source_key: r.text
            for r in session.scalars(select(DocumentRow).where(DocumentRow.state == "indexed"))
        }


def test_dropped_and_changed_files_are_indexed_until_stopped(
    tmp_path: Path, resources: Resources
) -> None:
    folder = tmp_path / "ablage"
    folder.mkdir()
    reports: list[IngestReport] = []
    stop = threading.Event()
    watcher = threading.Thread(
        target=watch_folder,
        args=(folder, lambda: ingest_paths([folder], resources, progress=False)),
        kwargs={"stop": stop, "debounce_s": 0.5, "on_report": reports.append},
        daemon=True,
    )
    watcher.start()
    try:
        _wait_for(lambda: len(reports) == 1)  # the start-up run over the (empty) folder
        (folder / "~$entwurf.docx").write_bytes(b"Word lock file")  # ignored: temporary
        (folder / "notiz.md").write_text(
            "# Aktennotiz\n\nDie Kreisumlage steigt im nächsten Jahr um zwei Punkte.\n",
            encoding="utf-8",
        )
        _wait_for(lambda: "notiz.md" in _texts(resources) and len(reports) == 2)
        time.sleep(1.5)  # the watcher's own reads must not trigger further runs
        assert len(reports) == 2

        (folder / "notiz.md").write_text(
            "# Aktennotiz\n\nDie Kreisumlage bleibt nach dem Beschluss des Kreistags stabil.\n",
            encoding="utf-8",
        )
        _wait_for(lambda: "stabil" in _texts(resources).get("notiz.md", ""))
    finally:
        stop.set()
        watcher.join(timeout=30)
    assert not watcher.is_alive()
    assert all(not r.failed for r in reports), [r.failed for r in reports]
    assert set(_texts(resources)) == {"notiz.md"}
