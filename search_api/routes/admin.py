from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from core.errors import InvalidRequest
from ingest.report import IngestReport
from search_api.http.deps import AdminDep, ResourcesDep
from search_api.http.schemas import IngestRequest

router = APIRouter(prefix="/admin", tags=["Verwaltung"])


@router.post("/ingest", response_model=IngestReport)
async def ingest(
    body: IngestRequest, resources: ResourcesDep, request: Request, admin: AdminDep
) -> IngestReport:
    """Index files on the server's disk (admin only: it reads any path the server can read);
    this is how `fundus ingest` works while the API owns the embedded index."""
    paths = [Path(p) for p in body.paths]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InvalidRequest(f"Pfad nicht gefunden: {', '.join(missing)}")
    lock: threading.Lock = request.app.state.ingest_lock

    def work() -> IngestReport:
        from ingest.api import ingest_paths  # the pipeline loads Haystack: only when needed

        with lock:
            return ingest_paths(
                paths, resources, source=body.source, prune=body.prune, progress=False
            )

    return await run_in_threadpool(work)
