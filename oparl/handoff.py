"""Handing the download folder to the ingestion: in this process, or through the API's
ingestion route while `fundus serve` owns the embedded index (as `fundus ingest` does)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import FundusError

if TYPE_CHECKING:
    from core.settings import Settings
    from ingest.report import IngestReport
    from oparl.sync import Ingestor
    from runtime.resources import Resources


def local_ingestor(resources: Resources) -> Ingestor:
    def run(folder: Path, source: str) -> IngestReport:
        from ingest.api import ingest_paths

        return ingest_paths([folder], resources, source=source, prune=True, progress=False)

    return run


def api_ingestor(settings: Settings) -> Ingestor:
    """POST /admin/ingest with the folder's path (the API reads it from the same disk)."""

    def run(folder: Path, source: str) -> IngestReport:
        import httpx

        from ingest.report import IngestReport

        headers = {}
        if settings.api_key is not None:
            headers["Authorization"] = f"Bearer {settings.api_key.get_secret_value()}"
        payload = {"paths": [str(folder.resolve())], "source": source, "prune": True}
        try:
            response = httpx.post(
                settings.api_url + "/admin/ingest", json=payload, headers=headers, timeout=3600
            )
        except httpx.HTTPError as exc:
            raise FundusError(f"API nicht erreichbar ({settings.api_url}): {exc}") from exc
        if response.status_code >= 400:
            try:
                detail = response.json().get("detail", response.text)
            except ValueError:
                detail = response.text
            raise FundusError(f"API {response.status_code}: {detail}")
        return IngestReport.model_validate(response.json())

    return run
