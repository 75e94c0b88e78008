"""Reading documents from the relational store, which is the truth about them.

Routes, notification and tagging read documents through here instead of each other's
internals (or the index, whose payload is a copy)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from core.models import Document
from core.tables import DocumentRow
from runtime.resources import Resources


def load_document(row: DocumentRow) -> Document:
    return Document.model_validate({**row.meta, "text": row.text})


def load_documents(resources: Resources, ids: Iterable[str]) -> list[Document]:
    """Indexed documents by id (rows still being written or gone are left out)."""
    wanted = list(dict.fromkeys(ids))
    docs: list[Document] = []
    with resources.db() as session:
        for start in range(0, len(wanted), 500):
            rows = session.scalars(
                select(DocumentRow).where(
                    DocumentRow.id.in_(wanted[start : start + 500]),
                    DocumentRow.state == "indexed",
                )
            )
            docs.extend(load_document(r) for r in rows)
    return docs
