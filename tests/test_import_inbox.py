"""The inbox loop on temp folders: milia/staff/inbox.py picks the messages, milia/staff/import_inbox.py files the labels."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml

from milia.knowledge.topics import ROOT, load_topic
from milia.staff import (
    import_inbox,  # noqa: E402
    inbox,  # noqa: E402
)

DOMAIN = """version: "3.1"
intents:
  - greet
  - out_of_scope
  - nlu_fallback
  - message_empty
  # >>> generated faq intents
  - faq_contagious
  - faq_genetic
  # <<< generated faq intents
"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "knowledge" / "faq").mkdir(parents=True)
    for topic in ("contagious", "genetic"):
        shutil.copy(ROOT / "knowledge" / "faq" / f"{topic}.yml", tmp_path / "knowledge" / "faq")
    shutil.copy(ROOT / "knowledge" / "source.txt", tmp_path / "knowledge")
    (tmp_path / "domain.yml").write_text(DOMAIN, encoding="utf-8")
    (tmp_path / "data" / "nlu").mkdir(parents=True)
    (tmp_path / "data" / "nlu" / "general.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: greet\n  examples: |\n    - hi\n    - hello there\n', encoding="utf-8"
    )
    (tmp_path / "tests" / "nlu").mkdir(parents=True)
    (tmp_path / "tests" / "nlu" / "holdout.yml").write_text(
        'version: "3.1"\nnlu:\n- intent: faq_contagious\n  examples: |\n    - could my husband catch them\n',
        encoding="utf-8",
    )
    return tmp_path


def write_csv(path: Path, rows: List[Dict[str, str]], delimiter: str = ",", bom: bool = True) -> Path:
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["message", "count", "best_guess", "label"], delimiter=delimiter)
        writer.writeheader()
        for row in rows:
            writer.writerow({"count": "1", "best_guess": "", **row})
    return path


def run_import(repo: Path, rows: List[Dict[str, str]], capsys: Optional[pytest.CaptureFixture] = None,
               **csv_options: Any) -> str:
    path = write_csv(repo / "inbox.csv", rows, **csv_options)
    code = import_inbox.main([str(path), "--knowledge", str(repo / "knowledge"), "--data", str(repo / "data"),
                              "--domain", str(repo / "domain.yml"), "--holdout", str(repo / "tests" / "nlu")])
    assert code == 0
    return capsys.readouterr().out if capsys else ""


def examples(repo: Path, topic: str) -> List[str]:
    return load_topic(repo / "knowledge" / "faq" / f"{topic}.yml").examples


def imported(repo: Path) -> Dict[str, List[str]]:
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    data = RasaYAMLReader().read(repo / "data" / "nlu" / "imported.yml")
    found: Dict[str, List[str]] = {}
    for message in data.intent_examples:
        found.setdefault(message.get("intent"), []).append(message.get("text"))
    return found


# --- import_inbox ------------------------------------------------------------------------------


def test_topic_labels_are_appended_to_the_topic_file_keeping_its_comments(repo: Path) -> None:
    path = repo / "knowledge" / "faq" / "contagious.yml"
    before = examples(repo, "contagious")
    original = path.read_text(encoding="utf-8")
    run_import(repo, [
        {"message": "can my dog catch milia", "label": "contagious"},
        {"message": "Is milia catching from a cup?", "label": "faq_contagious"},
        {"message": "do milia run in my family", "label": " Genetic "},
    ])
    assert examples(repo, "contagious") == before + ["can my dog catch milia", "Is milia catching from a cup?"]
    assert examples(repo, "genetic")[-1] == "do milia run in my family"
    updated = path.read_text(encoding="utf-8")
    assert updated.startswith(original.rstrip("\n"))  # appended at the end of the list, nothing else touched
    assert "# The words of the clinic's page" in updated


def test_examples_needing_quotes_stay_valid_yaml_and_exact(repo: Path) -> None:
    tricky = ["is it: contagious?", "yes", "#1 question: contagious?", "'quoted' and \"double\"",
              "- dash first", "@everyone contagious?", "true", "100%"]
    run_import(repo, [{"message": t, "label": "contagious"} for t in tricky])
    assert examples(repo, "contagious")[-len(tricky):] == tricky


def test_a_message_the_inbox_protected_against_formulas_comes_back_unchanged(repo: Path) -> None:
    safe = inbox.spreadsheet_safe("=can my cat catch milia")
    assert safe == "'=can my cat catch milia"
    run_import(repo, [{"message": safe, "label": "contagious"}])
    assert examples(repo, "contagious")[-1] == "=can my cat catch milia"


def test_other_intents_go_to_data_nlu_imported_yml_in_rasa_format(repo: Path) -> None:
    run_import(repo, [
        {"message": "good day to you", "label": "greet"},
        {"message": "what's the weather: sunny?", "label": "out_of_scope"},
    ])
    assert imported(repo) == {"greet": ["good day to you"], "out_of_scope": ["what's the weather: sunny?"]}
    run_import(repo, [
        {"message": "Good day to you!", "label": "greet"},  # the same message again
        {"message": "hiya pal", "label": "greet"},
    ])
    assert imported(repo) == {"greet": ["good day to you", "hiya pal"], "out_of_scope": ["what's the weather: sunny?"]}


