"""Rasa's Redis ticket lock, taken and given back in one atomic round trip each.

The cluster's Rasa servers share one Redis (cluster/endpoints.yml: ``type:
rasa_ext.lock_store.AtomicRedisLockStore``), so that one conversation has one turn at a time
across servers. Rasa's own ``RedisLockStore`` reads the lock, changes it in Python and writes it
back: seven blocking round trips per message, and two servers that issue a ticket at the same
moment can both read the same lock and hand out the same ticket number. Here each change is one
Lua script, which Redis runs atomically: one script issues a ticket (and says whether it is
already being served), one gives it back. Same rules as Rasa's: tickets served in the order
issued, each expiring after the lock lifetime (``TICKET_LOCK_LIFETIME``), a ``LockError`` when a
waiting ticket expired, and the same value stored (a ``TicketLock`` as Rasa writes it, under
``lock:<conversation>``), so Rasa's ``get_lock`` reads it. A waiting turn looks again every 20 ms
(Rasa's: every second).
"""

from __future__ import annotations

import asyncio
import time
from contextlib import asynccontextmanager
from typing import Any, AsyncGenerator, Optional

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, LockError, RedisLockStore
from rasa.utils.endpoints import EndpointConfig

# Both scripts first drop expired tickets. ISSUE returns {ticket, 1 if it is served now}.
_EXPIRE = """
local lock = redis.call('GET', KEYS[1])
local tickets = {}
if lock then
  for _, dumped in ipairs(cjson.decode(lock)['tickets']) do
    local t = cjson.decode(dumped)
    if t['expires'] >= now then table.insert(tickets, t) end
  end
end
"""
_SAVE = """
if #tickets == 0 then
  redis.call('DEL', KEYS[1])
else
  local dumped = {}
  for i, t in ipairs(tickets) do dumped[i] = cjson.encode(t) end
  redis.call('SET', KEYS[1], cjson.encode({conversation_id = ARGV[1], tickets = dumped}))
end
"""
ISSUE = "local now = tonumber(ARGV[2])" + _EXPIRE + """
local number = 0
if #tickets > 0 then number = tickets[#tickets]['number'] + 1 end
table.insert(tickets, {number = number, expires = now + tonumber(ARGV[3])})
""" + _SAVE + "return {number, (#tickets == 1) and 1 or 0}"

# {1 if the ticket is served now, 1 if the ticket still exists}
CHECK = "local now = tonumber(ARGV[2])" + _EXPIRE + """
local ticket = tonumber(ARGV[3])
local present = 0
for _, t in ipairs(tickets) do if t['number'] == ticket then present = 1 end end
""" + _SAVE + "return {(#tickets > 0 and tickets[1]['number'] == ticket) and 1 or 0, present}"

RELEASE = "local now = tonumber(ARGV[2])" + _EXPIRE + """
local ticket = tonumber(ARGV[3])
for i = #tickets, 1, -1 do if tickets[i]['number'] == ticket then table.remove(tickets, i) end end
""" + _SAVE + "return #tickets"

# A turn of another message of the same conversation is short: look again soon.
POLL_SECONDS = 0.02


class AtomicRedisLockStore(RedisLockStore):
    def __init__(self, endpoint_config: Optional[EndpointConfig] = None, **kwargs: Any) -> None:
        if endpoint_config is not None:
            kwargs = {"host": endpoint_config.url, **endpoint_config.kwargs, **kwargs}
        super().__init__(**kwargs)
        self._issue = self.red.register_script(ISSUE)
        self._check = self.red.register_script(CHECK)
        self._release = self.red.register_script(RELEASE)
        self.red.ping()  # a wrong address or password stops start-up here, not at the first message

    def _run(self, script: Any, conversation_id: str, *args: Any) -> Any:
        key = self.key_prefix + conversation_id
        return script(keys=[key], args=[conversation_id, repr(time.time()), *args])

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        number, _ = self._run(self._issue, conversation_id, repr(float(lock_lifetime)))
        return int(number)

    @asynccontextmanager
    async def lock(
        self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME,
        wait_time_in_seconds: float = POLL_SECONDS,
    ) -> AsyncGenerator[TicketLock, None]:
        number, served = self._run(self._issue, conversation_id, repr(float(lock_lifetime)))
        try:
            while not served:
                await asyncio.sleep(min(wait_time_in_seconds, POLL_SECONDS))
                served, present = self._run(self._check, conversation_id, str(number))
                if not present:
                    raise LockError(f"Could not acquire lock for conversation_id '{conversation_id}'.")
            yield TicketLock(conversation_id)
        finally:
            self._run(self._release, conversation_id, str(number))
