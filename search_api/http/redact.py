"""Secrets in addresses never reach the logs: feed readers send their subscription's secret
as `?token=…` (and one-time links carry theirs), which uvicorn's access log would print."""

from __future__ import annotations

import logging
import re

_SECRET = re.compile(r"((?:token|invite|reset|code)=)[^&\s\"']+", re.IGNORECASE)


def redact(text: str) -> str:
    return _SECRET.sub(r"\1[entfernt]", text)


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)  # type: ignore[union-attr]
        record.msg = redact(str(record.msg))
        return True


def install() -> None:
    """Idempotent: the access and error loggers of uvicorn get the filter once."""
    for name in ("uvicorn.access", "uvicorn.error"):
        log = logging.getLogger(name)
        if not any(isinstance(f, RedactSecrets) for f in log.filters):
            log.addFilter(RedactSecrets())
