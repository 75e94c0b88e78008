"""Query latency of the search path (hybrid, with and without filters; 1 and 8 clients) at
10k, 100k and 1M chunks in the embedded engine.

    python bench/query.py --quick             # 10k chunks only (< 2 minutes)
    python bench/query.py --sizes 10000 100000 1000000

Big sizes use synthetic vectors (clustered unit vectors, Zipf-distributed sparse terms,
realistic payloads); the queries are real German queries encoded by the real model, so query
encoding is inside every measured latency, as in the API. Runs `Searcher.search`, the code the
API route calls, in-process (no HTTP). Prints one JSON line per size and client count.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from fundus.models import SearchFilters, SearchQuery  # noqa: E402
from fundus.resources import Resources  # noqa: E402
from fundus.settings import Settings  # noqa: E402
from index.edge import EdgeStore  # noqa: E402
from index.protocol import CollectionSpec, PointRecord, SparseVector  # noqa: E402
from index.retrieval import Searcher  # noqa: E402

DOC_TYPES = ["Rundschreiben", "Stellungnahme", "Mustersatzung", "Satzung", "Handreichung"]
TOPICS = ["grundsteuer", "kindertagesbetreuung", "friedhofswesen", "bauen", "digitalisierung"]
ACCESS = ["public", "members", "members", "members", "staff"]
QUERIES = [
    json.loads(line)["query"]
    for line in (ROOT / "corpus" / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def fill(store: EdgeStore, size: int, dim: int, seed: int = 7) -> float:
    rng = np.random.default_rng(seed)
    centers = rng.normal(size=(1000, dim)).astype(np.float32)
    started = time.perf_counter()
    batch = 2000
    for start in range(0, size, batch):
        n = min(batch, size - start)
        vectors = centers[rng.integers(0, 1000, n)] + 0.6 * rng.normal(size=(n, dim))
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        terms = rng.zipf(1.3, size=(n, 40)) % 2_000_000
        points = []
        for i in range(n):
            ids = sorted(set(int(t) for t in terms[i]))
            doc = (start + i) // 12
            points.append(
                PointRecord(
                    id=f"00000000-0000-4000-8000-{start + i:012d}",
                    dense=vectors[i].tolist(),
                    sparse=SparseVector(indices=ids, values=[1.0] * len(ids)),
                    payload={
                        "document_id": f"doc-{doc}",
                        "chunk_position": (start + i) % 12,
                        "text": "Synthetischer Abschnitt über kommunale Gebühren.",
                        "title": f"Dokument {doc}",
                        "doc_type": DOC_TYPES[doc % 5],
                        "topics": [TOPICS[doc % 5], TOPICS[(doc // 5) % 5]],
                        "year": 2000 + doc % 27,
                        "access": ACCESS[doc % 5],
                        "status": "in Kraft",
                    },
                )
            )
        store.upsert(points)
    store.flush()
    store.optimize()
    return time.perf_counter() - started


def measure(searcher: Searcher, clients: int, filtered: bool, rounds: int) -> dict[str, float]:
    filters = (
        SearchFilters(doc_type=["Mustersatzung", "Satzung"], year_from=2010)
        if filtered
        else SearchFilters()
    )
    requests = [SearchQuery(query=q, filters=filters, limit=10) for q in QUERIES] * rounds

    def one(request: SearchQuery) -> float:
        searcher.encoder._query_cache.clear()  # measure real encoding, not the cache
        started = time.perf_counter()
        searcher.search(request, access={"public", "members"})
        return (time.perf_counter() - started) * 1000

    with ThreadPoolExecutor(clients) as pool:
        latencies = list(pool.map(one, requests))
    q = statistics.quantiles(latencies, n=100)
    return {"p50_ms": round(q[49], 1), "p95_ms": round(q[94], 1), "n": len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    sizes = [10_000] if args.quick else args.sizes
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="fundus-bench-query-")))  # type: ignore[call-arg]
    with Resources(settings, threads=1) as resources:
        encoder = resources.encoder
        encoder.warm_up()
        started = time.perf_counter()
        for q in QUERIES:
            encoder._encode([q], "query", 1)
        encode_ms = (time.perf_counter() - started) * 1000 / len(QUERIES)
        for size in sizes:
            store = EdgeStore(settings.index_dir, f"bench-{size}")
            store.ensure_collection(CollectionSpec(model=settings.embedding_model, dim=encoder.dim))
            fill_s = fill(store, size, encoder.dim)
            searcher = Searcher(store, encoder, resources.sparse_encoder)
            for clients in (1, 8):
                for filtered in (False, True):
                    result = measure(searcher, clients, filtered, args.rounds)
                    print(
                        json.dumps(
                            {
                                "chunks": size,
                                "clients": clients,
                                "filtered": filtered,
                                "mode": "hybrid",
                                "query_encode_ms": round(encode_ms, 1),
                                "fill_and_optimize_s": round(fill_s, 1),
                                **result,
                            }
                        ),
                        flush=True,
                    )
            store.close()


if __name__ == "__main__":
    main()
