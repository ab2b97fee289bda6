"""Every FAQ answer sentence is traceable to the clinic's page (the rule: milia/knowledge/faithfulness.py)."""

from __future__ import annotations

import re
from typing import Dict

import pytest
import yaml

from milia.knowledge import faithfulness
from milia.knowledge.faithfulness import SERVICE_SENTENCES, Checker, content_words, split_sentences, words
from milia.knowledge.topics import KNOWLEDGE_DIR, ROOT, Topic, load_topics

TOPICS = load_topics()
BY_ID: Dict[str, Topic] = {t.id: t for t in TOPICS}
PAGE = " ".join((KNOWLEDGE_DIR / "source.txt").read_text(encoding="utf-8").split())
SAFETY = yaml.safe_load((KNOWLEDGE_DIR / "safety_texts.yml").read_text(encoding="utf-8"))["texts"]
CHECKER = Checker.from_files(KNOWLEDGE_DIR / "safety_texts.yml", ROOT / "clinic.yml")
# The page's own warning against removing milia yourself.
SELF_REMOVAL = (
    "Removing milia yourself is not recommended; to avoid infection, the treatment should be carried "
    "out in a safe clinical environment with sterile equipment."
)


def untraceable(answer: str, topic_id: str):
    return CHECKER.untraceable(answer, BY_ID[topic_id].sources)


@pytest.mark.parametrize("topic", TOPICS, ids=lambda t: t.id)
def test_every_answer_sentence_is_traceable_to_the_page(topic: Topic) -> None:
    failures = CHECKER.untraceable(topic.answer, topic.sources)
    assert not failures, "\n".join(f"{topic.id}: {f.sentence!r} (not in the quotes: {f.missing})" for f in failures)


@pytest.mark.parametrize("topic_id", ["causes", "what_are", "age", "own_bumps"])
def test_an_invented_cause_fails(topic_id: str) -> None:
    (failure,) = untraceable(BY_ID[topic_id].answer + " Milia are caused by eating chocolate.", topic_id)
    assert failure.sentence == "Milia are caused by eating chocolate."
    assert {"eating", "chocolate"} <= set(failure.missing)


def test_an_invented_sentence_fails_even_against_the_whole_page() -> None:
    assert CHECKER.untraceable("Milia are caused by eating chocolate.", [PAGE])


@pytest.mark.parametrize("topic_id", ["self_removal", "who_removes", "clinic_removal", "go_away"])
def test_the_old_the_clinic_can_remove_them_safely_fails(topic_id: str) -> None:
    # The page says a regulated and qualified dermatologist is the safe way, not "the clinic".
    assert untraceable("The clinic can remove them safely.", topic_id)


@pytest.mark.parametrize(
    "topic_id, old_sentence",
    [
        ("price", "One of our sk:n advisers can go through the costs with you when they call you back to "
                  "arrange your consultation."),
        ("price", "I'm sorry, I can't give prices in this chat."),
        ("prevention", "This can help stop milia coming back, but it won't remove the ones you already have."),
        ("vs_pimples", "No."),
        ("harmful", "No."),
        ("go_away", "If you'd rather not wait, they can be professionally removed through a simple, minor "
                    "procedure."),
        ("removal_procedure", "It's a simple, painless procedure."),
        ("what_are", "Milia are small white or yellowish raised cysts, bumps or spots on the skin (just one is "
                     "called a 'milium')."),
        ("needle_extraction", "The clinic uses a sterile needle, so it is safe to do at home."),
        ("price", "Treatment starts from £50."),
    ],
)
def test_old_and_invented_sentences_fail(topic_id: str, old_sentence: str) -> None:
    assert untraceable(old_sentence, topic_id), old_sentence


def test_safety_texts_pass_word_for_word_only() -> None:
    opening = SAFETY["own_bumps_opening"]["text"]
    assert not untraceable(opening, "own_bumps")
    assert not untraceable(opening.replace("'", "\u2019"), "own_bumps")  # quote style aside
    assert untraceable(opening.replace("I can't tell", "I can tell"), "own_bumps")
    assert untraceable("Only a health professional who sees your skin can.", "contagious")


def test_service_sentences_pass_and_variants_of_them_do_not() -> None:
    for sentence in SERVICE_SENTENCES:
        assert not untraceable(sentence, "contagious"), sentence
    assert untraceable("Would you like one of our advisers to call you back to discuss prices?", "contagious")
    assert untraceable("Our patient information doesn't list prices, but it is cheap.", "price")


def test_nearly_all_means_one_untraceable_word_per_full_ten() -> None:
    sources = ["alpha bravo charlie delta echo foxtrot golf hotel india juliet"]
    assert not CHECKER.untraceable("Alpha bravo charlie delta echo foxtrot golf hotel india kilo.", sources)
    assert CHECKER.untraceable("Alpha bravo charlie delta echo foxtrot golf hotel lima kilo.", sources)
    assert CHECKER.untraceable("Alpha bravo charlie kilo.", sources)  # under 10 words: none may be new


