"""milia/staff/deploy_model.py against two fake Rasa servers on 127.0.0.1: every server gets the
model over HTTP (not from its disk), a partial deploy is reported as such, the history records who,
what, when and where, and Roll back goes to the previously *deployed* model."""

from __future__ import annotations

import io
import json
import re
import tarfile
import threading
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest

from milia.config.settings import ConsoleConfig, SettingsError, rasa_urls_from_env
from milia.staff import deploy_model
from milia.staff.deploy_model import read_history, rollback_target

TOKEN = "test-token-0123456789"


def make_model(path: Path, model_id: str, padding: str = "") -> Path:
    """A model archive as Rasa writes it, as far as deploying cares: metadata.json with a model_id."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tarfile.open(path, "w:gz") as archive:
        for name, text in (("metadata.json", json.dumps({"model_id": model_id, "trained_at": "x"})),
                           ("components/x.txt", padding or model_id)):
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


class FakeRasa:
    """Rasa's HTTP API as deploying uses it: GET / and /status, PUT /model with ?token=. A model given
    as ``model_server`` is fetched over HTTP like Rasa does; ``mode``: "ok", "broken" (refuses every
    model, as Rasa does when loading fails), "no-api" (started without a token: no API routes)."""

    def __init__(self, model_id: Optional[str] = "started-with", mode: str = "ok") -> None:
        self.model_id, self.mode = model_id, mode
        self.model_file = "milia.tar.gz"
        self.puts: List[Dict[str, Any]] = []
        self.fetched: List[bytes] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def _send(self, status: int, body: Any = None) -> None:
                raw = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
                self.send_response(status)
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def _authorised(self) -> bool:
                token = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query).get("token", [""])[0]
                if token != TOKEN:
                    self._send(401, {"message": "User is not authenticated."})
                    return False
                return True

            def do_GET(self) -> None:  # noqa: N802
                path = urllib.parse.urlsplit(self.path).path
                if path == "/":
                    return self._send(200, b"Hello from Rasa: 3.6.21")
                if path != "/status" or fake.mode == "no-api":
                    return self._send(404, b"Requested URL not found")
                if self._authorised():
                    self._send(200, {"model_file": fake.model_file, "model_id": fake.model_id})

            def do_PUT(self) -> None:  # noqa: N802
                if urllib.parse.urlsplit(self.path).path != "/model" or fake.mode == "no-api":
                    return self._send(404, b"Requested URL not found")
                if not self._authorised():
                    return
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.puts.append(body)
                if fake.mode == "broken":
                    return self._send(500, {"message": "An unexpected error occurred. Error: out of memory"})
                server = body.get("model_server") or {}
                try:
                    with urllib.request.urlopen(server["url"], timeout=10) as resp:
                        data, name = resp.read(), resp.headers.get("filename", "model.tar.gz")
                except (KeyError, OSError):
                    return self._send(400, {"message": "Agent with name 'None' could not be loaded."})
                fake.fetched.append(data)
                with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
                    fake.model_id = json.load(archive.extractfile("metadata.json"))["model_id"]
                fake.model_file = name
                self._send(204)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def servers():
    found = [FakeRasa(), FakeRasa()]
    yield found
    for fake in found:
        fake.close()


@pytest.fixture
def models(tmp_path: Path) -> Path:
    folder = tmp_path / "models"
    make_model(folder / "milia.tar.gz", "model-a")
    make_model(folder / "previous.tar.gz", "model-never-live")
    return folder


@pytest.fixture
def env(monkeypatch, servers):
    monkeypatch.setenv("RASA_API_TOKEN", TOKEN)
    monkeypatch.setenv("RASA_URLS", " ".join(s.url for s in servers))
    monkeypatch.delenv(deploy_model.USER_VARIABLE, raising=False)
    monkeypatch.setattr(deploy_model.getpass, "getuser", lambda: "jane")


def run(models: Path, *args: str) -> int:
    return deploy_model.main(["--models-dir", str(models), *args])


def test_deploys_to_every_server_over_http_and_records_it(models, servers, env, capsys) -> None:
    assert run(models) == 0
    out = capsys.readouterr().out
    assert "Deployed: all 2 server(s) now run models/milia.tar.gz (id model-a)" in out
    expected = (models / "milia.tar.gz").read_bytes()
    for fake in servers:
        assert fake.model_id == "model-a" and fake.fetched == [expected]
        (put,) = fake.puts
        assert "model_file" not in put  # nothing on the server's disk is needed
        url = put["model_server"]["url"]
        assert put["model_server"]["wait_time_between_pulls"] == 0  # fetched once, no polling
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[\w-]{32}/\d{8}T\d{6}Z-[0-9a-f]{12}\.tar\.gz", url)
        assert fake.model_file == url.rsplit("/", 1)[1]
        with pytest.raises(OSError):  # the file server lived only for the deploy
            urllib.request.urlopen(url, timeout=2)
    assert servers[0].puts[0]["model_server"]["url"] == servers[1].puts[0]["model_server"]["url"]

    # The history: the model the servers were started with is unknown here (not on disk), so one entry.
    (entry,) = read_history(models)
    sha = deploy_model.sha256_of(models / "milia.tar.gz")
    assert (entry.action, entry.status, entry.by, entry.via, entry.model_id, entry.sha256, entry.source) == (
        "deploy", "deployed", "jane", "shell", "model-a", sha, "models/milia.tar.gz")
    assert [(s["url"], s["result"]) for s in entry.servers] == [(s.url, "deployed") for s in servers]
    assert entry.model.endswith(f"-{sha[:12]}.tar.gz")
    assert (models / "deployed" / entry.model).read_bytes() == expected
    line = json.loads((models / "deployed" / "history.jsonl").read_text().splitlines()[0])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", line["when"]) and line["by"] == "jane"


def test_one_server_failing_is_a_partial_deploy_never_a_success(models, servers, env, capsys) -> None:
    servers[1].mode = "broken"
    assert run(models) == deploy_model.EXIT_PARTIAL
    out = capsys.readouterr().out
    assert f"{servers[0].url}: deployed" in out
    assert f"{servers[1].url}: FAILED - it did not load the model: the assistant answered 500: " \
           "An unexpected error occurred. Error: out of memory" in out
    assert "PARTLY deployed: 1 of 2 servers" in out and "Deployed: all" not in out
    assert servers[0].model_id == "model-a" and servers[1].model_id == "started-with"
    (entry,) = read_history(models)
    assert entry.status == "partial"
    assert [s["result"] for s in entry.servers] == ["deployed", "failed"]
    assert "out of memory" in entry.servers[1]["reason"]


def test_no_server_reached_is_not_deployed_and_not_recorded(models, servers, env, monkeypatch, capsys) -> None:
    for fake in servers:
        fake.close()
    assert run(models) == deploy_model.EXIT_FAILED
    out = capsys.readouterr().out
    assert "cannot reach it" in out and "Not deployed: no server took the model" in out
    assert read_history(models) == []


def test_roll_back_goes_to_the_previously_deployed_model_not_previous_tar_gz(models, servers, env, capsys) -> None:
    assert run(models) == 0  # model-a
    make_model(models / "milia.tar.gz", "model-b")
    assert run(models) == 0
    assert [s.model_id for s in servers] == ["model-b", "model-b"]
    capsys.readouterr()

    assert run(models, "--rollback") == 0
    out = capsys.readouterr().out
    assert "Rolling back to the model deployed before the current one: models/milia.tar.gz (id model-a)" in out
    assert [s.model_id for s in servers] == ["model-a", "model-a"]  # not model-never-live
    history = read_history(models)
    assert [(d.action, d.model_id) for d in history] == [("deploy", "model-a"), ("deploy", "model-b"),
                                                         ("rollback", "model-a")]
    assert history[2].model == history[0].model  # the same kept copy
    assert len(list((models / "deployed").glob("*.tar.gz"))) == 2
    # Rolling back again goes to the model visitors had before: model-b.
    assert rollback_target(history).model_id == "model-b"


def test_roll_back_with_nothing_deployed_before_says_so(models, servers, env, capsys) -> None:
    assert run(models, "--rollback") == deploy_model.EXIT_FAILED
    assert "Nothing to roll back to: no model has been deployed yet" in capsys.readouterr().out
    assert run(models) == 0
    capsys.readouterr()
    assert run(models, "--rollback") == deploy_model.EXIT_FAILED
    out = capsys.readouterr().out
    assert "Nothing to roll back to: only one model has been deployed so far" in out
    assert "previous.tar.gz is not used" in out
    assert all(len(s.puts) == 1 for s in servers)


def test_the_model_the_servers_were_started_with_is_recorded_so_roll_back_reaches_it(
        models, servers, env, capsys) -> None:
    # `make train` promoted model-a; the servers still run the model they were started with, now previous.tar.gz.
    make_model(models / "previous.tar.gz", "started-with")
    assert run(models) == 0
    history = read_history(models)
    assert [(d.action, d.model_id, d.source, d.via) for d in history] == [
        ("found", "started-with", "models/previous.tar.gz", "start"), ("deploy", "model-a", "models/milia.tar.gz", "shell")]
    capsys.readouterr()
    assert run(models, "--rollback") == 0
    assert "previous.tar.gz" in capsys.readouterr().out
    assert [s.model_id for s in servers] == ["started-with", "started-with"]


def test_at_most_five_deployed_models_are_kept(models, servers, env) -> None:
    for number in range(7):
        make_model(models / "milia.tar.gz", f"model-{number}")
        assert run(models) == 0
    kept = sorted(p.name for p in (models / "deployed").glob("*.tar.gz"))
    history = read_history(models)
    assert len(history) == 7 and kept == sorted(d.model for d in history[2:])


def test_who_deployed_comes_from_the_console(models, servers, env, monkeypatch) -> None:
    monkeypatch.setenv(deploy_model.USER_VARIABLE, "admin")
    assert run(models) == 0
    assert [(d.by, d.via) for d in read_history(models)] == [("admin", "console")]


def test_token_missing_wrong_or_api_off(models, servers, env, monkeypatch, capsys) -> None:
    monkeypatch.delenv("RASA_API_TOKEN")
    assert run(models) == deploy_model.EXIT_NO_TOKEN
    out = capsys.readouterr().out
    assert "RASA_API_TOKEN is not set" in out and "read from the environment" in out and "make run" in out
    assert all(not s.puts for s in servers)

    monkeypatch.setenv("RASA_API_TOKEN", "not-the-token")
    assert run(models) == deploy_model.EXIT_FAILED
    assert "refused the token" in capsys.readouterr().out

    monkeypatch.setenv("RASA_API_TOKEN", TOKEN)
    servers[0].mode = "no-api"
    assert run(models) == deploy_model.EXIT_PARTIAL
    out = capsys.readouterr().out
    assert f"{servers[0].url}: FAILED - this Rasa server was started without RASA_API_TOKEN, so its HTTP API " \
           "(PUT /model) is off. Fix: restart it with RASA_API_TOKEN set" in out


def test_a_file_that_is_not_a_model_is_refused(models, servers, env, capsys) -> None:
    (models / "milia.tar.gz").write_bytes(b"not a model")
    assert run(models) == deploy_model.EXIT_FAILED
    assert "is not a Rasa model archive" in capsys.readouterr().out
    assert all(not s.puts for s in servers)


def test_rasa_urls_setting() -> None:
    assert rasa_urls_from_env({}) == ("http://localhost:5005",)
    assert rasa_urls_from_env({"RASA_PORT": "6005"}) == ("http://localhost:6005",)
    assert rasa_urls_from_env({"RASA_URL": "http://10.0.0.5:5005/", "RASA_PORT": "6005"}) == ("http://10.0.0.5:5005",)
    both = {"RASA_URLS": " http://127.0.0.1:5005  http://127.0.0.1:5006/ ", "RASA_URL": "http://x:1"}
    assert rasa_urls_from_env(both) == ("http://127.0.0.1:5005", "http://127.0.0.1:5006")
    assert ConsoleConfig.from_env(both).rasa_urls == ("http://127.0.0.1:5005", "http://127.0.0.1:5006")
    for bad in ("127.0.0.1:5005", "ftp://host:1", "http://host:1/model"):
        with pytest.raises(SettingsError, match="RASA_URLS"):
            rasa_urls_from_env({"RASA_URLS": bad})


def test_history_lines_that_cannot_be_read_are_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "deployed"
    folder.mkdir()
    (folder / "history.jsonl").write_text('not json\n{"at": 1}\n', encoding="utf-8")
    assert read_history(tmp_path) == [] and rollback_target([]) is None


def test_unreachable_model_url_is_explained(models, servers, env, monkeypatch, capsys) -> None:
    """A server that cannot fetch the model (e.g. it cannot reach this machine) says so."""
    monkeypatch.setattr(deploy_model.ModelServer, "url_for", lambda self, rasa_url: "http://127.0.0.1:9/x")
    assert run(models) == deploy_model.EXIT_FAILED
    assert "It never fetched the model from 127.0.0.1:9: can it reach this machine?" in capsys.readouterr().out

