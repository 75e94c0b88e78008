"""A small typed HTTP client for the Fundus API: the UI's only way to the data.

Every transport problem becomes `ApiUnavailable`, every error answer `ApiError` with the German
`detail` of the problem document, so pages never show raw JSON or tracebacks.
"""

from __future__ import annotations

import os
from typing import Any, Literal, TypeVar

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

# The API's own models, not copies: the UI cannot drift from what the API sends.
from core.models import Hit, SearchFilters
from core.models import SearchResult as SearchResult
from core.people import AuditEntry, Invitation, OidcInfo, SessionOut, User
from core.schemas import DocumentOut as Document
from core.schemas import SimilarOut
from core.schemas import TaxonomyOut as Taxonomy
from notify.models import Subscription

DEFAULT_API_URL = "http://127.0.0.1:8000"
UNAVAILABLE_MESSAGE = "Der Suchdienst ist nicht erreichbar. Bitte später erneut versuchen."
UNEXPECTED_MESSAGE = "Der Suchdienst hat unerwartet geantwortet. Bitte später erneut versuchen."

SortOrder = Literal["relevance", "date"]


def api_url() -> str:
    """The API base URL, read from the environment at call time."""
    return (os.environ.get("FUNDUS_API_URL") or DEFAULT_API_URL).rstrip("/")


SESSION_KEY = "anmeldung.token"  # where this browser session keeps its person's session token


def configured_api_key() -> str | None:
    """What the UI sends: the signed-in person's session token (this browser session's own,
    see ui/signin.py), else `FUNDUS_API_KEY` (a machine's key, for scripts and tests); with
    neither the API answers as for anonymous callers (`FUNDUS_ANONYMOUS_ROLE`)."""
    from streamlit import runtime, session_state

    if runtime.exists() and (token := session_state.get(SESSION_KEY)):
        return str(token)
    return os.environ.get("FUNDUS_API_KEY", "").strip() or None


