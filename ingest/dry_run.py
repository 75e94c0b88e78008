"""`fundus ingest --dry-run`: what an ingestion would do, without the model or the index.

Why a separate entry: checking a new delivery of files (a thousand statutes, a box of scans)
should say which files will be rejected and why before anything is embedded or written, and
must work while `fundus serve` owns the index.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from tqdm import tqdm

from core.settings import Settings
from ingest.discover import discover
from ingest.pipeline import build_pipeline
from ingest.report import FailedFile, IngestReport

logger = logging.getLogger(__name__)


def dry_run(
    paths: list[Path], settings: Settings, *, source: str | None = None, progress: bool = True
) -> IngestReport:
    """Convert, clean, build metadata and chunk every file; count documents and chunks."""
    started = time.perf_counter()
    files = discover(paths, source)
    report = IngestReport(files=len(files), dry_run=True)
    pipeline = build_pipeline(
        settings, first="converter", last="chunker", skip=frozenset({"unchanged"})
    )
    with tqdm(total=len(files), unit="Datei", disable=not progress, desc="Prüfen") as bar:
        size = settings.ingest_batch_files
        for start in range(0, len(files), size):
            batch = files[start : start + size]
            result = pipeline.run(
                {"converter": {"sources": batch}}, include_outputs_from={"metadata"}
            )
            for name in ("converter", "cleaner", "metadata"):
                for failure in result.get(name, {}).get("failed", []):
                    report.failed.append(FailedFile(path=failure.path, reason=failure.reason))
            documents = result.get("metadata", {}).get("documents", [])
            report.documents += len(documents)
            report.ocr_documents += sum(bool(d.meta["raw"].get("ocr")) for d in documents)
            report.chunks += len(result.get("chunker", {}).get("chunks", []))
            bar.update(len(batch))
    report.seconds = round(time.perf_counter() - started, 2)
    logger.info(
        "Dry run: %d files, %d documents, %d chunks, %d failed",
        report.files,
        report.documents,
        report.chunks,
        len(report.failed),
    )
    return report
