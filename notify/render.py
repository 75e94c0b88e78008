"""Digests and notices as HTML mail, plain text and PDF, from Jinja templates in
notify/templates. One HTML template serves mail and PDF, so both always say the same; mail
clients ignore the print rules, WeasyPrint ignores nothing it understands."""

from __future__ import annotations

import datetime as dt
import logging
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from notify.digest import Digest, DigestEntry

logger = logging.getLogger(__name__)

# fmt: off
_MONTHS = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
    "Oktober", "November", "Dezember",
)
# fmt: on


def german_date(value: dt.date | dt.datetime | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def long_date(value: dt.date | dt.datetime | None) -> str:
    return f"{value.day}. {_MONTHS[value.month - 1]} {value.year}" if value else ""


def short_title(entry: DigestEntry) -> str:
    """'Rundschreiben Nr. 205/2026: Grundsteuer – …' -> 'Grundsteuer – …': the number is
    shown on its own line, twice would crowd a digest."""
    if entry.number and entry.title.startswith(entry.number):
        rest = entry.title[len(entry.number) :].lstrip(" :–-")
        return rest or entry.title
    return entry.title


def one_line(text: str) -> str:
    return " ".join(text.split())


def count_label(n: int, one: str, many: str, article: str = "ein") -> str:
    """'2 neue Dokumente', 'ein neues Dokument'; `article` is the one for the case the sentence
    needs ('aus einem Referat': dative; 'ein' is nominative and accusative neuter)."""
    return f"{article if n == 1 else n} {one if n == 1 else many}" if n else f"keine {many}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("notify", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        datum=german_date, langdatum=long_date, kurztitel=short_title, einzeilig=one_line
    )
    env.globals["anzahl"] = count_label
    return env


def digest_html(digest: Digest, *, for_print: bool = False) -> str:
    return _environment().get_template("digest.html.j2").render(d=digest, for_print=for_print)


def digest_text(digest: Digest) -> str:
    return _environment().get_template("digest.txt.j2").render(d=digest)


def digest_pdf(digest: Digest) -> bytes:
    """A4 PDF via WeasyPrint (Pango does the German text shaping and hyphenation)."""
    for noisy in ("weasyprint", "weasyprint.progress", "fontTools"):  # per-step INFO chatter,
        logging.getLogger(noisy).setLevel(logging.WARNING)  # already while importing
    from weasyprint import HTML

    pdf = HTML(string=digest_html(digest, for_print=True)).write_pdf()
    assert pdf is not None
    return bytes(pdf)


def notice_html(digest: Digest) -> str:
    return _environment().get_template("notice.html.j2").render(d=digest)


def notice_text(digest: Digest) -> str:
    return _environment().get_template("notice.txt.j2").render(d=digest)
