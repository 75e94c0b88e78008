"""File -> text plus the metadata the file itself carries. One function per format.

Every failure is a BadInput with a German reason a member of staff can act on; the batch
goes on without the file. The format is detected from the content, not trusted from the name.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from fundus.errors import BadInput

logger = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.yaml"
_ZIP_LIMIT = 200 * 1024 * 1024  # uncompressed bytes a DOCX/ODT may expand to (zip bombs)


@dataclass
class Converted:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    media_type: str = "text/plain"


def sniff_format(data: bytes, suffix: str) -> str:
    """Decide the format from magic bytes first, then the extension."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "content.xml" in names:
                    return "odt"
        except zipfile.BadZipFile as exc:
            raise BadInput("Beschädigte ZIP-Datei (DOCX/ODT nicht lesbar).") from exc
        raise BadInput("ZIP-Archiv ohne erkennbares Dokumentformat.")
    if suffix in {".md", ".markdown"}:
        return "markdown"
    if suffix in {".html", ".htm", ".xhtml"} or head[:200].lower().startswith(
        (b"<!doctype html", b"<html")
    ):
        return "html"
    if suffix in {".txt", ".text", ""}:
        return "text"
    if suffix == ".pdf":
        raise BadInput("Die Datei heißt .pdf, ist aber kein PDF (Kopf fehlt).")
    if suffix in {".docx", ".odt"}:
        raise BadInput(f"Die Datei heißt {suffix}, ist aber kein gültiges Office-Dokument.")
    raise BadInput(f"Nicht unterstütztes Dateiformat: {suffix or 'ohne Endung'}.")


def decode_text(data: bytes) -> str:
    """UTF-8 first (with BOM), then cp1252, which is what German Windows offices write."""
    if b"\x00" in data[:4096]:
        raise BadInput("Binärdaten statt Text (Nullbytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise BadInput("Text ist weder UTF-8 noch Windows-1252 kodiert.") from exc


def convert_markdown(data: bytes) -> Converted:
    import frontmatter

    text = decode_text(data)
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        raise BadInput(f"Fehlerhafter YAML-Kopf (Front Matter): {exc}") from exc
    return Converted(text=post.content, meta=dict(post.metadata), media_type="text/markdown")


def convert_text(data: bytes) -> Converted:
    return Converted(text=decode_text(data), media_type="text/plain")


def convert_pdf(data: bytes) -> Converted:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise BadInput("Das PDF ist verschlüsselt (Passwort nötig).")
            except NotImplementedError as exc:
                raise BadInput("Das PDF ist verschlüsselt (Verfahren nicht unterstützt).") from exc
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except BadInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BadInput(f"Beschädigtes PDF: {exc}") from exc
    meta: dict[str, Any] = {"pages": len(pages)}
    title = info.get("/Title") if hasattr(info, "get") else None
    if isinstance(title, str) and title.strip():
        meta["pdf_title"] = title.strip()
    # Form feeds keep page boundaries visible to the chunker without inventing headings.
    return Converted(text="\n\f\n".join(pages), meta=meta, media_type="application/pdf")


def _check_zip(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        total = sum(info.file_size for info in zf.infolist())
    if total > _ZIP_LIMIT:
        raise BadInput("Das Office-Dokument entpackt sich auf über 200 MB (ZIP-Bombe?).")


def convert_docx(data: bytes) -> Converted:
    import docx

    _check_zip(data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for broken packages
        raise BadInput(f"Beschädigtes DOCX: {exc}") from exc
    lines: list[str] = []
    for paragraph in document.paragraphs:
        text = paragraph.text.strip()
        if not text:
            continue
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        level = re.search(r"(heading|überschrift)\s*(\d)", style)
        if level or style == "title":
            depth = int(level.group(2)) if level else 1
            lines.append(f"{'#' * min(depth, 6)} {text}")
        else:
            lines.append(text)
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text.strip() for cell in row.cells))
    props = document.core_properties
    meta = {"docx_title": props.title} if props.title else {}
    return Converted(
        text="\n\n".join(lines),
        meta=meta,
        media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )


def convert_odt(data: bytes) -> Converted:
    from odf import teletype, text
    from odf.opendocument import load

    _check_zip(data)
    try:
        document = load(io.BytesIO(data))
    except Exception as exc:  # odfpy raises many types for broken packages
        raise BadInput(f"Beschädigtes ODT: {exc}") from exc
    lines: list[str] = []
    for element in document.text.childNodes:
        content = teletype.extractText(element).strip()
        if not content:
            continue
        if element.qname == (text.TEXTNS, "h"):
            depth = int(element.getAttribute("outlinelevel") or 1)
            lines.append(f"{'#' * min(depth, 6)} {content}")
        else:
            lines.append(content)
    return Converted(text="\n\n".join(lines), media_type="application/vnd.oasis.opendocument.text")


_HTML_DROP = ("script", "style", "nav", "header", "footer", "aside", "noscript", "form")


def convert_html(data: bytes) -> Converted:
    """Main text with headings kept as Markdown headings; navigation and scripts dropped."""
    import lxml.html

    try:
        root = lxml.html.fromstring(data)
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


CONVERTERS: dict[str, Callable[[bytes], Converted]] = {
    "markdown": convert_markdown,
    "text": convert_text,
    "pdf": convert_pdf,
    "docx": convert_docx,
    "odt": convert_odt,
    "html": convert_html,
}


def read_sidecar(path: Path) -> dict[str, Any]:
    """Metadata for binary formats lives in `<file>.meta.yaml` beside the file."""
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        loaded = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise BadInput(f"Metadatei {sidecar.name} ist kein gültiges YAML: {exc}") from exc
    if not isinstance(loaded, dict):
        raise BadInput(f"Metadatei {sidecar.name} enthält kein Schlüssel-Wert-Objekt.")
    return loaded


def convert_bytes(data: bytes, suffix: str) -> Converted:
    if not data.strip():
        raise BadInput("Die Datei ist leer.")
    kind = sniff_format(data, suffix.lower())
    return CONVERTERS[kind](data)


def iter_jsonl(data: bytes) -> list[tuple[int, dict[str, Any]]]:
    """JSONL corpora ({id, title, text, ...} per line); a broken line fails only itself."""
    rows = []
    for number, line in enumerate(decode_text(data).splitlines(), start=1):
        if line.strip():
            try:
                rows.append((number, json.loads(line)))
            except json.JSONDecodeError:
                rows.append((number, {"__error__": "Zeile ist kein gültiges JSON"}))
    return rows
