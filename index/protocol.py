"""The store interface both Qdrant backends implement, and the backend-neutral types it speaks.

Only `index.open_store()` picks a backend; everything else talks to `VectorStore`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from pydantic import BaseModel, Field

DENSE = "dense"
SPARSE = "sparse"

# Payload fields with an index, and the index type. Every filter in the API uses one of these.
PAYLOAD_INDEXES: dict[str, Literal["keyword", "integer", "datetime"]] = {
    "document_id": "keyword",
    "source": "keyword",
    "doc_type": "keyword",
    "topics": "keyword",
    "status": "keyword",
    "referat": "keyword",
    "aktenplan_path": "keyword",
    "access": "keyword",
    "number_key": "keyword",
    "external_id": "keyword",
    "citations": "keyword",
    "issuer": "keyword",
    "year": "integer",
    "chunk_position": "integer",
    "version": "keyword",
    "supersedes": "keyword",
    "superseded_by": "keyword",
}


class SparseVector(BaseModel):
    indices: list[int]
    values: list[float]


class Match(BaseModel):
    """Field equals any of `any` (for list fields: contains any)."""

    key: str
    any: list[str | int]

    def matches(self, payload: dict[str, Any]) -> bool:
        value = payload.get(self.key)
        values = value if isinstance(value, list) else [value]
        return any(v in self.any for v in values if v is not None)


class Range(BaseModel):
    key: str
    gte: float | None = None
    lte: float | None = None

    def matches(self, payload: dict[str, Any]) -> bool:
        value = payload.get(self.key)
        if not isinstance(value, int | float):
            return False  # as in Qdrant: a missing value is outside every range
        return (self.gte is None or value >= self.gte) and (self.lte is None or value <= self.lte)


class Filter(BaseModel):
    must: list[Match | Range] = Field(default_factory=list)
    must_not: list[Match] = Field(default_factory=list)

    def matches(self, payload: dict[str, Any]) -> bool:
        """The store's semantics, evaluated on one payload: what passes here is what the index
        returns for this filter (tests/search/test_filter_agreement.py holds them together)."""
        return all(c.matches(payload) for c in self.must) and not any(
            c.matches(payload) for c in self.must_not
        )

    def and_(self, other: Filter | None) -> Filter:
        if other is None:
            return self
        return Filter(must=self.must + other.must, must_not=self.must_not + other.must_not)


class CollectionSpec(BaseModel):
    """What a collection was built with; a mismatch is refused, never silently mixed."""

    model: str
    dim: int
    sparse: str = "german-bm25-v1"


class PointRecord(BaseModel):
    id: str
    dense: list[float]
    sparse: SparseVector | None = None
    payload: dict[str, Any]


@dataclass(slots=True)
class ScoredPoint:
    """One point of a search answer. A plain dataclass, not a pydantic model: a search builds
    400 of them from the engine's own answers, and validating them took 3 ms per search."""

    id: str
    score: float
    payload: dict[str, Any]


class VectorStore(Protocol):
    """Implemented by index/edge.py (embedded) and index/server.py (qdrant-client)."""

    collection: str

    def ensure_collection(self, spec: CollectionSpec) -> None:
        """Create the collection, or check it was built with the same spec (ModelMismatch)."""

    def collection_spec(self) -> CollectionSpec | None: ...

    def drop_collection(self) -> None: ...

    def upsert(self, points: Sequence[PointRecord]) -> int: ...

    def delete_documents(self, document_ids: Sequence[str]) -> None: ...

    def set_payload(self, flt: Filter, payload: dict[str, Any]) -> None: ...

    def query_dense(
        self,
        vector: Sequence[float],
        *,
        flt: Filter | None,
        limit: int,
        fields: Collection[str] | None = None,
    ) -> list[ScoredPoint]:
        """`fields`: only these payload fields (candidate lists); None: the whole payload."""
        ...

    def query_sparse(
        self,
        vector: SparseVector,
        *,
        flt: Filter | None,
        limit: int,
        fields: Collection[str] | None = None,
    ) -> list[ScoredPoint]:
        """`fields`: only these payload fields (candidate lists); None: the whole payload."""
        ...

    def best_per_document(
        self,
        query: Sequence[float] | SparseVector,
        document_ids: Sequence[str],
        *,
        flt: Filter | None,
    ) -> dict[str, ScoredPoint]:
        """Each listed document's best chunk for a dense or sparse query, within `flt`; a
        document with no scoring chunk is absent. One batched search of one result per
        document and no payload (the returned points carry only `document_id`): fusion
        completes a candidate's missing channel score with it, and moving the payloads of
        all of a document's chunks cost 50 times the search (bench/query_breakdown.py)."""
        ...

    def retrieve(self, ids: Sequence[str], *, with_vectors: bool = False) -> list[PointRecord]: ...

    def scroll(
        self, flt: Filter | None, *, limit: int = 256, offset: str | None = None
    ) -> tuple[list[ScoredPoint], str | None]: ...

    def count(self, flt: Filter | None = None) -> int: ...

    def facet(self, key: str, flt: Filter | None = None, limit: int = 100) -> dict[str, int]: ...

    def disk_bytes(self) -> int | None: ...

    def revision(self) -> int | None:
        """A number that changes with every write to the collection, or None when this
        process cannot see every write (other processes write to a shared server). A search
        may reuse what it computed for the same query at the same revision; at None it never
        does (search/channel_cache.py)."""
        ...

    def flush(self) -> None: ...

    def optimize(self) -> bool:
        """After a bulk write: build the vector index where it pays. True if it built any."""
        ...

    def close(self) -> None: ...
