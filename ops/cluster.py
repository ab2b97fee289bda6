"""The assistant as a small cluster on one machine.

``make run-cluster`` (ops/run_cluster.py), the cluster tests (tests/cluster/) and the
cluster benchmark (ops/bench_cluster.py) all start the same thing with :class:`Cluster`:

* PostgreSQL (Debian's binaries, a private data directory): the tracker store (database
  ``milia_tracker``) and the callback outbox (``milia_outbox``);
* Redis: Rasa's lock store (one turn per conversation at a time across Rasa servers);
* N Rasa servers (default 2) and N action servers (default 2), all on 127.0.0.1;
* relays (default 2; they share the outbox and never double-send), the web page, and the
  reference receiver when ``BOOKING_WEBHOOK_URL`` is unset;
* the staff console (milia/console) on a private loopback port, reading the conversations and the
  outbox in PostgreSQL; its accounts and audit log are SQLite in ``<workdir>/staff/``;
* nginx (Debian's) in front: the only public port. It load-balances the REST channel over the
  Rasa servers and serves the page; everything else is a 404 (cluster/nginx.conf). A second,
  loopback-only nginx server balances Rasa's calls over the action servers, and a third serves
  the staff console on its own port (127.0.0.1 unless ``STAFF_CLUSTER_HOST`` says otherwise).

Rasa's settings come from cluster/endpoints.yml and the environment built by
:meth:`Cluster.process_env`. Nothing here imports Rasa.

The production-mode check lives in :mod:`milia.config.production`; ``python -m ops.cluster
check-production`` (exit status 1 and the reasons) runs it for container entrypoints.
"""
from __future__ import annotations

import ipaddress
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from glob import glob
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple

from milia.config.processes import ProcessSettings, check_url, read_count, read_host, read_port, read_ports
from milia.config.production import (  # noqa: F401
    DEV_DB_PASSWORD,
    DEV_OUTBOX_DB_PASSWORD,
    is_production,
    production_problems,
    require_production_settings,
)
from milia.config.settings import SettingsError
from ops.services import ROOT, Service, services, staff_console, stop_all

NGINX_TEMPLATE = ROOT / "cluster" / "nginx.conf"
ENDPOINTS = ROOT / "cluster" / "endpoints.yml"
DEFAULT_MODEL = ROOT / "models" / "milia.tar.gz"

TRACKER_DB = "milia_tracker"
OUTBOX_DB = "milia_outbox"

LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "[::1]", "localhost"})


