"""HTTP access to one OParl server: paginated lists, objects and file downloads.

Real servers misbehave, and each misbehaviour is retried, worked around or skipped with a German
reason, never a crash: HTTP 5xx and timeouts are retried with back-off; a 404 for a list is an
empty list; a page that is not JSON is skipped (the list is then incomplete, so the caller keeps
its old watermark); HTML where a PDF was promised and a wrong sha1 are skipped per file.
`modified_since` is sent with whole seconds (some servers reject microseconds). Requests to one
server are bounded in number at a time (`concurrency`) and in rate (`requests_per_second`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import httpx

from core.errors import FundusError
from oparl.models import File

logger = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")

RETRY_STATUS = {429, 500, 502, 503, 504}
USER_AGENT = "Fundus-OParl-Import/1.0 (+https://github.com/; kommunaler Spitzenverband)"


class OparlUnavailable(FundusError):
    """The server did not answer usefully after all retries."""

    status = 502
    title = "OParl-Server nicht erreichbar"


class DownloadFailed(FundusError):
    """One file could not be fetched as promised; the sync goes on without it."""

    status = 422
    title = "Datei nicht geladen"


@dataclass(frozen=True)
class Problem:
    """Something skipped, with a German reason for the sync report."""

    url: str
    reason: str


@dataclass
class ListResult:
    items: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = True  # False: a page was skipped; the caller keeps its old watermark
    pages: int = 0


@dataclass(frozen=True)
class Download:
    content: bytes
    url: str
    sha1: str


def format_since(value: dt.datetime) -> str:
    """Whole seconds in UTC, floored: some servers answer 400/500 to microseconds."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).replace(microsecond=0).isoformat()


def with_query(url: str, **params: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update(params)
    return urlunsplit(parts._replace(query=urlencode(query)))


class _Throttle:
    """At most `rate` request starts per second (evenly spaced), shared by all threads."""

    def __init__(self, rate: float) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self.lock = threading.Lock()
        self.next_slot = 0.0

    def wait(self) -> None:
        if not self.interval:
            return
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_slot)
            self.next_slot = slot + self.interval
        if slot > now:
            time.sleep(slot - now)


