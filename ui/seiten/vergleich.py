"""Vergleich: the same clause across member cities, and a statute against its model.

Opened with ?id=<document id> from a document ("Mit anderen Kommunen vergleichen": the page
offers the precedents of that statute) or with ?documents=<id>,<id>,... from search results.
Talks to the API over HTTP only (GET /documents/{id}/precedents, /compare, /compare/figures,
/compare/model).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from ui.client import ApiError
from ui.components import client, esc, md_escape, show_error

DEFAULT_PRECEDENTS = 5


def _get(path: str, **params: Any) -> Any:
    return client()._request("GET", path, params=params).json()


def _get_bytes(path: str, **params: Any) -> bytes:
    return client()._request("GET", path, params=params).content


def _diff_html(pieces: list[dict[str, str]]) -> str:
    out = []
    for p in pieces:
        if p["op"] == "equal":
            out.append(esc(p["a"]))
        if p["op"] in ("delete", "replace") and p["a"]:
            out.append(f'<del style="background:#fde2e1">{esc(p["a"])}</del>')
        if p["op"] in ("insert", "replace") and p["b"]:
            out.append(f'<ins style="background:#dcf5dc;text-decoration:none">{esc(p["b"])}</ins>')
    return " ".join(out)


def _choose_documents() -> list[str]:
    params = st.query_params
    if params.get("documents"):
        return [i for i in params["documents"].split(",") if i]
    document_id = params.get("id")
    if not document_id:
        st.info(
            "Öffnen Sie eine Satzung und wählen Sie „Mit anderen Kommunen vergleichen“, oder "
            "wählen Sie in der Suche mehrere Satzungen aus."
        )
        return []
    try:
        found = _get(f"/documents/{document_id}/precedents")
    except ApiError as exc:
        show_error(exc)
        return []
    kind = (found.get("kind") or {}).get("label", "Satzung")
    st.caption(f"{kind} · {found.get('issuer') or 'Herausgeber unbekannt'}")
    others = [p for p in found["precedents"] if not p["is_model"]]
    models = [p for p in found["precedents"] if p["is_model"]]
    if models:
        st.session_state["vergleich_muster"] = models[0]["id"]
    if not others:
        st.warning(
            "Zu dieser Satzung sind keine Satzungen anderer Kommunen derselben Art vorhanden."
        )
        return []
    labels = {p["id"]: f"{p['issuer'] or p['title']} – {p['title']}" for p in others}
    chosen = st.multiselect(
        "Vergleichen mit",
        options=list(labels),
        default=list(labels)[:DEFAULT_PRECEDENTS],
        format_func=lambda doc_id: labels[doc_id],
        max_selections=11,
    )
    return [document_id, *chosen] if chosen else []


def _show_comparison(ids: list[str]) -> None:
    try:
        result = _get("/compare", documents=",".join(ids))
    except ApiError as exc:
        show_error(exc)
        return
    docs = {d["id"]: d for d in result["documents"]}
    reference = docs[result["reference_id"]]
    name = {d_id: d["issuer"] or d["title"] for d_id, d in docs.items()}
    st.header("Klauseln im Vergleich")
    # Body text, not part of the heading: a statute's full title would fill a phone's screen.
    st.markdown(f"Bezugssatzung: **{md_escape(name[reference['id']])}**")
    labels = [c["label"] for c in result["clauses"]]
    for clause in result["clauses"]:
        found = {m["document_id"] for m in clause["matches"]}
        missing = [name[i] for i in ids[1:] if i not in found]
        with st.expander(f"{clause['label']} · in {len(found) + 1} von {len(ids)} Satzungen"):
            section = reference["sections"][clause["reference_sections"][0]]
            st.markdown(f"**{esc(name[reference['id']])}**")
            st.text(section["text"])
            for match in clause["matches"]:
                other = docs[match["document_id"]]
                heads = ", ".join(other["sections"][p]["label"] for p in match["sections"])
                st.markdown(f"**{esc(name[other['id']])}** – {esc(heads)}")
                if match.get("diff"):
                    st.html(
                        f'<div style="line-height:1.6">{_diff_html(match["diff"]["pieces"])}</div>'
                    )
            if missing:
                st.caption("Fehlt bei: " + ", ".join(missing))
    st.header("Werte im Vergleich")
    # Start at the first clause that has values in it: that is what this table is for.
    with_figures = [
        n
        for n, c in enumerate(result["clauses"])
        if any(reference["sections"][p]["figures"] for p in c["reference_sections"])
    ]
    clause = st.selectbox(
        "Klausel",
        options=range(len(labels)),
        index=with_figures[0] if with_figures else 0,
        format_func=lambda i: labels[i],
    )
    if clause is not None:
        _show_figures(ids, clause)
    extra = {i: v for i, v in result["only_in"].items() if v}
    if extra:
        st.header("Nur in einzelnen Satzungen")
        for doc_id, positions in extra.items():
            items = ", ".join(docs[doc_id]["sections"][p]["label"] for p in positions)
            st.markdown(f"**{esc(name[doc_id])}:** {esc(items)}")


def _show_figures(ids: list[str], clause: int) -> None:
    """One line per value, one column per city ("für den zweiten Hund: A 192 €, B 216 €")."""
    params = {"documents": ",".join(ids), "clause": clause}
    try:
        table = _get("/compare/figures", **params)
        rows = _get("/compare/figures", **params, layout="long")
    except ApiError as exc:
        show_error(exc)
        return
    if not table["lines"]:
        st.caption("In dieser Klausel stehen keine Beträge, Fristen oder Altersgrenzen.")
        return
    # An HTML table (not a canvas grid): screen readers read it and it wraps on a phone.
    st.table(
        [
            {
                "Wert": line["label"],
                **{
                    c["name"]: line["cells"][c["document_id"]]["text"]
                    if c["document_id"] in line["cells"]
                    else "–"
                    for c in table["columns"]
                },
            }
            for line in table["lines"]
        ],
        hide_index=True,
    )
    with st.expander("Alle Werte mit Fundstelle"):
        st.dataframe(
            [
                {
                    "Kommune": r["issuer"],
                    "Bezeichnung": r["label"],
                    "Wert": r["value"],
                    "Einheit": r["unit"],
                    "Art": r["kind"],
                    "Fundstelle": r["section"],
                }
                for r in rows
            ],
            hide_index=True,
        )
    col_csv, col_xlsx = st.columns(2)
    col_csv.download_button(
        "Als CSV herunterladen",
        data=_get_bytes("/compare/figures", **params, format="csv"),
        file_name="vergleich-werte.csv",
        mime="text/csv",
        icon=":material/download:",
    )
    col_xlsx.download_button(
        "Als Excel-Datei herunterladen",
        data=_get_bytes("/compare/figures", **params, format="xlsx"),
        file_name="vergleich-werte.xlsx",
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
    )


def _show_model(document_id: str, model_id: str) -> None:
    try:
        result = _get("/compare/model", document=document_id, model=model_id)
    except ApiError as exc:
        show_error(exc)
        return
    counts: dict[str, int] = {}
    for d in result["deviations"]:
        counts[d["status"]] = counts.get(d["status"], 0) + 1
    st.caption(" · ".join(f"{k}: {v}" for k, v in counts.items()))
    for d in result["deviations"]:
        if d["status"] == "unverändert":
            continue
        with st.expander(f"{d['status']}: {d['label']}"):
            if d.get("diff"):
                st.html(_diff_html(d["diff"]["pieces"]))
            for f in d.get("figures", []):
                muster, satzung = esc(f["model"] or "–"), esc(f["city"] or "–")
                st.markdown(f"- {esc(f['label'])}: Muster {muster}, Satzung {satzung}")


st.title("Vergleich")
st.caption(
    "Dieselbe Klausel in den Satzungen verschiedener Kommunen – und die Abweichungen vom Muster."
)
selected = _choose_documents()
if len(selected) >= 2:
    _show_comparison(selected)
model = st.session_state.get("vergleich_muster")
if selected and model:
    st.header("Abweichungen vom Muster")
    _show_model(selected[0], model)
