"""One vector per document for the tag model: the mean of its first chunk vectors.

The first chunks carry the title, the preamble and the first sections - where a document says
what it is about - and they are exactly what ingestion embeds (same chunker, same title prefix),
so an indexed document's vector comes from the store for free and a new upload costs only a few
chunk embeddings, not a whole 200-page statute.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from core.models import citation_section
from encoder.embedding import EmbeddingCache, Encoder
from index.protocol import Filter, Match, Range, VectorStore
from ingest.chunker import chunk_text, embedding_text

logger = logging.getLogger(__name__)

HEAD_CHUNKS = 4


@dataclass
class TagInput:
    """What the model sees of a document: never its file name or stored labels."""

    title: str
    text: str
    vector: np.ndarray | None = None
    citations: list[str] = field(default_factory=list)  # normalised, from the whole text


def cited_laws(citations: list[str]) -> str:
    """'§ 5 Abs. 2 KAG', '§ 22 SGB II' -> 'KAG SGB_II': which laws a document works with says
    much about its topic (StGB/OWiG: Strafrecht, SGB: Sozialrecht, BauGB: Baurecht)."""
    laws = []
    for citation in citations:
        section = citation_section(citation)
        parts = section.split(" ", 2)
        if len(parts) == 3:
            laws.append(parts[2].replace(" ", "_"))
    return " ".join(laws)


def head_passages(
    title: str, text: str, *, chunk_words: int, overlap_words: int, chunks: int = HEAD_CHUNKS
) -> list[str]:
    """The embedding texts of the first chunks, built as ingestion builds them."""
    pieces = chunk_text(text, chunk_words=chunk_words, overlap_words=overlap_words)[:chunks]
    return [embedding_text(title, piece) for piece in pieces] or [title]


def embed_heads(
    docs: Sequence[tuple[str, str]],
    encoder: Encoder,
    *,
    cache: EmbeddingCache | None,
    chunk_words: int,
    overlap_words: int,
    chunks: int = HEAD_CHUNKS,
) -> np.ndarray:
    """Unit vectors, one per (title, text); all passages are embedded in one batch."""
    passages: list[str] = []
    owners: list[int] = []
    for i, (title, text) in enumerate(docs):
        found = head_passages(
            title, text, chunk_words=chunk_words, overlap_words=overlap_words, chunks=chunks
        )
        passages += found
        owners += [i] * len(found)
    if cache is not None:
        vectors = cache.embed_passages(encoder, passages)
    else:
        vectors = encoder.embed_passages(passages)
    return _mean_by_owner(vectors, owners, len(docs))


def _mean_by_owner(vectors: np.ndarray, owners: list[int], count: int) -> np.ndarray:
    dim = vectors.shape[1] if len(vectors) else 0
    out = np.zeros((count, dim), dtype=np.float32)
    np.add.at(out, np.asarray(owners, dtype=np.int64), vectors)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return out / norms


def stored_head_vectors(
    store: VectorStore, document_ids: set[str], *, chunks: int = HEAD_CHUNKS
) -> dict[str, np.ndarray]:
    """Mean of the first `chunks` chunk vectors of each document, read from the index."""
    must: list[Match | Range] = [Range(key="chunk_position", lte=chunks - 1)]
    if len(document_ids) <= 256:  # a relearn after a few edits: only those documents
        wanted: list[str | int] = [*sorted(document_ids)]
        must.append(Match(key="document_id", any=wanted))
    flt = Filter(must=must)
    ids_by_doc: dict[str, list[str]] = defaultdict(list)
    offset = None
    while True:
        points, offset = store.scroll(flt, limit=512, offset=offset)
        for p in points:
            doc = p.payload.get("document_id")
            if doc in document_ids:
                ids_by_doc[doc].append(p.id)
        if offset is None:
            break
    point_ids = [pid for ids in ids_by_doc.values() for pid in ids]
    dense: dict[str, list[float]] = {}
    for start in range(0, len(point_ids), 256):
        for record in store.retrieve(point_ids[start : start + 256], with_vectors=True):
            if record.dense:
                dense[record.id] = record.dense
    out: dict[str, np.ndarray] = {}
    for doc, ids in ids_by_doc.items():
        rows = [dense[i] for i in ids if i in dense]
        if rows:
            mean = np.asarray(rows, dtype=np.float32).mean(axis=0)
            out[doc] = mean / (np.linalg.norm(mean) or 1.0)
    missing = len(document_ids) - len(out)
    if missing:
        logger.info("%d documents have no vectors in the index yet", missing)
    return out
