"""The HTTP client against the test server, quirk by quirk."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from oparl.client import DownloadFailed, OparlUnavailable, Problem, format_since
from oparl.models import File, Paper, parse_timestamp
from tests.oparl.conftest import fast_client
from tests.oparl.server import OparlServer, World


def test_follows_links_next_through_all_pages(server: OparlServer, world: World) -> None:
    with fast_client() as client:
        result = client.get_list(f"{server.system_url}/body/1/papers")
    assert result.complete and result.pages == 9
    assert len(result.items) == len(world.papers) == 211
    assert len({p["id"] for p in result.items}) == 211


def test_modified_since_is_sent_in_whole_seconds(world: World) -> None:
    with OparlServer(world, quirks={"microseconds"}) as server, fast_client() as client:
        since = dt.datetime(2025, 5, 1, 10, 0, 0, 987654, tzinfo=dt.UTC)
        problems: list[Problem] = []
        result = client.get_list(
            f"{server.system_url}/body/1/papers", modified_since=since, problems=problems
        )
        assert result.complete and problems == []  # the server answers 400 to microseconds
        assert "modified_since=2025-05-01T10%3A00%3A00%2B00%3A00" in server.log[0]
        paper = Paper.model_validate(client.get_object(f"{server.system_url}/paper/3"))
    assert paper.modified is not None and paper.modified.microsecond == 123456
    assert format_since(since) == "2025-05-01T10:00:00+00:00"


def test_timestamps_are_parsed_leniently() -> None:
    assert parse_timestamp("2024-01-02T10:00:00.123456+01:00") == dt.datetime(
        2024, 1, 2, 9, 0, 0, 123456, tzinfo=dt.UTC
    )
    assert parse_timestamp("2024-01-02T10:00:00Z") == dt.datetime(2024, 1, 2, 10, tzinfo=dt.UTC)
    assert parse_timestamp("2024-01-02") == dt.datetime(2024, 1, 2, tzinfo=dt.UTC)
    assert parse_timestamp("gestern") is None


def test_404_for_an_empty_list_is_an_empty_list(world: World) -> None:
    with OparlServer(world, quirks={"404_empty"}) as server, fast_client() as client:
        problems: list[Problem] = []
        result = client.get_list(f"{server.system_url}/body/1/persons", problems=problems)
    assert result.items == [] and result.complete and problems == []


def test_http_500_is_retried(world: World) -> None:
    with OparlServer(world, quirks={"flaky_500"}) as server, fast_client() as client:
        result = client.get_list(f"{server.system_url}/body/1/papers")
        assert result.complete and len(result.items) == 211
        assert server.counts["500"] >= 1
        assert client.requests == result.pages + server.counts["500"]


def test_a_server_that_keeps_failing_gives_up_with_a_reason() -> None:
    with fast_client(retries=2) as client, pytest.raises(OparlUnavailable, match="Versuchen"):
        client.get_object("http://127.0.0.1:9/oparl")  # nothing listens on port 9


def test_broken_json_page_is_skipped_and_the_list_marked_incomplete(world: World) -> None:
    with OparlServer(world, quirks={"broken_page"}) as server, fast_client() as client:
        problems: list[Problem] = []
        result = client.get_list(f"{server.system_url}/body/1/papers", problems=problems)
    assert not result.complete
    assert len(result.items) == 211 - 25  # page 2 lost, pages 3..9 reached by page=3
    assert len(problems) == 1 and "kein gültiges JSON" in problems[0].reason


def test_missing_type_is_tolerated(world: World) -> None:
    with OparlServer(world, quirks={"missing_type"}) as server, fast_client() as client:
        result = client.get_list(f"{server.system_url}/body/1/papers")
        papers = [Paper.model_validate(p) for p in result.items]
    assert all(p.type is None for p in papers) and len(papers) == 211
    assert all(p.main_file is not None for p in papers)


def _file(server: OparlServer, fid: int) -> File:
    return File.model_validate(server.render_file(fid))


def test_html_instead_of_pdf_falls_back_to_download_url(world: World) -> None:
    with OparlServer(world, quirks={"html_file"}) as server, fast_client() as client:
        download = client.download(_file(server, 11))  # accessUrl answers a viewer page
        assert download.content.startswith(b"%PDF-")
        assert download.url.endswith("/download")
        with pytest.raises(DownloadFailed, match="HTML statt des angekündigten PDF"):
            client.download(_file(server, server.html_only_file()))


def test_wrong_sha1_is_refused(server: OparlServer) -> None:
    file = _file(server, 4)
    file.sha1_checksum = "0" * 40
    with fast_client() as client, pytest.raises(DownloadFailed, match="Prüfsumme"):
        client.download(file)


def test_concurrency_and_rate_are_bounded(world: World) -> None:
    with OparlServer(world, file_delay_s=0.05) as server:
        files = [_file(server, fid) for fid in range(3, 23)]
        with fast_client(concurrency=2) as client:
            list(client.map(client.download, files))
        assert server.max_in_flight == 2
        server.started_at.clear()
        with fast_client(concurrency=4, requests_per_second=20) as client:
            began = time.monotonic()
            list(client.map(client.download, files[:10]))
            took = time.monotonic() - began
    gaps = [b - a for a, b in zip(server.started_at, server.started_at[1:], strict=False)]
    assert took >= 9 / 20 * 0.9 and min(gaps) >= 0.04
