"""Document access levels, the one definition: their order, German names, and which a role sees.

Levels are ordered from the most open to the most closed; the server adds the levels of the
caller's role to every index query, and an edit never leaves the index more open than the
database (documents/edit.py)."""

from __future__ import annotations

from typing import Literal

from core.errors import InvalidRequest

Access = Literal["public", "members", "staff"]
ACCESS_LEVELS: tuple[Access, ...] = ("public", "members", "staff")
ALL_LEVELS: frozenset[str] = frozenset(ACCESS_LEVELS)
ACCESS_LABELS: dict[str, str] = {
    "public": "öffentlich",
    "members": "Mitglieder",
    "staff": "Geschäftsstelle",
}

_ROLE_LEVELS = {
    "public": frozenset({"public"}),
    "anonymous": frozenset({"public"}),
    "members": frozenset({"public", "members"}),
    "member": frozenset({"public", "members"}),
    "staff": ALL_LEVELS,
    "admin": ALL_LEVELS,
}


def levels_for(role: str) -> frozenset[str]:
    try:
        return _ROLE_LEVELS[role]
    except KeyError:
        raise InvalidRequest(f"Unbekannte Rolle: {role}") from None


def stricter_access(*levels: str) -> Access:
    """The most closed of `levels`: what a document may be at most when several rules apply
    (an attachment and its mail; the old and the new value while an edit is under way)."""
    return ACCESS_LEVELS[max(ACCESS_LEVELS.index(level) for level in levels)]  # type: ignore[arg-type]


def more_open(level: str, than: str) -> bool:
    return ACCESS_LEVELS.index(level) < ACCESS_LEVELS.index(than)  # type: ignore[arg-type]
