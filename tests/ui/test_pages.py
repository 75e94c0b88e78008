"""The Streamlit pages, run with AppTest against a real API (tests/ui/conftest.py)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from urllib.parse import parse_qs

import httpx
import pytest
from streamlit.testing.v1 import AppTest

from core.models import MAX_QUERY_CHARS
from tests.ui.conftest import APP, closed_port_url
from ui.client import (
    UNAVAILABLE_MESSAGE,
    ApiError,
    ApiUnavailable,
    FundusClient,
    SearchFilters,
)
from ui.components import german_date, locate, md_escape, shortened_query, text_html

KITA_QUERY = "Gebühren für den Kindergarten"
GERMAN_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")
SUMMARY = re.compile(r">Treffer (\d+)–(\d+) von (\d+)</h2>")  # the results heading


# -- helpers --------------------------------------------------------------------------------


SIGNED_IN: dict[str, object] = {}  # set by `live_api`: the browser session of a member person


def new_app() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120)
    for key, value in SIGNED_IN.items():
        at.session_state[key] = value
    return at


def run_search(query: str) -> AppTest:
    at = new_app().run()
    at.text_input(key="w.suche.eingabe").input(query)
    at.button(key="suche.absenden").click().run()
    assert not at.exception, at.exception
    return at


def cards(at: AppTest) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith('<div class="fundus-hit">')]


def card_titles(at: AppTest) -> list[str]:
    found = [re.search(r'<div style="[^"]*">(.*?)</div>', card) for card in cards(at)]
    return [html.unescape(m.group(1)) for m in found if m]


def card_meta(at: AppTest) -> list[str]:
    metas = [re.findall(r'<div style="[^"]*">(.*?)</div>', card)[1] for card in cards(at)]
    return [html.unescape(m) for m in metas]


def summary(at: AppTest) -> tuple[int, int, int]:
    for m in at.markdown:
        if found := SUMMARY.search(m.value):
            first, last, total = found.groups()
            return int(first), int(last), int(total)
    raise AssertionError("no 'Treffer … von …' line on the page")


@pytest.fixture
def live_api(
    api_url: str, member_sign_in: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """The UI's environment: the running API and a member person signed in (no shared key)."""
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    SIGNED_IN.update(member_sign_in)
    yield api_url
    SIGNED_IN.clear()


@pytest.fixture(autouse=True)
def _no_key_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FUNDUS_API_KEY", raising=False)


# -- Suche ----------------------------------------------------------------------------------


@pytest.mark.slow
def test_search_page_renders_results(live_api: str) -> None:
    at = run_search(KITA_QUERY)

    assert not at.error
    first, last, total = summary(at)
    assert (first, last) == (1, min(10, total)) and total >= 1
    titles = card_titles(at)
    assert len(titles) == last
    assert any("Kita" in t or "Kinder" in t for t in titles[:3]), titles
    assert any("<mark>" in card for card in cards(at)), "no highlighted snippet"
    metas = card_meta(at)
    assert all(GERMAN_DATE.search(meta) for meta in metas), metas
    assert any("Kindertagesbetreuung" in meta for meta in metas), metas  # names, not ids
    assert not any("kindertagesbetreuung" in meta for meta in metas)
    doc_types = at.multiselect(key="w.suche.doc_type")
    assert doc_types.options and all(re.fullmatch(r".+ \(\d+\)", o) for o in doc_types.options)
    assert at.query_params["q"] == KITA_QUERY
    links = [link for link in at.page_link if link.value == "Dokument öffnen"]
    assert len(links) == len(titles)
    assert "id" in parse_qs(links[0].proto.query_string)


@pytest.mark.slow
def test_a_second_search_replaces_the_first(live_api: str) -> None:
    at = run_search(KITA_QUERY)
    kita_titles = card_titles(at)
    at.text_input(key="w.suche.eingabe").input("Hundesteuer")
    at.button(key="suche.absenden").click().run()
    assert at.query_params["q"] == "Hundesteuer"
    assert at.text_input(key="w.suche.eingabe").value == "Hundesteuer"
    assert "Hundesteuer" in card_titles(at)[0] and card_titles(at) != kita_titles


@pytest.mark.slow
def test_filters_change_results(live_api: str) -> None:
    at = run_search(KITA_QUERY)
    before_titles = card_titles(at)
    *_, before_total = summary(at)

    at.multiselect(key="w.suche.doc_type").select("Mustersatzung").run()
    assert not at.exception, at.exception
    metas = card_meta(at)
    assert metas and all(meta.startswith("Mustersatzung") for meta in metas), metas
    *_, total = summary(at)
    assert total < before_total
    assert card_titles(at) != before_titles
    # The doc type counts ignore the doc type selection itself (other types stay visible).
    assert len(at.multiselect(key="w.suche.doc_type").options) > 1

    at.checkbox(key="w.suche.nur_geltend").check().run()
    assert not any("aufgehoben" in meta for meta in card_meta(at))

    at.button(key="suche.zuruecksetzen").click().run()
    *_, reset_total = summary(at)
    assert reset_total == before_total
    assert at.multiselect(key="w.suche.doc_type").value == []


