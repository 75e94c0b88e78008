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
        _demo_people(resources)
        ui = _start_ui(settings)
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


def _demo_people(resources: Resources) -> None:
    """On the first start (nobody has an account yet): a demo staff person and a demo member,
    printed once, so that a new user can try every page. Later people are made with
    `fundus users create|invite`; without signing in the UI shows what FUNDUS_ANONYMOUS_ROLE
    allows."""
    import secrets

    from accounts.users import count_users, create_user
    from core.people import UserCreate

    if count_users(resources.db) > 0:
        return
    lines = ["", "Fundus: zwei Demo-Konten angelegt (nur jetzt angezeigt):"]
    for email, name, organisation, role in (
        ("geschaeftsstelle@demo.fundus", "Gabi Geschäftsstelle", "Geschäftsstelle", "staff"),
        ("mitglied@demo.fundus", "Dr. Anna Beispiel", "Stadt Musterstadt", "member"),
    ):
        password = secrets.token_urlsafe(12)
        create_user(
            resources.db,
            UserCreate(email=email, name=name, organisation=organisation, role=role,  # type: ignore[arg-type]
                       password=password),
            actor="cli",
        )  # fmt: skip
        lines.append(f"  {role:<7} {email}  Passwort: {password}")
    lines.append(f"Anmelden unter http://127.0.0.1:{resources.settings.ui_port}/anmelden")
    sys.stdout.write("\n".join(lines) + "\n\n")
    sys.stdout.flush()


def _start_ui(settings: Settings) -> subprocess.Popen[bytes]:
    """The UI holds no key of its own: each browser session acts as its signed-in person."""
    app_file = Path(__file__).resolve().parent.parent / "ui" / "app.py"
    env = {**os.environ, "FUNDUS_API_URL": f"http://127.0.0.1:{settings.api_port}"}
    env.pop("FUNDUS_API_KEY", None)
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
