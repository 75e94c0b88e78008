"""Accessibility layer of the UI (BITV 2.0 / WCAG 2.1 AA), applied once per run by ui/app.py.

Streamlit hard-codes `<html lang="en">` and English accessible names ("Skip to main content",
"Collapse sidebar", "Open", "Help for …", "Link to heading"); there is no setting for either
(streamlit/streamlit#15726). The one place that reaches them is the page itself, so this module
injects one small script into the app's document (`st.html` with JavaScript, which runs in the
main document, not an iframe). The script

- sets `lang="de"` and keeps it there,
- translates Streamlit's English labels (attributes and text) with the table below, also in
  elements that appear later (a MutationObserver),
- puts the main area before the sidebar in the tab order: skip link → first field of the page
  (on Suche the search box) → … → sidebar, and takes the page's `<main>` out of the tab order.

The CSS next to it gives every focusable element a visible focus ring (#1f4e8c, 8.6:1 on white),
darkens captions (#5c5b5a, 6.6:1), stops the sidebar from covering the page on phones and
lets long titles wrap. Everything here is tested against the Streamlit version in
`TESTED_STREAMLIT` (pinned in pyproject.toml); tests/ui/test_accessibility.py fails when an
upgrade renames a label or moves the markup.
"""

from __future__ import annotations

import html
import json
import re

import streamlit as st

TESTED_STREAMLIT = "1.67.0"

# Streamlit's English labels (accessible names, tooltips, placeholders and texts) → German.
LABELS: dict[str, str] = {
    "Skip to main content": "Zum Inhalt springen",
    "Collapse sidebar": "Seitenleiste einklappen",
    "Expand sidebar": "Seitenleiste ausklappen",
    "Sidebar": "Seitenleiste",
    "Link to heading": "Link zu dieser Überschrift",
    "Help": "Hilfe",
    "Open": "Auswahl öffnen",
    "Close": "Schließen",
    "Clear all": "Alle entfernen",
    "Clear value": "Auswahl leeren",
    "Selected values": "Ausgewählte Werte",
    "Selectbox options": "Auswahlmöglichkeiten",
    "No results": "Keine Treffer",
    "Choose an option": "Bitte wählen",
    "Choose options": "Bitte wählen",
    "Add files": "Dateien hinzufügen",
    "Upload": "Datei auswählen",
    "Browse files": "Datei auswählen",
    "Drag and drop file here": "Datei hierher ziehen",
    "Drag and drop files here": "Dateien hierher ziehen",
    "Upload failed": "Hochladen fehlgeschlagen",
    "Increment": "Erhöhen",
    "Decrement": "Verringern",
    "Choose date": "Datum wählen",
    "Clear date": "Datum löschen",
    "Show password": "Passwort anzeigen",
    "Hide password": "Passwort verbergen",
    "Main menu": "Hauptmenü",
    "Copy": "Kopieren",
    "View less": "Weniger anzeigen",
    "Running...": "Läuft …",
    "Stop": "Anhalten",
    "Fullscreen": "Vollbild",
    "Close fullscreen": "Vollbild verlassen",
    "Press Enter to submit form": "Eingabetaste sendet das Formular",
    "Press Enter to apply": "Eingabetaste übernimmt die Eingabe",
    "file upload": "Datei hochladen",
}
# Labels with a variable part: (JavaScript regular expression, replacement).
PATTERNS: list[tuple[str, str]] = [
    (r"^Help for (.+)$", "Hilfe zu $1"),
    (r"^Remove (.+)$", "$1 entfernen"),
    (r"^View (\d+) more$", "$1 weitere anzeigen"),
    (r"^Limit (\d+)\s?MB per file(.*)$", "Datei hierher ziehen oder auswählen, bis $1 MB$2"),
    (r"^(\d+)\s?MB per file(.*)$", "Datei hierher ziehen oder auswählen, bis $1 MB$2"),
]

FOCUS_COLOR = "#1f4e8c"
CAPTION_COLOR = "#5c5b5a"

