"""Fundus installs its layer folders as top-level packages of its own environment; nothing else
installed there may ship the same names, or one would silently shadow the other."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

PYPROJECT = tomllib.loads(
    (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8")
)
LAYERS = PYPROJECT["tool"]["importlinter"]["root_packages"]


def test_no_other_distribution_ships_our_packages() -> None:
    owners = importlib.metadata.packages_distributions()
    clashes = {
        name: sorted(set(owners[name]) - {"fundus"})
        for name in LAYERS
        if set(owners.get(name, [])) - {"fundus"}
    }
    assert clashes == {}


def test_every_layer_is_packaged_and_type_checked() -> None:
    include = set(PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"])
    assert {name for name in LAYERS} <= include
    assert set(LAYERS) == set(PYPROJECT["tool"]["mypy"]["files"])
    root = Path(__file__).resolve().parents[2]
    on_disk = {p.parent.name for p in root.glob("*/__init__.py")} - {"tests"}
    assert on_disk == set(LAYERS)


def test_the_image_copies_every_layer() -> None:
    dockerfile = (Path(__file__).resolve().parents[2] / "Dockerfile").read_text(encoding="utf-8")
    copied = {line.split()[1] for line in dockerfile.splitlines() if line.startswith("COPY ")}
    assert set(LAYERS) <= copied