# --------------------------------------------------------------------------
# Configuration


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass(frozen=True)
class ClusterConfig:
    """Where everything listens and how nginx behaves. :meth:`from_env` reads the
    CLUSTER_* variables (docs/cluster.md); :meth:`on_free_ports` is for tests."""

    workdir: Path
    public_host: str = "127.0.0.1"
    public_port: int = 8000
    public_url: Optional[str] = None  # what browsers use; default http://localhost:<public_port>
    rasa_ports: Tuple[int, ...] = (5005, 5006)
    action_ports: Tuple[int, ...] = (5055, 5056)
    actions_lb_port: int = 5050
    web_port: int = 8080
    receiver_port: int = 8090
    # The staff console: nginx's staff server (its own port, loopback unless opened on purpose)
    # and the console process behind it (always 127.0.0.1).
    staff_host: str = "127.0.0.1"
    staff_port: int = 8001
    console_port: int = 8081
    postgres_port: int = 5433
    redis_port: int = 6380
    relays: int = 2
    rate_limit: Optional[str] = "30r/m"  # None: no rate limit (benchmarks)
    rate_burst: int = 10
    max_body: str = "8k"
    trusted_proxies: Tuple[str, ...] = ()  # take the client address from X-Forwarded-For
    model: Path = DEFAULT_MODEL
    db_user: str = "milia"
    db_password: str = DEV_DB_PASSWORD
    # The outbox's own role: action servers and relays connect with it and cannot reach the
    # conversations (only Rasa's tracker store, purge and forget use db_user).
    outbox_user: str = "milia_outbox"
    outbox_password: str = DEV_OUTBOX_DB_PASSWORD
    redis_password: str = ""
    durable: bool = True  # False: PostgreSQL without fsync (throw-away test clusters)
    relay_poll_seconds: Optional[float] = None

    @property
    def url(self) -> str:
        return (self.public_url or f"http://localhost:{self.public_port}").rstrip("/")

    @property
    def staff_url(self) -> str:
        """The staff console through nginx, as seen from this machine."""
        host = "127.0.0.1" if self.staff_host in ("0.0.0.0", "::", "[::]") else self.staff_host
        return f"http://{host}:{self.staff_port}"

    @property
    def staff_on_network(self) -> bool:
        """The staff port is opened beyond this machine: the console's cookies then carry
        ``Secure`` (browsers only send them over HTTPS, so TLS must be in front)."""
        return self.staff_host not in LOOPBACK_HOSTS

    @classmethod
    def from_env(cls, env: Mapping[str, str], workdir: Optional[Path] = None) -> "ClusterConfig":
        """Read with the same checked readers as ``make run`` (milia/config/processes.py): a wrong
        value stops here with a message that names the variable. The ports both share (the page,
        the reference receiver, the console) are :class:`ProcessSettings`' own."""
        def get(name: str, default: str) -> str:
            return env.get(name, "").strip() or default

        d = cls(workdir=Path("."))
        shared = ProcessSettings.from_env(env)
        rate = get("CLUSTER_RATE_LIMIT", d.rate_limit or "off")
        if rate.lower() not in ("off", "none", "0") and not re.fullmatch(r"[1-9]\d*r/[sm]", rate):
            raise SettingsError(f"CLUSTER_RATE_LIMIT={rate!r}: expected requests per second or minute "
                                "(e.g. 30r/m), or off")
        public_url = env.get("CLUSTER_PUBLIC_URL", "").strip()
        return cls(
            workdir=Path(workdir or get("CLUSTER_DIR", str(ROOT / "var" / "cluster"))),
            public_host=read_host(env, "CLUSTER_HOST", d.public_host),
            public_port=read_port(env, "CLUSTER_PORT", d.public_port),
            public_url=check_url("CLUSTER_PUBLIC_URL", public_url) if public_url else None,
            rasa_ports=read_ports(env, "CLUSTER_RASA_PORTS", d.rasa_ports),
            action_ports=read_ports(env, "CLUSTER_ACTION_PORTS", d.action_ports),
            actions_lb_port=read_port(env, "CLUSTER_ACTIONS_LB_PORT", d.actions_lb_port),
            web_port=shared.web_port,
            receiver_port=shared.receiver_port,
            staff_host=read_host(env, "STAFF_CLUSTER_HOST", d.staff_host),
            staff_port=read_port(env, "STAFF_CLUSTER_PORT", d.staff_port),
            console_port=shared.staff_port,
            postgres_port=read_port(env, "POSTGRES_PORT", d.postgres_port),
            redis_port=read_port(env, "REDIS_PORT", d.redis_port),
            relays=read_count(env, "CLUSTER_RELAYS", d.relays),
            rate_limit=None if rate.lower() in ("off", "none", "0") else rate,
            rate_burst=read_count(env, "CLUSTER_RATE_BURST", d.rate_burst),
            max_body=get("CLUSTER_MAX_BODY", d.max_body),
            trusted_proxies=tuple(get("CLUSTER_TRUSTED_PROXIES", "").split()),
            model=Path(get("CLUSTER_MODEL", str(d.model))),
            db_user=get("POSTGRES_USER", d.db_user),
            db_password=get("POSTGRES_PASSWORD", d.db_password),
            outbox_password=get("OUTBOX_DB_PASSWORD", d.outbox_password),
            redis_password=env.get("REDIS_PASSWORD", "").strip(),
        )

    @classmethod
    def on_free_ports(cls, workdir: Path, **overrides) -> "ClusterConfig":
        servers = int(overrides.pop("servers", 2))
        public_port = free_port()
        config = cls(
            workdir=workdir,
            public_port=public_port,
            public_url=f"http://127.0.0.1:{public_port}",  # tests and benchmarks: loopback only
            rasa_ports=tuple(free_port() for _ in range(servers)),
            action_ports=tuple(free_port() for _ in range(servers)),
            actions_lb_port=free_port(),
            web_port=free_port(),
            receiver_port=free_port(),
            staff_port=free_port(),
            console_port=free_port(),
            postgres_port=free_port(),
            redis_port=free_port(),
        )
        return replace(config, **overrides)


