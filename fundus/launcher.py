"""`fundus run`: index the sample corpus if the index is empty, then serve the API and the UI."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

from core.settings import Settings
from runtime.resources import Resources

logger = logging.getLogger(__name__)


def run_all(settings: Settings) -> None:
    import uvicorn

    from ingest.api import ingest_paths
    from search_api.main import create_app

    resources = Resources(settings, threads=settings.threads)
    try:
        if _is_empty(resources):
            corpus = settings.corpus_dir / "documents"
            logger.info("Index is empty: indexing the sample corpus in %s", corpus)
            report = ingest_paths([corpus], resources, source="beispielkorpus")
            logger.info(
                "Indexed %d documents, %d chunks, %d rejected",
                report.documents_written,
                report.chunks_written,
                len(report.failed),
            )
        ui = _start_ui(settings, _ui_key(resources))
        app = create_app(settings, resources=resources)
        logger.info(
            "API on http://%s:%d (docs at /docs), UI on http://127.0.0.1:%d",
            settings.api_host,
            settings.api_port,
            settings.ui_port,
        )
        try:
            uvicorn.run(
                app,
                host=settings.api_host,
                port=settings.api_port,
                log_level="warning",
                proxy_headers=False,  # X-Forwarded-For only from FUNDUS_TRUSTED_PROXIES (the app)
            )
        finally:
            ui.terminate()
            ui.wait(timeout=10)
    finally:
        resources.close()


def _is_empty(resources: Resources) -> bool:
    from core.errors import CollectionNotFound

    try:
        return resources.store.collection_spec() is None or resources.store.count() == 0
    except CollectionNotFound:
        return True


def _ui_key(resources: Resources) -> str:
    """The local UI signs in as a member, so the sample corpus (mostly for members) is searchable
    out of the box; the key is created once and kept (mode 0600) in the data dir. Staff log in
    with their own key in the UI."""
    from core.keys import create_key

    if resources.settings.api_key is not None:
        return resources.settings.api_key.get_secret_value()
    key_file = resources.settings.data_dir / "local-ui.key"
    if key_file.exists():
        return key_file.read_text(encoding="utf-8").strip()
    _, key = create_key(resources.db, name="Lokale Oberfläche", role="member")
    key_file.touch(mode=0o600)
    key_file.write_text(key, encoding="utf-8")
    return key


def _start_ui(settings: Settings, api_key: str) -> subprocess.Popen[bytes]:
    app_file = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    env = {
        **os.environ,
        "FUNDUS_API_URL": f"http://127.0.0.1:{settings.api_port}",
        "FUNDUS_API_KEY": api_key,
    }
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_file),
        "--server.headless",
        "true",
        "--server.port",
        str(settings.ui_port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "minimal",
        "--server.fileWatcherType",
        "none",
    ]
    process = subprocess.Popen(command, env=env)
    threading.Thread(target=process.wait, daemon=True).start()
    return process
