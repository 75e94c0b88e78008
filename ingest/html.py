"""HTML -> text, headings kept as Markdown headings (web pages, and e-mails with an HTML body)."""

from __future__ import annotations

from core.errors import BadInput
from ingest.converted import Converted
from ingest.encoding import html_source

_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form")


def convert_html(data: bytes) -> Converted:
    """Main text with headings kept as Markdown headings; navigation and scripts dropped."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html_source(data))
    except Exception as exc:  # lxml raises ParserError and ValueError for garbage
        raise BadInput(f"HTML nicht lesbar: {exc}") from exc
    for bad in root.xpath("|".join(f"//{tag}" for tag in _HTML_DROP)):
        bad.drop_tree()
    title_el = root.find(".//title")
    body = next(
        (
            el
            for el in (root.find(".//main"), root.find(".//article"), root.find(".//body"))
            if el is not None
        ),
        root,
    )
    lines: list[str] = []
    for el in body.iter("h1", "h2", "h3", "h4", "p", "li", "td", "pre", "blockquote"):
        content = " ".join(el.text_content().split())
        if not content:
            continue
        if el.tag in {"h1", "h2", "h3", "h4"}:
            lines.append(f"{'#' * int(el.tag[1])} {content}")
        elif el.tag == "li":
            lines.append(f"- {content}")
        else:
            lines.append(content)
    meta = {}
    if title_el is not None and title_el.text_content().strip():
        meta["html_title"] = title_el.text_content().strip()
    return Converted(text="\n\n".join(lines), meta=meta, media_type="text/html")
