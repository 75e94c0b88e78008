"""Ingestion throughput against the raw encoder on the same chunks (the ratio is the figure).

    python bench/ingest.py --quick            # sample corpus (< 2 minutes)
    python bench/ingest.py PATH [PATH ...]    # any files or folders

Prints one JSON line: files/s, chunks/s, tokens/s of a full ingestion (fresh data dir, no
embedding cache), the raw encoder's chunks/s on the very same chunk texts, their ratio, and
peak memory (max RSS) of this process.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.settings import Settings  # noqa: E402
from ingest.api import ingest_paths  # noqa: E402
from ingest.chunker import TextChunk, embedding_text  # noqa: E402
from runtime.resources import Resources  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--quick", action="store_true", help="the sample corpus")
    args = parser.parse_args()
    paths = args.paths or [ROOT / "corpus" / "documents"]
    data_dir = Path(tempfile.mkdtemp(prefix="fundus-bench-ingest-"))
    settings = Settings(data_dir=data_dir, embedding_cache=False, ocr=False)  # type: ignore[call-arg]
    with Resources(settings) as resources:
        resources.encoder.warm_up()
        resources.encoder.embed_passages(["Aufwärmen"])
        started = time.perf_counter()
        report = ingest_paths(paths, resources, progress=False)
        ingest_s = time.perf_counter() - started
        texts: list[str] = []
        offset = None
        while True:  # the exact texts that were embedded, rebuilt from the stored chunks
            points, offset = resources.store.scroll(None, limit=512, offset=offset)
            texts.extend(
                embedding_text(
                    p.payload["title"], TextChunk(p.payload["text"], p.payload["heading"])
                )
                for p in points
            )
            if offset is None:
                break
        tokens = resources.encoder.count_tokens(texts)
        started = time.perf_counter()
        resources.encoder.embed_passages(texts)
        raw_s = time.perf_counter() - started
    chunks = report.chunks_written
    print(
        json.dumps(
            {
                "files": report.files,
                "documents": report.documents_written,
                "chunks": chunks,
                "tokens": tokens,
                "ingest_seconds": round(ingest_s, 1),
                "files_per_s": round(report.files / ingest_s, 2),
                "chunks_per_s": round(chunks / ingest_s, 2),
                "tokens_per_s": round(tokens / ingest_s, 1),
                "raw_encoder_chunks_per_s": round(len(texts) / raw_s, 2),
                "ratio_to_raw_encoder": round((chunks / ingest_s) / (len(texts) / raw_s), 3),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "threads": settings.threads,
                "model": settings.embedding_model,
                "backend": settings.embedding_backend,
            }
        )
    )


if __name__ == "__main__":
    main()
