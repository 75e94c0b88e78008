"""Throughput of the German analyzer (and the sparse document encoder) as one JSON line.

Usage: python bench/analyzer.py [FILE_OR_DIR ...] [--repeat N]   (or python -m bench.analyzer)

Without arguments it reads the cleaned Linsengericht statutes from ../shared if present, else a
built-in sample. A cold pass (empty per-word caches) and a warm pass are timed separately:
indexing a million chunks is mostly warm, because running text repeats its words.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # runnable as a plain file

from index.german_analyzer import GermanAnalyzer  # noqa: E402
from index.sparse_encoder import SparseEncoder  # noqa: E402

DEFAULT_DIR = (
    Path(__file__).resolve().parents[2]
    / "shared/data/real-corpus/files/linsengericht/results/clean"
)

SAMPLE = (
    "Satzung über die Erhebung von Straßenausbaubeiträgen (Straßenausbaubeitragssatzung). "
    "Aufgrund der §§ 5, 19, 20 und 51 der Hessischen Gemeindeordnung (HGO) und der §§ 1 bis 5a "
    "des Gesetzes über kommunale Abgaben (KAG) hat die Gemeindevertretung folgende Satzung "
    "beschlossen: Die Gebühren für die Straßenreinigung und die Kindertagesstättengebühren "
    "werden nach Art. 28 Abs. 2 GG festgesetzt; Rundschreiben Nr. 41/2025. "
) * 50


def _load(paths: list[str]) -> tuple[list[str], str]:
    files: list[Path] = []
    for p in [Path(x) for x in paths] or ([DEFAULT_DIR] if DEFAULT_DIR.is_dir() else []):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.suffix in (".txt", ".md")))
        else:
            files.append(p)
    if not files:
        return [SAMPLE], "builtin-sample"
    return [f.read_text(encoding="utf-8", errors="replace") for f in files], f"{len(files)} files"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3, help="warm passes")
    args = parser.parse_args()
    texts, source = _load(args.paths)

    analyzer = GermanAnalyzer()
    start = time.perf_counter()
    n_tokens = sum(len(analyzer.tokens(t)) for t in texts)
    cold = time.perf_counter() - start

    start = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            analyzer.tokens(t)
    warm = (time.perf_counter() - start) / args.repeat

    encoder = SparseEncoder(analyzer=analyzer)
    start = time.perf_counter()
    encoder.encode_documents(texts)
    encode = time.perf_counter() - start

    n_chars = sum(len(t) for t in texts)
    print(
        json.dumps(
            {
                "bench": "german_analyzer",
                "source": source,
                "chars": n_chars,
                "tokens": n_tokens,
                "cold_tokens_per_s": round(n_tokens / cold),
                "warm_tokens_per_s": round(n_tokens / warm),
                "warm_chars_per_s": round(n_chars / warm),
                "encode_documents_tokens_per_s": round(n_tokens / encode),
            }
        )
    )


if __name__ == "__main__":
    main()
