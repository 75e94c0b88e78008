"""ISO calendar weeks ("2026-W47"): the Nachrichtendienst appears once per week, and German
offices name weeks "KW 47/2026"."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel

from fundus.errors import InvalidRequest

_WEEK = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


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
    found = _WEEK.match(value or "")
    if found:
        year, week = int(found.group(1)), int(found.group(2))
        try:
            dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            pass
        else:
            return IsoWeek(year=year, week=week)
    raise InvalidRequest(f"„{value}“ ist keine Kalenderwoche. Bitte im Format 2026-W47 angeben.")


def week_of(day: dt.date) -> IsoWeek:
    year, week, _ = day.isocalendar()
    return IsoWeek(year=year, week=week)
