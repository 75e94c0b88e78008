"""Backup and restore: a restored data dir answers searches exactly like the original."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import IndexLocked, InvalidRequest
from core.models import SearchQuery
from core.settings import Settings
from encoder.embedding import Encoder
from fundus.backup import MANIFEST, backup, restore
from ingest.api import ingest_paths
from runtime.resources import Resources
from search.retrieval import Searcher
from tests.fixtures.builders import write_good_files

QUERIES = ["Hundesteuer für Kampfhunde", "Gebühren für Urnengräber", "Betriebskosten der Kita"]
ALL = {"public", "members", "staff"}


def _results(resources: Resources) -> list[list[str]]:
    searcher = Searcher(resources.store, resources.encoder, resources.sparse_encoder)
    return [
        [hit.document_id for hit in searcher.search(SearchQuery(query=q), access=ALL).hits]
        for q in QUERIES
    ]


def test_backup_then_restore_into_an_empty_data_dir_gives_the_same_results(
    tmp_path: Path, settings: Settings, encoder: Encoder
) -> None:
    write_good_files(tmp_path / "eingang")
    with Resources(settings, encoder=encoder) as resources:
        ingest_paths([tmp_path / "eingang"], resources, progress=False)
        before = _results(resources)
        with pytest.raises(IndexLocked):  # an open index (a running serve) is not copied
            backup(settings, tmp_path / "gesperrt")
    assert all(before)

    manifest = backup(settings, tmp_path / "sicherung")
    assert manifest.documents == manifest.documents_indexed == 6
    assert manifest.collections == {"fundus": manifest.chunks} and manifest.chunks >= 6
    assert manifest.originals == 6  # the text files and the binary ones
    assert json.loads((tmp_path / "sicherung" / MANIFEST).read_text())["documents"] == 6

    target = settings.model_copy(update={"data_dir": tmp_path / "wiederhergestellt"})
    restored = restore(target, tmp_path / "sicherung")
    assert restored.documents == 6
    with Resources(target, encoder=encoder) as resources:
        assert _results(resources) == before

    with pytest.raises(InvalidRequest, match="nicht leer"):
        restore(target, tmp_path / "sicherung")
    with pytest.raises(InvalidRequest, match="nicht leer"):
        backup(settings, tmp_path / "sicherung")


def test_postgres_and_qdrant_server_are_refused_with_advice(
    tmp_path: Path, settings: Settings
) -> None:
    postgres = settings.model_copy(update={"database_url": "postgresql+psycopg://x@db/fundus"})
    with pytest.raises(InvalidRequest, match="pg_dump"):
        backup(postgres, tmp_path / "b")
    server = settings.model_copy(update={"qdrant_url": "http://qdrant:6333"})
    with pytest.raises(InvalidRequest, match="Snapshots"):
        restore(server, tmp_path / "b")
    with pytest.raises(InvalidRequest, match="keine vollständige"):
        restore(settings, tmp_path)
