"""The one way this project starts Rasa: ``python -m rasa_ext.launch run ...`` (then Rasa's own CLI).

Used by ``make run`` (ops/services.py), the cluster (ops/cluster.py), the benchmarks and the
end-to-end tests, so they all run the same code. Before Rasa starts it:

1. checks that the installed Rasa is the pinned one (rasa_ext/speedups.py ``PINNED_RASA``);
2. installs the speed-ups, each only if the attribute it replaces is still there;
3. with ``--endpoints``, checks the tracker store: it must be set, never in-memory, and its class
   must import (Rasa would otherwise fall back to an in-memory store that keeps nothing).

Any failure stops start-up with exit status 2 and one line that names the cause.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional, Sequence

import yaml

IN_MEMORY = {"in_memory", "inmemory", "inmemorytrackerstore"}


def endpoints_problem(path: Path) -> Optional[str]:
    """Why the tracker store in ``path`` would not keep conversations (None: it would)."""
    from rasa.shared.utils.common import class_from_module_path

    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        return f"cannot read {path}: {error}"
    store = config.get("tracker_store") or {}
    kind = str(store.get("type") or "").strip()
    if not kind or kind.lower() in IN_MEMORY:
        return f"{path}: tracker_store.type is {kind or 'not set'}: conversations would only be kept in memory"
    if kind.lower() in {"sql", "redis", "mongod", "dynamo"}:
        return None
    try:
        class_from_module_path(kind)
    except (ImportError, AttributeError) as error:
        return f"{path}: tracker_store.type {kind} cannot be loaded ({error})"
    return None


def _option(argv: Sequence[str], name: str) -> Optional[str]:
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def prepare(argv: Sequence[str]) -> None:
    """Everything before Rasa's CLI runs; raises ExtensionError with the cause."""
    from rasa_ext.speedups import ExtensionError, install_speedups

    install_speedups()
    endpoints = _option(argv, "--endpoints")
    if endpoints:
        problem = endpoints_problem(Path(endpoints))
        if problem:
            raise ExtensionError(problem)


def main(argv: Optional[List[str]] = None) -> int:
    from rasa_ext.speedups import ExtensionError

    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        prepare(argv)
    except ExtensionError as error:
        print(f"milia: refusing to start Rasa: {error}", file=sys.stderr)
        return 2
    from rasa.__main__ import main as rasa_main

    sys.argv = ["rasa", *argv]
    rasa_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
