"""Recall@10 under a selective filter (dev tool; docs/evaluation.md, "Filters").

Usage: python bench/filtered_recall.py DATASET_DIR [--share 0.1] [--queries 300]

The dev sets carry no metadata to filter on, so the filter is a document subset: the judged
documents of the first N queries plus a seeded random `share` of the rest, applied as an
index filter on `external_id` to every channel search (as a doc_type or year filter is). The
same subset and queries for every code version: run it from an older checkout for "before".
Uses only `Resources.searcher`, so it runs unchanged against older code.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path.cwd()))  # the checkout it is run from (before/after comparisons)

from core.access import ALL_LEVELS  # noqa: E402
from core.models import SearchQuery  # noqa: E402
from core.settings import Settings  # noqa: E402
from evaluation.datasets import load_dataset  # noqa: E402
from evaluation.harness import prepare_index  # noqa: E402
from evaluation.metrics import score_query  # noqa: E402
from index.protocol import Filter, Match  # noqa: E402


class SubsetStore:
    """Adds the subset filter to every channel search."""

    def __init__(self, store: Any, keep: list[str]) -> None:
        self.store = store
        self.keep = Filter(must=[Match(key="external_id", any=list(keep))])

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def revision(self) -> None:
        """Never reuse a search: this proxy changes answers without writing."""
        return None

    def query_dense(self, vector: Any, *, flt: Any, limit: int, **kw: Any) -> Any:
        return self.store.query_dense(vector, flt=self.keep.and_(flt), limit=limit, **kw)

    def query_sparse(self, vector: Any, *, flt: Any, limit: int, **kw: Any) -> Any:
        return self.store.query_sparse(vector, flt=self.keep.and_(flt), limit=limit, **kw)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--share", type=float, default=0.1)
    parser.add_argument("--queries", type=int, default=300)
    args = parser.parse_args()
    dataset = load_dataset(args.dataset, "dev")
    queries = dataset.judged_queries()[: args.queries]
    judged = {d for q in queries for d in dataset.qrels[q.id]}
    rest = sorted(d.id for d in dataset.corpus() if d.id not in judged)
    keep = sorted(judged) + random.Random(15).sample(rest, int(len(rest) * args.share))
    resources, _ = prepare_index(dataset, Settings(), progress=False)
    with resources:
        searcher = resources.searcher
        searcher.store = SubsetStore(searcher.store, keep)
        filtered = 0.0
        for q in queries:
            request = SearchQuery(query=q.text[:500], limit=10)
            ranking = [h.external_id for h in searcher.search(request, access=ALL_LEVELS).hits]
            filtered += score_query([r for r in ranking if r], dataset.qrels[q.id])["recall@10"]
        print(
            json.dumps(
                {
                    "dataset": dataset.name,
                    "queries": len(queries),
                    "subset_documents": len(keep),
                    "corpus_documents": len(rest) + len(judged),
                    "filtered_recall@10": round(filtered / len(queries), 4),
                }
            )
        )


if __name__ == "__main__":
    main()
