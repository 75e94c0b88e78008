"""The relational store on SQLite (default) and on a real PostgreSQL where one can be started."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from core.database import open_database
from core.settings import Settings
from encoder.embedding import Encoder
from ingest.api import ingest_paths
from runtime.resources import Resources
from tests.db_servers import postgres_server
from tests.fixtures.builders import write_good_files


def test_sqlite_default_lives_in_the_data_dir(settings: Settings) -> None:
    db = open_database(settings)
    assert (settings.data_dir / "fundus.sqlite3").exists()
    tables = inspect(db.kw["bind"]).get_table_names()
    assert {"documents", "alembic_version"} <= set(tables)


def test_migrations_run_twice_without_harm(settings: Settings) -> None:
    open_database(settings)
    open_database(settings)


def test_ingest_on_postgresql(tmp_path: Path, settings: Settings, encoder: Encoder) -> None:
    try:
        server = postgres_server(tmp_path / "pg")
        url = server.__enter__()
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        pg_settings = settings.model_copy(update={"database_url": url})
        write_good_files(tmp_path / "eingang")
        with Resources(pg_settings, encoder=encoder) as resources:
            first = ingest_paths([tmp_path / "eingang"], resources, progress=False)
            again = ingest_paths([tmp_path / "eingang"], resources, progress=False)
        assert first.documents_written == 6 and first.failed == []
        assert again.documents_written == 0 and again.unchanged == 6
    finally:
        server.__exit__(None, None, None)
