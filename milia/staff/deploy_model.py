"""Put a trained model into the running assistant without restarting it.

    RASA_API_TOKEN=... python -m milia.staff.deploy_model              # models/milia.tar.gz
    RASA_API_TOKEN=... python -m milia.staff.deploy_model --rollback   # models/previous.tar.gz

Uses Rasa's HTTP API (`PUT /model`), which the assistant only offers when it was started with
RASA_API_TOKEN set (ops/services.py adds `--enable-api --auth-token`). The token goes in the
`?token=` query parameter, as Rasa's `--auth-token` expects. Conversations are kept: they live in
the SQL tracker store (TRACKER_DB_URL), not in the model. The model file must be readable by the
server (same machine / same disk).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300  # loading a model takes a while on a busy machine


def call(method: str, url: str, token: str, body: Optional[Dict[str, Any]] = None) -> Tuple[int, Any]:
    """One API call; returns (HTTP status, parsed JSON or text). Raises URLError if unreachable."""
    query = urllib.parse.urlencode({"token": token})
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"{url}?{query}", data=data, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode(errors="replace")


def explain(status: int, payload: Any, rasa_url: str) -> str:
    message = payload.get("message") if isinstance(payload, dict) else payload
    if status == 401:
        return ("the assistant refused the token. RASA_API_TOKEN must be the same value the assistant "
                "was started with.")
    if status in (403, 404, 405):
        return (f"the assistant at {rasa_url} does not offer its HTTP API. Start it with RASA_API_TOKEN "
                f"set (e.g. `RASA_API_TOKEN=... make run`).")
    return f"the assistant answered {status}: {message}"


def deploy(model: Path, rasa_url: str, token: str) -> int:
    if not model.exists():
        print(f"{model} does not exist. Run `make train` first (or, for a rollback, a model must have been "
              f"replaced before).")
        return 1
    rasa_url = rasa_url.rstrip("/")
    try:
        status, before = call("GET", f"{rasa_url}/status", token)
    except (urllib.error.URLError, OSError) as exc:
        print(f"Cannot reach the assistant at {rasa_url} ({exc}). Is it running (`make run`)? "
              f"Is RASA_URL right?")
        return 1
    if status != 200:
        print("Not deployed: " + explain(status, before, rasa_url))
        return 1
    old_id = (before or {}).get("model_id")
    print(f"The assistant at {rasa_url} runs model {(before or {}).get('model_file')} (id {old_id}).")
    print(f"Loading {model} ... (the assistant keeps answering with the old model meanwhile)", flush=True)
    status, payload = call("PUT", f"{rasa_url}/model", token, {"model_file": str(model.resolve())})
    if status != 204:
        print("Not deployed: " + explain(status, payload, rasa_url))
        return 1
    status, after = call("GET", f"{rasa_url}/status", token)
    new_id = (after or {}).get("model_id") if status == 200 else None
    print(f"Deployed: the assistant now runs {model.name} (id {new_id}). No restart; conversations are kept.")
    return 0


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rollback", action="store_true", help="deploy models/previous.tar.gz")
    parser.add_argument("--model", type=Path, help="deploy this model file instead")
    parser.add_argument("--url", default=os.environ.get("RASA_URL", "http://localhost:5005"))
    args = parser.parse_args(argv)
    token = os.environ.get("RASA_API_TOKEN", "")
    if not token:
        print("RASA_API_TOKEN is not set. Deploying needs the token the assistant was started with, e.g.\n"
              "  RASA_API_TOKEN=<the token> make deploy-model")
        return 2
    model = args.model or ROOT / "models" / ("previous.tar.gz" if args.rollback else "milia.tar.gz")
    result = deploy(model, args.url, token)
    if result == 0 and args.rollback:
        print("Note: models/milia.tar.gz is still the newer model; restarting the assistant would load it "
              "again. Fix the topic files and run `make train` to replace it.")
    return result


if __name__ == "__main__":
    sys.exit(main())
