"""A tiny stand-in for Rasa's REST channel, for iterating on the widget.

Only used when WIDGET_FAKE_RASA=1; the real tests run against the real Rasa
server (the `stack` fixture in conftest.py). Stdlib only.

    python tests/e2e/fake_rasa.py 5005
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

GREETING = (
    "Hi! I'm an automated assistant. I can give general information about milia, "
    "not a diagnosis. See our privacy notice: /privacy.html"
)
FACT_BUTTONS = [
    {"title": "How are milia removed?", "payload": "/ask_treatment"},
    {"title": "Request a call back", "payload": "/request_callback"},
]


def reply(sender: str, message: str) -> list[dict]:
    text = message.strip()
    low = text.lower()
    if text == "/restart":
        return []
    if text == "/greet":
        return [{"recipient_id": sender, "text": GREETING,
                 "buttons": [{"title": "Are milia contagious?", "payload": "/ask_contagious"}]}]
    if "contagious" in low:
        return [{"recipient_id": sender,
                 "text": "Milia are not contagious, so they cannot be spread from person to person.",
                 "buttons": FACT_BUTTONS}]
    if text == "/ask_treatment":
        return [{"recipient_id": sender,
                 "text": "Dermatologists remove milia by needle extraction or hyfrecator extraction."}]
    if text == "/request_callback":
        return [{"recipient_id": sender, "text": "What name should we ask for?"}]
    return [{"recipient_id": sender,
             "text": "Sorry, I didn't understand that. You can ask me about milia."}]


class Handler(BaseHTTPRequestHandler):
    def _cors(self) -> None:
        origin = self.headers.get("Origin")
        if origin:
            self.send_header("Access-Control-Allow-Origin", origin)
            self.send_header("Vary", "Origin")
            self.send_header("Access-Control-Allow-Headers", "Content-Type")
            self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")

    def _send(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self._cors()
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_OPTIONS(self) -> None:  # noqa: N802
        self._send(204, b"", "text/plain")

    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/":
            return self._send(200, b"Hello from Rasa: fake", "text/plain")
        self._send(404, b"not found", "text/plain")

    def do_POST(self) -> None:  # noqa: N802
        if self.path != "/webhooks/rest/webhook":
            return self._send(404, b"not found", "text/plain")
        length = int(self.headers.get("Content-Length") or 0)
        try:
            data = json.loads(self.rfile.read(length))
            answer = reply(str(data["sender"]), str(data["message"]))
        except (ValueError, KeyError):
            return self._send(400, b"bad request", "text/plain")
        self._send(200, json.dumps(answer).encode(), "application/json")

    def log_message(self, fmt, *args) -> None:
        pass


class FakeRasa:
    """Start/stop a fake Rasa on a fixed port (restartable, like the real one)."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_port
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


if __name__ == "__main__":
    fake = FakeRasa(int(sys.argv[1]) if len(sys.argv) > 1 else 5005)
    fake.start()
    print(f"fake Rasa on {fake.url}", flush=True)
    threading.Event().wait()
