"""Checks for files staff upload through the API: size, format by content, a safe name.

The name a browser sends is untrusted text: it may carry a path ("..\\..\\x.pdf"), control
characters or a misleading extension. It is only ever used as a display name and as the last
part of a file name inside a folder Fundus owns, so it is reduced to a plain basename here.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

from core.errors import BadInput, FundusError
from ingest.converters import sniff_format

ALLOWED_KINDS: dict[str, str] = {
    "pdf": ".pdf",
    "docx": ".docx",
    "odt": ".odt",
    "html": ".html",
    "markdown": ".md",
    "text": ".txt",
}
MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w.\- ()äöüÄÖÜß]+")


class UploadTooLarge(FundusError):
    status = 413
    title = "Datei zu groß"


def safe_filename(name: str | None) -> str:
    """'..\\\\Ordner/Rundschreiben 41 2025.pdf' -> 'Rundschreiben 41 2025.pdf'."""
    base = (name or "").replace("\\", "/").split("/")[-1]
    base = unicodedata.normalize("NFC", base)
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C")
    base = _UNSAFE.sub("_", base).strip(" ._")
    base = re.sub(r"_+", "_", base)
    if not base:
        return "dokument"
    path = PurePosixPath(base)
    stem, suffix = path.stem[: MAX_NAME_CHARS - len(path.suffix[:10])], path.suffix[:10]
    return f"{stem}{suffix}" if stem else f"dokument{suffix}"


def check_upload(data: bytes, file_name: str | None, *, max_mb: int) -> tuple[str, str]:
    """(format, safe name whose extension matches the format) or a German error."""
    if len(data) > max_mb * 1024 * 1024:
        raise UploadTooLarge(f"Die Datei ist größer als {max_mb} MB.")
    if not data.strip():
        raise BadInput("Die Datei ist leer.")
    name = safe_filename(file_name)
    suffix = PurePosixPath(name).suffix.lower()
    kind = sniff_format(data, suffix if suffix in _KNOWN_SUFFIXES else "")
    if kind not in ALLOWED_KINDS:
        raise BadInput(
            "Dieses Format kann hier nicht erfasst werden; erlaubt sind PDF, DOCX, ODT, HTML, "
            "Markdown und Text."
        )
    wanted = ALLOWED_KINDS[kind]
    if suffix not in _SUFFIXES_OF[kind]:
        name = f"{PurePosixPath(name).stem or 'dokument'}{wanted}"
    return kind, name


_SUFFIXES_OF = {
    "pdf": {".pdf"},
    "docx": {".docx"},
    "odt": {".odt"},
    "html": {".html", ".htm", ".xhtml"},
    "markdown": {".md", ".markdown"},
    "text": {".txt", ".text"},
}
_KNOWN_SUFFIXES = set().union(*_SUFFIXES_OF.values())
