"""Ranking metrics for one query; averaging over queries is the caller's job.

Conventions follow trec_eval / BEIR (pytrec_eval), so numbers are comparable with published ones:

- `qrels` maps doc id -> graded relevance; only relevance > 0 counts as relevant.
- nDCG uses linear gain (gain = relevance grade) and log2(rank + 1) discount; the ideal DCG is
  computed from *all* judged relevant documents of the query, not only the retrieved ones.
- A ranking is a list of doc ids, best first; repeated ids count once (at their first rank).
- A query with no relevant document scores 0 everywhere (callers skip such queries).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence


def _dedupe(ranking: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for doc in ranking:
        if doc not in seen:
            seen.add(doc)
            out.append(doc)
    return out


def dcg(gains: Sequence[float]) -> float:
    return sum(g / math.log2(rank + 2) for rank, g in enumerate(gains))


def ndcg_at_k(ranking: Sequence[str], qrels: Mapping[str, int], k: int = 10) -> float:
    ideal = sorted((r for r in qrels.values() if r > 0), reverse=True)[:k]
    if not ideal:
        return 0.0
    gains = [max(qrels.get(doc, 0), 0) for doc in _dedupe(ranking)[:k]]
    return dcg(gains) / dcg(ideal)


def recall_at_k(ranking: Sequence[str], qrels: Mapping[str, int], k: int) -> float:
    relevant = {doc for doc, r in qrels.items() if r > 0}
    if not relevant:
        return 0.0
    return len(relevant.intersection(_dedupe(ranking)[:k])) / len(relevant)


def mrr_at_k(ranking: Sequence[str], qrels: Mapping[str, int], k: int = 10) -> float:
    for rank, doc in enumerate(_dedupe(ranking)[:k], start=1):
        if qrels.get(doc, 0) > 0:
            return 1.0 / rank
    return 0.0


METRICS = ("ndcg@10", "recall@10", "recall@100", "mrr@10")


def score_query(ranking: Sequence[str], qrels: Mapping[str, int]) -> dict[str, float]:
    return {
        "ndcg@10": ndcg_at_k(ranking, qrels, 10),
        "recall@10": recall_at_k(ranking, qrels, 10),
        "recall@100": recall_at_k(ranking, qrels, 100),
        "mrr@10": mrr_at_k(ranking, qrels, 10),
    }


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 100]."""
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100.0
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)
