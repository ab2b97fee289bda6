"""Staff tool for the callback outbox.

    python -m milia.callbacks.outbox_cli list [--status pending|delivered|failed]
    python -m milia.callbacks.outbox_cli retry REQUEST_ID

The database is OUTBOX_DB_URL (see milia.config.settings.RuntimeConfig). Phone
numbers are masked and names are not shown.
"""
from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from typing import List, Optional, Sequence, TextIO

from milia.callbacks import outbox
from milia.config.settings import RuntimeConfig

COLUMNS = ("REQUEST ID", "CREATED (UTC)", "STATUS", "ATTEMPTS", "PHONE", "LAST ERROR")


def mask_phone(e164: str) -> str:
    """"+447400123456" -> "+44 7*** ***456" (country code, first and last 3 digits)."""
    if e164.startswith("+44") and len(e164) > 7:
        national = e164[3:]
        return f"+44 {national[0]}*** ***{national[-3:]}"
    if len(e164) > 6:
        return f"{e164[:3]} *** ***{e164[-3:]}"
    return "***"


def format_table(rows: List[outbox.OutboxRow]) -> str:
    lines = [COLUMNS]
    for row in rows:
        lines.append(
            (
                row.id,
                row.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                row.status.value,
                str(row.attempts),
                mask_phone(row.phone_e164),
                row.last_error or "",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)).rstrip() for line in lines
    )


def main(
    argv: Optional[Sequence[str]] = None,
    config: Optional[RuntimeConfig] = None,
    out: TextIO = sys.stdout,
) -> int:
    parser = argparse.ArgumentParser(prog="python -m milia.callbacks.outbox_cli", description="Callback outbox")
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser("list", help="list requests")
    listing.add_argument("--status", choices=[s.value for s in outbox.Status])
    retry = commands.add_parser("retry", help="send a failed request again")
    retry.add_argument("request_id")
    args = parser.parse_args(argv)

    config = config or RuntimeConfig.from_env()
    engine = outbox.make_engine(config.outbox_db_url)
    try:
        if args.command == "list":
            status = outbox.Status(args.status) if args.status else None
            rows = outbox.list_requests(engine, status)
            print(format_table(rows), file=out)
            print(f"{len(rows)} request(s)", file=out)
            return 0
        if outbox.retry_failed(engine, args.request_id, datetime.now(timezone.utc)):
            print(f"{args.request_id}: back to pending", file=out)
            return 0
        row = outbox.get_request(engine, args.request_id)
        problem = "no such request" if row is None else f"status is {row.status.value}, not failed"
        print(f"{args.request_id}: {problem}", file=out)
        return 1
    finally:
        engine.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
