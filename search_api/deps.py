"""Request dependencies: the shared resources opened in the lifespan, and the caller's access."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from fundus.resources import Resources
from index.retrieval import Searcher
from search_api.access import levels_for


def get_resources(request: Request) -> Resources:
    return request.app.state.resources


def get_searcher(request: Request) -> Searcher:
    return request.app.state.searcher


def get_access(request: Request) -> frozenset[str]:
    """Until API keys exist every caller gets the configured anonymous role (default member)."""
    return levels_for(request.app.state.resources.settings.anonymous_role)


ResourcesDep = Annotated[Resources, Depends(get_resources)]
SearcherDep = Annotated[Searcher, Depends(get_searcher)]
AccessDep = Annotated[frozenset[str], Depends(get_access)]
