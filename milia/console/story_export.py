""""Save as a test conversation": a conversation from the tracker store as a Rasa test story.

The story holds what the assistant understood and did, never what the visitor typed: one
``intent`` step per visitor message, one ``action`` step per action the assistant ran, the
callback form's ``active_loop`` steps and its ``requested_slot`` (a slot's *name*, e.g.
``caller_phone``). No message text, entity or other slot value is written, so no name or phone
number can reach the file; the rows are also passed through the tracker store's redaction first,
as for the transcript. Only the latest session of the conversation is used (a new session starts
with an empty memory, as a test story does).

Each story is its own file, ``tests/stories/test_console_<date>_<slug>.yml`` (the ``test_`` prefix
is what Rasa looks for); ``make test-stories`` and the gate's ``rasa test core --stories
tests/stories`` run every file there.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Set

import yaml
from sqlalchemy.engine import Engine

from milia.console.conversations import mask, read_rows
from milia.privacy.store import plan_redaction

SKIPPED_ACTIONS = {"action_listen", "action_session_start"}
# Rasa's own intents and actions (always in a domain, never listed in domain.yml).
DEFAULT_INTENTS = {"restart", "back", "out_of_scope", "session_start", "nlu_fallback"}
DEFAULT_ACTIONS = {
    "action_listen", "action_restart", "action_session_start", "action_default_fallback",
    "action_deactivate_loop", "action_revert_fallback_events", "action_default_ask_affirmation",
    "action_default_ask_rephrase", "action_two_stage_fallback", "action_unlikely_intent", "action_back",
    "action_extract_slots",
}
STEP_KEYS = {"intent", "action", "active_loop", "slot_was_set"}
NAME_LIMIT = 120


class StoryError(ValueError):
    """Why a conversation cannot be saved as a test story (plain words for the page)."""


@dataclass(frozen=True)
class Saved:
    path: Path
    name: str
    steps: int


def _load(data: Optional[str]) -> Dict[str, Any]:
    try:
        value = json.loads(data) if data else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def steps_from_rows(rows: Sequence[tuple]) -> List[Dict[str, Any]]:
    """Story steps from one conversation's rows ``(id, sender_id, type_name, action_name, data)``."""
    plan = plan_redaction([(r[0], r[4]) for r in rows])
    events = [(kind, _load(plan.get(event_id, data))) for event_id, _, kind, _, data in rows]
    starts = [i for i, (kind, _) in enumerate(events) if kind == "session_started"]
    steps: List[Dict[str, Any]] = []
    for kind, event in events[starts[-1] + 1 if starts else 0:]:
        if kind == "user":
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name")
            if intent:
                steps.append({"intent": str(intent)})
        elif kind == "action":
            name = event.get("name")
            if name and name not in SKIPPED_ACTIONS:
                steps.append({"action": str(name)})
        elif kind == "active_loop":
            steps.append({"active_loop": event.get("name") or None})
        elif kind == "slot" and event.get("name") == "requested_slot":
            value = event.get("value")
            steps.append({"slot_was_set": [{"requested_slot": str(value) if isinstance(value, str) else None}]})
    return steps


def known_names(domain_file: Path) -> tuple:
    """(intents, actions) the domain knows, Rasa's defaults included."""
    domain = yaml.safe_load(domain_file.read_text(encoding="utf-8")) or {}

    def names(items: Any) -> Set[str]:
        if isinstance(items, dict):
            return {str(k) for k in items}
        return {str(next(iter(i))) if isinstance(i, dict) else str(i) for i in items or []}

    intents = names(domain.get("intents")) | DEFAULT_INTENTS
    actions = (names(domain.get("actions")) | names(domain.get("responses")) | names(domain.get("forms"))
               | DEFAULT_ACTIONS)
    return intents, actions


def check_story_file(text: str, intents: Set[str], actions: Set[str]) -> List[str]:
    """Problems with a test story file in the shape ``rasa data validate`` reads; [] if none."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        return [f"not YAML: {exc}"]
    if not isinstance(data, dict) or not isinstance(data.get("stories"), list) or not data["stories"]:
        return ["no 'stories:' list"]
    problems = []
    for story in data["stories"]:
        if not isinstance(story, dict) or not isinstance(story.get("story"), str) or not story.get("steps"):
            problems.append("a story without a name or steps")
            continue
        for step in story["steps"]:
            keys = set(step) if isinstance(step, dict) else set()
            if len(keys) != 1 or not keys <= STEP_KEYS:
                problems.append(f"step {step!r}: expected one of {sorted(STEP_KEYS)}")
            elif "intent" in step and step["intent"] not in intents:
                problems.append(f"intent {step['intent']!r} is not in domain.yml")
            elif "action" in step and step["action"] not in actions:
                problems.append(f"action {step['action']!r} is not in domain.yml")
        if not any(isinstance(s, dict) and "intent" in s for s in story["steps"]):
            problems.append(f"story {story['story']!r} has no visitor message")
    return problems


def existing_story_names(stories_dir: Path) -> Set[str]:
    found: Set[str] = set()
    for path in sorted(stories_dir.glob("*.yml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        found |= {str(s.get("story")) for s in data.get("stories") or [] if isinstance(s, dict)}
    return found


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")[:40] or "conversation"


def story_text(name: str, steps: List[Dict[str, Any]], sender_id: str) -> str:
    header = (f"# Saved from the staff console (conversation {mask(sender_id)[:64]}, "
              f"{time.strftime('%Y-%m-%d')}): what the assistant understood and did, no visitor text.\n")
    body = yaml.safe_dump({"version": "3.1", "stories": [{"story": name, "steps": steps}]},
                          sort_keys=False, allow_unicode=True, default_flow_style=False)
    return header + body


def save_test_story(tracker: Engine, sender_id: str, name: str, stories_dir: Path, domain_file: Path) -> Saved:
    """Write the conversation as a test story file; raises :class:`StoryError` with the reason."""
    name = " ".join(mask(name).split())[:NAME_LIMIT]
    if not name:
        raise StoryError("Give the test conversation a name (what it checks).")
    rows = next(iter(read_rows(tracker, sender_ids=[sender_id])), None)
    if not rows:
        raise StoryError("No such conversation (it may have been purged or forgotten).")
    steps = steps_from_rows(rows)
    if name in existing_story_names(stories_dir):
        raise StoryError(f"A test conversation called {name!r} already exists: choose another name.")
    text = story_text(name, steps, sender_id)
    problems = check_story_file(text, *known_names(domain_file))
    if problems:
        raise StoryError("Not saved: " + "; ".join(problems[:5]))
    stories_dir.mkdir(parents=True, exist_ok=True)
    base = f"test_console_{time.strftime('%Y%m%d')}_{slug(name)}"
    path = stories_dir / f"{base}.yml"
    counter = 2
    while path.exists():
        path, counter = stories_dir / f"{base}_{counter}.yml", counter + 1
    with open(path, "x", encoding="utf-8") as out:
        out.write(text)
    return Saved(path, name, len(steps))
