from __future__ import annotations

import threading
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from core.errors import InvalidRequest
from core.settings import Settings
from ingest.report import IngestReport
from oparl.params import download_root
from search_api.http.deps import AdminDep, ResourcesDep
from search_api.http.schemas import IngestRequest

router = APIRouter(prefix="/admin", tags=["Verwaltung"])


def ingestion_roots(settings: Settings) -> list[Path]:
    """Folders the API may read on an admin's behalf: FUNDUS_INGEST_ROOTS, by default the
    corpus folder and the OParl download folder."""
    roots = settings.ingest_roots or [
        settings.corpus_dir,
        download_root(settings.oparl, settings.data_dir),
    ]
    return [root.resolve() for root in roots]


def check_ingest_paths(paths: list[Path], settings: Settings) -> list[Path]:
    """The resolved paths, or a German refusal: a path must lie inside an ingestion root, never
    in the data dir (stored originals would come back without their front matter), and no
    symbolic link below it may lead out of the roots.

    Why: the route reads files on the server's disk; without roots an admin key reads
    /etc/passwd into the index for every member."""
    roots = ingestion_roots(settings)
    data_dir = settings.data_dir.resolve()
    oparl = download_root(settings.oparl, settings.data_dir).resolve()

    def allowed(target: Path) -> bool:
        if target.is_relative_to(data_dir) and not target.is_relative_to(oparl):
            return False
        return any(target.is_relative_to(root) for root in roots)

    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise InvalidRequest(f"Pfad nicht gefunden: {', '.join(missing)}")
    resolved = [p.resolve() for p in paths]
    outside = [str(p) for p, r in zip(paths, resolved, strict=True) if not allowed(r)]
    if outside:
        raise InvalidRequest(
            f"Pfad außerhalb der Einleseordner: {', '.join(outside)}. Die API liest nur in "
            f"FUNDUS_INGEST_ROOTS ({', '.join(map(str, roots))}), nie im Datenordner."
        )
    leaving = [
        str(link)
        for path in resolved
        if path.is_dir()
        for link in path.rglob("*")
        if link.is_symlink() and not allowed(link.resolve())
    ]
    if leaving:
        raise InvalidRequest(
            f"Symbolische Verknüpfungen führen aus den Einleseordnern hinaus: "
            f"{', '.join(leaving[:10])}. Erlaubt ist nur FUNDUS_INGEST_ROOTS."
        )
    return resolved


@router.post("/ingest", response_model=IngestReport)
async def ingest(
    body: IngestRequest, resources: ResourcesDep, request: Request, admin: AdminDep
) -> IngestReport:
    """Index files from the server's ingestion folders (admin only; FUNDUS_INGEST_ROOTS); this
    is how `fundus ingest` works while the API owns the embedded index."""
    paths = await run_in_threadpool(
        check_ingest_paths, [Path(p) for p in body.paths], resources.settings
    )
    lock: threading.Lock = request.app.state.ingest_lock

    def work() -> IngestReport:
        from ingest.api import ingest_paths  # the pipeline loads Haystack: only when needed

        with lock:
            return ingest_paths(
                paths, resources, source=body.source, prune=body.prune, progress=False
            )

    return await run_in_threadpool(work)
