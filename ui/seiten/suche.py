"""Suche: one query box, filters with facet counts in the sidebar, paged results."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from functools import partial
from typing import Any

import streamlit as st

from core.models import DOC_TYPES, MAX_QUERY_CHARS
from ui.accessibility import focus_top
from ui.client import ApiError, SearchFilters, SearchResult, Taxonomy
from ui.compare_links import compare_selected, select_checkbox
from ui.components import (
    md_escape,
    render_hit,
    search,
    shortened_query,
    show_error,
    taxonomy_or_error,
)
from ui.subscriptions import save_search

PAGE_SIZE = 10
RESULTS_ANCHOR = "fundus-treffer"
MAX_OFFSET = 1000  # the API's limit for `offset`
SORT_LABELS = {"relevance": "Relevanz", "date": "Datum"}
DEFAULTS: dict[str, Any] = {
    "doc_type": [],
    "topics": [],
    "year_from": None,
    "year_to": None,
    "nur_geltend": True,  # current versions, earlier ones folded under them (API default)
    "referat": None,
    "issuer": [],
    "citation": "",
    "sort": "relevance",
}
FILTER_NAMES = (
    "doc_type",
    "topics",
    "year_from",
    "year_to",
    "nur_geltend",
    "referat",
    "issuer",
    "citation",
)

ss = st.session_state


# -- state --------------------------------------------------------------------------------
# Values live under "suche.*"; widgets use "w.suche.*" keys that are refilled on every run,
# because Streamlit forgets a widget's state while another page is shown.


def _state(name: str) -> Any:
    return ss[f"suche.{name}"]


def _on_change(name: str) -> None:
    ss[f"suche.{name}"] = ss[f"w.suche.{name}"]
    ss["suche.seite"] = 0


def _on_submit() -> None:
    query = " ".join(str(ss.get("w.suche.eingabe", "")).split())
    # Longer queries are searched with their first MAX_QUERY_CHARS characters, and the page
    # says so (the field used to cut pasted text at 500 characters without a word).
    ss["suche.gekuerzt"] = len(query) if len(query) > MAX_QUERY_CHARS else None
    query = shortened_query(query)
    ss["suche.query"] = query
    ss["suche.seite"] = 0
    ss["suche.leer"] = not query


def _on_page(step: int) -> None:
    ss["suche.seite"] = max(0, ss["suche.seite"] + step)
    ss["suche.fokus"] = True  # keyboard users start the new page at its first result


def _on_reset() -> None:
    for name in FILTER_NAMES:
        ss[f"suche.{name}"] = _fresh(DEFAULTS[name])
    ss["suche.seite"] = 0


def _fresh(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _init_state() -> None:
    ss.setdefault("suche.query", "")
    ss.setdefault("suche.seite", 0)
    ss.setdefault("suche.leer", False)
    for name, default in DEFAULTS.items():
        ss.setdefault(f"suche.{name}", _fresh(default))
    # Links from other pages: ?q=…&thema=… (the topic filter is applied once, then dropped).
    # Only a ?q= that changed since the last run counts: the URL still shows the previous
    # query while a newly submitted one is being handled.
    url_query = " ".join(st.query_params.get("q", "").split())
    if url_query and url_query != ss.get("suche.url_q"):
        ss["suche.gekuerzt"] = len(url_query) if len(url_query) > MAX_QUERY_CHARS else None
        url_query = shortened_query(url_query)
        ss["suche.query"] = url_query
        ss["suche.seite"] = 0
    ss["suche.url_q"] = url_query
    if thema := st.query_params.get("thema"):
        _on_reset()
        ss["suche.topics"] = [thema]
        del st.query_params["thema"]
    for name in DEFAULTS:
        ss[f"w.suche.{name}"] = _fresh(ss[f"suche.{name}"])
    ss["w.suche.eingabe"] = ss["suche.query"]


def _filters() -> SearchFilters:
    citation = " ".join(str(_state("citation") or "").split())
    return SearchFilters.model_validate(
        {
            "doc_type": _state("doc_type"),
            "topics": _state("topics"),
            "year_from": _state("year_from"),
            "year_to": _state("year_to"),
            "referat": _state("referat"),
            "issuer": _state("issuer"),
            "all_versions": not _state("nur_geltend"),
            "citations": [citation] if citation else [],
        }
    )


def _filters_active() -> bool:
    return any(_state(name) != DEFAULTS[name] for name in FILTER_NAMES)


# -- facets -------------------------------------------------------------------------------


def _facets(query: str, filters: SearchFilters, result: SearchResult) -> dict[str, dict[str, int]]:
    """Counts per option as if that group's own selection were not applied (so picking
    "Rundschreiben" still shows how many Mustersatzungen there would be)."""
    without: dict[str, dict[str, Any]] = {
        "doc_type": {"doc_type": []},
        "topics": {"topics": []},
        "year": {"year_from": None, "year_to": None},
        "issuer": {"issuer": []},
    }
    facets: dict[str, dict[str, int]] = {}
    for group, reset in without.items():
        relaxed = filters.model_copy(update=reset)
        if relaxed == filters:
            facets[group] = result.facets.get(group, {})
            continue
        other = search(query, filters=relaxed, limit=1)
        facets[group] = other.facets.get(group, {})
    return facets


def _options(counts: dict[str, int] | None, selected: list[Any], fallback: list[Any]) -> list[Any]:
    """Options with hits (most first) plus whatever is selected; everything before a search."""
    options = list(fallback) if counts is None else sorted(counts, key=lambda k: -counts[k])
    options.extend(s for s in selected if s not in options)
    return options


def _counted(name: Callable[[Any], str], counts: dict[str, int] | None) -> Callable[[Any], str]:
    def label(value: Any) -> str:
        if counts is None:
            return name(value)
        return f"{name(value)} ({counts.get(str(value), 0)})"

    return label


# -- page ---------------------------------------------------------------------------------


def _search_form() -> None:
    with st.form("suche-form", border=False, enter_to_submit=True):
        left, right = st.columns([5, 1], vertical_alignment="bottom")
        left.text_input(
            "Suchbegriff oder Frage",
            key="w.suche.eingabe",
            placeholder="z. B. Gebühren für den Kindergarten oder Rundschreiben 41/2025",
        )
        right.form_submit_button(
            "Suchen",
            type="primary",
            icon=":material/search:",
            on_click=_on_submit,
            width="stretch",
            key="suche.absenden",
        )


def _sidebar(tax: Taxonomy, facets: dict[str, dict[str, int]] | None) -> None:
    names = tax.topic_names()
    doc_counts = facets.get("doc_type") if facets is not None else None
    topic_counts = facets.get("topics") if facets is not None else None
    year_counts = facets.get("year") if facets is not None else None
    issuer_counts = facets.get("issuer") if facets is not None else None
    this_year = dt.date.today().year
    selected_years = [y for y in (_state("year_from"), _state("year_to")) if y is not None]
    years = sorted(
        set(_options(year_counts, [], [str(y) for y in range(this_year, this_year - 11, -1)]))
        | {str(y) for y in selected_years},
        reverse=True,
    )
    year_options: list[int | None] = [None, *(int(y) for y in years)]

    def year_label(value: int | None) -> str:
        if value is None:
            return "beliebig"
        return _counted(str, year_counts)(value)

    with st.sidebar:
        st.header("Filter")
        st.multiselect(
            "Dokumenttyp",
            _options(doc_counts, _state("doc_type"), list(DOC_TYPES)),
            key="w.suche.doc_type",
            format_func=_counted(str, doc_counts),
            on_change=_on_change,
            args=("doc_type",),
            placeholder="Alle Dokumenttypen",
            select_all=False,  # its label is English only
        )
        st.multiselect(
            "Themen",
            _options(topic_counts, _state("topics"), list(names)),
            key="w.suche.topics",
            format_func=_counted(lambda t: names.get(t, t), topic_counts),
            on_change=_on_change,
            args=("topics",),
            placeholder="Alle Themen",
            select_all=False,
        )
        st.multiselect(
            "Kommune",
            _options(issuer_counts, _state("issuer"), []),
            key="w.suche.issuer",
            format_func=_counted(str, issuer_counts),
            on_change=_on_change,
            args=("issuer",),
            placeholder="Alle Kommunen",
            help="Satzungen und Ratsdokumente der Mitgliedskommunen (Präzedenzfälle).",
            select_all=False,
        )
        left, right = st.columns(2)
        left.selectbox(
            "Jahr von",
            year_options,
            key="w.suche.year_from",
            format_func=year_label,
            placeholder="beliebig",
            on_change=_on_change,
            args=("year_from",),
        )
        right.selectbox(
            "Jahr bis",
            year_options,
            key="w.suche.year_to",
            format_func=year_label,
            placeholder="beliebig",
            on_change=_on_change,
            args=("year_to",),
        )
        st.checkbox(
            "nur geltende Fassung",
            key="w.suche.nur_geltend",
            help="Ersetzte Fassungen erscheinen nicht als eigene Treffer, sondern unter der "
            "geltenden („1 frühere Fassung“). Entwürfe bleiben sichtbar; ein Jahresfilter zeigt "
            "alle Fassungen.",
            on_change=_on_change,
            args=("nur_geltend",),
        )
        referate = [r.name for r in tax.referate]
        if _state("referat") and _state("referat") not in referate:
            referate.append(_state("referat"))
        st.selectbox(
            "Referat",
            [None, *referate],
            key="w.suche.referat",
            format_func=lambda r: "Alle Referate" if r is None else r,
            placeholder="Alle Referate",
            on_change=_on_change,
            args=("referat",),
        )
        st.text_input(
            "Rechtsnorm",
            key="w.suche.citation",
            max_chars=100,
            placeholder="z. B. § 5 KAG",
            help="Dokumente, die diese Vorschrift zitieren (findet auch „§ 5 Abs. 2 KAG“).",
            on_change=_on_change,
            args=("citation",),
        )
        st.button(
            "Filter zurücksetzen",
            icon=":material/filter_alt_off:",
            on_click=_on_reset,
            disabled=not _filters_active(),
            key="suche.zuruecksetzen",
        )


def _on_suggestion(text: str) -> None:
    ss["suche.query"] = text
    ss["suche.seite"] = 0


def _no_hits(query: str, result: SearchResult, names: dict[str, str]) -> None:
    """Zero relevant hits: say so, offer a spelling, dropping filters, and the closest
    documents, labelled as weak matches (they are below the relevance threshold)."""
    st.info(f"Keine Treffer für „{query}“.", icon=":material/search_off:")
    for suggestion in result.suggestions:
        st.button(
            f"Meinten Sie „{suggestion}“?",
            key=f"suche.vorschlag.{suggestion}",
            on_click=_on_suggestion,
            args=(suggestion,),
            type="tertiary",
        )
    if _filters_active():
        st.button(
            "Ohne Filter suchen",
            icon=":material/filter_alt_off:",
            on_click=_on_reset,
            key="suche.ohne_filter",
        )
    else:
        st.caption("Versuchen Sie andere oder allgemeinere Suchbegriffe.")
    if result.weak_hits:
        st.subheader("Schwache Treffer", divider="gray")
        st.caption(
            "Diese Dokumente liegen unter der Relevanzschwelle: Sie enthalten Anklänge an "
            "Ihre Suche, behandeln sie aber wahrscheinlich nicht."
        )
        for hit in result.weak_hits:
            render_hit(hit, names, key=f"schwach-{hit.document_id}", similar=False)


def _results(result: SearchResult, names: dict[str, str], offset: int, query: str) -> None:
    total = result.total
    if total == 0 or not result.hits:
        _no_hits(query, result, names)
        return
    first, last = offset + 1, offset + len(result.hits)
    left, right = st.columns([3, 2], vertical_alignment="center")
    # A heading: screen readers jump to it, and paging moves the focus here.
    # The id sits on a wrapper: Streamlit replaces a heading's own id with one made from its
    # text ("treffer-1-10-von-59"), which would change with every page.
    left.markdown(
        f'<div id="{RESULTS_ANCHOR}"><h2 class="fundus-treffer" style="font-size:1rem;'
        f'font-weight:700;padding:0;margin:0">Treffer {first}–{last} von {total}</h2></div>',
        unsafe_allow_html=True,
    )
    if ss.pop("suche.fokus", False):
        focus_top(RESULTS_ANCHOR)
    right.radio(
        "Sortierung",
        list(SORT_LABELS),
        key="w.suche.sort",
        format_func=SORT_LABELS.__getitem__,
        horizontal=True,
        on_change=_on_change,
        args=("sort",),
    )
    for hit in result.hits:
        render_hit(
            hit, names, key=f"treffer-{hit.document_id}", actions=partial(select_checkbox, hit)
        )
    compare_selected()  # "Ausgewählte Satzungen vergleichen" (ui/compare_links.py)

    pages = min(math.ceil(total / PAGE_SIZE), MAX_OFFSET // PAGE_SIZE + 1)
    page = offset // PAGE_SIZE
    if pages > 1:
        back, info, forward = st.columns([1, 2, 1], vertical_alignment="center")
        back.button(
            "Zurück",
            icon=":material/chevron_left:",
            key="suche.zurueck",
            on_click=_on_page,
            args=(-1,),
            disabled=page == 0,
            width="stretch",
        )
        info.markdown(
            f"<div style='text-align:center'>Seite {page + 1} von {pages}</div>",
            unsafe_allow_html=True,
        )
        forward.button(
            "Weiter",
            icon=":material/chevron_right:",
            icon_position="right",
            key="suche.weiter",
            on_click=_on_page,
            args=(1,),
            disabled=page + 1 >= pages,
            width="stretch",
        )


def main() -> None:
    _init_state()
    st.title("Suche")
    _search_form()

    tax = taxonomy_or_error()
    if tax is None:
        return
    names = tax.topic_names()

    query = _state("query")
    if not query:
        _sidebar(tax, None)
        if ss["suche.leer"]:
            st.warning("Bitte geben Sie einen Suchbegriff ein.")
        else:
            st.caption(
                "Durchsuchen Sie Rundschreiben, Mustersatzungen, Stellungnahmen und weitere "
                "Dokumente des Verbands – mit eigenen Worten oder nach Nummer."
            )
        return
    st.query_params["q"] = ss["suche.url_q"] = query  # a shareable, reloadable address
    if length := ss.get("suche.gekuerzt"):
        st.info(
            f"Ihre Eingabe hat {length} Zeichen; gesucht wird mit den ersten "
            f"{len(query)} (höchstens {MAX_QUERY_CHARS}), bis „…{md_escape(query[-40:])}“. "
            "Kürzen Sie die Eingabe, um selbst zu wählen, wonach gesucht wird.",
            icon=":material/content_cut:",
        )

    filters = _filters()
    if filters.year_from and filters.year_to and filters.year_from > filters.year_to:
        _sidebar(tax, None)
        st.warning("„Jahr von“ liegt nach „Jahr bis“. Bitte passen Sie den Zeitraum an.")
        return

    seite = ss["suche.seite"]
    try:
        with st.spinner("Suche läuft …"):
            result = search(
                query,
                filters=filters,
                sort=_state("sort"),
                limit=PAGE_SIZE,
                offset=min(seite * PAGE_SIZE, MAX_OFFSET),
            )
            if result.total and seite * PAGE_SIZE >= result.total:  # filters shrank the list
                ss["suche.seite"] = seite = 0
                result = search(query, filters=filters, sort=_state("sort"), limit=PAGE_SIZE)
            facets = _facets(query, filters, result)
    except ApiError as exc:
        _sidebar(tax, None)
        show_error(exc)
        return
    _sidebar(tax, facets)
    save_search(query, filters)  # "Suche speichern" as an Abo (ui/subscriptions.py)
    _results(result, names, min(seite * PAGE_SIZE, MAX_OFFSET), query)


main()
