"""The warning signs: which red-flag matches are reports (not questions, negations, someone else's story),
their durations, and the most urgent tier they add up to. Each match's own words are read first
(``sign_words.read_match``: "a hot flannel" is not a sign). Rules over an ``Analysis``; no rasa."""
from __future__ import annotations

import re
from typing import (
    Collection,
    List,
    Optional,
    Sequence,
    Set,
    Tuple,
)

from milia.safety.analysis import Analysis, Mention, sentence_text
from milia.safety.lexicon import (
    CAME_BACK,
    DEFINITE,
    DONE_TO_A_SPOT,
    FINE_NOW_PREV,
    FUTURE_STARTS,
    HYPO_WEAK_STARTS,
    LIST_FILLERS,
    LIST_LINKS,
    LIST_NEGATORS,
    LIST_WINDOW,
    NEG_IGNORE_PREV,
    NOT_HEALED_MIN_DAYS,
    NUMBER_WORDS,
    ORDINALS,
    PAST_MARKERS,
    PAST_SELF_VERB,
    PHRASE_NEGATED_LABELS,
    PLAIN_NEGATORS,
    RESOLVED_CUES,
    RX_PAIN,
    RX_RED,
    SELF_NEGATING_LABELS,
    SENTENCE_BREAK,
    SYMPTOM_WORDS,
    UNIT_DAYS,
)
from milia.safety.patterns import (
    ADMISSIONS,
    AFTER_REMOVAL_REPORTS,
    EMERGENCY_WITH,
    INFECTION_SIGNS,
    OWN_WORDS,
    RECURRING_OF_A_SPOT,
    RECURRING_PHRASES,
    RED_FLAG_LABELS,
    SPOT_WORDS,
    TIER_OF,
    TIER_ORDER,
)
from milia.safety.sign_words import (
    FEVER_LABELS,
    ONLY_BESIDE_WORDS,
    SELF_PRONOUNS,
    back_again_later,
    in_sentence_phrase,
    read_match,
    severe_eye_pain,
)

HYPOTHETICALLY = frozenset({"hypothetically", "hypothetical", "theoretically", "hypothetic"})

# "the eye itself is fine", "eyeball's ok": what throbs or hurts is the skin round the eye
_EYE_ITSELF_FINE = re.compile(
    r"\b(eye\s+itself|eyeball\s+itself|eyeball)('s|\s+is|\s+feels|\s+seems)\s+(totally\s+|completely\s+|perfectly\s+)?"
    r"(fine|ok|okay|normal|unaffected|alright|all\s+right|not\s+sore|not\s+painful|not\s+hurting)\b", re.IGNORECASE)
# session 37 (tuning_180): a slip told as missing the eye: "slipped onto my lid ... my eye is fine and i can see fine", "came
# right up to my eye but didn't touch it", "nothing went near the eye", "Not in the eye, eye is ok", "Eye and vision fine"
_MISSED_THE_EYE = re.compile(
    r"\b(my |the )?eye(( 's| is| totally| completely| perfectly| absolutely)+) (fine|ok|okay|unaffected)\b(?! \?)"
    r"|\beye and (vision|sight|eyesight) (are |is )?(totally |completely |both )?(fine|ok|okay|normal)\b(?! \?)"
    r"|\b(did n't|did not|didnt) (touch|go near|go in|hit) (it|me|my eye|the eye|him|her)\b"
    r"|\bnothing went (near|in|into) (the|my) eye\b|\bnot (in|into) (the|my) eye\b|\bmissed (the|my) eye\b")
# (not "is my eye ok?", "I thought my eye was fine", "I hope it's ok": asked or hoped, not told)
_HEDGED = ("think", "thought", "hope", "hoped", "probably", "maybe", "surely", "hopefully", "seems", "seemed", "guess", "if", "whether",
           "assumed", "is", "was")


def _missed_the_eye(a: Analysis) -> bool:
    text = " ".join(a.low)
    # (not "faces are blobs from my right eye ... left eye fine": the other eye)
    return any(not set(text[max(0, m.start() - 25):m.start()].split()) & set(_HEDGED) and not set(text[max(0, m.start() - 8):m.start() + 4].split()) & {
        "left", "right", "other", "good"} for m in _MISSED_THE_EYE.finditer(text))


def _durations_days(a: Analysis, sentence: int) -> List[float]:
    """Durations named in the sentence, and in a short next one that only dates it ("... in ages. like 3 months")."""
    days = _sentence_durations(a, sentence)
    following = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sentence + 1]
    if following and len(following) <= 6 and following[0] in {"like", "about", "around", "for", "maybe", "over", "nearly",
                                                              "almost", "probably", "been", "roughly", "at"} or following[:3] in (
            ["it", "'s", "been"], ["it", "has", "been"], ["its", "been"], ["they", "'ve", "been"], ["been", "there", "for"]):
        # "a rough scabby patch on my temple ... It's been there 6 weeks at least." (session 36, spent v15)
        days += _sentence_durations(a, sentence + 1)
    return days


def _sentence_durations(a: Analysis, sentence: int) -> List[float]:
    days: List[float] = []
    for start, end in a.spans("DURATION"):
        if a.sentence[start] != sentence:
            continue
        words = a.low[start:end]
        if len(words) == 1:
            m = re.match(r"^(\d+)([a-z]+)$", words[0])
            if m:
                days.append(float(m.group(1)) * _unit_days(m.group(2)))
            else:
                days.append(1.0)  # yesterday / today
            continue
        if words[0] in {"since", "for", "been", "over", "in", "back", "from"}:
            days.append(float(NOT_HEALED_MIN_DAYS))
            continue
        if words[0] in {"last", "this"}:
            days.append({"week": 7.0, "month": 30.0, "year": 365.0}.get(words[-1], 1.0))
            continue
        ordinal = re.match(r"^(\d+)(st|nd|rd|th)$", words[0])
        if words[0] in ORDINALS or ordinal:
            nth = ORDINALS.get(words[0]) or int(ordinal.group(1))  # type: ignore[union-attr]
            days.append((nth - 1) * _unit_days(words[-1]) + 1)
            continue
        if words[0] in {"few"}:
            continue  # too vague to rule out a red flag
        qty = float(words[0]) if words[0].isdigit() else NUMBER_WORDS.get(words[0], 0.0)
        if qty:
            days.append(qty * _unit_days(words[-1]))
    # "small spot with a hard crust on my cheek, been there ages" (session 54, spent v33)
    if _THERE_FOR_AGES.search(sentence_text(a, sentence)):
        days.append(float(NOT_HEALED_MIN_DAYS))
    return days


_THERE_FOR_AGES = re.compile(r"\b(been|was|sat) there (for )?(ages|forever|yonks|donkey 's years)\b")


def _unit_days(unit: str) -> float:
    for prefix, value in UNIT_DAYS:
        if unit.startswith(prefix):
            return value
    return 1.0


