"""Check the topic files and training data, with messages staff can act on.

    python -m milia.staff.check_data            # exit 1 if anything needs fixing

Checks, for every topic file in knowledge/faq/:
  - it can be read (a broken layout is reported with its line and the likely cause: a colon, curly
    quotes from a word processor, a tab, a dash out of line), and has a title, a button text, an
    answer and a source;
  - every example is one question as written: not turned into something else by YAML (a colon
    followed by a space, `yes`/`no`, a number, ` #`), not joined with the line below it (a line
    indented further than the one above), not wrapped in curly quotes;
  - the answer uses only the placeholders the assistant fills in ({clinic_name}, {clinic_phone},
    {callback_hours}, {privacy_url}: the slots actions/session.py sets from clinic.yml);
  - the source (one quote, or a list of quotes) is copied exactly from knowledge/source.txt (the
    clinic's own words); if not, where it first differs from the page is shown;
  - every sentence of the answer is traceable to the topic's source quote(s), clinic.yml's facts
    or knowledge/safety_texts.yml (the rule is written down in milia/knowledge/faithfulness.py);
  - it has at least 10 different example questions;
  - its related buttons name topics (or knowledge/buttons.yml entries) that exist;
and, across all the training data:
  - no example question sits under two topics/intents (knowledge/faq and data/nlu/*.yml);
  - no two topics are near-duplicates (their example questions are too alike to tell apart);
  - no held-out test question (tests/nlu) is also a training example.

`make check-data` runs this, then Rasa's own validator.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from itertools import combinations
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

from milia.knowledge.faithfulness import CLINIC_PLACEHOLDERS, Checker

ROOT = Path(__file__).resolve().parents[2]


MIN_EXAMPLES = 10
# Cosine similarity of two topics' example centroids (TF-IDF of character 3-5-grams) above which
# they count as near-duplicates. Calibrated on the clinic's 28 topics: the most alike pair
# (causes / what_are) scores 0.50-0.53, while one topic's examples split in two halves score
# 0.65 or more against each other, and a reworded copy of a topic about 0.74.
SIMILARITY_THRESHOLD = 0.60
TOPIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")
GENERATED = "# GENERATED"


def normalise(text: str) -> str:
    """Lower case, letters and digits only, single spaces: how two examples count as 'the same'."""
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", str(text).lower()).split())


def squash(text: str) -> str:
    return " ".join(str(text).split())


def shown(path: Path) -> str:
    """A path as staff see it: relative to the repository (the folder holding knowledge/) it is in."""
    path = path.resolve()
    for folder in path.parents:
        if (folder / "knowledge").is_dir():
            return str(path.relative_to(folder))
    return str(path)


# What each placeholder an answer may use is filled in with (the slots actions/session.py sets at
# the start of every session from clinic.yml; the list is faithfulness.CLINIC_PLACEHOLDERS).
PLACEHOLDER_MEANINGS = {
    "clinic_name": "the clinic's name",
    "clinic_phone": "its phone number",
    "callback_hours": "the hours advisers call back",
    "privacy_url": "the address of the privacy notice",
}
PLACEHOLDER = re.compile(r"\{([^{}\n]*)\}")
CURLY = "\u201c\u201d\u2018\u2019"
CHARACTER_NAMES = {
    "'": "a straight apostrophe (')",
    "\u2019": "a curly apostrophe (\u2019)",
    "\u2018": "a curly opening quote (\u2018)",
    '"': 'a straight double quote (")',
    "\u201c": "a curly opening double quote (\u201c)",
    "\u201d": "a curly closing double quote (\u201d)",
    "-": "a hyphen (-)",
    "\u2013": "a long dash (\u2013)",
    "\u2014": "a long dash (\u2014)",
    " ": "a space",
    ",": "a comma (,)",
    ".": "a full stop (.)",
}


@dataclass
class RawTopic:
    id: str
    path: Path
    fields: Dict
    examples: List[str]
    text: str = ""  # the file as written
    node: Optional[yaml.Node] = None  # its YAML tree, which knows the line of every value
    layout: List[str] = dataclass_field(default_factory=list)  # examples YAML did not read as written


def read_topics(knowledge_dir: Path) -> Tuple[List[RawTopic], List[str]]:
    """Every topic file that can be read, and a problem message for each that cannot.

    An example YAML does not read as the question written (see example_problem) is left out of
    the topic's examples and described in its `layout` (reported by check_topic_files).
    """
    topics: List[RawTopic] = []
    problems: List[str] = []
    for path in sorted((knowledge_dir / "faq").glob("*.yml")):
        name = shown(path)
        if not TOPIC_ID.match(path.stem):
            problems.append(
                f"{name}: the file name may only use lower-case letters, digits and underscores "
                f"(for example 'opening_hours.yml'). Rename the file."
            )
            continue
        text = path.read_text(encoding="utf-8")
        try:
            raw = yaml.safe_load(text)
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            problems.append(broken_layout(name, text, exc))
            continue
        if not isinstance(raw, dict):
            problems.append(f"{name}: this does not look like a topic file. Copy an existing topic file and edit it.")
            continue
        examples = raw.get("examples") or []
        if not isinstance(examples, list):
            problems.append(
                f"{name}: 'examples:' must be a list, one question per line starting with '  - '."
            )
            examples = []
        lines = text.splitlines()
        items = value_node(node, "examples")
        items = items.value if isinstance(items, yaml.SequenceNode) and len(items.value) == len(examples) else None
        kept, layout = [], []
        for index, example in enumerate(examples):
            problem = example_problem(name, example, items[index], lines) if items else None
            if problem:
                layout.append(problem)
            if example is None or isinstance(example, (dict, list)) or (problem and not isinstance(example, str)):
                continue
            if squash(example):
                kept.append(squash(example))
        topics.append(RawTopic(path.stem, path, raw, kept, text, node, layout))
    return topics, problems


def value_node(root: Optional[yaml.Node], key: str) -> Optional[yaml.Node]:
    """The YAML node of a top-level field (None if the file has no such field)."""
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((v for k, v in root.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)


def line_of(node: Optional[yaml.Node]) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def at(line: int) -> str:
    return f"line {line}: " if line else ""


def broken_layout(name: str, text: str, exc: yaml.YAMLError) -> str:
    """A YAML error in plain words: the line, what is on it, and the likely cause."""
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    mark = getattr(exc, "problem_mark", None)
    if "quoted scalar" in context and getattr(exc, "context_mark", None) is not None:
        mark = exc.context_mark  # an unclosed quote: the line where it opens, not the end of the file
    if mark is None:
        return (f"{name}: the file's layout is broken. Compare it with another topic file: every example "
                f"line starts with two spaces, a dash and a space.")
    lines = text.splitlines()
    index = mark.line
    # A double quote closed with a curly one (or not at all) runs on to the next straight quote, and
    # YAML complains lines later: point at the line where the quote opens instead.
    for i in range(min(index, len(lines) - 1) + 1):
        if unclosed_quote(lines, i):
            index = i
            problem = "found unexpected end" if not any(c in lines[i] for c in CURLY) else problem
            break
    number = index + 1
    line = lines[index] if index < len(lines) else ""
    curly = sorted({c for c in line if c in CURLY}, key=CURLY.index)
    if curly:
        hint = (f"The line has curly quotes ({' '.join(curly)}), probably pasted from a word processor: in "
                f"these files only straight quotes (\" and ') work as quotes. Type them again as straight "
                f"quotes, or delete them.")
        if "mapping values" in problem:
            hint += " Text with a colon followed by a space (': ') must be inside straight double quotes."
    elif "\t" in line or "'\\t'" in problem:
        hint = "The line contains a tab: use spaces instead (two spaces before the dash of an example)."
    elif "mapping values" in problem:
        hint = (f"The text on this line contains a colon followed by a space (': '), which makes it look like "
                f"another field. Put the text in double quotes, e.g. {json_quoted(line)}")
    elif "found unexpected end of stream" in problem or "found unexpected end" in problem:
        hint = "A double quote opened on this line is never closed: add the closing \" at the end of the text."
    elif line.strip().startswith("-"):
        hint = ("The dash on this line is not lined up with the lines above it: every example line starts "
                "with exactly two spaces, a dash and a space.")
    else:
        hint = ("Compare it with another topic file: every example line starts with two spaces, a dash and a "
                "space; put text containing a colon followed by a space (': ') in double quotes.")
    shown_line = f" (`{line.strip()}`)" if line.strip() else ""
    return f"{name}: the file's layout is broken near line {number}{shown_line}. {hint}"


def unclosed_quote(lines: List[str], index: int) -> bool:
    """Line `index` opens a double-quoted value that is not closed before the next item or field.

    (A long quote may go on over several lines; one closed with a curly quote runs into the items
    below it.)
    """
    match = re.match(r'^\s*(?:-\s+|[A-Za-z_]+:\s+(?:-\s+)?)"(.*)$', lines[index])
    if not match:
        return False
    if '"' in re.sub(r"\\.", "", match.group(1)):
        return False
    for line in lines[index + 1:]:
        if '"' in re.sub(r"\\.", "", line):
            return False
        if re.match(r"^\s*-\s|^[A-Za-z_]+:", line):
            return True
    return True


def json_quoted(line: str) -> str:
    """A YAML line with its value put in double quotes, to show staff what to write."""
    match = re.match(r"^(\s*(?:-\s+)?(?:[A-Za-z_]+:\s+)?)(.*)$", line)
    head, value = (match.group(1), match.group(2)) if match else ("", line)
    value = value.strip().strip("\"'\u201c\u201d")
    return f"`{head.strip()} \"{value}\"`".replace("` ", "`")


def example_problem(name: str, value, node: yaml.Node, lines: List[str]) -> Optional[str]:
    """Why YAML does not read this example line as the question written, or None if it does."""
    number = line_of(node)
    written = lines[node.start_mark.line].strip() if node.start_mark.line < len(lines) else ""
    written = re.sub(r"^-\s*", "", written)
    if isinstance(node, yaml.MappingNode):
        curly = any(c in written for c in CURLY)
        bare = written.strip(CURLY + '"')
        return (
            f"{name}: line {number}: the example \"{written}\" has a colon followed by a space (': '), so "
            f"it is read as a pair of values, not as one question, and the assistant would learn junk. "
            f"Put the whole question in straight double quotes: - \"{bare}\""
            + (" (the curly quotes pasted from a word processor do not count as quotes)." if curly else ".")
        )
    if isinstance(node, yaml.SequenceNode):
        return (f"{name}: line {number}: the example \"{written}\" is read as a list, not as one question. "
                f"Write one question after the dash, in double quotes if it starts with '-' or '['.")
    if not isinstance(node, yaml.ScalarNode) or value is None:
        return None
    if not isinstance(value, str) and str(value) != node.value:
        kind = "a yes/no value" if isinstance(value, bool) else "a number"
        return (f"{name}: line {number}: the example \"{node.value}\" is read as {kind}, not as text, so the "
                f"assistant would learn \"{value}\". Put it in double quotes: - \"{node.value}\".")
    if node.style is not None:
        return None  # quoted: read exactly as written
    start, end = node.start_mark.line, node.end_mark.line
    if end > start:
        following = [i for i in range(start + 1, min(end, len(lines) - 1) + 1) if lines[i].strip()]
        swallowed = next((i for i in following if lines[i].lstrip().startswith("-")), None)
        if swallowed is not None:
            return (
                f"{name}: line {swallowed + 1}: this example is indented further than the one above it "
                f"(line {number}), so the two are joined into one question: the assistant would learn "
                f"\"{node.value}\". Start line {swallowed + 1} with the same spaces as the other examples "
                f"(two spaces, a dash and a space)."
            )
        if following:
            return (
                f"{name}: line {number}: the example continues on line {following[0] + 1}, so the lines are "
                f"joined into one question: \"{node.value}\". Put each question on its own line starting "
                f"with two spaces, a dash and a space."
            )
    rest = lines[end][node.end_mark.column:] if end < len(lines) else ""
    if rest.strip().startswith("#"):
        return (
            f"{name}: line {number}: the example is cut at the '#': a space followed by '#' starts a note "
            f"for people, so the assistant would learn only \"{node.value}\". Put the whole question in "
            f"double quotes."
        )
    if node.value[:1] in "\u201c\u2018" and node.value[-1:] in "\u201d\u2019":
        return (
            f"{name}: line {number}: the example {node.value} is wrapped in curly quotes, probably pasted "
            f"from a word processor. They are not quotes to these files: the assistant would learn them as "
            f"part of the question. Delete them (or type straight double quotes instead)."
        )
    return None


def check_placeholders(name: str, answer, node: Optional[yaml.Node], lines: List[str]) -> List[str]:
    """The answer may only use the placeholders the assistant fills in; anything else shows raw."""
    if not isinstance(answer, str):
        return []
    known = ", ".join(f"{{{p}}} ({PLACEHOLDER_MEANINGS.get(p, p)})" for p in CLINIC_PLACEHOLDERS)
    problems = []
    first = node.start_mark.line if node is not None else 0
    last = node.end_mark.line if node is not None else len(lines) - 1

    def line_with(token: str) -> int:
        for i in range(first, min(last, len(lines) - 1) + 1):
            if token in lines[i]:
                return i + 1
        return line_of(node)

    seen = set()
    for match in PLACEHOLDER.finditer(answer):
        token = match.group(0)
        if match.group(1) in CLINIC_PLACEHOLDERS or token in seen:
            continue
        seen.add(token)
        problems.append(
            f"{name}: {at(line_with(token))}the answer uses {token}, which the assistant does not fill in: "
            f"visitors would see \"{token}\" as it is. The ones it fills in from clinic.yml are {known}; "
            f"use one of them, written exactly like that, or write the text itself."
        )
    leftover = PLACEHOLDER.sub("", answer)
    for brace in dict.fromkeys(c for c in leftover if c in "{}"):
        problems.append(
            f"{name}: {at(line_with(brace))}the answer has a '{brace}' without its partner: a placeholder is "
            f"written with both braces, e.g. {{clinic_phone}}. Visitors would see the brace as it is."
        )
    return problems


def check_curly_wrapped(name: str, fields: Dict, root: Optional[yaml.Node]) -> List[str]:
    """Title, button or answer wrapped in curly quotes: visitors would see the quotes."""
    problems = []
    for key in ("title", "button", "answer"):
        value, node = fields.get(key), value_node(root, key)
        if isinstance(value, str) and isinstance(node, yaml.ScalarNode) and node.style is None:
            text = value.strip()
            if text[:1] == "\u201c" and text[-1:] == "\u201d":
                problems.append(
                    f"{name}: line {line_of(node)}: '{key}:' is wrapped in curly quotes (\u201c \u201d), probably "
                    f"pasted from a word processor. They are not quotes to these files, so visitors would "
                    f"see them. Delete them (or type straight double quotes instead)."
                )
    return problems


def check_topic_files(knowledge_dir: Path, min_examples: int = MIN_EXAMPLES) -> List[str]:
    """Each topic file: readable, every field filled in, the source quoted, enough examples, related ok."""
    topics, problems = read_topics(knowledge_dir)
    source_path = knowledge_dir / "source.txt"
    source_text = squash(source_path.read_text(encoding="utf-8")) if source_path.exists() else ""
    extra_path = knowledge_dir / "buttons.yml"
    extra = (yaml.safe_load(extra_path.read_text(encoding="utf-8")) or {}) if extra_path.exists() else {}
    known = {t.id for t in topics} | set(extra)
    for topic in topics:
        name = shown(topic.path)
        f = topic.fields
        for field, what in (
            ("title", "the question this topic answers, e.g. 'Are milia contagious?'"),
            ("button", "the short text of this topic's quick-reply button"),
            ("answer", "the answer the assistant gives"),
        ):
            if not squash(f.get(field) or ""):
                problems.append(f"{name}: '{field}:' is missing or empty. Add {what}.")
        problems += topic.layout
        problems += check_curly_wrapped(name, f, topic.node)
        problems += check_placeholders(name, f.get("answer"), value_node(topic.node, "answer"),
                                       topic.text.splitlines())
        problems += check_sources(name, f.get("source"), source_text, value_node(topic.node, "source"))
        unique = {normalise(e) for e in topic.examples}
        if len(unique) < min_examples:
            problems.append(
                f"{name}: only {len(unique)} different example questions; add at least "
                f"{min_examples - len(unique)} more (each topic needs {min_examples}, more is better)."
            )
        related = f.get("related") or []
        if not isinstance(related, list):
            problems.append(f"{name}: 'related:' must be a list in square brackets, e.g. [genetic, callback].")
            related = []
        for ref in related:
            if str(ref) not in known:
                problems.append(
                    f"{name}: 'related:' names '{ref}', which is neither a topic file in knowledge/faq/ nor "
                    f"an entry of knowledge/buttons.yml. Fix the name or remove it."
                )
    return problems


def source_list(raw) -> Optional[List[str]]:
    """A topic's 'source:' as a list of quotes (one string is a list of one); None if malformed."""
    if raw is None:
        return []
    items = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(item, str) for item in items):
        return None
    return [squash(item) for item in items if squash(item)]


