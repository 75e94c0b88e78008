"""Index statistics for `fundus stats` and GET /stats."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from core.errors import CollectionNotFound
from core.tables import DocumentRow
from runtime.resources import Resources


def collect_stats(resources: Resources) -> dict[str, Any]:
    with resources.db() as session:
        documents = session.scalar(
            select(func.count()).select_from(DocumentRow).where(DocumentRow.state == "indexed")
        )
    spec = resources.store.collection_spec()
    try:
        chunks = resources.store.count()
    except CollectionNotFound:
        chunks = 0
    return {
        "documents": int(documents or 0),
        "chunks": chunks,
        "index_bytes": resources.store.disk_bytes(),
        "collection": resources.collection,
        "model": spec.model if spec else resources.settings.embedding_model,
        "backend": "server" if resources.settings.qdrant_url else "embedded",
    }
