""" "Meine Abos" and "Suche speichern", run with AppTest against the real API of tests/ui."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import APP, api_key, api_url  # noqa: F401  (fixtures)
from ui.client import FundusClient


@pytest.fixture
def live(api_url: str, api_key: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[FundusClient]:  # noqa: F811
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    monkeypatch.setenv("FUNDUS_API_KEY", api_key)
    client = FundusClient(api_url, api_key=api_key)
    yield client
    for sub in client.subscriptions():  # the session's sample index is shared: leave it clean
        client.delete_subscription(sub.id)
    client.close()


def abos_page() -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.switch_page("seiten/abos.py").run()
    assert not at.exception, at.exception
    return at


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


@pytest.mark.slow
def test_create_list_and_end_a_subscription(live: FundusClient) -> None:
    at = abos_page()
    assert any("noch keine Abos" in i.value for i in at.info)
    at.text_input(key="abos.name").input("Grundsteuer")
    at.multiselect(key="abos.themen").select("grundsteuer")
    at.selectbox(key="abos.aktenplan").select("20.30")
    at.text_input(key="abos.email").input("steueramt@musterstadt.de")
    at.radio(key="abos.modus").set_value("woechentlich")
    at.button(key="abos.anlegen").click().run()
    assert not at.exception, at.exception
    assert any("Abo „Grundsteuer“ angelegt." in s.value for s in at.success)
    page = markdown(at)
    assert "Themen: Grundsteuer" in page and "Aktenplan: 20.30 – Realsteuern, Grundsteuer" in page
    assert "wöchentlich gesammelt an steueramt@musterstadt.de" in page
    [sub] = live.subscriptions()
    assert sub.filters.topics == ["grundsteuer"] and sub.mode == "woechentlich"
    assert f"/feeds/searches/{sub.id}.atom?token=" in page  # the feed link, shown this once
    assert sub.token is None  # the API keeps only its hash

    at.button(key=f"abos.beenden-{sub.id}").click().run()  # asks first
    assert live.subscriptions() != [] and not at.success
    at.button(key=f"abos.bestaetigen-{sub.id}").click().run()
    assert any("beendet" in s.value for s in at.success)
    assert live.subscriptions() == []


@pytest.mark.slow
def test_invalid_input_shows_the_german_reason(live: FundusClient) -> None:
    at = abos_page()
    at.multiselect(key="abos.themen").select("grundsteuer")
    at.text_input(key="abos.email").input("keine-adresse")
    at.button(key="abos.anlegen").click().run()
    assert any("keine gültige E-Mail-Adresse" in e.value for e in at.error)
    assert live.subscriptions() == []


@pytest.mark.slow
def test_save_search_from_the_search_page(live: FundusClient) -> None:
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.text_input(key="w.suche.eingabe").input("Hitzeschutz in Kitas")
    at.button(key="suche.absenden").click().run()
    at.multiselect(key="w.suche.doc_type").select("Handreichung").run()
    at.text_input(key="suche.abo.email").input("jugendamt@musterstadt.de")
    at.button(key="suche.abo.speichern").click().run()
    assert not at.exception, at.exception
    assert any("gespeichert" in s.value for s in at.success)
    [sub] = live.subscriptions()
    assert sub.query == "Hitzeschutz in Kitas" and sub.name == "Hitzeschutz in Kitas"
    assert sub.filters.doc_type == ["Handreichung"] and sub.mode == "sofort"


def test_without_a_sign_in_the_page_explains(monkeypatch: pytest.MonkeyPatch, api_url: str) -> None:  # noqa: F811
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    monkeypatch.delenv("FUNDUS_API_KEY", raising=False)
    at = abos_page()
    assert any("Bitte melden Sie sich an" in i.value for i in at.info)
    assert at.get("download_button")  # the public Nachrichtendienst is still offered
