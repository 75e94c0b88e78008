"""Opening what a command needs, with the side effects the product promises attached.

The layers that write documents only announce them (`Resources.announce`); here, on top, a
command that writes documents subscribes notification, and waits for it before it exits so a
`fundus ingest` without the API still sends the notices it caused.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from core.settings import Settings
from notify.worker import attach_notifications
from runtime.resources import Resources


@contextmanager
def writing_resources(settings: Settings, **kwargs: Any) -> Iterator[Resources]:
    with Resources(settings, **kwargs) as resources:
        worker = attach_notifications(resources)
        try:
            yield resources
        finally:
            worker.close()  # sends what this run queued before the process exits
