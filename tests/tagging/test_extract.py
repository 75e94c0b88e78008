"""Rule-based extraction, case by case: citations, numbers, dates, file references, Referat."""

from __future__ import annotations

import datetime as dt

import pytest

from core.models import citation_keys, citation_section
from tagging.extract import (
    aktenplan_from_reference,
    document_date,
    extract_aktenzeichen,
    extract_citations,
    extract_dates,
    extract_doc_type,
    extract_metadata,
    extract_number,
    extract_referat,
)
from tagging.uploads import safe_filename

# -- citations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nach § 5 Abs. 2 KAG ist", ["§ 5 Abs. 2 KAG"]),
        ("Leistungen nach § 22 SGB II", ["§ 22 SGB II"]),
        ("Art. 28 GG garantiert", ["Art. 28 GG"]),
        ("nach §§ 2 und 8 KAG", ["§ 2 KAG", "§ 8 KAG"]),
        ("§§ 1, 3 und 5 GemO", ["§ 1 GemO", "§ 3 GemO", "§ 5 GemO"]),
        ("§§ 2 bis 4 KAG", ["§ 2 KAG", "§ 3 KAG", "§ 4 KAG"]),
        ("§ 2 ff. GemO", ["§ 2 GemO"]),
        ("§ 22 Abs. 1 Satz 1 SGB II", ["§ 22 Abs. 1 Satz 1 SGB II"]),
        ("§ 8 Abs. 1 S. 2 KAG", ["§ 8 Abs. 1 Satz 2 KAG"]),
        ("§ 35 Abs. 1 Nr. 1 BauGB", ["§ 35 Abs. 1 Nr. 1 BauGB"]),
        ("§ 2 Nr. 3 und 4 KAG", ["§ 2 Nr. 3 KAG", "§ 2 Nr. 4 KAG"]),
        ("§ 3 Abs. 1 und 2 KAG", ["§ 3 Abs. 1 KAG", "§ 3 Abs. 2 KAG"]),
        ("§ 1 Abs. 1 Satz 1 und Abs. 3 KAG", ["§ 1 Abs. 1 Satz 1 KAG", "§ 1 Abs. 3 KAG"]),
        ("Art. 6 Abs. 1 lit. c DSGVO", ["Art. 6 Abs. 1 Buchst. c DSGVO"]),
        ("Art. 6 Abs. 1 UAbs. 1 Buchst. e DSGVO", ["Art. 6 Abs. 1 UAbs. 1 Buchst. e DSGVO"]),
        ("§ 5 Absatz 2 des Kommunalabgabengesetzes", ["§ 5 Abs. 2 KAG"]),
        ("Art. 28 Abs. 2 Grundgesetz", ["Art. 28 Abs. 2 GG"]),
        ("§ 22 des Zweiten Buches Sozialgesetzbuch", ["§ 22 SGB II"]),
        ("§ 5 Abs. 2 und § 7 Abs. 1 KAG", ["§ 5 Abs. 2 KAG", "§ 7 Abs. 1 KAG"]),
        ("§ 2 KAG i. V. m. § 10 GemO", ["§ 2 KAG", "§ 10 GemO"]),
        ("§ 5a KAG NRW", ["§ 5a KAG NRW"]),
        ("§ 10 Abs. 2 Satz 1 KV M-V", ["§ 10 Abs. 2 Satz 1 KV M-V"]),
        ("§\u00a05 Abs.\u00a02 KAG", ["§ 5 Abs. 2 KAG"]),
    ],
)
def test_citations_are_normalised(text: str, expected: list[str]) -> None:
    assert extract_citations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Art. 23 BayGO", ["Art. 23 BayGO"]),
        ("§ 58 Abs. 1 Nr. 5 NKomVG", ["§ 58 Abs. 1 Nr. 5 NKomVG"]),
        ("§ 4 SächsGemO", ["§ 4 SächsGemO"]),
        ("§ 24 GemO", ["§ 24 GemO"]),
        ("§ 41 GO NRW", ["§ 41 GO NRW"]),
        ("§ 2 Abs. 1 KAG LSA", ["§ 2 Abs. 1 KAG LSA"]),
        ("§ 40 HGO", ["§ 40 HGO"]),
        ("§ 28 BbgKVerf", ["§ 28 BbgKVerf"]),
        ("§ 24 ThürKO", ["§ 24 ThürKO"]),
    ],
)
def test_state_law_abbreviations(text: str, expected: list[str]) -> None:
    assert extract_citations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "§ 12 dieser Satzung",  # points into the same document
        "nach § 3 Abs. 1",  # no law named
        "## § 1 NAME\n\nDie Stiftung führt den Namen",  # a heading, not a citation
        "- § 2 STIFTUNGSZWECK\n",  # a table of contents line
        "§ 4 der Verordnung",  # no particular law
        "Die Kosten betragen 12 EUR nach Art. 3",
    ],
)
def test_no_citation_without_a_law(text: str) -> None:
    assert extract_citations(text) == []


