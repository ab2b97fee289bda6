"""The linear intent classifier: its own n-gram counts, and per-message scores equal to the batch ones."""

from __future__ import annotations

import numpy as np
import pytest
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_ext.components.linear_intent_classifier import LinearIntentClassifier, ModelLoadError

TOKENIZER = WhitespaceTokenizer(WhitespaceTokenizer.get_default_config())
EXAMPLES = {
    "faq_contagious": ["are milia contagious", "can i catch milia", "is it catching", "r they contagious?",
                       "can my kids get milia from me", "do milia spread between people"],
    "faq_price": ["how much does removal cost", "what is the price", "how much r u charging",
                  "cost of milia removal?", "what do you charge", "is it expensive"],
    "greet": ["hello", "hi there", "good morning", "hiya", "hey", "hello 2 you"],
}


def _message(text: str, intent: str | None = None) -> Message:
    message = Message(data={TEXT: text, **({INTENT: intent} if intent else {})})
    TOKENIZER.process([message])
    return message


@pytest.fixture()
def trained(tmp_path) -> LinearIntentClassifier:
    classifier = LinearIntentClassifier.create({}, LocalModelStorage(tmp_path), Resource("linear"), None)
    classifier.train(TrainingData([_message(t, i) for i, texts in EXAMPLES.items() for t in texts]))
    return classifier


def _batch_probabilities(classifier: LinearIntentClassifier, message: Message) -> np.ndarray:
    scores = classifier._weigh(classifier._counts([message])) @ classifier.model["coef"].T
    scores = (np.asarray(scores) + classifier.model["intercept"]) * classifier.config["temperature"]
    probabilities = np.exp(scores - scores.max())
    return (probabilities / probabilities.sum()).ravel()


def test_counts_what_rasas_count_vectors_count() -> None:
    message = _message("Is it 100% SAFE, 2 remove them?")
    assert LinearIntentClassifier.text(message) == "is it __number__ safe __number__ remove them"


@pytest.mark.parametrize("analyzer, low, high", [("word", 1, 2), ("char_wb", 2, 5)])
def test_same_counts_as_rasas_featurizer(trained, tmp_path, analyzer, low, high) -> None:
    from rasa.engine.graph import ExecutionContext, GraphSchema
    from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer

    config = {**CountVectorsFeaturizer.get_default_config(), "analyzer": analyzer, "min_ngram": low, "max_ngram": high}
    rasa_cv = CountVectorsFeaturizer.create(config, LocalModelStorage(tmp_path), Resource("cv"),
                                            ExecutionContext(GraphSchema({}), "test"))
    rasa_cv.train(TrainingData([_message(t, i) for i, texts in EXAMPLES.items() for t in texts]))
    message = _message("R u CONTAGIOUS?? how much 4 removal, 2 of them, i ask")
    rasa_cv.process([message])
    _, sentence = message.get_sparse_features(TEXT)
    names = {i: ngram for ngram, i in rasa_cv.vectorizers[TEXT].vocabulary_.items()}
    theirs = {names[c]: v for c, v in zip(sentence.features.tocoo().col, sentence.features.tocoo().data, strict=True)}

    name, offset = ("word", 0) if analyzer == "word" else ("char", len(trained.vocabulary["word"]))
    ours_names = {i + offset: ngram for ngram, i in trained.vocabulary[name].items()}
    columns, counts = trained._text_counts(trained.text(message))
    ours = {ours_names[c]: v for c, v in zip(columns, counts, strict=True) if c in ours_names}
    assert ours == theirs and ours
    if analyzer == "word":  # one-letter words count, as in Rasa's featurizer
        assert {"r", "u", "i", "r u"} <= set(ours)


def test_counts_one_letter_words(trained) -> None:
    assert {"r", "u", "i", "r u", "can i"} <= set(trained.vocabulary["word"])
    message = _message("r u open? i can come")
    columns, counts = trained._text_counts(trained.text(message))
    words = {i: ngram for ngram, i in trained.vocabulary["word"].items()}
    counted = {words[c]: n for c, n in zip(columns, counts, strict=True) if c in words}
    assert counted["r"] == counted["u"] == counted["i"] == counted["r u"] == 1


