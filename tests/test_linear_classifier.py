"""The linear intent classifier: per-message scoring equals the batch (training) computation."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import (
    FEATURE_TYPE_SENTENCE,
    FEATURE_TYPE_SEQUENCE,
    INTENT,
    INTENT_RANKING_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.features import Features
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.linear_intent_classifier import LinearIntentClassifier

WORDS, CHARS = 12, 20


def _message(text: str, words: dict, chars: dict, intent: str | None = None) -> Message:
    message = Message(data={TEXT: text, **({INTENT: intent} if intent else {})})
    for origin, width, counts in (("words", WORDS, words), ("chars", CHARS, chars)):
        row = np.zeros((1, width))
        for column, count in counts.items():
            row[0, column] = count
        message.add_features(Features(sp.coo_matrix(row), FEATURE_TYPE_SENTENCE, TEXT, origin))
        # sequence features are ignored by the classifier
        message.add_features(Features(sp.coo_matrix(np.ones((2, width))), FEATURE_TYPE_SEQUENCE, TEXT, origin))
    return message


def _training_data(rng: np.random.Generator) -> TrainingData:
    examples = []
    for n in range(60):
        intent = ("faq/contagious", "faq/price", "greet")[n % 3]
        base = {"faq/contagious": 0, "faq/price": 4, "greet": 8}[intent]
        words = {base + int(rng.integers(0, 4)): 1 + int(rng.integers(0, 2)), base + int(rng.integers(0, 4)): 1}
        chars = {int(rng.integers(0, CHARS)): int(rng.integers(1, 4)) for _ in range(4)}
        examples.append(_message(f"example {n}", words, chars, intent))
    return TrainingData(examples)


@pytest.fixture()
def trained(tmp_path) -> LinearIntentClassifier:
    storage, resource = LocalModelStorage(tmp_path), Resource("linear")
    classifier = LinearIntentClassifier.create({}, storage, resource, None)
    classifier.train(_training_data(np.random.default_rng(7)))
    return classifier


def _batch_probabilities(classifier: LinearIntentClassifier, message: Message) -> np.ndarray:
    scores = classifier._weigh(classifier._counts([message])) @ classifier.model["coef"].T
    scores = (np.asarray(scores) + classifier.model["intercept"]) * classifier.config["temperature"]
    probabilities = np.exp(scores - scores.max())
    return (probabilities / probabilities.sum()).ravel()


@pytest.mark.parametrize(
    "words, chars",
    [({1: 1}, {3: 2}), ({5: 2, 6: 1}, {0: 1, 19: 3}), ({9: 1, 0: 1}, {}), ({}, {7: 1})],
)
def test_per_message_scores_equal_the_batch_computation(trained, words, chars) -> None:
    message = _message("visitor", words, chars)
    expected = _batch_probabilities(trained, message)
    trained.process([message])
    ranking = message.get(INTENT_RANKING_KEY)
    got = {r["name"]: r["confidence"] for r in ranking}
    for index, name in enumerate(trained.classes):
        assert got[name] == pytest.approx(expected[index], abs=1e-9)
    assert message.get(INTENT)["name"] == trained.classes[int(np.argmax(expected))]


def test_learns_the_intents(trained) -> None:
    contagious, price = _message("a", {1: 1}, {}), _message("b", {5: 1}, {})
    trained.process([contagious, price])
    assert contagious.get(INTENT)["name"] == "faq/contagious"
    assert price.get(INTENT)["name"] == "faq/price"


def test_message_without_features_gets_a_ranking(trained) -> None:
    message = Message(data={TEXT: ""})
    trained.process([message])
    ranking = message.get(INTENT_RANKING_KEY)
    assert sorted(r["name"] for r in ranking) == sorted(trained.classes)
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_loaded_model_ranks_the_same(trained, tmp_path) -> None:
    loaded = LinearIntentClassifier.load({}, trained._model_storage, trained._resource, None)
    first, second = _message("x", {4: 1, 2: 1}, {1: 1}), _message("x", {4: 1, 2: 1}, {1: 1})
    trained.process([first])
    loaded.process([second])
    assert first.get(INTENT_RANKING_KEY) == second.get(INTENT_RANKING_KEY)
