"""A small, spec-conformant OParl 1.1 server for the tests, on 127.0.0.1 over real HTTP.

System -> bodies -> paginated external lists (organizations, persons, meetings, papers, files)
with `links.next`, `modified_since`/`modified_until` and deleted objects kept as
`{"id", "type", "deleted": true, ...}`; files are small generated PDFs (fpdf2). Meeting dates
are relative to the server's clock, so "upcoming" stays upcoming. `validate_all()` checks every
object against the specification's JSON schemas.

`quirks` reproduces what real servers do (see QUIRKS). Every request is counted by kind.

Seeded with generated German council data and, where ../shared is present, the specification's
example objects (OParl-Spezifikation, OParl-Initiative, github.com/OParl/spec commit 0ca3435,
licensed CC BY-SA 4.0; the derived example records below stay under that licence).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

SCHEMA = "https://schema.oparl.org/1.1/"
EXAMPLES = Path(__file__).resolve().parents[3] / "shared" / "data" / "oparl-spec-examples"

QUIRKS = {
    "404_empty": "an empty list answers 404 instead of an empty list",
    "flaky_500": "every 4th new URL answers HTTP 500 once, then succeeds",
    "missing_type": "objects come without `type`",
    "broken_page": "page 2 of the paper list is truncated JSON",
    "html_file": "some accessUrls answer an HTML viewer page (downloadUrl has the PDF); one "
    "file answers HTML on both",
    "microseconds": "timestamps carry microseconds; modified_since with microseconds is a 400",
}

TOPICS: list[tuple[str, str]] = [
    (
        "Elternbeiträge für Kindertageseinrichtungen",
        "Die Elternbeiträge für die Betreuung in Kindertagesstätten werden nach dem Jahreseinkommen der Eltern gestaffelt; Geschwisterkinder sind beitragsfrei.",
    ),
    (
        "Hundesteuersatzung",
        "Der Steuersatz für den ersten Hund beträgt künftig 96 Euro im Jahr, für gefährliche Hunde 600 Euro.",
    ),
    (
        "Straßenreinigungsgebühren",
        "Die Gebühren für die Straßenreinigung werden nach der Frontmeterlänge der Grundstücke berechnet.",
    ),
    (
        "Friedhofsgebührensatzung",
        "Für Urnengräber und Rasengrabstätten werden neue Nutzungsgebühren festgesetzt.",
    ),
    (
        "Radverkehrskonzept",
        "Das Radverkehrskonzept sieht geschützte Radfahrstreifen an allen Hauptverkehrsstraßen vor.",
    ),
    (
        "Bebauungsplan Nr. 112 Am Mühlenbach",
        "Der Bebauungsplan setzt ein allgemeines Wohngebiet mit höchstens drei Vollgeschossen fest.",
    ),
    (
        "Haushaltssatzung",
        "Der Ergebnishaushalt weist Erträge und Aufwendungen aus; die Kreditermächtigung wird begrenzt.",
    ),
    (
        "Feuerwehrbedarfsplan",
        "Der Bedarfsplan der Freiwilligen Feuerwehr legt Hilfsfristen und die Ausstattung der Löschzüge fest.",
    ),
    (
        "Schulentwicklungsplan",
        "Die Grundschulen im Stadtgebiet werden zu offenen Ganztagsschulen ausgebaut.",
    ),
    (
        "Parkgebührenordnung",
        "Die Parkgebühren in der Innenstadt steigen auf zwei Euro je Stunde; Anwohnerparkausweise kosten 120 Euro.",
    ),
    (
        "Klimaschutzkonzept",
        "Bis 2035 sollen alle städtischen Gebäude klimaneutral mit Wärme versorgt werden.",
    ),
    (
        "Wasserversorgungssatzung",
        "Der Anschluss- und Benutzungszwang für die öffentliche Wasserversorgung wird neu geregelt.",
    ),
]
PAPER_TYPES = ["Beschlussvorlage", "Antrag", "Anfrage", "Mitteilungsvorlage"]
COMMITTEES = [
    ("Rat der Stadt", "Rat"),
    ("Ausschuss für Haushalt und Finanzen", "Finanzausschuss"),
    ("Ausschuss für Schule, Jugend und Familie", "Jugendhilfeausschuss"),
    ("Ausschuss für Stadtentwicklung und Umwelt", "Umweltausschuss"),
]
SEED_TIME = dt.datetime(2024, 1, 2, 9, 0, tzinfo=dt.UTC)


def make_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_creation_date(SEED_TIME)  # same bytes for the same text: stable sha1
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@dataclass
class FileRec:
    id: int
    name: str
    file_name: str
    lines: list[str]
    modified: dt.datetime
    created: dt.datetime
    with_checksum: bool = True
    deleted: bool = False
    _content: bytes | None = None

    def content(self) -> bytes:
        if self._content is None:
            self._content = make_pdf(self.lines)
        return self._content


@dataclass
class PaperRec:
    id: int
    body: int
    name: str
    reference: str
    date: dt.date
    paper_type: str
    main_file: int | None
    aux_files: list[int]
    meetings: list[int]
    organizations: list[int]
    modified: dt.datetime
    created: dt.datetime
    deleted: bool = False


@dataclass
class MeetingRec:
    id: int
    body: int
    name: str
    start: dt.datetime
    organization: int
    modified: dt.datetime
    cancelled: bool = False
    deleted: bool = False


@dataclass
class OrgRec:
    id: int
    body: int
    name: str
    short_name: str
    modified: dt.datetime
    deleted: bool = False


@dataclass
class World:
    """The server's data; mutate it through the methods (they stamp `modified`)."""

    clock: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.UTC))
    base: str = ""
    bodies: dict[int, str] = field(default_factory=dict)
    papers: dict[int, PaperRec] = field(default_factory=dict)
    files: dict[int, FileRec] = field(default_factory=dict)
    meetings: dict[int, MeetingRec] = field(default_factory=dict)
    orgs: dict[int, OrgRec] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)
    example_paper: int | None = None

    # -- seed ---------------------------------------------------------------------------------

    @classmethod
    def generated(
        cls,
        papers: int = 210,
        *,
        body_name: str = "Stadt Musterstadt",
        clock: Callable[[], dt.datetime] | None = None,
        examples: bool = True,
    ) -> World:
        world = cls(clock=clock) if clock else cls()
        world.bodies[1] = body_name
        for number, (name, short) in enumerate(COMMITTEES, start=1):
            world.orgs[number] = OrgRec(number, 1, name, short, SEED_TIME)
        now = world.clock()
        for number in range(1, 13):  # six past and six upcoming meetings
            org = world.orgs[(number - 1) % len(COMMITTEES) + 1]
            start = (now + dt.timedelta(days=(number - 6) * 9)).replace(
                hour=17, minute=0, second=0, microsecond=0
            )
            world.meetings[number] = MeetingRec(
                number, 1, f"{number}. Sitzung {org.short_name}", start, org.id, SEED_TIME
            )
        if examples and EXAMPLES.exists():
            world._seed_examples()
        for _ in range(papers):
            world._new_paper(stamp=SEED_TIME)
        # Files attached to two Papers (normal in council systems): every 40th paper's main
        # file is also an attachment of the next paper.
        ids = sorted(world.papers)
        for i in range(0, len(ids) - 1, 40):
            first, second = world.papers[ids[i]], world.papers[ids[i + 1]]
            if first.main_file is not None:
                second.aux_files.append(first.main_file)
        return world

    def _seed_examples(self) -> None:
        """The specification's Organization, Meeting, Paper and File examples, re-addressed."""
        org = json.loads((EXAMPLES / "Organization-01.json").read_text(encoding="utf-8"))
        self.orgs[9] = OrgRec(9, 1, org["name"], org["shortName"], SEED_TIME)
        meeting = json.loads((EXAMPLES / "Meeting-01.json").read_text(encoding="utf-8"))
        start = (self.clock() + dt.timedelta(days=3)).replace(
            hour=8, minute=0, second=0, microsecond=0
        )
        self.meetings[99] = MeetingRec(99, 1, meeting["name"], start, 9, SEED_TIME)
        paper = json.loads((EXAMPLES / "Paper-01.json").read_text(encoding="utf-8"))
        main = paper["mainFile"]
        fid = self._new_file(
            main["name"],
            main["fileName"],
            [
                paper["name"],
                f"Drucksache {paper['reference']}",
                "Der Übersichtsplan zeigt alle Ebenen des Rathauses.",
            ],
            SEED_TIME,
        )
        pid = len(self.papers) + 1
        self.papers[pid] = PaperRec(
            pid, 1, paper["name"], paper["reference"], dt.date.fromisoformat(paper["date"]),
            paper["paperType"], fid, [], [99], [9], SEED_TIME, SEED_TIME,
        )  # fmt: skip
        self.example_paper = pid

    def _new_file(self, name: str, file_name: str, lines: list[str], stamp: dt.datetime) -> int:
        fid = len(self.files) + 1
        self.files[fid] = FileRec(fid, name, file_name, lines, stamp, stamp, fid % 3 != 0)
        return fid

    def _new_paper(self, *, stamp: dt.datetime, topic: int | None = None) -> int:
        pid = len(self.papers) + 1
        topic = (pid - 1) % len(TOPICS) if topic is None else topic
        title, sentence = TOPICS[topic]
        paper_type = PAPER_TYPES[pid % len(PAPER_TYPES)]
        reference = f"DS {pid}/2024"
        name = f"{paper_type}: {title}"
        day = dt.date(2024, 1, 1) + dt.timedelta(days=pid % 360)
        lines = [
            f"{self.bodies[1]} - {paper_type}",
            f"Drucksache {reference} vom {day:%d.%m.%Y}",
            title,
            sentence,
            f"Die Verwaltung legt mit der Vorlage {pid} einen Beschlussvorschlag zu {title} vor.",
        ]
        main = self._new_file(f"{paper_type} {reference}", f"ds-{pid}-2024.pdf", lines, stamp)
        aux = []
        if pid % 7 == 0:
            aux.append(
                self._new_file(
                    f"Anlage 1: Satzungsentwurf {title}",
                    f"ds-{pid}-2024-anlage1.pdf",
                    [f"Anlage 1 zu Drucksache {reference}", f"Entwurf: {title}", sentence],
                    stamp,
                )
            )
        meeting = (pid % 12) + 1
        org = self.meetings[meeting].organization
        self.papers[pid] = PaperRec(
            pid, 1, name, reference, day, paper_type, main, aux, [meeting], [org], stamp, stamp
        )
        return pid

    # -- mutations (tests) --------------------------------------------------------------------

    def add_paper(self, topic: int | None = None) -> int:
        with self.lock:
            return self._new_paper(stamp=self.clock(), topic=topic)

    def modify_paper(
        self, pid: int, *, name: str | None = None, new_text: str | None = None
    ) -> None:
        """A new title and/or a new version of the main file."""
        with self.lock:
            now = self.clock()
            paper = self.papers[pid]
            if name:
                paper.name = name
            if new_text and paper.main_file is not None:
                file = self.files[paper.main_file]
                file.lines = [*file.lines[:2], new_text]
                file._content = None
                self._touch_file(file.id, now)
            paper.modified = now

    def delete_paper(self, pid: int) -> None:
        """The Paper and the files only it uses become deleted objects."""
        with self.lock:
            now = self.clock()
            paper = self.papers[pid]
            paper.deleted, paper.modified = True, now
            used = {f for p in self.papers.values() if not p.deleted for f in self._file_ids(p)}
            for fid in self._file_ids(paper):
                if fid not in used:
                    self.files[fid].deleted, self.files[fid].modified = True, now

    def drop_attachment(self, pid: int) -> int:
        with self.lock:
            now = self.clock()
            paper = self.papers[pid]
            fid = paper.aux_files.pop()
            paper.modified = now
            if not any(fid in self._file_ids(p) for p in self.papers.values() if not p.deleted):
                self.files[fid].deleted, self.files[fid].modified = True, now
            return fid

    def _touch_file(self, fid: int, now: dt.datetime) -> None:
        self.files[fid].modified = now
        for paper in self.papers.values():
            if fid in self._file_ids(paper):
                paper.modified = now  # an embedded object changed: so did the Paper

    @staticmethod
    def _file_ids(paper: PaperRec) -> list[int]:
        return ([paper.main_file] if paper.main_file is not None else []) + paper.aux_files

    def live_files(self) -> dict[int, FileRec]:
        """What an importer must end with: the files of the live papers."""
        used = {f for p in self.papers.values() if not p.deleted for f in self._file_ids(p)}
        return {fid: self.files[fid] for fid in sorted(used)}

    # -- rendering ----------------------------------------------------------------------------

    def url(self, path: str) -> str:
        return f"{self.base}/oparl{path}"


