"""The accessibility gate (BITV 2.0 / WCAG 2.1 AA): every page and state of the UI in a real
headless Chromium, checked by axe-core and by what axe does not check, plus keyboard-only walks
of the main tasks.

axe-core is the npm package that `bash scripts/install.sh --test` installs into
`.venv/axe` (version pinned there); nothing is downloaded here. One Streamlit server (signed in
with a staff key, so the staff pages are in reach) and one browser serve the whole module.
"""

from __future__ import annotations

import base64
import io
import os
import re
import subprocess
import sys
import time
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from runtime.resources import Resources
from tests.ui.conftest import APP, ROOT, free_port, wait_until
from tests.ui.test_browser import CHROMEDRIVER, CHROMIUM_FLAGS, chromium  # noqa: F401
from ui import accessibility

webdriver = pytest.importorskip(
    "selenium.webdriver", reason="selenium fehlt (pip install selenium==4.51.0)"
)
Image = pytest.importorskip("PIL.Image", reason="Pillow fehlt")
from selenium.common.exceptions import NoSuchElementException, TimeoutException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

AXE_JS = ROOT / ".venv" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
AXE_VERSION = "4.14.1"  # as in scripts/install.sh
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    # Best-practice rules axe runs only when asked.
    "rules": {"heading-order": {"enabled": True}, "presentation-role-conflict": {"enabled": True}},
    "resultTypes": ["violations"],
}
WIDE, NARROW = (1400, 1000), (320, 800)
QUERY = "Gebühren für den Kindergarten"
# Words of Streamlit's English labels, independent of the translation table in
# ui/accessibility.py: a label an upgrade renames or adds still fails here.
ENGLISH_WORDS = {
    "skip", "main", "content", "collapse", "expand", "sidebar", "open", "close", "help", "for",
    "to", "heading", "clear", "all", "upload", "browse", "files", "file", "drag", "drop",
    "here", "per", "limit", "choose", "option", "options", "select", "selected", "remove",
    "show", "hide", "password", "menu", "view", "more", "less", "running", "stop", "press",
    "enter", "submit", "apply", "results", "increment", "decrement", "add", "values", "value",
    "copy", "deploy", "settings", "rerun", "fullscreen", "date", "selectbox", "toggle",
}  # fmt: skip
NAMED_ROLES = {
    "link", "button", "textbox", "searchbox", "combobox", "listbox", "option", "checkbox",
    "radio", "radiogroup", "tab", "tablist", "menuitem", "menu", "spinbutton", "slider",
    "switch", "navigation", "complementary", "main", "region", "dialog", "img", "group",
    "heading", "form", "banner", "contentinfo", "DisclosureTriangle", "tooltip",
}  # fmt: skip
FOCUSABLE = (
    "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), "
    "textarea:not([disabled]), select:not([disabled]), summary, [tabindex]:not([tabindex='-1'])"
)


# -- fixtures: one server, one browser ------------------------------------------------------


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE_JS.exists():
        message = f"axe-core fehlt ({AXE_JS}): `bash scripts/install.sh --test` installiert es"
        if os.geteuid() != 0:
            pytest.skip(message)
        pytest.fail(message)
    source = AXE_JS.read_text(encoding="utf-8")
    assert f"axe v{AXE_VERSION}" in source[:200], "axe-core hat nicht die Version aus install.sh"
    return source


@pytest.fixture(scope="module")
def staff_key(sample_resources: Resources) -> str:
    from core.keys import create_key

    _, key = create_key(sample_resources.db, name="Geschäftsstelle (A11y-Tests)", role="staff")
    return key


@pytest.fixture(scope="module")
def ui(api_url: str, staff_key: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    log_path = tmp_path_factory.mktemp("a11y") / "streamlit.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "streamlit", "run", str(APP),
                "--server.headless", "true", "--server.address", "127.0.0.1",
                "--server.port", str(port), "--server.fileWatcherType", "none",
                "--browser.gatherUsageStats", "false", "--client.toolbarMode", "minimal",
            ],
            cwd=ROOT,
            env={**os.environ, "FUNDUS_API_URL": api_url, "FUNDUS_API_KEY": staff_key},
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


