"""Figure extraction case by case, and on the hand-labelled set (tests/compare/data)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from compare.figures import extract_figures, parse_number

GOLD = Path(__file__).parent / "data" / "figures_gold.json"


def kinds(text: str) -> list[tuple[str, float, str]]:
    return [(f.kind, f.value, f.unit) for f in extract_figures(text)]


def test_german_numbers() -> None:
    assert parse_number("1.000,50") == 1000.5
    assert parse_number("96,-") == 96
    assert parse_number("zwölf") == 12
    assert parse_number("01.01.2022") is None


def test_amounts_with_labels() -> None:
    figures = extract_figures(
        "Die Steuer beträgt für den ersten Hund 96 €, für den zweiten Hund 192,00 EUR."
    )
    assert [(f.value, f.label) for f in figures] == [
        (96.0, "Die Steuer beträgt für den ersten Hund"),
        (192.0, "für den zweiten Hund"),
    ]


def test_periods_ages_hours_percent() -> None:
    text = (
        "Die Ruhezeit beträgt 25 Jahre, für Kinder bis zum vollendeten 10. Lebensjahr 15 Jahre. "
        "Der über drei Monate alte Hund. Ermäßigung auf 50 v. H. binnen zwei Wochen; "
        "mindestens 2 Stunden."
    )
    assert kinds(text) == [
        ("Frist", 25, "Jahre"),
        ("Alter", 10, "Lebensjahr"),
        ("Frist", 15, "Jahre"),
        ("Alter", 3, "Monate alt"),
        ("Prozent", 50, "%"),
        ("Frist", 2, "Wochen"),
        ("Stunden", 2, "Stunden"),
    ]


def test_dates_ordinals_and_paragraphs_are_not_figures() -> None:
    assert (
        kinds(
            "Diese Satzung tritt am 01.01.2027 in Kraft; § 5 Abs. 2 gilt; am 1. Tag des Monats; innerhalb eines Monats."
        )
        == []
    )


def test_fee_table_with_currency_in_header() -> None:
    table = (
        "| Fahrzeug | Gebühr je Stunde (€) |\n|---|---|\n| LF 10 | 250,00 |\n| DLK 23/12 | 310 |\n"
    )
    figures = extract_figures(table)
    assert [(f.value, f.label) for f in figures] == [
        (250.0, "LF 10 – Gebühr je Stunde (€)"),
        (310.0, "DLK 23/12 – Gebühr je Stunde (€)"),
    ]


def test_ranges_give_both_ends() -> None:
    assert kinds("zwischen 10 bis 20 €") == [("Betrag", 10, "€"), ("Betrag", 20, "€")]


def test_labelled_set_precision_and_recall() -> None:
    data = json.loads(GOLD.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    statute_kinds = set()
    for excerpt in data["excerpts"]:
        statute_kinds.add(excerpt["kind"])
        gold = Counter((k, float(v), u) for k, v, u in excerpt["figures"])
        found = Counter(kinds(excerpt["text"]))
        hit = sum((gold & found).values())
        tp, fp, fn = tp + hit, fp + sum(found.values()) - hit, fn + sum(gold.values()) - hit
    assert tp + fn >= 60 and len(statute_kinds) >= 6
    assert tp / (tp + fp) >= 0.95
    assert tp / (tp + fn) >= 0.85
