"""Termine: upcoming meetings of the member cities (from OParl) and the association's own dates.

Council meetings are public OParl data; the association's own dates are for members and staff.
Staff add and remove own dates. Not yet mounted: `app.include_router(termine.router)`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from fastapi import APIRouter, Query, status
from pydantic import BaseModel, Field

from oparl.meetings import Termin, add_own, remove_own, upcoming
from oparl.state import OparlState
from search_api.http.deps import AccessDep, ResourcesDep, StaffDep

router = APIRouter(prefix="/termine", tags=["Termine"])


class TerminCreate(BaseModel):
    title: str = Field(min_length=1, max_length=300)
    start: dt.datetime = Field(description="Mit Zeitzone, z. B. 2025-03-04T10:00:00+01:00.")
    end: dt.datetime | None = None
    gremium: str | None = Field(default=None, max_length=200)
    ort: str | None = Field(default=None, max_length=300)


@contextmanager
def _state(resources: ResourcesDep) -> Iterator[OparlState]:
    state = OparlState.in_data_dir(resources.settings.data_dir)
    try:
        yield state
    finally:
        state.close()


@router.get("", response_model=list[Termin])
def termine(
    resources: ResourcesDep,
    access: AccessDep,
    tage: int | None = Query(default=None, ge=1, le=366, description="Nur die nächsten N Tage."),
) -> list[Termin]:
    """Upcoming meetings, soonest first."""
    with _state(resources) as state:
        items = upcoming(state, days=tage)
    if "members" not in access:
        items = [t for t in items if not t.eigener_termin]
    return items


@router.post("", response_model=Termin, status_code=status.HTTP_201_CREATED)
def termin_anlegen(body: TerminCreate, resources: ResourcesDep, staff: StaffDep) -> Termin:
    """Add one of the association's own dates (staff)."""
    with _state(resources) as state:
        return add_own(
            state, title=body.title, start=body.start, end=body.end,
            gremium=body.gremium, ort=body.ort,
        )  # fmt: skip


@router.delete("/{termin_id}", status_code=status.HTTP_204_NO_CONTENT)
def termin_loeschen(termin_id: str, resources: ResourcesDep, staff: StaffDep) -> None:
    """Remove one of the association's own dates (staff)."""
    with _state(resources) as state:
        remove_own(state, termin_id)
