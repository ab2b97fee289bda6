"""Someone else's home removal of milia, told: their own removal told as done ("after she needled them"), and the visitor who
refuses to copy it and asks the clinic something ("My cousin picked hers out with a needle but I'd rather not. Can I book?",
"Sister needled hers. Not me. Prices?"); a shop's tool compared with the clinic's ("Are the comedone extractors on Amazon the
same ones your nurses use?"). Sessions 41 and 42 (tuning_259, tuning_282, tuning_283, tuning_286, tuning_299, tuning_304). Kept
as a home removal: one the visitor tells or asks as theirs ("can I use a lancet too?"), someone at home asked about for the
visitor ("can she do mine?", "should I let her?"), and a correction of the message before. Plain module: no rasa imports.
"""
from __future__ import annotations

import re

from milia.safety.analysis import Analysis, sentence_text

_REFUSED_COPY = re.compile(r"\b(i wo n't be doing that|i won't be doing that|not for me|not touching my own|horrifying|regrets it"
                           r"|i 'm not (doing|trying) that)\b")
# session 42 (tuning_283): the home way refused and the clinic asked about: "but I'd rather not. Can I book", "I won't. Do they go away",
# "and I refused 😅 Could I have them done at the clinic", "I didn't. ... Is there a waiting list", "Not buying one. Do you offer laser",
# "I'm not touching mine. What aftercare", "my son has decided to come to you", "we're bringing him to you instead", "nah, ill come in",
# "told her I'd go to a clinic", "which is why I'm coming to you", "Looked grim. How much ... at your place?" (kept: "I said no but she
# insists. Who's right?", "I'd rather not pay clinic prices", "so I won't. ... would it be okay to use a sterile lancet")
_REFUSED_FOR_THE_CLINIC = re.compile(r"\b(i ('d|would) rather not(?= [.!?]| [^\w\s]|$)|i (wo n't|will not|did n't|did not|refused)(?= [.!?]| and| [^\w\s]|$)"
                                     r"|not buying|(i 'm|im|i am) not touching|decided to come to you|(bringing|bring) (him|her|them) to you"
                                     r"|(i 'll|ill|i will) come in|told (her|him|them) (i 'd|i would|i 'll) go|why (i 'm|im|i am) coming to you|looked grim"
                                     r"|no home stuff"
                                     # third round (tuning_299): "Not interested", "no thanks", "Not me", "Obviously not", "I declined", "I told her
                                     # no!", "I've said no", "I'd never dare", "I'm not brave enough", "I am NOT going to do what my sister did", "I
                                     # prefer it is done in clinic", "I'd rather come to you", "I'd feel safer with you", "I'm only letting a
                                     # professional near my eyes", "I'm going to a clinic instead", "Gave me the ick", "im not doing that", "I won't
                                     # do that", "nobody at home will touch them", "horrified me", "definitely not touching mine"
                                     r"|not interested|no thanks|not me(?= [.!])|obviously not|i declined|told (her|him|them) no|i ('ve|have) said no"
                                     r"|(i 'd|i would) never dare|not brave enough|not (going to|gon na) do|i prefer|rather come to you|(feel|be) safer with you"
                                     r"|only letting a professional|(i 'm|im|i m|i am) going to (a|the|your) clinic|gave me the ick|(im|i 'm|i m|i am) not doing that"
                                     r"|i (wo n't|will not) do that|nobody at home will|horrified me|definitely not touching"
                                     # fourth round (tuning_304): "We said no thank you", "there is no way I'm going near my eyes", "I no want do
                                     # this", "I'll skip the squeezing altogether", "I said no", "I've decided I'm paying a professional", "Uncle is
                                     # not a doctor", "I'm NOT doing what my aunt did", "Not happening", "I shan't be trying", "Looked awful tbh",
                                     # "Too scared for that", "My father will not do this", "I don't trust myself", "Absolutely not letting him near
                                     # me", "Hard pass", "I've got a needle phobia", "I will not try this myself"
                                     r"|\b(i|we|he|she|father|mother|mum|dad|son|daughter) (will not|wo n't|shan't|sha n't|am not|'m not|m not|no want|do n't want to|never)"
                                     r" (be )?(do|doing|try|trying|going near|letting|touch|touching|go near)\b|said no|no thank you|no way (i|i 'm|im)"
                                     r"|skip the|decided (i 'm|im|i am) paying|is not a doctor|not happening|looked awful|too scared|do n't trust myself"
                                     r"|absolutely not|absolutely no\b|hard pass|needle phobia"
                                     # fifth round (tuning_308): "I'd never let anyone near my eyes like that", "I'd sooner pay a professional", "I'm
                                     # not having that", "I politely declined!", "it put me off for life", "Personally that terrifies me", "I keep
                                     # saying no", "I'm still not touching mine", "I won't be doing the same", "I'm good thanks", "i said heck no",
                                     # "I want nothing to do with DIY", "im not that brave", "exactly why I'm messaging you instead"
                                     r"|never let anyone|(sooner|rather) pay|not having that|declined|put me off|terrifies me|saying no"
                                     r"|still not touching|(wo n't|will not) be doing the same|(i 'm|im|i m) good thanks|heck no|nothing to do with diy"
                                     r"|not that brave|why (i 'm|im|i m|i am) messaging you"
                                     # session 43 (tuning_311, tuning_321): "I stopped her", "I sent him away", "I wouldn't let her", "nope",
                                     # "ich habe nein gesagt", "I've turned her down", "I tell him no", "told him to get lost", "I hid it", "I'm not
                                     # letting her", "Said no to my husband's offer", "I thanked him but", "not doing it", "(not mine)", "decided no"
                                     r"|stopped (her|him|them|my \w+)|sent (her|him|them) (away|home|packing)|(would|did|do|wo|will) (n't|not) let (her|him|them)"
                                     r"|(?<=, )nope\b|\bnein\b|turned (her|him|them) down|told (her|him|them|my \w+) (to get lost|straight|to put|to leave)|tell (him|her|them) no"
                                     r"|hid (it|them|the)|not letting (her|him|them|anyone)|thanked (him|her|them)|(not|never) doing it|\( not mine \)"
                                     r"|decided (no|against)|said no to"
                                     # second round (tuning_327): "I've turned down her offer", "I told her I'd rather see a professional", "I say her
                                     # no", "never mine", "I'm definitely not doing that", "I laughed and said no", "she's dropped it" (not "I'd
                                     # rather he didn't": he still tries)
                                     r"|turned down|rather see a professional|say (her|him) no|never mine|definitely not doing"
                                     r"|dropped it"
                                     # third round (tuning_333): "I'd rather a professional did it", "I'm leaving mine alone", "I'm still going to come
                                     # to you", "still not doing mine", "I said I'd never", "I slapped his hand away", "we
                                     # agreed not to", "I'm booking you instead"
                                     r"|rather a professional|leaving mine alone|still going to come to you|still not doing|said (i 'd|i would) never"
                                     r"|slapped (his|her|their) hand|agreed not to|booking you instead"
                                     # fourth round (tuning_338): "I told him hands off", "I've told them both no", "I told my daughter NO", "powiedziałam
                                     # nie", "j'ai dit non merci", "I said não", "id never", "I don't want to go that route", "That's her business",
                                     # "Her choice, not mine", "I've told him he's not to touch it"
                                     r"|hands off|told (them both|my \w+|\w+) no\b|dit non|powiedzia\w* nie|said não|said nao|\bid never\b"
                                     r"|do n't want to go that route|(her|his|their) business|not to touch it"
                                     # session 44 (tuning_351): "nah I didnt let my mate near my face", "I'd rather not when she offered", "Not a
                                     # chance", "I said I'd rather go to a clinic", "I'd rather not risk it", "i dont.", "im the odd one out and wont."
                                     r"|(didnt|wouldnt|dont|wont) let (her|him|them|my \w+)|(would|did|do|wo|will) (n't|not|nt) let (her|him|them|my \w+)"
                                     r"|(i 'd|i would|id) rather not (when|risk|thanks|thank)|not a chance|no chance|not on your life|over my dead body"
                                     r"|(i 'd|i would|id) rather (go|come|see|pay|book|leave|wait|trust)|\b(i|and) (do n't|do nt|dont|wont|wo n't|wo nt)(?= [.!?]|$)"
                                     # second round (tuning_355): "I've left mine alone", "I'm too scared to", "Thanks but no", "keep his tweezers to
                                     # himself", "I'd sooner see someone qualified", "I shut that down fast", "I've told her to back off", "I said let's
                                     # not", "Mine are untouched", "Not my thing", "I've said leave it", "Polite no from me", "I politely passed"
                                     r"|left mine alone|too scared to|thanks but no|to (himself|herself|themselves)|sooner see|shut (that|it) down"
                                     r"|to back off|let 's not|untouched|not my thing|said leave it|polite no|politely passed"
                                     r"|told (her|him|them) (u|you) lot"  # "i told her u lot do it properly" (tuning_371)
                                     # fifth round (tuning_379): "I put my foot down", "I smiled and changed the subject", "I've told him to leave
                                     # his old gran's face alone", "I've given it a wide berth"
                                     r"|put my foot down|changed the subject|told (him|her|them) to leave (his|her|my|me|it|them)( \S+){0,3} (alone|be)|wide berth"
                                     r"|decided to leave (them|mine|it)|(going to|gon na) leave (them|mine|it)( \S+){0,2} alone"
                                     r"|\bobviously (no|not)\b)")  # session 45: "Dad keeps offering to 'sort' my milia with his penknife ... Obviously no."
