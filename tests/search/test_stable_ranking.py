"""A document's score belongs to the query, not to the candidate list (issue 15, point 1).

Property: two documents that come back both without and with a filter keep their relative
order and their scores, through `Searcher` and through `POST /search`, on both store backends
(embedded qdrant-edge and qdrant-client), over the sample corpus and many query/filter pairs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from qdrant_client import QdrantClient

from core.models import SearchFilters, SearchQuery
from core.settings import Settings
from encoder.embedding import Encoder
from index.server import ServerStore
from runtime.resources import Resources
from search.retrieval import Searcher

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ACCESS = frozenset({"public", "members", "staff"})
QUERIES = [
    json.loads(line)["query"]
    for line in (CORPUS / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    if line
] + ["Gebühren für Kitas", "Gebuehren Kita", "strassenreinigung winterdienst", "Hund"]

FILTERS = st.one_of(
    st.builds(
        lambda t: SearchFilters(doc_type=t),
        st.lists(
            st.sampled_from(
                [
                    "Mustersatzung",
                    "Rundschreiben",
                    "Stellungnahme",
                    "Handreichung",
                    "Vertragsmuster",
                ]
            ),
            min_size=1,
            max_size=2,
            unique=True,
        ),
    ),
    st.builds(lambda y: SearchFilters(year_from=y), st.integers(2022, 2026)),
    st.builds(lambda y: SearchFilters(year_to=y), st.integers(2022, 2026)),
    st.builds(
        lambda s: SearchFilters(status=s),
        st.lists(st.sampled_from(["in Kraft", "aufgehoben", "Entwurf"]), min_size=1, unique=True),
    ),
)


@pytest.fixture(scope="module", params=["edge", "server"])
def backend(
    request: pytest.FixtureRequest,
    sample_resources: Resources,
    tmp_path_factory: pytest.TempPathFactory,
    model_dir: Path,
    encoder: Encoder,
) -> Iterator[Resources]:
    if request.param == "edge":
        yield sample_resources
        return
    from ingest.api import ingest_paths

    own = Settings(
        data_dir=tmp_path_factory.mktemp("sample-server"),
        model_dir=model_dir,
        qdrant_url=None,
        database_url=None,
        taxonomy_file=CORPUS / "taxonomy.yaml",
        _env_file=None,  # type: ignore[call-arg]
    )
    with Resources(own, encoder=encoder) as res:
        res.__dict__["store"] = ServerStore(QdrantClient(location=":memory:"), own.collection)
        report = ingest_paths([CORPUS / "documents"], res, source="beispielkorpus", progress=False)
        assert report.failed == [], report.failed
        yield res


def _pairs_keep_order(plain: list[Any], filtered: list[Any]) -> None:
    """Every document in both lists: same score, same relative order (ties by id)."""
    scores = {h.document_id: h.score for h in plain}
    common = [h.document_id for h in filtered if h.document_id in scores]
    for hit in filtered:
        if hit.document_id in scores:
            assert hit.score == pytest.approx(scores[hit.document_id], abs=1e-5)
    in_plain_order = [d for d in (h.document_id for h in plain) if d in set(common)]
    assert common == in_plain_order


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.sampled_from(QUERIES), filters=FILTERS)
def test_searcher_filter_keeps_relative_order(
    backend: Resources, query: str, filters: SearchFilters
) -> None:
    searcher = Searcher(backend.store, backend.encoder, backend.sparse_encoder)
    plain = searcher.search(SearchQuery(query=query, limit=100), access=ACCESS)
    filtered = searcher.search(SearchQuery(query=query, filters=filters, limit=100), access=ACCESS)
    _pairs_keep_order(plain.hits, filtered.hits)
    # filtering happens inside the channels: nothing relevant that passes the filter is lost
    allowed = {h.document_id for h in filtered.hits}
    for hit in plain.hits:
        passes = (not filters.doc_type or hit.doc_type in filters.doc_type) and (
            not filters.status or hit.status in filters.status
        )
        if passes and not (filters.year_from or filters.year_to):
            assert hit.document_id in allowed


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=st.sampled_from(QUERIES), filters=FILTERS)
def test_api_filter_keeps_relative_order(
    api: TestClient, query: str, filters: SearchFilters
) -> None:
    def post(body: dict[str, Any]) -> list[Any]:
        response = api.post("/search", json=body)
        assert response.status_code == 200, response.text
        return [SimpleHit(**h) for h in response.json()["hits"]]

    plain = post({"query": query, "limit": 100})
    filtered = post(
        {"query": query, "limit": 100, "filters": filters.model_dump(exclude_defaults=True)}
    )
    _pairs_keep_order(plain, filtered)


class SimpleHit:
    def __init__(self, document_id: str, score: float, **_: Any) -> None:
        self.document_id, self.score = document_id, score


@pytest.fixture(scope="module")
def api(backend: Resources) -> Iterator[TestClient]:
    from search_api.main import create_app

    app = create_app(backend.settings, resources=backend)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_pages_and_filters_do_not_change_scores(backend: Resources) -> None:
    searcher = Searcher(backend.store, backend.encoder, backend.sparse_encoder)
    query = "Gebühren für Kitas"
    first = searcher.search(SearchQuery(query=query, limit=2), access=ACCESS)
    second = searcher.search(SearchQuery(query=query, limit=2, offset=2), access=ACCESS)
    whole = searcher.search(SearchQuery(query=query, limit=4), access=ACCESS)
    assert [h.document_id for h in first.hits + second.hits] == [h.document_id for h in whole.hits]
    members = searcher.search(SearchQuery(query=query, limit=100), access={"public"})
    _pairs_keep_order(whole.hits, members.hits)