@pytest.mark.slow
def test_paging(live_api: str) -> None:
    at = run_search(KITA_QUERY)
    *_, total = summary(at)
    if total <= 10:
        pytest.skip(f"only {total} hits, one page")
    first_page = card_titles(at)
    at.button(key="suche.weiter").click().run()
    assert summary(at) == (11, min(20, total), total)
    assert not set(card_titles(at)) & set(first_page)
    at.button(key="suche.zurueck").click().run()
    assert summary(at)[:2] == (1, 10)
    assert card_titles(at) == first_page


@pytest.mark.slow
def test_sort_by_date(live_api: str) -> None:
    at = run_search(KITA_QUERY)
    at.radio(key="w.suche.sort").set_value("date").run()
    dates = [GERMAN_DATE.search(meta).group(0) for meta in card_meta(at)]  # type: ignore[union-attr]
    as_iso = ["-".join(reversed(d.split("."))) for d in dates]
    assert as_iso == sorted(as_iso, reverse=True)


@pytest.mark.slow
def test_similar_documents_open_inline(live_api: str) -> None:
    at = run_search(KITA_QUERY)
    first_id = parse_qs(
        next(link for link in at.page_link if link.value == "Dokument öffnen").proto.query_string
    )["id"][0]
    at.session_state[f"treffer-{first_id}-aehnlich"] = True  # what clicking the expander does
    at.run()
    assert not at.exception, at.exception
    similar = [
        link
        for link in at.page_link
        if link.value != "Dokument öffnen" and "id=" in link.proto.query_string
    ]
    similar_ids = {parse_qs(link.proto.query_string)["id"][0] for link in similar}
    assert similar_ids and first_id not in similar_ids


@pytest.mark.slow
def test_the_sign_in_decides_what_is_found(live_api: str) -> None:
    *_, member_total = summary(run_search(KITA_QUERY))
    SIGNED_IN.clear()  # not signed in: the anonymous role, public documents only
    at = run_search(KITA_QUERY)
    assert not at.error
    anonymous_total = summary(at)[2] if cards(at) else 0
    assert anonymous_total < member_total


@pytest.mark.slow
def test_an_unknown_api_key_is_reported(live_api: str, monkeypatch: pytest.MonkeyPatch) -> None:
    SIGNED_IN.clear()  # a machine's key (FUNDUS_API_KEY), used while nobody is signed in
    monkeypatch.setenv("FUNDUS_API_KEY", "fdk_gibt-es-nicht")
    at = new_app().run()
    assert not at.exception
    assert len(at.error) == 1 and "Schlüssel" in at.error[0].value
    assert at.error[0].value != UNAVAILABLE_MESSAGE


def test_unreachable_api_shows_friendly_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FUNDUS_API_URL", closed_port_url())
    at = new_app().run()
    assert not at.exception
    assert [e.value for e in at.error] == [UNAVAILABLE_MESSAGE]

    at.text_input(key="w.suche.eingabe").input(KITA_QUERY)
    at.button(key="suche.absenden").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [UNAVAILABLE_MESSAGE]

    for page in ("seiten/dokument.py", "seiten/themen.py"):
        at.query_params["id"] = "irgendein-dokument"
        at.switch_page(page).run()
        assert not at.exception
        assert [e.value for e in at.error] == [UNAVAILABLE_MESSAGE], page


@pytest.mark.slow
def test_empty_query_asks_for_input(live_api: str) -> None:
    at = run_search("   ")
    assert [w.value for w in at.warning] == ["Bitte geben Sie einen Suchbegriff ein."]
    assert not cards(at)


# -- Dokument -------------------------------------------------------------------------------


@pytest.mark.slow
def test_document_page_shows_metadata_text_and_passage(live_api: str, api_key: str) -> None:
    with FundusClient(live_api, api_key=api_key) as api:
        hit = api.search("Hebesätze Grundsteuer", limit=1).hits[0]
        doc = api.document(hit.document_id)
    at = new_app().run()
    at.query_params["id"] = hit.document_id
    at.query_params["chunk"] = hit.chunk_id
    at.switch_page("seiten/dokument.py").run()
    assert not at.exception, at.exception
    assert not at.error

    assert at.title[0].value == md_escape(doc.title)
    table = next(m.value for m in at.markdown if "fundus-metadaten" in m.value)
    for label in ("Typ", "Nummer", "Datum", "Gültig ab", "Status", "Themen", "Referat"):
        assert f">{label}</th>" in table
    assert f"<td>{html.escape(doc.doc_type)}</td>" in table
    if doc.date:
        assert f"<td>{german_date(doc.date)}</td>" in table
    assert "Grundsteuer" in table  # topic name

    fulltext = next(m.value for m in at.markdown if "fundus-volltext" in m.value)
    assert '<mark id="fundstelle"' in fulltext
    assert any(m.value.startswith("**Fundstelle") for m in at.markdown)
    assert [t.label for t in at.tabs] == ["Volltext", "Ähnliche Dokumente"]
    similar = [link for link in at.page_link if "id=" in link.proto.query_string]
    assert similar and all(hit.document_id not in link.proto.query_string for link in similar)
    assert bool(at.download_button) == doc.has_file


