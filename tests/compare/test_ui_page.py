"""The Vergleich page in AppTest: without a selection it explains how to get there."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest


def test_page_without_selection_explains_the_way_in() -> None:
    app = AppTest.from_file("../../ui/seiten/vergleich.py", default_timeout=30)
    app.run()
    assert not app.exception
    assert app.title[0].value == "Vergleich"
    assert "Mit anderen Kommunen vergleichen" in app.info[0].value
