"""The words of the Nachrichtendienst: German grammar in the generated sentences, key sentences
that start like sentences, and no wrong hyphenation of compounds in the PDF."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from core.taxonomy import Verband
from encoder.embedding import Encoder
from notify.digest import Digest, DigestEntry, ReferatSection, TopicSection
from notify.render import count_label, digest_html, digest_pdf, digest_text
from notify.sentences import capitalised, key_sentences

COMPOUND = "Kindertagesstättengesetzes"


def _digest(
    referate: int, sentence: str = "Der Rat hat die Satzung am Montag beschlossen."
) -> Digest:
    def entry(n: int) -> DigestEntry:
        return DigestEntry(
            document_id=f"doc-{n}",
            title=f"Rundschreiben Nr. {n}/2026: Änderung des {COMPOUND}",
            doc_type="Rundschreiben",
            number=f"Rundschreiben Nr. {n}/2026",
            date=dt.date(2026, 11, 18),
            url=f"http://127.0.0.1:8501/dokument?id=doc-{n}",
            sentences=[sentence],
        )

    sections = [
        ReferatSection(name=f"Referat {r}", topics=[TopicSection(name="Kitas", entries=[entry(r)])])
        for r in range(1, referate + 1)
    ]
    return Digest(
        title="Nachrichtendienst",
        subtitle="KW 47/2026",
        verband=Verband(name="Hessischer Städtetag"),
        generated_at=dt.datetime(2026, 11, 23, tzinfo=dt.UTC),
        ui_url="http://127.0.0.1:8501",
        sections=sections,
    )


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize(
    ("referate", "expected"),
    [
        (1, "In dieser Ausgabe: ein neues Dokument aus einem Referat."),
        (2, "In dieser Ausgabe: 2 neue Dokumente aus 2 Referaten."),
    ],
)
def test_the_summary_line_is_correct_german(referate: int, expected: str) -> None:
    text = _plain(digest_html(_digest(referate)))
    assert expected in text
    assert "aus ein Referat" not in text


def test_count_label_declines_the_article() -> None:
    assert count_label(1, "Referat", "Referaten", "einem") == "einem Referat"
    assert count_label(1, "neues Dokument", "neue Dokumente") == "ein neues Dokument"
    assert count_label(0, "Referat", "Referaten", "einem") == "keine Referaten"
    assert count_label(3, "Referat", "Referaten", "einem") == "3 Referaten"


def test_a_sentence_after_a_cut_salutation_starts_with_a_capital(encoder: Encoder) -> None:
    text = (
        "Rundschreiben Nr. 7/2026\n\n"
        "Sehr geehrte Damen und Herren,\n"
        "der Landtag hat am 12. November 2026 die Änderung des Kinderförderungsgesetzes "
        "beschlossen.\n"
        "Die Mindestpersonalausstattung der Kindertagesstätten steigt damit zum 1. August 2027.\n\n"
        "Mit freundlichen Grüßen\n"
    )
    sentences = key_sentences(text, "Änderung des Kinderförderungsgesetzes", encoder)
    assert sentences[0].startswith("Der Landtag hat am 12. November 2026")
    assert all(s[0].isupper() for s in sentences), sentences
    assert capitalised("§ 5 gilt.") == "§ 5 gilt." and capitalised("über alles.") == "Über alles."


def test_the_pdf_does_not_split_compounds_wrongly() -> None:
    """Pango's automatic German hyphenation broke "Kindertagesstättengesetzes" as
    "Kindertagess-tättengesetzes"; the PDF breaks only at spaces and soft hyphens."""
    sentence = " ".join(
        [f"Die Novelle des {COMPOUND} ändert die Förderung nach dem {COMPOUND}."] * 6
    )
    digest = _digest(1, sentence)
    pdf = digest_pdf(digest)
    content = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    words = re.findall(r"\S+", content)
    broken = [w for w in words if w.startswith("Kin") and w[-1] in "-\u2010\u00ad"]
    assert not broken, broken
    assert content.count(COMPOUND) >= 12  # title and every sentence, each word whole
    assert "hyphens: manual" in digest_html(digest, for_print=True)


def test_text_and_html_say_the_same() -> None:
    digest = _digest(2)
    text, html = digest_text(digest), _plain(digest_html(digest))
    for entry in digest.entries():
        assert entry.sentences[0] in text and entry.sentences[0] in html
