"""The cluster: conversations across Rasa servers, failover, exactly-once delivery with two relays,
what nginx exposes and limits, bad input, the staff console behind its own nginx port, purge/forget
in PostgreSQL, and logs without personal data."""

from __future__ import annotations

import http.client
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import List

import pytest
import sqlalchemy as sa

from ops.cluster import Cluster
from ops.services import ROOT
from tests.cluster.conftest import Chat, Databases, Staff, book, fake_client_ip, get, post, staff_user

pytestmark = pytest.mark.cluster

RECEIVED = "request is in"


def wait_until(check, timeout: float = 20, every: float = 0.3):
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(every)


def personal_in_events(dbs: Databases, sender: str, values: List[str]) -> List[str]:
    blob = "\n".join(data for _, _, data in dbs.events(sender)).lower()
    return [v for v in values if v.lower() in blob]


# ---------------------------------------------------------------- conversations across servers


def test_a_conversation_alternating_between_rasa_servers_stays_coherent(
    cluster: Cluster, chat: Chat, dbs: Databases
) -> None:
    answer = book(chat, "Harriet Vane", "07400 310001", alternate=True)
    assert RECEIVED in answer
    delivered = dbs.wait_received(chat.sender)
    assert len(delivered) == 1 and delivered[0]["deliveries"] == 1
    rows = dbs.outbox_rows(chat.sender)
    assert len(rows) == 1 and rows[0]["name"] == "Harriet Vane" and rows[0]["phone_e164"] == "+447400310001"
    # every turn is in PostgreSQL once, in order
    users = [json.loads(d)["text"] for _, kind, d in dbs.events(chat.sender) if kind == "user"]
    assert len(users) == 7 and users[0] == "I'd like a callback please"
    # after the request was stored, the name and number left the tracker store
    values = ["Harriet", "Vane", "310001", "under my eyes"]
    assert wait_until(lambda: not personal_in_events(dbs, chat.sender, values), 15)


def test_two_servers_at_once_on_one_conversation_take_turns(cluster: Cluster, chat: Chat, dbs: Databases) -> None:
    """The Redis lock store: concurrent messages of one conversation on both servers are
    handled one after the other, and both are stored once."""
    chat.say("hi", via=chat.rasa_url(0))
    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(chat.text, "are milia contagious?", chat.rasa_url(0))
        second = pool.submit(chat.text, "do milia go away on their own?", chat.rasa_url(1))
        answers = [first.result(), second.result()]
    assert "not contagious" in answers[0] and answers[1]
    users = [json.loads(d)["text"] for _, kind, d in dbs.events(chat.sender) if kind == "user"]
    assert sorted(users) == sorted(["hi", "are milia contagious?", "do milia go away on their own?"])
    starts = [1 for _, kind, _ in dbs.events(chat.sender) if kind == "session_started"]
    assert len(starts) == 1


def test_a_rasa_server_killed_mid_conversation_loses_nothing(cluster: Cluster, chat: Chat, dbs: Databases) -> None:
    assert "name" in chat.text("can someone call me back")
    assert "phone number" in chat.text("Peter Wimsey")
    victim = "rasa-1"
    cluster.members[victim].kill()
    try:
        asked_time = chat.say("07400 310002")  # through nginx: the other server answers
        buttons = [b for r in asked_time for b in r.get("buttons", [])]
        assert buttons, asked_time
        assert "privacy" in chat.text(buttons[0]["payload"])  # consent comes before the note
        assert "adviser to know" in chat.text("yes")
        readback = chat.text("no")
        assert "Peter Wimsey" in readback and "07400 310002" in readback
        assert RECEIVED in chat.text("yes")
        assert len(dbs.wait_received(chat.sender)) == 1
    finally:
        cluster.start_member(victim, wait=300)
    assert chat.say("thanks", via=chat.rasa_url(0))  # the restarted server knows the conversation


