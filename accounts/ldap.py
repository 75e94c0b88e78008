"""LDAP / Active Directory sign-in (ldap3): bind as the person with their password, read
their name and e-mail, and map their groups (groupOfNames with `member=DN`) to a role."""

from __future__ import annotations

import logging
import math

from ldap3 import BASE, Connection, Server
from ldap3.core.exceptions import LDAPException
from ldap3.utils.conv import escape_filter_chars
from ldap3.utils.dn import escape_rdn

from accounts.directory import DirectoryPerson, NoRole
from core.errors import Unavailable
from core.settings import LdapParams

logger = logging.getLogger(__name__)


def ldap_bind(params: LdapParams, login: str, password: str) -> DirectoryPerson | None:
    """The person behind `login` if the directory accepts the password, else None."""
    if not params.url or not password or not login.strip():
        return None  # an empty password would be an anonymous bind, which always succeeds
    dn = params.user_dn_template.format(login=escape_rdn(login.strip()))
    server = Server(params.url, connect_timeout=params.timeout_s)
    # ldap3 packs receive_timeout into SO_RCVTIMEO as whole seconds: a float breaks every bind
    receive_timeout = max(1, math.ceil(params.timeout_s))
    connection = Connection(server, user=dn, password=password, receive_timeout=receive_timeout)
    try:
        if not connection.bind():
            return None
        connection.search(dn, "(objectClass=*)", BASE, attributes=["mail", "cn", "displayName"])
        if not connection.entries:
            return None
        entry = connection.entries[0].entry_attributes_as_dict
        connection.search(
            params.group_base, f"(member={escape_filter_chars(dn)})", attributes=["cn"]
        )
        groups = tuple(str(g.entry_attributes_as_dict["cn"][0]) for g in connection.entries)
    except LDAPException as exc:
        logger.warning("LDAP server not usable: %s", type(exc).__name__)
        raise Unavailable("Der Verzeichnisdienst ist nicht erreichbar.") from exc
    finally:
        connection.unbind()
    mails = entry.get("mail") or []
    names = entry.get("displayName") or entry.get("cn") or [login]
    if not mails:  # the password was right: say what is missing, not "wrong password"
        raise NoRole(
            "Ihr Verzeichniskonto hat keine E-Mail-Adresse; bitte im Verzeichnis eintragen lassen."
        )
    return DirectoryPerson(external_id=dn, email=str(mails[0]), name=str(names[0]), groups=groups)
