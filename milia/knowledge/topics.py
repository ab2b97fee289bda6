"""The FAQ topics staff edit: one YAML file per topic in knowledge/faq/.

A topic file holds the answer, where in the clinic's text it comes from (`source:`, one verbatim
quote or a list of them), related topics for quick replies, and the example questions.
Everything Rasa needs for FAQs (intents, answers, rules) is generated from these files by
milia/staff/build_data.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
KNOWLEDGE_DIR = ROOT / "knowledge"
TOPIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")
REQUIRED_FIELDS = ("title", "button", "source", "answer", "examples")


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    button: str
    # The passages of knowledge/source.txt the answer is based on, each quoted word for word.
    sources: Tuple[str, ...]
    answer: str
    examples: List[str]
    related: List[str] = field(default_factory=list)
    # An action that answers instead of the plain response (e.g. the safety warning).
    action: Optional[str] = None
    path: Optional[Path] = None

    @property
    def intent(self) -> str:
        return "faq_" + self.id

    @property
    def response(self) -> str:
        return "utter_faq_" + self.id

    @property
    def answering_action(self) -> str:
        return self.action or self.response


class TopicError(ValueError):
    """A topic file that staff need to fix; the message says what and where."""


def source_quotes(raw: Any) -> Tuple[str, ...]:
    """A topic's `source:` as quotes: one string, or a list of strings (spacing normalised)."""
    items = raw if isinstance(raw, list) else [raw]
    quotes = (" ".join(str(item).split()) for item in items if item is not None)
    return tuple(q for q in quotes if q)


def load_topic(path: Path) -> Topic:
    topic_id = path.stem
    if not TOPIC_ID.match(topic_id):
        raise TopicError(
            f"{path.name}: the file name must be lower-case letters, digits and underscores"
        )
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise TopicError(f"{path.name}: this is not valid YAML ({exc})") from exc
    if not isinstance(raw, dict):
        raise TopicError(f"{path.name}: expected fields such as 'title:' and 'answer:'")
    missing = [name for name in REQUIRED_FIELDS if not raw.get(name)]
    if missing:
        raise TopicError(f"{path.name}: missing {', '.join(missing)}")
    examples = [str(e).strip() for e in raw["examples"] if str(e).strip()]
    sources = source_quotes(raw["source"])
    if not sources:
        raise TopicError(f"{path.name}: missing source")
    return Topic(
        id=topic_id,
        title=str(raw["title"]).strip(),
        button=str(raw["button"]).strip(),
        sources=sources,
        answer=" ".join(str(raw["answer"]).split()),
        examples=examples,
        related=[str(r) for r in raw.get("related") or []],
        action=raw.get("action"),
        path=path,
    )


def load_topics(knowledge_dir: Path = KNOWLEDGE_DIR) -> List[Topic]:
    """All topics; re-read only when a topic file was added, removed or changed."""
    paths = sorted((knowledge_dir / "faq").glob("*.yml"))
    return list(_load_cached(tuple((p, p.stat().st_mtime_ns) for p in paths)))


@lru_cache(maxsize=4)
def _load_cached(files: Tuple[Tuple[Path, int], ...]) -> Tuple[Topic, ...]:
    return tuple(load_topic(path) for path, _ in files)


def load_extra_buttons(knowledge_dir: Path = KNOWLEDGE_DIR) -> Dict[str, Dict[str, str]]:
    path = knowledge_dir / "buttons.yml"
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def topic_titles(knowledge_dir: Path = KNOWLEDGE_DIR) -> Dict[str, str]:
    """Intent name -> the topic's question, for "did you mean ...?" buttons."""
    return {t.intent: t.title for t in load_topics(knowledge_dir)}
