from __future__ import annotations

import csv
import io

from openpyxl import load_workbook

from compare.diff import render_markdown, word_diff
from compare.export import HEADER, to_csv, to_xlsx
from compare.figure_table import FigureRow


def test_word_diff_marks_changed_amount() -> None:
    diff = word_diff("für den ersten Hund 96 € jährlich", "für den ersten Hund 108 € jährlich")
    assert [(p.op, p.a, p.b) for p in diff.pieces] == [
        ("equal", "für den ersten Hund", "für den ersten Hund"),
        ("replace", "96", "108"),
        ("equal", "€ jährlich", "€ jährlich"),
    ]
    assert diff.changed and 0.8 < diff.similarity < 1
    assert render_markdown(diff) == "für den ersten Hund [-96-] {+108+} € jährlich"


def test_identical_texts_have_no_changes() -> None:
    diff = word_diff("a  b\nc", "a b c")
    assert not diff.changed and diff.similarity == 1.0


ROWS = [
    FigureRow(
        clause="§ 5 Steuersatz",
        issuer="Gemeinde Aichelberg",
        document_id="a",
        kind="Betrag",
        value=150.0,
        unit="€",
        label="für jeden Hund",
        section="§ 5 Steuersatz",
    ),
    FigureRow(
        clause="§ 5 Steuersatz",
        issuer="Stadt Konstanz",
        document_id="b",
        kind="Betrag",
        value=1500.5,
        unit="€",
        label="für jeden weiteren Hund",
        section="§ 5 Steuersatz",
    ),
]


def test_csv_reads_back_in_german_excel_dialect() -> None:
    data = to_csv(ROWS)
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == HEADER
    assert rows[2][1] == "Stadt Konstanz" and rows[2][4] == "1.500,50"


def test_xlsx_reads_back_with_numbers() -> None:
    book = load_workbook(io.BytesIO(to_xlsx(ROWS)))
    sheet = book["Werte"]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == HEADER
    assert values[1][1] == "Gemeinde Aichelberg" and values[1][4] == 150
    assert values[2][4] == 1500.5
