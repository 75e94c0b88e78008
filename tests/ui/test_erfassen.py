"""The page "Neues Dokument erfassen" with AppTest against a running API over its own index:
upload -> suggestions -> edit -> save -> searchable; bulk re-tagging; members are turned away."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from streamlit.testing.v1 import AppTest

from encoder.embedding import Encoder
from tagging.suggest import Tagger
from tests.tagging.world import NEW_CIRCULAR, TaggingWorld, build_tagging_world
from tests.ui.conftest import APP, READY_TIMEOUT, free_port, wait_until
from ui.client import ApiError, FundusClient, SearchFilters
from ui.tagging_client import discard

pytestmark = pytest.mark.slow
PAGE = "seiten/erfassen.py"


@pytest.fixture(scope="module")
def world(
    tmp_path_factory: pytest.TempPathFactory, model_dir: Path, encoder: Encoder
) -> Iterator[TaggingWorld]:
    yield from build_tagging_world(tmp_path_factory.mktemp("erfassen"), model_dir, encoder)


@pytest.fixture(scope="module")
def api(world: TaggingWorld) -> Iterator[str]:
    from search_api.main import create_app

    app = create_app(world.resources.settings, resources=world.resources)
    app.state.tagger = Tagger(world.resources)
    app.state.tagger.refresh()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, name="fundus-api-erfassen", daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until(f"{url}/ready", timeout=READY_TIMEOUT, alive=thread)
        yield url
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def _key(headers: dict[str, str]) -> str:
    return headers["Authorization"].removeprefix("Bearer ")


def _page(monkeypatch: pytest.MonkeyPatch, url: str, key: str | None) -> AppTest:
    monkeypatch.setenv("FUNDUS_API_URL", url)
    if key:
        monkeypatch.setenv("FUNDUS_API_KEY", key)
    else:
        monkeypatch.delenv("FUNDUS_API_KEY", raising=False)
    at = AppTest.from_file(str(APP), default_timeout=240).run()
    at.switch_page(PAGE).run()
    assert not at.exception, at.exception
    return at


def test_members_are_told_it_is_for_staff(
    monkeypatch: pytest.MonkeyPatch, api: str, world: TaggingWorld
) -> None:
    for key in (_key(world.member), None):
        at = _page(monkeypatch, api, key)
        assert at.title[0].value == "Neues Dokument erfassen"
        assert any("nur für die Geschäftsstelle" in i.value for i in at.info)
        assert not at.get("file_uploader") and not at.error


def test_upload_check_correct_and_save(
    monkeypatch: pytest.MonkeyPatch, api: str, world: TaggingWorld
) -> None:
    at = _page(monkeypatch, api, _key(world.staff))
    text = NEW_CIRCULAR.replace("219", "221").encode()
    at.file_uploader(key="erfassen.datei.0").set_value(("rs-221.md", text, "text/markdown"))
    at.button(key="erfassen.hochladen").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    # the file left the uploader once it became a draft: a second click makes no second draft
    assert at.file_uploader(key="erfassen.datei.1").value is None
    draft_id = at.session_state["erfassen.entwurf"]["id"]
    at.button(key="erfassen.hochladen").click().run()
    assert [e.value for e in at.error] == ["Bitte wählen Sie zuerst eine Datei aus."]
    assert at.session_state["erfassen.entwurf"]["id"] == draft_id

    page_text = " ".join(m.value for m in at.markdown)
    assert "Rundschreiben Nr. 221/2026" in page_text  # extracted
    assert "§ 5 Abs. 2 KAG" in page_text
    assert "Vorschläge" in page_text and "%" in page_text  # suggestions with confidence
    assert at.selectbox(key="w.erfassen.doc_type").value == "Rundschreiben"
    assert at.text_input(key="w.erfassen.number").value == "Rundschreiben Nr. 221/2026"
    assert at.selectbox(key="w.erfassen.aktenplan").value == "60.30"
    # the Aktenplan is filled (from the Aktenzeichen), so no warning calls it empty
    assert not any("Aktenplan" in w.value for w in at.warning), [w.value for w in at.warning]
    assert "(0 %)" not in page_text

    at.multiselect(key="w.erfassen.topics").set_value(["friedhofswesen", "kommunalabgaben"])
    at.text_input(key="w.erfassen.title").input("Friedhofsgebühren (Rundschreiben 221)")
    at.button(key="erfassen.speichern").click().run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]
    assert any("gespeichert und indexiert" in s.value for s in at.success)
    assert at.file_uploader(key="erfassen.datei.2").value is None

    with FundusClient(api, api_key=_key(world.member)) as member:
        hits = member.search(
            "Friedhofsgebühren Rundschreiben 221",
            filters=SearchFilters(topics=["kommunalabgaben"], aktenplan="60.30"),
        ).hits
        assert hits and hits[0].title == "Friedhofsgebühren (Rundschreiben 221)"
        assert member.document(hits[0].document_id).topics == ["friedhofswesen", "kommunalabgaben"]


def test_discarding_a_draft_asks_first(
    monkeypatch: pytest.MonkeyPatch, api: str, world: TaggingWorld
) -> None:
    at = _page(monkeypatch, api, _key(world.staff))
    text = NEW_CIRCULAR.replace("219", "223").encode()
    at.file_uploader(key="erfassen.datei.0").set_value(("rs-223.md", text, "text/markdown"))
    at.button(key="erfassen.hochladen").click().run()
    draft_id = at.session_state["erfassen.entwurf"]["id"]

    at.button(key="erfassen.verwerfen").click().run()  # asks, discards nothing yet
    assert any("wirklich verwerfen" in w.value for w in at.warning)
    at.button(key="erfassen.verwerfen_nein").click().run()
    assert at.session_state["erfassen.entwurf"]["id"] == draft_id
    assert not any("wirklich verwerfen" in w.value for w in at.warning)

    at.button(key="erfassen.verwerfen").click().run()
    at.button(key="erfassen.verwerfen_ja").click().run()
    assert not at.exception, at.exception
    assert at.session_state["erfassen.entwurf"] is None
    assert any("rs-223.md wurde verworfen" in i.value for i in at.info)
    with FundusClient(api, api_key=_key(world.staff)) as staff, pytest.raises(ApiError) as gone:
        discard(staff, draft_id)  # already gone
    assert gone.value.status == 404


def test_bulk_retagging_of_search_hits(
    monkeypatch: pytest.MonkeyPatch, api: str, world: TaggingWorld
) -> None:
    with FundusClient(api, api_key=_key(world.staff)) as staff:
        target = staff.search("Hundesteuer Mustersatzung", limit=1).hits[0]
    at = _page(monkeypatch, api, _key(world.staff))
    at.text_input(key="w.nachtaggen.query").input("Hundesteuer Mustersatzung")
    at.button(key="nachtaggen.suchen").click().run()
    assert not at.exception, at.exception
    at.checkbox(key=f"nachtaggen.wahl.{target.document_id}").check()
    at.multiselect(key="w.nachtaggen.topics").set_value(["ordnungsrecht"])
    at.selectbox(key="w.nachtaggen.aktenplan").set_value("60.10")
    at.button(key="nachtaggen.anwenden").click().run()
    assert not at.exception, at.exception
    assert [s.value for s in at.success] == ["1 Dokument geändert."]

    with FundusClient(api, api_key=_key(world.staff)) as staff:
        doc = staff.document(target.document_id)
    assert doc.aktenplan == "60.10"
    assert "ordnungsrecht" in doc.topics and set(target.topics) <= set(doc.topics)
