"""The figures of one clause side by side: the same value of each city in one line."""

from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from compare.export import table_to_csv, table_to_xlsx
from compare.figure_table import FigureColumn, FigureRow, side_by_side
from compare.service import Comparison, StatuteInput, compare_statutes
from tests.compare.statutes import statute

KEYS = ["gegenstand", "schuldner", "satz", "befreiung", "inkraft"]
A_SATZ = (
    "(1) Die Steuer beträgt im Kalenderjahr für den ersten Hund 96 Euro und für jeden "
    "weiteren Hund 192 Euro. (2) Für einen Kampfhund beträgt die Steuer 600 Euro."
)
# B: other amounts, the order of first dog and Kampfhund swapped, and a value A lacks
B_SATZ = (
    "(1) Für das Halten eines Kampfhundes beträgt die Steuer jährlich 720 Euro. (2) Im "
    "Übrigen beträgt die Steuer für den ersten Hund 108 Euro, für jeden weiteren Hund "
    "216 Euro. (3) Für Hunde in Zwingern ermäßigt sich die Steuer um 50 Prozent."
)
C_SATZ = "Die Steuer beträgt für jeden Hund 120 Euro im Kalenderjahr."


def _compare() -> tuple[Comparison, int]:
    docs = [
        StatuteInput(
            id="a", title="Hundesteuersatzung der Gemeinde Aichelberg", text=statute(KEYS)
        ),
        StatuteInput(
            id="b",
            title="Hundesteuersatzung der Stadt Konstanz",
            text=statute(KEYS, overrides={"satz": B_SATZ}),
        ),
        StatuteInput(
            id="c",
            title="Hundesteuersatzung der Gemeinde Zell",
            text=statute(KEYS, overrides={"satz": C_SATZ}),
        ),
    ]
    result = compare_statutes(docs)
    clause = next(i for i, c in enumerate(result.clauses) if c.label.endswith("Steuersatz"))
    return result, clause


def test_the_same_value_of_each_city_stands_in_one_line() -> None:
    result, clause = _compare()
    table = result.figures_side_by_side(clause)
    assert [c.issuer for c in table.columns] == [
        "Gemeinde Aichelberg",
        "Stadt Konstanz",
        "Gemeinde Zell",
    ]
    by_value = {
        tuple(sorted((doc, cell.value) for doc, cell in line.cells.items())): line
        for line in table.lines
    }
    # first dog, further dog and Kampfhund line up although B lists the Kampfhund first
    assert any({("a", 96.0), ("b", 108.0)} <= set(k) for k in by_value)
    assert any({("a", 192.0), ("b", 216.0)} <= set(k) for k in by_value)
    assert any({("a", 600.0), ("b", 720.0)} <= set(k) for k in by_value)
    # a value only B has gets its own line; a percentage never lines up with an amount
    percent = next(line for line in table.lines if line.unit == "%")
    assert set(percent.cells) == {"b"} and percent.cells["b"].value == 50.0
    # every value is in the table exactly once
    assert sum(len(line.cells) for line in table.lines) == len(result.figures_table(clause))


def test_a_single_amount_on_both_sides_lines_up_without_shared_words() -> None:
    columns = [FigureColumn(document_id=d, issuer=d.upper()) for d in "ab"]
    rows = [
        FigureRow(
            clause="§ 3 Gebühr", issuer="A", document_id="a", kind="Betrag", value=30.0,
            unit="€", label="Die Gebühr beträgt", section="§ 3 Gebühr",
        ),
        FigureRow(
            clause="§ 3 Gebühr", issuer="B", document_id="b", kind="Betrag", value=35.0,
            unit="€", label="Zu zahlen sind", section="§ 4 Kosten",
        ),
        FigureRow(
            clause="§ 3 Gebühr", issuer="B", document_id="b", kind="Frist", value=2.0,
            unit="Wochen", label="fällig binnen", section="§ 4 Kosten",
        ),
    ]  # fmt: skip
    table = side_by_side(rows, columns)
    assert [sorted(line.cells) for line in table.lines] == [["a", "b"], ["b"]]
    assert table.lines[0].cells["b"].text == "35 €"


def test_side_by_side_export_reads_back() -> None:
    result, clause = _compare()
    table = result.figures_side_by_side(clause)
    rows = list(csv.reader(io.StringIO(table_to_csv(table).decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Klausel", "Bezeichnung", "Art", "Einheit"]
    assert rows[0][4:] == ["Gemeinde Aichelberg", "Stadt Konstanz", "Gemeinde Zell"]
    assert len(rows) == len(table.lines) + 1
    line_96 = next(r for r in rows if r[4] == "96")
    assert line_96[5] == "108" and line_96[3] == "€"
    book = load_workbook(io.BytesIO(table_to_xlsx(table, result.figures_table(clause))))
    assert book.sheetnames == ["Vergleich", "Werte"]
    sheet = book["Vergleich"]
    values = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    line = next(v for v in values if v[4] == 96)
    assert line[5] == 108 and isinstance(line[5], (int, float))
    assert sheet.max_row == len(table.lines) + 1
