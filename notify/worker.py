"""Notices about new or changed documents, matched and sent on a thread of their own.

Ingestion and staff edits only announce "these documents changed" (`Resources.announce`); the
process that owns them (the API, `fundus ingest`) subscribes a worker here. So a request that
saved a document never waits for a mail server, and a failing match never fails a save.
A `fundus ingest` run without the API drains the worker before it exits, so what it queued
is sent.
"""

from __future__ import annotations

import logging
import queue
import threading

from notify.delivery import send_pending
from notify.matching import match_new_documents
from runtime.resources import Resources

logger = logging.getLogger(__name__)


def notify_new_documents(resources: Resources, document_ids: list[str]) -> None:
    """The ingestion hook: match, then send what is due at once. A mail server that is down or
    a failing match must not fail an ingestion whose documents are already written, so errors
    are logged here; undelivered matches stay pending and go out with `fundus notify send`."""
    if not document_ids:
        return
    try:
        if match_new_documents(resources, document_ids):
            send_pending(resources, "sofort")
    except Exception:
        logger.exception("Notifying subscribers about %d documents failed", len(document_ids))


class NotificationWorker:
    def __init__(self, resources: Resources) -> None:
        self.resources = resources
        self._queue: queue.Queue[list[str] | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    def submit(self, document_ids: list[str]) -> None:
        if not document_ids:
            return
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="fundus-notify", daemon=True)
            self._thread.start()
        self._queue.put(list(document_ids))

    def drain(self) -> None:
        """Wait until everything submitted so far is matched and sent (or logged as failed)."""
        if self._thread is not None:
            self._queue.join()

    def close(self) -> None:
        if self._thread is None:
            return
        self._queue.put(None)
        self._thread.join()
        self._thread = None

    def _run(self) -> None:
        while True:
            ids = self._queue.get()
            try:
                if ids is None:
                    return
                notify_new_documents(self.resources, ids)  # logs its own failures
            except Exception:  # never let the worker die: later notices must still go out
                logger.exception("Notification worker failed on %d documents", len(ids or []))
            finally:
                self._queue.task_done()


def attach_notifications(resources: Resources) -> NotificationWorker:
    """Subscribe a worker to the documents `resources` announces; the caller closes it."""
    worker = NotificationWorker(resources)
    resources.document_listeners.append(worker.submit)
    return worker
