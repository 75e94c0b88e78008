"""View helpers shared by the pages: the API client, cached calls, formatting and hit lists.

Untrusted text (titles, metadata, document text) is never rendered as HTML unescaped: it goes
through `html.escape` inside HTML blocks or `md_escape` inside Markdown. The one exception is a
search hit's `snippet`, which the server has already escaped and marked up with `<mark>`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

import streamlit as st

from core.models import MAX_QUERY_CHARS
from ui.client import (
    ApiError,
    ApiUnavailable,
    FundusClient,
    Hit,
    SearchFilters,
    SearchResult,
    SortOrder,
    Taxonomy,
    api_url,
    configured_api_key,
)

SUCHE_PAGE = "seiten/suche.py"
DOKUMENT_PAGE = "seiten/dokument.py"
THEMEN_PAGE = "seiten/themen.py"


_HEADING = re.compile(r"^(#{1,6})\s+")
MARK_STYLE = "background-color:#ffe58a;color:inherit;padding:0.05em 0;border-radius:2px"

_MD_INLINE = re.compile(r"([\\`*_\[\]<>~$|:])")
_MD_BLOCK_START = re.compile(r"^(\d+)([.)])|^([#+\-=>])")


# The key decides which documents the answers contain, so it is part of every cache key
# (Streamlit keeps only a hash of the arguments).


@st.cache_resource(show_spinner=False)
def _client_for(url: str, key: str | None) -> FundusClient:
    return FundusClient(url, api_key=key or "")


def client() -> FundusClient:
    """One pooled client per API URL and key, both read from the environment on every call."""
    return _client_for(api_url(), configured_api_key())


@st.cache_data(ttl=300, show_spinner=False)
def _taxonomy(url: str, key: str | None) -> Taxonomy:
    return _client_for(url, key).topics()


def taxonomy() -> Taxonomy:
    return _taxonomy(api_url(), configured_api_key())


def taxonomy_or_error() -> Taxonomy | None:
    """The taxonomy, or None after showing why not (API unreachable, key rejected). Other
    errors only cost the topic names: the page goes on with ids."""
    try:
        return taxonomy()
    except ApiError as exc:
        if isinstance(exc, ApiUnavailable) or exc.status in (401, 403):
            show_error(exc)
            return None
        return Taxonomy()


@st.cache_data(ttl=60, show_spinner=False, max_entries=500)
def _search(
    url: str,
    key: str | None,
    query: str,
    filters_json: str,
    sort: SortOrder,
    limit: int,
    offset: int,
) -> SearchResult:
    filters = SearchFilters.model_validate_json(filters_json)
    return _client_for(url, key).search(
        query, filters=filters, sort=sort, limit=limit, offset=offset
    )


def search(
    query: str,
    *,
    filters: SearchFilters | None = None,
    sort: SortOrder = "relevance",
    limit: int = 10,
    offset: int = 0,
) -> SearchResult:
    """Search with a short cache, so reruns (paging back, opening a panel) don't re-query."""
    filters_json = (filters or SearchFilters()).model_dump_json()
    return _search(api_url(), configured_api_key(), query, filters_json, sort, limit, offset)


def show_error(exc: ApiError) -> None:
    if isinstance(exc, ApiUnavailable):
        st.error(exc.detail, icon=":material/cloud_off:")
    else:
        st.error(exc.detail, icon=":material/error:")


def german_date(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else "–"


_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def long_german_date(value: dt.date) -> str:
    """'1. Januar 2027'."""
    return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}"


def version_notes(
    valid_from: dt.date | None, frist: dt.date | None, version: str, today: dt.date | None = None
) -> list[str]:
    """What a reader must know about a version: not yet in force, replaced, a reply deadline."""
    today = today or dt.date.today()
    notes = []
    if version == "ersetzt":
        notes.append("ersetzte Fassung")
    if valid_from and valid_from > today:
        notes.append(f"gilt ab {long_german_date(valid_from)}")
    if frist:
        notes.append(f"Frist {german_date(frist)}" + (" (abgelaufen)" if frist < today else ""))
    return notes


