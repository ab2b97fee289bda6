"""Accounts, session cookies, CSRF tokens, the login limit, settings and make staff-user."""

from __future__ import annotations

import io

import pytest
import sqlalchemy as sa

from milia.config.settings import ConsoleConfig, SettingsError
from milia.console import accounts, db, user_cli
from milia.console.sessions import LoginLimiter, Signer

from .conftest import PASSWORD


@pytest.fixture
def staff(tmp_path):
    engine = db.make_staff_engine(f"sqlite:///{tmp_path}/staff.db")
    yield engine
    engine.dispose()


def test_passwords_are_stored_as_argon2_hashes_only(staff) -> None:
    accounts.create_user(staff, "nurse", "editor", PASSWORD)
    with staff.connect() as conn:
        stored = conn.execute(sa.select(db.users.c.password_hash)).scalar()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert accounts.authenticate(staff, "nurse", PASSWORD).role == "editor"
    assert accounts.authenticate(staff, "nurse", PASSWORD + "x") is None
    assert accounts.authenticate(staff, "nobody", PASSWORD) is None


def test_accounts_are_checked_and_a_new_password_ends_old_sessions(staff) -> None:
    with pytest.raises(accounts.AccountError):
        accounts.create_user(staff, "nurse", "editor", "short")
    with pytest.raises(accounts.AccountError):
        accounts.create_user(staff, "nurse", "owner", PASSWORD)
    with pytest.raises(accounts.AccountError):
        accounts.create_user(staff, "Bad Name!", "viewer", PASSWORD)
    first = accounts.create_user(staff, "nurse", "editor", PASSWORD)
    with pytest.raises(accounts.AccountError):
        accounts.create_user(staff, "nurse", "editor", PASSWORD)
    second = accounts.create_user(staff, "nurse", "admin", PASSWORD + "2", replace=True)
    assert second.generation == first.generation + 1
    assert accounts.set_disabled(staff, "nurse", True)
    assert accounts.authenticate(staff, "nurse", PASSWORD + "2") is None


def test_roles_include_the_ones_below() -> None:
    viewer, editor, admin = (accounts.User(r, r, 1) for r in accounts.ROLES)
    assert viewer.can("viewer") and not viewer.can("editor")
    assert editor.can("editor") and not editor.can("admin")
    assert admin.can("viewer") and admin.can("admin")
    assert not accounts.User("x", "admin", 1, disabled=True).can("viewer")


def test_session_cookies_are_signed_and_expire() -> None:
    signer = Signer("secret-one-0123456789")
    session, cookie = signer.new_session("nurse", 1, minutes=10, now=1000.0)
    assert signer.read_session(cookie, now=1001.0) == session
    assert signer.read_session(cookie, now=1000.0 + 601) is None
    assert Signer("secret-two-0123456789").read_session(cookie, now=1001.0) is None
    body, mac = cookie.split(".")
    forged = Signer("secret-two-0123456789").sign({"u": "admin", "g": 1, "s": "x", "e": 9e12})
    assert signer.read_session(forged) is None
    assert signer.read_session(body[:-2] + "AA." + mac, now=1001.0) is None
    assert signer.read_session("garbage") is None and signer.read_session(None) is None
    # a pre-login cookie is not a session
    _, pre = signer.new_pre_session()
    assert signer.read_session(pre) is None


def test_csrf_tokens_belong_to_one_session() -> None:
    signer = Signer("secret-one-0123456789")
    token = signer.csrf_token("sid-a")
    assert signer.check_csrf("sid-a", token)
    assert not signer.check_csrf("sid-b", token)
    assert not signer.check_csrf("sid-a", None) and not signer.check_csrf(None, token)


def test_ten_failed_logins_lock_the_account_and_the_address_for_a_while() -> None:
    limiter = LoginLimiter(limit=10, window=900, lockout=900)
    for i in range(9):
        limiter.failed("nurse", "10.0.0.1", now=100.0 + i)
    assert limiter.locked_for("nurse", "10.0.0.1", now=110.0) == 0
    limiter.failed("nurse", "10.0.0.1", now=110.0)
    assert limiter.locked_for("nurse", "10.0.0.9", now=111.0) > 0  # the account, from anywhere
    assert limiter.locked_for("someone", "10.0.0.1", now=111.0) > 0  # the address, for any account
    assert limiter.locked_for("nurse", "10.0.0.1", now=110.0 + 901) == 0


def test_console_settings_from_the_environment() -> None:
    config = ConsoleConfig.from_env({})
    assert (config.host, config.port, config.secret) == ("127.0.0.1", 8081, None)
    assert not config.secure_cookies
    config = ConsoleConfig.from_env({"STAFF_HOST": "0.0.0.0", "STAFF_PORT": "9000", "STAFF_SECRET": "s" * 32})
    assert config.secure_cookies and config.port == 9000
    with pytest.raises(SettingsError):
        ConsoleConfig.from_env({"STAFF_SECRET": "short"})
    with pytest.raises(SettingsError):
        ConsoleConfig.from_env({"STAFF_PORT": "0"})


def test_make_staff_user_asks_twice_and_never_echoes(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("STAFF_DB_URL", f"sqlite:///{tmp_path}/staff.db")
    answers = iter([PASSWORD, PASSWORD + "typo"])
    monkeypatch.setattr(user_cli.getpass, "getpass", lambda prompt: next(answers))
    assert user_cli.main(["nurse", "editor"]) == 2
    assert "differ" in capsys.readouterr().err
    answers = iter([PASSWORD, PASSWORD])
    monkeypatch.setattr(user_cli.getpass, "getpass", lambda prompt: next(answers))
    assert user_cli.main(["nurse", "editor"]) == 0
    output = capsys.readouterr()
    assert PASSWORD not in output.out + output.err
    engine = db.make_staff_engine(f"sqlite:///{tmp_path}/staff.db")
    assert accounts.authenticate(engine, "nurse", PASSWORD)
    assert db.audit_log(engine)[0].action == "account created"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "-new\n"))
    assert user_cli.main(["nurse", "admin", "--replace", "--password-stdin"]) == 0
    assert accounts.authenticate(engine, "nurse", PASSWORD + "-new").role == "admin"
    engine.dispose()
