"""Password hashing with Argon2id (argon2-cffi, RFC 9106 low-memory profile) and the password
rule. Hashes carry their parameters, so stronger defaults later rehash on the next sign-in."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.errors import InvalidRequest
from core.people import PASSWORD_MIN_LENGTH as MIN_LENGTH

_HASHER = PasswordHasher()  # Argon2id, t=3, m=64 MiB, p=4


def check_rule(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise InvalidRequest(f"Das Passwort braucht mindestens {MIN_LENGTH} Zeichen.")


def hash_password(password: str) -> str:
    check_rule(password)
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    if not stored:
        _HASHER.hash(password)  # same time as a real check: no hint that the account has none
        return False
    try:
        return _HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    return _HASHER.check_needs_rehash(stored)
