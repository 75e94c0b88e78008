"""Termine: the fixture's upcoming meetings and the association's own dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from core.errors import InvalidRequest
from oparl.meetings import add_own, remove_own, upcoming
from oparl.state import OparlState
from tests.oparl.conftest import register, sync
from tests.oparl.server import OparlServer, World


def test_upcoming_meetings_after_a_sync(
    tmp_path: Path, server: OparlServer, world: World, state: OparlState
) -> None:
    info = register(state, server)
    sync(info, state, tmp_path / "dl")
    now = world.clock()
    termine = upcoming(state, now=now)
    expected = sorted(
        m.start
        for m in world.meetings.values()
        if m.start >= now.replace(hour=0, minute=0, second=0, microsecond=0)
    )
    assert [t.start for t in termine] == expected and len(termine) >= 6
    first = termine[0]
    assert first.kommune == "Stadt Musterstadt" and first.gremium and first.ort
    assert all(t.start.tzinfo is not None for t in termine)
    assert len(upcoming(state, now=now, days=10)) < len(termine)


def test_own_dates_join_the_list(state: OparlState) -> None:
    start = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    own = add_own(
        state,
        title="Sitzung des Schulausschusses",
        start=start,
        gremium="Schulausschuss",
        ort="Geschäftsstelle",
    )
    termine = upcoming(state)
    assert [t.title for t in termine] == ["Sitzung des Schulausschusses"]
    assert termine[0].kommune == "Verband" and termine[0].gremium == ["Schulausschuss"]
    assert termine[0].eigener_termin
    remove_own(state, own.id)
    assert upcoming(state) == []
    with pytest.raises(InvalidRequest):
        add_own(state, title=" ", start=start)
    with pytest.raises(InvalidRequest):
        add_own(state, title="Ohne Zone", start=start.replace(tzinfo=None))
