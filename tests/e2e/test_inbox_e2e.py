"""`make inbox` against the real tracker store: unclear messages (and a question answered as not covered
beside another) come out with counts, personal details never."""

from __future__ import annotations

import csv
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from milia.config.settings import load_settings
from ops.services import ROOT
from tests.e2e.conftest import Stack, Visitor
from tests.e2e.test_callback_e2e import book

NAME = "Zebedee Quillfeather"
PHONE = "07400 918273"
CONCERN = "they're under my eyes"  # typed into the form's note question by book()


def test_inbox_exports_unclear_messages_and_no_personal_details(stack: Stack, tmp_path: Path) -> None:
    first, second, third = Visitor(stack), Visitor(stack), Visitor(stack)
    first.text("blorp zibble")
    second.text("Blorp zibble!!")
    third.text("BLORP ZIBBLE")
    first.text("flurb wonkle snarp")
    second.text("what's the weather like in Leeds on tuesday")
    third.text("are milia contagious? and can I have it done while pregnant")

    booker = Visitor(stack)
    readback = book(booker, name=NAME, phone=PHONE)
    assert NAME in readback
    assert "request is in" in booker.text("yes")

    out = tmp_path / "inbox.csv"
    today = datetime.now(load_settings().tz).date().isoformat()
    result = subprocess.run(
        [sys.executable, "-m", "milia.staff.inbox", "--since", today, "--db-url", stack.tracker_db_url, "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    print(result.stdout)
    text = out.read_text(encoding="utf-8-sig")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = {row["message"].lower(): row for row in csv.DictReader(fh)}

    blorp = next(row for key, row in rows.items() if key.startswith("blorp zibble"))
    assert blorp["count"] == "3" and blorp["label"] == ""
    assert rows["flurb wonkle snarp"]["count"] == "1"
    assert "what's the weather like in leeds on tuesday" in rows
    # answered one question and said the other is not covered: staff see it to add a topic
    assert rows["are milia contagious? and can i have it done while pregnant"]["reason"] == "part not answered"
    assert all(row["best_guess"] != "nlu_fallback" for row in rows.values())
    assert all(row["reason"] for row in rows.values())

    for secret in (NAME, "Zebedee", "Quillfeather", PHONE, "918273", "+447400918273", CONCERN):
        assert secret.lower() not in text.lower(), f"{secret!r} leaked into the inbox export"
    assert "typed into the callback form" in result.stdout