_THE_CLINIC_ASKED = re.compile(r"\b(book|booking|clinic|appointment|waiting list|come in|to you|your place|with you|do (you|u) (do|offer|treat|see)"
                               r"|(you|u) (do|offer|treat|see)|on (his|her) behalf|aftercare|your treatment|removes? mine"
                               r"|(can|could|do|would|will) (you|u)|how much|cost|prices?|what causes|by themselves|on their own|creams?|come back"
                               r"|downtime|difference between|legal|qualifications|consultation|staff|referral|waiting|sessions?|visits?|nhs|private"
                               r"|your (nurses?|practitioners?|staff|clinic|doctors?|team|dermatologists?)|(after|when) (you|u) (remove|do|take|treat)|(you|u) can"
                               r"|contagious|a sign of|retinoids?|makeup|make-up|(are|is|do|does|can|could|will|would) milia|same thing|which is better"
                               r"|gift vouchers?|pregnant|recovery|for (her|him)|(the|this) treatment"
                               r"|availability|available|slots?|parking|price list|opening (hours|times)|why do|why does|genetic|hereditary"
                               r"|step-free|access|discount|painful|hurt|need them removed|remove (milia|them|mine)|harder for you|card|payment"
                               r"|what are they)\b")  # session 44 (tuning_351, tuning_355, tuning_379)
