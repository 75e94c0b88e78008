from __future__ import annotations

from compare.sections import split_sections
from tests.compare.statutes import statute


def test_markdown_sections_with_numbers_and_headings() -> None:
    sections = split_sections(statute(["gegenstand", "satz", "inkraft"]))
    assert [(s.number, s.heading) for s in sections] == [
        ("1", "Steuergegenstand"),
        ("2", "Steuersatz"),
        ("3", "Inkrafttreten"),
    ]
    assert sections[1].text.startswith("(1) Die Steuer beträgt")
    assert sections[1].label == "§ 2 Steuersatz"


def test_table_of_contents_is_stripped() -> None:
    toc = "## Inhaltsverzeichnis\n\n**Abschnitt I**\n- § 1 Steuergegenstand\n\n**Abschnitt II**\n- § 2 Steuersatz\n- § 3 Inkrafttreten\n\n"
    sections = split_sections(toc + statute(["gegenstand", "satz", "inkraft"]))
    assert [s.number for s in sections] == ["1", "2", "3"]
    assert all(len(s.text.split()) > 5 for s in sections)


def test_ocr_paragraph_signs_and_cross_references() -> None:
    text = (
        "81 Steuergegenstand\n\nGegenstand der Steuer ist das Halten von Hunden.\n\n"
        "82 Steuerpflicht\n\n(1) Steuerschuldner ist der Halter.\n"
        "§ 15 Abs. 6 der Gefahrenabwehrverordnung bleibt unberührt.\n\n"
        "$3 ORGANISATION, BEZEICHNUNG Die Feuerwehr ist eine Einrichtung der Gemeinde.\n\n"
        "84 Steuersatz Die Steuer beträgt jährlich 60,00 EUR.\n"
    )
    sections = split_sections(text)
    assert [(s.number, s.heading) for s in sections] == [
        ("1", "Steuergegenstand"),
        ("2", "Steuerpflicht"),
        ("3", "ORGANISATION, BEZEICHNUNG"),
        ("4", "Steuersatz"),
    ]
    assert "Gefahrenabwehrverordnung" in sections[1].text
    assert sections[3].text == "Die Steuer beträgt jährlich 60,00 EUR."


def test_front_matter_and_attachment() -> None:
    text = (
        "---\ntitel: X\n---\n"
        + statute(["satz"])
        + "\n## Anlage Gebührenverzeichnis\n\n| Leistung | Gebühr (€) |\n|---|---|\n| Marke | 5 |\n"
    )
    sections = split_sections(text)
    assert [s.number for s in sections] == ["1", None]
    assert sections[1].heading.startswith("Anlage")