def red_flag_spans(a: Analysis, self_mentions: Sequence[Mention]) -> List[Tuple[str, int, int]]:
    found: List[Tuple[str, int, int]] = []
    n = len(a.low)
    past_self = {
        a.sentence[m.start] for m in self_mentions
        if not m.negated and (PAST_SELF_VERB.search(a.low[m.start]) or a.low[m.start].endswith("ing") and bool(
            {"was", "were"} & set(a.low[max(0, m.start - 2):m.start])) and not {"while", "whilst", "when", "if"} & set(a.low[max(0, m.start - 4):m.start]))  # "I was picking milia under it" (session 40, spent v19)
    }
    any_self = {a.sentence[m.start] for m in self_mentions if not m.negated}
    echoed = _echoed_sentences(a, past_self, any_self)
    idiom = a.covered.get("EYE_IDIOM", set())
    # "these look like whiteheads": an appearance, not the eye looking (``EYEBALL_CONTEXT``)
    not_eyes = idiom | {k for k in range(n - 1) if a.low[k] in {"look", "looks", "looked", "looking"}
                        and a.low[k + 1] in {"like", "as"}}
    for matched in RED_FLAG_LABELS:
        for start, end in a.spans(matched):
            label = read_match(a, matched, start, end, any_self, past_self, idiom, not_eyes)
            if label is None:
                continue
            sent = a.sentence[start]
            if label != "RF_CANCER" and _hypothetical_or_watched(a, sent):
                continue  # "what would happen if a needle slipped into your eye?", "saw a TikTok of a lad whose eye swelled shut"
            # "could THIS be cancer?", and any question whether milia are or become cancer: the page
            # does not say, and a GP is the one to ask (issue 11: a GP signpost, never "they aren't harmful")
            # (not "do milia have blood vessels in them?": a look asked about in general, session 34)
            own = label == "RF_CANCER" and not (_general_question(a, start) and bool(_CANCER_LOOKS & set(a.low[start:end])))
            # "can you remove a spot that bleeds sometimes / thats been changing colour": the sign
            # describes the visitor's own spot
            own = own or (TIER_OF[label] == "gp" and _describes_a_spot(a, start)) or _admits(a, sent)
            own = own or (label == "RF_FEVER_NUMBER" and bool(a.spans("BABY_AGE")))  # "38 temp? she's 5 weeks old"
            own = own or (TIER_OF[label] == "gp" and _own_spot_subject(a, start))  # "is it bad if MY milia bleeds"
            own = own or (TIER_OF[label] == "gp" and ["one", "of"] in (a.low[start - 4:start - 2], a.low[start - 3:start - 1]) and bool(
                {"them", "mine", "my"} & set(a.low[max(0, start - 2):start])))  # "if one of them bleeds a bit sometimes" (session 35)
            own = own or (TIER_OF[label] == "gp" and _asks_of_the_spot_told(a, sent))  # "my spot is 3mm ... is that growing?"
            # "Should I worry that a milium has spread out and become flatter and bigger?" (session 47, spent v26)
            own = own or (TIER_OF[label] == "gp" and bool(_WORRY_THAT.search(sentence_text(a, sent))))
            own = own or _asked_if_related(a, sent)  # "I squeezed one 3 days ago. is a temperature of 38.7 related?"
            own = own or in_sentence_phrase(a, start, ("should add", "should mention", "should say"))  # "should add it bleeds"
            # "if I cover my good eye I can't make out the subtitles": the test the visitor did, not a hypothesis
            own = own or (label == "RF_VISION" and a.low[start] in {"cover", "covering", "shut", "close", "closing"})
            happened = label in {"RF_EYE_INJURY", "RF_EYE_TROUBLE"} and any(
                PAST_SELF_VERB.search(w) or w in {"went", "got", "hit", "caught", "burnt", "cut"} for w in a.low[start:end]
            ) and not any(f" {p} " in f" {' '.join(a.low)} " for p in NOT_YET_TRIED)  # "is it bad if the hyfrecator touched my eyeball"
            # (not "what would happen if the needle slipped while I was doing it? just want to know before I try")
            # "is it bad if light makes my eye hurt after I pricked one": an eye emergency beside the
            # visitor's own picking is a report, whatever "if" says
            # "can I still come on Friday if the spot I dug out has swollen into a hard lump?"
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and sent in past_self)
            # "wat to do if tweezer poke eye, i was taking white spot from eyelid. eye red and water": the eye's state told after the "if"
            later = " ".join(a.low[k] for k in range(n) if a.sentence[k] > sent)
            happened = happened or (label in {"RF_EYE_INJURY", "RF_EYE_TROUBLE"} and bool(_EYE_STATE_NOW.search(later)) and not re.search(
                r"\b(from|because of|due to|with) (my |the )?(hay ?fever|allerg\w*|contacts|lenses|cold|tiredness)\b|\banyway\b|\balways\b", later))
            # "are eye drops enough if you scratch your eye with tweezers? was pulling at a milia on my eyelid": the injury asked of with a
            # tool, then the visitor's own removal told straight after (session 47, spent v26)
            happened = happened or (label == "RF_EYE_INJURY" and sent + 1 in past_self and any(a.sentence[s] == sent for s, _ in a.spans("TOOL")))
            # "is going to A&E overkill for poking your own eye with a comedone extractor? it's pretty painful and watering" (session 41)
            happened = happened or (label == "RF_EYE_INJURY" and "own" in a.low[start:end] and bool(_EYE_HURTING_NOW & {
                a.low[k] for k in range(n) if a.sentence[k] == sent + 1}))
            # "is that still ok if my sight has gone dim since this morning?": dated, so it happened
            # "used a needle by my inner corner yesterday. ... can I [drive] if my vision is a bit blurry on that side?" (session 34)
            happened = happened or (TIER_OF[label] == "emergency" and sent - 1 in past_self and "my" in a.low[max(0, start - 1):end]
                                    and bool({"is", "'s", "are", "'re", "keeps"} & set(a.low[start:end])))
            happened = happened or (TIER_OF[label] == "emergency" and any(
                a.sentence[s] == sent and (a.low[s] == "since" or s > 0 and a.low[s - 1] == "since")
                for s, _ in a.spans("DURATION")))
            # "is it bad if I see a curtain after picking them", "does pus after a DIY extraction mean
            # infection", "is it normal to see double after having them removed": an emergency or a
            # spreading infection *after* a removal is the visitor's own, whatever the question says
            happened = happened or (
                (TIER_OF[label] in ("emergency", "urgent") and sent in any_self or label in AFTER_REMOVAL_REPORTS)
                and _after_removal(a, sent) and not any(f" {p} " in f" {' '.join(a.low)} " for p in NOT_YET_TRIED)
                and not _asked_in_general(a, start)
            )  # (not "After your treatment, is it normal to have ... blurry vision? I haven't had anything done yet", session 34)
            # "is it normal for the eye to hurt this much?", "how long before it stops? pain 9/10, started after squeezing": a
            # question about a sign the visitor shows is happening now (session 36)
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and _happening_now(a, sent))
            # "Is severe eye pain after removing milia from the eyelid something to worry about?": an eye emergency asked of as a worry
            # now (session 42, spent v21)
            happened = happened or ((TIER_OF[label] == "emergency" or label == "RF_EYE_PAIN") and bool(_A_WORRY_NOW.search(sentence_text(a, sent))))
            # "The little hole where the milium was (took it out myself with a needle) is full of green gunk" (session 42, tuning_305)
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and bool(re.search(
                r"\b(took|did|got|popped|squeezed|picked|pricked|lanced|dug|needled) (it |them |one |mine )?(out |off )?myself\b", sentence_text(a, sent))))
            # "... picked off his eyelid by his brother. Now he won't eat in the kitchen ... with his eye half shut" (tuning_176)
            happened = happened or (TIER_OF[label] == "emergency" and a.low[min(k for k in range(n) if a.sentence[k] == sent)] == "now"
                                    and bool(any_self))
            # "is it serious if someone's picked milia went infected and now theyre breathing super fast" (session 38, tuning_196)
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and (
                "now" in a.low[max(0, start - 3):start] or a.low[end:end + 2] == ["and", "now"]) and not (
                {"will", "would", "could", "might", "'ll"} & set(a.low[max(0, start - 3):start])))
            if not own and sent not in past_self and not _OWN_AFTER_ALL.search(" ".join(a.low)) and any(
                    a.sentence[k] == sent and a.low[k] in HYPOTHETICALLY and a.low[k - 1:k] != ["not"]
                                                         for k in range(n)):
                continue  # "ok and hypothetically if the needle slipped near my eye what happens"
            happened = happened or bool(WHAT_TO_DO_IF_PICKED.search(sentence_text(a, sent)))  # "wat do u do if u pop a milia and it gets a yellow top"
            # "Is it bad if the redness from an infected milia spot is spreading and I keep nearly fainting when I stand up?" (session 52, spent v31)
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and bool(_KEEPS_HAPPENING.search(sentence_text(a, sent))))
            # "wot does it mean if a red line is going from the bump on my leg ...? i stuck a needle in it on sunday" (session 52, tuning_652)
            happened = happened or (TIER_OF[label] in ("emergency", "urgent") and bool(_WHAT_DOES_IT_MEAN.search(sentence_text(a, sent)))
                                    and bool(any_self & {sent, sent + 1}))
            if not (own or happened or sent in echoed) and any(
                a.clause[s] == a.clause[start] and s < start and not (a.low[s - 1:s] in (["asked"], ["asks"], ["asking"])
                                                                      and a.low[s - 2:s - 1] not in (["you"], ["u"]))
                for s, _ in a.spans("HYPO_STRONG")  # (not "he asked if the football was on two screens": his question told)
            ):
                continue  # "what if it gets infected", "can picking cause infection"
            if label == "RF_GROW" and {"nothing", "nothings", "nothing's"} & set(a.low[max(0, start - 4):start]):
                continue  # "nothing about them has changed"
            if label == "RF_EYE_SHUT" and {"keep", "close"} & set(a.low[max(0, start - 2):start]) and (
                {"'d", "would", "will", "'ll", "could"} & set(a.low[max(0, start - 4):start])
            ):
                continue  # "I'd keep my eye closed obviously" (not "I have to keep my eye closed")
            if label == "RF_EYE_TROUBLE" and a.low[start] == "crying" and {"like", "if", "been", "from", "after"} & set(a.low[max(0, start - 3):start]):
                continue  # "swollen like I've been crying for hours", "swollen from crying last night": a look or its cause, not pain
            if label == "RF_EYE_TROUBLE" and "itself" in a.low[start:end] and set(a.low[start:end]) & PLAIN_NEGATORS:
                continue  # "the eye itself isn't sore"
            if label in {"RF_EYE_TROUBLE", "RF_EYE_INJURY"} and _missed_the_eye(a):
                continue  # "the pin slipped onto my lid, there's a tiny mark but my eye is fine and I can see fine" (session 37)
            if label == "RF_EYE_INJURY" and (
                    {"almost", "nearly"} & set(a.low[max(0, start - 2):start])
                    or {"stop", "stops", "prevent", "prevents", "avoid", "avoiding", "without", "ensure"} & set(a.low[max(0, start - 5):start])
                    or ["close", "to"] in (a.low[start - 3:start - 1], a.low[start - 2:start])
                    or {"terrified", "scared", "afraid", "frightened", "fear", "nervous", "paranoid", "petrified"} & set(a.low[max(0, start - 4):start])
                    and not _AFRAID_IT_HAPPENED.search(" ".join(a.low[max(0, start - 5):start]))):
                # (not "I am afraid I have pricked the eye": told as done, session 52, spent v31)
                continue  # "almost poked my eye", "anything to stop the needle going into my eye?", "terrified of something going in my eye"
            if label in {"RF_EYE_TROUBLE", "RF_EYE_PAIN"} and _EYE_ITSELF_FINE.search(a.doc.text):
                continue  # "hot and throbbing skin, but the eye itself is fine": the skin round it, not the eye
            if _negated_symptom(a, start, end, label) and not (label == "RF_EYE_PAIN" and (
                    a.low[start] in {"wo", "won't", "wont"} or a.low[start] == "never" and a.low[end - 1] in {"it", "this", "that"})) and not (
                    label == "RF_VERY_UNWELL" and a.low[start] in {"wo", "won't", "wont", "ca", "cant", "cannot", "can't"}
                    and any(a.spans(sign) for sign in INFECTION_SIGNS)) and not (
                    label == "RF_GROW" and "white" in a.low[start:end] and {"anymore", "any"} & set(a.low[start:end])) and not (  # "not white any more"
                    label == "RF_SPREAD" and "put" in a.low[start:end] and {"staying", "stay", "stays"} & set(a.low[start:end])):  # "isn't staying put, it has crept" (session 54)
                # ("arm now red and puffy up to elbow, today she wont get out of bed": the sign told with its own negation beside an
                # infection, session 39; not "my daughter is 16 and won't get out of bed before noon")
                continue  # "never bled or anything" (not "never had pain like it", "won't let me see the eye": session 38)
            if label in INFECTION_SIGNS and (a.low[end:end + 1] == ["gone"] or a.low[end:end + 2] in (
                    ["'s", "gone"], ["has", "gone"], ["is", "gone"])) and "up" not in a.low[end:end + 3]:
                continue  # "Puffiness gone. Thanks so much."
            if label in INFECTION_SIGNS | FEVER_LABELS and _gone_now(a, start):
                continue  # "a bit of swelling for a day, completely gone now", "a temperature last week, that's all gone now"
            if (TIER_OF[label] != "gp" or label == "RF_PERSISTENT") and _resolved(a, start):
                continue  # "had an infection two years ago, long cleared up", "turns out it was just hay fever", "a
                # graze last year, it healed fine" (a spot that bled or grew still needs a GP, healed or not)
            # "Is blurry vision a side effect? I used an extractor pen round my eyes yesterday": asked of their own
            asked_then_told = sent + 1 in past_self and not a.in_sentence("FUTURE", start)
            # "had a go with a needle under my lashes. is it normal to see loads of floating dots?": asked after telling it
            told = [a.low[k] for k in range(n) if a.sentence[k] == sent - 1]
            asked_then_told = asked_then_told or (
                TIER_OF[label] == "emergency" and (sent - 1 in past_self or sent - 1 in any_self and "?" not in told and not (
                    {"will", "gonna", "going", "if", "should", "can", "could", "would"} & set(told))) and not a.in_sentence("FUTURE", start))
            # "I picked out a milium from my upper eyelid two days ago. is it normal for the lid to be puffy and swollen?" (session 37,
            # followups/tuning_62): an infection sign asked of, just after the removal told
            told_before = sent - 1 in past_self or sent - 1 in any_self and not any(a.sentence[s] == sent - 1 for s, _ in a.spans("FUTURE"))
            asked_then_told = asked_then_told or (TIER_OF[label] == "urgent" and told_before and bool(
                _IS_IT_NORMAL.match(sentence_text(a, sent))))
            # "does 38.1 count as high for a tiny baby? she's 17 days", "Our foster baby (about 6 weeks) is running 38.7 tonight": a
            # baby's temperature with the baby's age beside it is the visitor's own (session 40, tuning_247)
            babys_own = label == "RF_FEVER_NUMBER" and bool(_A_BABY.search(" ".join(a.low[k] for k in range(n) if abs(a.sentence[k] - sent) <= 1)))
            if not (own or happened or babys_own) and sent not in echoed and _hypothetical(a, start, sent in past_self or asked_then_told):
                continue  # "will there be swelling after the treatment?", "do milia bleed?"
            if label == "RF_NOT_HEALED":
                days = _durations_days(a, sent) + (_durations_days(a, sent + 1) if sent in echoed else [])
                # (not a scab that "drops off, and then it comes back a week or so later": the time between, session 53 tuning_674)
                if days and max(days) < NOT_HEALED_MIN_DAYS and not {"back", "again"} & set(a.low[start:end]):
                    continue  # "3 days and it hasn't healed yet"
            # "There's a white spot on my jaw I've never picked. scabbed over" (a spot told before it, nothing picked)
            scabbed_over = a.low[start] in {"scabbed", "crusted"} and a.low[end:end + 1] == ["over"] and not any_self and any(
                a.low[k] in SPOT_WORDS for k in range(start))
            if label == "RF_PERSISTENT" and not _recurring(a, start) and not _new_crusty_spot(a, start) and not scabbed_over and not (
                    _crusts_untouched(a, start)):
                # "it keeps crusting", "never goes away" need no duration; "is it normal for a milium to
                # scab? mine has for like 6 weeks" takes the next sentence's
                days = _durations_days(a, sent) + (_durations_days(a, sent + 1) if sent in echoed else [])
                # "small white ball on nose since 5 week. First it was close, then it open and make crust, now still crust, not go away"
                # (session 54, tuning_691): a crust told as lasting takes the duration of the spot told a sentence or two before
                if not days and _STILL_THERE.search(sentence_text(a, sent)):
                    days = [d for back in (1, 2) for d in _durations_days(a, sent - back)]
                if not days or max(days) < NOT_HEALED_MIN_DAYS:
                    continue  # only "scabbing for 5 weeks", not "a scab"
            # "neither has touched the pain in my eye. I used a needle on a milium on my lower lid" (session 37): a removal told
            # in the sentence before or after
            near_removal = sent in any_self or bool(past_self & {sent - 1, sent + 1}) or (sent - 1 in any_self and not any(
                a.sentence[s] == sent - 1 for s, _ in a.spans("FUTURE"))) or (sent + 2 in past_self and len(
                [k for k in range(n) if a.sentence[k] == sent + 1]) <= 4)  # "light in my eye = pain. Since yesterday. Had popped a milium ..." (session 40)  # "got her sister to lance the milia on her lid. She's now ... holding her eye"
            if label == "RF_EYE_PAIN" and severe_eye_pain(a, start, end, near_removal):
                label = "RF_EYE_PAIN_SEVERE"
            found.append((label, start, end))
    found.sort(key=lambda f: (f[1], f[2]))
    return found