@pytest.mark.slow
def test_staff_set_the_successor_on_the_document_page(
    api_url: str,
    api_key: str,
    member_sign_in: dict[str, object],
    staff_sign_in: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Staff see "Fassung und Fristen bearbeiten" with the stated successor filled in; a
    mistyped Kennung gets the API's German reason and changes nothing. Members see no form."""
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    with FundusClient(api_url, api_key=api_key) as api:
        everything = SearchFilters(all_versions=True)
        hits = api.search("Gebühren für Kitas", filters=everything, limit=50).hits
    old = next(h for h in hits if h.external_id == "ms-kita-elternbeitraege-2023")
    field = f"w.dokument.nachfolger.{old.document_id}"

    def document_page(sign_in: dict[str, object]) -> AppTest:
        at = AppTest.from_file(str(APP), default_timeout=120)
        for key, value in sign_in.items():
            at.session_state[key] = value
        at.run()
        at.query_params["id"] = old.document_id
        at.switch_page("seiten/dokument.py").run()
        assert not at.exception, at.exception
        return at

    member = document_page(member_sign_in)
    assert field not in [t.key for t in member.text_input]
    table = next(m.value for m in member.markdown if "fundus-metadaten" in m.value)
    assert "<td>ms-kita-elternbeitraege-2023</td>" in table  # the Kennung links name

    staff = document_page(staff_sign_in)
    assert staff.text_input(key=field).value == "ms-kita-elternbeitraege-2026"
    staff.text_input(key=field).input("ms-kita-gibt-es-nicht")
    staff.button(key="dokument.fassung.speichern").click().run()
    assert "kein Dokument" in " ".join(e.value for e in staff.error)
    with FundusClient(api_url, api_key=api_key) as api:
        assert [s.external_id for s in api.document(old.document_id).successors] == [
            "ms-kita-elternbeitraege-2026"
        ]


@pytest.mark.slow
def test_document_page_unknown_id(live_api: str) -> None:
    at = new_app().run()
    at.query_params["id"] = "gibt-es-nicht"
    at.switch_page("seiten/dokument.py").run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Dokument nicht gefunden."]


def test_document_page_without_id(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FUNDUS_API_URL", closed_port_url())
    at = new_app().run()
    at.switch_page("seiten/dokument.py").run()
    assert not at.exception and not at.error
    assert "Kein Dokument ausgewählt" in at.info[0].value
    # not a dead end: a search right here, and the topics
    assert any(link.label == "Zur Themenübersicht" for link in at.page_link)
    at.text_input(key="dokument.suchbegriff").input("Rundschreiben 205/2026")
    at.button(key="dokument.suchen").click().run()
    assert at.title[0].value == "Suche"
    assert at.query_params["q"] == ["Rundschreiben 205/2026"] or at.query_params["q"] == (
        "Rundschreiben 205/2026"
    )


@pytest.mark.slow
def test_a_query_over_the_limit_is_shortened_and_the_page_says_so(live_api: str) -> None:
    long_query = " ".join([KITA_QUERY] * 40)  # about 1,200 characters
    at = run_search(long_query)
    assert not at.exception and not at.error
    searched = at.query_params["q"]
    assert len(searched) <= MAX_QUERY_CHARS and long_query.startswith(searched)
    notes = [i.value for i in at.info if "Zeichen" in i.value]
    assert notes and f"Ihre Eingabe hat {len(long_query)} Zeichen" in notes[0], notes
    assert card_titles(at), "no results for the shortened query"
    assert shortened_query("a " * 300) == ("a " * 250).strip()


# -- Themen ---------------------------------------------------------------------------------


@pytest.mark.slow
def test_topic_page_lists_referate_with_newest_documents(live_api: str, api_key: str) -> None:
    with FundusClient(live_api, api_key=api_key) as api:
        taxonomy = api.topics()
    at = new_app().run()
    at.switch_page("seiten/themen.py").run()
    assert not at.exception, at.exception

    assert [s.value for s in at.header] == [md_escape(r.name) for r in taxonomy.referate]
    assert any("Referat 2 – Finanzen" in s.value for s in at.header)
    contacts = [m.value for m in at.markdown if m.value.startswith('<div style="color:#444')]
    assert len(contacts) == len(taxonomy.referate) and "mailto:" in contacts[0]

    topic = max((t for r in taxonomy.referate for t in r.topics), key=lambda t: t.documents)
    label = next(e.label for e in at.expander if e.label.startswith(md_escape(topic.name)))
    assert label.endswith(f"{topic.documents} Dokumente")

    at.session_state[f"thema-{topic.id}"] = True  # open the topic
    at.run()
    assert not at.exception, at.exception
    captions = [m.value for m in at.markdown if 'class="fundus-meta"' in m.value]
    dates = ["-".join(reversed(GERMAN_DATE.search(c).group(0).split("."))) for c in captions]  # type: ignore[union-attr]
    assert dates and dates == sorted(dates, reverse=True)
    assert any("thema=" in link.proto.query_string for link in at.page_link), (
        "no link to all documents of the topic"
    )


@pytest.mark.slow
def test_topic_link_presets_the_search_filter(live_api: str) -> None:
    at = new_app().run()
    at.query_params["q"] = "Grundsteuer"
    at.query_params["thema"] = "grundsteuer"
    at.run()
    assert not at.exception, at.exception
    assert at.multiselect(key="w.suche.topics").value == ["grundsteuer"]
    assert all("Grundsteuer" in meta for meta in card_meta(at))
    assert "thema" not in at.query_params


# -- building blocks (no API needed) --------------------------------------------------------


def _client(handler) -> FundusClient:  # type: ignore[no-untyped-def]
    return FundusClient("http://fundus.test", transport=httpx.MockTransport(handler))


def test_client_turns_problem_details_into_api_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            404,
            json={"type": "about:blank", "title": "Nicht gefunden", "status": 404,
                  "detail": "Dokument nicht gefunden.", "instance": request.url.path},
            headers={"content-type": "application/problem+json"},
        )  # fmt: skip

    with pytest.raises(ApiError) as caught:
        _client(handler).document("x")
    assert caught.value.detail == "Dokument nicht gefunden." and caught.value.status == 404
    assert not isinstance(caught.value, ApiUnavailable)


@pytest.mark.parametrize(
    "handler",
    [
        lambda request: httpx.Response(503, text="<html>Bad Gateway</html>"),
        lambda request: (_ for _ in ()).throw(httpx.ConnectError("refused", request=request)),
        lambda request: (_ for _ in ()).throw(httpx.ReadTimeout("slow", request=request)),
    ],
    ids=["gateway", "refused", "timeout"],
)
def test_client_reports_unavailable(handler) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ApiUnavailable) as caught:
        _client(handler).topics()
    assert str(caught.value) == UNAVAILABLE_MESSAGE


