"""Grid over fusion parameters on an evaluation index (dev tool; see docs/evaluation.md).

Usage: python bench/tune_fusion.py DATASET_DIR [--part dev] [--grid default]

Runs `fundus eval`'s index preparation, then replays every hybrid variant through the real
`Searcher`. Channel results are memoised per query by a store proxy, so each variant costs only
the fusion itself; the retrieval depth is emulated by slicing the memoised (deeper) lists.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runnable as a plain file

from core.settings import Settings  # noqa: E402
from evaluation.datasets import load_dataset  # noqa: E402
from evaluation.harness import prepare_index, run_queries  # noqa: E402
from search.retrieval import FusionParams, Searcher  # noqa: E402

MAX_DEPTH = 400


class MemoStore:
    """Read-only proxy: the first query_dense/query_sparse per query fetches MAX_DEPTH points."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.memo: dict[tuple[str, str], list[Any]] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def revision(self) -> None:
        """Never reuse a search: this proxy changes answers without writing."""
        return None

    def query_dense(self, vector: Any, *, flt: Any, limit: int, **kw: Any) -> list[Any]:
        key = ("d", json.dumps([round(x, 6) for x in vector]) + flt.model_dump_json() + str(kw))
        if key not in self.memo:
            self.memo[key] = self.store.query_dense(
                vector, flt=flt, limit=max(limit, MAX_DEPTH), **kw
            )
        return self.memo[key][:limit]

    def query_sparse(self, vector: Any, *, flt: Any, limit: int, **kw: Any) -> list[Any]:
        key = ("s", vector.model_dump_json() + flt.model_dump_json() + str(kw))
        if key not in self.memo:
            self.memo[key] = self.store.query_sparse(
                vector, flt=flt, limit=max(limit, MAX_DEPTH), **kw
            )
        return self.memo[key][:limit]


def grid() -> list[FusionParams]:
    """Query-anchored convex fusion (the only method since issue 15): depth, the dense floor
    and the sparse weight."""
    variants = []
    for depth, floor, ws in itertools.product(
        (100, 200, 400), (0.70, 0.75, 0.80), (0.4, 0.6, 0.8, 1.0, 1.3)
    ):
        variants.append(FusionParams(depth=depth, dense_floor=floor, sparse_weight=ws))
    return variants


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset_dir", type=Path)
    parser.add_argument("--part", default="dev")
    parser.add_argument("--limit-queries", type=int)
    args = parser.parse_args()
    dataset = load_dataset(args.dataset_dir, args.part)
    resources, _ = prepare_index(dataset, Settings(), progress=False)
    with resources:
        searcher = Searcher(MemoStore(resources.store), resources.encoder, resources.sparse_encoder)
        searcher.snippet = lambda *_args, **_kw: ""  # type: ignore[method-assign]  # ranking only
        for system in ("bm25", "dense"):
            searcher.params = FusionParams(depth=MAX_DEPTH)
            scores, _ = run_queries(
                dataset,
                searcher,
                [system],
                progress=False,
                limit_queries=args.limit_queries,
                fresh_query_vectors=False,
            )
            print(
                json.dumps(
                    {
                        "system": system,
                        "ndcg@10": scores[0].ndcg_at_10,
                        "r@100": scores[0].recall_at_100,
                    }
                ),
                flush=True,
            )
        for params in grid():
            searcher.params = params
            started = time.perf_counter()
            scores, _ = run_queries(
                dataset,
                searcher,
                ["hybrid"],
                progress=False,
                limit_queries=args.limit_queries,
                fresh_query_vectors=False,
            )
            s = scores[0]
            print(
                json.dumps(
                    {
                        **vars(params),
                        "ndcg@10": s.ndcg_at_10,
                        "r@10": s.recall_at_10,
                        "r@100": s.recall_at_100,
                        "mrr@10": s.mrr_at_10,
                        "s": round(time.perf_counter() - started, 1),
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
