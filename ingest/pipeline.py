"""Ingestion as two Haystack pipelines: conversion (convert -> clean -> metadata) and indexing
(skip unchanged -> chunk -> embed -> write).

Two, not one, so that `ingest_paths` can convert the next batch of files (parsing, OCR: Python
and Tesseract work) while the encoder embeds the current one (onnxruntime or torch kernels,
which release the GIL). In one pipeline the encoder would wait for every PDF.
"""

from __future__ import annotations

from haystack import Pipeline
from sqlalchemy.orm import sessionmaker

from fundus.embedding import EmbeddingCache, Encoder
from fundus.settings import Settings
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

PIPELINE_VERSION = "2"  # 2: legal citations in the payload


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


def build_conversion_pipeline(settings: Settings, sparse_encoder: SparseEncoder) -> Pipeline:
    """Files in, cleaned documents with metadata out (`metadata.documents`); no state written,
    so a batch converted ahead and then dropped by a crash costs nothing."""
    pipeline = Pipeline()
    pipeline.add_component(
        "converter",
        FileConverter(
            pipeline_signature(settings, sparse_encoder), settings.max_file_mb, ocr=settings.ocr
        ),
    )
    pipeline.add_component("cleaner", TextCleaner())
    pipeline.add_component("metadata", MetadataBuilder(settings.default_access))
    pipeline.connect("converter.documents", "cleaner.documents")
    pipeline.connect("cleaner.documents", "metadata.documents")
    return pipeline


def build_indexing_pipeline(
    settings: Settings,
    *,
    encoder: Encoder,
    sparse_encoder: SparseEncoder,
    store: VectorStore,
    db: sessionmaker,
    embedding_cache: EmbeddingCache | None = None,
) -> Pipeline:
    """Converted documents in (`unchanged.documents`), chunks embedded and written."""
    pipeline = Pipeline()
    pipeline.add_component("unchanged", UnchangedFilter(db))
    pipeline.add_component(
        "chunker", StatuteChunker(settings.chunk_words, settings.chunk_overlap_words)
    )
    pipeline.add_component("embedder", ChunkEmbedder(encoder, sparse_encoder, embedding_cache))
    pipeline.add_component("writer", IndexWriter(store, db, settings.originals_dir))
    pipeline.connect("unchanged.documents", "chunker.documents")
    pipeline.connect("chunker.chunks", "embedder.chunks")
    pipeline.connect("embedder.chunks", "writer.chunks")
    pipeline.connect("chunker.documents", "writer.documents")
    return pipeline


def build_dry_run_pipeline(settings: Settings) -> Pipeline:
    """Convert -> clean -> metadata -> chunk: everything but the model, the index and the
    database, so a dry run needs neither and can run beside `fundus serve`."""
    pipeline = Pipeline()
    pipeline.add_component(
        "converter",
        FileConverter(pipeline_signature(settings), settings.max_file_mb, ocr=settings.ocr),
    )
    pipeline.add_component("cleaner", TextCleaner())
    pipeline.add_component("metadata", MetadataBuilder(settings.default_access))
    pipeline.add_component(
        "chunker", StatuteChunker(settings.chunk_words, settings.chunk_overlap_words)
    )
    pipeline.connect("converter.documents", "cleaner.documents")
    pipeline.connect("cleaner.documents", "metadata.documents")
    pipeline.connect("metadata.documents", "chunker.documents")
    return pipeline
