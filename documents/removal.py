"""Removing documents from index and relational store together; free of pipeline imports so
the API can delete without loading Haystack."""

from __future__ import annotations

from sqlalchemy import delete, select, update

from core.tables import DocumentRow
from documents import originals
from runtime.resources import Resources


def delete_documents(resources: Resources, ids: list[str]) -> int:
    """Rows are marked 'writing' before their chunks go: a run killed in between leaves them
    for `repair_interrupted` instead of as indexed documents without chunks. Their originals
    go last, if no other document or draft refers to them."""
    if not ids:
        return 0
    with resources.db.begin() as session:
        shas = list(session.scalars(select(DocumentRow.file_sha256).where(DocumentRow.id.in_(ids))))
        session.execute(update(DocumentRow).where(DocumentRow.id.in_(ids)).values(state="writing"))
    resources.store.delete_documents(ids)
    resources.store.flush()
    with resources.db.begin() as session:
        session.execute(delete(DocumentRow).where(DocumentRow.id.in_(ids)))
    originals.release(resources.db, resources.settings.originals_dir, shas)
    return len(ids)
