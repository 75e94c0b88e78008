"""Plain JSON values from what YAML front matter, pydantic models and edits hold."""

from __future__ import annotations

import datetime as dt
from typing import Any


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, tuples as lists, keys as strings, anything else unknown as its
    string: payloads and JSON columns take only plain JSON."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