_CSS = f"""
/* A focus ring on everything that takes focus (2.4.7): 3 px, {FOCUS_COLOR}, 8.6:1 on white. */
a:focus-visible, button:focus-visible, summary:focus-visible, [tabindex]:focus-visible,
input:focus-visible, textarea:focus-visible, select:focus-visible {{
  outline: 3px solid {FOCUS_COLOR} !important; outline-offset: 2px !important;
}}
/* Inputs inside Streamlit's field frames: ring the frame, the input itself has no border. */
[data-baseweb="input"]:focus-within, [data-baseweb="textarea"]:focus-within,
[data-baseweb="select"] > div:focus-within, [data-testid="stNumberInputContainer"]:focus-within {{
  outline: 3px solid {FOCUS_COLOR} !important; outline-offset: 1px;
}}
[data-baseweb="input"] input:focus-visible, [data-baseweb="textarea"] textarea:focus-visible,
[data-baseweb="select"] input:focus-visible {{ outline: none !important; }}
/* Checkboxes, radios and toggles hide their input element: ring the visible box instead. */
label:has(input:focus-visible) {{
  outline: 3px solid {FOCUS_COLOR}; outline-offset: 2px; border-radius: 4px;
}}
/* Tabs sit in a strip that clips what is drawn outside them: ring them inside. */
[role="tab"]:focus-visible {{ outline-offset: -3px !important; }}
/* Captions: Streamlit's grey #828180 is 3.88:1 on white, 4.5:1 is needed (1.4.3). */
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p,
[data-testid="stWidgetLabel"] small {{ color: {CAPTION_COLOR} !important; opacity: 1; }}
/* Long titles in links wrap instead of overlapping the line below. */
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] span,
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] p {{
  white-space: normal; overflow: visible; text-overflow: clip; line-height: 1.4;
}}
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] {{ height: auto; }}
/* Links in the page are not the navigation: Streamlit shades every link to the page one is on
   as "current" ("Ähnliche Dokumente" all looked selected). Underlined on hover instead. */
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] {{
  background-color: transparent !important;
}}
[data-testid="stMain"] [data-testid="stPageLink-NavLink"]:hover p {{
  text-decoration: underline;
}}
/* Streamlit's English input hints: the forms submit with Enter anyway. */
[data-testid="InputInstructions"] {{ display: none; }}
/* 320 px and 200 % zoom (1.4.10): nothing wider than the screen. */
[data-testid="stMain"] {{ overflow-wrap: anywhere; }}
[data-testid="stMainBlockContainer"] {{ max-width: min(56rem, 100vw); }}
@media (max-width: 640px) {{
  [data-testid="stMainBlockContainer"] {{ padding-left: 0.75rem; padding-right: 0.75rem; }}
  /* long German compounds in titles fit a phone's line instead of breaking mid-word */
  [data-testid="stMain"] h1 {{ font-size: 1.45rem !important; }}
  .fundus-metadaten th {{ white-space: normal !important; }}
  /* label above value: two columns do not fit 320 px with long words ("Kindertagesbetreuung") */
  .fundus-metadaten, .fundus-metadaten tbody, .fundus-metadaten tr,
  .fundus-metadaten th, .fundus-metadaten td {{ display: block; width: auto !important; }}
  .fundus-metadaten th {{ padding-bottom: 0 !important; }}
}}
/* h2 under the page title: a clear step down from h1, not larger than the text needs. */
[data-testid="stMain"] h1 {{ font-size: 2rem; }}
[data-testid="stMain"] h2 {{ font-size: 1.4rem; }}
.fundus-footer {{ font-size: 0.85rem; color: {CAPTION_COLOR}; }}
.fundus-footer a {{ color: {FOCUS_COLOR}; }}
"""

_SCRIPT = """
(() => {
  const w = window;
  if (w.__fundusA11y) { w.__fundusA11y(); return; }
  // The style sheet goes into the head from here: Streamlit's sanitiser drops a leading style tag.
  const sheet = document.createElement("style");
  sheet.id = "fundus-a11y";
  sheet.textContent = __CSS__;
  document.head.appendChild(sheet);
  const LABELS = __LABELS__;
  const PATTERNS = __PATTERNS__.map(([re, rep]) => [new RegExp(re), rep]);
  const ATTRS = ["aria-label", "title", "placeholder", "aria-placeholder", "aria-description"];
  const translate = (value) => {
    if (!value) return null;
    const text = value.trim();
    if (Object.prototype.hasOwnProperty.call(LABELS, text)) return LABELS[text];
    for (const [re, rep] of PATTERNS) if (re.test(text)) return text.replace(re, rep);
    return null;
  };
  const fixElement = (el) => {
    for (const name of ATTRS) {
      const value = el.getAttribute(name);
      const german = translate(value);
      if (german !== null && german !== value) el.setAttribute(name, german);
    }
  };
  const fixText = (node) => {
    const german = translate(node.nodeValue);
    if (german !== null && german !== node.nodeValue.trim()) node.nodeValue = german;
  };
  const fixTree = (root) => {
    if (root.nodeType === Node.TEXT_NODE) { fixText(root); return; }
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    fixElement(root);
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) fixText(node); else fixElement(node);
    }
  };
  const fixDocument = () => {
    if (document.documentElement.lang !== "de") document.documentElement.lang = "de";
    const main = document.querySelector("[data-testid='stMain']");
    if (main && main.getAttribute("tabindex") !== "-1") main.setAttribute("tabindex", "-1");
    // The file drop zone is a labelled region with a button in it; role="presentation" on
    // an element with an accessible name is a contradiction (axe presentation-role-conflict).
    document.querySelectorAll("[data-testid='stFileUploaderDropzone'][role='presentation']")
      .forEach((zone) => zone.setAttribute("role", "group"));
    // Heading anchors ("Link zu dieser Überschrift") are a mouse convenience: not tab stops, so
    // the page's first field follows the skip link.
    document.querySelectorAll("[data-testid='stHeaderActionElements'] a,"
      + " :is(h1, h2, h3, h4, h5, h6) a[href^='#']").forEach((a) => {
      if (a.getAttribute("tabindex") !== "-1") a.setAttribute("tabindex", "-1");
    });
  };
  let pending = false;
  const later = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; fixDocument(); });
  };
  new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === "childList") { m.addedNodes.forEach(fixTree); later(); }
      else if (m.type === "characterData") fixText(m.target);
      else if (m.attributeName === "lang") fixDocument();
      else fixElement(m.target);
    }
  }).observe(document.documentElement, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: [...ATTRS, "lang"],
  });

  // Tab order: skip link -> main area -> sidebar (the sidebar comes first in the markup).
  const FOCUSABLE = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]),"
    + " textarea:not([disabled]), select:not([disabled]), summary,"
    + " [tabindex]:not([tabindex='-1'])";
  const focusables = (root) => root ? [...root.querySelectorAll(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length
      && getComputedStyle(el).visibility !== "hidden"
      && !el.closest("[aria-hidden='true'], [inert]")) : [];
  const skipLink = () => [...document.querySelectorAll("a")].find(
    (a) => a.textContent.trim() === LABELS["Skip to main content"]
      || a.textContent.trim() === "Skip to main content");
  const sidebarOpen = (side) => side && side.getAttribute("aria-expanded") !== "false"
    && side.getBoundingClientRect().right > 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Tab" || event.altKey || event.ctrlKey || event.metaKey) return;
    const main = focusables(document.querySelector("[data-testid='stMain']"));
    const sideRoot = document.querySelector("[data-testid='stSidebar']");
    const side = sidebarOpen(sideRoot) ? focusables(sideRoot) : [];
    const here = document.activeElement;
    const skip = skipLink();
    let next = null;
    if (!event.shiftKey) {
      if (here === skip) next = main[0];
      else if (here === main[main.length - 1]) next = side[0];
      else if (side.length && here === side[side.length - 1]) next = skip;
    } else {
      if (main.length && here === main[0]) next = skip;
      else if (side.length && here === side[0]) next = main[main.length - 1];
      else if (here === skip && side.length) next = side[side.length - 1];
    }
    if (next) { event.preventDefault(); next.focus(); }
  }, true);
  w.__fundusA11y = fixDocument;
  fixTree(document.body);
  fixDocument();
})();
"""


