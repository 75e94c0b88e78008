"""ISO calendar weeks ("2026-W47"): the Nachrichtendienst appears once per week, and German
offices name weeks "KW 47/2026", "KW 47" or "47/2026"; all of these are understood."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from core.errors import InvalidRequest, NotFound
from core.values import EARLIEST_DATE, LATEST_DATE

# "2026-W47", "2026W47", "KW 47/2026", "KW47 2026", "47/2026", "47.2026", "KW 47", "47"
_ISO = re.compile(r"(\d{4})\s*-?\s*W\s*(\d{1,2})", re.IGNORECASE)
_GERMAN = re.compile(r"(?:KW\s*)?(\d{1,2})(?:\s*[/. ]\s*(\d{4}))?", re.IGNORECASE)
WEEK_EXAMPLES = "KW 47, 47/2026 oder 2026-W47"


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


def parse_week(value: str, *, today: dt.date | None = None) -> IsoWeek:
    """'2026-W47', 'KW 47/2026', '47/2026' -> IsoWeek. Without a year ('KW 47') the latest week
    of that number that has begun (in January 'KW 52' is last year's). A malformed value is a
    bad request, a week the calendar does not have (W53 of a 52-week year) is not found."""
    text = " ".join((value or "").split())
    iso = _ISO.fullmatch(text)
    german = None if iso else _GERMAN.fullmatch(text)
    if iso:
        year, week = int(iso.group(1)), int(iso.group(2))
    elif german:
        week = int(german.group(1))
        year = int(german.group(2)) if german.group(2) else _latest_year_of(week, today)
    else:
        raise InvalidRequest(
            f"„{value}“ ist keine Kalenderwoche. Bitte so angeben: {WEEK_EXAMPLES}."
        )
    if not EARLIEST_DATE.year <= year <= LATEST_DATE.year:
        raise NotFound(f"Für die Kalenderwoche {value} gibt es keine Dokumente.")
    try:
        dt.date.fromisocalendar(year, week, 1)
    except ValueError:
        raise NotFound(f"Die Kalenderwoche {value} gibt es nicht.") from None
    return IsoWeek(year=year, week=week)


def _latest_year_of(week: int, today: dt.date | None) -> int:
    today = today or dt.date.today()
    this_year = today.isocalendar()[0]
    if 1 <= week <= 53:
        try:
            if dt.date.fromisocalendar(this_year, week, 1) <= today:
                return this_year
        except ValueError:  # W53 in a 52-week year: last year's, if it had one
            pass
    return this_year - 1


def week_of(day: dt.date) -> IsoWeek:
    year, week, _ = day.isocalendar()
    return IsoWeek(year=year, week=week)


def last_complete_week(today: dt.date | None = None) -> IsoWeek:
    """The week before the current one: the current week is still being written, so its
    Nachrichtendienst is incomplete (and on a Monday empty)."""
    return week_of((today or dt.date.today()) - dt.timedelta(days=7))
