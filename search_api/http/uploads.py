"""Multipart bodies only where an upload is expected, and only from callers allowed to upload.

FastAPI reads and parses a form body before it runs a route's dependencies, so a staff-only
upload route would take in up to FUNDUS_MAX_UPLOAD_MB from anybody before answering 403; and
any route would read that much from a request merely claiming `multipart/*`. This middleware
holds back the body of a multipart request until the router has chosen the route (the first
time anything asks for the body), then decides:

- a route that takes no upload: 415, before a byte of the body is read;
- an upload route: its role checks (require_staff, require_admin) run first, 401/403 comes back
  before the body is read.

Which routes take uploads is read from the routes themselves (a File/Form parameter, or a
multipart request body in the OpenAPI description), so a new upload route needs no list here.
The refusal is an HTTPException because FastAPI passes those through its body parsing
unchanged; problems.py renders it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
from fastapi import params
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException
from starlette.requests import Request

from core.errors import FundusError
from search_api.http.asgi import ASGIApp, Message, Receive, Scope, Send
from search_api.http.auth import get_principal, require_admin, require_staff

_ROLE_CHECKS: tuple[Callable[..., Any], ...] = (require_staff, require_admin)
NO_UPLOAD = "Diese Adresse nimmt keine Datei-Uploads (multipart) an; bitte JSON senden."


def is_multipart(scope: Scope) -> bool:
    content_type = dict(scope.get("headers", [])).get(b"content-type", b"")
    return bytes(content_type).lstrip().lower().startswith(b"multipart/")


def takes_upload(route: APIRoute) -> bool:
    extra = (route.openapi_extra or {}).get("requestBody", {}).get("content", {})
    if "multipart/form-data" in extra:
        return True
    return any(isinstance(p.field_info, params.Form) for p in route.dependant.body_params)


def _role_checks(dependant: Dependant) -> list[Callable[..., Any]]:
    found = []
    for sub in dependant.dependencies:
        if sub.call in _ROLE_CHECKS:
            found.append(sub.call)
        found.extend(_role_checks(sub))
    return found


class UploadGate:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not is_multipart(scope):
            await self.app(scope, receive, send)
            return
        admitted = False

        async def gated_receive() -> Message:
            nonlocal admitted
            if not admitted:
                await self._admit(scope)
                admitted = True
            return await receive()

        await self.app(scope, gated_receive, send)

    @staticmethod
    async def _admit(scope: Scope) -> None:
        route = scope.get("route")
        if not isinstance(route, APIRoute) or not takes_upload(route):
            raise HTTPException(415, NO_UPLOAD)
        checks = _role_checks(route.dependant)
        if not checks:
            return
        try:
            await anyio.to_thread.run_sync(_check_role, scope, checks)
        except FundusError as exc:
            raise HTTPException(exc.status, exc.detail) from None


def _check_role(scope: Scope, checks: list[Callable[..., Any]]) -> None:
    principal = get_principal(Request(scope))  # kept in the request state for the route
    for check in checks:
        check(principal)
