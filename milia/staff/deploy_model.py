"""Put a trained model into every running Rasa server without restarting them, and keep a history.

    python -m milia.staff.deploy_model              # models/milia.tar.gz to every server
    python -m milia.staff.deploy_model --rollback   # the model deployed before the current one

The servers are ``RASA_URLS`` (space-separated; default ``RASA_URL``, else
``http://localhost:$RASA_PORT``), each its own private port. The token is ``RASA_API_TOKEN`` from the
environment, the value the servers were started with: Rasa only offers its HTTP API (``PUT /model``)
when started with it (ops/services.py adds ``--enable-api --auth-token``); it goes in ``?token=``.

The model does not need to be on the servers' disk. For the time of the deploy, this process serves
the file over HTTP at a random path (on 127.0.0.1 for servers on this machine; for a server on
another machine, on this machine's address towards it) and asks each server, one after another, to
fetch it (``PUT /model {"model_server": {"url": ...}}``, Rasa 3.6's model-server loader, with
periodic pulling off). Each server's ``/status`` must then show the model's id (from the archive's
``metadata.json``); a partial deploy is reported as such (exit 3), never as success.

Every deploy that reached at least one server is recorded in ``models/deployed/history.jsonl`` (what,
who, when, to which servers) with a copy of the model in ``models/deployed/`` (the last 5 models are
kept). ``--rollback`` deploys the model visitors had before the current one, from that copy.
Conversations are kept: they live in the SQL tracker store, not in the model.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import hashlib
import http.server
import ipaddress
import json
import os
import re
import secrets
import shutil
import socket
import sys
import tarfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple

from milia.config.settings import SettingsError, rasa_urls_from_env

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 300  # loading a model takes a while on a busy machine
KEEP = 5  # models kept in models/deployed/
HISTORY = "history.jsonl"
COPY_NAME = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{12}\.tar\.gz$")
USER_VARIABLE = "MILIA_STAFF_USER"  # set by the staff console to the signed-in user

EXIT_FAILED, EXIT_NO_TOKEN, EXIT_PARTIAL = 1, 2, 3

NO_TOKEN = (
    "RASA_API_TOKEN is not set. Deploying needs the token the assistant servers were started with; it is\n"
    "read from the environment, nobody types it. Set it once before starting the assistant and keep it\n"
    "for deploying, e.g.\n"
    "  export RASA_API_TOKEN=<the token>   # in the shell (or the service's environment)\n"
    "  make run                            # starts Rasa with its API on, and the console with the token\n"
    "  make deploy-model                   # in a shell with the same RASA_API_TOKEN\n"
    "If the assistant is already running without it, restart it with RASA_API_TOKEN set.")


# ---------------------------------------------------------------- the model files


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def model_id_of(path: Path) -> Optional[str]:
    """The ``model_id`` in a Rasa model archive's ``metadata.json`` (what ``GET /status`` reports)."""
    try:
        with tarfile.open(path, "r:gz") as archive:
            for member in archive:
                if member.isfile() and member.name.lstrip("./") == "metadata.json":
                    handle = archive.extractfile(member)
                    value = json.load(handle).get("model_id") if handle else None
                    return str(value) if value else None
    except (OSError, tarfile.TarError, ValueError, AttributeError):
        return None
    return None


# ---------------------------------------------------------------- the history


@dataclass(frozen=True)
class Deployment:
    """One line of ``models/deployed/history.jsonl``."""

    at: float
    action: str  # "deploy", "rollback", or "found" (what the servers already ran, first seen)
    model: str  # the copy's file name in models/deployed/
    sha256: str
    model_id: Optional[str]
    source: str  # where the model came from, e.g. models/milia.tar.gz
    by: str
    via: str  # "console", "shell", or "start" for a model the servers were started with
    status: str  # "deployed" (every server) or "partial"
    servers: Tuple[Dict[str, str], ...] = ()

    @classmethod
    def from_json(cls, raw: Dict[str, Any]) -> "Deployment":
        return cls(at=float(raw["at"]), action=str(raw["action"]), model=str(raw["model"]),
                   sha256=str(raw["sha256"]), model_id=raw.get("model_id"), source=str(raw.get("source", "")),
                   by=str(raw.get("by", "")), via=str(raw.get("via", "")), status=str(raw["status"]),
                   servers=tuple(dict(s) for s in raw.get("servers", ())))

    def to_json(self) -> str:
        return json.dumps({"at": self.at, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.at)),
                           "action": self.action, "model": self.model, "sha256": self.sha256,
                           "model_id": self.model_id, "source": self.source, "by": self.by, "via": self.via,
                           "status": self.status, "servers": list(self.servers)}, ensure_ascii=False)

    @property
    def complete(self) -> bool:
        return self.status == "deployed"


