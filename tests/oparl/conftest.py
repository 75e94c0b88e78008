"""OParl fixtures: a generated council system served over real HTTP on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.report import IngestReport
from oparl.client import OparlClient
from oparl.state import OparlState, SystemInfo
from oparl.sync import SyncReport, sync_system
from tests.oparl.server import OparlServer, World


@pytest.fixture
def world() -> World:
    return World.generated(papers=210)


@pytest.fixture
def server(world: World) -> Iterator[OparlServer]:
    with OparlServer(world) as running:
        yield running


@pytest.fixture
def state(tmp_path: Path) -> Iterator[OparlState]:
    state = OparlState(tmp_path / "oparl-state" / "state.sqlite")
    yield state
    state.close()


def fast_client(**overrides: float) -> OparlClient:
    """No rate limit and short back-off: tests wait for nothing but the server."""
    params: dict[str, float] = {"concurrency": 4, "requests_per_second": 0, "backoff_s": 0.01}
    params.update(overrides)
    return OparlClient(**params)  # type: ignore[arg-type]


def folder_ingestor(folder_log: list[Path] | None = None):  # type: ignore[no-untyped-def]
    """Stands in for the ingestion where only the download folder matters (no model)."""

    def run(folder: Path, source: str) -> IngestReport:
        if folder_log is not None:
            folder_log.append(folder)
        return IngestReport(files=len(pdfs(folder)))

    return run


def pdfs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix == ".pdf" and not p.name.startswith("."))


def register(state: OparlState, server: OparlServer, name: str = "Stadt Musterstadt") -> SystemInfo:
    return state.add_system(name, server.system_url)


def sync(
    info: SystemInfo,
    state: OparlState,
    root: Path,
    ingest=None,
    overlap_s: int = 0,
    **client: float,
) -> SyncReport:  # type: ignore[no-untyped-def]
    """One sync; no overlap by default (one clock), so request counts are exact."""
    with fast_client(**client) as oparl_client:
        return sync_system(
            info, state, oparl_client, root, ingest or folder_ingestor(), overlap_s=overlap_s
        )
