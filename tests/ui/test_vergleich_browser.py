"""The Vergleich page in a real headless Chromium (issue 19), over the sample corpus.

Two statutes of the sample corpus that have clauses, differences and fee tables to compare:
the Kita-Gebührensatzung in the Mustersatzung of 2026 and of 2023. Screenshots at 1400 px and
at 390 px (a phone) are kept in the test's temporary directory (printed with `pytest -s`).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from core.tables import DocumentRow
from runtime.resources import Resources

# selenium is imported (or the module skipped) by test_browser, which also has the fixtures
from tests.ui.test_browser import (  # noqa: F401
    By,
    WebDriverWait,
    browser,
    chromium,
    ui_url,
    webdriver,
)


def _kita_ids(resources: Resources) -> tuple[str, str]:
    with resources.db() as session:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.title).where(
                DocumentRow.title.like("%Kita-Gebührensatzung%")
            )
        ).all()
    by_year = {title[-4:]: doc_id for doc_id, title in rows}
    return by_year["2026"], by_year["2023"]


def _body(driver: webdriver.Chrome) -> str:
    return str(driver.find_element(By.TAG_NAME, "body").text)


@pytest.mark.slow
def test_vergleich_page_shows_clauses_differences_and_figures(
    ui_url: str,  # noqa: F811
    browser: webdriver.Chrome,  # noqa: F811
    sample_resources: Resources,
    tmp_path: Path,
) -> None:
    new, old = _kita_ids(sample_resources)
    wait = WebDriverWait(browser, 120)

    # From the statute's page: the way in for statutes
    browser.get(f"{ui_url}/dokument?id={new}")
    link = wait.until(
        lambda d: d.find_element(By.PARTIAL_LINK_TEXT, "Mit anderen Kommunen vergleichen")
    )
    assert "vergleich" in str(link.get_attribute("href")) and new in str(link.get_attribute("href"))

    browser.set_window_size(1400, 1100)
    browser.get(f"{ui_url}/vergleich?documents={new},{old}")
    wait.until(lambda d: "Werte im Vergleich" in _body(d))
    body = _body(browser)
    assert "Traceback" not in body and "nicht erreichbar" not in body
    assert "Bezugssatzung:" in body and "von 2 Satzungen" in body
    # the clause with the fee table: open it and find the marked differences
    summary = next(
        el
        for el in browser.find_elements(By.CSS_SELECTOR, "details summary")
        if "Beitragshöhe" in el.text
    )
    summary.click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "details[open] del"))
    assert browser.find_elements(By.CSS_SELECTOR, "details[open] ins")
    # the figures side by side: one column per statute, the fee table's amounts in lines
    table = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, '[data-testid="stTable"] table'))
    headers = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headers[0] == "Wert" and len(headers) == 3, headers
    cells = [td.text for td in table.find_elements(By.CSS_SELECTOR, "tbody td")]
    assert any(c.endswith("€") for c in cells), cells
    assert "Als Excel-Datei herunterladen" in _body(browser)
    wide = tmp_path / "vergleich-1400.png"
    browser.save_screenshot(str(wide))
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", table)
    wide_table = tmp_path / "vergleich-1400-werte.png"
    browser.save_screenshot(str(wide_table))

    browser.set_window_size(390, 1400)
    browser.get(f"{ui_url}/vergleich?documents={new},{old}")
    table = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, '[data-testid="stTable"] table'))
    assert "Traceback" not in _body(browser)
    phone = tmp_path / "vergleich-390.png"
    browser.save_screenshot(str(phone))
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", table)
    phone_table = tmp_path / "vergleich-390-werte.png"
    browser.save_screenshot(str(phone_table))
    # the page is as wide as the phone: nothing sticks out sideways but the table's own scroller
    page_width = browser.execute_script("return document.documentElement.scrollWidth")
    assert page_width <= 390, page_width
    print(f"Screenshots: {wide} {wide_table} {phone} {phone_table}")  # noqa: T201 - pytest -s
