"""The UI in a real headless Chromium: `streamlit run ui/app.py` against a running API.

Needs Debian's `chromium` and `chromium-driver` (installed by `scripts/install.sh --test`, which
scripts/test.sh runs) and the `selenium` package (selenium==4.51.0).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ui.conftest import APP, ROOT, free_port, wait_until

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium fehlt (pip install selenium==4.51.0)"
)
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1400",
    "--lang=de-DE",
)
QUERY = "Gebühren für den Kindergarten"


@pytest.fixture(scope="session")
def chromium() -> Path:
    """Debian's Chromium and its driver, as installed by scripts/install.sh --test.

    Skipped only where the install script could not have installed them (not root); as root a
    missing browser means the install step was left out, which is an error, not a skip.
    """
    missing = [str(path) for path in (CHROMIUM, CHROMEDRIVER) if not path.exists()]
    if not missing:
        return CHROMIUM
    message = (
        f"Chromium fehlt ({', '.join(missing)}): "
        "als root installiert `bash scripts/install.sh --test` chromium und chromium-driver"
    )
    if os.geteuid() != 0:
        pytest.skip(message)
    pytest.fail(message)


@pytest.fixture
def ui_url(api_url: str, api_key: str, tmp_path: Path) -> Iterator[str]:
    """`streamlit run ui/app.py` as a subprocess on a free loopback port."""
    port = free_port()
    log = (tmp_path / "streamlit.log").open("wb")
    process = subprocess.Popen(
        [
            sys.executable, "-m", "streamlit", "run", str(APP),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.port", str(port),
            "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
            "--client.toolbarMode", "minimal",
        ],
        cwd=ROOT,
        env={**os.environ, "FUNDUS_API_URL": api_url, "FUNDUS_API_KEY": api_key},
        stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(f"{url}/_stcore/health", timeout=60)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        log.close()


@pytest.fixture
def browser(chromium: Path, tmp_path: Path) -> Iterator[webdriver.Chrome]:
    options = Options()
    options.binary_location = str(chromium)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path / 'chromium-profile'}")
    service = Service(
        executable_path=str(CHROMEDRIVER), log_output=str(tmp_path / "chromedriver.log")
    )
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.mark.slow
def test_search_and_open_a_document_in_chromium(
    ui_url: str, browser: webdriver.Chrome, tmp_path: Path
) -> None:
    wait = WebDriverWait(browser, 120)
    browser.get(ui_url)
    box = wait.until(
        lambda d: d.find_element(By.CSS_SELECTOR, 'input[aria-label="Suchbegriff oder Frage"]')
    )
    assert browser.title == "Fundus – Wissensdatenbank"
    box.send_keys(QUERY)
    box.send_keys(Keys.ENTER)  # the form submits on Enter

    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "div.fundus-hit"))
    titles = [
        el.text for el in browser.find_elements(By.CSS_SELECTOR, "div.fundus-hit > div:first-child")
    ]
    assert any("Kita" in t or "Kinder" in t for t in titles[:3]), titles
    assert browser.find_elements(By.CSS_SELECTOR, "div.fundus-hit mark")
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "Treffer 1–" in body and "Der Suchdienst ist nicht erreichbar" not in body
    assert "Traceback" not in body
    results = tmp_path / "suche.png"
    browser.save_screenshot(str(results))

    browser.find_element(By.PARTIAL_LINK_TEXT, "Dokument öffnen").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "div.fundus-volltext"))
    assert browser.find_elements(By.CSS_SELECTOR, "div.fundus-volltext mark#fundstelle")
    assert "id=" in browser.current_url
    body = browser.find_element(By.TAG_NAME, "body").text
    assert "Aktenplan" in body and "Ähnliche Dokumente" in body
    document = tmp_path / "dokument.png"
    browser.save_screenshot(str(document))
    print(f"Screenshots: {results} {document}")  # noqa: T201 - shown with pytest -s
