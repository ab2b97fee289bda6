"""Process-wide speed-ups for work Rasa 3.6 repeats on every message; none changes a result.

Installed by the tracker store (rasa_ext/tracker_store.py), the one piece of ours that a serving
Rasa loads at start-up (`rasa train` does not load it).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Tuple, Type

from rasa.shared.constants import DEFAULT_SENDER_ID
from rasa.shared.core.events import Event


def install_speedups() -> None:
    """Caches for work Rasa 3.6 repeats on every message; each leaves the results unchanged."""
    cache_event_types()
    cache_action_reply_schema()
    run_graphs_in_order()
    cache_domain_is_empty()
    copy_trackers_by_state()


def cache_event_types() -> None:
    """Look event classes up by name once, not on every stored event.

    Rasa 3.6 finds the class of each stored event by walking every subclass of Event
    (`Event.resolve_by_type`), about 80 microseconds per event: a third of the time a message
    takes once a conversation has a few turns. The answer never changes while the process runs.
    """
    if getattr(Event.resolve_by_type, "_cached", False):
        return
    uncached = Event.resolve_by_type
    found: Dict[str, Type[Event]] = {}

    def resolve_by_type(type_name: str, default: Optional[Type[Event]] = None) -> Optional[Type[Event]]:
        if type_name in found:
            return found[type_name]
        cls = uncached(type_name, default)
        if cls is not None and getattr(cls, "type_name", None) == type_name:
            found[type_name] = cls
        return cls

    resolve_by_type._cached = True  # type: ignore[attr-defined]
    Event.resolve_by_type = staticmethod(resolve_by_type)  # type: ignore[method-assign]


def cache_action_reply_schema() -> None:
    """Check action-server replies against a validator built once.

    `RemoteAction._validate_action_result` calls `jsonschema.validate`, which re-checks the
    (constant) schema itself on every call: about 34 ms per custom-action call on this machine,
    against under 1 ms for the same check with a prepared validator. Errors are unchanged.
    """
    from jsonschema import ValidationError
    from jsonschema.validators import validator_for
    from rasa.core.actions.action import RemoteAction

    if getattr(RemoteAction._validate_action_result, "_cached", False):
        return
    spec = RemoteAction.action_response_format_spec()
    validator = validator_for(spec)(spec)

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        try:
            validator.validate(result)
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response "
                "from the Action endpoint is valid."
            )
            raise
        return True

    _validate_action_result._cached = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]


def cache_domain_is_empty() -> None:
    """Work out once per domain whether it is empty.

    Rasa 3.6 checks every message against the domain (`_check_for_unseen_features`), which first
    asks `Domain.is_empty()`: it builds an empty domain and serialises both to compare them. A
    loaded model's domain does not change while it serves.
    """
    from rasa.shared.core.domain import Domain

    if getattr(Domain.is_empty, "_cached", False):
        return
    uncached = Domain.is_empty

    def is_empty(self: Domain) -> bool:
        known = self.__dict__.get("_milia_is_empty")
        if known is None:
            known = self.__dict__["_milia_is_empty"] = uncached(self)
        return known

    is_empty._cached = True  # type: ignore[attr-defined]
    Domain.is_empty = is_empty  # type: ignore[method-assign]


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

    if getattr(DialogueStateTracker.copy, "_cached", False):
        return

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

    copy._cached = True  # type: ignore[attr-defined]
    DialogueStateTracker.replayed_copy = DialogueStateTracker.copy  # type: ignore[attr-defined]  # for tests
    DialogueStateTracker.copy = copy  # type: ignore[method-assign]


def run_graphs_in_order() -> None:
    """Run each model graph's nodes in a fixed order, without dask's scheduler.

    Rasa runs its NLU and policy graphs through `dask.get` three or more times per message;
    for graphs of a handful of nodes, dask's own bookkeeping (ordering the graph, queues,
    callbacks) costs about as much as the components. The order of a graph's nodes for given
    targets is worked out once; each node gets the same inputs, in the same form, as from dask.
    """
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    if getattr(DaskGraphRunner.run, "_cached", False):
        return

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

    run._cached = True  # type: ignore[attr-defined]
    DaskGraphRunner.run_with_dask = DaskGraphRunner.run  # type: ignore[attr-defined]  # kept for tests
    DaskGraphRunner.run = run  # type: ignore[method-assign]


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
