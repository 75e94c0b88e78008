"""Rate limits keyed on who is calling, with the `limits` library (the limiter behind
slowapi and Flask-Limiter) and its storages: in memory by default, Redis or Memcached for
several replicas (`FUNDUS_RATE_LIMIT_STORAGE`).

Why the key is looked up here and not in the route: a limit keyed on the raw `Authorization`
header gives every spelling of a header ("Bearer", "bearer", extra spaces, a made-up key) a
fresh bucket. Here a known key is limited as its identity (`key:ID`, `user:ID`); a request with
an unknown or malformed key counts as a failed authentication against the client IP and is
charged to the IP's bucket as well, so made-up keys neither escape the IP limit nor make the
server look up keys without end. Memory stays bounded: buckets exist only for client IPs and
real identities, and the storage forgets them when their window has passed.

The client IP is the connection's peer; `X-Forwarded-For` is believed only when the peer is one
of `FUNDUS_TRUSTED_PROXIES` (uvicorn's ProxyHeadersMiddleware, installed in hardening.py).
"""

from __future__ import annotations

import ipaddress
import math
import time
from typing import Any

import anyio
from limits import RateLimitItem, RateLimitItemPerMinute
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

from core.keys import Principal
from core.settings import Settings
from search_api.http.asgi import ASGIApp, Receive, Scope, Send, send_problem
from search_api.http.auth import bearer_key, principal_for_token

_UNLIMITED_PATHS = ("/health", "/ready")


def client_bucket(scope: Scope) -> str:
    """The client's address as a bucket name; IPv6 clients by their /64 network, because one
    subscriber holds a whole /64 and would otherwise pick a fresh address per request."""
    host = (scope.get("client") or ("unbekannt", 0))[0]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return str(host)
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


class RateLimit:
    """Per identity for authenticated callers, per client IP for the rest, and failed
    authentications per client IP."""

    def __init__(self, app: ASGIApp, *, settings: Settings) -> None:
        self.app = app
        self.storage = storage_from_string(settings.rate_limit_storage)
        self.limiter = SlidingWindowCounterRateLimiter(self.storage)
        self.per_key = _item(settings.rate_limit_key)
        self.per_ip = _item(settings.rate_limit_ip)
        self.failures = _item(settings.rate_limit_auth_failures)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in _UNLIMITED_PATHS:
            await self.app(scope, receive, send)
            return
        ip = client_bucket(scope)
        header = _header(scope, b"authorization")
        if header is None:
            if not self._hit(self.per_ip, "ip", ip):
                await self._refuse(send, scope, self.per_ip, "ip", ip)
                return
            await self.app(scope, receive, send)
            return
        if self.failures is not None and not self.limiter.test(self.failures, "fail", ip):
            await self._refuse(send, scope, self.failures, "fail", ip)
            return
        principal = await self._principal(scope, header)
        if principal is None:
            self._hit(self.failures, "fail", ip)
            if not self._hit(self.per_ip, "ip", ip):
                await self._refuse(send, scope, self.per_ip, "ip", ip)
                return
        else:
            # The route reuses the principal instead of looking the key up again.
            scope.setdefault("state", {})["principal"] = principal
            identity = principal.owner or f"{principal.role}:{principal.name}"
            if not self._hit(self.per_key, "id", identity):
                await self._refuse(send, scope, self.per_key, "id", identity)
                return
        await self.app(scope, receive, send)

    def _hit(self, item: RateLimitItem | None, *identifiers: str) -> bool:
        return item is None or self.limiter.hit(item, *identifiers)

    @staticmethod
    async def _principal(scope: Scope, header: str) -> Principal | None:
        key = bearer_key(header)
        if key is None:
            return None
        resources = scope["app"].state.resources
        return await anyio.to_thread.run_sync(principal_for_token, resources, key)

    async def _refuse(
        self, send: Send, scope: Scope, item: RateLimitItem | None, *ids: str
    ) -> None:
        assert item is not None  # only a configured limit refuses
        reset = self.limiter.get_window_stats(item, *ids).reset_time
        wait = max(1, math.ceil(reset - time.time()))
        await send_problem(
            send,
            429,
            "Zu viele Anfragen",
            "Bitte warten Sie einen Moment und versuchen Sie es erneut.",
            scope["path"],
            [(b"retry-after", str(wait).encode())],
        )


def _item(per_minute: int) -> RateLimitItem | None:
    return RateLimitItemPerMinute(per_minute) if per_minute > 0 else None


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return bytes(value).decode("latin-1")
    return None


def stored_buckets(app: Any) -> int | None:
    """How many buckets the in-memory storage holds (tests and the bench check the bound)."""
    layer = getattr(app, "middleware_stack", None)
    while layer is not None:
        if isinstance(layer, RateLimit):
            storage = layer.storage
            counters = getattr(storage, "storage", None)
            return len(counters) if counters is not None else None
        layer = getattr(layer, "app", None)
    return None
