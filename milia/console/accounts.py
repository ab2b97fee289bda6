"""Staff accounts: Argon2 password hashes and three roles."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from typing import List, Optional

import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy.engine import Engine

from milia.console import db

ROLES = ("viewer", "editor", "admin")  # each role can do everything the ones before it can
NAME = re.compile(r"^[a-z][a-z0-9._-]{1,31}$")
MIN_PASSWORD = 10

_hasher = PasswordHasher()
# Verified against when the name is unknown, so a wrong name takes as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not a real password")


class AccountError(ValueError):
    pass


@dataclass(frozen=True)
class User:
    name: str
    role: str
    generation: int
    disabled: bool = False

    def can(self, role: str) -> bool:
        return not self.disabled and ROLES.index(self.role) >= ROLES.index(role)


def check_new(name: str, role: str, password: str) -> None:
    if not NAME.match(name):
        raise AccountError("the name must be 2-32 lower-case letters, digits, '.', '_' or '-', starting with a letter")
    if role not in ROLES:
        raise AccountError(f"the role must be one of {', '.join(ROLES)}")
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")


def create_user(engine: Engine, name: str, role: str, password: str, replace: bool = False) -> User:
    """Add an account (or, with ``replace``, set a new password and role, which ends its sessions)."""
    check_new(name, role, password)
    hashed = _hasher.hash(password)
    with engine.begin() as conn:
        row = conn.execute(sa.select(db.users.c.generation).where(db.users.c.name == name)).first()
        if row and not replace:
            raise AccountError(f"there is already an account named {name}")
        if row:
            generation = row[0] + 1
            conn.execute(db.users.update().where(db.users.c.name == name).values(
                role=role, password_hash=hashed, generation=generation, disabled=False))
        else:
            generation = 1
            conn.execute(db.users.insert().values(name=name, role=role, password_hash=hashed,
                                                  created_at=time.time(), generation=1, disabled=False))
    return User(name, role, generation)


def get_user(engine: Engine, name: str) -> Optional[User]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.users).where(db.users.c.name == name)).first()
    if row is None:
        return None
    return User(row.name, row.role, row.generation, bool(row.disabled))


def list_users(engine: Engine) -> List[User]:
    with engine.connect() as conn:
        rows = conn.execute(sa.select(db.users).order_by(db.users.c.name)).all()
    return [User(r.name, r.role, r.generation, bool(r.disabled)) for r in rows]


def authenticate(engine: Engine, name: str, password: str) -> Optional[User]:
    """The user if the password is right (and the account enabled), else None."""
    with engine.connect() as conn:
        row = conn.execute(sa.select(db.users).where(db.users.c.name == name)).first()
    try:
        _hasher.verify(row.password_hash if row else _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return None
    if row is None or row.disabled:
        return None
    if _hasher.check_needs_rehash(row.password_hash):
        with engine.begin() as conn:
            conn.execute(db.users.update().where(db.users.c.name == name).values(password_hash=_hasher.hash(password)))
    return User(row.name, row.role, row.generation, False)


def set_disabled(engine: Engine, name: str, disabled: bool) -> bool:
    with engine.begin() as conn:
        return conn.execute(db.users.update().where(db.users.c.name == name).values(
            disabled=disabled, generation=db.users.c.generation + 1)).rowcount == 1
