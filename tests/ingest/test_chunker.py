from __future__ import annotations

from ingest.chunker import chunk_text, embedding_text, split_sentences
from tests.fixtures.builders import SATZUNG_MD


def _body(markdown: str) -> str:
    return markdown.split("---", 2)[2]


def test_each_paragraph_section_is_its_own_chunk() -> None:
    chunks = chunk_text(_body(SATZUNG_MD))
    headings = [c.heading for c in chunks]
    assert headings[1:] == ["§ 1 Steuergegenstand", "§ 2 Steuersatz", "§ 3 Inkrafttreten"]
    paragraph_two = chunks[2]
    assert "600 Euro" in paragraph_two.text and "120 Euro" in paragraph_two.text
    assert "Steuergegenstand" not in paragraph_two.text


def test_preamble_keeps_the_document_heading() -> None:
    first = chunk_text(_body(SATZUNG_MD))[0]
    assert first.heading == "Hundesteuersatzung der Gemeinde Testhausen"
    assert "§§ 2 und 8 KAG" in first.text


def test_long_section_is_split_with_overlap_and_keeps_heading() -> None:
    sentences = [f"Satz Nummer {i} regelt die Gebühr für die Leistung {i}." for i in range(80)]
    text = "§ 4 Gebührenhöhe\n\n" + " ".join(sentences)
    chunks = chunk_text(text, chunk_words=100, overlap_words=20)
    assert len(chunks) > 3
    assert all(c.heading == "§ 4 Gebührenhöhe" for c in chunks)
    assert all(len(c.text.split()) <= 130 for c in chunks)
    # overlap: each chunk starts with the last sentence of the previous one
    first_sentences = split_sentences(chunks[1].text)
    assert first_sentences[0] in chunks[0].text


def test_section_references_in_running_text_are_not_headings() -> None:
    text = "§ 2 Steuersatz\n\nDie Steuer richtet sich nach\n§ 5 Abs. 2 KAG, soweit nichts anderes gilt."
    chunks = chunk_text(text)
    assert len(chunks) == 1 and chunks[0].heading == "§ 2 Steuersatz"


def test_sentence_split_respects_german_abbreviations_and_dates() -> None:
    text = "Es gilt § 5 Abs. 2 Nr. 3 KAG, vgl. z. B. die Anlage. Die Frist endet am 1. Juli 2025. Danach gilt Neues."
    assert split_sentences(text) == [
        "Es gilt § 5 Abs. 2 Nr. 3 KAG, vgl. z. B. die Anlage.",
        "Die Frist endet am 1. Juli 2025.",
        "Danach gilt Neues.",
    ]


def test_embedding_text_prepends_title_and_heading() -> None:
    chunk = chunk_text("§ 2 Steuersatz\n\nDie Steuer beträgt 120 Euro.")[0]
    assert embedding_text("Hundesteuersatzung", chunk) == (
        "Hundesteuersatzung\n§ 2 Steuersatz\n\nDie Steuer beträgt 120 Euro."
    )
