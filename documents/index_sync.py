"""Keeping the index's document payloads equal to the database, which is the truth.

A metadata edit touches two stores that cannot share a transaction. Every edit therefore
records an intent in the database before the index changes and removes it once the index
matches; an edit interrupted anywhere (kill -9, full disk, locked database) leaves the intent,
and `reconcile_index` rewrites those documents' payloads from their rows. It runs when the API
starts, at every `fundus ingest` and before every edit. Free of pipeline imports, so the API
can use it without loading Haystack.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import delete, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from core.errors import Unavailable
from core.models import Document, document_payload
from core.tables import DocumentRow, IndexIntentRow
from documents.repository import load_document
from index.protocol import Filter, Match
from runtime.resources import Resources

logger = logging.getLogger(__name__)

# Edits and reconciliation of one process run one at a time: an edit's steps (intent, index,
# row, index, clear) must not interleave with another's on the same document.
EDIT_LOCK = threading.RLock()
_BATCH = 500


@contextmanager
def database_write(resources: Resources, *, done: str) -> Iterator[Session]:
    """A write transaction; a locked database becomes a German 503 that says what happened."""
    try:
        with resources.db.begin() as session:
            yield session
    except OperationalError as exc:
        logger.warning("Database write failed: %s", exc.orig)
        reason = str(exc.orig).lower()
        if "full" in reason:
            what = "Der Speicherplatz für die Datenbank ist voll."
        elif "locked" in reason or "busy" in reason:
            what = "Die Datenbank ist gerade belegt."
        else:
            what = "Die Datenbank konnte nicht schreiben."
        raise Unavailable(f"{what} {done} Bitte versuchen Sie es gleich noch einmal.") from exc


def write_payloads(resources: Resources, documents: Sequence[Document]) -> None:
    """Set every chunk's document payload, then make it durable; one filtered update per
    document, so all chunks of a document change together."""
    for doc in documents:
        resources.store.set_payload(
            Filter(must=[Match(key="document_id", any=[doc.id])]), document_payload(doc)
        )
    resources.store.flush()


def record_intents(session: Session, document_ids: Sequence[str]) -> None:
    known = set(
        session.scalars(
            select(IndexIntentRow.document_id).where(IndexIntentRow.document_id.in_(document_ids))
        )
    )
    session.add_all(IndexIntentRow(document_id=i) for i in document_ids if i not in known)


def clear_intents(resources: Resources, document_ids: Sequence[str]) -> None:
    """Best effort: an intent left behind only makes the next reconciliation redo a write."""
    try:
        with resources.db.begin() as session:
            session.execute(
                delete(IndexIntentRow).where(IndexIntentRow.document_id.in_(document_ids))
            )
    except OperationalError as exc:
        logger.warning("Could not clear index intents, reconciliation will redo them: %s", exc)


def pending_intents(resources: Resources) -> list[str]:
    with resources.db() as session:
        return list(session.scalars(select(IndexIntentRow.document_id)))


def reconcile_index(resources: Resources) -> int:
    """Rewrite the index payload of every document with an intent from its row (or remove its
    chunks if the row is gone). Returns how many documents were rewritten."""
    with EDIT_LOCK:
        ids = pending_intents(resources)
        for start in range(0, len(ids), _BATCH):
            batch = ids[start : start + _BATCH]
            with resources.db() as session:
                rows = session.scalars(select(DocumentRow).where(DocumentRow.id.in_(batch))).all()
                documents = [load_document(row) for row in rows]
            gone = sorted(set(batch) - {d.id for d in documents})
            if gone:
                resources.store.delete_documents(gone)
            write_payloads(resources, documents)
            clear_intents(resources, batch)
        if ids:
            logger.info("Index payloads of %d documents rewritten from the database", len(ids))
        return len(ids)
