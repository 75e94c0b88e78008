"""Both backends against one contract, plus a congruence check on the same data."""

from __future__ import annotations

from pathlib import Path

import pytest
from qdrant_client import QdrantClient

from core.errors import IndexLocked
from index.edge import EdgeStore
from index.protocol import Filter, Match
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
