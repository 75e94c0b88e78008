"""An uploaded PDF is titled by its heading (the largest type on the first page), not by its
file name or an exporter's /Title property."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter

from ingest.metadata import build_meta
from ingest.pdf import convert_pdf

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "documents"


def _without_title(path: Path, title: str | None = None) -> bytes:
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.metadata = None  # type: ignore[assignment]
    if title is not None:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_the_title_of_a_pdf_is_its_heading_not_its_file_name() -> None:
    data = _without_title(CORPUS / "rundschreiben" / "rs-2026-203.pdf")
    converted = convert_pdf(data, ocr=False)
    assert "pdf_title" not in converted.meta
    meta = build_meta(
        dict(converted.meta), converted.text, fallback_title="rs 2026 203", default_access="members"
    )
    assert meta.title == (
        "Rundschreiben Nr. 203/2026: Informationssicherheit – Warnung vor Phishing-Kampagne "
        "mit gefälschten E-Rechnungen"
    )
    assert "pdf_heading" not in meta.extra  # a file property, not document metadata


def test_the_heading_wins_over_an_exporters_title_property() -> None:
    data = _without_title(
        CORPUS / "vertragsmuster" / "vm-konzessionsvertrag-strom-gas.pdf",
        title="Microsoft Word - vm_konzession_v3.docx",
    )
    converted = convert_pdf(data, ocr=False)
    meta = build_meta(
        dict(converted.meta), converted.text, fallback_title="x", default_access="members"
    )
    # "Strom- und" keeps its hyphen: only a hyphen at a line's end joins two lines
    assert meta.title == (
        "Muster eines Konzessionsvertrags (Wegenutzungsvertrag) für Strom- und "
        "Gasverteilernetze nach § 46 EnWG"
    )
