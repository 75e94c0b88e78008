"""The sync's bookkeeping against the test server, with the ingestion stubbed out (no model):
the download folder must mirror the server's live files, with the right metadata."""

from __future__ import annotations

from pathlib import Path

import yaml

from oparl.state import OparlState
from tests.oparl.conftest import pdfs, register, sync
from tests.oparl.server import QUIRKS, OparlServer, World


def _mirror(folder: Path) -> dict[str, dict]:
    """oparl_file id -> sidecar, for every PDF in the folder."""
    out = {}
    for pdf in pdfs(folder):
        meta = yaml.safe_load(pdf.with_name(pdf.name + ".meta.yaml").read_text(encoding="utf-8"))
        out[meta["oparl_file"]] = meta
    return out


def _expected(server: OparlServer, world: World) -> set[str]:
    return {world.url(f"/file/{fid}") for fid in world.live_files()}


def test_first_sync_mirrors_every_file_once(
    tmp_path: Path, server: OparlServer, world: World, state: OparlState
) -> None:
    info = register(state, server)
    report = sync(info, state, tmp_path / "dl")
    assert report.error is None and report.skipped == []
    assert report.papers == 211 and report.files_downloaded == len(world.live_files()) >= 200
    mirror = _mirror(tmp_path / "dl" / info.slug)
    assert set(mirror) == _expected(server, world)
    # The same File on two Papers: one document, linked to both.
    shared = mirror[world.url("/file/1")]
    assert [p["reference"] for p in shared["papers"]] == ["1234/2014", "DS 2/2024"]
    sample = mirror[world.url(f"/file/{world.papers[30].main_file}")]
    assert sample["number"] == "DS 30/2024" and sample["issuer"] == "Stadt Musterstadt"
    assert sample["access"] == "public" and sample["paper_type"] == "Anfrage"
    assert sample["organization"] == ["Ausschuss für Schule, Jugend und Familie"]
    assert sample["meeting"][0]["name"] == "7. Sitzung Jugendhilfeausschuss"
    assert (
        report.requests == server.counts["total"] == 1 + 1 + 1 + 1 + 9 + report.files_downloaded
    )  # system, bodies, orgs, meetings, papers


def test_second_sync_fetches_only_what_changed(
    tmp_path: Path, server: OparlServer, world: World, state: OparlState
) -> None:
    info = register(state, server)
    sync(info, state, tmp_path / "dl")
    server.reset_counts()
    new = world.add_paper(topic=0)
    world.modify_paper(
        20, name="Beschlussvorlage: Neue Hundesteuersatzung", new_text="Neu gefasst."
    )
    world.modify_paper(21, name="Nur der Titel ist neu")
    world.delete_paper(22)
    dropped = world.drop_attachment(28)
    report = sync(info, state, tmp_path / "dl")
    assert report.skipped == [] and report.papers == 5 and report.bodies[0].papers_deleted == 1
    mirror = _mirror(tmp_path / "dl" / info.slug)
    assert set(mirror) == _expected(server, world)
    assert world.url(f"/file/{dropped}") not in mirror
    assert (
        mirror[world.url(f"/file/{world.papers[21].main_file}")]["title"] == "Nur der Titel ist neu"
    )
    # New paper's file and paper 20's new version: 2 downloads; the files of paper 21 (main and
    # attachment) and paper 28's main file are checked by checksum and left alone.
    assert report.files_downloaded == 2 and report.bodies[0].files_unchanged == 3
    assert report.bodies[0].files_removed == 2  # paper 22's file and the dropped attachment
    # 5 requests for system, bodies and three one-page lists, plus the two downloads.
    assert server.counts["total"] == report.requests == 5 + 2
    assert any(f"/files/{world.papers[new].main_file}/" in url for url in server.log)

    server.reset_counts()
    again = sync(info, state, tmp_path / "dl")
    # modified_since is floored to whole seconds, so changes in the sync's first second may be
    # read again; their files are recognised by checksum and not fetched.
    assert again.papers <= 5 and again.files_downloaded == 0 and server.counts["file"] == 0


def test_every_quirk_at_once_ends_like_a_well_behaved_server(
    tmp_path: Path, world: World, state: OparlState
) -> None:
    with OparlServer(world, quirks=set(QUIRKS)) as server:
        info = register(state, server)
        first = sync(info, state, tmp_path / "dl")
        reasons = " | ".join(s.reason for s in first.skipped)
        assert first.error is None
        assert "kein gültiges JSON" in reasons and "HTML statt des angekündigten PDF" in reasons
        assert server.counts["500"] >= 1
        folder = tmp_path / "dl" / info.slug
        html_only = world.url(f"/file/{server.html_only_file()}")
        missing_page = {  # the files of papers 26..50, listed on the broken page 2
            world.url(f"/file/{fid}")
            for p in range(26, 51)
            for fid in world._file_ids(world.papers[p])
        }
        assert set(_mirror(folder)) == _expected(server, world) - missing_page - {html_only}
        # The broken page keeps the paper watermark: the next run reads from the start again.
        assert state.watermark(info.name, world.url("/body/1"), "paper") is None
        assert state.watermark(info.name, world.url("/body/1"), "meeting") is not None

        server.quirks -= {"broken_page", "html_file"}  # the vendor fixed it
        second = sync(info, state, tmp_path / "dl")
    assert second.skipped == [] and second.error is None
    assert set(_mirror(folder)) == _expected(server, world)
    assert second.files_downloaded == len(missing_page) + 1  # nothing fetched twice


def test_a_failed_download_keeps_the_earlier_version_and_is_retried(
    tmp_path: Path, world: World, state: OparlState
) -> None:
    with OparlServer(world) as server:
        info = register(state, server)
        sync(info, state, tmp_path / "dl")
        folder = tmp_path / "dl" / info.slug
        before = {p.name: p.read_bytes() for p in pdfs(folder)}
        victim = server.html_only_file()
        paper = next(p for p in world.papers.values() if world.papers[p.id].main_file == victim)
        world.modify_paper(paper.id, new_text="Geänderte Fassung")
        server.quirks.add("html_file")
        report = sync(info, state, tmp_path / "dl")
        assert [s.url for s in report.skipped] == [world.url(f"/file/{victim}")]
        assert {p.name: p.read_bytes() for p in pdfs(folder)} == before  # old version stays
        server.quirks.clear()
        server.reset_counts()
        retried = sync(info, state, tmp_path / "dl")
    assert retried.skipped == [] and retried.files_downloaded == 1
    assert server.counts["file"] == 1


def test_a_sync_against_a_dead_server_changes_nothing(
    tmp_path: Path, server: OparlServer, state: OparlState
) -> None:
    info = register(state, server)
    sync(info, state, tmp_path / "dl")
    folder = tmp_path / "dl" / info.slug
    before = sorted(p.name for p in folder.iterdir())
    dead = state.add_system("Stadt Nirgendwo", "http://127.0.0.1:9/oparl")
    report = sync(dead, state, tmp_path / "dl", retries=1)
    assert report.error and "Versuchen" in report.error
    assert sorted(p.name for p in folder.iterdir()) == before


def test_per_system_access_setting(
    tmp_path: Path, server: OparlServer, world: World, state: OparlState
) -> None:
    info = state.add_system("Stadt Intern", server.system_url, access="members")
    sync(info, state, tmp_path / "dl")
    assert {m["access"] for m in _mirror(tmp_path / "dl" / info.slug).values()} == {"members"}