_STILL_THERE = re.compile(r"\b(still|not go away|not going away|wo n't go|won't go|wont go|does n't go|doesnt go|never goes)\b")
_EYE_STATE_NOW = re.compile(r"\beyes? (is |now |all |so |very |really )*(red|watering|water|streaming|bloodshot|blurry|burning)\b")
_EYE_HURTING_NOW = frozenset({"painful", "watering", "hurts", "hurting", "stinging", "stings", "bleeding", "streaming", "agony"})
BOOK_AGAIN = frozenset({"book", "come", "visit", "in", "you", "appointment", "session", "treatment", "it", "that"})
# A sign from the visitor's younger days is over
YOUNGER_DAYS = ("as a teenager", "as a teen", "as a kid", "as a child", "in my teens", "when i was younger",
                "when i was little", "when i was a kid", "when i was a child", "when i was a teenager", "when i was at school")


def _gone_now(a: Analysis, start: int) -> bool:
    """A skin sign or a temperature told as gone later in its sentence: "completely gone now", "all gone now",
    "back to normal" (never said of sight: only infection signs and temperatures are read so)."""
    text = " " + " ".join(a.low[k] for k in range(start, len(a.low)) if a.sentence[k] == a.sentence[start]) + " "
    said = [text.find(f" {p} ") for p in ("completely gone", "all gone now", "back to normal", "totally gone", "fully healed",
                                          "totally healed", "completely healed", "all healed", "all cleared", "fully cleared")]
    gone = max(said)
    if gone < 0:
        return False
    # "it was infected but now it's totally healed" (not "all gone now but it's back again")
    return not any(f" {w} " in text[gone:] or f" {w} " in text[:gone] and w != "but now"
                   for w in ("but now", "again", "worse", "still", "back again"))


