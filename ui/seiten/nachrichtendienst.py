"""Nachrichtendienst: the circulars and statements of a calendar week, readable right here as
HTML (the same template as the PDF and the weekly mail, notify/templates/digest.html.j2), and
as a PDF download. Weeks are typed as offices write them: "KW 47", "47/2026" or "2026-W47"."""

from __future__ import annotations

import re

import streamlit as st

from core.errors import FundusError
from core.weeks import IsoWeek, last_complete_week, parse_week
from ui.client import ApiError
from ui.components import client, show_error
from ui.subscriptions import has_key

ss = st.session_state
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S | re.I)


def body_of(document: str) -> str:
    """The digest's body: the page has its own head, language and title."""
    found = _BODY.search(document)
    return found.group(1) if found else document


def _week() -> IsoWeek | None:
    ss.setdefault("w.nachrichtendienst.woche", last_complete_week().label)
    left, right = st.columns([1, 1], vertical_alignment="bottom")
    text = left.text_input(
        "Kalenderwoche",
        key="w.nachrichtendienst.woche",
        max_chars=20,
        help="z. B. KW 47, 47/2026 oder 2026-W47; vorgegeben ist die letzte vollständige Woche.",
    )
    right.checkbox(
        "nur was meine Abos auswählen",
        key="w.nachrichtendienst.nur_abos",
        disabled=not has_key(),
    )
    try:
        return parse_week(text)
    except FundusError as exc:
        st.warning(exc.detail, icon=":material/event_busy:")
        return None


def main() -> None:
    st.title("Nachrichtendienst")
    st.caption(
        "Alle Rundschreiben und Stellungnahmen einer Kalenderwoche, nach Referaten geordnet, mit "
        "Kernsätzen und Ansprechpartnern – hier zum Lesen und als PDF."
    )
    week = _week()
    if week is None:
        return
    only_mine = bool(ss.get("w.nachrichtendienst.nur_abos")) and has_key()
    api = client()
    try:
        with st.spinner("Nachrichtendienst wird zusammengestellt …"):
            html = api.digest(str(week), format="html", nur_abos=only_mine).decode("utf-8")
    except ApiError as exc:
        show_error(exc)
        return
    st.download_button(
        f"{week.label} als PDF herunterladen",
        data=lambda: api.digest(str(week), format="pdf", nur_abos=only_mine),  # on click
        file_name=f"nachrichtendienst-{week}.pdf",
        mime="application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        key="nachrichtendienst.pdf",
    )
    with st.container(border=True):
        st.html(body_of(html))


main()
