"""A fast linear intent classifier: word and character n-gram counts, TF-IDF, a linear SVM.

On this assistant's data it is more accurate than DIET and trains in seconds (see BENCHMARKS.md).
It counts its own n-grams (the counts Rasa's CountVectorsFeaturizer would give for the
tokenizer's tokens: word 1-2-grams and char_wb 2-5-grams by default) for the whole message only,
because that is all it uses: Rasa's featurizers also build per-token features, which cost more
than the classification. Confidences are a softmax of the SVM scores. The model is saved as
plain numpy arrays and JSON (never pickle), so loading a model file cannot run code; a model
that cannot be loaded stops Rasa with the cause rather than leaving every message without an intent.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Dict, List, Optional, Text, Tuple

import numpy as np
import scipy.sparse as sp
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.nlu.constants import TOKENS_NAMES
from rasa.nlu.tokenizers.tokenizer import Tokenizer
from rasa.shared.exceptions import RasaException
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_RANKING_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import CountVectorizer

from milia.conversation import compound
from milia.safety import spelling

# The word pattern of Rasa's CountVectorsFeaturizer (sklearn's default drops one-letter words).
WORD = r"(?u)\b\w+\b"
# Set when a message asks two things (rules answer it with action_answer_compound).
COMPOUND_INTENT = "faq_compound"
ASKED_ENTITY = "asked"
# A whole message read as a warning sign keeps that reading (compound.combine's ``keep``).
KEEP_WHOLE = frozenset({"report_emergency"})
MAX_REPAIRS_CACHED = 20_000  # words looked up once; past that, looked up every time


def _normalise(text: str) -> str:
    """A part of a message as ``LinearIntentClassifier.text`` gives a whole one: words only (as
    the whitespace tokenizer leaves them), numbers replaced, lower case."""
    words = re.findall(r"[\w']+", text)
    return " ".join(re.sub(r"\b[0-9]+\b", "__NUMBER__", w) for w in words).lower()


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LinearIntentClassifier(IntentClassifier, GraphComponent):
    @classmethod
    def required_components(cls) -> List[type]:
        return [Tokenizer]

    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            "C": 1.0, "temperature": 5.0, "ranking_length": 10, "random_state": 42,
            "word_ngrams": [1, 2], "char_ngrams": [2, 5],
            # read two questions in one message, and a story's question, part by part
            "compound": True,
            # read a word it has never seen as a word it has, one slip away ("contagous")
            "repair_typos": True,
        }

    def __init__(
        self,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        model: Optional[Dict[str, np.ndarray]] = None,
        classes: Optional[List[str]] = None,
        vocabulary: Optional[Dict[str, Dict[str, int]]] = None,
    ) -> None:
        self.config = {**self.get_default_config(), **config}
        self._model_storage = model_storage
        self._resource = resource
        self.model = model
        self.classes = classes or []
        self._set_vocabulary(vocabulary or {"word": {}, "char": {}})

    def _vectorizers(self, vocabulary: Optional[Dict[str, Dict[str, int]]] = None) -> List[CountVectorizer]:
        """Word then char_wb n-grams, as Rasa's CountVectorsFeaturizer configures them: its words
        are any run of word characters, one letter too ("r u", "i"), not sklearn's two or more."""
        return [
            CountVectorizer(analyzer=analyzer, ngram_range=tuple(self.config[key]),
                            token_pattern=WORD if analyzer == "word" else None,
                            vocabulary=(vocabulary or {}).get(name) or None)
            for name, analyzer, key in (("word", "word", "word_ngrams"), ("char", "char_wb", "char_ngrams"))
        ]

    def _set_vocabulary(self, vocabulary: Dict[str, Dict[str, int]]) -> None:
        self.vocabulary = vocabulary
        self._known_words = frozenset(ngram for ngram in vocabulary["word"] if " " not in ngram)
        self._repairs: Dict[str, str] = {}
        word, char = self._vectorizers()
        self._analyzers = [(word.build_analyzer(), vocabulary["word"], 0),
                           (char.build_analyzer(), vocabulary["char"], len(vocabulary["word"]))]

    @classmethod
    def create(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "LinearIntentClassifier":
        return cls(config, model_storage, resource)

    @staticmethod
    def text(message: Message) -> str:
        """The text Rasa's CountVectorsFeaturizer counts: the tokens, numbers replaced, lower case."""
        tokens = message.get(TOKENS_NAMES[TEXT]) or []
        return " ".join(re.sub(r"\b[0-9]+\b", "__NUMBER__", t.lemma).lower() for t in tokens)

    def _counts(self, messages: List[Message]) -> sp.csr_matrix:
        """n-gram counts of many messages (training and tests), with the learnt vocabulary."""
        texts = [self.text(m) for m in messages]
        return sp.hstack([v.transform(texts) for v in self._vectorizers(self.vocabulary)]).tocsr()

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        x = counts.astype(np.float64).tocsr(copy=True)
        x.data = 1.0 + np.log(np.maximum(x.data, 1e-12))
        x = x @ sp.diags(self.model["idf"])
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sp.diags(1.0 / norms) @ x

    def train(self, training_data: TrainingData) -> Resource:
        from sklearn.svm import LinearSVC

        examples = [e for e in training_data.intent_examples if e.get(INTENT) and e.get(TEXT)]
        if not examples:  # saved with no classes, so that loading knows it is untrained on purpose
            self.persist()
            return self._resource
        texts = [self.text(e) for e in examples]
        vectorizers = self._vectorizers()
        counts = sp.hstack([v.fit_transform(texts) for v in vectorizers]).tocsr()
        self._set_vocabulary({
            name: {ngram: int(i) for ngram, i in v.vocabulary_.items()}
            for name, v in zip(("word", "char"), vectorizers, strict=True)
        })
        labels = [e.get(INTENT) for e in examples]
        document_frequency = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log((1 + counts.shape[0]) / (1 + document_frequency)) + 1.0
        self.model = {"idf": idf}
        svm = LinearSVC(C=self.config["C"], class_weight="balanced", random_state=self.config["random_state"])
        svm.fit(self._weigh(counts), labels)
        self.classes = [str(c) for c in svm.classes_]
        coef = svm.coef_ if len(self.classes) > 2 else np.vstack([-svm.coef_, svm.coef_])
        intercept = svm.intercept_ if len(self.classes) > 2 else np.array([-svm.intercept_[0], svm.intercept_[0]])
        self.model.update({"coef": coef, "intercept": intercept})
        self.persist()
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        """Ranks the intents of each message. A message that asks two things, or tells a story
        before its question, is read part by part too (milia/conversation/compound.py): two
        questions become ``faq_compound`` with an ``asked`` entity per topic, in the order asked."""
        if not self.model:
            return messages
        for message in messages:
            whole = self.text(message)
            raw = message.get(TEXT) or ""

            def read(text: str, whole: str = whole, raw: str = raw) -> Dict[str, float]:
                return self._probabilities(whole if text == raw else _normalise(text))

            combined = (compound.combine(raw, read, KEEP_WHOLE) if self.config["compound"]
                        else compound.Combined(read(raw)))
            self._rank(message, combined.probabilities)
            if combined.is_compound:
                self._mark_compound(message, combined.asked)
        return messages

    def _probabilities(self, text: str) -> Dict[str, float]:
        if self.config["repair_typos"]:
            text = " ".join(self._repair(word) for word in text.split(" "))
        columns, counts = self._text_counts(text)
        if not columns.size:
            scores = self.model["intercept"].astype(np.float64)
        else:
            weights = (1.0 + np.log(np.maximum(counts, 1e-12))) * self.model["idf"][columns]
            weights /= np.sqrt(weights @ weights) or 1.0
            scores = self.model["coef"][:, columns] @ weights + self.model["intercept"]
        scores = np.asarray(scores, dtype=np.float64) * self.config["temperature"]
        probabilities = np.exp(scores - scores.max())
        probabilities /= probabilities.sum()
        return dict(zip(self.classes, probabilities.tolist(), strict=True))

    def _mark_compound(self, message: Message, asked: Tuple[str, ...]) -> None:
        ranking = list(message.get(INTENT_RANKING_KEY) or [])
        # A decision, not a probability: each question was read with at least MIN_PART_CONFIDENCE,
        # and the fallback's ambiguity rule must not undo it.
        top = {"name": COMPOUND_INTENT, "confidence": 1.0}
        message.set(INTENT, top, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [top] + ranking, add_to_output=True)
        entities = list(message.get(ENTITIES) or [])
        end = len(message.get(TEXT) or "")
        entities += [{ENTITY_ATTRIBUTE_TYPE: ASKED_ENTITY, ENTITY_ATTRIBUTE_VALUE: name,
                      ENTITY_ATTRIBUTE_START: 0, ENTITY_ATTRIBUTE_END: end, EXTRACTOR: type(self).__name__}
                     for name in asked]
        message.set(ENTITIES, entities, add_to_output=True)

    def _repair(self, word: str) -> str:
        """``word``, or the most used word of the training data one slip away when the training data
        and the English dictionary both lack it (milia/safety/spelling.py's list)."""
        repaired = self._repairs.get(word)
        if repaired is None:
            repaired = spelling.nearest(word, self._known_words)
            if len(self._repairs) < MAX_REPAIRS_CACHED:
                self._repairs[word] = repaired
        return repaired

    def _text_counts(self, text: str) -> Tuple[np.ndarray, np.ndarray]:
        """A text's n-gram counts as (column, count) arrays: one row of `_counts`."""
        found: Dict[int, float] = {}
        for analyze, vocabulary, offset in self._analyzers:
            for ngram in analyze(text):
                column = vocabulary.get(ngram)
                if column is not None:
                    found[offset + column] = found.get(offset + column, 0.0) + 1.0
        columns = np.fromiter(found.keys(), dtype=np.int64, count=len(found))
        return columns, np.fromiter(found.values(), dtype=np.float64, count=len(found))

    def _rank(self, message: Message, probabilities: Dict[str, float]) -> None:
        order = sorted(probabilities, key=probabilities.__getitem__, reverse=True)[: self.config["ranking_length"]]
        ranking = [{"name": name, "confidence": float(probabilities[name])} for name in order]
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)

    def persist(self) -> None:
        with self._model_storage.write_to(self._resource) as directory:
            for name, array in (self.model or {}).items():
                np.save(directory / f"{name}.npy", array, allow_pickle=False)
            (directory / "classes.json").write_text(json.dumps(self.classes))
            (directory / "vocabulary.json").write_text(json.dumps(self.vocabulary))

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LinearIntentClassifier":
        """The saved classifier. One that cannot be read stops loading with the cause: an untrained
        classifier would leave every message without an intent. Only a classifier trained on no
        examples (saved with no classes) loads untrained."""
        try:
            with model_storage.read_from(resource) as directory:
                classes = _read(directory, "classes.json")
                if classes == []:
                    return cls(config, model_storage, resource)
                vocabulary = _read(directory, "vocabulary.json")
                model = {name: _read(directory, f"{name}.npy") for name in ("idf", "coef", "intercept")}
        except ValueError as error:  # Rasa's "resource does not exist"
            raise ModelLoadError(f"the model has no saved intent classifier '{resource.name}': {error}") from error
        _check(model, classes, vocabulary)
        return cls(config, model_storage, resource, model, classes, vocabulary)