# someone at home asked about for the visitor: "can she do the two under my left eye too?", "Do you think that's ok?" (kept as home removal)
_SOMEONE_ASKED = re.compile(r"\b(can|could|should|may) (she|he|they|my \w+) (just )?(do|remove|take|pick|pop|squeeze|extract|have|de-roof|lift)\b"
                            r"|\bshould i let\b|\bthat 's (ok|okay|safe|fine)\b|\bis that (ok|okay|safe|fine)\b|\bgood plan\b|\bwho 's right\b"
                            r"|\bany harm in\b|\b(where|what) 's the harm\b|\basking if (she|he|they) can\b|\b(ok|okay|fine|safe|alright) to let (him|her|them) ?(\?|do|carry|keep|try|pick|pop|squeeze|scrape|scrub)")  # "Patient wants to know if there's any harm in him lancing" (session 49)
_STILL_ASKING = re.compile(r"\b(can|could|should|may) i (gently |carefully |just |safely |quickly )?(do|use|try|pick|pop|squeeze|prick|nick|remove|take|deal|lift|scrape|steam|just|treat|get rid)\b"
                           r"|\b(can|could|should|may) i get\b(?! (mine|them|it|milia|my \w+) (looked|done|seen|removed|checked|treated))(?! (an?|the) (proper )?(appointment|consultation|diagnosis|referral|quote))"
                           r"|\b(would it be|it would be|is it|it is) (ok|okay|alright|fine|safe) (to|for me to|if i)\b(?! have (them|it) (removed|done|treated))(?! book)(?! come)|\bsafe if (i|im|i 'm)\b"
                           r"|\b(any )?tips for\b|\bhow (do|can|should) i\b|\bis (a|an) (sterilised|sterilized|sterile|clean)\b|\bwho 's right\b|\bam i right\b|\bgood (plan|idea)\b|\bis (it|that) (safe|sensible|reasonable)\b")
