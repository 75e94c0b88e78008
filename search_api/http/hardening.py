"""ASGI middleware that protects the API: body size, time limit, security headers; the rate
limit is in ratelimit.py.

Pure ASGI (not BaseHTTPMiddleware) so the body limit can count streamed bytes and the time
limit can still answer with a problem document when a handler hangs.
"""

from __future__ import annotations

from typing import Any

import anyio

from core.settings import Settings
from search_api.http.asgi import (
    SECURITY_HEADERS,
    ASGIApp,
    Message,
    Receive,
    Scope,
    Send,
    send_problem,
)
from search_api.http.ratelimit import RateLimit
from search_api.http.uploads import UploadGate

_API_CSP = (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'")
_DOC_PATHS = ("/docs", "/redoc")
# The digest is an HTML e-mail with inline styles; it may style itself, nothing more.
_DIGEST_CSP = (
    b"content-security-policy",
    b"default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
)


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_docs = scope["path"].startswith(_DOC_PATHS)

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.extend(SECURITY_HEADERS)
                if scope["path"].startswith("/digest"):
                    headers.append(_DIGEST_CSP)
                elif not is_docs:
                    headers.append(_API_CSP)
                headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


class _TooLarge(Exception):
    pass


class BodySizeLimit:
    """JSON bodies up to max_body_kb; multipart uploads up to max_upload_mb."""

    def __init__(self, app: ASGIApp, *, json_bytes: int, upload_bytes: int) -> None:
        self.app = app
        self.json_bytes = json_bytes
        self.upload_bytes = upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        is_upload = headers.get(b"content-type", b"").lstrip().lower().startswith(b"multipart/")
        limit = self.upload_bytes if is_upload else self.json_bytes
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            await self._reject(send, scope, limit)
            return
        seen = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._reject(send, scope, limit)

    @staticmethod
    async def _reject(send: Send, scope: Scope, limit: int) -> None:
        await send_problem(
            send,
            413,
            "Anfrage zu groß",
            f"Der Inhalt der Anfrage ist größer als {limit // 1024} KB.",
            scope["path"],
        )


class TimeLimit:
    def __init__(self, app: ASGIApp, *, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        with anyio.move_on_after(self.seconds) as scope_guard:
            await self.app(scope, receive, tracking_send)
        if scope_guard.cancelled_caught and not started:
            await send_problem(
                send,
                503,
                "Zeitüberschreitung",
                "Die Anfrage hat zu lange gedauert. Bitte erneut versuchen.",
                scope["path"],
            )


def install(app: Any, settings: Settings) -> None:
    """Order matters: the outermost middleware (added last) runs first."""
    from fastapi.middleware.cors import CORSMiddleware
    from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

    app.add_middleware(TimeLimit, seconds=settings.request_timeout_s)
    app.add_middleware(
        BodySizeLimit,
        json_bytes=settings.max_body_kb * 1024,
        upload_bytes=settings.max_upload_mb * 1024 * 1024,
    )
    # Before the body limit: a multipart body is read only by an upload route, from a caller
    # its role check admits (uploads.py).
    app.add_middleware(UploadGate)
    app.add_middleware(RateLimit, settings=settings)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PATCH", "DELETE"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(SecurityHeaders)
    # Outermost: the client address the rate limit sees is X-Forwarded-For only when the peer
    # is a configured proxy; uvicorn's own proxy handling is switched off (fundus/cli.py).
    app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxies)