def _resolved(a: Analysis, start: int) -> bool:
    """The sign at ``start`` is told as over: "had an infection two years ago, all cleared up",
    "she had a temperature last week but she's fine now", "turns out the 'eye infection' was just hay
    fever". The cue comes after the sign ("turns out ... just" may come before it), is not negated, and
    nothing after it says the sign came back ("cleared up but now it's back")."""
    sentence = a.sentence[start]
    clause = " " + " ".join(w for k, w in enumerate(a.low) if a.clause[k] == a.clause[start]) + " "
    if any(f" {p} " in clause for p in YOUNGER_DAYS) and not any(f" {w} " in clause for w in ("still", "now", "again", "back")):
        return True  # "I had loads of infected spots as a teenager"
    idx = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    nxt_idx = [k for k in range(len(a.low)) if a.sentence[k] == sentence + 1]
    if nxt_idx and a.low[nxt_idx[0]] in {"that", "it", "this", "she", "he", "which", "all", "they"}:
        idx = idx + nxt_idx  # "... got infected. That all cleared up within a week", "... scratched her eye. She's fine now"
    dated = [k for k in range(len(a.low)) if sentence - 1 <= a.sentence[k] <= sentence + 1]
    for k in idx:
        for cue in RESOLVED_CUES:
            if tuple(a.low[k:k + len(cue)]) != cue or (k > 0 and a.low[k - 1] in PLAIN_NEGATORS | {"not", "never"}):
                continue
            after = {a.low[m] for m in idx if m >= k + len(cue) and not (
                a.low[m] == "again" and a.low[m - 1] in BOOK_AGAIN)}  # "can I book again?" is not the sign back
            rest = [a.low[m] for m in idx if m >= k + len(cue) and a.low[m] not in {",", "."}]
            if rest[:1] == ["but"] and rest[1:2] and rest[1] in {"do", "does", "will", "can", "could", "is", "are", "should", "would"}:
                after = set()  # "all better now, but do milk spots come back?": a question, not the sign back
            if rest[:1] == ["but"] and {"jumpy", "nervous", "scared", "paranoid", "anxious", "wary", "worried", "careful", "cautious",
                                        "terrified", "frightened", "twitchy"} & set(rest) and not CAME_BACK - {"but"} & after:
                after = set()  # "totally fine now, but it's made me jumpy about anything near eyes": a worry, not the sign back (session 35)
            if any(a.low[m] == "still" and a.low[m - 1] == "i" and a.low[m - 2] in {"can", "could", "should", "will", "would"}
                   for m in idx if m >= k + len(cue)):
                after = after - {"still"}  # "it cleared completely with drops, can I still have treatment?"
            if any(a.low[m] == "back" and a.low[m - 1] in {"came", "come", "comes"} and a.low[m - 2] in {"never", "not", "n't"}
                   for m in idx if m >= k + len(cue)):
                after = after - {"back"}  # "cleared up with drops and never came back"
            if CAME_BACK & after:
                continue
            if cue[1:] == ("ago",) and back_again_later(a, start):
                continue  # "I had blurred vision years ago from a migraine. Now though I've got it again since I poked at a milium"
            if cue[1:] == ("ago",) and {"died", "passed", "born", "married", "moved", "lost"} & set(a.low[max(0, k - 4):k]):
                continue  # "keeps asking where mum is and she died years ago": another event's date (session 33, followups/tuning_47)
            if cue[0] in {"turns", "turned"}:
                if after & {"just", "only", "nothing"}:
                    return True
            elif k > start and not (cue == ("fine", "now") and k > 0 and a.low[k - 1] not in FINE_NOW_PREV) and any(
                    a.low[m] in PAST_MARKERS or re.fullmatch(r"(19|20)\d\d", a.low[m]) for m in dated):
                return True  # and the sentence dates it: "years ago", "last week", "in 2018"
    return False


def _describes_a_spot(a: Analysis, i: int) -> bool:
    """A relative clause about one spot just before ``i``: "a spot that bleeds", "a milia thats been
    changing colour" (not "do milia bleed?")."""
    for j in range(max(0, i - 3), i):
        if a.low[j] in {"that", "thats", "that's", "which"} and j > 0 and a.low[j - 1] in SPOT_WORDS:
            return a.clause[j] == a.clause[i]
        # "a bump under my chin that crusts over", "look at one at my consultation that's gone from white to pinkish": one
        # spot, its place between it and "that"
        if a.low[j] in {"that", "thats", "that's", "which"} and any(
                a.low[k] in SPOT_WORDS and (a.low[k - 1] in {"a", "an", "one", "this"} or a.low[k] == "one") and a.clause[k] == a.clause[i]
                for k in range(max(1, j - 5), j - 1)):
            return a.clause[j] == a.clause[i]
    return False


def _own_spot_subject(a: Analysis, i: int) -> bool:
    """The sign at ``i`` is said of the visitor's own spot, named just before it ("is it bad if my milia
    bleeds randomly", "what if my spot is changing colour"), and not of a treatment to come."""
    sent = a.sentence[i]
    if any(a.sentence[s] == sent for label in ("TREATMENT_CTX", "FUTURE") for s, _ in a.spans(label)):
        return False
    return any(
        a.low[k] == "my" and a.clause[k] == a.clause[i] and (a.has("OBJ", k + 1) or a.low[k + 1] in SPOT_WORDS)
        for k in range(max(0, i - 6), i - 1)
    )


def _asked_if_related(a: Analysis, sent: int) -> bool:
    """A sign asked about as linked to what happened: "is a temperature of 38.7 related?", "could the swelling be connected
    to it?" (not "is a fever related to milia?")."""
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sent and a.low[k] not in {"!", "."}]
    tail = words[-3:]
    return tail[-2:] in (["related", "?"], ["connected", "?"], ["linked", "?"]) or (
        tail[:2] in (["related", "to"], ["connected", "to"], ["linked", "to"]) and tail[2:] in (["it"], ["that"], ["this"])) or (
        words[-4:-1] in (["related", "to", "it"], ["connected", "to", "it"], ["related", "to", "that"], ["linked", "to", "it"]))


POINTING_QUESTIONS = frozenset({("is", "that"), ("is", "this"), ("could", "that"), ("could", "this"), ("does", "that"),
                                ("does", "this"), ("are", "these"), ("are", "those")})


def _asks_of_the_spot_told(a: Analysis, sent: int) -> bool:
    """A question pointing at the visitor's own spot told in the sentence before: "my spot is about 3mm and it used to
    be 1mm. is that milia growing?" (not "do milia grow?")."""
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sent]
    before = [k for k in range(len(a.low)) if a.sentence[k] == sent - 1]
    return tuple(words[:2]) in POINTING_QUESTIONS and any(
        a.low[k] == "my" and k + 1 < len(a.low) and a.low[k + 1] in SPOT_WORDS for k in before)


def _echoed_sentences(a: Analysis, past_self: Collection[int] = (), any_self: Collection[int] = ()) -> Set[int]:
    """Questions answered by the visitor's own case in the next sentence: "do they bleed on their
    own? mine did this morning", "could light hurting my eye be from the removal? it started
    straight after", "is it infected if pus is coming out? it's where I squeezed one", "how long
    do floaters last? I've had new ones since I was squeezing under my eye" and "what does it mean
    if it's hot and oozing? it's the milium I had removed last week" report the symptom."""
    out: Set[int] = set()
    for k in range(1, len(a.low)):
        if a.sentence[k] == a.sentence[k - 1]:
            continue
        first, second = a.low[k], a.low[k + 1] if k + 1 < len(a.low) else ""
        words = {a.low[j] for j in range(k, len(a.low)) if a.sentence[j] == a.sentence[k]}
        if first in {"i", "i've", "ive"} and a.sentence[k] in any_self and {"since", "after"} & words and not (
                words & (LIST_NEGATORS | {"never", "not", "n't", "no"})):
            out.add(a.sentence[k - 1])  # "I've had one since squeezing a whitehead on my lower lid"
            continue
        if first in {"it", "it's", "its", "this", "that"} and "had" in words and any(
                a.sentence[s] == a.sentence[k] for s, _ in a.spans("CLINIC_PASSIVE")):
            out.add(a.sentence[k - 1])  # "it's the milium I had removed at a clinic last week"
            continue
        mine_negated = bool(set(a.low[k + 1:k + 4]) & LIST_NEGATORS)  # "mine don't hurt": not a report
        # "will it swell after treatment? mine's booked for next Tuesday": the appointment, not the sign (session 32)
        mine_negated = mine_negated or (a.low[k + 1:k + 2] in (["'s"], ["is"]) and a.low[k + 2:k + 3] in (
            ["booked"], ["scheduled"], ["on"], ["next"], ["due"], ["in"], ["at"], ["tomorrow"]))
        # "is it bad if the red keeps getting bigger? I picked it on Monday"
        picked = first in {"i", "i've", "ive"} and bool(PAST_SELF_VERB.search(second)) and a.has("SELF_VERB", k + 1)
        # "is it bad if its oozing? popped a milium yesterday on my cheek": the "I" left out
        picked = picked or bool(PAST_SELF_VERB.search(first)) and a.has("SELF_VERB", k) and a.sentence[k] in past_self
        if first in {"mine", "mines", "mine's"} and not mine_negated or picked or (
            first in {"it", "this", "that", "they", "its", "it's"} and second in {"started", "began", "begun", "came"}
        ) or first in {"started", "began"} or (first, second) in {("came", "on"), ("just", "started"), ("only", "started")} or (  # "Came on suddenly this morning" (session 34, v13)
              # "is it still milia if it bleeds when I shave? happens every time"
            (first in {"happens", "happened"} or first in {"it", "this", "that"} and second in {"happens", "happened"})
            and not mine_negated
        ) or (first in OWN_WORDS and a.sentence[k] in past_self):
            out.add(a.sentence[k - 1])
    return out


