"""A follow-up message read with the visitor's message before it.

"I was getting a milium off my eyelid with a needle", then "it slipped and went in": the second
message alone names no eye and no removal, so the detector reads it as nothing. ``in_context``
reads it again joined to the message before, and keeps what that joint reading adds:

* a correction ("sorry I meant 10 days old not 10 weeks", ``milia/safety/corrections.py``): the message
  before as the visitor meant it, answered again; the words it takes back report nothing;
* a warning sign (a tier) more urgent than either message alone: the sign is new, so it is this
  message's finding ("now it really hurts" after a removal near the eye); or the removal that
  caused a sign told before ("my lid is swollen", then "I did pick at it");
* the signpost of a sign told before, again, when this message neither closes the sign nor moves
  on ("do I need to bring anything?", "can't I just wait till Monday?");
* the eye area, when this message plans a removal and the one before named the eye ("they're on
  my eyelid", then "can I use a pin?");
* the self-removal warning again, when this message has no finding of its own and carries on a
  removal the visitor told in the message before ("what if I wear gloves?"), unless it only
  acknowledges ("ok thanks", "yes please") or the classifier gives it a purpose of its own ("can
  you call me back?", "how much is it?").

Otherwise a finding that was already in the earlier message is not repeated (that message got its
reply), so "ok thank you" or "my mum's driving me to A&E now" after a reported emergency stays calm. Only a message before with a finding of its
own (a removal, the eye area or a sign) is read as context. Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Tuple

from milia.safety.corrections import corrected_previous, without_retracted
from milia.safety.detector import SafetyResult, detect, explain
from milia.safety.retractions import taken_back
from milia.safety.triage import Urgency, detected_urgency


def _urgency(result: SafetyResult) -> Urgency:
    return detected_urgency(result.tier, result.self_removal, result.eye_area)


def joined(previous: str, text: str) -> Tuple[str, int]:
    """The two messages as one text (a sentence break between them), and where ``text`` starts."""
    head = previous.rstrip()
    if head and head[-1] not in ".!?":
        head += "."
    head += " "
    return head + text, len(head)


# "gonna do the milia on my nose with it tonight": a plan, not a question about milia
STILL_PLANNED = re.compile(r"\b(gonna|going to|planning|plan to|tonight|tomorrow|this weekend|use (it|one|them|that|this|those|these)"
                           r"|do (it|them|mine|the|my))\b")
# After a removal near the eye, what has gone dark or dim is the sight, unless the skin is named
DIMMING = re.compile(r"\b(gone|going|went|getting|turned|turning) (all |a bit |really |kind of )?(dark|darker|black|dim|dimmer"
                     r"|grey|gray|blurry|fuzzy|misty|cloudy|hazy)\b|\b(dark|black|blank|grey|gray|blurry) (on|down) one side\b")
# After a removal near the eye, a reply of a few words that names the eye's trouble: "went in", "its in my eye",
# "?? my vision", "half blind", "cant focus", "light = pain", "pain 10/10", "ow ow ow eye" (never "no pain", "vision fine")
SHORT_EYE_SIGN = re.compile(r"\b(went in|in my eye|vision|blind|dark patch|cant focus|can'?t focus|light|pain|agony|ow+|ouch"
                            r"|stabbing|double|blurry|blurred|dim|sparkl\w*|flash\w*|floaters?|shut|cant open|can'?t open)\b")
SHORT_EYE_DENIED = re.compile(r"\b(no|not|fine|ok|okay|normal|good|better|gone|never|nothing|without)\b|n'?t (hurt|hurting)")
SKIN_WORDS = re.compile(r"\b(skin|spots?|bumps?|scabs?|marks?|milium|milia|lumps?|patch|bruised?|bruising|colou?r|crust\w*)\b")


# The classifier's intents that give a follow-up a purpose of its own, so the removal before it is not
# carried on: asking for a callback or the clinic's details, greeting, thanking, saying goodbye...
SERVICE_INTENTS = frozenset({
    "greet", "goodbye", "thank", "stop",
    "bot_challenge", "ask_capabilities", "request_human", "request_callback", "message_empty", "message_too_long",
    "faq_contact", "faq_price", "faq_clinic_removal", "faq_who_removes",
})
# ... and, in a short reply, answering yes or no ("yes I'd like that" after the warning's callback
# offer); a longer one goes on with the story ("no, it was a bit pink yesterday but it's totally fine now").
REPLY_INTENTS = frozenset({"affirm", "deny"})
SHORT_REPLY_WORDS = 5
# ... but a greeting, thanks, goodbye or callback request only when its words are there: the classifier
# reads a plan told in a few words ("i'll just try once more tonight") as a goodbye
INTENT_CUES = {
    "greet": re.compile(r"\b(hi|hiya|hello|hey|heya|morning|afternoon|evening)\b"),
    "goodbye": re.compile(r"\b(bye|byee*|goodbye|good night|night night|nite|later|cya|see (you|ya)|ta-?ra|that'?s all)\b"),
    "thank": re.compile(r"\b(thanks?|thank you|thankyou|thx|thnx|ty|tysm|cheers|ta|appreciated?|grateful)\b"),
    "request_callback": re.compile(r"\b(call|calls|ring|phone|callback|contact|speak|talk|touch|book|booking|appointment"
                                   r"|consultation|number|someone|somebody|person)\b"),
}


def _short_eye_sign(low: str) -> bool:
    """A reply of at most six words that names the eye's trouble and denies nothing (see ``SHORT_EYE_SIGN``)."""
    return len(re.findall(r"[\w']+", low)) <= 6 and bool(SHORT_EYE_SIGN.search(low)) and not SHORT_EYE_DENIED.search(low)


