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
from pathlib import Path
from typing import Any

import yaml

from core.errors import BadInput
from ingest.converted import Converted
from ingest.encoding import decode_text
from ingest.html import convert_html
from ingest.mail import looks_like_mail, parse_mail
from ingest.pdf import convert_pdf

logger = logging.getLogger(__name__)

SIDECAR_SUFFIX = ".meta.yaml"
_ZIP_LIMIT = 200 * 1024 * 1024  # uncompressed bytes a DOCX/ODT may expand to (zip bombs)
_ZIP_ENTRIES = 10_000


# Magic bytes of files staff drop by mistake, with what to do instead.
_FOREIGN_FORMATS: tuple[tuple[bytes, str], ...] = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "Altes Office-Format (DOC, XLS, PPT oder Outlook-MSG) wird nicht unterstützt; bitte als "
        "PDF, DOCX oder (E-Mails) als EML speichern.",
    ),
    (b"\x89PNG", "Bilddatei (PNG); bitte als PDF einreichen, Scans werden per OCR gelesen."),
    (b"\xff\xd8\xff", "Bilddatei (JPEG); bitte als PDF einreichen, Scans werden per OCR gelesen."),
    (b"GIF8", "Bilddatei (GIF) enthält keinen Text."),
    (b"II*\x00", "Bilddatei (TIFF); bitte als PDF einreichen, Scans werden per OCR gelesen."),
    (b"MM\x00*", "Bilddatei (TIFF); bitte als PDF einreichen, Scans werden per OCR gelesen."),
    (b"MZ", "Programmdatei (Windows), kein Dokument."),
    (b"\x7fELF", "Programmdatei (Linux), kein Dokument."),
    (b"\x1f\x8b", "Komprimierte Datei (gzip); bitte entpacken."),
    (b"7z\xbc\xaf\x27\x1c", "Archiv (7z); bitte entpacken."),
    (b"Rar!", "Archiv (RAR); bitte entpacken."),
    (b"{\\rtf", "RTF wird nicht unterstützt; bitte als DOCX oder PDF speichern."),
)
_ZIP_FORMATS = {
    "application/vnd.oasis.opendocument.text": "odt",
    "application/vnd.oasis.opendocument.spreadsheet": "ODS-Tabellen werden nicht unterstützt.",
    "application/vnd.oasis.opendocument.presentation": "ODP-Präsentationen werden nicht "
    "unterstützt.",
}


def sniff_format(data: bytes, suffix: str) -> str:
    """Decide the format from magic bytes first, then the extension."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    for magic, reason in _FOREIGN_FORMATS:
        if data.startswith(magic):
            raise BadInput(reason)
    if suffix == ".eml" or (suffix not in {".md", ".markdown", ".html"} and looks_like_mail(data)):
        return "eml"
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


def _sniff_zip(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
        raise BadInput("Beschädigte ZIP-Datei (DOCX/ODT nicht lesbar).") from exc
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        raise BadInput("Excel-Tabellen (XLSX) werden nicht unterstützt; bitte als PDF speichern.")
    if "ppt/presentation.xml" in names:
        raise BadInput("PowerPoint (PPTX) wird nicht unterstützt; bitte als PDF speichern.")
    if "content.xml" in names:
        kind = _ZIP_FORMATS.get(mimetype.strip(), "odt")
        if kind != "odt":
            raise BadInput(kind)
        return "odt"
    raise BadInput("ZIP-Archiv ohne erkennbares Dokumentformat.")


def convert_markdown(data: bytes) -> Converted:
    import frontmatter

    text = decode_text(data)
    try:
        post = frontmatter.loads(text)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: dates like 2024-13-45
        raise BadInput(f"Fehlerhafter YAML-Kopf (Front Matter): {yaml_problem(exc)}") from exc
    check_yaml_size(post.metadata, "Der YAML-Kopf")
    return Converted(text=post.content, meta=dict(post.metadata), media_type="text/markdown")


def yaml_problem(exc: Exception) -> str:
    """One line with the line number, instead of PyYAML's multi-line context dump."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem_mark is not None:
        return f"Zeile {exc.problem_mark.line + 1}: {exc.problem or exc.context}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


_YAML_NODE_LIMIT = 10_000


def check_yaml_size(value: Any, what: str) -> None:
    """YAML aliases can expand a few lines into billions of nodes (a "billion laughs" bomb);
    metadata is copied into every chunk's payload, so it must stay small."""
    stack, nodes = [value], 0
    while stack:
        item = stack.pop()
        nodes += 1
        if nodes > _YAML_NODE_LIMIT:
            raise BadInput(f"{what} ist zu groß oder zu tief verschachtelt (YAML-Alias-Bombe?).")
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)


def convert_text(data: bytes) -> Converted:
    return Converted(text=decode_text(data), media_type="text/plain")


def _check_zip(data: bytes) -> None:
    """Declared sizes are enough: zipfile never inflates an entry beyond its declared size."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()
    if len(infos) > _ZIP_ENTRIES:
        raise BadInput(f"Das Office-Dokument enthält über {_ZIP_ENTRIES} Teile (ZIP-Bombe?).")
    if sum(info.file_size for info in infos) > _ZIP_LIMIT:
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


def convert_eml(data: bytes) -> Converted:
    mail = parse_mail(data)
    return Converted(
        text=mail.text, meta=mail.meta, media_type="message/rfc822", attachments=mail.attachments
    )


CONVERTERS: dict[str, Callable[[bytes], Converted]] = {
    "markdown": convert_markdown,
    "text": convert_text,
    "pdf": convert_pdf,
    "eml": convert_eml,
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
        raise BadInput(
            f"Metadatei {sidecar.name} ist kein gültiges YAML: {yaml_problem(exc)}"
        ) from exc
    except ValueError as exc:  # dates like 2024-13-45
        raise BadInput(f"Metadatei {sidecar.name} enthält ungültige Werte: {exc}") from exc
    if not isinstance(loaded, dict):
        raise BadInput(f"Metadatei {sidecar.name} enthält kein Schlüssel-Wert-Objekt.")
    check_yaml_size(loaded, f"Die Metadatei {sidecar.name}")
    return loaded


def convert_bytes(data: bytes, suffix: str, *, ocr: bool = True) -> Converted:
    """`ocr=False` skips text recognition of scanned PDF pages (FUNDUS_OCR=false)."""
    if not data.strip():
        raise BadInput("Die Datei ist leer.")
    kind = sniff_format(data, suffix.lower())
    if kind == "pdf":
        return convert_pdf(data, ocr=ocr)
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
