"""Docs are tested: every CLI command and every setting must appear in the README."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer.main

from core.settings import Settings
from fundus.cli import app

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str = "fundus") -> list[tuple[str, Any]]:
    """Walks the click-style command tree (typer ships its own click fork, so duck-typed)."""
    found = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        if hasattr(command, "commands"):
            found.extend(_commands(command, full))
        else:
            found.append((full, command))
    return found


def test_every_command_is_documented_and_has_help() -> None:
    group = typer.main.get_command(app)
    commands = _commands(group)
    assert len(commands) >= 8
    for name, command in commands:
        assert f"`{name}" in README, f"{name} missing from README"
        assert (command.help or "").strip(), f"{name} has no help text"


def test_every_setting_is_documented() -> None:
    for name, field in Settings.model_fields.items():
        variable = f"FUNDUS_{name.upper()}"
        assert variable in README, f"{variable} missing from README"
        assert field.description, f"{name} has no description"