def test_two_relays_deliver_each_request_exactly_once(cluster: Cluster, dbs: Databases) -> None:
    assert len(cluster.names("relay")) == 2 and not cluster.dead()
    chats = [Chat(cluster) for _ in range(6)]
    with ThreadPoolExecutor(6) as pool:
        answers = list(pool.map(lambda ic: book(ic[1], "Miss Climpson", f"07400 3200{ic[0]:02d}"), enumerate(chats)))
    assert all(RECEIVED in a for a in answers)
    for c in chats:
        received = dbs.wait_received(c.sender)
        assert len(received) == 1 and received[0]["deliveries"] == 1, received
        assert wait_until(lambda c=c: dbs.outbox_rows(c.sender)[0]["status"] == "delivered", 15)
        rows = dbs.outbox_rows(c.sender)
        assert len(rows) == 1 and rows[0]["attempts"] == 1
    ids = {dbs.outbox_rows(c.sender)[0]["id"] for c in chats}
    delivered_by = {}
    for relay in cluster.names("relay"):
        log = (cluster.logs / f"{relay}.log").read_text(errors="replace")
        for request_id in re.findall(r"delivered request_id=([0-9a-f]+)", log):
            assert request_id not in delivered_by, f"{request_id} sent by two relays"
            delivered_by[request_id] = relay
    assert ids <= set(delivered_by)


# ---------------------------------------------------------------- what nginx exposes


@pytest.mark.parametrize(
    "method, path",
    [("GET", "/model"), ("PUT", "/model"), ("GET", "/status"), ("GET", "/version"),
     ("GET", "/conversations/x/tracker"), ("POST", "/conversations/x/messages"),
     ("POST", "/conversations/x/trigger_intent"), ("GET", "/domain"), ("GET", "/webhooks/rest/"),
     ("GET", "/webhooks/rest"), ("GET", "/health"), ("GET", "/webhooks/rest/webhook/../../status"),
     ("GET", "/%73tatus"), ("GET", "/widget.js/../model")],
)
def test_nginx_answers_404_for_everything_of_rasa_but_the_rest_channel(cluster: Cluster, method, path) -> None:
    status, body = get(cluster.config.url + path, method=method)
    assert status == 404, (status, body[:200])
    assert b"rasa" not in body.lower()


@pytest.mark.parametrize("path", ["/../status", "/%2e%2e/status", "/webhooks/rest/webhook%00"])
def test_odd_paths_never_reach_rasa(cluster: Cluster, path: str) -> None:
    status, body = get(cluster.config.url + path)
    assert status in (400, 404) and b"rasa" not in body.lower()


def test_nginx_serves_the_page_the_widget_and_the_rest_channel(cluster: Cluster, chat: Chat) -> None:
    status, page = get(cluster.config.url + "/")
    assert status == 200 and b"/widget.js" in page and cluster.config.url.encode() in page
    assert get(cluster.config.url + "/widget.js")[0] == 200
    assert get(cluster.config.url + "/widget.css")[0] == 200
    assert get(cluster.config.url + "/privacy.html")[0] == 200
    assert get(cluster.config.url + "/healthz")[0] == 200
    assert get(cluster.config.url + "/webhooks/rest/webhook")[0] == 405
    assert "not contagious" in chat.text("are milia contagious?")


def test_rasa_api_is_off_and_internal_ports_listen_on_loopback_only(cluster: Cluster) -> None:
    for port in cluster.config.rasa_ports:
        assert get(f"http://127.0.0.1:{port}/status")[0] in (403, 404)
    internal = {*cluster.config.rasa_ports, *cluster.config.action_ports, cluster.config.actions_lb_port,
                cluster.config.web_port, cluster.config.receiver_port, cluster.config.postgres_port,
                cluster.config.redis_port, cluster.config.console_port, cluster.config.staff_port}
    listening = {}
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in open(table).read().splitlines()[1:]:
            fields = line.split()
            address, port = fields[1].split(":")
            if fields[3] == "0A":  # LISTEN
                listening.setdefault(int(port, 16), set()).add(address)
    for port in internal:
        assert port in listening, f"nothing listens on {port}"
        assert listening[port] == {"0100007F"}, f"port {port} listens on {listening[port]}"


