"""Qdrant schema, the two store backends and retrieval. `open_store()` is the only place that
chooses a backend."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fundus.settings import Settings
    from index.protocol import VectorStore


def open_store(settings: Settings, collection: str | None = None) -> VectorStore:
    """Embedded qdrant-edge in the data dir by default; a server when FUNDUS_QDRANT_URL is set."""
    name = collection or settings.collection
    if settings.qdrant_url:
        from qdrant_client import QdrantClient

        from index.server import ServerStore

        api_key = settings.qdrant_api_key.get_secret_value() if settings.qdrant_api_key else None
        client = QdrantClient(url=settings.qdrant_url, api_key=api_key, timeout=30)
        return ServerStore(client, name)
    from index.edge import EdgeStore

    return EdgeStore(settings.index_dir, name)