class OparlServer:
    """`with OparlServer(world, quirks={...}) as server:` serves on a free loopback port."""

    def __init__(
        self,
        world: World,
        *,
        quirks: set[str] | frozenset[str] = frozenset(),
        page_size: int = 25,
        file_delay_s: float = 0.0,
    ) -> None:
        unknown = set(quirks) - QUIRKS.keys()
        assert not unknown, unknown
        self.world = world
        self.quirks = set(quirks)
        self.page_size = page_size
        self.file_delay_s = file_delay_s
        self.counts: Counter[str] = Counter()
        self.log: list[str] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self.started_at: list[float] = []
        self._distinct: set[str] = set()
        self._stats_lock = threading.Lock()
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        port = self._sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        world.base = self.base
        self.app = Starlette(
            routes=[
                Route("/oparl", self.system),
                Route("/oparl/bodies", self.body_list),
                Route("/oparl/body/{body:int}", self.body),
                Route("/oparl/body/{body:int}/{kind}", self.object_list),
                Route("/oparl/{kind}/{id:int}", self.object),
                Route("/files/{id:int}/{how}", self.file_content),
            ]
        )
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def system_url(self) -> str:
        return f"{self.base}/oparl"

    def reset_counts(self) -> None:
        with self._stats_lock:
            self.counts.clear()
            self.log.clear()

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> OparlServer:
        config = uvicorn.Config(self.app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            assert time.monotonic() < deadline, "OParl test server did not start"
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self._sock.close()

    def __enter__(self) -> OparlServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # -- request plumbing ---------------------------------------------------------------------

    def _count(self, request: Request, kind: str) -> Response | None:
        url = str(request.url)
        with self._stats_lock:
            self.counts[kind] += 1
            self.counts["total"] += 1
            self.log.append(url)
            self.started_at.append(time.monotonic())
            if "flaky_500" in self.quirks and url not in self._distinct:
                self._distinct.add(url)
                if len(self._distinct) % 4 == 1:  # the 1st, 5th, 9th ... new URL, once
                    self.counts["500"] += 1
                    return Response("Internal Server Error", status_code=500)
        return None

    def _ts(self, value: dt.datetime) -> str:
        value = value.astimezone(dt.timezone(dt.timedelta(hours=1)))
        if "microseconds" in self.quirks:
            return value.replace(microsecond=value.microsecond or 123456).isoformat()
        return value.replace(microsecond=0).isoformat()

    def _base(self, kind: str, path: str, modified: dt.datetime, deleted: bool) -> dict[str, Any]:
        obj: dict[str, Any] = {"id": self.world.url(path)}
        if "missing_type" not in self.quirks:
            obj["type"] = SCHEMA + kind
        if deleted:
            obj["deleted"] = True
        obj["created"] = self._ts(SEED_TIME)
        obj["modified"] = self._ts(modified)
        return obj

    # -- objects ------------------------------------------------------------------------------

    def render_system(self) -> dict[str, Any]:
        obj = self._base("System", "", SEED_TIME, False)
        obj.update(
            oparlVersion=SCHEMA, body=self.world.url("/bodies"), name="Fundus-Test-RIS",
            vendor="https://example.org/", product="https://example.org/ris",
        )  # fmt: skip
        return obj

    def render_body(self, bid: int) -> dict[str, Any]:
        obj = self._base("Body", f"/body/{bid}", SEED_TIME, False)
        prefix = f"/body/{bid}"
        obj.update(
            system=self.world.url(""),
            name=self.world.bodies[bid],
            shortName=self.world.bodies[bid].removeprefix("Stadt "),
            ags="05999000",
            organization=self.world.url(f"{prefix}/organizations"),
            person=self.world.url(f"{prefix}/persons"),
            meeting=self.world.url(f"{prefix}/meetings"),
            paper=self.world.url(f"{prefix}/papers"),
            file=self.world.url(f"{prefix}/files"),
            legislativeTerm=[],
        )
        return obj

    def render_file(self, fid: int) -> dict[str, Any]:
        rec = self.world.files[fid]
        obj = self._base("File", f"/file/{fid}", rec.modified, rec.deleted)
        if rec.deleted:  # the schema requires accessUrl even then; it answers 404 now
            obj["accessUrl"] = f"{self.base}/files/{fid}/access"
            return obj
        content = rec.content()
        obj.update(
            name=rec.name,
            fileName=rec.file_name,
            mimeType="application/pdf",
            size=len(content),
            accessUrl=f"{self.base}/files/{fid}/access",
            downloadUrl=f"{self.base}/files/{fid}/download",
            paper=[self.world.url(f"/paper/{p.id}") for p in self.world.papers.values() if fid in World._file_ids(p) and not p.deleted],
        )  # fmt: skip
        if rec.with_checksum:
            obj["sha1Checksum"] = hashlib.sha1(content).hexdigest()
        return obj

    def render_paper(self, pid: int) -> dict[str, Any]:
        rec = self.world.papers[pid]
        obj = self._base("Paper", f"/paper/{pid}", rec.modified, rec.deleted)
        if rec.deleted:
            return obj
        obj.update(
            body=self.world.url(f"/body/{rec.body}"),
            name=rec.name,
            reference=rec.reference,
            date=rec.date.isoformat(),
            paperType=rec.paper_type,
            underDirectionOf=[self.world.url(f"/organization/{o}") for o in rec.organizations],
            consultation=[
                {
                    **self._base("Consultation", f"/consultation/{pid}-{m}", rec.modified, False),
                    "paper": self.world.url(f"/paper/{pid}"),
                    "meeting": self.world.url(f"/meeting/{m}"),
                    "organization": [
                        self.world.url(f"/organization/{self.world.meetings[m].organization}")
                    ],
                    "authoritative": False,
                    "role": "Beratung",
                }
                for m in rec.meetings
            ],
            web=f"{self.base}/web/vorlage/{pid}",
        )
        if rec.main_file is not None:
            obj["mainFile"] = self.render_file(rec.main_file)
        if rec.aux_files:
            obj["auxiliaryFile"] = [self.render_file(f) for f in rec.aux_files]
        return obj

    def render_meeting(self, mid: int) -> dict[str, Any]:
        rec = self.world.meetings[mid]
        obj = self._base("Meeting", f"/meeting/{mid}", rec.modified, rec.deleted)
        if rec.deleted:
            return obj
        obj.update(
            name=rec.name,
            start=self._ts(rec.start),
            end=self._ts(rec.start + dt.timedelta(hours=3)),
            cancelled=rec.cancelled,
            organization=[self.world.url(f"/organization/{rec.organization}")],
            location={
                **self._base("Location", "/location/1", SEED_TIME, False),
                "description": "Rathaus, Ratssaal, Markt 1, 12345 Musterstadt",
            },
        )
        return obj

    def render_org(self, oid: int) -> dict[str, Any]:
        rec = self.world.orgs[oid]
        obj = self._base("Organization", f"/organization/{oid}", rec.modified, rec.deleted)
        if not rec.deleted:
            obj.update(
                body=self.world.url(f"/body/{rec.body}"),
                name=rec.name,
                shortName=rec.short_name,
                organizationType="Gremium",
            )
        return obj

    def _records(self, kind: str, body: int) -> list[tuple[Any, Callable[[int], dict[str, Any]]]]:
        w = self.world
        table: dict[str, tuple[dict[int, Any], Callable[[int], dict[str, Any]]]] = {
            "papers": (w.papers, self.render_paper),
            "files": (w.files, self.render_file),
            "meetings": (w.meetings, self.render_meeting),
            "organizations": (w.orgs, self.render_org),
            "persons": ({}, self.render_org),
        }
        records, render = table[kind]
        return [(records[i], render) for i in sorted(records)]

    # -- routes -------------------------------------------------------------------------------

    async def system(self, request: Request) -> Response:
        return self._count(request, "object") or JSONResponse(self.render_system())

    async def body(self, request: Request) -> Response:
        return self._count(request, "object") or JSONResponse(
            self.render_body(request.path_params["body"])
        )

    async def body_list(self, request: Request) -> Response:
        if failed := self._count(request, "list"):
            return failed
        data = [self.render_body(b) for b in sorted(self.world.bodies)]
        return JSONResponse(self._page(request, data, page=1, pages=1, total=len(data)))

    async def object(self, request: Request) -> Response:
        if failed := self._count(request, "object"):
            return failed
        kind, oid = request.path_params["kind"], request.path_params["id"]
        render = {
            "paper": self.render_paper,
            "file": self.render_file,
            "meeting": self.render_meeting,
            "organization": self.render_org,
        }.get(kind)
        with self.world.lock:
            try:
                return JSONResponse(render(oid)) if render else Response(status_code=404)
            except KeyError:
                return Response(status_code=404)

    async def object_list(self, request: Request) -> Response:
        if failed := self._count(request, "list"):
            return failed
        kind = request.path_params["kind"]
        params = request.query_params
        since = until = None
        try:
            if "modified_since" in params:
                if "microseconds" in self.quirks and "." in params["modified_since"]:
                    return JSONResponse({"error": "invalid date"}, status_code=400)
                since = dt.datetime.fromisoformat(params["modified_since"])
            if "modified_until" in params:
                until = dt.datetime.fromisoformat(params["modified_until"])
            page = int(params.get("page", "1"))
            limit = int(params.get("limit", str(self.page_size)))
        except ValueError:
            return JSONResponse({"error": "bad parameter"}, status_code=400)
        if kind not in ("papers", "files", "meetings", "organizations", "persons"):
            return Response(status_code=404)
        with self.world.lock:
            records = [
                (rec, render)
                for rec, render in self._records(kind, request.path_params["body"])
                if (since is None or rec.modified >= since)
                and (until is None or rec.modified <= until)
            ]
            pages = max(1, -(-len(records) // limit))
            chunk = records[(page - 1) * limit : page * limit]
            data = [render(rec.id) for rec, render in chunk]
        if not records and "404_empty" in self.quirks:
            return Response("Not Found", status_code=404)
        if kind == "papers" and page == 2 and "broken_page" in self.quirks:
            text = json.dumps(self._page(request, data, page=page, pages=pages, total=len(records)))
            return Response(text[: len(text) // 2], media_type="application/json")
        return JSONResponse(self._page(request, data, page=page, pages=pages, total=len(records)))

    def _page(
        self, request: Request, data: list[dict[str, Any]], *, page: int, pages: int, total: int
    ) -> dict[str, Any]:
        def link(number: int) -> str:
            return str(request.url.include_query_params(page=number))

        links = {"first": link(1), "last": link(pages), "self": link(page)}
        if page > 1:
            links["prev"] = link(page - 1)
        if page < pages:
            links["next"] = link(page + 1)
        return {
            "data": data,
            "pagination": {
                "totalElements": total,
                "elementsPerPage": self.page_size,
                "currentPage": page,
                "totalPages": pages,
            },
            "links": links,
        }

    async def file_content(self, request: Request) -> Response:
        if failed := self._count(request, "file"):
            return failed
        fid, how = request.path_params["id"], request.path_params["how"]
        rec = self.world.files.get(fid)
        if rec is None or rec.deleted:
            return Response(status_code=404)
        with self._stats_lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.file_delay_s:
                import asyncio

                await asyncio.sleep(self.file_delay_s)
            if "html_file" in self.quirks and (
                (how == "access" and fid % 10 == 1) or fid == self.html_only_file()
            ):
                return Response(
                    "<!DOCTYPE html><html><body>Dokumentenansicht</body></html>",
                    media_type="text/html",
                )
            return Response(rec.content(), media_type="application/pdf")
        finally:
            with self._stats_lock:
                self.in_flight -= 1

    def html_only_file(self) -> int:
        """In quirk `html_file`: the file whose URLs both answer HTML."""
        return 2

    # -- schema check -------------------------------------------------------------------------

    def validate_all(self, schema_dir: Path) -> list[str]:
        """Every object this server renders against the specification's JSON schemas."""
        from jsonschema import Draft7Validator

        validators = {
            path.stem: Draft7Validator(json.loads(path.read_text(encoding="utf-8")))
            for path in schema_dir.glob("*.json")
        }
        errors: list[str] = []

        def check(kind: str, obj: dict[str, Any]) -> None:
            errors.extend(
                f"{kind} {obj.get('id')}: {e.message}" for e in validators[kind].iter_errors(obj)
            )

        check("System", self.render_system())
        for bid in self.world.bodies:
            check("Body", self.render_body(bid))
        for oid in self.world.orgs:
            check("Organization", self.render_org(oid))
        for mid in self.world.meetings:
            meeting = self.render_meeting(mid)
            check("Meeting", meeting)
            if "location" in meeting:
                check("Location", meeting["location"])
        for fid in self.world.files:
            check("File", self.render_file(fid))
        for pid in self.world.papers:
            paper = self.render_paper(pid)
            check("Paper", paper)
            for nested in [paper.get("mainFile"), *paper.get("auxiliaryFile", [])]:
                if nested:
                    check("File", nested)
            for consultation in paper.get("consultation", []):
                check("Consultation", consultation)
        return errors