@pytest.fixture(scope="module")
def browser(
    chromium: Path,  # noqa: F811
    ui: str,
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Any]:
    folder = tmp_path_factory.mktemp("chromium")
    options = Options()
    options.binary_location = str(chromium)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={folder / 'profile'}")
    driver = webdriver.Chrome(
        options=options,
        service=Service(executable_path=str(CHROMEDRIVER), log_output=str(folder / "log")),
    )
    driver.set_page_load_timeout(60)
    driver.set_window_size(*WIDE)
    # The first visit after start is a deep link, as from a digest mail: ui/app.py must serve
    # it (its script sets lang="de", which _settled waits for), with the app's own navigation,
    # not the raw file names Streamlit shows for a "pages" folder (ui/app.py).
    driver.get(f"{ui}/barrierefreiheit")
    _settled(driver)
    nav = driver.execute_script(
        "return [...document.querySelectorAll('[data-testid=stSidebarNav] a')]"
        ".map(a => a.innerText.trim().split('\\n').pop())"
    )
    assert "Suche" in nav and "app" not in nav, nav
    try:
        yield driver
    finally:
        driver.quit()


# -- helpers ------------------------------------------------------------------------------


def _settled(driver: Any, timeout: float = 90) -> None:
    """Streamlit has finished the run: the page script ran, no spinner, nothing running."""

    def ready(d: Any) -> bool:
        return bool(
            d.execute_script(
                "return !!window.__fundusA11y && document.readyState === 'complete'"
                " && !document.querySelector('[data-testid=stStatusWidget] [data-testid=stStatusWidgetRunningIcon], [data-testid=stSpinner], [data-testid=stSkeleton]')"
                " && !!document.querySelector('[data-testid=stMain] h1, [data-testid=stException]')"
            )
        )

    WebDriverWait(driver, timeout).until(ready)
    time.sleep(0.6)  # Streamlit's last paint and the label script's next frame


def _open(driver: Any, url: str) -> None:
    driver.get(url)
    _settled(driver)


