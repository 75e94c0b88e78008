"""Sending pending matches: at once ("sofort") right after ingestion, weekly ("woechentlich")
when the deployment's scheduler runs `fundus notify send --weekly`.

A match is marked sent only after the server accepted the mail, so a mail server that is down
delays notices instead of losing them. What a recipient may see is checked again at sending
time: a document made internal after it matched is not sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from pydantic import BaseModel
from sqlalchemy import select, update

from core.tables import SubscriptionMatchRow, SubscriptionRow
from core.weeks import week_of
from documents.repository import load_documents
from notify.digest import Digest, build_digest
from notify.mailer import OutgoingMail, mail_configured, send_mails
from notify.models import Mode
from notify.render import count_label, digest_html, digest_text, notice_html, notice_text
from notify.store import Subscriber, subscribers
from runtime.resources import Resources

logger = logging.getLogger(__name__)


class DeliveryReport(BaseModel):
    mails: int = 0
    documents: int = 0
    failed: int = 0
    skipped: int = 0


@dataclass
class _Recipient:
    email: str
    subscriber: Subscriber  # any of the recipient's subscriptions: same owner, same access
    match_ids: list[int] = field(default_factory=list)
    reasons: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    earlier: set[str] = field(default_factory=set)  # documents already sent in another version


def send_pending(resources: Resources, mode: Mode) -> DeliveryReport:
    """Mail every recipient their pending matches of this mode: one mail per recipient."""
    report = DeliveryReport()
    if not mail_configured(resources.settings):
        logger.debug("No SMTP server configured; %s matches stay pending", mode)
        return report
    recipients = _pending(resources, mode)
    if not recipients:
        return report
    mails: list[OutgoingMail] = []
    batches: list[list[int]] = []
    for recipient in recipients.values():
        digest = _digest_for(resources, recipient, mode)
        if digest is None or not digest.count:
            report.skipped += len(recipient.match_ids)
            _mark_sent(resources, recipient.match_ids)  # nothing visible left to send
            continue
        mails.append(_mail(recipient.email, digest, mode))
        batches.append(recipient.match_ids)
        report.documents += digest.count
    for ok, ids in zip(send_mails(resources.settings, mails), batches, strict=True):
        if ok:
            _mark_sent(resources, ids)
            report.mails += 1
        else:
            report.failed += 1
    logger.info(
        "Sent %d %s mails (%d documents), %d failed",
        report.mails,
        mode,
        report.documents,
        report.failed,
    )
    return report


def _pending(resources: Resources, mode: Mode) -> dict[tuple[str, str], _Recipient]:
    active = {s.subscription.id: s for s in subscribers(resources.db)}
    with resources.db() as session:
        rows = session.execute(
            select(
                SubscriptionMatchRow.id,
                SubscriptionMatchRow.subscription_id,
                SubscriptionMatchRow.document_id,
            )
            .join(SubscriptionRow, SubscriptionRow.id == SubscriptionMatchRow.subscription_id)
            .where(SubscriptionMatchRow.sent_at.is_(None), SubscriptionRow.mode == mode)
            .order_by(SubscriptionMatchRow.id)
        ).all()
        pending_docs = sorted({r.document_id for r in rows})
        sent_before: set[tuple[int, str]] = set()
        for start in range(0, len(pending_docs), 500):
            sent_before.update(
                (row.subscription_id, row.document_id)
                for row in session.execute(
                    select(
                        SubscriptionMatchRow.subscription_id, SubscriptionMatchRow.document_id
                    ).where(
                        SubscriptionMatchRow.sent_at.is_not(None),
                        SubscriptionMatchRow.document_id.in_(pending_docs[start : start + 500]),
                    )
                )
            )
    recipients: dict[tuple[str, str], _Recipient] = {}
    for match_id, subscription_id, document_id in rows:
        subscriber = active.get(subscription_id)
        if subscriber is None:  # the key was revoked: its subscriptions are silent
            continue
        key = (subscriber.owner, subscriber.subscription.email.lower())
        recipient = recipients.setdefault(
            key, _Recipient(subscriber.subscription.email, subscriber)
        )
        recipient.match_ids.append(match_id)
        names = recipient.reasons[document_id]
        if subscriber.subscription.name not in names:
            names.append(subscriber.subscription.name)
        if (subscription_id, document_id) in sent_before:
            recipient.earlier.add(document_id)
    return recipients


def _digest_for(resources: Resources, recipient: _Recipient, mode: Mode) -> Digest | None:
    access = recipient.subscriber.access
    docs = [d for d in load_documents(resources, recipient.reasons) if d.access in access]
    if not docs:
        return None
    week = week_of(dt.date.today())
    count = count_label(len(docs), "neues Dokument", "neue Dokumente")
    if mode == "sofort":
        title, subtitle = "Neu im Fundus zu Ihren Abos", count.capitalize()
    else:
        title, subtitle = "Nachrichtendienst – Ihre Abos", f"{week.label} · {count}"
    return build_digest(
        resources,
        docs,
        title=title,
        subtitle=subtitle,
        recipient=recipient.email,
        reasons=dict(recipient.reasons),
        updated=frozenset(recipient.earlier),
    )


def _mail(to: str, digest: Digest, mode: Mode) -> OutgoingMail:
    entries = digest.entries()
    if mode == "sofort":
        subject = (
            f"Neu im Fundus: {entries[0].title}"
            if len(entries) == 1
            else f"Neu im Fundus: {len(entries)} Dokumente zu Ihren Abos"
        )
        return OutgoingMail(
            to=to, subject=subject, text=notice_text(digest), html=notice_html(digest)
        )
    return OutgoingMail(
        to=to,
        subject=f"{digest.title}, {digest.subtitle}",
        text=digest_text(digest),
        html=digest_html(digest),
    )


def _mark_sent(resources: Resources, match_ids: list[int]) -> None:
    now = dt.datetime.now(dt.UTC)
    with resources.db.begin() as session:
        for start in range(0, len(match_ids), 500):
            session.execute(
                update(SubscriptionMatchRow)
                .where(SubscriptionMatchRow.id.in_(match_ids[start : start + 500]))
                .values(sent_at=now)
            )
