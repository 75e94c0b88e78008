"""A figures table as CSV and XLSX, for members who continue in a spreadsheet.

CSV uses the German Excel dialect (semicolon, decimal comma, UTF-8 with BOM) so that a
double-click opens it correctly in a German Excel; XLSX keeps numbers as numbers.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from pydantic import BaseModel

HEADER = ["Klausel", "Kommune", "Dokument", "Art", "Wert", "Einheit", "Bezeichnung", "Fundstelle"]


class FigureRow(BaseModel):
    """One value of one city in the cross-city table of a clause."""

    clause: str
    issuer: str
    document_id: str
    kind: str
    value: float
    unit: str
    label: str
    section: str


def _german(value: float) -> str:
    text = f"{value:,.2f}" if value != int(value) else f"{int(value):,}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


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
        cells[4] = _german(row.value)
        writer.writerow(cells)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def to_xlsx(rows: list[FigureRow]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Werte"
    sheet.append(HEADER)
    for row in rows:
        sheet.append(_cells(row))
    for column, width in zip("ABCDEFGH", (30, 24, 38, 10, 12, 12, 40, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
