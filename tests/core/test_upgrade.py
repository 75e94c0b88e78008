"""A data folder made by the previous version (schema 0004, before the redesign and the
access-leak fix) opens: migrations bring it to head, and the index payloads are rewritten from
the database once, which closes any gap an interrupted edit of the old version left."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from core.database import _alembic_config
from encoder.embedding import Encoder
from index.protocol import Filter, Match
from ingest.api import ingest_paths
from runtime.resources import Resources
from search_api.main import create_app
from tests.conftest import local_settings
from tests.documents.index_check import compare_index_with_database
from tests.search_api.access_fixture import MARKERS, _write_documents


def _downgrade(url: str, revision: str) -> None:
    """The schema a previous version left (its data, ingested by this one, stays)."""
    engine = create_engine(url)
    config = _alembic_config(url)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    engine.dispose()


def _make_previous_version_folder(tmp_path: Path, model_dir: Path, encoder: Encoder) -> Path:
    settings = local_settings(tmp_path / "data", model_dir)
    _write_documents(tmp_path / "docs")
    with Resources(settings, encoder=encoder) as resources:
        ingest_paths([tmp_path / "docs"], resources, progress=False)
        with resources.db() as session:
            staff_id = session.execute(
                text("SELECT id FROM documents WHERE access = 'staff' AND source_key = 'dok-staff'")
            ).scalar_one()
        # What the old version could leave behind: the index more open than the database.
        resources.store.set_payload(
            Filter(must=[Match(key="document_id", any=[staff_id])]), {"access": "public"}
        )
        resources.store.flush()
    _downgrade(settings.sqlalchemy_url, "0004")
    return settings.data_dir


def test_previous_data_folder_opens_and_is_reconciled(
    tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    data_dir = _make_previous_version_folder(tmp_path, model_dir, encoder)
    with Resources(local_settings(data_dir, model_dir), encoder=encoder) as resources:
        assert compare_index_with_database(resources).more_open != []  # the old leak is there
        with TestClient(create_app(resources.settings, resources=resources)) as client:
            hits = client.post("/search", json={"query": MARKERS["staff"], "limit": 50}).json()
            assert MARKERS["staff"].lower() not in str(hits).lower()
            assert client.get("/ready").status_code == 200
        assert compare_index_with_database(resources).differing == []
        with resources.db() as session:
            version = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert version == "0007"


def test_index_payloads_get_the_version_fields(
    tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    """A folder of schema 0006 whose index predates the version fields (issue 15): the first
    start writes them from the database, so the current-only search can filter on them."""
    settings = local_settings(tmp_path / "data", model_dir)
    _write_documents(tmp_path / "docs")
    with Resources(settings, encoder=encoder) as resources:
        ingest_paths([tmp_path / "docs"], resources, progress=False)
        with resources.db() as session:
            public_id = session.execute(
                text("SELECT id FROM documents WHERE source_key = 'dok-public'")
            ).scalar_one()
            session.execute(
                text("UPDATE documents SET meta = json_set(meta, '$.extra.superseded_by', "
                     "'dok-members') WHERE id = :id"),
                {"id": public_id},
            )  # fmt: skip
            session.commit()
        # the old index: no version fields at all
        resources.store.set_payload(
            Filter(must=[Match(key="document_id", any=[public_id])]),
            {"version": None, "superseded_by": None},
        )
        resources.store.flush()
    _downgrade(settings.sqlalchemy_url, "0006")

    with Resources(settings, encoder=encoder) as resources:
        with TestClient(create_app(resources.settings, resources=resources)) as client:
            found = client.post("/search", json={"query": MARKERS["public"]}).json()
            assert "dok-public" not in {h["external_id"] for h in found["hits"]}
        points, _ = resources.store.scroll(
            Filter(must=[Match(key="document_id", any=[public_id])]), limit=10
        )
        assert {p.payload["version"] for p in points} == {"ersetzt"}
        assert {p.payload["superseded_by"] for p in points} == {"dok-members"}
