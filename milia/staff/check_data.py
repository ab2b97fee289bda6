"""Check the topic files and training data, with messages staff can act on.

    python -m milia.staff.check_data            # exit 1 if anything needs fixing

Checks, for every topic file in knowledge/faq/:
  - it can be read, and has a title, a button text, an answer and a source;
  - the source (one quote, or a list of quotes) is copied exactly from knowledge/source.txt (the
    clinic's own words);
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
from itertools import combinations
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Tuple

import yaml

from milia.knowledge.faithfulness import Checker

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


@dataclass
class RawTopic:
    id: str
    path: Path
    fields: Dict
    examples: List[str]


def read_topics(knowledge_dir: Path) -> Tuple[List[RawTopic], List[str]]:
    """Every topic file that can be read, and a problem message for each that cannot."""
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
        try:
            raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" near line {mark.line + 1}" if mark is not None else ""
            problems.append(
                f"{name}: the file's layout is broken{where}. Compare it with another topic file: "
                f"every example line starts with two spaces, a dash and a space; put text containing "
                f"a colon followed by a space (': ') in double quotes."
            )
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
        topics.append(
            RawTopic(path.stem, path, raw, [squash(e) for e in examples if e is not None and squash(e)])
        )
    return topics, problems


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
        problems += check_sources(name, f.get("source"), source_text)
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


def check_sources(name: str, raw, source_text: str) -> List[str]:
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
    problems = []
    for number, quote in enumerate(quotes, 1):
        if quote not in source_text:
            which = f"quote {number} of 'source:' (\"{shorten(quote)}\")" if len(quotes) > 1 else "the 'source:' text"
            problems.append(
                f"{name}: {which} is not an exact quote of knowledge/source.txt. Copy and paste "
                f"it from that file without changing any word or punctuation (curly quotes included)."
            )
    return problems


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
    return report(problems, len(list((args.knowledge / "faq").glob("*.yml"))))


if __name__ == "__main__":
    sys.exit(main())
