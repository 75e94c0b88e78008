"""A leak is the worst bug there is: walk every route as every role and look for markers of
documents above the caller's level anywhere in the response."""

from __future__ import annotations

import re
import threading

from core.models import SearchQuery
from tests.search_api.access_fixture import MARKERS, AccessWorld, access_world  # noqa: F401

VISIBLE = {
    "anonymous": {"public"},
    "member": {"public", "members"},
    "staff": {"public", "members", "staff"},
}


# Values PATCH must refuse with a 422, never a 500 or a stored change (issue 17, item 6).
BAD_PATCHES: list[dict] = [  # type: ignore[type-arg]
    {"title": None},
    {"access": None},
    {"status": None},
    {"doc_type": None},
    {"title": "\x00\x07\x1b"},  # control characters are stripped; nothing is left
    {"date": "0001-01-01"},
    {"date": "9999-12-31"},
    {"access": "vertraulich"},
    {"access": ["staff"]},
]
# A multipart body to every route: 415 where no upload is taken, the role check before the
# body elsewhere (issue 17, item 7).
MULTIPART = {"files": {"file": ("Zaunkoenigmerkmal.txt", "Friedhofsgebühren".encode())}}


def _requests_for(path: str, method: str, world: AccessWorld) -> list[tuple[str, str, dict]]:  # type: ignore[type-arg]
    """Concrete requests for one OpenAPI operation, aimed at every document; each with the
    keyword arguments for the client's request (a JSON body, or a multipart upload)."""
    if "{document_id}" in path:
        targets = [*world.levels, "00000000-0000-0000-0000-000000000000"]
        paths = [path.replace("{document_id}", t) for t in targets]
    else:
        paths = [path]
    bodies: list[dict] = [{}]  # type: ignore[type-arg]
    if path == "/search":
        bodies = [{"query": q, "limit": 100} for q in [*MARKERS.values(), "Friedhofsgebühren"]]
        bodies += [
            {"query": "Friedhofsgebühren", "filters": {"topics": [m.lower()]}}
            for m in MARKERS.values()
        ]
    elif path == "/admin/ingest":
        bodies = [{"paths": ["/nonexistent"]}, {"paths": ["/etc/passwd"]}]
    elif path == "/documents/{document_id}" and method == "PATCH":
        bodies = BAD_PATCHES
    requests = [(method, p, {"json": b or None}) for p in paths for b in bodies]
    if method in ("POST", "PATCH", "PUT"):
        requests += [(method, p, MULTIPART) for p in paths]
    return requests


def test_every_route_as_every_role(access_world: AccessWorld) -> None:  # noqa: F811
    assert_no_route_leaks(access_world)


def assert_no_route_leaks(access_world: AccessWorld) -> None:  # noqa: F811
    """Every route, every role: no marker of a level above the caller anywhere in a response
    (the staff marker is also in a staff e-mail and its attachments)."""
    schema = access_world.client.get("/openapi.json").json()
    operations = [
        (path, method.upper())
        for path, item in schema["paths"].items()
        for method in item
        if method.upper() != "DELETE"
    ]
    assert len(operations) >= 10
    checked = 0
    for role, visible in VISIBLE.items():
        forbidden = [MARKERS[level] for level in MARKERS if level not in visible]
        allowed = [MARKERS[level] for level in MARKERS if level in visible]
        seen_allowed: set[str] = set()
        for path, method in operations:
            for verb, url, body in _requests_for(path, method, access_world):
                response = access_world.client.request(
                    verb, url, **body, headers=access_world.headers[role]
                )
                if "files" in body:  # an upload is taken only where one is expected
                    assert response.status_code in (200, 201, 204, 401, 403, 404, 409, 415, 422), (
                        role,
                        verb,
                        url,
                        response.text,
                    )
                if body.get("json") in BAD_PATCHES:
                    assert response.status_code in (403, 404, 422), (role, url, body, response)
                text = response.text + str(response.headers)
                for marker in forbidden:
                    assert marker.lower() not in text.lower(), (role, verb, url, body)
                assert response.status_code < 500, (role, verb, url, response.text)
                seen_allowed.update(m for m in allowed if m in text)
                checked += 1
        assert seen_allowed == set(allowed), (role, seen_allowed)  # the walk can see things
    assert checked >= 3 * len(operations)


