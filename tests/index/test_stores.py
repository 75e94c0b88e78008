"""Both backends against one contract, plus a congruence check on the same data."""

from __future__ import annotations

from pathlib import Path

import pytest
import qdrant_edge as qe
from qdrant_client import QdrantClient

from core.errors import IndexLocked
from index.edge import EdgeStore
from index.protocol import PAYLOAD_INDEXES, Filter, Match
from index.server import ServerStore
from tests.index.contract import POINTS, SPEC, StoreContract


class TestEdgeStore(StoreContract):
    @pytest.fixture
    def store(self, tmp_path: Path):  # type: ignore[no-untyped-def]
        store = EdgeStore(tmp_path, "test")
        yield store
        store.close()

    def test_survives_reopen(self, filled: EdgeStore, tmp_path: Path) -> None:
        filled.close()
        reopened = EdgeStore(tmp_path, "test")
        try:
            assert reopened.count() == 4
            assert reopened.collection_spec() == SPEC
        finally:
            reopened.close()

    def test_a_collection_of_the_previous_version_gets_the_new_indexes(
        self, filled: EdgeStore, tmp_path: Path
    ) -> None:
        """Collections built before issue 15 had no index on `version` (and the two version
        links): every search's current-versions filter then read each point's payload. The
        next start (`ensure_collection`) adds what is missing, and it survives a reopen."""
        for field in ("version", "supersedes", "superseded_by"):
            filled.shard.update(qe.UpdateOperation.delete_field_index(field))
        filled.flush()
        assert "version" not in filled.shard.info().payload_schema
        filled.close()
        reopened = EdgeStore(tmp_path, "test")
        try:
            reopened.ensure_collection(SPEC)
            assert set(PAYLOAD_INDEXES) <= set(reopened.shard.info().payload_schema)
            current = Filter(must_not=[Match(key="version", any=["superseded"])])
            assert len(reopened.query_dense([1, 0, 0, 0], flt=current, limit=10)) == 4
        finally:
            reopened.close()

    def test_payload_storage_is_warmed_at_open(self, filled: EdgeStore, tmp_path: Path) -> None:
        """The engine's payload files are where `payload_files` looks (a layout change of
        qdrant-edge would silently stop the warming: this fails instead), and the
        background read leaves the store working."""
        filled.close()
        reopened = EdgeStore(tmp_path, "test")
        try:
            files = reopened.payload_files()
            assert files and sum(f.stat().st_size for f in files) > 0
            thread = reopened.warm_payloads()
            thread.join(timeout=30)
            assert not thread.is_alive()
            hits = reopened.query_dense([1, 0, 0, 0], flt=None, limit=1, fields=["document_id"])
            assert hits[0].payload == {"document_id": "kita"}
        finally:
            reopened.close()

    def test_folder_is_locked(self, store: EdgeStore, tmp_path: Path) -> None:
        with pytest.raises(IndexLocked):
            EdgeStore(tmp_path, "test")


class TestServerStore(StoreContract):
    """qdrant-client's local mode speaks the server API: the server path without a server."""

    @pytest.fixture
    def store(self):  # type: ignore[no-untyped-def]
        store = ServerStore(QdrantClient(location=":memory:"), "test")
        yield store
        store.close()

    def test_has_no_revision(self, filled: ServerStore) -> None:
        """Other processes write to a server collection: nothing may be reused."""
        assert filled.revision() is None


def test_backends_agree(tmp_path: Path) -> None:
    edge = EdgeStore(tmp_path, "test")
    server = ServerStore(QdrantClient(location=":memory:"), "test")
    try:
        for store in (edge, server):
            store.ensure_collection(SPEC)
            store.upsert(POINTS)
        flt = Filter(must=[Match(key="access", any=["public", "members"])])
        for vector in ([1, 0, 0, 0], [0.3, 0.6, 0.1, 0], [0, 0.2, 1, 0]):
            a = [h.id for h in edge.query_dense(vector, flt=flt, limit=3)]
            b = [h.id for h in server.query_dense(vector, flt=flt, limit=3)]
            assert a == b
    finally:
        edge.close()
        server.close()
