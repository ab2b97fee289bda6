"""Shared fixtures: a dispatcher, the domain as plain YAML, and a tracker builder for action tests."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")


def pytest_collection_modifyitems(items: List[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if "e2e" in path.parts or "e2e" in path.stem:
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def action_names(domain: Dict[str, Any]) -> List[str]:
    """The domain's custom actions by name (an entry may carry options: ``{name: {send_domain: true}}``)."""
    return [next(iter(a)) if isinstance(a, dict) else a for a in domain["actions"]]


@pytest.fixture
def dispatcher():
    from rasa_sdk.executor import CollectingDispatcher

    return CollectingDispatcher()


def make_tracker(
    slots: Optional[Dict[str, Any]] = None,
    text: str = "",
    intent: str = "",
    confidence: float = 1.0,
    entities: Optional[List[Dict[str, Any]]] = None,
    active_loop: Optional[str] = None,
    events: Optional[List[Dict[str, Any]]] = None,
    sender_id: str = "test-visitor",
):
    from rasa_sdk import Tracker

    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": [{"name": intent, "confidence": confidence}],
        "entities": entities or [],
    }
    return Tracker(
        sender_id=sender_id,
        slots=dict(slots or {}),
        latest_message=latest,
        events=list(events or []),
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


@pytest.fixture
def tracker_factory():
    return make_tracker
