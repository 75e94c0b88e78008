"""Migration 0006 on SQLite and PostgreSQL: an existing subscription's feed token keeps
working as its hash; down to 0004 and up again."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from core.database import _alembic_config
from tests.db_servers import postgres_server


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fundus.sqlite3'}"
        return
    try:
        server = postgres_server(tmp_path / "pg")
        found = server.__enter__()
    except (RuntimeError, OSError) as exc:
        pytest.skip(f"PostgreSQL not available: {exc}")
    try:
        yield found
    finally:
        server.__exit__(None, None, None)


def _to(url: str, revision: str, *statements: str) -> list[str]:
    engine = create_engine(url)
    config = _alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        if revision.startswith("-"):
            command.downgrade(config, revision[1:])
        else:
            command.upgrade(config, revision)
        for statement in statements:
            connection.execute(text(statement))
        columns = [c["name"] for c in inspect(connection).get_columns("subscriptions")]
    engine.dispose()
    return columns


def test_0006_up_down_up(url: str) -> None:
    _to(
        url, "0005",
        "INSERT INTO api_keys (name, role, key_hash, prefix, created_at) "
        "VALUES ('Stadt Musterstadt', 'member', 'h', 'fdk_x', CURRENT_TIMESTAMP)",
        "INSERT INTO subscriptions (key_id, name, filters, email, mode, token, created_at) "
        "VALUES (1, 'Grundsteuer', '{}', 'a@musterstadt.de', 'sofort', 'geheim', CURRENT_TIMESTAMP)",
    )  # fmt: skip
    columns = _to(url, "head")
    assert "token" not in columns and {"token_hash", "user_id"} <= set(columns)
    engine = create_engine(url)
    with engine.connect() as connection:
        stored = connection.execute(text("SELECT token_hash FROM subscriptions")).scalar_one()
    engine.dispose()
    assert stored == hashlib.sha256(b"geheim").hexdigest()
    assert "token" in _to(url, "-0004")
    assert "token_hash" in _to(url, "head")
