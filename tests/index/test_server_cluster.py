"""The cluster settings reach the collection a ServerStore creates on a Qdrant server."""

from __future__ import annotations

from typing import Any

import pytest
from qdrant_client import QdrantClient

from core.errors import ModelMismatch
from core.settings import Settings
from index.protocol import CollectionSpec
from index.server import ServerStore
from tests.index.contract import POINTS, SPEC


class RecordingClient(QdrantClient):
    """qdrant-client's local mode, noting what each create_collection was asked for. Local mode
    accepts the cluster arguments but does not report them back, so they are read here."""

    def __init__(self) -> None:
        super().__init__(location=":memory:")
        self.created: list[dict[str, Any]] = []

    def create_collection(self, *args: Any, **kwargs: Any) -> bool:
        self.created.append({"name": args[0], **kwargs})  # ServerStore passes the name first
        return super().create_collection(*args, **kwargs)


def _settings(**env: Any) -> Settings:
    return Settings(qdrant_url="http://qdrant-node-1:6333", _env_file=None, **env)  # type: ignore[call-arg]


def test_collection_is_created_with_the_configured_shards_and_replicas() -> None:
    client = RecordingClient()
    settings = _settings(
        qdrant_shard_number=6, qdrant_replication_factor=2, qdrant_write_consistency_factor=2
    )
    store = ServerStore.from_settings(settings, "cluster", client=client)
    store.ensure_collection(SPEC)
    store.ensure_collection(SPEC)  # the second call finds it and creates nothing
    assert len(client.created) == 1
    created = client.created[0]
    assert created["name"] == "cluster"
    assert created["shard_number"] == 6 and created["replication_factor"] == 2
    assert created["write_consistency_factor"] == 2
    assert store.upsert(POINTS) == len(POINTS) and store.count() == len(POINTS)
    store.close()


def test_defaults_are_one_shard_one_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SHARD_NUMBER", "REPLICATION_FACTOR", "WRITE_CONSISTENCY_FACTOR"):
        monkeypatch.delenv(f"FUNDUS_QDRANT_{name}", raising=False)
    client = RecordingClient()
    ServerStore.from_settings(_settings(), "single", client=client).ensure_collection(SPEC)
    created = client.created[0]
    assert (created["shard_number"], created["replication_factor"]) == (1, 1)
    assert created["write_consistency_factor"] == 1


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FUNDUS_QDRANT_SHARD_NUMBER", "6")
    monkeypatch.setenv("FUNDUS_QDRANT_REPLICATION_FACTOR", "2")
    settings = _settings()
    assert (settings.qdrant_shard_number, settings.qdrant_replication_factor) == (6, 2)


class LateClient(RecordingClient):
    """Answers existence checks as they were before another process created the collection."""

    def __init__(self) -> None:
        super().__init__()
        self.stale_answers = 0

    def collection_exists(self, *args: Any, **kwargs: Any) -> bool:
        if self.stale_answers:
            self.stale_answers -= 1
            return False
        return super().collection_exists(*args, **kwargs)


def test_a_create_lost_to_another_process_is_not_an_error() -> None:
    """Workers and API replicas start together; the loser accepts the winner's collection."""
    client = LateClient()
    ServerStore(client, "shared").ensure_collection(SPEC)  # the winner
    client.stale_answers = 1  # the loser looked before the winner created it
    loser = ServerStore(client, "shared")
    loser.ensure_collection(SPEC)
    assert len(client.created) == 2  # both tried
    assert loser.collection_spec() == SPEC

    client.stale_answers = 1  # a loser built for another model must not write into it
    with pytest.raises(ModelMismatch):
        ServerStore(client, "shared").ensure_collection(CollectionSpec(model="anderes", dim=8))