def in_context(text: str, previous: Optional[str], classified: Optional[str] = None) -> SafetyResult:
    """``detect(text)``, plus what reading it after ``previous`` adds (see module docstring).

    ``classified``: the intent classifier's reading of ``text``, if known; one of ``SERVICE_INTENTS``
    ("can you call me back?"), or of ``REPLY_INTENTS`` in a short reply ("yes I'd like that"), does
    not carry a removal on. It never closes a red flag told before: the classifier reads "A&E or GP?
    I don't know which" as a question about the service and "it's been like that since last night"
    as a goodbye; only the visitor's own words close one (``_not_closed``).
    """
    alone = detect(text)
    back = taken_back(text, detect(previous)) if previous and previous.strip() else None
    if back is not None:  # "nevermind, it was the fire alarm strobe, eyes are totally fine. do you do saturdays?"
        return _removal_kept(back, detect(previous), text)
    correction = corrected_previous(previous, text) if previous and previous.strip() else None
    if correction is not None and correction.restated and not NOTHING_HAPPENED.search(text.lower()) and (
            detect(previous).tier in PRESSED_TIERS):
        # "the needle went in my eye and I can't see", then "sorry I meant it went in my eyelid": a sign told
        # before is only taken back in so many words ("no harm done", "I can see fine")
        correction = None
    if correction is not None:
        text = without_retracted(text, correction)  # "I meant 36.5 not 38.5": no temperature of 38.5
        alone = detect(text)
    if not previous or not previous.strip() or alone.tier == Urgency.EMERGENCY.label:
        return alone
    low = text.lower()
    elsewhere = bool(NOT_THE_EYE.search(low)) or bool(OTHER_PLACE.search(low))  # "sorry, I meant my cheek not my eye"
    if NOT_THE_EYE.search(low) and alone.tier is None and not detect(NOT_THE_EYE.sub(" ", text)).eye_area:
        alone = replace(alone, eye_area=False, spans=tuple(s for s in alone.spans if s[0] != "eye_area"))
    if correction is not None:
        # "sorry I meant 10 days old not 10 weeks": the message before as the visitor meant it is
        # read again with the rest of this one, and its finding answered again (as if sent so)
        corrected, rest = correction.previous, correction.rest
        again = detect(joined(corrected, rest)[0] if rest.strip() else corrected)
        previous = corrected
        if _urgency(again) > _urgency(alone):
            spans = tuple((kind, 0, len(text)) for kind, on in (
                ("self_removal", again.self_removal), ("eye_area", again.eye_area), ("red_flag", again.red_flag)) if on)
            return replace(again, spans=spans)
    before = detect(previous)  # not cached: no copy of a visitor's words outside the tracker store
    if before.eye_area and before.self_removal and _urgency(alone) < Urgency.EMERGENCY and (
            DIMMING.search(low) or _short_eye_sign(low)) and not SKIN_WORDS.search(low.replace("dark patch", "")):
        # "used the extractor on my lash line", then "it's gone dark at the edge": the sight, after a removal by the eye
        return replace(alone, red_flag=True, tier=Urgency.EMERGENCY.label,
                       spans=tuple(sp for sp in alone.spans if sp[0] != "red_flag") + (("red_flag", 0, len(text)),))
    confirmed = _confirmed(previous, text, alone, before) or _same_here(previous, text, alone, before)
    if confirmed is not None:
        return confirmed
    if PLAN.search(low) and "?" in previous and not (alone.tier or alone.self_removal or before.self_removal or before.tier) and (
            REMOVAL_WAYS & set(explain(previous))) and not (CHANGE_OF_MIND.search(low) or LET_BE.search(low)):
        # "is it dangerous to squeeze near the eye?", then "ok so if I'm careful I'll do it tonight"
        return _removal(alone, (before.eye_area or alone.eye_area) and not elsewhere, len(text))
    if COPY_IT.search(low) and before.tier is None and alone.tier is None and not (alone.self_removal or before.clinic_removal) and (
            REMOVAL_WAYS & set(explain(previous))) and not (CHANGE_OF_MIND.search(low) or LET_BE.search(low)):
        # "my sister tried a plasma pen on her cheek milia", then "I want to try it on my crows feet milia"
        return _removal(alone, (before.eye_area or alone.eye_area) and not elsewhere, len(text))
    if AT_HOME_MEANT.search(low) and not NEGATION.search(low) and not (alone.tier or alone.self_removal or alone.negated or before.self_removal or before.tier) and (
            {"REMOVE", "HOWTO"} & set(explain(previous))) and not (NOT_DONE.search(low) or CHANGE_OF_MIND.search(low) or LET_BE.search(low)):
        # "how do I get rid of milia?", then "the ones in the inner corner of my eye, at home I mean"
        return _removal(alone, (before.eye_area or alone.eye_area) and not elsewhere, len(text))
    if DO_THEIRS.search(low) and (before.eye_area or before.self_removal) and before.tier is None and alone.tier is None:
        # "my granddaughter has milia on her eyelids", then "I used to squeeze mine out, can I do hers the same way?"
        return _removal(alone, (before.eye_area or alone.eye_area) and not elsewhere, len(text))
    if DO_IT_MYSELF.search(low) and (before.clinic_removal or before.self_removal) and before.tier is None and not (
            alone.tier or alone.self_removal or alone.negated or NOT_DONE.search(low) or CHANGE_OF_MIND.search(low)):
        # "do you remove milia with a needle?", then "could I just do that myself?"
        eye = before.eye_area and not elsewhere
        spans = (("self_removal", 0, len(text)),) + ((("eye_area", 0, len(text)),) if eye else ())
        return replace(alone, self_removal=True, eye_area=alone.eye_area or eye, spans=spans)
    both_text, offset = joined(previous, text)
    both = detect(both_text)
    new_sign = both.tier is not None and _urgency(both) > max(_urgency(alone), _urgency(before))
    if not (before.self_removal or before.eye_area or before.red_flag):
        if new_sign and correction is None and both.tier in {Urgency.EMERGENCY.label, Urgency.URGENT.label, Urgency.SEE_GP.label}:
            # "baby is 10 days old with milia", then "she's 38 degrees on the ear thermometer"
            return replace(alone, red_flag=True, tier=both.tier, spans=tuple(
                s for s in alone.spans if s[0] != "red_flag") + (("red_flag", *_shifted(both.span("red_flag"), offset, len(text))),))
        return alone
    # "my eyelid is a bit swollen", then "I should say I did pick at it yesterday": the removal is the sign's cause
    new_sign = new_sign or (alone.self_removal and before.tier is not None and both.tier is not None
                            and not _closed(text)
                            and _urgency(both) >= _urgency(before) and _urgency(both) > _urgency(alone))
    if new_sign:
        span = _shifted(both.span("red_flag"), offset, len(text))
        spans = tuple(s for s in alone.spans if s[0] != "red_flag") + (("red_flag", *span),)
        return replace(alone, red_flag=True, tier=both.tier, spans=spans)
    if before.tier in PRESSED_TIERS and _urgency(alone) < _urgency(before) and not _closed(previous) and (
            _presses_on(text, before.tier) or _not_closed(text, alone, before.tier, OWN.search(previous.lower()) is not None,
                                                          CANCER_ASKED.search(previous.lower()) is not None,
                                                          previous.lower())) and not (
            _closed(SIGHT_FINE.sub(" ", text.lower()) if before.tier == Urgency.URGENT.label else text)) and not (
            before.tier == Urgency.SEE_GP.label and ASKS_FOR_CLINIC.search(text.lower())
            and not PUT_OFF_FOR_CLINIC.search(text.lower()) and not REMOVE_IT.search(text.lower())):
        # "it's getting worse", "any home remedies? really don't want to sit in A&E all night": the sign
        # told before is still there, so its signpost comes again
        spans = tuple(s for s in alone.spans if s[0] != "red_flag") + (("red_flag", 0, len(text)),)
        return replace(alone, red_flag=True, tier=before.tier, spans=spans)
    if alone.self_removal and not alone.eye_area and both.eye_area and both.self_removal and not elsewhere:
        return replace(alone, eye_area=True, spans=alone.spans + (("eye_area", 0, len(text)),))
    if not _own_purpose(classified, text) and _carries_on(alone, before, text):
        # the eye area named in this message ("they're all on my upper eyelids btw") or in the one before
        carried = before.eye_area and not elsewhere
        eye = tuple(sp for sp in alone.spans if sp[0] == "eye_area") or ((("eye_area", 0, len(text)),) if carried else ())
        spans = (("self_removal", 0, len(text)),) + eye
        return replace(alone, self_removal=True, eye_area=alone.eye_area or carried, spans=spans)
    return alone


# A reply that only acknowledges ("ok thanks", "yes please"): it answers the assistant, it does not go on
# with the story ("yes" after the warning's callback offer must start the callback form).
ACKNOWLEDGEMENTS = frozenset(
    "ok okay k kk thanks thank you thx ty ta cheers yes yeah yep yup no nope nah please bye goodbye great "
    "cool fine sure alright right got it will do understood i see oh ah good lovely brilliant perfect noted "
    "that's thats helpful really much very so x xx for the advice info information help your reply".split()
)
# "but I've changed my mind, I'll book in instead": the removal told before is given up
NOT_DONE = re.compile(r"\b((haven'?t|have not|never|not) (touched|done|tried|picked|squeezed|popped)|just asking|only asking"
                      r"|(won'?t|will not|not going to|not gonna|never) (touch|try|do|pick|squeeze|pop) (them|it|that|anything|any ?more)"
                      r"|asking for a friend|hypothetically)\b")
# "no harm done", "I can see perfectly", "haven't done it yet": nothing happened, said in so many words
NOTHING_HAPPENED = re.compile(r"\b(no harm( done)?|nothing happened|(?<!other )(?<!good )(?<!left )(?<!right )(eye|sight|eyesight|vision)( itself)?('s| is)"
                              r" (totally |completely )?(fine|ok|okay|normal)|can see (fine|perfectly|normally|properly|ok|okay)"
                              r"|(haven'?t|have not|not yet) (done (it|them|anything)|had (it|them) done|tried (it|them|anything)|touched (it|them|anything)))\b")
# "where do you park?", "are you open on Saturdays?": a question about visiting the clinic, not the removal
VISIT_QUESTION = re.compile(r"\b(park|parking|car ?park|opening (hours|times)|open on|address|postcode|directions|located"
                            r"|wheelchair|step-free|bus|train|station|cancellation|cancel|your clinic|card|cash|payments?)\b")
# "sorry, I meant my cheek not my eye": the eye named before (or in a correction) is not where the milia are
NOT_THE_EYE = re.compile(r"\b(not|(don'?t|do not|dont) have any|none|no milia|no bumps|forget( about)?|never mind|leave) (on |near |by |around |round |under )?"
                         r"(my|the|her|his) (eyes?|eyelids?|lids?|under ?eyes?|eye ?bags|eye area)\b")
