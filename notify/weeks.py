"""ISO calendar weeks ("2026-W47"): the Nachrichtendienst appears once per week, and German
offices name weeks "KW 47/2026"."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from core.errors import InvalidRequest, NotFound
from core.values import EARLIEST_DATE, LATEST_DATE

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)
WEEK_PATTERN = r"^[0-9]{4}-W[0-9]{2}$"  # what the API documents; parse_week is more lenient


class IsoWeek(BaseModel):
    year: int
    week: int

    @property
    def start(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 1)

    @property
    def end(self) -> dt.date:
        return dt.date.fromisocalendar(self.year, self.week, 7)

    @property
    def label(self) -> str:
        return f"KW {self.week}/{self.year}"

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"

    def contains(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def parse_week(value: str) -> IsoWeek:
    """'2026-W47' -> IsoWeek; a malformed value is a bad request, a week the calendar does not
    have (W53 of a 52-week year) is not found."""
    found = _WEEK.match(value or "")
    if not found:
        raise InvalidRequest(
            f"„{value}“ ist keine Kalenderwoche. Bitte im Format 2026-W47 angeben."
        )
    year, week = int(found.group(1)), int(found.group(2))
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        raise NotFound(f"Für die Kalenderwoche {value} gibt es keine Dokumente.")
    try:
        dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise NotFound(f"Die Kalenderwoche {value} gibt es nicht.") from None
    return IsoWeek(year=year, week=week)


def week_of(day: dt.date) -> IsoWeek:
    year, week, _ = day.isocalendar()
    return IsoWeek(year=year, week=week)
