"""The Nachrichtendienst of a calendar week, as HTML or PDF, for the caller's access level."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Query, Response
from starlette.concurrency import run_in_threadpool

from core.weeks import last_complete_week, parse_week
from notify.digest import nachrichtendienst
from notify.render import digest_html, digest_pdf
from search_api.http.auth import Unauthorized
from search_api.http.deps import AccessDep, PrincipalDep, ResourcesDep

router = APIRouter(tags=["Nachrichtendienst"])
_CONTENT: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {"text/html": {}, "application/pdf": {}},
        "description": "Der Nachrichtendienst als HTML (für E-Mails) oder PDF",
    }
}


@router.get("/digest", response_class=Response, responses=_CONTENT)
async def digest(
    resources: ResourcesDep,
    principal: PrincipalDep,
    access: AccessDep,
    week: str | None = Query(
        default=None,
        max_length=20,
        # the accepted spellings, in the schema so that clients know them
        pattern=r"^\s*(\d{4}\s*-?\s*[Ww]\s*\d{1,2}|([Kk][Ww]\s*)?\d{1,2}(\s*[/. ]\s*\d{4})?)\s*$",
        description="Kalenderwoche: KW 47/2026, 47/2026, 2026-W47 oder KW 47 (die letzte "
        "begonnene Woche dieser Nummer); ohne Angabe die letzte vollständige Woche",
        examples=["2026-W47", "KW 47/2026"],
    ),
    format: Literal["html", "pdf"] = Query(default="html", description="html oder pdf"),
    nur_abos: bool = Query(default=False, description="Nur was die eigenen Abos auswählen."),
) -> Response:
    """Every circular and statement dated in the week that the caller may see, grouped by
    Referat and topic, with key sentences and the Referat's Ansprechpartner."""
    iso_week = parse_week(week) if week else last_complete_week()
    if nur_abos and principal.owner is None:
        raise Unauthorized("„nur_abos“ braucht eine Anmeldung (Abos gehören zu einer Person).")
    recipient = principal.signature if principal.owner is not None else None

    def build() -> Response:
        built = nachrichtendienst(
            resources,
            iso_week,
            access=access,
            recipient=recipient,
            only_subscribed=principal.owner if nur_abos else None,
        )
        if format == "pdf":
            filename = f"nachrichtendienst-{iso_week}.pdf"
            return Response(
                digest_pdf(built),
                media_type="application/pdf",
                headers={"Content-Disposition": f'attachment; filename="{filename}"'},
            )
        return Response(digest_html(built), media_type="text/html; charset=utf-8")

    return await run_in_threadpool(build)