_CORRECTING = re.compile(r"\b(sorry|i meant|i mean|worded|typed|typo|wrong (place|chat|person)|joke|ignore (that|my last))\b")
_THEIR_OWN = frozenset({"hers", "his", "theirs", "her", "their"})
# session 43 (tuning_311, tuning_321): "my boyfriend popped his own milia", "My wife keeps picking at her own milia", "My partner did his
# own milia" (any one doing it, never "I")
_THEIR_OWN_NAMED = re.compile(r"(?<!\bon )\b(his|her|their) own( [\w-]+){0,3} (milia|milium|ones|spots|bumps|whiteheads|eyelids|lids)\b"
                              r"|(?<!\bon )\b(his|her|their) own (with|at|last|yesterday|[.,!?(])"
                              # session 44 (tuning_355): "takes them out herself with a pin", "got rid of them herself", "dealt with ... himself"
                              r"|\b(them|it|milia|hers|his|theirs)( \w+){0,4} (herself|himself|themselves)\b")
# ... unless someone offers to do the visitor's or the visitor asks to copy it ("she's done her own loads of times", "Same method ok?")
# (not "I just want to know your prices", "Can I book for the ones on my eyelid?": session 44, tuning_351)
_OFFERED_OR_COPIED = re.compile(r"\b(myself|meself|offer\w*|wants?(?! to (know|ask|book|check))|going to|gon na|(she|he|they) '?(ll|will|can|could)"
                                r"|(can|could|should) i(?! (book|come|get an appointment|have an appointment|see|make|ask))|reckons|suggested|keeps (offering|trying)|borrow"
                                r"|same|try|tempted|anyone|people|as well|if i|done (his|her|their) own|does (his|her|their) own|used to do|should i|do mine|go ahead"
                                r"|doing mine|fancy"
                                # "He intends to remove them himself with a sewing needle" (session 52, spent v31): a plan at home
                                r"|intends?|intending|plans? to|planning to|about to|determined to|insists on|insisting on|announced|this weekend|tonight|tomorrow)\b")  # "Fancy doing mine. Daft idea?" (session 49)
_MY_OWN_REMOVAL = re.compile(r"\bi ('ve )?had a (go|dig)\b|\bi went at\b|\bi ('ve |'d |'ll |'m |am |was |will |have |had |just |then )?(squeez|pick|pop|dug|dig|tri|try|used|use|prick|lanc|"
                             r"extract|remov|scrap|needl|stab)\w*")


# the visitor's own plan, after a refusal of someone else's or of the clinic's price: "nope. way too dear. gonna pick mine out", "I turned
# her down ... I'm going to try the extractor tool", "not doing it. I'll just scrub them off", "we're going to have a go" (session 43,
# tuning_326; not "I'm not going to do what my sister did")
_OWN_PLAN = re.compile(r"\b(gon na|going to|i 'll|ill|i will|we 'll|we will|i 'm|im|i am)( \w+){0,3} (pick|pop|squeez\w*|try|scrub|have a go|use|needle|prick|lance|dig|do|doing)\b")
# (session 54, tuning_717: "MY MUM SAID NO TO THE CLINIC SO IM DOING THE LASH LINE ONES MYSELF WITH A PIN")


