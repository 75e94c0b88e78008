"""Sending mail over SMTP (settings FUNDUS_SMTP_*). One connection per batch; a recipient
the server refuses does not stop the others."""

from __future__ import annotations

import logging
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr

from pydantic import BaseModel

from core.settings import Settings

logger = logging.getLogger(__name__)
TIMEOUT_S = 30


class OutgoingMail(BaseModel):
    to: str
    subject: str
    text: str
    html: str


def mail_configured(settings: Settings) -> bool:
    return bool(settings.smtp_host)


def build_message(settings: Settings, mail: OutgoingMail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.smtp_sender
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Date"] = formatdate(localtime=True)
    domain = parseaddr(settings.smtp_sender)[1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = make_msgid(domain=domain)
    message["Auto-Submitted"] = "auto-generated"  # no out-of-office replies to a digest
    message["List-Unsubscribe"] = f"<{settings.ui_url.rstrip('/')}/abos>"
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    return message


def send_mails(settings: Settings, mails: list[OutgoingMail]) -> list[bool]:
    """Send each mail; returns which went out. Raises only when no connection can be made,
    so the caller keeps everything pending for the next run."""
    if not mails:
        return []
    if not settings.smtp_host:
        raise RuntimeError("FUNDUS_SMTP_HOST ist nicht gesetzt.")
    with _connect(settings) as smtp:
        sent = []
        for mail in mails:
            try:
                smtp.send_message(build_message(settings, mail))
            except smtplib.SMTPException as exc:
                logger.warning("Mail to %s refused: %s", mail.to, exc)
                sent.append(False)
            else:
                sent.append(True)
    return sent


def _connect(settings: Settings) -> smtplib.SMTP:
    host, port = settings.smtp_host or "", settings.smtp_port
    if settings.smtp_tls == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(
            host, port, timeout=TIMEOUT_S, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(host, port, timeout=TIMEOUT_S)
        if settings.smtp_tls == "starttls":
            smtp.starttls(context=ssl.create_default_context())
    if settings.smtp_user:
        password = settings.smtp_password.get_secret_value() if settings.smtp_password else ""
        smtp.login(settings.smtp_user, password)
    return smtp