def test_no_duplicates_no_conflicts_no_held_out_questions(repo: Path, capsys: pytest.CaptureFixture) -> None:
    before = examples(repo, "contagious")
    out = run_import(repo, [
        {"message": "Are milia contagious??", "label": "contagious"},  # already an example
        {"message": "can i catch it", "label": "contagious"},
        {"message": "Can I catch it", "label": "contagious"},  # twice in the file
        {"message": "hello there", "label": "contagious"},  # an example of greet
        {"message": "could my husband catch them", "label": "contagious"},  # held out
    ], capsys)
    assert examples(repo, "contagious") == before + ["can i catch it"]
    assert "already an example of greet" in out
    assert "held-out test question" in out
    assert "2 already in the training data" in out


def test_unlabelled_rows_are_skipped_and_unknown_labels_listed(repo: Path, capsys: pytest.CaptureFixture) -> None:
    before = examples(repo, "contagious")
    out = run_import(repo, [
        {"message": "asdf", "label": ""},
        {"message": "what are your opening hours", "label": "opening_hours"},
        {"message": "huh", "label": "nlu_fallback"},
        {"message": "??", "label": "message_empty"},
        {"message": "is milia contagious to pets", "label": "contageous"},
    ], capsys)
    assert examples(repo, "contagious") == before
    assert not (repo / "data" / "nlu" / "imported.yml").exists()
    assert "Added 0 example(s)" in out and "Skipped 1 row(s) without a label" in out
    for label in ("opening_hours", "nlu_fallback", "message_empty", "contageous"):
        assert f"'{label}' (1 row(s))" in out


def test_semicolon_separated_csv_from_a_spreadsheet(repo: Path) -> None:
    run_import(repo, [{"message": "can my cat catch milia", "label": "contagious"}], delimiter=";")
    assert examples(repo, "contagious")[-1] == "can my cat catch milia"


def test_a_csv_without_a_label_column_is_refused(repo: Path, capsys: pytest.CaptureFixture) -> None:
    path = repo / "wrong.csv"
    path.write_text("text,what\nhello,greet\n", encoding="utf-8")
    assert import_inbox.main([str(path), "--knowledge", str(repo / "knowledge"), "--data", str(repo / "data"),
                              "--domain", str(repo / "domain.yml")]) == 1
    assert "'message' and 'label'" in capsys.readouterr().out


# --- inbox: which messages are exported ----------------------------------------------------------


def user(text: str, intent: str, confidence: float, ts: float = 100.0,
         ranking: Optional[List[Dict[str, Any]]] = None) -> Dict[str, Any]:
    parse = {"intent": {"name": intent, "confidence": confidence},
             "intent_ranking": ranking or [{"name": intent, "confidence": confidence}]}
    return {"type_name": "user", "data": {"event": "user", "timestamp": ts, "text": text, "parse_data": parse}}


def action(name: str) -> Dict[str, Any]:
    return {"type_name": "action", "data": {"event": "action", "name": name}}


def slot(name: str, value: Any) -> Dict[str, Any]:
    return {"type_name": "slot", "data": {"event": "slot", "name": name, "value": value}}


def loop(name: Optional[str]) -> Dict[str, Any]:
    return {"type_name": "active_loop", "data": {"event": "active_loop", "name": name}}


FALLBACK_RANKING = [{"name": "nlu_fallback", "confidence": 0.25}, {"name": "faq_genetic", "confidence": 0.2},
                    {"name": "faq_contagious", "confidence": 0.1}]


def unclear(events: List[Dict[str, Any]], since: float = 0.0) -> List[inbox.Message]:
    return list(inbox.unclear_in_conversation(events, since, 0.5, inbox.Skipped()))


def test_fallback_unsure_and_unanswered_messages_are_picked_with_the_best_real_guess() -> None:
    found = unclear([
        user("blorp", "nlu_fallback", 0.25, ranking=FALLBACK_RANKING), action("action_suggest_topics"),
        action("action_listen"),
        user("are milia contagious", "faq_contagious", 0.97), action("utter_faq_contagious"),
        user("do they run in famlies maybe", "faq_genetic", 0.31), action("utter_faq_genetic"),
        user("what are your opening hours", "out_of_scope", 0.9), action("utter_out_of_scope"),
    ])
    assert [(m.text, m.reason, m.guess) for m in found] == [
        ("blorp", "not understood", "faq_genetic"),
        ("do they run in famlies maybe", "unsure (0.31)", "faq_genetic"),
        ("what are your opening hours", "no answer", "out_of_scope"),
    ]


def bot(reply: str) -> Dict[str, Any]:
    return {"type_name": "bot", "data": {"event": "bot", "text": "...", "metadata": {"utter_action": reply}}}


