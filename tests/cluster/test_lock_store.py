"""rasa_ext/lock_store.py against a real Redis (Debian's redis-server, on a free port, with a password).

Two store objects stand for two Rasa servers sharing one Redis.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from typing import Iterator, List

import pytest
import redis
from rasa.core.lock_store import LockError

from ops.cluster import find_binary, free_port
from rasa_ext.lock_store import AtomicRedisLockStore

pytestmark = pytest.mark.cluster

PASSWORD = "lock-store-test-password"


@pytest.fixture(scope="module")
def redis_port() -> Iterator[int]:
    workdir = Path(tempfile.mkdtemp(prefix="milia-lock-test-"))
    port = free_port()
    conf = workdir / "redis.conf"
    conf.write_text("\n".join([
        "bind 127.0.0.1", f"port {port}", 'save ""', "appendonly no", f"dir {workdir}",
        "daemonize no", "loglevel warning", f"requirepass {PASSWORD}",
    ]) + "\n")
    server = subprocess.Popen([find_binary("redis-server"), str(conf)])
    try:
        client = redis.Redis(host="127.0.0.1", port=port, password=PASSWORD)
        for _ in range(100):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                time.sleep(0.05)
        yield port
    finally:
        server.terminate()
        server.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)


def store(port: int, password: str = PASSWORD) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(host="127.0.0.1", port=port, db=1, password=password)


def test_a_wrong_password_stops_start_up(redis_port: int) -> None:
    with pytest.raises(redis.AuthenticationError):
        store(redis_port, password="wrong")


def test_two_servers_serve_one_conversations_turns_in_order(redis_port: int) -> None:
    first, second = store(redis_port), store(redis_port)
    order: List[str] = []

    async def turn(lock_store: AtomicRedisLockStore, name: str, delay: float, hold: float) -> None:
        await asyncio.sleep(delay)
        async with lock_store.lock("conv-order"):
            order.append(f"{name} in")
            await asyncio.sleep(hold)
            order.append(f"{name} out")

    async def both() -> None:
        await asyncio.gather(turn(first, "a", 0, 0.3), turn(second, "b", 0.05, 0), turn(first, "c", 0.1, 0))

    asyncio.run(both())
    assert order == ["a in", "a out", "b in", "b out", "c in", "c out"]
    assert first.get_lock("conv-order") is None  # the last turn out removes the lock


def test_tickets_issued_at_the_same_moment_are_all_different(redis_port: int) -> None:
    """Rasa's own Redis store reads, changes and writes back: two servers can issue one number twice."""
    stores = [store(redis_port) for _ in range(8)]
    numbers: List[int] = []
    guard = threading.Lock()

    def issue(lock_store: AtomicRedisLockStore) -> None:
        for _ in range(25):
            number = lock_store.issue_ticket("conv-race", 60)
            with guard:
                numbers.append(number)

    threads = [threading.Thread(target=issue, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(numbers) == list(range(200))
    lock = stores[0].get_lock("conv-race")  # the stored value is Rasa's TicketLock
    assert lock is not None and [t.number for t in lock.tickets] == list(range(200))
    stores[0].delete_lock("conv-race")


def test_a_crashed_holder_blocks_only_until_its_ticket_expires(redis_port: int) -> None:
    crashed, alive = store(redis_port), store(redis_port)
    crashed.issue_ticket("conv-crash", 0.3)  # a server died holding the lock, never giving it back

    async def wait_for_it() -> float:
        started = time.monotonic()
        async with alive.lock("conv-crash", lock_lifetime=5):
            return time.monotonic() - started

    waited = asyncio.run(wait_for_it())
    assert 0.2 < waited < 2


def test_a_waiting_turn_whose_ticket_expired_gets_a_lock_error(redis_port: int) -> None:
    holder, waiter = store(redis_port), store(redis_port)
    holder.issue_ticket("conv-expired", 30)

    async def wait() -> None:
        async with waiter.lock("conv-expired", lock_lifetime=0.2):
            pass

    with pytest.raises(LockError):
        asyncio.run(wait())
    holder.delete_lock("conv-expired")
