"""Entry point of the Fundus UI: `streamlit run ui/app.py`. Talks to the Fundus API only."""

from __future__ import annotations

import sys
from pathlib import Path

# `streamlit run ui/app.py` puts ui/ on the path, not the project root the pages import from.
_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from ui import accessibility, signin  # noqa: E402

st.set_page_config(
    page_title="Fundus – Wissensdatenbank",
    page_icon=":material/library_books:",
    layout="centered",
    initial_sidebar_state="auto",  # collapsed on phones, where it would cover the page
)

# lang="de", German labels, focus, contrast and small screens (ui/accessibility.py).
accessibility.apply()

# Who this session acts as (ui/signin.py): restored from the cookie on reload, shown in the
# sidebar; staff and admins get their pages after signing in.
signin.restore()
signin.sync_cookie()
_person = signin.current_user()

# The page scripts live in ui/seiten/, not ui/pages/: Streamlit treats a "pages" folder next to
# the main script as an old-style multipage app and, until st.navigation has run once, serves
# a deep link (e.g. /erfassen from a digest) by running that page file alone: raw file names as
# navigation, lang="en", no labels or focus rules. tests/ui/test_accessibility.py checks this.
pages = [
    st.Page("seiten/suche.py", title="Suche", icon=":material/search:", default=True),
    st.Page("seiten/dokument.py", title="Dokument", icon=":material/description:"),
    st.Page("seiten/themen.py", title="Themen", icon=":material/topic:"),
    st.Page("seiten/vergleich.py", title="Vergleich", icon=":material/compare_arrows:"),
    st.Page("seiten/termine.py", title="Termine", icon=":material/event:"),
    st.Page("seiten/abos.py", title="Meine Abos", icon=":material/notifications:"),
    st.Page("seiten/nachrichtendienst.py", title="Nachrichtendienst", icon=":material/newspaper:"),
    st.Page("seiten/erfassen.py", title="Neues Dokument erfassen", icon=":material/note_add:"),
    st.Page("seiten/anmelden.py", title="Anmelden", icon=":material/login:"),
    st.Page(
        accessibility.STATEMENT_PAGE, title="Barrierefreiheit", icon=":material/accessibility:"
    ),
]
if _person is not None and _person.role == "admin":
    pages.append(st.Page("seiten/personen.py", title="Personen", icon=":material/group:"))
page = st.navigation(pages)
signin.sidebar()  # after st.navigation: its link must name a page the navigation knows
page.run()
accessibility.footer()  # statement and feedback contact under every page (BITV 2.0)
