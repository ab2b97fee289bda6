"""Red-flag concepts of the skin and the body: infection after picking (swelling, heat, pus, spreading redness,
fever), feeling very unwell, and the signs a GP should see (bleeding, growing, not healing, cancer)."""
from __future__ import annotations

from typing import Dict, List

from milia.safety.lexicon import (
    RX_BIGGER,
    RX_EYE_WORD,
    RX_HEAL,
    RX_LID,
    RX_NEG_TOKEN,
    RX_RED,
    RX_SPREAD,
)
from milia.safety.tokens import (
    CANNOT,
    TokenPattern,
    _gap,
    _gap_in_sentence,
    _in,
    _rx,
)

INFECTION_PATTERNS: Dict[str, List[TokenPattern]] = {
    "RF_SWELL": [
                 # session 42 (tuning_288, tuning_292): "Eyelid's a touch heavier looking since I had a go at the milia on it", "Eyelid feels
                 # heavy and droopy", "the eye's a bit droopy and the lid feels thick", "left eye is closing a bit", "it just looks half shut"
                 # (after a picking: signs)
                 [_in("eyelid", "lid", "eyelids", "lids"), _in("feels", "looks", "is", "'s", "feel", "look", "gone", "went", "are"), _in("a", "bit", "little", "really", "very", "all", op="*"),
                  _in("heavy", "droopy", "thick", "fat", "saggy")],
                 [_in("eye", "eyes"), _in("'s", "is", "looks", "look", "gone"), _in("a", "bit", "little", "all", op="*"), _in("droopy", "saggy", "heavy")],
                 [_in("eye", "eyelid", "lid"), _in("is", "'s", op="?"), _in("closing"), _in("a", "up", op="?"), _in("bit", "little", op="?"), _in("after", "since")],
                 [_in("looks", "look", "looking"), _in("half"), _in("shut", "closed")],
                 [_in("eyelid", "lid"), _in("is", "'s", "feel", "feels", "looks"), _in("more"), _in("big", "bigger", "thick", "fat")],  # "Today eyelid is more big"
                 [_in("eyelid", "lid", "eyelids", "lids"), _in("'s", "is", "looks", "feels", "are", "has", "got", "gone", op="*"),
                  _in("a", "touch", "bit", "little", "lot", "much", op="*"), _in("heavier", "droopier", "fatter", "thicker", "puffier")],
                 # second round (followups/tuning_72): "lid went red and fat overnight"
                 [_rx(RX_EYE_WORD + "|" + RX_LID), _in("went", "gone", "is", "'s", "looks"), _in("red", "pink"), _in("and", "n", "&"),
                  _in("fat", "puffy", "swollen", "big", "fat-looking", "puffed")],
                 [_in("twice", "double"), _in("the"), _in("size")],
        # "looks like I've been crying for hours, except it's not going down" after picking (session 39, spent v18)
        [_in("like"), *_gap_in_sentence(4), _in("crying", "cried"), *_gap_in_sentence(6), _in("not", "n't", "nt", "never"),
         _in("going", "gone", "went"), _in("down")],
        # session 39 (spent v18): "my eye lid is big now after I take out white spot"
        [_in("eyelid", "lid", "lids", "eyelids"), _in("is", "are", "'s", "now", "looks", op="+"), _in("very", "so", "really", op="?"),
         _in("big", "fat", "huge", "massive")],
        # "the bump is now the size of a grape" after picking (session 38, tuning_212)
        [_in("now", "gone", "swollen", "swelled", "come"), _in("up", "to", op="*"), _in("the"), _in("size"), _in("of"), _in("a", "an"), _in("small", "big", op="?"),
         _in("grape", "golf", "egg", "walnut", "plum", "conker", "gobstopper", "cherry", "strawberry", "ping-pong")],
        # session 37 (tuning_190): second-language words for swollen ("now it is gonflé", "bengkak", "the eyelid is inchada")
        [_in("gonflé", "gonfle", "gonflée", "gonflee", "inchada", "inchado", "hinchado", "hinchada", "bengkak", "geschwollen", "gonfio",
             "gonfia", "gonfiato", "gonfiata", "şiş", "opuchnięte", "opuchniete", "sujo", "suja")],
        # "shiny and tight and sore", "tight and shiny" (skin stretched by swelling)
        [_in("shiny"), _in("and", ","), _in("tight", "taut")],
        [_in("tight", "taut"), _in("and", ","), _in("shiny")],
                 # "my eyelid has gone fat", "her lid is all puffed"
                 # session 37 (tuning_184): "eyelid now lumpy and fat looking", "my eye skin become fat", "the lid now looks droopy
                 # and thicker", "eyelid is big and fat", "eyelid bigger", "the skin round it is puff and tight"
                 [_rx(RX_EYE_WORD + "|" + RX_LID), _in("skin", op="?"), _in("now", "has", "have", "is", "'s", "got", "looks", "went", "become", "became",
                                                                          "gone", "all", "feels", op="*"),
                  _in("big", "puff", "droopy", "swole", "raised"), _in("and", "n", "&", ",", op="?"),
                  _in("fat", "fatter", "thick", "thicker", "lumpy", "tight", "red", "heavy", "raised", "puffy")],
                 [_rx(RX_EYE_WORD + "|" + RX_LID), _in("skin", op="?"), _in("now", "has", "have", "is", "'s", "got", "looks", "went", "become", "became",
                                                                          "gone", "all", "feels", op="*"),
                  _in("lumpy", "thick", "thicker", "fat", "fatter"), _in("and", "n", "&", ",", op="?"),
                  _in("fat", "fatter", "thick", "thicker", "lumpy", "red", "raised", "droopy", "looking")],
                 [_in("lid", "eyelid"), _in("bigger"), _in("than", ",", ".", op="?")],
                 # session 37, second round (tuning_188): "the skin under my right eye is red and raised", "a tender raised ridge"
                 [_in("skin", "lid", "eyelid", "area"), *_gap_in_sentence(5), _in("red", "pink", "angry"), _in("and", "n", "&"),
                  _in("raised", "puffed", "bulging")],
                 [_in("tender", "sore", "hot", "red"), _in("raised"), _in("ridge", "lump", "bump", "patch", "area", "bit")],
                 # "a little lump under the skin now where I did it, and it hurts when I touch it" (followups/tuning_63)
                 [_in("lump", "knot"), _in("under"), _in("the"), _in("skin"), _in("now")],
                 [_in("lump", "knot"), *_gap_in_sentence(4), _in("where"), _in("i", "she", "he"),
                  _in("did", "picked", "squeezed", "popped", "pricked", "needled", "lanced", "used", "dug")],
                 [_in("all"), _in("lumpy", "puffy"), _in("and", "n", "&"), _in("raised", "red", "tight", "thick", "hot")],
                 [_in("skin", "area"), _in("round", "around"), _in("it", "there", "them", "the"), _in("eye", op="?"), _in("is", "'s", "gone", "looks", "went"),
                  _in("puff", "puffy", "fat", "thick", "tight", "lumpy")],
                 [_rx(RX_LID), _in("feels", "feel", "is", "'s", "gone"), _in("so", "really", "very", "all", op="*"), _in("heavy")],
                 [_in("risen", "rose", "puffed", "swelled"), _in("up", op="?"), _in("into", "like"), _in("a", "an"), _in("soft", "little", "big", "fat", op="*"),
                  _in("cushion", "pillow", "lump", "ball", "balloon", "egg", "marshmallow")],
                 [_rx(RX_EYE_WORD + "|" + RX_LID), _in("has", "have", "is", "'s", "got", "looks", "went", op="?"),
                  _in("gone", "going", "getting", "got", "is", "'s", "looks", "went", "become", "all", op="?"),
                  _in("really", "so", "very", "all", "a", "bit", "massively", "slightly", "rather", "somewhat", "little", "touch", "noticeably", op="*"),
                  _in("fat", "fatter", "huge", "massive", "thick", "thicker", "lumpy", "bloated", "fat-looking")],
                 # "the eyelid is now very big and red"
                 [_rx(RX_EYE_WORD + "|" + RX_LID), _in("is", "'s", "has", "gone", "looks"), _in("now", op="?"),
                  _in("very", "really", "so", "massively", "super"),
                  _in("big", "huge")],
                 [_rx(r"^(ballooned|ballooning|balloon|puffed|blown|puffing)$"), _in("right", "all", "right", "massively", op="?"), _in("up")],
                 # described: "ballooned overnight", "puffed up", "come up like a golf ball", "looks like I've been
                 # punched", "my lip's gone massive", "the eye bag is huge now", "the side of my eye has come up"
                 [_rx(r"^(ballooned|ballooning|inflated|lopsided|puffed)$")],
                 [_in("swollen", "swelled", "swelling", "turned", "become", "became", "gone"), _in("into", "up", op="?"), _in("a", op="?"),
                  _in("hard", "big", "huge", "tender", "sore"), _in("lump", "bump", "knot")],
                 [_in("become", "became", "becomes", "turn", "turned"), _in("big", "huge", "massive"), _in("bump", "lump"),
                  _in("more", "bigger", op="?")],
                 [_in("puff", "puffs", "puffing"), _in("up")],
                 [_in("lip", "lips", "nose", "cheek", "face", "chin", "jaw", "eyelid", "lid", "arm", "leg", "eye", "bag", "bags",
                      "area", "side", "forehead", "temple", "neck", "skin", "eyes", "lids"),
                  _in("has", "have", "'s", "had", "is", "all"), _in("come", "came", "coming"), _in("up")],
                 [_in("come", "came", "coming", "comes"), _in("up"), _in("in", "like"), *_gap(3),
                  _rx(r"^(lumps?|golf|balls?|eggs?|balloons?|bumps?|marble)$")],
                 [_in("like"), *_gap(4), _rx(r"^(golf|boxer|boxer's|boxers|punched|stung|bee|balloon|hamster|strawberry|gobstopper"
                                             r"|elephant|elephant's|pillow|cushion|marshmallow|sausage|puffer)$")],
                 [_in("lip", "lips", "nose", "cheek", "face", "chin", "jaw", "eyelid", "lid", "arm", "leg", "eye", "bag", "bags",
                      "area", "side", "forehead", "temple", "neck"),
                  _in("is", "'s", "has", "gone", "looks", "went", "all", "now", "got", "on", "the", "left", "right", op="*"),
                  _in("massive", "huge", "enormous", "fat", "inflated", "lopsided", "bloated")],
                 [_in("fat", "puffy", "puffed", "bloated", "swole", "massive", "huge"), _rx(r"^(eyelids?|lids?)$")],
                 [_rx(r"^(swollen|swolen|swolln|swole|swoll|swolled|swelling|sweling|swelled|swell|swells|puffy|puffier|puffiness"
                      r"|puffed|puffing|throbbing|throbs|throbbin|throbby|oedema|edema|oedematous|edematous)$")]],  # "hot n throbby" (session 40)
    "RF_HOT": [
        # session 42 (spent v21): "feels like it's pulsing with heat"
        [_in("pulsing", "pulsating", "throbbing", "radiating", "pulses", "throbs", "radiates"), _in("with"), _in("heat", "warmth")],
        [_in("now"), _in("hot")],  # session 41 (spent v20): "picked it. now hot. help"
        [_in("hot"), _in("hot"), _in("hot", op="?"), _in("around", "round", "where", "on", "at")],  # "hot hot hot around the one i popped" (tuning_256)
        # session 40 (spent v19): "feels warmer than the rest of my face", "now it radiates heat", "one is now hot n throbby", "is now
        # hotter and more painful than on day one", "feels like its on fire where i squeezed"
        [_in("feels", "feel", "is", "'s", "gone", "getting", "got", "its", "it's"), _in("now", "a", "bit", "lot", "much", "way", op="*"),
         _in("warmer", "hotter")],
        [_in("is", "'s", "feels", "its", "it's", "gone"), _in("now"), _in("hot", "warm", "hott", "boiling", "burning")],
        [_in("hot", "warm"), _in("now"), _in("and", ",", "!")],  # "removed the milia ... with tweezers. hot now and i can see a red line"
        [_in("radiates", "radiated", "radiate"), _in("heat", "warmth")],
        [_in("feels", "feel", "is", "'s", "its", "it's"), _in("like", op="?"), _in("it", op="?"), _in("'s", "is", "its", "it's", op="?"), _in("on"), _in("fire")],
        [_in("making", "make", "makes", "giving", "produce", "producing", "give"), _in("heat", "hotness")],  # "the skin is making heat" (session 37)
        [_in("red", "pink", "angry"), _in("n", "and", "&"), _in("warm", "hot")],  # "the whole lid is red n warm" (session 37)
        # "cheek gone lumpy hot n red" after tweezers (session 36, followups/tuning_58)
        [_in("gone", "is", "'s", "looks", "feels", "went", "got", "all"), _in("lumpy", "swollen", "puffy", "bumpy", "sore", op="?"),
         _in("hot", "warm"), _in("n", "and", "&", "+"), _in("red", "swollen", "puffy", "sore", "throbbing", "angry")],
        [_in("is", "'s", "feels", "feel", "gone", "all"), _in("boiling", "roasting", "burning", "scorching", "red-hot")],
        # described: "become hot, tender and raised", "like a little hot coal", "its own radiator", "giving off heat"
        [_in("become", "becoming", "became", "getting", "got", "gone", "turned", "turning"), _in("all", "really", "very", "so", op="?"),
         _in("hot", "warm", "hotter", "warmer")],
        [_rx(r"^(radiators?|coals?|furnace)$")],
        [_in("giving", "gives", "gave", "coming", "radiating", "comes", "pouring"), _in("off", "out", "from", op="?"),
         _in("heat", "warmth")],
        [_in("heat", "warmth"), _in("coming", "radiating", "pouring"), _in("off", "out", "from")],
        [_in("is", "feels", "feel", "feeling", "'s", "s", "its", "it's", "and", "red", "really", "very", "so",
             "gone", "burning", "v", "bit"), _in("hot", "warm", "hott")],
        # "and its all hot"
        [_in("its", "it's", "'s", "is", "feels", "it"), _in("all", "really", "very", "so", "proper", "super"), _in("hot", "warm", "hott")],
        [_in("hot", "warm"), _in("to"), _in("the", op="?"), _in("touch")],
        [_in("hot", "warm", "hott"), _in(",", "and", "&")],
        [_in(",", "and"), _in("hot", "warm", "hott")],
        [_in("hot", "warm", "hott"), _in("red", "angry", "swollen", "hard", "raised", "pink", op="?"),
         _rx(r"^(lumps?|bumps?|spots?|areas?|skin|patch)$")],
    ],
    "RF_PUS": [
        [_in("green", "yellow", "greeny", "yellowy"), _in("gunk", "goo", "gloop", "stuff", "muck", "gunge")],  # "full of green gunk and throbbing" (42)
        [_in("nanah")],  # "have nanah" (Malay: pus, session 37)
        # session 38 (spent v17): "every time I press it more yellow comes out", "a yellow-topped boil thing"
        [_in("yellow", "yellowy", "yellowish", "green", "greenish"), _in("stuff", "gunk", "goo", "liquid", "fluid", "gloop", op="?"),
         _in("comes", "came", "coming", "keeps", "oozes", "squeezes"), _in("coming", op="?"), _in("out")],
        [_in("yellow", "yellowy", "yellowish", "white", "green"), {"ORTH": "-", "OP": "?"}, _in("topped", "headed", "tipped")],
        [_in("liquid", "fluid", "water", "juice"), _in("yellow", "yellowish", "green", "greenish")],  # "comes out a liquid yellow"
        [_in("yellow", "yellowy", "yellowish", "creamy"), _in("bubble", "blister", "bead")],  # "like a yellow bubble where it was" (session 37)
        # "a sticky yellowish drip coming out of the spot" (session 36, followups/tuning_57)
        [_in("sticky", "yellow", "yellowish", "green", "greenish", "gooey"), _in("yellow", "yellowish", "green", "greenish", "white", op="?"),
         _in("drip", "drips", "gunk", "goo", "discharge", "crud", "gloop")],
        # "now theres plus coming out": "pus" as the phone's autocorrect types it
        [_in("plus"), _in("coming", "oozing", "leaking", "seeping", "dripping"), _in("out", "from", op="?")],
        # "a creamy yellow head", "a little yellow cap", "a yellow blister", "custard-coloured stuff", "gooey and yellow"
        [_in("yellow", "yellowy", "yellowish", "creamy", "green", "greeny", "custard", "cream"), _in("-", "coloured", "colored", op="*"),
         _rx(r"^(heads?|caps?|tops?|blisters?|beads?|dots?|centres?|centers?|stuff|gunk|goo|crust|spot|middle|pimple)$")],
        [_rx(r"^(gooey|goopy|gunky|gloopy|pussy|mucky|custardy)$")],
        # "there's gunk", "full of gunk", "some goo in it"
        [_in("'s", "is", "theres", "of", "some", "with"), _rx(r"^(gunk|goo|gloop|gunge)$")],
        [_in("yellow", "yelow", "yellowy", "green", "yellow-green", "greeny"), _in("-", "green", "and", op="*"),
         _rx(r"^(stuff|gunk|goo|thing|things|liquid|fluid|muck|gloop|matter)$")],
        [_rx(r"^(pus|puss|pustules?|pussing|pussy)$")],
        # "my pillowcase had yellow stains where I'd squeezed it"
        [_in("yellow", "yellowy", "yellowish", "green", "greeny", "greenish"), _rx(r"^(stains?|stained|smears?)$")],
        # session 33 (tuning_124): "yellow and pink smears on my towel", "a crusty yellow rim that keeps filling up again"
        [_in("yellow", "yellowy", "yellowish", "green", "greeny", "greenish"), _in("and", "-", "or"), _in("pink", "red", "brown", "bloody", "clear"),
         _rx(r"^(stains?|stained|smears?|marks?|patches)$")],
        [_in("yellow", "yellowy", "yellowish", "green", "greeny", "greenish"), _in("rim", "ring", "edge", "head", "top", "bit"), *_gap_in_sentence(2),
         _in("keeps", "keep", "kept"), _in("filling", "refilling", "coming", "oozing", "leaking"), _in("up", "back", "out", "again", op="?")],
        [_in("stained"), _in("yellow", "green")],
        # "the plaster's soaked through yellow again"
        [_rx(r"^(soaked|soaking|seeped|seeping|stained)$"), _in("through", "right", op="*"), _in("yellow", "yellowy", "green", "greenish")],
        [_in("yellow", "green", "yellowy", "greenish", "yellowish", "greeny"),
         _rx(r"^(stuff|gunk|goo|gunge|liquid|fluid|discharge|crust|water|juice|gloop|muck)$")],
        [_in("yellow", "green", "yellowy", "greenish", "yellowish", "greeny"), _rx(r"^(heads?|tops?|bits?)$"),
         *_gap(2), _rx(r"^(gunk|goo|gunge|stuff|pus)$")],
        [_in("gone", "going", "turned", "turning", "went", "is", "looks"), _in("a", "all", "bit", op="*"),
         _in("green", "greeny", "greenish", "yellow", "yellowy")],
        [_rx(r"^(smelly|stinks|stinky|whiffy)$")],
        # "gone all manky", "looks gammy" (a picked spot gone bad; not "my skin looks manky with milia")
        [_in("gone", "going", "turned", "turning", "went", "getting", "got"), _in("all", "a", "bit", "really", "proper", op="*"),
         _in("manky", "gammy", "minging", "rank", "gross", "nasty", "mank")],
        [_in("smells", "smelling", "smell"), _in("bad", "off", "horrible", "awful", "funny", "rotten", "gross")],
    ],
    "RF_OOZE": [[_rx(r"^(ooz\w*|weep\w*|leak\w*|discharg\w*|seep\w*)$")],
                # "fluid dribbling from it", "juice keeps coming out of it", "my pillow was damp and sticky from the spot"
                [_rx(r"^(fluid|liquid|juice|stuff|gunk|goo|water)$"), *_gap(2),
                 _rx(r"^(dribbl\w*|drip\w*|trickl\w*|running|runs|coming|comes|came|oozing|pouring)$"),
                 _in("out", "from", "down", op="?")],
                [_in("pillow", "pillowcase", "plaster", "dressing"), *_gap(3), _in("damp", "wet", "sticky", "stained", "soaked")],
                [_in("always", "still", "constantly", "keeps"), _in("wet", "weepy", "damp", "moist", "runny", "leaking")],
                [_in("water", "fluid", "liquid", "juice"), _in("come", "comes", "coming", "came"), _in("out")]],
    "RF_SPREAD": [
        # session 50 (tuning_591): "the pink ring around it keeps getting bigger, today it reaches my cheekbone"
        [_in("pink", "red", "angry", "dark", "purple"), _in("ring", "circle", "halo", "rim", "border", "area", "patch"), *_gap_in_sentence(4),
         _in("getting", "got", "gets", "growing", "grows", "grown", "spreading", "gone"), _in("bigger", "wider", "larger")],
        # session 42 (spent v21, tuning_288): "the redness was small yesterday but today it's like the size of my palm", "red streaks around
        # the popped milia on my back", "the pink seems to creep outwards a bit more each day"
        [_in("redness", "pinkness", "swelling", "infection"), *_gap_in_sentence(10), _in("size"), _in("of"), _in("my", "a", "her", "his", "the"),
         _in("palm", "hand", "fist", "saucer", "plate", "orange")],
        [_in("red", "pink"), _in("streaks", "streak", "lines", "stripes"), _in("around", "round", "coming", "going")],
        [_rx(r"^(creep|creeps|creeping|crept|spread|spreads|spreading|edging|edges|moving|moves)$"), _in("outwards", "outward")],
        # session 41 (spent v20, tuning_256): "redder and redder outwards", "now its half my cheek", "from one tiny milia to half my
        # forehead red", "the nose is all red and it go to the cheeks", "pink everything from my chin to my ear", "the pink halo ... is
        # twice as wide as it was this morning", "There's a streak. From the spot on my thumb, up the inside of my arm", "A red stripe
        # ... leading away from the milia", "the red's gone past my collarbone", "Redness has crossed the middle of my chin", "has now
        # spread down onto my neck", "I look like I've been slapped on one side"
        [_in("redder", "pinker"), _in("and"), _in("redder", "pinker"), _in("outwards", "outward", "out")],
        [_in("red", "redness", "pink"), *_gap(2), _in("growing", "creeping", "moving"), _in("outward", "outwards", "out")],
        # fifth round (tuning_280): "the skin around became red which extends every hour more", "one red stripe which goes in direction of the ear"
        [_in("red", "redness", "pink"), *_gap_in_sentence(5), _in("extends", "extending", "expands", "expanding", "widens", "widening", "enlarges")],
        [_in("red"), _in("stripe", "streak", "line", "lines"), *_gap_in_sentence(4), _in("goes", "going", "runs", "running", "go", "travels", "travelling",
                                                                                    "moving"), _in("in", "to", "towards", "toward", "up", "down", "along")],
        [_in("red", "redness", "pink"), _in("all", op="?"), _in("the", op="?"), _in("way", op="?"), _in("across", "over", "down", "up"), _in("to", "onto"),
         _in("his", "her", "my", "the", "their"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],  # "now it's red all the way across to his cheek" (tuning_276)  # "red keeps growing outward" (session 41)
        [_in("spreading", "spreads", "spread"), _in("out", op="?"), _in("outwards", "outward", "from"), _in("where", "the", "my", "her", "his", op="?")],
        [_in("now", "to"), _in("it", "'s", "its", "is", op="*"), _in("half", "most", "all"), _in("of", op="?"), _in("my", "her", "his", "the"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        [_in("red", "redness", "pink"), *_gap_in_sentence(4), _in("go", "goes", "going", "gone", "went", "spread", "spreads", "spreading"),
         _in("to", "onto", "into", "over"), _in("the", "my", "her", "his"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        [_in("red", "redness", "pink", "swollen", "everything"), *_gap(2), _in("from"), _in("my", "her", "his", "the"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand"),
         _in("to", "down", "up"), _in("my", "her", "his", "the"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        [_in("twice", "double", "three", "triple"), _in("times", op="?"), _in("as"), _in("wide", "big", "large"), _in("as"), _in("it", "they"),
         _in("was", "were"), _in("this", "yesterday", "earlier", "first", "at", "last")],
        [_in("from"), _in("the"), _in("spot", "one", "milium", "bump", "place"), *_gap(4), _in("up", "down", "along"), _in("the"),
         _in("inside", "back", "side", "length", "front", op="?"), _in("of", op="?"), _in("my", "her", "his"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        [_in("stripe", "streak", "line", "trail"), *_gap_in_sentence(6), _in("leading", "running", "heading", "travelling", "traveling",
                                                                           "tracking", "creeping"), _in("away", "up", "down", "towards", "toward", "along")],
        [_in("red", "redness", "pink", "rash", "swelling"), _in("'s", "has", "is", op="?"), _in("now", op="?"),
         _in("gone", "spread", "got", "crept", "moved", "reached", "travelled", "traveled", "crossed"),
         _in("past", "beyond", "over", "across", "onto", "into", "down", "the", "to", "it", "that", "my")],
        [_in("spread", "spreading", "spreads", "crept", "creeping"), _in("down", "up", "over", "out", "across"), _in("onto", "into", "to"),
         _in("my", "her", "his", "the"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        [_in("look", "looks", "looking", "looked"), _in("like"), *_gap(3), _in("slapped", "smacked")],
        # second round (tuning_263): "the pen circle i did last night is totally inside the red now", "the redness is over my whole chin",
        # "Redness is now on my cheek and upper lip, it wasn't there at teatime", "has gone from a 5p size to wider than my palm in a day",
        # "the red was at my chin, now it's touching my neck"
        [_in("circle", "line", "mark", "ring", "outline"), *_gap_in_sentence(8), _in("inside", "within", "under"), _in("the"), _in("red", "redness")],
        [_in("red", "redness"), _in("is", "'s", "has", op="?"), _in("now", op="?"), _in("over", "across", "covering", "all"), _in("over", op="?"),
         _in("my", "her", "his", "the"), _in("whole", "entire", "half"), _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        [_in("red", "redness"), *_gap_in_sentence(10), _in("was", "wasn't", "wasnt"), _in("n't", "not"), _in("there"),
         _in("at", "this", "an", "earlier", "yesterday", "last", "before")],
        [_in("red", "redness", "pink"), *_gap_in_sentence(10), _in("gone", "grown", "went"), _in("from"), *_gap(4), _in("to"),
         _in("wider", "bigger", "larger", "half", "the")],
        [_in("red", "redness"), *_gap_in_sentence(8), _in("now"), _in("it", "'s", "its", "is", "it's", op="*"),
         _in("touching", "reaching", "reached", "on", "at", "down", "up", "onto", "into", "over"), _in("to", "onto", op="?"), _in("my", "her", "his", "the"),
         _in("face", "cheek", "cheeks", "forehead", "chin", "neck", "nose", "jaw", "jawline", "ear", "ears", "arm", "forearm", "leg", "collarbone", "chest", "throat", "temple", "lip", "shoulder", "wrist", "hand")],
        # session 40 (spent v19): "the red bit around it was small yesterday now its like the size of my palm", "i marked the red edge
        # with a biro ... and its gone past it overnight", "a growing red patch with fuzzy edges" after a removal at home
        [_in("red", "redness", "pink", "rash"), _in("bit", "patch", "area", "mark", "ring", op="?"), *_gap_in_sentence(3), _in("was"),
         _in("small", "tiny", "little"), *_gap_in_sentence(3), _in("now"), *_gap_in_sentence(4), _in("size", "big", "bigger", "huge", "massive")],
        [_in("marked", "drew", "drawn", "outlined", "circled"), *_gap_in_sentence(12), _in("gone", "spread", "moved", "crept", "went", "grown"),
         _in("past", "beyond", "outside", "over"), _in("it", "that", "the", "my")],
        [_in("growing", "expanding", "widening", "spreading"), _in("red", "pink", "angry"), _in("patch", "area", "mark", "blotch", "circle", "ring")],
        # session 39 (spent v18, tuning_227, tuning_218): "It has spread about 2cm beyond it since this morning" (the redness marked
        # with a pen), "Red line. Forearm. From where I picked.", "Rojo spreading bigger each day"
        [_in("spread", "spreading", "spreads", "grown", "moved", "crept"), _in("about", "around", "roughly", "nearly", "almost", "over", op="?"),
         {"TEXT": {"REGEX": r"^\d+(\.\d+)?(cm|mm)?$"}}, _in("cm", "mm", "centimetres", "centimeters", op="?"),
         _in("beyond", "past", "outside", "further", "wider")],
        [_in("red"), _in("line", "streak"), _in("."), *_gap(4), _in("from"), _in("where"), _in("i", "she", "he", "we", "they")],
        [_in("spreading", "spreads", "growing", "getting"), _in("bigger", "wider", "further", "more"), _in("each", "every"),
         _in("day", "night", "hour", "morning")],
        # session 39 (tuning_228): "the redness ... creeps a bit further down her cheek each day"
        [_in("creeps", "creeping", "crept", "creep", "spreads", "spreading", "crawls", "crawling", "crawled"), _in("a", op="?"),
         _in("bit", "little", "tad", op="?"), _in("further", "farther", "lower", "wider")],
        # "I drew round it with eyeliner and now it's past the line" (session 36, followups/tuning_57)
        [_in("past", "beyond", "outside", "over"), _in("the", "my"), _in("line", "lines", "outline", "pen", "biro", "eyeliner"),
         _in("mark", "marks", op="?")],
        # "the redness from the milia I dug out is going up my face"
        [_in("redness", "red", "rash"), *_gap_in_sentence(8), _in("going", "creeping", "moving", "travelling", "traveling", "spreading"),
         _in("up", "down", "across", "over"), _in("my", "her", "his", "the", "their"), _in("face", "cheek", "neck", "arm", "leg", "jaw", "chest")],
        # "the red patch on my jaw was the size of a 5p and now it's like my palm"
        [_in("red", "redness", "rash", "pink"), *_gap_in_sentence(4), _in("was"), _in("the", op="?"), _in("size"), _in("of"),
         *_gap_in_sentence(8), _in("now")],
        # "I've got one going down my neck" (a red streak, asked about just before)
        [_in("got", "have", "'ve"), _in("one", "a", "some"), _in("line", "streak", op="?"),
         _in("going", "running", "spreading", "creeping", "travelling", "traveling"), _in("down", "up", "across", "along"),
         _in("my", "her", "his"), _rx(r"^(neck|arm|face|cheek|chin|leg|hand|wrist|chest|jaw|forearm)$")],
        # "a thin pink line ... runs from where I dug a milium out of my forearm up towards my elbow"
        [_in("red", "pink", "purple", "dark"), _in("line", "lines", "streak", "streaks"), *_gap_in_sentence(10),
         _rx(r"^(runs|running|ran|goes|going|went|travels|travelling|traveling|tracks|tracking|creeps|creeping|heads|heading)$"),
         *_gap_in_sentence(10), _in("up", "towards", "toward")],
        # "the redness is travelling up between my eyes"
        [_in("redness", "red", "rash"), _in("is", "'s", "has", "keeps"), _rx(r"^(travell?ing|moving|heading|creeping|crawling)$"),
         _in("up", "down", "across", "towards", "along", "into", "over")],
        [_rx(RX_RED), *_gap_in_sentence(8), _rx(RX_SPREAD)],
        # "the red go to my cheek"
        [_in("red", "redness"), _in("is", "'s", "has", op="?"), _in("go", "goes", "going", "gone", "went", "moving", "moves", "moved"),
         _in("to", "up", "onto", "into", "towards", "toward", "across")],
        [_rx(RX_SPREAD), *_gap(4), _rx(RX_RED)],
        # "her face is red and it's going up towards her eye"
        [_rx(RX_RED), *_gap_in_sentence(3), _in("going", "moving", "creeping", "heading", "travelling", "traveling"),
         _in("up", "down", "towards", "toward", "across", "onto", "into")],
        # "the redness round the spot i squeezed on my chin is spreading"
        [_in("redness", "pinkness", "rash"), *_gap_in_sentence(10), _in("is", "'s", "keeps", "has", "been", op="+"),
         _in("spreading", "creeping", "crawling", "growing", "travelling", "traveling", "spread", "grown")],
        # "the red patch from the milium I squeezed on my cheek is creeping towards my ear"
        [_in("red", "pink", "reddish", "pinkish"), _in("patch", "area", "bit", "mark", "blotch", "skin"), *_gap_in_sentence(10),
         _in("is", "'s", "has", "keeps"), _in("creeping", "crawling", "spreading", "moving", "heading", "travelling", "traveling"),
         _in("up", "down", "towards", "toward", "across", "onto", "into", "over")],
        [_in("red", "pink", "dark", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?|tracks?|trails?|stripes?)$"), *_gap(4), _in("from")],
        # session 32 (followups/tuning_41): "a red line after picking a spot", "red line on my neck since I dug one out"
        [_in("red", "pink", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?)$"), *_gap_in_sentence(4), _in("after", "since"),
         _in("i", "me", "my", op="?"), _rx(r"^(pick\w*|squeez\w*|popp?\w*|dug|dig\w*|prick\w*|poked|poking|lanc\w*|needl\w*)$")],
        [_in("red", "pink", "dark", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?|tracks?|trails?|stripes?)$"), *_gap(2),
         _rx(r"^(going|spreading|running|up|down|towards|toward|from|coming|heading|across)$")],
        # "a red line that goes until my neck" (second-language English)
        [_in("red", "pink", "dark", "reddish", "pinkish"), _rx(r"^(lines?|streaks?)$"), _in("that", "which", op="?"),
         _in("goes", "go", "going", "runs", "run", "is", "come", "comes"), _in("until", "till", "to", "as"),
         _in("far", op="?"), _in("as", op="?"), _in("my", "her", "his", "the")],
        # "the red is going more big on my face"
        [_in("red", "redness", "rash"), _in("is", "'s", op="?"), _in("going", "getting", "becoming", "become"), _in("more", "much", "so", op="?"),
         _in("big", "bigger", "large", "larger", "wide", "wider")],
        # "a pink track is tracing its way up my shin", "a red line snaking up my arm"
        [_in("red", "pink", "dark", "reddish", "pinkish", "pinky"), _rx(r"^(lines?|streaks?|tracks?|trails?|stripes?)$"),
         _in("is", "'s", "has", "been", "now", op="*"),
         _rx(r"^(trac\w+|climb\w*|snak\w+|creep\w*|crawl\w*|travell?\w*|mov\w+|inch\w*|work\w*|mak\w+|wind\w*)$"),
         _in("its", "it's", "their", "way", op="*"), _in("up", "down", "along", "across", "towards", "toward", "over", "into")],
        [_rx(r"^(redness|red)$"), *_gap(8), _rx(RX_BIGGER)],
        # session 38 (spent v17, tuning_193): "Red blotch around the spot I scratched open on my chest is spreading", "the red ring
        # around the popped milium on my temple has spread into a big blotch", "the pink area round the spot on my forehead I
        # lanced keeps creeping outwards", "the redness ... was the size of a pea yesterday. Today it's the size of a 50p", "now area
        # is red and each day more big red"
        [_in("red", "pink", "redness", "pinkness", "reddish", "pinkish"), *_gap_in_sentence(14), _in("is", "'s", "has", "keeps", "been", op="+"),
         _in("spreading", "spread", "creeping", "crept", "crawling", "crawled")],
        [_in("red", "pink", "redness", "pinkness", "rash"), *_gap(14), _in("size"), _in("of"), *_gap(4), _in("today", "now"), *_gap(3), _in("size")],
        [_in("red", "redness"), *_gap_in_sentence(6), _in("each", "every"), _in("day"), _in("more", "much"), _in("big", "bigger", "red", "redder")],
        # "the redness around it was coin sized this morning. Now it's as big as my palm" (followups/tuning_69); "Pinkness has
        # travelled from the picked spot on my nose across to my cheek" (tuning_212)
        [_in("redness", "red", "pink", "pinkness", "rash"), *_gap(12), _in("now"), _in("it", "it's", "its", "'s", "is", op="*"), _in("as"),
         _in("big", "large", "wide"), _in("as")],
        [_in("redness", "red", "pink", "pinkness", "rash"), _in("has", "'s", "is"), _in("travelled", "traveled", "moved", "crept", "spread", "gone"),
         *_gap_in_sentence(9), _in("across", "to", "onto", "into", "towards", "toward")],
        # "the pink patch from where I picked has reached my collarbone", "now it covers my whole chin"
        [_rx(r"^(redness|red|pink|pinkness|rash|flush|patch)$"), *_gap_in_sentence(10),
         _in("reached", "reaches", "reaching", "covers", "covering", "covered", "crept", "spread"),
         _in("to", "onto", "into", "down", "up", op="?"), _in("my", "the", "her", "his", "their", op="?"), _in("whole", "entire", op="?"),
         _in("collarbone", "neck", "ear", "ears", "eye", "jaw", "jawline", "chest", "shoulder", "chin", "cheek", "face", "forehead",
             "nose", "temple", "scalp", "armpit", "arm", "hairline", "lip", "mouth")],
        # "the red around the milia I picked on my nose keeps widening"
        [_rx(RX_RED), *_gap_in_sentence(12), _rx(r"^(widen\w*|expand\w*)$")],
        # "the area is getting redder and bigger every day"
        [_rx(r"^(redder|angrier|pinker)$"), _in("and", "&", op="?"), _rx(RX_BIGGER)],
        # described: "now covers half my cheek", "a red patch the size of my palm", "the flush gets bigger",
        # "working its way out across my nose", "red keeps growing outward"
        [_rx(r"^(redness|red|pink|pinkness|flush|rash)$"), *_gap(12), _in("covers", "covering", "covered", "taking"),
         _in("half", "most", "all", "over", "up")],
        [_in("red", "pink", "angry"), _rx(r"^(patch|area|blotch|mark|circle|ring)$"), _in("the", "is", "now", op="*"),
         _in("size"), _in("of")],
        [_in("flush", "blush", "pinkness", "flushing"), *_gap(8), _rx(RX_BIGGER + r"|^(doubled|tripled|grown|growing|grows|spreading|spreads)$")],
        [_in("redder", "pinker", "angrier"), _in("and", op="?"), _in("wider", "broader")],
        [_in("red", "redness", "pink", "rash"), *_gap(3), _rx(r"^(gone|spread|moved|travelled|traveled|crept|crawled|gone|got)$"),
         _in("down", "up", "onto", "into", "across", "over", "along"), *_gap(2),
         _in("neck", "cheek", "jaw", "face", "chest", "ear", "eye", "forehead", "nose", "chin", "scalp", "shoulder", "arm", "leg")],
        [_rx(r"^(working|making|eating)$"), _in("its", "it's"), _in("way"), _in("out", "across", "up", "down", "along", "over", "towards")],
        [_in("red", "redness", "pink"), _in("keeps", "is", "'s", "has", "been", op="*"), _in("growing", "spreading", "moving"),
         _in("outward", "outwards", "out", "further")],
        # session 33 (followups/tuning_45): "theres a red streak now", "now there's a red line" (a new red line, after picking)
        [_in("there's", "theres", "is", "'s", "s", "got", "have", "has"), _in("a"), _in("red", "pink", "reddish", "pinkish"), _rx(r"^(lines?|streaks?)$"),
         _in("now", "appearing", "appeared", "forming", "developing", "coming")],
        [_in("now"), _in("there's", "theres", "there", "i've", "ive", "i", "she's", "he's", "she", "he"), _in("is", "'s", "got", "has", "have", op="*"),
         _in("a"), _in("red", "pink", "reddish", "pinkish"), _rx(r"^(lines?|streaks?)$")],
        # "a streak of red is heading towards my ear", "a line of redness going up my neck"
        [_rx(r"^(streaks?|lines?|tracks?|trails?|stripes?)$"), _in("of"), _in("red", "redness", "pink"), *_gap(3),
         _rx(r"^(going|goes|gone|heading|heads|spreading|running|runs|moving|creeping|travelling|traveling|up|down"
             r"|towards|toward|across)$")],
        # the red area itself grows: "the redness round the milia I dug out is getting bigger",
        # "red blotch round the one i picked has doubled in size"
        [_in("redness", "rash", "pinkness"), *_gap(12), _rx(RX_BIGGER + r"|^(doubled|tripled|grown|growing|grows)$")],
        [_in("red", "pink"), _rx(r"^(blotch\w*|patch\w*|area|areas|ring|rings|circle|mark|marks|halo|skin|bit)$"),
         *_gap(12), _rx(RX_BIGGER + r"|^(doubled|tripled|grown|growing|grows)$")],
        [_in("drawn", "drew", "marked", "traced", "outlined"), _in("round", "around"), *_gap(3),
         _in("pen", "biro", "marker", "edge", "edges", "red", "redness")],
        # "it's gone past the line I drew", "spreading across my cheek"
        [_in("past", "beyond", "outside", "over"), _in("the", "my", op="?"),
         _in("line", "lines", "pen", "biro", "marker", "mark", "marks", "outline", "circle")],
        [_rx(r"^(spreading|spread|spreads|creeping|crawling|fanning|travelling|traveling|marching)$"),
         _in("out", op="?"), _in("across", "over", "up", "down", "along", "into", "onto", "from"),
         _in("my", "her", "his", "the", "their", op="?"),
         _in("cheek", "cheeks", "face", "forehead", "nose", "chin", "jaw", "neck", "eye", "eyelid", "temple", "lid")],
    ],
    # redness compared with yesterday, across commas: "the redness was the size of a 5p yesterday, now it is bigger
    # than a 50p", "red colour around the spot go bigger, yesterday small now almost all my cheek"
    "RF_SPREAD_SINCE": [
        [_in("redness", "red", "rash", "pink"), *_gap(14), _in("yesterday", "this", "last"), *_gap(6), _in("now"), *_gap(4),
         _rx(RX_BIGGER + r"|^(all|half|most|whole)$")],
    ],
    "RF_FEVER": [
        # session 42 (tuning_294): "Shaking with cold under two duvets" (after a picking: signs.red_flag_spans)
        [_in("shaking", "shivering", "shivery", "trembling", "shuddering"), _in("with"), _in("cold")],
        [_in("under"), _in("two", "three", "2", "3", "several", "all", "both"), _in("my", "the", op="?"), _in("duvets", "blankets", "quilts")],
        # session 37 (tuning_190): second-language words for a fever ("I am a little fièvre", "demam since yesterday")
        [_in("fièvre", "fievre", "fiebre", "febbre", "demam", "fieber", "gorączka", "goraczka", "ateş", "ates", "bukhar", "sốt")],
        [_in("temperatura", "température", "temperatur"), _in("alta", "élevée", "elevee", "hoch", "alta")],  # "Temperatura alta since yesterday" (spent v18)
        [_rx(r"^(fever\w*|feaver\w*|fevour|shivers|shivery|shivering|chills|rigors|unwell|fluey|flu-?ish|flu-?like"
             r"|fluy|flue-?y)$")],
        # "feel like I've got the flu", "flu symptoms"
        [_rx(r"^(feel|feels|feeling|felt)$"), _in("like"), *_gap(3), _in("flu")],
        [_in("flu"), _in("symptoms", "-", "like", "ish")],
        # "sweating then freezing in turns", "boiling one minute and freezing the next"
        [_rx(r"^(sweating|sweaty|boiling|roasting|burning)$"), _in("then", "and", "one", "minute", ",", "up", op="*"),
         _rx(r"^(freezing|shivering|shaking|cold|frozen)$")],
        [_in("a", "high", "raised", "hi"), _rx(r"^(temp|temperature|temprature|tempreture)$")],
        [_rx(r"^(feel|feels|feeling|felt)$"), {"OP": "?"}, _in("ill", "poorly", "shivery", "hot")],
        [_in("burning"), _in("up")],
        # "I'm cold and shaking", "my temperature's up"
        [_in("cold", "freezing", "hot"), _in("and", "&"), _in("shaking", "shaky", "trembling", "sweaty", "clammy", "shivery")],
        [_in("temperature", "temp"), _in("'s", "is", "has", "gone", "went", "been", op="*"), _in("up", "high", "raised", "rising")],
        # "hot then cold then hot again" (session 38, spent v17)
        [_in("hot", "boiling", "sweaty"), _in("then"), _in("cold", "freezing", "shivery"), _in("then", "and"), _in("hot", "boiling", "sweaty", "back")],
        # "boiling one minute and freezing the next", "teeth chattering"
        [_in("boiling", "roasting", "hot"), *_gap(5), _in("freezing", "frozen", "shivering", "shaking")],
        [_in("teeth"), _rx(r"^(chatter\w*)$")],
    ],
    "RF_INFECT": [[_in("inflamed", "inflammed", "inflamated", "inflammated")],  # "today the eyelid is inflamed" (session 38, tuning_208)
                  [_rx(r"^(infected|infection|infections|infecting|infect|infecion|infeted"
                       r"|infectd|infeccted)$")],
                  # "the bump I pricked has gone hard and angry", "looks red and angry" (inflamed)
                  [_in("gone", "turned", "going", "turning", "looks", "looking", "gotten", "got", "now"),
                   _in("and", "all", "really", "very", "so", "hard", "red", "sore", "swollen", "puffy", "lumpy", op="*"),
                   _in("angry", "angry-looking")],
                  # "the white bump I squeezed has turned into a hot red boil", "it's become an abscess"
                  [_in("turned", "turning", "gone", "become", "became", "becoming", "developed", "developing", "now"),
                   _in("into", "in", "a", "an", "like", "to", "it", "it's", "its", "'s", "is", op="*"),
                   _in("hot", "red", "angry", "big", "huge", "massive", "painful", "sore", "little", "proper", "and", "yellow", "-", "topped",
                       "headed", op="*"),
                   _rx(r"^(boils?|abscess|abscesses|absess)$")]],
}


GENERAL_PATTERNS: Dict[str, List[TokenPattern]] = {
    "RF_VERY_UNWELL": [
        # session 40 (spent v19, tuning_233): "my gf is acting really weird and out of it", "can barely lift her head", "mum not
        # waking properly"
        [_in("acting", "behaving"), _in("really", "very", "so", "a", "bit", "all", op="*"), _in("weird", "strange", "odd", "funny", "confused", "off")],
        [_in("'s", "is", "seems", "seemed", "and", "totally", "completely", "really", "bit", "was"), _in("out"), _in("of"), _in("it")],
        [_in("barely", "hardly", "cant", "cannot", "n't", "not"), _in("lift", "hold", "raise"), _in("up", op="?"), _in("her", "his", "my", "their"), _in("head")],
        [_in("not", "n't", "nt"), _in("waking", "wake", "woken"), _in("up", op="?"), _in("properly", "fully", "right")],
        # session 39 (spent v18, tuning_221): "can't really talk to me properly", "saying stuff that makes no sense", "I fall down in
        # kitchen", "can't get enough air", "chest tight", "can barely hold the phone", "won't answer me properly" (beside an
        # infection only: patterns.EMERGENCY_WITH)
        [_rx(r"^(cant|cannot|ca|can|could|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("really", op="?"), _in("talk", "speak"),
         _in("to", op="?"), _in("me", "us", "anyone", op="?"), _in("properly", "right", "straight", "clearly", "normally")],
        [_in("saying", "says", "talking", "said", "stuff", "things", "words"), *_gap_in_sentence(3), _in("makes", "make", "making", "made"),
         _in("no"), _in("sense")],
        [_in("fell", "fall", "falls", "falling"), _in("down"), _in("in", "on", op="?"), _in("the", "my", op="?"),
         _in("kitchen", "floor", "bathroom", "hall", "stairs", "street", op="?")],
        [_in("keeled"), _in("over")],
        [_in("get", "getting", "got"), _in("enough"), _in("air", "breath", "oxygen")],
        [_in("chest"), _in("'s", "is", "feels", "feeling", "gone", "going", "all", "so", "really", "very", op="*"), _in("tight", "tightening")],
        [_in("tight", "tightness"), _in("in", op="?"), _in("my", "the", "her", "his", op="?"), _in("chest")],
        [_in("barely", "hardly"), _in("hold"), _in("the", "my", "a", "her", "his"), _in("phone", "cup", "pen", "spoon")],
        [_rx(r"^(wont|won't|wo|doesnt|isnt|not|cant)$"), _in("n't", "nt", op="?"), _rx(r"^(answer|answering|respond|responding)$"),
         _in("me", "us", op="?"), _in("properly", "right", "at", "when", "straight", "normally")],
        # session 37 (spent v16, tuning_181): "slumped in his chair all afternoon", "hardly answers", "she's vacant", "my heart going
        # so fast", "i cant breathe proper" (beside an infection only: patterns.EMERGENCY_WITH)
        [_in("slumped", "slumping", "flopped"), _in("in", "on", "over", "against")],
        [_in("hardly", "barely"), _in("answers", "answered", "answering", "responds", "responded", "speaks", "talks", "talking", "speaking")],
        [_in("vacant")],
        [_in("spaced", "zoned"), _in("out")],
        [_in("heart", "hearts", "heartbeat", "pulse"), _in("'s", "is", op="?"), _in("going", "racing", "pounding", "beating"), _in("so", "really", "very", "too", "like", op="*"),
         _in("fast", "quick", "mad", "crazy", "hard", "wild")],
        # "heart going a million miles an hour" (session 53, spent v32)
        [_in("heart", "hearts", "heartbeat", "pulse"), _in("'s", "is", op="?"), _in("going", "racing", "pounding", "beating", "doing"), _in("at", op="?"),
         _in("a", "like", op="?"), _in("million", "hundred", "thousand", "100", "1000", "mil"), _in("miles", "mph", "beats")],
        [_rx(r"^(cant|cannot|ca|can|could|couldnt)$"), _in("n't", "nt", op="?"), _in("breathe", "breath"),
         _in("proper", "properly", "right", "normally", "normal")],
        [_in("past", "passd", "passt"), _in("out")],  # "i past out in the bathroom" (session 36, tuning_165)
        # "Wife is not talking right, say strange things" (session 36, tuning_168)
        [_in("not", "n't", "nt"), _in("talking", "speaking", "making"), _in("right", "properly", "normal", "normally", "sense")],
        [_in("say", "says", "saying", "said"), _in("strange", "weird", "odd", "funny", "crazy"), _in("things", "stuff")],
        # session 36 (spent v15): "I think I've got sepsis", "I feel horrendous", "I feel so weak I had to sit on the floor", "my
        # heart feels like it's fluttering" (beside an infection only: patterns.EMERGENCY_WITH)
        [_in("got", "have", "has", "'s", "is", "having", "developing", "developed", "with"), _in("sepsis", "septicaemia", "septicemia")],
        [_in("feel", "feels", "feeling", "felt"), _in("so", "really", "absolutely", "truly", "properly", op="*"),
         _in("horrendous", "horrific", "ghastly", "hideous")],
        [_in("feel", "feels", "feeling", "felt"), _in("so", "really", "very", "too", "incredibly"), _in("weak")],
        [_in("heart", "heartbeat"), _in("feels", "is", "'s", "keeps"), _in("like", op="?"), _in("it", "its", op="?"), _in("'s", "is", op="?"),
         _rx(r"^(fluttering|flutters|flipping|skipping|racing|pounding)$")],
        [_in("out"), _in("cold")],  # "I went down at work, out cold for a few seconds" (session 34, followups/tuning_51)
        [_rx(r"^(confused|confusion|drowsy|faint|fainted|fainting|dizzy|delirious|collapsed|muddled|mottled|clammy"
             r"|disorientated|disoriented|mumbling|incoherent|breathless|floppy|listless|lethargic|gasping|slurring"
             r"|slurred|wheezing|wheezy|light-headed|lightheaded|woozy|tachycardic|tachypnoeic|tachypneic|tachycardia"
             r"|tachypnoea|tachypnea|hypotensive|obtunded)$")],
        [_in("light"), {"ORTH": "-", "OP": "?"}, _in("headed")],
        # "barely responding to me", "she not wake up good and she talk strange", "heart is going so fast"
        [_in("barely", "hardly", "not", "isn't", "isnt"), _in("responding", "responsive", "answering", "reacting")],
        [_in("unresponsive", "sleepy")],
        [_in("not", "n't", "cannot", "cant", "can"), _in("wake", "waking"), _in("her", "him", "them", op="?"), _in("up", op="?"),
         _in("good", "properly", "well", "easily", "at")],
        # session 33 (tuning_131): "she not want to wake up", "barely awake, can hardly answer me", "all of a muddle", "cold but sweating",
        # "she is sleep all day"
        [_in("not", "n't", "doesnt", "dont"), _in("want", "wanna"), _in("to"), _in("wake", "waking")],
        [_in("barely", "hardly"), _in("awake", "conscious")],
        # session 47 (tuning_449): "my heart is going nineteen to the dozen", "my mum sounds drunk on the phone but she doesn't drink"
        [_in("heart", "heartbeat", "pulse", "ticker"), *_gap_in_sentence(3), _in("nineteen", "19"), _in("to"), _in("the"), _in("dozen")],
        [_in("sounds", "sounded", "seems", "seemed", "acting", "talking", "slurring"), _in("like", op="?"), _in("she", "he", "they", op="?"),
         _in("'s", "is", "are", "was", op="?"), _in("drunk")],
        # session 47 (tuning_443): "far sleepier than usual since yesterday and barely wakes for meals"
        [_in("sleepier", "drowsier", "dozier"), _in("than")],
        [_in("barely", "hardly", "scarcely"), _in("wakes", "wake", "waking", "woke", "stirs")],
        [_in("can", "could"), _in("hardly", "barely"), _in("answer", "respond", "talk", "speak", "reply")],
        [_in("all"), _in("of"), _in("a"), _in("muddle", "daze", "fog")],
        [_in("cold"), _in("but", "and", "yet"), _in("sweating", "sweaty", "clammy", "sweats")],
        [_in("sleep", "sleeps"), _in("all"), _in("day")],
        [_in("talk", "talks", "talking", "speak", "speaks", "speaking"), _in("strange", "strangely", "funny", "weird", "nonsense", "gibberish")],
        # "head's all over the place", "my head is all over the place" (confused)
        [_in("head", "head's", "heads"), _in("is", "'s", "s", op="?"), _in("all"), _in("over"), _in("the"), _in("place", "shop")],
        # "can barely think straight", "I can't think straight" (confused)
        [_in("barely", "hardly", "cant", "cannot", "can't", "n't", "nt", "not", "struggling", "struggle"), _in("seem", op="?"), _in("to", op="?"),
         _in("think"), _in("straight", "clearly", "properly")],  # "I cant think straight": "ca" "nt" (session 50, spent v29)
        [_in("heart", "heartbeat", "pulse"), _in("is", "'s", "keeps"), _in("going", "beating", "pounding", "racing"),
         _in("so", "really", "very", "too", op="?"), _in("fast", "quick", "quickly", "crazy", "mad")],
        # "my heart it beat very fast and I almost fall down" (second-language English)
        [_in("heart", "heartbeat", "pulse"), _in("it", op="?"), _in("beat", "beats", "beating", "go", "goes", "is"),
         _in("very", "so", "really", "too", op="?"), _in("fast", "quick", "quickly")],
        [_in("almost", "nearly"), _in("fall", "fell", "falling", "falled"), _in("down", "over")],
        # "he's not himself" (kept though it starts with "not": signs._negated_symptom)
        [_in("not", "n't"), _in("himself", "herself", "themselves", "myself", "yourself")],
        # "so weak I can't get up", "too weak to stand"
        *[[*cannot, _in("get", "stand", "sit"), _in("up")] for cannot in CANNOT],
        [_in("too"), _in("weak", "dizzy", "faint", "wobbly"), _in("to"), _in("stand", "walk", "get", "move")],
        # "so weak I can't get off the sofa", "feel like I'm going to collapse", "haven't had a wee since yesterday"
        *[[*cannot, _in("get"), _in("off", "out"), _in("of", op="?"), _in("the", "my", "her", "his", op="?"),
           _in("sofa", "bed", "couch", "settee", "chair", "floor")] for cannot in CANNOT],
        [_in("going", "gonna", "about", "might", "could"), _in("to", op="?"), _in("collapse")],
        [_in("make", "made", "makes"), _in("you", "me", "someone", "people"), _in("collapse", "faint", "pass")],
        [_in("everything"), _in("went", "goes", "going", "gone"), _in("black", "dark")],  # "i got up and everything went black and i was on the floor" (42)  # "Can an infected spot make you collapse? Because I just did" (42)
        [_rx(r"^(no|not|n't|nt|havent|hasnt|hadnt|didnt)$"), _in("had", "passed", "done", op="?"), _in("a", "any", op="?"),
         _rx(r"^(wee|wees|pee|pees|urine|weed|peed)$")],
        # "grandad hasnt passed water all day", "when I wake her she doesnt make sense", "sleeping nonstop", "seems a bit vague",
        # "gone all blotchy and cold"
        [_rx(r"^(no|not|n't|nt|havent|hasnt|hadnt|didnt)$"), _in("passed"), _in("any", op="?"), _in("water")],
        [_rx(r"^(doesnt|doesn't|does|dont|don't|do|didnt|didn't|isnt|isn't|is|wasnt|wasn't|was)$"), _in("n't", "not", "nt", op="?"),
         _in("make", "making"), _in("any", "much", op="?"), _in("sense")],
        [_in("sleeping", "sleeps", "asleep"), _in("nonstop", "non-stop", "constantly")],
        [_in("sleeping"), _in("all"), _in("day")],
        [_in("seems", "seem", "seemed", "is", "'s", "was", "gone"), _in("a", "bit", "really", "very", "so", "all", op="*"),
         _in("vague", "spaced", "spacey", "spacy", "dazed")],
        [_in("blotchy", "blotched", "mottled", "marbled"), _in("and", ",", op="?"), _in("cold", "clammy", "pale", "grey", "gray", "blue",
                                                                                   "purple")],
        # lips or face going blue: "her lips have gone a bit blue", "blue lips"
        [_in("lips", "lip", "face", "fingertips"), _in("have", "has", "are", "is", "'s", "'re", "gone", "going", "turned",
                                                          "turning", "a", "bit", "all", "looking", "look", "went", op="*"),
         _in("blue", "bluish", "blueish", "purple", "grey", "gray")],
        [_in("blue", "bluish", "blueish", "purple", "grey", "gray"), _in("lips", "lip")],
        # "breathing weird", "breathing like i've run a marathon", "can't catch my breath"
        [_in("breathing", "breathes", "breathe", "breath"), _in("really", "very", "so", "all", op="?"),
         _in("weird", "weirdly", "funny", "funnily", "strange", "strangely", "odd", "oddly", "noisy", "noisily",
             "heavy", "heavily", "shallow", "badly", "rasping", "raspy")],
        # session 47 (tuning_454): "she's breathing much faster than normal", "not really waking up for feeds, just sleeps and sleeps"
        [_in("breathing", "breathes", "breath"), _in("much", "really", "very", "so", "way", "a"), _in("lot", op="?"), _in("faster", "quicker")],
        [_in("not", "n't"), _in("really", "properly", "even"), _in("waking", "wake", "woken"), _in("up", op="?"), _in("for")],
        [_in("sleeps", "sleeping"), _in("and"), _in("sleeps", "sleeping")],
        [_in("breathing", "panting", "puffing", "gasping"), _in("like", "as"), *_gap(4),
         _rx(r"^(marathons?|race|sprint|sprinted|run|ran|miles?|dog)$")],
        [_in("catch"), _in("my", "her", "his", "their", op="?"), _in("breath")],
        # "my heart won't slow down", "a fast heart", "pulse is going mad"
        [_in("heart", "heartbeat", "pulse"), *_gap(3), _in("slow", "settle", "calm")],
        [_in("fast", "racing", "pounding", "thumping", "hammering", "galloping", "rapid"),
         _in("heart", "heartbeat", "heartrate", "pulse")],
        # "can't stand up without blacking out", "can barely stand", "can't walk straight" (the word after is
        # checked in the detector: not "can't stand the look of them")
        *[[*cannot, _in("stand", "walk")] for cannot in CANNOT],
        # "she's not making much sense", "keeps asking what day it is" (beside picking or another sign only:
        # signs.red_flag_spans)
        [_in("not", "n't", "isnt", "no", "barely", "hardly"), _in("making"), _in("much", "any", "a", "lot", "of", op="*"), _in("sense")],
        # session 38 (tuning_211, followups/tuning_69): "keeps asking whose house this is", "her pulse was racing", "feels like she'll
        # pass out"
        [_in("asking", "asks", "asked"), _in("whose", "where"), _in("house", "home", "place", "room")],
        [_in("pulse", "heartbeat"), _in("was", "is", "'s", "really", "so", op="*"), _in("racing", "pounding", "galloping", "thumping")],
        [_in("she'll", "he'll", "i'll", "will", "'ll", "going", "gonna"), _in("to", op="?"), _in("pass"), _in("out")],
        [_in("asking", "asks", "ask", "asked", "know", "knows", "sure"), _in("me", op="?"), _in("what"), _in("day", "year", "month")],
        # session 38 (tuning_196): "she just asked me who I was", "keeps calling me by my dad's name", "can't find words", "he's
        # putting his shoes in the fridge", "wakes for a second then drifts off again", "I've tried to wake him and he only mumbles"
        [_in("asked", "asking", "asks"), _in("me", "us", op="?"), _in("who"), _in("i", "we", "she", "he"), _in("was", "am", "were", "are", "is")],
        [_in("calling", "calls", "called"), _in("me", "us", "him", "her"), _in("by", op="?"), _in("the", op="?"), _in("wrong", "my", "her", "his"),
         _rx(r"^(name|names|dad's|mum's|mom's|sister's|brother's|husband's|wife's|son's|daughter's)$")],
        *[[*cannot, _in("find"), _in("his", "her", "their", "my", "the", op="?"), _in("words")] for cannot in CANNOT],
        [_in("putting", "put", "puts"), _in("his", "her", "the", "their"), _rx(r"^(shoes|keys|phone|glasses|socks|slippers|kettle|wallet|purse)$"),
         _in("in", "into"), _in("the"), _in("fridge", "freezer", "oven", "bin", "microwave")],
        [_in("drifts", "drifting", "drifted", "nods", "dozes"), _in("off"), _in("again", "straight", "mid-sentence", op="?")],
        [_in("only", "just"), _in("mumbles", "mumbled", "grunts", "grunted", "groans", "groaned", "moans", "moaned")],
        # "keeps asking the same question", "repeating herself"
        [_in("keeps", "keep", "kept", "is", "'s"), _in("asking", "saying", "repeating"), _in("the", op="?"), _in("same")],
        [_in("repeating", "repeats"), _in("herself", "himself", "themselves", "myself", "itself")],
        # "everything's hazy in my head", "my head feels foggy"
        [_in("hazy", "foggy", "fuzzy", "muzzy", "woolly", "cloudy", "spinning", "swimming"), _in("in"),
         _in("my", "her", "his", "the"), _in("head")],
        [_in("head"), _in("is", "'s", "feels", "feel", "all", "gone", "so", "really", op="+"),
         _in("hazy", "foggy", "fuzzy", "muzzy", "woolly", "spinning", "swimming", "mush")],
        [_in("is", "'s", "really", "totally", "completely", "seems", "proper", "bit", "gone", "been"),
         _in("out"), _in("of"), _in("it")],
        [_in("gone", "so", "really", "very"), _rx(r"^(sleepy|drowsy|floppy)$")],
        [_in("dropping", "drifting", "nodding", "dozing", "dropped", "drifted", "nodded", "dozed"), _in("off")],
        [_rx(r"^(struggling|struggle|cant|hard)$"), _in("to", op="?"), _in("breathe", "breath")],
        [_in("passed", "passing"), _in("out")],
        [_in("talking", "speaking", "saying"), _in("absolute", "complete", "total", "utter", "pure", "a", "load", "of", "lot", op="*"),
         _in("nonsense", "gibberish", "rubbish", "garbage", "drivel")],
        # session 33 (tuning_128): "keeps asking me the same thing every couple of minutes", "he thinks the cat is my mum",
        # "feel really weird and spaced out", "my housemates say I look grey", "about to keel over", "ended up on the kitchen floor",
        # "not been for a wee all day"
        [_in("keeps", "keep", "kept"), _in("asking", "saying", "repeating"), _in("me", "us", op="?"), _in("the"), _in("same")],
        [_in("thinks", "thought", "thinking"), _in("the", "my", "i", "i'm", "im", "she", "he", "it", "it's", "its"), *_gap(3),
         _in("is", "'s", "am", "are", "was"), _in("my", "his", "her", "the", "a"), _in("mum", "mom", "dad", "wife", "husband", "mother", "father",
                                                                                       "sister", "brother", "son", "daughter", "nurse", "doctor")],
        [_in("feel", "feels", "feeling", "felt"), _in("really", "very", "so", "all", "a", "bit", "weird", "odd", "strange", "and", op="*"),
         _in("spaced", "spacey", "spacy", "dazed", "vague", "floaty")],
        [_in("i", "she", "he", "you"), _in("look", "looks", "looked", "looking"), _in("really", "very", "so", "a", "bit", "all", "totally", op="*"),
         _in("grey", "gray", "ashen", "deathly", "grey-ish", "greyish", "blue")],
        [_in("keel", "keeling", "keels"), _in("over")],
        [_in("ended", "end", "found", "woke"), _in("up", "myself", "herself", "himself", op="?"), _in("on"), _in("the", "my"), *_gap(1),
         _in("floor", "ground")],
        [_rx(r"^(not|n't|nt|haven't|havent|hasn't|hasnt)$"), _in("been"), _in("for"), _in("a", "any"), _rx(r"^(wee|wees|pee|pees|piss)$")],
        [_in("limp")],
        [_in("blacking", "blacked", "black"), _in("out")],
        [_in("going", "gonna", "about", "might", "could"), _in("to", op="?"), _in("pass", "faint"), _in("out", op="?")],
        [_in("heart"), *_gap(2), _rx(r"^(racing|pounding|beating|thumping|hammering|fluttering|skipping|banging|thudding|galloping)$")],
        [_in("heart"), *_gap(3), _in("crazy", "mad", "nuts", "haywire")],
        [_in("heart", "pulse"), *_gap(5), _in("clappers", "train", "drum", "drums")],
        # "keeps staring at the wall and not answering", "this isn't her at all"
        [_in("staring", "stares", "stared"), _in("at", "into"), _in("the", op="?"), _in("wall", "walls", "ceiling", "nothing", "space")],
        [_rx(r"^(not|n't|nt|isnt|wont|won't)$"), _rx(r"^(answering|responding|responsive|replying|talking|reacting)$")],
        [_rx(r"^(isnt|n't|nt|not)$"), _in("her", "him", "herself", "himself", "themselves", "like"), _in("at", "her", "him", op="?"), _in("all", "self", op="?")],
        [_in("pulse", "heartrate", "heartbeat"), _in("rate", op="?"), _in("is", "'s", "of", "at", "was", op="?"),
         _rx(r"^(1[2-9]\d|2\d\d)$")],
        # "heart rate on my watch says 135"
        # session 32 (tuning_112): "my heart rate is 128 sitting down", as "pulse is 120" above
        [_in("heart", "pulse"), _in("rate", "beat", op="?"), *_gap_in_sentence(5), _rx(r"^(1[2-9]\d|2\d\d)$")],
        [_in("collapsed", "passed", "blacked")],
        # session 33 (v12, spent; tuning_124): "dad keeps collapsing", "everything went black and I came round on the bathroom floor"
        [_in("collapsing", "collapses", "fainting", "faints")],
        [_in("came", "come", "coming", "woke"), _in("round", "to", "up"), _in("on"), _in("the", "my"), *_gap(1), _in("floor", "ground")],
        [_in("keeled"), _in("over")],
        [_rx(r"^(struggling|struggles|struggled|fighting|gasping)$"), _in("for"), _in("breath", "air")],
        [_in("funny", "weird", "odd", "strange"), _in("blue", "grey", "gray", "purple"), _in("colour", "color", "tinge")],
        [_in("went", "gone", "go", "goes", "dropped"), _in("down"), _in("like")],
        [_rx(r"^(babbling|rambling|raving|incoherent|delirious|gibberish|confuse|confuzed|confussed)$")],
        # session 30 (tuning_95): "can't string a sentence together", "panting just walking to the loo", "breathing through a
        # straw, really fast shallow breaths", "feel awful, like properly awful"
        [_rx(r"^(cant|can't|cannot|n't|nt)$"), _in("string"), _in("a", "two", op="?"), _in("sentence", "sentences", "words", "together")],
        [_rx(r"^(panting|gasping|puffing)$"), *_gap(2), _in("walking", "walk", "just", "climbing", "going", "standing", "sitting")],
        [_in("breathing"), _in("through"), _in("a"), _in("straw")],
        # "my breathing's gone really fast"
        [_in("breathing", "breath", "breaths"), _in("'s", "is", "has", op="?"), _in("gone", "got", "getting", "become", "been", op="?"),
         _in("really", "very", "so", "super", "rather", "quite", "a", "bit", "little", op="*"), _in("fast", "quick", "rapid", "shallow")],
        [_in("fast", "quick", "rapid", "short"), _in("shallow", op="?"), _in("breaths", "breathing")],
        [_in("properly", "really", "truly", "absolutely"), _in("awful", "dreadful", "terrible", "horrendous")],
        [_in("hart", "heart"), _in("beat", "beats", "beating", "rate"), _in("so", "very", "really", "too", op="?"), _in("fast", "quick", "hard")],
        [_in("in"), _in("and"), _in("out"), _in("of"), _in("sleep", "consciousness", "it")],
        [_rx(r"^(cant|can't|cannot|n't|nt)$"), _in("keep"), _in("track")],
        [_in("like"), _in("i'm", "im", "i", "she's", "he's", "she", "he"), _in("am", "'m", "m", "is", "'s", op="?"), _in("dying")],
        # the NHS's sepsis signs in plain words, beside an infection (patterns.EMERGENCY_WITH): "shaking so badly i cant
        # hold my phone", "every muscle hurts", "thinks she's going
        # to die" (beside picking or another sign only: sign_words.ONLY_BESIDE_WORDS), "blotchy and purple like marble"
        [_rx(r"^(shaking|shivering|trembling|shuddering|shivery|shaky)$"), _in("so", "really", "that", op="?"),
         _in("badly", "violently", "uncontrollably", "hard", "much")],
        [_in("every", "all"), _in("single", "my", "his", "her", op="?"), _in("muscle", "muscles"), *_gap(3),
         _rx(r"^(hurts?|aches?|aching|agony|killing|burning|screaming)$")],
        [_in("muscles"), _in("are", "'re", "feel", "feels", op="?"), _in("in", op="?"), _in("agony", "screaming", "killing")],
        [_in("whole"), _in("body"), *_gap(3), _in("agony", "hell")],
        [_in("going", "gonna", "about", "might"), _in("to", op="?"), _in("die")],
        [_rx(r"^(marbled|marbly|marbling)$")],
        [_in("like"), _in("marble")],
        [_in("patchy", "blotchy", "mottly"), _in("and", op="?"), _in("blue", "purple", "grey", "gray")],
        [_in("face", "skin"), _in("looks", "look", "looking", "is", "'s", "gone", "has", "went", "turned", op="*"),
         _in("grey", "gray", "ashen")],
        [_in("breathing", "breathe"), *_gap(2), _in("fast", "quickly", "quick", "hard")],

        [_in("so", "very", "really", "extremely", "v"), _in("ill", "unwell", "poorly")],
        [_in("barely"), _in("stay", "keep"), _in("awake")],
        [_in("out", "short"), _in("of"), _in("breath")],
    ],
    # worded with a negation, so never negated ("SELF_NEGATING_LABELS")
    "RF_WORST_ILL": [
        # "I feel worse than I have ever felt in my life" (session 37, spent v16)
        [_in("worse"), _in("than"), _in("i", "she", "he", "ive"), _in("have", "'ve", "has", "'s", op="?"), _in("ever"), _in("felt", "been")],
        [_in("not", "isnt", "n't"), _in("making"), _in("sense")],
        [_in("never"), _in("felt", "been"), _in("quite", "ever", op="?"), _in("this", "so", "as"), _in("ill", "unwell", "bad", "poorly", "rough", "sick")],
        # "I've never seen her this ill" (session 53, tuning_683)
        [_in("never"), _in("seen"), _in("her", "him", "them", "mum", "dad", "nan", "grandad"), _in("quite", "ever", op="?"), _in("this", "so", "as"),
         _in("ill", "unwell", "bad", "poorly", "rough", "sick", "grey", "gray")],
        # "I feel awful like never before"
        [_in("feel", "feels", "feeling", "felt"), _in("awful", "terrible", "horrendous", "dreadful", "rough", "ill", "bad"),
         _in("like", "as"), _in("never"), _in("before")],
        [_in("not", "n't", "nt"), _in("felt", "been"), _in("this", "so"), _in("ill", "unwell", "poorly", "rough", "sick")],
        [_in("cant", "can't", "cannot"), _in("think"), _in("straight")],
        [_in("ca"), _in("n't"), _in("think"), _in("straight")],
        # "hands shaking, can't think, sweaty": can't think at all (not "can't think of a reason": see detector)
        [_in("cant", "can't", "cannot"), _in("think")],
        [_in("ca"), _in("n't"), _in("think")],
        # "can't tell if I'm awake or not"
        [_in("cant", "can't", "cannot", "ca"), _in("n't", op="?"), _in("tell"), _in("if", "whether"),
         _in("i", "i'm", "im", "she", "he", "she's", "he's"), _in("'m", "is", "am", "'s", op="?"),
         _in("awake", "asleep", "dreaming")],
        [_rx(r"^(doesnt|dont|didnt)$"), _in("know"), _in("what", "where", "who"), _in("day", "she", "he", "i", "they")],
        [_in("does", "do", "did"), _in("n't", "nt", "not"), _in("know"), _in("what", "where", "who"),
         _in("day", "she", "he", "i", "they")],
        [_in("cant", "can't", "barely"), _in("stay"), _in("awake")],
        [_in("cant", "can't", "cannot", "barely", "n't", "nt", "not"), _in("keep"), _in("him", "her", "them", "me"), _in("awake", "up")],
        # "can't keep my nan awake", "she's hard to rouse", "dozy all day"
        [_in("cant", "can't", "cannot", "barely", "n't", "nt"), _in("keep"), _in("my", "our", "the", "his", "her", op="?"),
         _rx(r"^(nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mom|mam|dad|mother|father|husband|wife|partner|son"
             r"|daughter|baby|boy|girl|brother|sister|auntie|aunt|uncle|grandson|granddaughter|wee|little|one)$"),
         _in("one", op="?"), _in("awake")],
        [_in("hard", "difficult", "impossible", "struggling", "struggle", "tricky"), _in("to"), _in("rouse", "wake", "waken", "arouse")],
        # "we couldn't rouse him properly" (session 52, tuning_658)
        [_in("n't", "not", "nt", "cannot", "cant", "couldnt"), _in("rouse", "waken", "arouse"), _in("him", "her", "them", "my", "the")],
        [_in("dozy", "drowsy", "sleepy", "dopey"), _in("all"), _in("day", "morning", "afternoon", "evening", "night")],
        # "she didn't recognise me", "keeps forgetting what I'm saying"
        [_rx(r"^(didnt|doesnt|dont|n't|nt|not)$"), _in("recognise", "recognize", "recognised", "recognized"),
         _in("me", "us", "him", "her", "anyone", "his", "my", "her")],
        [_in("keeps", "keep", "kept"), _in("forgetting")],
        [_rx(r"^(cant|can't|cannot|barely|n't|nt)$"), _in("lift"), _in("my", "her", "his", "their"), _in("head")],
        [_in("ca"), _in("n't", "nt"), _in("stay"), _in("awake")],
        [_in("wont", "won't"), _in("wake")],
        [_in("wo"), _in("n't", "nt"), _in("wake")],
        # "i feel like death", "keeps falling asleep mid sentence"
        [_rx(r"^(feel|feels|feeling|felt)$"), _in("like"), _in("death", "dying")],
        # a rash that does not fade under a glass (the NHS's glass test)
        [_in("glass", "tumbler"), *_gap(6), _rx(r"^(didnt|doesnt|dont|wont|n't|nt|not|never)$"), *_gap(2),
         _rx(r"^(fade|faded|fading|go|went|disappear|disappeared|blanch|blanched|change|changed)$")],
        [_rx(r"^(didnt|doesnt|dont|wont|n't|nt|not|never)$"), *_gap(2), _rx(r"^(fade|fades|go|goes|disappear|disappears|blanch)$"),
         *_gap(5), _in("glass", "tumbler")],
        [_rx(r"^non-?blanching$")],
        [_in("falling", "fell", "falls"), _in("asleep")],
    ],
    # ---- urgent ----
    "RF_FEVER_NUMBER": [
        [_rx(r"^(38|39|40|41)([.,]\d+)?(°c?|c|degrees)?\.?$")],
        # Fahrenheit: 100.4F is 38C
        [_rx(r"^(100[.,][4-9]\d*|10[1-6]([.,]\d+)?)(°f?|f|degrees)?\.?$")],
        # in words: "thirty eight point four", "thirty-nine degrees", "forty" (never "I'm thirty eight")
        [_in("thirty"), {"ORTH": "-", "OP": "?"}, _in("eight", "nine"), _in("point", "degrees", "c", "°")],
        [_rx(r"^thirty-?(eight|nine)$"), _in("point", "degrees", "c", "°")],
        [_in("forty", "fourty"), _in("one", op="?"), _in("point", "degrees", "c", "°")],
        # "her temperature just read thirty eight exactly": a temperature named first
        [_in("temperature", "temp", "temprature", "thermometer", "fever"), *_gap(3), _in("thirty"), {"ORTH": "-", "OP": "?"},
         _in("eight", "nine")],
        [_in("temperature", "temp", "temprature", "thermometer", "fever"), *_gap(3), _rx(r"^thirty-?(eight|nine)$")],
        # a forehead strip thermometer: "the strip went to the red bit", "forehead strip reading high"
        [_in("forehead", "fever", "thermometer", "temp", "temperature"), _rx(r"^(strips?|scanners?|gun)$"), *_gap(5),
         _in("red", "orange", "high", "amber", "hot", "fever")],
    ],
    # ---- see a GP ----
    "RF_CANCER": [
        # "my mum had skin cancer, could the white lump on my shoulder be that too?" (session 52, tuning_652; kept only with cancer named
        # in the message: sign_words.read_match)
        [_in("could", "can", "might", "may"), _in("the", "my", "this", "that", "mine"), *_gap_in_sentence(6), _in("be"), _in("that", "it", "the", "same"),
         _in("too", "also", "as", "same", "one")],
        # session 42 (spent v21, tuning_285): "A pit has formed in the centre of my milium", "clearly raised with a glossy pinkish edge"
        [_in("pit", "dip", "dent", "hollow", "crater", "hole", "dimple"), _in("has", "had", op="?"), _in("formed", "appeared", "developed", "come", "started"),
         _in("up", op="?"), _in("in", "at"), _in("the"), _in("centre", "center", "middle")],
        [_in("shiny", "pearly", "waxy", "glossy"), _in("pinkish", "pink", "white", "whitish", "grey", "greyish", "silvery", "see-through", op="?"),
         _rx(r"^(edges?|rims?|borders?)$")],
        # session 41 (spent v20, tuning_257): "The lump on my temple has sort of caved in at the centre", "looks like it's been hollowed out
        # in the middle", "a fine web of veins over the bump", "Little broken-looking capillaries sitting right on the white lump",
        # "see-through at the edge with little veins"
        [_in("caved", "hollowed", "sunk", "sunken", "dipped", "dented", "collapsed", "sinking"), _in("in", "out", "down", op="?"), _in("at", "in"),
         _in("the"), _in("centre", "center", "middle")],
        [_in("web", "network", "mesh", "spiderweb", "cobweb"), _in("of"), _in("tiny", "little", "fine", "red", "thin", op="*"), _rx(r"^(veins|vessels|capillaries)$")],
        [_rx(r"^(capillaries|capillary)$"), *_gap_in_sentence(3), _in("on", "over", "across"), *_gap(2), _in("bump", "lump", "spot", "it", "milium", "one")],
        [_in("with"), _in("tiny", "little", "small", "fine", "thin"), _in("red", "visible", op="?"), _rx(r"^(veins|vessels|capillaries)$")],
        [_in("see"), _in("-", op="?"), _in("through"), _in("at", "round", "around", "on"), _in("the", "its"), _rx(r"^(edges?|rims?|borders?)$")],
        [_in("shiny"), _in("and"), _in("stretched", "tight", "taut")],
        [_in("flat"), _in("and"), _in("shiny", "pearly", "waxy")],  # "Flat and shiny, pinky coloured" (tuning_268)
        [_in("has", "have", "'s"), _in("sunk", "sunken", "caved", "dipped"), _in("in")],  # "one of them has sunk in" (tuning_268)
        [_in("lashes", "eyelashes", "lash"), *_gap(4), _in("fallen", "falling", "fell", "gone", "missing"), _in("out")],  # lashes lost beside a lump  # "the skin over it looks kind of shiny and stretched" (tuning_264)
        # second round (tuning_239): "is like pearl colour", "could that be the bad kind?"
        [_in("pearl", "pearly"), _in("colour", "color", "coloured", "colored")],
        [_in("could", "can", "might", "is", "may"), _in("that", "this", "it", "mine"), _in("be", op="?"), _in("the"),
         _in("bad", "nasty", "serious", "dangerous", "worrying"), _in("kind", "type", "sort")],
        # session 40 (spent v19, tuning_235): "little visible capillaries going over it", "a depression in the centre", "it sort of
        # sinks in the middle and shines"
        [_in("tiny", "little", "small", "thin", "fine"), _in("visible", "broken", "burst", "red", op="*"), _rx(r"^(veins|vessels|capillaries)$"),
         _in("going", "running", "spreading", "showing"), _in("on", "over", "across", "through"), _in("the", "this", "that", "her", "his", "my", op="?"),
         _in("it", "them", "bump", "spot", "lump", "one", "milium", "mole")],
        [_in("depression", "dip", "dent", "hollow", "crater", "pit", "dimple"), _in("in", "at"), _in("the", "its"), _in("centre", "center", "middle")],
        [_in("sinks", "sunk", "sinking", "dips", "dipped", "caves"), _in("in", "down", op="?"), _in("in", "at"), _in("the"), _in("middle", "centre", "center")],
        # session 39 (tuning_225): "sort of shiny round the edge", "Is it milia if it's pinkish, shiny, and been on my lip line for about
        # 2 months?"
        [_in("shiny", "pearly", "waxy", "glossy"), _in("round", "around", "at", "on", "along"), _in("the", "its", op="?"),
         _in("edge", "edges", "rim", "border", "outside")],
        [_in("pinkish", "reddish", "pink", "red"), _in(","), _in("shiny", "pearly", "waxy")],
        # "it has a sort of shine to it", "an uneven edge" (session 38, tuning_197-198)
        [_in("shine", "sheen", "gloss", "glossiness", "pearliness"), _in("to", "on"), _in("it", "its", "the")],
        [_in("uneven", "irregular", "ragged", "jagged", "wonky", "blurry", "notched"), _in("edge", "edges", "border", "borders", "outline")],
        # "shiny, slightly see-through, little dip in it"
        [_in("little", "small", "tiny", "slight"), _in("dip", "dent", "dimple", "crater", "hollow")],
        [_in("see"), {"ORTH": "-"}, _in("through")],
        [_rx(r"^translucent$")],
        [_rx(r"^(cancers?|cancerous|pre-?cancerous|pre-?cancer|carcinomas?|bcc|scc|melanomas?|malignant|rodent|tumou?rs?|translucent)$")],
        # "could they turn into something bad in the long run"
        [_in("turn", "turns", "turning", "become", "becomes", "change", "changes", "develop", "develops"), _in("into"),
         _in("something"), _in("bad", "nasty", "sinister", "serious", "worse", "dangerous")],
        [_in("the"), _in("big"), _rx(r"^c\.?$")],
        [_in("basal", "squamous"), _in("cell", "cells")],
        [_in("candle"), _in("wax")],
        [_rx(r"^(sunk|sunken|dipped|dented|caved|indented|sinking)$"), _in("in", op="?"), _in("the", "at", op="?"),
         _in("middle", "centre", "center")],
        # "my dentist mentioned it looked shiny and said I should get it checked"
        [_in("it", "bump", "lump", "spot"), _in("looked", "looks", "is", "'s", "was", "has", "went"), _in("gone", "become", "got", "very", "quite", op="?"),
         _in("shiny", "shinier", "waxy", "glossy")],
        [_in("bump", "lump", "spot"), _in("on", "by", "near", "under"), *_gap_in_sentence(3), _in("looked", "looks", "is", "was", "has", "went"),
         _in("gone", "become", "got", "very", "quite", op="?"), _in("shiny", "shinier", "waxy", "glossy")],
        # "shiny with a sunken bit in the middle"
        [_rx(r"^(sunk|sunken|dipped|dented|caved|indented|hollow)$"), _rx(r"^(bits?|parts?|area|patch|spot)$"), _in("in", "at"),
         _in("the", op="?"), _in("middle", "centre", "center")],
        [_rx(r"^(doughnut|donut|doughnuts|donuts)$")],
        [_in("belly"), _in("button")],
        # "glossy and pink with a tiny valley in the middle"
        [_in("glossy"), _in("and", "&", op="?"), _in("pink", "red", "pearly", "white")],
        [_rx(r"^(valley|well|divot|hole)$"), _in("in"), _in("the"), _in("middle", "centre", "center")],
        # "pearly", "like a pearl", "pearl-like" (not the bumps called pearls: "one little pearl by my nose")
        [_rx(r"^(pearly|pearlescent|waxy|pearl-like|pearllike)$")],
        [_in("like", "as"), _in("a"), _in("tiny", "little", "small", "white", "shiny", op="*"), _in("pearl")],
        [_in("pearl", "pearls"), _in("with")],
        [_in("pearl"), _in("like", "-", "coloured", "colored", "white")],
        [_in("shiny", "raised", "rolled"), _in("pink", "pinky", "pinkish", "red", "pearly", "white", "silvery", op="?"),
         _rx(r"^(edge|edges|rim|border|lump|bump|edged)$")],
        # "a kind of see-through rim round it", "a clear glassy border"
        [_in("see"), _in("-", op="?"), _in("through"), _rx(r"^(edges?|rims?|borders?|rings?)$")],
        [_rx(r"^(see-through|seethrough|glassy|clear)$"), _rx(r"^(edges?|rims?|borders?|rings?)$")],
        [_rx(r"^(dip|dent|crater|hole|dimple|pit|hollow|ulcer|indent|indentation|dents|dips)$"), *_gap(2), _in("middle", "centre", "center")],
        # "a little volcano with a pit at the top", "it's like a tiny crater now"
        [_rx(r"^(dip|dent|crater|hole|dimple|pit|hollow)$"), _in("at", "on", "in"), _in("the", "its"), _in("top", "tip", "peak")],
        [_in("look", "looks", "looking", "looked", "is", "'s", "its", "now", "gone"), _in("like"), _in("a", "an", op="?"),
         _in("little", "tiny", "small", "mini", "miniature", op="*"), _rx(r"^(volcano|volcanoes|crater)$")],
        [_in("tiny", "little", "small", "red", "thin"),
         _in("squiggly", "wiggly", "wriggly", "spidery", "fine", "thin", "red", "little", "tiny", "purple", op="?"),
         _rx(r"^(veins?|vessels?|red|lines|squiggles)$"), *_gap(2),
         _in("on", "over", "across", "in", "through")],
        [_in("blood"), _rx(r"^vessels?$")],
        # session 39 (spent v18): "a lump with small visible vessels on it", "a spot on her nose with little broken veins across it"
        [_in("tiny", "little", "small", "thin", "fine"), _in("visible", "broken", "burst", "red", op="+"), _rx(r"^(veins|vessels|capillaries)$"),
         _in("on", "over", "across", "in", "through"), _in("the", "this", "that", "her", "his", "my", op="?"),
         _in("it", "them", "bump", "spot", "lump", "one", "milium", "mole")],
        [_in("tiny", "little", "small", "thin", "fine"), _in("red", "purple", "pink", op="?"), _rx(r"^(veins|vessels)$"), *_gap_in_sentence(7),
         _in("around", "round"), _in("the", "it", "my")],  # "tiny red vessels I can see in a ring around the bump"
        # "little red lines (veins?) running across it": plural lines on the spot itself (a red line
        # spreading from a picked spot is an infection)
        [_in("tiny", "little", "small", "thin", "fine"), _in("red", "purple", "pink", op="?"), _rx(r"^(veins|vessels|lines|squiggles)$"),
         *_gap(5), _in("running", "going", "criss-crossing", "crisscrossing", "spread"), _in("across", "over", "through"),
         _in("it", "the", "its")],
        # "the edge is all raised and shiny", "the middle's sunk in a bit"
        [_rx(r"^(edges?|rim|border)$"), _in("is", "are", "'s", "has", "have", "gone", "got", "all", "a", "bit", "looks",
                                          "really", "quite", "kind", "of", "sort", "and", op="*"),
         _in("raised", "shiny", "pearly", "rolled", "waxy", "glossy")],
        [_in("middle", "centre", "center"), _in("is", "'s", "has", "gone", "kind", "of", "sort", "a", "bit", "all", op="*"),
         _in("sunk", "sunken", "dipped", "dented", "caved", "sinking", "hollow", "indented")],
        # "could it be something nasty?", "is it anything sinister"
        [_in("be", "is", "it", "it's", "'s", "this", "that"), _in("something", "anything"),
         _in("nasty", "sinister", "worse", "dodgy", "serious", "bad")],
        [_in("pink", "red", "pearly", "skin", "pinker", "redder"), _in("and", "&", op="?"), _in("shiny", "shinier")],
        [_in("shiny"), _in("and", "&"), _in("pink", "red")],
        [_rx(r"^(spidery|spider|thread|threadlike|web)$"), _rx(r"^(veins?|vessels?|lines?|marks?)$")],
        # "gone kind of see through and shiny with red threads on it" (session 37, spent v16)
        [_in("red", "purple", "pink", "tiny", "little", "fine"), _in("threads", "thread", "wisps", "squiggles"), _in("on", "over", "across", "in", "through", "running")],
        # "red thready lines on them", "a small central pit"
        [_rx(r"^(thready|threadlike|threadlike|spidery|wiggly)$"), _rx(r"^(lines?|veins?|bits|marks?)$")],
        [_in("central", "centre", "center", "middle"), _rx(r"^(pit|dip|dent|crater|hollow|dimple|hole|depression)$")],
        # session 34 (v13, spent): "the crust falls off and there's a small shiny pit underneath"
        [_in("shiny", "pearly", "waxy"), _rx(r"^(pit|dip|dent|crater|hollow|dimple|depression)$")],
        [_in("has", "have", "with", "got", "there's", "theres"), _in("a", "like", op="*"),
         _rx(r"^(dent|dip|crater|dimple|hollow)$")],
        # "the bump near my hairline looks shiny" (kept only about a spot named before it: signs.red_flag_spans)
        [_in("looks", "look", "looking", "gone", "went", "turned", "become", "became"),
         _in("all", "really", "very", "quite", "a", "bit", "kind", "of", "sort", "kinda", op="*"),
         _in("shiny", "waxy", "glossy", "pearly", "translucent", "see-through")],
        # "has a shiny surface and a dip"
        [_in("shiny", "glossy", "waxy"), _in("surface", "top", "dome", "centre", "center", "patch")],
        [_in("and", "plus"), _in("a", "like", op="*"), _rx(r"^(dent|dip|crater)$")],
    ],
    "RF_BLEED": [[_rx(r"^(bleed|bleeds|bleeding|bleedin|bled|blood|bleading|bleeing|bledding|bleedy)$")]],
    "RF_GROW": [
        # session 47 (tuning_447, spent v26): "it's darkened lately", "turned from a tiny white dot into a bigger reddish nodule"
        [_in("has", "'s", "is"), _in("darkened", "darkening", "blackened", "blackening")],
        # session 47 (tuning_455): "used to be like a grain of salt", "has gone a sort of tea-stain brown"
        [_in("used"), _in("to"), _in("be"), _in("like", "about", op="?"), _in("a", "the"), _in("grain", "pinhead", "pin", "dot", "speck", "pinprick", "freckle")],
        [_in("gone", "turned"), _in("a"), _in("sort", "kind"), _in("of"), *_gap_in_sentence(4), _in("brown", "black", "purple", "grey", "gray", "blue")],
        [_in("from"), *_gap_in_sentence(5), _in("into"), _in("a", "an"), _in("bigger", "larger", "darker", "raised", "reddish", "lumpy", "hard")],
        # session 42 (spent v21, tuning_285, tuning_287, tuning_289): "ear bump is bigger", "mine is now more pink, before was white", "milia cambia
        # color", "more big. Need doctor?", "the white dot on my lip went red and hard and its not going", "normal for a milia to double in
        # size in a month?"
        [_in("bump", "spot", "lump", "milium", "dot", "thing", "mole"), _in("is", "'s", "has", "got", "looks", "getting", "gone"), _in("now", "definitely", "got", "gotten", "grown", op="*"),
         _in("bigger", "larger")],
        [_in("now"), _in("is", "'s", op="?"), _in("more"), _in("pink", "red", "brown", "black", "blue", "purple", "dark", "grey", "gray")],
        [_in("cambia", "cambió", "cambio", "cambiado", "cambiando"), _in("de", op="?"), _in("color", "colour", "tamaño")],
        [_in("more"), _in("big"), _in(".", "?", ",", "now", "!")],
        [_in("went", "gone", "turned", "got"), _in("red", "pink", "brown", "dark"), _in("and"), _in("hard", "firm", "raised")],
        [_in("double", "doubled", "doubling", "triple", "tripled"), _in("in"), _in("size")],
        # session 41 (spent v20, tuning_257): "compared it with photos ... its definitely bigger", "bigger. def bigger.", "noticeably
        # larger", "more big than in my passport photo", "the lil white spot on my cheek is now kinda purple", "was white, now
        # pinkish-brown", "not white any more, it is grey", "a dark spot appearing inside the white one", "one on my chin has gone from
        # a neat dot to a spread out irregular thing", "crusty top on it now", "crusted over and flaking on top", "keeps forming a hard
        # brown crust", "rough and scaly on top"
        [_in("clearly", "definitely", "def", "defo", "deffo", "definately", "definitly", "noticeably", "visibly", "obviously"), _in("bigger", "larger")],
        [_in("more"), _in("big", "large"), _in("than")],
        [_in("white"), *_gap_in_sentence(5), _in("now"), _in("kinda", "kind", "of", "sort", "a", "bit", "all", "gone", "turned", "more", op="*"),
         _in("purple", "black", "grey", "gray", "blue", "bluish", "purplish", "blackish", "greyish", "brown", "brownish")],
        [_in("was"), _in("white"), _in(",", "and", "but", op="?"), _in("now"), _in("kinda", "kind", "of", "sort", "a", "bit", "all", "more", op="*"),
         _rx(r"^(pinkish|pinky|reddish|pink|red|orange|yellowish)$"), _in("-", op="?"), _in("brown", "purple", "black", "grey", "gray")],
        [_in("not", "no", "isn't", "isnt", "n't"), _in("longer", op="?"), _in("white"), _in("any", "anymore"), _in("more", op="?")],
        [_in("dark", "black", "brown", "grey", "gray"), _in("spot", "dot", "patch", "bit", "area", "speck", "fleck"), *_gap(2),
         _in("inside", "in", "within", "on"), _in("the"), _in("white"), _in("one", "bump", "spot", "lump", "milium", "dot")],
        [_in("one", "dot"), *_gap_in_sentence(8), _in("lopsided", "asymmetrical", "asymmetric", "irregular")],
        [_in("crusty", "scaly", "scabby", "flaky", "crusted"), _in("top", "surface", "cap")],
        [_in("crusted", "scabbed"), _in("over"), _in("and", "&"), _in("flaking", "flaky", "peeling", "scaly")],
        [_in("keeps", "keep"), _in("forming", "growing", "developing", "getting"), _in("a", "this", op="?"), *_gap(2), _in("crust", "scab", "crusts", "scabs")],
        [_in("rough", "scaly", "crusty", "flaky"), _in("and", "&"), _in("scaly", "crusty", "flaky", "rough"), _in("on", op="?"), _in("top")],
        # second round (tuning_264): "scaly patch around what I thought was a milium", "it used to be smooth", "lumpy now. wasnt before",
        # "a greyish tinge and feels rougher", "looks patchy brown now", "the surface is all flaky and uneven", "previously white, now
        # crusted and brownish", "Scratchy rough bit on top ... that wasn't there in the summer", "has developed a crust and keeps flaking",
        # "its grey and crusty now", "gone pinky-purple", "greyish and rougher", "It's lost its white colour"
        [_in("scaly", "crusty", "flaky", "rough"), _in("patch", "bit", "area", "ring"), _in("around", "round", "on", "over"), *_gap(5), _in("milium", "milia", "one", "it")],
        [_in("used"), _in("to"), _in("be"), _in("smooth", "round", "neat", "soft")],
        [_in("lumpy", "bumpy", "rough", "scaly", "crusty", "flaky", "uneven", "grey", "gray", "greyish", "darker", "bigger"), _in("now"), _in(".", ","),
         _in("wasnt", "wasn't", "was"), _in("n't", "not", "nt", op="?"), _in("before")],
        [_in("greyish", "grayish", "brownish", "bluish", "purplish", "grey", "gray", "brown", "purple", "blue", "black"),
         _in("tinge", "tint", "hue", "colour", "color", "shade")],
        [_in("feels", "looks", "gone", "getting", "is", "and"), _in("rougher", "scalier", "crustier", "lumpier", "flakier")],
        [_in("patchy", "blotchy", "mottled"), _in("brown", "dark", "grey", "gray", "black", "purple")],
        [_in("surface", "top"), _in("is", "'s", "has", op="?"), _in("all", "gone", "a", "bit", "now", "very", op="*"),
         _in("flaky", "scaly", "crusty", "rough", "uneven", "lumpy", "bumpy", "irregular")],
        [_in("previously", "was", "before"), *_gap(3), _in("now"), _in("crusted", "crusty", "scaly", "brownish", "greyish", "grey", "gray", "rough")],
        [_in("rough", "scaly", "crusty", "flaky", "scratchy"), _in("bit", "patch", "area", "spot", "top"), *_gap_in_sentence(6), _in("wasn't", "wasnt", "was"),
         _in("n't", "not", op="?"), _in("there")],
        [_in("developed", "formed", "grown", "got"), _in("a"), _in("crust", "scab", "crusty", "scaly", "rough")],
        [_in("keeps", "keep"), _in("flaking", "peeling")],
        [_in("grey", "gray", "brown", "black", "purple", "dark"), _in("and", "&"), _in("crusty", "scaly", "rough", "flaky", "crusted")],
        [_in("gone", "turned", "going", "turning"), _rx(r"^(pinky|pinkish|reddish|purply|purplish|greyish|brownish)$"), _in("-", op="?"),
         _in("purple", "brown", "grey", "gray", "black", "blue")],
        [_in("lost"), _in("its", "it's", "the", "their"), _in("white")],
        [_in("milium", "milia", "spot", "bump", "one"), _in("goes", "go", "turns", "turn", "turned", "went", "gone"), _in("black", "blue", "purple", "grey", "gray")],
        [_in("went", "gone", "turned", "going", "turning"), _in("sort", "kind", "a", "bit", "of", "kinda", op="*"),
         _in("purplish", "bluish", "greyish", "blackish", "brownish")],  # "one of them went sort of purplish" (tuning_274)
        # third round (tuning_268): "has come up rough like sandpaper", "come up bumpy and uneven", "used to be the size of a pinhead", "gone mottled"
        [_in("come", "came", "gone"), _in("up"), _in("rough", "bumpy", "lumpy", "scaly", "crusty", "uneven")],
        [_in("used"), _in("to"), _in("be"), _in("the"), _in("size"), _in("of")],
        [_in("gone", "turned", "looks", "become", "gotten"), _in("all", "a", "bit", op="*"), _in("mottled", "blotchy")],
        # fourth round (tuning_252): "now have a brown ring round them. she says they never used to"
        [_in("now"), _in("have", "has", "got"), _in("a"), _in("brown", "dark", "black", "red", "grey", "gray", "purple", "darker"),
         _in("ring", "rim", "halo", "circle", "border", "edge")],
        # second round (tuning_239): "before was skin colour, now is more brown and black in one side", "bigger and darker than last
        # year", "a small lump that's roughly doubled in a couple of months", "the mole on my back got itchy and a bit lopsided"
        [_in("before", "was", "used"), *_gap_in_sentence(5), _in("now"), _in("is", "it's", "its", "'s", "it", op="*"), _in("more", "all", "a", "bit", op="*"),
         _in("brown", "black", "dark", "darker", "grey", "gray", "blue", "purple", "red", "redder")],
        [_in("bigger", "larger", "darker", "wider"), _in("and", "&"), _in("darker", "bigger", "larger", "redder", "wider", "raised")],
        [_in("has", "roughly", "almost", "nearly", "basically"), _in("doubled", "tripled")],  # not "everything ... is doubled" (sight)
        [_in("doubled", "tripled"), _in("in"), _in("size")],
        [_in("mole", "spot", "bump", "lump", "freckle", "mark"), *_gap_in_sentence(8), _in("lopsided", "asymmetrical", "asymmetric", "irregular")],
        # session 40 (spent v19): "my spot by my eye getting more big, first small now big like rice"
        [_in("getting", "get", "gets", "got", "becoming", "become"), _in("more"), _in("big", "large", "bigger")],
        [_in("first", "was", "before"), _in("small", "tiny", "little"), _in(",", "and", "but", op="?"), _in("now"), _in("big", "bigger", "large", "huge")],
        # session 39 (tuning_225): "one of them on her temple has gone a funny brown-black colour recently"
        [_in("gone", "turned", "going", "turning", "changed"), _in("a", "an", op="?"), _in("funny", "weird", "odd", "strange", "different", "dark",
                                                                                      "darker", "horrible", "nasty", op="?"),
         *_gap_in_sentence(3), _in("colour", "color", "shade")],
        # session 38 (tuning_197, followups/tuning_67): "wasnt there last christmas and now its the size of a small button", "got
        # wider over a few months", "several joined together into one bigger lump", "it used to be way smaller"
        # "twice the size it was in june", "gotten about twice the size since Christmas"
        [_in("twice", "double", "triple"), _in("the"), _in("size"), _in("it", "they", "that"), _in("was", "were", "used")],
        [_in("twice", "double", "triple"), _in("the"), _in("size"), _in("since", "than")],
        [_in("wasnt", "wasn't", "was"), _in("n't", "not", op="?"), _in("there"), _in("last", "at", "in", "a", "before", "until", "this"),
         *_gap_in_sentence(3), _in("and", op="?"), _in("now")],
        [_in("got", "gotten", "getting", "gone", "grown", "grew"), _in("wider", "broader", "fatter", "taller", "higher")],
        [_in("joined", "merged", "merging", "joining", "fused"), _in("together", "up", "into")],
        [_in("used"), _in("to"), _in("be"), _in("way", "much", "a", "lot", "far", "so", "loads", op="*"), _in("smaller", "tinier", "flatter", "littler")],
        # session 36 (spent v15): "milia on my cheek now grey/dark in the middle, it never used to be"
        [_in("now", "gone", "turned", "turning", "going", "getting", "become", "becoming"), _in("a", "all", "kind", "of", "sort", "bit", op="*"),
         _in("grey", "gray", "dark", "darker", "black", "brown", "blue", "purple", "bluish", "greyish"), *_gap(2), _in("in", "at"), _in("the"),
         _in("middle", "centre", "center")],
        # session 34 (tuning_138): "a lot bigger than in my photos from last summer"
        [_in("bigger", "larger"), _in("than"), _in("in", "on", op="?"), _in("my", "the", "old", "last", op="*"),
         _in("photos", "pictures", "photo", "picture", "selfies", "summer", "year", "christmas")],
        # "in the last month it's gone from 2mm to about 5mm", "3mm in may, 6mm now"
        [_in("from"), _rx(r"^\d+(\.\d+)?(mm|cm)?$"), _in("mm", "cm", op="?"), _in("to"), _in("about", "around", "nearly", "almost", "over", op="*"),
         _rx(r"^\d+(\.\d+)?(mm|cm)?$")],
        [_rx(r"^\d+(\.\d+)?(mm|cm)$|^\d+(\.\d+)?$"), _in("mm", "cm", op="?"), *_gap_in_sentence(4), _rx(r"^\d+(\.\d+)?(mm|cm)$|^\d+(\.\d+)?$"),
         _in("mm", "cm", op="?"), _in("now", "today")],
        # "it was a pinhead in January, now it's more like a lentil"
        [_in("was"), _in("a", "the", "like", "size", "of", "tiny", "little", "just", "white", "small", "teeny", op="*"),
         _rx(r"^(pinheads?|pinpricks?|pin|dot|speck|freckle|grain|poppy|seed|sesame)$"), *_gap_in_sentence(8), _in("now"),
         *_gap_in_sentence(10), _rx(r"^(lentils?|peas?|chickpeas?|grapes?|marbles?|raisins?|blueberry|blueberries|buttons?|coins?"
                                   r"|beans?|peanuts?|hazelnuts?|cherry|cherries)$")],
        # "started off the size of a grain of rice and it's now more like a pea"
        [_in("size", "like"), _in("of", "a", op="*"), _in("grain", "pinhead", "pinprick", "seed", "dot", "speck", "freckle", "sesame",
                                                          "crumb", "rice"),
         *_gap_in_sentence(8), _in("now"), *_gap_in_sentence(4),
         _rx(r"^(lentils?|peas?|chickpeas?|grapes?|marbles?|raisins?|blueberry|blueberries|buttons?|coins?"
             r"|beans?|peanuts?|hazelnuts?|cherry|cherries|peppercorns?)$")],
        # "It's about the size of a lentil, it was tiny before"
        [_rx(r"^(lentils?|peas?|chickpeas?|grapes?|marbles?|raisins?|blueberry|blueberries|buttons?|beans?|peanuts?|hazelnuts?)$"),
         *_gap_in_sentence(6), _in("was"), _in("so", "really", "very", "only", op="*"), _in("tiny", "small", "little", "smaller", "titchy"),
         _in("before", "originally")],
        # "was tiny in march, it's like a pea now"
        [_in("was"), _in("so", "really", "very", "super", "only", op="*"), _in("tiny", "small", "minute", "teeny", "little", "titchy"),
         *_gap_in_sentence(8), _in("like", "size", "as"), _in("a", "of", "big", op="*"),
         _rx(r"^(lentils?|peas?|chickpeas?|grapes?|marbles?|raisins?|blueberry|blueberries|buttons?|coins?"
             r"|beans?|peanuts?|hazelnuts?|cherry|cherries)$")],
        [_rx(r"^(grow|grows|growing|grown|grew|enlarg\w*|expanding)$")],
        [_rx(r"^(getting|got|gotten|get|gets|become|becoming|became|gone|grown|grow|growing)$"),
         _in("a", "much", "bit", "lot", "little", "slightly", "way", "even", "really", "so",
             op="?"),
         _in("a", "much", "bit", "lot", "little", "slightly", "way", "even", "really", "so",
             op="?"),
         _rx(RX_BIGGER)],
        [_rx(r"^(getting|got|gotten|gone|become|becoming|became|grown)$"),
         _in("noticeably", "visibly", "definitely", "quite", "far", "pinkish", "pinker", "redder", "darker", "browner",
             "raised", "and", op="+"),
         _rx(RX_BIGGER)],
        [_in("is", "'s", "keeps", "been", "started", "starting"), _rx(r"^(changing|changed)$")],
        [_rx(RX_BIGGER), _in("than"), _in("before", "it", "last", "yesterday", "when", "they",
                                          "previously", "usual", "normal")],
        [_rx(r"^chang\w*$"), *_gap(2), _rx(r"^(shape|colour|color|size|colours|colors)$")],
        [_rx(r"^(doubled|tripled)$"), _in("in"), _in("size")],
        # "seems bigger each time I look", "it's turned reddish and a bit bigger", "bigger and crusty",
        # "has turned into an open sore"
        [_rx(RX_BIGGER), _in("each", "every"), _in("time", "day", "week", "morning", "month")],
        # "one of my milk spots is taller than the others now", "it looks a lot bigger", "now is more big and red-brown"
        [_in("taller", "higher", "bigger", "larger", "raised", "redder", "darker"), _in("than"), _in("the", "all", "my", op="*"),
         _in("others", "rest", "other")],
        [_in("looks", "look", "looking", "seems"), _in("a", "lot", "bit", "much", "way", "loads", "so", op="*"), _rx(RX_BIGGER)],
        [_in("now"), *_gap(2), _in("more"), _in("big", "large")],
        # "was 1mm in January and it's now nearly 5mm", "like a grain of rice but lately it's more like a pea",
        # "getting taller", "looks like a little cauliflower now, didnt before"
        [_rx(r"^\d+(\.\d+)?(mm|cm)$|^\d+(\.\d+)?$"), _in("mm", "cm", op="?"), *_gap_in_sentence(6), _in("now"),
         _in("nearly", "about", "almost", "over", "around", "roughly", "like", op="*"), _rx(r"^\d+(\.\d+)?$"), _in("mm", "cm")],
        # session 32 (tuning_112): "was 1mm in January, now it's about 4mm", "it was 2mm and white, over 3 months it's gone
        # pinkish and is about 5mm now" (a size that fell is not growth: detector._shrank)
        [_rx(r"^\d+(\.\d+)?$"), _in("mm", "cm"), *_gap_in_sentence(6), _in("now"), _in("it", "'s", "is", "its", "it's", "they", "'re", "are", op="*"),
         _in("nearly", "about", "almost", "over", "around", "roughly", "like", op="*"), _rx(r"^\d+(\.\d+)?$"), _in("mm", "cm")],
        [_rx(r"^\d+(\.\d+)?$"), _in("mm", "cm"), *_gap_in_sentence(14), _rx(r"^\d+(\.\d+)?$"), _in("mm", "cm"), _in("now", "today")],
        [_in("grain", "pinhead", "pinprick", "seed", "dot", "speck", "freckle", "sesame", "crumb", "rice"), *_gap_in_sentence(8),
         _in("lately", "recently", "nowadays"), *_gap_in_sentence(6),
         _rx(r"^(lentils?|peas?|chickpeas?|grapes?|marbles?|raisins?|blueberry|blueberries|buttons?|coins?|beans?|peanuts?)$")],
        [_in("getting", "got", "gotten", "gone", "grown", "become", "becoming"), _in("a", "bit", "lot", "little", "much", "slightly", "more", op="*"),
         _in("taller", "higher", "thicker", "raised", "lumpier", "domed")],
        # session 38 (tuning_203-204): "one of them has gone a bit grey-blue recently", "before white, now is more brown and black colour"
        [_in("turned", "turning", "gone", "going", "become", "becoming", "went"), _in("a", "bit", "slightly", "more", "kind", "sort", "of", op="*"),
         _in("grey", "gray", "blue", "black", "purple", "brown", "blueish", "bluish"), {"ORTH": "-"},
         _in("blue", "grey", "gray", "black", "purple", "brown", "ish")],
        [_in("before"), _in(",", op="?"), _in("white", "pink", "flat", "small", "tiny"), _in(",", op="?"), _in("now"),
         _in("is", "it", "it's", "its", "'s", op="*"), _in("more", op="?"), _in("brown", "black", "dark", "darker", "blue", "grey", "gray", "purple")],
        # "One of mine has turned brownish in the last few months" (session 35, tuning_148)
        [_in("turned", "turning", "gone", "going", "become", "becoming"), _in("a", "bit", "slightly", "more", "kind", "sort", "of", op="*"),
         _in("brownish", "brown", "blackish", "greyish", "grayish", "bluish", "purplish", "purple")],
        # "has been getting slowly bigger for a few months" (session 35, spent v14)
        [_in("getting", "got", "gotten", "grown", "grew", "growing"), _in("slowly", "gradually", "steadily", "quietly", "noticeably"),
         _rx(RX_BIGGER)],
        [_in("now"), _in(",", op="?"), _rx(r"^(didnt|wasnt|werent|did|was|were)$"), _in("n't", "nt", "not", op="?"), _in("before")],
        # "it was white now its crusty"
        [_in("was"), _in("white", "flat", "smooth", "small", "tiny", "pale"), _in(",", "and", "but", op="?"), _in("now"),
         _in("it", "its", "it's", "is", "'s", op="*"), _in("crusty", "scabby", "scaly", "bleeding", "raw", "brown", "black", "dark", "red",
                                                            "pink", "sore", "bigger", "weeping")],
        [_in("turned", "turning", "gone", "going", "become", "becoming", "got", "getting"), *_gap_in_sentence(3), _in("and"),
         _in("a", "bit", "little", "lot", "tad", "slightly", "much", op="*"), _rx(RX_BIGGER)],
        [_rx(RX_BIGGER), _in("and"), _rx(r"^(crusty|crusted|scaly|scabby|scabbed|rough|bleeding|darker|redder|shinier|sore|itchy"
                                         r"|lumpy|raised)$")],
        [_in("turned", "turning", "gone", "changed", "become", "became", "developed"), _in("into", op="?"), _in("an", "a", op="?"),
         _in("open", "weeping", "raw", "crusty", "scabby", "bleeding"), _rx(r"^(sores?|wounds?|ulcers?)$")],
        [_rx(r"^(increased|increasing|increases)$"), _in("to", "in"),
         {"LOWER": {"NOT_IN": ["number", "numbers", "one", "an", "a", "this", "that", "the", "my", "some", "certain"]}}],
        # "has doubled since Christmas", "now it's gone irregular", "has developed a brown edge"
        [_in("has", "have", "'s", "it's"), _rx(r"^(doubled|tripled|quadrupled)$")],
        [_in("gone", "going", "become", "becoming", "turned", "turning", "got", "getting", "went"),
         _in("all", "a", "bit", "kind", "of", "red", "pink", "and", "really", "very", "quite", op="*"),
         _in("irregular", "wonky", "uneven", "jagged", "ragged", "lopsided", "misshapen", "scaly", "crusty", "darker", "brown", "black",
             "lumpy", "shiny")],
        # "was tiny last year and now its huge", "used to be a neat dome and now it's flattened", "now oval when it was round",
        # "gone a pinky-purple colour"
        [_in("was", "were"), _in("tiny", "small", "little", "flat", "round", "white"), *_gap(5), _in("now"),
         _in("it", "its", "it's", "is", "'s", "they", "are", op="*"), _in("huge", "big", "massive", "bigger", "larger", "enormous")],
        [_in("used"), _in("to"), _in("be"), *_gap(5), _in("now")],
        [_in("when", "but", "before"), _in("it", "they"), _in("was", "were", "used"), _in("to", op="?"), _in("be", op="?"),
         _in("round", "smooth", "flat", "tiny", "small", "white", "neat", "perfectly")],
        [_in("gone", "turned", "went", "going", "turning"), _in("a"), *_gap(3), _in("colour", "color", "shade")],
        [_in("developed", "grown", "got", "has", "getting"), _in("a", "an", op="?"),
         _in("brown", "black", "dark", "irregular", "jagged", "ragged", "red"),
         _rx(r"^(edges?|borders?|rims?|rings?|halo|patch|bit|spot|dot)$")],
        # "has gone from small to pea-sized in a few months"
        [_in("gone", "grown", "went", "changed"), _in("from"), *_gap(3), _in("to"), *_gap(2),
         _rx(r"^(\w+-sized|\w+sized|sized|size|big|bigger|large|larger|huge|massive|peas?|grapes?|marbles?|lentils?"
             r"|raisins?|blueberr\w*|peppercorns?|coins?|penny|5p|10p|1p|fingernail)$")],
        [_in("has", "have", "'s"), _in("changed")],
        # session 33 (tuning_122, tuning_124): "changed the form, now it is not round", "used to be the size of a pinhead and now
        # it's more like a lentil"
        [_in("changed", "changes", "changing", "change"), _in("the", "its", "his", "her", op="?"), _in("form", "shape", "outline")],
        [_in("used"), _in("to"), _in("be"), *_gap_in_sentence(7), _in("now"), *_gap_in_sentence(5),
         _rx(r"^(lentils?|peas?|grapes?|marbles?|raisins?|chickpeas?|beans?|blueberr\w*|peppercorns?|coins?|penny|5p|10p|fingernail"
             r"|bigger|larger|huge|massive|double)$")],
        # session 33 (tuning_125): "one on my cheek has gone a pinky brown over the summer"
        [_rx(r"^(gone|turned|turning|went|going)$"), _in("a", "all", "bit", op="*"),
         _rx(r"^(pinky|pinkish|reddish|browny|brownish|greyish|grayish|purplish|darkish)$"),
         _in("brown", "black", "purple", "grey", "gray", "red", "colour", "color")],
        [_rx(r"^(gone|turned|turning|went|changed|going)$"), _in("from", op="?"), {"OP": "?"}, _in("to", op="?"),
         _in("brown", "black", "pink", "purple", "blue", "grey", "gray", "dark", "darker")],
        [_in("now", "and"), _in("is", "'s", "are"), _rx(RX_BIGGER)],
        [_in("now", "and"), _in("it", "its", "it's", "they"), _in("is", "'s", "are", "'re", op="?"), _rx(RX_BIGGER)],
        [_rx(r"^(look|looks|looking|looked)$"), _in("a", "bit", "really", "very", "so", "totally", op="*"),
         _in("different", "weird", "odd", "strange")],
        [_in("from"), _in("white", "skin", "pale"), _in("to")],
        [_rx(r"^(shinier|darker|redder|flatter)$")],
        [_in("now", "but"), *_gap(6), _rx(RX_BIGGER)],
        # "bigger than a pea now", "it used to be tiny"
        [_rx(RX_BIGGER), *_gap(5), _in("now")],
        [_in("used"), _in("to"), _in("be"), _in("so", "really", "very", "just", "a", "an", op="*"),
         _in("tiny", "small", "smaller", "little", "flat", "flatter")],
        # "has gone from smooth to scaly and crusty"
        [_in("gone", "went", "changed", "turned", "going", "goes"), _in("from"), *_gap(3), _in("to"),
         _in("a", "all", "really", "quite", "very", op="*"),
         _rx(r"^(scaly|scaley|crusty|crusted|rough|flaky|scabby|bumpy|hard|raised|shiny|bleeding|red|pink|brown|dark"
             r"|black|sore|lumpy|warty|ulcerated)$")],
        [_rx(r"^chang\w*$"), *_gap(3), _rx(RX_BIGGER + "|^(darker|redder|pinker|browner)$")],
        # "the bump near my ear went from round to a weird star shape" (session 52, tuning_652)
        [_in("gone", "went", "changed", "turned", "going", "goes"), _in("from"), *_gap(3), _in("to"), *_gap(3), _in("shape", "shaped", "outline")],
        # "has gone a sort of star shape in the last month, it was round before" (session 52, tuning_662)
        [_in("gone", "turned", "become", "gotten", "grown"), _in("a", "an"), *_gap(3), _in("shape", "shaped")],
        [_in("now"), *_gap(3), _in("size"), _in("of"), _in("a", "an"),
         _rx(r"^(pea|peas|grape|marble|5p|10p|1p|penny|coin|fingernail|lentil|raisin)$")],
        [_rx(r"^(weird|odd|strange|funny|different|irregular|wonky)$"), _in("uneven", "irregular", "wonky", "lopsided", "jagged", op="?"),
         _rx(r"^(shape|shaped|colour|color|edges?)$")],
        # "it has spread out at one side"
        [_in("spread", "spreading", "spreads", "bulging", "bulges", "grown"), _in("out", op="?"), _in("at", "on", "to", "towards"),
         _in("one"), _in("side")],
        # "irregular at the edge", "ragged round the border"
        [_rx(r"^(irregular|uneven|ragged|jagged|blurry|fuzzy|wonky)$"), _in("at", "round", "around", "on"),
         _in("the", "its", op="?"), _rx(r"^(edges?|border|borders|rim|sides?)$")],
    ],
    "RF_NOT_HEALED": [
        # "a little sore that never closes up" (session 38, tuning_197)
        [_in("never", "won't", "wont", "doesn't", "doesnt"), _in("quite", "fully", "properly", op="?"), _in("closes", "close", "closed", "seals", "seal", "heals", "heal"),
         _in("up", "over")],
        [_rx(RX_NEG_TOKEN), *_gap(2), _rx(RX_HEAL)],
        [_in("non", "non-"), {"ORTH": "-", "OP": "?"}, _rx(RX_HEAL)],
        [_rx(RX_NEG_TOKEN), *_gap(2), _in("closed", "close", "sealed", "scabbed"), _in("up", "over")],
        # a sore that keeps coming back or breaking open
        [_in("keeps", "keep", "kept"), _rx(r"^(breaking|opening|splitting|crusting|scabbing|bleeding)$"),
         _in("open", "over", "up", op="?")],
        [_rx(r"^(crust\w*|scab\w*|sores?)$"), *_gap(6), _in("keeps", "keep"), _in("coming"), _in("back")],
        [_rx(r"^(crust\w*|scab\w*)$"), *_gap(6), _in("comes", "came", "come"), _in("back")],
        # "it flakes, settles a bit, then comes back in exactly the same place", "keeps coming back on the same bit of my nose"
        [_rx(r"^(comes|coming|pops|popping)$"), _in("back", "up"), _in("in", "on", "at"), _in("exactly", "the", op="*"),
         _in("same"), _in("place", "spot", "bit", "area", "patch")],
        # "a scab keeps forming on the same spot", "the crust keeps reappearing"
        [_rx(r"^(crust\w*|scab\w*|sores?)$"), *_gap(4), _in("keeps", "keep", "kept"),
         _rx(r"^(forming|re-?forming|coming|appearing|re-?appearing|returning|growing|developing)$")],
        [_rx(r"^(splits?|splitting|breaks?|breaking|opens?|opening)$"), _in("open", "up", op="?"), _in("again")],
        # "has been healing and then breaking down again for 5 weeks" (session 35, spent v14)
        [_rx(r"^(breaks?|breaking|broke)$"), _in("down"), _in("again")],
        [_in("has", "have", "had"), _in("n't", "not"), _in("gone", "cleared", "healed", "shifted"), _in("away", "up", op="?"),
         _in("after", "in", "for", "since")],  # "red and scaly and hasn't gone after 8 weeks" (session 47, spent v26)
    ],
    # only a red flag with a duration of four weeks or more in the same sentence
    "RF_PERSISTENT": [[_rx(r"^(scab|scabs|scabby|scabbing|scabbed|crust|crusts|crusty|crusting|crusted"
                           r"|sore|sores|raw|ulcer\w*|open|wound|wounds|graze|grazes)$")],
                      # second round (tuning_239): "hasn't gone in about six weeks", "keeps peeling and coming back", "never goes away
                      # whatever cream I use"
                      [_in("has", "have", "hasnt", "havent"), _in("n't", "not", op="?"), _in("gone"), _in("away", op="?"), _in("in", "for"),
                       _in("about", "around", "over", "nearly", "almost", op="?"), _rx(r"^(\d+|two|three|four|five|six|seven|eight|nine|ten|several|a)$"),
                       _rx(r"^(weeks?|months?|wks?)$")],
                      [_in("keeps", "keep", "kept"), _in("peeling", "flaking", "scabbing", "crusting"), _in("and", "&", "then"), _in("coming", "growing"), _in("back")],
                      [_in("never", "doesn't", "doesnt", "won't", "wont"), _in("n't", op="?"), _in("goes", "go", "went", "clears"), _in("away", "up", op="?"),
                       _in("whatever", "no", "despite")]],
    "RF_PAINFUL_RED": [
        # session 40 (tuning_233): "Her nose is massively red where she'd been at the milia with a sewing needle"
        [_in("massively", "really", "very", "so", "super", "hugely", "angry", "bright"), _in("red", "inflamed"), _in("where", "round", "around"),
         _in("she", "he", "i", "they", "she'd", "he'd", "i'd")],
        [_rx(r"^(painful|sore|tender|throbbing|hurts|hurting)$"), *_gap(2),
         _rx(r"^(red|redness|lump|lumps)$")],
        [_rx(r"^(red|redness)$"), *_gap(2), _rx(r"^(painful|sore|tender|throbbing)$")],
    ],
}
# session 43 (tuning_314, tuning_322): a GP's sign in second-language English and text-speak: "its gone sort of pinky grey and bigger",
# "has modified its form", "is now not flat", "shiny like pearl", "a lil dip in it"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("its", "it", "spot", "lump", "bump", "one", "mole", "milium"), _in("'s", "is", "has", op="?"), _in("gone", "going", "got", "getting", "went", "turned"),
     *_gap_in_sentence(4), _in("and"), _in("bigger", "larger")],
    [_in("modified", "altered", "changed"), _in("its", "their", "his", "her"), _in("form", "shape", "outline", "appearance")],
    [_in("now"), _in("not", "no"), _in("longer", op="?"), _in("flat", "smooth")],
]
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("shiny", "glossy", "shimmery", "shining"), _in("like"), _in("a", "the", op="?"), _in("pearl", "pearls")],
    [_in("lil", "wee", "teeny", "bitty"), _in("dip", "dent", "dimple", "crater", "hollow")],
]
# session 43 (tuning_313, tuning_325): infection told in understatement: "Mine's spreading out a bit further each day", "a yellow bit in the
# middle and a warm puffy patch around it", "the red around my picked milia has got a line coming off it down my neck"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("spreading", "spread", "spreads", "creeping", "growing"), _in("out", op="?"), _in("a", op="?"), _in("bit", "little", "lot", op="?"),
     _in("further", "more", "wider"), _in("each", "every"), _in("day")],
    [_in("line", "streak"), _in("coming", "going", "running", "spreading", "creeping"), _in("off", "out", "from", op="?"), *_gap_in_sentence(2),
     _in("down", "up", "towards", "toward", "along")],
]
INFECTION_PATTERNS["RF_HOT"] += [
    [_in("warm", "hot"), _in("puffy", "swollen", "angry", "tender"), _in("patch", "area", "bit", "lump", "ring")],
]
INFECTION_PATTERNS["RF_PUS"] += [
    [_in("'s", "is", "got", "has", "have"), _in("a"), _in("yellow", "yellowy", "yellowish", "green", "greenish"), _in("bit", "dot", "blob", "spot"),
     _in("in"), _in("the"), _in("middle", "centre", "center")],
    # "the spot i needled on my chin has gone kinda green in the middle" (second round, tuning_331)
    [_in("gone", "turned", "going", "went", "turning"), _rx(r"^(kinda|kind|sort|of|a|bit|little|slightly|all)$", op="*"),
     _in("green", "greenish", "yellow", "yellowish"), _in("in", "at"), _in("the"), _in("middle", "centre", "center", "top")],
]
GENERAL_PATTERNS["RF_WORST_ILL"] += [[_in("worst"), _in("i", "she", "he"), _in("have", "'ve", "ve", "has", "'s", op="?"), _in("ever"), _in("felt")]]  # spent v22
# spent v22 (read in session 43): "the edge of my milia is shiny and rolled", "looks glassy round the outside", "catches the light, shiny all
# round the rim", "isn't round anymore, spread out into an odd shape"; "cheek big and fat", "The pinkness round the spot I dug out is
# widening", "the edge of the redness ... has moved outwards every time I check"
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("shiny", "glossy", "pearly", "waxy"), _in("and"), _in("rolled", "raised")],
    [_in("rolled"), _in("edge", "edges", "rim", "border")],
    [_in("glassy", "waxy", "pearly", "shiny", "glossy"), _in("all", op="?"), _in("round", "around"), _in("the"), _in("outside", "edge", "edges", "rim", "border")],
]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("n't", "not", "nt", "no"), _in("longer", op="?"), _in("round"), _in("anymore", "any")],
    [_in("into", "to", "an", "a"), _in("odd", "weird", "strange", "funny", "irregular"), _in("shape")],
]
# session 54 (tuning_691): "it was perfectly round, now its kind of oval and lumpy on one side"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("was", "were", "used"), *_gap_in_sentence(2), _in("round", "circular", "smooth", "even", "symmetrical"), *_gap_in_sentence(2), _in("now"),
     *_gap_in_sentence(4), _in("oval", "lumpy", "uneven", "irregular", "wonky", "bumpy", "misshapen", "lopsided", "pointy", "jagged")],
]
INFECTION_PATTERNS["RF_SWELL"] += [[_in("cheek", "face", "lid", "eyelid", "nose", "chin", "skin"), _in("big", "swollen", "puffed"), _in("and"),
                                    _in("fat", "puffy", "tight")]]
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("pinkness", "redness", "red", "pink", "rash"), *_gap_in_sentence(8), _in("widening")],
    [_in("it", "redness", "red", "pinkness", "rash"), _in("'s", "has", "is", op="?"), _in("moved", "moving", "spread", "crept", "creeping"),
     _in("outwards", "outward")],
]
# fourth round (tuning_340): "the red is going bigger each day", "the spot i popped smells like something died"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("red", "redness", "pinkness"), _in("is", "'s"), _in("going", "getting", "growing"), _in("bigger", "wider", "larger"),
     _in("each", "every"), _in("day")],
]
INFECTION_PATTERNS["RF_PUS"] += [
    [_in("smells", "smell", "stinks", "smelling"), _in("like"), _in("something"), _in("died", "dead", "rotten", "rotting")],
]
# session 44 (spent v23, tuning_347): "the red bit ... was the size of a pea yesterday and now it's like a 50p coin", "now the red is
# going more and more on her face each day"; "we can't properly wake him"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("size"), _in("of"), *_gap_in_sentence(3), _in("yesterday", "before", "earlier", "morning", "night", "week"), _in("and", ",", op="?"),
     _in("now"), *_gap_in_sentence(4), _rx(r"^(50p|10p|2p|1p|£1|£2|coin|coins|fist|palm|saucer|plate|orange|satsuma|egg|hand)$")],
    [_in("red", "redness", "pink", "pinkness"), _in("is", "'s", "keeps"), _in("going", "getting", "spreading", "coming", "creeping"), _in("more"),
     _in("and"), _in("more")],
]
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("n't", "not", "nt", "cannot", "cant", "couldnt"), _in("properly", "really", "fully", "quite"), _in("wake", "rouse", "waken"),
     _in("him", "her", "them", "me")],
]
# session 44 (spent v23): "has got quite a lot larger in a few weeks", "The edge of my bump looks like a little string of pearls"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("bump", "spot", "lump", "milium", "milia", "dot", "thing", "mole"), *_gap_in_sentence(4), _in("has", "'s", "have", "got", "gotten", "grown"),
     _in("got", "gotten", "grown", "become", op="?"), _in("quite", "a", "lot", "much", "loads", "way", "heaps", "bit", "fair", "good", "deal", op="+"),
     _in("bigger", "larger")],
]
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("string", "row", "ring", "necklace", "line", "rim", "border"), _in("of"), _in("little", "tiny", "small", op="?"), _in("pearls", "pearl", "beads")],
]
# second round (tuning_360): "she not answer properly", "we can't get her to wake up properly"
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("not", "n't", "nt", "doesnt", "dont", "cant", "cannot"), _in("answer", "answering", "answers", "talk", "talking", "speak", "speaking"),
     _in("properly", "right", "sensibly", "clearly", "straight")],
    [_in("get"), _in("her", "him", "them"), _in("to"), _in("wake", "waken"), _in("up", op="?"), _in("properly", "fully", "at")],
]
# second round (tuning_357, tuning_361): redness "gone from a pea to a 50p", "yesterday red was fingernail size today its half my chin", "the
# red is more wide than yesterday"; a spot "about the size of a pinhead and now it's more like a lentil", "started the size of a full stop and
# it's now the size of a pencil rubber", "my milia used to be white but a couple of them are brownish now"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("gone", "went", "grown", "spread"), _in("from"), _in("a", "an", "the", op="?"), {"IS_ALPHA": True}, _in("to"), _in("a", "an", "the", op="?"),
     _rx(r"^(50p|10p|2p|1p|£1|£2|coin|coins|fist|palm|saucer|plate|orange|satsuma|egg|hand|lemon|golf|tennis|plum|grape|walnut)$")],
    [_in("today", "now"), _in("its", "it", "'s", "it's", op="*"), _in("half", "most", "all", "covering", "across"), _in("of", op="?"),
     _in("my", "her", "his", "the"), _in("chin", "cheek", "face", "nose", "forehead", "neck", "jaw")],
    [_in("red", "redness", "pink", "swelling"), _in("is", "'s", "are"), _in("more", "much", "way", op="?"), _in("wide", "wider", "bigger", "larger"),
     _in("than"), _in("yesterday", "before", "this", "last")],
]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("size"), _in("of"), *_gap_in_sentence(6), _in("now"), *_gap_in_sentence(3), _in("like", "size")],
    [_in("used"), _in("to"), _in("be"), _in("white", "pale", "whitish", "skin-coloured"), *_gap_in_sentence(8),
     _in("brown", "brownish", "red", "reddish", "dark", "darker", "black", "purple", "grey", "pink", "pinkish", "blue")],
]
# third round (tuning_365, tuning_368): "a bit of matter in it this morning, yellowish"; a spot that "was round and now it's kind of uneven",
# "looks bluish now"
INFECTION_PATTERNS["RF_PUS"] += [
    [_in("matter"), *_gap_in_sentence(6), _in("yellow", "yellowish", "yellowy", "green", "greenish", "creamy")],
    [_in("yellow", "yellowish", "yellowy", "green", "greenish"), _in("matter")],
]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("now"), _in("it", "its", "it's"), _in("'s", "is", op="?"), _in("kind", "sort", "a", "quite", "really", "all", op="?"), _in("of", "bit", op="?"),
     _in("uneven", "irregular", "jagged", "lopsided", "wonky", "misshapen", "odd-shaped")],
    [_in("looks", "is", "gone", "turned", "going", "looking"), _in("bluish", "blueish", "brownish", "purplish", "blackish", "greyish", "grayish"), _in("now")],
]
# session 45 (spent v24): "my milia has gone from a tiny dot to a bump I can see clearly in the mirror"
GENERAL_PATTERNS["RF_GROW"] += [
    [_rx(r"^(milia|milium|millia|spot|bump|lump|dot|mole|cyst|one|whitehead|pimple|seed)$"), _in("has", "have", "'s", "had", op="?"),
     _in("gone", "grown", "went", "grew", "changed", "turned"), _in("from"), _in("a", "an", "the", op="?"), _in("tiny", "small", "little", "wee", op="?"),
     _rx(r"^(dot|pinhead|pinprick|speck|pin|grain|freckle|seed|nothing|tiny|small|little|pimple|point|prick)$"), _in("to", "into"), _in("a", "an", "the", "something", op="?"), {"IS_ALPHA": True}],
]
# session 45 (tuning_408): "is there any chance the white bump on my cheek is the bad kind?", "Is it sinister?", "dont really want to say
# the C word but... the bump on my eyelid, could it be that?"
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("is", "be", "'s"), _in("the"), _in("bad", "nasty", "serious", "dangerous"), _in("kind", "type", "sort")],
    [_in("is", "could", "might", "may", "can"), _in("it", "this", "that", "mine", "they", "these"), _in("be", op="?"), _in("something", op="?"), _in("sinister")],
    [_in("the"), _rx(r"^c$"), {"ORTH": "-", "OP": "?"}, _in("word")],
]
# third round (tuning_407): "it's angry red and full of matter", "has matter in it", "Its gone septic I think"; a lid "bigger than the other
# one" after squeezing (tuning_400)
INFECTION_PATTERNS["RF_PUS"] += [
    [_in("full"), _in("of"), _in("matter")],
    [_in("has", "had", "got", "with", "'s"), _in("some", "a", "bit", "of", op="*"), _in("matter"), _in("in", "coming", "oozing", "inside")],
]
INFECTION_PATTERNS["RF_INFECT"] += [
    [_in("gone", "going", "turned", "went", "is", "'s", "looks", "looking"), _in("septic")],
]
INFECTION_PATTERNS["RF_SWELL"] += [
    [_in("lid", "eyelid", "eye"), _in("is", "'s", "looks", "now", op="*"), _in("much", "way", "a", "lot", "bit", "loads", op="*"),
     _in("bigger", "puffier", "fatter", "larger"), _in("than"), _in("the"), _in("other")],
]
# fourth round (tuning_416): "the centre looks sunken", "tiny visible veins on the surface", "gone from tiny to, like, noticeably raised"
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("centre", "center", "middle"), _in("looks", "is", "'s", "seems", "has", "looking"), _in("sunken", "sunk", "dipped", "hollow", "caved")],
    [_in("veins", "vessels", "capillaries"), _in("on"), _in("the"), _in("surface", "top")],
]
GENERAL_PATTERNS["RF_GROW"] += [
    [_rx(r"^(milia|milium|millia|spot|bump|lump|dot|mole|cyst|one|whitehead|pimple|seed)$"), _in("has", "have", "'s", "had", op="?"),
     _in("gone", "grown", "went", "grew"), _in("from"), _in("tiny", "small", "little", "nothing"), _in("to")],
]
# session 46 (tuning_427: a GP's sign told in pictures): "little red vessels on top, like lines on a map", "spider threads of red over it",
# "a faint red squiggle", "could it be anything sinister?", "gone from grain-of-rice to small pea", "kinda a moon crater look now", "Used to
# look like a sesame seed. Now it's like a lentil", "a little sunken dip", "now the size of a small shirt button" (the sizes read only of a
# spot: said_of_things.py)
BIGGER_THINGS = ("pea", "peas", "lentil", "chickpea", "button", "coin", "marble", "grape", "raisin", "peppercorn", "blueberry", "5p", "1p",
                  "penny", "sweetcorn", "bean")
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("little", "tiny", "small", "thin", "fine"), _in("red", "pink", "purple", op="?"), _in("vessels")],
    [_in("spider", "spidery"), _in("threads", "thread", "lines")],
    [_in("threads", "thread", "squiggles", "squiggle", "lines"), _in("of"), _in("red")],
    [_in("red", "pink", "purple"), _in("squiggle", "squiggles", "squiggly")],
    [_in("could", "can", "might", "may", "is"), _in("it", "this", "that", "they"), _in("be", op="?"), _in("anything", "something"), _in("sinister")],
    [_in("moon", op="?"), _in("crater", "craters"), _in("look", "looking", "shape", "shaped")],
    [_in("little", "small", "tiny", "slight"), _in("sunken", "sunk", "deep", "shallow"), _in("dip", "dent", "dimple", "crater", "hollow")],
]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("from"), *_gap_in_sentence(6), _in("to"), _in("a", "an", op="?"), _in("small", "little", "tiny", "big", "large", "full", op="?"), _in(*BIGGER_THINGS)],
    [_in("now"), _in("it", "its", "it's", "'s", "is", op="*"), _in("more", "about", "nearer", op="?"), _in("like"), _in("a", "an"), _in(*BIGGER_THINGS)],
    [_in("now"), _in("it", "its", "it's", "'s", "is", op="*"), _in("the"), _in("size"), _in("of")],
]
# session 46, round 4 (tuning_438-440): "There's a red squiggle running up my forearm from the spot ... where I dug out a milium on Tuesday"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("red", "pink", "purple"), _in("squiggle", "squiggly"), _in("line", op="?"), *_gap_in_sentence(2),
     _rx(r"^(runs|running|ran|goes|going|went|travels|travelling|traveling|creeps|creeping|spreading|spreads|heading)$")],
]
# session 48 (tuning_475, tuning_477, spent v27): "an unhealed little sore for over 30 days", "forms a scab repeatedly", "My mum had skin
# cancer, could my spot be the same thing?"
GENERAL_PATTERNS["RF_NOT_HEALED"] += [
    [_in("unhealed", "unhealing", "un-healed")],
    [_in("forms", "form", "forming", "formed", "grows", "gets"), _in("a"), _in("new", op="?"), _in("scab", "crust"), _in("repeatedly", "again", "constantly")],
]
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("cancer", "melanoma", "carcinoma", "bcc"), *_gap_in_sentence(4), _in("could", "might", "can", "is"), _in("my", "this", "mine", "it"),
     _in("spot", "bump", "lump", "milium", "milia", "one", "mole", op="?"), _in("be"), _in("the"), _in("same")],
]
# session 48, round 2 (tuning_479, tuning_482): "honestly never felt so rubbish, like properly scary ill", "it is now brown in middle", "scabs
# over, heals, scabs over again"
GENERAL_PATTERNS["RF_WORST_ILL"] += [
    [_in("never"), _in("felt", "been"), _in("quite", "ever", op="?"), _in("this", "so", "as"), _in("rubbish", "awful", "terrible", "horrendous", "dreadful", "grim", "crap")],
    [_in("properly", "really", "genuinely", "seriously"), _in("scary", "scarily", "frighteningly"), _in("ill", "unwell", "poorly", "sick")],
]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("now"), _in("brown", "black", "dark", "darker", "red", "pink", "grey", "gray", "blue", "purple"), _in("in", "at"), _in("the", op="?"), _in("middle", "centre", "center")],
]
GENERAL_PATTERNS["RF_NOT_HEALED"] += [
    [_rx(r"^(scab\w*|crust\w*)$"), _in("over", "up", op="?"), *_gap_in_sentence(4), _rx(r"^(scab\w*|crust\w*)$"), _in("over", "up", op="?"), _in("again")],
]
# round 3 (tuning_484): "keeps nodding off mid-sentence, and that side of her face has gone red from the eye to the jaw in a few hours"
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("keeps", "kept", "keep", "keeping"), _in("nodding", "dozing", "drifting", "conking"), _in("off", "out"),
     _in("mid", "mid-sentence", "mid-conversation", "while", "whilst", "during", "talking", "eating", "as")],
]
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("gone", "turned", "going", "spread"), _in("red", "pink", "purple", op="?"), _in("from"), _in("the", "her", "his", "my", op="?"), *_gap_in_sentence(2),
     _in("to", "down", "up"), _in("the", "her", "his", "my", op="?"), _in("jaw", "neck", "chin", "ear", "cheek", "forehead", "temple", "mouth", "throat")],
]
# round 4 (tuning_492): "Had a funny turn in the kitchen and went down on the floor"
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("funny", "queer", "dizzy", "fainting"), _in("turn", "turns", "spell", "do")],
    [_in("went", "gone", "fell", "go", "goes"), _in("down", "over"), _in("on", "onto", "to", op="?"), _in("the"), _in("floor", "ground", "deck")],
]
# round 8 (tuning_512): "the wife wants to know if these white bumps can turn nasty"
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("can", "could", "might", "will", "do", "does"), _in("they", "these", "it", "milia", "mine", "this", "them"), _in("white", "little", op="?"),
     _in("bumps", "spots", "ones", op="?"), _in("turn", "go", "become"), _in("nasty", "malignant", "sinister")],
]
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("these", "they", "milia", "it", "mine", "my", "the", "those"), _in("white", "little", op="?"), _in("bumps", "spots", "ones", "milia", op="?"),
     _in("can", "could", "might", "will"), _in("turn", "go", "become"), _in("nasty", "malignant", "sinister")],
]
# session 49, round 1 (tuning_517, spent v28): a health professional's words ("erythema, warmth and a bead of purulent material", "fine
# telangiectatic vessels have now appeared across it"); "milia gone from round to kind of oval and a bit raised"
INFECTION_PATTERNS["RF_PUS"] += [[_in("purulent", "suppurating", "suppurative")]]
INFECTION_PATTERNS["RF_INFECT"] += [[_in("erythema", "erythematous", "lymphangitis")]]
GENERAL_PATTERNS["RF_CANCER"] += [[_in("telangiectatic", "telangiectasia", "telangiectasias", "telangiectases")]]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("milia", "milium", "spot", "bump", "mole", "lump", "dot"), _in("has", "have", "'s", "is", op="?"), _in("gone", "went", "changed", "turned", "going"),
     _in("from"), _in("round", "circular", "oval", "smooth", "flat", "white", "neat"), _in("to", "into"),
     *_gap_in_sentence(2), _in("oval", "irregular", "jagged", "lumpy", "uneven", "raised", "wonky", "angular", "bumpy")],
]
# round 2 (tuning_521): "a red ring around it about the size of a jaffa cake and it's getting bigger by the hour"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("getting", "growing", "spreading", "gets", "grows", "spreads"), _in("bigger", "wider", "larger", op="?"), _in("by"), _in("the"), _in("hour", "minute")],
    [_in("red", "pink", "angry"), _in("ring", "circle", "halo", "rim"), _in("around", "round"), _in("it", "the", "them"), *_gap_in_sentence(8),
     _in("bigger", "wider", "spreading", "growing")],
]
# round 5 (tuning_536, tuning_537): "the bit under the brow has puffed out loads", "in the last month or so its got a sort of pinkish ring round it"
INFECTION_PATTERNS["RF_SWELL"] += [[_in("puffed", "puffing", "puffs", "swelled", "bulged"), _in("out")]]
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("got", "developed", "grown", "has", "have", "formed"), _in("a"), _in("sort", "kind", op="?"), _in("of", op="?"),
     _in("pink", "pinkish", "red", "reddish", "dark", "darker", "brown", "brownish", "grey", "greyish"), _in("ring", "halo", "rim", "border", "edge"), _in("round", "around")],
]
# round 7 (tuning_546): "Namamaga yung eyelid ko after I picked a milia there" (Tagalog: swelling)
INFECTION_PATTERNS["RF_SWELL"] += [[_in("namamaga", "maga", "namaga")]]
# round 9 (tuning_556): "it's been roughly five weeks and it's still a shallow pit that won't fill in"
GENERAL_PATTERNS["RF_NOT_HEALED"] += [
    [_in("wo", "won't", "wont", "will", "doesnt", "does", "has", "hasnt", "hasn't", "hasn", "isnt", "is"), _in("n't", "not", "nt", op="?"),
     _in("fill", "filled", "filling"), _in("in", "up", "out")],
]
# session 50, round 7 (tuning_596): "Today I am shaking and cold, cannot breathe good, heart very fast"
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("heart", "heartbeat", "pulse"), _in("is", "'s", "going", "beating", "beat", "beats", "feels", op="*"), _in("very", "so", "really", "too", "super", "well"),
     _in("fast", "quick", "quickly", "racing")],
    [_rx(r"^(cannot|cant|can't|can|ca)$"), _in("n't", "nt", "not", op="?"), _in("breathe", "breath", "breathing"), _in("good", "well", "properly", "right", "normal")],
]
# session 51, round 3 (tuning_620): "a photo from 2 years ago and the little white bump ... is about half the size it is now", "in the photo it was
# half the size"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("half", "a third", "quarter"), _in("the"), _in("size"), _in("it", "they", "that", "this"), _in("is", "'s", "are", "'re"), _in("now", "today")],
    [_in("was", "were"), _in("about", "only", "maybe", "barely", "roughly", op="?"), _in("half"), _in("the"), _in("size"), _in("it", "they", op="?"),
     _in("is", "'s", "are", op="?"), _in("now", "today", op="?")],
]
# round 4 (tuning_625): "the lil bump on my eyelid rim was white in my grad pics, now it's brownish and flaky"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("was", "were", "used"), _in("to", op="?"), _in("be", op="?"), _in("white", "pink", "pale", "flesh", "skin-coloured", "skin", "cream"), *_gap_in_sentence(6), _in("now"),
     _in("it", "it's", "its", "they", "they're", "is", "'s", "are", "'re", "looks", "look", op="*"), _in("brown", "brownish", "darker", "black", "blackish", "red", "reddish",
                                                                                                     "grey", "gray", "purple", "blue", "bluish", "yellow", "pink", "pinkish")],
]
# round 5 (tuning_630): "The redness round the spot on my chest has gone from the size of a thumbnail on Monday to the size of my palm today"
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("redness", "red", "rash", "pinkness", "pink"), *_gap_in_sentence(8), _in("from"), _in("the", op="?"), _in("size"), _in("of"), *_gap_in_sentence(8), _in("to"),
     _in("the", op="?"), _in("size")],
]
# round 6 (tuning_635): "it's turned a yellowish brown and lost its round shape", "before was round, now it look more long and not even"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("lost", "losing", "loses"), _in("its", "it's", "the", "their"), _in("round", "shape", "roundness", "smooth", "neat")],
    [_in("before", "used"), _in("it", "was", "to", "be", op="*"), _in("round", "smooth", "white", "small", "flat"), *_gap_in_sentence(3), _in("now"), _in("it", "its", "it's", op="?"),
     _in("look", "looks", "is", "'s", "more", "gone", "got", op="*"), _rx(r"^(long|longer|oval|uneven|irregular|bigger|larger|raised|darker|brown|brownish|browner|pink|pinkish|red|reddish|redder)$")],
]
# spent v30 (session 51): "I feel iller than I've ever felt in my life", "now it's like a massive lump under the skin on my chin, way bigger than the
# milia ever was"
GENERAL_PATTERNS["RF_WORST_ILL"] += [
    [_in("iller")],  # (one word: "than" starts another clause, sign_words.read_match)
]
INFECTION_PATTERNS["RF_SWELL"] += [
    [_in("massive", "huge", "giant"), _in("lump", "swelling")],  # (an infection sign only after picking: signs.tier_of_labels)
]
# session 53 (spent v32): "feels like theres a little fire under the skin where i popped it", "my skin's going redder further and further out
# from where I picked the white bump"
INFECTION_PATTERNS["RF_HOT"] += [
    [_in("fire", "furnace", "oven", "heater", "radiator"), _in("under", "beneath", "inside", "in"), _in("the", "my", "her", "his"), _in("skin")],
]
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("further", "farther", "wider", "bigger"), _in("and"), _in("further", "farther", "wider", "bigger"), _in("out", "across", "round", "around", "from")],
]
# session 53 (tuning_668): a baby of ten weeks who "grunts when he breathes ... only wakes when we change him" beside spreading redness
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("grunts", "grunting", "grunted", "groans", "groaning", "wheezes", "wheezing"), _in("when", "as", "while", "with", "every"), _in("he", "she", "they", "each", op="?"),
     _in("breathes", "breathing", "breath", "breathe", "breaths")],
    [_in("only", "just"), _in("wakes", "wake", "woke", "waking", "stirs"), _in("up", op="?"), _in("when", "if", "for")],
]
# session 53 (tuning_671): "the skin around bump what I squeezed is getting more red and more big every hour"
INFECTION_PATTERNS["RF_SWELL"] += [
    [_in("getting", "gets", "got", "going", "becoming", "becomes", "grows", "growing"), _in("more"), _in("red", "hot", "sore", "painful"), _in("and"), _in("more"),
     _in("big", "large", "swollen", "puffy", "fat")],
]
# (tuning_672): "the shape of the spot on my neck has gone from round to sort of uneven and blotchy" (only of a spot named in the sentence:
# vague_sight.drop_gp_phrases_not_on_a_spot)
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("gone", "changed", "went", "turned", "go", "goes"), _in("from"), _in("round", "smooth", "white", "small", "flat", "neat", "circular", "oval", "even"),
     _in("to", "into"), _in("a", "sort", "kind", "of", "more", "sorta", "kinda", "bit", op="*"),
     _rx(r"^(uneven|irregular|jagged|blotchy|lumpy|bumpy|ragged|patchy|odd|wonky|misshapen|lopsided|star|spiky|crusty|scaly|brown|dark|darker|black)$")],
]
# session 54 (spent v33, read after v34's first measurement): "dippy middle on the white spot", "visible veins on its surface", "vessels on the
# milia?", "Is it ok for the spot to be HOT two days after you lot removed my milia?", "is a red streak normal after extraction? its going from my
# cheek down towards my neck"
GENERAL_PATTERNS["RF_CANCER"] += [
    [_in("dippy", "dipped", "sunken", "sunk"), _in("middle", "centre", "center", "bit")],
    [_in("visible"), _in("veins", "vessels", "capillaries")],
    [_in("veins", "vessels", "capillaries"), _in("on", "over", "across"), _in("its", "the", "their", "my"), _in("surface", "top", "milia", "milium", "spot", "bump")],
]
INFECTION_PATTERNS["RF_HOT"] += [
    [_in("spot", "skin", "area", "bump", "one", "it"), _in("to"), _in("be", "feel"), _in("so", "this", "that", "really", op="?"), _in("hot", "warm")],
]
INFECTION_PATTERNS["RF_SPREAD"] += [
    [_in("its", "it"), _in("'s", "is", "has", op="?"), _in("going", "running", "spreading", "creeping", "moving", "travelling", "traveling"), _in("from"),
     _in("my", "the", "her", "his"), _in("cheek", "chin", "nose", "jaw", "forehead", "face", "spot", "lid", "eyelid"), _in("down", "up", "towards", "toward", "to",
     "into", "onto"), *_gap(2), _in("neck", "chest", "jaw", "ear", "cheek", "throat", "shoulder", "temple")],
]
# round 4 (tuning_706): "shaped differently now, more oval, less round", "started tiny, now about 5mm, over maybe 4 months", "is bigger than a few
# weeks ago"
GENERAL_PATTERNS["RF_GROW"] += [
    [_in("shaped"), _in("differently", "different")],
    [_in("more"), _in("oval", "irregular", "uneven", "lumpy", "pointy"), _in(",", "and", op="?"), _in("less"), _in("round", "circular", "smooth", "even")],
    [_in("started", "began"), _in("off", "out", op="?"), _in("tiny", "small", "little", "as"), *_gap_in_sentence(3), _in("now"), *_gap_in_sentence(2),
     _rx(r"^\d+(\.\d+)?$"), _in("mm", "cm")],
    [_in("bigger", "larger", "wider"), _in("than"), _in("a", "it", "last", "two", "three", "few", "couple", op="*"), _in("few", "couple", "of", op="*"),
     _in("weeks", "months", "week", "month", "was", "year"), _in("ago", "back", "before", op="?")],
]
# round 7 (tuning_718, tuning_722): "Bit of yellow in it now" after picking; "temp 39.1, resp rate 28, HR 118, new drowsiness" beside spreading
# redness (a hospice nurse's words)
INFECTION_PATTERNS["RF_PUS"] += [
    [_in("bit", "bits", "dot", "blob", "spot", "touch"), _in("of"), _in("yellow", "yellowy", "green", "greenish", "white", "pus"), _in("in", "on", "inside", "at"),
     _in("it", "there", "the", "them", "one")],
]
GENERAL_PATTERNS["RF_VERY_UNWELL"] += [
    [_in("new", "increasing", "worsening", "more"), _in("drowsiness", "confusion", "lethargy", "sleepiness")],
    [_in("resp", "respiratory", "breathing"), _in("rate"), _in("of", "is", op="?"), _rx(r"^(2[5-9]|[3-9]\d)$")],
    [_in("hr", "pulse", "heart"), _in("rate", op="?"), _in("of", "is", op="?"), _rx(r"^(1[2-9]\d|2\d\d)$")],
]
