"""PDF -> text, page by page: the text layer where it is good, OCR where it is missing or
garbage (see ingest/ocr.py), and a refusal for PDFs that carry scripts or other active content
(ingest/pdf_actions.py).

Why scripts are refused although Fundus never runs them: the original is stored and served
back to members (`/documents/{id}/file`); a PDF that runs JavaScript in their viewer must not
be passed on from a trusted knowledge base.
"""

from __future__ import annotations

import io
import logging
import re
from typing import Any

from core.errors import BadInput
from ingest.converted import Converted
from ingest.ocr import needs_ocr, ocr_pages, ocr_unavailable_reason, text_quality
from ingest.pdf_actions import active_content_reason

logger = logging.getLogger(__name__)

_SCAN_MAX_LAYER_CHARS = 300  # a full page of statute text has 2,000-4,000
_SCAN_MIN_PIXELS = 1_500_000  # an A4 page scanned at 150 dpi has 2.2 million


def convert_pdf(data: bytes, *, ocr: bool = True) -> Converted:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise BadInput("Das PDF ist verschlüsselt (Passwort nötig).")
            except NotImplementedError as exc:
                raise BadInput("Das PDF ist verschlüsselt (Verfahren nicht unterstützt).") from exc
        refused = active_content_reason(data)
        if refused:
            raise BadInput(refused)
        pages = [page.extract_text() or "" for page in reader.pages]
        heading = _heading(reader.pages[0]) if reader.pages else None
        scans = [_looks_scanned(page, text) for page, text in zip(reader.pages, pages, strict=True)]
        info: Any = reader.metadata or {}
    except BadInput:
        raise
    except RecursionError as exc:
        raise BadInput("Beschädigtes PDF: zu tief verschachtelte Objekte.") from exc
    except Exception as exc:  # pypdf raises many types for broken files; the batch goes on
        raise BadInput(f"Beschädigtes PDF: {type(exc).__name__}: {exc}") from exc
    if not pages:
        raise BadInput("Das PDF hat keine Seiten.")
    meta: dict[str, Any] = {"pages": len(pages)}
    title = info.get("/Title") if hasattr(info, "get") else None
    if isinstance(title, str) and title.strip():
        meta["pdf_title"] = title.strip()
    if heading:
        meta["pdf_heading"] = heading
    pages, recognised = _ocr_where_needed(data, pages, scans, enabled=ocr)
    text = "\n\f\n".join(pages)
    meta["ocr"] = bool(recognised)
    if recognised:
        meta["ocr_pages"] = recognised
    meta["text_quality"] = text_quality(text)
    # Form feeds keep page boundaries visible to the chunker without inventing headings.
    return Converted(text=text, meta=meta, media_type="application/pdf")


HEADING_SCALE = 1.15  # a heading's font is at least this much larger than the body text's
HEADING_MAX_CHARS = 300


def _heading(page: Any) -> str | None:
    """The first run of lines in the largest font on the first page: the title as the reader
    sees it. The PDF's /Title property is often empty or the name of the file it was exported
    from ("Microsoft Word - rs_205.docx"), and a file name is no title either."""
    runs: list[tuple[float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if text.strip():
            scale = abs(tm[3] or 1.0) * abs(cm[3] or 1.0)
            runs.append((round(size * scale, 1), " ".join(text.split())))

    try:
        page.extract_text(visitor_text=visit)
    except Exception:  # a page pypdf cannot walk has no heading we could trust
        return None
    if len(runs) < 2:
        return None
    sizes = sorted(size for size, _ in runs)
    body, largest = sizes[len(sizes) // 2], sizes[-1]
    if largest < HEADING_SCALE * body:
        return None
    first = next(i for i, (size, _) in enumerate(runs) if size == largest)
    lines = []
    for size, text in runs[first:]:
        if size != largest:
            break
        lines.append(text)
    heading = lines[0]
    for line in lines[1:]:  # "Verwal-" + "tung" -> "Verwaltung"; "E-" + "Rechnung" stays
        if re.search(r"\w-$", heading) and line[:1].islower():
            heading = heading[:-1] + line
        else:
            heading = f"{heading} {line}"
    return heading[:HEADING_MAX_CHARS].strip() or None


def _ocr_where_needed(
    data: bytes, pages: list[str], scans: list[bool], *, enabled: bool
) -> tuple[list[str], list[int]]:
    """Pages with OCR text substituted where the layer is unusable; and which pages those are."""
    wanted = [n for n, text in enumerate(pages, start=1) if scans[n - 1] or needs_ocr(text)]
    if not wanted:
        return pages, []
    has_text = any(text.strip() for text in pages)
    if not enabled:
        if not has_text:
            raise BadInput(
                "Gescanntes PDF ohne Textebene; die Texterkennung ist ausgeschaltet "
                "(FUNDUS_OCR=false)."
            )
        return pages, []
    unavailable = ocr_unavailable_reason()
    if unavailable and has_text:
        logger.warning("OCR unavailable (%s); keeping the text layer of %s", unavailable, wanted)
        return pages, []
    try:
        recognised = ocr_pages(data, wanted)
    except BadInput:
        if has_text:
            logger.warning("OCR failed; keeping the text layer of pages %s", wanted)
            return pages, []
        raise
    out = list(pages)
    for number, text in recognised.items():
        # OCR of an empty page yields nothing; a weak layer is still better than nothing.
        if text.strip() or not out[number - 1].strip():
            out[number - 1] = text
    return out, sorted(recognised)


def _looks_scanned(page: Any, text: str) -> bool:
    """A page-sized image under a few lines of text: a scan with a stamped header or page
    number. Its layer passes the quality test but holds a fraction of the page."""
    if len(text) >= _SCAN_MAX_LAYER_CHARS:
        return False
    try:
        xobjects = page.get("/Resources", {}).get_object().get("/XObject", {}).get_object()
        return any(
            (obj := ref.get_object()).get("/Subtype") == "/Image"
            and int(obj.get("/Width", 0)) * int(obj.get("/Height", 0)) >= _SCAN_MIN_PIXELS
            for ref in xobjects.values()
        )
    except (AttributeError, TypeError, ValueError, KeyError):
        return False
