"""`fundus ingest --watch DIR`: staff drop files into a folder, Fundus indexes them.

Why debounce and re-scan the whole folder instead of ingesting each event's file: copying a
large PDF or saving from Word fires dozens of events (temp file, write, rename); waiting until
the folder has been quiet for a moment and then running the normal ingestion of the folder
gives the same keys, fingerprints and stale-document handling as a manual `fundus ingest DIR`,
and unchanged files cost only a hash.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler

from ingest.report import IngestReport

logger = logging.getLogger(__name__)

# Files editors and browsers write while saving or downloading; the final name follows.
_TEMP_PREFIXES = (".", "~$", "~")
_TEMP_SUFFIXES = (".tmp", ".part", ".crdownload", ".swp", ".lock")
_CHANGES = frozenset({"created", "modified", "moved", "deleted", "closed"})


def _is_temporary(path: str) -> bool:
    name = Path(path).name
    return name.startswith(_TEMP_PREFIXES) or name.lower().endswith(_TEMP_SUFFIXES)


class _ChangeMonitor(FileSystemEventHandler):
    """Remembers that something changed and when the last change happened."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.pending = False
        self.last_change = 0.0

    def on_any_event(self, event: FileSystemEvent) -> None:
        # Reads (ours included: ingestion opens every file) must not trigger another run.
        if event.event_type not in _CHANGES or (
            event.is_directory and event.event_type == "modified"
        ):
            return
        paths = [str(event.src_path), str(event.dest_path or "")]
        if all(_is_temporary(p) for p in paths if p):
            return
        with self._lock:
            self.pending = True
            self.last_change = time.monotonic()

    def take_if_quiet(self, debounce_s: float) -> bool:
        with self._lock:
            if self.pending and time.monotonic() - self.last_change >= debounce_s:
                self.pending = False  # changes during the run set it again
                return True
        return False


def watch_folder(
    folder: Path,
    ingest: Callable[[], IngestReport],
    *,
    stop: threading.Event,
    debounce_s: float = 2.0,
    on_report: Callable[[IngestReport], None] | None = None,
    initial_run: bool = True,
) -> int:
    """Run `ingest` once at start (files dropped while nobody watched), then after every burst
    of changes, until `stop` is set. Returns how many runs were made."""
    from watchdog.observers import Observer

    monitor = _ChangeMonitor()
    observer = Observer()
    observer.schedule(monitor, str(folder), recursive=True)
    observer.start()
    logger.info("Watching %s (debounce %.1f s)", folder, debounce_s)
    runs = 0
    try:
        if initial_run:
            runs += _run(ingest, on_report)
        while not stop.wait(min(0.25, debounce_s / 4)):
            if monitor.take_if_quiet(debounce_s):
                runs += _run(ingest, on_report)
    finally:
        observer.stop()
        observer.join(timeout=10)
    return runs


def _run(
    ingest: Callable[[], IngestReport], on_report: Callable[[IngestReport], None] | None
) -> int:
    """One ingestion; an error is logged and the watch goes on (the next change retries)."""
    try:
        report = ingest()
    except Exception:
        logger.exception("Ingestion in watch mode failed; waiting for the next change")
        return 1
    if on_report is not None:
        on_report(report)
    return 1