# --------------------------------------------------------------------------
# nginx configuration

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")
_ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:\d{1,5})?$")
_RATE = re.compile(r"^\d+r/[sm]$")
_SIZE = re.compile(r"^\d+[km]?$")
_LISTEN_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)$")


def origins_for(config: ClusterConfig, env: Mapping[str, str]) -> List[str]:
    """WIDGET_ORIGINS plus the cluster's own public origin(s), de-duplicated."""
    found: List[str] = []
    public = [config.url]
    if config.public_url is None:
        public.append(f"http://127.0.0.1:{config.public_port}")
    for origin in env.get("WIDGET_ORIGINS", "").split() + public:
        origin = origin.rstrip("/")
        if origin not in found:
            found.append(origin)
    return found


def render_nginx(config: ClusterConfig, prefix: Path, log_dir: Path, origins: Sequence[str]) -> str:
    """cluster/nginx.conf with every placeholder filled (values are validated: they come
    from the environment)."""
    for origin in origins:
        if not _ORIGIN.match(origin):
            raise ValueError(f"not an origin (scheme://host[:port]): {origin!r}")
    if config.rate_limit is not None and not _RATE.match(config.rate_limit):
        raise ValueError(f"CLUSTER_RATE_LIMIT: expected e.g. '30r/m' or 'off', got {config.rate_limit!r}")
    if not _SIZE.match(config.max_body):
        raise ValueError(f"CLUSTER_MAX_BODY: expected e.g. '8k', got {config.max_body!r}")
    for name, host in (("CLUSTER_HOST", config.public_host), ("STAFF_CLUSTER_HOST", config.staff_host)):
        if not _LISTEN_HOST.match(host):
            raise ValueError(f"{name}: expected an address or host name (IPv6 in brackets), got {host!r}")
    proxies = [str(ipaddress.ip_network(p, strict=False)) for p in config.trusted_proxies]
    for path in (prefix, log_dir):
        if re.search(r"[\s;{}\"'$]", str(path)):
            raise ValueError(f"unsupported characters in path {path}")
    if config.rate_limit:
        zone = (
            "    map $request_method $milia_limit_key {\n"
            "        POST $binary_remote_addr;\n"
            "        default \"\";\n"
            "    }\n"
            f"    limit_req_zone $milia_limit_key zone=milia_chat:10m rate={config.rate_limit};"
        )
        limit = f"            limit_req zone=milia_chat burst={config.rate_burst} nodelay;"
    else:
        zone = "    # rate limit OFF (CLUSTER_RATE_LIMIT=off, e.g. for make bench-cluster)"
        limit = "            # rate limit OFF"
    real_ip = (
        "\n".join(f"    set_real_ip_from {p};" for p in proxies)
        + "\n    real_ip_header X-Forwarded-For;\n    real_ip_recursive on;"
        if proxies
        else "    # (no trusted proxies: the address of the TCP peer is the client)"
    )
    values = {
        "user_directive": "user nobody nogroup;" if os.geteuid() == 0 else "",
        "worker_processes": "1",
        "prefix": str(prefix),
        "log_dir": str(log_dir),
        "real_ip": real_ip,
        "limit_req_zone": zone,
        "limit_req": limit,
        "cors_map": "\n".join(f'        "{o}" $http_origin;' for o in origins),
        "rasa_servers": "\n".join(
            f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in config.rasa_ports
        ),
        "action_servers": "\n".join(
            f"        server 127.0.0.1:{p} max_fails=1 fail_timeout=10s;" for p in config.action_ports
        ),
        "web_server": f"127.0.0.1:{config.web_port}",
        "public_listen": f"{config.public_host}:{config.public_port}",
        "staff_listen": f"{config.staff_host}:{config.staff_port}",
        "staff_server": f"127.0.0.1:{config.console_port}",
        # Over HTTPS (nginx's own `listen ... ssl`) always; on a port opened to the network always
        # (TLS is then in front of nginx, at a load balancer); on 127.0.0.1 as the console sets it.
        "staff_cookie_secure": "secure" if config.staff_on_network else "nosecure",
        "actions_listen": f"127.0.0.1:{config.actions_lb_port}",
        "max_body": config.max_body,
        "rasa_timeout": "60s",
    }
    template = NGINX_TEMPLATE.read_text(encoding="utf-8")

    def fill(match: "re.Match[str]") -> str:
        if match.group(1) not in values:
            raise KeyError(f"cluster/nginx.conf: unknown placeholder {match.group(1)!r}")
        return values[match.group(1)]

    return _PLACEHOLDER.sub(fill, template)


