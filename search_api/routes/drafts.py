"""Staff capture of new documents: upload as a draft, review suggestions, confirm to index.

Drafts are kept in their own table and only these staff routes read it, so a draft can never
show up in a member's search, document view or topic counts.
"""

from __future__ import annotations

import threading
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile
from starlette.concurrency import run_in_threadpool

from core.access import ALL_LEVELS
from core.schemas import DocumentOut
from search_api.http.deps import ResourcesDep, StaffDep
from search_api.http.schemas import Problem
from search_api.routes.documents import _document_out, _visible_row
from search_api.routes.tags import TaggerDep
from tagging.drafts import (
    DraftMetadata,
    DraftOut,
    confirm_draft,
    create_draft,
    discard_draft,
    get_draft,
    list_drafts,
)

router = APIRouter(tags=["Erfassung"])

_CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {
        "model": Problem,
        "description": "Schon erfasst oder schon bestätigt",
        "content": {"application/problem+json": {}},
    }
}
_ALL_LEVELS = ALL_LEVELS


@router.post("/documents", response_model=DraftOut, status_code=201, responses=_CONFLICT)
async def upload_document(
    request: Request,
    resources: ResourcesDep,
    tagger: TaggerDep,
    staff: StaffDep,
    file: Annotated[UploadFile, File(description="PDF, DOCX, ODT, HTML, Markdown oder Text.")],
) -> DraftOut:
    """Store an upload as a draft with extracted fields and tag suggestions. It is indexed
    only by `POST /documents/{id}/confirm` (or at once, if FUNDUS_TAG_AUTO_ACCEPT is set and
    every suggestion reaches it). Staff only."""
    data = await file.read()
    lock: threading.Lock = request.app.state.ingest_lock
    return await run_in_threadpool(
        create_draft, resources, tagger, data, file.filename, editor=staff.name, lock=lock
    )


@router.post("/documents/{document_id}/confirm", response_model=DocumentOut, responses=_CONFLICT)
async def confirm_document(
    document_id: str,
    request: Request,
    resources: ResourcesDep,
    staff: StaffDep,
    metadata: DraftMetadata | None = None,
) -> DocumentOut:
    """Index a draft with the proposed metadata; fields sent here replace the proposal.
    Staff only."""
    lock: threading.Lock = request.app.state.ingest_lock

    def work() -> DocumentOut:
        confirm_draft(
            resources, document_id, metadata or DraftMetadata(), editor=staff.name, lock=lock
        )
        row = _visible_row(resources, document_id, _ALL_LEVELS)
        return _document_out(resources, row, _ALL_LEVELS)

    return await run_in_threadpool(work)


@router.get("/drafts", response_model=list[DraftOut])
def drafts(
    resources: ResourcesDep,
    staff: StaffDep,
    state: str = Query(default="draft", pattern="^(draft|confirmed|all)$"),
    limit: int = Query(default=50, ge=1, le=200),
) -> list[DraftOut]:
    """Drafts waiting for confirmation (or confirmed ones, or all), newest first."""
    return list_drafts(resources, state=None if state == "all" else state, limit=limit)


@router.get("/drafts/{draft_id}", response_model=DraftOut)
def draft(draft_id: str, resources: ResourcesDep, staff: StaffDep) -> DraftOut:
    return get_draft(resources, draft_id)


@router.delete("/drafts/{draft_id}", status_code=204)
def delete_draft(draft_id: str, resources: ResourcesDep, staff: StaffDep) -> None:
    """Discard an unconfirmed draft and its stored file."""
    discard_draft(resources, draft_id)