class OparlClient:
    """One per server. Thread-safe; `requests` counts every HTTP request sent (retries too)."""

    def __init__(
        self,
        *,
        concurrency: int = 4,
        requests_per_second: float = 5.0,
        retries: int = 3,
        backoff_s: float = 0.5,
        timeout_s: float = 30.0,
        max_file_mb: int = 100,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.concurrency = max(1, concurrency)
        self.requests_per_second = requests_per_second
        self.retries = retries
        self.backoff_s = backoff_s
        self.timeout_s = timeout_s
        self.max_file_mb = max_file_mb
        self.requests = 0
        self._count_lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(self.concurrency)
        self._throttle = _Throttle(requests_per_second)
        self._http = httpx.Client(
            timeout=timeout_s,
            follow_redirects=True,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            transport=transport,
            limits=httpx.Limits(max_connections=self.concurrency),
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OparlClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- requests -----------------------------------------------------------------------------

    def _get(self, url: str, *, accept: str | None = None) -> httpx.Response:
        """GET with retries on 5xx, 429 and transport errors; other statuses are returned."""
        headers = {"Accept": accept} if accept else None
        last: str = ""
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff_s * 2 ** (attempt - 1))
            self._throttle.wait()
            with self._slots:
                with self._count_lock:
                    self.requests += 1
                try:
                    response = self._http.get(url, headers=headers)
                except httpx.TransportError as exc:
                    last = f"{type(exc).__name__}: {exc}"
                    logger.info("GET %s failed (%s), attempt %d", url, last, attempt + 1)
                    continue
            if response.status_code not in RETRY_STATUS:
                return response
            last = f"HTTP {response.status_code}"
            logger.info("GET %s answered %s, attempt %d", url, last, attempt + 1)
        raise OparlUnavailable(f"{url}: nach {self.retries + 1} Versuchen {last}")

    def get_object(self, url: str) -> dict[str, Any]:
        response = self._get(url)
        if response.status_code >= 400:
            raise OparlUnavailable(f"{url}: HTTP {response.status_code}")
        data = _json(response)
        if not isinstance(data, dict):
            raise OparlUnavailable(f"{url}: Antwort ist kein JSON-Objekt")
        return data

    def get_list(
        self,
        url: str,
        *,
        modified_since: dt.datetime | None = None,
        problems: list[Problem] | None = None,
    ) -> ListResult:
        """All items of an external list, following `links.next`.

        A 404 is an empty list (several vendors answer so for lists without entries). A page
        that is not JSON is fetched once more, then skipped: the next page is guessed from a
        `page` query parameter where there is one, else the list ends there. Either way the
        result is marked incomplete.
        """
        problems = problems if problems is not None else []
        result = ListResult()
        since = {"modified_since": format_since(modified_since)} if modified_since else {}
        next_url: str | None = with_query(url, **since) if since else url
        seen: set[str] = set()
        broken_in_a_row = 0
        while next_url and next_url not in seen:
            seen.add(next_url)
            page_url = next_url
            response = self._get(page_url)
            result.pages += 1
            if response.status_code == 404:
                if result.pages == 1:
                    logger.info("List %s answered 404: treated as empty", page_url)
                else:
                    problems.append(Problem(page_url, "Seite nicht gefunden (HTTP 404)"))
                    result.complete = False
                break
            if response.status_code >= 400:
                problems.append(
                    Problem(page_url, f"Liste nicht lesbar (HTTP {response.status_code})")
                )
                result.complete = False
                break
            page = _page(response)
            if page is None:
                response = self._get(page_url)  # once more: a truncated answer may be transient
                page = _page(response) if response.status_code < 400 else None
            if page is None:
                result.complete = False
                broken_in_a_row += 1
                guessed = _next_page_guess(page_url) if broken_in_a_row < 3 else None
                problems.append(
                    Problem(
                        page_url,
                        "Seite ist kein gültiges JSON und wurde übersprungen"
                        + ("" if guessed else "; die Liste endet hier"),
                    )
                )
                next_url = guessed
                continue
            broken_in_a_row = 0
            result.items.extend(item for item in page["data"] if isinstance(item, dict))
            links = page.get("links")
            next_url = (links.get("next") or None) if isinstance(links, dict) else None
            if next_url and since and "modified_since" not in next_url:
                next_url = with_query(next_url, **since)  # some servers drop the filter
        return result

    def download(self, file: File) -> Download:
        """The file's bytes: accessUrl first, then downloadUrl; HTML instead of a promised PDF
        and a wrong sha1Checksum fail that URL (and the next is tried)."""
        urls = file.urls()
        if not urls:
            raise DownloadFailed("keine accessUrl/downloadUrl angegeben")
        reasons = []
        for url in urls:
            try:
                return self._download_one(url, file)
            except (DownloadFailed, OparlUnavailable) as exc:
                reasons.append(exc.detail)
        raise DownloadFailed("; ".join(reasons))

    def _download_one(self, url: str, file: File) -> Download:
        response = self._get(url, accept="application/pdf, */*")
        if response.status_code >= 400:
            raise DownloadFailed(f"{url}: HTTP {response.status_code}")
        content = response.content
        if len(content) > self.max_file_mb * 1024 * 1024:
            raise DownloadFailed(f"{url}: größer als {self.max_file_mb} MB")
        if promises_pdf(file) and content.lstrip()[:5] != b"%PDF-":
            kind = "HTML" if looks_like_html(content, response) else "kein PDF"
            raise DownloadFailed(f"{url}: {kind} statt des angekündigten PDF")
        sha1 = hashlib.sha1(content, usedforsecurity=False).hexdigest()
        if file.sha1_checksum and file.sha1_checksum.strip().lower() != sha1:
            raise DownloadFailed(f"{url}: Prüfsumme (sha1) stimmt nicht")
        return Download(content=content, url=url, sha1=sha1)

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """`fn` over items on at most `concurrency` threads, results in order."""
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="oparl") as pool:
            yield from pool.map(fn, items)


def promises_pdf(file: File) -> bool:
    mime = (file.mime_type or "").lower()
    name = (file.file_name or "").lower()
    return mime == "application/pdf" or (not mime and name.endswith(".pdf"))


def looks_like_html(content: bytes, response: httpx.Response) -> bool:
    head = content.lstrip()[:200].lower()
    return "html" in response.headers.get("content-type", "").lower() or head.startswith(
        (b"<!doctype html", b"<html", b"<head", b"<body")
    )


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError as exc:
        raise OparlUnavailable(f"{response.request.url}: Antwort ist kein gültiges JSON") from exc


def _page(response: httpx.Response) -> dict[str, Any] | None:
    try:
        data = response.json()
    except ValueError:
        return None
    if isinstance(data, list):  # a bare array: seen on old servers
        return {"data": data, "links": {}}
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        return None
    return data


def _next_page_guess(url: str) -> str | None:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    page = query.get("page")
    if page is None or not page.isdigit():
        return None
    query["page"] = str(int(page) + 1)
    return urlunsplit(parts._replace(query=urlencode(query)))
