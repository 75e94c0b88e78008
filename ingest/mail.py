"""E-mails (.eml, RFC 5322) -> the mail as one document plus its attachments as raw files.

Why attachments are returned as bytes instead of converted here: each becomes a document of
its own (a Rundschreiben sent as a PDF attachment must be findable as a Rundschreiben), and a
broken attachment must fail alone while the mail and its other attachments are indexed. The
FileConverter does that, with the same converters as for any other file.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from typing import Any

from core.errors import BadInput
from ingest.converted import Attachment
from ingest.html import convert_html
from ingest.metadata import normalize_doc_type

logger = logging.getLogger(__name__)

MAX_ATTACHMENTS = 50
# Signature logos and inline pictures: no text to index, so they are noted, not rejected.
_SKIPPED_TYPES = ("image/",)
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_MAIL_HEADERS = (b"from:", b"date:", b"subject:", b"message-id:", b"received:", b"mime-version:")
# "AW: WG: Stellungnahme ..." -> "Stellungnahme ..."
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|wg|fw|fwd|antw)\s*:\s*)+", re.I)


@dataclass
class Mail:
    text: str
    meta: dict[str, Any]
    attachments: list[Attachment]


def looks_like_mail(data: bytes) -> bool:
    """At least two typical mail headers before the first blank line."""
    head = data[:8192].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]
    lines = head.split(b"\n")
    if not lines or not _HEADER_LINE.match(lines[0]):
        return False
    found = {line.split(b":", 1)[0].lower() + b":" for line in lines if _HEADER_LINE.match(line)}
    return len(found.intersection(_MAIL_HEADERS)) >= 2 and b"from:" in found


def parse_mail(data: bytes) -> Mail:
    try:
        msg = message_from_bytes(data, policy=policy.default)
        assert isinstance(msg, EmailMessage)
        subject = _clean_header(msg.get("Subject"))
        sender = _clean_header(msg.get("From"))
        recipients = _clean_header(msg.get("To"))
        date = _mail_date(msg.get("Date"))
        body_part = msg.get_body(preferencelist=("plain", "html"))
        body = ""
        if body_part is not None:
            content = body_part.get_content()
            if body_part.get_content_subtype() == "html":
                body = convert_html(str(content).encode("utf-8")).text
            else:
                body = str(content)
        parts = list(msg.iter_attachments())
    except (LookupError, ValueError, TypeError, AttributeError, AssertionError) as exc:
        raise BadInput(f"E-Mail nicht lesbar: {exc}") from exc
    attachments, skipped = _attachments(parts)
    header = [
        f"Betreff: {subject}" if subject else "",
        f"Von: {sender}" if sender else "",
        f"An: {recipients}" if recipients else "",
        f"Datum: {date.strftime('%d.%m.%Y')}" if date else "",
        f"Anhänge: {', '.join(a.filename for a in attachments)}" if attachments else "",
    ]
    meta: dict[str, Any] = {"sender": sender, "recipients": recipients, "mail": True}
    if subject:
        meta["title"] = subject
        if doc_type := normalize_doc_type(_REPLY_PREFIX.sub("", subject)):
            meta["doc_type"] = doc_type
    if date:
        meta["date"] = date
    if message_id := _clean_header(msg.get("Message-ID")):
        meta["message_id"] = message_id
    meta["attachments"] = [a.filename for a in attachments]
    if skipped:
        meta["attachments_skipped"] = skipped
    text = "\n".join(line for line in header if line) + "\n\n" + body.strip()
    return Mail(text=text, meta=meta, attachments=attachments)


def _attachments(parts: list[Any]) -> tuple[list[Attachment], list[str]]:
    attachments: list[Attachment] = []
    skipped: list[str] = []
    for number, part in enumerate(parts, start=1):
        name = _safe_name(part.get_filename() or f"anhang-{number}", part.get_content_type())
        if part.get_content_type().startswith(_SKIPPED_TYPES):
            skipped.append(name)
            continue
        if len(attachments) >= MAX_ATTACHMENTS:
            raise BadInput(f"Die E-Mail hat mehr als {MAX_ATTACHMENTS} Anhänge.")
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()
            data = inner[0].as_bytes() if isinstance(inner, list) and inner else b""
        else:
            data = part.get_payload(decode=True) or b""
        attachments.append(Attachment(number, name, data))
    return attachments, skipped


_SUFFIX_FOR_TYPE = {
    "application/pdf": ".pdf",
    "message/rfc822": ".eml",
    "text/plain": ".txt",
    "text/html": ".html",
}


def _safe_name(name: str, content_type: str) -> str:
    """File name of an attachment, reduced to one path segment (it becomes part of a key)."""
    name = re.sub(r"[\x00-\x1f/\\]+", "_", name).strip(" .") or "anhang"
    if "." not in name and content_type in _SUFFIX_FOR_TYPE:
        name += _SUFFIX_FOR_TYPE[content_type]
    return name[:200]


def _clean_header(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _mail_date(value: Any) -> Any:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value)).date()
    except (TypeError, ValueError, IndexError):
        logger.debug("Unparseable Date header %r", value)
        return None
