"""Shared fixtures: one real model per test session, a fresh data dir per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing may be fetched at run time

from core.settings import Settings  # noqa: E402
from encoder.embedding import Encoder  # noqa: E402
from runtime.resources import Resources  # noqa: E402

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def model_dir() -> Path:
    """The user's model cache (FUNDUS_MODEL_DIR), so the model is prepared once per machine."""
    return Settings().model_dir


@pytest.fixture(scope="session")
def encoder(model_dir: Path) -> Encoder:
    defaults = Settings()
    encoder = Encoder(
        defaults.embedding_model, model_dir, threads=2, backend=defaults.embedding_backend
    )
    encoder.warm_up()
    return encoder


def local_settings(data_dir: Path, model_dir: Path, **overrides: Any) -> Settings:
    """Embedded engine and SQLite in `data_dir`, whatever the environment or a .env says."""
    return Settings(
        data_dir=data_dir,
        model_dir=model_dir,
        qdrant_url=None,
        database_url=None,
        _env_file=None,  # type: ignore[call-arg]
        **overrides,
    )


@pytest.fixture
def settings(tmp_path: Path, model_dir: Path) -> Settings:
    return local_settings(tmp_path / "data", model_dir)


@pytest.fixture
def resources(settings: Settings, encoder: Encoder) -> Iterator[Resources]:
    with Resources(settings, encoder=encoder) as res:
        yield res


def shared_path(*parts: str) -> Path:
    """A path below ../shared, or a skip where the team's data is absent (a user's machine)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present (../shared is only on team machines)")
    return path


CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.fixture(scope="session")
def sample_resources(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[Resources]:
    """The sample corpus indexed once per session into an embedded index (read-only use)."""
    from ingest.api import ingest_paths

    data_dir = tmp_path_factory.mktemp("sample-data")
    settings = Settings(
        data_dir=data_dir,
        model_dir=model_dir,
        qdrant_url=None,
        database_url=None,
        taxonomy_file=CORPUS / "taxonomy.yaml",
        _env_file=None,  # type: ignore[call-arg]
    )
    with Resources(settings, encoder=encoder) as res:
        report = ingest_paths([CORPUS / "documents"], res, source="beispielkorpus", progress=False)
        assert report.failed == [], report.failed
        yield res
