"""People who sign in through a directory (LDAP) or an identity provider (OIDC): their account
is created on first sign-in and its role follows the directory's groups on every sign-in."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import sessionmaker

from accounts import audit
from accounts.users import load, normal_email, organisation_row
from core.errors import FundusError
from core.people import USER_ROLES, User
from core.tables import UserRow


class NoRole(FundusError):
    status = 403
    title = "Keine Berechtigung"


@dataclass(frozen=True)
class DirectoryPerson:
    external_id: str  # LDAP DN or OIDC `iss|sub`
    email: str
    name: str
    groups: tuple[str, ...]


def role_for(groups: tuple[str, ...], mapping: dict[str, str]) -> str | None:
    """The highest role any of `groups` maps to (None: the person may not use Fundus)."""
    roles = [mapping[g] for g in groups if mapping.get(g) in USER_ROLES]
    return max(roles, key=USER_ROLES.index) if roles else None


def provision(
    db: sessionmaker, person: DirectoryPerson, *, source: str, role: str, organisation: str
) -> User:
    """Create or update the account; a disabled account stays disabled."""
    email = normal_email(person.email)
    with db.begin() as session:
        row = session.scalar(
            select(UserRow).where(
                or_(UserRow.external_id == person.external_id, UserRow.email == email)
            )
        )
        if row is None:
            org = organisation_row(session, organisation)
            row = UserRow(
                email=email,
                name=person.name,
                organisation_id=org.id,
                role=role,
                state="active",
                auth_source=source,
                external_id=person.external_id,
            )
            session.add(row)
            session.flush()
            audit.record(
                session, "user.created", subject=f"user:{row.id}", role=role, source=source
            )
        else:
            if row.role != role:
                audit.record(
                    session, "user.role", subject=f"user:{row.id}", old=row.role, new=role,
                    via=source,
                )  # fmt: skip
            row.role, row.name, row.email = role, person.name, email
            row.auth_source, row.external_id = source, person.external_id
        if row.state == "disabled":
            raise NoRole("Dieses Konto ist gesperrt.")
        return load(session, row.id)
