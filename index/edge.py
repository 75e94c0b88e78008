"""Embedded backend: the Qdrant engine in-process (qdrant-edge-py), one shard per collection.

Why not qdrant-client's local mode: it is a brute-force Python loop (1.5 s per filtered query
at 100k vectors, measured); qdrant-edge runs the real engine (segments, WAL, HNSW, payload
indexes) in ~ms and survives kill -9.
"""

from __future__ import annotations

import logging
import shutil
import threading
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Any, cast

import qdrant_edge as qe
from filelock import FileLock, Timeout

from core.errors import CollectionNotFound, IndexLocked, ModelMismatch
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

logger = logging.getLogger(__name__)

_SPEC_FILE = "fundus-collection.json"
# From this many points `optimize()` builds HNSW. Below it exact search is as fast (~5 ms per
# channel at 29k e5-small chunks, the same as HNSW) and exact, where HNSW would lose ~3 % of
# the dense top 10 (bench/hnsw_recall.py); above it exact search grows linearly with the
# collection (bench/query.py has 100k and 1M).
HNSW_MIN_POINTS = 50_000
_SCHEMA = {
    "keyword": qe.PayloadSchemaType.Keyword,
    "integer": qe.PayloadSchemaType.Integer,
    "datetime": qe.PayloadSchemaType.Datetime,
}


def _condition(c: Match | Range) -> qe.FieldCondition:
    if isinstance(c, Match):
        return qe.FieldCondition(key=c.key, match=qe.MatchAny(any=list(c.any)))  # type: ignore[arg-type]
    return qe.FieldCondition(key=c.key, range=qe.RangeFloat(gte=c.gte, lte=c.lte))


def _edge_filter(flt: Filter | None) -> qe.Filter | None:
    if flt is None or not (flt.must or flt.must_not):
        return None
    return qe.Filter(
        must=[_condition(c) for c in flt.must] or None,
        must_not=[_condition(c) for c in flt.must_not] or None,
    )


def _scored(points: Sequence[Any]) -> list[ScoredPoint]:
    return [ScoredPoint(id=str(p.id), score=p.score, payload=p.payload or {}) for p in points]