def check_sources(name: str, raw, source_text: str, node: Optional[yaml.Node] = None) -> List[str]:
    quotes = source_list(raw)
    if quotes is None:
        return [
            f"{name}: 'source:' must be one quote, or a list of quotes with each line starting with "
            f"'  - ' and the quote in double quotes. Compare it with another topic file."
        ]
    if not quotes:
        return [
            f"{name}: 'source:' is missing or empty. Copy the sentence(s) of knowledge/source.txt "
            f"that the answer is based on."
        ]
    # The line of each quote (a list's items, or the one text).
    items = [n for n in node.value if isinstance(n, yaml.ScalarNode) and squash(n.value)] \
        if isinstance(node, yaml.SequenceNode) else [node]
    problems = []
    for number, quote in enumerate(quotes, 1):
        if quote not in source_text:
            line = line_of(items[number - 1]) if len(items) == len(quotes) else line_of(node)
            which = f"quote {number} of 'source:' (\"{shorten(quote)}\")" if len(quotes) > 1 else "the 'source:' text"
            problems.append(
                f"{name}: {at(line)}{which} is not an exact quote of knowledge/source.txt. "
                f"{where_it_differs(quote, source_text)}Copy and paste it from that file without changing "
                f"any word or punctuation (curly quotes included)."
            )
    return problems