def test_duplicates_once_in_order_of_first_occurrence() -> None:
    text = "Nach § 8 KAG und Art. 28 GG; vgl. erneut § 8 KAG sowie § 2 KAG."
    assert extract_citations(text) == ["§ 8 KAG", "Art. 28 GG", "§ 2 KAG"]


def test_long_lists_keep_the_most_cited() -> None:
    text = " ".join(f"§ {n} KAG" for n in range(1, 8)) + " § 3 KAG § 3 KAG § 5 KAG"
    assert extract_citations(text, limit=2) == ["§ 3 KAG", "§ 5 KAG"]


def test_payload_keys_add_the_section() -> None:
    assert citation_section("§ 5 Abs. 2 Satz 1 KAG") == "§ 5 KAG"
    assert citation_section("§ 22 SGB II") == "§ 22 SGB II"
    assert citation_keys(["§ 5 Abs. 2 KAG", "§ 5 Abs. 3 KAG", "Art. 28 GG"]) == [
        "§ 5 Abs. 2 KAG",
        "§ 5 KAG",
        "§ 5 Abs. 3 KAG",
        "Art. 28 GG",
    ]


# -- numbers, dates, file references --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rundschreiben Nr. 123/2024: Grundsteuer", "Rundschreiben Nr. 123/2024"),
        ("Rundschreiben 41/2025", "Rundschreiben Nr. 41/2025"),
        ("RS 7/24 vom Januar", "Rundschreiben Nr. 7/2024"),
        ("Rdschr. Nr. 007/2023", "Rundschreiben Nr. 7/2023"),
        ("Stellungnahme Nr. 3/2024: Entwurf", "Stellungnahme Nr. 3/2024"),
        ("Mitteilung\nNr. 12/2025\n", "Nr. 12/2025"),
        ("Hebesätze 2025 und 2026", None),
    ],
)
def test_numbers(text: str, expected: str | None) -> None:
    assert extract_number(text) == expected


def test_dates_in_all_spellings() -> None:
    text = "vom 12. März 2024, am 12.03.2024, bis 2024-04-01, 1.1.25 und 31.02.2024 (ungültig)"
    assert extract_dates(text) == [dt.date(2024, 3, 12), dt.date(2024, 4, 1), dt.date(2025, 1, 1)]


@pytest.mark.parametrize(
    ("head", "title", "expected"),
    [
        ("Datum: 12.03.2024\nBetreff", None, dt.date(2024, 3, 12)),
        ("Musterstadt, 14. März 2025 · Referat 2", None, dt.date(2025, 3, 14)),
        ("Musterstadt, den 3.2.2026", None, dt.date(2026, 2, 3)),
        ("Stand: 2025-01-16", None, dt.date(2025, 1, 16)),
        ("Text", "Verordnung vom 8. Dezember 2020", dt.date(2020, 12, 8)),
        # A date in the running text is a deadline or a cited law, not the document's date.
        ("Die Satzung tritt am 1. Januar 2027 in Kraft.", None, None),
    ],
)
def test_document_date(head: str, title: str | None, expected: dt.date | None) -> None:
    assert document_date(head, title=title) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Musterstadt, 14. März 2025 · Referat 2 – Finanzen · Az. 20.30/041-25", "20.30/041-25"),
        ("Aktenzeichen: 10.40/009-25", "10.40/009-25"),
        (
            "Ihr Schreiben vom 10. Januar 2024 – Az. IV 3 – S 3400\nAz.: 20.30/003-24",
            "20.30/003-24",
        ),
        ("Geschäftszeichen: III-2/123.45", "III-2/123.45"),
        ("ohne Zeichen", None),
    ],
)
def test_aktenzeichen(text: str, expected: str | None) -> None:
    assert extract_aktenzeichen(text) == expected


