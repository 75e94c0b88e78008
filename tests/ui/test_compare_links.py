"""Ways into the Vergleich page from the search (AppTest against the real API)."""

from __future__ import annotations

from tests.ui.test_pages import _no_key_from_outside, live_api, run_search  # noqa: F401


def test_statutes_ticked_in_the_results_open_the_comparison(live_api: str) -> None:  # noqa: F811
    at = run_search("Mustersatzung Elternbeiträge Kindertageseinrichtungen")
    boxes = [c for c in at.checkbox if c.label == "Zum Vergleich auswählen"]
    assert len(boxes) >= 2  # statutes only: the hits of other types have no box
    boxes[0].check().run()
    assert not at.exception
    assert any("Wählen Sie mindestens eine weitere Satzung aus." in c.value for c in at.caption)
    [c for c in at.checkbox if c.label == "Zum Vergleich auswählen"][1].check().run()
    links = [p for p in at.get("page_link") if "vergleichen" in p.proto.label]
    assert links and links[0].proto.page == "vergleich"
    assert "documents=" in links[0].proto.query_string
    at.button(key="vergleich.auswahl_leeren").click().run()
    assert not [p for p in at.get("page_link") if "vergleichen" in p.proto.label]