def describe(char: str) -> str:
    if not char:
        return "nothing"
    return CHARACTER_NAMES.get(char, f"'{char}'")


def where_it_differs(quote: str, source_text: str, context: int = 15) -> str:
    """Where a quote first stops matching the page, in words, with a few characters of both."""
    if quote[:1] == "\u201c" and quote[-1:] == "\u201d" and quote[1:-1].strip() in source_text:
        return ("It is wrapped in curly quotes (\u201c \u201d), which are not part of the page's text: "
                "delete them. ")
    # The longest start of the quote that is on the page, and the longest end (if a piece is on the
    # page, every shorter piece of it is too): the longer of the two places the quote on the page.
    head = longest(lambda n: quote[:n] in source_text, len(quote))
    tail = longest(lambda n: quote[len(quote) - n:] in source_text, len(quote))
    if max(head, tail) < 3:
        return ("Hardly any of it is on the page: check you copied it from knowledge/source.txt. ")
    if head >= tail:
        where = head  # quote[head] is the first character that differs
        page_at = source_text.find(quote[:head]) + head
    else:
        where = len(quote) - tail - 1  # quote[where] is the last character that differs
        page_at = source_text.find(quote[where + 1:]) - 1
    start = max(0, where - context)
    mine = excerpt(quote, start, where + context)
    low = max(0, page_at - (where - start))
    page = excerpt(source_text, low, max(0, page_at + context))
    theirs = source_text[page_at:page_at + 1] if page_at >= 0 else ""
    return (
        f"It differs from the page at character {where + 1}: yours has {describe(quote[where])} where the "
        f"page has {describe(theirs)}. Yours: \"{mine}\"; the page: \"{page}\". "
    )


