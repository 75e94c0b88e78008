"""Termine: upcoming council meetings of the member cities and the association's own dates.

Talks to the API (`GET/POST /termine`) over HTTP only, like every page. Not yet in the
navigation: `st.Page("seiten/termine.py", title="Termine", icon=":material/event:")`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import streamlit as st

from ui.client import api_url, configured_api_key

WOCHENTAGE = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]


def _headers() -> dict[str, str]:
    key = configured_api_key()
    return {"Authorization": f"Bearer {key}"} if key else {}


def _load(days: int | None) -> list[dict[str, Any]]:
    params = {"tage": days} if days else {}
    response = httpx.get(f"{api_url()}/termine", params=params, headers=_headers(), timeout=10)
    response.raise_for_status()
    return list(response.json())


def _when(item: dict[str, Any]) -> str:
    start = dt.datetime.fromisoformat(item["start"]).astimezone()
    return f"{WOCHENTAGE[start.weekday()]}, {start:%d.%m.%Y}, {start:%H:%M} Uhr"


st.title("Termine")
st.caption(
    "Anstehende Sitzungen der Mitgliedskommunen (aus den Ratsinformationssystemen) "
    "und Termine des Verbands."
)
days = st.selectbox(
    "Zeitraum",
    options=[14, 30, 90, None],
    index=1,
    format_func=lambda d: "alle" if d is None else f"nächste {d} Tage",
)
try:
    items = _load(days)
except httpx.HTTPError:
    st.error("Die Termine können gerade nicht geladen werden. Bitte später erneut versuchen.")
    st.stop()

kommunen = sorted({t["kommune"] for t in items})
chosen = st.multiselect("Kommune", kommunen, placeholder="alle Kommunen")
shown = [t for t in items if not chosen or t["kommune"] in chosen]
if not shown:
    st.info("Keine anstehenden Termine.")
for item in shown:
    gremium = ", ".join(item.get("gremium") or [])
    line = f"**{_when(item)}** · {item['kommune']} · {item['title']}"
    if gremium:
        line += f" ({gremium})"
    if item.get("abgesagt"):
        line += " · **abgesagt**"
    st.markdown(line)
    if item.get("ort"):
        st.caption(item["ort"])

with st.expander("Eigenen Termin eintragen (Geschäftsstelle)"), st.form("termin"):
    title = st.text_input("Titel", placeholder="Sitzung des Schulausschusses")
    day = st.date_input("Datum", format="DD.MM.YYYY")
    time = st.time_input("Beginn", value=dt.time(10, 0))
    gremium = st.text_input("Gremium")
    ort = st.text_input("Ort")
    if st.form_submit_button("Eintragen"):
        start = dt.datetime.combine(day, time).astimezone()
        payload = {
            "title": title,
            "start": start.isoformat(),
            "gremium": gremium or None,
            "ort": ort or None,
        }
        response = httpx.post(f"{api_url()}/termine", json=payload, headers=_headers(), timeout=10)
        if response.status_code == 201:
            st.success("Termin eingetragen.")
        elif response.status_code in (401, 403):
            st.error("Nur die Geschäftsstelle kann Termine eintragen.")
        else:
            st.error(f"Der Termin wurde nicht eingetragen: {response.json().get('detail', '')}")
