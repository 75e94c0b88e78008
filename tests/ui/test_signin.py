"""Signing in on the UI (AppTest against the real API of tests/ui): each browser session acts
as its person; staff get the staff page; signing out returns to the anonymous role."""

from __future__ import annotations

import contextlib

import pytest
from streamlit.testing.v1 import AppTest

from accounts import users
from core.people import UserCreate
from runtime.resources import Resources
from tests.ui.conftest import APP, api_url  # noqa: F401  (fixtures)
from tests.ui.test_browser import (  # noqa: F401  (fixtures)
    By,
    WebDriverWait,
    browser,
    chromium,
    ui_url,
    webdriver,
)

PASSWORD = "Ulmenallee-2026"


@pytest.fixture(scope="module")
def people(sample_resources: Resources) -> dict[str, str]:
    made = {}
    for email, name, org, role in (
        ("ui.anna@musterstadt.example", "Dr. Anna Beispiel", "Stadt Musterstadt", "member"),
        ("ui.clara@verband.example", "Clara Referentin", "Geschäftsstelle", "staff"),
    ):
        with contextlib.suppress(users.Conflict):  # the sample index is per test session
            users.create_user(
                sample_resources.db,
                UserCreate(email=email, name=name, organisation=org, role=role, password=PASSWORD),  # type: ignore[arg-type]
                actor="test",
            )
        made[role] = email
    return made


def _sign_in(at: AppTest, email: str, password: str = PASSWORD) -> AppTest:
    at.switch_page("seiten/anmelden.py").run()
    at.text_input(key="anmelden.email").input(email)
    at.text_input(key="anmelden.passwort").input(password)
    at.button(key="anmelden.los").click().run()
    assert not at.exception, at.exception
    return at


@pytest.mark.slow
def test_staff_sign_in_reaches_the_staff_page_and_signs_out(
    api_url: str,  # noqa: F811
    people: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    monkeypatch.delenv("FUNDUS_API_KEY", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.switch_page("seiten/erfassen.py").run()
    assert "nur für die Geschäftsstelle" in " ".join(str(i.value) for i in [*at.info, *at.warning])

    _sign_in(at, people["staff"], "falsches-passwort")
    assert any("falsch" in e.value for e in at.error)
    _sign_in(at, people["staff"])
    # AppTest runs a page directly (not through app.py's sidebar): the page says who it is.
    assert any("angemeldet als Clara Referentin" in s.value for s in at.success)
    at.switch_page("seiten/erfassen.py").run()
    assert not at.exception, at.exception
    assert "nur für die Geschäftsstelle" not in " ".join(
        str(i.value) for i in [*at.info, *at.warning]
    )
    at.switch_page("seiten/anmelden.py").run()
    at.button(key="anmelden.abmelden").click().run()
    assert not any("angemeldet als" in s.value for s in at.success)
    at.switch_page("seiten/erfassen.py").run()
    assert "nur für die Geschäftsstelle" in " ".join(str(i.value) for i in [*at.info, *at.warning])


@pytest.mark.slow
def test_member_abos_are_personal(
    api_url: str,  # noqa: F811
    people: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FUNDUS_API_URL", api_url)
    monkeypatch.delenv("FUNDUS_API_KEY", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=120).run()
    at.switch_page("seiten/abos.py").run()
    assert any("anmelden" in i.value.lower() for i in at.info)  # anonymous: no Abos
    _sign_in(at, people["member"])
    at.switch_page("seiten/abos.py").run()
    assert not at.exception, at.exception
    assert any("noch keine Abos" in i.value for i in at.info)


@pytest.fixture
def api_key() -> str:
    """No machine key for the UI under test: it acts as whoever signs in (else anonymous)."""
    return ""


@pytest.mark.slow
def test_sign_in_in_chromium_survives_a_reload(
    ui_url: str,  # noqa: F811
    browser: webdriver.Chrome,  # noqa: F811
    people: dict[str, str],
) -> None:
    """A real headless Chromium: sign in as staff, then open the staff page as a new page
    load (a new Streamlit session): the cookie restores the sign-in; signing out deletes it."""
    driver, wait = browser, WebDriverWait(browser, 60)
    # A fresh Streamlit server runs a deep link's page file directly until app.py has run once
    # (it learns of st.navigation only then), so the first load is the start page.
    driver.get(ui_url)
    wait.until(lambda d: "Anmelden" in d.find_element(By.TAG_NAME, "body").text)
    driver.get(f"{ui_url}/anmelden")
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "input[type='password']"))
    driver.find_element(By.CSS_SELECTOR, "input[type='text']").send_keys(people["staff"])
    driver.find_element(By.CSS_SELECTOR, "input[type='password']").send_keys(PASSWORD)
    next(b for b in driver.find_elements(By.TAG_NAME, "button") if "Anmelden" in b.text).click()
    wait.until(
        lambda d: "angemeldet als Clara Referentin" in d.find_element(By.TAG_NAME, "body").text
    )
    wait.until(lambda d: d.get_cookie("fundus_sitzung") is not None)
    driver.get(f"{ui_url}/erfassen")  # a new page load: a new Streamlit session
    wait.until(lambda d: "Hochladen" in d.find_element(By.TAG_NAME, "body").text)
    body = driver.find_element(By.TAG_NAME, "body").text
    assert "Clara Referentin" in body and "nur für die Geschäftsstelle" not in body
    next(b for b in driver.find_elements(By.TAG_NAME, "button") if "Abmelden" in b.text).click()
    wait.until(lambda d: d.get_cookie("fundus_sitzung") is None)
