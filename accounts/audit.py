"""The audit log: sign-ins, failed sign-ins, role, state and access changes, readable by
admins. Pseudonymous by construction: people are `user:ID`, keys `key:ID`; no names, no e-mail
addresses. Old entries go after `FUNDUS_AUDIT_RETENTION_DAYS`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from core.keys import Principal
from core.people import AuditEntry
from core.tables import AuditRow


def actor_of(principal: Principal | None) -> str | None:
    if principal is None:
        return "cli"
    return principal.owner or "anonym"


def record(
    session: Session,
    event: str,
    *,
    actor: str | None = None,
    subject: str | None = None,
    **detail: Any,
) -> None:
    session.add(AuditRow(event=event, actor=actor, subject=subject, detail=detail))


def entries(
    db: sessionmaker, *, limit: int = 200, retention_days: int | None = None
) -> list[AuditEntry]:
    if retention_days is not None:
        purge(db, retention_days)
    with db() as session:
        rows = session.scalars(select(AuditRow).order_by(AuditRow.id.desc()).limit(limit))
        return [
            AuditEntry(
                id=r.id,
                at=r.at if r.at.tzinfo else r.at.replace(tzinfo=dt.UTC),
                event=r.event,
                actor=r.actor,
                subject=r.subject,
                detail=r.detail or {},
            )
            for r in rows
        ]


def purge(db: sessionmaker, retention_days: int) -> int:
    cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=retention_days)
    with db.begin() as session:
        result = session.execute(delete(AuditRow).where(AuditRow.at < cutoff))
    return int(getattr(result, "rowcount", 0) or 0)
