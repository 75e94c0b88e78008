"""One sync of a registered OParl system: mirror its Files into a download folder, then index
that folder through the normal ingestion.

Each OParl File becomes `<download_root>/<body-slug>/<name>.pdf` plus a sidecar
`<name>.pdf.meta.yaml` (title, date, reference, paper type, city as `issuer`, committees,
meetings, access, and every Paper the File is attached to: one document per File id). The
folder is then handed to `ingest_paths(..., source="oparl:<body-slug>", prune=True)`, locally
or through the API, so OCR, idempotency and crash safety are the ingestion's own, and a File
gone from the folder leaves the index.

Crash safety: a list's watermark (`modified_since` of the next run) moves only after the
folder was indexed, and only for lists read completely. A run killed anywhere therefore re-reads
the same changes next time; files already on disk are recognised by their sha1 and not fetched
again, and a sweep removes what no Paper references any more. Ends in the same state as an
uninterrupted run.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from pydantic import BaseModel, Field, ValidationError

from core.settings import OparlParams
from oparl.client import DownloadFailed, OparlClient, OparlUnavailable, Problem
from oparl.models import Body, File, Meeting, Organization, Paper, System
from oparl.state import MeetingInfo, OparlState, SystemInfo, slugify

if TYPE_CHECKING:
    from ingest.report import IngestReport

logger = logging.getLogger(__name__)

SIDECAR = ".meta.yaml"
Ingestor = Callable[[Path, str], "IngestReport"]  # (folder, source) -> report; prunes


class Skipped(BaseModel):
    url: str
    reason: str


class BodyReport(BaseModel):
    body: str
    name: str
    source: str
    folder: str
    papers: int = 0  # Paper objects read (new, changed or deleted)
    papers_deleted: int = 0
    files_downloaded: int = 0
    files_unchanged: int = 0
    files_removed: int = 0
    meetings: int = 0
    complete: bool = True
    ingest: dict[str, Any] | None = None


class SyncReport(BaseModel):
    system: str
    bodies: list[BodyReport] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    requests: int = 0
    seconds: float = 0.0
    error: str | None = None

    @property
    def papers(self) -> int:
        return sum(b.papers for b in self.bodies)

    @property
    def files_downloaded(self) -> int:
        return sum(b.files_downloaded for b in self.bodies)


def make_client(params: OparlParams) -> OparlClient:
    return OparlClient(
        concurrency=params.concurrency,
        requests_per_second=params.requests_per_second,
        retries=params.retries,
        backoff_s=params.backoff_s,
        timeout_s=params.timeout_s,
    )


def sync_system(
    info: SystemInfo,
    state: OparlState,
    client: OparlClient,
    root: Path,
    ingest: Ingestor,
    *,
    overlap_s: int = 60,
    now: Callable[[], dt.datetime] | None = None,
) -> SyncReport:
    """Never raises for a misbehaving server: what failed is in `report.error`/`skipped`, and
    everything imported before stays."""
    clock = now or (lambda: dt.datetime.now(dt.UTC))
    started = time.perf_counter()
    report = SyncReport(system=info.name)
    requests_before = client.requests
    try:
        _sync(info, state, client, root, ingest, report, clock() - dt.timedelta(seconds=overlap_s))
    except OparlUnavailable as exc:
        logger.warning("OParl sync of %s stopped: %s", info.name, exc.detail)
        report.error = exc.detail
    report.requests = client.requests - requests_before
    report.seconds = round(time.perf_counter() - started, 2)
    return report


def _sync(
    info: SystemInfo,
    state: OparlState,
    client: OparlClient,
    root: Path,
    ingest: Ingestor,
    report: SyncReport,
    mark: dt.datetime,
) -> None:
    problems: list[Problem] = []
    try:
        system = System.model_validate(client.get_object(info.url))
        if not system.body:
            raise OparlUnavailable(f"{info.url}: System ohne Liste 'body'")
        listed = client.get_list(system.body, problems=problems)
        found_bodies = [Body.model_validate(b) for b in listed.items if b.get("id")]
    except ValidationError as exc:
        raise OparlUnavailable(
            f"{info.url}: unerwartete Antwort ({exc.errors()[0]['msg']})"
        ) from exc
    live = [b for b in found_bodies if not b.deleted]
    for body in live:
        slug = (
            info.slug
            if len(live) == 1
            else f"{info.slug}-{slugify(body.short_name or body.name or body.id)}"
        )
        issuer = info.name if len(live) == 1 else (body.name or body.short_name or info.name)
        state.put_body(info.name, body.id, slug, issuer)
        body_report = BodyReport(
            body=body.id, name=issuer, source=f"oparl:{slug}", folder=str(root / slug)
        )
        report.bodies.append(body_report)
        _sync_body(
            info, body, state, client, root / slug, issuer, ingest, body_report, problems, mark
        )
    report.skipped.extend(Skipped(url=p.url, reason=p.reason) for p in problems)


def _sync_body(
    info: SystemInfo,
    body: Body,
    state: OparlState,
    client: OparlClient,
    folder: Path,
    issuer: str,
    ingest: Ingestor,
    report: BodyReport,
    problems: list[Problem],
    mark: dt.datetime,
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    system = info.name
    done: list[str] = []  # lists read completely: their watermark moves after indexing

    def read(name: str, url: str | None) -> list[dict[str, Any]]:
        if not url:
            done.append(name)
            return []
        since = state.watermark(system, body.id, name)
        before = len(problems)
        result = client.get_list(url, modified_since=since, problems=problems)
        if result.complete:
            done.append(name)
        else:
            report.complete = False
            logger.warning("%s list of %s incomplete: %s", name, issuer, problems[before:])
        return result.items

    orgs = _valid(Organization, read("organization", body.organization), problems)
    state.put_organizations(
        system, {o.id: None if o.deleted else (o.name or o.short_name or o.id) for o in orgs}
    )
    meeting_objs = _valid(Meeting, read("meeting", body.meeting), problems)
    state.put_meetings(
        system,
        [_meeting_info(system, body.id, m) for m in meeting_objs if not m.deleted],
        [m.id for m in meeting_objs if m.deleted],
    )
    report.meetings = len(meeting_objs)
    fetched = _latest(_valid(Paper, read("paper", body.paper), problems))
    report.papers = len(fetched)
    _apply_papers(info, body, state, client, folder, issuer, fetched, report, problems)

    result = ingest(folder, report.source)
    report.ingest = result.model_dump(
        include={"files", "documents_written", "unchanged", "removed", "failed", "repaired"}
    )
    problems.extend(Problem(f.path, f"Indexierung: {f.reason}") for f in result.failed)
    for name in done:
        state.set_watermark(system, body.id, name, mark)


def _apply_papers(
    info: SystemInfo,
    body: Body,
    state: OparlState,
    client: OparlClient,
    folder: Path,
    issuer: str,
    fetched: list[Paper],
    report: BodyReport,
    problems: list[Problem],
) -> None:
    system = info.name
    known_papers = {k: v for k, v in state.papers(system).items() if v["body"] == body.id}
    known_files = state.files(system)
    links: dict[str, tuple[dict[str, Any], list[str]]] = {
        pid: (row["summary"], list(row["files"])) for pid, row in known_papers.items()
    }
    file_objs: dict[str, File] = {}
    touched: set[str] = set()  # file ids whose papers changed
    deleted_papers: list[str] = []
    for paper in fetched:
        touched.update(links.get(paper.id, ({}, []))[1])
        if paper.deleted:
            if paper.id in links:
                del links[paper.id]
                deleted_papers.append(paper.id)
            continue
        live_files = [f for f in paper.files() if not f.deleted]
        for f in live_files:
            file_objs[f.id] = f
            touched.add(f.id)
        main = paper.main_file.id if paper.main_file and not paper.main_file.deleted else None
        links[paper.id] = (
            _paper_summary(paper, main),
            list(dict.fromkeys(f.id for f in live_files)),
        )
    report.papers_deleted = len(deleted_papers)

    papers_of: dict[str, list[str]] = {}
    for pid, (_, fids) in sorted(links.items()):
        for fid in fids:
            papers_of.setdefault(fid, []).append(pid)
    # Files that failed before are tried again even when their Paper did not change.
    retry = {fid for fid, row in known_files.items() if row["sha1"] is None and fid in papers_of}
    for fid in retry - file_objs.keys():
        try:
            file_objs[fid] = File.model_validate(known_files[fid]["meta"])
        except ValidationError:
            continue
    touched |= retry

    todo: list[File] = []
    for fid in sorted(touched):
        obj = file_objs.get(fid)
        if fid not in papers_of or obj is None:
            continue
        if _unchanged(obj, known_files.get(fid), folder):
            report.files_unchanged += 1
        else:
            todo.append(obj)

    def fetch(obj: File) -> tuple[File, bytes | None, str | None]:
        try:
            return obj, client.download(obj).content, None
        except (DownloadFailed, OparlUnavailable) as exc:
            return obj, None, exc.detail

    pending: list[dict[str, Any]] = []  # file rows, committed in batches (SQLite commits cost)
    for obj, content, failure in client.map(fetch, todo):
        known = known_files.get(obj.id)
        name = known["local_name"] if known else _local_name(obj)
        row: dict[str, Any] = {
            "id": obj.id,
            "body": body.id,
            "local_name": name,
            "remote_sha1": obj.sha1_checksum,
            "modified": obj.modified.isoformat() if obj.modified else None,
            "size": str(obj.size) if obj.size is not None else None,
            "meta": obj.model_dump(mode="json", by_alias=True, exclude_none=True),
        }
        if content is None:
            problems.append(Problem(obj.id, f"Datei übersprungen: {failure}"))
            # An earlier version stays on disk and imported; sha1 None: tried again next time.
            pending.append({**row, "sha1": None})
        else:
            _write_atomic(folder / name, content)
            pending.append({**row, "sha1": _sha1(content)})
            report.files_downloaded += 1
        if len(pending) >= 50:
            state.put_files(system, pending)
            pending = []
    state.put_files(system, pending)

    files_now = state.files(system)
    organizations = state.organization_names(system)
    meetings = state.meeting_names(system)
    gone: list[str] = []
    for fid in sorted(touched):
        current = files_now.get(fid)
        if current is None:
            continue
        if fid not in papers_of:
            _remove(folder / current["local_name"])
            gone.append(fid)
            continue
        if not (folder / current["local_name"]).exists():
            continue
        sidecar = _sidecar(
            info, issuer, current, [links[p][0] for p in papers_of[fid]], organizations, meetings
        )
        _write_if_changed(folder / (current["local_name"] + SIDECAR), sidecar)
    state.drop_files(system, gone)
    report.files_removed = len(gone)
    state.drop_papers(system, deleted_papers)
    state.put_papers(system, [(p.id, body.id, *links[p.id]) for p in fetched if p.id in links])
    _sweep(
        folder,
        {
            r["local_name"]
            for fid, r in state.files(system).items()
            if r["body"] == body.id and fid in papers_of
        },
    )


def _valid(model: type[Any], items: list[dict[str, Any]], problems: list[Problem]) -> list[Any]:
    out = []
    for item in items:
        try:
            out.append(model.model_validate(item))
        except ValidationError as exc:
            problems.append(
                Problem(str(item.get("id", "?")), f"Objekt übersprungen: {exc.errors()[0]['msg']}")
            )
    return out


def _latest(papers: list[Paper]) -> list[Paper]:
    """A Paper changed during paging can appear twice; the newer one wins."""
    by_id: dict[str, Paper] = {}
    for paper in papers:
        old = by_id.get(paper.id)
        if old is None or (paper.modified or dt.datetime.min.replace(tzinfo=dt.UTC)) >= (
            old.modified or dt.datetime.min.replace(tzinfo=dt.UTC)
        ):
            by_id[paper.id] = paper
    return list(by_id.values())


def _paper_summary(paper: Paper, main_file: str | None) -> dict[str, Any]:
    orgs = list(
        dict.fromkeys(
            [o for c in paper.consultation for o in c.organization] + paper.under_direction_of
        )
    )
    return {
        "id": paper.id,
        "name": paper.name,
        "reference": paper.reference,
        "date": paper.date.isoformat() if paper.date else None,
        "paper_type": paper.paper_type,
        "web": paper.web,
        "main_file": main_file,
        "meetings": list(dict.fromkeys(c.meeting for c in paper.consultation if c.meeting)),
        "organizations": orgs,
    }


def _meeting_info(system: str, body: str, meeting: Meeting) -> MeetingInfo:
    return MeetingInfo(
        system=system,
        id=meeting.id,
        body=body,
        name=meeting.name or "Sitzung",
        start=meeting.start,
        end=meeting.end,
        cancelled=meeting.cancelled,
        location=meeting.location.text() if meeting.location else None,
        organizations=meeting.organization,
        web=meeting.web,
    )


def _unchanged(obj: File, known: dict[str, Any] | None, folder: Path) -> bool:
    """The local copy is what the server offers: same sha1Checksum, or (without one) the same
    `modified` and size; and the bytes on disk are the ones recorded."""
    if not known or not known["sha1"]:
        return False
    path = folder / known["local_name"]
    if not path.exists() or _sha1(path.read_bytes()) != known["sha1"]:
        return False
    if obj.sha1_checksum:
        return obj.sha1_checksum.strip().lower() == known["sha1"]
    modified = obj.modified.isoformat() if obj.modified else None
    size = str(obj.size) if obj.size is not None else None
    return modified == known["modified"] and size == known["size"]


def _sidecar(
    info: SystemInfo,
    issuer: str,
    row: dict[str, Any],
    summaries: list[dict[str, Any]],
    organizations: dict[str, str],
    meetings: dict[str, dict[str, Any]],
) -> dict[str, Any]:
    meta = row["meta"] or {}
    # The Paper the File is the main file of names the document; else the first one.
    summaries = sorted(summaries, key=lambda s: (s.get("main_file") != row["id"], s["id"]))
    primary = summaries[0]
    title = primary.get("name") or meta.get("name") or meta.get("fileName") or "Ratsdokument"
    if primary.get("main_file") != row["id"] and meta.get("name") and meta["name"] != title:
        title = f"{title} – {meta['name']}"
    org_ids = list(dict.fromkeys(o for s in summaries for o in s["organizations"]))
    meeting_ids = list(dict.fromkeys(m for s in summaries for m in s["meetings"]))
    data: dict[str, Any] = {
        "title": title,
        "date": primary.get("date") or meta.get("date"),
        "number": primary.get("reference"),
        "doc_type": primary.get("paper_type"),
        "paper_type": primary.get("paper_type"),
        "issuer": issuer,
        "access": info.access,
        "organization": [organizations[o] for o in org_ids if o in organizations],
        "meeting": [
            {"name": meetings[m]["name"], "start": meetings[m]["start"], "url": m}
            for m in meeting_ids
            if m in meetings
        ],
        "papers": [
            {k: s.get(k) for k in ("id", "reference", "name", "paper_type", "date", "web")}
            for s in summaries
        ],
        "oparl_file": row["id"],
        "oparl_system": info.name,
        "file_name": meta.get("fileName"),
        "source_url": meta.get("accessUrl") or meta.get("downloadUrl"),
    }
    return {k: v for k, v in data.items() if v not in (None, [], "")}


def _local_name(obj: File) -> str:
    """Stable per File id: a readable tail of the id plus a hash of the whole id."""
    tail = re.sub(r"[^A-Za-z0-9]+", "-", obj.id.rstrip("/").rsplit("/", 1)[-1]).strip("-")[:40]
    digest = hashlib.sha1(obj.id.encode(), usedforsecurity=False).hexdigest()[:10]
    suffix = _suffix(obj)
    return f"{tail or 'datei'}-{digest}{suffix}"


def _suffix(obj: File) -> str:
    mime = (obj.mime_type or "").lower()
    known = {
        "application/pdf": ".pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
        "application/vnd.oasis.opendocument.text": ".odt",
        "text/html": ".html",
        "text/plain": ".txt",
    }
    if mime in known:
        return known[mime]
    name_suffix = Path(obj.file_name or "").suffix.lower()
    return name_suffix if re.fullmatch(r"\.[a-z0-9]{1,5}", name_suffix) else ".pdf"


def _sha1(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def _write_atomic(path: Path, data: bytes) -> None:
    """Via a hidden temporary file (ingestion skips dot files) and a rename, so a killed run
    never leaves half a file under the real name. No fsync (it was 40 % of a sync's time): after
    a power loss a damaged copy fails the sha1 comparison in `_unchanged` and is fetched again."""
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _write_if_changed(path: Path, data: dict[str, Any]) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    text = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000).encode(
        "utf-8"
    )
    if path.exists() and path.read_bytes() == text:
        return
    _write_atomic(path, text)


def _remove(path: Path) -> None:
    path.with_name(path.name + SIDECAR).unlink(missing_ok=True)
    path.unlink(missing_ok=True)


def _sweep(folder: Path, keep: set[str]) -> None:
    """Files no Paper references any more (a run killed between steps) and stale temporaries."""
    for path in folder.iterdir():
        if not path.is_file():
            continue
        name = path.name
        if name.startswith(".") and name.endswith(".part"):
            path.unlink(missing_ok=True)
            continue
        base = name[: -len(SIDECAR)] if name.endswith(SIDECAR) else name
        if base not in keep:
            logger.info("Removing %s: no Paper references it", path)
            path.unlink(missing_ok=True)
