"""RFC 9457 problem details for every error, built in one place. No stack traces leave."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import FundusError

logger = logging.getLogger(__name__)

_TITLES = {
    400: "Ungültige Anfrage",
    401: "Nicht angemeldet",
    403: "Keine Berechtigung",
    404: "Nicht gefunden",
    405: "Methode nicht erlaubt",
    415: "Nicht unterstütztes Format",
    422: "Ungültige Anfrage",
}
# Starlette's and FastAPI's own messages for bodies they cannot parse, in the users' language.
_DETAILS = {
    "There was an error parsing the body": "Der Inhalt der Anfrage ist nicht lesbar "
    "(fehlerhaftes JSON oder Formular).",
    "Method Not Allowed": "Diese Methode ist hier nicht erlaubt.",
}
# Field names of the request bodies and query parameters -> the German words the UI uses, so
# that a message reads "E-Mail-Adresse: darf nicht leer sein", not "email: …". Unlisted names
# (nested paths, rare parameters) are shown as they are.
FIELD_NAMES = {
    "email": "E-Mail-Adresse",
    "password": "Passwort",
    "name": "Name",
    "display_name": "Name",
    "query": "Suchbegriff",
    "q": "Suchbegriff",
    "title": "Titel",
    "doc_type": "Dokumenttyp",
    "topics": "Themen",
    "aktenplan": "Aktenplan",
    "aktenzeichen": "Aktenzeichen",
    "referat": "Referat",
    "number": "Nummer",
    "date": "Datum",
    "valid_from": "gültig ab",
    "access": "Sichtbar für",
    "mode": "Zustellung",
    "filters": "Filter",
    "limit": "Anzahl",
    "offset": "Versatz",
    "week": "Kalenderwoche",
    "year_from": "Jahr von",
    "year_to": "Jahr bis",
    "role": "Rolle",
    "organisation": "Organisation",
}
# Pydantic error types -> German; the English `msg` never leaves.
_KINDS = {
    "json_invalid": "ist kein gültiges JSON",
    "json_type": "ist kein gültiges JSON",
    "model_attributes_type": "erwartet wird ein JSON-Objekt",
    "dict_type": "erwartet wird ein JSON-Objekt",
    "model_type": "erwartet wird ein JSON-Objekt",
    "list_type": "muss eine Liste sein",
    "string_type": "muss Text sein",
    "int_type": "muss eine ganze Zahl sein",
    "int_parsing": "muss eine ganze Zahl sein",
    "int_from_float": "muss eine ganze Zahl sein",
    "float_type": "muss eine Zahl sein",
    "float_parsing": "muss eine Zahl sein",
    "bool_type": "muss true oder false sein",
    "bool_parsing": "muss true oder false sein",
    "date_type": "muss ein Datum (JJJJ-MM-TT) sein",
    "date_parsing": "muss ein Datum (JJJJ-MM-TT) sein",
    "date_from_datetime_parsing": "muss ein Datum (JJJJ-MM-TT) sein",
    "datetime_parsing": "muss ein Zeitpunkt (JJJJ-MM-TTThh:mm) sein",
    "datetime_from_date_parsing": "muss ein Zeitpunkt (JJJJ-MM-TTThh:mm) sein",
    "uuid_parsing": "muss eine UUID sein",
    "enum": "unbekannter Wert",
    "too_long": "hat zu viele Einträge",
    "too_short": "hat zu wenige Einträge",
    "string_unicode": "ist kein gültiger Text (Kodierung)",
}


def problem(request: Request, status: int, title: str, detail: str) -> JSONResponse:
    return JSONResponse(
        {
            "type": "about:blank",
            "title": title,
            "status": status,
            "detail": detail,
            "instance": request.url.path,
        },
        status_code=status,
        media_type="application/problem+json",
    )


def _validation_detail(exc: RequestValidationError) -> str:
    messages = []
    for error in exc.errors()[:5]:
        loc = tuple(error.get("loc", ()))
        if error.get("type") in {"json_invalid", "json_type"}:  # loc is the offending position
            messages.append("Der Inhalt der Anfrage ist kein gültiges JSON.")
            continue
        where = _where(loc)
        messages.append(f"{where}: {_german(error)}")
    return "; ".join(messages) or "Ungültige Eingabe."


def _where(loc: tuple[object, ...]) -> str:
    """'body.email' -> 'E-Mail-Adresse', 'query.q' -> 'Suchbegriff', 'body.filters.topics' ->
    'Filter.Themen'; list positions count from 1, as people count."""
    parts = [p for p in loc if p not in ("body", "query", "path", "header", "cookie")]
    shown = [f"Eintrag {p + 1}" if isinstance(p, int) else FIELD_NAMES.get(str(p), str(p))
             for p in parts]  # fmt: skip
    return ".".join(shown) or "Inhalt der Anfrage"


def _german(error: dict) -> str:  # type: ignore[type-arg]
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "string_too_short":
        return "darf nicht leer sein"
    if kind == "string_too_long":
        return f"ist zu lang (höchstens {ctx.get('max_length')} Zeichen)"
    if kind in {"greater_than_equal", "less_than_equal"}:
        bound = ctx.get("ge", ctx.get("le"))
        return f"muss {'mindestens' if kind == 'greater_than_equal' else 'höchstens'} {bound} sein"
    if kind == "literal_error":
        return f"unbekannter Wert, erlaubt: {ctx.get('expected')}"
    if kind == "string_pattern_mismatch":
        return "darf nicht nur aus Leerzeichen bestehen"
    if kind == "extra_forbidden":
        return "unbekanntes Feld"
    if kind == "missing":
        return "fehlt"
    return _KINDS.get(kind, "ungültiger Wert")


def install(app: FastAPI) -> None:
    @app.exception_handler(FundusError)
    async def fundus_error(request: Request, exc: FundusError) -> JSONResponse:
        response = problem(request, exc.status, exc.title, exc.detail)
        response.headers.update(getattr(exc, "headers", None) or {})  # e.g. Retry-After on 429
        return response

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem(request, 422, "Ungültige Anfrage", _validation_detail(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = _TITLES.get(exc.status_code, "Fehler")
        detail = exc.detail if isinstance(exc.detail, str) else title
        detail = _DETAILS.get(detail, detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = "Diese Adresse gibt es nicht."
        return problem(request, exc.status_code, title, detail)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        logger.exception("Unhandled error on %s", request.url.path)
        return problem(request, 500, "Interner Fehler", "Ein unerwarteter Fehler ist aufgetreten.")