def deployed_dir(models_dir: Path) -> Path:
    return models_dir / "deployed"


def read_history(models_dir: Path) -> List[Deployment]:
    """Every recorded deployment, oldest first (lines that cannot be read are skipped)."""
    try:
        lines = (deployed_dir(models_dir) / HISTORY).read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        try:
            found.append(Deployment.from_json(json.loads(line)))
        except (ValueError, KeyError, TypeError):
            continue
    return found


def rollback_target(history: Sequence[Deployment]) -> Optional[Deployment]:
    """The model visitors had before the current one: the latest fully deployed model before the last
    entry that is a different model (a partial deploy counts as current: some visitors have it)."""
    if not history:
        return None
    current = history[-1]
    return next((d for d in reversed(history[:-1]) if d.complete and d.sha256 != current.sha256), None)


def _append(models_dir: Path, entries: Sequence[Deployment]) -> None:
    with open(deployed_dir(models_dir) / HISTORY, "a", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(entry.to_json() + "\n")


def copy_name(models_dir: Path, sha: str) -> str:
    """The name of the model's copy in models/deployed/: the existing one, else a new one."""
    for existing in sorted(deployed_dir(models_dir).glob(f"*-{sha[:12]}.tar.gz")):
        if COPY_NAME.match(existing.name) and sha256_of(existing) == sha:
            return existing.name
    return f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{sha[:12]}.tar.gz"


def keep_copy(models_dir: Path, model: Path, sha: str) -> Path:
    """The model's copy in models/deployed/ (made if there is none yet for this content)."""
    target = deployed_dir(models_dir) / copy_name(models_dir, sha)
    if target.is_file():
        return target
    partial = target.with_name(target.name + ".part")
    shutil.copyfile(model, partial)
    os.replace(partial, target)
    return target


def prune(models_dir: Path, history: Sequence[Deployment], keep: int = KEEP) -> List[str]:
    """Delete copies beyond the ``keep`` most recently deployed models; the names deleted."""
    kept: List[str] = []
    for entry in reversed(history):
        if entry.model not in kept:
            kept.append(entry.model)
    kept = kept[:keep]
    gone = []
    for path in deployed_dir(models_dir).glob("*.tar.gz"):
        if COPY_NAME.match(path.name) and path.name not in kept:
            path.unlink(missing_ok=True)
            gone.append(path.name)
    return sorted(gone)


@contextlib.contextmanager
def _locked(models_dir: Path) -> Iterator[None]:
    """One deploy at a time on this machine (the console and a terminal may both try)."""
    import fcntl

    deployed_dir(models_dir).mkdir(parents=True, exist_ok=True)
    with open(deployed_dir(models_dir) / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---------------------------------------------------------------- serving the file for the deploy


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _address_towards(host: str, port: int) -> str:
    """This machine's address on the route to ``host`` (nothing is sent: a UDP socket's connect)."""
    family, _, _, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)[0]
    with socket.socket(family, socket.SOCK_DGRAM) as probe:
        probe.connect(address)
        return probe.getsockname()[0]


class ModelServer:
    """Serves one model file at a random path, only while the deploy runs. One HTTP listener per
    address needed: 127.0.0.1 for servers on this machine, else the address that reaches them."""

    def __init__(self, model: Path, name: str, etag: str) -> None:
        self.model, self.name, self.etag = model, name, etag
        self.path = "/" + secrets.token_urlsafe(24) + "/" + name
        self.fetched: List[str] = []  # the clients that fetched the model
        self._listeners: Dict[str, http.server.ThreadingHTTPServer] = {}
        self._threads: List[threading.Thread] = []

    def url_for(self, rasa_url: str) -> str:
        parts = urllib.parse.urlsplit(rasa_url)
        host = parts.hostname or "localhost"
        bind = "127.0.0.1" if _is_loopback(host) else _address_towards(host, parts.port or 80)
        if bind not in self._listeners:
            self._listeners[bind] = self._listen(bind)
        port = self._listeners[bind].server_address[1]
        shown = f"[{bind}]" if ":" in bind else bind
        return f"http://{shown}:{port}{self.path}"

    def _listen(self, bind: str) -> http.server.ThreadingHTTPServer:
        owner = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                if self.path != owner.path:
                    self.send_error(404)
                    return
                owner.fetched.append(self.client_address[0])
                size = owner.model.stat().st_size
                self.send_response(200)
                self.send_header("Content-Type", "application/gzip")
                self.send_header("Content-Length", str(size))
                self.send_header("ETag", owner.etag)  # Rasa keeps it as the model's fingerprint
                self.send_header("filename", owner.name)  # the file name Rasa saves it under
                self.end_headers()
                with open(owner.model, "rb") as handle:
                    shutil.copyfileobj(handle, self.wfile)

            def log_message(self, *args: Any) -> None:
                pass

        family = socket.AF_INET6 if ":" in bind else socket.AF_INET
        server_class = type("Listener", (http.server.ThreadingHTTPServer,), {"address_family": family,
                                                                            "daemon_threads": True})
        listener = server_class((bind, 0), Handler)
        thread = threading.Thread(target=listener.serve_forever, args=(0.1,), daemon=True)
        thread.start()
        self._threads.append(thread)
        return listener

    def close(self) -> None:
        for listener in self._listeners.values():
            listener.shutdown()
            listener.server_close()
        for thread in self._threads:
            thread.join(5)
        self._listeners.clear()

    def __enter__(self) -> "ModelServer":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


# ---------------------------------------------------------------- talking to Rasa


def call(method: str, url: str, token: str, body: Optional[Dict[str, Any]] = None,
         timeout: float = TIMEOUT) -> Tuple[int, Any]:
    """One API call; returns (HTTP status, parsed JSON or text). Raises URLError if unreachable."""
    query = urllib.parse.urlencode({"token": token})
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(
        f"{url}?{query}", data=data, method=method, headers={"Content-Type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        status, raw = exc.code, exc.read()
    try:
        return status, json.loads(raw) if raw else None
    except ValueError:
        return status, raw.decode(errors="replace")


def _is_rasa_without_api(rasa_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{rasa_url}/", timeout=10) as resp:
            return "Hello from Rasa" in resp.read(200).decode(errors="replace")
    except (OSError, ValueError):
        return False


def explain(status: int, payload: Any, rasa_url: str) -> str:
    message = payload.get("message") if isinstance(payload, dict) else payload
    if status == 401:
        return ("the assistant refused the token: RASA_API_TOKEN here is not the value this server was "
                "started with.")
    if status in (403, 404, 405):
        if _is_rasa_without_api(rasa_url):
            return ("this Rasa server was started without RASA_API_TOKEN, so its HTTP API (PUT /model) is "
                    "off. Fix: restart it with RASA_API_TOKEN set to the same value as here (e.g. "
                    "`export RASA_API_TOKEN=<token>` then `make run`); the model can then be swapped "
                    "without a restart.")
        return (f"{rasa_url} does not offer Rasa's HTTP API (it answered {status}): either the server was "
                f"started without RASA_API_TOKEN (restart it with RASA_API_TOKEN set), or this is not a "
                f"Rasa server's own port (e.g. nginx's public address). List each server's own address "
                f"in RASA_URLS.")
    return f"the assistant answered {status}: {message}"


@dataclass
class ServerResult:
    url: str
    reachable: bool = False
    before_id: Optional[str] = None
    before_file: Optional[str] = None
    deployed: bool = False
    reason: str = ""

    def as_json(self) -> Dict[str, str]:
        return {"url": self.url, "result": "deployed" if self.deployed else "failed", "reason": self.reason}


def check(rasa_url: str, token: str) -> ServerResult:
    """What a server runs now (``GET /status``), or why it cannot be deployed to."""
    result = ServerResult(rasa_url)
    try:
        status, payload = call("GET", f"{rasa_url}/status", token, timeout=30)
    except (urllib.error.URLError, OSError) as exc:
        result.reason = (f"cannot reach it ({getattr(exc, 'reason', exc)}). Is it running? Is RASA_URLS "
                         f"right?")
        return result
    if status == 409:  # Rasa's "no model loaded yet": it can still take one
        result.reachable = True
    elif status != 200:
        result.reason = explain(status, payload, rasa_url)
    else:
        result.reachable = True
        result.before_id = (payload or {}).get("model_id")
        result.before_file = (payload or {}).get("model_file")
    return result


def load(result: ServerResult, token: str, served: ModelServer, expected_id: Optional[str]) -> None:
    """Ask one server to fetch and load the model; fills in ``result``."""
    url = served.url_for(result.url)
    fetched_before = len(served.fetched)
    body = {"model_server": {"url": url, "wait_time_between_pulls": 0}}  # 0: fetch once, no polling
    try:
        status, payload = call("PUT", f"{result.url}/model", token, body)
    except (urllib.error.URLError, OSError) as exc:
        result.reason = f"the request to load the model failed ({getattr(exc, 'reason', exc)})"
        return
    if status != 204:
        result.reason = "it did not load the model: " + explain(status, payload, result.url)
        if len(served.fetched) == fetched_before:
            result.reason += f" It never fetched the model from {url.split('/', 3)[2]}: can it reach this machine?"
        return
    try:
        status, after = call("GET", f"{result.url}/status", token, timeout=30)
    except (urllib.error.URLError, OSError) as exc:
        result.reason = f"it accepted the model but then did not answer ({getattr(exc, 'reason', exc)})"
        return
    now = (after or {}).get("model_id") if status == 200 and isinstance(after, dict) else None
    if expected_id and now != expected_id:
        result.reason = f"it answered 204 but runs model id {now}, not {expected_id}"
        return
    result.deployed = True


# ---------------------------------------------------------------- deploying


def _found_entry(models_dir: Path, results: Sequence[ServerResult], history: Sequence[Deployment],
                 now: float) -> Optional[Deployment]:
    """What the servers ran before, when the history does not say so (e.g. the model they were
    started with), if that model is still on disk: it is what Roll back must go back to."""
    running = Counter(r.before_id for r in results if r.reachable and r.before_id)
    if not running:
        return None
    model_id = running.most_common(1)[0][0]
    if history and history[-1].model_id == model_id:
        return None
    candidates = [models_dir / n for n in ("milia.tar.gz", "previous.tar.gz", "candidate.tar.gz")]
    candidates += sorted(deployed_dir(models_dir).glob("*.tar.gz"), reverse=True)
    source = next((p for p in candidates if p.is_file() and model_id_of(p) == model_id), None)
    if source is None:
        return None
    sha = sha256_of(source)
    copy = keep_copy(models_dir, source, sha)
    shown = source.name if source.parent == deployed_dir(models_dir) else f"models/{source.name}"
    servers = tuple({"url": r.url, "result": "running"} for r in results if r.before_id == model_id)
    return Deployment(now, "found", copy.name, sha, model_id, shown, "(already running)", "start",
                      "deployed" if len(servers) == len(results) else "partial", servers)


def deploy(model: Path, urls: Sequence[str], token: str, models_dir: Path, *, action: str = "deploy",
           by: str = "", via: str = "shell", source: str = "") -> int:
    """Deploy ``model`` to every server in ``urls``; 0 all, 3 some (partial), 1 none."""
    if not model.is_file():
        print(f"{model} does not exist. Run `make train` first.")
        return EXIT_FAILED
    expected_id = model_id_of(model)
    if expected_id is None:
        print(f"Not deployed: {model} is not a Rasa model archive (no metadata.json with a model_id).")
        return EXIT_FAILED
    sha = sha256_of(model)
    source = source or (f"models/{model.name}" if model.parent == models_dir else str(model))
    results = [check(url.rstrip("/"), token) for url in urls]
    for r in results:
        if r.reachable:
            print(f"{r.url} runs model {r.before_file} (id {r.before_id}).")
    print(f"Loading {source} (id {expected_id}) into {len(urls)} server(s), one after another "
          f"(each keeps answering with its old model meanwhile) ...", flush=True)
    with ModelServer(model, copy_name(models_dir, sha), sha) as served:
        for r in results:
            if r.reachable:
                load(r, token, served, expected_id)
    done = [r for r in results if r.deployed]
    for r in results:
        print(f"  {r.url}: " + ("deployed" if r.deployed else f"FAILED - {r.reason}"))
    if done:
        history = read_history(models_dir)
        now = time.time()
        found = _found_entry(models_dir, results, history, now - 0.001)
        copy = keep_copy(models_dir, model, sha)
        entry = Deployment(now, action, copy.name, sha, expected_id, source, by, via,
                           "deployed" if len(done) == len(results) else "partial",
                           tuple(r.as_json() for r in results))
        entries = [e for e in (found, entry) if e is not None]
        _append(models_dir, entries)
        prune(models_dir, [*history, *entries])
        print(f"Recorded in models/deployed/{HISTORY} (copy: models/deployed/{copy.name}).")
    if results and len(done) == len(results):
        print(f"Deployed: all {len(results)} server(s) now run {source} (id {expected_id}). No restart; "
              f"conversations are kept.")
        return 0
    if done:
        print(f"PARTLY deployed: {len(done)} of {len(results)} servers run the new model, the others "
              f"still run their old one (see FAILED above). Fix them and deploy again, or roll back.")
        return EXIT_PARTIAL
    print("Not deployed: no server took the model (see FAILED above). Visitors still have the old one.")
    return EXIT_FAILED


def who() -> Tuple[str, str]:
    """(by, via): the console's signed-in user, else the shell's user."""
    user = os.environ.get(USER_VARIABLE, "").strip()
    if user:
        return user, "console"
    try:
        return getpass.getuser(), "shell"
    except (KeyError, OSError):
        return "unknown", "shell"


def rollback(urls: Sequence[str], token: str, models_dir: Path, by: str, via: str) -> int:
    history = read_history(models_dir)
    target = rollback_target(history)
    if target is None:
        what = ("no model has been deployed yet" if not history else
                "only one model has been deployed so far" if len({d.sha256 for d in history}) == 1 else
                "no model was fully deployed before the current one")
        print(f"Nothing to roll back to: {what} (models/deployed/{HISTORY}). Roll back goes back to the "
              f"model visitors had before the current deploy; models/previous.tar.gz is not used, as it "
              f"may never have been live.")
        return EXIT_FAILED
    copy = deployed_dir(models_dir) / target.model
    if not copy.is_file():
        print(f"Cannot roll back: the copy of the model deployed {time.ctime(target.at)} "
              f"(models/deployed/{target.model}) is no longer kept.")
        return EXIT_FAILED
    print(f"Rolling back to the model deployed before the current one: {target.source} "
          f"(id {target.model_id}), {target.action} by {target.by} ({target.via}) on "
          f"{time.strftime('%Y-%m-%d %H:%M', time.localtime(target.at))}.")
    return deploy(copy, urls, token, models_dir, action="rollback", by=by, via=via, source=target.source)


def main(argv: Optional[list] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rollback", action="store_true",
                        help="deploy the model deployed before the current one (models/deployed/)")
    parser.add_argument("--model", type=Path, help="deploy this model file instead of models/milia.tar.gz")
    parser.add_argument("--url", action="append", help="a Rasa server (repeat for several); default RASA_URLS")
    parser.add_argument("--models-dir", type=Path, default=ROOT / "models")
    args = parser.parse_args(argv)
    token = os.environ.get("RASA_API_TOKEN", "").strip()
    if not token:
        print(NO_TOKEN)
        return EXIT_NO_TOKEN
    try:
        urls = [u.rstrip("/") for u in args.url] if args.url else list(rasa_urls_from_env())
    except SettingsError as exc:
        print(f"Not deployed: {exc}")
        return EXIT_FAILED
    models_dir = args.models_dir.resolve()
    by, via = who()
    with _locked(models_dir):
        if args.rollback:
            result = rollback(urls, token, models_dir, by, via)
        else:
            model = (args.model or models_dir / "milia.tar.gz").resolve()
            result = deploy(model, urls, token, models_dir, by=by, via=via)
    if result in (0, EXIT_PARTIAL) and args.rollback:
        print("Note: models/milia.tar.gz is still the newer model; restarting the assistant would load it "
              "again. Fix the topic files and run `make train` to replace it.")
    return result


if __name__ == "__main__":
    sys.exit(main())