OTHER_PLACE = re.compile(r"\b(cheeks?|nose|chin|forehead|jaw|jawline|neck|chest|arms?|legs?|shoulders?|lips?|temples?"
                         r"|hairline|scalp|ears?|body)\b")
DO_IT_MYSELF = re.compile(r"\b(do|try|doing|trying) (that|it|this|the same|them|those|mine)( \w+)? (myself|at home|on my own"
                          r"|by myself)\b")
# "can I do hers the same way?", "could I squeeze his out too?": the visitor doing someone else's, told before
DO_THEIRS = re.compile(r"\b(can|could|should|shall) i (do|squeeze|pop|pick|get) (hers|his|theirs|her ones|his ones)( out)?"
                       r"( (the )?same way| too| as well| like that)\b")
# "my cousin used a lancet on her milia", then "can I borrow it for mine?": the visitor copying a removal told before
COPY_IT = re.compile(r"\b(can|could|should|shall|do) i (do|try|use|borrow) (that|it|this|the same|one|hers|his)( \w+)? (for|on) "
                     r"(my|mine|him|her|them|the (little |small |tiny |white )*(bumps|spots|milia|ones|dots))\b|\bi (want|wanna|would like|'d like|d like) to (try|do|use) (that|it|this|the same)"
                     r"( \w+)? on (my|mine)\b|\bi (want|wanna|would like|'d like|d like|'m going|am going|m going) to (try|use) (one|it|that|them|those)"
                     r"( \w+)? on (the|my|mine)\b|\b(i'?m|im|i am) (going to|gonna) (try|do) (it |that |the same |this )?on (mine|my)\b"
                     r"|\b(thinking (of|about)|tempted to|might|fancy) (try|trying|doing|do) (it|that|this|the same)( myself)? on (my|mine)\b"
                     # session 33 (followups/tuning_45): "want to do mine", "will it work on milia on my cheek" (a tool bought)
                     r"|\b(i )?(want|wanna|going|gonna|gna|tempted|might|will) (to )?(do|try) (mine|my own|my ones)\b"
                     r"|\b(will|would|does|can) (it|that|this|one) work on (the )?(milia|my|mine|them)\b")
CHANGE_OF_MIND = re.compile(r"\b(changed my mind|change of heart|thought better of it|decided against( it)?|(binned|ditched|scrapped|dropped) the idea|(book|booking|come|coming) in ((with|w) (you|u) )?instead"
                            r"|never again|in the bin"
                            # session 36 (followups/tuning_58): "forget it, leaving them alone", "talked her out of it", "not risking
                            # it", "bottled it lol", "binned the tool", "never mind, leaving it to the pros", "decided not to"
                            r"|forget it|talked (her|him|them|myself) out of it|not risking it|bottled it|chickened out|told (him|her|them) no"
                            r"|(binned|ditched|chucked) the (tool|kit|needle|pin|tweezers|extractor|lancet)|never ?mind"
                            r"|leaving (it|them) (alone|to the (pros|professionals|experts|clinic))|decided not to"
                            r"|come to (the|your) clinic instead|can you do (them|it|mine) for me)\b")
# ... or lets it be ("ok I'll leave it alone then", "told him no", "booked in with the GP already"), asks about the
# visit ("how much is it at the clinic?", "what's your earliest appointment?"); neither when it plans more or names
# a tool ("fair enough, what about a pin then?", "how much is a lancet?"). "No it looks fine" after a removal still
# gets the warning again: the visitor has done it and may do it again.
LET_BE = re.compile(r"\b(leave (it|them|it all|them all|mine) (alone|be|then|well alone)|leave well alone|i'?ll leave (it|them|mine)"
                    r"|told (him|her|them) no|fair enough|best not to|keep an eye on (it|them|mine)|booked in"
                    r"|i (won'?t|wont|will not)( do it| bother| risk it)?,? then|^\W*ok(ay)?,? (i )?(won'?t|wont|will not)\b|i'?ll (tell|show) (him|her|them)( know| your reply| this| that)?"
                    r"|i'?ll let (him|her|them) (know|see)( your reply| this| that)?)\b")
OWN_QUESTION = re.compile(r"\b(how much|price|prices|cost|costs|appointments?|earliest|consultation|book (in|a|an)|recommend"
                          r"|cleanser|creams?|you to (treat|remove|do|see)|clinic)\b")
MORE_PLANNED = re.compile(r"\b(can i(?! (book|come|call|ring|pay|park|make an|get an? (appointment|consultation)))|could i|should i|shall i|what if|how do i|what about"
                          r"|next(?! (week|month|year|few|couple|available|monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
                          r"|again|the rest|others|another|need (them|it|these|those) gone|(can'?t|cant) wait|one go|(i'?d|i'?ll) be (really |very )?careful"
                          r"|pins?|needles?|lancets?|extractors?|tweezers?|tools?|kits?|scissors|blades?"
                          # session 34 (followups/tuning_50): "so I think I'll let her", "I'll let her carry on", "clinic prices for
                          # something I can do in 5 mins"
                          r"|(i'?ll|i will|gonna|going to) let (him|her|them)(?! (know|see))|clinic prices|something (i|you) can do)\b")
# ... and, after a sign told as over, a removal the visitor still means to do ("can I do the others on my lid?")
MORE_REMOVAL = re.compile(r"\b((do|doing|pop|popping|squeeze|squeezing|pick|picking|tackle|tackling) (a |the )?(rest|others"
                          r"|other ones?|new ones?|next ones?|another( one)?)|finish(ing)? (off )?(the )?(rest|others)|(try|pick|do|squeeze|pop) (the|a) (one|other)"
                          r"( one)? (beside|next to|by|on)|(pick|do|squeeze|pop|try) the other( one)?|pins?|needles?|lancets?|extractors?|tweezers?)\b")
# ... said in so many words, whatever else the message does
MORE_TO_DO = re.compile(r"\b(do|doing|pop|popping|squeeze|squeezing|pick|picking|tackle|tackling) (a |the )?(rest|others"
                        r"|other ones?|new ones?|next ones?)\b")
# "no the swelling went down yesterday", "that was back in 2022, healed fine": the sign told before is over
SIGN_OVER = re.compile(r"\b(went down|gone down|settled|healed|cleared( up)?|(all|totally|completely) (fine|normal|better)|all clear"
                       r"|(eyesight|sight|vision|eye)('s| is) (totally |completely )?fine|gone (completely|totally)"
                       r"|(puffiness|swelling|redness|pinkness|soreness) (has |'s |is )?(gone|settled)"
                       r"|fine now|back in (19|20)\d\d|years? ago|(?<!from )(?<!since )last (year|month)|that was (back )?in (19|20)\d\d"
                       r"|(that was|back) (in|at) (school|uni|college|sixth form|my teens)|nothing since)\b")


PRESSED_TIERS = frozenset({Urgency.EMERGENCY.label, Urgency.URGENT.label, Urgency.SEE_GP.label})
# A follow-up to an emergency, urgent or GP sign that says it is worse, or asks how to avoid or put off
# going ("should I just put some eye drops in?", "can I wait till morning?", "is calpol ok?", "can't you
# just remove it instead?", "surely it's not serious?")...
# Not bare times ("tomorrow morning" may answer the callback form's question).
WORSE_OR_PUT_OFF = re.compile(
    r"\b(worse|worsening|not (getting )?better|still (hurts?|hurting|sore|swollen|red|blurry|bleeding|can'?t|cannot|there|oozing|hot)"
    r"|(can|could|should) (i|we) (just )?wait|wait (and see|till|until)|(till|until) (the )?(morning|tomorrow)"
    r"|leave it (till|until|and see)|home ?remed\w*|eye ?drops?|(don'?t|do not|dont) (want|wanna) to (go|sit|call|ring)"
    r"|do (i|we) (still |really )?(have|need) to (go|call|ring|see)|can i just|should i just|(do|shall) (i|we) just|sit in a ?& ?e"
    r"|rinse|rinsing|wash (it|them) out|flush (it|them)( out)?|bathe (it|them)|(just|only) the (pain|swelling|redness|soreness|throbbing)"
    r"|instead|surely|(not|nothing) (that |too |very )?serious|calpol|paracetamol|ibuprofen|nurofen|savlon|sudocrem|germolene"
    r"|antiseptic|worst|(happened|happening|doing it|started) again|again (just )?now|keeps (happening|coming back)"
    r"|still happening|(it'?s|it is|they'?re) back|(fine|ok|okay|alright|well) otherwise|otherwise (fine|ok|okay|alright|well)"
    r"|apart from (that|this)|(can'?t|cant|cannot) i just|can it wait|a bit much|overkill|lie down|sleep it off|see if it passes"
    # session 34 (followups/tuning_50): waiting it out, told it is nothing, or waiting on a callback
    r"|see how (i|it|things|she|he) (feel|feels|is|goes|looks)|overreacting|over reacting|(only|just) milia"
    r"|probably (just )?(a cold|nothing|fine)|(111|nhs|gp|doctor)\b.{0,40}\b(ringing|calling|call|ring) (me|us) back"
    r"|(can'?t|cant|cannot) get (there|to (a ?& ?e|the hospital|a gp|the gp))|no car|(don'?t|dont|do not) have a gp|no gp"
    r"|not registered"
    # session 35 (followups/tuning_55): "it's probably just cos I'm tired lol. gonna sleep on it"
    r"|sleep on it|(gonna|going to|will|i'?ll) (just )?sleep|(just )?(cos|because|coz|cuz) (i'?m|im) tired|probably (just )?tired)\b")
