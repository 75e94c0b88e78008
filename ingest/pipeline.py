"""Ingestion as one Haystack pipeline: convert -> clean -> metadata -> skip unchanged -> chunk
-> embed -> write, defined once (`build_pipeline`); each use runs a part of it.

`ingest_paths` runs it as two parts, conversion and indexing, so that it can convert the next
batch of files (parsing, OCR: Python and Tesseract work) while the encoder embeds the current
one (onnxruntime or torch kernels, which release the GIL); in one run the encoder would wait
for every PDF. A dry run stops before the model, `fundus reindex` starts at the chunker.
"""

from __future__ import annotations

from typing import Any

from haystack import Pipeline
from sqlalchemy.orm import sessionmaker

from core.settings import Settings
from encoder.embedding import EmbeddingCache, Encoder
from index.protocol import VectorStore
from index.sparse_encoder import SparseEncoder
from ingest.components import (
    ChunkEmbedder,
    FileConverter,
    IndexWriter,
    MetadataBuilder,
    StatuteChunker,
    TextCleaner,
    UnchangedFilter,
)
from runtime.resources import Resources

PIPELINE_VERSION = "3"  # 2: legal citations in the payload; 3: issuer


def pipeline_signature(settings: Settings, sparse_encoder: SparseEncoder | None = None) -> str:
    """Everything that changes chunks or vectors; a different signature re-ingests a file.

    The sparse encoder's parameters are part of it because they are baked into the stored
    document vectors: changing k1, b or avgdl must re-encode, not mix old and new weights. So is
    the encoder backend: its vectors are interchangeable for queries, but an index should hold
    the vectors of one runtime, so that figures measured on it are reproducible.
    """
    parts = [
        PIPELINE_VERSION,
        settings.embedding_model,
        settings.embedding_backend,
        str(settings.chunk_words),
        str(settings.chunk_overlap_words),
        settings.default_access,
    ]
    if not settings.ocr:  # toggling OCR re-reads files; the default signature is unchanged
        parts.append("no-ocr")
    if sparse_encoder is not None:
        parts.append(sparse_encoder.signature)
    return "|".join(parts)


# The one ingestion pipeline, in order. Every use runs a contiguous part of it:
#   conversion (ahead of the encoder)   converter .. metadata
#   indexing                            unchanged .. writer
#   dry run (no model, index, database) converter .. chunker, without unchanged
#   reindex (from the stored documents) chunker .. writer
STEPS = ("converter", "cleaner", "metadata", "unchanged", "chunker", "embedder", "writer")
_DOCUMENT_STEPS = ("converter", "cleaner", "metadata", "unchanged", "chunker")


def build_pipeline(
    settings: Settings,
    *,
    first: str,
    last: str,
    skip: frozenset[str] = frozenset(),
    sparse_encoder: SparseEncoder | None = None,
    encoder: Encoder | None = None,
    store: VectorStore | None = None,
    db: sessionmaker | None = None,
    embedding_cache: EmbeddingCache | None = None,
) -> Pipeline:
    """Steps `first`..`last` of STEPS (less `skip`), connected; the input goes to `first`.

    A step that needs the model, the index or the database is only built when it is part of
    the run, so a dry run needs none of them."""
    names = [n for n in STEPS[STEPS.index(first) : STEPS.index(last) + 1] if n not in skip]
    pipeline = Pipeline()
    for name in names:
        pipeline.add_component(
            name, _component(name, settings, sparse_encoder, encoder, store, db, embedding_cache)
        )
    flow = [n for n in names if n in _DOCUMENT_STEPS]
    for source, target in zip(flow, flow[1:], strict=False):
        pipeline.connect(f"{source}.documents", f"{target}.documents")
    if {"chunker", "embedder"} <= set(names):
        pipeline.connect("chunker.chunks", "embedder.chunks")
    if {"embedder", "writer"} <= set(names):
        pipeline.connect("embedder.chunks", "writer.chunks")
        pipeline.connect("chunker.documents", "writer.documents")
    return pipeline


def build_writing_pipeline(resources: Resources, *, first: str) -> Pipeline:
    """Steps `first`..writer with the process's model, index and database."""
    return build_pipeline(
        resources.settings,
        first=first,
        last="writer",
        encoder=resources.encoder,
        sparse_encoder=resources.sparse_encoder,
        store=resources.store,
        db=resources.db,
        embedding_cache=resources.embedding_cache,
    )


def _component(
    name: str,
    settings: Settings,
    sparse_encoder: SparseEncoder | None,
    encoder: Encoder | None,
    store: VectorStore | None,
    db: sessionmaker | None,
    embedding_cache: EmbeddingCache | None,
) -> Any:
    if name == "converter":
        signature = pipeline_signature(settings, sparse_encoder)
        return FileConverter(signature, settings.max_file_mb, ocr=settings.ocr)
    if name == "cleaner":
        return TextCleaner()
    if name == "metadata":
        return MetadataBuilder(settings.default_access)
    if name == "chunker":
        return StatuteChunker(settings.chunk_words, settings.chunk_overlap_words)
    if name == "unchanged":
        assert db is not None, "the unchanged filter needs the database"
        return UnchangedFilter(db)
    if name == "embedder":
        assert encoder is not None and sparse_encoder is not None, "embedding needs the encoders"
        return ChunkEmbedder(encoder, sparse_encoder, embedding_cache)
    assert store is not None and db is not None, "writing needs the index and the database"
    return IndexWriter(store, db, settings.originals_dir)
