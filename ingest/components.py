"""Haystack components, one pipeline step each. Each reports what it could not process in a
`failed` output instead of logging and dropping it, so every rejected file reaches the summary."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from haystack import Document as HDocument
from haystack import component
from haystack.dataclasses import SparseEmbedding
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from core.citations import extract_citations
from core.errors import BadInput
from core.models import Chunk, Document, chunk_id_for, document_id_for
from core.tables import DocumentRow
from documents.edit import apply_saved_edits
from documents.originals import release as release_originals
from documents.originals import save_original
from encoder.embedding import EmbeddingCache, Encoder
from index.protocol import PointRecord, SparseVector, VectorStore
from index.sparse_encoder import SparseEncoder
from ingest.chunker import chunk_text, embedding_text
from ingest.converted import Attachment
from ingest.converters import convert_bytes, iter_jsonl, read_sidecar
from ingest.discover import SourceFile
from ingest.metadata import access_from_raw, build_meta
from ingest.ocr import text_quality

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Failure:
    path: str
    reason: str


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_fingerprint(source_file: SourceFile, signature: str) -> str:
    """Changes when the file, its sidecar or the pipeline settings change."""
    digest = hashlib.sha256(signature.encode())
    digest.update(source_file.path.read_bytes())
    sidecar = source_file.path.with_name(source_file.path.name + ".meta.yaml")
    if sidecar.exists():
        digest.update(sidecar.read_bytes())
    return digest.hexdigest()


@component
class FileConverter:
    """Files (and JSONL rows) -> Haystack documents carrying raw metadata and identity."""

    def __init__(self, signature: str, max_file_mb: int = 100, ocr: bool = True) -> None:
        self.signature = signature
        self.max_file_mb = max_file_mb
        self.ocr = ocr

    @component.output_types(documents=list[HDocument], failed=list[Failure])
    def run(self, sources: list[SourceFile]) -> dict[str, Any]:
        documents: list[HDocument] = []
        failed: list[Failure] = []
        for source_file in sources:
            where = str(source_file.path)
            try:
                documents.extend(self._convert(source_file, failed))
            except BadInput as exc:
                logger.warning("Skipping %s: %s", where, exc.detail)
                failed.append(Failure(where, exc.detail))
            except OSError as exc:
                failed.append(Failure(where, f"Datei nicht lesbar: {exc}"))
            except Exception as exc:  # a converter bug must not end the batch: report the file
                logger.exception("Unexpected error converting %s", where)
                failed.append(Failure(where, f"Unerwarteter Fehler beim Lesen: {exc!r}"))
        return {"documents": documents, "failed": failed}

    def _convert(self, source_file: SourceFile, failed: list[Failure]) -> list[HDocument]:
        path = source_file.path
        size = path.stat().st_size
        if size > self.max_file_mb * 1024 * 1024:
            megabytes = f"{size / 2**20:.1f}".replace(".", ",")
            raise BadInput(f"Datei ist größer als {self.max_file_mb} MB ({megabytes} MB).")
        data = path.read_bytes()
        if path.suffix.lower() == ".jsonl":
            return self._jsonl(source_file, data)
        converted = convert_bytes(data, path.suffix, ocr=self.ocr)
        raw = {**converted.meta, **read_sidecar(path)}
        raw.setdefault("ocr", False)
        raw.setdefault("text_quality", text_quality(converted.text))
        key = str(raw.get("id") or source_file.key)
        meta = {
            "raw": raw,
            "source": source_file.source,
            "source_key": key,
            "origin": source_file.key,
            "external_id": str(raw["id"]) if raw.get("id") else None,
            "path": str(path),
            "file_name": path.name,
            "file_sha256": sha256(data),
            "media_type": converted.media_type,
            "fingerprint": file_fingerprint(source_file, self.signature),
            "fallback_title": path.stem.replace("_", " "),
        }
        documents = [HDocument(content=converted.text, meta=meta)]
        for attachment in converted.attachments:
            try:
                documents.append(self._attachment(attachment, meta))
            except BadInput as exc:
                where = f"{path}#{attachment.number}-{attachment.filename}"
                logger.warning("Skipping attachment %s: %s", where, exc.detail)
                failed.append(Failure(where, f"Anhang: {exc.detail}"))
        return documents

    def _attachment(self, attachment: Attachment, mail: dict[str, Any]) -> HDocument:
        """An e-mail attachment as a document of its own, linked to the mail by `parent`.

        Its origin is the mail's file, so a changed or deleted mail replaces or removes its
        attachments with it."""
        if len(attachment.data) > self.max_file_mb * 1024 * 1024:
            raise BadInput(f"Anhang ist größer als {self.max_file_mb} MB.")
        converted = convert_bytes(attachment.data, Path(attachment.filename).suffix, ocr=self.ocr)
        raw: dict[str, Any] = {**converted.meta, "parent": mail["source_key"]}
        raw.setdefault("ocr", False)
        raw.setdefault("text_quality", text_quality(converted.text))
        if not {"date", "datum"} & set(raw) and mail["raw"].get("date"):
            raw["date"] = mail["raw"]["date"]  # an attached circular is dated by its mail
        if converted.attachments:
            raw["attachments_ignored"] = [a.filename for a in converted.attachments]
        suffix = f"#{attachment.number}-{attachment.filename}"
        meta = {
            **mail,
            "raw": raw,
            "source_key": mail["source_key"] + suffix,
            "external_id": None,
            "path": mail["path"] + suffix,
            "original": attachment.data,
            "file_name": attachment.filename,
            "file_sha256": sha256(attachment.data),
            "media_type": converted.media_type,
            "fallback_title": Path(attachment.filename).stem.replace("_", " "),
            "parent_raw": mail["raw"],  # its access level is the attachment's ceiling
        }
        return HDocument(content=converted.text, meta=meta)

    def _jsonl(self, source_file: SourceFile, data: bytes) -> list[HDocument]:
        documents = []
        for line_number, row in iter_jsonl(data):
            if "__error__" in row or not row.get("id") or not (row.get("text") or row.get("title")):
                raise BadInput(f"Zeile {line_number}: braucht 'id' und 'text'.")
            text = str(row.get("text") or "")
            raw = {k: v for k, v in row.items() if k not in {"text"}}
            line_hash = hashlib.sha256(
                (self.signature + json.dumps(row, sort_keys=True, default=str)).encode()
            ).hexdigest()
            meta = {
                "raw": raw,
                "source": source_file.source,
                "source_key": str(row["id"]),
                "origin": source_file.key,
                "external_id": str(row["id"]),
                "path": None,
                "file_name": None,
                "file_sha256": None,
                "media_type": "application/jsonl",
                "fingerprint": line_hash,
                "fallback_title": str(row["id"]),
            }
            documents.append(HDocument(content=text, meta=meta))
        return documents


_HYPHENATED = re.compile(r"(\w{2,})-\n(?=[a-zäöüß])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@component
class TextCleaner:
    """Normalises Unicode, joins words hyphenated at line ends, drops control characters."""

    @component.output_types(documents=list[HDocument], failed=list[Failure])
    def run(self, documents: list[HDocument]) -> dict[str, Any]:
        kept, failed = [], []
        for doc in documents:
            text = unicodedata.normalize("NFC", doc.content or "")
            text = _HYPHENATED.sub(r"\1", text)
            text = _CONTROL.sub("", text.replace("\r\n", "\n"))
            text = re.sub(r"[ \t\u00a0]+", " ", text)
            text = re.sub(r"\n{3,}", "\n\n", text).strip()
            if len(text.split()) < 3:
                reason = "Kein Text enthalten."
                if doc.meta.get("raw", {}).get("ocr"):
                    reason = "Kein Text enthalten (auch die Texterkennung fand keinen)."
                failed.append(Failure(doc.meta.get("path") or doc.meta["source_key"], reason))
                continue
            kept.append(HDocument(content=text, meta=doc.meta))
        return {"documents": kept, "failed": failed}


@component
class MetadataBuilder:
    """Raw metadata -> the typed Fundus document (stored under meta['document'])."""

    def __init__(self, default_access: str = "members") -> None:
        self.default_access = default_access

    @component.output_types(documents=list[HDocument], failed=list[Failure])
    def run(self, documents: list[HDocument]) -> dict[str, Any]:
        kept, failed = [], []
        for doc in documents:
            meta = doc.meta
            try:
                ceiling = None
                if "parent_raw" in meta:
                    ceiling = access_from_raw(meta["parent_raw"], self.default_access)
                built = build_meta(
                    meta["raw"],
                    doc.content or "",
                    fallback_title=meta["fallback_title"],
                    default_access=self.default_access,
                    access_ceiling=ceiling,
                )
            except BadInput as exc:
                failed.append(Failure(meta.get("path") or meta["source_key"], exc.detail))
                continue
            text = doc.content or ""
            fundus_doc = Document(
                **built.model_dump(),
                id=document_id_for(meta["source"], meta["source_key"]),
                source=meta["source"],
                source_key=meta["source_key"],
                origin=meta["origin"],
                external_id=meta["external_id"],
                content_hash=sha256(text.encode()),
                file_sha256=meta["file_sha256"],
                file_name=meta["file_name"],
                media_type=meta["media_type"],
                citations=extract_citations(text),
                text=text,
            )
            kept.append(HDocument(content=text, meta={**meta, "document": fundus_doc}))
        return {"documents": kept, "failed": failed}


@component
class UnchangedFilter:
    """Drops documents already indexed with the same fingerprint, so re-runs do nothing."""

    def __init__(self, db: sessionmaker) -> None:
        self.db = db

    @component.output_types(documents=list[HDocument], unchanged=int)
    def run(self, documents: list[HDocument]) -> dict[str, Any]:
        if not documents:
            return {"documents": [], "unchanged": 0}
        ids = [d.meta["document"].id for d in documents]
        with self.db() as session:
            known = dict(
                session.execute(
                    select(DocumentRow.id, DocumentRow.fingerprint).where(
                        DocumentRow.id.in_(ids), DocumentRow.state == "indexed"
                    )
                ).all()
            )
        changed = [
            d for d in documents if known.get(d.meta["document"].id) != d.meta["fingerprint"]
        ]
        return {"documents": changed, "unchanged": len(documents) - len(changed)}


@component
class StatuteChunker:
    """Splits each document into § / heading sections (see ingest/chunker.py)."""

    def __init__(self, chunk_words: int = 180, overlap_words: int = 30) -> None:
        self.chunk_words = chunk_words
        self.overlap_words = overlap_words

    @component.output_types(chunks=list[HDocument], documents=list[HDocument])
    def run(self, documents: list[HDocument]) -> dict[str, Any]:
        chunks = []
        for doc in documents:
            fundus_doc: Document = doc.meta["document"]
            pieces = chunk_text(
                doc.content or "", chunk_words=self.chunk_words, overlap_words=self.overlap_words
            )
            for position, piece in enumerate(pieces):
                chunk = Chunk(
                    id=chunk_id_for(fundus_doc.id, position),
                    document_id=fundus_doc.id,
                    position=position,
                    text=piece.text,
                    heading=piece.heading,
                    embed_text=embedding_text(fundus_doc.title, piece),
                )
                chunks.append(
                    HDocument(id=chunk.id, content=chunk.embed_text, meta={"chunk": chunk})
                )
        return {"chunks": chunks, "documents": documents}


@component
class ChunkEmbedder:
    """Dense vectors from the shared encoder, sparse (BM25-style) vectors from the analyzer."""

    def __init__(
        self,
        encoder: Encoder,
        sparse_encoder: SparseEncoder,
        cache: EmbeddingCache | None = None,
    ) -> None:
        self.encoder = encoder
        self.sparse_encoder = sparse_encoder
        self.cache = cache

    def warm_up(self) -> None:
        """Loads the model (Haystack calls this before the first run), not `__init__`: a
        pipeline can be built, inspected and dry-run without it."""
        self.encoder.warm_up()

    @component.output_types(chunks=list[HDocument])
    def run(self, chunks: list[HDocument]) -> dict[str, Any]:
        texts = [c.content or "" for c in chunks]
        if self.cache is not None:
            dense = self.cache.embed_passages(self.encoder, texts)
        else:
            dense = self.encoder.embed_passages(texts)
        sparse = self.sparse_encoder.encode_documents(texts)
        out = []
        for chunk, vector, sparse_vector in zip(chunks, dense, sparse, strict=True):
            out.append(
                HDocument(
                    id=chunk.id,
                    content=chunk.content,
                    meta=chunk.meta,
                    embedding=vector.tolist(),
                    sparse_embedding=SparseEmbedding(
                        indices=list(sparse_vector.indices), values=list(sparse_vector.values)
                    ),
                )
            )
        return {"chunks": out}


@component
class IndexWriter:
    """Writes documents atomically: mark 'writing', replace their chunks, mark 'indexed'.

    A run killed in between leaves rows in 'writing'; the next run deletes those chunks and
    ingests the documents again, so the index never keeps half a document or a duplicate.
    Documents go in groups of `GROUP`: one transaction marks a group 'writing', its chunks are
    replaced and flushed once, one transaction marks it 'indexed'. Flushing per document made
    the fsync, not the encoder, the limit on collections of many short documents.
    """

    GROUP = 256

    def __init__(self, store: VectorStore, db: sessionmaker, originals_dir: Path) -> None:
        self.store = store
        self.db = db
        self.originals_dir = originals_dir

    @component.output_types(
        documents_written=int, chunks_written=int, duplicates=list[str], document_ids=list[str]
    )
    def run(self, documents: list[HDocument], chunks: list[HDocument]) -> dict[str, Any]:
        by_document: dict[str, list[HDocument]] = {}
        for chunk in chunks:
            by_document.setdefault(chunk.meta["chunk"].document_id, []).append(chunk)
        written = 0
        duplicates: list[str] = []
        for start in range(0, len(documents), self.GROUP):
            group = documents[start : start + self.GROUP]
            written += self._write_group(group, by_document, duplicates)
        return {
            "documents_written": len(documents),
            "chunks_written": written,
            "duplicates": duplicates,
            "document_ids": [d.meta["document"].id for d in documents],  # for notify/
        }

    def _write_group(
        self,
        group: list[HDocument],
        by_document: dict[str, list[HDocument]],
        duplicates: list[str],
    ) -> int:
        prepared: list[Document] = []
        for doc in group:
            if doc.meta.get("path"):
                save_original(
                    Path(doc.meta["path"]),
                    doc.meta["document"].file_sha256,
                    self.originals_dir,
                    data=doc.meta.get("original"),
                )
        replaced: list[str | None] = []  # originals of the versions this group replaces
        with self.db.begin() as session:  # every row says 'writing' before the index changes
            for doc in group:
                previous = session.get(DocumentRow, doc.meta["document"].id)
                if previous is not None:
                    replaced.append(previous.file_sha256)
                fundus_doc, other = self._begin(
                    session, doc.meta["document"], doc.meta["fingerprint"]
                )
                if other:
                    duplicates.append(f"{fundus_doc.source_key} = {other}")
                prepared.append(fundus_doc)
        self.store.delete_documents([d.id for d in prepared])
        points = [
            PointRecord(
                id=c.id,
                dense=c.embedding or [],
                sparse=SparseVector(
                    indices=c.sparse_embedding.indices, values=c.sparse_embedding.values
                )
                if c.sparse_embedding
                else None,
                payload=c.meta["chunk"].payload(fundus_doc),
            )
            for fundus_doc in prepared
            for c in by_document.get(fundus_doc.id, [])
        ]
        written = self.store.upsert(points)
        self.store.flush()  # durable before any row says 'indexed'
        with self.db.begin() as session:
            for fundus_doc in prepared:
                row = session.get(DocumentRow, fundus_doc.id)
                assert row is not None
                row.chunk_count = len(by_document.get(fundus_doc.id, []))
                row.state = "indexed"
        release_originals(self.db, self.originals_dir, replaced)
        return written

    @staticmethod
    def _begin(session: Session, doc: Document, fingerprint: str) -> tuple[Document, str | None]:
        """Upsert the row in state 'writing' with staff corrections applied; also return the key
        of another document with the same text, if any."""
        doc = apply_saved_edits(session, doc)
        row = session.get(DocumentRow, doc.id) or DocumentRow(id=doc.id)
        row.source, row.source_key, row.origin = doc.source, doc.source_key, doc.origin
        row.external_id = doc.external_id
        row.title, row.doc_type, row.access = doc.title, doc.doc_type, doc.access
        row.meta = json.loads(doc.model_dump_json(exclude={"text"}))
        row.content_hash, row.file_sha256 = doc.content_hash, doc.file_sha256
        row.fingerprint, row.file_name, row.media_type = (
            fingerprint,
            doc.file_name,
            doc.media_type,
        )
        row.text, row.chunk_count, row.state = doc.text, 0, "writing"
        session.add(row)
        other = session.execute(
            select(DocumentRow.source_key).where(
                DocumentRow.content_hash == doc.content_hash, DocumentRow.id != doc.id
            )
        ).first()
        return doc, (other[0] if other else None)
