"""HNSW recall and latency against exact search, on real embeddings in the embedded engine.

    python bench/hnsw_recall.py                      # the statute_sections eval index
    python bench/hnsw_recall.py --quick              # 40 queries
    python bench/hnsw_recall.py --index DIR --collection NAME --queries FILE.jsonl

Works on a copy of the index (in a temporary folder), so a running API or evaluation keeps
its own. Measures exact (brute-force) dense search first, then runs
`EdgeStore.optimize(force=True)` (HNSW for every segment above qdrant's indexing threshold,
whatever HNSW_MIN_POINTS says) and repeats the queries on the graph: recall@10 and @100 of
HNSW against the exact top lists, with and without a payload filter, at the engine's default
HNSW parameters (m, ef_construct; query `hnsw_ef` unset) and at a few explicit `hnsw_ef`
values. Queries are embedded with the query prompt ("query: " for e5). Prints one JSON line
per (filter, ef) and one for the build.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import qdrant_edge as qe

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.settings import Settings  # noqa: E402
from index.edge import EdgeStore, _edge_filter  # noqa: E402
from index.protocol import DENSE, Filter, Match  # noqa: E402
from runtime.resources import Resources  # noqa: E402

EVAL = ROOT.parent / "shared" / "data" / "eval" / "statute_sections"
DEFAULT_INDEX = Path.home() / ".local/share/fundus/eval/statute_sections/index"
FILTERS = {
    "none": None,
    # ~17 % of the statute sections: selective enough to matter for graph search
    "doc_type": Filter(must=[Match(key="doc_type", any=["Satzung", "Verordnung"])]),
}


def percentile(values: list[float], pct: int) -> float:
    return round(statistics.quantiles(values, n=100)[pct - 1], 2) if len(values) > 1 else 0.0


def run(
    shard: qe.EdgeShard,
    vectors: list[list[float]],
    flt: Filter | None,
    limit: int,
    params: qe.SearchParams | None,
) -> tuple[list[list[str]], list[float]]:
    """Ids per query and latency per query (ms); payload loaded as the search path does."""
    results, latencies = [], []
    for vector in vectors:
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(vector, using=DENSE),
            filter=_edge_filter(flt),
            with_payload=True,
            params=params,
        )
        started = time.perf_counter()
        points = shard.query(request)
        latencies.append((time.perf_counter() - started) * 1000)
        results.append([str(p.id) for p in points])
    return results, latencies


def recall(found: list[list[str]], truth: list[list[str]], k: int) -> float:
    scores = [
        len(set(f[:k]) & set(t[:k])) / max(1, len(t[:k])) for f, t in zip(found, truth, strict=True)
    ]
    return round(statistics.fmean(scores), 4)


def segment_configs(shard_dir: Path) -> list[dict]:
    configs = []
    for path in sorted(shard_dir.glob("segments/*/segment.json")):
        vector = json.loads(path.read_text())["config"]["vector_data"][DENSE]
        configs.append(vector["index"])
    return configs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, default=DEFAULT_INDEX)
    parser.add_argument("--collection", default="eval-statute_sections")
    parser.add_argument("--queries", type=Path, default=EVAL / "queries.dev.jsonl")
    parser.add_argument("--quick", action="store_true", help="40 queries")
    parser.add_argument("--depth", type=int, default=200, help="limit per query (fusion depth)")
    parser.add_argument("--ef", type=int, nargs="*", default=[64, 128, 256])
    args = parser.parse_args()

    texts = [
        json.loads(line).get("text") or json.loads(line)["query"]
        for line in args.queries.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ][: 40 if args.quick else None]
    tmp = Path(tempfile.mkdtemp(prefix="fundus-hnsw-"))
    shutil.copytree(args.index / args.collection, tmp / args.collection)
    settings = Settings(data_dir=tmp / "data")  # type: ignore[call-arg]
    try:
        with Resources(settings, threads=1) as resources:
            vectors = [resources.encoder.embed_query(t) for t in texts]
        store = EdgeStore(tmp, args.collection)
        shard = store.shard
        before = shard.info()
        exact_params = qe.SearchParams(exact=True)
        truth = {}
        for name, flt in FILTERS.items():
            truth[name] = run(shard, vectors, flt, args.depth, exact_params)
        started = time.perf_counter()
        store.optimize(force=True)  # below HNSW_MIN_POINTS ingestion would not
        build_s = time.perf_counter() - started
        after = shard.info()
        print(
            json.dumps(
                {
                    "bench": "hnsw_build",
                    "points": after.points_count,
                    "segments_before": before.segments_count,
                    "segments_after": after.segments_count,
                    "indexed_vectors_before": before.indexed_vectors_count,
                    "indexed_vectors_after": after.indexed_vectors_count,
                    "optimize_s": round(build_s, 1),
                    "dense_index": segment_configs(store.path / "shard"),
                }
            ),
            flush=True,
        )
        for name, flt in FILTERS.items():
            ids, exact_ms = truth[name]
            # exact search again after optimize: same segments, so a fair latency comparison
            _, exact_after_ms = run(shard, vectors, flt, args.depth, exact_params)
            for ef in [None, *args.ef]:
                params = qe.SearchParams(hnsw_ef=ef) if ef else None
                found, hnsw_ms = run(shard, vectors, flt, args.depth, params)
                # recall of a top-10 request on its own (ef = max(hnsw_ef, limit) in qdrant)
                found10, _ = run(shard, vectors, flt, 10, params)
                print(
                    json.dumps(
                        {
                            "bench": "hnsw_recall",
                            "filter": name,
                            "hnsw_ef": ef or "default",
                            "queries": len(vectors),
                            "limit": args.depth,
                            "recall_at_10": recall(found, ids, 10),
                            "recall_at_100": recall(found, ids, 100),
                            "recall_at_10_limit_10": recall(found10, ids, 10),
                            "exact_p50_ms": percentile(exact_after_ms, 50),
                            "exact_p95_ms": percentile(exact_after_ms, 95),
                            "exact_plain_segment_p50_ms": percentile(exact_ms, 50),
                            "hnsw_p50_ms": percentile(hnsw_ms, 50),
                            "hnsw_p95_ms": percentile(hnsw_ms, 95),
                        }
                    ),
                    flush=True,
                )
        store.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
