""""Save as a test conversation": a Rasa test story from a conversation, with no name or number,
in the shape Rasa's own story reader (what `rasa data validate` and `rasa test` use) accepts."""

from __future__ import annotations

import warnings

import yaml

from milia.console import db, story_export
from milia.console.conversations import read_rows

from . import builders
from .builders import NAME, PHONE, PHONE_E164
from .conftest import ROOT, logged_in


def callback_conversation(sender: str, start: float) -> builders.Chat:
    """A question, then the callback form filled in and submitted (names and numbers everywhere)."""
    chat = builders.answered(sender, start)
    chat.turn("can someone call me", "request_callback", [], 0.95, action="callback_form")
    chat.add("active_loop", {"name": "callback_form"})
    chat.slot("requested_slot", "caller_name")
    chat.bot("utter_ask_caller_name", "What is your name?")
    chat.action("action_listen")
    chat.user(NAME, "out_of_scope", 0.4)
    chat.action("callback_form")
    chat.slot("caller_name", NAME)
    chat.slot("requested_slot", "caller_phone")
    chat.bot("utter_ask_caller_phone", f"Thanks {NAME}. What number?")
    chat.action("action_listen")
    chat.user(f"it's {PHONE}", "out_of_scope", 0.3, entities=[{"entity": "phone", "value": PHONE}])
    chat.action("callback_form")
    chat.slot("caller_phone", PHONE_E164)
    chat.slot("requested_slot", None)
    chat.add("active_loop", {"name": None})
    chat.action("action_submit_callback")
    chat.bot("utter_callback_confirmed", f"We will call {PHONE}.")
    chat.action("action_listen")
    return chat


def test_steps_hold_intents_actions_and_the_form_but_no_personal_data(console, now) -> None:
    callback_conversation("c1", now - 60).save(console.tracker)
    steps = story_export.steps_from_rows(next(iter(read_rows(console.tracker, sender_ids=["c1"]))))
    assert steps == [
        {"intent": "faq_contagious"}, {"action": "utter_faq_contagious"},
        {"intent": "request_callback"}, {"action": "callback_form"}, {"active_loop": "callback_form"},
        {"slot_was_set": [{"requested_slot": "caller_name"}]},
        {"intent": "out_of_scope"}, {"action": "callback_form"}, {"slot_was_set": [{"requested_slot": "caller_phone"}]},
        {"intent": "out_of_scope"}, {"action": "callback_form"}, {"slot_was_set": [{"requested_slot": None}]},
        {"active_loop": None}, {"action": "action_submit_callback"},
    ]


def test_only_the_latest_session_is_used(console, now) -> None:
    chat = builders.answered("s", now - 600)
    chat.action("action_session_start")
    chat.add("session_started", {})
    chat.action("action_listen")
    chat.turn("hello", "greet", [("utter_greet", "Hello!")])
    chat.save(console.tracker)
    steps = story_export.steps_from_rows(next(iter(read_rows(console.tracker, sender_ids=["s"]))))
    assert steps == [{"intent": "greet"}, {"action": "utter_greet"}]