def _axe(driver: Any, source: str) -> list[dict[str, Any]]:
    if not driver.execute_script("return !!window.axe"):
        driver.execute_script(source)
    return list(
        driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, arguments[0]).then(r => done(r.violations.map(v => ({"
            " id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map("
            "  n => n.target.join(' ') + ': ' + n.failureSummary.split('\\n')[1])}))),"
            " e => done([{id: 'axe-error', impact: 'critical', nodes: [String(e)]}]));",
            AXE_OPTIONS,
        )
    )


def _names(driver: Any) -> list[tuple[str, str]]:
    """(role, accessible name) of every node of Chromium's accessibility tree."""
    tree = driver.execute_cdp_cmd("Accessibility.getFullAXTree", {})
    found = []
    for node in tree["nodes"]:
        if node.get("ignored"):
            continue
        role = str(node.get("role", {}).get("value", ""))
        name = str(node.get("name", {}).get("value", "") or "")
        if name:
            found.append((role, name))
    return found


def _english(names: list[tuple[str, str]]) -> list[str]:
    """Accessible names of controls with English words, and Streamlit's English texts."""
    bad = []
    phrases = set(accessibility.LABELS)
    for role, name in names:
        words = set(re.findall(r"[A-Za-zÄÖÜäöüß]+", name.lower()))  # "Frühere" is no "here"
        english_control = role in NAMED_ROLES and bool(words & ENGLISH_WORDS)
        streamlit_text = name.strip() in phrases or re.search(r"per file|Drag and drop", name)
        if english_control or streamlit_text:
            bad.append(f"{role} „{name}“")
    return bad


def _shot(driver: Any, box: dict[str, float]) -> Any:
    data = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {"format": "png", "clip": {**box, "scale": 1}, "captureBeyondViewport": False},
    )["data"]
    return Image.open(io.BytesIO(base64.b64decode(data))).convert("RGB")


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _focus_failures(driver: Any, limit: int = 60) -> list[str]:
    """Every focusable element (up to `limit`) is focused by script after a keyboard event
    (so :focus-visible applies); the pixels around it must change by at least 3:1 over an
    area of at least a 1 px line around the element (WCAG 2.4.7, 1.4.11)."""
    ActionChains(driver).send_keys(Keys.SHIFT).perform()  # keyboard modality
    count = driver.execute_script(
        "window.__fundusFocus = [...document.querySelectorAll(arguments[0])].filter(e =>"
        " e.tabIndex >= 0 && e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden'"
        " && !e.closest('[aria-hidden=true], [inert]'));"
        " return window.__fundusFocus.length;",
        FOCUSABLE,
    )
    failures = []
    for index in range(min(count, limit)):
        info = driver.execute_script(
            "const e = window.__fundusFocus[arguments[0]];"
            "document.activeElement && document.activeElement.blur();"
            "e.scrollIntoView({block: 'center', inline: 'nearest'});"
            "let t = e; let r = t.getBoundingClientRect();"
            "if (r.width < 4 || r.height < 4) { t = e.closest('label') || e.parentElement;"
            " r = t.getBoundingClientRect(); }"
            "const name = (e.getAttribute('aria-label') || e.innerText || e.getAttribute('placeholder')"
            " || e.tagName).trim().replace(/\\s+/g, ' ').slice(0, 60);"
            "return {x: r.x, y: r.y, w: r.width, h: r.height, name: e.tagName + ' ' + name,"
            " vw: window.innerWidth, vh: window.innerHeight};",
            index,
        )
        pad = 6
        x0, y0 = max(0.0, info["x"] - pad), max(0.0, info["y"] - pad)
        x1 = min(info["vw"], info["x"] + info["w"] + pad)
        y1 = min(info["vh"], info["y"] + info["h"] + pad)
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue  # not on screen at all (e.g. in a collapsed panel)
        box = {"x": x0, "y": y0, "width": x1 - x0, "height": y1 - y0}
        before = _shot(driver, box)
        driver.execute_script(
            "window.__fundusFocus[arguments[0]].focus({preventScroll: true})", index
        )
        time.sleep(0.05)
        after = _shot(driver, box)
        width, height = min(before.size[0], after.size[0]), min(before.size[1], after.size[1])
        a, b = before.load(), after.load()
        changed = sum(
            1
            for i in range(width)
            for j in range(height)
            if a[i, j] != b[i, j] and _contrast(a[i, j], b[i, j]) >= 3.0
        )
        # A 3 px ring round a 100 x 30 button changes about 800 pixels; a faint background
        # change (what Streamlit's links had) changes none by 3:1.
        needed = min(info["w"] + info["h"], 300)
        if changed < needed:
            failures.append(f"{info['name']}: {changed} Pixel mit 3:1, nötig {needed:.0f}")
    return failures


def _overflow(driver: Any) -> str | None:
    return driver.execute_script(
        "const main = document.querySelector('[data-testid=stMain]');"
        "const d = document.documentElement;"
        "if (d.scrollWidth > window.innerWidth + 1) return 'Seite ' + d.scrollWidth + ' px';"
        "if (main && main.scrollWidth > main.clientWidth + 1) return 'Hauptbereich ' + main.scrollWidth + ' px';"
        "return null;"
    )


def _gate(driver: Any, source: str, *, focus: bool = True) -> list[str]:
    problems = [
        f"axe {v['id']} ({v['impact']}): {'; '.join(v['nodes'])}" for v in _axe(driver, source)
    ]
    lang = driver.execute_script("return document.documentElement.lang")
    if lang != "de":
        problems.append(f'<html lang="{lang}">, erwartet "de"')
    problems += [f"englischer Name: {n}" for n in _english(_names(driver))]
    if focus:
        problems += [f"Fokus nicht sichtbar: {f}" for f in _focus_failures(driver)]
    return problems


def _narrow(driver: Any) -> str | None:
    driver.set_window_size(*NARROW)
    try:
        time.sleep(0.8)
        return _overflow(driver)
    finally:
        driver.set_window_size(*WIDE)
        time.sleep(0.5)


# -- the gate -----------------------------------------------------------------------------


def _document_url(api_url: str, staff_key: str) -> str:
    from ui.client import FundusClient

    with FundusClient(api_url, api_key=staff_key) as api:
        hit = api.search(QUERY, limit=1).hits[0]
    return f"/dokument?id={quote(hit.document_id)}&chunk={quote(hit.chunk_id or '')}"


def _with_subscription(api_url: str, staff_key: str) -> None:
    from ui.client import FundusClient, SearchFilters

    with FundusClient(api_url, api_key=staff_key) as api:
        if not api.subscriptions():
            api.create_subscription(
                name="Kita-Gebühren",
                email="kita@musterstadt.de",
                mode="woechentlich",
                query="Kita-Gebühren",
                filters=SearchFilters(),
            )


def _draft(driver: Any, ui: str) -> None:
    """Staff upload a file on "Neues Dokument erfassen"; the draft appears."""
    _open(driver, f"{ui}/erfassen")
    sample = next((ROOT / "corpus" / "documents").rglob("*.md"))
    driver.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(str(sample))
    WebDriverWait(driver, 30).until(
        lambda d: sample.name in d.find_element(By.TAG_NAME, "body").text
    )
    button = driver.find_element(By.XPATH, "//button[contains(., 'Hochladen und Vorschläge')]")
    button.send_keys(Keys.ENTER)
    WebDriverWait(driver, 120).until(
        lambda d: "noch nicht für Mitglieder sichtbar" in d.find_element(By.TAG_NAME, "body").text
    )
    _settled(driver)


def _comparison_url(resources: Resources) -> str:
    from sqlalchemy import select

    from core.tables import DocumentRow

    with resources.db() as session:
        rows = session.execute(
            select(DocumentRow.id, DocumentRow.title).where(
                DocumentRow.title.like("%Kita-Gebührensatzung%")
            )
        ).all()
    by_year = {title[-4:]: doc_id for doc_id, title in rows}
    return f"/vergleich?documents={by_year['2026']},{by_year['2023']}"


def _digest(driver: Any, ui: str) -> None:
    """The week with five circulars, typed as offices write it."""
    _open(driver, f"{ui}/nachrichtendienst")
    field = driver.find_element(By.CSS_SELECTOR, "input[aria-label='Kalenderwoche']")
    field.send_keys(Keys.CONTROL, "a")
    field.send_keys("KW 47/2026", Keys.ENTER)
    WebDriverWait(driver, 60).until(
        lambda d: "Rundschreiben Nr. 205/2026" in d.find_element(By.TAG_NAME, "body").text
    )
    _settled(driver)


@pytest.mark.slow
def test_every_page_and_state_passes_the_gate(
    browser: Any,
    ui: str,
    api_url: str,
    staff_key: str,
    axe_source: str,
    tmp_path: Path,
    sample_resources: Resources,
) -> None:
    _with_subscription(api_url, staff_key)
    states: list[tuple[str, str, Callable[[], None] | None]] = [
        ("Suche, leer", "/", None),
        ("Suche mit Treffern", f"/?q={quote(QUERY)}", None),
        ("Dokument", _document_url(api_url, staff_key), None),
        ("Dokument ohne Auswahl", "/dokument", None),
        ("Meine Abos mit Abo und Nachrichtendienst", "/abos", None),
        ("Entwurf der Geschäftsstelle", "/erfassen", lambda: _draft(browser, ui)),
        ("Vergleich zweier Satzungen", _comparison_url(sample_resources), None),
        ("Nachrichtendienst KW 47", "/nachrichtendienst", lambda: _digest(browser, ui)),
        ("Termine", "/termine", None),
        ("Anmelden", "/anmelden", None),
        ("Erklärung zur Barrierefreiheit", "/barrierefreiheit", None),
    ]
    # Every page in the navigation, including those other parts of Fundus add.
    nav = browser.execute_script(
        "return [...document.querySelectorAll('[data-testid=stSidebarNav] a')]"
        ".map(a => [a.innerText.trim().split('\\n').pop(), new URL(a.href).pathname])"
    )
    assert len(nav) >= 6, nav
    known = {path.split("?")[0] for _, path, _ in states}
    states += [(name, path, None) for name, path in nav if path not in known]

    report: list[str] = []
    for name, path, prepare in states:
        try:
            if prepare is not None:
                prepare()
            else:
                _open(browser, ui + path)
        except (TimeoutException, NoSuchElementException) as exc:
            report.append(f"{name} ({path}): Zustand nicht erreicht ({type(exc).__name__})")
            continue
        if browser.find_elements(By.CSS_SELECTOR, "[data-testid=stException]"):
            report.append(f"{name} ({path}): Fehler beim Anzeigen der Seite")
        slug = re.sub(r"\W+", "-", name)
        browser.save_screenshot(str(tmp_path / f"{slug}-1400.png"))
        problems = _gate(browser, axe_source)
        if not browser.find_elements(
            By.XPATH, "//a[contains(., 'Erklärung zur Barrierefreiheit')]"
        ):
            problems.append("kein Link zur Erklärung zur Barrierefreiheit unter der Seite")
        if overflow := _narrow(browser):
            problems.append(f"waagerechtes Scrollen bei 320 px: {overflow}")
        report += [f"{name} ({path}): {p}" for p in problems]
    print(f"Screenshots: {tmp_path}")  # noqa: T201 - shown with pytest -s
    assert not report, "\n".join(report)


# -- keyboard only ------------------------------------------------------------------------


def _tab_to(
    driver: Any, test: Callable[[Any], bool], *, limit: int = 80, back: bool = False
) -> Any:
    keys = Keys.SHIFT + Keys.TAB if back else Keys.TAB
    for _ in range(limit):
        ActionChains(driver).send_keys(keys).perform()
        element = driver.switch_to.active_element
        if test(element):
            return element
    raise AssertionError("mit der Tabulatortaste nicht erreichbar")


def _label(element: Any) -> str:
    return str(
        element.get_attribute("aria-label") or element.text or element.get_attribute("value") or ""
    )


@pytest.mark.slow
def test_keyboard_search_open_document_and_download(browser: Any, ui: str, tmp_path: Path) -> None:
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior",
        {"behavior": "allow", "downloadPath": str(tmp_path), "eventsEnabled": True},
    )
    _open(browser, ui)
    # Skip link first, the search box right after it.
    ActionChains(browser).send_keys(Keys.TAB).perform()
    assert _label(browser.switch_to.active_element) == "Zum Inhalt springen"
    ActionChains(browser).send_keys(Keys.TAB).perform()
    box = browser.switch_to.active_element
    assert box.get_attribute("aria-label") == "Suchbegriff oder Frage"
    ActionChains(browser).send_keys(QUERY, Keys.ENTER).perform()
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "div.fundus-hit"))
    _settled(browser)

    # Paging: "Weiter" moves focus and scroll to the top of the new results.
    weiter = _tab_to(browser, lambda e: "Weiter" in e.text)
    weiter.send_keys(Keys.ENTER)
    WebDriverWait(browser, 60).until(
        lambda d: "Treffer 11–" in d.find_element(By.ID, "fundus-treffer").text
    )
    WebDriverWait(browser, 10).until(
        lambda d: d.switch_to.active_element.get_attribute("id") == "fundus-treffer"
    )
    top = browser.execute_script(
        "return document.getElementById('fundus-treffer').getBoundingClientRect().top"
    )
    assert -1 <= top < 300, top  # scrolled to the top (sub-pixel rounding)

    link = _tab_to(browser, lambda e: "Dokument öffnen" in e.text)
    link.send_keys(Keys.ENTER)
    WebDriverWait(browser, 60).until(
        lambda d: d.find_elements(By.CSS_SELECTOR, "div.fundus-volltext")
    )
    _settled(browser)
    download = _tab_to(browser, lambda e: "Originaldatei herunterladen" in e.text)
    download.send_keys(Keys.ENTER)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        files = [p for p in tmp_path.iterdir() if not p.name.endswith(".crdownload")]
        if files:
            break
        time.sleep(0.3)
    assert files and files[0].stat().st_size > 0, list(tmp_path.iterdir())