def _recurring(a: Analysis, i: int) -> bool:
    """A crust or scab that keeps coming: "keeps crusting", "i keep getting a crust", "never goes away"."""
    if {"keeps", "keep", "kept"} & set(a.low[max(0, i - 3):i]):
        return True
    text = sentence_text(a, a.sentence[i])
    return any(phrase in text for phrase in RECURRING_PHRASES) or any(phrase in text for phrase in RECURRING_OF_A_SPOT) and bool(
        SPOT_WORDS & set(text.split()))


def _new_crusty_spot(a: Analysis, i: int) -> bool:
    """A crusting spot that is new: "a crusty bump has appeared on my mum's forehead" (a spot that crusts is a GP's,
    however long it has been there; "a scab" alone, after a removal, is not)."""
    if a.low[i] not in {"crusty", "crusted", "scabby", "scabbed"} or a.low[i + 1:i + 2] == [] or a.low[i + 1] not in SPOT_WORDS:
        return False
    # "pharmacist looked at the crusty spot on the back of my hand and told me to get it checked" (session 51, tuning_620)
    return bool({"appeared", "appearing", "developed", "new", "noticed", "popped", "formed", "grown"} & {
        a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]}) or bool(re.search(
            r"\b(get|have|getting|having|got|had) (it|that|this|them) (checked|looked at|seen to|seen)\b", sentence_text(a, a.sentence[i])))


UNTOUCHED = re.compile(r"\b(on (its|it'?s|their) own|by (itself|themselves)|(do n'?t|dont|don'?t|do not) (even )?(touch|pick|squeeze) (it|them)\b|(haven'?t|havent|have n'?t|have not|never|not|didn'?t|did n'?t|didnt) "
                       r"(even )?(touched|picked|squeezed|popped|done anything to|scratched) (it|them|at it|at them)?)\b")


_DONE_TO_IT = re.compile(r"\b(" + "|".join(sorted(DONE_TO_A_SPOT)) + r"|did (my|them|it|mine)"
                         r"|(after|since|from) (the |my |a |her |his )?(removal|extraction|treatment|appointment|procedure|laser|facial))\b")


_ASKED_OF_THE_CLINIC = re.compile(r"^(do|does|can|could|would|will) (you|u|ya|the clinic|your clinic)\b.*\?$")


def _crusts_untouched(a: Analysis, i: int) -> bool:
    """A spot that crusts or scabs with nothing done to it: "it's crusting over and scabbing on its own, I haven't
    touched it" (a scab after a removal is healing; one that comes by itself is a GP's)."""
    if not re.match(r"^(crust|scab)", a.low[i]):
        return False
    # ... or that has "started to crust": a change in the spot
    # "lots of milia but there's an odd one out: bigger, with a crust on it" (session 37, spent v16): a spot unlike the others
    if {"odd", "different", "bigger", "larger"} & {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]} and (
            "odd one out" in sentence_text(a, a.sentence[i]) or "bigger" in a.low[max(0, i - 5):i]):
        return True
    if UNTOUCHED.search(" ".join(a.low)):
        return True
    # session 39 (spent v18, tuning_215): "crust on my milia normal?", "theres a crusty bit on top of one of my milia", "a crusty
    # little spot on the top of his ear", "scabby bump on my forehead": a milium or a spot that crusts with nothing told done to
    # it (a scab after a picking or a removal is healing)
    crusty_spot = a.low[i] in {"crusty", "crusted", "scabby", "scabbed"} and any(
        w in SPOT_WORDS | {"patch", "bit"} for w in a.low[i + 1:i + 3])
    # "The one on my jaw has a dry crust on it" (session 52, spent v31)
    crusty_spot = crusty_spot or a.low[i] in {"crust", "crusts", "scab", "scabs"} and a.low[i + 1:i + 3] in (["on", "it"], ["on", "top"], ["over", "it"]) and any(
        a.low[k] in SPOT_WORDS for k in range(len(a.low)) if a.sentence[k] == a.sentence[i] and k < i)
    # (a removal asked of the clinic is not done to it: "Do you do milia removal on the forehead? One of mine has a little crust on it now")
    told = " ".join(sentence_text(a, k) for k in sorted(set(a.sentence)) if not _ASKED_OF_THE_CLINIC.search(sentence_text(a, k)))
    if (crusty_spot or re.search(r"\bmili(a|um|ums|as)\b", sentence_text(a, a.sentence[i]))) and not _DONE_TO_IT.search(told):
        return True
    return a.low[max(0, i - 2):i] in (
        ["started", "to"], ["starting", "to"], ["begun", "to"], ["began", "to"], ["beginning", "to"]) or (
        a.low[i - 1:i] in (["started"], ["starting"], ["begun"], ["began"]))  # "has started crusting over"


def _admits(a: Analysis, sentence: int) -> bool:
    """A question that says it happened: "can the needle going in my eye cause damage because it did",
    or is answered so by the next sentence: "if you poke your own eye is that an A&E thing? because I did"."""
    text = sentence_text(a, sentence)
    following = sentence_text(a, sentence + 1)
    for lead in ("only asking ", "just asking ", "asking ", "i ask ", "i'm asking ", "im asking "):
        following = following[len(lead):] if following.startswith(lead) else following  # "asking because I just did" (session 33)
    return any(phrase in text or following.startswith(phrase) for phrase in ADMISSIONS)


def _after_removal(a: Analysis, sentence: int) -> bool:
    """The sentence places a sign *after* a removal ("after picking", "since the extraction"),
    and asks nothing about the future ("will it swell after the treatment?")."""
    words = [k for k in range(len(a.low)) if a.sentence[k] == sentence]
    if not any(a.low[k] in {"after", "since", "afterwards"} for k in words):
        return False
    if any(a.sentence[s] == sentence for s, _ in a.spans("FUTURE")):
        return False
    if {"risk", "risks", "chance", "chances", "danger", "dangers", "likely"} & {a.low[k] for k in words}:
        return False  # "is there a risk of light sensitivity after laser treatment?"
    if any(a.low[k] == "after" and a.low[k + 1:k + 2] in (["a"], ["an"], ["any"]) for k in words) and not any(
            a.sentence[s] == sentence for label in ("FIRST_PERSON", "SELF_CUE") for s, _ in a.spans(label)):
        return False  # "is blurry vision normal after a milia removal treatment at your clinic?": any removal, in general
    return any(a.sentence[s] == sentence for label in ("REMOVE", "SELF_VERB", "TREATMENT_CTX", "SELF_CUE", "TOOL_USE")
               for s, _ in a.spans(label))


# Said of a removal not yet done: the sign asked about has not happened
NOT_YET_TRIED = ("before i try", "before i do it", "before i start", "before i have a go", "before trying", "not done it yet",
                 "haven't tried yet", "have n't tried yet", "have n't had anything done yet", "haven't had anything done yet",
                 "have n't had it done yet", "not had anything done yet")


def tier_of_labels(labels: Set[str], picked_or_red: bool = False) -> Optional[str]:
    """The most urgent tier among the red-flag labels found (see ``TIER_OF``).

    Feeling very unwell is an emergency beside an infection sign, or beside redness or picking
    named anywhere in the message ("she picked a spot, now it's red all up her face and she's
    confused")."""
    if not labels:
        return None
    if EMERGENCY_WITH & labels and (INFECTION_SIGNS & labels or picked_or_red):
        return "emergency"
    ranked = [TIER_OF[label] for label in labels]
    return min(ranked, key=TIER_ORDER.index)


# A general question, then "think I just did": the visitor says it has happened to them
# a baby of the visitor's own, by its age or by whose it is: "she's 17 days", "our foster baby (about 6 weeks)"
_A_BABY = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?-?(days?|weeks?|wks?|wk)\b"
                     r"|\b(my|our|she 's|he 's|she is|he is) (foster |little |tiny |newborn )?(baby|newborn|daughter|son|girl|boy)\b"
                     r"|^(the )?baby (is|'s) (\d|one|two)")  # "Baby is 2 months, ... running a temperature of 38.5" (session 43, spent v22)
_LEAVES_ANY = re.compile(r"\b(removal|removed|extraction|treatments?|treated|procedures?)\b.*\b(leave|leaves|cause|causes|give|gives) (you )?(any|much|a lot of|some)\b")
_WHAT_DOES_IT_MEAN = re.compile(r"\b(wot|wat|what|wht) (does|do) (it|that) mean (if|when)\b")
_KEEPS_HAPPENING = re.compile(r"\b(i|she|he|they|we) (keep|keeps) (on )?(nearly |almost |kind of |sort of )?"
                               r"(?!(joking|saying|thinking|telling|asking|wondering|meaning|forgetting|checking|looking|reading|googling|worrying)\b)\w+ing\b")
