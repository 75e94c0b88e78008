"""A figures table as CSV and XLSX, for members who continue in a spreadsheet.

Two layouts: side by side (one line per value, one column per city: what members compare) and
the long list (one row per value, with where it stands). The XLSX file holds both sheets.

CSV uses the German Excel dialect (semicolon, decimal comma, UTF-8 with BOM) so that a
double-click opens it correctly in a German Excel; XLSX keeps numbers as numbers.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from compare.figure_table import FigureRow, FigureTable, german_number

HEADER = ["Klausel", "Kommune", "Dokument", "Art", "Wert", "Einheit", "Bezeichnung", "Fundstelle"]
WIDE_HEADER = ["Klausel", "Bezeichnung", "Art", "Einheit"]  # then one column per city


def _wide_rows(table: FigureTable) -> list[list[str | float | None]]:
    out: list[list[str | float | None]] = []
    for line in table.lines:
        values: list[str | float | None] = []
        for column in table.columns:
            cell = line.cells.get(column.document_id)
            values.append(cell.value if cell else None)
        out.append([table.clause, line.label, line.kind, line.unit, *values])
    return out


def _cells(row: FigureRow) -> list[str | float]:
    return [
        row.clause,
        row.issuer,
        row.document_id,
        row.kind,
        row.value,
        row.unit,
        row.label,
        row.section,
    ]


def to_csv(rows: list[FigureRow]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        cells = _cells(row)
        cells[4] = german_number(row.value)
        writer.writerow(cells)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_to_csv(table: FigureTable) -> bytes:
    """Side by side: one line per value, one column per city; an empty cell where a city has
    no such value."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([*WIDE_HEADER, *(c.name for c in table.columns)])
    for cells in _wide_rows(table):
        writer.writerow(
            ["" if c is None else german_number(c) if isinstance(c, float) else c for c in cells]
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def table_to_xlsx(table: FigureTable, rows: list[FigureRow]) -> bytes:
    """Sheet "Vergleich" side by side, sheet "Werte" the long list with the sections."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Vergleich"
    sheet.append([*WIDE_HEADER, *(c.name for c in table.columns)])
    for cells in _wide_rows(table):
        sheet.append(cells)
    for n, width in enumerate([30, 40, 10, 10] + [22] * len(table.columns)):
        sheet.column_dimensions[get_column_letter(n + 1)].width = width
    sheet.freeze_panes = "C2"
    _long_sheet(book.create_sheet("Werte"), rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def to_xlsx(rows: list[FigureRow]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    _long_sheet(sheet, rows)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _long_sheet(sheet: Worksheet, rows: list[FigureRow]) -> None:
    sheet.title = "Werte"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(_cells(row))
    for column, width in zip("ABCDEFGH", (30, 24, 38, 10, 12, 12, 40, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