# ... or, after an emergency or urgent sign, says which eye or side ("its the left eye btw")
WHICH_EYE = re.compile(r"\b(left|right|both|my good|the other) (eye|eyes|one|side|lid|lids|eyelid|eyelids)\b")
# ... or, after a GP sign, asks the same of their own ("could the ones I have turn into it one day?")
SAME_WORRY = re.compile(r"\b((turn|turning|turns|develop|developing|change|changing) into (it|that|one|cancer)"
                        r"|(is|was) (that|it|this) (actually |really |even )?(true|real|right|a thing)"
                        r"|become (it|that|one|cancerous|cancer)|(could|can|might|is|are) (mine|these|they|it|this|that) be "
                        r"(it|that|one|cancer|cancerous)|(know|ask|asking|wondering) (whether|if) (they|it|milia|mine) (can|could|do|might))\b"
                        # "been 6 weeks now", "it's been like that for two months": how long the spot has been there
                        r"|^\W*((yes|yeah|yep|ok|okay|sure)( please)?\W+)?(it'?s |its |it has |has )?been (like (this|that) )?(for )?"
                        r"(about |nearly |over |almost |more than )?"
                        r"(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few) (weeks?|months?|years?)\b")
# After a GP sign, asking for the clinic's callback or a booking instead is not putting off the GP: the GP
# signpost was given, and the callback lets the clinic say the same ("can you call me back instead?")
ASKS_FOR_CLINIC = re.compile(r"\b(call|ring|phone|callback|book|booking|appointment|consultation)\b")
# ... unless the visitor is going, or has gone ("ok, on my way to A&E now")
GOING = re.compile(r"\b(going (to|now|in)|on (my|our|the) way|i'?ll go|will go|heading|called|ringing|booked|(i'?m|we'?re|now) in a ?& ?e"
                   r"|at a ?& ?e|at (the )?hospital|(will|i'?ll|we'?ll) (ring|call|phone)|(i'?ve|we'?ve|i|we) (rung|rang|phoned|spoken to|spoke to)|(is|'s|are|'re) (driving|taking) (me|us|her|him)"
                   r"|(got|have|made) an? (emergency |urgent |same.?day )?(gp |doctor'?s? )?(appointment|slot)|(i'?ll|will) (see|book in with) (my|the|a) (gp|doctor)"
                   r"|(driving|taking) (me|us|her|him) (to|now|in)|(i'?m|im|we'?re|she'?s|he'?s) (now )?(at|in) (the )?(eye )?(hospital|casualty)"
                   r"|ambulance (is|'s) (here|coming|on (its|the) way)|in the ambulance|paramedics (are )?here"
                   r"|(i'?m|im) (on the phone|phoning|calling|talking) to (111|999|the gp|my gp|a doctor)|(on the phone|phoning) to (111|999) (right )?now"
                   r"|(calling|phoning|ringing) (111|999|nhs ?111|an ambulance|the gp|my gp|the doctor)"
                   r"|(getting|got|taking|in) a (taxi|cab|uber|lift) to|to (the )?eye (hospital|casualty|clinic)"
                   r"|(i'?m|im|we'?re) (now )?waiting to be seen)\b")
# After an emergency or urgent signpost, a follow-up that does not close the sign keeps it ("do I need to bring
# anything?", "I can't leave the kids", "A&E is a 4 hour wait though", and since session 29 another question:
# "separate question, do you have parking?"): the sign is still the most urgent thing in the conversation.
# Closing it: thanks or ok only; going, said without a question ("my sister's driving me to A&E"); over, or
# found to be nothing ("false alarm", "the GP checked it"); the signs denied ("no pus, not hot or swollen"); said
# to be not real, someone else's or long ago (``STORY_OVER``).
CLOSED = re.compile(r"\b(false alarm|turn(s|ed) out|came back (as|clear|fine|benign|negative)|sorted|all (gone|better|fine|clear|well)|no damage|checked (it|them|her|him|me)"
                    r"|not happening to (me|us|anyone|her|him)|(from|in|on) (a|an|the|some) (forum|post|article|video|blog|thread|reddit"
                    r"|tiktok|website|magazine)( post| thread)? (i|i'?d|i'?ve|i was|my)\b"
                    r"|(said|says) (it'?s|its|they'?re|it was) (just|only|fine|nothing|harmless|normal)|(?<!milia are )(?<!milk spots are )harmless|is normal|(is|are|was) fine"
                    r"|nothing (changing|changed|wrong)|(?<!if i'm )(?<!if im )(?<!if i am )(?<!for )panicked|(?<!if i'm )(?<!if im )(?<!if i am )(?<!for )panicking|over ?reacted|hypothetical(ly)?"
                    r"|(a|the) character in|for (a|my|the) (story|novel|book|script|leaflet)"
                    r"|(don'?t|dont|do not) have any (symptoms|of (that|those|them|these)))\b")


ASKS = re.compile(r"\?|(^|[,.;!] *)(do|does|did|can|could|should|shall|will|would|is|are|how|what|which|where|when|who)\b")


# "its probably fine, my mum says its just tiredness": a relative's guess, not the sign seen to be over (session 32)
LAY_VERDICT = re.compile(r"\b(mum|mom|mam|dad|husband|wife|partner|boyfriend|girlfriend|friend|mate|sister|brother|nan|gran|nana|she|he"
                         r"|grandma|auntie|aunt)('?s)? (says|said|reckons|thinks|thought|told me)\b|\bprobably (fine|nothing)\b")
SEEN_OVER = re.compile(r"\b(gone|cleared|healed|settled|went down|can see (fine|perfectly|normally)|back to normal)\b")


def _closed(text: str) -> bool:
    """The sign told before is over or was nothing, and this message does not say it is back or worse."""
    low = text.lower()
    if LAY_VERDICT.search(low) and not SEEN_OVER.search(low):
        return False
    return bool((SIGN_OVER.search(low) or CLOSED.search(low)) and not STILL_THERE.search(low) and not NOT_OVER.search(low)
                and not NOT_YET_OVER.search(low) and not (ONCE_HEALED.search(low) and not TREATED.search(low)))


# "what ur prices are for milia removal once it's healed": healing still to come (not after "saw the GP yesterday, on
# antibiotics, redness almost gone", session 35)
ONCE_HEALED = re.compile(r"\b(once|when|after) (it'?s |its |it |they'?re |they )?(healed|heals|settled|cleared)\b")
TREATED = re.compile(r"\b(gp|doctor|antibiotics?|111|pharmacist|almost gone|nearly gone)\b")


# "I'll see if it's healed by christmas", "only moved here last month": over is hoped for, or the date is of something else
NOT_YET_OVER = re.compile(r"\b(see if|hope|hopefully|until|till) (it'?s |its |it |they'?re |they )?(healed|heals|settles|goes|clears)"
                          r"|moved (here|house|in|over|area) (last|this)|(my|the) (other|good) eye\b"
                          r"|\b(for|about) (something|sth|smth) else\b"
                          r"|\b(won'?t|wont|will not|refuses to) (go|see) (to )?(the |a |his |her |my )?(gp|doctor|a ?& ?e|hospital)\b")


