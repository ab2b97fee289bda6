"""Topics edited in a form: the same knowledge/faq/<topic>.yml files staff edit by hand, written
in the same layout (so git shows a readable diff), and refused unless they pass the checks of
``make check-data`` (milia.staff.check_data), run on a copy with the new file in place."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from milia.knowledge.topics import TOPIC_ID
from milia.staff import check_data
from milia.staff.import_inbox import yaml_item

FIELDS = ("id", "title", "button", "source", "answer", "related", "examples")
HEADER = ("# One FAQ topic. The file name (without .yml) is the topic id: the intent is faq_{id}\n"
          "# and the answer is utter_faq_{id}. Edit this file (or use the staff console), then train.\n")


@dataclass
class Draft:
    id: str
    title: str = ""
    button: str = ""
    sources: List[str] = field(default_factory=list)
    answer: str = ""
    related: List[str] = field(default_factory=list)
    examples: List[str] = field(default_factory=list)
    action: Optional[str] = None  # a safety topic's answering action (admin only)

    @property
    def safety(self) -> bool:
        return bool(self.action)


def passages(source_text: str) -> List[str]:
    """The clinic's page cut into sentences: what a source quote is chosen from."""
    found: List[str] = []
    for paragraph in re.split(r"\n\s*\n", source_text):
        text = check_data.squash(paragraph)
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z‘'\"(])", text):
            if sentence and sentence not in found:
                found.append(sentence)
    return found


def load_draft(path: Path) -> Draft:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return Draft(
        id=path.stem, title=check_data.squash(raw.get("title") or ""), button=check_data.squash(raw.get("button") or ""),
        sources=check_data.source_list(raw.get("source")) or [], answer=check_data.squash(raw.get("answer") or ""),
        related=[str(r) for r in raw.get("related") or []],
        examples=[check_data.squash(e) for e in raw.get("examples") or [] if e is not None and check_data.squash(e)],
        action=raw.get("action"))


def draft_from_form(form: Any, topic_id: str, existing: Optional[Draft]) -> Draft:
    lines = str(form.get("examples") or "").replace("\r", "").split("\n")
    return Draft(
        id=topic_id, title=check_data.squash(form.get("title") or ""), button=check_data.squash(form.get("button") or ""),
        sources=[check_data.squash(s) for s in form.getall("source", []) if check_data.squash(s)],
        answer=check_data.squash(form.get("answer") or ""), related=[str(r) for r in form.getall("related", [])],
        examples=[check_data.squash(line.lstrip("-").strip()) for line in lines if line.strip(" -")],
        action=existing.action if existing else None)


def _scalar(text: str) -> str:
    return yaml_item(text) if text else '""'


def _folded(key: str, text: str) -> str:
    block = textwrap.fill(text, width=100, break_long_words=False, break_on_hyphens=False)
    candidate = f"{key}: >-\n" + textwrap.indent(block, "  ") + "\n"
    if text and yaml.safe_load(candidate) == {key: text}:
        return candidate
    return f"{key}: {json.dumps(text, ensure_ascii=False)}\n"


def render_yaml(draft: Draft) -> str:
    parts = [HEADER.format(id=draft.id), f"title: {_scalar(draft.title)}\n", f"button: {_scalar(draft.button)}\n"]
    if draft.action:
        parts.append(f"action: {draft.action}\n")
    parts.append("# The words of the clinic's page this answer is based on (copied exactly from knowledge/source.txt).\n")
    if len(draft.sources) == 1:
        parts.append(_folded("source", draft.sources[0]))
    else:
        parts.append("source:\n" + "".join(f"  - {json.dumps(s, ensure_ascii=False)}\n" for s in draft.sources))
    parts.append(_folded("answer", draft.answer))
    parts.append('# Quick-reply buttons shown under the answer: other topic ids, or "callback".\n')
    parts.append(f"related: [{', '.join(draft.related)}]\n")
    parts.append("examples:\n" + "".join(f"  - {yaml_item(e)}\n" for e in draft.examples))
    text = "".join(parts)
    back = yaml.safe_load(text)
    if [str(e) for e in back.get("examples") or []] != draft.examples or back.get("title") != draft.title:
        raise ValueError("the topic could not be written safely")
    return text


def _field_of(problem: str) -> str:
    for name, words in (("title", ("'title:'",)), ("button", ("'button:'",)), ("related", ("'related:'",)),
                        ("source", ("'source:'", "the 'source:' text", "quote ")), ("answer", ("answer",)),
                        ("examples", ("example", "look like the same topic"))):
        if any(w in problem for w in words):
            return name
    return "general"


def check(draft: Draft, knowledge: Path, data: Path, holdout: Path, clinic: Path) -> Dict[str, List[str]]:
    """The check_data problems this topic would cause, by form field ({} when it is fine)."""
    errors: Dict[str, List[str]] = {}
    if not TOPIC_ID.match(draft.id):
        errors.setdefault("id", []).append("Use lower-case letters, digits and underscores, starting with a letter.")
    if not draft.sources:
        errors.setdefault("source", []).append("Choose the passage(s) of the clinic's page the answer is based on.")
    if errors:
        return errors
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "knowledge"
        shutil.copytree(knowledge, copy)
        (copy / "faq" / f"{draft.id}.yml").write_text(render_yaml(draft), encoding="utf-8")
        problems = check_data.check_topic_files(copy) + check_data.check_faithfulness(copy, clinic)
        problems += check_data.check_duplicate_examples(copy, data) + check_data.check_near_duplicates(copy)
        problems += check_data.check_holdout_leaks(copy, data, holdout)
    mine = f"{draft.id}.yml"
    for problem in problems:
        if mine in problem or f"faq_{draft.id})" in problem:
            text = problem.replace(f"knowledge/faq/{mine}: ", "")
            errors.setdefault(_field_of(text), []).append(text)
    return errors


def save(draft: Draft, knowledge: Path) -> Path:
    """Write the topic file (atomically: a reader never sees half a file)."""
    path = knowledge / "faq" / f"{draft.id}.yml"
    text = render_yaml(draft)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as out:
        out.write(text)
    os.replace(out.name, path)
    return path
