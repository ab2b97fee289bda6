"""Process-wide speed-ups for work Rasa 3.6 repeats on every message (none changes a result), and
one guard: a conversation store that fails mid-turn stops the turn, never kept in memory instead.

Installed once, by the launcher (``python -m rasa_ext.launch``), before Rasa starts: only on the
pinned Rasa version, and only when every attribute they replace is there (otherwise
:class:`ExtensionError` names the cause and nothing starts). :func:`uninstall` puts Rasa's
originals back (tests).
"""

from __future__ import annotations

import asyncio
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple, Type

import rasa
from rasa.shared.constants import DEFAULT_SENDER_ID
from rasa.shared.core.events import Event

# The Rasa version these replacements were written and measured against (requirements.lock).
PINNED_RASA = "3.6.21"

# (owner, attribute, what its __dict__ held before) for every replacement made, in order.
_ORIGINALS: List[Tuple[type, str, Any]] = []


class ExtensionError(RuntimeError):
    """A Rasa extension cannot be installed; start-up must stop (never fall back quietly)."""


class StoreUnavailable(RuntimeError):
    """The conversation store failed during a turn: the turn stops here (the REST channel answers 503
    and the widget sends the message again), instead of Rasa's in-memory fallback."""


def check_rasa_version(version: Optional[str] = None) -> None:
    version = rasa.__version__ if version is None else version
    if version != PINNED_RASA:
        raise ExtensionError(
            f"Rasa {version} is installed, but the extensions in rasa_ext/ are written for Rasa "
            f"{PINNED_RASA} only (requirements.lock): reinstall with `make install`"
        )


def _patch(owner: type, name: str, replacement: Any) -> None:
    """Replace ``owner.name`` once, checking that Rasa still has it."""
    if any(o is owner and n == name for o, n, _ in _ORIGINALS):
        return
    _current(owner, name)
    _ORIGINALS.append((owner, name, owner.__dict__[name]))
    setattr(owner, name, replacement)


def _current(owner: type, name: str) -> Any:
    """``owner.name`` as it is now; an ExtensionError naming it when Rasa no longer has it."""
    if name not in owner.__dict__:
        raise ExtensionError(
            f"Rasa {rasa.__version__}: {owner.__module__}.{owner.__qualname__}.{name} is missing, so the "
            f"extension that replaces it cannot be installed (rasa_ext/speedups.py)"
        )
    return getattr(owner, name)


def installed() -> bool:
    return bool(_ORIGINALS)


def install_speedups(without: Sequence[str] = ()) -> None:
    """Caches for work Rasa 3.6 repeats on every message; each leaves the results unchanged.
    ``without`` names speed-ups to leave out: only ``ops/bench_extensions.py`` uses it, to measure
    what each one buys."""
    check_rasa_version()
    unknown = set(without) - {f.__name__ for f in SPEEDUPS}
    if unknown:
        raise ExtensionError(f"no speed-up called {', '.join(sorted(unknown))}")
    for speedup in SPEEDUPS:
        if speedup.__name__ not in without:
            speedup()
    refuse_in_memory_fallback()  # a guard, never left out


def uninstall() -> None:
    """Put Rasa's originals back, last replaced first."""
    while _ORIGINALS:
        owner, name, original = _ORIGINALS.pop()
        setattr(owner, name, original)


def cache_event_types() -> None:
    """Look event classes up by name once, not on every stored event.

    Rasa 3.6 finds the class of each stored event by walking every subclass of Event
    (`Event.resolve_by_type`), about 80 microseconds per event: a third of the time a message
    takes once a conversation has a few turns. The answer never changes while the process runs.
    """
    uncached = _current(Event, "resolve_by_type")
    found: Dict[str, Type[Event]] = {}

    def resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        if type_name in found:
            return found[type_name]
        cls = uncached(type_name, default)
        if cls is not None and getattr(cls, "type_name", None) == type_name:
            found[type_name] = cls
        return cls

    _patch(Event, "resolve_by_type", staticmethod(resolve_by_type))


