"""The store contract: every backend must pass the same tests (see test_stores.py)."""

from __future__ import annotations

import uuid

import pytest

from core.errors import ModelMismatch
from index.protocol import (
    CollectionSpec,
    Filter,
    Match,
    PointRecord,
    Range,
    SparseVector,
    VectorStore,
)

SPEC = CollectionSpec(model="test-model", dim=4)


def point(doc: str, position: int, dense: list[float], **payload: object) -> PointRecord:
    return PointRecord(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{doc}/{position}")),
        dense=dense,
        sparse=SparseVector(indices=[position + 1, 100], values=[1.0, 0.5]),
        payload={"document_id": doc, "chunk_position": position, **payload},
    )


POINTS = [
    point(
        "kita",
        0,
        [1, 0, 0, 0],
        doc_type="Mustersatzung",
        topics=["kita"],
        year=2024,
        access="members",
    ),
    point(
        "kita",
        1,
        [0.9, 0.1, 0, 0],
        doc_type="Mustersatzung",
        topics=["kita"],
        year=2024,
        access="members",
    ),
    point(
        "hund",
        0,
        [0, 1, 0, 0],
        doc_type="Satzung",
        topics=["steuern", "hunde"],
        year=2021,
        access="public",
    ),
    point(
        "intern",
        0,
        [0, 0, 1, 0],
        doc_type="Sonstiges",
        topics=["steuern"],
        year=2025,
        access="staff",
    ),
]


class StoreContract:
    @pytest.fixture
    def store(self) -> VectorStore:
        raise NotImplementedError

    @pytest.fixture
    def filled(self, store: VectorStore) -> VectorStore:
        store.ensure_collection(SPEC)
        assert store.upsert(POINTS) == 4
        store.flush()
        return store

    def test_spec_is_recorded_and_mismatch_refused(self, store: VectorStore) -> None:
        assert store.collection_spec() is None
        store.ensure_collection(SPEC)
        store.ensure_collection(SPEC)  # same spec: fine
        assert store.collection_spec() == SPEC
        with pytest.raises(ModelMismatch):
            store.ensure_collection(CollectionSpec(model="other", dim=4))

    def test_upsert_is_idempotent(self, filled: VectorStore) -> None:
        filled.upsert(POINTS)
        assert filled.count() == 4

    def test_dense_query_with_filter(self, filled: VectorStore) -> None:
        hits = filled.query_dense([1, 0, 0, 0], flt=None, limit=2)
        assert [h.payload["document_id"] for h in hits] == ["kita", "kita"]
        flt = Filter(must=[Match(key="topics", any=["steuern"]), Range(key="year", gte=2022)])
        hits = filled.query_dense([1, 0, 0, 0], flt=flt, limit=10)
        assert [h.payload["document_id"] for h in hits] == ["intern"]

    def test_sparse_query(self, filled: VectorStore) -> None:
        hits = filled.query_sparse(SparseVector(indices=[2], values=[1.0]), flt=None, limit=10)
        assert {h.payload["document_id"] for h in hits} == {"kita"}
        assert hits[0].payload["chunk_position"] == 1

    def test_must_not(self, filled: VectorStore) -> None:
        flt = Filter(must_not=[Match(key="document_id", any=["kita"])])
        assert filled.count(flt) == 2

    def test_count_facet_scroll(self, filled: VectorStore) -> None:
        members = Filter(must=[Match(key="access", any=["public", "members"])])
        assert filled.count(members) == 3
        assert filled.facet("topics", members) == {"kita": 2, "steuern": 1, "hunde": 1}
        seen, offset = [], None
        while True:
            page, offset = filled.scroll(None, limit=3, offset=offset)
            seen.extend(p.id for p in page)
            if offset is None:
                break
        assert sorted(seen) == sorted(p.id for p in POINTS)

    def test_delete_documents(self, filled: VectorStore) -> None:
        filled.delete_documents(["kita"])
        assert filled.count() == 2
        filled.delete_documents(["missing"])
        assert filled.count() == 2

    def test_set_payload_by_filter(self, filled: VectorStore) -> None:
        filled.set_payload(
            Filter(must=[Match(key="document_id", any=["kita"])]), {"access": "staff"}
        )
        assert filled.facet("access") == {"staff": 3, "public": 1}

    def test_revision_changes_with_every_write(self, filled: VectorStore) -> None:
        """A search reuses an answer only at the same revision (search/channel_cache.py): a
        write it did not notice would serve a document closed to staff from the cache."""
        seen = [filled.revision()]
        if seen[0] is None:  # a backend that cannot see every write: never a number
            filled.upsert(POINTS[:1])
            assert filled.revision() is None
            return
        filled.upsert(POINTS[:1])
        seen.append(filled.revision())
        filled.set_payload(Filter(must=[Match(key="document_id", any=["kita"])]), {"x": 1})
        seen.append(filled.revision())
        filled.delete_documents(["hund"])
        seen.append(filled.revision())
        assert len(set(seen)) == 4, seen
        assert filled.count() >= 0 and filled.revision() == seen[-1]  # reads change nothing

    def test_retrieve_with_vectors(self, filled: VectorStore) -> None:
        (record,) = filled.retrieve([POINTS[2].id], with_vectors=True)
        assert record.payload["document_id"] == "hund"
        assert record.dense == pytest.approx([0, 1, 0, 0])

    def test_best_per_document(self, filled: VectorStore) -> None:
        """One best chunk per listed document, scored as the channel search scores it."""
        docs = ["kita", "hund", "intern", "missing"]
        best = filled.best_per_document([0, 1, 0, 0], docs, flt=None)
        assert sorted(best) == ["hund", "intern", "kita"]
        assert best["kita"].id == POINTS[1].id  # [0.9, 0.1, 0, 0] beats [1, 0, 0, 0]
        full = {p.id: p.score for p in filled.query_dense([0, 1, 0, 0], flt=None, limit=10)}
        assert {d: p.score for d, p in best.items()} == pytest.approx(
            {d: full[p.id] for d, p in best.items()}
        )
        assert all(p.payload == {"document_id": d} for d, p in best.items())
        members = Filter(must=[Match(key="access", any=["public", "members"])])
        assert sorted(filled.best_per_document([0, 1, 0, 0], docs, flt=members)) == [
            "hund",
            "kita",
        ]
        # sparse: only documents with a chunk holding a query term
        sparse = filled.best_per_document(SparseVector(indices=[2], values=[1.0]), docs, flt=None)
        assert list(sparse) == ["kita"]
        assert sparse["kita"].id == POINTS[1].id
        assert filled.best_per_document([0, 1, 0, 0], [], flt=None) == {}
