"""Create a staff account (``make staff-user``).

    python -m milia.console.user_cli NAME ROLE [--replace]

The password is typed twice and never echoed. For scripts and tests, ``--password-stdin`` reads
it from the first line of standard input instead (never from the command line, where ``ps``
would show it). Roles: viewer (dashboard, conversations), editor (also the inbox and topics),
admin (also train, deploy, accounts and the audit log).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import List, Optional, TextIO

from milia.config.settings import ConsoleConfig
from milia.console import accounts, db


def read_password(stdin: bool, stream: Optional[TextIO] = None) -> Optional[str]:
    if stdin:
        return (stream or sys.stdin).readline().rstrip("\r\n")
    first = getpass.getpass("Password (at least 10 characters): ")
    second = getpass.getpass("The same password again: ")
    if first != second:
        print("The two passwords differ; nothing was changed.", file=sys.stderr)
        return None
    return first


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="make staff-user", description="Create a staff console account.")
    parser.add_argument("name")
    parser.add_argument("role", choices=accounts.ROLES)
    parser.add_argument("--replace", action="store_true", help="set a new password (and role) for an existing account")
    parser.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    args = parser.parse_args(argv)
    name = args.name.strip().lower()
    try:
        accounts.check_new(name, args.role, "x" * accounts.MIN_PASSWORD)
    except accounts.AccountError as exc:
        print(f"Nothing was changed: {exc}.", file=sys.stderr)
        return 2
    password = read_password(args.password_stdin)
    if password is None:
        return 2
    engine = db.make_staff_engine(ConsoleConfig.from_env().db_url)
    try:
        accounts.create_user(engine, name, args.role, password, replace=args.replace)
    except accounts.AccountError as exc:
        print(f"Nothing was changed: {exc}.", file=sys.stderr)
        return 2
    db.record(engine, "(terminal)", "account replaced" if args.replace else "account created", f"{name} ({args.role})")
    print(f"{'Updated' if args.replace else 'Created'} {name} ({args.role}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
