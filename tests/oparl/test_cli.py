"""`python -m oparl.cli` / `fundus oparl`: registering systems and the Termine list."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from core.settings import get_settings
from oparl.cli import oparl_app
from tests.oparl.server import OparlServer


@pytest.fixture
def cli_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FUNDUS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no .env of the developer
    get_settings.cache_clear()
    yield tmp_path / "data"
    get_settings.cache_clear()


def test_add_list_and_refuse_a_duplicate(cli_env: Path, server: OparlServer) -> None:
    runner = CliRunner()
    added = runner.invoke(oparl_app, ["add", server.system_url, "--name", "Stadt Musterstadt"])
    assert added.exit_code == 0, added.output
    assert "oparl:stadt-musterstadt" in added.output
    listed = runner.invoke(oparl_app, ["list"])
    assert "Stadt Musterstadt" in listed.output and server.system_url in listed.output
    again = runner.invoke(oparl_app, ["add", server.system_url, "--name", "Stadt Musterstadt"])
    assert again.exit_code == 1 and "gibt es schon" in again.output


def test_add_refuses_what_is_not_an_oparl_system(cli_env: Path, server: OparlServer) -> None:
    result = CliRunner().invoke(
        oparl_app, ["add", f"{server.base}/nix", "--name", "Stadt X", "--no-check"]
    )
    assert result.exit_code == 0  # --no-check registers without asking
    result = CliRunner().invoke(
        oparl_app, ["add", f"{server.base}/oparl/paper/9999", "--name", "Stadt Y"]
    )
    assert result.exit_code == 1 and "Fehler" in result.output


def test_sync_of_an_unknown_name_fails_clearly(cli_env: Path) -> None:
    result = CliRunner().invoke(oparl_app, ["sync", "Stadt Unbekannt"])
    assert result.exit_code == 1 and "Kein OParl-System" in result.output


def test_termine_with_an_own_date(cli_env: Path) -> None:
    runner = CliRunner()
    assert "Keine anstehenden Termine" in runner.invoke(oparl_app, ["termine"]).output
    added = runner.invoke(
        oparl_app,
        ["termin-add", "Vorstandssitzung", "--start", "2099-03-04T10:00+01:00", "--ort", "Berlin"],
    )
    assert added.exit_code == 0, added.output
    listed = runner.invoke(oparl_app, ["termine", "--json"])
    items = json.loads(listed.output)
    assert items[0]["title"] == "Vorstandssitzung" and items[0]["kommune"] == "Verband"
    assert "04.03.2099" in runner.invoke(oparl_app, ["termine"]).output
