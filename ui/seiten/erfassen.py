"""Neues Dokument erfassen (Geschäftsstelle): upload, check the extracted fields and the
suggestions with their confidence, correct, save; and re-tag many search hits at once.

Everyone sees the page in the navigation; without a staff key it only says so. The API decides
(403 from /tags/model), not the UI, so a member key can never use the forms below.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from core.models import DOC_TYPES
from ui.client import ApiError, ApiUnavailable, Hit, SearchFilters, Taxonomy
from ui.components import (
    DOKUMENT_PAGE,
    client,
    german_date,
    md_escape,
    show_error,
    taxonomy_or_error,
    topic_label,
)
from ui.tagging_client import Draft, LabelScore, confirm, discard, patch, tagger_status, upload

ss = st.session_state
UPLOAD_TYPES = ["pdf", "docx", "odt", "html", "htm", "md", "txt"]
ACCESS_LABELS = {
    "public": "öffentlich",
    "members": "Mitglieder",
    "staff": "nur Geschäftsstelle",
}
FIELD_LABELS = {"doc_type": "Dokumenttyp", "topics": "Themen", "aktenplan": "Aktenplan"}
BULK_LIMIT = 50


def _percent(value: float) -> str:
    return f"{round(value * 100)} %"


def _scores_line(scores: list[LabelScore], names: dict[str, str]) -> str:
    if not scores:
        return "–"
    return " · ".join(f"{names.get(s.label, s.label)} ({_percent(s.confidence)})" for s in scores)


# -- single document ----------------------------------------------------------------------


def _uploader_key() -> str:
    """The uploader's key changes once its file has become a draft (or was saved or
    discarded): the file leaves the uploader, and a second click cannot make a second draft."""
    return f"erfassen.datei.{ss.get('erfassen.generation', 0)}"


def _empty_uploader() -> None:
    ss["erfassen.generation"] = ss.get("erfassen.generation", 0) + 1


def _on_upload() -> None:
    uploaded = ss.get(_uploader_key())
    ss["erfassen.meldung"] = None
    ss["erfassen.verwerfen_fragen"] = False
    if uploaded is None:
        ss["erfassen.fehler"] = "Bitte wählen Sie zuerst eine Datei aus."
        return
    try:
        draft = upload(client(), uploaded.name, uploaded.getvalue(), uploaded.type)
    except ApiError as exc:
        ss["erfassen.fehler"] = exc.detail
        return
    ss["erfassen.fehler"] = None
    _empty_uploader()
    ss["erfassen.entwurf"] = draft.model_dump(mode="json")
    if draft.state == "confirmed":
        ss["erfassen.meldung"] = (draft.id, draft.title, True)
        ss["erfassen.entwurf"] = None
        return
    _fill_form(draft)


def _fill_form(draft: Draft) -> None:
    """Widget values from the proposal; set once per draft so staff edits are kept."""
    p = draft.proposed
    ss["w.erfassen.title"] = p.title or draft.title
    ss["w.erfassen.doc_type"] = p.doc_type
    ss["w.erfassen.topics"] = list(p.topics or [])
    ss["w.erfassen.aktenplan"] = p.aktenplan
    ss["w.erfassen.number"] = p.number or ""
    ss["w.erfassen.date"] = p.date
    ss["w.erfassen.referat"] = p.referat
    ss["w.erfassen.aktenzeichen"] = p.aktenzeichen or ""
    ss["w.erfassen.access"] = p.access or "members"


def _on_save() -> None:
    draft = Draft.model_validate(ss["erfassen.entwurf"])
    doc_type = ss.get("w.erfassen.doc_type")
    title = " ".join(str(ss.get("w.erfassen.title") or "").split())
    if not title or not doc_type:
        ss["erfassen.fehler"] = "Bitte geben Sie Titel und Dokumenttyp an."
        return
    metadata: dict[str, Any] = {
        "title": title,
        "doc_type": doc_type,
        "topics": list(ss.get("w.erfassen.topics") or []),
        "aktenplan": ss.get("w.erfassen.aktenplan"),
        "number": (ss.get("w.erfassen.number") or "").strip() or None,
        "date": ss.get("w.erfassen.date"),
        "referat": ss.get("w.erfassen.referat"),
        "aktenzeichen": (ss.get("w.erfassen.aktenzeichen") or "").strip() or None,
        "access": ss.get("w.erfassen.access") or "members",
    }
    try:
        document = confirm(client(), draft.id, metadata)
    except ApiError as exc:
        ss["erfassen.fehler"] = exc.detail
        return
    ss["erfassen.fehler"] = None
    ss["erfassen.entwurf"] = None
    ss["erfassen.meldung"] = (document.id, document.title, False)
    _empty_uploader()


def _on_ask_discard() -> None:
    ss["erfassen.verwerfen_fragen"] = True


def _on_keep() -> None:
    ss["erfassen.verwerfen_fragen"] = False


def _on_discard() -> None:
    draft = Draft.model_validate(ss["erfassen.entwurf"])
    ss["erfassen.verwerfen_fragen"] = False
    try:
        discard(client(), draft.id)
    except ApiError as exc:
        ss["erfassen.fehler"] = exc.detail
        return
    ss["erfassen.entwurf"] = None
    ss["erfassen.fehler"] = None
    ss["erfassen.meldung"] = None
    ss["erfassen.verworfen"] = draft.file_name
    _empty_uploader()


def _single(tax: Taxonomy) -> None:
    names = tax.topic_names()
    if message := ss.get("erfassen.meldung"):
        document_id, title, automatic = message
        how = "automatisch übernommen und indexiert" if automatic else "gespeichert und indexiert"
        st.success(f"„{md_escape(title)}“ wurde {how}.", icon=":material/check_circle:")
        st.page_link(
            DOKUMENT_PAGE,
            label="Dokument öffnen",
            icon=":material/description:",
            query_params={"id": document_id},
        )
    if discarded := ss.pop("erfassen.verworfen", None):
        st.info(
            f"Der Entwurf aus {md_escape(discarded)} wurde verworfen.", icon=":material/delete:"
        )
    limit = st.get_option("server.maxUploadSize")  # ui/.streamlit/config.toml, as the API's
    st.file_uploader(
        f"Datei (PDF, DOCX, ODT, HTML, Markdown oder Text, bis {limit} MB)",
        type=UPLOAD_TYPES,
        key=_uploader_key(),
    )
    st.button(
        "Hochladen und Vorschläge ermitteln",
        icon=":material/upload_file:",
        type="primary",
        key="erfassen.hochladen",
        on_click=_on_upload,
    )
    if error := ss.get("erfassen.fehler"):
        st.error(error, icon=":material/error:")
    if not ss.get("erfassen.entwurf"):
        return
    draft = Draft.model_validate(ss["erfassen.entwurf"])
    _draft_view(draft, tax, names)


def _left_empty(draft: Draft) -> list[str]:
    """Fields the model was unsure of AND nothing else filled: a field filled from the text
    (the Aktenplan from the Aktenzeichen) is not reported as left empty."""
    proposed = draft.proposed.model_dump()
    return [
        f for f in FIELD_LABELS if f in draft.suggestions.unsicher_fields and not proposed.get(f)
    ]


def _draft_view(draft: Draft, tax: Taxonomy, names: dict[str, str]) -> None:
    st.header(md_escape(draft.title))
    st.caption(f"Entwurf aus {md_escape(draft.file_name)} – noch nicht für Mitglieder sichtbar.")
    s = draft.suggestions
    ex = draft.extracted
    with st.container(border=True):
        st.markdown("**Aus dem Text erkannt**")
        rows = [
            ("Typ-Hinweis", ex.doc_type_cue and f"{ex.doc_type} („{ex.doc_type_cue}“)"),
            ("Nummer", ex.number),
            ("Datum", german_date(ex.date) if ex.date else None),
            ("Aktenzeichen", ex.aktenzeichen),
            ("Referat", ex.referat),
            (
                "Rechtsnormen",
                ", ".join(ex.citations[:12]) + (" …" if len(ex.citations) > 12 else ""),
            ),
        ]
        for label, value in rows:
            st.markdown(f"{label}: {md_escape(value) if value else '–'}")
    with st.container(border=True):
        st.markdown(f"**Vorschläge** (gelernt aus {s.trained_on} Dokumenten)")
        aktenplan = tax.aktenplan_titles()
        st.markdown(f"Dokumenttyp: {md_escape(_scores_line(s.doc_type, {}))}")
        st.markdown(f"Themen: {md_escape(_scores_line(s.topics, names))}")
        st.markdown(
            "Aktenplan: "
            + md_escape(_scores_line(s.aktenplan, {c: f"{c} {t}" for c, t in aktenplan.items()}))
        )
        if s.too_short:
            st.info(
                "Der Text ist zu kurz für Vorschläge. Bitte wählen Sie Dokumenttyp und Themen "
                "selbst.",
                icon=":material/short_text:",
            )
        elif not s.ready:
            st.info(
                "Das Vorschlagsmodell lernt gerade aus den vorhandenen Dokumenten. Bitte "
                "wählen Sie die Angaben selbst oder laden Sie die Datei gleich noch einmal hoch.",
                icon=":material/hourglass_top:",
            )
        elif empty := _left_empty(draft):
            fields = " und ".join(FIELD_LABELS[f] for f in empty)
            st.warning(
                f"{fields}: kein Vorschlag mit mindestens {_percent(s.threshold)} Sicherheit, "
                "darum nicht vorausgefüllt – bitte selbst wählen.",
                icon=":material/help:",
            )
    _form(draft, tax, names)


def _form(draft: Draft, tax: Taxonomy, names: dict[str, str]) -> None:
    suggested_topics = [t.label for t in draft.suggestions.topics]
    topic_options = list(
        dict.fromkeys([*names, *suggested_topics, *(ss.get("w.erfassen.topics") or [])])
    )
    codes = [n.code for n in tax.aktenplan]
    aktenplan_options = list(
        dict.fromkeys([None, *codes, *(a.label for a in draft.suggestions.aktenplan)])
    )
    current = ss.get("w.erfassen.aktenplan")
    if current not in aktenplan_options:
        aktenplan_options.append(current)
    titles = tax.aktenplan_titles()
    referate = [None, *(r.name for r in tax.referate)]
    if ss.get("w.erfassen.referat") not in referate:
        referate.append(ss.get("w.erfassen.referat"))
    with st.form("erfassen.formular", border=True):
        st.text_input("Titel", key="w.erfassen.title", max_chars=500)
        left, right = st.columns(2)
        left.selectbox(
            "Dokumenttyp",
            [None, *DOC_TYPES],
            key="w.erfassen.doc_type",
            format_func=lambda t: "Bitte wählen" if t is None else t,
        )
        right.selectbox(
            "Sichtbar für", list(ACCESS_LABELS), key="w.erfassen.access",
            format_func=ACCESS_LABELS.__getitem__,
        )  # fmt: skip
        st.multiselect(
            "Themen",
            topic_options,
            key="w.erfassen.topics",
            format_func=lambda t: names.get(t, t),
            placeholder="Themen wählen",
            select_all=False,
        )
        st.selectbox(
            "Aktenplan",
            aktenplan_options,
            key="w.erfassen.aktenplan",
            format_func=lambda c: "–" if c is None else f"{c} {titles.get(c, '')}".strip(),
        )
        left, right = st.columns(2)
        left.text_input("Nummer", key="w.erfassen.number", max_chars=100)
        right.date_input("Datum", key="w.erfassen.date", format="DD.MM.YYYY")
        left, right = st.columns(2)
        left.selectbox(
            "Referat",
            referate,
            key="w.erfassen.referat",
            format_func=lambda r: "–" if r is None else r,
        )
        right.text_input("Aktenzeichen", key="w.erfassen.aktenzeichen", max_chars=100)
        st.form_submit_button(
            "Speichern und indexieren",
            type="primary",
            icon=":material/save:",
            on_click=_on_save,
            key="erfassen.speichern",
        )
    if not ss.get("erfassen.verwerfen_fragen"):
        st.button(
            "Entwurf verwerfen", icon=":material/delete:", key="erfassen.verwerfen",
            on_click=_on_ask_discard,
        )  # fmt: skip
        return
    with st.container(border=True):
        st.warning(
            f"Entwurf „{md_escape(draft.title)}“ wirklich verwerfen? Die hochgeladene Datei und "
            "alle Angaben gehen verloren.",
            icon=":material/warning:",
        )
        left, right = st.columns(2)
        left.button(
            "Ja, verwerfen", type="primary", icon=":material/delete:",
            key="erfassen.verwerfen_ja", on_click=_on_discard, width="stretch",
        )  # fmt: skip
        right.button(
            "Nein, behalten", key="erfassen.verwerfen_nein", on_click=_on_keep, width="stretch"
        )


# -- many documents -----------------------------------------------------------------------


def _on_bulk_search() -> None:
    query = " ".join(str(ss.get("w.nachtaggen.query") or "").split())
    ss["nachtaggen.meldung"] = None
    if not query:
        ss["nachtaggen.treffer"] = []
        return
    # every version of a matching document, but only relevant hits (the search's threshold)
    filters = SearchFilters(
        doc_type=list(ss.get("w.nachtaggen.filter_typ") or []), all_versions=True
    )
    try:
        result = client().search(query, filters=filters, limit=BULK_LIMIT)
    except ApiError as exc:
        ss["nachtaggen.meldung"] = ("error", exc.detail)
        return
    ss["nachtaggen.treffer"] = [h.model_dump(mode="json") for h in result.hits]
    for hit in result.hits:
        ss[f"nachtaggen.wahl.{hit.document_id}"] = False


def _on_select_all() -> None:
    for hit in ss.get("nachtaggen.treffer") or []:
        ss[f"nachtaggen.wahl.{hit['document_id']}"] = True


def _on_apply() -> None:
    hits = [Hit.model_validate(h) for h in ss.get("nachtaggen.treffer") or []]
    chosen = [h for h in hits if ss.get(f"nachtaggen.wahl.{h.document_id}")]
    doc_type = ss.get("w.nachtaggen.doc_type")
    add_topics = list(ss.get("w.nachtaggen.topics") or [])
    aktenplan = ss.get("w.nachtaggen.aktenplan")
    if not chosen:
        ss["nachtaggen.meldung"] = ("warning", "Bitte wählen Sie mindestens ein Dokument aus.")
        return
    if not (doc_type or add_topics or aktenplan):
        ss["nachtaggen.meldung"] = ("warning", "Bitte geben Sie an, was geändert werden soll.")
        return
    changed, failed = 0, []
    updated: dict[str, dict[str, Any]] = {}
    for hit in chosen:
        changes: dict[str, Any] = {}
        if doc_type:
            changes["doc_type"] = doc_type
        if add_topics:
            changes["topics"] = list(dict.fromkeys([*hit.topics, *add_topics]))
        if aktenplan:
            changes["aktenplan"] = aktenplan
        try:
            doc = patch(client(), hit.document_id, changes)
        except ApiError as exc:
            failed.append(f"{hit.title}: {exc.detail}")
            continue
        changed += 1
        updated[hit.document_id] = {"doc_type": doc.doc_type, "topics": doc.topics}
    ss["nachtaggen.treffer"] = [
        {**h, **updated.get(h["document_id"], {})} for h in ss["nachtaggen.treffer"]
    ]
    if failed:
        ss["nachtaggen.meldung"] = (
            "error",
            f"{changed} geändert; nicht geändert: " + "; ".join(failed),
        )
    else:
        noun = "Dokument" if changed == 1 else "Dokumente"
        ss["nachtaggen.meldung"] = ("success", f"{changed} {noun} geändert.")


def _bulk(tax: Taxonomy) -> None:
    names = tax.topic_names()
    titles = tax.aktenplan_titles()
    with st.form("nachtaggen.suche", border=False, enter_to_submit=True):
        left, right = st.columns([5, 1], vertical_alignment="bottom")
        left.text_input(
            "Suchbegriff",
            key="w.nachtaggen.query",
            max_chars=500,
            placeholder="z. B. Hundesteuer oder § 5 KAG",
        )
        right.form_submit_button(
            "Suchen", on_click=_on_bulk_search, key="nachtaggen.suchen", width="stretch"
        )
        st.multiselect(
            "nur Dokumenttyp",
            list(DOC_TYPES),
            key="w.nachtaggen.filter_typ",
            placeholder="alle Typen",
            select_all=False,
        )
    hits = [Hit.model_validate(h) for h in ss.get("nachtaggen.treffer") or []]
    if message := ss.get("nachtaggen.meldung"):
        kind, text = message
        getattr(st, kind)(text)
    if not hits:
        if "nachtaggen.treffer" in ss and ss.get("w.nachtaggen.query"):
            query = ss.get("w.nachtaggen.query")
            st.info(f"Keine Treffer für „{query}“.", icon=":material/search_off:")
        return
    st.button("Alle auswählen", key="nachtaggen.alle", on_click=_on_select_all)
    for hit in hits:
        meta = " · ".join(
            [hit.doc_type, german_date(hit.date), topic_label(hit.topics, names) or "ohne Thema"]
        )
        st.checkbox(
            f"{md_escape(hit.title)} — {md_escape(meta)}", key=f"nachtaggen.wahl.{hit.document_id}"
        )
    with st.container(border=True):
        st.markdown("**Für alle ausgewählten Dokumente**")
        st.selectbox(
            "Dokumenttyp setzen",
            [None, *DOC_TYPES],
            key="w.nachtaggen.doc_type",
            format_func=lambda t: "unverändert" if t is None else t,
        )
        st.multiselect(
            "Themen hinzufügen",
            list(names),
            key="w.nachtaggen.topics",
            format_func=lambda t: names.get(t, t),
            placeholder="keine",
            select_all=False,
        )
        st.selectbox(
            "Aktenplan setzen",
            [None, *titles],
            key="w.nachtaggen.aktenplan",
            format_func=lambda c: "unverändert" if c is None else f"{c} {titles.get(c, '')}",
        )
        st.button(
            "Änderungen übernehmen", type="primary", key="nachtaggen.anwenden", on_click=_on_apply
        )


# -- page ---------------------------------------------------------------------------------


def main() -> None:
    st.title("Neues Dokument erfassen")
    try:
        tagger_status(client())
    except ApiUnavailable as exc:
        show_error(exc)
        return
    except ApiError as exc:
        if exc.status in (401, 403):
            st.info(
                "Diese Seite ist nur für die Geschäftsstelle. Mit Ihrem Zugang können Sie "
                "Dokumente suchen und lesen, aber keine erfassen oder verschlagworten.",
                icon=":material/lock:",
            )
            return
        show_error(exc)
        return
    tax = taxonomy_or_error()
    if tax is None:
        return
    einzeln, mehrere = st.tabs(["Einzelnes Dokument", "Mehrere Dokumente nachtaggen"])
    with einzeln:
        _single(tax)
    with mehrere:
        _bulk(tax)


main()
