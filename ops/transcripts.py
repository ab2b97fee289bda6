"""Replay ops/transcripts.yml against a running assistant (`make run`) and print the transcripts.

    python -m ops.transcripts > docs/transcripts.md

Each conversation is a new visitor (its own sender id) on the REST channel at RASA_URL (the
settings' default: http://localhost:RASA_PORT). Nothing is made up here: every reply line is what
the assistant sent, its buttons in brackets.
"""

from __future__ import annotations

import json
import sys
import urllib.request
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List

import yaml

from milia.config.processes import ProcessSettings

CONVERSATIONS = Path(__file__).with_name("transcripts.yml")


def say(url: str, sender: str, text: str) -> List[Dict[str, Any]]:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read())


def reply_lines(replies: List[Dict[str, Any]]) -> List[str]:
    lines = []
    for reply in replies:
        text = " ".join(str(reply.get("text") or "").split())
        buttons = " | ".join(str(b.get("title")) for b in reply.get("buttons") or [])
        lines.append(f"> **assistant:** {text}" + (f" [{buttons}]" if buttons else ""))
    return lines or ["> **assistant:** (no reply)"]


def main() -> int:
    url = f"{ProcessSettings.from_env().rasa_url}/webhooks/rest/webhook"
    conversations = yaml.safe_load(CONVERSATIONS.read_text(encoding="utf-8"))
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [f"# Transcripts from the running assistant ({stamp})", "",
           f"Made by `python -m ops.transcripts` against `make run` ({url}); the visitor's lines are "
           "ops/transcripts.yml, every reply is the assistant's own.", ""]
    for conversation in conversations:
        sender = f"transcript-{uuid.uuid4().hex}"
        out += [f"## {conversation['title']}", ""]
        for text in conversation["say"]:
            out += [f"**visitor:** {text}", ""] + reply_lines(say(url, sender, text)) + [""]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