def cache_action_reply_schema() -> None:
    """Check action-server replies with validators built once, one per event type.

    `RemoteAction._validate_action_result` calls `jsonschema.validate`, which re-checks the
    (constant) schema itself on every call: about 34 ms per custom-action call on this machine.
    A validator prepared once still tries each returned event against all 23 event schemas of the
    schema's ``oneOf`` (about 0.5 ms per event). The branches differ by the constant ``event`` field,
    so an event can only match the branch of its own type: each event is checked against that one
    branch (about 0.05 ms). Anything that fails, or names an unknown type, is checked again by the
    full schema, so the error raised is Rasa's own (the best match, as ``jsonschema.validate`` picks it).
    """
    from jsonschema.exceptions import best_match
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    _current(RemoteAction, "_validate_action_result")
    spec = RemoteAction.action_response_format_spec()
    full = validator_for(spec)(spec)
    outer, by_type = _split_by_event_type(spec)

    def reply_is_valid(result: Any) -> bool:
        if not outer.is_valid(result):
            return False
        for event in result.get("events") or []:
            name = event.get("event") if isinstance(event, dict) else None
            check = by_type.get(name) if isinstance(name, str) else None
            if check is None or not check.is_valid(event):
                return False
        return True

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        if reply_is_valid(result):
            return True
        error = best_match(full.iter_errors(result))  # the error jsonschema.validate raises
        if error is None:
            return True
        error.message += (
            ". Failed to validate Action server response from API, make sure your response from the "
            f"Action endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise error

    _patch(RemoteAction, "_validate_action_result", _validate_action_result)


def _split_by_event_type(spec: Dict[str, Any]) -> Tuple[Any, Dict[str, Any]]:
    """The reply schema without its events' ``oneOf``, and a validator per event type (the item
    schema with that type's branch). An ExtensionError when the schema is not shaped so."""
    from jsonschema.validators import validator_for

    try:
        items = spec["properties"]["events"]["items"]
        branches = {branch["properties"]["event"]["const"]: branch for branch in items["oneOf"]}
    except (KeyError, TypeError) as error:
        raise ExtensionError(
            f"Rasa {rasa.__version__}: the action-server reply schema has no per-event-type branches "
            f"({error!r}), so cache_action_reply_schema cannot be installed (rasa_ext/speedups.py)"
        ) from error
    if len(branches) != len(items["oneOf"]):
        raise ExtensionError("the action-server reply schema has two branches for one event type")
    base = {key: value for key, value in items.items() if key != "oneOf"}
    outer_spec = {**spec, "properties": {**spec["properties"], "events": {**spec["properties"]["events"], "items": {}}}}
    make = validator_for(spec)
    by_type = {name: make({"allOf": [base, branch]}) for name, branch in branches.items()}
    return make(outer_spec), by_type


def copy_trackers_by_state() -> None:
    """Copy a conversation tracker without replaying its events.

    Rasa copies the tracker before running each action (`MessageProcessor._run_action`), and its
    `copy()` builds a new tracker and replays every event of the conversation into it, so each
    action costs more the longer the conversation. This copy takes the current state over
    instead: the same event objects (shared, as in Rasa's copy), copies of the slots and of the
    state that events change in place. Like Rasa's copy it does not carry the model and
    assistant ids or the sender source over.
    """
    import copy as copying
    from collections import deque

    from rasa.shared.core.trackers import AnySlotDict, DialogueStateTracker

    _current(DialogueStateTracker, "copy")

    def copy(self: DialogueStateTracker) -> DialogueStateTracker:
        new = DialogueStateTracker.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__.pop("_milia_stored_events", None)  # rasa_ext/tracker_store.py: only for the loaded tracker
        new.sender_id = self.sender_id or DEFAULT_SENDER_ID
        new.events = deque(self.events, self._max_event_history)
        new.slots = AnySlotDict() if isinstance(self.slots, AnySlotDict) else {}
        new.slots.update((name, copying.copy(slot)) for name, slot in self.slots.items())
        new.latest_action = dict(self.latest_action) if self.latest_action is not None else None
        new.active_loop = copying.copy(self.active_loop)
        new.sender_source, new.model_id, new.assistant_id = None, None, None
        return new

    _patch(DialogueStateTracker, "copy", copy)


def run_graphs_in_order() -> None:
    """Run each model graph's nodes in a fixed order, without dask's scheduler.

    Rasa runs its NLU and policy graphs through `dask.get` three or more times per message;
    for graphs of a handful of nodes, dask's own bookkeeping (ordering the graph, queues,
    callbacks) costs about as much as the components. The order of a graph's nodes for given
    targets is worked out once; each node gets the same inputs, in the same form, as from dask.
    """
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    _current(DaskGraphRunner, "run")

    def run(self: DaskGraphRunner, inputs: Optional[Dict[str, Any]] = None,
            targets: Optional[List[str]] = None) -> Dict[str, Any]:
        run_targets = list(targets) if targets else self._graph_schema.target_names
        plans = self.__dict__.setdefault("_milia_plans", {})
        plan = plans.get(tuple(run_targets))
        if plan is None:
            plan = plans[tuple(run_targets)] = _plan(self._graph_schema, run_targets)
        values: Dict[str, Any] = {}
        for name, value in (inputs or {}).items():
            if isinstance(value, str) and value in self._graph_schema.nodes:
                raise GraphRunError(f"Input value '{value}' clashes with a node name.")
            values[name] = (name, value)
        try:
            for node_name, needs in plan:
                node = self._instantiated_nodes[node_name]
                # as from dask: a needed value that nothing provides is passed as its name
                values[node_name] = node(*(values.get(need, need) for need in needs))
            return dict(values[target] for target in run_targets)
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error

    _patch(DaskGraphRunner, "run", run)


def _plan(schema: Any, targets: List[str]) -> List[Tuple[str, Tuple[str, ...]]]:
    """The nodes the targets need, each after the nodes it needs, with their inputs in order."""
    order: List[Tuple[str, Tuple[str, ...]]] = []
    done: set = set()

    def visit(name: str, path: Tuple[str, ...] = ()) -> None:
        if name in done or name not in schema.nodes:
            return
        if name in path:
            raise ValueError(f"the graph has a cycle through {name}")
        needs = tuple(schema.nodes[name].needs.values())
        for need in needs:
            visit(need, path + (name,))
        done.add(name)
        order.append((name, needs))

    for target in targets:
        visit(target)
    return order


# One HTTP connection pool per event loop, shared by every endpoint session made on it.
_POOLS: Dict[Any, Any] = {}


def share_http_connections() -> None:
    """Keep connections to the action server open between requests.

    Rasa 3.6 makes a new aiohttp session for each request to an endpoint (`EndpointConfig.request`
    opens and closes `self.session()`), and each session its own connection pool: every custom
    action opened a new TCP connection. Here the sessions made on one event loop share one pool
    that they do not own, so closing a session (as Rasa does after each request) leaves its
    connections open for the next. Headers, auth, timeouts and requests are Rasa's. The pool is
    closed by :func:`close_http_connections`, which the REST channel runs when the server stops.
    """
    import aiohttp
    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT
    from rasa.utils.endpoints import EndpointConfig

    _current(EndpointConfig, "session")

    def session(self: EndpointConfig) -> aiohttp.ClientSession:
        """Rasa's session (the same headers, auth and timeout) on the loop's shared pool."""
        loop = asyncio.get_running_loop()
        pool = _POOLS.get(loop)
        if pool is None or pool.closed:
            pool = _POOLS[loop] = aiohttp.TCPConnector()
        auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
        return aiohttp.ClientSession(
            headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
            connector=pool, connector_owner=False,
        )

    _patch(EndpointConfig, "session", session)


def encode_json_bodies() -> None:
    """Encode the JSON bodies Rasa sends to its endpoints with ujson (already pinned: Rasa needs it).

    Each custom action sends the whole conversation to the action server; aiohttp encodes that
    ``json=`` body with the standard library's ``json.dumps``, about a tenth of a Rasa server's CPU
    time in `make bench-cluster`. The same object goes out as the same JSON value (a test decodes
    both), with Rasa's own ``Content-Type: application/json``; a value ujson cannot encode (a NaN,
    an integer beyond 64 bits) is encoded by ``json.dumps`` as before.
    """
    from rasa.utils.endpoints import EndpointConfig

    rasas_request = _current(EndpointConfig, "request")

    async def request(self: EndpointConfig, method: str = "post", subpath: Optional[str] = None,
                      content_type: Optional[str] = "application/json", compress: bool = False,
                      **kwargs: Any) -> Any:
        if content_type == "application/json" and kwargs.get("json") is not None and "data" not in kwargs:
            kwargs["data"] = json_bytes(kwargs.pop("json"))
        return await rasas_request(self, method, subpath, content_type, compress, **kwargs)

    _patch(EndpointConfig, "request", request)


def json_bytes(value: Any) -> bytes:
    """``value`` as JSON: ujson, or ``json.dumps`` (as aiohttp would) for what ujson refuses."""
    import json

    import ujson

    try:
        return ujson.dumps(value).encode()
    except (OverflowError, TypeError, ValueError):
        return json.dumps(value).encode()


async def close_http_connections() -> None:
    """Close the running loop's shared pool (``share_http_connections``); nothing when there is none."""
    pool = _POOLS.pop(asyncio.get_running_loop(), None)
    if pool is not None:
        await pool.close()


def refuse_in_memory_fallback() -> None:
    """Rasa's Agent wraps every tracker store in ``FailSafeTrackerStore``, which on any error only logs
    it: a failed save keeps the turn in an in-memory store (lost at the next message, which reads the
    database), a failed read starts the conversation afresh (a half-filled callback form forgotten).
    Both errors are raised instead, as :class:`StoreUnavailable` (its message names the error's type,
    never the SQL and its parameters, which hold the visitor's words)."""
    from rasa.core.tracker_store import FailSafeTrackerStore

    def refuse(self: FailSafeTrackerStore, error: Exception) -> None:
        driver = getattr(error, "orig", None)  # SQLAlchemy's: the driver's own error, whose first line has no data
        cause = f": {str(driver).splitlines()[0][:200]}" if driver is not None and str(driver).strip() else ""
        raise StoreUnavailable(
            f"the conversation store ({type(self._tracker_store).__name__}) failed with {type(error).__name__}{cause}; "
            "nothing was kept in memory instead"
        ) from None

    _patch(FailSafeTrackerStore, "on_tracker_store_error", refuse)
    _patch(FailSafeTrackerStore, "on_tracker_store_retrieve_error", refuse)


def original(owner: type, name: str) -> Any:
    """Rasa's own ``owner.name`` as it was before the speed-up replaced it (for tests)."""
    for o, n, value in _ORIGINALS:
        if o is owner and n == name:
            return value.__func__ if isinstance(value, staticmethod) else value
    return getattr(owner, name)


# Every speed-up, in the order installed.
SPEEDUPS: Tuple[Callable[[], None], ...] = (
    cache_event_types, cache_action_reply_schema, run_graphs_in_order, copy_trackers_by_state,
    share_http_connections, encode_json_bodies,
)
