"""Server backend: a Qdrant server (or cluster) through qdrant-client.

The same class runs on qdrant-client's local mode (`location=":memory:"`), which speaks the
server's API; the contract tests use that to exercise this path without a server.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING, Any

from qdrant_client import QdrantClient
from qdrant_client import models as qm
from qdrant_client.http.exceptions import UnexpectedResponse

from core.errors import CollectionNotFound, ModelMismatch
from index.protocol import (
    DENSE,
    PAYLOAD_INDEXES,
    SPARSE,
    CollectionSpec,
    Filter,
    Match,
    PointRecord,
    Range,
    ScoredPoint,
    SparseVector,
)

if TYPE_CHECKING:
    from core.settings import Settings

logger = logging.getLogger(__name__)

_SCHEMA = {
    "keyword": qm.PayloadSchemaType.KEYWORD,
    "integer": qm.PayloadSchemaType.INTEGER,
    "datetime": qm.PayloadSchemaType.DATETIME,
}


def _client_filter(flt: Filter | None) -> qm.Filter | None:
    if flt is None or not (flt.must or flt.must_not):
        return None

    def cond(c: Match | Range) -> qm.FieldCondition:
        if isinstance(c, Match):
            return qm.FieldCondition(key=c.key, match=qm.MatchAny(any=list(c.any)))  # type: ignore[arg-type]
        return qm.FieldCondition(key=c.key, range=qm.Range(gte=c.gte, lte=c.lte))

    return qm.Filter(
        must=[cond(c) for c in flt.must] or None,
        must_not=[cond(c) for c in flt.must_not] or None,
    )


def _scored(points: Sequence[Any]) -> list[ScoredPoint]:
    return [ScoredPoint(id=str(p.id), score=p.score, payload=p.payload or {}) for p in points]


class ServerStore:
    def __init__(
        self,
        client: QdrantClient,
        collection: str,
        *,
        shard_number: int | None = None,
        replication_factor: int | None = None,
        write_consistency_factor: int | None = None,
    ) -> None:
        """The three cluster numbers apply when this store creates the collection (unset = the
        server's defaults); an existing collection keeps what it was created with."""
        self.client = client
        self.collection = collection
        self.shard_number = shard_number
        self.replication_factor = replication_factor
        self.write_consistency_factor = write_consistency_factor

    @classmethod
    def from_settings(
        cls, settings: Settings, collection: str, *, client: QdrantClient | None = None
    ) -> ServerStore:
        """The store `open_store()` builds for FUNDUS_QDRANT_URL; `client` replaces the one
        made from the URL (tests pass qdrant-client's local mode)."""
        if client is None:
            key = settings.qdrant_api_key
            client = QdrantClient(
                url=settings.qdrant_url,
                api_key=key.get_secret_value() if key else None,
                timeout=30,
            )
        return cls(
            client,
            collection,
            shard_number=settings.qdrant_shard_number,
            replication_factor=settings.qdrant_replication_factor,
            write_consistency_factor=settings.qdrant_write_consistency_factor,
        )

    def revision(self) -> None:
        """Unknown: `fundus ingest`, workers and other API replicas write to the same server
        collection, so nothing computed for one search is reused by the next."""
        return None

    def _exists(self) -> bool:
        return self.client.collection_exists(self.collection)

    def collection_spec(self) -> CollectionSpec | None:
        if not self._exists():
            return None
        info = self.client.get_collection(self.collection)
        meta = (info.config.metadata or {}).get("fundus")
        return CollectionSpec.model_validate(meta) if meta else None

    def ensure_collection(self, spec: CollectionSpec) -> None:
        if self._exists():
            existing = self.collection_spec()
            if existing is not None and existing != spec:
                raise ModelMismatch(
                    f"Die Sammlung '{self.collection}' wurde mit {existing.model} "
                    f"({existing.dim} Dimensionen) gebaut, eingestellt ist {spec.model} "
                    f"({spec.dim}). `fundus reindex` baut sie aus den Originalen neu."
                )
            # a collection built by an earlier version lacks the indexes of newer fields
            # (without one, every filter on the field reads each point's payload)
            have = self.client.get_collection(self.collection).payload_schema or {}
            for field, kind in PAYLOAD_INDEXES.items():
                if field not in have:
                    self.client.create_payload_index(self.collection, field, _SCHEMA[kind])
            return
        try:
            self.client.create_collection(
                self.collection,
                vectors_config={DENSE: qm.VectorParams(size=spec.dim, distance=qm.Distance.COSINE)},
                sparse_vectors_config={SPARSE: qm.SparseVectorParams(modifier=qm.Modifier.IDF)},
                shard_number=self.shard_number,
                replication_factor=self.replication_factor,
                write_consistency_factor=self.write_consistency_factor,
                metadata={"fundus": spec.model_dump()},
            )
        except (UnexpectedResponse, ValueError):
            # Ingestion workers and API replicas start together: one of them wins the create
            # (the server answers the others with an error, local mode with ValueError).
            if not self._exists():
                raise
            logger.info("Collection %s was created by another process", self.collection)
            self.ensure_collection(spec)  # the winner's spec must match ours
        for field, kind in PAYLOAD_INDEXES.items():
            self.client.create_payload_index(self.collection, field, _SCHEMA[kind])

    def drop_collection(self) -> None:
        if self._exists():
            self.client.delete_collection(self.collection)

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Translate the backend's missing-collection errors into one domain error."""
        try:
            return fn(*args, **kwargs)
        except (UnexpectedResponse, ValueError) as exc:
            if not self._exists():
                raise CollectionNotFound(
                    f"Die Sammlung '{self.collection}' existiert noch nicht."
                ) from exc
            raise

    def upsert(self, points: Sequence[PointRecord]) -> int:
        if not points:
            return 0
        structs = []
        for p in points:
            vector: dict[str, Any] = {DENSE: list(p.dense)}
            if p.sparse is not None and p.sparse.indices:
                vector[SPARSE] = qm.SparseVector(indices=p.sparse.indices, values=p.sparse.values)
            structs.append(qm.PointStruct(id=p.id, vector=vector, payload=p.payload))
        self._call(self.client.upsert, self.collection, points=structs, wait=True)
        return len(structs)

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        if not document_ids or not self._exists():
            return
        flt = _client_filter(Filter(must=[Match(key="document_id", any=list(document_ids))]))
        assert flt is not None
        self.client.delete(
            self.collection, points_selector=qm.FilterSelector(filter=flt), wait=True
        )

    def set_payload(self, flt: Filter, payload: dict[str, Any]) -> None:
        client_flt = _client_filter(flt)
        if client_flt is None:
            raise ValueError("set_payload needs a filter")
        self._call(
            self.client.set_payload, self.collection, payload=payload, points=client_flt, wait=True
        )

    def query_dense(
        self,
        vector: Sequence[float],
        *,
        flt: Filter | None,
        limit: int,
        fields: Collection[str] | None = None,
    ) -> list[ScoredPoint]:
        result = self._call(
            self.client.query_points,
            self.collection,
            query=list(vector),
            using=DENSE,
            query_filter=_client_filter(flt),
            limit=limit,
            with_payload=True
            if fields is None
            else qm.PayloadSelectorInclude(include=list(fields)),
        )
        return _scored(result.points)

    def query_sparse(
        self,
        vector: SparseVector,
        *,
        flt: Filter | None,
        limit: int,
        fields: Collection[str] | None = None,
    ) -> list[ScoredPoint]:
        if not vector.indices:
            return []
        result = self._call(
            self.client.query_points,
            self.collection,
            query=qm.SparseVector(indices=vector.indices, values=vector.values),
            using=SPARSE,
            query_filter=_client_filter(flt),
            limit=limit,
            with_payload=True
            if fields is None
            else qm.PayloadSelectorInclude(include=list(fields)),
        )
        return _scored(result.points)

    def best_per_document(
        self,
        query: Sequence[float] | SparseVector,
        document_ids: Sequence[str],
        *,
        flt: Filter | None,
    ) -> dict[str, ScoredPoint]:
        if not document_ids:
            return {}
        nearest: Any
        if isinstance(query, SparseVector):
            if not query.indices:
                return {}
            nearest, using = qm.SparseVector(indices=query.indices, values=query.values), SPARSE
        else:
            nearest, using = list(query), DENSE
        base = flt or Filter()
        requests = [
            qm.QueryRequest(
                query=nearest,
                using=using,
                filter=_client_filter(base.and_(Filter(must=[Match(key="document_id", any=[d])]))),
                limit=1,
                with_payload=False,
            )
            for d in document_ids
        ]
        found = self._call(self.client.query_batch_points, self.collection, requests=requests)
        return {
            d: ScoredPoint(
                id=str(r.points[0].id), score=r.points[0].score, payload={"document_id": d}
            )
            for d, r in zip(document_ids, found, strict=True)
            if r.points
        }

    def retrieve(self, ids: Sequence[str], *, with_vectors: bool = False) -> list[PointRecord]:
        records = self._call(
            self.client.retrieve,
            self.collection,
            ids=list(ids),
            with_payload=True,
            with_vectors=[DENSE] if with_vectors else False,
        )
        out = []
        for r in records:
            vec = r.vector if isinstance(r.vector, dict) else {}
            out.append(
                PointRecord(id=str(r.id), dense=list(vec.get(DENSE, [])), payload=r.payload or {})
            )
        return out

    def scroll(
        self, flt: Filter | None, *, limit: int = 256, offset: str | None = None
    ) -> tuple[list[ScoredPoint], str | None]:
        records, next_offset = self._call(
            self.client.scroll,
            self.collection,
            scroll_filter=_client_filter(flt),
            limit=limit,
            offset=offset,
            with_payload=True,
        )
        points = [ScoredPoint(id=str(r.id), score=0.0, payload=r.payload or {}) for r in records]
        return points, (str(next_offset) if next_offset is not None else None)

    def count(self, flt: Filter | None = None) -> int:
        result = self._call(
            self.client.count, self.collection, count_filter=_client_filter(flt), exact=True
        )
        return int(result.count)

    def facet(self, key: str, flt: Filter | None = None, limit: int = 100) -> dict[str, int]:
        result = self._call(
            self.client.facet,
            self.collection,
            key=key,
            facet_filter=_client_filter(flt),
            limit=limit,
            exact=True,
        )
        return {str(h.value): h.count for h in result.hits}

    def disk_bytes(self) -> int | None:
        return None  # the server does not tell; its own metrics do

    def flush(self) -> None:
        """Writes use wait=True, so there is nothing pending."""

    def optimize(self) -> bool:
        """The server optimises in the background."""
        return False

    def close(self) -> None:
        self.client.close()
