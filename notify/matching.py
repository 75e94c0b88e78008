"""Which subscriptions a newly written document matches, recorded once per version.

Filters are checked on the document's metadata. A saved search matches only when the document
ranks in the search's own top `settings.notify_top_k` results (run through the Searcher with the
subscription's filters and the subscriber's access), not when it merely shares a word. Every
check runs at the subscriber's access level, so no one hears about a document they cannot open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from fundus.db.tables import DocumentRow, SubscriptionMatchRow
from fundus.models import (
    Document,
    SearchFilters,
    SearchQuery,
    aktenplan_prefixes,
    citation_keys,
)
from fundus.resources import Resources
from ingest.edit import load_document
from notify.store import Subscriber, subscribers

if TYPE_CHECKING:
    from index.retrieval import Searcher

logger = logging.getLogger(__name__)


def passes_filters(doc: Document, filters: SearchFilters) -> bool:
    """The same semantics as the index filters (index.retrieval.filters_to_store)."""
    if filters.doc_type and doc.doc_type not in filters.doc_type:
        return False
    if filters.topics and not set(filters.topics) & set(doc.topics):
        return False
    if filters.status and doc.status not in filters.status:
        return False
    if filters.referat and doc.referat != filters.referat:
        return False
    if filters.aktenplan and filters.aktenplan not in aktenplan_prefixes(doc.aktenplan):
        return False
    if filters.citations:
        wanted = {" ".join(c.split()) for c in filters.citations}
        if not wanted & set(citation_keys(doc.citations)):
            return False
    year = doc.date.year if doc.date else None
    if filters.year_from is not None and (year is None or year < filters.year_from):
        return False
    return not (filters.year_to is not None and (year is None or year > filters.year_to))


def ranked_ids(searcher: Searcher, subscriber: Subscriber, top_k: int) -> set[str]:
    """Document ids in the saved search's top k for this subscriber."""
    sub = subscriber.subscription
    assert sub.query
    request = SearchQuery(query=sub.query, filters=sub.filters, limit=top_k)
    result = searcher.search(request, access=subscriber.access)
    return {hit.document_id for hit in result.hits}


def matching_documents(
    subscriber: Subscriber,
    docs: Iterable[Document],
    searcher_factory: SearcherFactory,
    top_k: int,
) -> list[Document]:
    sub = subscriber.subscription
    candidates = [
        d for d in docs if d.access in subscriber.access and passes_filters(d, sub.filters)
    ]
    if not candidates or not sub.query:
        return candidates
    ranked = ranked_ids(searcher_factory(), subscriber, top_k)
    return [d for d in candidates if d.id in ranked]


class SearcherFactory:
    """Builds the Searcher on first use: filter-only subscriptions never need the index."""

    def __init__(self, resources: Resources, searcher: Searcher | None = None) -> None:
        self.resources = resources
        self._searcher = searcher

    def __call__(self) -> Searcher:
        if self._searcher is None:
            self._searcher = self.resources.searcher
        return self._searcher


def load_documents(resources: Resources, ids: Iterable[str]) -> list[Document]:
    """Indexed documents by id (rows still being written or gone are left out)."""
    wanted = list(dict.fromkeys(ids))
    docs: list[Document] = []
    with resources.db() as session:
        for start in range(0, len(wanted), 500):
            rows = session.scalars(
                select(DocumentRow).where(
                    DocumentRow.id.in_(wanted[start : start + 500]),
                    DocumentRow.state == "indexed",
                )
            )
            docs.extend(load_document(r) for r in rows)
    return docs


def match_new_documents(
    resources: Resources,
    document_ids: Iterable[str],
    *,
    searcher: Searcher | None = None,
) -> int:
    """Record which subscriptions the given (new or changed) documents match; returns how many
    matches are new. A document version already matched for a subscription is not recorded
    again, so re-ingesting never notifies twice."""
    active = subscribers(resources.db)
    docs = load_documents(resources, document_ids) if active else []
    if not docs:
        return 0
    factory = SearcherFactory(resources, searcher)
    top_k = resources.settings.notify_top_k
    found: list[tuple[int, str, str]] = []
    for subscriber in active:
        for doc in matching_documents(subscriber, docs, factory, top_k):
            found.append((subscriber.subscription.id, doc.id, doc.content_hash))
    if not found:
        return 0
    with resources.db.begin() as session:
        created = _insert_new(session, found)
    logger.info("%d new subscription matches for %d documents", created, len(docs))
    return created


def _insert_new(session: Session, found: list[tuple[int, str, str]]) -> int:
    """Insert the matches not yet known. The unique constraint decides, in one statement, so
    two ingestions running at once (Qdrant server setups) cannot both record one match."""
    values = [{"subscription_id": s, "document_id": d, "version": v} for s, d, v in found]
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        if dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        else:
            from sqlalchemy.dialects.postgresql import insert  # type: ignore[assignment]
        created = 0
        for start in range(0, len(values), 500):  # bounded statement size
            statement = (
                insert(SubscriptionMatchRow)
                .values(values[start : start + 500])
                .on_conflict_do_nothing(
                    index_elements=["subscription_id", "document_id", "version"]
                )
                .returning(SubscriptionMatchRow.id)
            )
            created += len(session.execute(statement).all())
        return created
    created = 0  # other databases: check, then insert
    for item in values:
        exists = session.scalar(
            select(SubscriptionMatchRow.id).filter_by(**item)  # type: ignore[arg-type]
        )
        if exists is None:
            session.add(SubscriptionMatchRow(**item))
            created += 1
    return created


def notify_new_documents(resources: Resources, document_ids: list[str]) -> None:
    """The ingestion hook: match, then send what is due at once. A mail server that is down or
    a failing match must not fail an ingestion whose documents are already written, so errors
    are logged here; undelivered matches stay pending and go out with `fundus notify send`."""
    if not document_ids:
        return
    try:
        if match_new_documents(resources, document_ids):
            from notify.delivery import send_pending

            send_pending(resources, "sofort")
    except Exception:
        logger.exception("Notifying subscribers about %d documents failed", len(document_ids))
