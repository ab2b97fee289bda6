"""Add the labelled rows of an inbox CSV (milia/staff/inbox.py) to the training data.

    python -m milia.staff.import_inbox inbox.csv        (make import-inbox FILE=inbox.csv)

For each row with a `label`:
  - a topic id (`contagious`) or its intent (`faq_contagious`): the message is appended to the
    `examples:` of knowledge/faq/<topic>.yml (the rest of the file, comments included, is kept);
  - another intent of domain.yml (`greet`, `out_of_scope`, ...): the message goes into
    data/nlu/imported.yml (created if needed);
  - anything else is reported as an unknown label and nothing is added for that row.
Rows without a label are skipped. A message already among the examples is not added twice; one
that is an example of a different topic/intent, or a held-out test question (tests/nlu), is
reported and not added. Exit status 0 unless the file cannot be read.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Set, Tuple

import yaml

from milia.staff.check_data import is_generated, nlu_file_examples, normalise, read_topics, squash

ROOT = Path(__file__).resolve().parents[2]


# Intents Rasa or the input guard set by themselves: examples cannot teach them.
NOT_TRAINABLE = {"nlu_fallback", "message_empty", "message_too_long"}
IMPORTED_HEADER = (
    "# Examples added from the inbox by milia/staff/import_inbox.py (make import-inbox) for intents that\n"
    "# are not FAQ topics. You may edit it by hand: one '- example' line per message.\n"
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Result:
    added: Dict[str, List[str]] = field(default_factory=lambda: defaultdict(list))  # where -> messages
    already: int = 0
    unlabelled: int = 0
    unknown: Counter = field(default_factory=Counter)  # label -> rows
    conflicts: List[str] = field(default_factory=list)


def unspreadsheet(text: str) -> str:
    """Undo the leading ' that milia/staff/inbox.py adds so spreadsheets do not run a message as a formula."""
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_START) else text


def read_rows(path: Path) -> List[Tuple[str, str]]:
    """(message, label) per row. Accepts comma, semicolon or tab separated files, with or without a BOM."""
    text = path.read_text(encoding="utf-8-sig")
    header = text.split("\n", 1)[0]
    delimiter = max(",;\t", key=header.count)  # spreadsheets in some countries save with ';'
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = {name.strip().lower(): name for name in reader.fieldnames or []}
    if "message" not in columns or "label" not in columns:
        raise ValueError(f"{path}: the first row must name the columns, with at least 'message' and 'label'")
    return [
        (unspreadsheet(squash(row.get(columns["message"]) or "")), (row.get(columns["label"]) or "").strip())
        for row in reader
    ]


def domain_intents(domain_path: Path) -> Set[str]:
    domain = yaml.safe_load(domain_path.read_text(encoding="utf-8")) or {}
    names = set()
    for entry in domain.get("intents") or []:
        names.add(next(iter(entry)) if isinstance(entry, dict) else str(entry))
    return names


def yaml_item(text: str) -> str:
    """The text as a YAML list item value: plain when that reads back unchanged, else double-quoted."""
    try:
        if yaml.safe_load(f"- {text}") == [text]:
            return text
    except yaml.YAMLError:
        pass
    return json.dumps(text, ensure_ascii=False)


def append_examples(path: Path, new: List[str]) -> None:
    """Append examples to a topic file's `examples:` list, keeping everything else as it is."""
    text = path.read_text(encoding="utf-8")
    before = yaml.safe_load(text)
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if re.match(r"^examples:\s*(#.*)?$", line)), None)
    if start is None:
        raise ValueError(f"{path}: no 'examples:' list found")
    last, indent = start, "  - "
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            break
        if line.lstrip().startswith("- ") and last == start:
            indent = line[: len(line) - len(line.lstrip())] + "- "
        last = i
    if not lines[last].endswith("\n"):
        lines[last] += "\n"
    lines[last + 1 : last + 1] = [f"{indent}{yaml_item(e)}\n" for e in new]
    updated = "".join(lines)
    after = yaml.safe_load(updated)
    if [str(e) for e in after.get("examples") or []] != [str(e) for e in before.get("examples") or []] + new:
        raise ValueError(f"{path}: could not add the examples safely; add them by hand")
    path.write_text(updated, encoding="utf-8")