def _own_plan(text: str) -> bool:
    return any(not re.search(r"\b(not|never|n't|nt)\s*$", text[:m.start()]) and not re.search(r"\b(not|never|n't|nt|skip|avoid|stop|leave)\b", m.group())
               for m in _OWN_PLAN.finditer(text))


def drop_other_peoples_removals(a: Analysis) -> None:
    """Forget the removal words of someone else's removal told, and of a copy refused; a removal the visitor tells as theirs is kept."""

    def sentence_words(s: int) -> set:
        return {a.low[k] for k in range(len(a.low)) if a.sentence[k] == a.sentence[s]}

    # someone else's home removal told and refused for the visitor: "My mother-in-law dug hers out years ago ... I won't be doing that",
    # "my housemate did her own with a pin while i watched. not for me thanks", "A guy in a video scraped his off with a razor.
    # Horrifying.", "Saw the warm spoon hack on TikTok and laughed", "Not touching my own, I promise" (kept: a removal the visitor tells
    # as theirs in the same sentence, "I squeezed one ... I won't be doing that again")
    text = " ".join(a.low)
    if (_REFUSED_COPY.search(text) or _REFUSED_FOR_THE_CLINIC.search(text) and _THE_CLINIC_ASKED.search(text) and not _STILL_ASKING.search(text)
            and not _SOMEONE_ASKED.search(text) and not _CORRECTING.search(text)) and not re.search(
            r"\b(again|get them off (herself|himself|themselves)|wavering|changed my mind|i 'm game|im game|fair enough|go on then"
            r"|is (she|he) right|not unless|(any|a) (safe |safer |proper |right |good )?way for (her|him|them) to|which (is|means) i|in (italian|spanish|polish|portuguese|french|german|urdu|punjabi|arabic|cantonese|welsh|gujarati))\b|\btell (her|him|them) (no|not to) \?", text) and not _own_plan(text):  # "that sounds horrifying to me. tell her no??"
        for label in ("SELF_VERB", "SELF_CUE", "TOOL", "BARE_TOOL", "TOOL_USE", "REMOVE", "HOME_WAY", "GADGET", "CONSUMER_TOOL"):
            a.discard(label, lambda s, e: not _MY_OWN_REMOVAL.search(sentence_text(a, a.sentence[s])))
    # session 42 (tuning_283): someone else's removal of their own told as done ("after she needled them"; kept: "she squeezed mine", "she picks
    # her eyelid milia all the time. Is that safe?", and any removal the visitor tells as theirs)
    mine_told = bool(_MY_OWN_REMOVAL.search(" ".join(a.low)))
    for label in ("SELF_VERB", "REMOVE", "TOOL_USE"):
        a.discard(label, lambda s, e: not mine_told and not _SOMEONE_ASKED.search(" ".join(a.low)) and a.low[s - 1:s] in (["she"], ["he"], ["they"]) and (
            a.low[s].endswith("ed") or a.low[s] in {"dug", "did", "got", "took"}) and (
            a.low[e:e + 1] and a.low[e] in _THEIR_OWN or a.low[e:e + 1] == ["them"] and not {"my", "mine", "me"} & sentence_words(s)
            or bool(_THEIR_OWN & set(a.low[s + 1:e]))))
    # a shop's tool compared with the clinic's: "Are the comedone extractors on Amazon the same ones your nurses use?", "whats the difference
    # between a sterile lancet at a clinic and the cheap packs of 100 on ebay" (session 42, tuning_286; kept: "can I use the same one you use")
    compared = re.search(r"\b(same|difference|different|differ)\b", " ".join(a.low)) and re.search(
        r"\b(you|u|your (nurses?|practitioners?|staff|dermatologists?|doctors?|team)|the clinic|clinics) (use|uses|used)\b|\bat (a|the|your) clinic\b",
        " ".join(a.low))
    for label in ("TOOL", "BARE_TOOL", "CONSUMER_TOOL", "TOOL_USE", "GADGET"):
        a.discard(label, lambda s, e: bool(compared) and not mine_told and not a.spans("SELF_CUE") and not a.spans("SELF_VERB") and not re.search(
            r"\b(planning|plan to|going to|gon na|ordered|bought|i 'll|i will)\b", " ".join(a.low)))


