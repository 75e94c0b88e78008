"""Staff corrections of document metadata, with history, that survive re-ingestion.

The database is the truth; the index follows it and is never more open than it. An edit runs
in steps, each leaving database and index in a safe state if the process dies or a write fails
right after it (see documents/index_sync.py):

1. record an intent for every document the edit touches (committed before the index changes);
2. if the access level closes, close the index first (to the stricter of old and new);
3. commit the rows and their history;
4. write the new payloads to the index;
5. clear the intents.

An e-mail's attachments are never more open than the mail: closing a mail closes them with it,
and an attachment cannot be opened beyond its mail.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.access import ACCESS_LABELS, more_open, stricter_access
from core.errors import InvalidRequest, NotFound, Unavailable
from core.jsonable import jsonable
from core.lifecycle import VERSION_FIELDS
from core.models import Document, DocumentPatch
from core.tables import DocumentRow, EditRow
from documents.index_sync import (
    EDIT_LOCK,
    clear_intents,
    database_write,
    reconcile_index,
    record_intents,
    write_payloads,
)
from documents.repository import load_document
from runtime.resources import Resources


def update_metadata(
    resources: Resources, document_id: str, patch: DocumentPatch, *, editor: str
) -> Document:
    changes = patch.model_dump(exclude_unset=True)
    if patch.superseded_by is not None and patch.superseded_by == _own_external_id(
        resources, document_id
    ):
        raise InvalidRequest("Ein Dokument kann nicht sich selbst ersetzen.")
    with EDIT_LOCK:
        reconcile_index(resources)  # finish what an interrupted edit left
        with resources.db() as session:
            row = session.get(DocumentRow, document_id)
            if row is None or row.state != "indexed":
                raise NotFound("Dokument nicht gefunden.")
            before = load_document(row)
            after = with_changes(before, changes)
            _check_parent(session, row, after)
            _check_successor(session, patch)
            plan = {document_id: (before, after)}
            if after.access != before.access:
                for child in _attachments_of(session, row):
                    if more_open(child.access, after.access):
                        plan[child.id] = (child, child.model_copy(update={"access": after.access}))
        changed = {i: _changed_fields(old, new) for i, (old, new) in plan.items()}
        if not any(changed.values()):
            # Nothing to change in the database; rewriting the index from it repairs a
            # mismatch that an earlier failure may have left.
            _write_index(resources, [before])
            return before
        ids = list(plan)
        with database_write(resources, done="Es wurde nichts geändert.") as session:
            record_intents(session, ids)
        closing = [
            old.model_copy(update={"access": stricter_access(old.access, new.access)})
            for old, new in plan.values()
            if new.access != old.access and not more_open(new.access, old.access)
        ]
        if closing:
            _write_index(resources, closing)
        with database_write(resources, done="Es wurde nichts geändert.") as session:
            for doc_id, (old, new) in plan.items():
                current = session.get(DocumentRow, doc_id)
                if current is None:
                    raise NotFound("Dokument nicht gefunden.")
                for field, value in changed[doc_id].items():
                    session.add(
                        EditRow(
                            document_id=doc_id,
                            editor=editor,
                            field=field,
                            old_value=jsonable(field_value(old, field)),
                            new_value=jsonable(value),
                        )
                    )
                _store_row(current, new)
        _write_index(resources, [new for _, new in plan.values()])
        clear_intents(resources, ids)
    resources.announce([document_id])  # e.g. a new topic or access reaches members
    return after


def _write_index(resources: Resources, documents: list[Document]) -> None:
    """An index failure leaves the intents: the index stays as closed as the stricter of old
    and new until reconciliation completes the edit."""
    try:
        write_payloads(resources, documents)
    except OSError as exc:
        raise Unavailable(
            "Der Suchindex konnte nicht geschrieben werden (z. B. Speicherplatz voll). "
            "Die Datenbank bleibt maßgeblich; der Index wird beim nächsten Start oder bei der "
            "nächsten Änderung angeglichen."
        ) from exc


def with_changes(doc: Document, changes: dict[str, Any]) -> Document:
    """The document with patched fields; version fields (`VERSION_FIELDS`) go to `extra`,
    where front matter and text cues put them (core/lifecycle.py), and null removes them."""
    direct = {k: v for k, v in changes.items() if k not in VERSION_FIELDS}
    extra = dict(doc.extra)
    for key in VERSION_FIELDS & changes.keys():
        value = jsonable(changes[key])
        if value in (None, []):
            extra.pop(key, None)
        else:
            extra[key] = value
    return Document.model_validate({**doc.model_dump(), **direct, "extra": extra})


def field_value(doc: Document, field: str) -> Any:
    if field in VERSION_FIELDS:
        return doc.extra.get(field)
    return getattr(doc, field)


def _changed_fields(before: Document, after: Document) -> dict[str, Any]:
    return {
        f: field_value(after, f)
        for f in DocumentPatch.model_fields
        if field_value(after, f) != field_value(before, f)
    }


def _own_external_id(resources: Resources, document_id: str) -> str | None:
    with resources.db() as session:
        row = session.get(DocumentRow, document_id)
        return row.external_id if row is not None else None


def _check_successor(session: Session, patch: DocumentPatch) -> None:
    """A successor must exist: a mistyped one would drop the document from every
    current-only search (superseded versions are left out there)."""
    if patch.superseded_by is None:
        return
    found = session.scalar(
        select(DocumentRow.id).where(
            DocumentRow.external_id == patch.superseded_by, DocumentRow.state == "indexed"
        )
    )
    if found is None:
        raise InvalidRequest(
            f"Es gibt kein Dokument mit der Kennung „{patch.superseded_by}“ als Nachfolger."
        )


def _check_parent(session: Session, row: DocumentRow, after: Document) -> None:
    parent_key = (row.meta.get("extra") or {}).get("parent")
    if not parent_key:
        return
    parent = session.scalar(
        select(DocumentRow).where(
            DocumentRow.source == row.source, DocumentRow.source_key == parent_key
        )
    )
    if parent is not None and more_open(after.access, parent.access):
        raise InvalidRequest(
            "Ein Anhang kann nicht offener sein als seine E-Mail "
            f"(Zugriff der E-Mail: {ACCESS_LABELS[parent.access]})."
        )


def _attachments_of(session: Session, row: DocumentRow) -> list[Document]:
    rows = session.scalars(
        select(DocumentRow).where(
            DocumentRow.source == row.source,
            DocumentRow.source_key.startswith(row.source_key + "#", autoescape=True),
            DocumentRow.state == "indexed",
        )
    ).all()
    return [load_document(r) for r in rows if (r.meta.get("extra") or {}).get("parent")]


def apply_saved_edits(session: Session, doc: Document) -> Document:
    """Re-ingesting a changed file must not undo what staff corrected by hand."""
    edits = session.scalars(
        select(EditRow).where(EditRow.document_id == doc.id).order_by(EditRow.id)
    ).all()
    if not edits:
        return doc
    latest: dict[str, Any] = {e.field: e.new_value for e in edits}
    return with_changes(doc, latest)


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