# "it hasn't settled at all", "not any better": the sign is not over
NOT_OVER = re.compile(r"\b(not|never|\w+n'?t)\s+(\w+\s+){0,2}(settled|healed|cleared|gone down|went down|better"
                      r"|fine|sorted|gone)\b")


# "it cleared but now it's back", not "do milia come back?" or "back to normal" (nor "can you still treat them?")
STILL_THERE = re.compile(r"\b(worse|(?<!can i )(?<!can you )(?<!can u )(?<!could i )(?<!could you )(?<!can we )still|(it'?s|its|it is|they'?re|they are)"
                         r" back|(happened|happening|started|doing it) again|again (now|today))\b")


def _not_closed(text: str, alone: SafetyResult, tier: str, own_spot: bool = False, cancer_asked: bool = False,
                previous_low: str = "") -> bool:
    low = text.lower()
    if CALL_ME.search(low):
        # "will you ring me?": the visitor's own request (the form pauses for an emergency); but a call put off to a later
        # day or hour after an emergency or urgent sign ("could someone ring me back on Monday", "call me back after 5")
        # puts the care off: the signpost first (session 29)
        return tier in (Urgency.EMERGENCY.label, Urgency.URGENT.label) and bool(LATER.search(low)) and not _story_over(low)
    if len(re.findall(r"[\w']+", low)) <= 5 and FORM_TIME.search(low) and not ASKS.search(low) and not SINCE.search(low) and (
            not AGE.search(low)):
        # "tomorrow morning please": an answer to the callback form's question; but the form pauses for an emergency, so after
        # one it is the booking pressed on with ("thursday afternoon would be best", session 33: followups/tuning_44)
        return tier == Urgency.EMERGENCY.label and not _story_over(low)
    if _going(low) and not ASKS.search(low):
        # "thanks, I'll see my GP first then", "my sister's driving me to A&E"; but going only later after an emergency or urgent
        # sign ("I'll ring the surgery when they open at 8") waits: the signpost again, with 999 if it gets worse (session 35)
        return tier in (Urgency.EMERGENCY.label, Urgency.URGENT.label) and bool(LATER.search(low)) and not _story_over(low)
    # ... and about the visitor's own spot, a detail of it: "the one on my cheek I said, it's white and hard" (session 32)
    if tier == Urgency.SEE_GP.label and cancer_asked and len(re.findall(r"[\w']+", low)) <= (14 if own_spot else 8) and not (
            all(w in ACKNOWLEDGEMENTS for w in re.findall(r"[a-z']+", low)) or ACK_FIRST.search(low) or _story_over(low) or _closed(text)
            or DENIED.search(low) or CURIOUS.search(low)):
        return True  # "can milia turn into cancer?", then "my friend says they can be": still the GP's question (not "just curious")
    if tier == Urgency.SEE_GP.label and GP_MORE_OF_IT.search(low) and not (
            ACK_FIRST.search(low) or TO_THE_GP.search(low) or CURIOUS.search(low) or _closed(text)):
        return True  # "she's 72, she thought it was milia", "yes it's his not mine, it's gone from round to wonky" (session 32)
    if tier == Urgency.SEE_GP.label:
        # ... and another question about the visitor's own spot's removal or the clinic, with no thanks first and nothing
        # said about the GP visit or the spot being fine ("a spot that keeps bleeding", then "do you do evening slots?")
        return bool(GP_PUT_OFF.search(low) or REMOVE_IT.search(low)) or (
            bool(ASKS.search(low)) and own_spot and not (ACK_FIRST.search(low) or TO_THE_GP.search(low) or DENIED.search(low)
                                                          or _story_over(low) or _closed(text)))
    if tier in (Urgency.EMERGENCY.label, Urgency.URGENT.label) and previous_low and _other_sign_denied(low, previous_low):
        rest = OTHER_SIGN_DENIED.sub(" ", FEVER_DENIED.sub(" ", low) if not FEVER_TOLD.search(previous_low) else low)
        if not (_denied(rest) or _story_over(rest) or _closed(rest)):
            # "no fever or anything, I feel ok in myself" after a red streak, "no bleeding tho" after a pin in the eye: the
            # sign told was never denied (session 33: followups/tuning_44 and _45)
            return True
    if tier == Urgency.URGENT.label:
        low = SIGHT_FINE.sub(" ", low)  # "It's been about a day. No, my vision is normal." after a swollen eyelid: the swelling stays
    words = re.findall(r"[a-z']+", low)
    if tier == Urgency.EMERGENCY.label and words and all(w in BARE_ANSWERS for w in words):
        return True  # "yes" or "no" after an emergency: no thanks, no goodbye, nothing says it is over
    if not words or all(w in ACKNOWLEDGEMENTS for w in words) or alone.negated:
        return False
    if COME_IN_INSTEAD.search(low) and not DENIED.search(low):
        return True  # "what's your address, I might pop in", "can I book in for you to do the rest properly?"
    if LAY_VERDICT.search(low) and not SEEN_OVER.search(low):
        return True  # "its probably fine, my mum says its just tiredness" after flashes of light
    if _denied(low) or _story_over(low):
        return False
    # another question ("separate question, do you have parking?", "are milia contagious?") after a scratched eye: nothing
    # says the sign is over, so it is still the most urgent thing in the conversation
    return True


# After a sign, another question ("separate question, do you have parking?", "are milia contagious?") keeps it unless the
# message says the sign is over, was not real, was someone else's or long ago (session 29, followups/tuning_30 and _31;
# earlier writers labelled a few such messages calm, now answered with the signpost first)
STORY_OVER = re.compile(r"\b(ignore (that|this|my|me|the|it)|scrap that|wrong (chat|person|window|conversation|thread)|not real"
                        r"|wasn'?t real|nothing to do with|nothing'?s (wrong|going on|happening)|((\d+|a few|few|many|two|three|some)"
                        r" )?(years?|yrs?|months?) ago|ages ago|years back|when i was|back in (the )?\w+|in (19|20)\d\d|in my (teens|twenties|thirties|forties|fifties|20s|30s|40s|50s)"
                        r"|(fine|well|better|normal|good) now|(perfectly|completely|totally) (well|fine|normal)|all good|resolved"
                        r"|no longer|(completely|totally|all) gone|gone (completely|totally)|not mine|(wasn'?t|isn'?t) me|someone else'?s"
                        r"|(it'?s|its|it is|it has|fever'?s|temperature'?s|temp'?s|swelling'?s) (all )?gone (now|away)"
                        r"|said it was (just |only )?(a|the) (cold|virus|bug|sniffle)"
                        r"|(it'?s|its|it has|has) (all )?(gone|went) down|(itself )?(has )?never bled|(it'?s|its|it is) not the (bump|spot|milium|lump)"
                        r"|(just|only) (from |because of )?(lack of sleep|tiredness|being tired|hay ?fever|an? allergy|allergies|a cold|crying)|(was|it'?s|its) (my|a) (sister|brother|friend|mate|colleague|cousin|aunt|auntie|uncle|neighbou?r|flatmate|housemate),? not me\b"
                        r"|was (just )?(reading|quoting|copying|telling)|forum|a story|(a|the) film|joke|joking|kidding|lol|haha"
                        r"|typed (that|it) wrong|typo|autocorrect|meant to (write|type|say|put)|came out wrong|made (that|it) up"
                        # session 32 (followups/tuning_41): "sorry misread the thermometer", "oh it's hay fever", "it's sunburn",
                        # "I mean I can't see the milia properly in the mirror"
                        r"|misread|read (it|that|the thermometer) wrong|nothing'?s happened|nothing has happened|just gossip|(it'?s|its|it is|it was|that'?s|thats) (just |only )?(sunburn|sunburnt"
                        r"|hay ?fever|an? allergy|allergies|eczema|a cold)|(can'?t|cannot|cant) see (the|my) (milia|bumps|spots|dots) (properly|well|clearly)"
                        r"|(?<!other )(?<!good )(?<!left )(?<!right )(eye'?s|eyes are|eye is|vision'?s|vision is|sight'?s|eyesight'?s"
                        r"|eyesight is) (been )?(totally |completely )?"
                        r"(fine|normal|ok|okay|good))")


