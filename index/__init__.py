"""Qdrant schema, the two store backends and retrieval. `open_store()` is the only place that
chooses a backend."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.settings import Settings
    from index.protocol import VectorStore


def open_store(settings: Settings, collection: str | None = None) -> VectorStore:
    """Embedded qdrant-edge in the data dir by default; a server when FUNDUS_QDRANT_URL is set."""
    name = collection or settings.collection
    if settings.qdrant_url:
        from index.server import ServerStore

        return ServerStore.from_settings(settings, name)
    from core.data_dir import prepare_data_dir
    from index.edge import EdgeStore

    prepare_data_dir(settings.data_dir)  # read-only folder: one German sentence, not a trace
    return EdgeStore(settings.index_dir, name)
