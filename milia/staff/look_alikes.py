"""Messages elsewhere that look like a topic's example questions, and moving one into the topic.

After a topic is added ("Can I park near the clinic?"), questions that say the same thing may still
sit where they were put before it existed: an out-of-scope example in ``data/nlu/`` ("where can I
park near the clinic") teaches the opposite answer, and a held-out test question in ``tests/nlu/``
still expects the old one. :func:`find` lists them (the content words they share with the topic's
closest example); :func:`move` moves one:

- a training example (a hand-written file in ``data/nlu/``) becomes one of the topic's examples;
- a test question stays in its test file, under the topic's intent.

Only out-of-scope messages are offered: other intents (another topic, "book a consultation") may
rightly be asked alike, and ``make check-data`` already reports topics that are too alike.
Generated files are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence, Tuple

import yaml

from milia.staff.check_data import is_generated, nlu_file_examples, normalise, read_topics, shown
from milia.staff.import_inbox import append_examples, yaml_item

THRESHOLD = 0.6
OFFERED_FROM = {"out_of_scope"}
LIMIT = 20


@dataclass(frozen=True)
class LookAlike:
    path: Path  # the file it is in
    intent: str  # its intent there
    text: str
    example: str  # the topic's example it is most like
    similarity: float
    kind: str  # "training" or "test"

    @property
    def where(self) -> str:
        return shown(self.path)


def _candidates(data_dir: Path, tests_dir: Path, intent: str) -> List[Tuple[Path, str, str, str]]:
    found = []
    for kind, folder in (("training", data_dir / "nlu"), ("test", tests_dir)):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yml")):
            if is_generated(path):
                continue
            found += [(path, i, t, kind) for i, t in nlu_file_examples(path) if i != intent]
    return found


STOP = frozenset("""a an the i me my mine you your we our is are was were be been do does did can could will would
should shall may might must to of in on at for from with about and or but if so it its this that these those there here
what whats how when where why which who whom whose please hi hello hey thanks thank just any some get got have has had
not no yes im ive id dont doesnt cant wont milia milium millia them they their one ones""".split())


def _words(text: str) -> frozenset:
    """Content words, lightly stemmed ("parking" and "park" match); milia's own names left out,
    so "tell me about bitcoin" does not look like "tell me about milia"."""
    out = set()
    for word in re.findall(r"[a-z]+", text.lower().replace("'", "")):
        if word in STOP or len(word) < 2:
            continue
        for suffix in ("ing", "ed", "es", "s"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[: -len(suffix)]
                break
        out.add(word)
    return frozenset(out)


def similarity(a: str, b: str) -> float:
    """Share of content words in common (Jaccard); 0 unless at least two are shared."""
    x, y = _words(a), _words(b)
    shared = len(x & y)
    return shared / len(x | y) if shared >= 2 else 0.0


def find(topic_id: str, knowledge_dir: Path, data_dir: Path, tests_dir: Path,
         threshold: float = THRESHOLD, limit: int = LIMIT) -> List[LookAlike]:
    """Out-of-scope training examples and test questions that look like ``topic_id``'s examples,
    most alike first."""
    topic = next((t for t in read_topics(knowledge_dir)[0] if t.id == topic_id), None)
    if topic is None or not topic.examples:
        return []
    intent = "faq_" + topic_id
    examples = [str(e) for e in topic.examples]
    found = []
    for path, other_intent, text, kind in _candidates(data_dir, tests_dir, intent):
        if other_intent not in OFFERED_FROM:
            continue
        score, example = max((similarity(text, e), e) for e in examples)
        if score >= threshold:
            found.append(LookAlike(path, other_intent, text, example, score, kind))
    return sorted(found, key=lambda f: -f.similarity)[:limit]


def _remove_line(lines: List[str], intent: str, text: str) -> int:
    """Index of the ``- text`` line inside the ``- intent: <intent>`` block."""
    block = None
    for i, line in enumerate(lines):
        head = re.match(r"^-\s+intent:\s*(\S+)\s*$", line)
        if head:
            block = head.group(1)
            continue
        item = re.match(r"^\s+-\s+(.*?)\s*$", line)
        if block == intent and item and normalise(_plain(item.group(1))) == normalise(text):
            return i
    raise ValueError(f"\"{text}\" ({intent}) is no longer there")


def _plain(raw: str) -> str:
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw
    return str(value) if isinstance(value, (str, int, float)) else raw


def _add_to_block(lines: List[str], intent: str, text: str) -> None:
    """Add ``- text`` at the end of the ``intent`` block (a new block at the end if there is none)."""
    start = next((i for i, line in enumerate(lines) if re.match(rf"^-\s+intent:\s*{re.escape(intent)}\s*$", line)), None)
    item = f"    - {text}\n"
    if start is None:
        if lines and not lines[-1].endswith("\n"):
            lines[-1] += "\n"
        lines += [f"- intent: {intent}\n", "  examples: |\n", item]
        return
    end = start + 1
    while end < len(lines) and not lines[end].startswith("-"):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    lines.insert(end, item)


def move(look: LookAlike, topic_id: str, knowledge_dir: Path) -> str:
    """Move one look-alike into ``topic_id``; what was done, in plain words. Raises ValueError when
    the file changed under it or the edit would not read back exactly."""
    intent = "faq_" + topic_id
    before = nlu_file_examples(look.path)
    lines = look.path.read_text(encoding="utf-8").splitlines(True)
    del lines[_remove_line(lines, look.intent, look.text)]
    if look.kind == "test":
        _add_to_block(lines, intent, yaml_item(look.text))
    expected = list(before)
    expected.remove(next(p for p in before if p[0] == look.intent and normalise(p[1]) == normalise(look.text)))
    if look.kind == "test":
        expected.append((intent, look.text))
    updated = "".join(lines)
    probe = look.path.with_suffix(".check")
    probe.write_text(updated, encoding="utf-8")
    try:
        after = nlu_file_examples(probe)
    finally:
        probe.unlink()
    if sorted(after) != sorted(expected):
        raise ValueError(f"{look.where}: could not move \"{look.text}\" safely; move it by hand")
    if look.kind == "training":
        append_examples(knowledge_dir / "faq" / f"{topic_id}.yml", [look.text])
    look.path.write_text(updated, encoding="utf-8")
    if look.kind == "test":
        return f"the test question \"{look.text}\" in {look.where} now expects {topic_id}"
    return f"\"{look.text}\" moved from {look.where} ({look.intent}) to the examples of {topic_id}"


def by_key(looks: Sequence[LookAlike], where: str, intent: str, text: str) -> LookAlike:
    """The look-alike a form names (file, intent and text), or ValueError."""
    for look in looks:
        if look.where == where and look.intent == intent and look.text == text:
            return look
    raise ValueError(f"\"{text}\" is not a look-alike of this topic any more")
