from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from search_api.http.deps import ResourcesDep, StaffDep
from search_api.http.stats import collect_stats

router = APIRouter(tags=["Betrieb"])


@router.get("/health")
def health() -> dict[str, str]:
    """The process answers."""
    return {"status": "ok"}


@router.get("/ready")
def ready(request: Request) -> JSONResponse:
    """Index open and model loaded: only then should a load balancer send traffic."""
    state = request.app.state
    checks = {"index": state.index_ready, "model": state.model_ready}
    status = 200 if all(checks.values()) else 503
    return JSONResponse({"ready": status == 200, **checks}, status_code=status)


@router.get("/stats")
async def stats(resources: ResourcesDep, staff: StaffDep) -> dict[str, Any]:
    """Documents, chunks and index size (staff: counts include staff documents)."""
    return await run_in_threadpool(collect_stats, resources)
