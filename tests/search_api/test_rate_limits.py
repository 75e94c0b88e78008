"""Rate limits (issue 17, item 2) against a real server on 127.0.0.1: keyed on the
authenticated identity whatever the header's spelling, failed authentications counted against
the client IP, X-Forwarded-For believed from the configured proxy only, memory bounded.
Different client IPs are real: the loopback network is 127.0.0.0/8."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from encoder.embedding import Encoder
from search_api.http.ratelimit import stored_buckets
from tests.live_server import live_server
from tests.search_api.access_fixture import AccessWorld, build_access_world

PER_KEY, PER_IP, FAILURES = 15, 10, 5
PROXY = "127.0.0.3"


@pytest.fixture(scope="module")
def server(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[tuple[str, AccessWorld]]:
    for world in build_access_world(
        tmp_path_factory.mktemp("ratelimit"),
        model_dir,
        encoder,
        rate_limit_key=PER_KEY,
        rate_limit_ip=PER_IP,
        rate_limit_auth_failures=FAILURES,
        trusted_proxies=[PROXY],
    ):
        with live_server(world.client.app, proxy_headers=False) as base:
            yield base, world


def _client(source: str) -> httpx.Client:
    return httpx.Client(transport=httpx.HTTPTransport(local_address=source), timeout=10)


def _statuses(base: str, source: str, headers: list[dict[str, str]]) -> list[int]:
    with _client(source) as client:
        return [
            client.get(f"{base}/documents/gibt-es-nicht", headers=h).status_code for h in headers
        ]


def test_spellings_of_one_key_share_one_bucket(server: tuple[str, AccessWorld]) -> None:
    base, world = server
    key = world.headers["member"]["Authorization"].split()[1]
    spellings = [f"Bearer {key}", f"bearer {key}", f"BEARER   {key}", f"Bearer  {key}"]
    headers = [{"Authorization": spellings[i % 4]} for i in range(4 * PER_KEY)]
    statuses = _statuses(base, "127.0.0.5", headers)
    passed = statuses.count(404)
    assert PER_KEY // 2 <= passed <= PER_KEY, statuses
    assert statuses.count(429) == len(statuses) - passed


def test_made_up_keys_count_against_the_ip(server: tuple[str, AccessWorld]) -> None:
    base, _ = server
    headers = [{"Authorization": f"Bearer {secrets.token_urlsafe(24)}"} for _ in range(200)]
    headers += [{"Authorization": "Basic abc"}, {"Authorization": "Bearer"}]
    statuses = _statuses(base, "127.0.0.6", headers)
    assert statuses.count(401) <= FAILURES, statuses
    assert statuses.count(429) >= len(statuses) - FAILURES
    # The IP is charged too: an anonymous request from it is limited as well.
    assert _statuses(base, "127.0.0.6", [{}] * PER_IP).count(429) >= PER_IP - FAILURES


def test_forwarded_for_only_from_the_proxy(server: tuple[str, AccessWorld]) -> None:
    base, _ = server
    # A client's own X-Forwarded-For picks no bucket: all its requests share its address.
    spoofed = [{"X-Forwarded-For": f"10.1.{i // 250}.{i % 250}"} for i in range(3 * PER_IP)]
    statuses = _statuses(base, "127.0.0.7", spoofed)
    assert statuses.count(404) <= PER_IP, statuses
    # Through the proxy, each forwarded client has its own bucket.
    for client_ip in ("10.2.0.1", "10.2.0.2"):
        forwarded = [{"X-Forwarded-For": f"6.6.6.6, {client_ip}"}] * (PER_IP + 5)
        statuses = _statuses(base, PROXY, forwarded)
        assert PER_IP // 2 <= statuses.count(404) <= PER_IP, statuses
        assert statuses.count(429) >= 5


def test_buckets_stay_bounded(server: tuple[str, AccessWorld]) -> None:
    base, world = server
    headers = [{"Authorization": f"Bearer x{i}"} for i in range(500)]
    _statuses(base, "127.0.0.8", headers)
    count = stored_buckets(world.client.app)
    assert count is not None
    # A few counters per client address and identity used in this module; not one per key.
    assert count < 60, count