def md_escape(text: str) -> str:
    """Plain text for Markdown: no formatting, links, icons or math can sneak in."""
    escaped = _MD_INLINE.sub(r"\\\1", " ".join(text.split()))
    return _MD_BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def topic_label(ids: list[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(t, t) for t in ids)


def hit_meta(hit: Hit, names: dict[str, str]) -> str:
    """'Rundschreiben · 14.03.2025 · Grundsteuer, …' as plain text."""
    parts = [hit.doc_type]
    if hit.date:
        parts.append(german_date(hit.date))
    if hit.status and hit.status != "in Kraft":
        parts.append(hit.status)
    parts += version_notes(hit.valid_from, hit.frist, hit.version)
    if hit.topics:
        parts.append(topic_label(hit.topics, names))
    return " · ".join(parts)


def render_hit(
    hit: Hit,
    names: dict[str, str],
    *,
    key: str,
    similar: bool = True,
    actions: Callable[[], None] | None = None,
) -> None:
    """One result card: title, type, date, topics, highlighted snippet and actions (`actions`
    adds a page's own, e.g. the search page's "Zum Vergleich auswählen")."""
    with st.container(border=True):
        # One HTML block on a single line, so Markdown never reinterprets document text.
        card = (
            f'<div class="fundus-hit"><div style="font-weight:600;font-size:1.08rem;'
            f'margin-bottom:0.15rem">{esc(hit.title)}</div>'
            f'<div style="color:#555;font-size:0.9rem;margin-bottom:0.4rem">'
            f"{esc(hit_meta(hit, names))}</div>"
            # The snippet is escaped by the server; only <mark> is markup.
            f'<div style="font-size:0.95rem">{_one_line(hit.snippet)}</div></div>'
        )
        st.markdown(card, unsafe_allow_html=True)
        st.page_link(
            DOKUMENT_PAGE,
            label="Dokument öffnen",
            icon=":material/description:",
            query_params=_doc_params(hit.document_id, hit.chunk_id),
        )
        if hit.earlier_versions:
            count = len(hit.earlier_versions)
            label = "1 frühere Fassung" if count == 1 else f"{count} frühere Fassungen"
            with st.expander(label, icon=":material/history:"):
                for version in hit.earlier_versions:
                    st.page_link(
                        DOKUMENT_PAGE,
                        label=f"{version.title} ({german_date(version.date)}, "
                        f"{version.status or 'ersetzt'})",
                        icon=":material/description:",
                        query_params={"id": version.document_id},
                    )
        if actions is not None:
            actions()
        if similar:
            panel = st.expander(
                "Ähnliche Dokumente",
                icon=":material/join_inner:",
                key=f"{key}-aehnlich",
                on_change="rerun",
            )
            with panel:
                if panel.open:
                    render_similar(hit.document_id, names, key=f"{key}-aehnlich-liste")


def render_similar(document_id: str, names: dict[str, str], *, key: str, limit: int = 5) -> None:
    try:
        hits = client().similar(document_id, limit=limit)
    except ApiError as exc:
        show_error(exc)
        return
    if not hits:
        st.caption("Keine ähnlichen Dokumente gefunden.")
        return
    for hit in hits:
        render_link(hit, names)


def render_link(hit: Hit, names: dict[str, str]) -> None:
    """A compact entry: the title as a link to the document page, then type and date."""
    with st.container(gap=None):
        st.page_link(
            DOKUMENT_PAGE,
            label=md_escape(hit.title),
            icon=":material/article:",
            query_params=_doc_params(hit.document_id, None),
        )
        # Indented under the link text and pulled up to it, so it reads as part of the entry.
        st.markdown(
            '<div class="fundus-meta" style="margin:-0.3rem 0 0.7rem 2.05rem;'
            f'color:#6b6b6b;font-size:0.85rem">{esc(hit_meta(hit, names))}</div>',
            unsafe_allow_html=True,
        )


def _doc_params(document_id: str, chunk_id: str | None) -> dict[str, str]:
    params = {"id": document_id}
    if chunk_id:
        params["chunk"] = chunk_id
    return params


def shortened_query(query: str, limit: int = MAX_QUERY_CHARS) -> str:
    """The query cut to what the API accepts, at the last word that fits."""
    if len(query) <= limit:
        return query
    cut = query[: limit + 1].rsplit(" ", 1)[0] if " " in query[:limit] else query[:limit]
    return cut[:limit].rstrip()


def _one_line(fragment: str) -> str:
    return " ".join(fragment.split())


def locate(text: str, passage: str) -> tuple[int, int] | None:
    """Where a chunk's text sits in the full text. The chunker joins a paragraph's lines with
    single spaces, so whitespace is matched loosely."""
    if not passage.strip():
        return None
    start = text.find(passage)
    if start >= 0:
        return start, start + len(passage)
    pattern = r"\s+".join(re.escape(word) for word in passage.split())
    found = re.search(pattern, text)
    return found.span() if found else None


def text_html(text: str, span: tuple[int, int] | None) -> str:
    """The full text as escaped HTML on one line (so Markdown leaves it alone), with the
    characters in `span` marked. Markdown headings become bold lines, `**` is dropped."""
    out: list[str] = []
    position = 0
    first_mark = True
    for line in text.splitlines(keepends=True):
        line_start = position
        position += len(line)
        content = line.rstrip("\r\n")
        if not content.strip():
            out.append('<div style="height:0.75em"></div>')
            continue
        heading = _HEADING.match(content)
        begin = line_start + (heading.end() if heading else 0)
        end = line_start + len(content)
        parts: list[str] = []
        if span and max(begin, span[0]) < min(end, span[1]):
            a, b = max(begin, span[0]), min(end, span[1])
            anchor = ' id="fundstelle"' if first_mark else ""
            first_mark = False
            parts.append(plain_html(text[begin:a]))
            parts.append(f'<mark{anchor} style="{MARK_STYLE}">{plain_html(text[a:b])}</mark>')
            parts.append(plain_html(text[b:end]))
        else:
            parts.append(plain_html(text[begin:end]))
        body = "".join(parts)
        if heading:
            size = {1: "1.25rem", 2: "1.1rem"}.get(len(heading.group(1)), "1rem")
            out.append(
                f'<div style="font-weight:600;font-size:{size};margin:0.6em 0 0.2em">{body}</div>'
            )
        else:
            out.append(f"<div>{body}</div>")
    return f'<div class="fundus-volltext" style="line-height:1.55">{"".join(out)}</div>'


def plain_html(fragment: str) -> str:
    """Escaped text; Markdown bold markers are dropped, they would show literally."""
    return esc(fragment.replace("**", ""))
