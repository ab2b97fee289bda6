"""Train, deploy and roll back as background jobs, one at a time.

A job runs one of the project's own entry points (``scripts/train.sh``, which trains and lets the
gate ``milia/staff/gate.py`` decide; ``python -m milia.staff.deploy_model [--rollback]``, which
deploys to every server in ``RASA_URLS`` and records it in ``models/deployed/history.jsonl``) in its
own process group. Its output (stdout and stderr) goes line by line to a log file that the job's
page shows while it runs; the row in ``staff_jobs`` says who started it, when it finished, the
exit code and the verdict read from the output. The commands are the :class:`JobRunner`'s
configuration, so tests run a harmless stand-in through the whole web application.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from milia.console.db import jobs as jobs_table

KINDS = {"train": "Train", "deploy": "Deploy", "rollback": "Roll back"}
LOG_LIMIT = 200_000  # characters of output shown on the job page (the end of it)
_GATE = re.compile(r"^Gate: (PROMOTED|REFUSED) - (.*)$", re.MULTILINE)
_UP_TO_DATE = "Model is up to date"
_GATE_START = re.compile(r"^\(evaluated in .*$", re.MULTILINE)
_PARTIAL = re.compile(r"^PARTLY deployed: .*$", re.MULTILINE)  # milia/staff/deploy_model.py


class Busy(Exception):
    """Another job is running; ``job_id`` is the one."""

    def __init__(self, job_id: int) -> None:
        super().__init__(f"job {job_id} is running")
        self.job_id = job_id


@dataclass(frozen=True)
class Job:
    id: int
    kind: str
    actor: str
    started_at: float
    finished_at: Optional[float]
    status: str
    exit_code: Optional[int]
    verdict: str
    reason: str

    @property
    def running(self) -> bool:
        return self.status == "running"

    @property
    def label(self) -> str:
        return KINDS.get(self.kind, self.kind)


def default_commands(root: Path) -> Dict[str, List[str]]:
    """What each button runs in production (in the project folder ``root``). The deploy reads the
    servers (``RASA_URLS``), the token and the signed-in user from the job's environment."""
    deploy = [sys.executable, "-m", "milia.staff.deploy_model", "--models-dir", str(root / "models")]
    return {"train": ["bash", str(root / "scripts" / "train.sh")], "deploy": deploy,
            "rollback": [*deploy, "--rollback"]}


# ---------------------------------------------------------------- the table


def _job(row) -> Job:
    return Job(**dict(row._mapping))


def get_job(engine: Engine, job_id: int) -> Optional[Job]:
    with engine.connect() as conn:
        row = conn.execute(sa.select(jobs_table).where(jobs_table.c.id == job_id)).one_or_none()
    return None if row is None else _job(row)


def recent_jobs(engine: Engine, limit: int = 50, kind: Optional[str] = None) -> List[Job]:
    query = sa.select(jobs_table).order_by(jobs_table.c.id.desc()).limit(limit)
    if kind:
        query = query.where(jobs_table.c.kind == kind)
    with engine.connect() as conn:
        return [_job(row) for row in conn.execute(query)]


def interrupt_stale(engine: Engine) -> int:
    """Rows left 'running' by a console that stopped: their process is gone."""
    with engine.begin() as conn:
        return conn.execute(jobs_table.update().where(jobs_table.c.status == "running").values(
            status="interrupted", finished_at=time.time(), reason="the console stopped while it ran")).rowcount


def verdict_of(kind: str, exit_code: Optional[int], output: str) -> tuple:
    """(verdict, reason) read from a finished job's output."""
    gate = list(_GATE.finditer(output))
    if kind == "train" and gate:
        return gate[-1].group(1).lower(), gate[-1].group(2).strip()[:500]
    if kind == "train" and _UP_TO_DATE in output and exit_code == 0:
        return "up to date", "nothing changed since the current model was trained"
    partial = _PARTIAL.search(output) if kind in ("deploy", "rollback") else None
    if partial:
        return "partial", partial.group(0).strip()[:500]
    if exit_code == 0:
        return {"train": "trained", "deploy": "deployed", "rollback": "rolled back"}.get(kind, "done"), ""
    last = [line for line in output.strip().splitlines() if line.strip()][-1:] or [""]
    return "failed", (f"exit code {exit_code}: " + last[0].strip())[:500]


