"""What the importer remembers between syncs, in its own SQLite file (DATA_DIR/oparl).

Registered systems, the last sync time per (system, body, list), and what each Paper and File
looked like when it was last imported: the File's sha1/modified (to skip unchanged files), its
local name and the Papers it is attached to (one document per File id, linked to all of them),
plus bodies, organisations and meetings (names for the metadata; the "Termine" list).
The main database is not touched: the importer's bookkeeping is not document data.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    DateTime,
    MetaData,
    String,
    Table,
    create_engine,
    delete,
    event,
    insert,
    select,
    update,
)

from core.access import ACCESS_LEVELS
from core.errors import InvalidRequest, NotFound

metadata = MetaData()

systems = Table(
    "systems",
    metadata,
    Column("name", String, primary_key=True),
    Column("url", String, nullable=False),
    Column("slug", String, nullable=False, unique=True),
    Column("access", String, nullable=False, default="public"),
    Column("added_at", DateTime(timezone=True), nullable=False),
)
watermarks = Table(
    "watermarks",
    metadata,
    Column("system", String, primary_key=True),
    Column("body", String, primary_key=True),
    Column("list", String, primary_key=True),
    Column("synced_until", DateTime(timezone=True), nullable=False),
)
bodies = Table(
    "bodies",
    metadata,
    Column("system", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("slug", String, nullable=False),
    Column("name", String, nullable=False),
)
organizations = Table(
    "organizations",
    metadata,
    Column("system", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("name", String, nullable=False),
)
meetings = Table(
    "meetings",
    metadata,
    Column("system", String, primary_key=True),  # "" for the association's own dates
    Column("id", String, primary_key=True),
    Column("body", String, nullable=False),
    Column("name", String, nullable=False),
    Column("start", DateTime(timezone=True)),
    Column("end", DateTime(timezone=True)),
    Column("cancelled", Boolean, nullable=False, default=False),
    Column("location", String),
    Column("organizations", JSON, nullable=False, default=list),
    Column("web", String),
)
papers = Table(
    "papers",
    metadata,
    Column("system", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("body", String, nullable=False),
    Column("summary", JSON, nullable=False),  # PaperSummary
    Column("files", JSON, nullable=False, default=list),  # File ids
)
files = Table(
    "files",
    metadata,
    Column("system", String, primary_key=True),
    Column("id", String, primary_key=True),
    Column("body", String, nullable=False),
    Column("local_name", String, nullable=False),
    Column("sha1", String),  # of the bytes on disk
    Column("remote_sha1", String),  # sha1Checksum the server stated
    Column("modified", String),  # the File object's `modified` as sent
    Column("size", String),
    Column("meta", JSON),  # the File object's own fields used in the sidecar
)


class SystemInfo(BaseModel):
    name: str
    url: str
    slug: str
    access: str = "public"


class MeetingInfo(BaseModel):
    system: str
    id: str
    body: str
    name: str
    start: dt.datetime | None = None
    end: dt.datetime | None = None
    cancelled: bool = False
    location: str | None = None
    organizations: list[str] = []
    web: str | None = None


def slugify(text: str) -> str:
    """'Stadt Münster-Süd' -> 'stadt-muenster-sued': folder and source names."""
    text = unicodedata.normalize("NFC", text.lower())
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:60] or "oparl"


def _pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """SQLite gives naive datetimes back; they were stored as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


