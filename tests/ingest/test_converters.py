from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import BadInput
from ingest.converters import convert_bytes, read_sidecar
from tests.fixtures.builders import HTML, SATZUNG_MD, make_docx, make_odt, make_pdf


def test_markdown_front_matter_becomes_metadata() -> None:
    converted = convert_bytes(SATZUNG_MD.encode(), ".md")
    assert converted.meta["id"] == "hundesteuer-test"
    assert converted.meta["topics"] == ["steuern"]
    assert converted.text.startswith("# Hundesteuersatzung")
    assert "---" not in converted.text


def test_pdf_text_with_umlauts() -> None:
    converted = convert_bytes(make_pdf(), ".pdf")
    assert "Geschäftsstelle" in converted.text
    assert "Urnengräber" in converted.text
    assert converted.meta["pages"] == 1


def test_encrypted_pdf_is_rejected_with_reason() -> None:
    with pytest.raises(BadInput, match="verschlüsselt"):
        convert_bytes(make_pdf(password="geheim"), ".pdf")


def test_corrupt_pdf_is_rejected() -> None:
    data = make_pdf()
    with pytest.raises(BadInput, match="PDF"):
        convert_bytes(data[: len(data) // 3], ".pdf")


def test_docx_headings_become_markdown_headings() -> None:
    converted = convert_bytes(make_docx(), ".docx")
    assert "## § 1 Vertragsgegenstand" in converted.text
    assert "90 Prozent" in converted.text


def test_odt() -> None:
    converted = convert_bytes(make_odt(), ".odt")
    assert "# Handreichung Starkregenvorsorge" in converted.text
    assert "Überflutungsflächen" in converted.text


def test_html_drops_navigation_and_scripts() -> None:
    converted = convert_bytes(HTML.encode(), ".html")
    assert "# Stellungnahme zum Wohngeldgesetz" in converted.text
    assert "Wohngeldes & fordert" in converted.text
    assert "Impressum" not in converted.text and "tracking" not in converted.text
    assert converted.meta["html_title"] == "Stellungnahme Wohngeld"


def test_text_in_cp1252() -> None:
    converted = convert_bytes("Straßenreinigungsgebühr für Grundstücke".encode("cp1252"), ".txt")
    assert converted.text == "Straßenreinigungsgebühr für Grundstücke"


def test_format_detected_from_content_not_extension() -> None:
    assert "Urnengräber" in convert_bytes(make_pdf(), ".txt").text


def test_pdf_extension_without_pdf_content() -> None:
    with pytest.raises(BadInput, match="kein PDF"):
        convert_bytes(b"Das ist nur Text", ".pdf")


@pytest.mark.parametrize("data", [b"", b"   \n\n"])
def test_empty_file(data: bytes) -> None:
    with pytest.raises(BadInput, match="leer"):
        convert_bytes(data, ".md")


def test_binary_garbage_as_text() -> None:
    with pytest.raises(BadInput):
        convert_bytes(b"\x00\x01\x02binary", ".txt")


def test_broken_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    (tmp_path / "a.pdf.meta.yaml").write_text("title: [unclosed", encoding="utf-8")
    with pytest.raises(BadInput, match="YAML"):
        read_sidecar(tmp_path / "a.pdf")
