"""Where a search's time goes (dev tool; docs/evaluation.md, "Speed").

Usage: python bench/query_breakdown.py --data-dir DIR --collection NAME [--rounds 3]
           [--filtered] [--repeated]

Runs the sample queries (corpus/queries.jsonl, new query each time: the embedding cache is
cleared) through `Searcher.search` on an existing collection (e.g. one `bench/query.py`
built) and times its parts by wrapping them: query encoding, the dense and the sparse channel
search (candidate lists), the searches that compute a missing channel score, loading the
texts of the shown hits, snippets, facets and the earlier-version lookup. "fusion and rest"
is the total minus the parts. Prints one JSON line with the median milliseconds per search.
`--filtered` adds `bench/query.py`'s filter; `--repeated` asks every query once before
measuring and keeps the embedding cache (a repeated query, or paging).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.models import SearchFilters, SearchQuery  # noqa: E402
from core.settings import Settings  # noqa: E402
from index.edge import EdgeStore  # noqa: E402
from runtime.resources import Resources  # noqa: E402
from search.retrieval import Searcher  # noqa: E402

# the filter bench/query.py times (`FILTER` there; bench/ is no package to import it from)
QUERY_FILTER = SearchFilters(doc_type=["Satzung", "Verordnung"], year_from=2010)

QUERIES = [
    json.loads(line)["query"]
    for line in (ROOT / "corpus" / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--collection", required=True)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--filtered", action="store_true")
    parser.add_argument("--repeated", action="store_true")
    args = parser.parse_args()
    filters = QUERY_FILTER if args.filtered else SearchFilters()
    settings = Settings(data_dir=args.data_dir)  # type: ignore[call-arg]
    spent: dict[str, float] = defaultdict(float)

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*a: Any, **kw: Any) -> Any:
            started = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                spent[name] += (time.perf_counter() - started) * 1000

        return wrapper

    with Resources(settings, threads=1) as resources:
        store = EdgeStore(settings.index_dir, args.collection)
        searcher = Searcher(store, resources.encoder, resources.sparse_encoder, settings.fusion)
        searcher.search(SearchQuery(query="Aufwärmen"), access={"public", "members"})

        store.query_dense = timed("dense channel", store.query_dense)  # type: ignore[method-assign]
        store.query_sparse = timed("sparse channel", store.query_sparse)  # type: ignore[method-assign]
        store.best_per_document = timed(  # type: ignore[method-assign]
            "missing scores", store.best_per_document
        )
        encoder = resources.encoder
        encoder.embed_query = timed("encode", encoder.embed_query)  # type: ignore[method-assign]
        for name, attr in [
            ("payloads", "_load_payloads"),
            ("snippets", "_hit"),
            ("facets", "_facets"),
            ("versions", "_attach_earlier_versions"),
        ]:
            if hasattr(searcher, attr):
                setattr(searcher, attr, timed(name, getattr(searcher, attr)))
        rows: dict[str, list[float]] = defaultdict(list)
        access = {"public", "members"}
        if args.repeated:
            for q in QUERIES:
                searcher.search(SearchQuery(query=q, filters=filters, limit=10), access=access)
        for _ in range(args.rounds):
            for q in QUERIES:
                if not args.repeated:
                    searcher.clear_query_cache()
                spent.clear()
                started = time.perf_counter()
                searcher.search(SearchQuery(query=q, filters=filters, limit=10), access=access)
                total = (time.perf_counter() - started) * 1000
                rows["total"].append(total)
                for name, ms in spent.items():
                    rows[name].append(ms)
                rows["fusion and rest"].append(total - sum(spent.values()))
        n = len(rows["total"])
        out = {k: round(statistics.median(v + [0.0] * (n - len(v))), 2) for k, v in rows.items()}
        print(
            json.dumps(
                {
                    "collection": args.collection,
                    "filtered": args.filtered,
                    "repeated": args.repeated,
                    "searches": n,
                    **out,
                }
            )
        )
        store.close()


if __name__ == "__main__":
    main()