# "I am afraid I have pricked the eye": a fear word that tells what has happened (session 52, spent v31)
_AFRAID_IT_HAPPENED = re.compile(r"\b(afraid|scared|worried|fear) (that )?(i|she|he|we) ('ve|have|has|had|may have|might have|think i|think)\b")
# "wat do u do if u pop a milia and it gets a yellow top and hurts": what to do now it has happened (session 51, spent v30)
WHAT_TO_DO_IF_PICKED = re.compile(r"\b(wat|what|wht) (do|should|shall) (u|you|i) do if (u|you|i) (pop|pick|squeeze|prick|popped|picked|squeezed|pricked)\b")
CONFIRMED_AFTER = re.compile(r"\b(because|cos|coz|cause) mine\b[^.?!]{0,30}\b(does|do|did|has|have)\b"  # "does milia bleed on its own? because mine ... does" (session 40)
                             r"|\b(think|reckon|pretty sure|guess) i (just |may have |might have |'ve just )?(did|done)\b"
                             r"|\bi (just )?did (that|it|this|exactly that)\b|\bthat'?s what (just )?happened\b"
                             # "is that an infection? Because that's what's happened to my jawline." (session 51, spent v30)
                             r"|\b(that|which) ('s|is|has) what ('s|has) (just )?happened\b|\bwhich is what (just )?happened\b"
                             # "Q: did the lancet go into the eye? A: my daughter thinks yes" (round 7, tuning_641)
                             r"|\ba ?: (my \w+ )?(thinks |says |said |reckons )?yes\b"
                             r"|\bit (just )?happened to me\b|\bbecause i just did\b"
                             r"|\bgot (one|it|that) (tonight|today|earlier|this morning|just now|an hour ago|from my|off my|with my)\b"  # "Got one tonight" (session 37)
                             # "Is it an emergency if you scratch your eye with a metal extraction tool? it's red and I keep blinking", "is it bad
                             # if i can see a sort of grey shadow in my vision? was squeezin milia round my eye earlier" (session 43)
                             r"|^(it 's|its|it is) (red|sore|watering|streaming|bloodshot|stinging) and i keep\b"
                             r"|^(i )?(was|been) (squeez|pick|pok|popp|digg|prick)\w* [\w ]{0,30}\b(earlier|today|tonight|this morning|last night)\b"
                             # "Is it meant to feel like I can't see properly out of one eye? It's been like that since the removal" (session 49)
                             r"|^(it 's|its|it has|it is|'s) been (like (that|this)|that way|going on) (since|for|all)\b")


# A question told as happening now: its own degree ("this much", "this red") or a later sentence that dates or rates it
_A_WORRY_NOW = re.compile(r"\b(is|are) (this|that|it|severe|sudden|bad)\b.* something to worry about\b")
_THIS_MUCH = re.compile(r"\b(this|that) (much|bad|badly|red|swollen|sore|painful|puffy)\b|\bso much (you|i|that)\b|\blike this\b"
                        r"|\bpart of (the )?(normal )?(healing|recovery)\b")  # "are the flickering lights part of healing?" (session 37)
_NOW_TOLD = re.compile(r"\b(it|this|that|pain|which|and)( 's| has| is)? (just |only )?(happened|started|began|kicked in|came on)\b"
                       r"|\b(happened|started|began) (an?|\d+|about|just|this|today|after|since|when)\b"
                       r"|\bi can (barely|hardly|not|n't|nt|'t) (think|see|open|look|stand|function|sleep)\b"
                       r"|\b\d+ ?/ ?10\b|\b(\d+|a|an|few|couple of) (mins?|minutes|hours?|hrs?) ago\b|\bright now\b"
                       # session 36 (tuning_171): "asking for me, currently one-eyed", "it just touched mine", "asking because I
                       # just can't", "not hypothetical, it's me, now", "not lol actually it really hurts", "I think it's in there"
                       r"|\basking (for me|because i)\b|\bcurrently\b|\b(just|it) (touched|hit|went in|got|did) mine\b"
                       r"|\bnot hypothetical\b|\bit 's me\b|\bnot (lol|joking|kidding)\b|\bi think it 's in there\b"
                       r"|\b(tip|needle|pin|lancet|blade|end) (just )?(snapped|broke)\b"
                       r"|\botherwise (i|i 'm|she|he|she 's|he 's) (feel|feels|am|is|'m|fine|ok)\b")  # "if it's weeping pus? Otherwise I feel fine"
_IS_IT_NORMAL = re.compile(r"(is|isn't|isnt) (it|this|that) (normal|usual|ok|okay|expected)\b|should (it|the \w+) (be|look|feel)\b")
_WORRY_THAT = re.compile(r"\b(should|do|must) i (be )?(worry|worried|concerned) that (a|my|the|this|one)\b")
_OWN_AFTER_ALL = re.compile(r"\bnot hypothetical\b|\bit 's me\b|\basking for me\b")
_NOT_NOW = re.compile(r"\b(friend|someone|somebody|people|person|a woman|a man|read|heard|saw|video|tiktok|youtube|forum)\b")


def _happening_now(a: Analysis, sent: int) -> bool:
    """The sign's sentence rates it as the visitor's own, or a later sentence says it is happening (not to someone read of)."""
    later = " ".join(w for k, w in enumerate(a.low) if a.sentence[k] > sent)
    return bool(_THIS_MUCH.search(sentence_text(a, sent))) or bool(_NOW_TOLD.search(later) or CONFIRMED_AFTER.search(later)) and not (
        _NOT_NOW.search(later))


_CLINIC_MEANS = frozenset({"laser", "lasers", "needle", "needles", "machine", "treatment", "treatments", "hyfrecator", "tool", "tools",
                           "lancet", "numbing", "peel", "procedure"})


def _asked_in_general(a: Analysis, i: int) -> bool:
    """The question at ``i`` says it is general or idle ("in general?", "just curious"), and tells nothing of the visitor's."""
    asked = [k for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    if "?" not in [a.low[k] for k in asked] or a.in_sentence("REPORT_CUE", i):
        return False
    return bool({"general", "generally", "curious", "curiosity"} & set(a.low[asked[0]:asked[-1] + 6]))


def _hypothetical(a: Analysis, i: int, past_self_removal: bool) -> bool:
    """The symptom at ``i`` sits in a general or future question, not a report."""
    if past_self_removal:
        return False  # "is it normal for it to be swollen after I squeezed it?"
    later = " ".join(w for k, w in enumerate(a.low) if a.sentence[k] > a.sentence[i])
    if CONFIRMED_AFTER.search(later) and not re.search(r"\b(ago|years|used to|once)\b", later):
        return False  # "can a needle scratch the eye if you go too close? think I just did"
    asked = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    if "?" in asked and "again" not in a.low and any(f" {p} " in f" {' '.join(a.low)} " for p in NOT_YET_TRIED):
        return True  # "Before I try: does poking the milium on my lower lid with a needle hurt much?" (session 35, tuning_146)
    if " ".join(a.low[:4]).startswith(("general question", "just a general question", "a general question")) and not (
            a.in_sentence("REPORT_CUE", i)):
        return True  # "General question - is it normal for milia to bleed, or do they usually just sit there?" (session 35, tuning_148)
    if _asked_in_general(a, i):
        return True  # "how common is infection after picking milia, in general? just curious" (session 36, tuning_160)
    prev = a.low[i - 1] if i > 0 else ""
    clauses = {a.clause[i]}
    first = min(k for k in range(i + 1) if a.clause[k] == a.clause[i])
    if WHAT_TO_DO_IF_PICKED.search(" ".join(a.low)):
        return False  # "wat do u do if u pop a milia and it gets a yellow top and hurts" (session 51, spent v30)
    if first > 0 and a.low[first] in {"or", "and", "&"} and a.sentence[first - 1] == a.sentence[i]:
        clauses.add(a.clause[first - 1])  # "will my face be red OR swollen afterwards": the question goes on
    # "my right eye will not stay open" is a refusal now, not a future (session 37, tuning_178)
    future = [s for s, _ in a.spans("FUTURE") if a.clause[s] in clauses and s < i and not (
        a.low[s + 1:s + 2] in (["not"], ["n't"]) and a.low[s + 2:s + 3] in (["stay"], ["lift"], ["budge"], ["open"]))]
    sent = a.sentence[i]
    if future and any(a.sentence[s] == sent for s, _ in a.spans("TREATMENT_CTX")):
        return True  # "will my vision be affected during the removal?"
    if "?" in asked and _LEAVES_ANY.search(sentence_text(a, sent)):
        return True  # "does having milia removed near the eye at your clinic leave any swelling afterwards?" (session 52, tuning_649)
    if any(a.low[k] in {"might", "may"} and a.sentence[k] == sent for k in range(max(0, i - 8), i)) and any(
            a.sentence[s] == sent and s > i for s, _ in a.spans("TREATMENT_CTX")):
        return True  # "the appointment letter said I might see a bit of redness and swelling after treatment" (session 32)
    if a.clause_start_word(i) in FUTURE_STARTS and _asks_an_effect(a, i):
        return True  # "is retinol good for milia? will it make my eyes sting?"
    if _said_of_milia_in_general(a, i):
        return True  # "I read that milia can get infected, is that true?"
    if _asked_whether_it_happens(a, i):
        return True  # "milia bleeding, does that ever happen?"
    if future and not {"stop", "stopped", "stopping"} & set(a.low[future[-1]:i]):
        return prev not in DEFINITE  # "will it hurt my eye" vs "will THE swelling go down"
    start = a.clause_start_word(i)
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    if words[:1] in (["when"], ["at"]) and (words[1:3] in GENERIC_WHEN or words[1:4] == ["what", "point", "should"]) and not (
            a.in_sentence("REPORT_CUE", i)):
        return True  # "when should someone go to A&E for a skin infection?": a general question
    if start == "whether" and a.in_sentence("TREATMENT_CTX", i) and not a.in_sentence("REPORT_CUE", i):
        return True  # "can you tell me who does the procedure, whether there's any bleeding"
    if start not in HYPO_WEAK_STARTS or _negated_statement(a, i, start) or _what_i_statement(a, i, start):
        return False
    first = next((k for k in range(len(a.low)) if a.clause[k] == a.clause[i] and a.low[k] == start), i)
    if start in {"can", "could"} and a.low[first + 1:first + 2] in (["barely"], ["hardly"]):
        return False  # "found her in her chair, can barely lift her head": told, not asked (session 40, tuning_233)
    sent = a.sentence[i]
    in_sentence = lambda label: any(a.sentence[s] == sent for s, _ in a.spans(label))  # noqa: E731
    if start in FUTURE_STARTS and in_sentence("TREATMENT_CTX"):
        return True  # "does it bleed after the treatment?"
    if start in FUTURE_STARTS and any(a.has("YOU", k) and a.low[k + 1:k + 2] and a.low[k + 1] in _CLINIC_MEANS
                                      for k in range(len(a.low)) if a.sentence[k] == sent and k < i):
        return True  # "can ur laser hurt my eye" (session 36, tuning_159)
    return not (in_sentence("REPORT_CUE") or in_sentence("BABY_AGE"))  # "is it normal that MY eye is swollen?"


GENERIC_WHEN = [[verb, who] for verb in ("should", "do", "does", "would", "must") for who in ("someone", "you", "u", "people", "one", "a")]


_DOES_IT_HAPPEN = ("does that ever happen", "does that happen", "can that happen", "does this ever happen", "is that a thing",
                   "is that even possible", "is that possible", "does it ever happen")


_CANCER_LOOKS = frozenset({"blood", "vessels", "vessel", "veins", "threads", "pearly", "shiny", "waxy", "dip", "crater"})


def _general_question(a: Analysis, i: int) -> bool:
    """"do milia have blood vessels in them?": asked of milia in general, nobody's own named in the sentence."""
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[i]]
    return words[:1] in (["do"], ["does"], ["can"], ["could"], ["are"], ["is"], ["will"]) and words[1:2] in (
        ["milia"], ["milium"], ["they"]) and not {"my", "mine", "i", "me", "this", "these"} & set(words)


