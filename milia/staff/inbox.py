"""Export the visitor messages the assistant did not understand, for staff to label in a spreadsheet.

    python -m milia.staff.inbox --since 2026-11-01 [--out inbox.csv]      (make inbox SINCE=2026-11-01)

Reads the conversations from the SQL tracker store (TRACKER_DB_URL, table `events`). A visitor
message counts as "not understood" when:

  - not understood:  the assistant's guess was too unsure, so it answered "did you mean ...?"
                     (intent nlu_fallback, then action_suggest_topics);
  - no answer:       it replied that it has no information on that (utter_out_of_scope,
                     action_suggest_topics, or Rasa's default fallback);
  - part not answered: it answered one of two questions and said the other is not covered
                     (utter_out_of_scope_part, sent by the compound answer);
  - unsure:          it did answer, but with a confidence below --min-confidence (default 0.5),
                     so the answer may well have been wrong.

Privacy: the export never contains what visitors typed into the callback form. Every message
sent while the callback form was active or asking for a detail (active_loop callback_form, or
requested_slot set; any other form too) is skipped, and so is every message containing a phone-number-like run of
digits or an e-mail address. Button clicks ("/faq_...") and empty or over-long messages are
skipped too.

The CSV has one row per different message (compared in lower case without punctuation), with
how many times it was sent, the assistant's best guess (never nlu_fallback), and an empty `label`
column: fill in a topic id (e.g. `contagious`) or an intent (e.g. `greet`, `out_of_scope`), then
`make import-inbox FILE=inbox.csv`.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
FALLBACK = "nlu_fallback"
NO_ANSWER_ACTIONS = {"action_suggest_topics", "utter_out_of_scope", "action_default_fallback", "utter_default"}
# A reply that says one of the questions asked is not covered (the other one was answered).
PART_NOT_ANSWERED = {"utter_out_of_scope_part"}
SKIPPED_INTENTS = {"message_empty", "message_too_long"}
MIN_CONFIDENCE = 0.5
# 7 or more digits, allowing spaces, dots, dashes, slashes and brackets between them: phone numbers.
PHONE_LIKE = re.compile(r"\+?\(?\d(?:[\s./()-]*\d){6,}")
EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
# Cells starting with these are run as formulas by spreadsheets; a leading ' makes them plain text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = ["message", "count", "reason", "best_guess", "guess_question", "confidence", "last_seen", "label"]


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]", " ", text.lower()).split())


def has_contact_details(text: str) -> bool:
    return bool(PHONE_LIKE.search(text) or EMAIL.search(text))


def spreadsheet_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_START) else text


@dataclass
class Message:
    text: str
    timestamp: float
    reason: str
    guess: Optional[str]
    confidence: Optional[float]


@dataclass
class Skipped:
    form: int = 0
    contact: int = 0


def best_guess(parse_data: Mapping[str, Any]) -> Tuple[Optional[str], Optional[float]]:
    ranking = parse_data.get("intent_ranking") or [parse_data.get("intent") or {}]
    for entry in ranking:
        if entry.get("name") and entry["name"] != FALLBACK:
            return entry["name"], entry.get("confidence")
    return None, None


@dataclass
class _Pending:
    """A visitor message waiting for what the assistant did with it."""

    message: Message
    unclear: bool  # not understood or unsure already
    reply: Optional[str] = None  # the first action after it
    part_not_answered: bool = False  # one of two questions got "that isn't covered"

    def settle(self) -> Optional[Message]:
        if self.reply in NO_ANSWER_ACTIONS and self.message.reason != "not understood":
            self.message.reason = "no answer"  # it said so, however sure it was
            return self.message
        if self.part_not_answered and not self.unclear:
            self.message.reason = "part not answered"
            return self.message
        return self.message if self.unclear else None


def unclear_in_conversation(
    events: Iterable[Mapping[str, Any]], since: float, min_confidence: float, skipped: Skipped
) -> Iterator[Message]:
    """Walk one conversation's events in order; yield the visitor messages not understood.

    Each event is a dict with the `events` table's type_name and its parsed `data` JSON.
    """
    active_loop: Optional[str] = None
    requested_slot: Optional[str] = None
    pending: Optional[_Pending] = None

    for event in events:
        kind, data = event["type_name"], event["data"]
        if kind in ("session_started", "restart"):
            active_loop = requested_slot = None
        elif kind == "active_loop":
            active_loop = data.get("name")
        elif kind == "slot" and data.get("name") == "requested_slot":
            requested_slot = data.get("value")
        elif kind == "reset_slots":
            requested_slot = None
        elif kind == "action" and pending and pending.reply is None and data.get("name") not in (None, "action_listen"):
            pending.reply = data.get("name")
        elif kind == "bot" and pending and (data.get("metadata") or {}).get("utter_action") in PART_NOT_ANSWERED:
            pending.part_not_answered = True
        elif kind == "user":
            found = pending.settle() if pending else None
            pending = None
            if found:
                yield found
            if (data.get("timestamp") or 0) < since:
                continue
            text = " ".join(str(data.get("text") or "").split())
            parse = data.get("parse_data") or {}
            intent = (parse.get("intent") or {}).get("name")
            if not text or text.startswith("/") or intent in SKIPPED_INTENTS:
                continue
            if active_loop or requested_slot is not None:  # the callback form (or any form) is asking
                skipped.form += 1
                continue
            if has_contact_details(text):
                skipped.contact += 1
                continue
            guess, confidence = best_guess(parse)
            top = (parse.get("intent") or {}).get("confidence")
            if intent == FALLBACK:
                reason, unclear = "not understood", True
            elif top is not None and top < min_confidence:
                reason, unclear = f"unsure ({top:.2f})", True
            else:
                reason, unclear = "", False
            pending = _Pending(Message(text, data.get("timestamp") or 0.0, reason, guess, confidence), unclear)
    found = pending.settle() if pending else None
    if found:
        yield found


def read_conversations(db_url: str, since: float) -> Iterator[List[Dict[str, Any]]]:
    """All events of every conversation with a visitor message since `since`, one list per conversation."""
    import sqlalchemy as sa

    engine = sa.create_engine(db_url)
    query = sa.text(
        "select sender_id, type_name, data from events where sender_id in "
        "(select distinct sender_id from events where type_name = 'user' and timestamp >= :since) "
        "order by sender_id, id"
    )
    try:
        with engine.connect() as conn:
            current, events = None, []
            for sender_id, type_name, data in conn.execute(query, {"since": since}):
                if sender_id != current and events:
                    yield events
                    events = []
                current = sender_id
                try:
                    parsed = json.loads(data) if data else {}
                except ValueError:
                    parsed = {}
                events.append({"type_name": type_name, "data": parsed})
            if events:
                yield events
    finally:
        engine.dispose()


def collect(conversations: Iterable[Iterable[Mapping[str, Any]]], since: float, min_confidence: float,
            skipped: Skipped) -> List[Dict[str, Any]]:
    """De-duplicated rows, most frequent first."""
    groups: Dict[str, Dict[str, Any]] = {}
    for events in conversations:
        for message in unclear_in_conversation(events, since, min_confidence, skipped):
            key = normalise(message.text)
            row = groups.setdefault(key, {"message": message.text, "count": 0, "last": 0.0, "reasons": []})
            row["count"] += 1
            if message.reason not in row["reasons"]:
                row["reasons"].append(message.reason)
            if message.timestamp >= row["last"]:  # the latest guess: the model may have changed since
                row.update(last=message.timestamp, guess=message.guess, confidence=message.confidence)
    return sorted(groups.values(), key=lambda r: (-r["count"], -r["last"]))


def write_csv(rows: List[Dict[str, Any]], out: Path, titles: Mapping[str, str], tz: Any) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    # utf-8-sig: spreadsheet programs then show accents and emoji correctly.
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(COLUMNS)
        for row in rows:
            writer.writerow([
                spreadsheet_safe(row["message"]),
                row["count"],
                "; ".join(row["reasons"]),
                row.get("guess") or "",
                titles.get(row.get("guess") or "", ""),
                "" if row.get("confidence") is None else f"{row['confidence']:.2f}",
                datetime.fromtimestamp(row["last"], tz).strftime("%Y-%m-%d %H:%M"),
                "",
            ])


def main(argv: Optional[List[str]] = None) -> int:
    from milia.config.settings import load_settings
    from milia.knowledge.topics import topic_titles

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--since", required=True, help="first day to include, YYYY-MM-DD (clinic time)")
    parser.add_argument("--out", type=Path, default=Path("inbox.csv"))
    parser.add_argument("--db-url", default=os.environ.get("TRACKER_DB_URL", f"sqlite:///{ROOT / 'var' / 'tracker.db'}"))
    parser.add_argument("--min-confidence", type=float, default=MIN_CONFIDENCE)
    args = parser.parse_args(argv)
    try:
        day = date.fromisoformat(args.since)
    except ValueError:
        print(f"SINCE must be a date like 2026-11-01, not '{args.since}'.")
        return 2
    tz = load_settings().tz
    since = datetime.combine(day, time.min, tz).timestamp()
    skipped = Skipped()
    rows = collect(read_conversations(args.db_url, since), since, args.min_confidence, skipped)
    write_csv(rows, args.out, topic_titles(), tz)
    total = sum(r["count"] for r in rows)
    print(f"Wrote {len(rows)} different messages ({total} in all) not understood since {day} to {args.out}.")
    print(f"Left out for privacy: {skipped.form} message(s) typed into the callback form and "
          f"{skipped.contact} containing a phone number or e-mail address.")
    print("Next: open the file in a spreadsheet, fill in the 'label' column (see docs/staff-guide.md), save it "
          "as CSV and run `make import-inbox FILE=...`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
