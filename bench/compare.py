"""Speed of a comparison: 10 statutes of one kind, as `GET /compare` computes it (issue 19).

Takes the ten longest statutes of each measured kind from ../shared/data/real-corpus, runs
`compare_statutes` (sectioning, figures, alignment of nine statutes to the first, word diffs)
and prints the median of five runs per kind. Goal: under 2 s on our 2 cores.

    .venv/bin/python bench/compare.py
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compare.kinds import kind_of  # noqa: E402
from compare.service import StatuteInput, compare_statutes  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data" / "real-corpus"
KINDS = ("hundesteuer", "friedhof", "wasserversorgung", "abwasser", "feuerwehr")


def main() -> None:
    if not SHARED.exists():
        sys.exit(f"{SHARED} not present (../shared is only on team machines)")
    by_kind: dict[str, list[StatuteInput]] = defaultdict(list)
    for line in (SHARED / "manifest.jsonl").read_text().splitlines():
        row = json.loads(line)
        if row["doc_type"] not in ("satzung", "ordnung", "ordnung_richtlinie"):
            continue
        if not row["file"].endswith((".md", ".txt")):
            continue
        text = (SHARED / row["file"]).read_text(errors="replace")
        kind = kind_of(row["title"], "Satzung", text)
        if kind and kind.key in KINDS:
            by_kind[kind.key].append(StatuteInput(id=row["id"], title=row["title"], text=text))
    figures = {}
    for key, docs in sorted(by_kind.items()):
        docs = sorted(docs, key=lambda d: -len(d.text))[:10]
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            compare_statutes(docs)
            times.append(time.perf_counter() - t0)
        chars = sum(len(d.text) for d in docs)
        figures[key] = {
            "statutes": len(docs),
            "chars": chars,
            "median_s": round(statistics.median(times), 3),
            "max_s": round(max(times), 3),
        }
    sys.stdout.write(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
