"""GET/POST/DELETE /termine on a bare app with the router (not yet mounted in create_app)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

from fastapi import FastAPI
from fastapi.testclient import TestClient

from oparl.meetings import add_own
from oparl.state import OparlState
from search_api.http.auth import get_access, require_staff
from search_api.http.deps import get_resources
from search_api.routes import termine


def _client(data_dir: Path, access: frozenset[str]) -> TestClient:
    app = FastAPI()
    app.include_router(termine.router)
    app.dependency_overrides[get_resources] = lambda: SimpleNamespace(
        settings=SimpleNamespace(data_dir=data_dir)
    )
    app.dependency_overrides[get_access] = lambda: access
    app.dependency_overrides[require_staff] = lambda: None
    return TestClient(app)


def test_own_dates_are_for_members_only(tmp_path: Path) -> None:
    state = OparlState.in_data_dir(tmp_path)
    add_own(state, title="Vorstand", start=dt.datetime.now(dt.UTC) + dt.timedelta(days=1))
    state.close()
    public = _client(tmp_path, frozenset({"public"}))
    assert public.get("/termine").json() == []
    member = _client(tmp_path, frozenset({"public", "members"}))
    assert [t["title"] for t in member.get("/termine").json()] == ["Vorstand"]


def test_staff_add_and_remove(tmp_path: Path) -> None:
    staff = _client(tmp_path, frozenset({"public", "members", "staff"}))
    start = (dt.datetime.now(dt.UTC) + dt.timedelta(days=3)).isoformat()
    created = staff.post("/termine", json={"title": "Schulausschuss", "start": start})
    assert created.status_code == 201
    assert staff.get("/termine", params={"tage": 7}).json()[0]["title"] == "Schulausschuss"
    assert staff.delete(f"/termine/{created.json()['id']}").status_code == 204
    assert staff.get("/termine").json() == []
