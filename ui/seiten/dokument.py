"""Dokument: metadata, the full text with the matched passage marked, similar documents and
the original file. Opened with ?id=<document id>[&chunk=<chunk id of the search hit>]."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from core.schemas import ChunkOut
from ui.client import ApiError, Document, Taxonomy
from ui.compare_links import compare_link
from ui.components import (
    DOKUMENT_PAGE,
    MARK_STYLE,
    SUCHE_PAGE,
    THEMEN_PAGE,
    client,
    esc,
    german_date,
    locate,
    long_german_date,
    md_escape,
    plain_html,
    render_similar,
    show_error,
    taxonomy_or_error,
    text_html,
    topic_label,
    version_notes,
)
from ui.signin import current_user
from ui.tagging_client import patch


def _metadata_html(doc: Document, tax: Taxonomy) -> str:
    aktenplan = doc.aktenplan
    if aktenplan and (title := tax.aktenplan_titles().get(aktenplan)):
        aktenplan = f"{aktenplan} – {title}"
    rows = [
        ("Typ", doc.doc_type),
        ("Nummer", doc.number),
        ("Datum", german_date(doc.date) if doc.date else None),
        ("Gültig ab", german_date(doc.valid_from) if doc.valid_from else None),
        ("Status", doc.status),
        ("Themen", topic_label(doc.topics, tax.topic_names()) if doc.topics else None),
        ("Referat", doc.referat),
        ("Aktenplan", aktenplan),
    ]
    if doc.valid_to:
        rows.insert(4, ("Gültig bis", german_date(doc.valid_to)))
    if doc.frist:
        rows.append(("Frist", german_date(doc.frist)))
    if doc.aktenzeichen:
        rows.append(("Aktenzeichen", doc.aktenzeichen))
    if doc.external_id:
        rows.append(("Kennung", doc.external_id))  # what version links name
    cells = "".join(
        f'<tr><th scope="row" style="text-align:left;white-space:nowrap;padding-right:1.5em">'
        f"{esc(label)}</th><td>{esc(value) if value else '–'}</td></tr>"
        for label, value in rows
    )
    return f'<table class="fundus-metadaten" style="width:100%">{cells}</table>'


def _matched_chunk(doc: Document, chunk_id: str | None) -> ChunkOut | None:
    if not chunk_id:
        return None
    return next((c for c in doc.chunks if c.id == chunk_id), None)


def _download(doc: Document) -> None:
    if not doc.has_file:
        return
    api = client()
    document_id = doc.id
    st.download_button(
        "Originaldatei herunterladen",
        data=lambda: api.document_file(document_id),  # fetched only when clicked
        file_name=doc.file_name or f"{doc.external_id or doc.id}",
        mime=doc.media_type or "application/octet-stream",
        icon=":material/download:",
        on_click="ignore",
        key="dokument.download",
    )


def _versions(doc: Document) -> None:
    """Lifecycle notices and the links to the versions before and after, both ways round."""
    if doc.successors:
        st.warning(
            "Diese Fassung ist ersetzt. Es gilt die neuere Fassung:", icon=":material/history:"
        )
    elif doc.status == "aufgehoben":
        st.warning(
            "Diese Fassung ist aufgehoben. Bitte prüfen Sie, ob eine neuere Fassung gilt.",
            icon=":material/history:",
        )
    elif doc.status == "Entwurf":
        st.info("Dies ist ein Entwurf.", icon=":material/edit_note:")
    for successor in doc.successors:
        st.page_link(
            DOKUMENT_PAGE,
            label=f"Neuere Fassung: {successor.title} ({german_date(successor.date)})",
            icon=":material/arrow_forward:",
            query_params={"id": successor.document_id},
        )
    notes = [n for n in version_notes(doc.valid_from, doc.frist, "") if not n.startswith("Frist")]
    for note in notes:
        st.info(f"Diese Fassung {note}.", icon=":material/event:")
    if doc.frist:
        st.info(f"Rückmeldefrist: {long_german_date(doc.frist)}.", icon=":material/alarm:")
    for predecessor in doc.predecessors:
        st.page_link(
            DOKUMENT_PAGE,
            label=f"Frühere Fassung: {predecessor.title} ({german_date(predecessor.date)})",
            icon=":material/history:",
            query_params={"id": predecessor.document_id},
        )


def _version_form(doc: Document) -> None:
    """Staff link versions by hand (what front matter and text cues did not say): the
    successor by its Kennung, the end of validity and the reply deadline. The API checks
    that the successor exists; its German message is shown as it is."""
    user = current_user()
    if user is None or user.role not in ("staff", "admin"):
        return
    title = "Fassung und Fristen bearbeiten (Geschäftsstelle)"
    if st.session_state.pop("dokument.fassung.gespeichert", False):
        st.success("Fassung und Fristen gespeichert.", icon=":material/check:")
    with (
        st.expander(title, icon=":material/edit:"),
        st.form(f"dokument.fassung.{doc.id}", border=False),
    ):
        successor = st.text_input(
            "Ersetzt durch (Kennung der neueren Fassung)",
            key=f"w.dokument.nachfolger.{doc.id}",
            value=doc.successors[0].external_id or "" if doc.successors else "",
            help="Leer lassen, wenn diese Fassung gilt. Die Kennung steht auf der Seite "
            "der neueren Fassung unter „Kennung“.",
        )
        valid_to = st.date_input(
            "Gilt bis",
            key=f"w.dokument.gilt_bis.{doc.id}",
            value=doc.valid_to,
            format="DD.MM.YYYY",
            min_value=dt.date(1800, 1, 1),
        )
        frist = st.date_input(
            "Rückmeldefrist",
            key=f"w.dokument.frist.{doc.id}",
            value=doc.frist,
            format="DD.MM.YYYY",
            min_value=dt.date(1800, 1, 1),
        )
        saved = st.form_submit_button(
            "Speichern", icon=":material/save:", key="dokument.fassung.speichern"
        )
    if not saved:
        return
    changes: dict[str, Any] = {
        "superseded_by": successor.strip() or None,
        "valid_to": valid_to.isoformat() if isinstance(valid_to, dt.date) else None,
        "frist": frist.isoformat() if isinstance(frist, dt.date) else None,
    }
    try:
        patch(client(), doc.id, changes)
    except ApiError as exc:
        st.error(exc.detail, icon=":material/error:")
        return
    st.session_state["dokument.fassung.gespeichert"] = True
    st.rerun()  # the page shows the new links and notices


def _nothing_selected() -> None:
    """Reached from the navigation with no document chosen: say so, and offer the ways to
    one (a search right here, the topics), instead of a dead end."""
    st.title("Dokument")
    st.info(
        "Kein Dokument ausgewählt. Suchen Sie hier nach einem Dokument oder öffnen Sie eines "
        "über die Themenübersicht.",
        icon=":material/info:",
    )
    with st.form("dokument.suche", border=False, enter_to_submit=True):
        left, right = st.columns([5, 1], vertical_alignment="bottom")
        left.text_input(
            "Dokument suchen",
            key="dokument.suchbegriff",
            placeholder="Titel, Nummer oder Stichwort, z. B. Rundschreiben 205/2026",
        )
        searched = right.form_submit_button(
            "Suchen", type="primary", icon=":material/search:", width="stretch",
            key="dokument.suchen",
        )  # fmt: skip
    query = " ".join(str(st.session_state.get("dokument.suchbegriff") or "").split())
    if searched and query:
        st.switch_page(SUCHE_PAGE, query_params={"q": query})
    if searched:
        st.warning("Bitte geben Sie einen Suchbegriff ein.")
    st.page_link(THEMEN_PAGE, label="Zur Themenübersicht", icon=":material/topic:")


def main() -> None:
    st.page_link(SUCHE_PAGE, label="Zurück zur Suche", icon=":material/arrow_back:")
    document_id = st.query_params.get("id", "").strip()
    if not document_id:
        _nothing_selected()
        return
    try:
        doc = client().document(document_id)
    except ApiError as exc:
        show_error(exc)
        return
    tax = taxonomy_or_error()
    if tax is None:
        return

    st.title(md_escape(doc.title))
    _versions(doc)
    st.markdown(_metadata_html(doc, tax), unsafe_allow_html=True)
    _download(doc)
    compare_link(doc.id, doc.doc_type)  # statutes only (ui/compare_links.py)
    _version_form(doc)

    chunk = _matched_chunk(doc, st.query_params.get("chunk"))
    span = locate(doc.text, chunk.text) if chunk else None
    if chunk:
        with st.container(border=True):
            heading = f" – {md_escape(chunk.heading)}" if chunk.heading else ""
            st.markdown(f"**Fundstelle{heading}**")
            st.markdown(
                f'<div style="line-height:1.55"><mark style="{MARK_STYLE}">'
                f"{plain_html(' '.join(chunk.text.split()))}</mark></div>",
                unsafe_allow_html=True,
            )
            if span:
                st.caption("Die Fundstelle ist im Volltext unten gelb markiert.")

    volltext, aehnlich = st.tabs(["Volltext", "Ähnliche Dokumente"])
    with volltext:
        if doc.text.strip():
            st.markdown(text_html(doc.text, span), unsafe_allow_html=True)
        else:
            st.caption("Für dieses Dokument ist kein Text gespeichert.")
    with aehnlich:
        render_similar(doc.id, tax.topic_names(), key="dokument-aehnlich")


main()