@pytest.mark.slow
def test_keyboard_subscribe(browser: Any, ui: str, api_url: str, staff_key: str) -> None:
    from ui.client import FundusClient

    _open(browser, f"{ui}/abos")
    name = _tab_to(browser, lambda e: e.get_attribute("aria-label") == "Name")
    name.send_keys("Grundsteuer per Tastatur")
    email = _tab_to(browser, lambda e: e.get_attribute("aria-label") == "E-Mail-Adresse")
    email.send_keys("grundsteuer@musterstadt.de")
    submit = _tab_to(browser, lambda e: "Abo anlegen" in e.text)
    submit.send_keys(Keys.ENTER)
    with FundusClient(api_url, api_key=staff_key) as api:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if any(s.name == "Grundsteuer per Tastatur" for s in api.subscriptions()):
                break
            time.sleep(0.3)
        else:
            raise AssertionError("das Abo wurde nicht angelegt")


# -- without a browser ---------------------------------------------------------------------


def test_streamlit_is_the_version_the_fixes_were_tested_with() -> None:
    """The label table and the markup the CSS relies on belong to one Streamlit release."""
    import streamlit

    assert streamlit.__version__ == accessibility.TESTED_STREAMLIT, (
        f"Streamlit {streamlit.__version__} statt {accessibility.TESTED_STREAMLIT}: "
        "ui/accessibility.py gegen die neue Version prüfen (dieses Modul mit -m slow), "
        "dann TESTED_STREAMLIT und den Pin in pyproject.toml anheben"
    )
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    pins = [d for d in pyproject["project"]["dependencies"] if d.startswith("streamlit")]
    assert pins == [f"streamlit=={accessibility.TESTED_STREAMLIT}"], pins


def test_the_page_script_survives_streamlits_sanitiser() -> None:
    # DOMPurify removes a <script> whose text contains "<" before a letter, "/" or "!".
    text = accessibility.script()
    assert not re.search(r"<[/\w!]", text)
    assert '"Skip to main content": "Zum Inhalt springen"' in text


def test_the_translation_table_has_no_english_left() -> None:
    for english, german in accessibility.LABELS.items():
        words = set(re.findall(r"[A-Za-z]+", german.lower()))
        assert not words & ENGLISH_WORDS, (english, german)