def test_normalisation() -> None:
    assert words("don\u2019t") == words("do not") == ["do", "not"]
    assert words("can't") == words("cannot") == ["can", "not"]
    assert words("won't") == ["will", "not"]
    assert content_words("It's very common") == content_words("it is very common") == ["common"]
    assert words("make-up") == words("makeup") == ["makeup"]
    assert words("babies cysts glands") == ["baby", "cyst", "gland"]
    assert words("flesh-coloured") == words("flesh-colored") == ["flesh", "coloured"]
    assert "not" in content_words("they aren't") and "no" in content_words("No.")
    assert "should" in content_words("should not") and "usually" in content_words("usually")


def test_sentences_are_split_after_full_stops_question_and_exclamation_marks() -> None:
    assert split_sentences("One. Two? Three! Four: still four.") == ["One.", "Two?", "Three!", "Four: still four."]


def test_placeholders_from_clinic_yml_count_as_traceable() -> None:
    assert not untraceable("Please call {clinic_name} on {clinic_phone}.", "contact")
    assert untraceable("Treatment costs {price}.", "price")


def test_the_project_s_own_files_are_the_default() -> None:
    assert faithfulness.untraceable_sentences("Milia are caused by eating chocolate.", BY_ID["causes"].sources)
    assert not faithfulness.untraceable_sentences(BY_ID["causes"].answer, BY_ID["causes"].sources)


# What was fixed in the answers, kept fixed.

def test_no_answer_opens_with_a_bare_yes_or_no() -> None:
    for topic in TOPICS:
        first = split_sentences(topic.answer)[0]
        assert not re.match(r"^(yes|no)\b", first, re.IGNORECASE), topic.id


@pytest.mark.parametrize("topic_id", ["needle_extraction", "removal_procedure", "hyfrecator", "clinic_removal"])
def test_how_it_is_done_answers_quote_the_page_s_warning_against_doing_it_yourself(topic_id: str) -> None:
    topic = BY_ID[topic_id]
    assert SELF_REMOVAL in topic.answer and SELF_REMOVAL in topic.sources
    assert SELF_REMOVAL in PAGE


def test_the_page_s_caveats_are_kept() -> None:
    assert "can often be permanent" in BY_ID["go_away"].answer
    assert "can often be permanent" in BY_ID["primary"].answer
    assert "cannot be squeezed" in BY_ID["vs_pimples"].answer
    assert "cannot be squeezed" in BY_ID["appearance"].answer
    assert "regulated and qualified dermatologist" in BY_ID["who_removes"].answer


def test_prevention_says_only_exfoliation_and_makeup_removal_will_not_remove_existing_milia() -> None:
    (sentence,) = [s for s in split_sentences(BY_ID["prevention"].answer) if "existing milia" in s]
    assert "retinol" not in sentence and "vitamin" not in sentence
    assert sentence.startswith("Regular exfoliation")


def test_the_price_answer_gives_no_price_and_offers_a_callback() -> None:
    answer = BY_ID["price"].answer
    assert "doesn't list prices" in answer and answer.endswith("Would you like a callback?")
    assert not re.search(r"[£$€]|\d", answer.replace("{clinic_phone}", ""))
    assert "cost" not in answer.lower()


def test_the_newborn_answer_offers_no_removal() -> None:
    topic = BY_ID["neonatal"]
    assert not {"clinic_removal", "who_removes", "callback", "removal_procedure", "needle_extraction",
                "hyfrecator", "topical_medication", "price", "self_removal", "go_away"} & set(topic.related)
    assert not re.search(r"remov|call you back|callback|treat", topic.answer, re.IGNORECASE)


def test_own_bumps_opens_with_the_safety_text_and_suggests_a_gp_or_a_callback() -> None:
    topic = BY_ID["own_bumps"]
    sentences = split_sentences(topic.answer)
    assert sentences[0] == SAFETY["own_bumps_opening"]["text"]
    assert "harmful" in topic.answer and SAFETY["own_bumps_gp"]["text"] in sentences
    assert sentences[-1] == "Would you like one of our advisers to call you back?"
    assert "callback" in topic.related and len(set(topic.examples)) >= 25


# Visitors asking whether THEIR bumps are milia (or something to worry about) get own_bumps, whose
# answer says the assistant cannot tell; no other topic is trained on such questions. A baby's
# milk spots are the neonatal topic's own question.
OWN_BUMPS_QUESTION = re.compile(
    r"\b(is (this|that|it) (milia|mila|a milium)|are (they|these|my \w+) (actually )?(milia|mila)\b"
    r"|(?<!why )(do i have|have i got) milia|could it be milia|are my bumps|which type of milia do i have)",
    re.IGNORECASE,
)


@pytest.mark.parametrize("topic", [t for t in TOPICS if t.id not in {"own_bumps", "neonatal"}], ids=lambda t: t.id)
def test_first_person_is_this_milia_questions_are_only_in_own_bumps(topic: Topic) -> None:
    assert not [e for e in topic.examples if OWN_BUMPS_QUESTION.search(e)]