@pytest.mark.parametrize(
    "text", ["are they contagious", "how much is it", "hello hello hello", "zzz unknown words", "price?? 42", "🙂"]
)
def test_per_message_scores_equal_the_batch_computation(trained, text) -> None:
    message = _message(text)
    expected = _batch_probabilities(trained, message)
    trained.process([message])
    got = {r["name"]: r["confidence"] for r in message.get(INTENT_RANKING_KEY)}
    for index, name in enumerate(trained.classes):
        assert got[name] == pytest.approx(expected[index], abs=1e-9)
    assert message.get(INTENT)["name"] == trained.classes[int(np.argmax(expected))]


def test_learns_the_intents(trained) -> None:
    messages = [_message("r milia contagous"), _message("how much do you charge for it"), _message("hi!")]
    trained.process(messages)
    assert [m.get(INTENT)["name"] for m in messages] == ["faq_contagious", "faq_price", "greet"]


def test_a_word_never_seen_is_read_as_a_training_word_one_slip_away(trained) -> None:
    assert trained._repair("contagous") == "contagious"
    assert trained._repair("expensve") == "expensive"
    assert trained._repair("catching") == "catching"  # seen in training
    assert trained._repair("charity") == "charity"  # a real word, though one slip from nothing here
    assert trained._repair("zzzz") == "zzzz"
    assert trained._repair("contagiousss") == "contagious"  # a letter held down


def test_a_repaired_message_scores_as_if_typed_right(trained) -> None:
    typed = _message("how much does removal cosst, is it expensve")
    meant = _message("how much does removal cost, is it expensive")
    trained.process([typed, meant])
    assert typed.get(INTENT_RANKING_KEY) == meant.get(INTENT_RANKING_KEY)
    without = LinearIntentClassifier({**trained.config, "repair_typos": False}, trained._model_storage, trained._resource,
                                     trained.model, trained.classes, trained.vocabulary)
    raw = _message("how much does removal cosst, is it expensve")
    without.process([raw])
    assert raw.get(INTENT_RANKING_KEY) != meant.get(INTENT_RANKING_KEY)


def test_message_without_tokens_gets_a_ranking(trained) -> None:
    message = Message(data={TEXT: ""})
    trained.process([message])
    ranking = message.get(INTENT_RANKING_KEY)
    assert sorted(r["name"] for r in ranking) == sorted(trained.classes)
    assert sum(r["confidence"] for r in ranking) == pytest.approx(1.0)


def test_loaded_model_ranks_the_same(trained) -> None:
    loaded = LinearIntentClassifier.load({}, trained._model_storage, trained._resource, None)
    first, second = _message("is milia catching"), _message("is milia catching")
    trained.process([first])
    loaded.process([second])
    assert first.get(INTENT_RANKING_KEY) == second.get(INTENT_RANKING_KEY)
    assert loaded.vocabulary == trained.vocabulary


def _saved_file(classifier: LinearIntentClassifier, name: str):
    with classifier._model_storage.read_from(classifier._resource) as directory:
        return directory / name


@pytest.mark.parametrize(
    "name, damage",
    [
        ("coef.npy", lambda path: path.write_bytes(b"not an array")),
        ("idf.npy", lambda path: path.unlink()),
        ("classes.json", lambda path: path.write_text("[\"greet\", ")),
        ("vocabulary.json", lambda path: path.write_text("{\"word\": {}}")),
        ("vocabulary.json", lambda path: path.write_text("{\"word\": {\"hi\": \"0\"}, \"char\": {}}")),
        ("intercept.npy", lambda path: np.save(path, np.zeros(7), allow_pickle=False)),
    ],
)
def test_a_damaged_model_does_not_load(trained, name, damage) -> None:
    damage(_saved_file(trained, name))
    with pytest.raises(ModelLoadError, match=name.replace(".", r"\.")):
        LinearIntentClassifier.load({}, trained._model_storage, trained._resource, None)


def test_a_model_without_the_classifier_does_not_load(tmp_path) -> None:
    with pytest.raises(ModelLoadError, match="linear"):
        LinearIntentClassifier.load({}, LocalModelStorage(tmp_path), Resource("linear"), None)


def test_a_model_trained_on_no_examples_loads_untrained(tmp_path) -> None:
    classifier = LinearIntentClassifier.create({}, LocalModelStorage(tmp_path), Resource("linear"), None)
    classifier.train(TrainingData([]))
    loaded = LinearIntentClassifier.load({}, classifier._model_storage, classifier._resource, None)
    message = _message("hello")
    loaded.process([message])
    assert loaded.model is None and message.get(INTENT) is None
