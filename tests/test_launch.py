"""rasa_ext.launch: Rasa starts only with its extensions installed and a tracker store that keeps
conversations; anything else stops start-up with a message that names the cause."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from rasa_ext.launch import endpoints_problem

ROOT = Path(__file__).resolve().parent.parent


def _endpoints(tmp_path: Path, store: str) -> Path:
    path = tmp_path / "endpoints.yml"
    path.write_text(store, encoding="utf-8")
    return path


@pytest.mark.parametrize("store, cause", [
    ("tracker_store:\n  type: in_memory\n", "only be kept in memory"),
    ("action_endpoint:\n  url: http://127.0.0.1:5055/webhook\n", "not set"),
    ("tracker_store:\n  type: rasa_ext.tracker_store.NoSuchStore\n", "cannot be loaded"),
    ("tracker_store:\n  type: no_such_package.Store\n", "cannot be loaded"),
])
def test_a_store_that_would_keep_nothing_is_refused(tmp_path, store, cause) -> None:
    assert cause in endpoints_problem(_endpoints(tmp_path, store))


def test_the_projects_endpoints_are_accepted() -> None:
    assert endpoints_problem(ROOT / "endpoints.yml") is None
    assert endpoints_problem(ROOT / "cluster" / "endpoints.yml") is None


def _launch(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_broken_extension_stops_start_up_with_its_cause() -> None:
    """As if a Rasa upgrade had removed what a speed-up replaces: nothing starts."""
    done = _launch(
        "import sys\n"
        "from rasa.shared.core.trackers import DialogueStateTracker\n"
        "del DialogueStateTracker.copy\n"
        "from rasa_ext.launch import main\n"
        "sys.exit(main(['run', '--endpoints', 'endpoints.yml']))\n"
    )
    assert done.returncode == 2, done.stderr
    assert "refusing to start Rasa" in done.stderr and "DialogueStateTracker.copy is missing" in done.stderr


def test_another_rasa_version_stops_start_up() -> None:
    done = _launch(
        "import sys, rasa\n"
        "rasa.__version__ = '3.7.0'\n"
        "from rasa_ext.launch import main\n"
        "sys.exit(main(['run', '--endpoints', 'endpoints.yml']))\n"
    )
    assert done.returncode == 2 and "Rasa 3.7.0 is installed" in done.stderr


def test_an_in_memory_store_stops_start_up(tmp_path) -> None:
    path = _endpoints(tmp_path, "tracker_store:\n  type: in_memory\n")
    done = subprocess.run([sys.executable, "-m", "rasa_ext.launch", "run", "--endpoints", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "only be kept in memory" in done.stderr


def test_speedups_can_be_left_out_one_by_one_for_the_benchmark() -> None:
    """ops/bench_extensions.py measures each speed-up by leaving it out (rasa_ext.measure)."""
    from rasa.shared.core.trackers import DialogueStateTracker

    from rasa_ext import speedups

    speedups.uninstall()
    rasa_copy = DialogueStateTracker.copy
    try:
        speedups.install_speedups(without=["copy_trackers_by_state"])
        assert speedups.installed() and DialogueStateTracker.copy is rasa_copy
        speedups.uninstall()
        speedups.install_speedups()
        assert DialogueStateTracker.copy is not rasa_copy
        speedups.uninstall()
        with pytest.raises(speedups.ExtensionError, match="no speed-up called faster_please"):
            speedups.install_speedups(without=["faster_please"])
        assert not speedups.installed()
    finally:
        speedups.uninstall()
    names = subprocess.run([sys.executable, "-m", "rasa_ext.measure", "--list"], capture_output=True, text=True,
                           check=True).stdout.split()
    assert names == [f.__name__ for f in speedups.SPEEDUPS] and "run_graphs_in_order" in names
