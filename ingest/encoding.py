"""Bytes -> text for plain text and HTML: one place that decides how a file is encoded.

UTF-8 is tried first because it is unambiguous (a non-UTF-8 German text almost never decodes
as UTF-8). Beyond that, guessing is charset-normalizer's job, not ours: it weighs byte
statistics and language coherence, which a fixed fallback (cp1252) cannot.
"""

from __future__ import annotations

import re

from core.errors import BadInput

# Characters of ordinary German text; random bytes read as Windows-1252 are mostly others.
_READABLE = re.compile(r"[A-Za-z0-9\s!-/:-@\[-`{-~ÄÖÜäöüßéèàáçñ§€°„“”‚‘’–—…«»·•]")
_MIN_READABLE = 0.85
_GUESS_READABLE = 0.97
# An HTML file that says how it is encoded (BOM, <meta charset>, http-equiv, XML declaration)
# is left to lxml, which honours the declaration.
_HTML_DECLARED = re.compile(rb"<meta[^>]+charset\s*=|<\?xml[^>]+encoding\s*=", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def decode_text(data: bytes) -> str:
    """UTF-8 (with BOM), UTF-16 with BOM (Notepad's "Unicode"), else what charset-normalizer
    finds (in German offices mostly Windows-1252). Bytes that do not read as text are refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _readable(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise BadInput("Text mit UTF-16-Kennung, aber nicht lesbar kodiert.") from exc
    if b"\x00" in data[:4096]:
        raise BadInput("Binärdaten statt Text (Nullbytes).")
    return _readable(_guess(data))


def html_source(data: bytes) -> bytes | str:
    """What lxml should parse: the bytes when the page declares its encoding, else the text
    decoded here (lxml would otherwise read undeclared UTF-8 as Latin-1: "Ãberschrift")."""
    if data.startswith(_BOMS) or _HTML_DECLARED.search(data[:4096]):
        return data
    return _guess(data)


def _guess(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    guess = str(best) if best is not None else None
    # A guess is taken only when it reads as clean German text: on a few bytes of garbage
    # charset-normalizer still names some code page (cp437 for random high bytes).
    if guess is not None and _is_readable(guess, _GUESS_READABLE):
        return guess
    try:  # a short text gives charset-normalizer too little to go on; German offices use cp1252
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise BadInput(
            "Text ist weder UTF-8 noch Windows-1252 kodiert, und keine andere Kodierung passt."
        ) from exc


def _is_readable(text: str, share: float = _MIN_READABLE) -> bool:
    sample = text[:20000]
    return not sample or len(_READABLE.findall(sample)) >= share * len(sample)


def _readable(text: str) -> str:
    if not _is_readable(text):
        raise BadInput(
            "Die Datei enthält keinen lesbaren Text (Binärdaten oder unbekannte Kodierung)."
        )
    return text
