"""Termine: upcoming meetings of the imported bodies, and the association's own dates.

Meetings come with every sync (the body's meeting list, incremental like the papers); staff add
the association's own committee dates with `fundus oparl termine --neu ...`. Both are listed
together, soonest first.
"""

from __future__ import annotations

import datetime as dt
import uuid

from pydantic import BaseModel

from core.errors import InvalidRequest, NotFound
from oparl.state import MeetingInfo, OparlState

OWN = ""  # the `system` of the association's own dates


class Termin(BaseModel):
    """One date in the "Termine" list (field names are what the UI shows, in German terms)."""

    id: str
    title: str
    start: dt.datetime
    end: dt.datetime | None = None
    kommune: str  # the city (OParl body), or "Verband" for the association's own dates
    gremium: list[str] = []
    ort: str | None = None
    abgesagt: bool = False
    web: str | None = None
    eigener_termin: bool = False


def upcoming(
    state: OparlState,
    *,
    now: dt.datetime | None = None,
    days: int | None = None,
    include_cancelled: bool = True,
    limit: int = 200,
) -> list[Termin]:
    """Meetings starting from `now` (today's earlier ones included), soonest first."""
    now = now or dt.datetime.now(dt.UTC)
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    until = now + dt.timedelta(days=days) if days is not None else None
    bodies: dict[tuple[str, str], str] = {}
    orgs: dict[str, dict[str, str]] = {}
    out: list[Termin] = []
    for meeting in state.meetings(after=day_start):
        if meeting.start is None or (until is not None and meeting.start > until):
            continue
        if meeting.cancelled and not include_cancelled:
            continue
        if meeting.system not in orgs:
            orgs[meeting.system] = state.organization_names(meeting.system)
            for info in state.bodies(meeting.system):
                bodies[(meeting.system, info[0])] = info[1]
        out.append(
            Termin(
                id=meeting.id,
                title=meeting.name,
                start=meeting.start,
                end=meeting.end,
                kommune="Verband"
                if meeting.system == OWN
                else bodies.get((meeting.system, meeting.body), meeting.system),
                gremium=[orgs[meeting.system].get(o, o) for o in meeting.organizations],
                ort=meeting.location,
                abgesagt=meeting.cancelled,
                web=meeting.web,
                eigener_termin=meeting.system == OWN,
            )
        )
    return out[:limit]


def add_own(
    state: OparlState,
    *,
    title: str,
    start: dt.datetime,
    end: dt.datetime | None = None,
    gremium: str | None = None,
    ort: str | None = None,
) -> Termin:
    """A date of the association's own committees (not from OParl)."""
    title = title.strip()
    if not title:
        raise InvalidRequest("Bitte einen Titel für den Termin angeben.")
    if start.tzinfo is None:
        raise InvalidRequest("Bitte Beginn mit Zeitzone angeben, z. B. 2025-03-04T10:00+01:00.")
    if end is not None and end < start:
        raise InvalidRequest("Das Ende liegt vor dem Beginn.")
    meeting_id = f"verband:{uuid.uuid4()}"
    info = MeetingInfo(
        system=OWN, id=meeting_id, body="verband", name=title, start=start, end=end,
        location=ort, organizations=[gremium] if gremium else [],
    )  # fmt: skip
    state.put_meetings(OWN, [info], [])
    return Termin(
        id=meeting_id, title=title, start=start, end=end, kommune="Verband",
        gremium=[gremium] if gremium else [], ort=ort, eigener_termin=True,
    )  # fmt: skip


def remove_own(state: OparlState, meeting_id: str) -> None:
    if not meeting_id.startswith("verband:"):
        # council meetings come from the city's system; only the association's own dates go
        raise NotFound("Diesen eigenen Termin des Verbands gibt es nicht.")
    state.put_meetings(OWN, [], [meeting_id])