class ModelLoadError(RasaException):
    """A saved classifier that cannot be used (damaged, incomplete or inconsistent files)."""


def _read(directory: Path, name: str) -> Any:
    try:
        if name.endswith(".npy"):
            return np.load(directory / name, allow_pickle=False)
        return json.loads((directory / name).read_text(encoding="utf-8"))
    except (OSError, EOFError, ValueError) as error:
        raise ModelLoadError(f"cannot read the intent classifier's {name} ({error}); retrain the model") from error


def _check(model: Dict[str, np.ndarray], classes: Any, vocabulary: Any) -> None:
    """Raise unless the saved parts fit together, so that a bad model fails when it is loaded,
    not on every message."""

    def fail(name: str, problem: str) -> None:
        raise ModelLoadError(f"the intent classifier's {name} {problem}; retrain the model")

    if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
        fail("classes.json", "is not a list of intent names")
    parts = [vocabulary.get(name) if isinstance(vocabulary, dict) else None for name in ("word", "char")]
    for part in parts:
        columns = list(part.values()) if isinstance(part, dict) else [None]
        if not all(isinstance(c, int) for c in columns) or sorted(columns) != list(range(len(columns))):
            fail("vocabulary.json", "does not hold word and char n-grams numbered 0, 1, 2...")
    features = sum(len(part) for part in parts)
    for name, shape in (("idf", (features,)), ("coef", (len(classes), features)), ("intercept", (len(classes),))):
        if model[name].shape != shape or not np.issubdtype(model[name].dtype, np.floating):
            fail(f"{name}.npy", f"holds {model[name].dtype} {model[name].shape}, not float {shape}")
