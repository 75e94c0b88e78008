"""Index against database: which documents differ, and which the index shows more openly."""

from __future__ import annotations

from pydantic import BaseModel
from sqlalchemy import select

from core.access import more_open
from core.tables import DocumentRow
from runtime.resources import Resources


class IndexComparison(BaseModel):
    differing: list[str]  # payload access differs from the row's (either way)
    more_open: list[str]  # the index is more open than the row: a leak
    orphaned: list[str]  # chunks of documents without a row


def compare_index_with_database(resources: Resources) -> IndexComparison:
    with resources.db() as session:
        rows = {r.id: r.access for r in session.scalars(select(DocumentRow))}
    differing: set[str] = set()
    leaking: set[str] = set()
    orphaned: set[str] = set()
    offset = None
    while True:
        points, offset = resources.store.scroll(None, limit=256, offset=offset)
        for point in points:
            doc_id = point.payload["document_id"]
            access = point.payload["access"]
            if doc_id not in rows:
                orphaned.add(doc_id)
            elif access != rows[doc_id]:
                differing.add(doc_id)
                if more_open(access, rows[doc_id]):
                    leaking.add(doc_id)
        if offset is None:
            break
    return IndexComparison(
        differing=sorted(differing), more_open=sorted(leaking), orphaned=sorted(orphaned)
    )