def write_imported(path: Path, by_intent: Dict[str, List[str]]) -> None:
    lines = [IMPORTED_HEADER, 'version: "3.1"\n', "nlu:\n"]
    for intent, examples in by_intent.items():
        lines.append(f"- intent: {intent}\n  examples: |\n")
        lines.extend(f"    - {e}\n" for e in examples)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(lines), encoding="utf-8")


def import_rows(rows: List[Tuple[str, str]], knowledge_dir: Path, data_dir: Path, domain_path: Path,
                holdout_dir: Optional[Path]) -> Result:
    result = Result()
    topics, problems = read_topics(knowledge_dir)
    if problems:
        raise ValueError("fix the topic files first (run `make check-data`): " + problems[0])
    by_id = {t.id: t for t in topics}
    intents = domain_intents(domain_path) - NOT_TRAINABLE
    imported_path = data_dir / "nlu" / "imported.yml"

    owner: Dict[str, str] = {}  # normalised example -> intent
    for t in topics:
        for e in t.examples:
            owner.setdefault(normalise(e), "faq_" + t.id)
    nlu_dir = data_dir / "nlu"
    for path in sorted(nlu_dir.glob("*.yml")) if nlu_dir.is_dir() else []:
        if not is_generated(path):
            for intent, e in nlu_file_examples(path):
                owner.setdefault(normalise(e), intent)
    held_out = set()
    if holdout_dir is not None and holdout_dir.is_dir():
        held_out = {normalise(e) for p in sorted(holdout_dir.glob("*.yml")) for _, e in nlu_file_examples(p)}

    imported: Dict[str, List[str]] = defaultdict(list)
    if imported_path.exists():
        for intent, e in nlu_file_examples(imported_path):
            imported[intent].append(e)
    to_topics: Dict[str, List[str]] = defaultdict(list)
    imported_changed = False

    for message, label in rows:
        if not label:
            result.unlabelled += 1
            continue
        key = label.lower()
        topic_id = key[4:] if key.startswith("faq_") and key[4:] in by_id else key
        if topic_id in by_id:
            intent = "faq_" + topic_id
        elif key in intents and not key.startswith("faq_"):
            intent = key
        else:
            result.unknown[label] += 1
            continue
        norm = normalise(message)
        if not norm:
            continue
        if norm in held_out:
            result.conflicts.append(f"\"{message}\" is a held-out test question (tests/nlu); not added.")
        elif owner.get(norm) == intent:
            result.already += 1
        elif norm in owner:
            result.conflicts.append(
                f"\"{message}\" is already an example of {owner[norm]}; not added to {intent}. If it belongs "
                f"to {intent}, move it by hand."
            )
        else:
            owner[norm] = intent
            if intent.startswith("faq_"):
                to_topics[topic_id].append(message)
                result.added[str(by_id[topic_id].path)].append(message)
            else:
                imported[intent].append(message)
                result.added[str(imported_path)].append(message)
                imported_changed = True

    for topic_id, messages in to_topics.items():
        append_examples(by_id[topic_id].path, messages)
    if imported_changed:
        write_imported(imported_path, imported)
    return result


def shown(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(ROOT))
    except ValueError:
        return path


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--domain", type=Path, default=ROOT / "domain.yml")
    parser.add_argument("--holdout", type=Path, default=ROOT / "tests" / "nlu")
    args = parser.parse_args(argv)
    try:
        rows = read_rows(args.file)
        result = import_rows(rows, args.knowledge, args.data, args.domain, args.holdout)
    except (OSError, ValueError, yaml.YAMLError, csv.Error) as exc:
        print(f"Nothing imported: {exc}")
        return 1
    total = sum(len(v) for v in result.added.values())
    print(f"Added {total} example(s):")
    for path, messages in sorted(result.added.items()):
        print(f"  {shown(path)}: {len(messages)}")
    print(f"Skipped {result.unlabelled} row(s) without a label and {result.already} already in the training data.")
    if result.conflicts:
        print("\nNot added:")
        print("\n".join(f"  - {c}" for c in result.conflicts))
    if result.unknown:
        print("\nUnknown labels (nothing added for these rows; use a topic file name from knowledge/faq/ or an "
              "intent listed in domain.yml):")
        print("\n".join(f"  - '{label}' ({n} row(s))" for label, n in sorted(result.unknown.items())))
    print("\nNext: `make check-data`, then `make train`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