def excerpt(text: str, start: int, end: int) -> str:
    return ("..." if start > 0 else "") + text[start:end] + ("..." if end < len(text) else "")


def longest(fits, limit: int) -> int:
    """The largest n <= limit for which fits(n) holds, given that fits holds for every smaller n."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low


def shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def check_faithfulness(knowledge_dir: Path, clinic_path: Optional[Path] = None) -> List[str]:
    """Every answer sentence must be traceable to the page (see milia/knowledge/faithfulness.py for the rule)."""
    topics, _ = read_topics(knowledge_dir)
    source_path = knowledge_dir / "source.txt"
    source_text = squash(source_path.read_text(encoding="utf-8")) if source_path.exists() else ""
    if clinic_path is None:
        clinic_path = knowledge_dir.parent / "clinic.yml"
    checker = Checker.from_files(knowledge_dir / "safety_texts.yml", clinic_path)
    problems = []
    for topic in topics:
        answer = squash(topic.fields.get("answer") or "")
        if check_placeholders("", answer, None, []):
            continue  # reported by check_topic_files; a placeholder's letters are not words to trace
        quotes = [q for q in source_list(topic.fields.get("source")) or [] if q in source_text]
        if not answer or not quotes:
            continue  # reported by check_topic_files
        for found in checker.untraceable(answer, quotes):
            words = ", ".join(f"'{w}'" for w in found.missing)
            problems.append(
                f"{shown(topic.path)}: the answer sentence \"{found.sentence}\" says more than the "
                f"topic's 'source:' quote(s). Not found there: {words}. Answers may only repeat the "
                f"clinic's page: reword the sentence with the page's own words, or add the passage of "
                f"knowledge/source.txt it comes from to 'source:' (a list of quotes is fine), or "
                f"delete the sentence. (A sentence about the service itself, such as a callback offer, "
                f"must be one of SERVICE_SENTENCES in milia/knowledge/faithfulness.py: ask whoever looks after "
                f"the assistant.)"
            )
    return problems


def nlu_file_examples(path: Path) -> List[Tuple[str, str]]:
    """(intent, example) pairs of a Rasa NLU file, entity markup removed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    pairs: List[Tuple[str, str]] = []
    for block in data.get("nlu") or []:
        if not isinstance(block, dict) or "intent" not in block:
            continue
        for line in str(block.get("examples") or "").splitlines():
            line = line.strip()
            if line.startswith("- "):
                text = re.sub(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]*)\]\{[^}]*\}", r"\1\2", line[2:].strip())
                pairs.append((str(block["intent"]), text))
    return pairs


