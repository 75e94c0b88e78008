"""Which document access levels a role may see. The server adds these to every index query."""

from __future__ import annotations

from fundus.errors import InvalidRequest

_LEVELS = {
    "public": frozenset({"public"}),
    "anonymous": frozenset({"public"}),
    "members": frozenset({"public", "members"}),
    "member": frozenset({"public", "members"}),
    "staff": frozenset({"public", "members", "staff"}),
    "admin": frozenset({"public", "members", "staff"}),
}


def levels_for(role: str) -> frozenset[str]:
    try:
        return _LEVELS[role]
    except KeyError:
        raise InvalidRequest(f"Unbekannte Rolle: {role}") from None
