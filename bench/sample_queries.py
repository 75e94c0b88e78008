"""Recall@5 and MRR@10 of each retrieval mode on the project's sample queries.

    python bench/sample_queries.py

Indexes corpus/documents into a temporary data dir, runs corpus/queries.jsonl as a member
would (public + members access) and prints one JSON line per mode.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.models import SearchQuery  # noqa: E402
from core.settings import Settings  # noqa: E402
from ingest.api import ingest_paths  # noqa: E402
from runtime.resources import Resources  # noqa: E402
from search.retrieval import Searcher  # noqa: E402


def main() -> None:
    queries = [
        json.loads(line)
        for line in (ROOT / "corpus" / "queries.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="fundus-sample-")))  # type: ignore[call-arg]
    with Resources(settings) as resources:
        ingest_paths([ROOT / "corpus" / "documents"], resources, progress=False)
        searcher = Searcher(resources.store, resources.encoder, resources.sparse_encoder)
        for mode in ("sparse", "dense", "hybrid"):
            recall, rr, misses = 0.0, 0.0, []
            for q in queries:
                hits = searcher.search(
                    SearchQuery(query=q["query"], limit=10, mode=mode),  # type: ignore[arg-type]
                    access={"public", "members"},
                ).hits
                ids = [h.external_id for h in hits]
                expected = set(q["expected"])
                recall += len(expected & set(ids[:5])) / len(expected)
                rank = next((i for i, d in enumerate(ids) if d in expected), None)
                rr += 1 / (rank + 1) if rank is not None else 0.0
                if not expected <= set(ids[:5]):
                    misses.append(q["query"])
            print(
                json.dumps(
                    {
                        "mode": "bm25" if mode == "sparse" else mode,
                        "queries": len(queries),
                        "recall_at_5": round(recall / len(queries), 3),
                        "mrr_at_10": round(rr / len(queries), 3),
                        "misses": misses,
                    },
                    ensure_ascii=False,
                )
            )


if __name__ == "__main__":
    main()
