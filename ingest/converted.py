"""What a converter returns: text, raw metadata and (for e-mails) attachments as raw files.

A module of its own because every converter (PDF, mail, HTML, …) returns it: it is the
converters' shared vocabulary, not part of any one of them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Attachment:
    number: int
    filename: str
    data: bytes


@dataclass
class Converted:
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    media_type: str = "text/plain"
    attachments: list[Attachment] = field(default_factory=list)  # e-mails only
