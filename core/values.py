"""Values from outside (front matter, PATCH bodies) made safe to store and to serialise:
no control characters (a NUL or BEL in a title makes the Atom feed ill-formed XML), dates in a
range a municipal document can have (0001-01-01 or 9999-12-31 overflow week and day
arithmetic downstream)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated

from pydantic import AfterValidator, Field

# C0 and C1 controls except tab, line feed and carriage return; XML 1.0 forbids most of them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
EARLIEST_DATE = dt.date(1800, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)


def strip_controls(value: str) -> str:
    return _CONTROL.sub("", value)


def sane_date(value: dt.date) -> dt.date:
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        raise ValueError(
            f"Das Datum {value.isoformat()} liegt außerhalb von {EARLIEST_DATE.year} bis "
            f"{LATEST_DATE.year}."
        )
    return value


def _non_empty(value: str) -> str:
    if not value.strip():
        raise ValueError("Der Text ist leer (nach Entfernen der Steuerzeichen).")
    return value


CleanText = Annotated[str, AfterValidator(strip_controls)]
CleanTitle = Annotated[str, AfterValidator(strip_controls), AfterValidator(_non_empty)]
# The pattern tells API clients (and the schema tests) the range, which JSON Schema's "date"
# format cannot express.
SaneDate = Annotated[
    dt.date,
    AfterValidator(sane_date),
    Field(json_schema_extra={"pattern": r"^(18|19|20|21)\d\d-\d\d-\d\d$"}),
]