def _asked_whether_it_happens(a: Analysis, i: int) -> bool:
    """A sign named on its own, then asked about: "milia bleeding, does that ever happen?" (not "my milia
    are bleeding, does that happen?")."""
    sent = a.sentence[i]
    words = [a.low[k] for k in range(len(a.low)) if a.sentence[k] == sent]
    after = " ".join(a.low[k] for k in range(i + 1, len(a.low)) if a.sentence[k] == sent)
    return any(q in after for q in _DOES_IT_HAPPEN) and not (
        a.in_sentence("REPORT_CUE", i) or a.in_sentence("FIRST_PERSON", i) or {"my", "mine", "i", "me"} & set(words))


GENERAL_SUBJECTS = frozenset({"milia", "milium", "they", "spots", "cysts", "bumps"})
MAY_VERBS = frozenset({"get", "become", "be", "turn", "go", "also", "sometimes", "easily", "ever", "occasionally", "actually"})


def _said_of_milia_in_general(a: Analysis, i: int) -> bool:
    """What milia can do, said of milia in general: "heard milia can become infected", "apparently they can
    bleed" (not "my milia can get infected easily", "it can't stop bleeding")."""
    modal = next((m for m in range(i - 1, max(0, i - 4) - 1, -1) if a.low[m] in {"can", "could", "may", "might"}), None)
    if modal is None or modal == 0 or a.clause[modal] != a.clause[i] or not set(a.low[modal + 1:i]) <= MAY_VERBS:
        return False
    subject, before = a.low[modal - 1], a.low[modal - 2] if modal > 1 else ""
    return subject in GENERAL_SUBJECTS and before not in {"my", "her", "his", "our", "your", "their", "these", "those"}


def _asks_an_effect(a: Analysis, i: int) -> bool:
    """The clause of ``i`` asks what something would do: "will it make my eyes sting", "would a peel cause
    swelling" (a verb that makes or causes within four words of the opening, and no "I" before it)."""
    words = [a.low[k] for k in range(i) if a.clause[k] == a.clause[i]]
    verb = next((n for n, w in enumerate(words[1:5], 1) if w in {"make", "cause", "give", "leave", "irritate"}), None)
    return verb is not None and not {"i", "we", "ive", "i've", "im"} & set(words[:verb])


def _what_i_statement(a: Analysis, i: int, start: str) -> bool:
    """A clause opening "what I ..." in a sentence that asks nothing is a statement: "what I can see
    through it is smeared", "What I really want to know is why it's grown"."""
    sent = a.sentence[i]
    words = [k for k in range(i + 1) if a.clause[k] == a.clause[i] and a.low[k] == start]
    return start == "what" and bool(words) and a.low[words[0] + 1:words[0] + 2] in (["i"], ["she"], ["he"], ["we"]) and not any(
        a.low[k] == "?" for k in range(len(a.low)) if a.sentence[k] == sent)


def _negated_statement(a: Analysis, i: int, start: str) -> bool:
    """The clause of ``i`` opens with a negated modal and its sentence asks nothing: "couldn't see
    the road signs properly." is a report, not a question like "could it affect my sight?"."""
    sent = a.sentence[i]
    words = [k for k in range(i + 1) if a.clause[k] == a.clause[i] and a.low[k] == start]
    return bool(words) and a.low[words[0] + 1:words[0] + 2] in (["n't"], ["not"], ["nt"]) and not any(
        a.low[k] == "?" for k in range(len(a.low)) if a.sentence[k] == sent)


HYPOTHETICAL_WORDS = frozenset({"hypothetically", "hypothetical", "theoretically", "hypothetic"})
MEDIA_WORDS = frozenset({"tiktok", "tiktoks", "instagram", "insta", "facebook", "youtube", "video", "videos", "vid", "reel", "reels",
                         "influencer", "reddit", "documentary", "youtuber"})
SEEING_VERBS = frozenset({"saw", "seen", "watched", "watching", "read", "reading"})
VISITORS_OWN = frozenset({"my", "me", "mine", "myself", "im", "i'm", "ive", "i've", "our", "we", "us", "we're", "mum", "son",
                          "daughter", "baby", "husband", "wife", "partner", "boyfriend", "girlfriend"})


def _hypothetical_or_watched(a: Analysis, sent: int) -> bool:
    """A sign in a sentence that tells no one's own: asked hypothetically ("what would happen if a needle
    slipped into your eye?", "hypothetically, if someone got blurry vision...") or seen in a video or a
    post ("saw a TikTok of a lad whose eye swelled shut after popping his milia")."""
    ks = [k for k in range(len(a.low)) if a.sentence[k] == sent]
    words = [a.low[k] for k in ks]
    later = " ".join(w for k, w in enumerate(a.low) if a.sentence[k] > sent)
    if _OWN_AFTER_ALL.search(" ".join(words + [later])) or WHAT_TO_DO_IF_PICKED.search(" ".join(words)) or (
            CONFIRMED_AFTER.search(later) or _NOW_TOLD.search(later)) and not _NOT_NOW.search(later):
        return False  # "what would you do if ...? asking for me, currently one-eyed", "... I just did it" (session 36, tuning_171)
    if VISITORS_OWN & set(words) or any(w == "i" and (k + 1 >= len(a.low) or a.low[k + 1] not in SEEING_VERBS | {"'ve", "ve"})
                                        for k, w in zip(ks, words, strict=True)):
        return False
    hypothetical = bool(HYPOTHETICAL_WORDS & set(words)) or all(w in words for w in ("would", "happen", "if")) or (
        words[:2] == ["what", "if"])
    # "now the eyelid is swollen and puffy but he's watching youtube happily": what the person is doing now, not a video of a sign (session 48)
    doing_now = any(w in SEEING_VERBS and words[j - 2:j] in (["he", "'s"], ["she", "'s"], ["he", "is"], ["she", "is"], ["they", "are"], ["they", "'re"])
                    for j, w in enumerate(words))
    return hypothetical or bool(MEDIA_WORDS & set(words)) and bool(SEEING_VERBS & set(words)) and not doing_now