# After an urgent sign that was not a fever: a fever denied, or feeling well in oneself, leaves the sign told (session 33)
FEVER_TOLD = re.compile(r"\b(fever\w*|temperature|temp|shiver\w*|shaky|hot and cold|burning up|38|39|40)\b")
FEVER_DENIED = re.compile(r"\b(no|not any|without( a)?|(haven'?t|have not|hasn'?t) (got|had) (a|any)|(don'?t|do not|doesn'?t) have (a|any)) "
                          r"(fever|temperature|temp|high temperature)( or anything( like that)?| or (chills|shivers))?\b"
                          r"|\b(i|she|he) (feel|feels|felt|am feeling|'?m feeling|is feeling) (ok|okay|fine|well|alright|all right)( in (myself|herself|himself))?\b")


OTHER_SIGN_DENIED = re.compile(r"^\s*(no|not|without|never|there'?s no|theres no) (any )?(bleeding|blood|pus|swelling|redness|rash|discharge|fever"
                               r"|temperature|temp)\b( (tho|though|yet|at all|or anything))?")


def _other_sign_denied(low: str, previous_low: str) -> bool:
    """The message denies only signs the message before never told: a fever after a red streak, bleeding after an eye injury."""
    fever = FEVER_DENIED.search(low) and not FEVER_TOLD.search(previous_low)
    other = OTHER_SIGN_DENIED.search(low)
    return bool(fever) or bool(other and not re.search(rf"\b{re.escape(other.group(3))[:5]}", previous_low))


def _story_over(low: str) -> bool:
    """The sign told before is said to be over, not real, someone else's or long ago (not "it feels a bit better now,
    still need to go?")."""
    return bool(STORY_OVER.search(low)) and not STILL_THERE.search(low)


# A GP sign about the visitor's own spot (or a relative's), not a general question ("can milia turn into cancer?")
OWN = re.compile(r"\b(my|mine|i'?ve|i have|i'?ve got|i got|there'?s|this|his|her)\b")
ACK_FIRST = re.compile(r"^\W*(ok|okay|thanks|thank you|cheers|right|great|brilliant|fab|perfect|noted)\b")
TO_THE_GP = re.compile(r"\b(ask|see|speak to|talk to|ring|call|book|booked in with|going to) (my|the|a) (gp|doctor)\b|\bbooked\b")
LATER = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|after \d|later|weekend"
                   r"|when (they|it|the surgery|the gp|the pharmacy|the chemist) opens?|in the morning)\b")  # "when they open at 8" (session 35)
# "my vision is normal": said of the sight, which does not close an infection or a swollen lid
SIGHT_FINE = re.compile(r"\b(my |the )?(vision|sight|eyesight)('s| is)? (totally |completely )?(fine|normal|ok|okay|good)\b"
                        r"|\bcan see (fine|normally|ok|okay|perfectly)\b")
# "just asking cos I'm curious": a general question, not the visitor's own spot
CURIOUS = re.compile(r"\b(curious|wondering|wondered|hypothetically|for a friend)\b|\b(just|only) asking\b")
# "can milia turn into cancer?": a cancer question, which the GP signpost answers
CANCER_ASKED = re.compile(r"\b(cancer|cancerous|malignant|carcinoma|melanoma)\b")
# After a GP sign, the clinic asked to remove the spot itself ("can you remove it at my appointment on Monday?"): the GP first
REMOVE_IT = re.compile(r"\b(remove|removing|take|taking|zap|burn|cut|get rid of) (it|that|this|this one|that one)( off| out)?\b"
                       r"|\b(how much|price|cost)\b.{0,20}\bremoval\b"
                       r"|\b(get|have|getting|having) (it|this|that|this one|that one) (removed|taken off|done)\b|\bbook(ing)? (a |in for )?removal\b"
                       r"|\bshould i wait\b|\bcover (it|this|that) (up |over )?with\b")
# "he's 6 weeks tomorrow" after a baby's temperature: an age, not a time for the callback
AGE = re.compile(r"\b\d+ ?(weeks?|wks?|days?|months?)\b|\b(weeks?|days?|months?) old\b|\b(i'?m|i am|he'?s|she'?s|he is|she is) \d\d\b")
# After an emergency or urgent sign, coming to the clinic instead ("I might pop in", "book in for you to do the rest")
COME_IN_INSTEAD = re.compile(r"\b(might|may|could|i'?ll|will|can i|gonna) (just )?(pop|come|drop|nip) (in|by|round|over)\b"
                             r"|\bdo the (rest|others)\b")
# "are milia contagious?", "do you treat babies?": a question about milia or the clinic moves on
ABOUT_MILIA = re.compile(r"\b(milia|milium|millia|milk spots|whiteheads?)\b|\b(do|can|will|would) you (do|treat|remove|offer|see|take)\b"
                         r"|\byour (clinic|prices?|removal|treatments?)\b")


BARE_ANSWERS = frozenset({"yes", "yeah", "yep", "yup", "yh", "ya", "no", "nope", "nah", "na"})
FORM_TIME = re.compile(r"\b(morning|afternoon|evening|tomorrow|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday"
                       r"|sunday|weekend|am|pm|\d{1,2}(:\d\d)?(?!\s*(weeks?|wks?|days?|months?|mths?|years?|yrs?|old|degrees|c\b)))\b")
SINCE = re.compile(r"\b(since|ago|started|began|all)\b")  # "since this morning": how long, not when to call
CALL_ME = re.compile(r"\b((ring|call|phone) (me|us)|call ?back|ring ?back|callback)\b")
# "no pus, not hot or swollen, just a bit pink": the signs asked about are denied
DENIED = re.compile(r"^\s*(no|nope|nah)\b|\bnot that (mine|hers|his|it|she|he|they|theirs)\b|\bnot (hot|swollen|red|spreading|sore|painful|blurry|bleeding|infected)\b"
                    r"|\bno (pus|fever|temp|temperature|swelling|redness|pain|red line)\b")

# "no, brand new, never had them before today", "no it hasn't gone back, still fuzzy": "no" answers the bot, the sign stays
SIGN_KEPT = re.compile(r"\b(still|brand new|(hasn'?t|has not|haven'?t|have not|not) (gone|cleared|come|went)( back| away)?|never had (them|it|this|that|any)"
                       r"( \w+)? before)\b")


def _denied(low: str) -> bool:
    """A sign denied or taken back ("no pus", "not that eye"), not a bare "no" that goes on to say the sign stays."""
    found = [m.group().strip() for m in DENIED.finditer(low)]
    return bool(found) and not (found == [found[0]] and found[0] in {"no", "nope", "nah"} and SIGN_KEPT.search(low))


# After a GP sign, more of the same spot: whose it is, what it was taken for, how it changed
GP_MORE_OF_IT = re.compile(r"\b(thought|assumed|figured|reckoned) (it|they) (was|were) (just )?(milia|a milium|nothing|a spot|a pimple)\b"
                           r"|\b(it'?s|its|it is) (his|hers|theirs)\b|\b(gone|changed|went|turned) from \w+ to\b"
                           # session 33 (followups/tuning_44): how long, how it was, whether it was touched, the visitor's age:
                           # "since around christmas, so about 3 months", "pinkish now, used to be white", "yes on its own, I hadn't
                           # touched it", "it heals and then comes back", "I'm 62 if that matters"
                           r"|\bsince (around |about |last |before |early |late )?\w+|\b(about|around|nearly|over|almost|roughly|going on|for)"
                           r" (\d+|a few|a couple of|two|three|four|five|six|several) (weeks?|months?|years?)\b(?! ago)|\bused to be\b"
                           r"|\bon (its|it'?s) own\b|\b(heals|healed|scabs|crusts) (and )?(then )?(comes?|came) back\b"
                           r"|\b(i'?m|i am|he'?s|she'?s|he is|she is) \d\d\b")


