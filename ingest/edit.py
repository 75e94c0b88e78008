"""Staff corrections of document metadata, with history, that survive re-ingestion.

The index is updated with one filtered payload update per document, so all chunks of a
document change together; for an access change that is the guarantee that a member never
sees some chunks of a document that was just made internal.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fundus.db.tables import DocumentRow, EditRow
from fundus.errors import NotFound
from fundus.models import Document, DocumentPatch, document_payload
from fundus.resources import Resources
from index.protocol import Filter, Match


def load_document(row: DocumentRow) -> Document:
    return Document.model_validate({**row.meta, "text": row.text})


def update_metadata(
    resources: Resources, document_id: str, patch: DocumentPatch, *, editor: str
) -> Document:
    changes = patch.model_dump(exclude_unset=True)
    with resources.db.begin() as session:
        row = session.get(DocumentRow, document_id)
        if row is None or row.state != "indexed":
            raise NotFound("Dokument nicht gefunden.")
        before = load_document(row)
        after = before.model_copy(update=changes)
        after = Document.model_validate(after.model_dump())  # re-validate the merged document
        changed = {f: getattr(after, f) for f in changes if getattr(after, f) != getattr(before, f)}
        if not changed:
            return before
        resources.store.set_payload(
            Filter(must=[Match(key="document_id", any=[document_id])]), document_payload(after)
        )
        resources.store.flush()
        for field, value in changed.items():
            session.add(
                EditRow(
                    document_id=document_id,
                    editor=editor,
                    field=field,
                    old_value=_json(getattr(before, field)),
                    new_value=_json(value),
                )
            )
        _store_row(row, after)
    from notify.matching import notify_new_documents

    notify_new_documents(resources, [document_id])  # e.g. a new topic or access reaches members
    return after


def apply_saved_edits(session: Session, doc: Document) -> Document:
    """Re-ingesting a changed file must not undo what staff corrected by hand."""
    edits = session.scalars(
        select(EditRow).where(EditRow.document_id == doc.id).order_by(EditRow.id)
    ).all()
    if not edits:
        return doc
    latest: dict[str, Any] = {e.field: e.new_value for e in edits}
    return Document.model_validate({**doc.model_dump(), **latest})


def history(resources: Resources, document_id: str) -> list[dict[str, Any]]:
    with resources.db() as session:
        rows = session.scalars(
            select(EditRow).where(EditRow.document_id == document_id).order_by(EditRow.id)
        ).all()
    return [
        {
            "editor": r.editor,
            "field": r.field,
            "old": r.old_value,
            "new": r.new_value,
            "changed_at": r.changed_at.isoformat(),
        }
        for r in rows
    ]


def _store_row(row: DocumentRow, doc: Document) -> None:
    row.title, row.doc_type, row.access = doc.title, doc.doc_type, doc.access
    row.meta = json.loads(doc.model_dump_json(exclude={"text"}))


def _json(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))
