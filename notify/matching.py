"""Which subscriptions a newly written document matches, recorded once per version.

Filters are checked on the document's metadata. A saved search matches only when the document
ranks in the search's own top `settings.notify_top_k` results (run through the Searcher with the
subscription's filters and the subscriber's access), not when it merely shares a word. Every
check runs at the subscriber's access level, so no one hears about a document they cannot open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.models import Document, SearchFilters, SearchQuery, document_payload
from core.tables import SubscriptionMatchRow
from documents.repository import load_documents
from notify.store import Subscriber, subscribers
from runtime.resources import Resources
from search.retrieval import Searcher, filters_to_store

logger = logging.getLogger(__name__)


def passes_filters(doc: Document, filters: SearchFilters) -> bool:
    """Exactly the search's filter: the index filter built from `filters`, evaluated on the
    payload the document's chunks carry."""
    return filters_to_store(filters).matches(document_payload(doc))


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