def test_saving_writes_a_story_rasa_reads_without_names_or_numbers(server, console, now) -> None:
    callback_conversation("c1", now - 60).save(console.tracker)
    editor = logged_in(server, "editor")
    page = editor.get("/conversations/c1").text
    assert "Save as a test conversation" in page
    response = editor.post("/conversations/c1/test-story", data={
        "csrf": editor.csrf("/conversations/c1"), "name": "A question, then a callback request"})
    assert response.status_code == 303 and response.headers["Location"].startswith("/conversations/c1?saved=")
    written = sorted(console.paths.stories.glob("test_console_*.yml"))
    assert len(written) == 1 and written[0].name.endswith("_a_question_then_a_callback_request.yml")
    text = written[0].read_text(encoding="utf-8")
    for secret in (NAME, "Jane", "Smith", PHONE, PHONE_E164, "400123456", "7400 123"):
        assert secret not in text
    data = yaml.safe_load(text)
    assert data["version"] == "3.1"
    story = data["stories"][0]
    assert story["story"] == "A question, then a callback request"
    assert story["steps"][:2] == [{"intent": "faq_contagious"}, {"action": "utter_faq_contagious"}]
    assert all(len(step) == 1 and set(step) <= story_export.STEP_KEYS for step in story["steps"])
    assert "Saved as" in editor.get(response.headers["Location"]).text
    entry = db.audit_log(console.staff)[0]
    assert (entry.actor, entry.action) == ("editor", "test conversation saved")
    assert written[0].name in entry.detail and NAME not in entry.detail

    # Rasa's own reader, as `rasa data validate` and `rasa test core --stories tests/stories` use it
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader

    domain = Domain.load(str(ROOT / "domain.yml"))
    assert YAMLStoryReader.is_test_stories_file(str(written[0]))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        steps = YAMLStoryReader(domain).read_from_file(str(written[0]))
    assert [str(w.message) for w in caught if issubclass(w.category, UserWarning)] == []
    assert len(steps) == 1 and steps[0].block_name == "A question, then a callback request"

    again = editor.post("/conversations/c1/test-story", data={
        "csrf": editor.csrf("/conversations/c1"), "name": "A question, then a callback request"})
    assert again.status_code == 400 and "already exists" in again.text
    assert len(list(console.paths.stories.glob("test_console_*.yml"))) == 1


def test_a_conversation_with_names_unknown_to_the_domain_is_refused(server, console, now) -> None:
    builders.form_in_progress("d", now - 60).save(console.tracker)  # its 'inform' intent is not in domain.yml
    editor = logged_in(server, "editor")
    response = editor.post("/conversations/d/test-story", data={"csrf": editor.csrf("/"), "name": "form"})
    assert response.status_code == 400 and "intent &#39;inform&#39; is not in domain.yml" in response.text
    assert NAME not in response.text and PHONE not in response.text
    assert list(console.paths.stories.glob("test_console_*.yml")) == []
    missing = editor.post("/conversations/nobody/test-story", data={"csrf": editor.csrf("/"), "name": "x"})
    assert missing.status_code == 404
    blank = builders.answered("a", now - 30)
    blank.save(console.tracker)
    assert editor.post("/conversations/a/test-story", data={"csrf": editor.csrf("/"), "name": " "}).status_code == 400


def test_a_viewer_cannot_save_and_the_form_needs_its_csrf_token(server, console, now) -> None:
    builders.answered("a", now - 60).save(console.tracker)
    viewer = logged_in(server, "viewer")
    assert "Save as a test conversation" not in viewer.get("/conversations/a").text
    assert viewer.post("/conversations/a/test-story", data={"csrf": viewer.csrf("/"), "name": "x"}).status_code == 403
    editor = logged_in(server, "editor")
    assert editor.post("/conversations/a/test-story", data={"name": "x"}).status_code == 403
    assert list(console.paths.stories.glob("test_console_*.yml")) == []


def test_the_file_check_refuses_shapes_rasa_would_not_read() -> None:
    intents, actions = {"greet"}, {"utter_greet"}
    assert story_export.check_story_file("stories: [{story: a, steps: [{intent: greet}, {action: utter_greet}]}]",
                                         intents, actions) == []
    assert story_export.check_story_file("stories: [", intents, actions)[0].startswith("not YAML")
    assert story_export.check_story_file("rules: []", intents, actions) == ["no 'stories:' list"]
    assert "intent 'hello' is not in domain.yml" in story_export.check_story_file(
        "stories: [{story: a, steps: [{intent: hello}]}]", intents, actions)
    assert story_export.check_story_file("stories: [{story: a, steps: [{action: utter_greet}]}]", intents,
                                         actions) == ["story 'a' has no visitor message"]