# --------------------------------------------------------------------------
# Binaries and processes


def find_binary(name: str, extra: Sequence[str] = ()) -> str:
    """``name`` on PATH, else in /usr/sbin, /usr/lib/postgresql/<newest>/bin, ..."""
    found = shutil.which(name)
    if found:
        return found
    candidates = [f"/usr/sbin/{name}", f"/usr/bin/{name}", *extra]
    candidates += sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    for candidate in candidates:
        if os.access(candidate, os.X_OK):
            return candidate
    raise FileNotFoundError(f"{name} not found (apt-get install -y postgresql redis-server nginx)")


def postgres_bin(name: str) -> str:
    """PostgreSQL server programs (initdb, postgres) live off PATH on Debian."""
    for candidate in sorted(glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True):
        if os.access(candidate, os.X_OK):
            return candidate
    return find_binary(name)


def _unprivileged_user() -> Optional[str]:
    """PostgreSQL refuses to run as root: as root, run it as 'postgres' (or 'nobody')."""
    if os.geteuid() != 0:
        return None
    import pwd

    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no 'postgres' user to run PostgreSQL as")


@dataclass
class Member(Service):
    """A :class:`Service` with its own environment additions, an optional user to run as,
    a readiness probe for non-HTTP servers and its own stop signal."""

    extra_env: Dict[str, str] = field(default_factory=dict)
    run_as: Optional[str] = None
    probe: Optional[Callable[[], bool]] = field(default=None, repr=False)
    stop_signal: int = signal.SIGTERM

    def environment(self, env: Mapping[str, str]) -> Dict[str, str]:
        return super().environment({**env, **self.extra_env})

    def start(self, env: Mapping[str, str], log_dir: Optional[Path] = None) -> None:
        out = None
        if log_dir is not None:
            log_dir.mkdir(parents=True, exist_ok=True)
            out = open(log_dir / f"{self.name}.log", "ab")
        kwargs = {}
        if self.run_as:
            kwargs = {"user": self.run_as, "group": _group_of(self.run_as), "extra_groups": []}
        try:
            self.process = subprocess.Popen(
                self.argv, cwd=ROOT, env=self.environment(env), stdout=out,
                stderr=subprocess.STDOUT if out else None, start_new_session=True, **kwargs,
            )
        finally:
            if out is not None:
                out.close()

    def healthy(self) -> bool:
        if self.probe is not None:
            try:
                return self.alive() and self.probe()
            except Exception:
                return False
        return super().healthy()

    def terminate(self) -> None:
        if self.alive():
            os.killpg(self.process.pid, self.stop_signal)

    def kill(self) -> None:
        """SIGKILL, as in a crash."""
        if self.alive():
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def _group_of(user: str) -> int:
    import pwd

    return pwd.getpwnam(user).pw_gid


def as_member(service: Service, extra_env: Optional[Dict[str, str]] = None, name: Optional[str] = None) -> Member:
    return Member(name or service.name, list(service.argv), service.health_url,
                  extra_env={**service.env, **(extra_env or {})}, hidden=service.hidden)


# --------------------------------------------------------------------------
# The cluster


