"""While `fundus serve` owns the embedded index, the sync hands its folder to the API."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from core.errors import FundusError
from core.keys import create_key
from core.settings import Settings
from oparl.handoff import api_ingestor
from oparl.state import OparlState
from runtime.resources import Resources
from search_api.main import create_app
from tests.oparl.conftest import register, sync
from tests.oparl.server import OparlServer, World

pytestmark = pytest.mark.slow


@pytest.fixture
def api(settings: Settings, resources: Resources) -> Iterator[Settings]:
    """The real API on a loopback port, owning `resources`; yields the CLI's settings for it."""
    _, key = create_key(resources.db, name="OParl-Import", role="admin")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(settings, resources), log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    yield settings.model_copy(update={"api_url": f"http://127.0.0.1:{port}", "api_key": key})
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_sync_through_the_api(tmp_path: Path, api: Settings, resources: Resources) -> None:
    from pydantic import SecretStr

    settings = api.model_copy(update={"api_key": SecretStr(str(api.api_key))})
    world = World.generated(papers=12)
    state = OparlState(tmp_path / "state.sqlite")
    with OparlServer(world) as server:
        info = register(state, server)
        report = sync(info, state, settings.data_dir / "oparl", api_ingestor(settings))
        assert report.skipped == [] and report.bodies[0].ingest["documents_written"] == len(
            world.live_files()
        )
        world.delete_paper(3)
        again = sync(info, state, settings.data_dir / "oparl", api_ingestor(settings))
    assert again.bodies[0].ingest["removed"] == 1
    nobody = settings.model_copy(update={"api_key": None})
    with pytest.raises(FundusError, match="API 40[13]"):
        api_ingestor(nobody)(Path(report.bodies[0].folder), report.bodies[0].source)