class OparlState:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.engine = create_engine(f"sqlite:///{path}")
        event.listen(self.engine, "connect", _pragmas)
        metadata.create_all(self.engine)

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> OparlState:
        return cls(data_dir / "oparl" / "state.sqlite")

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        with self.engine.begin() as conn:
            yield conn

    # -- systems ------------------------------------------------------------------------------

    def add_system(self, name: str, url: str, *, access: str = "public") -> SystemInfo:
        if access not in ACCESS_LEVELS:
            raise InvalidRequest(f"Zugriff '{access}' unbekannt (public, members oder staff).")
        slug = slugify(name)
        with self.begin() as conn:
            clash = conn.execute(
                select(systems.c.name).where((systems.c.name == name) | (systems.c.slug == slug))
            ).first()
            if clash:
                raise InvalidRequest(
                    f"Ein OParl-System mit dem Namen '{clash.name}' gibt es schon."
                )
            conn.execute(
                insert(systems).values(
                    name=name, url=url, slug=slug, access=access, added_at=dt.datetime.now(dt.UTC)
                )
            )
        return SystemInfo(name=name, url=url, slug=slug, access=access)

    def set_access(self, name: str, access: str) -> None:
        self.system(name)
        with self.begin() as conn:
            conn.execute(update(systems).where(systems.c.name == name).values(access=access))

    def systems(self) -> list[SystemInfo]:
        with self.begin() as conn:
            rows = conn.execute(select(systems).order_by(systems.c.name)).all()
        return [SystemInfo(name=r.name, url=r.url, slug=r.slug, access=r.access) for r in rows]

    def system(self, name: str) -> SystemInfo:
        for info in self.systems():
            if name in (info.name, info.slug):
                return info
        raise NotFound(f"Kein OParl-System '{name}' registriert (fundus oparl add URL --name …).")

    # -- watermarks ---------------------------------------------------------------------------

    def watermark(self, system: str, body: str, name: str) -> dt.datetime | None:
        with self.begin() as conn:
            value = conn.scalar(
                select(watermarks.c.synced_until).where(
                    watermarks.c.system == system,
                    watermarks.c.body == body,
                    watermarks.c.list == name,
                )
            )
        return _utc(value)

    def set_watermark(self, system: str, body: str, name: str, value: dt.datetime) -> None:
        key = (watermarks.c.system == system) & (watermarks.c.body == body)
        with self.begin() as conn:
            conn.execute(delete(watermarks).where(key & (watermarks.c.list == name)))
            conn.execute(
                insert(watermarks).values(
                    system=system, body=body, list=name, synced_until=_utc(value)
                )
            )

    # -- bodies, organisations, meetings ------------------------------------------------------

    def put_body(self, system: str, body_id: str, slug: str, name: str) -> None:
        with self.begin() as conn:
            conn.execute(delete(bodies).where(bodies.c.system == system, bodies.c.id == body_id))
            conn.execute(insert(bodies).values(system=system, id=body_id, slug=slug, name=name))

    def body_slugs(self, system: str) -> dict[str, str]:
        with self.begin() as conn:
            rows = conn.execute(select(bodies).where(bodies.c.system == system)).all()
        return {r.id: r.slug for r in rows}

    def bodies(self, system: str) -> list[tuple[str, str]]:
        """(body id, name) of a system's bodies."""
        with self.begin() as conn:
            rows = conn.execute(select(bodies).where(bodies.c.system == system)).all()
        return [(r.id, r.name) for r in rows]

    def put_organizations(self, system: str, names: dict[str, str | None]) -> None:
        """id -> name; None removes it (deleted upstream)."""
        with self.begin() as conn:
            for org_id, name in names.items():
                conn.execute(
                    delete(organizations).where(
                        organizations.c.system == system, organizations.c.id == org_id
                    )
                )
                if name is not None:
                    conn.execute(insert(organizations).values(system=system, id=org_id, name=name))

    def organization_names(self, system: str) -> dict[str, str]:
        with self.begin() as conn:
            rows = conn.execute(select(organizations).where(organizations.c.system == system)).all()
        return {r.id: r.name for r in rows}

    def put_meetings(self, system: str, items: list[MeetingInfo], deleted: list[str]) -> None:
        with self.begin() as conn:
            for meeting_id in [m.id for m in items] + deleted:
                conn.execute(
                    delete(meetings).where(meetings.c.system == system, meetings.c.id == meeting_id)
                )
            for item in items:
                row = item.model_dump()
                row["start"], row["end"] = _utc(item.start), _utc(item.end)  # SQLite drops zones
                conn.execute(insert(meetings).values(**row))

    def meetings(
        self, *, after: dt.datetime | None = None, system: str | None = None
    ) -> list[MeetingInfo]:
        query = select(meetings).order_by(meetings.c.start)
        if after is not None:
            query = query.where(meetings.c.start >= _utc(after))
        if system is not None:
            query = query.where(meetings.c.system == system)
        with self.begin() as conn:
            rows = conn.execute(query).all()
        return [
            MeetingInfo(
                **{**r._asdict(), "start": _utc(r.start), "end": _utc(r.end)},
            )
            for r in rows
        ]

    def meeting_names(self, system: str) -> dict[str, dict[str, Any]]:
        return {
            m.id: {"name": m.name, "start": m.start.isoformat() if m.start else None}
            for m in self.meetings(system=system)
        }

    # -- papers and files ---------------------------------------------------------------------

    def papers(self, system: str) -> dict[str, dict[str, Any]]:
        with self.begin() as conn:
            rows = conn.execute(select(papers).where(papers.c.system == system)).all()
        return {r.id: {"body": r.body, "summary": r.summary, "files": r.files} for r in rows}

    def files(self, system: str) -> dict[str, dict[str, Any]]:
        with self.begin() as conn:
            rows = conn.execute(select(files).where(files.c.system == system)).all()
        return {r.id: r._asdict() for r in rows}

    def put_papers(
        self, system: str, items: list[tuple[str, str, dict[str, Any], list[str]]]
    ) -> None:
        """(paper id, body id, summary, file ids) each, in one transaction."""
        with self.begin() as conn:
            for paper_id, body, summary, file_ids in items:
                conn.execute(
                    delete(papers).where(papers.c.system == system, papers.c.id == paper_id)
                )
                conn.execute(
                    insert(papers).values(
                        system=system, id=paper_id, body=body, summary=summary, files=file_ids
                    )
                )

    def drop_papers(self, system: str, paper_ids: list[str]) -> None:
        with self.begin() as conn:
            for paper_id in paper_ids:
                conn.execute(
                    delete(papers).where(papers.c.system == system, papers.c.id == paper_id)
                )

    def put_files(self, system: str, rows: list[dict[str, Any]]) -> None:
        with self.begin() as conn:
            for row in rows:
                conn.execute(delete(files).where(files.c.system == system, files.c.id == row["id"]))
                conn.execute(insert(files).values(system=system, **row))

    def drop_files(self, system: str, file_ids: list[str]) -> None:
        with self.begin() as conn:
            for file_id in file_ids:
                conn.execute(delete(files).where(files.c.system == system, files.c.id == file_id))

    def dump(self) -> str:
        """Everything but times, for comparing two states in tests."""
        out: dict[str, Any] = {}
        with self.begin() as conn:
            for table in (papers, files, organizations):
                out[table.name] = sorted(
                    json.dumps(r._asdict(), sort_keys=True, default=str)
                    for r in conn.execute(select(table))
                )
        return json.dumps(out, sort_keys=True)
