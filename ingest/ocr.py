"""Text for PDF pages that have none, or only garbage: OCRmyPDF with Tesseract (German).

Why page by page: a good text layer is exact, OCR only adds recognition errors, and OCR costs
about a second or two per page. So only pages whose layer is missing or scores low on
`text_quality` are rasterised and recognised; the other pages keep their text.
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from core.errors import BadInput

logger = logging.getLogger(__name__)

# A page scoring below this is treated as having no usable text layer.
QUALITY_THRESHOLD = 0.5
# Pages with fewer letters than this are treated as image pages (scans with a stray glyph).
MIN_PAGE_LETTERS = 25

# Short function words that appear in any German running text; text extracted with a broken
# font map ("Deru Inhaberu istu") has letters and vowels but none of these.
_FUNCTION_WORDS = frozenset(
    str.split(
        """
        der die das den dem des ein eine einer eines einem einen und oder nicht ist sind wird
        werden wurde mit von vom zu zur zum im in an auf aus bei für nach über unter durch als
        auch sowie sich es sie er wer wie so dass daß bis gemäß nr abs satz ab je
        """
    )
)
_LETTER = re.compile(r"[^\W\d_]")
_VOWELS = frozenset("aeiouyäöüéèáàâ")
_WORD_CORE = re.compile(r"^[\W_]*(.*?)[\W_]*$", re.S)
# Lower case then upper case then lower case again: "nachstehendeuLichtbild" (glued garbage);
# "GmbH" and "BauGB" end in capitals and stay allowed.
_GLUED = re.compile(r"[a-zäöüß][A-ZÄÖÜ][a-zäöüß]")
_SECTION_SIGN = re.compile(r"(?m)(^|\s)\$\s?(\d)")


def _looks_like_word(core: str) -> bool:
    letters = [c for c in core if c.isalpha()]
    if len(letters) < 2 or len(letters) < 0.8 * len(core.replace("-", "")):
        return False
    if not any(c.lower() in _VOWELS for c in letters):
        return False
    return not _GLUED.search(core)


def text_quality(text: str) -> float:
    """0..1: how much of the text reads like German words.

    Letter-weighted share of word-like tokens (two or more letters, a vowel, no glued case
    changes), lowered when no common function words appear at all. Letters spread one per line
    ("S\\na\\nt\\nz"), glyph noise ("þ ð /C0") and glued words score low; forms and tables with
    few function words still pass. Tokens with digits are neutral (paragraph numbers, dates).
    """
    good = bad = 0
    words = function_words = 0
    for token in text.split():
        core = _WORD_CORE.match(token).group(1)  # type: ignore[union-attr]
        if any(c.isdigit() for c in core):
            continue
        weight = len(_LETTER.findall(core)) or len(core) or 1
        if _looks_like_word(core):
            good += weight
            words += 1
            function_words += core.lower() in _FUNCTION_WORDS
        else:
            bad += weight
    if good + bad == 0:
        return 0.0
    share = good / (good + bad)
    if words >= 20:
        share *= min(1.0, 0.6 + 4 * function_words / words)
    return round(share, 3)


def needs_ocr(page_text: str) -> bool:
    if len(_LETTER.findall(page_text)) < MIN_PAGE_LETTERS:
        return True
    return text_quality(page_text) < QUALITY_THRESHOLD


@lru_cache(maxsize=1)
def ocr_unavailable_reason() -> str | None:
    """None when OCR can run; else why not, in German (shown in the ingestion report)."""
    try:
        import ocrmypdf  # noqa: F401
    except ImportError:
        return "das Python-Paket ocrmypdf fehlt"
    if shutil.which("tesseract") is None:
        return "Tesseract ist nicht installiert (Debian: tesseract-ocr tesseract-ocr-deu)"
    if shutil.which("gs") is None:
        return "Ghostscript ist nicht installiert (Debian: ghostscript)"
    try:
        langs = subprocess.run(
            ["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30
        ).stdout.split()
    except (OSError, subprocess.SubprocessError) as exc:
        return f"Tesseract lässt sich nicht starten: {exc}"
    if "deu" not in langs:
        return "das deutsche Sprachpaket für Tesseract fehlt (Debian: tesseract-ocr-deu)"
    return None


def ocr_pages(data: bytes, page_numbers: list[int]) -> dict[int, str]:
    """Recognised text of the given 1-based pages; raises BadInput when OCR fails."""
    import ocrmypdf
    from ocrmypdf.exceptions import ExitCodeException

    if not page_numbers:
        return {}
    reason = ocr_unavailable_reason()
    if reason:
        raise BadInput(f"Texterkennung (OCR) nicht möglich: {reason}.")
    with tempfile.TemporaryDirectory(prefix="fundus-ocr-") as tmp:
        source, sidecar = Path(tmp) / "in.pdf", Path(tmp) / "text.txt"
        source.write_bytes(data)
        try:
            ocrmypdf.ocr(
                source,
                "-",
                language="deu",
                jobs=1,
                use_threads=True,
                pages=",".join(str(n) for n in page_numbers),
                force_ocr=True,  # rasterise pages with a garbage layer too
                output_type="none",
                sidecar=sidecar,
                optimize=0,
                progress_bar=False,
                tesseract_timeout=300,
            )
        except ExitCodeException as exc:
            raise BadInput(f"Texterkennung (OCR) fehlgeschlagen: {exc}") from exc
        except (ValueError, OSError) as exc:  # e.g. a 1x1-point page: nothing to rasterise
            raise BadInput(f"Texterkennung (OCR) nicht möglich: {exc}") from exc
        pages = sidecar.read_text(encoding="utf-8").split("\f")
    logger.debug("OCR recognised %d pages", len(page_numbers))
    # The sidecar has one form-feed separated entry per page, skipped pages included.
    return {n: _tidy(pages[n - 1]) for n in page_numbers if n - 1 < len(pages)}


def _tidy(text: str) -> str:
    """Tesseract reads the section sign of typewritten statutes as '$'."""
    return _SECTION_SIGN.sub(r"\1§ \2", text).strip()
