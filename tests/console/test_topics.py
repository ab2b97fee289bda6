"""Topics in forms: the same files as by hand, the make check-data checks on save with each
error beside its field, quotes chosen from the clinic's page, safety texts for admins only."""

from __future__ import annotations

import re

import yaml

from milia.console import db, topic_form
from milia.knowledge.topics import load_topic

from .conftest import ROOT, logged_in

QUOTE = ("Unlike a pimple or spot, milia feel quite hard, almost like a small piece of grit under the skin, and do "
         "not have any redness or inflammation as you might expect with whiteheads or acne-related spots.")
EXAMPLES = ["why do milia feel so hard", "they feel like grit under my skin", "why are these bumps rock hard",
            "is it normal that milia feel gritty", "hard little lump under the skin like sand",
            "why does it feel like a grain of sand", "my bump is firm not soft, why", "why are they solid",
            "they are hard to the touch", "feels like a tiny stone in my skin"]


def new_topic_form(csrf: str, **changes):
    form = {"csrf": csrf, "id": "grit", "title": "Why do milia feel hard?", "button": "Why are they hard?",
            "answer": "Unlike a pimple or spot, milia feel quite hard, almost like a small piece of grit under the skin.",
            "examples": "\n".join(EXAMPLES), "source": [QUOTE], "related": ["callback", "what_are"]}
    form.update(changes)
    return form


def test_every_topic_file_survives_a_round_trip_through_the_form() -> None:
    for path in sorted((ROOT / "knowledge" / "faq").glob("*.yml")):
        draft = topic_form.load_draft(path)
        again = yaml.safe_load(topic_form.render_yaml(draft))
        before = load_topic(path)
        assert again["title"] == before.title and again.get("action") == before.action, path.name
        assert " ".join(again["answer"].split()) == before.answer
        assert [str(e) for e in again["examples"]] == before.examples
        assert topic_form.check_data.source_list(again["source"]) == list(before.sources)


def test_passages_are_the_sentences_of_the_clinics_page() -> None:
    found = topic_form.passages((ROOT / "knowledge" / "source.txt").read_text(encoding="utf-8"))
    assert QUOTE in found and len(found) > 30
    assert all(len(p) < 600 for p in found)


def test_add_a_topic_with_a_quoted_source(server, console) -> None:
    editor = logged_in(server, "editor")
    page = editor.get("/topics/new").text
    assert QUOTE.replace("'", "&#39;") in page  # the passages are offered beside the form
    response = editor.post("/topics/new", data=new_topic_form(editor.csrf("/topics/new")))
    assert response.status_code == 303, response.text[-2000:]
    path = console.paths.knowledge / "faq" / "grit.yml"
    topic = load_topic(path)
    assert topic.sources == (QUOTE,) and topic.examples == EXAMPLES and topic.related == ["callback", "what_are"]
    assert path.read_text(encoding="utf-8").startswith("# One FAQ topic.")
    entry = db.audit_log(console.staff)[0]
    assert (entry.actor, entry.action, entry.detail) == ("editor", "topic added", "grit")
    assert "grit" in editor.get("/topics").text


def test_errors_are_shown_beside_their_fields_and_nothing_is_written(server, console) -> None:
    editor = logged_in(server, "editor")
    form = new_topic_form(editor.csrf("/topics/new"), source=["Milia feel quite hard, like grit."],
                          examples="\n".join(EXAMPLES[:4]), title="")
    response = editor.post("/topics/new", data=form)
    assert response.status_code == 400
    page = response.text
    assert "not an exact quote" in page and "only 4 different example questions" in page
    assert "&#39;title:&#39; is missing" in page
    assert page.index("not an exact quote") > page.index('legend>Source')
    assert page.index("only 4 different") > page.index('for="examples"')
    assert not (console.paths.knowledge / "faq" / "grit.yml").exists()
    taken = editor.post("/topics/new", data=new_topic_form(editor.csrf("/topics/new"), id="contagious"))
    assert taken.status_code == 400 and "already a topic" in taken.text


