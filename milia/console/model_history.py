"""The model files (``models/``) with their dates and the gate's verdict on each, and the deployment
history (``models/deployed/history.jsonl``, written by ``milia.staff.deploy_model`` whether the
console or a terminal deployed): each deployed model, who, when, to which servers, and which one
Roll back goes back to.

The gate moves files (candidate -> milia -> previous) without changing their modification time, so
the train job that judged a file is the first one that finished at or after the file was written.
A model trained in a terminal (``make train``) has no job: its verdict shows as not recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import List, Optional, Sequence

from milia.console.jobs import Job
from milia.staff.deploy_model import Deployment, deployed_dir, read_history, rollback_target

FILES = (
    ("milia.tar.gz", "current", "the newest model the gate accepted (deployed by Deploy; loaded at start)"),
    ("previous.tar.gz", "previous", "the model before the last promotion (kept by the gate; it may never "
                                    "have been live, so Roll back does not use it)"),
    ("candidate.tar.gz", "candidate", "a new model the gate refused or has not checked yet"),
)
GATE_VERDICTS = ("promoted", "refused")
SLACK = 2.0  # seconds between writing a model and the job's end being recorded, at the least


@dataclass(frozen=True)
class ModelFile:
    name: str
    role: str
    what: str
    modified: Optional[float]
    size: int
    judged_by: Optional[Job]

    @property
    def exists(self) -> bool:
        return self.modified is not None

    @property
    def megabytes(self) -> str:
        return f"{self.size / 1e6:.1f} MB"


def judged_by(modified: float, jobs: Sequence[Job]) -> Optional[Job]:
    """The train job whose gate judged a model file written at ``modified``."""
    done = sorted((j for j in jobs if j.kind == "train" and j.verdict in GATE_VERDICTS and j.finished_at),
                  key=lambda j: j.finished_at or 0.0)
    return next((j for j in done if (j.finished_at or 0.0) + SLACK >= modified
                 and j.started_at <= modified + SLACK), None)


def model_files(models_dir: Path, jobs: Sequence[Job]) -> List[ModelFile]:
    found = []
    for name, role, what in FILES:
        path = models_dir / name
        try:
            stat = path.stat()
            modified, size = stat.st_mtime, stat.st_size
        except OSError:
            modified, size = None, 0
        found.append(ModelFile(name, role, what, modified, size, judged_by(modified, jobs) if modified else None))
    return found


def last_deployment(jobs: Sequence[Job]) -> Optional[Job]:
    """The latest successful Deploy or Roll back (what visitors are talking to, as far as we know)."""
    return next((j for j in sorted(jobs, key=lambda j: -j.id)
                 if j.kind in ("deploy", "rollback") and j.status == "succeeded"), None)


@dataclass(frozen=True)
class DeploymentRow:
    entry: Deployment
    kept: bool  # its copy is still in models/deployed/
    live: bool  # the last entry: what visitors have now
    rollback_target: bool  # what Roll back deploys

    @property
    def label(self) -> str:
        return {"deploy": "Deploy", "rollback": "Roll back", "found": "Already running"}.get(
            self.entry.action, self.entry.action)


def deployments(models_dir: Path, limit: int = 50) -> List[DeploymentRow]:
    """The deployment history, newest first."""
    history = read_history(models_dir)
    target = rollback_target(history)
    rows = [DeploymentRow(entry, (deployed_dir(models_dir) / entry.model).is_file(), i == len(history) - 1,
                          target is not None and entry is target) for i, entry in enumerate(history)]
    return rows[::-1][:limit]