def test_a_question_answered_as_not_covered_beside_a_topic_is_exported() -> None:
    found = unclear([
        user("are milia contagious? and can I have it done while pregnant", "faq_contagious", 0.95),
        action("action_answer_compound"), bot("utter_faq_contagious"), bot("utter_out_of_scope_part"),
        action("action_listen"),
        user("what are milia? and where do they come up", "faq_what_are", 0.95),
        action("action_answer_compound"), bot("utter_faq_what_are"), bot("utter_faq_location"),
        action("action_listen"),
        user("is it safe while breastfeeding, and are they contagious", "out_of_scope", 0.4),
        action("action_answer_compound"), bot("utter_out_of_scope_part"), bot("utter_faq_contagious"),
    ])
    assert [(m.text, m.reason) for m in found] == [
        ("are milia contagious? and can I have it done while pregnant", "part not answered"),
        ("is it safe while breastfeeding, and are they contagious", "unsure (0.40)"),
    ]


def test_nothing_typed_into_the_callback_form_is_exported() -> None:
    skipped = inbox.Skipped()
    events = [
        user("call me back", "request_callback", 0.99), action("callback_form"), loop("callback_form"),
        slot("requested_slot", "caller_name"),
        user("Jane Zork", "nlu_fallback", 0.25, ranking=FALLBACK_RANKING),
        slot("caller_name", "Jane Zork"), slot("requested_slot", "caller_phone"),
        user("o seven four double oh", "nlu_fallback", 0.25, ranking=FALLBACK_RANKING),
        slot("requested_slot", None), loop(None), action("action_submit_callback"),
        user("flibber", "nlu_fallback", 0.25, ranking=FALLBACK_RANKING), action("action_suggest_topics"),
    ]
    found = list(inbox.unclear_in_conversation(events, 0.0, 0.5, skipped))
    assert [m.text for m in found] == ["flibber"] and skipped.form == 2


def test_phone_numbers_emails_buttons_and_old_messages_are_left_out() -> None:
    skipped = inbox.Skipped()
    events = [
        user("old gibberish", "nlu_fallback", 0.2, ts=10.0),
        user("ring me on 07400 123 456", "nlu_fallback", 0.2, ts=200.0),
        user("+44 (0)121 567-8111 pls", "nlu_fallback", 0.2, ts=200.0),
        user("mail jane.doe@example.com", "nlu_fallback", 0.2, ts=200.0),
        user("/faq_genetic", "faq_genetic", 1.0, ts=200.0),
        user("I'm 25 and have 3 spots", "nlu_fallback", 0.2, ts=200.0),
    ]
    found = list(inbox.unclear_in_conversation(events, 100.0, 0.5, skipped))
    assert [m.text for m in found] == ["I'm 25 and have 3 spots"] and skipped.contact == 3


def make_tracker_db(path: Path, conversations: Dict[str, List[Dict[str, Any]]]) -> str:
    with sqlite3.connect(path) as conn:
        conn.execute("create table events (id integer primary key, sender_id varchar(255) not null, "
                     "type_name varchar(255) not null, timestamp float, intent_name varchar(255), "
                     "action_name varchar(255), data text)")
        for sender, events in conversations.items():
            for event in events:
                data = event["data"]
                conn.execute(
                    "insert into events (sender_id, type_name, timestamp, intent_name, action_name, data) "
                    "values (?, ?, ?, ?, ?, ?)",
                    (sender, event["type_name"], data.get("timestamp", 0.0),
                     (data.get("parse_data") or {}).get("intent", {}).get("name"), data.get("name"), json.dumps(data)),
                )
    return f"sqlite:///{path}"


def test_export_counts_normalised_duplicates_and_round_trips_through_import(repo: Path, tmp_path: Path) -> None:
    ts = datetime(2026, 11, 20, 12, tzinfo=timezone.utc).timestamp()
    db = make_tracker_db(tmp_path / "tracker.db", {
        "a": [user("Blorp?", "nlu_fallback", 0.25, ts, FALLBACK_RANKING), action("action_suggest_topics")],
        "b": [user("blorp", "nlu_fallback", 0.25, ts + 5, FALLBACK_RANKING), action("action_suggest_topics"),
              user("=1+1", "out_of_scope", 0.8, ts + 6), action("utter_out_of_scope")],
        "c": [user("too old", "nlu_fallback", 0.25, ts - 30 * 86400, FALLBACK_RANKING)],
    })
    out = tmp_path / "inbox.csv"
    assert inbox.main(["--since", "2026-11-01", "--db-url", db, "--out", str(out)]) == 0
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["message"], r["count"], r["best_guess"], r["label"]) for r in rows] == [
        ("Blorp?", "2", "faq_genetic", ""), ("'=1+1", "1", "out_of_scope", ""),
    ]
    assert rows[0]["guess_question"] == "Are milia genetic?" and rows[0]["reason"] == "not understood"
    rows[0]["label"] = "genetic"
    rows[1]["label"] = "out_of_scope"
    with open(out, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    assert import_inbox.main([str(out), "--knowledge", str(repo / "knowledge"), "--data", str(repo / "data"),
                              "--domain", str(repo / "domain.yml")]) == 0
    assert examples(repo, "genetic")[-1] == "Blorp?"
    assert imported(repo) == {"out_of_scope": ["=1+1"]}
    assert yaml.safe_load((repo / "data" / "nlu" / "imported.yml").read_text())["version"] == "3.1"