def is_generated(path: Path) -> bool:
    return path.read_text(encoding="utf-8").startswith(GENERATED)


def training_examples(knowledge_dir: Path, data_dir: Path) -> List[Tuple[str, str, str]]:
    """(intent, example, where) for every training example staff or developers wrote.

    Generated files (data/nlu/faq.yml) are skipped: they repeat the topic files.
    """
    topics, _ = read_topics(knowledge_dir)
    found = [("faq_" + t.id, e, shown(t.path)) for t in topics for e in t.examples]
    for path in sorted((data_dir / "nlu").glob("*.yml")) if (data_dir / "nlu").is_dir() else []:
        if is_generated(path):
            continue
        found += [(intent, text, shown(path)) for intent, text in nlu_file_examples(path)]
    return found


def check_duplicate_examples(knowledge_dir: Path, data_dir: Path) -> List[str]:
    owners: Dict[str, Dict[str, str]] = defaultdict(dict)  # normalised text -> intent -> where
    first_text: Dict[str, str] = {}
    for intent, text, where in training_examples(knowledge_dir, data_dir):
        key = normalise(text)
        if not key:
            continue
        first_text.setdefault(key, text)
        owners[key].setdefault(intent, where)
    problems = []
    for key, by_intent in owners.items():
        if len(by_intent) > 1:
            places = " and ".join(f"{where} ({intent})" for intent, where in sorted(by_intent.items()))
            problems.append(
                f"the example \"{first_text[key]}\" is in {places}. An example can teach only one "
                f"answer: keep it in the file where it belongs and delete it from the other."
            )
    return problems


