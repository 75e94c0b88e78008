"""Admin ingestion reads only the ingestion roots (issue 17, item 4): no server path outside
them, never the data dir, no symbolic link leading out; a German 422 names the setting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.keys import create_key
from encoder.embedding import Encoder
from tests.search_api.access_fixture import AccessWorld, build_access_world


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[tuple[AccessWorld, Path, dict[str, str]]]:
    base = tmp_path_factory.mktemp("admin")
    root = base / "eingang"
    root.mkdir()
    for w in build_access_world(base, model_dir, encoder, ingest_roots=[root]):
        _, key = create_key(w.resources.db, name="Verwaltung", role="admin")
        yield w, root, {"Authorization": f"Bearer {key}"}


def _ingest(world: tuple[AccessWorld, Path, dict[str, str]], *paths: Path | str) -> tuple[int, str]:
    w, _, admin = world
    response = w.client.post(
        "/admin/ingest", json={"paths": [str(p) for p in paths]}, headers=admin
    )
    return response.status_code, response.text


def test_paths_outside_the_roots_are_refused(world) -> None:  # type: ignore[no-untyped-def]
    w, root, _ = world
    data_dir = w.resources.settings.data_dir
    for path in (Path("/etc/passwd"), data_dir / "originals", data_dir, root / ".." / "docs"):
        status, text = _ingest(world, path)
        assert status == 422, (path, text)
        assert "FUNDUS_INGEST_ROOTS" in text and "außerhalb" in text


def test_symlinks_leading_out_are_refused(world) -> None:  # type: ignore[no-untyped-def]
    _, root, _ = world
    folder = root / "mit-link"
    folder.mkdir()
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    status, text = _ingest(world, folder)
    assert status == 422 and "Symbolische Verknüpfungen" in text, text
    status, text = _ingest(world, folder / "passwd.txt")  # the link itself, named directly
    assert status == 422 and "FUNDUS_INGEST_ROOTS" in text, text


def test_files_inside_a_root_are_ingested(world) -> None:  # type: ignore[no-untyped-def]
    w, root, _ = world
    folder = root / "rundschreiben"
    folder.mkdir()
    (folder / "neu.md").write_text(
        "---\ntitle: Neues Rundschreiben Eingang\naccess: members\n---\n# Neu\n\nText zur "
        "Abwassergebühr im Eingangsordner.\n",
        encoding="utf-8",
    )
    status, text = _ingest(world, folder)
    assert status == 200, text
    assert '"documents_written":1' in text.replace(" ", "")


def test_staff_cannot_ingest(world) -> None:  # type: ignore[no-untyped-def]
    w, root, _ = world
    response = w.client.post(
        "/admin/ingest", json={"paths": [str(root)]}, headers=w.headers["staff"]
    )
    assert response.status_code == 403