class Cluster:
    """Everything on one machine. ``start()`` / ``stop()``; members by name:
    ``postgres``, ``redis``, ``rasa-1``.., ``actions-1``.., ``relay-1``.., ``web``,
    ``receiver`` (without BOOKING_WEBHOOK_URL), ``staff`` (the console) and ``nginx``.
    Logs: ``<workdir>/logs``."""

    def __init__(self, config: ClusterConfig, base_env: Optional[Mapping[str, str]] = None) -> None:
        self.config = config
        self.base_env = dict(os.environ if base_env is None else base_env)
        self.workdir = config.workdir.resolve()
        self.logs = self.workdir / "logs"
        self.pgdata = self.workdir / "pgdata"
        self.nginx_prefix = self.workdir / "nginx"
        self.staff_dir = self.workdir / "staff"  # the console's accounts and audit log (private)
        self.env = self.process_env()
        self.members: Dict[str, Member] = self._members()

    # -- configuration

    def db_url(self, database: str) -> str:
        c = self.config
        user, password = (c.outbox_user, c.outbox_password) if database == OUTBOX_DB else (c.db_user, c.db_password)
        return f"postgresql://{user}:{password}@127.0.0.1:{c.postgres_port}/{database}"

    def process_env(self) -> Dict[str, str]:
        """The environment every process gets (each also gets its own port)."""
        c = self.config
        env = dict(self.base_env)
        env.update(
            TRACKER_DB_URL=self.db_url(TRACKER_DB),
            OUTBOX_DB_URL=self.db_url(OUTBOX_DB),
            REDIS_HOST="127.0.0.1",
            REDIS_PORT=str(c.redis_port),
            REDIS_DB=env.get("REDIS_DB", "").strip() or "1",
            REDIS_PASSWORD=c.redis_password,
            ACTION_ENDPOINT_URL=f"http://127.0.0.1:{c.actions_lb_port}/webhook",
            WEB_PORT=str(c.web_port),
            RECEIVER_PORT=str(c.receiver_port),
            RASA_URL=c.url,
            WIDGET_ORIGINS=" ".join(origins_for(c, self.base_env)),
            # Rasa's SQL tracker store is synchronous: a small pool per server is plenty.
            SQL_POOL_SIZE=env.get("SQL_POOL_SIZE", "5"),
            SQL_MAX_OVERFLOW=env.get("SQL_MAX_OVERFLOW", "10"),
            RASA_TELEMETRY_ENABLED="false",
        )
        env.setdefault("RECEIVER_DB_URL", f"sqlite:///{self.workdir / 'receiver.db'}")
        # The console's own tables (accounts, audit log): durable beside PostgreSQL's data, or a
        # database of your choice (STAFF_DB_URL). `make staff-user` with this environment adds
        # accounts. STAFF_SECRET is passed on as it is (without it, outside production, the
        # console signs with a random key per start).
        env.setdefault("STAFF_DB_URL", f"sqlite:///{self.staff_dir / 'staff.db'}")
        env["STAFF_PORT"] = str(c.console_port)
        env["STAFF_HOST"] = "127.0.0.1"
        if c.relay_poll_seconds is not None:
            env["RELAY_POLL_SECONDS"] = str(c.relay_poll_seconds)
        env.pop("RASA_PORT", None)
        env.pop("ACTION_PORT", None)
        return env

    def _members(self) -> Dict[str, Member]:
        c = self.config
        members: Dict[str, Member] = {}
        pg_args = [
            postgres_bin("postgres"), "-D", str(self.pgdata), "-p", str(c.postgres_port),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
            "-c", "max_connections=200",
            # never write a failing statement (it may hold chat text) into the server log
            "-c", "log_min_error_statement=panic", "-c", "log_statement=none",
        ]
        if not c.durable:
            pg_args += ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]
        members["postgres"] = Member(
            "postgres", pg_args, run_as=_unprivileged_user(), probe=self._postgres_ready,
            stop_signal=signal.SIGINT,  # "fast" shutdown: do not wait for clients
        )
        members["redis"] = Member(
            "redis", [find_binary("redis-server"), str(self.workdir / "redis.conf")], probe=self._redis_ready,
        )
        # services() checks every port it reads (ProcessSettings); each server gets its own below.
        first_rasa, first_action = str(c.rasa_ports[0]), str(c.action_ports[0])
        base = services(
            {**self.env, "RASA_PORT": first_rasa, "ACTION_PORT": first_action}, model=str(c.model),
            endpoints=str(ENDPOINTS), interface="127.0.0.1",
        )
        if "receiver" in base:
            members["receiver"] = as_member(base["receiver"])
        for i in range(1, c.relays + 1):
            members[f"relay-{i}"] = as_member(base["relay"], name=f"relay-{i}")
        for i, port in enumerate(c.action_ports, 1):
            one = services({**self.env, "RASA_PORT": first_rasa, "ACTION_PORT": str(port)})["actions"]
            members[f"actions-{i}"] = as_member(one, name=f"actions-{i}")  # SANIC_HOST=127.0.0.1, from services()
        members["web"] = as_member(base["web"], {"WEB_HOST": "127.0.0.1"})
        staff = as_member(staff_console(self.env), {
            "STAFF_HOST": "127.0.0.1",
            # nginx (on this machine) passes the visitor's address: the console's login lockout
            # and audit log count each client, not nginx.
            "STAFF_TRUSTED_PROXIES": "127.0.0.1",
            # Deploy reaches every Rasa server on its own port (nginx's public address has no /model)
            "RASA_URLS": " ".join(f"http://127.0.0.1:{p}" for p in c.rasa_ports),
        })
        staff.hidden = (*staff.hidden, "REDIS_PASSWORD", "POSTGRES_PASSWORD", "OUTBOX_DB_PASSWORD")
        members["staff"] = staff
        for i, port in enumerate(c.rasa_ports, 1):
            one = services(
                {**self.env, "RASA_PORT": str(port), "ACTION_PORT": first_action}, model=str(c.model),
                endpoints=str(ENDPOINTS), interface="127.0.0.1",
            )["rasa"]
            members[f"rasa-{i}"] = as_member(one, name=f"rasa-{i}")
        members["nginx"] = Member(
            "nginx",
            [find_binary("nginx"), "-p", f"{self.nginx_prefix}/", "-c", str(self.nginx_prefix / "nginx.conf"),
             "-e", str(self.logs / "nginx-error.log")],
            f"http://127.0.0.1:{c.public_port}/healthz",
            stop_signal=signal.SIGQUIT,  # graceful: finish requests in flight
        )
        return members

    def names(self, prefix: str) -> List[str]:
        return [name for name in self.members if name == prefix or name.startswith(prefix + "-")]

    # -- probes

    def _postgres_ready(self) -> bool:
        import psycopg2

        conn = psycopg2.connect(
            host="127.0.0.1", port=self.config.postgres_port, user=self.config.db_user,
            password=self.config.db_password, dbname="postgres", connect_timeout=2,
        )
        conn.close()
        return True

    def _redis_ready(self) -> bool:
        import redis

        client = redis.Redis(host="127.0.0.1", port=self.config.redis_port,
                             password=self.config.redis_password or None, socket_timeout=2)
        try:
            return bool(client.ping())
        finally:
            client.close()

    # -- preparing the directory

    def prepare(self) -> None:
        """Create the directory, initialise PostgreSQL once, write redis.conf and nginx.conf."""
        for path in (self.workdir, self.logs, self.nginx_prefix, self.workdir / "redis", self.staff_dir):
            path.mkdir(parents=True, exist_ok=True)
        self.staff_dir.chmod(0o700)  # password hashes and the audit log
        # nginx workers and PostgreSQL may run as other users: they must reach their files.
        for path in (self.workdir, self.nginx_prefix):
            path.chmod(0o755)
        self.logs.chmod(0o750)
        self._init_postgres()
        redis_conf = self.workdir / "redis.conf"
        lines = [
            "bind 127.0.0.1", f"port {self.config.redis_port}", "protected-mode yes",
            'save ""', "appendonly no", f"dir {self.workdir / 'redis'}", "daemonize no",
            "loglevel warning",
        ]
        if self.config.redis_password:
            lines.append(f"requirepass {self.config.redis_password}")
        _write_private(redis_conf, "\n".join(lines) + "\n")
        conf = render_nginx(self.config, self.nginx_prefix, self.logs, origins_for(self.config, self.base_env))
        (self.nginx_prefix / "nginx.conf").write_text(conf, encoding="utf-8")
        test = subprocess.run(
            self.members["nginx"].argv + ["-t", "-q"], capture_output=True, text=True,
        )
        if test.returncode != 0:
            raise RuntimeError(f"nginx rejected the generated configuration:\n{test.stderr}")

    def _init_postgres(self) -> None:
        if (self.pgdata / "PG_VERSION").exists():
            return
        user = _unprivileged_user()
        self.pgdata.mkdir(mode=0o700, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=self.workdir, delete=False) as handle:
            handle.write(self.config.db_password + "\n")
            pwfile = Path(handle.name)
        try:
            kwargs = {}
            if user:
                import pwd

                info = pwd.getpwnam(user)
                for path in (self.pgdata, pwfile):
                    os.chown(path, info.pw_uid, info.pw_gid)
                kwargs = {"user": user, "group": info.pw_gid, "extra_groups": []}
            result = subprocess.run(
                [postgres_bin("initdb"), "-D", str(self.pgdata), "-U", self.config.db_user,
                 f"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--no-locale"],
                capture_output=True, text=True, cwd="/", **kwargs,
            )
        finally:
            pwfile.unlink(missing_ok=True)
        if result.returncode != 0:
            raise RuntimeError(f"initdb failed:\n{result.stderr[-2000:]}")

    def _create_databases(self) -> None:
        import psycopg2

        conn = psycopg2.connect(
            host="127.0.0.1", port=self.config.postgres_port, user=self.config.db_user,
            password=self.config.db_password, dbname="postgres", connect_timeout=5,
        )
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                c = self.config
                cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (c.outbox_user,))
                verb = "ALTER" if cur.fetchone() else "CREATE"
                cur.execute(f'{verb} ROLE "{c.outbox_user}" LOGIN PASSWORD %s', (c.outbox_password,))
                for name, owner in ((TRACKER_DB, c.db_user), (OUTBOX_DB, c.outbox_user)):
                    cur.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
                    if cur.fetchone() is None:
                        cur.execute(f'CREATE DATABASE "{name}" OWNER "{owner}"')
                    cur.execute(f'ALTER DATABASE "{name}" OWNER TO "{owner}"')
                # Only the tracker's role may connect to the conversations.
                cur.execute(f'REVOKE CONNECT ON DATABASE "{TRACKER_DB}" FROM PUBLIC')
        finally:
            conn.close()
        from milia.callbacks import outbox
        from milia.privacy import store as privacy

        for url, create in ((self.env["TRACKER_DB_URL"], privacy.ensure_tracker_schema),
                            (self.env["OUTBOX_DB_URL"], outbox.ensure_schema)):
            engine = outbox.make_engine(url)
            try:
                create(engine)
            finally:
                engine.dispose()

    # -- running

    def start_member(self, name: str, wait: Optional[float] = None) -> None:
        member = self.members[name]
        member.start(self.env, self.logs)
        if wait:
            member.wait_ready(wait)

    def start(self, rasa_timeout: float = 420) -> None:
        """Start everything and wait until the public port answers chat messages."""
        require_production_settings(self.env)
        if is_production(self.env) and not self.env.get("STAFF_SECRET", "").strip():
            raise RuntimeError("MILIA_ENV=production needs STAFF_SECRET (32+ random characters) "
                               "for the staff console")
        if not Path(self.config.model).exists():
            raise FileNotFoundError(f"no trained model at {self.config.model} (make train)")
        self.prepare()
        try:
            for name in ("postgres", "redis"):
                self.start_member(name)
            for name in ("postgres", "redis"):
                self.members[name].wait_ready(60)
            self._create_databases()
            order = [n for n in self.members if n not in ("postgres", "redis")]
            for name in order:
                self.start_member(name)
            for name in order:
                self.members[name].wait_ready(rasa_timeout if name.startswith("rasa") else 60)
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop the application processes at once, then Redis and PostgreSQL."""
        apps = [m for n, m in self.members.items() if n not in ("postgres", "redis")]
        stop_all(apps)
        stop_all([self.members["redis"], self.members["postgres"]])

    def dead(self) -> List[str]:
        return [name for name, m in self.members.items() if m.process is not None and not m.alive()]

    def log_files(self) -> List[Path]:
        return sorted(p for p in self.logs.iterdir() if p.is_file())


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args != ["check-production"]:
        print("usage: python -m ops.cluster check-production", file=sys.stderr)
        return 2
    problems = production_problems(os.environ)
    for problem in problems:
        print(f"- {problem}", file=sys.stderr)
    if not is_production(os.environ):
        print("MILIA_ENV is not 'production': nothing to check")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
