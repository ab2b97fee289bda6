"""A home way of getting milia out, asked about or told in roundabout words (session 35: spent v14 and tuning_146):
"any hacks?", "best home method for milia", "is the tweezers method any good", "can you remove milia with tweezers",
"take matters into my own hands", "rub them with a cotton bud til they come off", "hoping the milia will work their way
out", "squish out what's inside", "lemon juice to dissolve milia on my chin".

None of these names a removal verb the other readings take as the visitor's own (``milia.safety.mentions``); each is
read only when no other removal was found, and never in a sentence that names a practitioner. Plain module: no rasa
imports.
"""
from __future__ import annotations

from typing import Dict, List

from milia.safety.analysis import Analysis, Mention
from milia.safety.mentions import refused_after
from milia.safety.tokens import TokenPattern, _gap, _gap_in_sentence, _in, _rx

HOME_TOOLS = ("tweezers", "tweezer", "pin", "pins", "nails", "nail", "fingernails", "fingernail", "fingers", "extractor",
              "extractors", "spoon", "teaspoon", "razor", "blade", "floss", "tape", "sellotape", "toothpick", "buds", "bud", "swab",
              "swabs")
_PRESS = r"^(press|presses|pressed|pressing|rub|rubs|rubbed|rubbing|roll|rolls|rolled|rolling|push|pushes|pushed|pushing" \
         r"|scrub|scrubs|scrubbed|scrubbing|massage|massaged|massaging)$"
_OUT_VERB = r"^(pop|pops|popping|popped|come|comes|coming|fall|falls|burst|bursts|work|works|lift|lifts)$"

