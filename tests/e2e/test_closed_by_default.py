"""Under `make run` nothing is reachable from another machine unless PUBLIC_HOST opens the page and
the REST channel; the action server never is. Read from `ss -ltn`, as an operator would."""

from __future__ import annotations

import json
import shutil
import subprocess
import urllib.request
from typing import Dict, List

import pytest

pytestmark = pytest.mark.e2e


def listening() -> Dict[str, List[str]]:
    """port -> the local addresses that listen on it."""
    out = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=True).stdout
    found: Dict[str, List[str]] = {}
    for line in out.splitlines():
        local = line.split()[3]
        address, _, port = local.rpartition(":")
        found.setdefault(port, []).append(address)
    return found


@pytest.mark.skipif(shutil.which("ss") is None, reason="ss (iproute2) is not installed")
def test_every_process_listens_on_loopback_only(stack) -> None:
    ports = {name: stack.env[name] for name in ("RASA_PORT", "ACTION_PORT", "WEB_PORT", "RECEIVER_PORT")}
    held = listening()
    for name, port in ports.items():
        assert held.get(port), f"{name} {port} is not listening"
        assert set(held[port]) == {"127.0.0.1"}, f"{name} {port} listens on {held[port]}"


def test_a_forged_call_to_the_action_server_stores_nothing(stack) -> None:
    """What a crafted POST to :ACTION_PORT/webhook did to the first version: enqueue a request
    with a made-up number, a window in 2020 and HTML in the name. Now it is refused."""
    from milia.callbacks.outbox import list_requests, make_engine

    engine = make_engine(stack.outbox_db_url)
    before = [row.id for row in list_requests(engine)]
    slots = {
        "caller_name": "<b>Mallory</b>", "caller_phone": "+4400000",
        "callback_window": "2020-01-06T12:00:00+00:00/2020-01-06T17:00:00+00:00",
        "callback_consent": True, "callback_confirmed": True,
    }
    body = {
        "next_action": "action_submit_callback", "sender_id": "forged",
        "tracker": {"sender_id": "forged", "slots": slots, "latest_message": {}, "events": [],
                    "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": None},
        "domain": {},
    }
    request = urllib.request.Request(
        f"http://127.0.0.1:{stack.env['ACTION_PORT']}/webhook", data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as resp:
        reply = json.loads(resp.read())
    try:
        assert [row.id for row in list_requests(engine)] == before
    finally:
        engine.dispose()
    assert [r.get("response") for r in reply["responses"]] == ["utter_callback_invalid"]
