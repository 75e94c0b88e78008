"""OCR of scanned PDFs: the page-quality score, and a scan made here (an image-only PDF of
German text) becoming searchable."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from core.models import SearchQuery
from core.tables import DocumentRow
from ingest.api import ingest_paths
from ingest.ocr import needs_ocr, ocr_unavailable_reason, text_quality
from runtime.resources import Resources
from search.retrieval import Searcher
from tests.fixtures.builders import make_pdf

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SCAN_LINES = [
    "Satzung über die Benutzung des Dorfgemeinschaftshauses",
    "§ 1 Zweck",
    "Das Dorfgemeinschaftshaus dient der Pflege des kulturellen Lebens.",
    "§ 2 Benutzungsentgelt",
    "Für die Überlassung des großen Saales wird ein Entgelt von",
    "120 Euro je Veranstaltung erhoben. Vereine zahlen die Hälfte.",
]

PROSE = (
    "Die Gemeinde erhebt für die Benutzung der öffentlichen Einrichtungen Gebühren nach "
    "Maßgabe dieser Satzung. Gebührenpflichtig ist, wer die Einrichtung in Anspruch nimmt."
)


def _scan_image(lines: list[str]) -> Any:
    """German text rendered into a white A4 page at 300 dpi, as a scanner would deliver it."""
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(FONT, 48)
    for number, line in enumerate(lines):
        draw.text((200, 250 + 110 * number), line, fill=0, font=font)
    return page


def make_scanned_pdf(lines: list[str]) -> bytes:
    """An image-only PDF (no text layer) of the rendered page."""
    out = io.BytesIO()
    _scan_image(lines).save(out, "PDF", resolution=300.0)
    return out.getvalue()


def test_quality_of_good_and_garbage_text_layers() -> None:
    assert text_quality(PROSE) > 0.9
    assert text_quality("\n".join("Satzung über die Gebühren")) < 0.2  # a glyph a line
    assert text_quality("S a t z u n g  ü b e r  d i e  G e b ü h r e n") < 0.2
    glued = (  # a real layer with a broken font map (SeeLaufV form): spaces became "u"
        "Deru Inhaberu diesesu Ausweisesu istu durchu das\nnachstehendeuLichtbildukenntlichugemacht."
        "\nLichtbild\nEigenhändigeuUnterschriftudesuInhabers\nDeruSeelotse\nVor-uunduZuname\n"
        "Geburtsdatum\nistuzuruAusübungudesuLotsendienstesuaufudem\nSeelotsrevier\nberechtigt."
    )
    assert text_quality(glued) < 0.5
    assert text_quality("73 þ ðÞ /C0 /C1 :: ¶¶ ˛˛ ¸¸") < 0.3
    assert text_quality("") == 0.0
    assert not needs_ocr(PROSE)
    assert needs_ocr("B") and needs_ocr("")


def test_text_layer_pdf_is_not_ocred() -> None:
    from ingest.pdf import convert_pdf

    converted = convert_pdf(make_pdf())
    assert converted.meta["ocr"] is False and converted.meta["text_quality"] > 0.8


@pytest.mark.skipif(ocr_unavailable_reason() is not None, reason="Tesseract (deu) not installed")
def test_scanned_pdf_is_ocred_and_searchable(tmp_path: Path, resources: Resources) -> None:
    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "dgh-satzung.pdf").write_bytes(make_scanned_pdf(SCAN_LINES))
    (folder / "rundschreiben.pdf").write_bytes(make_pdf())  # text layer: stays as it is

    report = ingest_paths([folder], resources, progress=False)

    assert report.failed == [] and report.ocr_documents == 1
    with resources.db() as session:
        rows = {r.source_key: r for r in session.scalars(select(DocumentRow))}
    scan = rows["dgh-satzung.pdf"]
    assert scan.meta["extra"]["ocr"] is True and scan.meta["extra"]["ocr_pages"] == [1]
    assert scan.meta["extra"]["text_quality"] > 0.8
    assert "Dorfgemeinschaftshaus" in scan.text and "120 Euro" in scan.text
    assert rows["rundschreiben.pdf"].meta["extra"]["ocr"] is False

    searcher = Searcher(resources.store, resources.encoder, resources.sparse_encoder)
    for mode in ("sparse", "hybrid"):
        result = searcher.search(
            SearchQuery(query="Entgelt für den großen Saal im Dorfgemeinschaftshaus", mode=mode),
            access={"public", "members", "staff"},
        )
        assert result.hits and result.hits[0].source_key == "dgh-satzung.pdf", mode


@pytest.mark.skipif(ocr_unavailable_reason() is not None, reason="Tesseract (deu) not installed")
def test_scan_with_a_stamped_text_header_is_ocred() -> None:
    """A scanned page whose layer holds only a digital stamp ("Amtsblatt, Seite 3")."""
    from fpdf import FPDF

    from ingest.pdf import convert_pdf

    page = _scan_image(SCAN_LINES)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(page, x=0, y=0, w=210, h=297)
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_font("DejaVu", size=9)
    pdf.set_xy(10, 5)
    pdf.cell(0, 5, "Amtsblatt der Gemeinde Testhausen, Ausgabe 7/2025, Seite 3")
    converted = convert_pdf(bytes(pdf.output()))
    assert converted.meta["ocr_pages"] == [1]
    assert "Dorfgemeinschaftshaus" in converted.text


# Found by schemathesis through /tags/suggest: a 1x1-point page made OCRmyPDF raise ValueError.
TINY_PAGE_PDF = (
    b"%PDF-1.4\n1 0 obj\n<</Type/Catalog/Pages 2 0 R>>\nendobj\n2 0 obj\n"
    b"<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n3 0 obj\n"
    b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 1 1]>>\nendobj\nxref\n0 4\n"
    b"0000000000 65535 f \n0000000009 00000 n \n0000000054 00000 n \n0000000105 00000 n \n"
    b"trailer\n<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n"
)


def test_a_page_too_small_to_ocr_is_bad_input_not_a_crash() -> None:
    from core.errors import BadInput
    from ingest.ocr import ocr_pages, ocr_unavailable_reason

    if ocr_unavailable_reason():
        pytest.skip("OCR not installed")
    with pytest.raises(BadInput, match="Texterkennung"):
        ocr_pages(TINY_PAGE_PDF, [1])