HOME_WAY_PATTERNS: Dict[str, List[TokenPattern]] = {
    "HOME_WAY": [
        # session 41 (spent v20, tuning_258): "Saw a salt scrub hack for milia", "Will my Foreo get rid of the milia on my nose", "a pin from
        # a sewing kit dipped in alcohol would do for the ones under my eyes", "would a pin prick be alright", "surely one tiny needle prick
        # on my lid can't do much?", "A single tiny prick though", "Planning to use the extraction tool I got for blackheads", "remove milia
        # with just your fingers", "squeeze really hard between two nails"
        [_in("salt", "sugar", "coffee", "baking", "walnut", "apricot", "oatmeal"), _in("soda", op="?"), _in("scrub", "scrubs", "scrubbing"),
         _in("hack", "hacks", "for", "trick")],
        [_in("salt", "sugar", "coffee", "baking", "walnut", "apricot", "oatmeal"), _in("soda", op="?"), _in("scrub", "scrubs", "scrubbing"),
         *_gap(14), _in("get", "rid", "shift", "budge", "wear", "sand", "dislodge", "remove", "removes", "take", "takes", "off")],
        [_in("salt", "sugar", "coffee", "walnut", "apricot"), _in("scrub"), _in("and", "&"), _in("a", "my", op="?"), _in("toothbrush", "brush", "flannel", "loofah")],
        [_in("facial", "face", "cleansing", "sonic", "silicone"), _in("brush", "brushes"), *_gap(3), _in("get"), _in("rid")],
        [_in("foreo", "clarisonic"), *_gap(3), _in("get"), _in("rid")],
        [_in("pin", "needle", "lancet", "tweezers", "pins", "needles"), *_gap_in_sentence(10), _in("would", "will", "'d", "could"), _in("do"),
         _in("for", "the", "it", "them")],
        [_in("would", "will", "could", "can", "surely"), _in("a", "one"), _in("single", "tiny", "little", "small", "quick", "pin", "needle", op="*"),
         _in("prick", "pricks", "poke", "jab")],
        [_in("single", "one"), _in("tiny", "little", "small", "quick", op="*"), _in("prick", "poke", "jab"), _in("though")],
        [_in("extraction", "extractor", "blackhead", "comedone"), _in("tool", "tools", "loop", "kit"), _in("i", "that"), _in("got", "bought", "have", "ordered")],
        [_in("planning", "going", "gonna", "want", "wanting"), _in("to", op="?"), _in("use", "try"), _in("the", "my", "an", "a"),
         _in("extraction", "extractor", "blackhead", "comedone")],
        [_in("remove", "squeeze", "get", "pop", "extract"), *_gap(3), _in("with"), _in("just", "only", "your", "my", "bare", "own", op="*"),
         _in("fingers", "fingernails", "hands", "nails")],
        [_in("squeeze", "squeezing", "press", "pressing"), *_gap(2), _in("between"), _in("two", "my", "your", "the"), _in("nails", "fingers", "fingernails", "thumbs")],
        # second round (tuning_265): "will the milia wear away", "sand down the milia on my nose", "a soft silicone cleansing brush dislodge
        # milia", "Good enough to open a milium on my lower lid?", "an electric toothbrush head on the chin gets milia out", "Does tape work
        # on milia", "heat a spoon in the kettle", "like the blackhead hack", "is that enough to sort one milium on my chin?"
        [_in("milia", "them", "milium", "ones"), _in("wear", "sand", "rub", "scrub"), _in("away", "off", "down")],
        [_in("sand", "wear", "buff", "grind"), _in("down", "away", "off"), _in("the", "my", op="?"), _in("milia", "milium", "ones", "bumps", "them")],
        [_in("dislodge", "loosen"), _in("the", "my", op="?"), _in("milia", "milium", "ones", "bumps", "them")],
        [_in("enough", "sharp"), _in("to"), _in("open", "pierce", "lance", "nick", "pop", "sort", "get", "do", "deal"), *_gap(3),
         _in("milium", "milia", "one", "ones", "bump", "spot", "them")],
        [_in("toothbrush"), *_gap(6), _in("gets", "get", "getting"), *_gap(2), _in("out", "off")],
        [_in("tape", "sellotape"), _in("work", "works", "help"), _in("on")],
        [_in("heat", "heated", "warm", "warmed", "hot"), _in("a", "the", "up", op="*"), _in("spoon", "teaspoon")],
        [_in("blackhead", "tiktok", "pimple", "spot"), _in("hack", "trick")],
        # third round (tuning_270, tuning_267): "file down the milia on my brow bone with a glass nail file", "pressing my frozen ice roller really hard
        # on the milia ... make them come out", "stuck blister tape on the milia on my nose overnight"
        [_in("file", "filed", "filing", "shave", "shaved", "shaving"), _in("down", "off", "away"), _in("the", "my"), _in("milia", "milium", "ones", "bumps")],
        [_in("make", "makes", "making"), _in("them", "it", "the"), _in("milia", op="?"), _in("come", "pop"), _in("out")],
        [_in("tape", "sellotape", "plaster", "plasters"), _in("on", "over"), _in("the", "my"), _in("milia", "milium", "bumps", "ones")],
        # fourth round (tuning_277): "a brand new microblading blade on the bump", "Could he do the ones on my forehead for me instead of paying a clinic?"
        [_in("microblading", "razor", "scalpel", "craft", "stanley"), _in("blade", "blades", "knife")],
        # fifth round (tuning_282, tuning_278): "A week of sugar scrub on my eyelids", "is press hard the milia on his brow bone", "Can I do
        # it for him", "I have a steady hand. Can I do mine?"
        [_in("salt", "sugar", "coffee", "walnut", "apricot"), _in("scrub"), _in("on"), _in("my", "the", "her", "his"), _in("eyelids", "eyelid", "lids", "lid", "milia")],
        [_in("press", "pressing", "presses", "pressed", "push", "pushing"), _in("hard", "firmly"), _in("the", "my", "his", "her"), _in("milia", "milium", "bumps")],
        [_in("can", "could", "should"), _in("i"), _in("do"), _in("it", "them", "this"), _in("for"), _in("him", "her", "them")],
        [_in("can", "could", "should"), _in("i"), _in("do", "try"), _in("mine"), _in("myself", "too", "?", "then")],
        [_in("lift", "lifting", "prise", "prising", "flick", "flicking", "hook", "hooking"), _in("out"), _in("the", "my", "those", "these"),
         _in("milia", "milium", "ones", "bumps")],  # "Could I lift out the milia on my lash line myself?"
        [_in("instead"), _in("of"), _in("paying", "going", "booking", "using", op="?"), _in("a", "the", "your"), _in("clinic", "dermatologist", "professional")],
        # "toothbrush scrub for milia under eye works?" (session 38, tuning_205)
        [_in("toothbrush", "loofah"), _in("scrub", "scrubs", "scrubbing")],
        # "Is home cryotherapy safe for milia on the back of my hands?" (session 38, spent v17)
        [_in("home", "diy", "at-home", "homemade", "home-made"), _in("cryotherapy", "cryo", "freezing", "freeze", "laser", "lasering",
                                                                    "microneedling", "dermaplaning", "electrolysis", "cautery")],
        # "any safe way to DIY milia near the eyes?", "milia on top eyelid, any hacks?", "best home method for milia?"
        [_in("way", "ways", "method", "methods"), _in("to"), _in("diy")],
        [_in("any"), _in("hacks", "hack", "tricks", "trick")],
        [_in("best", "good", "safe", "safest", "easiest", "decent", "quick", "quickest", "cheap", "cheapest", "simple"),
         _in("home", "diy", "at-home", "homemade", "home-made", "kitchen"), _in("method", "methods", "way", "ways", "trick", "tricks", "hack", "hacks", "removal",
                                         "technique", "techniques")],
        # "is the tweezers method for milia any good" (not "the needle method": the clinic's)
        [_in("tweezers", "tweezer", "pin", "squeeze", "squeezing", "popping", "tape", "nail", "nails", "fingernail", "spoon",
             "teaspoon", "extractor", "floss", "razor", "steam", "steaming", "flannel", "buds", "bud", "swab", "swabs"),
         _in("method", "trick", "hack", "technique")],
        # session 36 (spent v15): "pressed hard on the milia by the inner corner", "won't come out with the extractor", "make the hole
        # bigger", "would a peel-off mask pull the milia out", "dab neat salicylic acid on each milium", "Tweezers or needle,
        # which would you use?"
        [_rx(_PRESS), _in("hard", "firmly", "down", "really", op="*"), _in("on"), _in("the", "my", "a", "each", "that", "this", "one", "every"),
         _in("little", "tiny", "white", op="*"), _in("milia", "milium", "one", "ones", "bump", "bumps", "lump", "lumps")],
        [_rx(r"^(wo|wont|won't|doesnt|does|didnt|did|not)$"), _in("n't", "nt", "not", op="?"), _in("come", "budge", "pop"), _in("out", op="?"),
         _in("with"), _in("the", "my", "an", "a"), _in("extractor", "tweezers", "needle", "pin", "lancet", "tool", "loop")],
        [_in("make", "making"), _in("the"), _in("hole", "opening", "nick", "cut"), _in("bigger", "wider", "deeper", "larger")],
        [_in("mask", "masks", "strip", "strips", "tape", "sellotape"), _in("pull", "pulls", "rip", "rips", "lift", "lifts", "draw", "draws",
                                                                         "suck", "sucks", "get", "gets"), _in("the", "my", op="?"),
         _in("milia", "milium", "them", "it", "ones", "bumps"), _in("out")],
        [_rx(r"^(dab|dabbing|dabbed|press|pressing|put|putting|apply|applying|paint|painting|hold|holding)$"),
         {"LOWER": {"IN": ["a", "some", "neat", "pure", "undiluted", "straight", "%"]}, "OP": "*"}, {"IS_DIGIT": True, "OP": "?"},
         {"ORTH": "%", "OP": "?"}, _in("salicylic", "glycolic", "tca", "lactic", "acid", "aha", "bha"),
         _in("acid", "pad", "pads", "peel", op="*"), _in("straight", "directly", op="?"), _in("on", "onto"), _in("each", "every"),
         _in("one", "milium", "bump", "spot", "milia")],
        # session 36 (tuning_169): "a bit of bathroom surgery", "taped over the milia overnight to draw them out", "walk me
        # through doing it"
        [_in("bathroom", "kitchen", "diy", "home", "bedroom", "kitchen-table"), _in("surgery", "op", "operation", "procedure")],
        [_rx(r"^(draw|draws|drawing|suck|sucks|sucking)$"), _in("them", "it", "the", "milia", "those", "these"), _in("milia", op="?"),
         _in("out")],
        [_in("walk", "talk", "take"), _in("me"), _in("through"), _in("doing", "removing", "getting", "it", "how", "the")],
        [_in("tweezers", "needle", "pin", "lancet", "extractor"), _in("or"), _in("a", op="?"), _in("tweezers", "needle", "pin", "lancet", "extractor"),
         _in(",", "?", op="?"), _in("which")],
        [_rx(r"^(take|takes|taking|took)$"), _in("matters", "things"), _in("into"), _in("my", "our", "her", "his"), _in("own"),
         _in("hands")],
        # "how do beauticians extract milia? want to try on my own chin", "doing it in the mirror"
        [_rx(r"^(try|trying|attempt|attempting)$"), _in("it", "that", "this", "them", op="?"), _in("on"), _in("my"), _in("own")],
        [_rx(r"^(do|doing|did|done)$"), _in("it", "them", "this", "that"), _in("in", "infront"), _in("front", op="?"), _in("of", op="?"),
         _in("the", "a", "my"), _in("magnifying", op="?"), _in("mirror")],
        [_rx(r"^(microdermabrasion|dermabrasion|dermaplan\w*|microneedl\w*)$"), _in("at"), _in("home")],
        [_in("home", "diy"), _rx(r"^(microdermabrasion|dermabrasion|dermaplan\w*|microneedl\w*)$")],
        # "can you remove milia with tweezers", "can you get milia out from under the eye with a blackhead extractor?",
        # "can milia on the eyelid crease be removed with tweezers"
        [_in("can", "could", "would"), _in("you", "u", "one", "i", "we", "someone"),
         _rx(r"^(remove|get|pop|take|lift|extract|squeeze|scrape|dig|prise|lever)$"), *_gap_in_sentence(8), _in("with", "using"),
         _in("a", "an", "the", "your", "my", "some", "two", "2", op="?"),
         _in("blackhead", "comedone", "cotton", "safety", "sewing", "nail", "clean", "sterile", op="?"), _in(*HOME_TOOLS)],
        [_in("be"), _rx(r"^(removed|taken|lifted|popped|extracted|got|gotten|pulled|scraped)$"), _in("out", "off", op="?"),
         _in("with", "using"), _in("a", "an", "some", op="?"), _in("blackhead", "comedone", "cotton", "safety", "nail", op="?"),
         _in(*HOME_TOOLS)],
        # "can I get the milia off my eyelids by scrubbing with baking soda"
        [_rx(r"^(get|gets|getting|got)$"), *_gap_in_sentence(6), _in("off", "out"), *_gap_in_sentence(5), _in("by"),
         _rx(r"^(scrubbing|rubbing|scraping|buffing|pressing|squeezing|pushing|rolling)$")],
        # "rub the milia on my lower lashline with a cotton bud every day til they come off", "rubbing the one in the inner
        # corner ... hoping it'll pop out", "pressing down firmly on the little white lump until it gives"
        [_rx(_PRESS), *_gap_in_sentence(20), _in("til", "till", "until", "untill", "hoping", "hope", "so"), *_gap_in_sentence(4),
         _rx(_OUT_VERB), _in("out", "off")],
        # "go over the milia in my tear troughs with it every night till they're gone" (session 53, tuning_667)
        [_rx(r"^(go|goes|going|went|rub|rubs|rubbing|scrub|scrubs|scrubbing|buff|buffing)$"), _in("over", op="?"), _in("the", "my", "them", "those", "these"),
         _in("milia", "bumps", "spots", "dots", op="?"), *_gap_in_sentence(12), _in("til", "till", "until", "untill"), _in("they", "it"),
         _in("'re", "are", "'s", "is", "have", "'ve", op="?"), _in("gone", "off", "out")],
        [_rx(_PRESS), *_gap_in_sentence(14), _in("til", "till", "until", "untill"), _in("it", "they"),
         _in("gives", "give", "pops", "pop", "bursts", "burst")],
        # "pressed the little white bumps with two cotton buds", "press the white balls under eye with spoon"
        [_rx(_PRESS), *_gap_in_sentence(8), _in("with"), _in("a", "the", "my", "two", "2", "some", op="?"),
         _in("cotton", "hot", "warm", "metal", "warmed", op="?"), _in("spoon", "teaspoon", "buds", "bud", "swabs", "swab")],
        # "hot towel then press the white spots on the nose"
        [_in("towel", "flannel", "compress", "steam", "steaming", "shower", "bath"), _in("then", "and", ",", "+", op="*"),
         _rx(r"^(press|squeeze|push|pop|prick)$")],
        # "squish out what's inside", "to crush them", "loosen them out", "will it squeeze out?"
        [_rx(r"^(squish|squash|squishing|squashing|squished|squashed)$"), *_gap(2), _in("out")],
        [_rx(r"^(crush|crushing|crushed)$"), _in("them", "it", "the", "milia", "these", "those", "one")],
        [_rx(r"^(loosen|loosening|coax|coaxing|ease|easing|wiggle|wiggling|tease|teasing|lever|levering)$"),
         _in("them", "it", "the", "milia", "those", "these"), *_gap(2), _in("out")],
        [_in("will", "would", "does", "did", "can", "could"), _in("it", "they"), _in("squeeze", "pop", "squish"), _in("out")],
        # "does it matter which end of the comedone extractor you use", "drag a razor blade across a milium"
        [_in("which"), _in("end", "side"), _in("of"), _in("the", "a", "my", op="?"), *_gap(2),
         _in("extractor", "tool", "loop", "tweezers", "lancet")],
        [_in("razor", "blade", "file", "floss"), *_gap_in_sentence(2), _in("across", "over", "along"), _in("a", "the", "my", "each", op="?"),
         _in("milium", "milia", "bump", "bumps", "spot", "spots", "one", "ones")],
        # "lemon juice strong enough to dissolve milia on my chin", "can lemon juice mixed with baking soda lift milia off"
        [_in("lemon", "vinegar", "toothpaste", "soda", "bicarb"), *_gap_in_sentence(6),
         _rx(r"^(dissolve|dissolving|burn|burning|dry|shrivel|eat|lift|lifting)$"), _in("milia", "them", "the", "it", "these", "those")],
        # "is that a decent home routine to make milia pop out?", "hoping the milia will work their way out"
        [_in("make", "making", "get", "getting"), _in("them", "milia", "it", "the"), _in("milia", op="?"), _in("to", op="?"),
         _in("pop"), _in("out")],
        [_rx(r"^(work|works|working|worked)$"), _in("their", "its"), _in("way"), _in("out")],
        # session 42 (spent v21, tuning_283): "harder to pop than the ones on my nose? I've done both", "I'm going to do it unless someone gives
        # me a reason", "wipe them off hard with a flannel ... Should I?", "I'd be doing the ones on my chest", "the 'poke and press' method",
        # "I cant pop milia like normal spots? tried my forehead ones for ages", "Mine are in exactly the same spot and I'm tempted",
        # "offered to extract the milia on my chin. should i let her"
        [_in("'ve", "ive", "have"), _in("done", "tried", "popped", "squeezed"), _in("both")],
        [_in("going", "gon"), _in("to", "na"), _in("do", "pop", "squeeze", "try"), _in("it", "them"), _in("unless", "anyway", "regardless")],
        [_in("wipe", "wiping", "rub", "rubbing", "scrub", "scrubbing"), _in("them", "it", "the", "her", "his"), _in("dots", "spots", "milia", op="?"),
         _in("off", "away"), _in("hard", "firmly", "roughly")],
        [_in("'d", "would"), _in("be"), _in("doing", "popping", "squeezing", "picking"), _in("the", "my", "those", "these"), _in("ones", "milia", "ones")],
        [_in("poke", "prick", "pierce", "stab", "nick"), _in("and", "&", "n", "then"), _in("press", "squeeze", "push", "pop")],
        [_rx(r"^(cant|can't|cannot|ca|couldnt|could)$"), _in("n't", "nt", "not", op="?"), _in("pop", "squeeze", "get"), _in("milia", "them", "mine"), _in("out", op="?"),
         _in("like"), _in("normal", "regular", "ordinary")],
        [_in("tried", "trying"), _in("my", "the"), _in("forehead", "chin", "nose", "cheek", "eyelid", "lid", "face"), _in("ones"), _in("for"), _in("ages", "hours", "weeks")],
        [_in("same"), _in("spot", "place", "area"), _in("and"), _in("i", "i'm", op="?"), _in("'m", "am", "im", op="?"), _in("tempted")],
        [_in("should", "shall"), _in("i"), _in("let"), _in("her", "him", "them")],
        # second round (tuning_291, tuning_295): "Mine are only on my nose though, so DIY is fine, right?", "a microdermabrasion gadget at home
        # ... hoping to grind them down and off"
        [_in("would", "will", "could", "can"), _in("a", "an", "some", op="?"), _in("tiny", "little", "gentle", op="*"), _in("sugar", "salt", "coffee", "walnut"),
         _in("scrub"), _in("do", "work", "help", "shift", "get")],  # "tear trough milia x3. would a tiny sugar scrub do it??" (tuning_291)
        [_in("can", "could", "should", "would"), _in("she", "he", "they"), _in("do", "remove", "take", "pick", "pop", "squeeze", "extract", "lift", "needle"),
         _in("mine", "them", "those", "these")],
        [_in("can", "could", "should", "would"), _in("she", "he", "they"), _in("do", "remove", "take", "pick", "pop", "squeeze", "extract", "lift", "needle"),
         _in("the", "my"), _in("ones", "two", "three", "few", "milia", "milium")],  # "can she do the two under my left eye too?" (tuning_299)
        [_in("safe", "ok", "okay", "alright"), _in("to"), _in("do", "try"), _in("on", "to"), _in("my"), _in("own")],  # "Is it safe to do on my own jaw?" (tuning_304)
        [_in("diy", "diying"), _in("it", "them", op="?"), _in("is", "'s", "should", "would", "must"), _in("be", op="?"), _in("fine", "ok", "okay", "safe", "alright")],
        [_in("grind", "grinding", "sand", "sanding", "wear", "wearing", "buff", "buffing"), _in("them", "it", "the", "milia", "those"), _in("milia", op="?"), _in("down", "off", "away")],  # (not "should I let her come with me": near_misses)
        # told as done (session 35, tuning_152): "Did my eye bag milia at home a couple of days ago", "I've already removed the
        # milium at the corner of my eye (needle, very careful)"
        [_in("did", "done", "removed", "extracted", "cleared", "popped"), _in("my", "the", "a", "those", "these", "both", "all"), *_gap(3),
         _in("milia", "milium", "ones", "bumps", "spots"), _in("at", "round"), _in("home", "mine")],
        [_in("i"), _in("'ve", "have", op="?"), _in("already", "just", "finally", op="?"), _in("removed", "extracted"),
         _in("the", "my", "a", "those", "these", "both", "all", "one"), _in("little", "tiny", "white", op="*"),
         _in("milium", "milia", "ones", "one", "bumps", "bump", "spots", "spot")],
        # session 48 (tuning_476, tuning_475, spent v27): "want to do mine under my eyes tonight", "can I just lift the milia off my eyelid like
        # cleaning up a spark plug?", "is the lancet method ok for milia on the nose?", "u think a sterile pin is ok for the 2 milia"
        [_in("?", ".", "!", "...", "??"), _in("want", "wanna", "planning"), _in("to", op="?"), _in("do", "pop", "squeeze", "pick", "needle"),
         _in("mine", "them", "these", "those")],
        [_in("can", "could", "should"), _in("i"), _in("just", "simply", op="?"), _in("lift", "flick", "prise", "prize", "pry", "scoop", "ease", "tease", "winkle", "hook"),
         _in("the", "my", "these", "those", "a", op="?"), _in("milia", "milium", "them", "one", "bumps", "spots"), _in("off", "out")],
        [_in("lancet", "lancets", "needle", "needles", "pin", "pins", "tweezers", "extractor", "comedone"), _in("method", "tool", "trick", "technique", "extractor", op="?"),
         _in("is", "are", op="?"), _in("ok", "okay", "safe", "alright", "fine", "good"), _in("for", "on"), _in("the", "my", "these", "those", op="?"),
         _rx(r"^\d+$", op="?"), _in("milia", "milium", "ones", "bumps", "spots")],
        # round 7 (tuning_507): "can I scrub the little white dots on my upper eyelids off with a face scrub"
        [_in("can", "could", "should"), _in("i"), _in("scrub", "rub", "buff", "exfoliate"), *_gap_in_sentence(8), _in("off", "away")],
    ],
}