class ApiError(Exception):
    """The API answered with an error; `detail` is a German sentence fit for users."""

    def __init__(self, detail: str, status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.status = status


class ApiUnavailable(ApiError):
    """The API could not be reached (refused, timed out, or a gateway error)."""

    def __init__(self, detail: str = UNAVAILABLE_MESSAGE, status: int | None = None) -> None:
        super().__init__(detail, status)


class _Model(BaseModel):
    # Fields the API adds later must not break the UI.
    model_config = ConfigDict(extra="ignore")


_M = TypeVar("_M", bound=BaseModel)


_SimilarResult = SimilarOut


class FundusClient:
    """Synchronous client. `base_url=None` reads `FUNDUS_API_URL` (default localhost:8000),
    `api_key=None` reads `FUNDUS_API_KEY` (sent as `Authorization: Bearer …` when set)."""

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_key: str | None = None,
        timeout: float = 60.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = (base_url or api_url()).rstrip("/")
        headers = {"Accept": "application/json"}
        key = api_key if api_key is not None else configured_api_key()
        if key:
            headers["Authorization"] = f"Bearer {key}"
        self._http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=5.0),
            transport=transport,
            headers=headers,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> FundusClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- endpoints -----------------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        filters: SearchFilters | None = None,
        sort: SortOrder = "relevance",
        limit: int = 10,
        offset: int = 0,
    ) -> SearchResult:
        body = {
            "query": query,
            "filters": (filters or SearchFilters()).model_dump(exclude_defaults=True),
            "sort": sort,
            "limit": limit,
            "offset": offset,
            "mode": "hybrid",
        }
        return self._parse(SearchResult, self._request("POST", "/search", json=body))

    def document(self, document_id: str) -> Document:
        return self._parse(Document, self._request("GET", f"/documents/{_segment(document_id)}"))

    def document_file(self, document_id: str) -> bytes:
        """The original file's bytes."""
        response = self._request("GET", f"/documents/{_segment(document_id)}/file")
        return response.content

    def similar(self, document_id: str, *, limit: int = 5) -> list[Hit]:
        response = self._request(
            "GET", f"/documents/{_segment(document_id)}/similar", params={"limit": limit}
        )
        return self._parse(_SimilarResult, response).hits

    def topics(self) -> Taxonomy:
        return self._parse(Taxonomy, self._request("GET", "/topics"))

    def subscriptions(self) -> list[Subscription]:
        response = self._request("GET", "/subscriptions")
        try:
            return [Subscription.model_validate(item) for item in response.json()]
        except (ValueError, TypeError, ValidationError) as exc:
            raise ApiError(UNEXPECTED_MESSAGE, response.status_code) from exc

    def create_subscription(
        self,
        *,
        name: str,
        email: str,
        mode: Literal["sofort", "woechentlich"],
        query: str | None = None,
        filters: SearchFilters | None = None,
    ) -> Subscription:
        body = {
            "name": name,
            "email": email,
            "mode": mode,
            "query": query,
            "filters": (filters or SearchFilters()).model_dump(exclude_defaults=True),
        }
        return self._parse(Subscription, self._request("POST", "/subscriptions", json=body))

    def login(self, email: str, password: str) -> SessionOut:
        body = {"email": email, "password": password}
        return self._parse(SessionOut, self._request("POST", "/auth/login", json=body))

    def redeem(self, token: str, password: str) -> SessionOut:
        body = {"token": token, "password": password}
        return self._parse(SessionOut, self._request("POST", "/auth/redeem", json=body))

    def exchange(self, code: str) -> SessionOut:
        """Trade the one-time code of a sign-in with the association's account for a session."""
        return self._parse(SessionOut, self._request("POST", "/auth/exchange", json={"code": code}))

    def oidc_start_url(self) -> str | None:
        """Where a browser starts the sign-in with the association's account; None = not set up."""
        try:
            return self._parse(OidcInfo, self._request("GET", "/auth/oidc")).start_url
        except ApiError as exc:
            if exc.status == 404:
                return None
            raise

    def request_reset(self, email: str) -> None:
        self._request("POST", "/auth/password-reset", json={"email": email})

    def me(self) -> User:
        return self._parse(User, self._request("GET", "/auth/me"))

    def logout(self) -> None:
        self._request("POST", "/auth/logout")

    def users(self) -> list[User]:
        return self._parse_list(User, self._request("GET", "/users"))

    def invite(self, body: dict[str, Any]) -> Invitation:
        return self._parse(Invitation, self._request("POST", "/users", json=body))

    def update_user(self, user_id: int, changes: dict[str, Any]) -> User:
        return self._parse(User, self._request("PATCH", f"/users/{int(user_id)}", json=changes))

    def audit(self) -> list[AuditEntry]:
        return self._parse_list(AuditEntry, self._request("GET", "/audit"))

    def renew_feed(self, subscription_id: int) -> Subscription:
        response = self._request("POST", f"/subscriptions/{int(subscription_id)}/feed-token")
        return self._parse(Subscription, response)

    def delete_subscription(self, subscription_id: int) -> None:
        self._request("DELETE", f"/subscriptions/{int(subscription_id)}")

    def digest(
        self, week: str, *, format: Literal["html", "pdf"] = "pdf", nur_abos: bool = False
    ) -> bytes:
        """The Nachrichtendienst of an ISO week ("2026-W47") as PDF or HTML bytes."""
        params = {"week": week, "format": format, "nur_abos": str(nur_abos).lower()}
        return self._request("GET", "/digest", params=params).content

    def health(self) -> bool:
        try:
            self._request("GET", "/health")
        except ApiError:
            return False
        return True

    def ready(self) -> bool:
        try:
            self._request("GET", "/ready")
        except ApiError:
            return False
        return True

    # -- plumbing ------------------------------------------------------------------------

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self._http.request(method, path, **kwargs)
        except httpx.HTTPError as exc:  # refused, timeout, broken connection, bad URL
            raise ApiUnavailable() from exc
        except (ValueError, OSError) as exc:  # e.g. a malformed FUNDUS_API_URL
            raise ApiUnavailable() from exc
        if response.status_code >= 400:
            raise _error_from(response)
        return response

    @staticmethod
    def _parse_list(model: type[_M], response: httpx.Response) -> list[_M]:
        try:
            return [model.model_validate(item) for item in response.json()]
        except (ValueError, TypeError, ValidationError) as exc:
            raise ApiError(UNEXPECTED_MESSAGE, response.status_code) from exc

    @staticmethod
    def _parse(model: type[_M], response: httpx.Response) -> _M:
        try:
            return model.model_validate(response.json())
        except (ValueError, ValidationError) as exc:
            raise ApiError(UNEXPECTED_MESSAGE, response.status_code) from exc


def _segment(value: str) -> str:
    """A path segment, percent-encoded so an id can never change the path."""
    from urllib.parse import quote

    return quote(value, safe="")


def _error_from(response: httpx.Response) -> ApiError:
    status = response.status_code
    if status in (502, 503, 504):
        return ApiUnavailable(status=status)
    detail: str | None = None
    if "json" in response.headers.get("content-type", ""):
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and isinstance(body.get("detail"), str):
            detail = body["detail"]
    if not detail:
        detail = (
            "Die Anfrage konnte nicht verarbeitet werden."
            if status < 500
            else "Beim Suchdienst ist ein Fehler aufgetreten. Bitte später erneut versuchen."
        )
    return ApiError(detail, status)
