"""End to end with the real model: OParl server -> sync -> normal ingestion -> index."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from core.models import SearchQuery
from core.settings import Settings
from core.tables import DocumentRow
from encoder.embedding import Encoder
from oparl.handoff import local_ingestor
from oparl.state import OparlState
from runtime.resources import Resources
from tests.conftest import CORPUS, local_settings
from tests.oparl.conftest import register, sync
from tests.oparl.server import OparlServer, World

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def _rows(resources: Resources) -> dict[str, DocumentRow]:
    with resources.db() as session:
        rows = list(session.scalars(select(DocumentRow)))
    return {r.source_key: r for r in rows if r.source.startswith("oparl:")}


def _assert_index_matches(resources: Resources, world: World, state: OparlState, name: str) -> None:
    """One indexed document per live File, named and titled as the server says; no others."""
    rows = _rows(resources)
    files = state.files(name)
    expected = {files[world.url(f"/file/{fid}")]["local_name"]: fid for fid in world.live_files()}
    assert set(rows) == set(expected)
    assert all(r.state == "indexed" and r.access == "public" for r in rows.values())
    for key, fid in expected.items():
        extra = rows[key].meta.get("extra", rows[key].meta)
        assert extra["oparl_file"] == world.url(f"/file/{fid}")
        papers = [p for p in world.papers.values() if not p.deleted and fid in world._file_ids(p)]
        assert {p["reference"] for p in extra["papers"]} == {p.reference for p in papers}
    points = {p.payload["source_key"] for p in resources.store.scroll(None, limit=10_000)[0]}
    assert points == set(expected)


def test_two_syncs_keep_the_index_equal_to_the_server(
    tmp_path: Path, server: OparlServer, world: World, state: OparlState, resources: Resources
) -> None:
    info = register(state, server)
    ingest = local_ingestor(resources)
    first = sync(info, state, tmp_path / "dl", ingest)
    assert first.skipped == [] and first.bodies[0].ingest["documents_written"] >= 200
    _assert_index_matches(resources, world, state, info.name)

    server.reset_counts()
    world.add_paper(topic=2)
    world.modify_paper(
        20,
        name="Beschlussvorlage: Neue Hundesteuersatzung",
        new_text="Der Steuersatz für Kampfhunde steigt auf 900 Euro.",
    )
    world.delete_paper(22)
    world.drop_attachment(28)
    second = sync(info, state, tmp_path / "dl", ingest)
    assert second.skipped == [] and second.requests == server.counts["total"] == 7
    report = second.bodies[0].ingest
    assert report["documents_written"] == 2 and report["removed"] == 2
    _assert_index_matches(resources, world, state, info.name)
    rows = _rows(resources)
    changed = next(
        r for r in rows.values() if r.title == "Beschlussvorlage: Neue Hundesteuersatzung"
    )
    assert "900 Euro" in changed.text


def test_search_finds_a_council_paper_next_to_the_associations_documents(
    tmp_path: Path, resources: Resources
) -> None:
    from core.access import levels_for
    from ingest.api import ingest_paths

    world = World.generated(papers=24)
    state = OparlState(tmp_path / "state.sqlite")
    with OparlServer(world) as server:
        info = register(state, server)
        sync(info, state, tmp_path / "dl", local_ingestor(resources))
    own = tmp_path / "verband"
    own.mkdir()
    for path in sorted((CORPUS / "documents").rglob("*.md"))[:12]:
        shutil.copy(path, own / path.name)
    ingest_paths([own], resources, source="verband", progress=False)
    query = SearchQuery(
        query="Elternbeiträge Kindertagesstätten nach Einkommen gestaffelt", limit=10
    )
    result = resources.searcher.search(query, access=levels_for("public"))
    top = result.hits[0]
    assert top.title.endswith("Elternbeiträge für Kindertageseinrichtungen"), top.title
    row = _rows(resources)[top.source_key]
    extra = row.meta.get("extra", row.meta)
    assert row.meta["issuer"] == "Stadt Musterstadt" and row.source == "oparl:stadt-musterstadt"
    assert top.issuer == "Stadt Musterstadt"  # the "Kommune" facet and filter
    assert row.meta.get("number") == "DS 1/2024" or extra["papers"][0]["reference"].startswith("DS")
    assert {h.source_key for h in result.hits} & set(_rows(resources))
    # a member sees the association's documents (most are for members) next to the papers
    broad = resources.searcher.search(
        SearchQuery(query="Satzung Gebühren", limit=50), access=levels_for("member")
    )
    sources = {h.source_key in _rows(resources) for h in broad.hits}
    assert sources == {True, False}  # council papers and the association's documents together


def _subprocess_env(settings: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FUNDUS_")}
    env.update(
        PYTHONPATH=str(ROOT),
        HF_HUB_OFFLINE="1",
        FUNDUS_DATA_DIR=str(settings.data_dir),
        FUNDUS_MODEL_DIR=str(settings.model_dir),
        FUNDUS_TAXONOMY_FILE=str(CORPUS / "taxonomy.yaml"),
        FUNDUS_API_URL="http://127.0.0.1:9",  # never an API someone else runs
        FUNDUS_OPARL__CONCURRENCY="1",
        FUNDUS_OPARL__REQUESTS_PER_SECOND="0",
        FUNDUS_OPARL__OVERLAP_S="0",
        FUNDUS_INGEST_BATCH_FILES="4",  # several batches: the kill lands between them
    )
    return env


def _start_sync(settings: Settings, cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "oparl.cli", "sync"],
        env=_subprocess_env(settings),
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_for(condition, process: subprocess.Popen[bytes], timeout: float = 120) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition():
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        assert time.monotonic() < deadline, "condition not reached"
        time.sleep(0.02)


def _documents_in_db(data_dir: Path) -> int:
    path = data_dir / "fundus.sqlite3"
    if not path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1) as conn:
            return conn.execute("select count(*) from documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_a_sync_killed_twice_ends_like_an_uninterrupted_one(
    tmp_path: Path, model_dir: Path, encoder: Encoder
) -> None:
    world = World.generated(papers=40)
    with OparlServer(world, file_delay_s=0.03) as server:
        # Reference: one uninterrupted sync.
        reference = local_settings(
            tmp_path / "ref", model_dir, taxonomy_file=CORPUS / "taxonomy.yaml"
        )
        ref_state = OparlState.in_data_dir(reference.data_dir)
        info = register(ref_state, server)
        with Resources(reference, encoder=encoder) as res:
            sync(info, ref_state, reference.data_dir / "oparl", local_ingestor(res))
            ref_rows = {k: (r.title, r.content_hash, r.chunk_count) for k, r in _rows(res).items()}
            ref_points = res.store.count()

        killed = local_settings(
            tmp_path / "killed", model_dir, taxonomy_file=CORPUS / "taxonomy.yaml"
        )
        state = OparlState.in_data_dir(killed.data_dir)
        register(state, server)
        folder = killed.data_dir / "oparl" / info.slug
        # Kill 1: halfway through the downloads.
        process = _start_sync(killed, tmp_path)
        _wait_for(lambda: folder.exists() and len(list(folder.glob("*.pdf"))) >= 15, process)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert len(list(folder.glob("*.pdf"))) < len(world.live_files())  # landed mid-download
        # Kill 2: while the ingestion writes documents.
        process = _start_sync(killed, tmp_path)
        _wait_for(lambda: _documents_in_db(killed.data_dir) > 0, process, timeout=300)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert _documents_in_db(killed.data_dir) < len(world.live_files())  # mid-ingestion
        assert state.watermark(info.name, world.url("/body/1"), "paper") is None
        # Restart and finish.
        process = _start_sync(killed, tmp_path)
        _, err = process.communicate(timeout=600)
        assert process.returncode == 0, err.decode()

    with Resources(killed, encoder=encoder) as res:
        rows = {k: (r.title, r.content_hash, r.chunk_count) for k, r in _rows(res).items()}
        assert rows == ref_rows and len(rows) == len(world.live_files())
        assert res.store.count() == ref_points
    ref_folder = reference.data_dir / "oparl" / info.slug
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == {
        p.name: p.read_bytes() for p in ref_folder.iterdir()
    }
    assert state.dump() == ref_state.dump()
