"""Engine creation and migrations: every entrypoint opens the database through `open_database`,
which brings the schema to the newest migration first."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import sessionmaker

from core.data_dir import check_sqlite_file, prepare_data_dir
from core.errors import DataDirUnusable
from core.settings import Settings

_MIGRATIONS = Path(__file__).parent / "migrations"


def _alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def open_database(settings: Settings) -> sessionmaker:
    """Checks the data folder and the database file first (core/data_dir.py): a damaged or
    read-only one is a German DataDirUnusable, never a traceback or a new empty database."""
    prepare_data_dir(settings.data_dir)
    url = settings.sqlalchemy_url
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        if engine.url.database:
            check_sqlite_file(Path(engine.url.database))
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        migrate(engine, url)
    except DatabaseError as exc:
        engine.dispose()
        raise DataDirUnusable(
            f"Die Datenbank ist nicht nutzbar: {exc.orig or exc}. Bitte Datei und Rechte prüfen "
            "oder aus einer Sicherung wiederherstellen (`fundus restore`)."
        ) from None
    return sessionmaker(engine, expire_on_commit=False)


def migrate(engine: Engine, url: str) -> None:
    config = _alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    """WAL lets the API read while an ingestion writes; busy_timeout waits instead of failing."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()