def home_way_asked(a: Analysis) -> List[Mention]:
    """Each home way of getting milia out (``HOME_WAY_PATTERNS``) in a sentence that names no practitioner."""
    return [Mention(start, end, a.negated_before(start) or refused_after(a, start) or _given_up_after(a, end))
            for start, end in a.spans("HOME_WAY") if not a.in_sentence("PRO_AGENT", start)]


GIVEN_UP = ("leave them alone", "leave it alone", "leave them be", "changed my mind", "decided against", "decided not")


def _given_up_after(a: Analysis, end: int) -> bool:
    """"I was going to try the warm spoon trick but I've decided to just leave them alone": given up later in the sentence."""
    rest = " ".join(a.low[k] for k in range(end, len(a.low)) if a.sentence[k] == a.sentence[end - 1])
    return " but " in f" {rest} " and any(p in rest for p in GIVEN_UP)
# session 50 (spent v29, tuning_567, tuning_576): "can I use a microdermabrasion scrub on my eye bags to get the milia off", "try removing milia
# beneath my eyebrows using a needle", "a DIY chemical peel then extracting the milia", "dabbing BHA ... so I can scrape the tops off", "Would a
# charcoal peel-off mask pull out the milia", "Can I take the milia off my neck with the same kit I use for blackheads?", "didn't say anything
# about a sterile pin. Can I use one on the little white spots", "wud a comedone extractor be ok for the milia round my 10 yr olds eyes",
# "suggested scrubbing the milia off her eye bags"
HOME_WAY_PATTERNS["HOME_WAY"] += [
    [_in("can", "could", "should", "would"), _in("i", "we"), _in("use"), *_gap_in_sentence(5), _in("on"), *_gap_in_sentence(5), _in("to"),
     _in("get", "take", "scrub", "rub", "pull", "lift", "scrape", "buff"), *_gap(3), _in("off", "out", "away")],
    [_in("try", "trying"), _in("removing", "extracting", "popping", "picking", "squeezing", "lifting"), *_gap_in_sentence(5), _in("using", "with"),
     *_gap(2), _in("needle", "pin", "lancet", "tweezers", "extractor", "blade", "razor")],
    [_in("diy", "home", "homemade"), *_gap_in_sentence(3), _in("peel", "scrub", "mask", "steam"), *_gap_in_sentence(3), _in("then", "and"),
     _rx(r"^(extract\w*|squeez\w*|popp?\w*|pick\w*|lift\w*|scrap\w*)$")],
    [_in("so"), _in("i", "that"), _in("i", op="?"), _in("can", "could"), _rx(r"^(scrape|pick|pop|squeeze|lift|flick|peel|prise|pry|scratch)$"), *_gap(3),
     _in("off", "out")],
    [_in("mask", "masks", "strip", "strips", "tape"), *_gap_in_sentence(6), _in("pull", "pulls", "rip", "rips", "lift", "lifts", "draw", "draws", "suck", "sucks",
                                                                              "yank", "yanks"),
     _in("out", "off", "the", "them", "my", "those", "these"), _in("the", "my", "those", "these", "them", op="?"), _in("milia", "milium", "spots", "bumps", "out", op="?")],
    # "cut one into a tiny piece and stick it on my eyelid to pull them out" (round 5, tuning_586)
    [_in("stick", "put", "press", "apply", "pop"), *_gap_in_sentence(6), _in("to"), _in("pull", "yank", "rip", "lift", "draw", "suck"), *_gap(2), _in("out", "off")],
    [_in("can", "could", "should"), _in("i"), _in("take", "get", "pull", "scrape", "pick", "pop", "lift"), *_gap_in_sentence(6), _in("with"),
     _in("the", "my", "a"), _in("same", "old", op="?"), _in("kit", "tool", "extractor", "tools")],
    [_in("can", "could", "should"), _in("i"), _in("use"), _in("one"), _in("on")],
    [_in("would", "wud", "will", "is", "'d"), _in("a", "an", "the", "my"), _in("comedone", "blackhead", op="?"), _in("extractor", "tool", "needle", "pin", "lancet", "tweezers"),
     _in("be", op="?"), _in("ok", "okay", "safe", "alright", "fine"), _in("for", "on")],
    [_in("scrubbing", "scrub", "scrubbed", "rubbing", "rub", "rubbed"), _in("the", "her", "his", "my", "those", "these"), _in("milia", "spots", "bumps", "dots"),
     _in("off", "away")],
]
# session 51 (tuning_631): "I want to make the milia go away with a scrub from the pharmacy"
HOME_WAY_PATTERNS["HOME_WAY"] += [
    [_in("go", "come"), _in("away", "off", "out"), _in("with"), _in("a", "the", "some", "my"), _rx(r"^(scrub|exfoliator|exfoliant|brush|sponge|cloth|flannel|loofah|pumice)$")],
]
# round 6 (tuning_637): a product put on them to make them come off ("pure tea tree oil every night so they dry and fall off", "apple cider vinegar
# on them with a cotton pad so they come off", "baking soda and water on them until they dissolve", "a lactic acid sheet mask ... so they peel
# off by morning", "peeling solution on them to get them out", "my cleansing brush on the highest setting ... to get the milia off", "my face peel
# to take them off", "ripping it off fast to pull the milia out", "toothpaste on the milia on my chin tonight, will they be gone by tmrw", "a
# 30% glycolic peel at home on my nose to get rid of them myself", "going over them with a toothbrush"
_PRODUCT = r"^(toothpaste|tree|oil|vinegar|soda|bicarb|lemon|peel|peeling|acid|glycolic|lactic|salicylic|tca|aha|bha|brush|exfoliator|scrub|mask|patch|patches|toothbrush|solution|gel|paste)$"
HOME_WAY_PATTERNS["HOME_WAY"] += [
    [_rx(_PRODUCT), *_gap_in_sentence(10), _in("so", "until", "till", "til"), _in("they", "them", "it", "the"), _in("milia", "bumps", op="?"),
     _in("will", "can", "would", op="?"), _rx(r"^(dry|dries|fall|falls|come|comes|peel|peels|dissolve|dissolves|burn|burns|drop|drops|lift|lifts)$")],
    [_rx(_PRODUCT), *_gap_in_sentence(10), _in("to"), _in("try", op="?"), _in("and", op="?"), _in("get", "take", "pull", "peel", "burn", "dissolve", "lift"),
     _in("the", "them", "my", "these", "those", op="?"), _in("milia", "bumps", "spots", "them", op="?"), _in("off", "out", "away")],
    [_rx(_PRODUCT), *_gap_in_sentence(8), _in("will", "would"), _in("they", "it", "them"), _in("be"), _in("gone")],
    [_in("get"), _in("rid"), _in("of"), _in("them", "milia", "it", "the"), _in("milia", op="?"), _in("myself", "meself", "my self")],
    [_in("going", "go", "rub", "rubbing", "scrub", "scrubbing"), _in("over", op="?"), _in("them", "the", "each"), *_gap(3), _in("with"), _in("a", "my", "the"),
     _in("toothbrush", "brush", "flannel", "pumice", "loofah")],
]
# round 7 (tuning_640): "Put apple cider vinegar on the milia on my chin three nights running to dissolve them", "is toothpaste a good way to get
# rid of milia? heard it dries them out", "castor oil on milia at the corner of the eye, does it dissolve them", "is a pimple patch on a milium in
# the inner corner of my eye gonna pull it out overnight", "dabbing tea tree and vinegar on the milia on his scalp ... trying to dissolve them",
# "lemon juice on them to make them go quicker"
_REMEDY = r"^(toothpaste|tree|oil|vinegar|soda|bicarb|lemon|juice|peel|acid|mask|patch|patches|toner|hazel|peroxide|paste|gel|honey|garlic|cinnamon|stick)$"
HOME_WAY_PATTERNS["HOME_WAY"] += [
    [_rx(_REMEDY), *_gap_in_sentence(12), _in("to", "it", "does", "will", "would", "gonna", op="?"), _in("dissolve", "dissolves")],
    [_rx(_REMEDY), *_gap_in_sentence(12), _in("dry", "dries", "drying"), _in("them", "it", "out", "up")],
    [_rx(_REMEDY), *_gap_in_sentence(12), _in("pull", "lift", "draw", "suck", "pulls", "lifts", "draws"), _in("it", "them", "the"), _in("milia", "milium", op="?"), _in("out")],
    [_rx(_REMEDY), *_gap_in_sentence(10), _in("make"), _in("them", "it"), _in("go"), _in("quicker", "faster", "away", "sooner")],
]
# session 53 (tuning_687): "I did with the scrub of coffee strongly to milia on the my nose for one month ... I must scrub more hard or other way?"
HOME_WAY_PATTERNS["HOME_WAY"] += [
    [_in("i", "we"), _in("must", "should", "need", "have", "gotta"), _in("to", op="?"), _in("scrub", "rub", "press", "squeeze", "push"), _in("more", "even", "much", op="?"),
     _in("hard", "harder", "stronger", "strongly", "firmer", "firmly")],
]
