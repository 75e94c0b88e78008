"""The compare routes on a small app: access is enforced as for GET /documents/{id}."""

from __future__ import annotations

import io
from collections.abc import Iterator
from types import SimpleNamespace

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import StaticPool

from core.access import levels_for
from core.tables import Base, DocumentRow
from search_api.http import problems
from search_api.http.auth import get_access
from search_api.routes.compare import router
from tests.compare.statutes import statute

KEYS = ["gegenstand", "schuldner", "beginn", "satz", "befreiung", "anzeige", "inkraft"]
DOCS = {
    "a": ("public", "Hundesteuersatzung der Gemeinde Aichelberg", statute(KEYS)),
    "b": (
        "public",
        "Satzung über die Erhebung der Hundesteuer in der Stadt Konstanz",
        statute(KEYS, overrides={"satz": "(1) Die Steuer beträgt für den ersten Hund 120 Euro."}),
    ),
    "m": ("members", "Hundesteuersatzung der Gemeinde Geheimdorf", statute(KEYS)),
    "x": (
        "public",
        "Friedhofssatzung der Gemeinde Aichelberg",
        "§ 1 Widmung\n\nDer Friedhof ist eine öffentliche Einrichtung.",
    ),
}


@pytest.fixture()
def make_client() -> Iterator[object]:
    engine = create_engine(
        "sqlite://", connect_args={"check_same_thread": False}, poolclass=StaticPool
    )
    Base.metadata.create_all(engine)
    db = sessionmaker(engine)
    with db() as session:
        for doc_id, (access, title, text) in DOCS.items():
            session.add(
                DocumentRow(
                    id=doc_id,
                    source="test",
                    source_key=doc_id,
                    origin=None,
                    title=title,
                    doc_type="Satzung",
                    access=access,
                    meta={},
                    content_hash=doc_id,
                    fingerprint=doc_id,
                    text=text,
                    state="indexed",
                )
            )
        session.commit()

    def build(role: str) -> TestClient:
        app = FastAPI()
        problems.install(app)
        app.include_router(router)
        app.state.resources = SimpleNamespace(
            db=db, settings=SimpleNamespace(anonymous_role="public")
        )
        app.dependency_overrides[get_access] = lambda: levels_for(role)
        return TestClient(app)

    yield build
    engine.dispose()


def test_compare_two_public_statutes(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client("public")
    response = client.get("/compare", params={"documents": "a,b"})
    assert response.status_code == 200
    body = response.json()
    assert body["reference_id"] == "a" and body["kind"]["key"] == "hundesteuer"
    satz = next(c for c in body["clauses"] if c["label"] == "§ 4 Steuersatz")
    assert satz["matches"][0]["document_id"] == "b"
    assert any(p["op"] == "replace" for p in satz["matches"][0]["diff"]["pieces"])
    issuers = [d["issuer"] for d in body["documents"]]
    assert issuers == ["Gemeinde Aichelberg", "Stadt Konstanz"]


def test_members_only_statute_is_404_for_public_like_a_missing_one(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client("public")
    forbidden = client.get("/compare", params={"documents": "a,m"})
    missing = client.get("/compare", params={"documents": "a,nope"})
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.json()["detail"] == missing.json()["detail"]
    assert "Geheimdorf" not in forbidden.text
    assert make_client("member").get("/compare", params={"documents": "a,m"}).status_code == 200


def test_precedents_respect_access_and_kind(make_client) -> None:  # type: ignore[no-untyped-def]
    public = make_client("public").get("/documents/a/precedents").json()
    assert [p["id"] for p in public["precedents"]] == ["b"]
    member = make_client("member").get("/documents/a/precedents").json()
    assert sorted(p["id"] for p in member["precedents"]) == ["b", "m"]
    assert make_client("public").get("/documents/m/precedents").status_code == 404


def test_figures_export_csv_and_xlsx(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client("public")
    body = client.get("/compare", params={"documents": "a,b"}).json()
    clause = next(i for i, c in enumerate(body["clauses"]) if c["label"] == "§ 4 Steuersatz")
    params = {"documents": "a,b", "clause": clause}
    rows = client.get("/compare/figures", params={**params, "layout": "long"}).json()
    assert {(r["issuer"], r["value"]) for r in rows} >= {
        ("Gemeinde Aichelberg", 96.0),
        ("Stadt Konstanz", 120.0),
    }
    # side by side (the default): the first dog's rate of both cities in one line
    table = client.get("/compare/figures", params=params).json()
    assert [c["issuer"] for c in table["columns"]] == ["Gemeinde Aichelberg", "Stadt Konstanz"]
    first = next(
        line
        for line in table["lines"]
        if "a" in line["cells"] and line["cells"]["a"]["value"] == 96.0
    )
    assert first["cells"]["b"]["value"] == 120.0 and first["unit"] == "€"
    csv = client.get("/compare/figures", params={**params, "format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    header = csv.content.decode("utf-8-sig").splitlines()[0].split(";")
    assert header[-2:] == ["Gemeinde Aichelberg", "Stadt Konstanz"]
    xlsx = client.get("/compare/figures", params={**params, "format": "xlsx"})
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book["Vergleich"].max_row == len(table["lines"]) + 1
    assert book["Werte"].max_row == len(rows) + 1
    long_csv = client.get("/compare/figures", params={**params, "format": "csv", "layout": "long"})
    assert len(long_csv.content.decode("utf-8-sig").splitlines()) == len(rows) + 1


def test_too_few_documents_is_a_problem(make_client) -> None:  # type: ignore[no-untyped-def]
    response = make_client("public").get("/compare", params={"documents": "a"})
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("application/problem+json")


def test_model_deviation_route(make_client) -> None:  # type: ignore[no-untyped-def]
    body = (
        make_client("public").get("/compare/model", params={"document": "b", "model": "a"}).json()
    )
    statuses = {d["label"]: d["status"] for d in body["deviations"]}
    assert statuses["§ 4 Steuersatz"] == "geändert"
    assert statuses["§ 1 Steuergegenstand"] == "unverändert"