def topic_similarities(examples: Dict[str, List[str]]) -> List[Tuple[float, str, str]]:
    """Cosine similarity of every pair of topics, highest first.

    Each example becomes a TF-IDF vector of its character 3-5-grams (so spelling variants still
    match); a topic is the average of its examples' vectors.
    """
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    ids = [t for t in sorted(examples) if examples[t]]
    if len(ids) < 2:
        return []
    docs = [e.lower() for t in ids for e in examples[t]]
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit_transform(docs)
    centroids, start = [], 0
    for t in ids:
        n = len(examples[t])
        centroids.append(np.asarray(vectors[start : start + n].mean(axis=0)).ravel())
        start += n
    matrix = np.vstack(centroids)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)
    sims = matrix @ matrix.T
    pairs = [(float(sims[i, j]), ids[i], ids[j]) for i, j in combinations(range(len(ids)), 2)]
    return sorted(pairs, reverse=True)


def check_near_duplicates(knowledge_dir: Path, threshold: float = SIMILARITY_THRESHOLD) -> List[str]:
    topics, _ = read_topics(knowledge_dir)
    examples = {t.id: t.examples for t in topics}
    paths = {t.id: shown(t.path) for t in topics}
    return [
        f"{paths[a]} and {paths[b]} look like the same topic (their example questions are "
        f"{sim:.0%} alike; the limit is {threshold:.0%}). The assistant cannot tell them apart: merge "
        f"them into one file, or reword the examples so each file only asks its own question."
        for sim, a, b in topic_similarities(examples)
        if sim > threshold
    ]


