"""Fusion of the dense and sparse channels in `Searcher`, on canned channel results."""

from __future__ import annotations

from typing import Any

import pytest

from core.models import SearchFilters, SearchQuery
from index.protocol import Filter, ScoredPoint, SparseVector
from index.sparse_encoder import SparseEncoder
from search.retrieval import FusionParams, Searcher

ACCESS = {"public", "members", "staff"}


def _point(doc: str, score: float, position: int = 0, **payload: Any) -> ScoredPoint:
    return ScoredPoint(
        id=f"{doc}-{position}",
        score=score,
        payload={
            "document_id": doc,
            "external_id": doc,
            "title": doc,
            "text": "Text",
            "access": "public",
            **payload,
        },
    )


class _Store:
    """Returns fixed channel results, honouring filters; enough of VectorStore for `search`."""

    def __init__(self, dense: list[ScoredPoint], sparse: list[ScoredPoint]) -> None:
        self.dense, self.sparse = dense, sparse
        self.calls = 0

    def _answer(self, points: list[ScoredPoint], flt: Filter | None, limit: int) -> list[Any]:
        self.calls += 1
        return [p for p in points if flt is None or flt.matches(p.payload)][:limit]

    def revision(self) -> None:
        return None  # fixed answers: every search asks the store (`calls` counts them)

    def query_dense(self, vector: Any, *, flt: Any, limit: int, **_: Any) -> list[ScoredPoint]:
        return self._answer(self.dense, flt, limit)

    def query_sparse(self, vector: Any, *, flt: Any, limit: int, **_: Any) -> list[ScoredPoint]:
        return self._answer(self.sparse, flt, limit)

    def best_per_document(
        self, query: Any, document_ids: list[str], *, flt: Filter | None
    ) -> dict[str, ScoredPoint]:
        self.calls += 1
        points = self.sparse if isinstance(query, SparseVector) else self.dense
        best: dict[str, ScoredPoint] = {}
        for p in points:
            doc = p.payload["document_id"]
            wanted = doc in document_ids and (flt is None or flt.matches(p.payload))
            if wanted and (doc not in best or p.score > best[doc].score):
                best[doc] = ScoredPoint(id=p.id, score=p.score, payload={"document_id": doc})
        return best

    def retrieve(self, ids: list[str]) -> list[ScoredPoint]:
        return [p for p in self.dense + self.sparse if p.id in ids]

    def scroll(self, flt: Any, *, limit: int = 256) -> tuple[list[ScoredPoint], None]:
        seen = {p.id: p for p in self.dense + self.sparse if flt is None or flt.matches(p.payload)}
        return list(seen.values())[:limit], None


class _Encoder:
    def embed_query(self, text: str) -> list[float]:
        return [1.0]


def _search(store: _Store, params: FusionParams, mode: str = "hybrid", query: str = "Hund") -> Any:
    searcher = Searcher(store, _Encoder(), SparseEncoder(), params)  # type: ignore[arg-type]
    return searcher.search(SearchQuery(query=query, mode=mode, limit=100), access=ACCESS)  # type: ignore[arg-type]


def _ranking(store: _Store, params: FusionParams, mode: str = "hybrid") -> list[str]:
    return [h.document_id for h in _search(store, params, mode).hits]


# "Hund": one query term at weight 1, so the sparse ceiling is (k1 + 1) * 1 * sparse_idf = 2.2 * 5.
PARAMS = FusionParams(
    dense_floor=0.5,
    sparse_idf=5.0,
    dense_weight=1.0,
    sparse_weight=1.0,
    min_score=0.0,
    answer_score=0.0,
)
STORE = _Store(
    dense=[_point("a", 0.90), _point("b", 0.85), _point("a", 0.88, 1), _point("c", 0.60)],
    sparse=[_point("b", 11.0), _point("c", 2.2), _point("a", 1.1)],
)


