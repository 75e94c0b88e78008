"""Active content in a PDF: every action, script and form submission the file could trigger in
a member's viewer, found through pikepdf's object model (qpdf).

Why a complete scan instead of a walk from the catalog: an action may hang anywhere (open
action, page and annotation actions, form fields, outline items, the names tree), and a walk
with a budget answers "no script" for a file that merely has many objects. Here every object of
the file's object table is looked at once; a file that cannot be read in full, or has more
objects than `MAX_OBJECTS`, is refused (fail closed) rather than passed as clean.

Actions are judged against an allowlist: navigation inside the document and links to web or
mail addresses pass, every other action type (JavaScript, Launch, SubmitForm, ImportData,
GoToR, GoToE, Rendition, RichMediaExecute, Movie, Sound, and any type a future PDF version
adds) is refused.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pikepdf
from pikepdf import Array, Dictionary, Name, ObjectType

# Actions that only move the reader inside the document or change its view.
SAFE_ACTIONS = frozenset(
    {"/GoTo", "/GoToDp", "/Named", "/Thread", "/Trans", "/SetOCGState", "/Hide", "/ResetForm"}
)
_SAFE_URI_SCHEMES = ("http:", "https:", "mailto:")
# Keys whose dictionary value is an action (PDF 2.0, 12.6); /AA holds a dictionary of them.
_ACTION_KEYS = ("/A", "/OpenAction", "/PA", "/Next")
# Far above real documents (a 1,000-page report has ~20,000 objects); a crafted file above it is
# refused instead of scanned for minutes.
MAX_OBJECTS = 2_000_000
_CHARS_IGNORED_IN_SCHEMES = "".join(chr(c) for c in range(33)) + "\x7f"


_CONTAINERS = frozenset({ObjectType.dictionary, ObjectType.array, ObjectType.stream})


class ActiveContent(Exception):
    """The reason (German) why the file is refused."""


def active_content_reason(data: bytes) -> str | None:
    """None for a PDF without active content, else a German reason. Never raises for a broken
    file: what cannot be scanned completely is reported as such (fail closed)."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            _scan(pdf)
    except ActiveContent as found:
        return str(found)
    except pikepdf.PasswordError:
        return None  # pypdf reports encryption in its own words before this runs
    except Exception as exc:  # qpdf raises several types for damaged files
        return f"Das PDF konnte nicht vollständig auf aktive Inhalte geprüft werden ({exc})."
    return None


def _scan(pdf: pikepdf.Pdf) -> None:
    for count, obj in enumerate(_every_object(pdf), start=1):
        if count > MAX_OBJECTS:
            raise ActiveContent(
                f"Das PDF hat mehr als {MAX_OBJECTS:,} Objekte und kann nicht vollständig auf "
                "Skripte geprüft werden.".replace(",", ".")
            )
        if obj._type_code == ObjectType.dictionary:
            _check_dictionary(obj)


def _every_object(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Object]:
    """Each indirect object of the file once, and every direct object nested in one; streams
    contribute their dictionary (content bytes cannot hold actions)."""
    stack: list[pikepdf.Object] = [pdf.trailer, *pdf.objects]
    while stack:
        obj = stack.pop()
        kind = obj._type_code
        if kind == ObjectType.stream:
            obj = obj.stream_dict
            kind = ObjectType.dictionary
        if kind == ObjectType.dictionary:
            yield obj
            stack.extend(v for v in obj.values() if _is_direct_container(v))
        elif kind == ObjectType.array:
            yield obj
            stack.extend(v for v in obj if _is_direct_container(v))


def _is_direct_container(value: object) -> bool:
    """Nested dictionaries and arrays; indirect ones come up in the object table themselves,
    and pikepdf hands numbers over as Python values."""
    return (
        isinstance(value, pikepdf.Object)
        and value._type_code in _CONTAINERS
        and not value.is_indirect
    )


def _check_dictionary(obj: pikepdf.Object) -> None:
    if Name.JS in obj:
        raise ActiveContent("Das PDF enthält JavaScript und wird aus Sicherheitsgründen abgelehnt.")
    names = obj.get(Name.Names)
    if isinstance(names, Dictionary) and Name.JavaScript in names:
        raise ActiveContent("Das PDF enthält JavaScript und wird aus Sicherheitsgründen abgelehnt.")
    if Name.XFA in obj:
        raise ActiveContent(
            "Das PDF enthält ein XFA-Formular (kann Skripte ausführen) und wird aus "
            "Sicherheitsgründen abgelehnt."
        )
    if obj.get(Name.Subtype) in (Name.RichMedia, Name.Movie, Name.Sound, Name.Screen):
        raise ActiveContent(
            "Das PDF enthält eingebettete Medien mit Aktionen und wird aus Sicherheitsgründen "
            "abgelehnt."
        )
    if obj.get(Name.Type) == Name.Action:
        _check_action(obj)
    for key in _ACTION_KEYS:
        value = obj.get(key)
        if isinstance(value, Dictionary):
            _check_action(value)
        elif key == "/Next" and isinstance(value, Array):
            for item in value:
                if isinstance(item, Dictionary):
                    _check_action(item)
    additional = obj.get(Name.AA)
    if isinstance(additional, Dictionary):
        for action in additional.values():
            if isinstance(action, Dictionary):
                _check_action(action)


def _check_action(action: pikepdf.Object) -> None:
    kind = action.get(Name.S)
    if kind is None and Name.D in action:
        return  # a destination dictionary (`/D [page /Fit]`), not an action
    kind_name = str(kind) if isinstance(kind, Name) else repr(kind)
    if kind_name == "/URI":
        uri = action.get(Name.URI)
        target = _uri_text(uri)
        if not target.startswith(_SAFE_URI_SCHEMES) and ":" in target:
            raise ActiveContent(
                f"Das PDF enthält einen Link mit dem Schema „{target.split(':', 1)[0]}:“ "
                "(nur http, https und mailto sind erlaubt) und wird aus Sicherheitsgründen "
                "abgelehnt."
            )
        return
    if kind_name not in SAFE_ACTIONS:
        label = {
            "/JavaScript": "JavaScript",
            "/Launch": "Startaktionen (Launch)",
            "/SubmitForm": "eine Formularübermittlung (SubmitForm)",
            "/ImportData": "einen Datenimport (ImportData)",
            "/GoToR": "einen Sprung in eine fremde Datei (GoToR)",
            "/GoToE": "einen Sprung in eine eingebettete Datei (GoToE)",
        }.get(kind_name, f"die Aktion {kind_name}")
        raise ActiveContent(f"Das PDF enthält {label} und wird aus Sicherheitsgründen abgelehnt.")


def _uri_text(uri: object) -> str:
    """The scheme as a viewer sees it: case-folded, with the whitespace and control characters
    viewers skip removed (`" jav\\tascript:"` is `javascript:`)."""
    if isinstance(uri, pikepdf.String):
        raw = bytes(uri).decode("latin-1")
    else:
        raw = str(uri) if uri is not None else ""
    scheme, sep, rest = raw.partition(":")
    cleaned = "".join(ch for ch in scheme if ch not in _CHARS_IGNORED_IN_SCHEMES).lower()
    return f"{cleaned}{sep}{rest}"
