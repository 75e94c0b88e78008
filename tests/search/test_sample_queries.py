"""Retrieval quality on the project's own sample queries (fixed corpus, fixed default model)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.models import SearchQuery
from runtime.resources import Resources
from search.retrieval import Searcher

QUERIES = Path(__file__).resolve().parents[2] / "corpus" / "queries.jsonl"
MEMBER_ACCESS = frozenset({"public", "members"})


def _queries() -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line]


def recall_at(searcher: Searcher, k: int, mode: str) -> tuple[float, list[str]]:
    recalls, misses = [], []
    for q in _queries():
        result = searcher.search(
            SearchQuery(query=q["query"], limit=k, mode=mode), access=MEMBER_ACCESS
        )  # type: ignore[arg-type]
        found = {hit.external_id for hit in result.hits}
        expected = set(q["expected"])
        recalls.append(len(found & expected) / len(expected))
        if not expected <= found:
            misses.append(q["query"])
    return sum(recalls) / len(recalls), misses


@pytest.fixture(scope="module")
def searcher(sample_resources: Resources) -> Searcher:
    return Searcher(
        sample_resources.store, sample_resources.encoder, sample_resources.sparse_encoder
    )


def test_there_are_enough_sample_queries() -> None:
    assert len(_queries()) >= 30


def test_recall_at_5_on_sample_queries(searcher: Searcher) -> None:
    recall, misses = recall_at(searcher, 5, "hybrid")
    assert recall >= 0.9, misses


def test_kita_fees_paraphrase(searcher: Searcher) -> None:
    result = searcher.search(
        SearchQuery(query="Gebühren für den Kindergarten", limit=3), access=MEMBER_ACCESS
    )
    assert "ms-kita-elternbeitraege-2026" in {h.external_id for h in result.hits}


def test_hybrid_is_at_least_as_good_as_each_channel(searcher: Searcher) -> None:
    hybrid, _ = recall_at(searcher, 5, "hybrid")
    dense, _ = recall_at(searcher, 5, "dense")
    sparse, _ = recall_at(searcher, 5, "sparse")
    assert hybrid >= dense and hybrid >= sparse, {"hybrid": hybrid, "dense": dense, "bm25": sparse}