def test_cors_only_for_configured_origins(cluster: Cluster) -> None:
    body = json.dumps({"sender": "cors-check", "message": "hi"}).encode()
    allowed = cluster.config.url
    _, headers, _ = post(cluster.config.url + "/webhooks/rest/webhook", body,
                         {"Origin": allowed, "X-Forwarded-For": fake_client_ip()})
    assert headers.get("Access-Control-Allow-Origin") == allowed
    _, headers, _ = post(cluster.config.url + "/webhooks/rest/webhook", body,
                         {"Origin": "https://evil.example", "X-Forwarded-For": fake_client_ip()})
    assert "Access-Control-Allow-Origin" not in headers
    preflight = urllib.request.Request(
        cluster.config.url + "/webhooks/rest/webhook", method="OPTIONS",
        headers={"Origin": allowed, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"},
    )
    with urllib.request.urlopen(preflight, timeout=10) as resp:
        assert resp.status in (200, 204) and resp.headers["Access-Control-Allow-Origin"] == allowed


# ---------------------------------------------------------------- limits and bad input


def test_message_size_limit(cluster: Cluster, chat: Chat) -> None:
    big = json.dumps({"sender": chat.sender, "message": "a" * 9000}).encode()
    status, headers, body = post(cluster.config.url + "/webhooks/rest/webhook", big,
                                 {"X-Forwarded-For": chat.client_ip})
    assert status == 413 and headers["Content-Type"].startswith("application/json")
    assert "too long" in json.loads(body)[0]["text"]
    status, replies = chat.send("b" * 3000)  # allowed through; the assistant asks for less
    assert status == 200 and "long message" in replies[0]["text"]


def test_rate_limit_per_client_answers_politely(cluster: Cluster) -> None:
    chat = Chat(cluster)
    statuses, answer = [], None
    for _ in range(25):
        status, replies = chat.send("hi")
        statuses.append(status)
        if status == 429:
            answer = replies
            break
    assert statuses[:10] == [200] * 10 and statuses[-1] == 429, statuses
    assert isinstance(answer, list) and "sending messages very quickly" in answer[0]["text"]
    assert Chat(cluster).send("hi")[0] == 200  # another client is not affected


BAD_BODIES = {
    "not json": b"{not json",
    "empty": b"",
    "a list": b"[1, 2]",
    "a string": b'"hello"',
    "message null": b'{"sender": "bad-1", "message": null}',
    "message object": b'{"sender": "bad-2", "message": {"a": 1}}',
    "no sender": b'{"message": "hi"}',
    "invalid utf-8": b'{"sender": "bad-3", "message": "\xff\xfe\xfa"}',
    "latin-1": '{"sender": "bad-4", "message": "caf\xe9"}'.encode("latin-1"),
    "utf-16": '{"sender": "bad-5", "message": "hi"}'.encode("utf-16"),
    "nul character": b'{"sender": "bad-6", "message": "hi\\u0000there"}',
    "lone surrogate": b'{"sender": "bad-7", "message": "\\ud800"}',
    "deep nesting": b"[" * 5000 + b"]" * 5000,
    "huge": b'{"sender": "bad-8", "message": "' + b"x" * 200_000 + b'"}',
}


@pytest.mark.parametrize("target", ["nginx", "rasa"])
def test_malformed_bodies_do_not_break_anything(cluster: Cluster, target: str) -> None:
    base = cluster.config.url if target == "nginx" else f"http://127.0.0.1:{cluster.config.rasa_ports[1]}"
    for name, body in BAD_BODIES.items():
        status, _, _ = post(base + "/webhooks/rest/webhook", body, {"X-Forwarded-For": fake_client_ip()})
        assert 200 <= status < 600, name
        if target == "nginx" and len(body) > 8192:
            assert status == 413, name
    assert not cluster.dead()
    chat = Chat(cluster)
    assert "not contagious" in chat.text("are milia contagious?", via=base)
    for port in cluster.config.rasa_ports:
        assert get(f"http://127.0.0.1:{port}/")[0] == 200


# ---------------------------------------------------------------- the staff console


def test_the_console_login_page_is_served_on_the_staff_port(cluster: Cluster) -> None:
    page = Staff(cluster).get("/login")
    assert page.status_code == 200 and 'name="password"' in page.text
    assert page.url.startswith(f"http://127.0.0.1:{cluster.config.staff_port}/")
    assert "HttpOnly" in page.headers["Set-Cookie"] and "SameSite=Strict" in page.headers["Set-Cookie"]
    assert "Secure" not in page.headers["Set-Cookie"]  # loopback only: as the console itself sets it
    assert page.headers["X-Frame-Options"] == "DENY" and "Content-Security-Policy" in page.headers
    anonymous = Staff(cluster).get("/")  # to the login page, on the staff port
    assert anonymous.status_code == 200 and anonymous.url.startswith(cluster.config.staff_url + "/login?next=")


@pytest.mark.parametrize("method, path", [("GET", "/login"), ("POST", "/login"), ("GET", "/dashboard"),
                                          ("GET", "/conversations"), ("GET", "/health"),
                                          ("GET", "/static/console.css"), ("GET", "/dashboard.csv")])
def test_the_public_port_never_serves_the_console(cluster: Cluster, method: str, path: str) -> None:
    status, body = get(cluster.config.url + path, method=method)
    assert status == 404, (status, body[:200])
    assert b"password" not in body.lower() and b"staff" not in body.lower()


def test_the_staff_port_limits_bodies(cluster: Cluster) -> None:
    """Over 256k: nginx refuses it from the Content-Length alone (the body is never sent)."""
    conn = http.client.HTTPConnection("127.0.0.1", cluster.config.staff_port, timeout=10)
    try:
        conn.putrequest("POST", "/login")
        conn.putheader("Content-Type", "application/x-www-form-urlencoded")
        conn.putheader("Content-Length", str(300 * 1024))
        conn.endheaders()
        assert conn.getresponse().status == 413
    finally:
        conn.close()


def test_a_staff_user_logs_in_through_nginx_and_sees_a_public_conversation(cluster: Cluster, chat: Chat) -> None:
    assert "not contagious" in chat.text("are milia contagious?")  # through the public port
    staff_user(cluster, "practice.manager", "viewer", "correct horse battery")
    browser = Staff(cluster, client_ip=fake_client_ip())
    dashboard = browser.log_in("practice.manager", "correct horse battery")
    assert dashboard.status_code == 200 and dashboard.url == cluster.config.staff_url + "/"
    assert "Conversations per day" in dashboard.text and "practice.manager" in dashboard.text
    listed = browser.get("/conversations")
    assert listed.status_code == 200 and f'/conversations/{chat.sender}"' in listed.text
    transcript = browser.get(f"/conversations/{chat.sender}")
    assert transcript.status_code == 200 and "are milia contagious?" in transcript.text
    assert Staff(cluster).get(f"/conversations/{chat.sender}").url.startswith(
        cluster.config.staff_url + "/login?next=")  # another browser, no session


def test_the_console_sees_each_client_behind_nginx(cluster: Cluster) -> None:
    """nginx passes the client's address; the console's audit log (and login lockout) use it."""
    client = fake_client_ip()
    refused = Staff(cluster, client_ip=client).log_in("nobody.here", "wrong password 123")
    assert refused.status_code == 401
    staff_db = sa.create_engine(cluster.env["STAFF_DB_URL"], future=True)
    try:
        with staff_db.connect() as conn:
            details = [r[0] for r in conn.execute(sa.text(
                "select detail from staff_audit where actor = 'nobody.here' and action = 'login failed'"))]
    finally:
        staff_db.dispose()
    assert details == [f"from {client}"]


def test_the_staff_port_listens_on_loopback_only(cluster: Cluster) -> None:
    listening = subprocess.run(["ss", "-ltnH"], capture_output=True, text=True, check=True).stdout.split("\n")
    for port in (cluster.config.staff_port, cluster.config.console_port):
        local = {line.split()[3] for line in listening if line.strip() and line.split()[3].endswith(f":{port}")}
        assert local == {f"127.0.0.1:{port}"}, (port, local)


def test_the_staff_cookies_are_secure_when_the_staff_port_is_opened(cluster: Cluster) -> None:
    from dataclasses import replace

    from ops.cluster import origins_for, render_nginx

    opened = render_nginx(replace(cluster.config, staff_host="0.0.0.0"), cluster.nginx_prefix, cluster.logs,
                          origins_for(cluster.config, {}))
    running = (cluster.nginx_prefix / "nginx.conf").read_text()
    for conf, default in ((opened, "secure"), (running, "nosecure")):
        assert re.search(r"map \$scheme \$milia_staff_cookie_secure \{\s*https secure;\s*default "
                         + default + ";", conf)
        assert "proxy_cookie_flags ~ $milia_staff_cookie_secure;" in conf
    assert f"listen 0.0.0.0:{cluster.config.staff_port};" in opened


# ---------------------------------------------------------------- personal data


def privacy_cli(cluster: Cluster, *args: str, module: str = "milia.privacy.store", **env: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", module, *args], cwd=ROOT, env={**cluster.env, **env},
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout + result.stderr


def test_purge_removes_old_conversations_and_delivered_requests(
    cluster: Cluster, dbs: Databases
) -> None:
    old, recent = Chat(cluster), Chat(cluster)
    assert RECEIVED in book(old, "Mary Quant", "07400 330001")
    recent.say("are milia contagious?")
    assert dbs.wait_received(old.sender)
    assert wait_until(lambda: dbs.outbox_rows(old.sender)[0]["status"] == "delivered", 15)
    forty_days = 40 * 86400
    with dbs.tracker.begin() as conn:
        conn.execute(sa.text("update events set timestamp = timestamp - :d where sender_id = :s"),
                     {"d": forty_days, "s": old.sender})
    with dbs.outbox.begin() as conn:
        conn.execute(sa.text("update callback_outbox set created_at = created_at - interval '40 days', "
                             "delivered_at = delivered_at - interval '40 days' where conversation_id = :c"),
                     {"c": old.sender})
    out = privacy_cli(cluster, "purge", "--days", "30")
    assert re.search(r"removed [1-9]\d* conversation\(s\)", out) and "1 delivered request(s)" in out, out
    assert dbs.events(old.sender) == [] and dbs.outbox_rows(old.sender) == []
    assert dbs.events(recent.sender)


def test_forget_a_phone_number_removes_everything_about_that_person(cluster: Cluster, dbs: Databases) -> None:
    booked, mentioned, other = Chat(cluster), Chat(cluster), Chat(cluster)
    assert RECEIVED in book(booked, "Bunter Mervyn", "07400 340001")
    mentioned.say("my number is 07400 340 001, ring me")
    assert RECEIVED in book(other, "Sally Other", "07400 340002")
    assert dbs.wait_received(booked.sender) and dbs.wait_received(other.sender)
    request_id = dbs.outbox_rows(booked.sender)[0]["id"]

    out = privacy_cli(cluster, "forget", MILIA_FORGET_PHONE="+44 7400 340001")
    # the reference receiver stands in for the booking system, which keeps its own record
    assert "removed 1 row(s)" in privacy_cli(cluster, "forget", module="dev.receiver", MILIA_FORGET_PHONE="+44 7400 340001")

    assert request_id in out and booked.sender in out and mentioned.sender in out
    assert "340001" not in out and "Bunter" not in out
    assert dbs.outbox_rows(booked.sender) == [] and dbs.events(booked.sender) == []
    assert dbs.events(mentioned.sender) == [] and dbs.received(booked.sender) == []
    assert dbs.outbox_rows(other.sender) and dbs.events(other.sender) and dbs.received(other.sender)

    out = privacy_cli(cluster, "forget", "--conversation", other.sender)
    assert "removed 1 request(s)" in out
    assert "removed 1 row(s)" in privacy_cli(cluster, "forget", module="dev.receiver", MILIA_FORGET_CONVERSATION=other.sender)
    assert dbs.outbox_rows(other.sender) == [] and dbs.events(other.sender) == []


def test_a_visitor_deletes_their_conversation_through_nginx(cluster: Cluster, dbs: Databases) -> None:
    """The widget's "Delete my conversation" through nginx on PostgreSQL: the conversation's events
    and its undelivered request go, its delivered request stays (the clinic's record), another
    conversation is intact, an unknown id gets the same answer, and the route is rate-limited."""
    client = fake_client_ip()
    mine = Chat(cluster, sender=str(uuid.uuid4()), client_ip=client)
    other = Chat(cluster, sender=str(uuid.uuid4()))
    assert RECEIVED in book(mine, "Hilary Thorpe", "07400 360001")
    assert dbs.wait_received(mine.sender)
    assert wait_until(lambda: dbs.outbox_rows(mine.sender)[0]["status"] == "delivered", 15)
    relays = cluster.names("relay")
    for relay in relays:  # from now on nothing is delivered: the next requests stay pending
        cluster.members[relay].stop()
    try:
        again = Chat(cluster, sender=mine.sender)  # a new client address: the chat's own rate limit
        assert RECEIVED in book(again, "Hilary Thorpe", "07400 360002")
        assert RECEIVED in book(other, "Ann Dorland", "07400 350003")
        assert sorted(r["status"] for r in dbs.outbox_rows(mine.sender)) == ["delivered", "pending"]
        other_events = dbs.events(other.sender)
        assert dbs.events(mine.sender) and other_events

        def delete(sender: str, ip: str = client):
            status, headers, body = post(cluster.config.url + "/webhooks/rest/delete",
                                         json.dumps({"sender": sender}).encode(),
                                         {"X-Forwarded-For": ip, "Origin": cluster.config.url})
            keep = ("Content-Type", "Cache-Control", "Access-Control-Allow-Origin", "Content-Length")
            return status, body, {name: headers.get(name) for name in keep}

        answer = delete(mine.sender)
        unknown = delete(str(uuid.uuid4()))
    finally:
        for relay in relays:
            cluster.start_member(relay)

    assert answer[0] == 200 and json.loads(answer[1]) == {"status": "deleted"}
    assert answer == unknown
    assert answer[2]["Access-Control-Allow-Origin"] == cluster.config.url
    assert dbs.events(mine.sender) == []
    assert [r["status"] for r in dbs.outbox_rows(mine.sender)] == ["delivered"]
    assert dbs.events(other.sender) == other_events
    assert [r["status"] for r in dbs.outbox_rows(other.sender)] == ["pending"]
    assert dbs.wait_received(other.sender)  # the relays are back: the other request goes out
    time.sleep(2)
    assert len(dbs.received(mine.sender)) == 1  # the deleted one never does
    # only the widget's kind of id, nothing else in the body
    status, _, body = post(cluster.config.url + "/webhooks/rest/delete",
                           json.dumps({"sender": other.sender, "phone": "07400 350003"}).encode(),
                           {"X-Forwarded-For": fake_client_ip()})
    assert (status, json.loads(body)) == (400, {"status": "invalid"}) and dbs.events(other.sender)
    # nginx's per-client limit (6 a minute, burst 4), answered in the same JSON shape
    flood = fake_client_ip()
    answers = [delete(str(uuid.uuid4()), flood) for _ in range(7)]
    assert [a[0] for a in answers[:5]] == [200] * 5
    assert answers[-1][0] == 429 and json.loads(answers[-1][1]) == {"status": "rate_limited"}
    assert delete(str(uuid.uuid4()), fake_client_ip())[0] == 200  # another client
    # the access log has the route, never the conversation id (it is in the body)
    access = (cluster.logs / "nginx-access.log").read_text(errors="replace")
    assert "POST /webhooks/rest/delete" in access and mine.sender not in access
    (ROOT / "reports" / "e2e").mkdir(parents=True, exist_ok=True)
    (ROOT / "reports" / "e2e" / "delete-postgresql.json").write_text(json.dumps({
        "setup": "cluster: nginx, 2 Rasa servers, PostgreSQL",
        "answer_for_stored_id": [answer[0], json.loads(answer[1])],
        "answer_for_unknown_id": [unknown[0], json.loads(unknown[1])],
        "events_left": len(dbs.events(mine.sender)),
        "requests_left": [r["status"] for r in dbs.outbox_rows(mine.sender)],
        "other_conversation_events": [len(other_events), len(dbs.events(other.sender))],
        "rate_limited_after": [a[0] for a in answers],
    }, indent=2) + "\n")


def test_logs_of_a_full_booking_hold_neither_the_name_nor_the_number(cluster: Cluster, dbs: Databases) -> None:
    chat = Chat(cluster)
    name, phone = "Zebedee Quintavalle", "07400 350001"
    assert RECEIVED in book(chat, name, phone, concern="Zebedee's eyelids")
    assert dbs.wait_received(chat.sender)
    assert wait_until(lambda: not personal_in_events(dbs, chat.sender, ["Zebedee", "350001"]), 15)
    time.sleep(1)  # let every process write its log lines
    needles = ["zebedee", "quintavalle", "350001", "7400350001", "07400 350001", "+447400350001"]
    hits = []
    files = cluster.log_files()
    assert {"rasa-1.log", "actions-1.log", "relay-1.log", "postgres.log", "nginx-access.log"} <= {f.name for f in files}
    for path in files:
        text = path.read_text(errors="replace").lower()
        hits += [f"{path.name}: {n}" for n in needles if n in text]
    assert hits == []
    access = (cluster.logs / "nginx-access.log").read_text()
    network = chat.client_ip.rsplit(".", 1)[0] + ".0 "
    assert network in access and chat.client_ip + " " not in access  # addresses are shortened


def test_the_action_servers_role_cannot_reach_the_conversations(cluster: Cluster) -> None:
    """Action servers and relays connect with the outbox's own role; only the tracker store's
    role may connect to milia_tracker (and the action servers are not given its URL)."""
    outbox_url = sa.engine.make_url(cluster.env["OUTBOX_DB_URL"])
    engine = sa.create_engine(outbox_url.set(database="milia_tracker"), future=True)
    with pytest.raises(sa.exc.OperationalError, match="permission denied"):
        with engine.connect():
            pass
    engine.dispose()
    actions = cluster.members["actions-1"]
    assert "TRACKER_DB_URL" not in actions.environment(cluster.env)
    assert actions.environment(cluster.env)["OUTBOX_DB_URL"] == cluster.env["OUTBOX_DB_URL"]


def test_a_booking_leaves_no_personal_detail_in_the_conversation(cluster: Cluster, dbs: Databases) -> None:
    """The tracker store on PostgreSQL redacts as it saves the submit turn (no other writer)."""
    chat = Chat(cluster)
    assert RECEIVED in book(chat, "Ottoline Fairweather", "07400 350002")
    blob = "\n".join(row[2] for row in dbs.events(chat.sender))
    assert "Ottoline" not in blob and "350002" not in blob and "[redacted]" in blob


def test_all_processes_survived(cluster: Cluster) -> None:
    assert cluster.dead() == []
