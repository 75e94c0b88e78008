"""Query latency of the search path (hybrid, with and without a filter; 1 and 8 clients) at
10k, 100k and 1M chunks in the embedded engine.

    python bench/query.py --quick                       # sample corpus, real vectors (< 2 min)
    python bench/query.py --sizes 10000 100000          # from the eval index (real chunks)
    python bench/query.py --sizes 1000000 --data-dir /tmp/fundus-q1m   # build once, reuse

Sizes up to the source's size are real chunks (dense and sparse vectors and payloads of the
statute_sections eval index, ~29k e5-small chunks, read from a copy). Bigger sizes cycle
through the source: each copy keeps the real sparse vector and payload (so posting lists grow
as they would with more text like it) under a new document id, and its dense vector is the
real one plus Gaussian noise (cosine ~0.9 to the original), renormalised. Every point gets a
year (per document) for the filter. After filling, `EdgeStore.optimize()` runs as ingestion
does (HNSW where a segment is above the engine's indexing threshold; fill and optimize times
are reported).

The queries are the project's German sample queries, encoded by the real model with one
thread; each measured request clears the query-embedding cache and the searcher's cached
channel answers (`Searcher.clear_query_cache`), so encoding and every search are inside every
latency, as for a new query in the API. `search_only` repeats the 1-client run with both
caches warm (a repeated query, or paging). Runs `Searcher.search`, the code the API route
calls, in-process (no HTTP). Prints one JSON line per size, client count and filter.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import qdrant_edge as qe

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.models import SearchFilters, SearchQuery  # noqa: E402
from core.settings import Settings  # noqa: E402
from index.edge import EdgeStore  # noqa: E402
from index.protocol import DENSE, SPARSE, CollectionSpec, PointRecord, SparseVector  # noqa: E402
from runtime.resources import Resources  # noqa: E402
from search.retrieval import Searcher  # noqa: E402

SOURCE_INDEX = Path.home() / ".local/share/fundus/eval/statute_sections/index"
SOURCE_COLLECTION = "eval-statute_sections"
ACCESS = {"public", "members"}
QUERIES = [
    json.loads(line)["query"]
    for line in (ROOT / "corpus" / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
# Satzung + Verordnung are ~17 % of the statute sections, year >= 2010 ~60 %: ~10 % pass.
FILTER = SearchFilters(doc_type=["Satzung", "Verordnung"], year_from=2010)
# The sample corpus has its own types: Rundschreiben + Mustersatzung since 2024, ~40 %.
SAMPLE_FILTER = SearchFilters(doc_type=["Rundschreiben", "Mustersatzung"], year_from=2024)


def _year(document_id: str) -> int:
    return 1995 + hashlib.sha1(document_id.encode()).digest()[0] % 31


def load_source(index_dir: Path, collection: str) -> tuple[np.ndarray, list[Any], list[dict]]:
    """All points of a copy of the source collection: dense matrix, sparse vectors, payloads."""
    tmp = Path(tempfile.mkdtemp(prefix="fundus-bench-source-"))
    try:
        shutil.copytree(index_dir / collection / "shard", tmp / "shard")
        shard = qe.EdgeShard.load(str(tmp / "shard"))
        dense, sparse, payloads = [], [], []
        offset = None
        while True:
            records, offset = shard.scroll(
                qe.ScrollRequest(offset=offset, limit=1000, with_payload=True, with_vector=True)
            )
            for r in records:
                dense.append(r.vector[DENSE])
                sv = r.vector.get(SPARSE)
                sparse.append((list(sv.indices), list(sv.values)) if sv is not None else None)
                payloads.append(r.payload)
            if offset is None:
                break
        shard.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return np.asarray(dense, dtype=np.float32), sparse, payloads


def fill(store: EdgeStore, size: int, source: tuple[np.ndarray, list[Any], list[dict]]) -> str:
    dense, sparse, payloads = source
    n_source = len(payloads)
    rng = np.random.default_rng(7)
    noise = 0.02  # per dimension; with 384 dims the copy sits at cosine ~0.9 to its original
    batch = 1000
    for start in range(0, size, batch):
        idx = np.arange(start, min(start + batch, size))
        vectors = dense[idx % n_source]
        if size > n_source:
            vectors = vectors + rng.normal(scale=noise, size=vectors.shape).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        points = []
        for row, i in enumerate(idx):
            copy, src = divmod(int(i), n_source)
            payload = dict(payloads[src])
            if copy:
                payload["document_id"] = f"{payload['document_id']}~{copy}"
            payload["year"] = _year(payload["document_id"])
            sv = sparse[src]
            points.append(
                PointRecord(
                    id=str(uuid.UUID(int=int(i) + 1)),
                    dense=vectors[row].tolist(),
                    sparse=SparseVector(indices=sv[0], values=sv[1]) if sv else None,
                    payload=payload,
                )
            )
        store.upsert(points)
    store.flush()
    return "real" if size <= n_source else "synthetic"


def fill_sample(store: EdgeStore, resources: Resources) -> str:
    from ingest.api import ingest_paths

    ingest_paths([ROOT / "corpus" / "documents"], resources, progress=False)
    return "real (sample corpus)"


def percentiles(latencies: list[float]) -> dict[str, float]:
    q = statistics.quantiles(latencies, n=100)
    return {"p50_ms": round(q[49], 1), "p95_ms": round(q[94], 1), "n": len(latencies)}


def measure(
    searcher: Searcher,
    clients: int,
    filters: SearchFilters,
    rounds: int,
    *,
    cached: bool = False,
) -> dict[str, float]:
    requests = [SearchQuery(query=q, filters=filters, limit=10) for q in QUERIES] * rounds

    def one(request: SearchQuery) -> float:
        if not cached:
            searcher.clear_query_cache()  # a new query: real encoding, real searches
        started = time.perf_counter()
        searcher.search(request, access=ACCESS)
        return (time.perf_counter() - started) * 1000

    if cached:
        for request in requests[: len(QUERIES)]:
            searcher.search(request, access=ACCESS)
    with ThreadPoolExecutor(clients) as pool:
        return percentiles(list(pool.map(one, requests)))


def load_average() -> list[float]:
    return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="sample corpus only, one round")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--clients", type=int, nargs="*", default=[1, 8])
    parser.add_argument("--source-index", type=Path, default=SOURCE_INDEX)
    parser.add_argument("--source-collection", default=SOURCE_COLLECTION)
    parser.add_argument(
        "--data-dir", type=Path, help="keep the built collections here and reuse them"
    )
    parser.add_argument("--build-only", action="store_true", help="fill and optimize, no queries")
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="fundus-bench-query-"))
    settings = Settings(data_dir=data_dir)  # type: ignore[call-arg]
    sizes: list[int | None] = [None] if args.quick else list(args.sizes)
    rounds = 1 if args.quick else args.rounds
    source = None
    with Resources(settings, threads=1) as resources:
        encoder = resources.encoder
        encoder.warm_up()
        encode = []
        for q in QUERIES:
            started = time.perf_counter()
            encoder._encode([q], "query", 1)
            encode.append((time.perf_counter() - started) * 1000)
        encode_ms = percentiles(encode)
        for size in sizes:
            name = "bench-sample" if size is None else f"bench-{size}"
            store = EdgeStore(settings.index_dir, name)
            spec = CollectionSpec(model=settings.embedding_model, dim=encoder.dim)
            fill_s = optimize_s = None
            if store.collection_spec() is not None and store.count() == (size or store.count()):
                kind = "reused"
            else:
                store.drop_collection()
                store.ensure_collection(spec)
                started = time.perf_counter()
                if size is None:
                    resources.__dict__["store"] = store  # ingest_paths writes through Resources
                    kind = fill_sample(store, resources)
                else:
                    if source is None:
                        source = load_source(args.source_index, args.source_collection)
                    kind = fill(store, size, source)
                fill_s = round(time.perf_counter() - started, 1)
                started = time.perf_counter()
                store.optimize()
                optimize_s = round(time.perf_counter() - started, 1)
            info = store.shard.info()
            built = {
                "chunks": info.points_count,
                "vectors": kind,
                "segments": info.segments_count,
                "indexed_vectors": info.indexed_vectors_count,
                "fill_s": fill_s,
                "optimize_s": optimize_s,
            }
            if args.build_only:
                print(json.dumps({"bench": "query_build", **built, "load": load_average()}))
                store.close()
                continue
            searcher = Searcher(store, encoder, resources.sparse_encoder, settings.fusion)
            runs = [(c, f, False) for c in args.clients for f in (False, True)]
            runs += [(1, f, True) for f in (False, True)]
            for clients, filtered, cached in runs:
                flt = (SAMPLE_FILTER if size is None else FILTER) if filtered else SearchFilters()
                result = measure(searcher, clients, flt, rounds, cached=cached)
                line = {
                    "bench": "query",
                    **built,
                    "mode": "hybrid",
                    "depth": searcher.params.depth,
                    "clients": clients,
                    "filtered": filtered,
                    "query_embedding": "cached" if cached else "encoded",
                    **result,
                    "query_encode_p50_ms": encode_ms["p50_ms"],
                    "query_encode_p95_ms": encode_ms["p95_ms"],
                    "load": load_average(),
                }
                print(json.dumps(line), flush=True)
            store.close()
            resources.__dict__.pop("store", None)


if __name__ == "__main__":
    main()
