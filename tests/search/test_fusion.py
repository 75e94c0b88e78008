"""Fusion of the dense and sparse channels in `Searcher`, on canned channel results."""

from __future__ import annotations

from typing import Any

import pytest

from core.models import SearchQuery
from index.protocol import ScoredPoint
from index.sparse_encoder import SparseEncoder
from search.retrieval import FusionParams, Searcher

ACCESS = {"public", "members", "staff"}


def _point(doc: str, score: float, position: int = 0) -> ScoredPoint:
    return ScoredPoint(
        id=f"{doc}-{position}",
        score=score,
        payload={"document_id": doc, "external_id": doc, "title": doc, "text": "Text"},
    )


class _Store:
    """Returns fixed channel results; enough of VectorStore for `Searcher.search`."""

    def __init__(self, dense: list[ScoredPoint], sparse: list[ScoredPoint]) -> None:
        self.dense, self.sparse = dense, sparse

    def query_dense(self, vector: Any, *, flt: Any, limit: int) -> list[ScoredPoint]:
        return self.dense[:limit]

    def query_sparse(self, vector: Any, *, flt: Any, limit: int) -> list[ScoredPoint]:
        return self.sparse[:limit]


class _Encoder:
    def embed_query(self, text: str) -> list[float]:
        return [1.0]


def _ranking(store: _Store, params: FusionParams, mode: str = "hybrid") -> list[str]:
    searcher = Searcher(store, _Encoder(), SparseEncoder(), params)  # type: ignore[arg-type]
    result = searcher.search(SearchQuery(query="Hundesteuer", mode=mode), access=ACCESS)  # type: ignore[arg-type]
    return [h.document_id for h in result.hits]


# Dense: a barely ahead of b, c far behind. Sparse: b far ahead of a and c.
STORE = _Store(
    dense=[_point("a", 0.90), _point("b", 0.89), _point("a", 0.88, 1), _point("c", 0.70)],
    sparse=[_point("b", 30.0), _point("c", 5.0), _point("a", 4.0)],
)


def test_rrf_uses_ranks_only() -> None:
    # a: 1/61 + 1/63, b: 1/62 + 1/61, c: 1/63 + 1/62 -> b, a, c
    assert _ranking(STORE, FusionParams(method="rrf", rrf_k=60)) == ["b", "a", "c"]


def test_convex_uses_score_margins() -> None:
    # Dense min-max: a 1.0, b 0.95, c 0.0. Sparse: b 1.0, c 0.04, a 0.0.
    ranking = _ranking(STORE, FusionParams(method="convex", dense_weight=1.0, sparse_weight=0.5))
    assert ranking == ["b", "a", "c"]
    # With a small sparse weight, dense's near tie decides: b 0.95 + 0.1 > a 1.0 + 0.
    assert _ranking(STORE, FusionParams(method="convex", sparse_weight=0.1)) == ["b", "a", "c"]
    assert _ranking(STORE, FusionParams(method="convex", sparse_weight=0.01)) == ["a", "b", "c"]


def test_convex_scores_are_weighted_normalised_sums() -> None:
    params = FusionParams(method="convex", dense_weight=1.0, sparse_weight=0.5)
    searcher = Searcher(STORE, _Encoder(), SparseEncoder(), params)  # type: ignore[arg-type]
    hits = searcher.search(SearchQuery(query="Hundesteuer"), access=ACCESS).hits
    scores = {h.document_id: h.score for h in hits}
    assert scores["a"] == pytest.approx(1.0)
    assert scores["b"] == pytest.approx(0.95 + 0.5)
    assert scores["c"] == pytest.approx(0.5 * (5.0 - 4.0) / 26.0, abs=1e-6)  # Hit rounds


def test_single_channel_keeps_its_order() -> None:
    for method in ("rrf", "convex"):
        params = FusionParams(method=method)  # type: ignore[arg-type]
        assert _ranking(STORE, params, "dense") == ["a", "b", "c"]
        assert _ranking(STORE, params, "sparse") == ["b", "c", "a"]


def test_best_chunk_is_the_hit() -> None:
    store = _Store(dense=[_point("a", 0.9, 3), _point("a", 0.8, 1)], sparse=[_point("a", 2.0, 1)])
    searcher = Searcher(store, _Encoder(), SparseEncoder())  # type: ignore[arg-type]
    hits = searcher.search(SearchQuery(query="x", mode="dense"), access=ACCESS).hits
    assert [h.chunk_id for h in hits] == ["a-3"]