def test_edit_a_topic_keeps_the_file_readable(server, console) -> None:
    editor = logged_in(server, "editor")
    path = console.paths.knowledge / "faq" / "contagious.yml"
    draft = topic_form.load_draft(path)
    form = {"csrf": editor.csrf("/topics/contagious"), "title": "Are milia catching?", "button": draft.button,
            "answer": draft.answer, "examples": "\n".join(draft.examples + ["can my cat catch milia"]),
            "source": draft.sources, "related": draft.related}
    response = editor.post("/topics/contagious", data=form)
    assert response.status_code == 303, response.text[-1500:]
    topic = load_topic(path)
    assert topic.title == "Are milia catching?" and topic.examples[-1] == "can my cat catch milia"


def test_a_safety_text_needs_an_admin_who_is_recorded_as_approving_it(server, console) -> None:
    path = console.paths.knowledge / "faq" / "self_removal.yml"
    draft = topic_form.load_draft(path)
    assert draft.safety
    before = path.read_text(encoding="utf-8")

    def form(session):
        return {"csrf": session.csrf("/topics/self_removal"), "title": draft.title, "button": draft.button,
                "answer": draft.answer, "examples": "\n".join(draft.examples), "source": draft.sources,
                "related": draft.related}

    editor = logged_in(server, "editor")
    refused = editor.post("/topics/self_removal", data=form(editor))
    assert refused.status_code == 403 and "only an admin" in refused.text
    assert path.read_text(encoding="utf-8") == before
    admin = logged_in(server, "admin")
    assert admin.post("/topics/self_removal", data=form(admin)).status_code == 303
    assert load_topic(path).action == draft.action
    entry = db.audit_log(console.staff)[0]
    assert entry.detail == "self_removal (safety text approved by admin)"


PARKING_EXAMPLES = ["is there parking near the clinic", "can i park at the clinic", "is there a car park",
                    "where do i park for my appointment", "is parking free at the clinic", "do you have parking spaces",
                    "parking near you?", "can i leave my car outside", "is there disabled parking",
                    "how much is parking near the clinic"]


def test_look_alikes_kept_as_out_of_scope_are_offered_and_moved(server, console) -> None:
    """After a parking topic is added, "where can I park near the clinic" (out of scope in the
    training data) is offered on the topic's page and moved by one click, with the audit log."""
    editor = logged_in(server, "editor")
    form = new_topic_form(editor.csrf("/topics/new"), id="parking", title="Is there parking near the clinic?",
                          button="Parking", examples="\n".join(PARKING_EXAMPLES), related=["contact", "callback"],
                          answer="Please call {clinic_name} on {clinic_phone}. Would you like a callback?")
    form["source"] = [p for p in topic_form.passages((console.paths.knowledge / "source.txt").read_text())
                      if p.startswith("Please complete the below form")]
    saved = editor.post("/topics/new", data=form)
    assert saved.status_code == 303, re.findall(r"<p class=\"(?:field-)?error[^>]*>([^<]*)", saved.text)
    listing = editor.get(saved.headers["Location"]).text
    assert "Saved topic parking." in listing and 'href="/topics/parking#look-alikes"' in listing
    page = editor.get("/topics/parking").text
    offered = page.split('id="look-alikes"')[1]
    assert "where can I park near the clinic" in offered and "data/nlu/out_of_scope.yml" in offered

    viewer = logged_in(server, "viewer")
    move = {"where": "data/nlu/out_of_scope.yml", "intent": "out_of_scope", "text": "where can I park near the clinic"}
    refused = viewer.post("/topics/parking/look-alikes", data={"csrf": viewer.csrf("/"), **move})
    assert refused.status_code == 403
    moved = editor.post("/topics/parking/look-alikes", data={"csrf": editor.csrf("/topics/parking"), **move})
    assert moved.status_code == 303 and moved.headers["Location"].startswith("/topics/parking?moved=")
    assert "Moved: " in editor.get(moved.headers["Location"]).text
    assert "where can I park near the clinic" in load_topic(console.paths.knowledge / "faq" / "parking.yml").examples
    assert "where can I park near the clinic" not in (console.paths.data / "nlu" / "out_of_scope.yml").read_text()
    entry = db.audit_log(console.staff)[0]
    assert (entry.actor, entry.action) == ("editor", "look-alike moved") and "out_of_scope.yml" in entry.detail
    again = editor.post("/topics/parking/look-alikes", data={"csrf": editor.csrf("/topics/parking"), **move})
    assert again.status_code == 409 and "not a look-alike of this topic any more" in again.text
