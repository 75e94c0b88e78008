"""Running the API under uvicorn so that a data folder that cannot be used ends the process
with one German sentence and a documented exit code, not a traceback and uvicorn's code 3.

uvicorn prints the traceback Starlette attaches to a failed start (`lifespan.startup.failed`)
and exits with 3, which a restart policy answers by starting again, forever. When the start
failed on a FundusError (a damaged database, a read-only folder, an index that lost its
points), the app has already logged the German reason; the traceback is dropped here, and the
process exits with EXIT_DATA_DIR so a supervisor can stop retrying (systemd:
`RestartPreventExitStatus=78`; Docker: `restart: on-failure:3`).
"""

from __future__ import annotations

from typing import Any

from core.errors import FundusError

# sysexits.h EX_CONFIG: "something was found in an unconfigured or misconfigured state".
EXIT_DATA_DIR = 78


class _QuietStartupFailure:
    """ASGI wrapper: the app's own startup failure message (a traceback) is not passed on."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "lifespan":
            await self.app(scope, receive, send)
            return

        async def quiet_send(message: Any) -> None:
            if message["type"] == "lifespan.startup.failed" and self._reason() is not None:
                message = {**message, "message": ""}
            await send(message)

        await self.app(scope, receive, quiet_send)

    def _reason(self) -> FundusError | None:
        return getattr(self.app.state, "startup_error", None)


def serve(app: Any, **config: Any) -> FundusError | None:
    """Serve until stopped; the reason if the app refused to start, else None."""
    import uvicorn

    wrapped = _QuietStartupFailure(app)
    server = uvicorn.Server(uvicorn.Config(wrapped, **config))
    try:
        server.run()
    except SystemExit:  # uvicorn exits with 3 when the start failed
        reason = wrapped._reason()
        if reason is None:  # not the data folder (a port in use): uvicorn's own exit code
            raise
        return reason
    return None
