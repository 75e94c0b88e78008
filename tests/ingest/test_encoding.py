"""Text and HTML without a declared encoding are decoded by what they are (issue 17, item 9):
lxml reads undeclared UTF-8 HTML as Latin-1 ("Ãberschrift") unless told otherwise."""

from __future__ import annotations

import pytest

from core.errors import BadInput
from ingest.converters import convert_bytes
from ingest.encoding import decode_text

PAGE = (
    "<html><head><title>Gebührensatzung</title></head><body><main>"
    "<h1>Überschrift</h1><p>Die Straßenreinigungsgebühr für Anlieger ändert sich.</p>"
    "</main></body></html>"
)


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "utf-16"])
def test_html_without_a_charset_declaration(encoding: str) -> None:
    converted = convert_bytes(PAGE.encode(encoding), ".html", ocr=False)
    assert "# Überschrift" in converted.text
    assert "Straßenreinigungsgebühr" in converted.text
    assert "Ã" not in converted.text
    assert converted.meta["html_title"] == "Gebührensatzung"


def test_a_declared_charset_is_honoured() -> None:
    page = PAGE.replace("<head>", '<head><meta charset="iso-8859-15">')
    converted = convert_bytes(page.encode("iso-8859-15"), ".html", ocr=False)
    assert "# Überschrift" in converted.text


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "cp850"])
def test_plain_text_in_office_encodings(encoding: str) -> None:
    text = "Größe der Straße für Bürger: Übergangsregelung ab März."
    assert decode_text(text.encode(encoding)) == text


def test_garbage_is_refused() -> None:
    with pytest.raises(BadInput):
        decode_text(b"Stra\x81e und Geb\x9dhr \xff\xfe")
