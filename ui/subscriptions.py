"""View helpers for Abos, shared by "Meine Abos" and the search page's "Suche speichern"."""

from __future__ import annotations

from typing import Literal, cast

import streamlit as st

from ui.client import ApiError, SearchFilters, Subscription, Taxonomy, configured_api_key
from ui.components import client, show_error

Mode = Literal["sofort", "woechentlich"]
MODES: dict[str, str] = {"sofort": "sofort bei Erscheinen", "woechentlich": "wöchentlich gesammelt"}
NO_KEY_MESSAGE = (
    "Abos gehören zu Ihnen persönlich. Bitte melden Sie sich an (Seite „Anmelden“ in der "
    "Seitenleiste)."
)


def has_key() -> bool:
    return configured_api_key() is not None


def describe(sub: Subscription, tax: Taxonomy) -> str:
    """'Themen: Grundsteuer · Typen: Rundschreiben · Suche: „…“' as plain text."""
    names, titles = tax.topic_names(), tax.aktenplan_titles()
    f = sub.filters
    parts = []
    if sub.query:
        parts.append(f"Suche: „{sub.query}“")
    if f.topics:
        parts.append("Themen: " + ", ".join(names.get(t, t) for t in f.topics))
    if f.aktenplan:
        title = titles.get(f.aktenplan)
        parts.append(f"Aktenplan: {f.aktenplan}" + (f" – {title}" if title else ""))
    if f.doc_type:
        parts.append("Typen: " + ", ".join(f.doc_type))
    if f.referat:
        parts.append(f"Referat: {f.referat}")
    if f.year_from or f.year_to:
        parts.append(f"Jahre: {f.year_from or '…'}–{f.year_to or '…'}")
    if f.status:
        parts.append("Status: " + ", ".join(f.status))
    return " · ".join(parts) or "alle neuen Dokumente"


def save_search(query: str, filters: SearchFilters) -> None:
    """The "Suche speichern" popover: the current query and filters become a saved search
    that reports new documents ranking among its top results."""
    with st.popover("Suche speichern", icon=":material/bookmark_add:"):
        if not has_key():
            st.caption(NO_KEY_MESSAGE)
            return
        st.caption(
            "Sie erhalten eine Nachricht, wenn ein neues Dokument zu den besten Treffern dieser "
            "Suche gehört."
        )
        with st.form("suche-speichern", border=False):
            name = st.text_input(
                "Name des Abos", value=query[:200], max_chars=200, key="suche.abo.name"
            )
            email = st.text_input("E-Mail-Adresse", max_chars=320, key="suche.abo.email")
            mode = st.radio(
                "Zustellung",
                list(MODES),
                format_func=MODES.__getitem__,
                horizontal=True,
                key="suche.abo.modus",
            )
            if st.form_submit_button(
                "Speichern", type="primary", icon=":material/save:", key="suche.abo.speichern"
            ):
                sub = create(
                    name=name, email=email, mode=cast(Mode, mode), query=query, filters=filters
                )
                if sub is not None:
                    st.success(f"Abo „{sub.name}“ gespeichert. Sie finden es unter „Meine Abos“.")


def create(
    *,
    name: str,
    email: str,
    mode: Mode,
    query: str | None = None,
    filters: SearchFilters | None = None,
) -> Subscription | None:
    """Create the Abo, or show the API's German reason and return None."""
    try:
        return client().create_subscription(
            name=name.strip(), email=email.strip(), mode=mode, query=query, filters=filters
        )
    except ApiError as exc:
        show_error(exc)
        return None