def test_client_rejects_unexpected_bodies_and_encodes_ids() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.raw_path.decode())
        return httpx.Response(200, text="kein JSON")

    with pytest.raises(ApiError):
        _client(handler).document("../admin?x=1")
    assert seen == ["/documents/..%2Fadmin%3Fx%3D1"]


def test_client_sends_the_search_body_and_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FUNDUS_API_KEY", "fdk_geheim")
    bodies: list[bytes] = []

    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == "Bearer fdk_geheim"
        bodies.append(request.content)
        return httpx.Response(200, json={"total": 0, "depth": 100, "hits": [], "facets": {}})

    result = _client(handler).search(
        "Hundesteuer", filters=SearchFilters(status=["in Kraft"]), sort="date", offset=10
    )
    assert result.total == 0
    assert b'"filters":{"status":["in Kraft"]}' in bodies[0]
    assert b'"sort":"date"' in bodies[0] and b'"offset":10' in bodies[0]


def test_full_text_is_escaped_and_the_passage_marked() -> None:
    text = "# Titel <b>\n\nErster Absatz mit <script>alert(1)</script>.\nZweite Zeile\n\nEnde"
    passage = "Erster Absatz mit <script>alert(1)</script>. Zweite Zeile"  # chunker joins lines
    span = locate(text, passage)
    assert span is not None
    rendered = text_html(text, span)
    assert "<script>" not in rendered and "&lt;script&gt;" in rendered
    assert "Titel &lt;b&gt;" in rendered and "\n" not in rendered
    assert rendered.count("<mark") == 2  # one per line of the passage
    assert '<mark id="fundstelle"' in rendered
    assert "Ende" in rendered.split("</mark>")[-1]
    assert locate(text, "nicht im Text") is None


def test_markdown_escaping() -> None:
    assert md_escape("Nr. 41/2025: *neu* [Link](x) $5$") == (
        r"Nr. 41/2025\: \*neu\* \[Link\](x) \$5\$"
    )
    assert md_escape("1. Teil") == r"1\. Teil"
    assert md_escape("# Kein Titel") == r"\# Kein Titel"