def test_aktenplan_from_the_file_reference() -> None:
    codes = ["20", "20.30", "40.60"]
    assert aktenplan_from_reference("20.30/041-25", codes) == "20.30"
    assert aktenplan_from_reference("20.31/041-25", codes) == "20"
    assert aktenplan_from_reference("99.10/1", codes) is None
    assert aktenplan_from_reference("20.30/041-25", []) is None


def test_referat_with_and_without_taxonomy() -> None:
    line = "Musterstadt, 14. März 2025 · Referat 2 – Finanzen · Az. 20.30/041-25"
    assert extract_referat(line) == "Referat 2 – Finanzen"
    assert extract_referat("Referat 4\nBetreff") == "Referat 4"
    names = ["Referat 1 – Recht", "Referat 4 – Bauen, Umwelt und Verkehr"]
    assert extract_referat("Referat 4\nBetreff", names) == "Referat 4 – Bauen, Umwelt und Verkehr"
    assert extract_referat("Referatsleitung: Frau Demir") is None


# -- type cues ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Rundschreiben Nr. 201/2026: Neufassung der Mustersatzung über Elternbeiträge",
            "Rundschreiben",
        ),
        ("Mustersatzung über die Erhebung der Hundesteuer", "Mustersatzung"),
        ("Satzung über die öffentliche Abwasserbeseitigung", "Satzung"),
        ("Hundesteuersatzung der Stadt Konstanz", "Satzung"),
        ("Polizeiverordnung gegen umweltschädliches Verhalten", "Verordnung"),
        ("Verwaltungsvorschrift des Innenministeriums über Zuwendungen", "Verwaltungsvorschrift"),
        ("VwV Dankurkunde", "Verwaltungsvorschrift"),
        ("Richtlinie zur Förderung von Balkonsolarkraftwerken", "Richtlinie"),
        ("Muster eines Erschließungsvertrags nach § 11 BauGB", "Vertragsmuster"),
        ("Leitfaden kommunale Wärmeplanung", "Handreichung"),
        ("Stellungnahme zum Entwurf eines Landesgesetzes", "Stellungnahme"),
        ("Brandschutzgesetz Sachsen-Anhalt", "Gesetz"),
        ("Protokoll des Arbeitskreises Kämmerei", None),
    ],
)
def test_type_cues(title: str, expected: str | None) -> None:
    cue = extract_doc_type(title)
    assert (cue.doc_type if cue else None) == expected


def test_type_from_a_heading_when_the_title_says_nothing() -> None:
    cue = extract_doc_type("Elternbeiträge 2026", "# Rundschreiben an die Mitgliedsstädte\n\nText")
    assert cue is not None and cue.doc_type == "Rundschreiben"


def test_all_at_once_on_a_circular() -> None:
    text = (
        "# Rundschreiben Nr. 41/2025: Neue Hebesätze\n\n"
        "Musterstadt, 14. März 2025 · Referat 2 · Az. 20.30/041-25\n\n"
        "Die Hebesatzautonomie aus Art. 28 Abs. 2 Grundgesetz bleibt unberührt (§ 25 Abs. 3 GrStG)."
    )
    found = extract_metadata(
        text,
        title="Rundschreiben Nr. 41/2025: Neue Hebesätze",
        referate=["Referat 2 – Finanzen"],
        aktenplan_codes=["20", "20.30"],
    )
    assert found.doc_type == "Rundschreiben"
    assert found.number == "Rundschreiben Nr. 41/2025"
    assert found.date == dt.date(2025, 3, 14)
    assert found.aktenzeichen == "20.30/041-25"
    assert found.aktenplan == "20.30"
    assert found.referat == "Referat 2 – Finanzen"
    assert found.citations == ["Art. 28 Abs. 2 GG", "§ 25 Abs. 3 GrStG"]


# -- upload names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Rundschreiben 41 2025.pdf", "Rundschreiben 41 2025.pdf"),
        ("..\\..\\windows\\system32\\x.pdf", "x.pdf"),
        ("../../etc/passwd", "passwd"),
        ("a\x00b\x1f.md", "ab.md"),
        ("<script>alert(1)</script>.html", "script_.html"),  # "/" ends a path part
        ("", "dokument"),
        (None, "dokument"),
        ("...", "dokument"),
        ("Übersicht Gebühren.docx", "Übersicht Gebühren.docx"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_safe_filename(name: str | None, expected: str) -> None:
    assert safe_filename(name) == expected