def script() -> str:
    """The page script with the style sheet and the label table filled in. Streamlit's
    sanitiser (DOMPurify) drops a script whose text has a '<' before a letter, '/' or '!'."""
    text = (
        _SCRIPT.replace("__CSS__", json.dumps(_CSS))
        .replace("__LABELS__", json.dumps(LABELS, ensure_ascii=False))
        .replace("__PATTERNS__", json.dumps(PATTERNS, ensure_ascii=False))
    )
    if re.search(r"<[/\w!]", text):
        raise ValueError("the accessibility script would be dropped by the sanitiser")
    return text


def apply() -> None:
    """CSS and the page script; called by ui/app.py before the page runs."""
    st.html(f"<script>{script()}</script>", unsafe_allow_javascript=True)


STATEMENT_PAGE = "seiten/barrierefreiheit.py"


def association_name() -> str:
    """FUNDUS_ASSOCIATION_NAME, else the association the taxonomy file names."""
    from core.settings import get_settings
    from core.taxonomy import load_taxonomy

    settings = get_settings()
    if settings.association_name:
        return settings.association_name
    try:
        return load_taxonomy(settings.taxonomy_file).verband.name
    except (OSError, ValueError):  # no file here (UI on another host) or a broken one
        return "Fundus"


def feedback_contact() -> tuple[str | None, str | None]:
    """(e-mail, telephone) for feedback on barriers: FUNDUS_FEEDBACK_EMAIL / _PHONE."""
    from core.settings import get_settings

    settings = get_settings()
    return settings.feedback_email, settings.feedback_phone


def footer() -> None:
    """On every page, after its content: the accessibility statement and the feedback
    contact (BITV 2.0 § 12b: a feedback mechanism reachable from every page)."""
    email, _ = feedback_contact()
    st.divider()
    left, right = st.columns([1, 1], vertical_alignment="center")
    left.page_link(
        STATEMENT_PAGE, label="Erklärung zur Barrierefreiheit", icon=":material/accessibility:"
    )
    if email:
        right.markdown(
            f'<p class="fundus-footer">Barriere gefunden? Rückmeldung an '
            f'<a href="mailto:{html.escape(email)}">{html.escape(email)}</a></p>',
            unsafe_allow_html=True,
        )


def focus_top(anchor: str) -> None:
    """Move keyboard focus and the scroll position to the element with id `anchor` (after
    paging, so keyboard users start at the first new result, not at the end of the page).
    `nonce` makes Streamlit render (and so run) the script again on every call."""
    nonce = st.session_state.get("_fundus_focus_nonce", 0) + 1
    st.session_state["_fundus_focus_nonce"] = nonce
    st.html(
        f"<script>/* {nonce} */ setTimeout(() => {{"
        f" const el = document.getElementById({json.dumps(anchor)});"
        " if (el) { el.setAttribute('tabindex', '-1');"
        " el.focus({preventScroll: true}); el.scrollIntoView({block: 'start'}); }"
        "}, 50);</script>",
        unsafe_allow_javascript=True,
    )
