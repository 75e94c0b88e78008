"""The FastAPI application: `create_app(settings)`; resources open in the lifespan."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from starlette.concurrency import run_in_threadpool

from core.errors import FundusError
from core.settings import Settings
from documents.consistency import check_index
from documents.index_sync import reconcile_index
from notify.worker import attach_notifications
from runtime.resources import Resources
from search_api.http import hardening, problems, redact
from search_api.http.schemas import PROBLEM_RESPONSES
from search_api.routes import accounts as account_routes
from search_api.routes import admin, documents, health, search, topics
from search_api.routes import compare as compare_routes
from search_api.routes import digest as digest_routes
from search_api.routes import drafts as drafts_routes
from search_api.routes import feeds as feeds_routes
from search_api.routes import subscriptions as subscription_routes
from search_api.routes import tags as tags_routes
from search_api.routes import termine as termine_routes

logger = logging.getLogger(__name__)


def create_app(settings: Settings, resources: Resources | None = None) -> FastAPI:
    """`resources` may be passed in by tests that already hold an open index."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = resources is None
        res = resources or Resources(settings, threads=1)
        app.state.resources = res
        notifications = attach_notifications(res)  # mails leave from a worker, not a request
        app.state.ingest_lock = threading.Lock()
        app.state.index_ready = False
        app.state.model_ready = False
        try:
            await run_in_threadpool(_open, app, res)
            yield
        finally:
            notifications.close()
            res.document_listeners.remove(notifications.submit)
            if owned:
                res.close()

    app = FastAPI(
        title="Fundus",
        summary="Wissensdatenbank mit semantischer Suche für kommunale Spitzenverbände",
        version="0.1.0",
        lifespan=lifespan,
    )
    problems.install(app)
    hardening.install(app, settings)
    redact.install()
    for module in (search, documents, topics, health, admin):
        app.include_router(module.router, responses=PROBLEM_RESPONSES)
    for module in (tags_routes, drafts_routes):  # staff tagging (tagging/)
        app.include_router(module.router, responses=PROBLEM_RESPONSES)
    for module in (subscription_routes, feeds_routes, digest_routes):  # notify/
        app.include_router(module.router, responses=PROBLEM_RESPONSES)
    for router in (account_routes.router, account_routes.admin_router):  # accounts/
        app.include_router(router, responses=PROBLEM_RESPONSES)
    app.include_router(compare_routes.router, responses=PROBLEM_RESPONSES)  # compare/
    app.include_router(termine_routes.router, responses=PROBLEM_RESPONSES)  # oparl/
    return app


def _open(app: FastAPI, resources: Resources) -> None:
    """Open the database, the index and the model before the first request, not during it.

    The database first: it checks the data folder (read-only, damaged file) and runs the
    migrations. A data folder that cannot be used raises DataDirUnusable with one German
    sentence, kept in `app.state.startup_error` for `fundus serve` to print and exit with."""
    try:
        resources.db  # noqa: B018 - checks the data folder, opens the database, migrates
        resources.encoder.warm_up()
        resources.encoder.embed_query("Aufwärmen")
        app.state.model_ready = True
        resources.store.ensure_collection(resources.collection_spec())
        reconcile_index(resources)  # an edit interrupted by a crash is completed from the database
        check_index(resources)  # never serve an index that lost what the database lists
    except FundusError as exc:
        app.state.startup_error = exc
        logger.error("Start abgebrochen: %s", exc.detail)
        raise
    app.state.index_ready = True
    app.state.searcher = resources.searcher
