"""The HTTP API against a real embedded index of the sample corpus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from core.keys import create_key
from runtime.resources import Resources
from search_api.main import create_app


@pytest.fixture(scope="module")
def client(sample_resources: Resources) -> Iterator[TestClient]:
    """A member administration's client (most sample documents are for members)."""
    _, key = create_key(sample_resources.db, name="Stadt Teststadt", role="member")
    app = create_app(sample_resources.settings, resources=sample_resources)
    with TestClient(app, headers={"Authorization": f"Bearer {key}"}) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def staff_headers(sample_resources: Resources) -> dict[str, str]:
    _, key = create_key(sample_resources.db, name="Geschäftsstelle", role="staff")
    return {"Authorization": f"Bearer {key}"}


def search(client: TestClient, **body: object) -> dict:  # type: ignore[type-arg]
    response = client.post("/search", json=body)
    assert response.status_code == 200, response.text
    return response.json()


def test_search_finds_the_kita_fee_statute(client: TestClient) -> None:
    result = search(client, query="Gebühren für den Kindergarten", limit=5)
    assert any("Kita" in hit["title"] or "Kinder" in hit["title"] for hit in result["hits"][:3])
    assert result["total"] >= len(result["hits"])
    hit = result["hits"][0]
    assert {
        "document_id",
        "external_id",
        "title",
        "doc_type",
        "date",
        "topics",
        "score",
        "snippet",
        "chunk_id",
    } <= hit.keys()


def test_one_hit_per_document(client: TestClient) -> None:
    result = search(client, query="Satzung Gebühren", limit=50)
    ids = [hit["document_id"] for hit in result["hits"]]
    assert len(ids) == len(set(ids))


def test_doc_type_facets_sum_to_total(client: TestClient) -> None:
    result = search(client, query="Gebühren", limit=5)
    assert sum(result["facets"]["doc_type"].values()) == result["total"]
    assert sum(result["facets"]["year"].values()) <= result["total"]


@pytest.mark.parametrize(
    ("filters", "check"),
    [
        ({"doc_type": ["Mustersatzung"]}, lambda h: h["doc_type"] == "Mustersatzung"),
        ({"topics": ["kindertagesbetreuung"]}, lambda h: "kindertagesbetreuung" in h["topics"]),
        ({"year_from": 2025, "year_to": 2025}, lambda h: h["date"].startswith("2025")),
        ({"status": ["in Kraft"]}, lambda h: h["status"] == "in Kraft"),
    ],
)
def test_each_filter_restricts_results(client: TestClient, filters: dict, check) -> None:  # type: ignore[no-untyped-def,type-arg]
    query = "Elternbeiträge Gebühren Satzung"
    unfiltered = search(client, query=query, limit=100)
    filtered = search(client, query=query, limit=100, filters=filters)
    assert filtered["hits"], filters
    assert all(check(hit) for hit in filtered["hits"])
    assert not all(check(hit) for hit in unfiltered["hits"])  # the filter had work to do


def test_referat_and_aktenplan_filters(client: TestClient, sample_resources: Resources) -> None:
    some = search(client, query="Grundsteuer", limit=1)["hits"][0]
    doc = client.get(f"/documents/{some['document_id']}").json()
    by_referat = search(client, query="Grundsteuer", filters={"referat": doc["referat"]}, limit=100)
    assert some["document_id"] in {h["document_id"] for h in by_referat["hits"]}
    top_node = doc["aktenplan"].split(".")[0]
    by_node = search(client, query="Grundsteuer", filters={"aktenplan": top_node}, limit=100)
    assert some["document_id"] in {h["document_id"] for h in by_node["hits"]}


def test_paging_is_stable(client: TestClient) -> None:
    full = search(client, query="Satzung", limit=20)
    first = search(client, query="Satzung", limit=10, offset=0)
    second = search(client, query="Satzung", limit=10, offset=10)
    assert [h["document_id"] for h in first["hits"] + second["hits"]] == [
        h["document_id"] for h in full["hits"]
    ]
    assert first["total"] == second["total"] == full["total"]