# After a GP sign: putting it off, asking about the GP visit, or adding a detail of the spot
GP_PUT_OFF = re.compile(r"\b(probably (fine|nothing)|(see|wait and see) how it goes|rather not know|another option"
                        r"|(gp|doctor)'?s? (is |are )?(useless|rubbish|no good|pointless)|(it|that) was nothing,? so"
                        r"|(lasered|zapped|burnt|burned|removed|taken) off at (a|the) salon|can it wait|wait a (few|couple)|(can'?t|cant|can) (you|u|i) just|(gp|doctor) first|or just come"
                        r"|(say|tell) (to )?(the|my) (gp|doctor)|will (they|the gp|the doctor) (need|have|want) to|biopsy"
                        r"|been there (since|for|about|nearly|over)|been like (that|this) for|for (about |over |nearly |almost )?(\d+|a few|several|six|seven|eight|two|three)"
                        r" (weeks|months)|(it'?s|its) on my|bother (my|the) (gp|doctor)|wasting (their|the gp'?s|your|the doctor'?s|his|her) time"
                        r"|do i (really |actually )?(need|have) to|see if (it'?s|its|it) (healed|heals|goes)|anyway|instead"
                        r"|what do (you|u) think|yes or no|impossible to get|savlon|sudocrem|germolene|(only|just) (a )?cosmetic"
                        r"|cosmetic thing|(don'?t|dont|do not) have time|need a gp|rather (not|just)|getting (a bit |quite |really )?worried"
                        r"|probably nothing|(won'?t|wont|will not|refuses to) (go|see) (to )?(the|a|his|her|my) (gp|doctor)"
                        r"|(can'?t|cant|cannot|couldn'?t) get (a|an|in with (a|the|my)) ?(gp|doctor'?s?)? ?(appointment|slot)"
                        r"|(a bit |quite |really |so )?worried|(just )?asking because (i'?ve|i have) (had )?(mine|them|these|one))\b")
# ... and a booking asked "just" instead of the GP is putting it off ("my GP is impossible, can I just book your removal?")
PUT_OFF_FOR_CLINIC = re.compile(r"\bjust (book|come)\b|\beasier than\b|\brather not\b|\bbother (the|my) (gp|doctor)\b"
                                r"|\b(can'?t|cant|cannot|couldn'?t) get (a|an) (gp|doctor'?s?) (appointment|slot)\b"
                                r"|\b(don'?t|dont|do not) have time\b|\bno time for\b|\bneed (a|the|my) (gp|doctor)\b")


# "that doesn't answer my question", "stop telling me to see a GP", "hello?? is anyone going to answer me": the
# visitor pushes back on the signpost; the sign told before is still there
PUSH_BACK = re.compile(r"\b((doesn'?t|does not|didn'?t|did not|not) answer|not listening|(won'?t|wont|will not|can'?t|cant) you (just )?"
                       r"(tell|answer|say)|why (won'?t|wont|can'?t|cant|don'?t|dont) you|i (asked|said) (about|if|is|whether|for|it'?s)"
                       r"|milia or not|what it is|best guess|any ?(one|body) (going to |gonna )?(actually )?(answer|reply|there)"
                       r"|you'?re (a|just a) (bot|robot|computer)|a real (person|human|dermatologist|doctor)|stop telling me"
                       r"|not for a diagnosis|making (such )?a (big )?(deal|fuss)|i know (you|u) (said|can'?t|cant)"
                       r"|(just )?(tell|give) me (the|a|your) (price|answer|guess)"
                       r"|(said|says|say) (that )?(milia|milk spots) (are|is) (harmless|fine|nothing))\b|\bhello\?")
# "no sorry, it's my husband's": the sign is someone else's, told for them, and still there
THEIRS = re.compile(r"\b(it'?s|its|it is|they'?re|they are|this is) (actually |all )?(my|our) (husband|wife|partner|son|daughter|mum|mom"
                    r"|mother|dad|father|boyfriend|girlfriend|bf|gf|baby|child|kid|nan|nana|gran|granny|grandad|grandma|sister|brother"
                    r"|friend|mate|flatmate)'?s?\b")


def _presses_on(text: str, tier: str) -> bool:
    low = text.lower()
    said = bool(WORSE_OR_PUT_OFF.search(low) or THEIRS.search(low) or PUSH_BACK.search(low)) or (
        tier != Urgency.SEE_GP.label and bool(WHICH_EYE.search(low))) or (
        tier == Urgency.SEE_GP.label and bool(SAME_WORRY.search(low)))
    # "instead of going to the doctor" is not going
    # after an emergency or urgent sign, "ok I've called 111, they're ringing me back": still waiting, so the signpost (and "999 if it
    # gets worse") stands (session 34, followups/tuning_50; followups/tuning_4's writer labelled one such message calm)
    # (not "call me back", the visitor's own callback asked for after the form was paused)
    waiting = re.search(r"\b(111|nhs|gp|doctor)\b.{0,40}\b(ringing|calling|call|ring|phone|phoning) (me|us) back\b", low) is not None
    return said and (waiting and tier in (Urgency.EMERGENCY.label, Urgency.URGENT.label) or not _going(re.sub(r"\b((instead of|rather than|without) going|(any|some) ?(one|body) (going|gonna))\b", " ", low)))


def _going(low: str) -> bool:
    """``GOING`` said, and not refused ("not calling an ambulance", "won't be going")."""
    return any(not re.search(r"\b(not|no|never|n'?t|wont|won'?t|dont|don'?t)\s+(\w+\s+){0,2}$", low[:m.start()])
               for m in GOING.finditer(low))


# "is it bad if your eyelid swells after picking one?", then "it is, since last night": a general question
# about a sign, then the visitor says it is theirs. The question is read again as the visitor's own words.
ASKED_FRAME = re.compile(r"^\s*(what if|what happens if|is it (bad|normal|ok|okay|dangerous|serious|a bad sign|an emergency)"
                         r" (if|for|when|that)|would|will|can|could|do|does|is|are|should)\b\s*", re.I)
CONFIRMS = re.compile(r"^\s*(yes|yeah|yep|yup|ya|yh|aye|yea)\b|\bthat'?s (exactly |just )?(what|me|mine|happening)\b"
                      r"|\b(mine|hers|his|it|she|he)('?s| is| has| does| did) (both|all|exactly|like that|that)\b"
                      r"|\b(mine|hers|his)('?s| is| has| does| did| have| are)\b(?! ((totally|completely|perfectly|absolutely|all) )?"
                      r"(fine|ok|okay|alright|normal|not|never|no|none|good|just|only))"
                      r"|\bbeen (getting|having|seeing) (them|it|those|that)\b|\bcould mine\b|\bsame here\b|\bhappening (to me|now)\b"
                      r"|\bthere'?s (one|some) (going|coming|on|in|spreading|running)\b"
                      r"|(?<!just )(?<!only )\basking (cos|coz|cause|because|cuz|as) (i|i'?ve|i'?m|my|mine|me)\b"
                      r"|^\W*(she|he|my baby|baby)('?s| is) (only |just )?\d+ ?(weeks?|wks?|days?)( old)?\b")  # "she's 7 weeks" (session 32)


# "asking because my son has them and I want to know what to look out for": nothing is happening yet
WATCHING_FOR = re.compile(r"\b(look(ing)? out for|watch(ing)? (out )?for|keep an eye out|what to look for|in case"
                          r"|just (curious|wondering|asking))\b")
# ... or that the visitor will do what it asked about
PLAN = re.compile(r"\bi'?ll (just )?(do|try|give|have a go|go at|attempt|pop|squeeze|pick|prick|scrub)\b"
                  r"|\b(i'?ll|i will|gonna|going to) (do|try) (it|them|that|mine)\b|\b(if i'?m|i'?ll be|i'?d be) (really |very |super )?careful\b")
REMOVAL_WAYS = frozenset({"SELF_VERB", "REMOVE", "BARE_TOOL", "GADGET", "HOWTO"})


# "my mate said his milia bled when he shaved", then "mine does that too": someone else's sign, now the visitor's own
SAME_HERE = re.compile(r"^\W*(mine|my ones?|so (do|does|did|have|has) mine|me too|same (here|with mine|for me))\b"
                       r"(?! (is|are|does|do|did|has|have)?\s*(not|never|n'?t)\b)")
TOLD_BY = re.compile(r"^\W*(\w+\W+){0,3}?(said|says|reckons|told me|tells me)( that)?\s+")
THIRD_PERSON = {"his": "my", "her": "my", "their": "my", "he": "i", "she": "i", "they": "i", "him": "me", "hers": "mine"}


