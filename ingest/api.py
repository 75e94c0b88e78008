"""`ingest_paths()`: the one ingestion entry the CLI, the API and the tests call."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import defaultdict
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from tqdm import tqdm

from core.errors import InvalidRequest
from core.tables import DocumentRow
from documents import originals
from documents.consistency import check_index
from documents.index_sync import reconcile_index
from documents.removal import delete_documents
from ingest.components import file_fingerprint
from ingest.discover import SourceFile, discover
from ingest.pipeline import build_pipeline, build_writing_pipeline, pipeline_signature
from ingest.report import FailedFile, IngestReport
from runtime.resources import Resources

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerShare:
    """Share `number` of `count` of a file list (`fundus ingest --worker 2/3`).

    A file belongs to the share where sha1(source/key) mod count == number - 1: stable across
    processes, machines and runs (unlike `hash()`), and independent of which files exist, so N
    workers started on the same folders split it without talking to each other. All documents
    of one file (e-mail attachments, JSONL rows) go to the same worker.
    """

    number: int
    count: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= self.count:
            raise InvalidRequest(
                f"Worker {self.number}/{self.count}: K muss zwischen 1 und N liegen."
            )

    @classmethod
    def parse(cls, text: str) -> WorkerShare:
        match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
        if match is None:
            raise InvalidRequest(f"--worker erwartet K/N, z. B. 2/3 (nicht {text!r}).")
        return cls(int(match[1]), int(match[2]))

    def takes(self, file: SourceFile) -> bool:
        key = f"{file.source}/{file.key}".encode()
        digest = hashlib.sha1(key, usedforsecurity=False).digest()
        return int.from_bytes(digest[:8], "big") % self.count == self.number - 1

    def __str__(self) -> str:
        return f"{self.number}/{self.count}"


def ingest_paths(
    paths: list[Path],
    resources: Resources,
    *,
    source: str | None = None,
    prune: bool = False,
    progress: bool = True,
    worker: WorkerShare | None = None,
) -> IngestReport:
    """Index files and folders; unchanged files are skipped, changed ones replaced whole.

    With `worker`, only that share of the files is indexed, and nothing is deleted that another
    worker could be writing: interrupted documents are repaired only for the share's own files,
    and neither `prune` (refused) nor the removal of documents a re-converted file no longer
    produces runs. Those are left to one plain run after the workers (which sees such files as
    changed, because their old documents still carry the old fingerprint).
    """
    if worker is not None and prune:
        raise InvalidRequest(
            "--prune entfernt Dokumente aller Dateien und läuft nur in einem einzelnen, "
            "koordinierenden Lauf ohne --worker (nachdem alle Worker fertig sind)."
        )
    started = time.perf_counter()
    settings = resources.settings
    report = IngestReport()
    files = discover(paths, source)
    if worker is not None:
        files = [f for f in files if worker.takes(f)]
        logger.info("Worker %s: %d files of this share", worker, len(files))
    report.files = len(files)
    resources.store  # noqa: B018 - a locked index fails here, before the model loads
    resources.encoder.warm_up()
    resources.store.ensure_collection(resources.collection_spec())
    reconcile_index(resources)
    check_index(resources)  # an index that lost its points is rebuilt, not called "unverändert"
    report.repaired = repair_interrupted(
        resources, only={(f.source, f.key) for f in files} if worker is not None else None
    )
    signature = pipeline_signature(settings, resources.sparse_encoder)
    todo = _changed_files(files, resources, signature)
    report.unchanged = len(files) - len(todo)
    conversion = build_pipeline(
        settings, first="converter", last="metadata", sparse_encoder=resources.sparse_encoder
    )
    indexing = build_writing_pipeline(resources, first="unchanged")
    produced: dict[tuple[str, str], set[str]] = defaultdict(set)
    written: list[str] = []  # ids of new or changed documents, for subscriptions
    size = settings.ingest_batch_files
    batches = [todo[i : i + size] for i in range(0, len(todo), size)]

    def convert(batch: list[SourceFile]) -> dict[str, Any]:
        return conversion.run({"converter": {"sources": batch}})

    with (
        tqdm(total=len(todo), unit="Datei", disable=not progress, desc="Indexieren") as bar,
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="fundus-convert") as ahead,
    ):
        pending: Future[dict[str, Any]] | None = (
            ahead.submit(convert, batches[0]) if batches else None
        )
        for number, batch in enumerate(batches):
            assert pending is not None
            conversion_result = pending.result()
            pending = (
                ahead.submit(convert, batches[number + 1]) if number + 1 < len(batches) else None
            )
            for name in ("converter", "cleaner", "metadata"):
                for failure in conversion_result.get(name, {}).get("failed", []):
                    report.failed.append(FailedFile(path=failure.path, reason=failure.reason))
            documents = conversion_result.get("metadata", {}).get("documents", [])
            result = indexing.run({"unchanged": {"documents": documents}})
            for doc in documents:
                fundus_doc = doc.meta["document"]
                produced[(fundus_doc.source, fundus_doc.origin)].add(fundus_doc.id)
                report.documents += 1
                report.ocr_documents += bool(doc.meta["raw"].get("ocr"))
            writer = result.get("writer", {})
            report.documents_written += writer.get("documents_written", 0)
            report.chunks_written += writer.get("chunks_written", 0)
            report.duplicates.extend(writer.get("duplicates", []))
            written.extend(writer.get("document_ids", []))
            bar.update(len(batch))
    failed_paths = {f.path for f in report.failed}
    converted = [f for f in todo if str(f.path) not in failed_paths]
    if worker is None:
        report.removed += _remove_stale(resources, converted, produced)
    if prune:
        report.removed += prune_missing(resources, files, sources={f.source for f in files})
        # Pruning is the clean-up run: it also clears originals older versions left behind.
        originals.sweep(resources.db, resources.settings.originals_dir)
    resources.store.flush()
    # The embedded engine builds HNSW only here (once the collection is big enough for it to
    # pay); a Qdrant server optimises in the background, its optimize() does nothing.
    resources.store.optimize()
    if written:
        resources.announce(written)  # subscribers (notify/) react; a failure there is logged
    report.seconds = round(time.perf_counter() - started, 2)
    return report


def _changed_files(
    files: list[SourceFile], resources: Resources, signature: str
) -> list[SourceFile]:
    """Files whose fingerprint differs from what every document from them was indexed with."""
    with resources.db() as session:
        rows = session.execute(
            select(
                DocumentRow.source, DocumentRow.origin, DocumentRow.fingerprint, DocumentRow.state
            )
        ).all()
    by_file: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for row in rows:
        by_file[(row.source, row.origin)].add(row.fingerprint if row.state == "indexed" else "")
    changed = []
    for f in files:
        if f.path.suffix.lower() == ".jsonl":
            changed.append(f)  # rows are compared one by one in the pipeline
            continue
        known = by_file.get((f.source, f.key))
        if known != {file_fingerprint(f, signature)}:
            changed.append(f)
    return changed


def repair_interrupted(resources: Resources, *, only: set[tuple[str, str]] | None = None) -> int:
    """Documents left in 'writing' by a killed run: drop their chunks and rows; they re-ingest.

    `only` limits the repair to documents of these (source, key) files: a worker must not
    touch documents another worker is writing at this moment."""
    with resources.db.begin() as session:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.source, DocumentRow.origin).where(
                DocumentRow.state == "writing"
            )
        ).all()
        ids = [r.id for r in rows if only is None or (r.source, r.origin) in only]
        if ids:
            logger.warning("Repairing %d documents interrupted by an earlier run", len(ids))
            resources.store.delete_documents(ids)
            resources.store.flush()
            session.execute(delete(DocumentRow).where(DocumentRow.id.in_(ids)))
    return len(ids)


def _remove_stale(
    resources: Resources,
    converted: list[SourceFile],
    produced: dict[tuple[str, str], set[str]],
) -> int:
    """A re-converted file replaces all documents it produced before (e.g. a changed front-matter
    id, or rows gone from a JSONL file)."""
    stale: list[str] = []
    with resources.db() as session:
        for f in converted:
            ids = session.scalars(
                select(DocumentRow.id).where(
                    DocumentRow.source == f.source, DocumentRow.origin == f.key
                )
            )
            keep = produced.get((f.source, f.key), set())
            stale.extend(i for i in ids if i not in keep)
    return delete_documents(resources, stale)


def prune_missing(resources: Resources, files: list[SourceFile], *, sources: set[str]) -> int:
    """Remove documents of these sources whose file is no longer there."""
    present = {(f.source, f.key) for f in files}
    with resources.db() as session:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.source, DocumentRow.origin).where(
                DocumentRow.source.in_(sources)
            )
        ).all()
    gone = [r.id for r in rows if (r.source, r.origin) not in present]
    return delete_documents(resources, gone)
