"""BM25-style sparse vectors for Qdrant's keyword channel.

The split of BM25 between client and server: documents carry the term-frequency part (saturated
and length-normalised here, at indexing time), queries carry plain term weights, and the IDF
part is computed by Qdrant from the collection at query time (`Modifier.IDF` on the sparse
vector config). The score Qdrant returns is then sum over shared terms of
idf(t) * query_weight(t) * bm25_tf(t, d), i.e. BM25 without any corpus statistics kept here.

Terms become indices through CRC-32 of their UTF-8 bytes: stable across processes, machines and
Python versions (unlike `hash()`), so vectors written by one run are queryable by the next.
Changing the analyzer or the hash invalidates stored vectors; `CollectionSpec.sparse` names the
scheme ("german-bm25-v1") so that a mismatch is refused rather than silently mixed.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from index.german_analyzer import GermanAnalyzer, Token


@dataclass(frozen=True, slots=True)
class SparseVector:
    """Backend-neutral sparse vector: indices unique and ascending, values positive."""

    indices: list[int]
    values: list[float]

    def __len__(self) -> int:
        return len(self.indices)


def term_index(term: str) -> int:
    """Stable unsigned 32-bit index of a term (CRC-32 of its UTF-8 bytes)."""
    return zlib.crc32(term.encode("utf-8")) & 0xFFFFFFFF


class SparseEncoder:
    """Turns text into BM25 document vectors and matching query vectors.

    Compound parts (Hund, Steuer from "Hundesteuer") count `part_weight` of an occurrence on
    both sides: they should let "Steuer" find "Hundesteuer", but a document that says "Steuer"
    outright should still outrank one that only contains it inside a compound.
    """

    def __init__(
        self,
        k1: float = 1.2,
        b: float = 0.75,
        avgdl: float = 120.0,
        part_weight: float = 0.5,
        analyzer: GermanAnalyzer | None = None,
    ) -> None:
        if k1 < 0 or not 0 <= b <= 1 or avgdl <= 0 or part_weight < 0:
            raise ValueError("need k1 >= 0, 0 <= b <= 1, avgdl > 0, part_weight >= 0")
        self.k1 = k1
        self.b = b
        self.avgdl = avgdl
        self.part_weight = part_weight
        self.analyzer = analyzer or GermanAnalyzer()

    @property
    def signature(self) -> str:
        """The parameters baked into stored document vectors (part of the ingest signature)."""
        return f"bm25:k1={self.k1:g},b={self.b:g},avgdl={self.avgdl:g},part={self.part_weight:g}"

    def encode_document(self, text: str) -> SparseVector:
        """BM25 term weights of one chunk: tf * (k1 + 1) / (tf + k1 * (1 - b + b * len / avgdl)),
        where tf and len count compound parts at `part_weight`."""
        tf = self._term_frequencies(self.analyzer.analyze(text))
        length = sum(tf.values())
        norm = self.k1 * (1.0 - self.b + self.b * length / self.avgdl)
        weights = {term: f * (self.k1 + 1.0) / (f + norm) for term, f in tf.items()}
        return _to_vector(weights)

    def encode_query(self, text: str) -> SparseVector:
        """Each distinct query term once, at 1.0 (compound parts at `part_weight`): repeating a
        word in a query should not multiply its score, and IDF comes from Qdrant."""
        weights: dict[str, float] = {}
        for token in self.analyzer.analyze(text):
            w = self._weight(token)
            if w > weights.get(token.text, 0.0):
                weights[token.text] = w
        return _to_vector(weights)

    def encode_documents(self, texts: Iterable[str]) -> list[SparseVector]:
        return [self.encode_document(text) for text in texts]

    def encode_queries(self, texts: Sequence[str]) -> list[SparseVector]:
        return [self.encode_query(text) for text in texts]

    def _weight(self, token: Token) -> float:
        return self.part_weight if token.kind == "part" else 1.0

    def _term_frequencies(self, tokens: Iterable[Token]) -> dict[str, float]:
        tf: dict[str, float] = {}
        for token in tokens:
            w = self._weight(token)
            if w > 0.0:
                tf[token.text] = tf.get(token.text, 0.0) + w
        return tf


def _to_vector(weights: dict[str, float]) -> SparseVector:
    """Terms to indices; colliding terms (rare at 32 bits) are merged by summing."""
    merged: dict[int, float] = {}
    for term, w in weights.items():
        if w > 0.0:
            i = term_index(term)
            merged[i] = merged.get(i, 0.0) + w
    indices = sorted(merged)
    return SparseVector(indices=indices, values=[merged[i] for i in indices])