class EdgeStore:
    """One collection in `<index_dir>/<collection>/`, owned by this process (file lock)."""

    def __init__(self, index_dir: Path, collection: str) -> None:
        self.collection = collection
        self.path = index_dir / collection
        self.path.mkdir(parents=True, exist_ok=True)
        # Not thread-local (filelock's default): the API opens the index on a worker thread and
        # closes it on the event loop's, and a thread-local lock would stay held after close.
        self._lock = FileLock(str(index_dir / f"{collection}.lock"), thread_local=False)
        try:
            self._lock.acquire(timeout=0)
        except Timeout as exc:
            raise IndexLocked(
                f"Der Index {self.path} wird bereits von einem anderen Prozess benutzt "
                "(läuft `fundus serve`?). Nutzen Sie die API oder einen Qdrant-Server "
                "(FUNDUS_QDRANT_URL)."
            ) from exc
        self._shard: qe.EdgeShard | None = None
        self._revision = 0  # every write counts (this process owns the shard: the lock above)
        if self._spec_path.exists():
            self._shard = qe.EdgeShard.load(str(self.path / "shard"))
            self.warm_payloads()

    def warm_payloads(self) -> threading.Thread:
        """Read the payload storage once, sequentially, on a background thread.

        The engine reads payloads through memory maps, one random page per point: a page
        not in the page cache is a disk read (~80 µs here), so the 200 candidates of one
        channel list cost 16-20 ms at 100k chunks against 4-6 ms once the pages are cached
        (bench/query_breakdown.py). A sequential read at open puts them there (126 MB at
        100k chunks, well under a second); nothing is pinned, the kernel may evict them
        again under memory pressure. Returns the thread (tests and benchmarks wait for it).
        """
        files = self.payload_files()

        def read_all() -> None:
            for path in files:
                try:
                    with path.open("rb") as handle:
                        while handle.read(1 << 20):
                            pass
                except OSError:  # a segment merged away meanwhile: nothing to warm
                    continue

        thread = threading.Thread(target=read_all, name=f"warm-{self.collection}", daemon=True)
        thread.start()
        return thread

    def payload_files(self) -> list[Path]:
        """The engine's payload storage files (its on-disk layout: segments/*/payload_storage)."""
        segments = self.path / "shard" / "segments"
        return [f for f in segments.glob("*/payload_storage/**/*") if f.is_file()]

    def revision(self) -> int:
        """Exact: every write to this shard goes through this object (the file lock)."""
        return self._revision

    @property
    def _spec_path(self) -> Path:
        return self.path / _SPEC_FILE

    @property
    def shard(self) -> qe.EdgeShard:
        if self._shard is None:
            raise CollectionNotFound(f"Die Sammlung '{self.collection}' existiert noch nicht.")
        return self._shard

    def collection_spec(self) -> CollectionSpec | None:
        if not self._spec_path.exists():
            return None
        return CollectionSpec.model_validate_json(self._spec_path.read_text())

    def ensure_collection(self, spec: CollectionSpec) -> None:
        existing = self.collection_spec()
        if existing is not None:
            if existing != spec:
                raise ModelMismatch(
                    f"Die Sammlung '{self.collection}' wurde mit {existing.model} "
                    f"({existing.dim} Dimensionen) gebaut, eingestellt ist {spec.model} "
                    f"({spec.dim}). `fundus reindex` baut sie aus den Originalen neu."
                )
            self._add_missing_indexes()
            return
        shard_dir = self.path / "shard"
        if shard_dir.exists():
            self._adopt_or_clear(shard_dir, spec)
            if self._shard is not None:
                self._add_missing_indexes()
                return
        config = qe.EdgeConfig(
            vectors={DENSE: qe.EdgeVectorParams(size=spec.dim, distance=qe.Distance.Cosine)},
            sparse_vectors={SPARSE: qe.EdgeSparseVectorParams(modifier=qe.Modifier.Idf)},
        )
        shard = qe.EdgeShard.create(str(shard_dir), config)
        for field, kind in PAYLOAD_INDEXES.items():
            shard.update(qe.UpdateOperation.create_field_index(field, _SCHEMA[kind]))
        shard.flush()
        self._shard = shard
        self._revision += 1
        tmp = self._spec_path.with_suffix(".tmp")
        tmp.write_text(spec.model_dump_json())
        tmp.replace(self._spec_path)

    def _add_missing_indexes(self) -> None:
        """A collection built by an earlier version lacks the indexes of the fields added
        since (`version`, `supersedes`, `superseded_by` with issue 15). Without one, every
        filter on the field reads each point's payload: a search on 4.6k chunks took 33 ms
        instead of 3. Creating an index reads the stored payloads once; no data changes."""
        if self._shard is None:
            return
        have = set(self._shard.info().payload_schema)
        missing = [field for field in PAYLOAD_INDEXES if field not in have]
        for field in missing:
            schema = _SCHEMA[PAYLOAD_INDEXES[field]]
            self._shard.update(qe.UpdateOperation.create_field_index(field, schema))
        if missing:
            self._shard.flush()
            self._revision += 1
            logger.info("Index %s: payload indexes added for %s", self.collection, missing)

    def _adopt_or_clear(self, shard_dir: Path, spec: CollectionSpec) -> None:
        """A shard without its spec file: a create that died before writing the spec (empty,
        cleared) or a spec file lost from a working index. Data is never deleted because a
        marker is missing: a shard with points is adopted and its spec rewritten from the
        settings."""
        try:
            shard = qe.EdgeShard.load(str(shard_dir))
        except Exception:
            shutil.rmtree(shard_dir)  # a half-created shard that cannot even be opened
            return
        points = shard.count(qe.CountRequest(exact=True))
        if points == 0:
            shard.close()
            shutil.rmtree(shard_dir)
            return
        logger.warning(
            "Collection spec %s was missing; adopting the existing shard (%d points)",
            self._spec_path,
            points,
        )
        self._shard = shard
        tmp = self._spec_path.with_suffix(".tmp")
        tmp.write_text(spec.model_dump_json())
        tmp.replace(self._spec_path)

    def drop_collection(self) -> None:
        if self._shard is not None:
            self._shard.close()
            self._shard = None
        self._revision += 1
        self._spec_path.unlink(missing_ok=True)
        shutil.rmtree(self.path / "shard", ignore_errors=True)

    def upsert(self, points: Sequence[PointRecord]) -> int:
        if not points:
            return 0
        edge_points = []
        for p in points:
            vector: dict[str, Any] = {DENSE: list(p.dense)}
            if p.sparse is not None and p.sparse.indices:
                vector[SPARSE] = qe.SparseVector(indices=p.sparse.indices, values=p.sparse.values)
            edge_points.append(qe.Point(id=p.id, vector=vector, payload=p.payload))
        try:
            self.shard.update(qe.UpdateOperation.upsert_points(edge_points))
        finally:
            self._revision += 1  # after the write: searches of the old data hold the old number
        return len(edge_points)

    def delete_documents(self, document_ids: Sequence[str]) -> None:
        if not document_ids or self._shard is None:
            return
        flt = _edge_filter(Filter(must=[Match(key="document_id", any=list(document_ids))]))
        assert flt is not None
        try:
            self.shard.update(qe.UpdateOperation.delete_points_by_filter(flt))
        finally:
            self._revision += 1  # after the write: searches of the old data hold the old number

    def set_payload(self, flt: Filter, payload: dict[str, Any]) -> None:
        edge_flt = _edge_filter(flt)
        if edge_flt is None:
            raise ValueError("set_payload needs a filter")
        try:
            self.shard.update(qe.UpdateOperation.set_payload_by_filter(edge_flt, payload))
        finally:
            self._revision += 1  # after the write: searches of the old data hold the old number

    def query_dense(
        self,
        vector: Sequence[float],
        *,
        flt: Filter | None,
        limit: int,
        fields: Collection[str] | None = None,
    ) -> list[ScoredPoint]:
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(list(vector), using=DENSE),
            filter=_edge_filter(flt),
            with_payload=True if fields is None else qe.PayloadSelector.Include(list(fields)),
        )
        return _scored(self.shard.query(request))

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
        request = qe.QueryRequest(
            limit=limit,
            query=qe.Query.Nearest(
                qe.SparseVector(indices=vector.indices, values=vector.values), using=SPARSE
            ),
            filter=_edge_filter(flt),
            with_payload=True if fields is None else qe.PayloadSelector.Include(list(fields)),
        )
        return _scored(self.shard.query(request))

    def best_per_document(
        self,
        query: Sequence[float] | SparseVector,
        document_ids: Sequence[str],
        *,
        flt: Filter | None,
    ) -> dict[str, ScoredPoint]:
        if not document_ids:
            return {}
        if isinstance(query, SparseVector):
            if not query.indices:
                return {}
            nearest = qe.Query.Nearest(
                qe.SparseVector(indices=query.indices, values=query.values), using=SPARSE
            )
        else:
            nearest = qe.Query.Nearest(list(query), using=DENSE)
        # the shared conditions are converted once, not once per document
        must: list[Any] = [_condition(c) for c in flt.must] if flt else []
        must_not: list[Any] = [_condition(c) for c in flt.must_not] if flt else []
        requests = [
            qe.QueryRequest(
                limit=1,
                query=nearest,
                # the document first: the engine narrows by the most selective condition
                # MatchValue, not a one-element MatchAny: a fifth of the cost to build
                filter=qe.Filter(
                    must=[
                        qe.FieldCondition(key="document_id", match=qe.MatchValue(value=d)),
                        *must,
                    ],
                    must_not=must_not or None,
                ),
                with_payload=False,
            )
            for d in document_ids
        ]
        found = self.shard.query_batch(qe.QueryBatchRequest(requests))
        return {
            d: ScoredPoint(id=str(points[0].id), score=points[0].score, payload={"document_id": d})
            for d, points in zip(document_ids, found, strict=True)
            if points
        }

    def retrieve(self, ids: Sequence[str], *, with_vectors: bool = False) -> list[PointRecord]:
        records = self.shard.retrieve(list(ids), with_payload=True, with_vector=with_vectors)
        out = []
        for r in records:
            vec = r.vector if isinstance(r.vector, dict) else {}
            dense = vec.get(DENSE) if with_vectors else None
            # Fundus' dense vector is one flat list (never a sparse vector or a multivector).
            floats = list(cast(list[float], dense)) if isinstance(dense, list) else []
            out.append(PointRecord(id=str(r.id), dense=floats, payload=r.payload or {}))
        return out

    def scroll(
        self, flt: Filter | None, *, limit: int = 256, offset: str | None = None
    ) -> tuple[list[ScoredPoint], str | None]:
        records, next_offset = self.shard.scroll(
            qe.ScrollRequest(
                offset=offset, limit=limit, filter=_edge_filter(flt), with_payload=True
            )
        )
        points = [ScoredPoint(id=str(r.id), score=0.0, payload=r.payload or {}) for r in records]
        return points, (str(next_offset) if next_offset is not None else None)

    def count(self, flt: Filter | None = None) -> int:
        return self.shard.count(qe.CountRequest(exact=True, filter=_edge_filter(flt)))

    def facet(self, key: str, flt: Filter | None = None, limit: int = 100) -> dict[str, int]:
        response = self.shard.facet(
            qe.FacetRequest(key=key, limit=limit, exact=True, filter=_edge_filter(flt))
        )
        # qdrant-edge 0.9 keeps values whose points were updated away, with count 0
        return {str(h.value): h.count for h in response.hits if h.count > 0}

    def disk_bytes(self) -> int | None:
        """Allocated bytes: the engine preallocates sparse files, so apparent sizes mislead."""
        return sum(f.stat().st_blocks * 512 for f in self.path.rglob("*") if f.is_file())

    def flush(self) -> None:
        if self._shard is not None:
            self._shard.flush()

    def optimize(self, *, force: bool = False) -> bool:
        """Build HNSW and merge segments once the collection is big enough for it to pay
        (`HNSW_MIN_POINTS`; `force` ignores that). The engine indexes each segment above its
        indexing threshold (10 MB of vectors) and plans nothing when all are optimal, so calling
        this after every ingestion costs only the segments that grew. True if it built anything.
        """
        if self._shard is None or (not force and self.count() < HNSW_MIN_POINTS):
            return False
        built = bool(self._shard.optimize())
        if built:
            self.warm_payloads()  # merged segments have new payload files
        return built

    def close(self) -> None:
        if self._shard is not None:
            self._shard.flush()
            self._shard.close()
            self._shard = None
        if self._lock.is_locked:
            self._lock.release()
