from __future__ import annotations

from fastapi import APIRouter, Query
from fastapi.responses import FileResponse
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from core.access import ALL_LEVELS
from core.errors import NotFound
from core.lifecycle import lifecycle
from core.models import DocumentPatch
from core.schemas import ChunkOut, DocumentOut, SimilarOut
from core.tables import DocumentRow
from documents.edit import history, update_metadata
from documents.originals import original_path
from documents.removal import delete_documents
from index.protocol import Filter, Match
from runtime.resources import Resources
from search.retrieval import version_links
from search_api.http.deps import AccessDep, ResourcesDep, SearcherDep, StaffDep

router = APIRouter(prefix="/documents", tags=["Dokumente"])


def _visible_row(resources: Resources, document_id: str, access: frozenset[str]) -> DocumentRow:
    """The same 404 for a missing and a forbidden document, so existence does not leak."""
    with resources.db() as session:
        row = session.get(DocumentRow, document_id)
    if row is None or row.state != "indexed" or row.access not in access:
        raise NotFound("Dokument nicht gefunden.")
    return row


def _chunks(resources: Resources, document_id: str, access: frozenset[str]) -> list[ChunkOut]:
    flt = Filter(
        must=[Match(key="document_id", any=[document_id]), Match(key="access", any=sorted(access))]
    )
    chunks: list[ChunkOut] = []
    offset = None
    while True:
        points, offset = resources.store.scroll(flt, limit=256, offset=offset)
        chunks.extend(
            ChunkOut(
                id=p.id,
                position=p.payload.get("chunk_position", 0),
                heading=p.payload.get("heading"),
                text=p.payload.get("text", ""),
            )
            for p in points
        )
        if offset is None:
            break
    return sorted(chunks, key=lambda c: c.position)


@router.get("/{document_id}", response_model=DocumentOut)
def get_document(document_id: str, resources: ResourcesDep, access: AccessDep) -> DocumentOut:
    """Metadata, full text and chunks of one document."""
    row = _visible_row(resources, document_id, access)
    return _document_out(resources, row, access)


def _document_out(resources: Resources, row: DocumentRow, access: frozenset[str]) -> DocumentOut:
    document_id = row.id
    meta = row.meta
    facts = lifecycle(meta.get("extra", {}))
    predecessors, successors = version_links(
        resources.store,
        external_id=row.external_id,
        number=meta.get("number"),
        supersedes=facts.supersedes,
        superseded_by=facts.superseded_by,
        access=access,
    )
    return DocumentOut(
        id=row.id,
        external_id=row.external_id,
        source=row.source,
        source_key=row.source_key,
        title=row.title,
        doc_type=row.doc_type,
        number=meta.get("number"),
        date=meta.get("date"),
        valid_from=meta.get("valid_from"),
        status=meta.get("status", "in Kraft"),
        topics=meta.get("topics", []),
        aktenplan=meta.get("aktenplan"),
        referat=meta.get("referat"),
        aktenzeichen=meta.get("aktenzeichen"),
        access=row.access,
        file_name=row.file_name,
        media_type=row.media_type,
        has_file=bool(row.file_sha256),
        ocr=meta.get("extra", {}).get("ocr"),
        text_quality=meta.get("extra", {}).get("text_quality"),
        extra=meta.get("extra", {}),
        citations=meta.get("citations", []),
        version=facts.version,
        valid_to=facts.valid_to,
        frist=facts.deadline,
        predecessors=predecessors,
        successors=successors,
        text=row.text,
        chunks=_chunks(resources, document_id, access),
    )


@router.get("/{document_id}/file", response_class=FileResponse)
def get_file(document_id: str, resources: ResourcesDep, access: AccessDep) -> FileResponse:
    """The original file, as ingested. The path comes from the content hash, never the client."""
    row = _visible_row(resources, document_id, access)
    if not row.file_sha256:
        raise NotFound("Zu diesem Dokument ist keine Originaldatei gespeichert.")
    path = original_path(resources.settings.originals_dir, row.file_sha256)
    if not path.exists():
        raise NotFound("Die Originaldatei fehlt im Datenordner.")
    return FileResponse(
        path, media_type=row.media_type or "application/octet-stream", filename=row.file_name
    )


@router.get("/{document_id}/similar", response_model=SimilarOut)
async def similar(
    document_id: str,
    searcher: SearcherDep,
    access: AccessDep,
    limit: int = Query(default=5, ge=1, le=50),
) -> SimilarOut:
    """Documents most like this one (precedent search); never the document itself."""
    hits = await run_in_threadpool(searcher.similar, document_id, access=access, limit=limit)
    return SimilarOut(document_id=document_id, hits=hits)


@router.patch("/{document_id}", response_model=DocumentOut)
def patch_document(
    document_id: str, patch: DocumentPatch, resources: ResourcesDep, staff: StaffDep
) -> DocumentOut:
    """Correct metadata (type, topics, Aktenplan, access, ...); every change is recorded."""
    access = ALL_LEVELS
    _visible_row(resources, document_id, access)
    update_metadata(resources, document_id, patch, editor=staff.name)
    return _document_out(resources, _visible_row(resources, document_id, access), access)


@router.get("/{document_id}/history")
def document_history(
    document_id: str, resources: ResourcesDep, staff: StaffDep
) -> list[dict[str, object]]:
    """Who changed which field, when, from what to what."""
    _visible_row(resources, document_id, ALL_LEVELS)
    return history(resources, document_id)


@router.delete("/{document_id}", status_code=204)
def delete_document(
    document_id: str, resources: ResourcesDep, access: AccessDep, staff: StaffDep
) -> None:
    """Removes the document, its chunks and (if no other document shares it) its original."""
    row = _visible_row(resources, document_id, access)
    delete_documents(resources, [document_id])
    if row.file_sha256:
        with resources.db() as session:
            shared = session.scalar(
                select(DocumentRow.id).where(DocumentRow.file_sha256 == row.file_sha256)
            )
        if shared is None:
            original_path(resources.settings.originals_dir, row.file_sha256).unlink(missing_ok=True)