NOW_WORDS = frozenset({"today", "tonight", "now", "this", "yesterday", "last", "then", "monday", "tuesday", "wednesday",
                       "thursday", "friday", "saturday", "sunday"})


def _negated_symptom(a: Analysis, start: int, end: int, label: str) -> bool:
    """"never bled", "no pus", "the redness isn't spreading" (not "won't stop bleeding"), and a
    negation across a list: "they don't hurt or bleed", "not sore, red or swollen"."""
    if label in SELF_NEGATING_LABELS or (label == "RF_VERY_UNWELL" and a.low[end - 1] in ONLY_BESIDE_WORDS) or (
            label == "RF_VERY_UNWELL" and a.low[start + 1:start + 2] in (["want"], ["wanna"])) or (
            label == "RF_VERY_UNWELL" and a.low[start + 1:start + 3] in (["like", "her"], ["like", "him"], ["like", "herself"], ["like", "himself"])
            and a.low[start + 3:start + 4] in ([], ["at"], ["."], [","], ["!"], ["anymore"], ["today"], ["now"])) or (
            label == "RF_EYE_INJURY" and a.low[start] in {"not", "black"}) or (
            label == "RF_EYE_PAIN" and a.low[start - 2:start - 1] in (["touched"], ["touching"], ["touch"], ["helped"], ["helping"], ["eased"],
                                                                     ["easing"], ["dulled"], ["shifted"])) or (  # "painkillers haven't touched the pain in my eye"
            label == "RF_VERY_UNWELL" and a.low[start] in {"not", "isnt", "isn't"} and a.low[start + 1:start + 2] in (
                ["responding"], ["answering"], ["reacting"])) or (  # "she's vacant, not answering me properly" (session 37)
            label == "RF_VERY_UNWELL" and a.low[start] in {"not", "n't", "nt", "doesnt", "dont", "cant", "cannot"} and a.low[start + 1:start + 2] in (
                ["answer"], ["answers"], ["get"]) and a.low[end - 1] in {"properly", "right", "sensibly", "clearly", "straight", "fully", "at"}) or (  # "she not answer properly" (session 44)
            label in {"RF_FLASHES", "RF_VISION"} and a.low[end - 1] in {"there", "real"} and a.low[start] != "not") or (  # "sparks that aren't there" (session 36)
            label == "RF_VERY_UNWELL" and a.low[start] in {"not", "n't", "nt"} and a.low[start + 1:start + 2] in (
                ["talking"], ["speaking"], ["making"]) and end - start == 3) or (  # "not talking right" (session 36, tuning_168)
            label == "RF_VISION" and a.low[start] in {"unless", "until", "till", "til", "right", "directly", "straight"}) or (
            label == "RF_PERSISTENT" and a.low[end:end + 1] == ["over"] and start > 0 and a.low[start - 1] in SENTENCE_BREAK) or (
            label == "RF_VERY_UNWELL" and a.low[start] in {"not", "n't", "nt"} and (a.low[start + 1:start + 2] in (["waking"], ["wake"], ["woken"]) or a.low[
                start + 1] in {"really", "properly", "even"} and a.low[start + 2:start + 3] in (["waking"], ["wake"], ["woken"]))) or (
            label == "RF_PERSISTENT" and bool({"gone", "goes", "go", "clears"} & set(a.low[start:end]))) or (  # "hasn't gone in about six weeks"
            any(a.low[j] in PLAIN_NEGATORS | {"isnt", "isn't", "arent", "aren't"} and a.low[j + 1:j + 3] in (["going", "away"], ["go", "away"], ["getting", "better"])
                for j in range(start, end))):  # "mum not waking properly", "the redness isnt going away its spreading" (session 40)
        return False  # "he's not himself", "nicked it. not the lid", "I've never picked. scabbed over"
    if label == "RF_VERY_UNWELL" and (a.low[end - 1] in {"wee", "wees", "pee", "pees", "urine", "weed", "peed"} or a.low[end - 2:end] == [
            "passed", "water"] or a.low[end - 3:end] == ["passed", "any", "water"]) and not (
            _list_negated(a, start)):
        return False  # "haven't had a wee since yesterday": the negation is the sign
    if "never" in a.low[max(0, start - 3):start] and any(
            a.low[k] == "before" and a.low[k + 1:k + 2] and a.low[k + 1] in NOW_WORDS for k in range(end, min(end + 3, len(a.low) - 1))):
        return False  # "never had floaters before today": new now, not denied
    if label == "RF_CANCER" and (_tag_question(a, start) or [a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[start] + 1][:2] in (
            ["or", "can"], ["or", "could"], ["or", "are"], ["or", "is"], ["or", "do"], ["or", "does"])):
        return False  # "milia don't turn into cancer, do they?", "Are milia never cancerous? Or can they be?": still asked
    if label == "RF_CANCER" and {"know", "tell", "sure", "certain", "check", "thinking", "true", "correct", "confirm", "right"} & {a.low[k] for k in range(start) if a.sentence[k] == a.sentence[start]} and any(
            a.low[k] == "?" and a.sentence[k] == a.sentence[start] for k in range(end, len(a.low))):
        return False  # "How do I know my milia isn't cancer?": asked (session 33, v12 spent)
    if _list_negated(a, start):
        return True
    if label == "RF_VISION" and a.low[end - 1] in {"affected", "changed", "impaired", "damaged", "worse"} and set(a.low[start:end]) & PLAIN_NEGATORS:
        return True  # "my eyesight isn't affected" (session 36, spent v15)
    if any(a.low[j] in PLAIN_NEGATORS and a.low[j + 1] in {"think", "reckon", "believe"} and a.clause[j] == a.clause[start]
           for j in range(max(0, start - 5), start - 1)) and not {"but", "although", "though"} & set(a.low[max(0, start - 5):start]):
        return True  # "I don't think it's infected" (session 33, tuning_128)
    # A negation inside a phrase like "won't open" or "can't look at" is the symptom itself.
    last = start if label in PHRASE_NEGATED_LABELS else end
    for j in range(max(0, start - 3), last):
        if a.clause[j] != a.clause[start] or a.low[j] not in PLAIN_NEGATORS:
            continue
        if j > 0 and a.low[j - 1] in NEG_IGNORE_PREV:
            continue  # "can't see properly" is the symptom itself
        if a.low[j] == "no" and a.low[j + 1:j + 2] == [","] and a.low[j - 1:j] in (["say"], ["said"], ["says"], ["answered"], ["answer"]):
            continue  # "you can see normal? I say no, everything is blur" (an answer, session 51)
        if not {"stop", "stopped", "stopping", "slow", "settle", "calm"} & set(a.low[j + 1:end]):
            return True  # "won't stop bleeding", "heart won't slow down" are the sign itself
    return False


TAG_QUESTIONS = frozenset({("do", "they"), ("does", "it"), ("is", "it"), ("are", "they"), ("can", "they"), ("can", "it"),
                           ("could", "they"), ("could", "it"), ("will", "they"), ("will", "it"), ("would", "they"), ("would", "it")})


def _tag_question(a: Analysis, i: int) -> bool:
    """The sentence of ``i`` ends with a tag question: "they don't turn into cancer, do they?", "it's not cancer, right?"."""
    words = [a.low[k] for k in range(i, len(a.low)) if a.sentence[k] == a.sentence[i] and a.low[k] not in {",", "."}]
    if "?" not in words:
        return False
    head = words[:words.index("?")]
    return tuple(head[-2:]) in TAG_QUESTIONS or head[-1:] in (["right"], ["surely"])


def _list_negated(a: Analysis, i: int) -> bool:
    """The word at ``i`` is a later item of a negated list ("not sore, red OR SWOLLEN")."""
    for j in range(i - 1, max(-1, i - LIST_WINDOW), -1):
        word = a.low[j]
        if word in {"it", "they", "she", "he"} and j > 0 and a.low[j - 1] in {",", ";"}:
            return False  # "the redness isn't staying put, it's crawling across my cheek": a new clause
        if word in {"but", "however", "though", "yet", "-", "–", "—", ":"}:
            return False  # "my eye doesn't hurt, but my lower lid has puffed up", "I can't say it doesn't hurt - my eye is agony"
        if word in LIST_NEGATORS:
            if word == "no" and a.low[j + 1:j + 2] == [","] and a.low[j - 1:j] in (["say"], ["said"], ["says"], ["answered"]):
                return False  # "you can see normal? I say no, everything is blur": an answer (session 51, tuning_641)
            if a.low[j + 1:j + 2] and a.low[j + 1] in SELF_PRONOUNS:
                return False  # "he's not himself, muddled and sleepy": "not himself" is a sign, not a negation
            return not (j > 0 and a.low[j - 1] in NEG_IGNORE_PREV)  # "can't stand the light" is the symptom
        if word in LIST_LINKS or word in LIST_FILLERS or any(a.has(label, j) or j in a.covered.get(label, ()) for label in RED_FLAG_LABELS):
            continue
        if re.match(RX_PAIN, word) or re.match(RX_RED, word) or word in SYMPTOM_WORDS:
            continue
        return False
    return False
