"""The inbox: grouped messages, and assign / out of scope / dismiss writing the same files as
make import-inbox (in a temporary copy of the project)."""

from __future__ import annotations

import yaml

from milia.console import db, inbox_groups

from . import builders
from .builders import PHONE
from .conftest import logged_in


def fill(console, now: float) -> None:
    builders.not_understood("a", now - 300, "Where can I park?").save(console.tracker)
    builders.not_understood("b", now - 200, "where can i park").save(console.tracker)
    builders.not_understood("c", now - 100, "are milia catching at all").save(console.tracker)
    builders.not_understood("d", now - 90, f"call me on {PHONE}").save(console.tracker)
    builders.form_in_progress("e", now - 80).save(console.tracker)
    builders.answered("f", now - 70).save(console.tracker)


def test_messages_are_grouped_by_near_identical_text_without_contact_details(console, now) -> None:
    fill(console, now)
    found, decided = inbox_groups.groups(console.tracker, console.staff, now - 3600)
    assert [(g.key, g.count) for g in found] == [("where can i park", 2), ("are milia catching at all", 1)]
    assert decided == 0
    assert found[0].guess == "faq_cost"


def test_assign_out_of_scope_and_dismiss(console, now) -> None:
    fill(console, now)
    paths = console.paths
    outcome = inbox_groups.label(console.staff, paths, "are milia catching at all", "contagious", "nurse")
    assert outcome.ok, outcome.text
    topic = yaml.safe_load((paths.knowledge / "faq" / "contagious.yml").read_text(encoding="utf-8"))
    assert "are milia catching at all" in topic["examples"]
    outcome = inbox_groups.label(console.staff, paths, "Where can I park?", "out_of_scope", "nurse")
    assert outcome.ok, outcome.text
    assert "Where can I park?" in (paths.data / "nlu" / "imported.yml").read_text(encoding="utf-8")
    found, decided = inbox_groups.groups(console.tracker, console.staff, now - 3600)
    assert found == [] and decided == 2
    assert inbox_groups.label(console.staff, paths, "hello there", "dismissed", "nurse").ok
    assert not inbox_groups.label(console.staff, paths, "x", "no_such_topic", "nurse").ok
    actions = [e.action for e in db.audit_log(console.staff)]
    assert actions[:3] == ["inbox dismissed", "inbox labelled out_of_scope", "inbox labelled faq_contagious"]


def test_the_inbox_page(server, console, now) -> None:
    fill(console, now)
    editor = logged_in(server, "editor")
    page = editor.get("/inbox").text
    assert "where can i park" in page.lower() and PHONE not in page and "Jane" not in page
    response = editor.post("/inbox", data={"csrf": editor.csrf("/inbox"), "action": "assign",
                                           "topic": "contagious", "message": "are milia catching at all"})
    assert response.status_code == 200 and "Added to topic contagious" in response.text
    assert "are milia catching at all" not in response.text.split("already dealt with")[1]
    response = editor.post("/inbox", data={"csrf": editor.csrf("/inbox"), "action": "dismiss",
                                           "message": "Where can I park?"})
    assert "Nothing to look at." in response.text
    assert editor.post("/inbox", data={"csrf": editor.csrf("/inbox"), "action": "assign", "topic": "",
                                       "message": "x"}).status_code == 400