def test_sort_by_date(client: TestClient) -> None:
    hits = search(client, query="Rundschreiben", sort="date", limit=20)["hits"]
    dates = [h["date"] for h in hits if h["date"]]
    assert dates == sorted(dates, reverse=True)


def test_circular_number_ranks_first(client: TestClient) -> None:
    some = search(client, query="Rundschreiben", filters={"doc_type": ["Rundschreiben"]}, limit=30)
    numbered = [h for h in some["hits"] if h["number"]]
    target = numbered[-1]
    number = target["number"].split("Nr.")[-1].strip()
    result = search(client, query=f"Rundschreiben {number}", limit=3)
    assert result["hits"][0]["document_id"] == target["document_id"]


def test_snippet_marks_terms_and_escapes_html(client: TestClient) -> None:
    result = search(client, query="alert script", limit=20)
    snippets = " ".join(h["snippet"] for h in result["hits"])
    assert "<script>" not in snippets
    # whole words: a lone compound part ("Hunde" for "Hundesteuer") is no evidence by design
    hit = search(client, query="Steuer für Hunde", limit=1)["hits"][0]
    assert "<mark>" in hit["snippet"]


def test_document_view_file_and_similar(client: TestClient) -> None:
    hit = search(client, query="Friedhof Grabnutzungsrecht", limit=1)["hits"][0]
    doc = client.get(f"/documents/{hit['document_id']}")
    assert doc.status_code == 200
    body = doc.json()
    assert body["text"] and body["chunks"] and body["title"] == hit["title"]
    if body["has_file"]:
        original = client.get(f"/documents/{hit['document_id']}/file")
        assert original.status_code == 200 and len(original.content) > 100
    similar = client.get(f"/documents/{hit['document_id']}/similar", params={"limit": 5}).json()
    assert similar["hits"]
    assert hit["document_id"] not in {h["document_id"] for h in similar["hits"]}


def test_topics_with_counts(client: TestClient) -> None:
    taxonomy = client.get("/topics").json()
    assert len(taxonomy["referate"]) >= 5
    counts = [t["documents"] for r in taxonomy["referate"] for t in r["topics"]]
    assert sum(counts) > 0
    assert all(r["ansprechpartner"]["name"] for r in taxonomy["referate"])
    assert taxonomy["aktenplan"]


def test_health_ready_stats(client: TestClient, staff_headers: dict[str, str]) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/ready").status_code == 200
    assert client.get("/stats").status_code == 403  # counts include internal documents
    stats = client.get("/stats", headers=staff_headers).json()
    assert stats["documents"] > 0 and stats["chunks"] >= stats["documents"]


@pytest.mark.parametrize(
    "body",
    [
        {"query": ""},
        {"query": "x" * 501},
        {"query": "Kita", "limit": 0},
        {"query": "Kita", "limit": 101},
        {"query": "Kita", "offset": -1},
        {"query": "Kita", "filters": {"doc_type": ["Roman"]}},
        {"query": "Kita", "filters": {"unbekannt": 1}},
        {"query": "Kita", "sort": "alphabet"},
    ],
)
def test_bad_input_gives_problem_details(client: TestClient, body: dict) -> None:  # type: ignore[type-arg]
    response = client.post("/search", json=body)
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    problem = response.json()
    assert {"type", "title", "status", "detail", "instance"} <= problem.keys()
    assert problem["status"] == 422 and "Traceback" not in problem["detail"]


def test_empty_year_range_finds_nothing(client: TestClient) -> None:
    result = search(client, query="Kita", filters={"year_from": 2026, "year_to": 2020})
    assert result["total"] == 0 and result["hits"] == []


def test_unknown_document_is_404_problem(client: TestClient) -> None:
    response = client.get("/documents/00000000-0000-0000-0000-000000000000")
    assert response.status_code == 404
    assert response.json()["detail"] == "Dokument nicht gefunden."
    assert client.get("/gibt-es-nicht").headers["content-type"] == "application/problem+json"


def test_openapi_has_german_examples(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    examples = schema["paths"]["/search"]["post"]["requestBody"]["content"]["application/json"][
        "examples"
    ]
    assert examples["frage"]["value"]["query"] == "Gebühren für den Kindergarten"
