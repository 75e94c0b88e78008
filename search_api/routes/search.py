from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body
from starlette.concurrency import run_in_threadpool

from core.models import SearchQuery, SearchResult
from search_api.http.deps import AccessDep, SearcherDep

router = APIRouter(prefix="/search", tags=["Suche"])

_EXAMPLES = {
    "frage": {
        "summary": "Frage in Alltagssprache",
        "value": {"query": "Gebühren für den Kindergarten", "limit": 10},
    },
    "gefiltert": {
        "summary": "Nur geltende Mustersatzungen ab 2024",
        "value": {
            "query": "Hundesteuer Kampfhunde",
            "filters": {"doc_type": ["Mustersatzung"], "status": ["in Kraft"], "year_from": 2024},
        },
    },
    "nummer": {"summary": "Rundschreiben-Nummer", "value": {"query": "Rundschreiben 41/2025"}},
}


@router.post("", response_model=SearchResult)
async def search(
    searcher: SearcherDep,
    access: AccessDep,
    request: Annotated[SearchQuery, Body(openapi_examples=_EXAMPLES)],
) -> SearchResult:
    """Hybrid search; one hit per relevant document (score at least the threshold), current
    versions with earlier ones folded under them, facets over the relevant documents."""
    return await run_in_threadpool(searcher.search, request, access=access)