def test_counts_and_facets_hide_higher_levels(access_world: AccessWorld) -> None:  # noqa: F811
    client = access_world.client
    for role, visible in VISIBLE.items():
        result = client.post(
            "/search",
            json={"query": "Friedhofsgebühren", "limit": 100},
            headers=access_world.headers[role],
        ).json()
        visible_docs = {i for i, level in access_world.levels.items() if level in visible}
        assert {h["document_id"] for h in result["hits"]} <= visible_docs
        assert result["total"] <= len(visible_docs)
        assert sum(result["facets"]["doc_type"].values()) == result["total"]
        topics = client.get("/topics", headers=access_world.headers[role]).json()
        assert all(
            t["documents"] <= len(visible_docs) for r in topics["referate"] for t in r["topics"]
        )


def test_delete_needs_staff(access_world: AccessWorld) -> None:  # noqa: F811
    doc = access_world.ids["public"]
    for role in ("anonymous", "member"):
        response = access_world.client.delete(
            f"/documents/{doc}", headers=access_world.headers[role]
        )
        assert response.status_code == 403
    assert access_world.client.get(f"/documents/{doc}").status_code == 200


def test_bad_keys(access_world: AccessWorld) -> None:  # noqa: F811
    client = access_world.client
    for header in ("Bearer falsch", "Basic abc", "Bearer "):
        response = client.post(
            "/search", json={"query": "Friedhof"}, headers={"Authorization": header}
        )
        assert response.status_code == 401
        assert response.headers["content-type"] == "application/problem+json"


def test_revoked_key_stops_working(access_world: AccessWorld) -> None:  # noqa: F811
    from core.keys import create_key, revoke_key

    _, key = create_key(access_world.resources.db, name="Kurzzeit", role="member")
    headers = {"Authorization": f"Bearer {key}"}
    assert (
        access_world.client.post("/search", json={"query": "Friedhof"}, headers=headers).status_code
        == 200
    )
    revoke_key(access_world.resources.db, "Kurzzeit")
    assert (
        access_world.client.post("/search", json={"query": "Friedhof"}, headers=headers).status_code
        == 401
    )


def test_security_headers_and_closed_cors(access_world: AccessWorld) -> None:  # noqa: F811
    response = access_world.client.post(
        "/search", json={"query": "Friedhof"}, headers={"Origin": "https://evil.example"}
    )
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert "access-control-allow-origin" not in response.headers


def test_body_size_limit(access_world: AccessWorld) -> None:  # noqa: F811
    huge = {"query": "Friedhof", "filters": {"topics": ["x" * 1000] * 100}}
    response = access_world.client.post("/search", json=huge)
    assert response.status_code == 413
    assert response.json()["title"] == "Anfrage zu groß"


def test_access_change_is_never_seen_half_done(access_world: AccessWorld) -> None:  # noqa: F811
    """Members search continuously while staff make a members document internal and back."""
    world = access_world
    searcher = world.client.app.state.searcher  # type: ignore[attr-defined]
    target = world.ids["members"]
    marker = MARKERS["members"]
    stop = threading.Event()
    problems: list[str] = []

    def member_search() -> None:
        while not stop.is_set():
            result = searcher.search(
                SearchQuery(query=marker, limit=10), access={"public", "members"}
            )
            for hit in result.hits:
                if hit.document_id == target and not re.search(marker, hit.title):
                    problems.append("inconsistent hit")

    threads = [threading.Thread(target=member_search) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(5):
            for level in ("staff", "members"):
                response = world.client.patch(
                    f"/documents/{target}", json={"access": level}, headers=world.headers["staff"]
                )
                assert response.status_code == 200, response.text
                if level == "staff":  # once the change returns, members must not see it
                    result = searcher.search(
                        SearchQuery(query=marker, limit=10), access={"public", "members"}
                    )
                    assert target not in {h.document_id for h in result.hits}
                    member_view = world.client.get(
                        f"/documents/{target}", headers=world.headers["member"]
                    )
                    assert member_view.status_code == 404
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert problems == []
    history = world.client.get(
        f"/documents/{target}/history", headers=world.headers["staff"]
    ).json()
    assert [h["new"] for h in history[-2:]] == ["staff", "members"]
    assert history[-1]["editor"] == "Test staff"
