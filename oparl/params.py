"""Importer settings: `FUNDUS_OPARL__CONCURRENCY=2` etc.

Shaped to become `Settings.oparl` (a nested model, same environment names) once wired into
`core/settings.py`; until then `load_params()` reads the same variables itself.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class OparlParams(BaseModel):
    concurrency: int = Field(default=4, ge=1, le=32, description="Requests at a time per server.")
    requests_per_second: float = Field(
        default=5.0, ge=0, description="Polite request rate per server (0 = unlimited)."
    )
    retries: int = Field(default=3, ge=0, le=10, description="Retries of HTTP 5xx/429/timeouts.")
    backoff_s: float = Field(default=1.0, ge=0, description="First retry delay (doubles).")
    timeout_s: float = Field(default=60.0, gt=0, description="Time limit per request.")
    overlap_s: int = Field(
        default=60,
        ge=0,
        description="modified_since is the last sync's start minus this (clock skew margin).",
    )
    download_dir: Path | None = Field(
        default=None,
        description="Download folder (default DATA_DIR/oparl); one ingestion root of the API.",
    )


class _OparlEnv(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="FUNDUS_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    oparl: OparlParams = Field(default_factory=OparlParams)


def load_params() -> OparlParams:
    return _OparlEnv().oparl


def download_root(params: OparlParams, data_dir: Path) -> Path:
    return params.download_dir or data_dir / "oparl"