def test_scores_are_weighted_means_of_query_anchored_channel_scores() -> None:
    scores = {h.document_id: h.score for h in _search(STORE, PARAMS).hits}
    # dense: (cos - 0.5) / 0.5; sparse: raw / 11; equal weights -> mean
    assert scores["a"] == pytest.approx((0.8 + 0.1) / 2, abs=1e-5)
    assert scores["b"] == pytest.approx((0.7 + 1.0) / 2, abs=1e-5)
    assert scores["c"] == pytest.approx((0.2 + 0.2) / 2, abs=1e-5)


def test_a_document_scores_the_same_whatever_else_is_in_the_list() -> None:
    alone = _Store(dense=[_point("c", 0.60)], sparse=[_point("c", 2.2)])
    assert _search(alone, PARAMS).hits[0].score == pytest.approx(0.2, abs=1e-5)


def test_missing_channel_score_is_computed_not_zero() -> None:
    # depth 10 with 10 dense chunks: the dense list is full, "z" only appears in sparse
    dense = [_point(f"d{i}", 0.95 - i * 0.01) for i in range(10)] + [_point("z", 0.7)]
    sparse = [_point("z", 11.0)]
    store = _Store(dense, sparse)
    params = PARAMS.model_copy(update={"depth": 10})
    z = next(h for h in _search(store, params).hits if h.document_id == "z")
    assert z.score == pytest.approx((0.4 + 1.0) / 2, abs=1e-5)  # its real cosine 0.7, not 0


def test_threshold_drops_weak_documents_and_reports_them_separately() -> None:
    result = _search(STORE, PARAMS.model_copy(update={"min_score": 0.3}))
    assert [h.document_id for h in result.hits] == ["b", "a"]
    assert result.total == 2 and result.weak_hits == []
    assert sum(result.facets["doc_type"].values()) == 2
    nothing = _search(STORE, PARAMS.model_copy(update={"min_score": 0.99}))
    assert nothing.total == 0 and nothing.hits == [] and nothing.facets["doc_type"] == {}
    assert [h.document_id for h in nothing.weak_hits] == ["b", "a", "c"]


def test_the_gate_needs_one_clear_answer_then_lists_down_to_the_threshold() -> None:
    """Scores a 0.45, b 0.85, c 0.2: a gate above the best empties the answer; below it,
    every document reaching the threshold counts, also those below the gate."""
    gated = PARAMS.model_copy(update={"min_score": 0.3, "answer_score": 0.9})
    nothing = _search(STORE, gated)
    assert nothing.total == 0 and [h.document_id for h in nothing.weak_hits] == ["b", "a", "c"]
    answered = _search(STORE, gated.model_copy(update={"answer_score": 0.8}))
    assert [h.document_id for h in answered.hits] == ["b", "a"]


def test_the_gate_is_decided_without_the_users_filters() -> None:
    """A filter that leaves only "a" (0.45) keeps it a result while "b" (0.85) clears the
    gate for the query: the facet count promised it, so the filter may not say "nothing"."""
    store = _Store(
        dense=[_point("a", 0.90, doc_type="Rundschreiben"), _point("b", 0.85)],
        sparse=[_point("b", 11.0), _point("a", 1.1, doc_type="Rundschreiben")],
    )
    gated = PARAMS.model_copy(update={"min_score": 0.3, "answer_score": 0.8})
    searcher = Searcher(store, _Encoder(), SparseEncoder(), gated)  # type: ignore[arg-type]
    only_a = SearchFilters(doc_type=["Rundschreiben"])
    result = searcher.search(SearchQuery(query="Hund", filters=only_a), access=ACCESS)
    assert [h.document_id for h in result.hits] == ["a"]
    # without a document clearing the gate anywhere, the filtered query has no results
    strict = Searcher(  # type: ignore[arg-type]
        store, _Encoder(), SparseEncoder(), gated.model_copy(update={"answer_score": 0.9})
    )
    result = strict.search(SearchQuery(query="Hund", filters=only_a), access=ACCESS)
    assert result.total == 0 and [h.document_id for h in result.weak_hits] == ["a"]


