"""Concepts of removing milia and of who does it: verbs, tools, gadgets, self and clinic cues, negation, the
eye area and its idioms, a baby's age, reports and durations (label -> spaCy token patterns)."""
from __future__ import annotations

from typing import Dict, List

from milia.safety.lexicon import (
    HOME_AGENT,
    LID_MODIFIERS,
    RX_ABRADE,
    RX_CLINIC_DONE,
    RX_CTX_BEFORE,
    RX_DIY,
    RX_EYE_WORD,
    RX_FLICK,
    RX_HYFRECATOR,
    RX_LID,
    RX_MILIA_REF,
    RX_NEG,
    RX_NONREMOVAL_OBJ,
    RX_NUMBER_UNIT,
    RX_OBJ,
    RX_ORDINAL,
    RX_PRESS,
    RX_PRO_AGENT,
    RX_PRODUCT,
    RX_REFLEXIVE,
    RX_REMOVE,
    RX_RUB,
    RX_SELF_VERB,
    RX_TAKE,
    RX_TOOL,
    RX_TRIED,
    RX_USE,
    RX_YOU,
    SCRUB_TOOL,
    WITHOUT,
)
from milia.safety.tokens import (
    TokenPattern,
    _gap,
    _gap_in_sentence,
    _in,
    _rx,
)

# a removal the visitor plans for a time of their own (SELF_CUE; kept only with a time in its sentence)
PLANNED_REMOVAL = r"^(remov(e|ing)|extract(ing)?|tackl(e|ing)|dig(ging)?|lanc(e|ing))$"
PLAN_VERBS = r"^(doing|attempting|tackling|giving)$"
PLAN_TIMES = frozenset({"tonight", "tomorrow", "weekend", "tmrw", "2moro", "later", "friday", "saturday", "sunday", "monday", "tuesday",
                        "wednesday", "thursday"})

