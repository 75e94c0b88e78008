"""Ways into the Vergleich page: from a statute ("Mit anderen Kommunen vergleichen") and from
search results (statutes ticked for comparison, kept while the user pages and searches on).

The selection lives in the session under "vergleich.auswahl" (id -> title), not in the
checkbox widgets, because Streamlit forgets a widget's state while another page is shown.
"""

from __future__ import annotations

import streamlit as st

from core.models import STATUTE_TYPES
from ui.client import Hit
from ui.components import md_escape

VERGLEICH_PAGE = "seiten/vergleich.py"
MAX_COMPARED = 12  # the API's limit (compare/service.py MAX_DOCUMENTS)
_SELECTION = "vergleich.auswahl"


def is_statute(doc_type: str | None) -> bool:
    return doc_type in STATUTE_TYPES


def compare_link(document_id: str, doc_type: str | None) -> None:
    """On a statute's page: open the comparison with the same kind of statute elsewhere."""
    if not is_statute(doc_type):
        return
    st.page_link(
        VERGLEICH_PAGE,
        label="Mit anderen Kommunen vergleichen",
        icon=":material/compare_arrows:",
        query_params={"id": document_id},
    )


def selection() -> dict[str, str]:
    chosen: dict[str, str] = st.session_state.setdefault(_SELECTION, {})
    return chosen


def _toggle(document_id: str, title: str) -> None:
    chosen = selection()
    if st.session_state.get(f"w.{_SELECTION}.{document_id}"):
        chosen[document_id] = title
    else:
        chosen.pop(document_id, None)


def select_checkbox(hit: Hit) -> None:
    """A tick box in a statute's search hit: "Zum Vergleich auswählen"."""
    if not is_statute(hit.doc_type):
        return
    key = f"w.{_SELECTION}.{hit.document_id}"
    st.session_state[key] = hit.document_id in selection()
    name = f"{hit.title} ({hit.issuer})" if hit.issuer else hit.title
    st.checkbox(
        "Zum Vergleich auswählen",
        key=key,
        on_change=_toggle,
        args=(hit.document_id, name),
    )


def _clear() -> None:
    selection().clear()


def compare_selected() -> None:
    """The bar that opens the comparison of the ticked statutes (shown once one is ticked)."""
    chosen = selection()
    if not chosen:
        return
    with st.container(border=True):
        names = ", ".join(chosen.values())
        st.markdown(f"**Zum Vergleich ausgewählt ({len(chosen)}):** {md_escape(names)}")
        left, right = st.columns([3, 2], vertical_alignment="center")
        with left:
            if len(chosen) < 2:
                st.caption("Wählen Sie mindestens eine weitere Satzung aus.")
            elif len(chosen) > MAX_COMPARED:
                st.caption(f"Es können höchstens {MAX_COMPARED} Satzungen verglichen werden.")
            else:
                st.page_link(
                    VERGLEICH_PAGE,
                    label="Ausgewählte Satzungen vergleichen",
                    icon=":material/compare_arrows:",
                    query_params={"documents": ",".join(chosen)},
                )
        right.button(
            "Auswahl aufheben",
            icon=":material/close:",
            on_click=_clear,
            key="vergleich.auswahl_leeren",
        )
