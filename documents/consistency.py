"""Index and database agree before a process works with them.

The database is the record of what is indexed (rows 'indexed' with their chunk counts); the
index holds the points. When the index lost its points (a deleted or replaced index folder, a
collection dropped on a Qdrant server) while the database still lists indexed documents, every
later ingestion would call those documents "unverändert" and never write them again. That is
refused at start with the way out, `fundus reindex`, which rebuilds the index from the texts in
the database; nothing is deleted on either side.
"""

from __future__ import annotations

import logging

from sqlalchemy import func, select

from core.errors import DataDirUnusable
from core.tables import DocumentRow
from runtime.resources import Resources

logger = logging.getLogger(__name__)


def indexed_counts(resources: Resources) -> tuple[int, int]:
    """Documents the database calls indexed, and their chunks."""
    with resources.db() as session:
        documents, chunks = session.execute(
            select(func.count(), func.coalesce(func.sum(DocumentRow.chunk_count), 0)).where(
                DocumentRow.state == "indexed"
            )
        ).one()
    return int(documents), int(chunks)


def check_index(resources: Resources) -> None:
    """Refuse an index without points the database says it has; log other differences."""
    documents, chunks = indexed_counts(resources)
    points = resources.store.count() if resources.store.collection_spec() is not None else 0
    if chunks and not points:
        raise DataDirUnusable(
            f"Der Index ist leer, laut Datenbank sind aber {documents} Dokumente mit {chunks} "
            "Abschnitten indexiert. `fundus reindex` baut den Index aus der Datenbank neu."
        )
    if points != chunks:
        logger.warning(
            "Index und Datenbank weichen ab: %d Punkte im Index, %d Abschnitte von %d "
            "Dokumenten in der Datenbank",
            points,
            chunks,
            documents,
        )