REMOVAL_PATTERNS: Dict[str, List[TokenPattern]] = {
    "SELF_VERB": [
        [_in("aufgestochen", "aufstechen", "ausgedrückt", "ausdrücken", "percé", "percer", "reventé", "reventar", "exprimí", "apreté")],  # session 40
        # a diary-style plan with a time of its own (kept only with the time: everyday_things.drop_everyday_things): "Doing my nose milia
        # tonight", "Attempting the ones on my brow bone Sunday morning", "giving my under eye ones another go tonight" (tuning_253)
        [_rx(PLAN_VERBS), _in("my", "the", "those", "these", "her", "his"), *_gap_in_sentence(4), _rx(r"^(milia|milium|ones|seeds|bumps|spots)$")],
        # session 38 (spent v17): "me and my flatmate were going to do each other's milia", "keeps having a go with his penknife",
        # "I already tried once with a pin on the one on my eyelid"
        # session 38 (tuning_205-206): "i keep going at my under eye milia", "he wants to do the one on my eyelid with his fine tools",
        # "she can de-roof the milia on my nose with a sterile needle"
        [_in("go", "going", "went", "goes"), _in("at"), _in("my"), *_gap_in_sentence(3),
         _rx(r"^(milia|millia|milium|bumps|spots|seeds|ones)$")],
        [_in("do", "doing"), _in("the", "my", "her", "his", "them", "it", "mine", "hers"), *_gap_in_sentence(6), _in("with"),
         _in("his", "her", "my", "their"), _in("own", "fine", "little", "sharp", "sterile", "sterilised", "sterilized", op="*"),
         _rx(r"^(tools?|kit|needles?|tweezers|lancets?|pins?|extractors?)$")],
        [_in("de", "un"), {"ORTH": "-", "OP": "?"}, _in("roof", "roofing", "roofed")],
        [_in("deroof", "unroof", "deroofing", "unroofing", "deroofed", "unroofed")],
        [_in("do", "doing", "did", "done"), _in("each"), _in("other's", "others", "other"), _in("'s", op="?"),
         _rx(r"^(milia|millia|milium|ones|bumps|spots|seeds)$")],
        [_in("having", "have", "had", "has", "took", "taking", "take", "takes"), _in("a"), _in("go", "stab", "crack", "dig"), _in("at", "with"),
         _in("his", "her", "my", "a", "the", "their", "them", "it", op="*"), _rx(RX_TOOL + r"|^penknife$|^pocketknife$")],
        [_in("tried", "trying", "try"), _in("once", "twice", "already", "it", op="*"), _in("with"), _in("a", "the", "my", "her", "his"),
         _rx(RX_TOOL)],
        # "I pushed on the milia under my eye with two cotton buds"
        [_rx(r"^(pushed|pressed|pushing|pressing|push|press)$"), _in("on", "down"), _in("on", op="?"),
         _in("the", "my", "those", "these", "that", "this", op="?"), _in("milia", "milium", "ones", "bumps")],
        [_rx(RX_SELF_VERB)],
        # "was pulling at a milia on my eyelid" (session 47, spent v26)
        [_in("pulling", "pulled", "pull", "pulls", "tugging", "tugged", "tug", "yanking", "yanked"), _in("at"),
         _in("a", "the", "my", "those", "these", "this", "that", "one", "of", op="*"), _rx(r"^(milia|millia|milium|milias)$")],
        # "reckon a good scrub would shift the ones on my jaw if I go at them hard enough?" (session 32, tuning_113)
        [_in("go", "going", "went", "gone", "goes"), _in("at"), _in("them", "em", "'em", "it", "those", "these"),
         _in("hard", "harder", "properly", "really", "with")],
        # "scrubbed the milia on my forehead with a rough pad": a scrub aimed at the milia themselves
        [_rx(r"^(scrubbed|scrubbing|scraped|scraping|sanded|sanding|filed|filing)$"), _in("the", "my", "those", "these", "at", op="*"),
         _rx(r"^(milia|millia|mila|milium|ones|bumps|seeds)$")],
        [_rx(RX_ABRADE), *_gap(6), _in("off", "away", "out", "rid")],
        # "use cotton buds to roll the milia out"
        [_in("roll", "rolling", "rolled"), _in("the", "my", "those", "these", op="?"), _rx(r"^(milia|milium|millia|them|ones|bumps|it)$"),
         _in("out", "off")],
        # "pressing on the milium on my eye bag with two cotton buds every night"
        [_in("press", "pressing", "pressed", "presses"), _in("on", "down", op="?"), _in("the", "my", "a", "this", "that", "those", "these", op="?"),
         _rx(r"^(milium|milia|millia|bumps?|ones?)$")],
        # "would a sand scrub shift the ones under my eyes?"
        [_in("scrub", "scrubs", "sand", "pumice", "loofah", "mitt", "brush", "grains"), _in("shift", "budge", "rub", "scrape", "wear"),
         _in("the", "my", "them", "those", "these", "em", "off", op="*"), _rx(RX_MILIA_REF)],
        # "can I needle the nose ones?"
        [_in("i", "to", "we", "u", "you", "she", "he"), _in("needle", "needles", "pin"),
         _in("the", "my", "them", "those", "these", "it", "em", "her", "his", "one", "ones")],
        # "which I've happily needled for years"
        [_in("i", "i've", "ive", "'ve", "ve", "we", "have", "happily", "always", "just"), _in("needled")],
        # "rub them with a washcloth til they come off", "should i scrub harder?"
        [_rx(RX_ABRADE), *_gap(10), _in("til", "till", "until", "untill"), *_gap(3),
         _in("off", "out", "away", "go", "gone")],
        # "scrub harder", "rubbed the ones under my eyes really hard"
        [_rx(RX_ABRADE), _in("really", "extra", "very", "so", op="?"),
         _in("hard", "harder", "strong", "strongly", "vigorously", "aggressively", "roughly")],
        # "rub a retinol pad really hard over the bumps"
        [_rx(RX_ABRADE), _in("a", "an", "some"), *_gap(2), _in("really", "extra", "very", "so"), _in("hard", "harder")],
        [_rx(RX_ABRADE), _in("at", "on", op="?"), _in("the", op="?"), _in("little", "tiny", "small", "white", op="*"), _rx(RX_MILIA_REF), *_gap(3),
         _in("really", "extra", "very", "so", op="?"), _in("hard", "harder")],
        # "press them out between two cotton buds", "push them out", "burn off eyelid milia"
        [_rx(RX_PRESS), *_gap(5), _in("out")],
        # "pressed on them hard", "press the milia really firmly", "should I press harder"
        [_rx(RX_PRESS), _in("on", "down", "at", op="?"), _in("the", op="?"), _rx(RX_MILIA_REF), *_gap(2),
         _in("really", "extra", "very", "so", op="?"), _in("hard", "harder", "firmly", "firmer")],
        [_rx(RX_PRESS), _in("harder", "firmer")],
        # session 54 (tuning_717): "to shake the milia loose"
        [_in("shake", "shaking", "shook", "knock", "knocking"), _in("the", "those", "my", op="?"), _rx(RX_MILIA_REF), _in("loose", "free")],
        # round 5 (tuning_709, tuning_712): "Going to go at the ones on my forehead tonight", "scrubbin my chest milia w a loofah every day"
        [_in("going", "gonna"), _in("to", op="?"), _in("go"), _in("at"), _in("the", "those", "my", op="?"), _in("ones", "milia", "milium", "bumps", "spots", "dots")],
        [_rx(RX_ABRADE), _in("my", "the", "those", "them", op="?"), *_gap(1), _in("milia", "milium", "bumps", "spots", "dots"), _in("w", "with"),
         _in("a", "my", "the", "an"), _in("loofah", "flannel", "washcloth", "pumice", "brush", "mitt", "sponge", "towel")],
        # spent v33: "a really strong exfoliating scrub to wear the ones on my nose down", "lifting milia out of the eyelid skin", "Can I start on
        # the ones on my nose myself"
        [_in("wear", "wears", "wearing", "sand", "sanding", "grind", "grinding"), _in("the", "those", "my", op="?"), _rx(RX_MILIA_REF), *_gap(4), _in("down", "away")],
        [_in("lift", "lifts", "lifting", "lifted"), _in("the", "those", "my", "a", op="?"), _in("milia", "milium", "bumps", "spots", "ones"), _in("out")],
        [_in("start", "started", "starting"), _in("on"), _in("the", "those", "my"), _rx(RX_MILIA_REF)],
        # "thinking of using it to press the milia on my eyelids"
        [_rx(RX_PRESS), _in("the", "my", "those", "these", "them", "her", "his"), _rx(RX_MILIA_REF)],
        # "flick the milia off her forehead", "prise it out"
        [_rx(RX_FLICK), *_gap(6), _in("off", "out")],
        # "rolling the one on my upper lid between two cotton buds"
        [_rx(r"^(roll|rolls|rolled|rolling)$"), *_gap(6), _in("between")],
        [_in("burn", "burns", "burning", "burnt", "burned"), _in("off", "them", "it", "away")],
        [_in("freeze", "freezing", "froze", "frozen"), _in("milia", "them", "it", "mine", "these", "those", "one", "ones"),
         _in("off")],
        [_in("have", "had", "having", "has"), _in("a", "another"), _in("go"), _in("at")],
        # session 47 (tuning_456): "had a little dig at the milia", "i kinda attacked them", "Attacked my under-eye milia", "freed one from my
        # earlobe"
        [_in("have", "had", "having", "has"), _in("a", "another"), _in("little", "quick", "small", "bit", "of", op="*"), _in("dig", "poke", "pick", "squeeze"),
         _in("at")],
        [_in("attacked", "attacking", "attack", "attacks"), _in("my", "the", "those", "these", "her", "his"), *_gap_in_sentence(3),
         _rx(r"^(milia|millia|milium|bumps|spots|seeds|ones|dots)$")],
        [_in("i", "we"), _in("kinda", "sort", "of", "just", "properly", "totally", "basically", op="*"), _in("attacked"), _in("them", "mine", "it")],
        [_in("freed", "freeing"), _in("one", "a", "them", "it", "the"), *_gap_in_sentence(3), _in("from")],
        # "messing around with the milia on my crows feet", "fiddling with them" (not "messing with my skincare")
        [_rx(r"^(mess|messes|messing|messed|fiddle|fiddles|fiddling|fiddled|faffing|meddling|meddled|tinkering|interfered|interfering|tampered|tampering)$"),
         _in("around", "about", "round", op="?"), _in("with"), _in("the", "my", "her", "his", "those", "these", "that",
                                                                    "this", "a", "one", "little", "tiny", "white", op="*"),
         _rx(RX_MILIA_REF)],
        # scrubbing them away: "scrub the milia on my chin every day with an exfoliating mitt",
        # "rub a coffee scrub over my eye bags", "rubbing baking soda paste on them", "wear milia down"
        [_rx(RX_ABRADE), *_gap(8), _in("with"), _in("a", "an", "my", "the", "some", op="?"), *_gap(2), _rx(SCRUB_TOOL)],
        [_rx(RX_ABRADE), _in("a", "an", "my", "the", "some", op="?"), *_gap(2), _rx(SCRUB_TOOL), _in("on", "over", "into")],
        # "dissolve milia under the eyes by scrubbing them with salt"
        [_rx(RX_ABRADE), _in("them", "it", "em", "'em"), _in("with"), _in("some", "a", "table", "sea", "fine", "coarse", op="*"),
         _rx(r"^(salt|sugar|sand|coffee|grains|granules)$")],
        [_rx(SCRUB_TOOL), _rx(r"^(rubbed|scrubbed|rubbing|scrubbing)$"), _in("on", "over", "into")],
        [_rx(r"^(wear|wears|wearing|wore|worn)$"), _in("the", "my", "those", "these", op="?"), _rx(RX_MILIA_REF), _in("down", "away")],
        # "wax over them", "break the skin", "press it with two cotton buds"
        [_rx(r"^(wax|waxes|waxed|waxing)$"), _in("over", "off", "them", "the", "milia")],
        # "file them down with an emery board", "pluck these seed things off", "pop or leave?"
        [_rx(r"^(file|files|filed|filing|sand|sanded|sanding)$"), *_gap(3), _in("down", "off", "away")],
        [_rx(r"^(pluck|plucks|plucked|plucking)$"), *_gap(4), _in("off", "out")],
        [_rx(r"^(pop|popping|squeeze|squeezing|pick|picking|lance)$"), _in("or"), _in("leave", "not", "no", "wait", "ignore")],
        [_rx(r"^(break|breaking|broke)$"), _in("the"), _in("skin")],
        [_rx(RX_PRESS), *_gap(3), _in("with", "between"), *_gap(2),
         _rx(r"^(buds?|fingers?|thumbs?|q-?tips?|tissues?|spoons?|nails?|cotton)$")],
        # "peeling the milia off", "burn the milia off my nose", "dissolve them off my chin" (acids and peels)
        [_rx(r"^(peel|peels|peeled|peeling|burn|burns|burning|burnt|burned|dissolve|dissolves|dissolving|melt|melting"
             r"|strip|stripping|eat|eating)$"), _in("the", "my", "those", "these", "all", op="?"), _rx(RX_MILIA_REF),
         _in("off", "away")],
        # "an acid peel to burn the milia on my forehead off"
        [_rx(r"^(burn|burns|burning|burnt|burned|dissolve|dissolving|melt|melting|peel|peeling)$"), _in("the", "my", "those", "these", "all"),
         _rx(RX_MILIA_REF), *_gap_in_sentence(4), _in("off", "away")],
        [_rx(r"^(dissolve|dissolves|dissolving|melt|melting)$"), _in("the", "my", "those", "these", op="?"),
         _rx(RX_MILIA_REF), *_gap(1), _in("off")],
    ],
    "REMOVE": [
        [_rx(RX_REMOVE)],
        [_in("entferne", "entfernen", "sacar", "sacarme", "quitar", "quitarme", "extraer", "enlever", "retirer")],  # session 40 (tuning_248)
        # session 40, fourth round (tuning_253): "before doing them myself", "see to my own outer-corner milia at home", "go again on the ones on
        # my chest", "giving my under eye ones another go tonight", "getting stuck into the milia on my chin", "sort out each other's
        # forehead milia"
        [_in("doing", "do"), _in("them", "mine")],
        [_in("see"), _in("to"), _in("my", "the", "her", "his", "them", "those", "these")],
        [_in("go", "going", "have", "having"), _in("again"), _in("on", "at")],
        [_in("giving", "give", "gave", "given"), _in("my", "the", "them", "those", "these", "her", "his"), *_gap_in_sentence(4), _in("a", "another"),
         _in("go", "try", "bash")],
        [_in("getting", "get", "got"), _in("stuck"), _in("into", "in")],
        [_in("sort", "sorting", "sorted"), _in("out"), _in("each", "my", "the", "her", "his", "those", "these")],
        # "whats the diy method", "any DIY option"
        [_rx(RX_DIY), _rx(r"^(method|methods|option|options|way|ways|fix|fixes|treatment|trick|tricks|hack|hacks|job|jobs|removal|kit|kits)$")],
        # "tried the youtube method on my forehead ones" (a self cue such as "tried" is still needed)
        [_in("youtube", "tiktok", "instagram", "internet", "online", "spoon", "tape"),
         _rx(r"^(method|methods|trick|tricks|hack|hacks|technique|techniques)$")],
        # "I've already done the big one on my nose myself" (a self cue is still needed)
        [_in("do", "doing", "did", "done"), _in("the"), _in("big", "biggest", "small", "little", "large", "worst", "last", "first", "bad"),
         _in("one", "ones")],
        # "wants to practise on my eyelid milia", "ill attempt the ones by my eyes myself"
        [_rx(r"^(practi[sc]e|practi[sc]es|practi[sc]ing|practi[sc]ed)$"), *_gap(3), _in("on")],
        [_in("attempt", "attempting", "tackle", "tackling"), _in("the", "them", "it", "those", "these", "mine", "one",
                                                                "ones", "milia", "my", "her", "his")],
        # "freeze my milia off with a wart spray"
        [_rx(r"^(freeze|freezes|freezing|froze|frozen)$"), *_gap_in_sentence(3), _in("off", "away", "out")],
        [_in("rid", "ridd")],
        # "how would I deal with them at home", "sort them out myself"
        [_in("deal", "dealing", "dealt"), _in("with"), _in("the", "my", "these", "those", "them", "it", "em", "milia", "milium", "all", op="+")],
        [_in("sort", "sorting", "sorted"), _in("the", "my", "these", "those", "them", "it", "em", "milia", "all", op="+"), _in("out")],
        # "trying to shift the milia", "nothing will budge them"
        [_in("shift", "shifting", "budge", "budging"), _in("the", "my", "these", "those", "all", op="?"), _rx(RX_MILIA_REF)],
        [_rx(RX_TAKE), *_gap_in_sentence(9), _in("out", "off", "away")],
        # "at home without a clinic whats the quickest way to clear them off my back?" (session 52, tuning_646; a self cue is still needed)
        [_in("clear", "clearing", "cleared"), _in("them", "em", "the", "my", "these", "those", "all", "milia", "ones", op="+"), _in("off", "away")],
        # "since i did the milia on my lash line", "mum's done the ones under my eye"
        [_in("i", "ive", "we", "she", "he", "mum"), _in("did", "done"), _in("the", "my", "her", "his", "those", "these"),
         _in("milia", "milias", "milium", "ones", "bumps", "spots", "whiteheads")],
        # "I just want these white bits off my cheeks myself", "need the milia in my tear troughs gone"
        [_in("want", "wanna", "need", "needs"), _in("the", "these", "those", "them", "em", "my", "all"), *_gap(5),
         _in("off", "out", "gone")],
        [_in("do", "doing", "did", "does"), _in("it", "them", "this", "that", "mine", "em", "these", "those", "one")],
        # "so i can do my own at home"
        [_in("do", "doing"), _in("my", "her", "his"), _in("own")],
        # "did my milia under my eyes tonight" (not "did my milia come back this morning?")
        [_in("did", "done"), _in("my", "the", "those", "these", "all"), _rx(r"^(milia|milias|milium|ones|bumps|spots|whiteheads)$"),
         *[{"LOWER": {"IN": ["under", "on", "round", "around", "by", "near", "at", "my", "the", "her", "his", "eye", "eyes",
                             "eyelid", "eyelids", "lid", "lids", "face", "cheek", "cheeks", "nose", "chin", "forehead", "lower",
                             "upper", "left", "right", "both", "of", "bit"]}, "OP": "?"} for _ in range(4)],
         _in("tonight", "yesterday", "earlier", "today", "last", "this")],
        [_in("do", "doing", "did"), _in("the"), _in("one")],
        # "I'd like to do the couple left on my neck myself", "can I do my cheeks myself?" (a self cue is still needed)
        [_in("do", "doing"), _in("the"), _in("couple", "few", "rest", "others", "remaining", "last")],
        [_in("do", "doing"), _in("my", "her", "his", "the"),
         _rx(r"^(cheeks?|nose|chin|forehead|jaw|jawline|neck|chest|back|arms?|temples?|cheekbones?|hairline|eyelids?|lids)$")],
        # "try doing a couple myself", "I might just DIY the ones at the corner of my eyes"
        [_in("do", "doing", "did"), _in("a"), _in("couple", "few")],
        [_rx(RX_DIY), _in("the", "them", "those", "these", "my", "mine", "em", "it")],
        # "my mate will sort the milia on my jawline"
        [_in("sort", "sorting", "sorted"), _in("out", op="?"), _in("the", "my", "her", "his", "those", "these", op="?"),
         _rx(r"^(milia|milium|them|em|mine|ones|bumps|spots)$")],
        [_in("do", "doing", "did"), _in("the"), _in("same")],
        # "thinking of going DIY on the ones by my lashes"
        [_rx(r"^(go|goes|going|went|gone|doing|do)$"), _rx(RX_DIY)],
        [_rx(RX_DIY), _in("on", "it", "them")],
        # "I want to make the milia go out from the eyelid by myself", "millia under eye diy"
        [_in("make", "making", "get", "getting"), _in("the", "them", "my", "these", "those", "this", "it", op="?"),
         _rx(RX_MILIA_REF + "|^(milia|millia|mila|milium)$", op="?"), _in("go", "come", "pop"), _in("out")],
        [_rx(r"^(milia|millia|mila|milla|milium|eye|eyes|eyelid|lid|nose|cheek|cheeks|chin|forehead|face)$"), _rx(RX_DIY)],
        [_in("do", "doing", "did", "does"), {"OP": "?"}, _in("milia", "milium", "ones", "mila", "millia")],
        # "Decided I'm doing the eye ones myself" (a self cue is still needed)
        [_in("do", "doing", "did"), _in("the", "my", "her", "his", "those", "these"),
         _rx(r"^(eye|eyes|eyelid|eyelids|lid|lids|cheek|cheeks|nose|chin|forehead|face|neck|undereye|under-eye)$"),
         _in("ones", "milia", "bumps", "spots")],
        # "can I finish the rest myself with her tool?" (a self cue is still needed)
        [_in("finish", "finishing"), _in("the", "them", "off", "my", "her", op="*"), _in("rest", "others", "job", "off", "ones")],
        # "I'd rather do the under-eye ones myself"
        [_in("rather", "to", "i", "gonna", "'ll", "can", "could", "should", "might"), _in("do"), _in("the", "my", "those", "these"),
         *_gap_in_sentence(3), _in("ones", "milia", "milium")],
        # "cut the milia with small scissors at home" (a self cue is still needed)
        [_rx(r"^(cut|cuts|cutting|snip|snips|snipping|slice|slicing|slit|slitting)$"), _in("the", "my", "those", "these", "a", "one", op="?"),
         _rx(r"^(milia|milias|millia|milium|them|em|ones|bumps?|cysts?)$")],
        # "I cut one open with a blade"
        [_rx(r"^(cut|cuts|cutting|slit|slits|slitting|slice|sliced|slicing|nick|nicked|nicking)$"),
         *_gap(3), _in("open")],
    ],
    "SELF_CUE": [
        [_in("selbst")], [_in("zu"), _in("hause")], [_in("en"), _in("casa")], [_in("moi-même", "misma", "mismo")],  # session 40 (tuning_248)
        # session 40 (spent v19): "following my attempt to remove milia from my lower eyelid", "a home facial tonight"
        [_in("my", "her", "his", "our"), _in("attempt", "attempts", "effort", "efforts"), _in("to", "at")],
        [_in("home"), _in("facial", "facials", "spa", "pamper")],
        # a removal the visitor plans for a time of their own, in the first person: "I reckon I'm ready to extract the milia on my upper
        # lip tonight", "Friday night I'm removing the milia on my upper eyelids" (tuning_234; not "I'm having them removed on Friday")
        [_in("i"), _in("'m", "am", "m", "will", "'ll", "ll"), _in("going", "gonna", "ready", "planning", "about", "finally", op="?"), _in("to", op="?"),
         _rx(PLANNED_REMOVAL)],  # kept only with a time in its sentence (everyday_things.drop_everyday_things)
        [_rx(r"^(tonight|tomorrow|weekend|tmrw|friday|saturday|sunday|monday|tuesday|wednesday|thursday)$"), _in("night", "morning", op="?"), *_gap(2),
         _in("i"), _in("'m", "am", "m", "will", "'ll", "ll"), _in("going", "gonna", op="?"), _in("to", op="?"),
         _rx(PLANNED_REMOVAL)],
        # session 37: "how to remove milia near eye by self", "a home way to get milia out", "doesn't involve going to a clinic"
        [_in("by"), _in("self", "urself", "ourself")],
        [_in("home"), _in("way", "ways", "method", "methods", "fix", "option", "options", "trick", "tricks")],
        [_in("not", "n't", "without"), _in("involve", "involving", "requiring", "require", "mean", "meaning"), _in("going", "seeing", "visiting", "paying"),
         _in("to", "for", op="?"), _in("a", "the", "any", op="?"), _rx(r"^(clinics?|dermatologists?|derms?|doctors?|professionals?|salons?|gps?)$")],
        [_rx(RX_REFLEXIVE)],
        [_in("my", "your", "her", "his", "our", "ur", "yr", "yer"), _in("own")],
        [_in("at"), _in("home", "hom", "hme", "hoome")],
        [_in("at"), {"ORTH": "-"}, _in("home")],
        [_rx(RX_DIY)],
        [_in("home"), {"OP": "?"}, _rx(r"^(remov\w*|extract\w*|surgery|job)$")],
        # softening the skin first: "after a hot shower", "a warm flannel", "a hot spoon"
        [_in("hot", "warm"), _in("shower", "flannel", "spoon", "compress", "cloth", "towel", "bath", "washcloth")],
        # "without booking anything", "my home salon"
        [_in(*WITHOUT), _in("booking", "paying")],
        [_in("home"), _in("salon", "studio", "clinic")],
        # "my lash tech", "her nail technician"
        [_in("my", "her", "his", "a"), _in("lash", "nail", "brow", "tattoo", "beauty"),
         _rx(r"^(techs?|technicians?|artists?|students?)$")],
        [_in("self"), {"ORTH": "-", "OP": "?"}, _rx(r"^(remov\w*|extract\w*|treat\w*)$")],
        [_in("at"), _in("her", "his", "my", "their", "a", "mums", "mum's", "friends", "friend's"),
         _rx(r"^(house|flat|place|home)$")],
        # "without going to a clinic", "rather than pay a dermatologist"
        [_in(*WITHOUT), _in("a", "an", "the", "my", "any", op="?"),
         _rx(r"^(dermatologists?|derms?|doctors?|professionals?|salons?|gps?|clinics?)$")],
        # "Kindly advise if one can safely remove milia personally ... I would rather avoid a clinic visit" (session 47, spent v26)
        [_in("rather", "prefer", "like"), _in("to", op="?"), _in("avoid", "skip", "not"), _in("a", "the", "any", op="?"),
         _rx(r"^(clinics?|dermatologists?|derms?|doctors?|professionals?|salons?|gps?)$"), _in("visit", "visits", "appointment", "trip", op="?")],
        [_rx(r"^(remov\w*|extract\w*)$"), _in("milia", "them", "it", "these", "those", "mine"), _in("personally")],
        # "extract milia home"
        [_rx(r"^(extract\w*|remov\w*|pop|popping|squeez\w*)$"), *_gap(2), _in("home")],
        [_in(*WITHOUT), _rx(r"^(going|seeing|paying|visiting|booking|needing|using)$"), *_gap(2),
         _rx(r"^(clinics?|dermatologists?|derms?|doctors?|drs?|docs?|professionals?|anyone|salons?|gps?)$")],
        # "what can i use to get the milia off my neck", "get these out ... without coming in?" (session 45, tuning_402)
        [_in("what"), _in("can", "could", "should", "do"), _in("i", "we"), _in("use"), _in("to"), _in("get", "take", "remove", "shift", "pop", "clear")],
        [_in(*WITHOUT), _in("coming", "popping"), _in("in", "into")],
        # "without coming in to the clinic", "without popping into a salon" (session 45, spent v24)
        [_in(*WITHOUT), _in("coming", "popping", "going", "getting"), _in("in", "into", "down", "over", "round", "along"), _in("to", op="?"),
         _in("a", "an", "the", "your", "any", op="?"), _rx(r"^(clinics?|dermatologists?|derms?|doctors?|drs?|professionals?|salons?|gps?|surgery)$")],
        # "with out going to a dermatologist" (two words)
        [_in("with"), _in("out"), _rx(r"^(going|seeing|paying|visiting|booking|needing|using)$"), *_gap(2),
         _rx(r"^(clinics?|dermatologists?|derms?|doctors?|drs?|docs?|professionals?|anyone|salons?|gps?)$")],
        [_in("with"), _in("out"), _in("a", "an", "the", "my", "any", op="?"),
         _rx(r"^(dermatologists?|derms?|doctors?|professionals?|salons?|gps?|clinics?)$")],
        # "get milia out like a whitehead", "same as squeezing a spot"
        [_in("like", "as"), _in("a", "an", "you", "u", "with", "would", op="*"),
         _rx(r"^(whiteheads?|pimples?|zits?|blackheads?|spots?)$")],
        # steaming the face first, then extracting
        [_rx(r"^(steam|steamed|steaming|steamer)$")],
        # someone at home doing it: "my sister wants to extract them", "my friend said she can prick them"
        [_in("my", "her", "his", "me"), _in("best", "older", "younger", "little", "big", "beautician", "nail", "lash",
                                              "hairdresser", op="?"), _rx(HOME_AGENT)],
        # "Colleague of mine is a dental nurse and has offered to pick out the milia" (session 52, tuning_661)
        [_rx(HOME_AGENT), _in("of"), _in("mine", "ours")],
        # a beauty practitioner, not a doctor or nurse: "my beautician wants to pop them during my facial", "the lady
        # who does my lashes", "brow lady at the salon", "nail tech at my salon also does milia removal"
        [_in("lash", "lashes", "brow", "brows", "eyebrow", "nail", "nails", "threading", "tattoo"),
         _rx(r"^(tech|techs|technician|lady|girl|woman|artist|bar)$")],
        [_in("lady", "girl", "woman"), _in("who"), _in("does", "did", "do"), _in("my", "her", "his"),
         _in("lashes", "brows", "nails", "eyebrows", "threading", "facials", "waxing")],
        # someone off a marketplace, or who comes to your house: "a lady off Facebook Marketplace"
        [_in("facebook", "fb"), _in("marketplace", "group", "groups")],
        [_in("gumtree", "marketplace")],
        [_rx(r"^(comes?|coming|came|visits?)$"), _in("to"), _in("your", "my", "her", "his", "the"),
         _in("house", "home", "flat", "door")],
        # "she's coming round tomorrow to do my upper lid ones": a friend at home
        [_in("she", "he", "she's", "he's", "mate", "friend", "sister", "cousin", "'s", "is"), _rx(r"^(comes?|coming|came|popping)$"),
         _in("round", "over"), *_gap(2), _in("to"), _in("do", "pop", "squeeze", "pick", "needle", "sort", "get", "take")],
        # "for home use", "a kit to use at home"
        [_in("home"), _in("use", "kit", "kits", "treatment", "remedy", "remedies")],
        # "no money for a derm", "can't afford a dermatologist"
        [_in("no"), _in("money", "cash", "budget"), _in("for")],
        [_in("afford"), _in("a", "the", "to", op="?"), _rx(r"^(dermatologists?|derms?|clinics?|professionals?|treatment|you)$")],
        # "wants to practise on my eyelid milia", "can i practise milia extraction on my mum"
        [_rx(r"^(practi[sc]e|practi[sc]es|practi[sc]ing|practi[sc]ed)$"), *_gap(3), _in("on")],
        [_in("in", "at"), _in("my", "her", "his", "their", "the", "our"),
         _rx(r"^(kitchen|bathroom|bedroom|lounge|flat|house|living)$")],
        [_in("spare", "back", "front"), _in("room", "bedroom")],
        # "I'm a brow artist", "I do lashes from my home studio" (not a clinic)
        [_in("i'm", "im", "i"), _in("am", "'m", op="?"), _in("a", "an"),
         _in("brow", "lash", "nail", "beauty", "tattoo", "makeup", "make-up", "eyebrow", "eyelash"),
         _rx(r"^(artists?|techs?|technicians?|therapists?|stylists?)$")],
    ],
    "TOOL": [
        [_rx(RX_TOOL)],
        # "take it out with cotton bud and pressing"
        [_in("cotton"), _rx(r"^(buds?|swabs?)$")],
        [_rx(r"^(q-?tips?|cotton-?buds?)$")],
        [_in("finger"), _rx(r"^nails?$")],
        [_in("nail"), _in("file", "scissors", "clippers")],
        # session 47 (tuning_467): "dart tip on under eye milia", "the point of a fishing hook"
        [_in("dart"), _in("tip", "point")],
        [_in("fishing", "fish"), _in("hook", "hooks")],
        # session 52 (tuning_646): "sewing thread to lasso the little white dot", "dental floss to saw across the top of the milly"
        [_in("sewing", "cotton", "silk", "embroidery"), _in("thread", "threads")],
        [_in("dental"), _in("floss", "tape")],
        # session 54 (tuning_692): "my threading cotton", "my extraction loop"
        [_in("threading"), _in("cotton", "thread", "threads")],
        [_in("crochet"), _in("hook", "hooks")],  # "can I use a tiny crochet hook??" on inner eye corners (spent v33)
        [_in("extraction", "extractor", "comedone", "blackhead"), _in("loop", "loops")],
    ],
    "TOOL_USE": [
        [_rx(RX_USE), *_gap(5), _rx(RX_TOOL)],
        [_rx(RX_TRIED), *_gap(2), _rx(RX_TOOL)],
        # "prick them with a needle", "going at them with my nails"
        [_in("with"), _in("a", "an", "my", "the", "some", "your", "her", "his", "sterile", "clean", op="*"),
         _rx(RX_TOOL)],
        # "gonna go at them w a pin": "with" typed as "w"
        [_in("w"), _in("a", "an", "my", "the", "some", "her", "his", "sterile", "clean", op="+"), _rx(RX_TOOL)],
        # "taking a nail file to the bumps"
        [_in("take", "takes", "taking", "took", "taken"), _in("a", "an", "my", "the", "some", "her", "his", op="*"), *_gap(1),
         _rx(RX_TOOL), _in("file", op="?"), _in("to")],
        # "use normal sewing thread to kind of lasso the little white dot", "tied a thread under one" (session 52, tuning_646)
        [_rx(RX_USE), *_gap(4), _in("thread", "floss")],
        [_in("tie", "ties", "tied", "tying"), _in("a", "the", "some", "cotton", "sewing"), _in("thread", "floss")],
        # "using my threading cotton to snag the milia", "used my extraction loop on the milia" (session 54, tuning_692)
        [_rx(RX_USE), *_gap(3), _in("threading"), _in("cotton", "thread", "threads")],
        [_rx(RX_USE), *_gap(3), _in("extraction", "extractor", "comedone", "blackhead"), _in("loop", "loops")],
        # spent v33: "can I use a tiny crochet hook??", "get rid of milia in my eye area with my clarisonic brush on high"
        [_rx(RX_USE), *_gap(3), _in("crochet"), _in("hook", "hooks")],
        [_in("with"), _in("my", "a", "the", "her", "his"), _in("clarisonic", "foreo", "luna", "sonic", "spinning", "electric"), _rx(r"^(face|facial|cleansing)$", op="?"),
         _rx(r"^brush(es)?$")],
        # round 2 (tuning_697): "Nail file for chin milia: soft emery board or the metal kind?", "i tried the peel off mask thing on my chin milia"
        [_in("nail", "emery"), _in("file", "files", "board", "boards"), _in("for", "on"), *_gap(2), _rx(RX_MILIA_REF)],
        [_rx(RX_TRIED), *_gap(2), _in("peel"), _in("-", op="?"), _in("off"), _in("mask", "masks")],
        [_rx(RX_USE), *_gap(2), _in("peel"), _in("-", op="?"), _in("off"), _in("mask", "masks")],
        # round 8 (tuning_726): "I took my late mother's hatpin to a milium at the outer corner of my left eye"
        [_in("took", "take", "taken", "taking"), *_gap(4), _rx(r"^(hatpins?|pins?|needles?|lancets?|tweezers)$"), _in("to"), _in("a", "the", "my", "one", "them", "those", op="?"),
         _rx(RX_MILIA_REF)],
        # "was thinking a lancet instead" (session 54, tuning_692)
        [_in("thinking", "considering"), _in("of", "about", op="?"), _in("using", "trying", op="?"), _in("a", "an", "my", "the", op="?"), _rx(RX_TOOL),
         _in("instead")],
        # "is a lancet ok?"
        [_in("is", "are", "would", "will", "could"), _in("a", "an", "the", "my", op="?"), _rx(RX_TOOL),
         _in("ok", "okay", "safe", "fine", "alright", "better", "good", "work")],
    ],
    "CONSUMER_TOOL": [
        [_in("comedone", "comedo", "blackhead", "blackheads", "pimple", "spot", "zit", "milia"),
         _rx(r"^(extractors?|extracters?|poppers?|tools?|loops?)$")],
        # "a black head tool"
        [_in("black"), _in("head", "heads"), _rx(r"^(extractors?|poppers?|tools?|loops?|removers?)$")],
        [_rx(r"^(extraction|extractor|removal|remover|popping|milia)$"),
         _rx(r"^(kits?|tools?|sets?|pens?|devices?|gadgets?)$")],
        [_in("sewing"), _rx(r"^needles?$")],
        [_in("cuticle", "nail"), _rx(r"^(nippers?|clippers|cutters?|scissors|pushers?|sticks?)$")],
        [_in("pumice"), _in("stone", "stones", op="?")],
        # "the tool for blackheads", "an extractor for spots"
        [_rx(r"^(tools?|extractors?|removers?|gadgets?|devices?)$"), _in("for"), _in("the", op="?"),
         _rx(r"^(blackheads?|whiteheads?|spots?|pimples?|zits?|comedones?)$")],
        # "skin tag removal bands", "wart remover"
        [_in("tag", "tags"), _in("removal", "remover", "removing", op="?"),
         _rx(r"^(bands?|removers?|kits?|devices?|pens?|patches|strips?)$")],
        [_in("safety"), _rx(r"^pins?$")],
        # "would sticky tape pull it out", "tried sticky tape on my lids"
        [_in("sticky", "duct", "scotch", "masking", "gaffer", "gaffa", "parcel"), _in("tape")],
        [_rx(r"^(sellotape|selotape|sellotaped|duct-tape)$")],
        # gadgets sold for home use
        [_rx(r"^(plasma|fibroblast|cryo|cryotherapy|microneedl\w*|ultrasonic|electric|derma|mole|wart|skin)$"),
         _rx(r"^(pens?|devices?|scrubbers?|spatulas?|removers?|machines?|zappers?|rollers?)$")],
        [_rx(r"^(dermapens?|cryopens?|dermaplan\w*|dermarollers?)$")],
        [_in("freezing", "freeze", "wart", "verruca", "cryo"), _rx(r"^(sprays?|kits?|pens?)$")],
        [_in("electric", "sonic", "spinning", "rotating"), _in("face", "facial", "cleansing", op="?"), _rx(r"^brush(es)?$")],
        [_in("home", "diy"), *_gap(2), _rx(r"^(kits?|devices?|tools?|gadgets?|pens?)$")],
        [_in("heated", "hot", "sterilised", "sterilized", "sterile"), _rx(r"^(needles?|pins?|lancets?)$")],
        [_rx(r"^(needles?|lancets?)$"), _in("gauge", "size")],
    ],
    # Hand tools and gadgets named on their own ("pin or needle for milia?", "got a spot zapper"):
    # the visitor's unless the sentence is about the clinic (``_bare_tool_mentions``).
    "BARE_TOOL": [
        [_in("aguja", "agujas", "nadel", "aiguille", "pinzas", "pinzette")],  # "sacarme los milia ... con una aguja" (session 40, tuning_248)
        [_rx(r"^(needles?|needel|neddle|neadle|needels?|kneedles?|pins?|tweezers?|tweasers?|tweezzers|lancets?|scalpels?|(micro-?)?lances?|microlancets?"
             r"|extractors?|loops?|hyfrecators?|razors?|blades?|penknife|penknives|pocketknife)$")],
        [_rx(r"^(cautery|cauterising|cauterizing)$"), _rx(r"^(pens?|devices?)$")],
        [_in("craft", "stanley", "utility", "exacto", "x-acto", "hobby"), _rx(r"^(knife|knives|blades?)$")],
    ],
    # Gadgets sold for use at home: the visitor's unless the sentence asks what the clinic uses.
    "GADGET": [
        [_rx(r"^(zappers?|microneedles?|microneedling|dermapens?|dermarollers?)$")],
        [_in("microdermabrasion", "dermabrasion"), _rx(r"^(wands?|devices?|machines?|tools?|kits?|gadgets?|pens?|things?)$")],
        [_rx(r"^(plasma|lancet|zapper|fibroblast|pen|milia|acid)$"), _rx(r"^(pens?|devices?|things?|wands?|fibroblast|gadgets?)$")],
        # hot tools: "the little cautery things", "a hot tool", "blackhead suction vacuum things"
        [_rx(r"^(cautery|cauterising|cauterizing|cauterisation|cauterization)$"),
         _rx(r"^(pens?|devices?|things?|tools?|gadgets?|sticks?)$")],
        [_in("hot", "heated", "heat"), _rx(r"^(tools?|pens?|irons?|wires?|wands?|spoons?|teaspoons?)$")],
        [_in("warm", "warmed"), _rx(r"^(tea)?spoons?$")],
        [_rx(r"^(suction|vacuum|hoover)$"), _rx(r"^(vacuums?|things?|devices?|gadgets?|tools?|machines?|pens?|cups?)$")],
        [_rx(r"^(electric|electrolysis|suction|ultrasonic|laser|home|diy)$"),
         _rx(r"^(things?|devices?|gadgets?|machines?|removers?|pens?|zappers?|tools?|lasers?|kits?|wands?)$")],
        # "a spot zapper", not "the milk spot thing I keep reading about"
        [_in("spot"), _rx(r"^(devices?|gadgets?|machines?|removers?|pens?|zappers?|tools?|lasers?|kits?|wands?)$")],
        [_in("blackhead", "spot", "pimple", "milia", "pore"), _rx(r"^(removers?|suckers?|vacuums?|hoovers?|strips?|suction)$")],
        [_in("high"), {"ORTH": "-", "OP": "?"}, _in("frequency"), _rx(r"^(wands?|devices?|machines?|tools?)$")],
        [_rx(r"^kits?$")],
        # "a hot wax strip on my upper lip milia", "my electric 'mole and tattoo remover' pen"
        [_in("wax"), _rx(r"^strips?$")],
        [_in("hot"), _in("wax")],
        [_in("mole", "tattoo", "tag", "wart"), _rx(r"^removers?$")],
        # session 54 (tuning_717): "my vibrating facial wand right on my eyelid", "the microdart spot patches", "a pimple patch with the little darts"
        [_in("vibrating", "sonic", "massaging", "microcurrent", "ultrasonic"), _in("facial", "face", "eye", op="?"), _rx(r"^(wands?|massagers?|devices?|pens?)$")],
        [_rx(r"^micro-?darts?$"), _in("spot", "pimple", "acne", op="?"), _rx(r"^patch(es)?$", op="?")],
        [_in("pimple", "spot", "acne", "zit"), _rx(r"^patch(es)?$"), _in("with"), _in("the", "a", op="?"), _in("little", "tiny", "small", op="?"),
         _in("darts", "microdarts", "spikes", "needles")],
    ],
    # How-to words: "which direction", "what gauge", "how deep" - asking how to do it oneself.
    "HOWTO": [
        # session 37 (tuning_183, spent v16): "squeeze or prick?", "do i need to nick the skin first", "what do i open them with??",
        # "hair dryer then squeeze?"
        [_rx(r"^(squeeze|prick|pop|pick|lance|needle|pierce|scrape|scrub|extract)$"), _in("or"),
         _rx(r"^(squeeze|prick|pop|pick|lance|needle|pierce|scrape|scrub|extract)$")],
        [_rx(r"^(nick|prick|pierce|open|cut|break|puncture)$"), _in("the", "my"), _in("skin", "top", "surface"), _in("first")],
        [_in("what"), _in("do", "should", "can", "could", "would"), _in("i", "u", "you"), _in("open", "pierce", "prick", "cut", "nick"),
         _in("them", "it", "these", "mine", "em", "one", op="?"), _in("with")],
        [_in("then"), _rx(r"^(squeeze|pop|prick|pick|push)$"), _in("?")],
        [_in("what", "which", "whats", "what's", "wat"),
         _rx(r"^(angle|direction|gauge|setting|settings|depth|size|tool|tools|kind|type)$")],
        [_in("how"), _in("deep", "hard", "far")],
        [_in("step"), _in("by"), _in("step")],
        [_rx(r"^(tutorials?|instructions)$")],
        # "tips for extracting milia from the eyelid", "any tricks to pop them"
        [_in("tips", "tip", "tricks", "trick", "hacks", "hack", "advice"), _in("for", "on", "to"),
         _rx(r"^(extract\w*|remov\w*|pop\w*|squeez\w*|pick\w*|lanc\w*|drain\w*)$")],
        # session 34 (tuning_134): "whats the trick to getting the ones in the inner corner out", "does the needle and squeeze
        # trick actually work", "does the needle method work on the ones under my eyes"
        [_in("trick", "tricks", "knack", "secret", "hack", "hacks"), _in("to", "for"), _in("getting", "get"), *_gap_in_sentence(9),
         _in("out", "off")],
        # (not "how does the needle method work", "is the needle method safe near the eye": the clinic's method asked about)
        [_in("does", "do", "will", "would", "did", "can"), _in("the", "this", "that", "a", op="?"),
         _rx(r"^(needle|needles|pin|pins|lancet|squeeze|squeezing|popping|tweezers|tweezer|sellotape|tape|toothpaste)$"),
         _in("and", "n", "&", "+", "then", "squeeze", op="*"), _in("method", "trick", "hack", "technique"), *_gap_in_sentence(5),
         _rx(r"^(work|works|worked|working)$")],
        # "Is the tape trick safe on eye bags?": a home trick named (session 34, tuning_145)
        [_in("tape", "sellotape", "toothpaste", "teaspoon", "spoon"), _in("trick", "hack", "method")],
        # "how do i extract milia", "how to drain one": hands-on verbs ("how do I get rid of them" is plain)
        [_in("how"), _in("do", "can", "should", "would", "to"), _in("i", "u", "you", "one", op="?"),
         _rx(r"^(extract|drain|lance|prick|pierce)$")],
        [_in("best", "better"), _in("tweezers", "needle", "needles", "pin", "pins", "lancet", "lancets", "tool", "tools",
                                    "kit", "gauge")],
        [_in("should"), _in("i"), _rx(r"^(scrub|rub|press|push|dig)$")],
        # "I've read you can use a sterile needle": what anyone can do, not what the clinic does
        [_in("read", "heard", "seen", "told"), _in("that", op="?"), _in("you", "u"), _in("can", "could", "should", "need")],
    ],
    "ACQUIRED": [
        [_rx(r"^(got|bought|ordered|ordering|buying|buy|have|has|own|borrowed)$")],
        [_in("off", "from", "on"), _in("ebay", "amazon", "aliexpress", "wish", "temu", "boots", "online")],
        # "got it off tiktok", "tiktok shop" (not "the needle thing ppl on tiktok keep going on about")
        [_in("off", "from"), _in("tiktok")],
        [_in("tiktok"), _in("shop")],
        [_in("online")],
    ],
    "TRIED": [[_rx(RX_TRIED)]],
    "COPY": [
        [_rx(r"^(copy|copying|copied|replicate|replicating|mimic|mimicking|recreate|recreating)$"),
         _in("him", "her", "it", "that", "this", "them", "what", "the", "their", "his")],
        [_rx(r"^(try|trying)$"), _in("it", "that", "this", "them"), _in("on"), _in("mine", "myself", "me", "my")],
        [_in("do", "try", "doing", "trying"), _in("the"), _in("same")],
        # "seen videos of people lancing milia near the eye, would that be safe for me to try?"
        [_in("for"), _in("me"), _in("to"), _in("try", "do")],
        # "Saw a TikTok where someone popped milia with a tiny hook tool. Is that something I can do at home?" (session 32)
        [_in("something"), _in("i"), _in("can", "could", "should"), _in("do", "try"), _in("at", "myself", "on", op="?"), _in("home", op="?")],
        # session 48 (tuning_500): "My friend used a sterile needle on her eye bags ... I'm thinking of doing mine the same way", "My grandma says rub
        # the milia with salt and they will go. Can I do it on my eye bags?"
        [_in("do", "try", "doing", "trying"), _in("mine", "them", "it"), _in("the"), _in("same")],
        [_in("can", "could", "should"), _in("i"), _in("do", "try"), _in("it", "that", "this"), _in("on"), _in("my", "mine")],
    ],
    # rubbing or scrubbing: a self cue for getting them off ("will rubbing a flannel on my chin get them off")
    "RUB": [[_rx(RX_RUB)]],
    "NEG": [
        [_rx(RX_NEG)],
        # an alternative to the removal verb that follows: "apart from / besides picking"
        [_in("besides", "except", "excluding", "excepting")],
        [_in("apart", "aside"), _in("from")],
        [_rx(r"^alternatives?$"), _in("to")],
    ],
    "PRO_AGENT": [[_rx(RX_PRO_AGENT)]],
    "FIRST_PERSON": [[_in("i", "me", "my", "mine", "we", "us", "our", "im", "ive", "myself")]],
    "YOU": [[_rx(RX_YOU)]],
    "CLINIC_PASSIVE": [
        [_rx(r"^(have|has|having|had|get|gets|getting|got|be|being|been)$"), *_gap(3),
         _rx(RX_CLINIC_DONE)],
        # "can i get the milia near my eyes removed", "my nan wants the milia under her eyes removed"
        [_rx(r"^(have|has|having|had|get|gets|getting|got|want|wants|wanted|need|needs)$"),
         _in("the", "my", "her", "his", "these", "those", "their", "our"), _rx(RX_MILIA_REF),
         *[{"LOWER": {"NOT_IN": ["and", "then", "&", ",", "but", "so"]}, "OP": "?"} for _ in range(5)],
         _rx(RX_CLINIC_DONE)],
    ],
    "CLINIC_TERM": [
        [_rx(RX_HYFRECATOR)],
        [_rx(r"^(needles?|needel|neddle|neadle)$"),
         _rx(r"^(extraction|extractions|removal|extration|extracion|extractoin|exraction|extracton|extractio)$")],
        [_in("what"), _in("does", "do", "will"), *_gap(3), _rx(r"^(involve|involves|entail)$")],
        [_in("how"), _in("is", "are", "do", "does"), *_gap(2), _in("removed", "extracted", "treated", "cut", "opened", "lanced")],
        # "tiny incision with a needle... is that literally it?": the page's words for the procedure
        [_in("tiny", "small", "little", "minor"), _rx(r"^(incisions?|procedures?)$")],
    ],
    "CLINIC_PLACE": [[_in("at", "in", "to"), _in("the", "your", "a", "her", "his", "their", op="?"),
                      _rx(r"^(clinics?|salons?|spas?|surgery|hospital|dermatologists?|derms?)$")],
                     # "can he come in for removal", "gift vouchers"
                     [_in("come", "comes", "coming", "pop", "book", "bring"), _in("him", "her", "me", "them", "us", op="?"),
                      _in("in"), _in("for")],
                     [_rx(r"^(vouchers?|gift|gifts)$")],
                     # "my friend had hers taken off at your place with the laser thing" (session 51, tuning_616)
                     [_in("at", "to", "in"), _in("your", "ur"), _in("place", "practice", "rooms")]],
    "FUTURE": [
        [_in("will", "wil", "shall", "'ll", "ll")],
        [_in("going"), _in("to")],
        [_in("gonna")],
        [_in("is", "am", "'m", "are", "'re", "'s"), _in("booked"), _in("in")],  # "My husband is booked in with you next week" (session 47, tuning_448)
    ],
    "PRODUCT": [[_rx(RX_PRODUCT)]],
    "NONREMOVAL_OBJ": [
        [_in("make"), {"ORTH": "-", "OP": "?"}, _in("up")],
        [_rx(RX_NONREMOVAL_OBJ)],
    ],
    "OBJ": [[_rx(RX_OBJ)], [_in("what", "whats"), _in("'s", "is", op="?"), _in("left", "remains")]],
    "CTX_BEFORE": [[_rx(RX_CTX_BEFORE)]],
    "EYE": [
        [_rx(RX_EYE_WORD)],
        [_in("augenlid", "augenlider", "párpado", "parpado", "párpados", "parpados", "paupière", "paupiere", "paupières", "auge", "augen")],  # session 40
        [_in(*LID_MODIFIERS), _rx(RX_LID)],
        # "lid crease milia"
        [_rx(RX_LID), _in("crease", "creases")],
        # "white bumps on lid, i have a comedone extractor": a lid with nothing before it is the eyelid
        [_in("on", "under", "near", "by", "around", "round"), _rx(RX_LID)],
        [_in("tear", "tears"), _rx(r"^(troughs?|trof|troff|trofs|trough's)$")],
        # "needle ok for lid milia?"
        [_rx(RX_LID), _in("milia", "milium", "bumps", "spots", "ones")],
        # Scots: "under ma ee", "roon her een"
        [_in("ma", "my", "me", "her", "his", "yer", "your"), _in("ee", "een")],
        [_in("water"), _in("line")],
        [_in("crows", "crow", "crow's"), {"ORTH": "'s", "OP": "?"}, _in("feet", "foot")],
        [_in("brow", "eyebrow"), _in("bone", "bones")],
        [_in("inner", "outer"), _rx(r"^corners?$")],
        [_in("tear", "tears"), _rx(r"^ducts?$")],
        [_in("eye"), _in("bags", "bag")],
        # "milia in my dark circles"
        [_in("dark"), _in("circles", "circle")],
        # "just under my brow", "below the brows"
        [_in("under", "below", "beneath", "underneath"), _in("my", "ma", "me", "mah", "the", "her", "his", op="?"), _in("left", "right", op="?"), _in("brow", "brows")],
        # "right in the crease when I blink", "where my eyeliner goes"
        [_in("crease", "fold", "creases", "folds"), _in("when", "where", "as"), _in("i", "you", "she", "he", "we"),
         _in("blink", "blinks", "close", "shut")],
        [_in("where"), _in("my", "the", "your", "her", "i", "you", op="?"), _in("put", "wear", "apply", op="?"), _in("my", op="?"),
         _in("eyeliner", "liner", "mascara", "eyeshadow", "kohl")],
    ],
    "EYE_IDIOM": [
        # session 33 (v12, spent): "I cried my eyes out at a film"
        [_rx(r"^(cried|cry|crying|cries|sobbed|sobbing|bawled|bawling)$"), _in("my", "her", "his", "their", "our", "me"), _in("eyes", "eye"), _in("out")],
        # "I've had my eye on a plasma pen kit for ages"
        [_rx(r"^(had|have|has|got|'ve)$"), _in("my", "her", "his", "our", "an", "me"), _in("eye"), _in("on")],
        [_rx(r"^(caught|catch|catches|catching)$"), _in("my", "your", "the", "his", "her", "our"), _in("eye")],
        [_rx(r"^(keep|keeps|keeping|kept)$"), _in("an", "a", "close"), _in("eye")],
        [_rx(r"^(keep|keeps|keeping|kept)$"), _in("my", "your", "our"), _in("eye", "eyes"), _in("on", "out", "peeled")],
        [_in("an"), _in("eye"), _in("on", "out")],
        [_in("naked", "birds", "bird's", "public", "blind"), _in("eye")],
        # "I've got the eye of a hawk", "eyes like a hawk"
        [_in("eye", "eyes"), _in("of", "like"), _in("a", op="?"), _in("hawk", "hawks", "eagle")],
        [_in("see", "seeing", "saw", "seen", "sees"), _in("eye"), _in("to"), _in("eye")],
        [_in("sight"), _in("for"), _in("sore"), _in("eyes", "eye")],
        # "wobbly at the sight of needles", "by the look of it": not the eye
        [_in("at", "by"), _in("the", "mere", "very", op="*"), _in("sight", "thought"), _in("of")],
        [_in("eye"), {"ORTH": "-"}, _in("watering", "wateringly")],
        # "my eyes lit up when I saw you do milia", "thought I was going blind ... turns out they're milia"
        [_in("eyes", "eye"), _in("lit", "light", "lights", "lighting"), _in("up")],
        [_in("thought", "swore", "convinced"), _in("i", "she", "he"), _in("was", "'d", "had", "were"), _in("going", "gone", "go"), _in("blind")],
        [_in("eyewatering", "eyewateringly")],
        # "cost of living is eye-popping at the moment" (session 52, tuning_644)
        [_in("eye"), {"ORTH": "-"}, _in("popping", "popper", "poppingly")],
        [_in("eyepopping")],
        # "my lash tech", "the brow bar": a person or a place, not the eye area
        [_in("lash", "lashes"), _rx(r"^(techs?|technicians?|artists?|bar|salon|appointments?|extensions?|lifts?)$")],
        [_in("does", "do", "doing", "did"), _in("lashes", "eyelashes", "brows", "eyebrows")],
        [_in("eye"), {"ORTH": "-", "OP": "?"}, _in("contact", "catching", "opener", "opening", "test")],
        [_in("eyes", "eye", "eyeballs"), _in("pop", "popped", "popping", "pops", "nearly", "almost", op="+"), _in("out")],
    ],
    # "a 4 week old", "my 6 wk old", "she's 5 weeks old": a particular baby, not a general question
    # (a report in its own sentence, and beside a temperature anywhere in the message)
    "BABY_AGE": [
        # a newborn is under 3 months: "newborn (8 days) is 38.1"
        [_in("newborn", "newborns", "neonate")],
        [_in("aged", "age"), _rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?)$")],
        [_rx(r"^(baby|babies|newborn|daughter|son|girl|boy|infant|little)$"), _in("of", "aged", "age"),
         _rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?)$")],
        [_rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"), _in("-", op="?"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?)$"), _in("-", op="?"), _in("old")],
    ],
    "REPORT_CUE": [
        [_in("my", "mine", "since", "now", "still", "keeps", "keep", "ive", "im")],
        [_in("i"), _in("'ve", "ve", "'m", "m")],
        [_in("after", "when"), _in("i")],
        [_in("every"), _in("time"), _in("i")],  # "does a lump bleeding every time i touch it mean ..."
        [_in("whenever"), _in("i")],
        # "... with pus 3 days later": a dated account, not a general question
        [_rx(r"^(\d+|a|one|two|three|four|five|six|seven|few|couple)$"), _in("of", op="?"),
         _rx(r"^(days?|weeks?|hours?)$"), _in("later", "ago", "after")],
    ],
    "HYPO_STRONG": [
        [_rx(r"^(if|incase|risk|risks|risky|chance|chances|avoid|avoiding|prevent|preventing|wondering|wonder"
             r"|cause|causes|causing|likely|danger|dangers|possible)$")],
        [_in("in"), _in("case")],
    ],
    "TREATMENT_CTX": [
        [_rx(r"^(treatment|treatments|treated|removal|removed|extraction|extracted|procedure|session"
             r"|appointment|consultation)$")],
        [_rx(RX_HYFRECATOR)],
        [_rx(RX_YOU), _rx(r"^(remove|removes|extract|extracts|take|do|treat)$")],
    ],
    "DURATION": [
        [_rx(r"^(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|couple"
             r"|few|several)$"), _in("of", "-", op="?"),
         _rx(r"^(days?|wks?|weeks?|months?|mths?|yrs?|years?)$")],
        [_rx(RX_NUMBER_UNIT)],
        # "fifth week now and the scab is still there", "the 6th week"
        [_rx(RX_ORDINAL), _in("week", "month", "year")],
        [_in("yesterday", "today", "tonight")],
        # "since october": at least a month ago, as far as a red flag is concerned
        [_in("for", "been", "over"), _in("weeks", "months", "ages", "years", "yonks")],
        [_in("since"), _in("before", "about", "around", "early", "late", "mid", op="?"),
         _rx(r"^(jan\w*|feb\w*|march|april|may|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*"
                             r"|christmas|xmas|easter|summer|spring|autumn|winter|last)$")],
        [_in("last", "this"), _in("night", "morning", "evening", "afternoon")],
        [_in("last"), _in("week", "month", "year")],
        # session 42 (tuning_303): "since Eid", "from Ramadan time until now", "since the summer holidays", "since Valentine's day", "since the
        # autumn half term", "since the end of October"
        [_in("since"), _in("the", op="?"), _in("end", "start", "beginning", "middle", op="?"), _in("of", op="?"), _in("the", op="?"),
         _rx(r"^(eid|ramadan|diwali|valentine|valentine's|valentines|halloween|hanukkah|bonfire|holidays|half|jan\w*|feb\w*|march|april|june|july|aug\w*"
             r"|sept?\w*|oct\w*|nov\w*|dec\w*|summer|autumn|spring|winter|easter|christmas)$")],
        [_in("from"), _rx(r"^(eid|ramadan|diwali|easter|christmas|summer|spring|autumn|winter)$"), _in("time", op="?"), _in("until", "till", "til", "to"),
         _in("now", "today")],
        # "the spot I picked in January still has a scab": at least a month, as far as a red flag is concerned
        [_in("in", "back"), _in("in", op="?"), _rx(r"^(jan\w*|feb\w*|march|april|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*"
                                                 r"|christmas|xmas|easter)$")],
    ],
}
# session 49 (tuning_513-517): "I keep going at the milia on my eyelid with a baby nail file"
REMOVAL_PATTERNS["SELF_VERB"] += [
    [_in("keep", "keeps", "kept", "been", "i", "she", "he"), _in("going", "went", "goes", "go"), _in("at"), _in("the", "those", "these"), *_gap_in_sentence(3),
     _rx(r"^(milia|millia|milium|bumps|seeds|ones)$")],
]
# round 8 (tuning_552): "is it dangerous to pin prick milia at the lash line?"
REMOVAL_PATTERNS["SELF_VERB"] += [
    [_in("pin", "needle"), {"ORTH": "-", "OP": "?"}, _in("prick", "pricking", "pricked", "poke", "poking", "poked")],
    [_in("pinprick", "pinpricking", "pinpricked")],
]
# round 10 (tuning_560): "I'll have to take matters into my own hands"
REMOVAL_PATTERNS["SELF_CUE"] += [
    [_in("take", "taking", "took", "taken"), _in("matters", "things", "it"), _in("into"), _in("my", "our"), _in("own"), _in("hands")],
]
# session 50 (tuning_565-576): "needling my brow-bone milia", "want to get the milia out my self"
REMOVAL_PATTERNS["EYE"] += [
    [_in("brow", "eyebrow"), _in("-"), _in("bone", "bones")],
]
REMOVAL_PATTERNS["SELF_CUE"] += [
    [_in("out", "off", "them", "it", "do"), _in("my"), _in("self")],
]
# round 9 (tuning_606): "babysitting my cousin who is 11 weeks, her temperature says 38 point 4"
REMOVAL_PATTERNS["BABY_AGE"] += [
    [_in("is", "'s", "was", "turned"), _rx(r"^(\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$"), _rx(r"^(days?|wks?|weeks?)$")],
]
