"""Themen: topics grouped by Referat, with the Ansprechpartner, document counts and, when a
topic is opened, its newest documents."""

from __future__ import annotations

from urllib.parse import quote

import streamlit as st

from core.schemas import TopicOut
from core.taxonomy import Contact
from ui.client import ApiError, SearchFilters
from ui.components import SUCHE_PAGE, esc, md_escape, render_link, search, show_error, taxonomy

NEWEST = 5


def _count(n: int) -> str:
    return "1 Dokument" if n == 1 else f"{n} Dokumente"


def _contact_html(person: Contact) -> str:
    parts = []
    if person.name:
        parts.append(esc(person.name))
    if person.email:
        href = esc("mailto:" + quote(person.email, safe="@.+-_"))
        parts.append(f'<a href="{href}">{esc(person.email)}</a>')
    if person.telefon:
        href = esc("tel:" + "".join(c for c in person.telefon if c.isdigit() or c == "+"))
        parts.append(f'Tel. <a href="{href}">{esc(person.telefon)}</a>')
    return (
        '<div style="color:#444;margin:-0.4rem 0 0.6rem">Ansprechpartner: '
        + " · ".join(parts)
        + "</div>"
    )


def _topic(topic: TopicOut, names: dict[str, str]) -> None:
    panel = st.expander(
        f"{md_escape(topic.name)} · {_count(topic.documents)}",
        key=f"thema-{topic.id}",
        on_change="rerun",
    )
    with panel:
        if not panel.open:
            return
        if topic.documents == 0:
            st.caption("Zu diesem Thema gibt es noch keine Dokumente.")
            return
        try:
            # The API needs a query; the topic's name is a neutral one, the filter does the rest.
            result = search(
                topic.name, filters=SearchFilters(topics=[topic.id]), sort="date", limit=NEWEST
            )
        except ApiError as exc:
            show_error(exc)
            return
        if not result.hits:
            st.caption("Keine Dokumente gefunden.")
            return
        st.caption("Neueste Dokumente zuerst")
        for hit in result.hits:
            render_link(hit, names)
        st.page_link(
            SUCHE_PAGE,
            label="Alle Dokumente zu diesem Thema suchen",
            icon=":material/search:",
            query_params={"q": topic.name, "thema": topic.id},
        )


def main() -> None:
    st.title("Themen")
    st.caption(
        "Die Themen des Verbands nach Referaten – mit Ansprechpartnern und den neuesten "
        "Dokumenten. Öffnen Sie ein Thema, um seine Dokumente zu sehen."
    )
    try:
        tax = taxonomy()
    except ApiError as exc:
        show_error(exc)
        return
    if not tax.referate:
        st.info("Es sind noch keine Themen hinterlegt.")
        return
    names = tax.topic_names()
    for referat in tax.referate:
        st.header(md_escape(referat.name), divider="gray")
        if referat.ansprechpartner and (
            referat.ansprechpartner.name or referat.ansprechpartner.email
        ):
            st.markdown(_contact_html(referat.ansprechpartner), unsafe_allow_html=True)
        for topic in referat.topics:
            _topic(topic, names)


main()
