"""Request dependencies: the shared resources opened in the lifespan, and the caller."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from runtime.resources import Resources
from search.retrieval import Searcher
from search_api.http.auth import AccessDep, AdminDep, PrincipalDep, StaffDep

__all__ = ["AccessDep", "AdminDep", "PrincipalDep", "ResourcesDep", "SearcherDep", "StaffDep"]


def get_resources(request: Request) -> Resources:
    return request.app.state.resources


def get_searcher(request: Request) -> Searcher:
    return request.app.state.searcher


ResourcesDep = Annotated[Resources, Depends(get_resources)]
SearcherDep = Annotated[Searcher, Depends(get_searcher)]
