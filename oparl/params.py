"""Where the importer's settings live: `Settings.oparl` (core/settings.py, FUNDUS_OPARL__*)."""

from __future__ import annotations

from pathlib import Path

from core.settings import OparlParams, get_settings


def load_params() -> OparlParams:
    return get_settings().oparl


def download_root(params: OparlParams, data_dir: Path) -> Path:
    return params.download_dir or data_dir / "oparl"
