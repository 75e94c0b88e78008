"""Request and error schemas of the API only; the shapes the UI shares live in core/schemas.py."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class IngestRequest(BaseModel):
    paths: list[str] = Field(min_length=1)
    source: str | None = None
    prune: bool = False


class Problem(BaseModel):
    """RFC 9457 problem details; `detail` is German and safe to show to users."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    instance: str | None = None


def _problem(description: str) -> dict[str, Any]:
    return {
        "model": Problem,
        "description": description,
        "content": {"application/problem+json": {}},
    }


PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: _problem("API-Schlüssel im falschen Format, ist unbekannt oder widerrufen"),
    403: _problem("Rolle reicht nicht aus"),
    404: _problem("Nicht gefunden (auch: nicht sichtbar für diese Rolle)"),
    413: _problem("Anfrage zu groß"),
    422: _problem("Ungültige Eingabe"),
    429: _problem("Zu viele Anfragen"),
    503: _problem("Zeitüberschreitung oder nicht bereit"),
}