# session 43 (tuning_323): tools of the visitor's work or health told beside a question to the clinic ("I'm a theatre nurse so needles
# don't bother me", "Type 1 diabetic, I prick my fingers about six times a day", "jeweller, I use fine tweezers all day long"); kept: a
# removal the visitor asks about or tells as theirs in any other sentence
_WORK_OR_HEALTH = re.compile(r"\b(nurse|paramedic|diabetic|diabetes|blood sugar|jeweller|jeweler|surgeon|dentist|tattooist|at work|my fingers?)\b")
_ROUTINE = re.compile(r"\b(all day|every day|everyday|times a day|a day|daily|at work|bother me|for (my|his|her) (sugars?|blood sugar))\b")
_ON_A_SPOT = frozenset({"milia", "milium", "spot", "spots", "bump", "bumps", "lump", "lumps", "whitehead", "whiteheads", "them", "those",
                        "face", "eyelid", "eyelids", "mine", "it", "one", "ones"})
_TOOL_LABELS = ("TOOL", "BARE_TOOL", "CONSUMER_TOOL", "TOOL_USE", "SELF_VERB", "REMOVE", "HOME_WAY", "GADGET")


def drop_work_and_health_tools(a: Analysis) -> None:
    """Forget the tools of the visitor's work or health told in a sentence of their own beside a question."""
    text = " ".join(a.low)
    if _STILL_ASKING.search(text) or _SOMEONE_ASKED.search(text) or re.search(
            r"\b(myself|meself|yourself|at home|diy|suggested|offered|offers|wants|using (one|them|it)|use (one|them|it))\b", text) or "?" not in a.low:
        return

    def work_or_health(s: int) -> bool:
        sentence = sentence_text(a, a.sentence[s])
        return bool(_WORK_OR_HEALTH.search(sentence)) and bool(_ROUTINE.search(sentence)) and not _ON_A_SPOT & set(sentence.split())

    if any(_MY_OWN_REMOVAL.search(sentence_text(a, a.sentence[s])) and not work_or_health(s) for label in _TOOL_LABELS for s, _ in a.spans(label)):
        return
    for label in _TOOL_LABELS:
        a.discard(label, lambda s, e: work_or_health(s))


def drop_their_own_removals(a: Analysis) -> None:
    """Forget the removal words and tools of a sentence that tells someone else doing their own milia ("my mum did her own milia on her
    chin with a needle", "My wife removed the milia from her own eyelids"; kept: "... and wants to do mine", a removal the visitor tells
    as theirs, and anyone at home asked about for the visitor). Session 43 (tuning_311, tuning_321)."""
    text = " ".join(a.low)
    if _STILL_ASKING.search(text) or _SOMEONE_ASKED.search(text) or _OFFERED_OR_COPIED.search(text):
        return

    def theirs(s: int) -> bool:
        sentence = sentence_text(a, a.sentence[s])
        own = _THEIR_OWN_NAMED.search(sentence)
        return bool(own) and not _MY_OWN_REMOVAL.search(sentence) and not {"me", "i"} & set(sentence.split()) and not re.search(
            r"(?<!not )\bmine\b|\bmy\b(?! idea)", sentence[own.end():])

    for label in (*_TOOL_LABELS, "SELF_CUE"):
        a.discard(label, lambda s, e: theirs(s))