def test_single_channel_keeps_its_order() -> None:
    assert _ranking(STORE, PARAMS, "dense") == ["a", "b", "c"]
    assert _ranking(STORE, PARAMS, "sparse") == ["b", "c", "a"]


def test_ties_are_broken_by_document_id() -> None:
    store = _Store(dense=[_point("y", 0.8), _point("x", 0.8)], sparse=[])
    assert _ranking(store, PARAMS, "dense") == ["x", "y"]


def test_best_chunk_is_the_hit() -> None:
    store = _Store(dense=[_point("a", 0.9, 3), _point("a", 0.8, 1)], sparse=[_point("a", 2.0, 1)])
    hits = _search(store, PARAMS, "dense").hits
    assert [h.chunk_id for h in hits] == ["a-3"]


def test_superseded_versions_are_folded_under_the_current_one() -> None:
    old: dict[str, Any] = {"version": "ersetzt", "superseded_by": "new", "date": "2023-01-01"}
    store = _Store(
        dense=[_point("old", 0.9, **old), _point("new", 0.85, supersedes=["old"])],
        sparse=[_point("old", 11.0, **old), _point("new", 10.0, supersedes=["old"])],
    )
    result = _search(store, PARAMS)
    assert [h.document_id for h in result.hits] == ["new"]
    assert [v.document_id for v in result.hits[0].earlier_versions] == ["old"]
    searcher = Searcher(store, _Encoder(), SparseEncoder(), PARAMS)  # type: ignore[arg-type]
    everything = searcher.search(
        SearchQuery(query="Hund", filters={"all_versions": True}),  # type: ignore[arg-type]
        access=ACCESS,
    )
    assert [h.document_id for h in everything.hits] == ["old", "new"]
    assert everything.hits[0].version == "ersetzt"


def test_a_text_cue_folds_the_named_predecessor() -> None:
    store = _Store(
        dense=[_point("rs-41", 0.9, number_key="41/2025"), _point("rs-50", 0.85)],
        sparse=[_point("rs-50", 10.0, supersedes=["41/2025"])],
    )
    result = _search(store, PARAMS)
    assert [h.document_id for h in result.hits] == ["rs-50"]
    assert [v.document_id for v in result.hits[0].earlier_versions] == ["rs-41"]


def test_texts_are_loaded_for_a_chunk_both_channels_found() -> None:
    """Candidate lists come without text; the same chunk from both channels is two objects."""

    class _Record:
        def __init__(self, point: ScoredPoint) -> None:
            self.id, self.payload = point.id, {**point.payload, "text": "Die Hundesteuer."}

    def bare(score: float) -> ScoredPoint:
        point = _point("a", score)
        del point.payload["text"]
        return point

    store = _Store(dense=[bare(0.95)], sparse=[bare(2.2)])  # the dense object is the best
    store.retrieve = lambda ids: [_Record(_point("a", 0.0))]  # type: ignore[method-assign]
    hit = _search(store, PARAMS).hits[0]
    assert "<mark>Hundesteuer</mark>." in hit.snippet


def test_a_match_by_meaning_alone_counts_only_as_strong_as_a_clear_answer() -> None:
    """ "d" shares no word with the query (the sparse channel has no chunk of it): with the
    threshold alone it would count; it needs the gate's score instead."""
    store = _Store(
        dense=[_point("b", 0.95), _point("d", 0.90)],
        sparse=[_point("b", 11.0)],
    )
    params = PARAMS.model_copy(update={"min_score": 0.3, "answer_score": 0.45})
    # b: (0.9 + 1.0) / 2 = 0.95; d: (0.8 + 0) / 2 = 0.4 (above the threshold, below the gate)
    assert _ranking(store, params) == ["b"]
    assert _ranking(store, params.model_copy(update={"answer_score": 0.4})) == ["b", "d"]
    # the single channels are plain rankings
    assert _ranking(store, params, "dense") == ["b", "d"]
