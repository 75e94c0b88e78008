"""Calendar weeks as offices write them: "KW 47", "47/2026", "2026-W47"; the default week."""

from __future__ import annotations

import datetime as dt

import pytest

from core.errors import InvalidRequest, NotFound
from core.weeks import last_complete_week, parse_week


@pytest.mark.parametrize(
    "value",
    ["2026-W47", "2026W47", "2026-w47", "KW 47/2026", "KW47/2026", "kw 47 2026", "47/2026",
     "47.2026", " KW 47 ", "KW 47", "47"],
)  # fmt: skip
def test_the_week_field_takes_the_ways_offices_write_a_week(value: str) -> None:
    today = dt.date(2026, 12, 7)
    assert str(parse_week(value, today=today)) == "2026-W47"


def test_a_week_without_a_year_is_the_latest_that_has_begun() -> None:
    assert str(parse_week("KW 52", today=dt.date(2027, 1, 6))) == "2026-W52"
    assert str(parse_week("KW 1", today=dt.date(2027, 1, 6))) == "2027-W01"
    assert str(parse_week("KW 53", today=dt.date(2027, 3, 1))) == "2026-W53"


@pytest.mark.parametrize("value", ["", "Woche 47", "2026-47", "KW 47/26x", "W47"])
def test_a_malformed_week_is_refused_in_german(value: str) -> None:
    with pytest.raises(InvalidRequest, match="KW 47, 47/2026 oder 2026-W47"):
        parse_week(value)


def test_a_week_the_calendar_does_not_have_is_not_found() -> None:
    with pytest.raises(NotFound):
        parse_week("KW 54/2026")
    with pytest.raises(NotFound):
        parse_week("2025-W53")  # 2025 has 52 ISO weeks


def test_the_default_week_is_the_last_complete_one() -> None:
    assert str(last_complete_week(dt.date(2026, 11, 23))) == "2026-W47"  # a Monday
    assert str(last_complete_week(dt.date(2026, 11, 29))) == "2026-W47"  # a Sunday
    assert str(last_complete_week(dt.date(2027, 1, 4))) == "2026-W53"
