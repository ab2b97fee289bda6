"""The cluster benchmark's CPU accounting: each member's process and every descendant, even one that
starts a session of its own (as PostgreSQL's backends do)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from types import SimpleNamespace

from ops.bench_cluster import cpu_by_member, cpu_snapshot

# A parent that starts a child in a session of its own; the child burns about 0.4 s of CPU and says
# its pid, then both wait to be killed.
PARENT = """
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import os, time\\nend = time.process_time() + 0.4\\n"
                          "while time.process_time() < end: pass\\nprint(os.getpid(), flush=True)\\ntime.sleep(60)"],
                         start_new_session=True, stdout=subprocess.PIPE, text=True)
print(child.stdout.readline(), end="", flush=True)
time.sleep(60)
"""


def test_a_members_descendants_count_even_in_a_session_of_their_own() -> None:
    before = cpu_snapshot()
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True,
                              start_new_session=True)
    idle = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
    try:
        child = int(parent.stdout.readline())
        cluster = SimpleNamespace(members={"rasa-1": SimpleNamespace(process=parent),
                                           "postgres": SimpleNamespace(process=idle),
                                           "nginx": SimpleNamespace(process=None)})
        used = cpu_by_member(cluster, before, cpu_snapshot())
    finally:
        for process in (parent, idle):
            process.kill()
            process.wait()
        os.kill(child, signal.SIGKILL)
    assert used["rasa"] >= 0.35  # the child's 0.4 s counted to its grandparent's member
    assert used["postgres"] < 0.3  # only starting an interpreter
    assert "nginx" not in used


def test_a_process_that_was_already_running_counts_only_what_it_used_since() -> None:
    me = SimpleNamespace(pid=os.getpid())
    before = cpu_snapshot()
    after = cpu_snapshot()
    used = cpu_by_member(SimpleNamespace(members={"load": SimpleNamespace(process=me)}), before, after)
    assert 0 <= used["load"] < 0.5