def _same_here(previous: str, text: str, alone: SafetyResult, before: SafetyResult) -> Optional[SafetyResult]:
    """Someone else's sign told first, then "mine does that too" ("my mate said his milia bled when he
    shaved", "mine does that too, every time"): the sign read as the visitor's own; None otherwise."""
    if before.tier is not None or alone.tier == Urgency.EMERGENCY.label or not SAME_HERE.search(text.lower()):
        return None
    own = re.sub(r"\b(his|her|their|he|she|they|him|hers)\b", lambda m: THIRD_PERSON[m.group(1).lower()],
                 TOLD_BY.sub("", previous.strip()), flags=re.I)
    both = detect(joined(own, text)[0])
    if both.tier is None or _urgency(both) <= _urgency(alone):
        return None
    spans = tuple(sp for sp in alone.spans if sp[0] != "red_flag") + (("red_flag", 0, len(text)),)
    return replace(alone, red_flag=True, tier=both.tier, spans=spans)


def _confirmed(previous: str, text: str, alone: SafetyResult, before: SafetyResult) -> Optional[SafetyResult]:
    """The sign a general question named, told as the visitor's own by the follow-up ("are flashing lights
    an emergency?", then "been getting them since I pricked a milium by my eye"); None when it is not."""
    low = text.lower()
    if "?" not in previous or not CONFIRMS.search(low) or DENIED.search(low) or WATCHING_FOR.search(low) or (
            alone.tier == Urgency.EMERGENCY.label):
        return None
    own = ASKED_FRAME.sub("", previous.strip())
    own = re.sub(r"\?+", ".", re.sub(r"\byou\b", "me", re.sub(r"\byour\b", "my", own, flags=re.I), flags=re.I))
    both = detect(joined(own, text)[0])
    if both.tier is None or _urgency(both) <= _urgency(alone):
        return None
    spans = tuple(sp for sp in alone.spans if sp[0] != "red_flag") + (("red_flag", 0, len(text)),)
    return replace(alone, red_flag=True, tier=both.tier, spans=spans)


def _own_purpose(classified: Optional[str], text: str) -> bool:
    low = text.lower()
    cue = INTENT_CUES.get(classified or "")
    if (cue is not None and not cue.search(low)) or MORE_TO_DO.search(low):
        # "think I'll try it tonight" read as goodbye, "want to do a new one" as a callback request,
        # "nope all fine, going to do the rest later" as goodbye
        return False
    if classified in SERVICE_INTENTS:
        return True
    return classified in REPLY_INTENTS and len(re.findall(r"[\w']+", text)) <= SHORT_REPLY_WORDS


# "he's doing it now while we wait for your answer": the removal asked about is under way
DOING_NOW = re.compile(r"\b(he|she|they|i)('?s|'?m| is| are| am) (doing|popping|squeezing|picking|pricking) (it|them|mine|hers|his)"
                       r" (now|right now|as we speak)\b")


# "your removal is 90 quid and I can't afford that, surely one go won't hurt": the clinic named as the reason not to go
PUSHING_ON = re.compile(r"\b(surely|one go|(i'?d|i'?ll) be (really |very |super )?careful|(can'?t|cant|cannot) afford|too expensive)\b")


# "..., at home I mean", "myself I mean": the removal asked about before is one the visitor would do
AT_HOME_MEANT = re.compile(r"\b(at home|myself|by myself|on my own|diy|without (a|the) (clinic|doctor|dermatologist))\W*(i mean|i meant|like)?\W*$"
                           r"|\b(i mean|i meant|meaning) (at home|myself|by myself|on my own|diy)\b"
                           r"|^\W*((like|so|as in|well)\W+)?(at home|myself|by myself|on my own|diy)\b")  # "myself I mean, the ones under my eyes"
NEGATION = re.compile(r"n'?t\b|\b(not|never|no)\b")
# "I haven't actually done it yet, just thinking about it": the removal told before is a plan, still a removal
NOT_YET = re.compile(r"\b(haven'?t|have not|hasn'?t|has not|not) (actually |really )?(done|tried|touched|started) (it|them|anything)? ?yet\b"
                     r"|\bjust (thinking|planning)\b|\bthinking (about|of) (it|doing|trying)\b")
JUST_ASKING = re.compile(r"\b(just|only) asking|asking for a friend|hypothetically|not going to|won'?t (do|try)|never (do|try)")
# "I won't squeeze them I promise, just the pen": one way refused, another kept
OTHER_WAY = re.compile(r"\b(just|only|but)( (use|try|with))? (the|a|my|that|this) (\w+ )?(pen|needle|pin|lancet|tool|extractor|tweezers"
                       r"|device|gadget|zapper|kit|scrub|acid|peel)\b")


def _carries_on(alone: SafetyResult, before: SafetyResult, text: str) -> bool:
    """A follow-up with no finding of its own, after a removal the visitor did or plans, carries on that
    story ("what if I'm really careful and wear gloves?", "nothing came out, shall I try again?"): it gets
    the same warning. Not a plain acknowledgement, a refusal the detector reads ("I won't squeeze them
    again") or a question about the clinic's removal."""
    low = text.lower()
    if alone.tier is None and before.self_removal and before.tier is None and (
            NOT_YET.search(low) or alone.negated and OTHER_WAY.search(low)) and not (
            CHANGE_OF_MIND.search(low) or LET_BE.search(low) or JUST_ASKING.search(low)):
        return True  # "I haven't actually done it yet, just thinking", "I won't squeeze them, just the pen": still planned
    if alone.tier is not None or alone.self_removal or alone.negated or (
            alone.clinic_removal and not DOING_NOW.search(low) and not PUSHING_ON.search(low)):
        return False
    if not before.self_removal or (before.tier is not None and not (SIGN_OVER.search(low) and MORE_REMOVAL.search(low))):
        return False  # a sign told before is answered by its tier, unless it is over and more removal is planned
    words = re.findall(r"[a-z']+", low)
    if CHANGE_OF_MIND.search(low) or NOT_DONE.search(low):
        return False  # "but I've changed my mind, I'll book with you instead", "I haven't touched them, just asking"
    if not MORE_PLANNED.search(low) and (LET_BE.search(low) or VISIT_QUESTION.search(low) or OWN_QUESTION.search(low)
                                         or ABOUT_MILIA.search(low) and ASKS.search(low) and not STILL_PLANNED.search(low)):
        return False  # "where do you park?", "how much is it at the clinic?", "ok I'll leave it alone then", "can milia bleed?"
    return bool(words) and not all(w in ACKNOWLEDGEMENTS for w in words)


# "sorry, I meant last summer", "wrong chat": the removal told before is not the visitor's now
NOT_THEIRS_NOW = re.compile(r"\b(wrong (chat|person|window|conversation|thread)|not (me|mine)|someone else'?s|my friend|character|a story"
                            r"|the vet|(years?|months?) ago|last (summer|year|month|winter|spring|autumn)|back in)\b")
ASKING = re.compile(r"\b(i'?m asking|just asking|wondering|want to know|wanted to know)\b")


def _removal_kept(back: SafetyResult, before: SafetyResult, text: str) -> SafetyResult:
    """After a sign taken back (``retractions.taken_back``), the removal told before goes on: "sorry I meant my cheek not
    my eye ... can I carry on with the rest?", "sorry it isn't swelling ... should I use a lancet on it instead?" after
    an eyelid."""
    low = text.lower()
    eye = before.eye_area and not (NOT_THE_EYE.search(low) or OTHER_PLACE.search(low))
    if back.tier is None and not back.self_removal and before.self_removal and (
            MORE_PLANNED.search(low) or not (ASKS.search(low) or ASKING.search(low))) and not (
            CHANGE_OF_MIND.search(low) or NOT_DONE.search(low) or LET_BE.search(low) or NOT_THEIRS_NOW.search(low)):
        # ... and with no question of its own, the removal told before stands: "sorry i meant watery, i can see perfectly"
        return _removal(back, eye, len(text))
    if back.self_removal and not back.eye_area and eye:
        return replace(back, eye_area=True, spans=back.spans + (("eye_area", 0, len(text)),))
    return back


def _removal(alone: SafetyResult, eye: bool, length: int) -> SafetyResult:
    """``alone`` as a self-removal (near the eye when ``eye``), its evidence the whole follow-up."""
    spans = (("self_removal", 0, length),) + ((("eye_area", 0, length),) if eye else ())
    return replace(alone, self_removal=True, eye_area=eye, spans=spans)


def _shifted(span: Optional[Tuple[int, int]], offset: int, length: int) -> Tuple[int, int]:
    """A span of the joined text as a span of the follow-up (the whole of it when the evidence
    starts in the earlier message)."""
    if span is None or span[0] < offset:
        return 0, length
    return span[0] - offset, min(span[1] - offset, length)
