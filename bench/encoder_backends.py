"""The dense encoder's two backends side by side: torch fp32 against onnx int8.

    python bench/encoder_backends.py [--chunks 300] [--rounds 2]

Takes the first N chunk texts of corpus/documents exactly as ingestion embeds them (the dry-run
pipeline: no model, no index), then runs each backend in its own fresh process, interleaved
(torch, onnx, torch, onnx, ...), so both see the same machine load. Per round and backend:
model load seconds, passage chunks/s (FUNDUS_THREADS threads, batch FUNDUS_BATCH_SIZE), and
query embedding ms p50/p90 on corpus/queries.jsonl with one thread and no query cache, as the
API does. Finally the cosine between the two backends' passage and query vectors (min, mean)
and whether the tokenizers agree. Prints one JSON line per round and backend (with the
1-minute load average), then a summary.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.settings import Settings  # noqa: E402
from encoder.embedding import Encoder  # noqa: E402


def corpus_chunks(limit: int) -> list[str]:
    from ingest.discover import discover
    from ingest.pipeline import build_pipeline

    settings = Settings(ocr=False)  # type: ignore[call-arg]
    pipeline = build_pipeline(
        settings, first="converter", last="chunker", skip=frozenset({"unchanged"})
    )
    result = pipeline.run({"converter": {"sources": discover([ROOT / "corpus" / "documents"])}})
    texts = [c.content or "" for c in result["chunker"]["chunks"]]
    return texts[:limit]


def queries() -> list[str]:
    lines = (ROOT / "corpus" / "queries.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["query"] for line in lines if line.strip()]


def worker(backend: str, work: Path) -> None:
    settings = Settings()
    texts = json.loads((work / "texts.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    encoder = Encoder(
        settings.embedding_model,
        settings.model_dir,
        threads=settings.threads,
        batch_size=settings.batch_size,
        backend=backend,  # type: ignore[arg-type]
    )
    encoder.warm_up()
    load_s = time.perf_counter() - started
    encoder.embed_passages(texts[:4])  # first-run allocations out of the timing
    started = time.perf_counter()
    passages = encoder.embed_passages(texts)
    passage_s = time.perf_counter() - started

    single = Encoder(settings.embedding_model, settings.model_dir, threads=1, backend=backend)  # type: ignore[arg-type]
    single.warm_up()
    single.embed_query("Aufwärmen")
    times, vectors = [], []
    for query in queries():
        started = time.perf_counter()
        vectors.append(single.embed_query(query))
        times.append((time.perf_counter() - started) * 1000)
    np.save(work / f"{backend}-passages.npy", passages)
    np.save(work / f"{backend}-queries.npy", np.asarray(vectors, dtype=np.float32))
    quantiles = statistics.quantiles(times, n=10)
    print(
        json.dumps(
            {
                "backend": backend,
                "load_s": round(load_s, 2),
                "chunks": len(texts),
                "chunks_per_s": round(len(texts) / passage_s, 2),
                "threads": settings.threads,
                "batch_size": settings.batch_size,
                "query_ms_p50": round(statistics.median(times), 1),
                "query_ms_p90": round(quantiles[8], 1),
                "queries": len(times),
                "load_avg_1m": round(os.getloadavg()[0], 2),
            }
        ),
        flush=True,
    )


def token_agreement(texts: list[str]) -> float:
    """Share of texts the onnx side's `tokenizers` file splits exactly like transformers."""
    from sentence_transformers import SentenceTransformer
    from tokenizers import Tokenizer

    from encoder.model_prepare import resolve_model_path
    from encoder.onnx_export import ONNX_TOKENIZER_FILE, prepare_onnx_model

    settings = Settings()
    folder = prepare_onnx_model(settings.embedding_model, settings.model_dir)
    fast = Tokenizer.from_file(str(folder / ONNX_TOKENIZER_FILE))
    fast.no_padding()
    fast.enable_truncation(512)
    st = SentenceTransformer(resolve_model_path(settings.embedding_model, settings.model_dir))
    prompted = [f"passage: {t}" for t in texts]
    reference = st.tokenizer(prompted, truncation=True, max_length=512)["input_ids"]
    same = sum(
        ref == enc.ids for ref, enc in zip(reference, fast.encode_batch(prompted), strict=True)
    )
    return same / len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chunks", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--worker", choices=["torch", "onnx"], help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.work)
        return

    work = Path(tempfile.mkdtemp(prefix="fundus-bench-backends-"))
    texts = corpus_chunks(args.chunks)
    (work / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    Encoder(Settings().embedding_model, Settings().model_dir, backend="onnx").warm_up()  # export
    runs: dict[str, list[dict]] = {"torch": [], "onnx": []}
    for _ in range(args.rounds):
        for backend in ("torch", "onnx"):
            out = subprocess.run(
                [sys.executable, __file__, "--worker", backend, "--work", str(work)],
                check=True,
                capture_output=True,
                text=True,
            ).stdout.strip()
            print(out.splitlines()[-1], flush=True)
            runs[backend].append(json.loads(out.splitlines()[-1]))

    def cosines(kind: str) -> np.ndarray:
        a, b = np.load(work / f"torch-{kind}.npy"), np.load(work / f"onnx-{kind}.npy")
        return (a * b).sum(1) / np.linalg.norm(a, axis=1) / np.linalg.norm(b, axis=1)

    passage_cos, query_cos = cosines("passages"), cosines("queries")
    torch_speed = statistics.median(r["chunks_per_s"] for r in runs["torch"])
    onnx_speed = statistics.median(r["chunks_per_s"] for r in runs["onnx"])
    print(
        json.dumps(
            {
                "summary": True,
                "chunks": len(texts),
                "torch_chunks_per_s": torch_speed,
                "onnx_chunks_per_s": onnx_speed,
                "onnx_speedup": round(onnx_speed / torch_speed, 2),
                "torch_query_ms_p50": statistics.median(r["query_ms_p50"] for r in runs["torch"]),
                "onnx_query_ms_p50": statistics.median(r["query_ms_p50"] for r in runs["onnx"]),
                "passage_cosine_min": round(float(passage_cos.min()), 4),
                "passage_cosine_mean": round(float(passage_cos.mean()), 4),
                "query_cosine_min": round(float(query_cos.min()), 4),
                "query_cosine_mean": round(float(query_cos.mean()), 4),
                "same_token_ids": round(token_agreement(texts), 4),
            }
        )
    )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
