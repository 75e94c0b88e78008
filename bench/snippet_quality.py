"""Do snippets show why a document matched? (dev tool; docs/evaluation.md, "Snippets")

Usage: python bench/snippet_quality.py DATASET_DIR [DATASET_DIR ...] [--queries 200]

For the first N judged dev queries of each set, the top 3 hits of the default search: the
share whose snippet marks at least one content term (a marked word whose analyzer terms are
not all among the index's common terms: those in more than 20 % of a 2,000-chunk sample, the
same rule for every code version), and that share among the hits judged relevant. The
script uses only `Resources.searcher` and `Hit.snippet`, so it runs unchanged against older
versions of the code (run it from their checkout to get the "before" figures).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))  # the checkout it is run from (before/after comparisons)

from core.access import ALL_LEVELS  # noqa: E402
from core.models import SearchQuery  # noqa: E402
from core.settings import Settings  # noqa: E402
from evaluation.datasets import load_dataset  # noqa: E402
from evaluation.harness import prepare_index  # noqa: E402
from index.german_analyzer import GermanAnalyzer  # noqa: E402

MARKED = re.compile(r"<mark>(.*?)</mark>")
SAMPLE = 2000
COMMON_SHARE = 0.2


def common_terms(store: object, analyzer: GermanAnalyzer) -> set[str]:
    points, _ = store.scroll(None, limit=SAMPLE)  # type: ignore[attr-defined]
    counts: Counter[str] = Counter()
    for p in points:
        counts.update(set(analyzer.tokens(p.payload.get("text", ""))))
    return {t for t, n in counts.items() if n > COMMON_SHARE * len(points)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("datasets", type=Path, nargs="+")
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    analyzer = GermanAnalyzer()
    for path in args.datasets:
        dataset = load_dataset(path, "dev")
        resources, _ = prepare_index(dataset, Settings(), progress=False)
        with resources:
            common = common_terms(resources.store, analyzer)
            searcher = resources.searcher
            shown = marked = judged = judged_marked = 0
            for query in dataset.judged_queries()[: args.queries]:
                result = searcher.search(
                    SearchQuery(query=query.text[:500], limit=3), access=ALL_LEVELS
                )
                for hit in result.hits:
                    words = MARKED.findall(hit.snippet)
                    content = any(set(analyzer.tokens(w)) - common for w in words)
                    shown += 1
                    marked += content
                    if hit.external_id in dataset.qrels[query.id]:
                        judged += 1
                        judged_marked += content
            print(
                json.dumps(
                    {
                        "dataset": dataset.name,
                        "queries": min(args.queries, len(dataset.judged_queries())),
                        "top3_hits": shown,
                        "marked_content_share": round(marked / max(1, shown), 3),
                        "judged_hits": judged,
                        "judged_marked_share": round(judged_marked / max(1, judged), 3),
                    }
                ),
                flush=True,
            )


if __name__ == "__main__":
    main()
