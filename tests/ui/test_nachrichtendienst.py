"""The Nachrichtendienst page (HTML in the app, the same content as the PDF), the week field,
the accessibility statement and the feedback footer under every page."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from core.settings import get_settings
from tests.ui.conftest import APP
from ui.client import FundusClient

W47_NUMBERS = {f"Rundschreiben Nr. {n}/2026" for n in (201, 203, 205, 206, 207)}
PAGE = "seiten/nachrichtendienst.py"


@pytest.fixture
def live(api_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    monkeypatch.setenv("FUNDUS_API_KEY", api_key)
    monkeypatch.setenv("FUNDUS_FEEDBACK_EMAIL", "barrierefreiheit@musterland.de")
    monkeypatch.setenv("FUNDUS_ASSOCIATION_NAME", "Städtetag Musterland e. V.")
    get_settings.cache_clear()
    yield api_url
    get_settings.cache_clear()


def _page(path: str) -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.switch_page(path).run()
    assert not at.exception, at.exception
    return at


def _html(at: AppTest) -> str:
    return " ".join(
        str(e.proto.body) for e in at.get("html") if "Nachrichtendienst" in str(e.proto.body)
    )


def _plain(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", text).split())


@pytest.mark.slow
def test_the_digest_reads_in_the_app_as_in_the_pdf(live: str, api_key: str) -> None:
    at = _page(PAGE)
    assert at.text_input(key="w.nachrichtendienst.woche").value.startswith("KW ")  # default
    at.text_input(key="w.nachrichtendienst.woche").input("KW 47/2026").run()
    assert not at.exception and not at.warning, [w.value for w in at.warning]
    shown = _plain(_html(at))
    assert "KW 47/2026" in shown and "aus einem Referat" not in shown or "Referaten" in shown
    with FundusClient(live, api_key=api_key) as api:
        pdf = api.digest("2026-W47", format="pdf")
    printed = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    for number in W47_NUMBERS:
        assert number in shown and number in printed
    assert at.get("download_button"), "no PDF download next to the HTML"


@pytest.mark.slow
@pytest.mark.parametrize("week", ["47/2026", "2026-W47", "kw47 2026"])
def test_the_week_field_takes_office_spellings(live: str, week: str) -> None:
    at = _page(PAGE)
    at.text_input(key="w.nachrichtendienst.woche").input(week).run()
    assert not at.warning and "KW 47/2026" in _plain(_html(at))


@pytest.mark.slow
def test_a_wrong_week_is_explained_in_german(live: str) -> None:
    at = _page(PAGE)
    at.text_input(key="w.nachrichtendienst.woche").input("Woche 47").run()
    assert [w.value for w in at.warning] == [
        "„Woche 47“ ist keine Kalenderwoche. Bitte so angeben: KW 47, 47/2026 oder 2026-W47."
    ]


@pytest.mark.slow
def test_statement_and_feedback_are_reachable_from_every_page(live: str) -> None:
    # ui/app.py renders the footer after every page; AppTest shows it for the default page
    # (tests/ui/test_accessibility.py checks every page in Chromium)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    links = [link for link in at.page_link if link.label == "Erklärung zur Barrierefreiheit"]
    assert links and links[0].proto.page == "barrierefreiheit"
    assert any("mailto:barrierefreiheit@musterland.de" in m.value for m in at.markdown)
    at = _page("seiten/barrierefreiheit.py")
    text = " ".join(m.value for m in at.markdown)
    assert at.title[0].value == "Erklärung zur Barrierefreiheit"
    assert "Anbieter: Städtetag Musterland e. V." in text and "e. V.." not in text
    assert "teilweise vereinbar" in text and "Durchsetzungs" in text
    assert "mailto:barrierefreiheit@musterland.de" in text
