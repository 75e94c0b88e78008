"""A repeated query (next page, another sort, back from a document) reuses what the first one
computed, and never once the index has changed: real model, real embedded engine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from core.models import SearchQuery, SearchResult
from index.protocol import Filter, Match
from ingest.api import ingest_paths
from runtime.resources import Resources
from search.retrieval import Searcher

STATUTES = Path(__file__).resolve().parents[2] / "corpus" / "documents" / "mustersatzungen"
MEMBERS = frozenset({"public", "members"})
QUERY = "Gebühren für Kitas"


@pytest.fixture
def searches(resources: Resources) -> dict[str, int]:
    """The sample's model statutes indexed; counts the searches that reach the engine."""
    report = ingest_paths([STATUTES], resources, source="beispielkorpus", progress=False)
    assert report.failed == []
    calls = {"searches": 0}
    store = resources.store

    def counted(fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **kw: Any) -> Any:
            calls["searches"] += 1
            return fn(*a, **kw)

        return wrapper

    for name in ("query_dense", "query_sparse", "best_per_document"):
        setattr(store, name, counted(getattr(store, name)))
    return calls


def _shown(result: SearchResult) -> list[tuple[str | None, float, str]]:
    return [(h.external_id, h.score, h.snippet) for h in result.hits]


def test_a_repeated_query_asks_the_engine_nothing_and_answers_the_same(
    resources: Resources, searches: dict[str, int]
) -> None:
    searcher = resources.searcher
    first = searcher.search(SearchQuery(query=QUERY), access=MEMBERS)
    assert searches["searches"] > 0 and first.hits
    searches["searches"] = 0
    again = searcher.search(SearchQuery(query=QUERY), access=MEMBERS)
    assert searches["searches"] == 0
    assert _shown(again) == _shown(first)
    assert (again.total, again.facets) == (first.total, first.facets)
    # another page and another sort: what a searcher that never saw the query shows
    fresh = Searcher(
        resources.store,
        resources.encoder,
        resources.sparse_encoder,
        searcher.params,
        thesaurus=searcher.thesaurus,
    )
    page = SearchQuery(query=QUERY, offset=2, limit=3)
    assert _shown(searcher.search(page, access=MEMBERS)) == _shown(
        fresh.search(page, access=MEMBERS)
    )
    # by date no score needs to be exact (fresh: lower bounds), so compare the documents
    by_date = SearchQuery(query=QUERY, sort="date")
    cached, new = (s.search(by_date, access=MEMBERS) for s in (searcher, fresh))
    assert [h.external_id for h in cached.hits] == [h.external_id for h in new.hits]
    assert cached.total == new.total


def test_a_write_to_the_index_is_seen_by_the_next_repeat(
    resources: Resources, searches: dict[str, int]
) -> None:
    """The cached answer of a members' search still holds the document; after it is closed
    to staff in the index, the same search must not show it (nor count it)."""
    searcher = resources.searcher
    top = searcher.search(SearchQuery(query=QUERY), access=MEMBERS).hits[0]
    searcher.search(SearchQuery(query=QUERY), access=MEMBERS)  # served from the cache
    before = resources.store.revision()
    resources.store.set_payload(
        Filter(must=[Match(key="document_id", any=[top.document_id])]), {"access": "staff"}
    )
    assert resources.store.revision() != before
    searches["searches"] = 0
    after = searcher.search(SearchQuery(query=QUERY, limit=100), access=MEMBERS)
    assert searches["searches"] > 0
    assert top.document_id not in {h.document_id for h in after.hits}
    assert top.document_id not in {h.document_id for h in after.weak_hits}
    staff = searcher.search(SearchQuery(query=QUERY), access=MEMBERS | {"staff"})
    assert staff.hits[0].document_id == top.document_id