def gate_summary(output: str) -> str:
    """The gate's table and verdict (from '(evaluated in ...' to the end), without the warnings above."""
    start = list(_GATE_START.finditer(output))
    if not start or not _GATE.search(output, start[-1].start()):
        return ""
    return output[start[-1].start():].strip()


def read_log(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            size = handle.tell()
            handle.seek(max(0, size - LOG_LIMIT))
            text = handle.read().decode("utf-8", errors="replace")
    except OSError:
        return ""
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ---------------------------------------------------------------- running


class JobRunner:
    """Starts at most one job at a time in this console process and follows it to the end."""

    def __init__(self, commands: Optional[Mapping[str, Sequence[str]]] = None,
                 env: Optional[Mapping[str, str]] = None) -> None:
        self.commands = dict(commands) if commands is not None else None
        self.env = dict(env or {})
        self.current: Optional[int] = None
        self.process: Optional[asyncio.subprocess.Process] = None
        self.task: Optional[asyncio.Task] = None

    def command(self, kind: str, root: Path) -> List[str]:
        commands = self.commands if self.commands is not None else default_commands(root)
        if kind not in KINDS or kind not in commands:
            raise ValueError(f"unknown job {kind!r}")
        return list(commands[kind])

    async def start(self, engine: Engine, kind: str, actor: str, cwd: Path, log_dir: Path,
                    env: Mapping[str, str], on_finish: Callable[[Job], None]) -> int:
        """Start ``kind``; the new job's id. Raises :class:`Busy` if one is running."""
        if self.current is not None:
            raise Busy(self.current)
        argv = self.command(kind, cwd)
        log_dir.mkdir(parents=True, exist_ok=True)
        with engine.begin() as conn:  # no await before this: two clicks cannot both get here
            job_id = int(conn.execute(jobs_table.insert().values(
                kind=kind, actor=actor, started_at=time.time(), status="running", verdict="", reason="",
            )).inserted_primary_key[0])
        self.current = job_id
        log = log_path(log_dir, job_id)
        full_env = {**os.environ, "PYTHONUNBUFFERED": "1", "TQDM_DISABLE": "1", **self.env, **env}
        try:
            self.process = await asyncio.create_subprocess_exec(
                *argv, cwd=str(cwd), env=full_env, stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, start_new_session=True)
        except OSError as exc:
            log.write_text(f"Could not start {' '.join(argv)}: {exc}\n", encoding="utf-8")
            on_finish(self._finish(engine, job_id, kind, None, log))
            return job_id
        self.task = asyncio.ensure_future(self._follow(engine, job_id, kind, log, on_finish))
        return job_id

    async def _follow(self, engine: Engine, job_id: int, kind: str, log: Path,
                      on_finish: Callable[[Job], None]) -> None:
        process = self.process
        assert process is not None and process.stdout is not None
        with open(log, "ab") as out:
            while True:
                chunk = await process.stdout.read(4096)
                if not chunk:
                    break
                out.write(chunk)
                out.flush()
        code = await process.wait()
        on_finish(self._finish(engine, job_id, kind, code, log))

    def _finish(self, engine: Engine, job_id: int, kind: str, code: Optional[int], log: Path) -> Job:
        verdict, reason = verdict_of(kind, code, read_log(log))
        status = "succeeded" if code == 0 else "interrupted" if code is not None and code < 0 else "failed"
        with engine.begin() as conn:
            conn.execute(jobs_table.update().where(jobs_table.c.id == job_id).where(
                jobs_table.c.status == "running").values(
                finished_at=time.time(), status=status, exit_code=code, verdict=verdict, reason=reason))
        self.current, self.process, self.task = None, None, None
        job = get_job(engine, job_id)
        assert job is not None
        return job

    async def stop(self) -> None:
        """The console is shutting down: end a running job's whole process group."""
        process, task = self.process, self.task
        if process is None or process.returncode is not None:
            return
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            await asyncio.wait_for(process.wait(), 10)
        except asyncio.TimeoutError:
            os.killpg(process.pid, signal.SIGKILL)
        if task is not None:
            await asyncio.gather(task, return_exceptions=True)


def log_path(log_dir: Path, job_id: int) -> Path:
    return log_dir / f"{int(job_id)}.log"