def check_holdout_leaks(knowledge_dir: Path, data_dir: Path, holdout_dir: Path) -> List[str]:
    """Held-out test questions must not be training examples, or the test scores mean nothing."""
    if not holdout_dir.is_dir():
        return []
    training = {normalise(text): where for _, text, where in training_examples(knowledge_dir, data_dir)}
    problems = []
    for path in sorted(holdout_dir.glob("*.yml")):
        for _, text in nlu_file_examples(path):
            where = training.get(normalise(text))
            if where:
                problems.append(
                    f"{where}: the example \"{text}\" is also a test question in {shown(path)}. Test "
                    f"questions must be new to the assistant: delete it from {where}."
                )
    return problems


def run_checks(
    knowledge_dir: Path = ROOT / "knowledge",
    data_dir: Path = ROOT / "data",
    holdout_dir: Optional[Path] = ROOT / "tests" / "nlu",
    threshold: float = SIMILARITY_THRESHOLD,
) -> List[str]:
    problems = check_topic_files(knowledge_dir)
    problems += check_faithfulness(knowledge_dir)
    problems += check_duplicate_examples(knowledge_dir, data_dir)
    problems += check_near_duplicates(knowledge_dir, threshold)
    if holdout_dir is not None:
        problems += check_holdout_leaks(knowledge_dir, data_dir, holdout_dir)
    return problems


def report(problems: Iterable[str], topic_count: int) -> int:
    problems = list(problems)
    if not problems:
        print(f"Topic files and training data look good ({topic_count} topics checked).")
        return 0
    print(f"Found {len(problems)} thing(s) to fix before training:\n")
    for number, problem in enumerate(problems, 1):
        print(f"{number}. {problem}\n")
    print("Fix these, save the files and run `make check-data` again.")
    return 1


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    parser.add_argument("--data", type=Path, default=ROOT / "data")
    parser.add_argument("--holdout", type=Path, default=ROOT / "tests" / "nlu")
    parser.add_argument("--threshold", type=float, default=SIMILARITY_THRESHOLD)
    parser.add_argument("--show-similar", type=int, default=0, metavar="N",
                        help="also print the N most alike topic pairs (for calibrating the threshold)")
    args = parser.parse_args(argv)
    if args.show_similar:
        topics, _ = read_topics(args.knowledge)
        for sim, a, b in topic_similarities({t.id: t.examples for t in topics})[: args.show_similar]:
            print(f"{sim:.3f}  {a} / {b}")
    problems = run_checks(args.knowledge, args.data, args.holdout, args.threshold)
    status = report(problems, len(list((args.knowledge / "faq").glob("*.yml"))))
    print_look_alikes(args.knowledge, args.data, args.holdout)
    return status


def print_look_alikes(knowledge_dir: Path, data_dir: Path, holdout_dir: Optional[Path]) -> None:
    """Out-of-scope messages that look like a topic's questions (not errors: staff decide)."""
    from milia.staff import look_alikes  # it reads files with this module's helpers

    found = [(topic.id, look) for topic in read_topics(knowledge_dir)[0]
             for look in look_alikes.find(topic.id, knowledge_dir, data_dir, holdout_dir or Path("/nonexistent"))]
    if not found:
        return
    print(f"\nTo look at ({len(found)}): kept as out of scope, but alike a topic's questions. If the topic answers "
          "it, move it there (one click on the topic's page in the staff console, or by hand); if not, leave it.")
    for topic_id, look in found:
        print(f"  - \"{look.text}\" ({look.where}, {'test question' if look.kind == 'test' else 'training example'})"
              f" ~ {topic_id}: \"{look.example}\"")


if __name__ == "__main__":
    sys.exit(main())
