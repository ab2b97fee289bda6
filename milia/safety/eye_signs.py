"""Red-flag concepts of the eye itself: eye pain, a change in vision, an injured eye, an eye that will not open,
light hurting, flashes and floaters, and lay words for trouble with the eye."""
from __future__ import annotations

from typing import Dict, List

from milia.safety.lexicon import (
    RX_CHEMICAL,
    RX_EYE_WORD,
    RX_LID,
    RX_PAIN,
    RX_TOOL,
    RX_VISION,
    RX_VISION_CHANGE,
)
from milia.safety.scene_sight import SCENE_SIGHT
from milia.safety.tokens import (
    _LOOK_AT_A_LIGHT,
    CANNOT,
    TokenPattern,
    _gap,
    _gap_in_sentence,
    _in,
    _rx,
)

# session 38 (tuning_194): something moving over what the person looks at ("sliding over the clues", "bobbing across the pitch")
SIGHT_MOTION = (r"^(drift\w*|float\w*|swim|swims|swimming|swam|wriggl\w*|wiggl\w*|bobb\w*|bobs|zipp\w*|zips|dart|darts|darting|slid\w*|slides"
                r"|move|moves|moving|moved|running|runs|ran|fly|flying|flit\w*|crawl\w*|zoom\w*|swirl\w*|danc\w*|scurr\w*|skitter\w*|whizz\w*|wander\w*)$")
SIGHT_SURFACE = (r"^(page|pages|text|print|words|screen|wall|walls|sky|ceiling|clues|pitch|book|paper|tv|telly|letters|crossword|newspaper"
                 r"|vision|sight|view|sudoku|puzzle|whiteboard|monitor|laptop|tablet|kindle|notes|cells|spreadsheet|mirror|reflection)$")

EYE_PATTERNS: Dict[str, List[TokenPattern]] = {
    "RF_EYE_PAIN": [
        # session 47 (tuning_457): "me eye's killin us, like proper severe pain"
        [_in("eye", "eyes", "eyeball"), _in("'s", "is", "are", "s", op="?"), _in("killin", "killing", "kilin"), _in("me", "us", "mi", "him", "her")],
        # session 40 (tuning_245): "the eye underneath is getting more and more painful, started mild now really bad"
        [_in("eye", "eyeball"), _in("itself", "underneath", "inside", op="?"), _in("is", "'s", "keeps"), _in("getting", "becoming"),
         _in("more", "and", op="*"), _in("painful", "sore", "achy")],
        # "Lying on the floor with a tea towel over her eyes saying she can't bear it" (session 39, tuning_228; a cloth on the eye counts
        # only with distress told beside it: detector)
        [_in("with"), _in("a", "the", "her", "his", "my"), _in("tea", "wet", "cold", "damp", op="?"),
         _in("towel", "cloth", "flannel", "tissue", "hanky", "pack", "compress"), _in("over", "on", "across"), _in("her", "his", "my", "the"),
         _in("eye", "eyes", "face")],
        [_in("dolor"), _in("muy", "tan", op="?"), _in("fuerte", "intenso", "terrible"), _in("en"), _in("el", "mi"), _in("ojo")],  # spent v18
        # session 38 (tuning_202): "say pain is terrible", "it hurts too much to eat" (kept only beside the eye: signs.red_flag_spans),
        # "he's got his fist pressed into it", "holds his breath every time he blinks"
        [_rx(RX_PAIN), _in("is", "'s", "was"), _in("terrible", "unbearable", "agony", "excruciating", "severe", "horrendous")],
        [_in("eye", "eyes"), _rx(RX_PAIN), _in("is", "'s", "was"), _in("something"), _in("else")],  # "this eye pain is something else" (session 42, spent v21)
        # third round (tuning_210, tuning_195): "holding a tissue over the eye, rocking", "a hanky over the eye, moaning", "holding a bag
        # of frozen peas on it", "won't let anyone lift it", "pain is not easing at all", "never had pain like it", "hurts like nothing
        # ever before", "her hand over her face and I can hear her howling", "it feels like a hot coal in there"
        [_in("holding", "holds", "held", "pressing", "presses", "pressed", "has", "had", "with", "lying", "and", op="?"),
         _in("a", "the", "his", "her", "my", "some", "an", op="?"),
         _in("wet", "cold", "frozen", "damp", "bag", "of", "ice", "tea", "cool", op="*"),
         _in("tissue", "towel", "cloth", "hanky", "hankie", "handkerchief", "flannel", "peas", "pack", "sweetcorn", "compress", "facecloth", "ice"),
         _in("over", "on", "to", "against"), _in("it")],
        [_in("holding", "holds", "held", "pressing", "presses", "pressed", "has", "had", "with", "lying", "and", op="?"),
         _in("a", "the", "his", "her", "my", "some", "an", op="?"),
         _in("wet", "cold", "frozen", "damp", "bag", "of", "ice", "tea", "cool", op="*"),
         _in("tissue", "towel", "cloth", "hanky", "hankie", "handkerchief", "flannel", "peas", "pack", "sweetcorn", "compress", "facecloth", "ice"),
         _in("over", "on", "to", "against"), _in("the", "his", "her", "my", "that"), _in("left", "right", op="?"), _in("eye")],
        [_in("wo", "won't", "wont"), _in("n't", "nt", op="?"), _in("let"), _in("me", "us", "anyone", "anybody", "them"),
         _in("lift", "move", "touch", "see", "look", "near", "check"), _in("at", op="?"), _in("it", "the", "her", "his", "that")],
        [_rx(RX_PAIN), _in("is", "'s"), _in("not", "n't"), _in("easing", "settling", "shifting", "stopping", "letting")],
        [_in("never"), _in("had", "felt", "known"), _rx(RX_PAIN), _in("like"), _in("it", "this", "that")],
        [_rx(RX_PAIN), _in("like"), _in("nothing"), _in("ever", "else", op="?")],
        [_in("hand", "hands"), _in("over", "covering"), _in("her", "his", "my"), _in("face", "eye", "eyes"), *_gap_in_sentence(8),
         _rx(r"^(howl\w*|scream\w*|sobb\w*|wail\w*|shriek\w*)$")],
        [_in("like", "as"), _in("a", "an", op="?"), _in("hot", "red-hot", "burning", op="?"), _in("coal", "poker", "knife"), _in("in", "inside"), _in("there")],
        [_in("fist", "palm", "knuckles"), _in("pressed", "pushed", "jammed", "rammed", "ground", "pressing", "pushing"), _in("into", "against"),
         _in("it", "the", "his", "her", "that", "my")],
        [_in("holds", "hold", "holding", "held", "catches", "catching"), _in("his", "her", "my", "their"), _in("breath"),
         _in("every", "each", "whenever", "when"), _in("time", op="?"), _in("he", "she", "i", "they"), _rx(r"^(blinks?|blinking|blinked)$")],
        # "picked at milia by his eye and is now in severe pain" (spent v17; kept only beside the eye: signs.red_flag_spans)
        [_in("in"), _in("severe", "agonising", "agonizing", "unbearable", "excruciating", "terrible", "extreme", "so", "such", "real",
                        op="+"), _in("much", "a", "lot", "of", op="*"), _rx(RX_PAIN + r"|^agony$")],
        # "asking for more painkillers ... the first lot did nothing for the eye" (session 38, tuning_195)
        [_in("did", "do", "does", "doing", "done", "touched", "touch", "touching"), _in("nothing", "zilch", "zero"), _in("for", "to"),
         _in("the", "my", "her", "his", "that"), _in("eye", "eyeball")],
        # "the strip light is making the eye where I picked out a milium smart and tear up" (session 37, tuning_189)
        [_in("making"), _in("the", "my", "that", "her", "his"), _in("eye", "eyes"), _in("where", "that", "which", "i"), *_gap_in_sentence(8),
         _in("smart", "sting", "ache", "hurt", "throb", "burn")],
        # session 37 (tuning_178, spent v16): "lying down makes my eye pound", "keeps pressing on that eye", "pressing on my eye
        # socket", "ow my eye ow its rly rly bad pain"
        [_in("makes", "made", "make", "making"), _in("my", "her", "his", "the", "that"), _in("left", "right", op="?"), _in("eye", "eyes"),
         _in("pound", "throb", "scream", "explode", "thump", "bang")],
        [_rx(r"^(pressing|presses|pressed|clutching|clutches|clutched|cradling|cradles|holding)$"), _in("on", "into", "against", op="?"),
         _in("my", "his", "her", "that", "the", "their"), _in("left", "right", op="?"), _in("eye", "eyeball"), _in("socket", op="?")],
        [_in("eye", "eyes"), _in("ow", "owww", "ouch", op="?"), *_gap_in_sentence(5),
         _in("bad", "awful", "terrible", "unbearable", "horrible", "horrid", "dreadful"), _rx(RX_PAIN)],  # "horrible pain" (session 47, spent v26)
        # session 36 (tuning_176): "pushing her fist into that eye", "keeps shoving his eye into the cushions"
        [_rx(r"^(pushing|shoving|jamming|grinding|pushes|shoves|pressing)$"), _in("his", "her", "their"), _in("fist", "fists", "hand", "eye", "face"),
         _in("into"), _in("that", "his", "her", "the"), _in("eye", "cushions", "cushion", "pillow", "pillows", "sofa", "mattress")],
        # session 36 (followups/tuning_57): "like a hot coal sitting behind my eye", "every blink is like sandpaper going over it"
        [_in("like", "as"), _in("a", "an", op="?"), _in("hot", "red-hot", "burning", "sharp", op="?"),
         _in("coal", "poker", "knife", "drill", "nail", "dagger", "icepick", "spike", "blade"), _in("sitting", "stuck", "jammed", "lodged", op="?"),
         _in("behind", "in", "inside", "through"), _in("my", "the", "her", "his"), _in("left", "right", op="?"), _in("eye", "eyeball")],
        # "I got a splash and my eye screamed"
        [_in("eye", "eyes", "eyeball"), _in("just", "literally", op="?"), _in("screamed", "screams", "screaming", "exploded")],
        # "it's the kind of pain where I can't concentrate on anything" (kept only beside the eye or lid: signs.red_flag_spans)
        [_in("kind", "sort", "type"), _in("of"), _rx(RX_PAIN), _in("where", "that", "when", op="?"), _in("i", op="?"),
         _rx(r"^(ca|can|could|cannot|cant|couldnt)$"), _in("n't", "nt", "not", op="?"),
         _in("concentrate", "think", "function", "sleep", "focus")],
        # "pain is 10/10 and it's right in the eye I squeezed near"
        [_rx(RX_PAIN), _in("is", "'s", "at", "was", "of", "about", "like"), _in("a", op="?"),
         _rx(r"^(10|9|11|ten|nine|eleven)(/10)?$"), *_gap_in_sentence(8), _rx(RX_EYE_WORD)],
        [_rx(RX_EYE_WORD + "|" + RX_LID), *_gap(4), _rx(RX_PAIN)],
        [_rx(RX_PAIN), *_gap(4), _rx(RX_EYE_WORD + "|" + RX_LID)],
        # "a bad pain in the i, it's like a drill" ("i" for "eye")
        [_rx(RX_PAIN), _in("in", "behind", "inside"), _in("the", "my", "her", "his", "me"), _in("i")],
        # "ow my eye. properly hurting deep inside" (kept only after the eye is named: signs.red_flag_spans)
        [_rx(RX_PAIN), _in("deep", "right", "way", "really", op="?"), _in("inside", "behind")],
        # "Hurts SO bad. Eye. Pin." (kept only beside the eye: signs.red_flag_spans)
        [_rx(RX_PAIN), _in("so", "really", "very", "too"), _in("bad", "badly", "much")],
        # "my eye is watering loads and really painful", "my eye ... very strong pain" (second-language English)
        [_rx(RX_EYE_WORD), _in("is", "'s", "feels", "was", "keeps"), *_gap_in_sentence(4), _rx(RX_PAIN)],
        [_rx(RX_EYE_WORD + "|" + RX_LID), *_gap_in_sentence(8), _in("very", "really", "so", "extremely", "such"),
         _in("strong", "big", "bad", "severe", "much", "a", op="*"), _rx(RX_PAIN)],
        # "my eye feels stabbed", "feels like it's been stabbed" (the stabbing makes it severe)
        [_rx(r"^(eye|eyes|eyeball)$"), _in("feels", "feel", "felt", "feeling"), _in("like", "as", "if", "it", "'s", "has", "been", "i", "i've",
                                                                                  "got", "was", "been", op="*"),
         _in("stabbed", "knifed", "punched", "stabbing")],
    ],
    "RF_VISION": [
        # "just managed: 'eye dark patch since tweezers'" (session 52, tuning_653): typed a word at a time
        [_in("eye", "eyes"), _in("dark", "black", "grey", "gray", "blank"), _in("patch", "spot", "shadow", "bit", "area")],
        # session 42 (tuning_302): a change in sight told vaguely by older visitors or their carers (kept only beside the eye: sign_words):
        # "the telly looks all wrong, like the picture's bent", "not recognising staff until they're right next to her", "the kerb looks like
        # it's in the wrong place", "saying it's gone dark that side", "The bottom step looks closer than it is", "my glasses are suddenly
        # useless", "people's faces have 'no middle' to them", "can't find her cup on the table in front of her", "the pavement looks like it's
        # moving", "the edge of the table looks like it's in two places", "the wallpaper pattern was 'running'"
        [_in("telly", "tv", "television", "screen", "picture", "pavement", "kerb", "step", "steps", "table", "wallpaper", "floor", "faces", "road", "stairs"),
         *_gap_in_sentence(3), _in("looks", "look", "looked", "is", "'s", "are"), _in("all", "a", "bit", "really", op="*"), _in("wrong", "bent", "wonky", "warped")],
        [_in("not", "n't", "nt"), _in("recognising", "recognizing", "recognise", "recognize")],
        [_in("looks", "look", "seems", "seem", "looked", "is", "'s", "was"), _in("like", op="?"), _in("it", "they", op="?"), _in("'s", "is", "are", op="?"),
         _in("in"), _in("the"), _in("wrong"), _in("place", "places")],
        [_in("gone", "going", "went", "goes"), _in("dark", "black", "grey", "gray", "dim"), _in("that", "on", "one"), _in("that", "the", op="?"), _in("side")],
        [_in("looks", "look", "seems", "seem", "looked"), _in("closer", "further", "nearer", "farther"), _in("than")],
        [_in("glasses", "specs", "lenses"), _in("are", "'re", "seem", "feel", op="?"), _in("suddenly", "now", "just", "completely", op="*"), _in("useless")],
        [_in("no"), _in("middle", "centre", "center"), _in("'", '"', op="?"), _in("to", "in"), _in("them", "it")],
        [_in("faces", "face"), *_gap_in_sentence(4), _in("no"), _in("middle", "centre", "center")],
        [_rx(r"^(ca|can't|cant|cannot|couldn't|couldnt|could)$"), _in("n't", "nt", "not", op="?"), _in("find", "see", "reach"), *_gap_in_sentence(6), _in("in"),
         _in("front"), _in("of")],
        [_in("pavement", "floor", "ground", "road", "wallpaper", "walls", "room", "carpet", "stairs", "kerb"), *_gap_in_sentence(4),
         _in("moving", "running", "swimming", "wobbling", "sliding", "crawling")],
        # "the wall opposite his bed is bending and the picture frames all look crooked and melted" (tuning_307)
        [_in("wall", "walls", "frames", "frame", "door", "doors", "lines", "window"), *_gap_in_sentence(4), _in("bending", "melted", "melting", "crooked")],
        [_in("looks", "look", "seems", "seem", "looked"), _in("like", op="?"), _in("it", "they", op="?"), _in("'s", "is", "are", op="?"), _in("in"), _in("two", "2"),
         _in("places")],
        # fifth round (tuning_307): an everyday thing the visitor can no longer do (kept only after a removal near the eye told with a time:
        # near_misses): "she cannot read her large print book, which she managed fine this morning", "cant tell the 5p from the 10p in her
        # purse. she could yesterday", "stopped being able to thread her needle", "cant dial his phone anymore", "cannot find her way along the
        # corridor"; "like someone switched half the lights off", "keeps asking why the lights went out on one side", "eye is very dark, she
        # not see the stairs good"
        *[[*start, _in("read", "tell", "thread", "dial", "find", "recognise", "recognize", "judge", "pour", "sew", "knit", "text", "type")] for start in (
            [_rx(r"^(cant|couldnt|unable)$"), _in("to", op="?")], [_in("can", "could", "ca"), _in("not", "n't", "nt")],
            [_in("stopped"), _in("being"), _in("able"), _in("to")], [_in("no", "not"), _in("longer"), _in("able", op="?"), _in("to", op="?")])],
        [_in("switched", "turned", "switching", "turning"), _in("half"), _in("the", "of", op="*"), _in("lights", "light"), _in("off", "out")],
        [_in("lights", "light"), _in("went", "gone", "go", "going"), _in("out", "off", "down"), _in("on"), _in("one"), _in("side")],
        [_in("eye"), _in("is", "'s", "gone", "has", "went"), _in("gone", "very", "all", "really", "so", op="*"), _in("dark", "black", "dim")],
        [_in("not", "no", "cant", "cannot"), _in("see"), _in("the"), _in("stairs", "steps", "step", "kerb", "floor")],
        # session 41 (tuning_271): "u kno when u stare at the sun n then look away? thats my eye now but it wont go away"
        [_in("sun", "light", "flash", "bulb"), *_gap(6), _in("thats", "that's", "that", "this"), _in("'s", "is", "s", op="?"), _in("my", "her", "his"),
         _in("eye", "vision", "sight"), _in("now", "rn")],
        # session 40 (spent v19, tuning_232): "the bottom half of what i see in that eye is kind of missing", "to not be able to see out of
        # the bottom half of one eye", "now the eye see not good, everything is not sharp"
        [_in("top", "bottom", "upper", "lower", "left", "right"), _in("half", "part", "bit"), _in("of"), _in("what"), _in("i", "she", "he", "you"),
         _in("see", "sees", "can"), *_gap_in_sentence(8), _in("missing", "gone", "dark", "blank", "black", "cut")],
        [_in("see"), _in("out", op="?"), _in("of", "through"), _in("the", "my"), _in("top", "bottom", "upper", "lower"), _in("half", "part", "bit"),
         _in("of"), _in("my", "her", "his", "one", "the", "that")],
        [_in("eye"), _in("see", "sees"), _in("not", "no"), _in("good", "well", "ok", "clear", "right")],
        [_in("everything", "things", "all"), _in("is", "are", "look", "looks"), _in("not", "no"), _in("sharp", "clear")],
        # session 39, second round (tuning_224, tuning_222): "everything out of that eye has a yellowish tinge", "as if through a net
        # curtain", "the TV is two TV", "I can read the wall clock with my right eye but not my left", "the edges of everything
        # shimmer", "the pattern on the wallpaper seems to be moving"
        [_in("top", "bottom", "upper", "lower", "left", "right"), _in("half", "part", "bit"), _in("of"), _in("things", "everything", "the", "my", "what"),
         *_gap_in_sentence(4), _in("missing", "gone", "dark", "blank", "black", "cut")],  # "the top half of things is kind of missing" (tuning_230)
        [_in("lights", "light", "lamp", "lamps", "telly", "tv"), _in("are", "is", "were", "was", "'re", "'s"), _in("off", "out"), _in("when", "but"),
         _in("they", "it"), _in("'re", "are", "is", "'s", "were", "was"), _in("on")],  # "asking why the lights are off when they're on" (tuning_228)
        [_in("everything", "things", "world", "all"), *_gap_in_sentence(6),
         _rx(r"^(yellow|yellowish|green|greenish|red|reddish|pink|pinkish|blue|bluish|brown|brownish|grey|greyish|gray|grayish|purple|orange|sepia)$"),
         _in("tinge", "tint", "hue", "cast", "filter", "glow")],
        [_in("as", "like"), _in("if", "though", op="?"), _in("through", "thru"), _in("a", "the"),
         _in("net", "lace", "gauze", "veil", "curtain", "fog", "mist", "smoke", "haze")],
        [_in("is", "are", "looks", "look"), _in("two", "2"), _rx(r"^(tv|tvs|telly|tellies|clocks?|moons?|doors?|cars?|people|faces?|cups?|screens?)$")],
        [_in("read", "see", "make"), *_gap_in_sentence(8), _in("but"), _in("not"), _in("with", "out", "through", op="?"),
         _in("my", "her", "his", "the"), _in("left", "right", "other")],
        [_in("edges", "edge", "outlines"), _in("of"), _in("everything", "things"),
         _rx(r"^(shimmer\w*|wobbl\w*|wav\w*|blur\w*|mov\w*|danc\w*|flicker\w*|quiver\w*)$")],
        [_in("wallpaper", "pattern", "floor", "carpet", "wall", "walls", "room", "tiles"), *_gap_in_sentence(3), _in("seems", "seem", "looks", "look", "appears"),
         _in("to", op="?"), _in("be", op="?"), _rx(r"^(moving|move|swimming|swim|wobbling|crawling|breathing|shifting)$")],
        # session 39 (tuning_219, tuning_216): "in the mirror I get two of my own face", "the straight lines in my kitchen tiles now
        # bend and ripple", "the telly has gone 'all smoky'"
        [_in("two", "2"), _in("of"), _in("my", "his", "her", "your"), _in("own", op="?"), _in("face", "faces", "reflection", "hand", "hands")],
        [_in("straight"), _in("lines", "edges"), *_gap_in_sentence(6),
         _rx(r"^(bend|bends|bending|bent|ripple|ripples|rippling|rippled|warp|warps|warping|warped|wobble|wobbles|curve|curves)$")],
        [_in("gone", "going", "went", "goes"), {"ORTH": {"IN": ["'", '"', "’", "‘"]}, "OP": "?"}, _in("all"),
         _in("smoky", "foggy", "misty", "cloudy", "blurry", "fuzzy", "hazy", "milky", "steamy", "grey", "gray", "dim", "dark", "wobbly", "wavy")],
        # session 38 (tuning_207): sight told through an everyday task: "the subtitles wobble", "the numbers jump around", "the
        # newspaper is 'all smoky' on one side", "a patch is missing when I look at my husband's face", "half my face was missing in
        # the mirror", "things look further away than they are with that eye", "a red haze over everything"
        [_rx(r"^(subtitles|words|letters|numbers|digits|text|lines|print|writing|figures|notes|stitches)$"),
         _in("keep", "keeps", "kept", "are", "were", "all", "just", "start", "started", op="*"),
         _rx(r"^(wobbl\w*|jump|jumps|jumping|jumped|jiggl\w*|danc\w*|swim|swims|swimming|shimmer\w*|quiver\w*|wriggl\w*|judder\w*|jitter\w*)$")],
        [_rx(r"^(newspaper|paper|page|screen|telly|tv|book|text|words|picture|sky|room|road)$"), _in("is", "'s", "are", "looks", "look", "gone", "went",
                                                                                                  op="+"),
         {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, _in("all", "a", "bit", op="*"),
         _in("smoky", "smokey", "hazy", "misty", "foggy", "cloudy", "murky", "milky", "steamy", "grainy", "fuzzy")],
        [_in("a", "the", "there's", "theres"), _in("patch", "chunk", "piece", "hole", "gap", "bit", "wedge", "slice"), _in("is", "'s", "was", op="?"),
         _in("missing", "gone", "blank", "empty")],
        # session 38, third round (tuning_213, followups/tuning_69): "like a bit of the world has been rubbed out", "the whole room has
        # gone sort of sepia", "the letters of the recipe move and jump", "mirrors ... look full of steam", "straight door frames look
        # curved", "two overlapping cats", "the people's faces have holes in them", "she says my face isn't there", "a tiny gap ...
        # where nothing is", "a hole in the middle of my face"
        [_in("bit", "part", "piece", "chunk"), _in("of"), _in("the", "my"), _in("world", "room", "picture", "view", "page", "screen"), *_gap(3),
         _in("rubbed", "wiped", "erased", "blanked", "cut", "gone", "missing")],
        [_in("room", "everything", "world", "sky", "colours", "colors", "telly", "tv", "screen"), _in("has", "have", "'s", "is", op="?"),
         _in("gone", "turned", "went", "looks"), _in("sort", "kind", "of", "a", "all", "bit", op="*"),
         _in("sepia", "yellow", "yellowy", "orange", "dim", "pink", "green", "purple", "dull", "washed")],
        [_rx(r"^(letters|words|numbers|digits|lines)$"), *_gap_in_sentence(3), _in("move", "moves", "moving", "jump", "jumps", "jumping")],
        [_in("look", "looks", "looked", "are", "is"), _in("full"), _in("of"), _in("steam", "fog", "smoke", "mist", "haze")],
        [_in("straight"), *_gap(3), _in("look", "looks", "lines", "are", "seem", "seems", "appear"),
         _in("curved", "bent", "wavy", "bendy", "crooked", "wonky", "warped")],
        [_in("two", "2"), _in("overlapping", "overlaid")],
        [_in("faces", "face", "words", "page", "picture", "screen"), _in("have", "has", "had"), _in("holes", "gaps", "hole", "gap")],
        [_in("face", "faces", "nose", "head"), _in("is", "are", "was"), _in("n't", "not", "nt"), _in("there")],
        [_in("face", "faces", "nose", "head"), _in("isnt", "arent", "wasnt"), _in("there")],
        [_in("where"), _in("nothing"), _in("is", "was")],
        [_in("hole", "gap", "blank"), _in("in"), _in("the"), _in("middle"), _in("of"), _in("my", "his", "her", "your", "the"), _in("face", "faces")],
        [_in("half", "part", "most", "side"), _in("of", op="?"), _in("my", "his", "her", "the"), _in("face", "page", "screen", "view", "picture"),
         _in("was", "is", "are", "'s", "were", "went", "goes"), _in("just", op="?"), _in("missing", "gone", "blank", "empty", "dark")],
        [_in("things", "everything", "objects", "stuff"), _in("look", "looks", "seem", "seems", "looked", "seemed"),
         _in("further", "farther"), _in("away")],
        [_in("red", "grey", "gray", "white", "pink", "brown", "dark", "orange", op="?"), _in("haze", "mist", "fog", "film", "tint", "blur", "cloud"),
         _in("over", "across", "on"), _in("everything", "the", "my", "all")],
        # "when I covered one eye ... the other can't see the whole room anymore, the edges are gone" (spent v17)
        *[[*cannot, _in("see"), _in("the", "my", op="?"), _in("whole", "full", "entire"), _in("room", "page", "screen", "picture", "view", "road")]
          for cannot in CANNOT],
        [_in("the"), _in("edges", "sides"), _in("are", "have", "'ve", "'re"), _in("gone", "vanished", "disappeared", "missing", "blacked")],
        # session 36 (tuning_172): "the vision in that eye has dropped right down", "a patch of nothing in my vision", "the little
        # window she has left has gone grey"
        [_rx(RX_VISION), *_gap_in_sentence(5), _in("has", "'s", "is", "have", "just"), _in("just", "suddenly", op="?"),
         _in("dropped", "plummeted", "plunged", "crashed", "nosedived", "fallen", "dropping")],
        [_in("patch", "spot", "hole", "area", "bit", "chunk"), _in("of"), _in("nothing", "nothingness", "blank", "blankness", "black", "darkness"),
         _in("in", "across", "over"), _in("my", "the", "her", "his"), _rx(RX_VISION)],
        [_in("window", "bit", "patch", "part"), _in("she", "he", "i"), _in("has", "have", "'ve", "had"), _in("left"), _in("has", "is", "'s"),
         _in("gone", "turned", "going"), _in("grey", "gray", "dark", "black", "blank", "white", "cloudy")],
        # session 36 (tuning_168): "Eye left not see. Only dark."
        [_rx(r"^(eye|eyes)$"), _in("left", "right", op="?"), _in("not", "no", "cant", "cannot"), _in("see", "seeing")],
        # session 36 (spent v15, tuning_159): "my vision is not clear with this eye", "the sight in that eye has deteriorated",
        # "can't tell red from orange with my right eye", "i no see from eye", "the letters have gone"
        [_rx(RX_VISION), _in("in", "from", "of", "with", op="?"), _in("my", "that", "the", "this", "her", "his", "left", "right", op="*"),
         _in("eye", op="?"), _in("is", "'s", "has", "have", op="?"), _in("not", "no", "n't", "nt"), _in("clear", "right", "good", "normal")],
        [_rx(RX_VISION), _in("in", "from", "of", "with", op="?"), _in("my", "that", "the", "this", "her", "his", "left", "right", op="*"),
         _in("eye", op="?"), _in("has", "have", "is", "'s", "keeps", op="?"), _in("really", "markedly", "badly", "quite", "so", op="*"),
         _rx(r"^(deteriorated|deteriorating|declined|declining|worsened|worsening)$")],
        [_rx(r"^(not|n't|nt|cant|cannot|couldnt)$"), _in("tell"), _in("red", "green", "blue", "orange", "yellow", "purple", "brown",
                                                                     "colours", "colors", "black"),
         *_gap(2), _in("from", "apart")],
        [_in("i", "me", "she", "he"), _in("no", "not"), _in("see", "seeing"), _in("from", "with", "out", "in"), _in("of", op="?"),
         _in("my", "the", "her", "his", "that", "this", "right", "left", op="*"), _in("eye", "eyes")],
        [_in("letters", "words", "print", "writing"), _in("have", "'ve", "has", "are", "had", op="?"),
         _in("gone", "vanished", "disappeared", "missing")],
        # "is it normal for half the room to go dark in one eye?" (tuning_160)
        [_in("half", "part"), _in("of", op="?"), _in("the", "my", "her", "his"),
         _rx(r"^(room|page|screen|picture|world|tv|telly|kitchen|view|road|street|book|paper|garden)$"), *_gap_in_sentence(2),
         _in("go", "goes", "gone", "going", "went", "is", "'s", "turned", "turning", "has"), _in("all", "completely", "just", op="*"),
         _in("dark", "black", "grey", "gray", "blank", "blurry", "missing", "fuzzy", "dim")],
        # session 30 (tuning_95, followups/tuning_34): "the kettle looks like it's in a fog", "half her view is dark", "street
        # signs are all smeared", "can't see the numbers on her phone", "can't tell my two kids apart", "a black patch that
        # moves about", "couldn't see the kettle on that side until I turned my head", "her eye has gone blotchy"
        [_in("looks", "look", "looked", "seems", "is", "'s"), _in("like", op="?"), _in("it", "they", op="?"), _in("'s", "is", "are", "'re", op="?"),
         _in("in"), _in("a", "the"), _in("fog", "mist", "haze", "cloud")],
        # session 31 (followups/tuning_37): "half of what I see with it is dark"
        [_in("half", "part", "bits", "some"), _in("of"), _in("what"), _in("i", "she", "he", "we"), _in("can", "could", op="?"), _in("see"),
         *_gap(3), _in("is", "'s", "are", "has", "have", "goes", "went", op="?"), _in("gone", op="?"),
         _in("dark", "darker", "black", "grey", "gray", "blank", "blurry", "blurred", "missing", "fuzzy", "foggy", "shadowy")],
        # session 34 (v13, spent): "the bottom half of what I see out of my right eye is just... gone. Black."
        [_in("half", "part", "bits", "some"), _in("of"), _in("what"), _in("i", "she", "he", "we"), _in("can", "could", op="?"), _in("see"),
         _in("out", "with", "through", "from"), *_gap(8), _in("gone", "vanished", "disappeared", "blacked")],
        # session 31 (spent v10): "my eye's gone a bit dark round the edges of what i can see"
        [_in("dark", "darker", "black", "grey", "gray", "dim", "dimmer", "blurry", "blurred", "fuzzy", "foggy", "cloudy", "shadowy"),
         *_gap(5), _in("of", "in"), _in("what"), _in("i", "she", "he", "we"), _in("can", "could"), _in("see")],
        # "I can read the big letters but not the small ones ... with my right eye"
        [_in("but"), _in("not"), _in("the"), _in("small", "smaller", "little", "tiny"), _in("ones", "letters", "print", "writing", "words"),
         *_gap(6), _in("with"), _in("my", "that", "the", "her", "his"), _in("left", "right", "bad", "other", op="?"), _in("eye")],
        [_in("see", "seeing", "sees"), _in("a", "this", "some"), _in("grey", "gray", "dark", "black", "blank"),
         _in("patch", "blob", "spot", "smudge", "splodge", "blotch", "area"), _in("since", "when", "after", "that", "which", "everywhere",
                                                                                 "wherever", "floating", "in", "over")],
        [_in("half"), _in("my", "her", "his", "the", "their"), _in("view", "vision", "sight"), _in("is", "'s", "has", "gone", "went", op="*"),
         _in("dark", "black", "blank", "grey", "gray", "gone", "missing", "blurry")],
        [_in("signs", "sign", "faces", "letters", "numbers", "words", "everything", "things", "everythings"),
         _in("are", "is", "'s", "look", "looks", "all", "gone", "went", "going", op="*"),
         _in("smeared", "smeary", "smudged", "smudgy", "foggy", "misty", "hazy", "underwater", "doubled", "double")],
        [_rx(r"^(not|n't|nt|cant|cannot|couldnt)$"), _in("see"), _in("the"), *_gap(1),
         _in("numbers", "letters", "hands", "time", "writing", "text", "kettle", "clock", "ball", "faces", "screen", "telly", "tv")],
        [_rx(r"^(not|n't|nt|cant|cannot|couldnt)$"), _in("tell"), _in("my", "the", "his", "her", "their", "people", "them", op="?"), *_gap(2),
         _in("apart")],
        [_in("black", "dark", "grey", "gray"), _in("patch", "blob", "spot", "smudge", "splodge"), _in("that", "which", op="?"),
         _in("moves", "floats", "follows", "drifts")],
        [_rx(r"^(not|n't|nt|cant|cannot|couldnt)$"), _in("see"), *_gap(3), _in("on"), _in("that", "one", "the", "my"), _in("side")],
        [_in("eye", "eyes"), _in("has", "'s", "is", "have", "are", op="?"), _in("gone", "went", "going"), _in("all", op="?"),
         _in("blotchy", "patchy", "foggy", "misty", "cloudy", "smeary")],
        [_rx(r"^(not|n't|nt|cant|cannot|couldnt)$"), _in("follow", "track"), _in("the"), _in("ball", "line", "words", "text", "road")],
        # told through scenes (session 27, tuning_75): "a big grey patch where the goal should be", "like there's a hole in
        # the page", "straight lines wobble", "the squares are all running into each other", "shut one eye and it's
        # fine" (seeing double), "if I cover my good eye", "like someone switched off the bottom half of the tv",
        # "a bright spot burnt into my sight", "not be able to see the clock"
        [_in("grey", "gray", "dark", "black", "blank", "blurry", "brown", "brownish"), _in("patch", "blotch", "smudge", "spot", "area", "bit", "haze"),
         _in("where", "over"), *_gap(4), _in("should", "half", "middle")],
        [_in("hole", "gap", "blank"), _in("in"), _in("the", "my"), _in("page", "picture", "screen", "vision", "sight")],
        # "now something's wrong with my vision", "she says it's all dark on one side now"
        [_in("something", "summat", "sth", "smth"), _in("'s", "is", "s", op="?"), _in("really", "very", "seriously", "definitely", op="?"),
         _in("wrong", "off", "weird", "funny", "up"), _in("with"), _in("my", "her", "his", "the", "their"),
         _in("vision", "sight", "eyesight", "seeing")],
        [_in("all", "everything", "everythings", "vision", "sight", "eyesight"), _in("'s", "is", "has", "gone", "went", "just", op="*"),
         _in("dark", "black", "blank", "grey", "gray", "blurry", "fuzzy", "misty", "cloudy"), _in("on", "down"),
         _in("one", "that", "the", "my", "her", "his"), _in("side", "half")],
        [_in("straight"), _in("lines", "edges"), *_gap(2), _rx(r"^(wobble|wobbles|wobbly|bend|bends|bending|wavy|kinked|crooked|bent|warped)$")],
        [_in("running", "merging", "blurring", "swimming", "blending"), _in("into"), _in("each", "one"), _in("other", "another")],
        [_in("shut", "close", "closing", "cover", "covering"), _in("one", "my", "the"), _in("other", op="?"), _in("eye"), *_gap(3),
         _in("fine", "normal", "goes", "disappears", "gone", "one")],
        [_in("cover", "covering", "shut", "close", "closing"), _in("my", "the"), _in("good", "other", "better"), _in("eye")],
        [_in("switched", "turned", "blacked"), _in("off", "out"), _in("the"), _in("bottom", "top", "left", "right", "lower", "upper"), _in("half")],
        [_in("burnt", "burned", "burning", "stuck"), _in("into", "in"), _in("my"), _in("sight", "vision")],
        [_rx(r"^(not|n't|nt|unable)$"), _in("be", op="?"), _in("able", op="?"), _in("to"), _in("see"), *_gap(2),
         _in("clock", "telly", "tv", "board", "screen", "subtitles", "signs", "road", "words")],
        [_in("words", "letters", "text", "numbers"), *_gap(4), _rx(r"^(disappear|disappears|disappeared|vanish|vanishes|missing)$")],
        [_rx(r"^blur\w*$")],
        # "vision in that eye's been getting darker since lunch", "a veil over my eye", "half the room's gone",
        # "everything on my right side is dimmer, like a cloud went over the sun"
        [_rx(RX_VISION), *_gap_in_sentence(5), _in("getting", "gone", "going", "went", "become", "becoming", "turned", "turning"),
         _in("darker", "dimmer", "dark", "dim", "cloudy", "grey", "gray", "foggy", "misty")],
        [_in("veil", "curtain", "film", "shadow", "cloud", "fog", "mist", "haze"), _in("over", "across", "covering"),
         _in("my", "the", "her", "his", "that", "one"), _in("left", "right", op="?"), _in("eye", "eyes", "vision", "sight")],
        [_in("half"), _in("the", "of", "my"), _rx(r"^(room|rooms|room's|world|screen|page|telly|tv|picture|view)$"),
         _in("'s", "is", "has", op="?"), _in("gone", "missing", "disappeared", "vanished", "blank", "black")],
        [_in("everything", "things"), *_gap_in_sentence(6), _in("dimmer", "darker", "blurrier", "greyer", "foggier", "mistier")],
        # "he says it's gone dark at the side of his eye", "everything went dim in the corner of my vision"
        [_in("gone", "going", "went", "goes", "gets", "got", "getting"), _in("all", "a", "bit", op="*"),
         _in("dark", "black", "dim", "grey", "gray", "darker", "dimmer"), _in("at", "in", "on", "down", "round", "around"),
         _in("the"), _in("side", "sides", "corner", "edge", "edges", "bottom", "top"), _in("of"),
         _in("my", "his", "her", "their", "the", "that", "this"), _in("eye", "eyes", "vision", "sight")],
        # "woke up without any vision in my left eye", "no sight in that eye" (not "no vision problems":
        # see signs.red_flag_spans)
        [_in("no", "without", "zero", "nil"), _in("any", "useful", op="?"), _rx(RX_VISION)],
        # a nurse's or doctor's words: "visual disturbance", "diplopia", "reduced visual acuity"
        [_in("visual"), _rx(r"^(disturbances?|loss|changes?|impairment|problems?|symptoms?)$")],
        [_rx(r"^(diplopia|photopsia|photopsias)$")],
        [_in("reduced", "decreased", "impaired", "worse", "lower", "dropped"), _in("visual"), _in("acuity")],
        [_rx(RX_VISION), *_gap(5), _rx(RX_VISION_CHANGE)],
        [_rx(RX_VISION_CHANGE), *_gap(3), _rx(RX_VISION)],
        # "i can only see shapes", "all i see is blobs"
        [_in("see", "seeing", "sees"), *_gap(2),
         _rx(r"^(shapes|shadows|outlines|blobs|smudges?|haze|fog|mist|halos?|rings?|double)$")],
        # "can't see properly", "can barely see out of it" (never "I can see properly")
        [_rx(r"^(ca|can|could|couldn)$"), _in("n't", "nt", "not", "barely", "hardly", "only", "just"),
         _in("see"), *_gap(3), _rx(r"^(properly|proper|clearly|clear|well|good|straight|right|anything|out"
                                   r"|much|normally|very)$")],
        [_rx(r"^(cannot|cant|couldnt|cnt|cudnt|cannae|canna|canny|couldnae|cudnae)$"), _in("barely", "hardly", "really", op="?"),
         _in("see"), *_gap(3), _rx(r"^(properly|proper|proply|propely|properley|propperly|clearly|clear|well|good"
                                   r"|straight|right|anything|out|much|normally|very)$")],
        # "now i can't see", "can't see at all" (only at the end of a clause and beside the eye: signs.red_flag_spans)
        [_rx(r"^(ca|can|could|couldn)$"), _in("n't", "nt", "not"), _in("really", "even", op="?"), _in("see")],
        [_rx(r"^(cannot|cant|couldnt|cnt)$"), _in("really", "even", op="?"), _in("see")],
        # "lost everything on that side", "lost all the sight in it"
        [_in("lost", "losing", "lose"), _in("everything", "all"), _in("the", op="?"), _in("sight", "vision", op="?"),
         _in("on", "in", "out", "from"), _in("of", op="?"), _in("that", "this", "my", "the", "one", "it")],
        [_in("two"), _in("of"), _in("everything")],
        # "I can't watch telly, the picture's all smeared" (kept only beside the eye or lid: signs.red_flag_spans)
        # session 33 (v12, spent): "the picture out of my left eye looks smeared"
        [_in("picture", "view", "image"), _in("out", "from", "through", "in"), _in("of", op="?"), _in("my", "the", "her", "his", "that"),
         _in("left", "right", "bad", "sore", op="?"), _in("eye"), _in("'s", "is", "looks", "look", "all", "gone", "went", "a", "bit", op="*"),
         _in("smeared", "smeary", "smudged", "smudgy", "fuzzy", "wavy", "warped", "wobbly", "distorted", "blurry", "blurred", "foggy", "misty")],
        [_in("picture", "screen", "telly", "tv", "words", "text", "page", "writing", "print", "card", "recipe", "menu", "label", "book"),
         _in("'s", "is", "are", "looks", "look", "all", "gone", "went", "a", "bit", op="*"),
         _in("smeared", "smeary", "smudged", "smudgy", "fuzzy", "wavy", "warped", "wobbly", "distorted", "swimming")],
        # session 33 (followups/tuning_45): "evry thing looks dark on that side"
        [_rx(r"^(every|evry|evrey|evey|evryy)$"), _in("thing"), _in("looks", "look", "is", "'s", "seems", "gone", "went", "has"),
         *_gap_in_sentence(4), _in("dark", "darker", "black", "blurry", "blurred", "fuzzy", "foggy", "misty", "cloudy", "dim", "grey", "gray")],
        # session 33 (tuning_129): "every lamp in the house has a ring round it", "everything has a rainbow rim", "like looking through
        # greaseproof paper on the right", "the lines in my book are swimming", "can't tell my son's face from across the room"
        [_rx(r"^(lamps?|lights?|bulbs?|headlights?|streetlights?|everything|candles?|faces)$"), *_gap_in_sentence(4), _in("has", "have", "got", "with"),
         _in("a", "these", "this", op="?"), _in("rainbow", "coloured", "colored", "bright", "fuzzy", "glowing", op="?"),
         _rx(r"^(rings?|halos?|haloes|rims?|glows?|fringes?)$"), _in("round", "around", "on", "at", "to", op="?")],
        [_in("rainbow", "rainbowy"), _rx(r"^(rims?|rings?|edges?|halos?|haloes|fringes?|outlines?|glows?)$")],
        [_in("like", "as", "if"), _in("i", "i'm", "im", op="?"), _in("looking", "seeing", "peering", "looked", "look"), _in("through", "thru"),
         *_gap(3), _rx(r"^(paper|glass|window|windows|net|curtain|fog|gauze|film|clingfilm|water|frosted|vaseline|grease|smoke|steam)$")],
        [_rx(r"^(lines|words|letters|text|print|writing|numbers)$"), *_gap_in_sentence(4), _in("are", "is", "keep", "'re", "seem", "look", "all", op="*"),
         _rx(r"^(swimming|swim|swims|wobbling|wobbly|jumping|dancing|shimmering|wavy|wiggling|wriggling|floating)$")],
        *[[*cannot, _in("tell", "recognise", "recognize", "make"), _in("out", op="?"), *_gap(3), _in("face", "faces")] for cannot in CANNOT],
        # "everything's gone a bit yellow-tinted", "everything looks far away and small with that eye"
        [_in("everything"), _in("looks", "look", "looked", "is", "'s", "seems", "gone", "went", "has"),
         _in("gone", "a", "all", "bit", "kind", "of", "sort", "slightly", "really", "very", "so", "too", op="*"),
         _rx(r"^(yellow\w*|tinted|far|distant|small|tiny|wavy|bent|dim|darker|faded|washed|grey|gray)$")],
        # "rainbow halos round the street lamps", "lights have rings around them"
        [_rx(r"^(halos?|haloes|rings?|rainbows?)$"), _in("round", "around", "on", "about"), _in("the", "all", "every", "street", op="*"),
         _rx(r"^(lights?|lamps?|bulbs?|headlights?|streetlights?|lamps)$")],
        [_rx(r"^(lights?|lamps?|bulbs?|headlights?|streetlights?)$"), _in("have", "has", "got"), _in("rings", "halos", "haloes", "rainbows")],
        # "can't tell colours apart", "my vision on that side went suddenly"
        [_rx(r"^(ca|can|could|cannot|cant|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("tell"), _in("the", op="?"),
         _in("colours", "colors"), _in("apart")],
        [_rx(RX_VISION), *_gap(3), _in("went", "gone", "go", "goes"),
         _in("suddenly", "completely", "totally", "black", "dark", "dim", "funny", "weird", "strange", "odd", "off")],
        # "a dark patch in the middle when he looks at his phone" (beside seeing or looking: signs.red_flag_spans)
        # session 33 (v12, spent): "a black bit in the middle when i look at stuff", "the eye see dark spot in middle"
        [_in("dark", "black", "grey", "gray", "blank", "blind", "missing"),
         _in("patch", "spot", "hole", "gap", "blob", "smudge", "blotch", "splodge", "smear", "bit"),
         _in("right", "just", "bang", "slap", op="?"), _in("in"), _in("the", op="?"), _in("middle", "centre", "center")],
        # "now there's a dark patch whenever I look at something"
        # session 47 (tuning_464): "the stairs at work look double", "the TV has 'gone dark' on one side", "it's like the lens has fogged up but
        # it's actually my eye", "I can only read my Kindle now with the font on the biggest setting"
        [_in("look", "looks", "looked", "looking"), _in("double", "doubled")],
        [_in("gone", "going", "went"), _in("dark", "black", "grey", "gray"), _in("'", op="?"), _in("on", "down"), _in("one", "that", "the"), _in("side")],
        [_in("fogged", "misted", "steamed"), _in("up", op="?"), *_gap_in_sentence(5), _in("actually", "really"), _in("my", "her", "his"), _in("eye")],
        [_in("only"), _in("read", "see"), *_gap_in_sentence(8), _in("biggest", "largest"), _in("setting", "size", "font")],
        # session 47 (tuning_469): "she has just told me there are 'two of me' and covered one eye"
        [_in("there", "see", "sees", "seeing", "saw"), _in("are", "is", "'re", "'s", op="?"), _in("'", op="?"), _in("two"), _in("of"),
         _in("me", "you", "him", "her", "us", "everyone", "everybody")],
        # session 47 (tuning_459): "telling us 'it's all fog'"
        [_in("'s", "is", "it's", "its", "everything"), _in("all"), _in("fog", "foggy", "fogged", "misty", "mist", "blurry", "fuzzy", "cloudy")],
        # session 47 (tuning_454): "My 4 year old says he can see 'two mummies' since yesterday"
        [_in("see", "sees", "seeing", "saw"), _in("'", op="?"), _in("two"),
         _rx(r"^(mummies|mums|mommies|mommys|daddies|dads|nanas|grannies|faces|people|teachers|doggies|tellies|tvs|moons|suns|mes|yous)$")],
        # "now i have a mancha oscura (dark stain) in the vision of that eye" (session 47, tuning_451)
        [_in("mancha"), _in("oscura", "negra")],
        [_in("dark", "black", "grey", "gray"), _in("stain", "stains"), *_gap_in_sentence(3), _in("vision", "sight")],
        [_in("dark", "black", "grey", "gray", "blank", "blind"), _in("patch", "hole", "gap", "blob", "smudge"),
         _in("whenever", "when", "every", "each"), _in("time", op="?"), _in("i", "she", "he", op="?"),
         _in("look", "looks", "read", "reads", "see", "sees", "try", "tries", "open", "opens")],
        [_rx(RX_VISION), *_gap_in_sentence(5), _in("missing"), _in("patch", "bit", "part", "chunk", "corner")],
        # "there's a patch I can't see in now"
        [_in("patch", "bit", "part", "area", "spot", "corner"), _in("i", "she", "he", "you"), _rx(r"^(ca|can|could|cannot|cant|couldnt)$"),
         _in("n't", "nt", "not", op="?"), _in("see"), _in("in", "through", "out", "with", "at")],
        # "everything looks like the bathroom mirror after a shower", "it's all black in that eye"
        [_in("everything"), _in("looks", "look", "looked", "is", "'s", "seems", "went", "gone", "has"), *_gap_in_sentence(6),
         _rx(r"^(misty|mist|foggy|fog|fogged|steamy|steam|steamed|shower|hazy|haze|smeared|smudged|cloudy|murky"
             r"|underwater|milky)$")],
        [_in("all", "gone", "went", "just", "completely", "totally"), _in("black", "dark", "grey", "gray", "blank"),
         _in("in", "from", "out"), _in("of", op="?"), _in("that", "my", "her", "his", "the", "one", "this"), _in("eye")],
        # "everything is doubled", "one eye sees everything slightly bigger than the other"
        [_in("everything", "things"), _in("is", "are", "'s", "looks", "look", "has", "have", "gone", "seems", "all", op="*"),
         _in("doubled", "double")],
        [_in("see", "sees", "seeing"), _in("everything", "things"), *_gap(2),
         _in("bigger", "smaller", "larger", "tilted", "sideways", "stretched")],
        # "edges appear as two overlapping lines", "only see the top half of things", "in and out of focus",
        # "2 presenters where there should be 1", "that side has gone dark", "a patch missing in the middle"
        [_in("appear", "appears", "look", "looks", "seen", "showing"), _in("as", "like"), _in("two", "double", "2")],
        [_in("see", "seeing", "sees"), _in("only", "just", "the", "top", "bottom", "left", "right", "upper", "lower", op="*"),
         _in("half")],
        [_in("in"), _in("and"), _in("out"), _in("of"), _in("focus")],
        [_in("where"), _in("there"), _in("should"), _in("be"), _in("1", "one")],
        # "the presenter had two heads", "half the crossword vanishes", "can't see my grandson's face properly",
        # "butter on my glasses", "like the screen is underwater", "steamed-mirror effect"
        [_in("two", "2", "double"), _rx(r"^(heads|faces|presenters|people|cars|moons|suns|lines|tvs|screens|bullseyes|bulls|targets|sets|kettles"
                                        r"|clocks|balls|doors|roads|kerbs|steps|cups|boards|dartboards)$")],
        # session 33 (tuning_132): "the subtitles have a ghost, like every line is printed twice", "printed on top of each other", "the
        # numbers kept doubling up", "the road signs were just mush", "the spreadsheet cells all run into each other", "half the words on
        # the page have gone missing", "the spout isnt where I think", "a bit off from where it really is", "my hand was going to the
        # wrong place", "a shadowy bit on that side", "a dark bit ... that follows wherever I look", "can't read the bus number until ..."
        [_rx(r"^(ghost|ghosts|ghosting|ghosted|ghosty)$")],
        [_in("printed", "written", "typed", "stacked", "layered", "drawn"), _in("twice", "double")],
        [_in("printed", "written", "typed", "stacked", "layered", "drawn"), _in("on"), _in("top"), _in("of"), _in("each")],
        [_rx(r"^(doubling|doubled|doubles)$"), _in("up")],
        [_rx(r"^(signs?|words|text|letters|numbers|faces?|page|print|writing|subtitles|menu|screen|everything)$"),
         _in("were", "are", "is", "was", "look", "looked", "looks", "went", "go", "gone", "all", "just", "a", "bit", "like", op="*"),
         _rx(r"^(mush|mushy|soup|porridge|blur|blurs|smudge|smudges|fuzz|mess|jumble)$")],
        [_in("run", "runs", "running", "ran", "blur", "blurring", "merge", "merging", "melt", "melting", "bleed", "bleeding"), _in("into"),
         _in("each", "one"), _in("other", "another")],
        [_in("half", "bits", "parts", "some"), _in("of", op="?"), _in("the", op="?"),
         _rx(r"^(words|letters|page|text|picture|screen|faces?|numbers|writing|menu|board)$"), *_gap_in_sentence(4),
         _in("gone", "missing", "vanished", "disappeared", "rubbed", "blank")],
        [_in("nt", "n't", "not"), _in("where"), _in("i"), _in("think", "thought", "expect", "expected")],
        [_in("off"), _in("from"), _in("where"), _in("it", "they", "things", "everything"), _in("really", "actually", "should")],
        [_in("hand", "hands"), *_gap(4), _in("wrong"), _in("place", "spot", "bit")],
        [_in("shadowy", "shady", "dark", "grey", "gray", "blank", "black"), _in("bit", "patch", "area", "part"), _in("on", "down", "at"),
         _in("that", "the", "my", "one"), _in("left", "right", op="?"), _in("side")],
        [_rx(r"^(follows|following|follow|moves|moving)$"), _in("wherever", "everywhere", "whenever"), _in("i", "she", "he"),
         _in("look", "looks", "go", "goes", "turn", "turns")],
        *[[*cannot, _in("read", "see"), _in("the", "my", op="?"), _rx(r"^(bus|number|numbers|signs?|clock|board|faces?|words|text|subtitles"
                                                                        r"|menu|screen|road|plates?|labels?)$"), *_gap(2), _in("until", "till", "unless"),
           _in("it", "its", "it's", "they", "i", "i'm", "im")] for cannot in CANNOT],
        [_in("they", "letters", "words", "numbers", "lines"), _in("kept", "keep", "keeps", "were", "are"), _rx(r"^(swimming|dancing|jumping)$")],
        # followups/tuning_47: "the clock on the wall looks like it's melting", "half of what I'm looking at has gone missing"
        [_in("looks", "look", "looked"), _in("like"), _in("it", "it's", "its", "they"), _in("'s", "is", "are", op="?"),
         _rx(r"^(melting|dripping|bending|warping|sliding|sagging)$")],
        [_in("half", "part", "bits", "some"), _in("of"), _in("what"), _in("i", "i'm", "im", "she", "he"), _in("'m", "am", "is", op="?"),
         _in("looking", "seeing"), _in("at", op="?"), *_gap(3), _in("gone", "missing", "dark", "black", "blank", "blurry")],
        # "a fetching double-image effect", "seeing double images"
        [_in("double"), {"ORTH": "-", "OP": "?"}, _rx(r"^(images?|imaging|visions?|sight|outlines?)$")],  # "a double outline" (session 34)
        [_in("half", "part", "bits", "chunks"), _in("of", op="?"), _in("the", "my", op="?"), *_gap(1),
         _in("vanishes", "vanished", "disappears", "disappeared", "goes", "went", "missing")],
        *[[*cannot, _in("see"), _in("my", "the", "her", "his", op="?"), *_gap(2), _in("face", "faces"), _in("properly", "clearly", "well", "right")]
          for cannot in CANNOT],
        [_in("butter", "grease", "vaseline", "oil", "cream"), _in("on", "over", "across"), _in("my", "the"), _in("glasses", "specs", "lenses", "eye", "eyes")],
        [_in("screen", "telly", "tv", "page", "road", "room", "world"), _in("is", "'s", "was", "looks", op="?"), _in("underwater", "under")],
        [_in("steamed", "steamy", "fogged", "misted"), *_gap(2), _in("effect", "mirror", "window", "glass")],
        [_in("that", "the", "her", "his", "my", "left", "right", "one"), _in("side", "half"), _in("has", "'s", "is", "just", op="*"),
         _in("gone", "going", "went", "turned"), _in("dark", "black", "blank", "grey", "gray", "dim", "blurry", "fuzzy")],
        [_in("half", "part", "bottom", "top", "side", "corner", "edge"), _in("of"), _in("the", "my", "her", "his"),
         _in("view", "vision", "sight", "picture"), *_gap(6),
         _in("grey", "gray", "dark", "black", "blank", "blurry", "missing", "gone", "fuzzy", "dim")],
        [_in("patch", "bit", "part", "chunk", "piece", "section", "hole", "gap"), _in("missing", "gone", "blank")],
        # "what I can see out of it now is all smeared"
        [_in("see", "seeing", "sees"), *[{"ORTH": {"NOT_IN": [".", "?", "!", "...", ",", ";"]}, "OP": "?"} for _ in range(7)],
         _in("smeared", "smeary", "smudged", "smudgy", "blurry", "fuzzy", "foggy", "misty", "cloudy", "hazy", "murky", "wobbly")],
        # "the left side of it is just black when I close my good eye" (only beside seeing or the eye: signs.red_flag_spans)
        [_in("left", "right", "top", "bottom", "one"), _in("side", "half"), _in("of", op="?"),
         _in("it", "everything", "things", "the", "my", op="?"), _in("screen", "page", "window", "room", "picture", "view", op="?"),
         _in("is", "'s", "are", "goes", "went"), _in("just", "all", "completely", "totally", "now", op="*"),
         _in("black", "dark", "blank", "grey", "gray", "missing")],
        [_in("hole", "gap", "blank", "blind"), _in("in"), _in("what"), _in("i", "you", "she", "he"), _in("see", "can")],
        # "a dark patch in the middle of what she sees", "a grey smudge over what I can see"
        # session 32 (followups/tuning_42): "a grey patch has come into my vision", "a dark shadow across my sight"
        [_in("grey", "gray", "dark", "black", "blank", "blurry", "fuzzy", "shadowy"),
         _in("patch", "spot", "shadow", "blob", "smudge", "smear", "cloud", "shape", "area", "bit", "curtain", "veil", "line"),
         *_gap_in_sentence(4), _in("in", "into", "across", "over", "covering", "blocking", "on"), _in("my", "the", "her", "his", op="?"),
         _in("vision", "sight", "eyesight", "view")],
        # session 32 (tuning_115): "a dark patch has appeared right in the middle of what I see"
        [_in("patch", "spot", "shadow", "blob", "smudge", "smear", "blur", "cloud", "shape", "hole", "gap"), *_gap_in_sentence(8),
         _in("what"), _in("i", "you", "she", "he", "they", "we"), _in("can", op="?"), _in("see", "sees")],
        # "she can't see the clock on the wall from that eye", "can't read my phone with my left eye"
        *[[*cannot, _in("really", "even", "properly", "actually", "quite", op="?"), _in("see", "read"), *_gap_in_sentence(10),
           _in("from", "with", "through", "out"), _in("of", op="?"),
           _in("that", "this", "my", "her", "his", "the", "one", "left", "right", "bad", "sore", op="+"), _in("eye", "side")]
          for cannot in CANNOT],
        # described: "the telly's gone soft round the edges", "faces look melted", "everything has a twin",
        # "half the page is missing", "the whole left side of everything has disappeared"
        [_in("everything", "things", "faces", "words", "lines", "letters", "people", "telly", "tv", "screen", "room"),
         _in("has", "have", "'s", "got", op="?"), _in("a", op="?"), _in("twin", "twins", "double", "doubles", "ghost", "echo")],
        [_in("faces", "face", "things", "everything", "words", "lines", "letters", "walls", "doors", "people", "objects"),
         _in("look", "looks", "appear", "appears", "seem", "seems", "are", "'s", "is", "gone", "all", op="+"),
         _in("melted", "melting", "warped", "bent", "bendy", "wavy", "distorted", "wobbly", "stretched", "squashed",
             "crooked", "smeared", "soft", "grainy", "milky", "murky", "faded", "washed")],
        [_in("half", "part", "side", "bit", "chunk", "bottom", "top", "edge"), _in("of", op="?"),
         _in("the", "my", "everything", "what", op="?"),
         _in("page", "screen", "picture", "room", "view", "world", "everything", "things", "face", "faces", "clock", "words",
             "book", "telly", "tv", "i", "vision", "sight"),
         _in("can", "see", "is", "has", "have", "'s", "just", "completely", "totally", op="*"),
         _in("missing", "gone", "disappeared", "vanished", "blank", "dark", "black", "grey", "gray", "blurred", "blurry")],
        [_in("lost", "losing", "lose"), _in("the", "my", op="?"), _in("top", "bottom", "left", "right", "outer", "inner", op="?"),
         _in("half", "part", "side", "bit", "edge"), _in("of"), _in("what", "my", "the"), _in("i", "vision", "sight", op="?")],
        # "can't make out my kids' faces with my right eye", "can't focus my left eye on anything"
        *[[*cannot, _in("make"), _in("out"),
           {"LOWER": {"NOT_IN": ["if", "whether", "what", "why", "how", "which", "where", "who"]}}] for cannot in CANNOT],
        *[[*cannot, _rx(r"^(focus|focusing|focussing)$"), _in("my", "the", "her", "his", "that", "this", "left", "right", "one", op="*"),
           _in("eye", "eyes")] for cannot in CANNOT],
        # "a black line across everything she looks at in that eye", "the vision in that eye is smeared"
        [_in("black", "dark", "grey", "gray", "shadowy", "wavy"), _in("line", "lines", "bar", "band", "streak", "stripe"),
         _in("across", "over", "through", "in"), _in("everything", "my", "her", "his", "the", "all")],
        [_in("vision", "sight", "eyesight"), _in("in", "on", "out", op="?"), _in("of", op="?"), _in("that", "my", "the", "her", "his", "one",
                                                                                                    "left", "right", op="*"),
         _in("eye", "side", op="?"), _in("is", "'s", "has", "gone", "looks", "went", "got", "seems", "just", op="*"),
         _in("smeared", "smeary", "smudged", "smudgy", "greasy", "streaky", "grubby", "dirty")],
        *[[*cannot, _rx(r"^(focus|focusing|focussing)$"), _in("on"), *_gap(3), _in("at"), _in("all")] for cannot in CANNOT],
        # "i cant focus at all on that side" (kept only beside the eye or lid: signs.red_flag_spans)
        *[[*cannot, _rx(r"^(focus|focusing|focussing)$"), _in("at"), _in("all")] for cannot in CANNOT],
        # "like cling film over my right eye", "vaseline on my glasses", "see like through milk"
        [_in("cling", "vaseline", "grease", "film", "milk", "fog", "steam", "net", "gauze", "smoke", "plastic", "wrap",
             "glue", "jelly", "oil"),
         *_gap(3), _in("over", "on", "across", "in", "covering"), _in("my", "the", "her", "his", "one", op="?"),
         _in("left", "right", "good", "bad", op="?"), _rx(r"^(eye|eyes|eyeball|vision|sight|glasses|specs|lens|lenses)$")],
        [_in("see", "seeing", "sees", "looking", "look", "looks"), _in("like", "as"), _in("if", op="?"),
         _in("it", "it's", "its", "'s", "is", "everything", "i'm", "im", op="*"),
         _in("through", "thru", "behind", "under"), *_gap(2),
         _in("milk", "water", "fog", "mist", "smoke", "steam", "glass", "net", "curtain", "veil", "gauze", "cloud",
             "jelly", "oil", "window", "windows", "frosted")],
        # "seeing everything through a haze in one eye"
        [_in("see", "seeing", "sees", "everything", "vision", "sight"), *_gap_in_sentence(2), _in("through", "thru"),
         _in("a", "the", "some", "this", op="?"), _rx(r"^(haze|fog|mist|film|blur|cloud|smog|veil|fuzz)$"),
         _in("in", "with", "out", "of", "from"), _in("one", "my", "her", "his", "the", "that", "this", "left", "right", "both", op="*"),
         _in("eye", "eyes")],
        # "I see everything is not clear" (a learner's wording), "things aren't sharp any more"
        [_in("see", "seeing", "sees"), _in("everything", "things", "all"), _in("is", "are", "'s", op="?"),
         _in("not", "n't", "no", "nt"), _in("clear", "clearly", "sharp", "right", "normal", "focused", "proper")],
        # "I see everything two times", "seeing things twice", "only seeing half of things"
        [_in("see", "seeing", "sees"), _in("everything", "things", "it", "all", op="*"), _in("twice", "two", "2"),
         _in("times", "time", "x", op="?")],
        [_in("see", "seeing", "sees"), _in("only", "just", op="?"), _in("half")],
        # "the bottom half is black" (half of what is seen; not "the top has gone black", a scab)
        [_in("half"), _in("of", op="?"), _in("it", "everything", "things", "my", "vision", "sight", op="*"),
         _in("is", "'s", "has", "gone", "went", "just", "completely", "all", op="+"),
         _in("black", "dark", "blank", "missing", "grey", "gray", "blacked")],
        # "my eye is not see good" (a learner's wording), "I'm not seeing properly"
        [_in("not", "no", "dont", "don't", "cannot", "cant"), _in("see", "seeing", "sees"),
         _in("good", "well", "properly", "proper", "clear", "clearly", "right", "normal", "normally")],
        [_rx(r"^(patch|bit|part|chunk|piece|section|half|bottom|top|side|corner|edge|middle|centre|center)$"),
         _in("of"), _in("my", "the", "her", "his", "your", op="?"), _in("sight", "vision")],
        # "like looking through a net curtain", "the room looks dark on one side"
        [_in("looking", "look", "see", "seeing", "peering", "looks"), _in("through", "thru"), *_gap(3),
         _in("curtain", "net", "fog", "mist", "veil", "smoke", "water", "cling", "vaseline", "gauze", "tank", "aquarium",
             "jellyfish", "frosted", "glass", "bubble", "cloud", "steam", "haze", "dirty", "greasy", "murky", "steamy",
             "misty", "foggy", "milk", "milky", "cloudy", "smeared", "smeary", "steamed", "mirror", "bathroom")],
        [_in("like", "frosted"), *_gap(2), _in("frosted", "glass", "tank", "aquarium", "jellyfish", "porthole"),
         _in("glass", "window", "tank", op="?"), _in("in", "over", "across", "with"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyes", "vision", "sight")],
        [_in("room", "everything", "world", "telly", "tv", "screen", "things"),
         _in("looks", "look", "seems", "seem", "went", "gone", "has", "is", "'s", "s", "all", "got", "getting", op="+"),
         _in("dark", "dim", "darker", "dimmer", "grey", "gray", "blurry", "fuzzy", "wobbly", "wavy", "smeared",
             "smeary", "smudged", "smudgy", "hazy", "foggy", "misty", "cloudy", "distorted", "warped", "bent", "soft",
             "grainy", "milky", "murky", "melted", "snowy", "faded")],
        # "can't see from my left eye", "cnt see out of it"
        [_rx(r"^(cant|cannot|couldnt|cnt|cudnt)$"), _in("see"), _in("from", "out", "with", "through", "thru", "outta"),
         *_gap(3), _rx(r"^(eye|eyes|it)$")],
        [_rx(r"^(ca|can|could)$"), _in("n't", "nt", "not"), _in("see"),
         _in("from", "out", "with", "through", "thru", "outta"), *_gap(3), _rx(r"^(eye|eyes|it)$")],
        [_in("blind"), _in("spot", "spots", "patch", "bit")],
        # "the telly looks like it's underwater", "like someone smeared vaseline over half of what I see"
        [_in("looks", "look", "looked", "seems", "like", "appears", "appear", "appeared"), _in("like", "to", op="?"),
         _in("be", op="?"), *_gap(2), _in("underwater", "vaseline", "fog", "mist", "smoke", "cling")],
        [_in("vaseline", "grease", "cling", "film", "smear", "smeared", "smudge"), *_gap(5),
         _in("see", "vision", "sight", "seeing")],
        [_rx(r"^(eye|eyes|vision|sight)$"), _in("went", "gone", "going", "goes", "has", "is", "'s", "just", "keeps", "keep",
                                                "kept", "all", op="+"),
         _in("dark", "black", "grey", "gray", "blurry", "cloudy", "dim", "blank", "grainy", "snowy", "soft", "milky",
             "murky", "misty", "foggy", "hazy", "fuzzy", "smeary", "wobbly", "weird", "funny", "strange", "wavy")],
        [_in("gone", "going", "go", "went"), _in("a", "bit", "little", "half", "partly", "partially", "kind", "sort", "of", "kinda", "sorta", op="*"),
         _in("blind")],  # "I've gone a bit blind in one eye lol" (session 47, spent v26)
        # "can no longer read the subtitles with her left eye", "can't read anything out of it"
        *[[*cannot, _in("longer", op="?"), _in("read", "see"), *_gap(4), _in("with", "out", "from", "through"),
           _in("of", op="?"), _in("my", "her", "his", "the", "that", "this", "left", "right", op="*"),
           _rx(r"^(eye|eyes|it)$")] for cannot in CANNOT],
        # "can't get my eye to focus", "my eye won't focus", "everything's out of focus"
        *[[*cannot, _in("get", op="?"), _in("my", "the", "her", "his", "that", "this", "left", "right", op="*"),
           _in("eye", "eyes"), _in("to", op="?"), _rx(r"^(focus|focusing|focussing)$")] for cannot in CANNOT],
        *[[_in("eye", "eyes", "vision", "sight"), *cannot, _rx(r"^(focus|focusing|focussing)$")] for cannot in CANNOT],
        [_in("everything", "things", "vision", "sight", "eye", "eyes", "world"), *_gap(3), _in("out"), _in("of"),
         _in("focus")],
        [_in("print", "words", "letters", "text", "writing", "page"), *_gap(4),
         _rx(r"^(swim\w*|blur\w*|jump\w*|wobbl\w*|danc\w*|double|doubled|doubling|fuzzy|wavy|bent|bendy|overlap\w*|melted"
             r"|mush|smudged|smeared|faded)$")],
        # "the colours have gone washed out and faded in one eye"
        [_in("colours", "colors", "colour", "color"), _in("have", "has", "'ve", "are", "is", "gone", "look", "looks", "all", "seem", op="*"),
         _in("washed", "faded", "dull", "drained", "muted", "grey", "gray", "weird", "wrong", "off")],
        # "the colours from that eye look washed out"
        [_in("colours", "colors"), *_gap_in_sentence(4), _in("look", "looks", "seem", "seems", "are", "gone"),
         _in("washed", "faded", "dull", "drained", "muted", "grey", "gray")],
        [_rx(r"^(cannot|cant|can't|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("make"),
         _in("the", "any", op="?"), _in("words", "letters", "print", "anything", "faces", "text"), _in("out")],
        # "the world looks like an old telly with snow on it", "like TV static"
        [_in("telly", "tv", "television"), _in("with", op="?"), _in("snow", "static", "fuzz", "interference")],
        [_in("old"), _in("telly", "tv", "television")],
        [_in("snow", "static"), _in("on"), _in("it", "everything")],
        # "words on my laptop kind of swim and wobble when I read", "the letters dance"
        [_in("words", "letters", "text", "print", "writing"), *_gap_in_sentence(5),
         _rx(r"^(swim|swims|swimming|swam|swum|wobble|wobbles|wobbling|wobbled|dance|dances|dancing|danced|shimmer\w*|wiggl\w*)$")],
        # session 34 (tuning_137): "everything was coming at me twice", "the road signs looked like two of each", "the coins
        # look smeared", "the fairy lights had streaks coming off them"
        [_in("everything", "things", "everyone", "stuff"), _in("was", "is", "were", "are", "kept", "keeps", op="*"),
         _rx(r"^(coming|came|looked|looks|looking|appeared|appearing|showing|showed)$"), _in("at", "up", op="?"), _in("me", op="?"),
         _in("twice", "double", "doubled")],
        [_in("like", "looked", "looks", "look", "seeing", "saw", "see"), _in("two", "2"), _in("of"), _in("each", "everything")],
        [_in("coins", "words", "numbers", "letters", "faces", "signs", "text", "print", "writing", "menu", "screen"),
         _in("look", "looks", "looked", "are", "were", "all", "went", "gone", op="+"),
         _rx(r"^(smeared|smeary|smudged|smudgy|blurred|blurry|fuzzy)$")],
        [_in("lights", "lamps", "headlights", "bulbs", "candles"), *_gap_in_sentence(3), _in("streaks", "streaky", "halos", "haloes", "starbursts")],
        # session 34 (tuning_144): sight told through a scene, with no word of sight: "two of every stitch on the needle", "every peg
        # on the line has grown a twin", "the ball ... turns into a pair of them", "everything's got a second outline", "42 twice,
        # one stacked on the other", "her face was split in two", "the little squares are merging together", "greyed out", "a grey
        # mush", "like wet ink that's run", "like steam on a bathroom mirror over the left side", "like heat coming off a road",
        # "going dark from the edges inward", "my reflection has a dark patch in it", "the screen has a dark spot right in the middle"
        [_in("two", "2"), _in("of"), _in("every", "each")],
        [_in("grown", "got", "has", "have", "had", "with"), _in("a"), _in("twin", "twins")],
        [_rx(r"^(turns|turned|turning|turn|coming|came|comes|appearing|appeared)$"), *_gap_in_sentence(3), _in("a"), _in("pair")],
        [_in("second", "extra", "ghost"), _in("outline", "outlines", "image", "copy")],
        [_in("stacked", "overlapping", "overlapped"), _in("on", "over"), _in("the", "each", "top", op="*"), _in("other", "of")],
        [_in("says", "reads"), *_gap_in_sentence(2), _in("twice")],
        [_in("split"), _in("in", "into"), _in("two", "half")],
        [_rx(r"^(merging|merged|merge|merges|blending|blended)$"), _in("together", "into")],
        [_in("swimmy")],
        # "the needle has 2 eyes now", "the eye of it has simply vanished" (a needle's eye), "keys sliding out of shape"
        [_in("needle", "needles"), _in("has", "'s", "got", "have"), _in("2", "two"), _in("eyes")],
        [_in("eye"), _in("of"), _in("it", "the"), _in("needle", op="?"), _in("has", "had", "'s", "is", op="?"),
         _in("simply", "just", "completely", "totally", op="?"), _in("vanished", "disappeared")],
        [_in("sliding", "slides", "slid"), _in("out"), _in("of"), _in("shape")],
        [_in("wobbling", "wobbly", "wobble"), _in("and", "&"), _in("merging", "blurring", "swimming")],
        [_in("crossed"), _in("over"), _in("like"), _in("an", "a"), _in("x", "cross")],
        [_in("greyed", "grayed", "whited"), _in("out")],
        [_in("grey", "gray"), _in("mush", "fog", "haze", "smudge", "blur")],
        [_in("colours", "colors"), _in("gone", "disappeared", "faded", "drained")],
        [_in("like"), _in("wet"), _in("ink")],
        [_in("like"), _in("steam", "condensation"), _in("on", "over"), *_gap(3), _in("mirror", "glass", "window")],
        [_in("heat"), _in("coming", "rising"), _in("off", "from"), _in("a", "the"), _in("road", "tarmac", "pavement")],
        [_in("going", "gone", "went", "goes"), _in("dark", "black", "grey", "gray"), _in("from"), _in("the"), _in("edges", "sides", "outside")],
        [_in("reflection", "mirror"), *_gap_in_sentence(3), _in("dark", "black", "grey", "gray"), _in("patch", "spot", "smudge", "blob")],
        [_in("screen", "page", "picture", "telly", "tv"), _in("has", "had", "got"), _in("a"), _in("dark", "black", "grey", "gray"),
         _in("spot", "patch", "blob", "smudge")],
        # "the cursor keeps disappearing whenever it goes to the left of the screen" (kept only beside the eye: signs.red_flag_spans)
        [_rx(r"^(disappear|disappears|disappearing|disappeared|vanish|vanishes|vanishing|vanished)$"), *_gap_in_sentence(6),
         _in("left", "right")],
        # "one eye now sees everything with a kind of shimmer, like looking over a hot road"
        [_in("sees", "see", "seeing", "vision", "sight"), *_gap_in_sentence(5),
         _rx(r"^(shimmer\w*|hazy|wavy|wobbly|warped|distorted|wiggly)$")],
        # "when I look at the light switch there's two of them", "I see two of everything"
        [_in("there"), _in("'s", "is", "are"), _in("two", "2"), _in("of"), _in("them", "it", "everything")],
        [_in("see", "seeing", "saw", "sees"), _in("two", "2"), _in("of"), _in("them", "it", "everything", "you", "him", "her")],
        *SCENE_SIGHT,  # session 35: sight told through a scene (milia/safety/scene_sight.py)
    ],
    # ---- emergencies (TIER_OF) ----
    "RF_EYE_INJURY": [
        # session 41 (spent v20, tuning_254): "I've stuck it in the corner of my eye", "the needle ended up in my eye", "a fragment of the
        # little metal tool chipped off and I think it's on my eyeball", "poking your own eye with a comedone extractor", "se pinchó el ojo"
        [_in("stuck", "stabbed", "jabbed", "poked"), _in("it", "myself", "the", "a", "her", "him", op="?"), _rx(RX_TOOL, op="?"), _in("in", "into"),
         _in("the"), _in("corner"), _in("of"), _in("my", "her", "his", "the"), _in("eye", "eyeball")],
        [_in("entered", "pierced", "penetrated", "punctured"), _in("my", "her", "his", "the", "their"),
         _in("husband", "wife", "son", "daughter", "mum", "mom", "dad", "father", "mother", "partner", "child", "sister", "brother", "friend", "own",
             op="?"), _in("'s", op="?"),
         _in("eye", "eyeball")],  # "A needle has entered my husband's eye" (tuning_275)
        [_in("ended", "end", "ends", "wound", "finished"), _in("up"), _in("in", "into", "on"), _in("my", "her", "his", "the"), _in("eye", "eyeball")],
        [_in("'s", "its", "is", "stuck", "lodged", "sitting", "sat"), _in("on", "in"), _in("my", "her", "his", "the"), _in("eyeball", "eyeballs")],
        [_in("poking", "stabbing", "jabbing", "scratching", "spiking"), _in("your", "my", "her", "his"), _in("own"), _in("eye", "eyeball")],
        # session 52 (tuning_653): "The eye is bloodshot with a visible scratch across the surface"
        [_in("scratch", "graze", "scrape"), _in("across", "over"), _in("the"), _in("surface")],
        # session 52 (tuning_645): "she say the eye is scratch, is red and she feel something inside it"
        [_in("eye", "eyeball"), _in("is", "'s", "was", "got", "get", "been"), _in("scratch", "scratched", "scrached", "scratchd", "injured", "injure",
                                                                             "damaged", "damage")],
        [_in("poked", "jabbed", "stabbed", "pricked", "nicked"), _in("it", "myself", op="?"), _in(".", ","), _in("eye", "eyeball"), _in(".", ",", "!")],
        [_in("eye", "eyeball"), _in("is", "'s", "feels"), _in("literally", "actually", "totally", op="?"), _in("cooked", "wrecked", "destroyed", "mashed", "ruined",
                                                                                                        "fried", "busted")],  # "eye is cooked" (tuning_271)  # "poked it. eye. with the lancet"
        [_in("pinche", "pinché", "pincho", "pinchó", "clavé", "clavó"), _in("el", "mi"), _in("ojo")],
        # session 40 (spent v19): "Eye now bleeding a tiny bit from the white part" after a needle slipped
        [_in("eye", "eyeball"), _in("now", "is", "'s", "started", "keeps", op="*"), _in("bleeding", "bleeds", "bled")],
        [_in("bleeding", "bleeds", "bled", "blood"), *_gap_in_sentence(4), _in("from", "in", "on"), _in("the"), _in("white")],
        # session 39, second round (tuning_223): "I just got my own eye with the needle", "it touch my eye", "Eyeball got caught by
        # the comedone loop", "he's caught the eye with it", "picking my milia ... with her nails and got my eye"
        [_in("got", "caught", "hit", "nicked", "jabbed", "poked", "scratched"), _in("my", "her", "his", "your"), _in("own"), _in("eye", "eyeball")],
        [_in("it"), _in("touch", "touched", "scratched", "poked", "nicked", "jabbed", "pierced", "stabbed"), _in("my", "the", "her", "his"),
         _in("eye", "eyeball")],
        [_in("eyeball", "cornea"), _in("got", "was", "has", "been", op="*"),
         _in("caught", "nicked", "jabbed", "poked", "hit", "grazed", "stabbed", "scratched", "spiked", "pricked"), _in("by", "with", "on")],
        [_in("caught", "nicked", "hit", "got", "scratched", "poked", "jabbed"), _in("the", "his", "her", "my"), _in("eye", "eyeball"), _in("with"),
         _in("it", "the", "a", "his", "her", "my")],
        [_in("and"), _in("got", "caught", "nicked", "scratched", "jabbed", "poked"), _in("my", "her", "his"), _in("eye", "eyeball")],
        # session 47 (spent v26): "ended up nicking the eye itself", "scratched the eyeball itself"
        [_in("nicking", "nicked", "scratching", "scratched", "catching", "caught", "poking", "poked", "jabbing", "jabbed", "stabbing", "stabbed"),
         _in("the", "my", "her", "his"), _in("eye", "eyeball"), _in("itself")],
        # session 39 (spent v18, tuning_220): "the pen slipped off my eyelid onto the eye", "I touch my eye by mistake", "a small cut on
        # the surface of my eye", "a tiny red dot near the iris", "sharp thing in eye", "eye feels full of grit"
        [_in("slipped", "slid", "jumped", "skidded", "went", "bounced"), _in("off"), _in("my", "the", "her", "his"),
         _in("eyelid", "lid", "skin", "milium", "milia", "spot", "bump", "lashes"), _in("and", op="?"), _in("onto", "into", "on"),
         _in("the", "my", "her", "his"), _in("eye", "eyeball")],
        [_in("touch", "touched", "hit", "poke", "poked", "scratch", "scratched", "nick", "nicked", "prick", "pricked", "jab", "jabbed"),
         _in("my", "the", "her", "his"), _in("eye", "eyeball"), _in("by"), _in("mistake", "accident")],
        [_in("wound", "cut", "scratch", "nick", "graze", "mark", "hole", "tear", "streak", "line", "dot"), _in("on", "in", "across", "over"),
         _in("the"), _in("surface", "front"), _in("of"), _in("my", "her", "his", "the", "that"), _in("eye", "eyeball")],
        [_in("dot", "spot", "mark", "blotch", "patch", "line", "streak", "scratch", "cut", "nick"),
         _in("near", "by", "beside", "on", "over", "across", "next", "around", "at"), _in("to", op="?"), _in("the", "my", "her", "his"),
         _in("iris", "pupil")],
        [_rx(RX_TOOL), _in("in", "into"), _in("the"), _in("white", "whites", "coloured", "colored"), _in("bit", "part", op="?"), _in("of"),
         _in("my", "the", "her", "his"), _in("eye", "eyeball")],
        [_in("scratch", "cut", "graze", "mark", "line", "nick"), _in("across", "on", "over"), _in("the"), _in("front", "surface"), _in("of"),
         _in("it")],  # "one eye is red with a scratch across the front of it" (spent v18; kept only beside the eye: signs.red_flag_spans)
        [_in("sharp", "pointy"), _in("thing", "bit", "piece"), _in("in", "stuck"), _in("in", op="?"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyeball")],
        [_in("eye", "eyeball"), _in("feels", "is", "feel", "'s"), _in("like", op="?"), _in("it", op="?"), _in("'s", "is", op="?"),
         _in("full"), _in("of"), _in("grit", "sand", "glass", "gravel", "grains")],
        # session 37, fourth round (tuning_192): "pin went against my eye", "eyeball contact with sewing needle", "made contact with
        # my cornea", "my nail dug into the eye itself", "jammed it against his eye", "the tweezer tips met my eyeball", "a mark on
        # the white"
        [_in("went", "pressed", "jabbed", "knocked", "bumped", "jammed", "pushed"), _in("it", op="?"), _in("right", "straight", "hard", op="?"),
         _in("against", "into"), _in("my", "the", "her", "his"), _in("eye", "eyeball")],
        [_in("eyeball", "eye", "cornea"), _in("contact")],
        [_in("contact"), _in("with"), _in("my", "the", "her", "his"), _in("eye", "eyeball", "cornea")],
        [_in("dug", "jabbed", "caught", "scraped", "went", "pushed", "stuck"), _in("into", "in"), _in("the", "my", "her", "his"), _in("eye", "eyeball"),
         _in("itself")],
        [_in("met", "touched", "grazed", "brushed", "nicked"), _in("my", "the", "her", "his"), _in("eyeball", "cornea")],
        [_in("tip", "tips", "needle", "pin", "point", "tweezers", "lancet", "extractor", "nail"), _in("met", "touched", "grazed", "brushed"),
         _in("my", "the", "her", "his"), _in("eye")],
        [_in("mark", "scratch", "cut", "nick", "graze", "line", "dot"), _in("on"), _in("the"), _in("white")],
        # session 37 (spent v16, tuning_180): "my eye got caught by the extractor tool", "eyeball injured by my own tweezers", "the
        # tweezer tip went onto the eye", "a red streak across the white", "a little wound on the white of my eye", "a tiny mark
        # on the coloured part"
        [_in("my", "her", "his", "the"), _in("eye", "eyeball"), _in("got", "was", "has", "'s", "been", "had", op="*"),
         _in("caught", "nicked", "jabbed", "poked", "hit", "grazed", "stabbed", "scratched", "spiked", "pricked"), _in("by", "with", "on")],
        [_in("eyeball", "eye", "cornea"), _in("is", "was", "got", "been", "has", op="*"),
         _in("injured", "damaged", "punctured", "nicked", "cut", "gashed", "pierced"), _in("by", "with", "from")],
        [_in("went", "slipped", "landed", "jabbed", "skidded", "caught", "poked"), _in("onto", "on"), _in("the", "my", "her", "his"), _in("eyeball", "eye")],
        [_in("wound", "cut", "scratch", "nick", "graze", "mark", "hole", "tear", "streak", "line", "blob", "spot", "patch", "dot"),
         _in("on", "in", "across", "over", "through"), _in("the"), _in("white", "whites", "coloured", "colored"), _in("of"),
         _in("my", "her", "his", "the", "that"), _in("eye", "eyeball")],
        [_in("wound", "cut", "scratch", "nick", "graze", "mark", "hole", "tear", "streak", "line", "blob", "spot", "patch", "dot"),
         _in("on", "in", "across", "over", "through"), _in("the"), _in("coloured", "colored", "clear", "white"), _in("part", "bit")],
        [_in("red", "blood", "bloody", "dark"), _in("streak", "line", "patch", "spot", "mark", "blotch", "smear", "dot"), _in("across", "on", "in", "over"),
         _in("the", "my", "her", "his"), _in("white", "whites")],
        # "when the plasma pen touches your eyeball by mistake" (session 36, tuning_171; not "caught my eye")
        [_in("pen", "tool", "tip", "needle", "pin", "lancet", "tweezers", "device", "laser", "extractor", "loop"),
         _in("touches", "touched", "touching", "hits", "hit", "burns", "burnt", "burned", "zaps", "zapped", "scratches", "scratched"),
         _in("your", "my", "the", "her", "his"), _in("eyeball", "eye", "cornea")],
        # session 36 (tuning_171): "how do you get a bit of needle out of your eye? The tip snapped"
        [_in("bit", "piece", "tip", "end", "shard"), _in("of"), _in("the", "a", "my", op="?"), _rx(RX_TOOL), _in("out", op="?"),
         _in("of", "in", "inside", "stuck"), _in("your", "my", "the", "her", "his"), _in("eye", "eyeball")],
        # session 36 (followups/tuning_57): "a piece of gravel rolling around under the lid every time I blink", "every blink is
        # like sandpaper going over it"
        [_in("gravel", "grit", "sand", "glass", "sandpaper", "stone", "splinter", "shard", "pebble"), *_gap_in_sentence(8),
         _in("every", "each", "whenever"), _in("time", op="?"), _in("i", "she", "he", op="?"), _rx(r"^(blink|blinks|blinking)$")],
        [_in("every", "each"), _in("blink"), _in("is", "feels", "'s"), _in("like"), _in("a", op="?"),
         _in("sandpaper", "gravel", "glass", "sand", "knives", "razors", "needles", "grit")],
        # session 36 (spent v15): "OMG my eye!!! the pin" (a cry across the stop: sign_words.read_match), "the pin accidentally
        # went into it" (kept only after the eye is named: sign_words.read_match)
        [_in("my", "her", "his"), _in("eye", "eyeball"), {"IS_PUNCT": True, "OP": "+"}, _in("the", "that", "a", "my", op="?"), _rx(RX_TOOL)],
        [_rx(RX_TOOL), _in("accidentally", "just", "then", "actually", "somehow", "right", "straight", op="*"),
         _in("went", "slipped", "poked", "jabbed", "stabbed", "got", "slid"), _in("into", "in"), _in("it")],
        # session 35 (spent v14): "the lance went straight through my eyelid and into the eye underneath", "the needle caught the
        # edge of my eye"
        [_in("through"), _in("my", "the", "her", "his"), _in("upper", "lower", "top", "bottom", op="?"), _in("eyelid", "lid"),
         _in("and", op="?"), _in("into", "in"), _in("the", "my", "her", "his"), _in("eye", "eyeball")],
        [_rx(RX_TOOL), _in("caught", "grazed", "scraped", "scratched", "touched", "hit"), _in("the"),
         _in("edge", "white", "rim", "surface"), _in("of"), _in("my", "the", "her", "his"), _in("eye", "eyeball")],
        # session 32 (v11, spent): "needle touch inside my eye"
        [_in("touch", "touched", "touches", "touching"), _in("inside", "into"), _in("my", "the", "her", "his"), _in("eye", "eyeball")],
        # session 32 (tuning_121): "the needle did slip and touch my eye"
        [_in("slip", "slipped", "slid", "slips"), _in("and", "then", "did", "to", "it", "just", "right", "up", "down", op="*"),
         _in("touch", "touched", "hit", "caught", "nicked", "grazed", "scratched", "poked", "jabbed", "stabbed"), _in("my", "the", "her", "his"),
         _in("eye", "eyeball")],
        # session 31 (tuning_108): "eye scratched by pin pls what do i do"
        [_in("eye", "eyeball", "eyes"), _in("got", "was", "is", "'s", "been", "has", "just", op="*"),
         _rx(r"^(scratched|pierced|poked|stabbed|jabbed|punctured|spiked)$"), _in("by", "with", "from")],
        # "I think I abraded my cornea with the lancet", "a small red puncture mark on my sclera", "foreign body sensation"
        [_rx(r"^(abrad\w*|abrasion|abrasions|scratched|scratch|scraped|nicked|punctured|puncture|cut|torn|tore|hurt)$"),
         _in("my", "the", "her", "his", op="?"), _in("cornea", "corneas", "sclera", "iris", "conjunctiva")],
        [_in("puncture", "cut", "scratch", "mark", "hole", "nick", "wound", "tear", "bleed"), *_gap(3), _in("on", "in", "across"),
         _in("my", "the", "her", "his"), _in("sclera", "cornea", "iris", "conjunctiva", "eyeball")],
        [_in("corneal"), _in("abrasion", "scratch", "injury", "damage")],
        # "I make a small hole in my eye by accident with the needle"
        [_in("hole", "holes", "puncture", "gash"), _in("in", "into"), _in("my", "the", "her", "his", "your"),
         _in("actual", "own", "left", "right", op="?"), _in("eye", "eyeball")],
        [_in("foreign"), _in("body"), _in("sensation", "feeling")],
        # session 33 (tuning_129): "it caught my eye, the coloured bit I think"
        [_in("eye", "eyeball"), _in(",", "-", "...", op="?"), _in("the"), _in("coloured", "colored"), _in("bit", "part")],
        # session 33 (followups/tuning_44): "it feels like something sharp every time I blink"
        [_in("something", "summat", "sth"), _in("sharp", "scratchy", "gritty", "stuck", "stabbing", "pricking", "poking"), *_gap_in_sentence(3),
         _in("every", "each", "whenever", "when"), _in("time", op="?"), _in("i", "she", "he", "you", op="?"), _rx(r"^(blink|blinks|blinking)$")],
        # "slipped right onto the white bit", "touched the coloured bit", "caught the actual ball of it", "the bit you
        # see with" (kept only beside the eye or lid: signs.red_flag_spans)
        [_rx(r"^(went|slipped|slid|touched|touch|caught|catch|nicked|hit|poked|scratched|scraped|jabbed|stabbed|grazed)$"),
         _in("right", "straight", "just", op="?"), _in("onto", "into", "on", "in", "across", op="?"), _in("the", "my"),
         _in("actual", "very", op="?"), _in("white", "coloured", "colored", "ball", "black", "clear"),
         _in("bit", "part", "bits", "of", "it")],
        [_in("the"), _in("bit", "part", "thing"), _in("you", "u", "i"), _in("see", "look"), _in("with", "through", "out")],
        # "nicked it. not the lid. the bit in the middle", "It went in a bit. Not the skin." (kept only after a
        # slip or a nick near the eye: signs.red_flag_spans)
        [_in("not"), _in("the"), _in("skin", "lid", "eyelid")],
        # "the black bit isn't round anymore" (the pupil; kept only beside the eye or lid: signs.red_flag_spans)
        [_in("black"), _in("bit", "part", "circle", "dot", "middle"), *_gap_in_sentence(3),
         _in("round", "circular", "shape", "shaped", "oval", "wonky", "bigger", "smaller", "huge", "tiny")],
        # "the pupil on that side has gone a weird shape, like a keyhole"
        [_in("pupil", "pupils"), *_gap_in_sentence(8),
         _rx(r"^(shape|shaped|size|bigger|smaller|different|keyhole|oval|irregular|wonky|uneven)$")],
        # "it went in further than I meant, right into the corner of the eye"
        [_in("went", "gone", "slipped", "jabbed", "poked", "stabbed", "pushed"), *_gap_in_sentence(8), _in("into"),
         _in("the", "my"), _in("corner"), _in("of"), _in("the", "my"), _in("eye", "eyeball")],
        # "feels like something is scratching it", "it scratches every time I move my eye"
        [_in("something"), _in("is", "'s", op="?"), _in("scratching", "scraping"), _in("it", "my")],
        [_rx(r"^(scratch|scratches|scratching|scrapes|scraping)$"), _in("every", "each", "whenever"), _in("time", op="?"),
         _in("i", op="?"), _rx(r"^(move|moves|blink|blinks|blinking|close|open)$")],
        # session 34 (tuning_142): "daughter was doing my lid with a safety pin i flinched and it got my eye" (not "caught my eye")
        [_in("flinched", "slipped", "moved", "jerked", "twitched"), _in("and", op="?"), _in("it", "she", "he"), _in("got", "hit", "nicked", "clipped", "scratched"),
         _in("my", "the"), _in("eye", "eyeball")],
        # "with my compass point ... i think i got my eye"
        [_in("i", "she", "he", "they", "we"), _in("think", "reckon", "might", "may", "must", op="*"),
         _in("i", "she", "he", "they", "we", op="?"), _in("got", "caught", "hit", "nicked", "clipped"), _in("my", "her", "his", "the"),
         _in("eye", "eyeball"), {"LOWER": {"NOT_IN": ["on"]}, "OP": "?"}],
        # "looked at my eye and said I've probably scratched it with the tweezers" (kept only after the eye
        # itself is named earlier in the sentence: signs.red_flag_spans)
        [_rx(r"^(scratched|scraped|poked|jabbed|stabbed|pierced|punctured|nicked|pricked|grazed|cut|caught)$"), _in("it"),
         _in("with"), _in("the", "a", "my", "her", "his", "those", "that", op="?"),
         _rx(r"^(tweezers?|needles?|pins?|lancets?|nails?|fingernails?|extractors?|tools?|blades?|scissors)$")],
        [_rx(r"^(went|gone|go|goes|slipped|slip|poked|poke|poking|jabbing|jabbed|stabbed|caught|scratched|scraped|enter|entered|enters"
             r"|pierced|punctured|nicked|hit|stuck|scratch|cut|scrached|scrachd|scratchd|scrathed|scracthed|scrtached|stab|jab|prick|struck"
             r"|grazed|clipped|pricked|puncture|pierce|bounced|skidded|flicked|gouged|gouge|gouging)$"),
         _in("straight", "right", "clean", "strait", "stright", "up", op="?"),
         _in("in", "into", "my", "the", "her", "his", "white", "of", "right", "left", "actual", "myself", "part", "bit", "your", "ur",
             "herself", "himself", "yourself", "themselves", "me", "him", "them", "corner", "inner", "outer",
             "inside", "surface", "coloured", "colored", "front", op="*"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(RX_TOOL), _in("in", "into"), _in("my", "the", "her", "his", "your", "right", "left", op="*"),
         _rx(r"^(eye|eyeball|cornea)$")],
        # "the other eye got scratched by my tweezers", "my eye was poked with the pin"
        [_rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$"), _in("got", "was", "were", "is", "'s", "has", "had", "have"), _in("been", op="?"),
         _in("a", "bit", "little", "slightly", "tiny", op="*"),  # "my eye got a bit scratched" (session 34)
         _in("scratched", "poked", "stabbed", "pierced", "jabbed", "nicked", "cut", "grazed", "scraped", "punctured", "pricked")],
        # "it went into the model's eye", "slipped into my client's eye"
        [_rx(r"^(went|gone|slipped|jabbed|poked|stabbed|pushed|stuck|scratched|caught)$"), _in("straight", "right", op="?"),
         _in("in", "into"), _in("the", "my", "her", "his", "a", "our", "their"),
         _in("model", "client", "customer", "patient", "friend", "mate", "daughter", "son", "sister", "brother", "mum", "mom", "dad",
             "husband", "wife", "partner", "boyfriend", "girlfriend", "baby", "child", "kid", "gran", "nan", "cousin"), _in("'s", "s"),
         _rx(r"^(eye|eyes|eyeball|cornea)$")],
        # "I catch the eye with it and now there's a little cut on the white part"
        [_rx(RX_EYE_WORD), *_gap_in_sentence(12), _in("cut", "scratch", "nick", "graze", "scrape", "mark"), _in("on", "in", "across"),
         _in("the", "my"), _in("white")],
        [_in("catch", "catches", "catching"), _in("the", "my", "her", "his"), _in("eye", "eyeball"), _in("with")],
        # "it went into the pink bit in the corner, now the eye is bloodshot", "a burnt feeling on the actual eye"
        # (kept only beside the eye: signs.red_flag_spans)
        [_rx(r"^(went|go|goes|slipped|jabbed|poked|stabbed|going)$"), _in("into", "in"), _in("the", "my", "her", "his"),
         _in("pink", "red", "inner", "wet"), _in("bit", "part", "corner")],
        [_rx(r"^(burnt|burned|scorched|singed|zapped|zap|zapping|fried)$"), *_gap_in_sentence(4), _in("actual", "eyeball", "cornea")],  # "zapped the edge of my actual eyeball" (session 34, v13)
        # session 34 (v13, spent): "Ow. Lancet. Eye. Help": a tool and the eye told in a cry, a word at a time
        [_rx(RX_TOOL), _in(".", "!", ",", "-", "in", "+", "...", op="+"), _in("eye", "eyeball"), _in(".", "!", ",", "-", "...", op="+"),
         _in("help", "ow", "ouch", "owww", "oww", "argh", "hurts", "bleeding")],
        # "ow my eye. got the needle in it" (kept only after the eye itself is named: signs.red_flag_spans)
        [_in("got", "stuck", "jabbed", "poked", "put", "shoved"), _in("the", "a", "my", "her", "his", op="?"), _rx(RX_TOOL),
         _in("in", "into"), _in("it")],
        # "squeezing milia round my eye and the pin went into it": "it" is the eye named just before
        [_rx(r"^(eye|eyeball)$"), _in("and"), _in("the", "a", "my", "her", "his", op="?"), _rx(RX_TOOL),
         _in("went", "slipped", "slid", "got", "jabbed", "poked"), _in("straight", "right", op="?"), _in("in", "into"), _in("it")],
        # "the pin touch the eye", "the needle touched my eyeball"
        [_rx(RX_TOOL), _rx(r"^(touch|touched|touches|touching|hit|hits|poke|pokes|scratch|scratches|went|go|goes)$"),
         _in("the", "my", "her", "his", "right", "left", "actual", op="*"), _rx(r"^(eye|eyeball|cornea)$")],
        # "scratched across my eye", "slipped onto my actual eye", "poke your own eye"
        [_rx(r"^(slipped|slid|scratched|scraped|caught|nicked|jabbed|poked|stabbed|dragged|skidded)$"),
         _in("right", "straight", "clean", "all", op="?"), _in("across", "onto", "over"), _in("my", "the", "her", "his", "actual", "own", "right", "left", op="*"),
         _rx(r"^(eye|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(damaged|injured|harmed|wrecked|ruined|busted)$"), _in("my", "the", "her", "his", "right", "left", "own", op="+"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(poke|poked|poking|jab|jabbed|stab|stabbed|scratch|scratched|hit|nick|nicked)$"),
         _in("your", "my", "her", "his"), _in("own"), _in("eye", "eyeball")],
        # "touched my eye ball", "a piece is in my eye", "burn on my actual eye", "went thru my eyelid"
        [_rx(r"^(touched|touching|touch|touches|hit|nicked|caught|scratched|burnt|burned|jabbed|poked|went|got|stabbed|pricked|pierced"
             r"|scraped|cut)$"), *_gap(3), _in("eye", "i"), _in("ball", "balls")],
        # "a tiny red dot on the coloured part of my eye", "a scratch line across the clear front of my eye",
        # "stuck the needle tip into the pink bit in the inner corner of my eye"
        [_in("red", "blood", "bloody"), _in("dot", "spot", "mark", "blotch", "patch", "speck", "line", "blob", "splodge", "splotch"),
         _in("on", "in", "across"),
         _in("the", "my", "her", "his", "white", "coloured", "colored", "clear", "front", "pink", "part", "bit", "of", op="*"),
         _in("eye", "eyeball")],
        [_rx(r"^(scratch|scratches|scrape|gash|graze|cut|nick)$"), _in("line", "mark", "lines", "marks", op="?"),
         _in("on", "in", "across"), _in("the", "my", "her", "his", "clear", "front", "coloured", "colored", "part", "of", "white", "bit",
                                           op="*"),
         _in("eye", "eyeball", "cornea")],
        [_rx(RX_TOOL), _in("tip", "point", "end"), _in("in", "into"),
         _in("the", "my", "her", "his", "pink", "bit", "inner", "outer", "corner", "of", "white", "part", "in", op="*"),
         _in("eye", "eyeball")],
        [_in("piece", "bit", "tip", "fragment", "splinter", "shard"), *_gap(3), _in("in", "stuck"),
         _in("my", "the", "her", "his"), _in("eye", "eyeball")],
        [_in("burn", "burns", "burnt", "burned"), _in("on", "in", "to"), _in("my", "the", "her", "his", op="?"),
         _in("actual", "own", op="?"), _in("eye", "eyeball")],
        # a chemical in the eye: "salicylic acid toner in my eye", "nail polish remover in my eye!!", "a peel pad wiped
        # right across my open eye" (not "in my eye area", "under my eye": sign_words.read_match)
        [_rx(RX_CHEMICAL), *_gap(4), _in("in", "into", "across", "onto"), _in("my", "the", "her", "his", "your", "me"),
         _in("open", "left", "right", op="?"), _in("eye", "eyes", "eyeball")],
        # "got some of my exfoliating toner in it" (the eye named before it: sign_words.read_match)
        [_in("got", "get", "splashed", "dripped", "went", "spilled", "spilt", "flicked", "ran"), *_gap(4), _rx(RX_CHEMICAL), *_gap(2),
         _in("in", "into"), _in("it")],
        # "the eye itself feels scorched" (a burn from a plasma pen or hot tool); "stuck under my upper lid"
        [_in("eye", "eyeball"), _in("itself", op="?"), _in("feels", "is", "'s", "was", "got", "looks", "felt", op="?"),
         _in("scorched", "burnt", "burned", "singed")],
        [_in("stuck", "lodged", "trapped"), _in("under", "behind"), _in("my", "the", "her", "his"),
         _in("upper", "lower", "top", "bottom", op="?"), _in("lid", "eyelid")],
        # "some got under the lens and now the eye is burning"
        [_in("got", "went", "seeped", "ran", "dripped", "trapped"), _in("under", "behind"), _in("the", "my", "her", "his"),
         _in("contact", op="?"), _in("lens", "lenses", "contact", "contacts")],
        [_rx(r"^(went|gone|go|goes|pushed|slipped|pierced|poked)$"), _in("through", "thru", "into"),
         _in("my", "the", "her", "his", op="?"), _in("eyelid", "lid")],
        [_rx(r"^(pierced|punctured|poked|stabbed|jabbed|pushed)$"), _in("my", "the", "her", "his"), _in("upper", "lower", "top", "bottom", op="?"),
         _in("eyelid", "lid"), _in("right", "straight", "all", "the", "way", op="*"), _in("through", "thru")],
        [_in("touched", "nicked", "hit", "scratched", "caught", "grazed"),
         _in("the", "my", "her", "his", "actual", "own", "right", "left", "white", "of", op="+"), _in("eye", "eyeball")],
        # "a red dot on the white part", "feels like an eyelash is stuck under my top lid", "grit under my lid"
        [_in("red", "blood", "bloody"), _in("dot", "spot", "mark", "blotch", "patch", "speck", "blob", "splodge", "splotch"), _in("on", "in"),
         _in("the", "my", "her", "his", op="?"), _in("actual", "own", op="?"), _in("white", "eyeball")],
        # "a tiny red dot on the actual eye" (not "on the eyelid")
        [_in("red", "blood", "bloody"), _in("dot", "spot", "mark", "blotch", "speck", "blob", "splodge", "splotch"), _in("on", "in"),
         _in("the", "my", "her", "his", op="?"), _in("actual", "own"), _in("eye")],
        [_in("grit", "sand", "eyelash", "lash", "hair", "something", "glass"), *_gap(3), _in("under", "in", "behind"),
         _in("my", "the", "her", "his"), _in("top", "upper", "lower", "bottom", op="?"), _in("lid", "eyelid", "eye")],
        # "blood in my eye", "bleeding from the eye", "a red pool on the white part"
        [_in("blood", "bleeding", "bleed", "bled"), _in("in", "on", "from", "inside"),
         _in("my", "the", "her", "his", "white", "of", "part", op="*"), _in("eye", "eyeball", "white")],
        # "my eye is full of blood" (the eye itself, not "the spot near my eye ...": see signs.red_flag_spans)
        [_in("eye", "eyeball"), _in("is", "'s", "looks", "has", "went", "gone", "filled", op="*"), _in("full", "filled"),
         _in("of", "with"), _in("blood")],
        # "Eye is bleeding from the corner" (the eye itself, not "the spot near my eye is bleeding": see detector)
        [_in("eye", "eyeball"), _in("itself", "underneath", "beneath", "below", op="?"), _in("is", "'s", "has", "keeps", "started", "was", "been", op="*"),
         _rx(r"^(bleeding|bleeds|bled|bleedin)$")],
        # "the needle went in. In my eye." (a fragment of its own: see detector)
        [_in("in", "into"), _in("my", "the", "her", "his"), _in("actual", "own", "left", "right", op="?"),
         _in("eye", "eyeball")],
        [_in("red", "blood"), _in("pool", "patch", "blotch", "splodge"), _in("on", "in", "over"),
         _in("my", "the", "her", "his", op="?"), _in("white", "eye", "eyeball")],
        [_rx(RX_TOOL), _rx(r"^(going|went|gone|goes|got|slipped|slipping)$"), _in("in", "into"),
         _in("my", "the", "her", "his", "right", "left", op="*"), _in("eye", "eyeball")],
        # "OMG the pin went in!" said just after a removal near the eye (kept only beside the eye, and only
        # when nothing follows "in" but the end of the sentence: signs.red_flag_spans)
        [_rx(RX_TOOL), _in("went", "gone", "going", "slipped", "slid", "jabbed"), _in("straight", "right", op="?"), _in("in")],
        [_in("it"), _in("went", "slipped", "slid", "jabbed"), _in("straight", "right", op="?"), _in("in")],
        # "got a sewing needle in the corner of my eye"
        [_in("got", "get", "gets", "getting", "stuck"), _in("a", "the", "my", "her", "his", "sewing", "safety", op="*"),
         _rx(RX_TOOL), _in("in", "into"),
         _in("the", "my", "her", "his", "corner", "inner", "outer", "of", "right", "left", op="*"), _in("eye", "eyeball")],
        # "my eyeball got nicked", "a scratch on my eye", "the white of my eye has a scratch on it"
        [_rx(r"^(eyeball|eyeballs|cornea)$"), *_gap(3),
         _rx(r"^(nicked|scratched|cut|pierced|poked|jabbed|stabbed|scraped|punctured|pricked|scratch|cut|nick|graze)$")],
        [_rx(r"^(scratch|scratches|cut|nick|gash|graze)$"), _in("on", "in", "across"),
         _in("my", "the", "her", "his", op="?"), _rx(r"^(eye|eyeball|cornea)$")],
        [_in("white"), _in("of"), _in("my", "the", "her", "his", op="?"), _in("eye", "eyes"), *_gap(4),
         _rx(r"^(scratch|scratched|scratches|cut|nick|nicked|blood|bleeding|scraped|graze|grazed)$")],
        [_rx(r"^(burnt|burned|burn|burns|zapped|singed)$"), _in("my", "the", "her", "his", "own", "right", "left", op="*"),
         _rx(r"^(eye|eyes|eyeball|eyeballs|cornea)$")],
        [_rx(r"^(jabbed|stabbed|poked|pricked|caught|scratched|nicked|cut)$"), *_gap(3),
         _rx(r"^(eyeball|eyeballs|cornea)$")],
        # "it hurts me eye to even look at the telly"
        [_rx(r"^(hurts?|stings?)$"), _in("me", "my", "the"), _in("eye", "eyes"), _in("to"), _in("even", "just", op="?"),
         _rx(r"^(blink|look|open|move)$")],
        [_rx(r"^(hurts?|painful|agony|stings?|sore)$"), _in("to", "when", "if", "every", op="?"), _in("i", "time", op="?"),
         _rx(r"^(blink|blinking|blinks|look|move)$")],
        [_rx(r"^(hurts?|painful|agony|stings?|sore)$"), _in("too", "so"), _in("much", "bad"), _in("to", "that"), _in("even", "i", op="*"),
         _in("can't", "cant", "ca", "n't", op="*"), _rx(r"^(blink|blinking|open|look)$")],
        # "sharp pain deep in the eye whenever I move it"
        [_rx(RX_PAIN), *_gap(4), _in("eye", "eyes", "eyeball"), *_gap(2), _in("when", "whenever", "if", "every"),
         _in("i", "time", op="?"), _in("i", op="?"), _rx(r"^(move|moves|moving|look|looking|roll|rolling|turn|turning)$")],
    ],
    "RF_EYE_SHUT": [
        # session 54 (spent v33): "the eye ah was pickin at the wee white spots on, it'll no open now" (Scots)
        [_in("it", "eye", "lid", "eyelid"), _in("'ll", "will", "wull", "ll"), _in("no", "nae"), _in("open")],
        [_in("it", "eye", "lid", "eyelid"), _rx(r"^(winnae|wullnae|willnae|wilnae)$"), _in("open")],
        # session 47 (spent v26): "I can only open my right eye. The left is shut tight since I dug out a milium"
        [_in("can", "could"), _in("only"), _in("open"), _in("my", "her", "his", "the", "one"), _in("left", "right", "good", "other", op="?"), _in("eye")],
        # session 42 (tuning_288): "Can't quite get my left eye open this morning, it's glued and swollen"
        [_rx(r"^(cant|can't|cannot|ca|can|could|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("quite", "really", "properly", "even"),
         _in("get", "prise", "force"), _in("my", "the", "her", "his", "that"), _in("left", "right", "upper", op="?"), _in("eye", "eyelid", "lid"),
         _in("open", "up")],
        # session 42 (spent v21): "trying for 10 minutes to open my left eye and it won't", "Trying to open my eye and nothing happens, lid
        # won't budge"
        [_in("open"), _in("my", "her", "his", "the", "that", "this"), _in("left", "right", op="?"), _in("eye", "eyes", "eyelid", "lid"), _in("and", "but"),
         _in("it", "the", "lid", "eyelid", op="*"), _rx(r"^(wont|won't|wouldnt|wouldn't|doesnt|doesn't)$")],
        [_in("open"), _in("my", "her", "his", "the", "that", "this"), _in("left", "right", op="?"), _in("eye", "eyes", "eyelid", "lid"), _in("and", "but"),
         _in("it", "the", "lid", "eyelid", op="*"), _in("wo", "would", "does", "will"), _in("n't", "not", "nt")],
        [_in("open"), _in("my", "her", "his", "the", "that", "this"), _in("left", "right", op="?"), _in("eye", "eyes", "eyelid", "lid"), _in("and", "but"),
         _in("nothing"), _in("happens", "happened", "happening")],
        [_in("eyelid", "lid"), _rx(r"^(wont|won't|wo|will|does|doesnt|doesn't)$"), _in("n't", "not", "nt", op="?"), _in("budge", "lift")],
        # session 41 (spent v20, tuning_255): "My eye has not opened since this morning", "My left eye has remained shut since this morning"
        [_in("eye", "eyes", "eyelid", "lid"), _in("has", "have", "had"), _in("not", "n't"), _in("opened")],
        [_in("eye", "eyes", "eyelid", "lid"), _in("has", "have", "had", op="?"), _in("remained", "stayed"), _in("shut", "closed")],
        [_in("ojo"), _in("no"), _in("se", op="?"), _in("abre", "puedo", "abrir")],  # "mi ojo no abre" (session 40, tuning_240)
        # session 40 (spent v19, tuning_236): "trying for ten minutes to open my eye and I can't", "eye would not open at all", "that
        # eye cannot be opened", "I can't get the eyelid to open"
        [_in("open"), _in("my", "her", "his", "the", "that", "this"), _in("left", "right", op="?"), _in("eye", "eyes", "eyelid", "lid"), _in("and", "but"),
         _in("i", "she", "he"), _rx(r"^(cant|can't|cannot|ca|couldnt|couldn't|could)$"), _in("n't", "nt", "not", op="?")],
        [_in("eye", "eyes", "eyelid", "lid"), _in("would", "will", "does", "did", "wo"), _in("n't", "not", "nt"), _in("open")],
        [_in("eye", "eyes", "eyelid", "lid"), _in("cannot", "can", "could", "ca"), _in("not", "n't", op="?"), _in("be"), _in("opened")],
        [_rx(r"^(ca|can|could|cannot|cant|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("get", "make"), _in("the", "my", "her", "his", "that"),
         _in("eye", "eyelid", "lid"), _in("to"), _in("open")],
        # session 39, second round (tuning_224): "had to shut my eye straight away, it hurt that much", "I have to cover my right eye"
        [_in("had", "have", "has"), _in("to"), _in("shut", "close", "cover", "shield"), _in("my", "her", "his", "the"), _in("left", "right", op="?"),
         _in("eye", "eyes")],
        # session 39 (followups/tuning_70, tuning_217): "she's now screwing the eye shut", "says she can't bear to open it"
        # "Lid stays down since I squeezed milia on it", "swollen so much it wont budge open", "now typing w one eye" (after a picking:
        # signs.red_flag_spans)
        [_in("lid", "eyelid", "eye"), _in("stays", "staying", "stayed", "keeps"), _in("down", "shut", "closed")],
        [_rx(r"^(wont|won't|wo|cant|can't|ca)$"), _in("n't", "nt", op="?"), _in("budge", "prise", "prize", "pry"), _in("it", op="?"), _in("open")],
        [_in("typing", "texting", "writing", "reading", "doing"), _in("this", "it", op="?"), _in("with", "w", "w/"), _in("one", "1"), _in("eye")],
        [_in("screwing", "screws", "squeezing", "scrunching", "scrunches", "clamping", "clamps"), _in("the", "her", "his", "my", "that", "their"),
         _in("left", "right", op="?"), _in("eye", "eyes", "eyelid", "lid"), _in("shut", "closed", "tight", "up")],
        [_rx(r"^(cant|cannot|ca|can|could|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("bear", "face", "stand"), _in("to"),
         _in("open", "opening", "lift"), _in("it", "her", "his", "my", "the", "that"), _in("eye", "eyes", "eyelid", "lid", op="?")],
        # session 38 (tuning_202): an eye kept shut told by someone watching: "keeps her right eye screwed tight", "with the eye shut
        # tight", "eye squished shut", "her eyelid is pinched closed", "he keep eye closed very strong", "keeps the eye firmly shut",
        # "got his eye screwed up", "sat in the corner with that eye closed", "has had it shut for an hour", "eye is close whole
        # time", and "eye shut, gripping the arm of the chair", "eye closed, she's shaking and sobbing" (the distress beside it)
        # third round (tuning_210): "keeping it shut", "keeps it screwed up tight", "eye pressed shut into the pillow", "eye now streaming
        # and shut", "the eye near where she had milia is shut"
        [_in("keeping", "keeps", "keep", "kept"), _in("it"), _in("screwed", "squeezed", "pressed", op="?"), _in("up", op="?"),
         _in("shut", "closed", "tight")],
        [_in("stopped", "given", "gave"), _in("up", op="?"), _in("trying"), _in("to"), _in("look", "open"), _in("at", op="?"),
         _in("anything", "all", "things", "stuff")],  # "I've stopped trying to look at anything"
        [_in("eye", "eyes"), _in("now", "is", "'s", op="*"), _in("streaming", "watering", "weeping", "red", "swollen"), _in("and"), _in("shut", "closed")],
        [_in("eye"), *_gap_in_sentence(6), _in("is", "'s"), _in("now", op="?"), _in("shut", "closed")],
        [_in("want", "wants", "wanting"), _in("to"), _in("close", "shut"), _in("it", "my", "her", "his"), _in("eye", op="?"), _in("again")],
        [_in("eye", "eyelid", "lid"), _in("is", "'s", "still", "now", "kept", op="*"),
         _in("screwed", "squished", "scrunched", "squeezed", "pinched", "clamped", "clenched", "firmly", "tightly", "pressed"),
         _in("tight", "shut", "closed", "close", "up", "together")],
        [_in("eye", "eyelid", "lid"), _in("shut", "closed", "close"), _in("tight", "tightly", "fast", "firmly")],
        [_in("keeps", "keep", "kept", "keeping", "has", "had", "got", "holding", "holds"), _in("the", "her", "his", "their", "that", "one",
                                                                                               op="?"),
         _in("right", "left", op="?"), _in("eye", "eyelid", "lid"),
         _in("screwed", "squished", "scrunched", "shut", "closed", "close", "firmly", "tight", "tightly", "clamped", "pinched"),
         _in("tight", "shut", "closed", "up", "very", "strong", "firmly", op="*")],
        [_in("that", "his", "her"), _in("left", "right", op="?"), _in("eye"), _in("shut", "closed")],
        [_in("it"), _in("shut", "closed"), _in("for", "since", "all")],
        [_in("eye", "eyelid", "lid"), _in("is", "'s", "still", op="*"), _in("close", "closed", "shut"), _in("the", "all", op="?"), _in("whole"),
         _in("time", "day", "night", "morning")],
        [_in("eye", "eyelid", "lid"), _in("shut", "closed", "close"), *_gap_in_sentence(8),  # (8 since session 41: "eye shut, won't let anyone look, moaning")
         _rx(r"^(shak\w*|sobb\w*|sobs|cry\w*|cries|groan\w*|moan\w*|gripp\w*|grips|clutch\w*|howl\w*|grimac\w*|scream\w*|whimper\w*"
             r"|rock\w*|sweat\w*|trembl\w*|shiver\w*|wail\w*)$")],
        # session 38 (tuning_195): the eye or lid shutting by itself, told by the visitor: "my eyelid keeps squeezing shut by
        # itself", "that eye's been clenched shut for 2 hours", "the eye keeps shutting on its own", "my eye keep closing by
        # itself", "the lid keeps dropping shut", "the lid on my right eye slams down", "eye shut ever since", "the eye is still
        # clamped", "eye shut since picking milia on lid"
        [_in("eye", "eyelid", "lid"), _in("keeps", "keep", "kept", "is", "'s", "s", "has", "been", "still", "just", op="*"),
         _rx(r"^(shutting|closing|clamping|clenching|squeezing|snapping|slamming|dropping|clamped|clenched|clamps|slams|snaps)$"),
         _in("shut", "closed", "down", "by", "on", "back", "itself", op="?")],
        [_in("eye", "eyelid", "lid"), _in("is", "'s", "has", "been", "still", op="*"), _in("shut", "closed"),
         _in("ever", "since", "all", "for", "still")],
        # session 36 (tuning_176): "doing everything with that eye tight shut", "he has not opened that eye all day"
        [_in("that", "her", "his", "one"), _in("eye"), _in("tight", "tightly", "screwed", "squeezed", "half"), _in("shut", "closed")],
        [_in("not", "n't", "nt", "never"), _in("opened", "open"), _in("that", "his", "her", "one", "the"), _in("eye")],
        [_in("too"), _in("sore", "painful"), _in("to"), _in("open", "lift")],  # "kept her right eye shut, says it's too sore to open" (session 36)
        # session 37 (tuning_178): "every time I let go the lid clamps down again", "it snaps straight back down", "the lid just
        # won't lift", "the lid refuses to part"
        [_in("lid", "eyelid"), _in("just", "keeps", "straight", "instantly", "always", "still", op="*"),
         _in("clamps", "clamped", "clamping", "snaps", "snapped", "snapping", "slams", "slammed", "drops", "dropped", "flops", "flopped"),
         _in("straight", "right", "back", "instantly", "again", op="*"), _in("down", "shut", "closed")],
        [_in("it"), _in("just", "keeps", "straight", "instantly", "always", op="*"), _in("clamps", "clamped", "snaps", "snapped", "slams", "slammed"),
         _in("straight", "right", "back", "instantly", "again", op="*"), _in("down", "shut", "closed")],
        [_in("lid", "eyelid"), _in("just", "still", "simply", op="*"), _in("wo", "won't", "wont", "will", "refuses", "refused", "would", "wouldn't", "wouldnt"),
         _in("n't", "nt", "not", op="?"), _in("to", op="?"), _in("lift", "part", "rise", "open")],
        # session 37, second round (tuning_187): "when he tries to get the lid up ... it drops shut again", "holding that eyelid shut
        # with two fingers", "keeping that eye shut, won't let anyone near"
        [_in("drops", "dropped", "flops", "flopped", "falls", "fell"), _in("shut", "closed")],
        [_in("holding", "holds", "held", "keeping", "keeps", "kept"), _in("that", "her", "his", "my", "the", "one"), _in("left", "right", op="?"),
         _in("eye", "eyelid", "lid"), _in("shut", "closed")],
        [_in("do", "does", "did"), _in("n't", "nt", "not"), _in("want"), _in("to"), _in("open"), _in("it", "his", "her", "my", "the"),
         _in("eye", "eyes", op="?")],  # "he don't want to open it" (session 36, tuning_170)
        # session 36 (tuning_168): "My ochi is stuck close since morning, I try but no open"
        [_in("stuck", "stay", "stays", "stayed"), _in("close")],
        [_in("i", "she", "he"), _in("try", "tried", "trying"), _in("but"), _in("no", "not", "cant", "cannot"), _in("open")],
        # session 36 (followups/tuning_57): "I have to lift it with my finger to look out", "I can't bear to keep it open", "I
        # can't hold it open long enough to watch the telly"
        [_in("have", "had", "having", "has"), _in("to"), _in("lift", "hold", "prop", "pull", "prise", "prize", "pry", "force", "push"), _in("it", "my", "the", "her", "his", op="*"),
         _in("lid", "eyelid", "eye", op="?"), _in("up", "open", op="?"), _in("with"), _in("my", "a", "her", "his"), _in("finger", "fingers", "thumb")],
        [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("bear", "stand", "face"), _in("to"),
         _in("keep", "have", "hold"), _in("it", "my", "the", "that", op="*"), _in("eye", "lid", op="?"), _in("open")],
        [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", "barely", "hardly", op="*"), _in("hold"), _in("it", "my", "the", "that", op="*"),
         _in("eye", "lid", op="?"), _in("open")],
        # session 36 (spent v15, tuning_159): "cnt opn my eye", "I not able open my eye", "my eye no open", "It's been shut since
        # lunch" (the last kept only beside the eye or lid: sign_words._told_without_the_eye)
        [_rx(r"^(cnt|cudnt|cldnt|carnt|cannt)$"), _in("even", "barely", "hardly", op="?"), _in("open", "opn", "opne", "oppen"),
         _in("my", "the", "her", "his", "right", "left", "it", "one", "that", "this", op="*"), _rx(r"^(eye|eyes|it|lid|eyelid)$")],
        [_in("not", "no"), _in("able"), _in("to", op="?"), _in("open", "opn"), _in("my", "the", "her", "his", "right", "left", "one", "that", op="*"),
         _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("no", "not"), _in("open", "opening", "opens", "opened", "opn")],
        [_in("it", "eye", "lid", "eyelid"), _in("'s", "has", "is"), _in("been"), _in("shut", "closed"),
         _in("since", "all", "for", "from", "ever")],
        # session 35 (tuning_147): "I can't get the lid up on that side at all", "can't prise the lid up to see the road", "her
        # right eye squeezes shut and waters every time she tries to open it"
        *[[*cannot, _in("get", "prise", "prize", "lever", "force"), _in("my", "the", "her", "his", "that"),
           _in("upper", "top", "left", "right", op="?"), _in("lid", "eyelid", "eye"), _in("up", "open", "apart")] for cannot in CANNOT],
        [_in("eye", "lid", "eyelid"), _rx(r"^(squeezes|squeezed|screws|screwed|clamps|clamped|snaps|snapped|slams|slammed|shuts)$"),
         _in("itself", op="?"), _in("shut", "closed", "up"), *_gap_in_sentence(6), _in("try", "tries", "tried", "trying"), _in("to"),
         _in("open")],
        # session 34 (tuning_142): "i physically cant lift my eyelid"
        *[[*cannot, _in("physically", "even", op="*"), _in("lift", "raise"), _in("my", "the", "her", "his", "that"), _in("eyelid", "lid", "eye")]
          for cannot in CANNOT],
        # session 31 (tuning_110): "should it be hard to keep my eye open? It keeps closing on its own"
        [_in("hard", "difficult", "struggling", "struggle", "impossible"), _in("to"), _in("keep"), _in("my", "the", "that", "her", "his"),
         _in("left", "right", "bad", "sore", op="?"), _in("eye", "eyelid", "lid"), _in("open")],
        # "my eye it makes water and I cannot to open" (kept only beside the eye or lid: signs.red_flag_spans)
        *[[*cannot, _in("to"), _in("open")] for cannot in CANNOT],
        # "pain's unreal, cant even blink" (kept only beside the eye or lid: signs.red_flag_spans)
        *[[*cannot, _in("blink", "blinking")] for cannot in CANNOT],
        # "I can't stop it watering or open it fully"
        *[[*cannot, *_gap_in_sentence(4), _in("open"), _in("it", "my", "the"), _in("eye", "eyes", "lid", "eyelid", op="?"),
           _in("fully", "properly")] for cannot in CANNOT],
        # "not to be able to open your eye", "unable to open my eye"
        [_in("not", "n't", "unable"), _in("to", op="?"), _in("be", "been", op="?"), _in("able", op="?"), _in("to"), _in("open"),
         _in("my", "your", "her", "his", "the", "that", "one", op="?"), _in("eye", "eyes", "eyelid", "lid")],
        # "my eye has been shut all day cos I can't get it to open", "having to tape my lid up to see"
        # (kept only beside the eye or lid: signs.red_flag_spans)
        [_rx(r"^(ca|can|could|cannot|cant|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("get", "make"), _in("it", "them"),
         _in("to"), _in("open")],
        [_rx(r"^(tape|tapes|taped|taping|hold|holds|holding|held|prop|props|propped|propping|pull|pulling)$"),
         _in("my", "the", "her", "his", "that"), _in("upper", "top", op="?"), _in("lid", "eyelid", "eye"), _in("up", "open")],
        # "not be able to open ur eye"
        [_in("not", "unable", "never"), _in("be", op="?"), _in("able", op="?"), _in("to"), _in("open"),
         _in("my", "ur", "your", "the", "her", "his", "it", "one", "that", "this", "left", "right", "both", op="*"),
         _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_rx(r"^(ca|can|could|couldn|wo)$"), _in("n't", "nt", "not", "barely", "hardly"), _in("even", op="?"),
         _in("open", "keep", "opne", "opn", "oppen"), _in("my", "the", "her", "his", "right", "left", "it", "one", "that", "this", "your", op="*"),
         _rx(r"^(eye|eyes|it|lid|eyelid|open)$")],
        [_rx(r"^(cant|cannot|couldnt|wont|unable)$"), _in("to", "barely", "hardly", "even", op="*"),
         _in("open", "keep", "opne", "opn", "oppen"), _in("my", "the", "her", "his", "right", "left", "it", "one", "that", "this", op="*"),
         _rx(r"^(eye|eyes|it|lid|eyelid|open)$")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("wo", "will", "is", "'s", "has"), _in("n't", "nt", "not"),
         _in("open", "opening")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("wont", "cant"), _in("open")],
        # "my eye it is not open since yesterday"
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("it", "she", "he"), _in("is", "'s", "has"), _in("not", "n't", "no"),
         _in("been", op="?"), _in("open", "opening", "opened")],
        [_in("had", "have", "having", "has"), _in("to"), _in("keep", "hold"), _in("it", "my", "the", "her", "his", "left", "right", op="*"),
         _in("eye", "eyelid", "lid", "eyes", op="?"), _in("closed", "shut")],
        # "the eye is very pain and I no can open"
        [_in("i", "me", "she", "he", "it"), _in("no", "not"), _in("can", "could"), _in("open")],
        # "me not open my eye since morning"
        [_in("me", "i", "she", "he"), _in("not", "no"), _in("open", "opening"),
         _in("my", "the", "her", "his", "left", "right", op="*"), _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_rx(r"^(eye|eyes|eyelid|lid)$"), _in("is", "'s", "has", "gone", "stuck", "swollen", "swelled", "puffed"),  # "swelled" (session 51, tuning_610)
         _in("completely", "totally", "fully", "all", "gone", "stuck", "swollen", "swelled", "puffed", "clamped", op="*"), _in("shut", "closed")],
        [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"),
         _in("prise", "prize", "pry", "force", "lever", "get"),
         _in("it", "my", "the", "her", "his", "left", "right", "that", "this", op="*"),
         _in("eye", "eyes", "lid", "eyelid", "lids", "eyelids", op="?"), _in("open", "apart")],
        [_rx(r"^(swollen|swolen|puffed|stuck|glued)$"), _in("shut", "closed")],
        # "the swelling has shut my eye completely", "could only open her eye a slit yesterday and now not at all"
        [_rx(r"^(swelling|swellings|puffiness|lump)$"), *_gap_in_sentence(3), _in("shut", "closed", "sealed"),
         _in("my", "her", "his", "the", "that", "one"), _in("eye", "eyes", "eyelid", "lid")],
        [_in("open", "opening"), _in("my", "her", "his", "the", "that", "this", "one", "left", "right", op="*"),
         _in("eye", "eyes", "lid", "eyelid"), *_gap_in_sentence(12), _in("now", "today"), _in("not", "n't"), _in("at"), _in("all")],
        # "lids glued together", "my lashes are stuck together"
        [_rx(r"^(eyes|eyelids|lids|lashes|eyelashes|eye|eyelid|lid)$"), _in("are", "is", "'re", "'s", "got", "get", "all", op="*"),
         _rx(r"^(glued|stuck|sealed|gummed|crusted|welded)$"), _in("together", "shut", "closed")],
        [_in("one", "my", "an"), _in("eye"), _in("shut", "closed")],
        # "it snaps shut by itself", "no way I can open it", "trying to open my eye and it just won't"
        [_rx(r"^(snaps?|snapped|snapping|clamps?|clamped|clamping|slams?|slammed|slamming|winces?|winced|screwing|screws"
             r"|screwed|squinted)$"), _in("itself", op="?"), _in("shut", "closed")],
        [_rx(r"^(wont|won't|cant|can't|n't|nt|not)$"), _in("stay"), _in("open")],
        # "I don't can open this eye", "i cant really open my eye", "it stay closed"
        [_rx(r"^(cant|can't|cannot|couldnt|n't|nt|not|no)$"), _in("can", "really", "properly", "quite", "fully", "seem", "even", "actually", "physically", "hardly", "barely", op="*"),
         _in("to", op="?"), _in("open"), _in("my", "the", "her", "his", "this", "that", "right", "left", "one", op="*"),
         _rx(r"^(eye|eyes|lid|eyelid)$")],
        [_in("it", "eye", "lid", "eyelid"), _in("stay", "stays", "staying", "remain", "remains"), _in("closed", "shut", "close")],
        # "the lid won't lift at all", "won't come up, like it's made of lead", "only one eye will open", "has stayed shut",
        # "my eye is close and I cannot make it open", "not been able to open my left eye"
        [_in("lid", "eyelid", "eye"), _rx(r"^(wont|won't|cant|can't|wo|ca|does|will|is)$"), _in("n't", "nt", "not", op="?"),
         _in("lift", "raise")],
        [_in("lid", "eyelid"), _in("just", "still", "really", "simply", op="*"), _rx(r"^(wont|won't|cant|can't|wo|ca|does|will|is)$"),
         _in("n't", "nt", "not", op="?"), _in("come", "go"), _in("up")],
        [_in("only"), _in("one"), _in("eye"), _in("will", "would", "can"), _in("open")],
        [_in("stayed", "stays", "staying", "stuck", "kept"), _in("shut", "closed")],
        [_in("make", "get"), _in("it", "them", "my", "the"), _in("eye", "eyes", op="?"), _in("open")],
        [_in("able"), _in("to"), _in("open"), _in("my", "the", "her", "his", "left", "right", op="*"), _in("eye", "eyes", "lid", "eyelid")],
        [_in("eye", "eyes"), _in("is", "are"), _in("close", "closed", "shut"), _in("and")],
        [_in("hold", "holding", "held", "prop", "propping"), _in("it", "my", "the", "her", "his", op="*"), _in("lid", "eyelid", "eye", op="?"),
         _in("up", "open"), _in("with")],
        [_in("taped", "glued", "weighed", "stuck", "sewn"), _in("down", "shut")],
        [_in("lift", "open"), _in("my", "the", "her", "his"), _in("eyelid", "lid", "eye"), _in("nothing"), _in("happens")],
        [_in("no"), _in("way"), _in("i", "to", "she", "he", "of"), _in("can", "could", op="?"), _in("open", "opening")],
        [_in("trying", "try", "tried", "tries"), _in("to"), _in("open"), _in("my", "the", "her", "his", "left", "right", op="*"),
         _in("eye", "eyes", "lid", "eyelid"), *_gap(4), _rx(r"^(wont|won't|cant|can't|nt|n't|not)$")],
    ],
    "RF_LIGHT": [
        # session 47 (tuning_443): "sits with the curtains drawn and gets very distressed if anyone opens them, shielding her face", "refuses to
        # step out into daylight"
        [_in("curtains", "blinds"), _in("drawn", "shut", "closed", "pulled"), *_gap_in_sentence(8),
         _rx(r"^(distressed|upset|screams|screaming|cries|crying|panics|panicking|shielding|shields|hides|hiding|covers|covering|flinches|whimpers)$")],
        [_rx(r"^(refuses|refused|refusing|won't|wont|wo|will)$"), _in("n't", "not", op="?"), _in("to", op="?"), _in("step", "go", "come", "going", "stepping"),
         _in("out", "outside", op="?"), _in("into", "in", op="?"), _in("the", op="?"), _in("daylight", "sunlight", "sun", "sunshine")],
        # session 47 (spent v26): "lamps = ouch. eye. squeezed milia right beside it tues"
        [_rx(r"^(light|lights|lamp|lamps|bulb|bulbs|sun|sunlight|sunshine|daylight|glare|brightness|screen|screens)$"), _in("=", "equals", "means"),
         _in("ouch", "ow", "owww", "agony", "pain", "hurts", "hurt"), _in(".", ",", ":", "-", op="?"), _in("eye", "eyes")],
        [_in("eye", "eyes"), _in(".", ",", ":", "-", op="?"),
         _rx(r"^(light|lights|lamp|lamps|bulb|bulbs|sun|sunlight|sunshine|daylight|glare|brightness|screen|screens)$"), _in("=", "equals", "means"),
         _in("ouch", "ow", "owww", "agony", "pain", "hurts", "hurt")],
        # session 40 (spent v19, tuning_236): "Eye flinches shut every time I go near a window and it hurts", "Blackout blinds down,
        # sunglasses on, still hurts"
        [_in("eye", "eyes"), _in("flinches", "flinching", "flinched", "flinch", "snaps", "screws", "squeezes"), _in("shut", "closed", op="?"),
         *_gap_in_sentence(6), _in("window", "windows", "light", "lights", "sun", "sunlight", "lamp", "daylight", "bright", "brightness")],
        [_in("sunglasses", "shades", "blinds", "curtains"), _in("on", "down", "drawn", "shut", "closed"), _in(",", "and", "but", op="?"),
         _in("still"), _in("hurts", "hurting", "sore", "painful", "stings", "agony")],
        # session 39, second round (tuning_224): "It's like the sky is too bright", "cant stand being in rooms with the big bright bulbs on"
        [_in("too", "painfully", "unbearably", "blindingly"), _in("bright", "glary", "dazzling")],
        [_rx(r"^(cant|cannot|ca|can|could|couldnt)$"), _in("n't", "nt", "not", op="?"), _in("stand", "bear", "take", "handle"), *_gap_in_sentence(6),
         _in("bright", "bulbs", "light", "lights", "lamp", "lamps", "sun", "sunlight", "sunshine", "glare")],
        # "the one i squeezed milia next to hurts every time i look at a screen or a light" (spent v17)
        [_rx(RX_PAIN), _in("a", "bit", "little", op="*"), _in("every", "each", "whenever", "when"), _in("time", op="?"), _in("i", "she", "he", "they"),
         _in("look", "looks", "looked", "glance", "glances"), _in("at", "towards", "toward", "into", "up"), _in("a", "the", "any", "my", op="?"),
         _rx(r"^(light|lights|lamp|lamps|sun|sunlight|bulb|bulbs|window|windows|daylight|torch|screen|screens|phone|telly|tv)$")],
        # session 36 (tuning_176): "cried whenever sunshine came through the window", "screamed every time we came out into daylight",
        # "squeezes both eyes tight if the lamp goes on", "won't have the night light on"
        [_rx(r"^(cries|cried|screams|screamed|crying|screaming|wails|wailed|howls|howled|sobs|sobbed)$"), _in("whenever", "when", "every"),
         _in("time", op="?"), *_gap_in_sentence(8), _in("sunshine", "daylight", "sunlight", "lamp", "sun")],
        [_in("eyes", "eye"), _in("screwed", "scrunched", "squeezed"), _in("up", "shut", "tight"), _in("when", "if", "whenever", "every"),
         *_gap_in_sentence(5), _in("outside", "sun", "sunshine", "daylight", "light", "lights", "lamp", "window")],
        [_rx(r"^(squeezes|squeezed|screws|screwed|scrunches|scrunched)$"), _in("both", "his", "her", "their"), _in("eyes", "eye"),
         _in("tight", "shut", "up"), _in("if", "when", "whenever")],
        [_in("won't", "wont", "wo", "doesnt", "does"), _in("n't", "nt", "not", op="?"), _in("have", "let"), _in("the"), _in("night", "big", op="?"),
         _in("light", "lamp", "lights"), _in("on")],
        # session 36 (tuning_170): "the room is too bright and hides his face", "he hide from the sun", "shrieks every time I put
        # him near the window"
        [_in("room", "everything", "outside", "house", "kitchen", "lights", "light", "sun", "window", "windows", "daylight"),
         _in("is", "'s", "are", "'re"), _in("too", "so"), _in("bright")],
        [_in("hide", "hides", "hiding", "hid"), _in("from"), _in("the"), _in("sun", "light", "lights", "window", "daylight", "lamp")],
        [_rx(r"^(shrieks|screams|cries|screaming|crying|shrieking|howls|howling|wails|wailing)$"), _in("every", "each", "whenever"),
         _in("time", op="?"), *_gap_in_sentence(6), _in("window", "light", "lights", "sun", "lamp", "outside", "daylight")],
        # session 37 (tuning_178): "when sun come through window my eye is painful", "the morning sun on that side of my face makes
        # my eye ache and stream", "the landing nightlight ... even that makes my right eye ache", "the glare was making the eye
        # I picked at screw up and water"
        [_rx(r"^(light|lights|lamp|lamps|bulb|bulbs|sun|sunlight|sunshine|daylight|glare|nightlight|brightness|screen|telly|tv)$"),
         *_gap_in_sentence(8), _in("my", "that", "the", "her", "his"), _in("left", "right", "bad", "poor", op="?"), _in("eye", "eyes"),
         _in("is", "'s", "goes", "starts", "gets", "feels", "keeps", op="?"),
         _rx(r"^(ache|aches|aching|hurts|hurt|hurting|painful|stings|stinging|burns|burning|throbs|throbbing)$")],
        [_in("glare", "light", "lights", "sun", "brightness", "telly", "screen", "lamp"), _in("was", "is", op="?"), _in("making", "makes", "made", "make"),
         _in("the", "my", "that", "her", "his"), _in("eye", "eyes"), *_gap_in_sentence(4),
         _in("screw", "water", "stream", "ache", "hurt", "sting", "squeeze", "clamp")],
        # session 37, third round (tuning_189, followups/tuning_64): "couldn't look anywhere near the hob light", "can't step
        # into the sunshine without pain in my eye", "the day coming in gives me a deep ache", "the standby light feels like a
        # pinprick inside my eye", "my eye is allergic to the sun now", "it properly hurts to go outside"
        *[[*cannot, _in("look"), _in("anywhere", "directly", "straight", op="?"),
           _in("near", "at", "towards", "toward", "into"), _in("the", "a", "any", op="?"),
           _in("hob", "strip", "kitchen", "ceiling", "bathroom", "desk", "street", "car", "phone", "overhead", "cooker", "oven", op="?"),
           _rx(r"^(lights?|lamps?|bulbs?)$")] for cannot in CANNOT],
        [_in("sunshine", "sun", "daylight", "sunlight", "outside", "light"), _in("without"), _in("pain", "hurting", "agony", "it")],
        [_in("day", "daylight", "sun", "sunlight", "light", "window", "lamp", "lights"), *_gap_in_sentence(3), _in("gives", "give", "gave", "giving"),
         _in("me", "my"), _in("a", "an", op="?"), _in("deep", "dull", "sharp", "awful", "bad", "real", "horrible", op="?"), _in("ache", "pain", "agony")],
        [_rx(r"^(lights?|lamps?|bulbs?|screens?|sun|sunlight|daylight|torch)$"), *_gap_in_sentence(4), _in("feels", "feel", "is", "'s", "like"),
         _in("like", op="?"), _in("a", "an"), _in("pinprick", "needle", "knife", "stab", "dagger", "spike", "pin", "skewer"),
         _in("in", "inside", "into", "through", "behind")],
        [_in("eye", "eyes"), _in("is", "'s", "are", "seems", "feels", "now", op="*"), _in("allergic"), _in("to"), _in("the", op="?"),
         _in("sun", "light", "daylight", "sunlight", "brightness", "lights")],
        [_rx(r"^(hurts?|hurting|painful|agony)$"), _in("to"), _in("go", "step", "walk", "be"), _in("outside", "out", "outdoors")],
        # session 37, second round (tuning_187): "sat in the bathroom with the light off", "shielding that eye from the window with a
        # newspaper", "yelps every time the sun comes out", "turning her face away from the window"
        [_in("sat", "sitting", "sits", "lying", "lay", "hiding", "hid"), _in("in"), *_gap(3), _in("with"), _in("the"), _in("light", "lights"),
         _in("off", "out")],
        [_in("shielding", "shields", "shielded", "shading", "shades", "shaded"), _in("that", "her", "his", "my", "the"), _in("left", "right", op="?"),
         _in("eye", "eyes", "face"), _in("from")],
        [_in("yelps", "yells", "yelped", "yelled", "winces", "winced", "flinches", "flinched"), _in("every", "each", "whenever", "when"),
         _in("time", op="?"), *_gap_in_sentence(4), _in("sun", "light", "lamp", "window", "daylight", "sunlight")],
        [_in("turning", "turns", "turned", "turn"), _in("her", "his", "my", "their"), _in("face", "head", "eyes", "eye"), _in("away"), _in("from"),
         _in("the"), _in("window", "light", "lamp", "sun", "telly", "screen", "daylight", "windows")],
        # session 36 (followups/tuning_59): "even the monitor glow makes that eye sting and hurt like mad"
        [_in("glow", "light", "lights", "screen", "monitor", "sun", "sunlight", "brightness", "glare"), _in("makes", "make", "made"),
         _in("that", "my", "the", "her", "his"), _in("left", "right", "bad", op="?"), _in("eye", "eyes"),
         _in("sting", "hurt", "burn", "ache", "throb", "water", "stream")],
        # session 36 (tuning_168): "Bright make my eye pain"
        [_in("bright", "brightness", "light", "lights", "sun", "sunlight", "daylight"), _in("make", "makes", "give", "gives", "is", "make"),
         _in("my", "her", "his", "the"), _in("left", "right", op="?"), _in("eye", "eyes"), _in("pain", "hurt", "hurting", "sore", "ache")],
        # session 36 (tuning_165): "eye cant stand any lite", "my fone screen hertz my eye", "lite is peircing my eye like knifes"
        [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("stand", "bear", "take", "handle"),
         _in("any", "the", "even", op="*"), _in("light", "lite", "lights", "lites", "brightness", "sun", "sunlight", "daylight")],
        [_rx(r"^(light|lite|lights|lites|screen|sun|sunlight|brightness)$"), _in("is", "'s", "are", "keeps", op="?"),
         _rx(r"^(peircing|piercing|stabbing|stabing|hertz|hurtz|herts|hurting|killing|burning|knifing|drilling)$"), _in("my", "her", "his", "the"),
         _in("left", "right", "rite", "bad", op="?"), _in("eye", "eyes", "i")],
        # session 36 (spent v15, tuning_159): "light's really getting to my right eye", "even the telly is hurting my eye"
        [_in("light", "lights", "brightness", "sun", "sunlight", "daylight", "glare"), _in("'s", "is", "are", op="?"),
         _in("really", "properly", "so", "badly", op="*"), _in("getting", "gets", "bothering", "killing"), _in("to", op="?"),
         _in("my", "her", "his", "the", "that"), _in("left", "right", "bad", op="?"), _in("eye", "eyes")],
        [_rx(r"^(telly|tv|television|phone|laptop|monitor|screen|screens|computer|ipad|tablet)$"), _in("is", "'s", "are", "keeps", op="?"),
         _in("really", "even", "properly", op="*"), _in("hurting", "killing", "stinging"), _in("my", "her", "his", "the", "that"),
         _in("left", "right", "bad", op="?"), _in("eye", "eyes")],
        # session 35 (tuning_147): "the screen is like staring into a car headlight on that side", "the bulb comes on I have to
        # turn away and jam that eye shut", "I get a white glare, screw my eye up", "the phone is too bright even on lowest"
        [_in("like", "as"), _in("staring", "looking", "stare", "look"), _in("into", "at"), _in("a", "the"), _in("car", "full", op="?"),
         _rx(r"^(headlights?|torch|spotlights?|floodlights?|welder|welding|searchlights?|high-beams?|beams?)$")],
        [_rx(r"^(lights?|lamps?|bulbs?|sun|sunlight|brightness|daylight|glare|screen|headlights?|torch)$"), *_gap_in_sentence(10),
         _rx(r"^(screw|screws|screwed|jam|jams|jammed|scrunch|scrunches|scrunched|clamp|clamps|clamped)$"),
         _in("that", "my", "the", "her", "his", "this"), _in("left", "right", "bad", op="?"), _in("eye", "eyes"), _in("up", "shut", "closed")],
        [_in("get", "getting", "got", "see", "seeing"), _in("a", op="?"), _in("white", "blinding", "bright", "painful", "horrible"),
         _in("glare")],
        [_in("too"), _in("bright"), _in("even"), _in("on", "at", "with"), _in("the", op="?"),
         _in("lowest", "dimmest", "minimum", "low", "night", "dark")],
        # session 34 (tuning_143): "my eye doesn't like light at all, it screws itself up whenever I go near the window"
        [_in("eye", "eyes"), _in("does", "do", "doesnt", "dont"), _in("n't", "nt", "not", op="?"), _in("like"), _in("the", op="?"),
         _in("light", "lights", "brightness", "daylight", "sunlight")],
        # session 33 (tuning_132): "it's like staring into the sun from that one eye", "next door's security light is like a knife"
        [_in("like", "as"), _in("staring", "looking", "stare", "look", "starring"), _in("into", "at"), _in("the"), _in("sun")],
        # "the kitchen lights are like needles in that eye, I can't look towards them"
        [_rx(r"^(lights?|lamps?|sun|sunlight|daylight|brightness)$"), _in("are", "is", "'s", "feel", "feels", op="?"), _in("like"),
         _in("needles", "knives", "daggers", "a", "lasers", "pins")],
        [_rx(r"^(cant|cannot|n't|nt)$"), _in("look"), _in("towards", "toward", "at", "into"), _in("the", op="?"),
         _rx(r"^(lights?|lamps?|sun|window|windows|screen|brightness)$")],
        [_rx(r"^(light|lights|lite|lites|brightness|bright|sunlight|daylight|screen|screens|sun|lamp|lamps|bulb|headlights?)$"), *_gap(5),
         _rx(r"^(hurts?|hurting|painful|killing|unbearable|stings?|stinging|agony|burns?|burning|sore|throbs?|uncomfortable"
             r"|throbbing|stabs|stabbing)$")],
        [_rx(r"^(hurts?|hurting|painful|stings?|sore)$"), *_gap(4), _rx(r"^(light|lights|brightness|sunlight|screen)$")],
        # "hurts to even look at a lamp since picking my eyelid spots"
        [_rx(r"^(hurts?|hurting|painful|stings?)$"), _in("to"), _in("even", "just", op="?"), _in("look", "glance"), _in("at", "towards"),
         _in("a", "the", "my", "any", op="?"), _rx(r"^(lamps?|bulbs?|telly|tv|screens?|lights?|windows?)$")],
        # "light kills my eye since the extraction"
        [_rx(r"^(light|lights|brightness|sunlight|daylight|sun|lamp|lamps|bulb)$"), *_gap(3), _in("kills", "killed"),
         _in("my", "her", "his", "the"), _in("left", "right", "poor", op="?"), _in("eye", "eyes")],
        [_rx(r"^(sensitive|sensitivity)$"), _in("to"), _in("the", op="?"), _in("light", "lights", "brightness")],
        [_in("too"), _in("bright", "glary", "harsh"), _in("to"), _in("look")],
        [_rx(r"^(light|lights|brightness|sunlight|daylight|sun)$"), *_gap(5), _in("make", "makes", "made", "making"),
         *_gap(4), _rx(r"^(hurt|sting|burn|ache|sore|painful|pain|water|stream|ouch|ow|owww|squint|shut|close)$")],
        [_in("light"), _rx(r"^(sensitive|sensitivity)$")],
        # "light bothers my eye since I squeezed one", "for light to bother me after squeezing one under the eye"
        [_rx(r"^(light|lights|brightness|sunlight|daylight)$"), _in("to", "really", "is", "'s", "has", "keeps", op="*"),
         _rx(r"^(bother|bothers|bothering|bothered)$"), _in("me", "my", "her", "his", "him")],
        # "every time I switch the kitchen light on my eye screws up in pain"
        [_rx(r"^(lights?|lamps?|bulbs?|sun|sunlight|brightness|daylight)$"), *_gap_in_sentence(5), _rx(r"^(eye|eyes)$"),
         _rx(r"^(screws|screwed|screw|clamps|clamped|snaps|slams|squeezes|squeezed|scrunches|scrunched)$"), _in("up", "shut")],
        # "I cannot look to the lamp", "can't look at the light"
        [_rx(r"^(cannot|cant|couldnt|cnt)$"), *_LOOK_AT_A_LIGHT],
        [_rx(r"^(ca|can|could)$"), _in("n't", "nt", "not"), *_LOOK_AT_A_LIGHT],
        # "my eye can't stand any light, even the telly"
        [_rx(r"^(stand|bear|take|handle|tolerate|face|cope|deal)$"), *_gap(3),
         _rx(r"^(light|lights|brightness|bright|sunlight|daylight|screens?|sun|telly|tv|glare|bulbs?|lamps?|torch|spotlights?"
             r"|lightbulbs?|headlights?)$")],
        [_rx(r"^(light|lights|screen|sun|sunlight|lamp|bulb|spotlights?)$"), *_gap(4), _in("too"), _in("bright", "harsh", "strong")],
        [_in("too"), _in("bright", "sunny", "light"), _in("for"), _in("my", "the", "her", "his"), _in("eye", "eyes")],
        [_in("light", "lights", "sun", "sunlight", "daylight", "window"), *_gap(4), _in("give", "gives", "gave", "giving", "cause", "causes"),
         _in("my", "me", "her", "him"), _in("eye", "eyes", op="?"), _in("big", "bad", "a", "such", op="*"), _in("pain", "ache", "agony")],
        [_in("close", "closed", "closing", "shut", "draw", "drawn", "drew"), _in("the", "all", "my", op="*"), _in("curtain", "curtains", "blinds")],
        # "every curtain in my flat is shut in the middle of the day because of my right eye"
        [_in("every", "all"), _in("the", op="?"), _in("curtain", "curtains", "blind", "blinds"), *_gap_in_sentence(5),
         _in("shut", "closed", "drawn")],
        # "made me wince from the little bulb", "screen glare is making my eye squeeze shut"
        [_rx(r"^(wince|winced|wincing|flinch|flinched|flinching|flinches|recoil|recoiled|recoils)$"), *_gap(5),
         _rx(r"^(light|lights|bulbs?|lamps?|sun|sunlight|screens?|glare|torch|brightness|bright|windows?)$")],
        # "he literally yelled at me to turn the big light off" (session 38, tuning_202)
        [_rx(r"^(yell\w*|beg\w*|scream\w*|shout\w*|plead\w*|snapp\w*)$"), *_gap(3), _in("turn", "switch", "put", "get"), _in("the", "that"),
         _in("big", "main", "ceiling", "bedroom", "kitchen", op="?"), _in("light", "lights", "lamp"), _in("off", "out")],
        [_in("glare", "bulb", "torch", "headlights", "brightness", "light", "lights", "lamp", "lamps", "sunlight", "daylight"), *_gap(3),
         _in("make", "makes", "made", "making"),
         *_gap(4), _rx(r"^(hurt|sting|burn|ache|sore|painful|pain|water|stream|squeeze|shut|close|wince|squint|flinch)$")],
        [_in("need", "needs", "needed", "want", "have", "had", "keep", "keeping"), _in("to", op="?"), _in("have", "keep", op="?"),
         _in("all", "every"), _in("the", op="?"), _rx(r"^(lights?|lamps?|curtains|blinds)$"), _in("off", "out", "closed", "shut", "drawn")],
        [_rx(r"^(squint|squints|squinting|squinted)$")],
        # "can't even look at my phone screen", "can't look at the lamp"
        *[[*cannot, _in("look", "stand", "bear"), _in("at", "looking", op="?"),
           _in("the", "my", "a", "any", "her", "his", "phone", "bright", "laptop", "computer", op="*"),
           _rx(r"^(screens?|lights?|lamps?|sun|sunlight|daylight|telly|tv|windows?|bulbs?|brightness)$")]
          for cannot in CANNOT],
        [_rx(r"^photophob\w*$")],
        [_rx(r"^(photosensitivity|photo-sensitivity)$")],
        # third round (tuning_271): "lights r violent rn. cant even look at my phone w my right eye"
        [_in("light", "lights"), _in("r", "are", "is", "'s", "feel", "feels"), _in("so", "rly", "really", op="?"), _in("violent", "brutal", "savage", "vicious")],
        [_rx(r"^(cant|can't|cannot|ca|can)$"), _in("n't", "not", "nt", op="?"), _in("even", op="?"), _in("look"), _in("at"), _in("my", "the", "a"),
         _in("phone", "screen", "laptop", "telly", "tv"), _in("with", "w", "w/", "out", "thru", "through"), _in("of", op="?"), _in("my", "the", "that"),
         _in("left", "right", op="?"), _in("eye")],  # session 41 (spent v20, tuning_255; not "photosensitive from my tablets")
        # "wearing sunglasses in the living room because the lamp is too much for that eye"
        [_rx(r"^(sunglasses|sunnies|shades)$"), *_gap_in_sentence(3),
         _in("indoors", "inside", "living", "house", "lounge", "kitchen", "bed", "bedroom", "night", "dark", "telly", "office")],
        [_in("too"), _in("much"), _in("for"), _in("my", "that", "the", "her", "his"), _in("eye", "eyes")],
        # "Bright bathroom light is too much too"
        [_rx(r"^(light|lights|brightness|sunlight|daylight|lamp|lamps|bulb|bulbs|screen|glare)$"), _in("is", "'s", "are", "was"),
         _in("just", "way", "far", "all", op="?"), _in("too"), _in("much", "bright", "harsh")],
        [_in("bright", "light", "brightness", "sun", "sunlight", "lights"), _in("=", "hurts", "is", op="?"),
         _rx(r"^(ow+|ouch|agony|argh+|ow+w)$")],
        [_rx(r"^(waters|watering|streams|streaming|stings|stinging|hurts|burns|screws|scrunches|squeezes)$"), *_gap(7),
         _rx(r"^(bright|brightness|light|lights|sunlight|daylight|sun|glare)$")],
    ],
    "RF_FLASHES": [
        # session 39, second round (tuning_222): "keeps swatting at the air", "pointing at nothing", "there is no gnat", "There
        # aren't any flies", "no camera around", "keep seeing a gnat", "a black moth sitting in her eye", "a ring ... floating in
        # front of everything", "a little swinging rope hanging down in front of my right eye", "someone's flicked a torch at me",
        # "flash going off inside my eye", "saw hair like things moving"
        [_in("swatting", "swats", "swatted", "swat", "batting", "grabbing", "waving", "clutching"), _in("at"), _in("the", op="?"),
         _in("air", "nothing")],
        [_in("pointing", "points", "pointed", "staring", "reaching", "grabbing"), _in("at"), _in("the", op="?"), _in("nothing", "air")],
        [_in("there"), _in("is", "'s", "are", "was", "were"), _in("no"), _in("moth", "moths", "fly", "flies", "gnat", "gnats", "bug", "bugs", "insect", "insects", "spider", "spiders", "bee", "bees", "wasp", "midge", "midges", "mosquito", "camera", "torch", "flash")],
        [_in("there"), _in("are", "were", "is", "was"), _in("n't", "nt", "not"), _in("any"), _in("moth", "moths", "fly", "flies", "gnat", "gnats", "bug", "bugs", "insect", "insects", "spider", "spiders", "bee", "bees", "wasp", "midge", "midges", "mosquito")],
        [_in("no"), _in("camera", "torch", "flash", "photographer"), _in("around", "there", "nearby", "anywhere")],
        [_in("keep", "keeps", "kept"), _in("seeing"), _in("a", "an", "some", "the", "little", "tiny", "black", op="*"), _in("moth", "moths", "fly", "flies", "gnat", "gnats", "bug", "bugs", "insect", "insects", "spider", "spiders", "bee", "bees", "wasp", "midge", "midges", "mosquito")],
        [_in("moth", "moths", "fly", "flies", "gnat", "gnats", "bug", "bugs", "insect", "insects", "spider", "spiders", "bee", "bees", "wasp", "midge", "midges", "mosquito"), *_gap_in_sentence(3), _in("in", "inside"), _in("her", "his", "my", "the", "that"), _in("left", "right", op="?"), _in("eye")],
        [_rx(SIGHT_MOTION), _in("in"), _in("front"), _in("of"), _in("everything", "things", "my", "his", "her", "me", "the")],
        [_in("hanging", "dangling", "swinging", "hovering"), _in("down", op="?"), _in("in"), _in("front"), _in("of")],
        [_in("flicked", "flashed", "shone", "shining", "flicking", "flashing", "shined"), _in("a", "the"), _in("torch", "flashlight", "light", "lamp"),
         _in("at", "in", "into")],
        [_in("going", "goes", "went", "go"), _in("off"), _in("inside", "in"), _in("my", "her", "his", "the"), _in("eye", "eyes", "head")],
        [_in("saw", "see", "seeing", "sees"), *_gap_in_sentence(4), _in("things", "shapes", "bits", "stuff"), _rx(SIGHT_MOTION)],
        # session 39 (tuning_216, spent v18): "a strand of seaweed floating in that eye", "a purple-ish spot floating in the middle of
        # everything", "he sees 'little tiny worms' in the air", "a grey cobweb hanging over the top of things", "a swirly black
        # thread", "tiny wriggling sparks", "moving dots like pollen", "black spots ... but they're moving", "there's 'rain on the
        # window' in his left eye"
        [_rx(SIGHT_MOTION), _in("in", "inside"), _in("that", "my", "his", "her", "the", "one"), _in("left", "right", op="?"), _in("eye", "eyes"),
         {"LOWER": {"NOT_IN": ["area", "lid", "lids", "corner", "bag", "bags", "socket", "cream"]}, "OP": "?"}],
        [_rx(SIGHT_MOTION), _in("in", "over", "across", "through"), _in("the"), _in("middle", "centre", "center"), _in("of"),
         _in("everything", "things", "what", "my", "the")],
        [_in("see", "sees", "seeing", "saw"), *_gap_in_sentence(6), _in("in"), _in("the"), _in("air")],
        [_in("cobweb", "cobwebs", "web", "webs", "veil", "net", "thread", "threads", "hair", "hairs", "curtain"),
         _in("hanging", "dangling", "draped", "hovering"), _in("over", "across", "in", "down"),
         _in("the", "everything", "things", "my", "front", op="?")],
        [_rx(r"^(wriggling|wriggly|squirming|wiggly|wiggling|swirly|swirling|wispy|moving|floating|drifting|swimming|darting|dancing)$"),
         _in("black", "dark", "grey", "gray", "little", "tiny", "small", "see", "-", "through", "clear", op="*"),
         _rx(r"^(sparks?|threads?|dots|specks?|hairs?|worms?|squiggles?|blobs|cobwebs?|strands?)$")],
        [_in("black", "dark", "grey", "gray"), _in("spots", "dots", "specks", "blobs"), *_gap_in_sentence(10),
         _in("moving", "drifting", "floating", "swimming", "darting")],
        [_in("there", "there's", "theres"), _in("'s", "is", "are", op="?"), {"ORTH": {"IN": ["'", '"', "’", "‘"]}}, *_gap(6),
         {"ORTH": {"IN": ["'", '"', "’"]}}, _in("in"), _in("his", "her", "my", "the", "that"), _in("left", "right", op="?"), _in("eye")],
        # session 38 (tuning_194): something new moving over what the person looks at, in their own images: "a grey cobweb keeps
        # sliding over the clues", "commas started wriggling across the page", "a dark ring keeps bobbing across the pitch", "grey
        # swirls moving across the text", "ants running across his phone screen", "threads and circles moving in my vision", "a
        # black line like hair, it move with my eye", "ants ... that aren't there", "a black fly that isnt real", "a clump like
        # frogspawn drifting", "tiny bright pinpricks zipping about", "a bright crackle", "like a bulb popping", "striking
        # matches", "a bright jagged line", "glittery bits", "a smoky wisp that drifts across", "transparent worms who move"
        [_rx(SIGHT_MOTION), _in("across", "over", "down", "up", "along"),
         _in("the", "my", "his", "her", "their", "a", "that", "this", "each", "every", op="?"),
         _in("phone", "computer", "laptop", "tv", "telly", "kitchen", "bedroom", "living", "room", "white", "blue", "whole", op="*"), _rx(SIGHT_SURFACE)],
        [_rx(SIGHT_MOTION), _in("in", "across", "through", "over"), _in("my", "the", "her", "his", "their", op="?"),
         _in("vision", "sight", "eyesight", "eyeline")],
        [_rx(r"^(cobwebs?|wisps?|clumps?|swirls?|pinpricks?|points|commas|worms|ants|hairs|blobs|flies|shapes|smudges|smoke|circles|chains)$"),
         {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, *_gap_in_sentence(3), _rx(SIGHT_MOTION)],
        # session 38, third round (tuning_209): "a white curve light up in the corner", "it swam away and came back", "a dark string
        # ... slides off when I look up", "my vision has tiny ants on it", "bits moving around in that eye", "Since the pin: dots."
        [_rx(r"^(curves?|arcs?|crescents?|streaks?)$"), _in("light", "lit", "lights", "lighting"), _in("up")],
        [_rx(SIGHT_MOTION), _in("away", "off"), _in("and"), _in("came", "comes", "coming"), _in("back")],
        [_rx(SIGHT_MOTION), _in("off", "away"), _in("when", "whenever", "as", "if"), _in("i", "she", "he"), _in("look", "looks", "move", "moves", "glance")],
        [_rx(r"^(bits|things|stuff|specks|dots|shapes)$"), _rx(SIGHT_MOTION), _in("around", "about", op="?"), _in("in"),
         _in("that", "my", "her", "his", "the"), _in("eye", "eyes")],
        [_in("since"), _in("the"), _rx(RX_TOOL), _in(":", "-", ","), _in("dots", "specks", "sparks", "flashes", "shadows", "floaters")],
        # "keeps pointing to his eye and saying 'birds' and trying to catch them", "now seeing stuff. like hairs" (tuning_201, tuning_194)
        [_in("trying", "tries", "tried"), _in("to"), _in("catch", "swat"), _in("at", op="?"),
         _in("them", "things", "stuff", "something", "flies", "bugs", "birds", "insects")],
        [_in("now", "keep", "keeps", "started"), _in("seeing"), _in("stuff", "things", "shapes")],
        [_in("move", "moves", "moving", "follow", "follows", "following"), _in("with"), _in("my", "her", "his", "the"), _in("eye", "eyes", "gaze")],
        [_in("see", "seeing", "sees", "saw"), *_gap_in_sentence(6), _in("that", "which", "who"), _in("are", "is", "were", "was"),
         _in("n't", "nt", "not"), _in("there", "real")],
        [_in("see", "seeing", "sees", "saw"), *_gap_in_sentence(6), _in("that", "which", "who"),
         _in("isnt", "arent", "werent", "wasnt", "aint"), _in("there", "real")],
        [_in("striking", "strikes", "struck", "strike"), _in("matches", "match")],
        # session 38 (tuning_201): "cobwebs hanging in it", "my vision has got bits in it", "little black dots that move like
        # mosquitos", "a strand of cotton wool in my eye that isn't there", "tiny bright stars keep going off in the corner"
        [_in("cobweb", "cobwebs", "web", "webs", "thread", "threads", "hair", "hairs", "strand", "strands"),
         _in("hanging", "dangling", "floating", "stuck"), _in("in", "inside"), _in("it", "my", "her", "his", "the")],
        [_in("vision", "sight", "eyesight"), _in("has", "'s", "is"), _in("got", "gotten", op="?"), _in("tiny", "little", "small", "black", "grey", op="*"),
         _in("bits", "dots", "specks", "things", "stuff", "dust", "hairs", "threads", "ants", "bugs", "flies", "worms"), _in("in", "on")],
        [_in("black", "dark", "grey", "gray"), _in("black", "dark", "grey", "gray", op="?"), _rx(r"^(dots|specks|spots|flecks|points)$"),
         _in("that", "which", op="?"), _rx(SIGHT_MOTION)],
        [_in("in"), _in("my", "her", "his", "the"), _in("eye", "eyes", "vision", "sight"), _in("that", "which"), _in("is", "are", "was", "were"),
         _in("n't", "nt", "not"), _in("there", "real")],
        [_in("in"), _in("my", "her", "his", "the"), _in("eye", "eyes", "vision", "sight"), _in("that", "which"),
         _in("isnt", "arent", "wasnt", "werent"), _in("there", "real")],
        [_rx(r"^(stars|sparks|sparkles|fireworks|flashes|lights)$"), _in("keep", "keeps", "kept", "are", "were", "start", "started", op="*"),
         _in("going", "go", "went", "popping", "pop", "popped"), _in("off")],
        [_in("bulb", "lightbulb", "flashbulb"), _in("popping", "pops", "popped", "flashing", "exploding", "going")],
        [_in("bright", "white", "sudden"), _in("crackle", "crackles", "crackling", "fizz", "fizzing", "flare", "flares", "arc", "arcs")],
        [_in("bright", "shiny", "glowing", "shimmering", "white"), _in("jagged", "zigzag", "wavy", "crooked", "wiggly", "squiggly"),
         _in("line", "lines", "edge", "shape")],
        # session 37, fourth round (tuning_191): flashes and floaters told without their stock words: "brief bright streaks at the
        # outer edge", "quick white zips of brightness", "like someone striking a match", "bright like small firework", "bright
        # twinkles at the edge", "a pop of brightness", "a see-through net keeps drifting across the sky", "see through bubbles
        # drifting", "little black commas swimming over the print", "ink-like swirls drifting", "a cluster of tiny grey rings
        # slowly sinks", "bits of fluff floating", "black rain in this eye", "a hair in her sight", "dusty and moving"
        [_in("bright", "white", "brief", "quick", "little", "tiny", "sudden"), _in("bright", "white", "little", op="?"),
         _in("streaks", "zips", "zip", "blinks", "flickers", "twinkles", "twinkle", "pops", "bursts", "glints", "glint", "zigzags", "sparks")],
        [_in("pop", "pops", "zips", "zip", "burst", "bursts", "blink", "blinks", "flicker", "flickers", "streak", "streaks", "flare", "flares"),
         _in("of"), _in("brightness", "white", "light")],
        [_in("striking", "struck", "strike"), _in("a"), _in("match")],
        [_in("like", "as"), _in("a", "small", "little", "tiny", "mini", op="*"), _in("firework", "fireworks", "sparkler", "sparklers")],
        [_rx(r"^(net|web|veil|film|bubbles|swirls|strings|threads|hairs|fluff|dust|rain|commas|rings|squiggles|tadpoles|worms|smudges)$"),
         *_gap_in_sentence(3), _rx(r"^(drifting|drifts|drift|floating|floats|float|swimming|swims|sliding|slides|slide|sinks|sinking|bobs|bobbing)$")],
        [_in("black", "dark", "grey", "gray"), _in("rain", "snow", "soot", "smoke", "confetti")],
        [_in("slide", "slides", "drift", "drifts", "float", "floats", "sink", "sinks", "follow", "follows"), _in("when", "as", "whenever", "if"),
         _in("i", "she", "he", "you"), _in("move", "moves", "look", "looks", "turn", "turns", "roll", "rolls"), _in("my", "her", "his", "your"),
         _in("eyes", "eye")],
        [_in("hair", "thread", "cobweb", "string"), _in("in"), _in("her", "his", "my", "the"), _in("sight", "vision")],
        [_in("dusty", "hazy", "smoky"), _in("and"), _in("moving", "swirling", "drifting", "floating")],
        # session 37 (spent v16): "little lights going off like flashbulbs", "flies in her eye that weren't there yesterday"
        [_rx(r"^flashbulbs?$")],
        [_in("flies", "gnats", "midges", "bugs", "insects"), {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, _in("in", "across"), _in("her", "his", "my", "the"), _in("left", "right", op="?"),
         _in("eye", "eyes", "vision")],
        [_in("sparks", "flashes", "lights", "sparkles", "stars"), {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, _in("that", "which"), _in("are", "were", "is", "was"), _in("n't", "nt", "not"),
         _in("there", "real")],  # "jumping at 'sparks' that aren't there" (session 36, tuning_175)
        # session 36 (tuning_168): "new small black dots flying in my eye", "I see many black spots and little lights"
        [_in("small", "little", "tiny", "many", "lots", "some", "new", op="*"), _in("black", "dark", "grey", "gray"),
         _in("dots", "spots", "specks", "things"), _in("flying", "floating", "moving", "swimming", "drifting", "darting", "jumping")],
        [_in("see", "seeing", "sees"), _in("many", "lots", "of", "some", "new", "little", "small", op="*"), _in("black", "dark"),
         _in("spots", "dots", "specks"), _in("and"), _in("little", "small", "tiny", "bright", op="?"), _in("lights", "flashes", "sparks")],
        [_in("seeing", "see", "getting"), _in("flashed")],  # "seeing flashed in my eye" (a slip for flashes, session 34)
        [_rx(r"^(flash|flashes|flashing|sparkles|sparkly|sparkling|floaters?|floters?|flotters?|floatrs?|flotes|flashis|zigzags?"
             r"|flickers?|flickering|flickery)$")],
        [_in("lightning", "strobe", "strobing", "lightnings", "lightening", "lightenings")],
        # "lots of black dots in my eye", "grey specks across my vision"
        [_in("black", "dark", "grey", "gray"), _rx(r"^(dots|specks|flecks|spots|blobs|squiggles|threads|cobwebs)$"),
         _in("in", "across", "over", "floating"), _in("my", "the", "her", "his", "that", "in", op="*"),
         _in("eye", "eyes", "vision", "sight")],
        # "now I see little black dots" (not "I can see black dots on my nose": signs.red_flag_spans)
        [_in("see", "seeing", "sees"), _in("little", "tiny", "small", "some", "loads", "lots", "of", "these", "those", "floating", op="*"),
         _in("black", "dark", "grey", "gray"), _rx(r"^(dots|specks|flecks|blobs|squiggles|cobwebs)$")],
        [_in("shooting"), _in("stars", "star", "lights")],
        # "many small lights like stars, and black threads like spider web"
        [_in("lights", "sparks", "dots"), _in("like"), _in("stars", "sparks", "fireworks", "glitter")],
        [_in("spider", "spiders"), _rx(r"^(web|webs|webbing)$")],
        # "shiny zig zag lights", "zig-zags at the edge"; "I keep seeing lights in my eye"
        [_in("zig"), {"ORTH": "-", "OP": "?"}, _rx(r"^(zag|zags|zagging|zaggy)$")],
        [_rx(r"^(see|sees|seeing|seen|saw|getting|noticed|noticing)$"), *_gap(3), _in("lights", "light"),
         _in("in", "across", "over"), _in("my", "the", "her", "his", "that", op="?"), _in("eye", "eyes", "vision")],
        # "little lights sparking at the side", "flashy lights", "bright zaps in the corner", "floating squiggles"
        [_in("lights", "light"), _rx(r"^(sparking|sparkling|flickering|flashing|twinkling|popping|zapping)$")],
        [_in("flashy", "sparky", "zappy", "blinky")],
        [_in("bright", "white", "little"), _rx(r"^(zaps?|sparks?|flashes|blips?|bolts?)$")],
        [_in("floating", "drifting", "swimming", "wriggly", "wiggly"), _rx(r"^(squiggles?|threads?|lines|specks?|dots?|blobs?|hairs?|worms?|things?)$")],
        # session 33 (tuning_132): "a bit of cobweb hanging in front of my eye"
        [_in("cobweb", "cobwebs", "thread", "threads", "hair", "hairs", "speck", "specks", "web"), _in("hanging", "floating", "dangling", "drifting"),
         _in("in", "across"), _in("front")],
        [_rx(r"^(sparks?|sparkles?|flashes|fireworks|lightning|lights)$"), _in("at", "in", "round", "around", "on"),
         _in("the", "my", op="?"), _in("edge", "edges", "corner", "side", "corners")],
        [_in("camera", "cameras"), _in("flash", "flashing", "going", "flashes")],
        [_rx(r"^(fireworks|glitter|glittery|soot|pepper|tadpoles?)$")],
        [_rx(r"^(arcs?|streaks?|bursts?|sparks?|pin-?pricks?|zaps?|blips?)$"), _in("of"), _in("light", "lights")],
        [_rx(r"^(dots|specks|spots|things|bits|cobwebs?|squiggles?)$"), *_gap(2), _rx(r"^(float\w*|drift\w*)$")],
        # "black things moving in my eye", "dots darting across my vision"
        [_rx(r"^(dots|specks|spots|things|bits|blobs|shapes|squiggles?|lines)$"), *_gap(2),
         _rx(r"^(mov\w*|swim\w*|dart\w*|zoom\w*|whizz\w*)$"), _in("in", "across", "around", "over", "through"),
         _in("my", "the", "her", "his", op="?"), _in("eye", "eyes", "vision", "sight")],
        [_in("shadow", "curtain", "veil", "blind"), *_gap(3), _in("coming", "over", "across", "down", "covering")],
        [_in("grey", "gray", "dark", "black", "shadowy"), _in("curtain", "veil", "shadow", "shade")],
        [_in("dark", "black", "blind"), _in("patch", "spot", "area", "bit"), *_gap(7),
         _in("vision", "sight", "see", "eye")],
        [_in("seeing", "see", "sees"), _in("double")],
        [_in("everything", "things"), *_gap_in_sentence(8),  # not across a sentence (session 45, spent v24)
         _rx(r"^(blurry|blurred|misty|foggy|hazy|cloudy|fuzzy|double|dim|wavy|dark|darker|grey|gray)$")],
        [_rx(r"^(squiggl\w*|wiggl\w*|threads|strands|cobwebs?|specks?|sparks?|twinkl\w*|shimmer\w*|pepper|soot|dust"
             r"|streaks)$"), *_gap(4), _in("eye", "eyes", "vision", "sight")],
        [_in("vision", "sight"), *_gap(5),
         _rx(r"^(strands|threads|cobwebs?|specks?|dots|squiggl\w*|wiggl\w*|floating|drifting|pepper|soot|dust)$")],
        # "a shower of little black dots", "a burst of sparks"
        # (never "a sprinkling of hard white dots ... across both cheeks": milia themselves, session 44)
        [_rx(r"^(showers?|swarms?|bursts?|flurry|spray|sprinkl\w*|rain)$"), _in("of"),
         *[{"LOWER": {"NOT_IN": ["white", "whitish", "hard", "raised", "pearly", "milky", "firm"]}, "OP": "?"}] * 2,
         _rx(r"^(dots|specks|sparks|stars|sparkles|spots|lights|bits|flecks|soot|pepper|dust|ash|glitter|flies|bugs|gnats|points|pinpricks"
             r"|midges|insects)$")],
        # "seeing sparks at the edge", "normal to see stars" (never "see spots", milia are spots)
        # session 33 (tuning_122): "today I see flies, many small black flies moving" (a literal "I see flies")
        [_in("see", "seeing", "sees", "saw", "seen"), *_gap(2),
         _rx(r"^(sparks|stars|sparkles|fireworks|twinkl\w*|glitter|flecks|pepper|tadpoles|flies|gnats|midges|mosquitos|mosquitoes)$")],
        # "a dark spot that moves around when I look up", "a see-through thing floating across my vision"
        [_in("dark", "black", "grey", "gray", "see-through", "seethrough", "clear", "wiggly", "squiggly"),
         _rx(r"^(spot|dot|speck|blob|shape|thing|smudge|shadow|squiggle|line|hair|worm)$"), *_gap(2),
         _rx(r"^(moves|moving|floats|floating|drifts|drifting|darts|darting|follows|following|swims|swimming)$")],
        [_rx(r"^(things?|blobs?|shapes?|squiggles?|specks?|dots?|hairs?|worms?|threads?|strings?)$"),
         _rx(r"^(floating|drifting|swimming|wriggling|wiggling)$"),
         _in("across", "over", "in", "through", "around", "about"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyes", "vision", "sight", "eyeline")],
        # "a curtain of black across the bottom", "a veil of darkness"
        [_in("curtain", "veil", "shadow", "shade", "wall", "sheet"), _in("of"),
         _in("black", "dark", "darkness", "grey", "gray", "shadow", "blackness")],
    ],
    # Lay words for trouble with the eye itself; a red flag only beside the eye or sight in the
    # same sentence (``EYEBALL_CONTEXT``): "shapes", "a grey blob", "bendy lines", "agony".
    "RF_EYE_TROUBLE": [
        # "won't stop watering", "hasn't stopped streaming" (only with the eye named nearby)
        [_in("n't", "nt", "not", "wont", "never", "cant"), _in("stop", "stopped", "stopping"), _in("watering", "streaming", "blinking")],
        # "like sand in it", "gritty": a foreign body, only with the eye named nearby (milia themselves
        # feel "like a small piece of grit under the skin", the clinic's own words)
        [_in("like"), *_gap(3), _in("sand", "grit", "glass", "gravel", "shards", "splinter", "stone", "pebble", "rock", "brick")],
        # "feels like theres something in it", "like something's stuck in there" (only with the eye named nearby)
        [_in("like"), *_gap(3), _in("something", "somethin", "summat", "smthg", "sth"), *_gap(2), _in("in"), _in("it", "there")],
        [_in("like"), *_gap(3), _in("something", "somethin", "summat", "smthg", "sth"), *_gap(2), _in("stuck", "caught", "trapped", "lodged")],
        # "feels like it has a hair stuck in it", "like an eyelash is under the lid"
        [_in("like"), *_gap(4), _in("hair", "eyelash", "lash", "eyelashes", "lashes"), _in("stuck", "caught", "in", "under", "trapped")],
        # "can only see the top line of the chart", "only read the big letters"
        [_in("only"), _in("see", "read", "make"), _in("out", op="?"), _in("the", op="?"), _in("top", "first"),
         _rx(r"^(lines?|letters?|rows?)$"), *_gap_in_sentence(3), _rx(r"^(charts?|boards?|posters?)$")],
        [_in("only"), _in("see", "read", "make"), _in("out", op="?"), _in("the", op="?"),
         _in("biggest", "big", "largest", "large", "huge"), _rx(r"^(letters|print|writing|numbers|words)$")],
        # "my eye is on fire inside", "holding a cold spoon over my eye", "reading the clock is impossible now",
        # "worse than childbirth", "the pain woke me up", "blinking hurts so much"
        [_in("on"), _in("fire")],
        [_in("made"), _in("of"), _in("lead", "stone", "concrete")],
        [_in("tip", "tipping", "tilt", "tilting", "lean", "leaning"), _in("my", "her", "his"), _in("head"), _in("back")],
        [_in("holding", "hold", "held", "pressing", "press", "keep", "keeping"), _in("a", "an", op="?"),
         _in("cold", "frozen", "ice", "wet", "damp", "cool"), _in("spoon", "towel", "flannel", "pack", "compress", "cloth", "peas"),
         _in("over", "on", "against", "to")],
        [_rx(r"^(reading|seeing|focusing|focussing|looking)$"), *_gap(7), _in("impossible")],
        [_in("worse"), _in("than"), _in("childbirth", "labour", "labor", "giving", "a", "migraine")],
        [_rx(r"^(pain|ache|agony)$"), *_gap(4), _in("woke", "wakes", "waking", "woken"), _in("me", "him", "her", "us"), _in("up", op="?")],
        [_in("blinking", "blink", "blinks"), *_gap(2), _rx(r"^(hurts?|stings?|agony|painful|kills|killing|burns?)$")],
        [_in("gritty", "scratchy")],
        [_rx(r"^(hazy|foggy|misty|cloudy|smeary|smudged|smudgy|smudges?|smears?|fuzzy|wavy|bendy|bent|wobbly|warped|tilted"
             r"|distorted|doubled"
             r"|dim|blank|blobs?|shapes|shadows?|floaty|floaters?|squiggl\w*|sparkl\w*|specks?|halos?|haloes|starbursts?)$")],
        [_rx(r"^(agony|agonising|agonizing|excruciating|unbearable|horrendous|horrific|screaming|scream|screams"
             r"|knives|stabbing|crying|raw)$")],
        [_in("worst"), _in("pain")],
        [_rx(r"^(feels?|feeling|felt)$"), _in("like", "as"), *_gap(6),
         _rx(r"^(stabbed|stabbing|knifed|knife|knives|needle|needles|sandpaper|fire|burning|scalded|skewered|burnt|burned"
             r"|crushed|crushing|pushing|pressing|squeezed|squeezing|thumb|poker|exploding|explode|bursting|punched|kicked"
             r"|hammered|drilled)$")],
        [_in("being"), _rx(r"^(crushed|stabbed|squeezed|pressed|burnt|burned|pulled|ripped|pushed|skewered|drilled)$")],
        [_in("like"), _in("a", "an", op="?"), _in("hot", "red", "burning", "white", op="*"),
         _rx(r"^(poker|knife|dagger|nail|needle|skewer|drill|spike|ice-?pick|lasers?)$")],
        [_rx(r"^(lasers?|daggers|knives|needles|spikes)$"), *_gap(2), _in("into", "in", "through"), _in("my", "the", "her", "his"),
         _in("eye", "eyes", "eyeball")],
        [_in("eye", "eyeball", "head"), _in("is", "'s", "was", "feels", op="?"), _in("like", "as", op="?"), _in("if", "it", "it's", op="*"),
         _in("going", "gonna", "about", "ready"), _in("to", op="?"), _in("burst", "explode", "pop")],
        [_in("worst"), _rx(r"^(ache|aches|agony|throbbing|hurt)$")],
        [_in("8", "9", "10", "eight", "nine", "ten", "11", "eleven"), _in("out"), _in("of"), _in("10", "ten")],
        [_in("is", "'s", "it's", "its", "been", "was"), _in("absolutely", "really", "actually", "literally", "properly", "just", op="?"),
         _in("killing"), _in("me", "him", "her")],
        [_rx(r"^(pounding|throbbing|hammering)$")],
        # "keeps bumping into things on his left", "the brightness turned right down"
        [_rx(r"^(bumping|bumped|walking|walked|banging|banged|knocking|knocked)$"), _in("into"),
         _in("things", "stuff", "doors", "people", "furniture", "walls", "the", "shelves", "everything", "everyone", "door",
             "doorframes", "tables", "chairs", "lampposts")],
        # "bumping my left shoulder on everything", "I turn my whole head to see things on that side"
        [_rx(r"^(bumping|bumped|banging|banged|knocking|knocked|clipping|clipped)$"), _in("my", "her", "his"), _in("left", "right", op="?"),
         _in("shoulder", "arm", "hip", "head", "elbow", "side"), _in("on", "into", "against"),
         _in("everything", "things", "doors", "door", "doorframes", "walls", "furniture", "stuff")],
        [_in("turn", "turning", "turns", "move", "moving"), _in("my", "her", "his"), _in("whole", "entire", op="?"), _in("head"),
         _in("to"), _in("see", "look")],
        # "the white lines on the road keep splitting in two", "can't focus with that eye now"
        [_rx(r"^(split|splits|splitting|splitted)$"), _in("in", "into"), _in("two", "2")],
        [_rx(r"^(cant|can't|cannot|couldnt|couldn't|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("quite", "really", "properly", op="?"),
         _in("focus", "focusing"), _in("with", "out", "through", "in", "of", op="?"), _in("that", "my", "the", "this", "her", "his", "left", "right", op="*"),
         _in("eye", "eyes")],
        # session 42 (tuning_290): "Cannot quite focus since last night" (kept only beside the eye or lid: sign_words.read_match)
        [_rx(r"^(cant|can't|cannot|couldnt|couldn't|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("quite", "really", "properly"),
         _in("focus", "focusing")],
        [_in("slightly", "a", "bit", "little", "kind", "kinda", "sort", "of", op="*"), _in("out"), _in("of"), _in("focus")],
        # "I have to cover that eye with my hand to read my texts"
        [_in("cover", "covering", "covered", "close", "closing", "shut", "shutting"), _in("that", "my", "the", "one", "her", "his", "left",
                                                                                          "right", op="*"),
         _in("eye"), *_gap(4), _in("to"), _in("read", "see", "watch", "focus", "drive", "look")],
        [_in("brightness", "contrast"), *_gap(3), _in("down", "low")],
        # what the visitor can no longer judge: "missed the bottom step twice", "can't judge how far away the
        # kettle is", "can't tell where the steps are", "the floor looks wonky", "closing one eye to walk"
        [_in("missed", "missing", "miss", "misjudged", "misjudging"), _in("the", "a", op="?"),
         _in("bottom", "top", "last", "first", op="?"), _rx(r"^(steps?|stairs?|kerbs?|curbs?)$")],
        *[[*cannot, _in("judge", "tell", "gauge", "work"), _in("out", op="?"), _in("how"), _in("far", "close", "near", "deep")]
          for cannot in CANNOT],
        *[[*cannot, _in("judge", "gauge"), _in("the", op="?"), _rx(r"^(distances?|depth|steps?|stairs|gaps?|spaces?)$")] for cannot in CANNOT],
        *[[*cannot, _in("tell", "judge", "work"), _in("out", op="?"), _in("if", "whether"), *_gap(4), _in("near", "far", "close")]
          for cannot in CANNOT],
        # "couldn't make it out since I did my lid" (not "couldn't make it out to the clinic": see signs.red_flag_spans)
        *[[*cannot, _in("make"), _in("it", "them", "anything", "much"), _in("out")] for cannot in CANNOT],
        # "cries when the curtains are opened", "winces every time the light goes on"
        [_rx(r"^(cries|cry|crying|cried|screams?|screaming|screamed|winces?|wincing|winced|flinch\w*|squints?|squinting)$"),
         _in("when", "whenever", "if", "every", "as"), *_gap(4),
         _rx(r"^(curtains?|blinds?|lights?|lamps?|sun|sunlight|daylight|torch)$")],
        # "felt the needle catch something wet", "it hit something squishy"
        [_rx(r"^(catch|catches|caught|catching|hit|hits|touched|touch|felt|feel)$"), _in("something", "somethin", "sth"),
         _in("wet", "squishy", "soft", "pop", "give", "burst", "squelchy")],
        # "it's like someone's pressing a thumb into my eyeball"
        [_in("like", "as", "if"), _in("someone", "somebody", "someone's", "somebody's", "someones", "somebodys"), _in("'s", "is", op="?"),
         _rx(r"^(pressing|pushing|stabbing|poking|digging|squeezing|punching|drilling|jabbing)$")],
        *[[*cannot, _in("tell", "see", "judge"), _in("where"), _in("the"), _rx(r"^(steps?|stairs?|kerbs?|curbs?|edges?|floor|doors?)$")]
          for cannot in CANNOT],
        [_in("floor", "ground", "room", "stairs", "steps", "walls"), _in("looks", "look", "is", "are", "seems", "feels", "'s", "all",
                                                                    op="*"),
         _in("wonky", "tilted", "slanted", "sloping", "uneven", "wavy", "crooked", "sideways")],
        [_rx(r"^(closing|close|closes|shutting|shut|shuts|covering|cover|covers)$"), _in("one", "that", "my", "the"), _in("eye"),
         _in("to", "when", "so", "while", "whenever", "just")],
        [_rx(r"^(turn|turned|turning|switch|switched|switching)$"), _in("off"), _in("every", "all"), _in("the", op="?"),
         _rx(r"^(lights?|lamps?)$")],
        [_rx(r"^(turn|turned|turning|switch|switched|switching)$"), _in("all", "every", "the", "off", op="*"),
         _rx(r"^(lights?|lamps?|spotlights?)$"), _in("off", "out")],
        [_in("eat", "ate", "sit", "sat", "sitting", "lying", "lie", "lay", "hiding", "stay", "staying", "been"), *_gap(3),
         _in("in"), _in("the"), _in("dark")],
        # "the numbers in the middle just aren't there", "a heat shimmer over everything"
        [_in("middle", "centre", "center", "numbers", "letters", "words", "bits"), *_gap(3), _rx(r"^(n't|nt|not|arent|isnt)$"),
         _in("there")],
        [_in("heat"), _rx(r"^(shimmer\w*|haze|wave|waves)$")],
        [_rx(r"^(jellyfish|fly|flies|worms?|tadpoles?|insects?|bugs?|gnats?|midges?|spiders?|cobwebs?)$"),
         _rx(r"^(floating|drifting|swimming|buzzing|darting|crawling|flying)$")],
        *[[*cannot, _in("read"), _in("my", "the", "a", "any", op="?"),
           _rx(r"^(phone|fone|book|paper|newspaper|screen|texts?|menu|labels?|messages?|clock|kindle|tablet|laptop|numbers|signs?"
               r"|subtitles|words|writing|print|time|microwave|oven|board|watch|number|plates?|registration|road|recipe)$")]
          for cannot in CANNOT],
        # "things swimming around when I look", "tadpole things", "a hair-like thing floats across"
        [_rx(r"^(things?|bits?|blobs?|shapes?|dots?|specks?|worms?|tadpoles?|hairs?|threads?|strings?)$"), *_gap(1),
         _rx(r"^(floats?|floating|swims?|swimming|drifts?|drifting|darts?|darting|wriggl\w*|wiggl\w*)$")],
        [_rx(r"^(painkillers?|paracetamol|ibuprofen|co-codamol|codamol|cocodamol|nurofen|calpol)$"), *_gap(3),
         _rx(r"^(helping|working|touching|help|work|nothing)$")],
        [_in("nothing"), _in("takes", "helps", "touches")],
        [_in("eye", "eyeball"), _in("itself"), *_gap(3),
         _rx(r"^(burnt|burned|burning|stinging|stings|sore|hurts|painful|scratched|bleeding|red)$")],
        [_rx(r"^(touched|touch|hit|went|got|slipped|caught|burnt|burned|burning|scratched|scratch|scraped|nicked"
             r"|scratching|scraping)$"), *_gap(4), _in("eyeball", "eyeballs", "cornea", "itself")],
        [_in("went", "gone", "go", "slipped", "jabbed", "poked", "stabbed"), _in("straight", "right", "clean"),
         _in("in", "into")],
        [_in("cant", "cannot", "can't"), _in("look"), _in("at")],
        [_in("ca"), _in("nt", "n't"), _in("look"), _in("at")],
        [_rx(r"^(wont|cant|cannot|doesnt|didnt)$"), _in("open")],
        [_in("wo", "ca", "does", "did", "will", "can"), _in("n't", "nt", "not"), _in("open")],
        # things seen that are not there: "a grey cloud in my eye", "like a fly in my eye", "an invisible fly",
        # "like someone flicking a torch", "lit up inside like a lightbulb"
        [_in("grey", "gray", "dark", "black", "white", "misty", "smoky"), _rx(r"^(clouds?|fog|mist|haze|film|smoke)$")],
        [_rx(r"^(clouds?|fog|mist|haze|film)$"), _in("in", "over", "across"), _in("my", "the", "her", "his", op="?"),
         _in("eye", "eyes", "vision", "sight")],
        [_in("like", "invisible", "phantom", "imaginary", "pretend"), *_gap(3),
         _rx(r"^(fly|flies|gnats?|midges?|insects?|bugs?|mosquito|jellyfish|tadpoles?|worms?)$")],
        [_rx(r"^(torch|torches|lightbulb|lightbulbs|flashbulb|flashlight|strobe)$")],
        [_in("lit", "lights", "lighting", "flashed"), _in("'", op="?"), _in("up")],
        # "the needle went in. in my eye", "tweezers slipped": a tool slipping beside the eye
        [_rx(r"^(needles?|pins?|tweezers?|lancets?|blades?|razors?|scalpels?|extractors?|loops?)$"),
         _in("slipped", "slip", "slid", "skidded", "jumped", "jolted")],
        # "I was doing my lower eyelid with a needle and it slipped"
        [_in("it"), _in("slipped", "slid", "skidded")],
        # "it went in the white bit": the white of the eye, with the eye named nearby
        [_in("went", "gone", "slipped", "poked", "jabbed", "stabbed", "pierced", "nicked", "caught"), _in("in", "into"),
         _in("the", "my", "her", "his", op="?"), _in("white", "clear", "coloured", "colored"), _in("bit", "part", "bits")],
    ],
}
# session 43 (spent v22, read after its session-42 measurements): "my hand shake and needle touch inside eye", "she cant focus, everything is
# swimming", "her good eye has gone much worse in the last hour", "The lid has dropped down over my eye and I can't get it up", "I keep
# waking up from the pain in my eye", "My eye hurts that much I can't lift my head off the pillow"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("touch", "touched", "touches", "hit", "hits"), _in("inside", "in", "into"), _in("the", "my", "her", "his", op="?"), _in("eye", "eyeball")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_in("everything", "everythings", "things", "words", "letters"), _in("is", "'s", "are", "was", "keeps", "started", op="?"), _in("swimming", "swimmy")],
    [_in("good", "better"), _in("eye"), _in("has", "'s", "is"), _in("gone", "got", "getting", "going"), _in("much", "loads", "far", op="?"), _in("worse")],
    [_in("sight", "vision", "eyesight"), _in("has", "'s", "is"), _in("gone", "got", "getting", "going"), _in("much", "loads", "far", op="?"), _in("worse")],
]
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("dropped", "drooped", "fallen", "fell", "come", "came", "slumped"), _in("down"), _in("over"), _in("my", "the", "her", "his"), _in("eye")],
    [_rx(r"^(cant|cannot|couldnt)$"), _in("get", "lift", "raise", "prise", "prize"), _in("it"), _in("up", "open", "back")],
    [_in("can", "ca", "could"), _in("n't", "not", "nt"), _in("get", "lift", "raise", "prise", "prize"), _in("it"), _in("up", "open", "back")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("waking", "woke", "wakes", "wake", "woken"), _in("up", op="?"), _in("from", "with"), _in("the", op="?"), _in("pain")],
    [_in("hurts", "hurting", "aches", "aching", "throbs", "throbbing"), _in("that", "so"), _in("much", "bad", "badly")],
]
# second round (tuning_335): "the vision in his right eye has just gone, he can only make out light and dark", "bright light, even the
# reading lamp, makes that eye ache unbearably", "his eyelid has come down and won't go back up", "the lid has dropped and she cannot lift it"
EYE_PATTERNS["RF_VISION"] += [
    [_in("vision", "sight", "eyesight"), *_gap_in_sentence(4), _in("has", "'s", "is"), _in("just", "completely", "totally", op="?"), _in("gone")],
    [_in("make"), _in("out"), _in("light"), _in("and"), _in("dark")],
]
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("light", "lamp", "lights", "sunlight", "daylight"), *_gap_in_sentence(5), _in("makes", "make", "made"), _in("that", "my", "the", "her", "his"),
     _in("eye", "eyes"), _in("ache", "hurt", "sting", "throb")],
]
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("wo", "will", "wont", "won't"), _in("n't", "not", op="?"), _in("go", "come", "stay"), _in("back", op="?"), _in("up", "open")],
    [_rx(r"^(cant|cannot|couldnt)$"), _in("lift", "raise"), _in("it", "the")],
    [_in("can", "ca", "could"), _in("n't", "not", "nt"), _in("lift", "raise"), _in("it", "the")],
]
# session 44 (spent v23, tuning_346): "the pin has gone in to the eye a little", "stars in my eye, not the good kind", "a little
# shimmering patch at the corner of my eye", "There's a fly that isn't there", "now there's dots moving about"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_rx(RX_TOOL), _in("has", "had", "'s", "is", op="?"), _in("gone", "went", "slipped", "slid", "poked", "stuck", "jabbed"), _in("in"), _in("to"),
     _in("my", "her", "his", "the", "their"), _in("eye", "eyeball")],
]
EYE_PATTERNS["RF_FLASHES"] += [
    [_in("stars", "sparks", "sparkles", "flashes", "lights", "twinkles"), _in("in"), _in("my", "her", "his", "the"), _in("left", "right", op="?"),
     _in("eye", "vision", "sight")],
    [_in("shimmering", "shimmery", "twinkly", "twinkling", "sparkly", "glittery", "flickering"), _in("patch", "spot", "area", "bit", "shape", "blob", "zone")],
    [_in("fly", "flies", "gnat", "gnats", "midge", "midges", "bug", "bugs", "insect", "insects", "moth", "moths", "spider", "spiders"),
     _in("that", "which"), _in("is", "are", "was", "were"), _in("n't", "not", "nt"), _in("there", "real")],
    [_in("dots", "specks", "flecks", "blobs", "squiggles", "smudges"), _rx(r"^(moving|floating|drifting|swimming|darting|whizzing|dancing)$"),
     _in("about", "around")],
]
# second round (tuning_356): "some 'mosquitos' in the vision", "in eye are floating black points", "lights like camera in my eye", "also
# black point fly", "my eye now hates light, even my phone screen makes it ache"
EYE_PATTERNS["RF_FLASHES"] += [
    [_in("mosquitos", "mosquitoes", "mosquito", "flies", "gnats", "midges"), {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, _in("in"),
     _in("the", "my", "her", "his"), _in("vision", "sight", "eye", "eyes")],
    [_in("floating", "flying", "drifting", "swimming"), _in("black", "dark", "grey", "gray"), _in("points", "dots", "spots", "specks", "things")],
    [_in("lights", "light", "flashes", "flash"), _in("like"), _in("a", "the", op="?"), _in("camera", "cameras", "photo", "photos", "paparazzi")],
    [_in("black", "dark", "grey", "gray"), _in("point", "points", "dot", "dots", "speck", "specks"), _in("fly", "flying", "flies", "float", "floating")],
]
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("eye", "eyes"), _in("now", "just", "really", op="?"), _in("hates", "hate", "ca", "can", "cannot", "cant"), _in("n't", "not", op="?"),
     _in("stand", "take", "bear", op="?"), _in("the", "any", op="?"), _in("light", "lights", "brightness", "sunlight", "daylight")],
]
# third round (tuning_364): "the needle was in the white part of eye little bit", "in the middle of what I see there is dark spot, like a
# hole", "Eye closed by itself and not opening"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_rx(RX_TOOL), _in("was", "is", "went", "go", "gone", "got", "goes"), _in("in", "into"), _in("the", "my", "her", "his"), _in("white"),
     _in("part", "bit", op="?"), _in("of", op="?"), _in("the", "my", "her", "his", op="?"), _in("eye", "eyeball", op="?")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_in("middle", "centre", "center"), _in("of"), _in("what"), _in("i", "she", "he"), _in("see", "sees", "look", "looks"),
     _in("there", "is", "has", "looks", ",", "it", "'s")],
]
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("eye", "eyes"), _in("closed", "shut"), _in("by"), _in("itself", "themselves")],
    [_in("eye", "eyes", "lid", "eyelid"), *_gap_in_sentence(4), _in("not", "nt", "n't"), _in("opening")],
]
# fourth round (tuning_372): "Today my sight in that eye is suddenly much worse"
EYE_PATTERNS["RF_VISION"] += [
    [_in("sight", "vision", "eyesight"), *_gap_in_sentence(4), _in("is", "'s", "has", "got", "gone"), _in("suddenly", "much", "way", "lot", "loads", "really", "a"),
     _in("much", "lot", "way", "bit", op="?"), _in("worse", "blurrier", "dimmer", "darker")],
]
# fifth round (tuning_380): "now i cant really open it"
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_rx(r"^(cant|cannot|couldnt)$"), _in("really", "properly", "fully", "quite"), _in("open"), _in("it", "my", "the", "her", "his")],
    [_in("can", "ca", "could"), _in("n't", "not", "nt"), _in("really", "properly", "fully", "quite"), _in("open"), _in("it", "my", "the", "her", "his")],
]
# sixth round (tuning_372): a contact lens "stuck up under the lid and the pain is unreal" after scratching at the eyelid
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("lens", "contact", "contacts", "lenses"), *_gap_in_sentence(9), _in("stuck", "lodged", "trapped", "caught"), *_gap_in_sentence(8),
     _in("pain", "agony", "hurts", "killing", "excruciating")],
]
# session 45 (spent v24, tuning_391, tuning_393): "Half of what I look at is missing on the left", "The patch in my vision is like a blot
# of ink", "impossible to open your eye after doing under eye milia at home", "The other is sealed shut since I had a go at the milia",
# "On a scale of 1 to 10 it's a 9, my eye I mean", "burning searing pain", "the stitches go double", "they look smeared", "the letters on
# my Kindle, even at biggest size, are swimming" (the last four kept only beside a removal told with a time: vague_sight._LOOSE_PHRASES)
_SEEN_THINGS = r"^(they|everything|things|letters|words|cards|print|faces|numbers|stitches|crossword|page|text|lines|rows)$"
EYE_PATTERNS["RF_VISION"] += [
    [_in("half", "part", "some", "bits", "most"), _in("of"), _in("what", "whatever", "everything"), _in("i", "she", "he", "they"),
     _in("see", "sees", "look", "looks"), _in("at", op="?"), _in("is", "are", "'s", "has", "have"),
     _in("missing", "gone", "blank", "black", "dark", "blacked", "grey", "gray")],
    [_in("patch", "blot", "smudge", "blob", "shadow", "cloud", "smear", "stain", "curtain"), _in("in", "over", "across"),
     _in("my", "her", "his", "the"), _in("vision", "sight", "eyesight")],
    [_rx(_SEEN_THINGS), *_gap_in_sentence(10), _in("look", "looks", "looked", "looking", "seem", "seems", "go", "goes", "gone", "went", "going"),
     _in("all", op="?"), _rx(r"^(smeared|smudged|double|doubled|melted|melting)$")],
    [_rx(_SEEN_THINGS), *_gap_in_sentence(10), _in("are", "is", "'s"), _in("all", op="?"), _rx(r"^(smeared|smudged|swimming|swimmy|melted|melting)$")],
]
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("impossible", "unable"), _in("to"), _in("open"), _in("my", "your", "the", "her", "his", "their", "one"), _in("left", "right", op="?"),
     _in("eye", "eyes", "eyelid", "lid")],
    [_in("sealed", "welded"), _in("shut", "closed")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("scale"), _in("of"), _in("1", "one", "0", "zero"), _in("to", "-"), _in("10", "ten"), *_gap_in_sentence(4),
     _in("8", "9", "10", "eight", "nine", "ten", "11", "eleven", "100")],
    [_in("8", "9", "10", "eight", "nine", "ten", "11", "eleven"), _in("out"), _in("of"), _in("10", "ten")],
    [_rx(r"^(8|9|10|11)/10$")],
    [_in("searing", "scorching"), _rx(RX_PAIN + r"|^agony$")],
]
# second round (tuning_399): "pain off the charts in my right eye", "pain level: kidney stone. location: eyeball", "my actual eyeball feels
# like it's been sliced"
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_rx(RX_PAIN), _in("off"), _in("the"), _in("charts", "chart", "scale", "scales")],
    [_rx(RX_PAIN), _in("level", "levels", "score", "rating"), _in(":", "-", "=", "is", "was", op="?"),
     _in("kidney", "childbirth", "labour", "labor", "max", "maximum", "extreme", "unbearable", "10", "11", "9", "ten", "eleven", "nine")],
]
EYE_PATTERNS["RF_EYE_TROUBLE"] += [
    [_rx(r"^(feels?|feeling|felt)$"), _in("like", "as"), *_gap_in_sentence(4), _in("sliced", "slashed", "branded", "seared", "scorched", "grated")],
]
# third round (tuning_406: told by carers of people who cannot say it): "keeps putting her hand up against the window light", "turns his head
# away from any light", "flinches and covers her eyes whenever the blinds are opened", "his eye's now screwed right shut", "he cannot seem to
# open it", "trying to brush things out of his sight that aren't there", "waves her hand in front of that eye", "pressing her palm hard
# into that eye ... never seen her in pain like it"
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("hand", "hands", "arm", "arms"), _in("up", op="?"), _in("against", "to"), _in("the", op="?"), _in("window", "light", "sun", "lamp", "daylight"),
     _in("light", op="?")],
    [_in("turns", "turned", "turning", "turn", "jerks", "pulls"), _in("his", "her", "their", "my"), _in("head", "face"), _in("away"), _in("from"),
     _in("any", "the", "all", "every", op="?"), _in("light", "lights", "window", "windows", "lamp", "sun", "daylight", "brightness")],
    [_in("whenever", "when", "every"), _in("time", op="?"), _in("the"), _in("blinds", "curtains"), _in("are", "is", "get", "gets", "were"),
     _in("opened", "open", "drawn", "pulled")],
    [_in("whenever", "when", "every"), _in("time", op="?"), _in("i", "we", "someone", "anyone", "you"), _in("open", "opens", "opened", "draw", "draws"),
     _in("the"), _in("blinds", "curtains")],
    # "cries and turns away every time the blinds go up" (session 52, tuning_648)
    [_in("turns", "turned", "turning", "turn", "looks", "looked"), _in("away"), _in("whenever", "when", "every"), _in("time", op="?"), _in("the", "her", "his", op="?"),
     _in("blinds", "curtains", "light", "lights", "lamp"), _in("go", "goes", "went", "come", "comes", "are", "is", "get", "gets"),
     _in("up", "on", "open", "opened", "back")],
]
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("screwed", "squeezed", "clamped", "scrunched"), _in("right", "tight", "tightly", "fully"), _in("shut", "closed")],
    [_rx(r"^(cant|cannot|couldnt)$"), _in("seem"), _in("to"), _in("open"), _in("it", "his", "her", "my", "the", "that")],
    [_in("can", "ca", "could"), _in("n't", "not", "nt"), _in("seem"), _in("to"), _in("open"), _in("it", "his", "her", "my", "the", "that")],
]
EYE_PATTERNS["RF_FLASHES"] += [
    [_in("brush", "brushing", "brushes", "wipe", "wiping", "wipes", "flick", "flicking", "flicks"), _in("things", "stuff", "something", "bits", "dots"),
     _in("out", "away"), _in("of", "from"), _in("his", "her", "my", "their", "the"), _in("sight", "vision", "eye", "eyes")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_in("waves", "waving", "waved", "wave"), _in("her", "his", "a", "my"), _in("hand", "hands"), _in("in"), _in("front"), _in("of"),
     _in("that", "her", "his", "the", "my"), _in("left", "right", op="?"), _in("eye")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("pressing", "pushing", "pressed", "pushed", "jamming", "grinding"), _in("her", "his", "my", "their"), _in("palm", "fist", "hand", "knuckles"),
     _in("hard", "right", op="?"), _in("into", "against"), _in("that", "the", "her", "his", "my"), _in("left", "right", op="?"), _in("eye", "eyes")],
    [_in("never"), _in("seen", "known"), _in("her", "him", "them"), _in("in"), _in("pain", "agony"), _in("like"), _in("it", "this", "that")],
]
# fourth round (tuning_414, a second writer; kept only beside a removal told with a time: vague_sight._LOOSE_PHRASES): "keeps reaching for
# things and missing them on that side", "walked straight into the door frame", "won't follow his favourite light-up toy on the left", "she
# gets the count wrong", "screen's got a black bit", "it's 'snowing' indoors and the 'lights are flicking'", "won't have any lights on at
# all", "keeps missing the spoon"; tuning_417: "my eye now goes black for a second"
EYE_PATTERNS["RF_VISION"] += [
    [_in("missing", "misses", "missed"), _in("them", "it", "things", "stuff"), _in("on"), _in("that", "her", "his", "the", "one"), _in("left", "right", op="?"),
     _in("side")],
    [_in("walked", "walks", "walking", "walk"), _in("straight", "right", op="?"), _in("into"), _in("the", "a"), _in("door", "doorframe", "wall")],
    [_in("wo", "won't", "wont", "does", "doesnt", "ca", "cant", "can", "will", "did", "didnt"), _in("n't", "not", "nt", op="?"),
     _in("follow", "track"), *_gap_in_sentence(7), _in("on"), _in("the", "that", "his", "her"), _in("left", "right")],
    # "she can't do the crossword any more with her right eye, the squares have all run together" (session 53, spent v32)
    [_in("squares", "letters", "words", "lines", "numbers", "text", "print", "boxes", "figures", "clues"), _in("have", "'ve", "are", "'re", "all", "just", op="*"),
     _in("run", "ran", "running", "merged", "merging", "blurred", "blurring", "swimming", "swum", "blended", "blending", "smudged", "mushed"), _in("together")],
    # "now she can't follow her light-up toy with that eye at all" (session 53, tuning_663)
    [_in("wo", "won't", "wont", "does", "doesnt", "ca", "cant", "can", "will", "did", "didnt", "cannot", "couldnt", "could"), _in("n't", "not", "nt", op="?"),
     _in("follow", "track"), *_gap_in_sentence(6), _in("with"), _in("that", "this", "the", "her", "his", "my", "one"), _in("bad", "sore", "left", "right", op="?"),
     _in("eye")],
    [_in("gets", "got", "getting", "get"), _in("the"), _in("count", "number", "numbers"), _in("wrong")],
    [_in("screen", "telly", "tv", "page", "picture"), _in("'s", "has", "is"), _in("got", op="?"), _in("a"), _in("black", "dark", "grey", "gray"),
     _in("bit", "patch", "spot", "hole", "gap")],
    [_in("keeps", "kept", "keep"), _in("missing"), _in("the", "her", "his", "my"), _in("spoon", "cup", "toy", "toys", "bottle", "mug", "glass")],
    [_in("eye", "sight", "vision"), _in("now", op="?"), _in("goes", "went", "going", "keeps"), _in("going", op="?"), _in("black", "dark", "blank")],
]
EYE_PATTERNS["RF_FLASHES"] += [
    [_in("snowing"), {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, _in("indoors", "inside", "in")],
    [_in("lights", "light"), {"ORTH": {"IN": ["'", '"', "’"]}, "OP": "?"}, _in("are", "is", "keep", "keeps"), _in("flicking", "flickering", "flashing")],
]
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("wo", "won't", "wont"), _in("n't", op="?"), _in("have", "let"), _in("any", "the"), _in("lights", "light", "lamp", "lamps"), _in("on")],
]
EYE_PATTERNS["RF_EYE_TROUBLE"] += [
    # "his carer squeezed bumps near his eye. he keeps looking sideways, says 'black' and 'gone' and points at his eye" (tuning_414)
    [_in("points", "pointing", "pointed", "keeps"), _in("pointing", op="?"), _in("at", "to"), _in("his", "her", "their"), _in("left", "right", op="?"),
     _in("eye")],
]
# session 46 (spent v25): "he's stuck it in his eye" after a darning needle at the lid (kept only beside a removal told:
# vague_sight._LOOSE_PHRASES); "my vision is trouble in this eye, not clear" (second-language English)
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("stuck", "stabbed", "jabbed", "poked", "shoved"), _in("it"), _in("right", "straight", op="?"), _in("in", "into"), _in("my", "her", "his", "the"),
     _in("eye", "eyeball")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_in("vision", "sight", "eyesight"), _in("is", "'s", "has"), _in("trouble", "troubled", "problem")],
    [_in("vision", "sight", "eyesight"), *_gap_in_sentence(6), _in(","), _in("not"), _in("clear", "sharp")],
]
# session 46 (tuning_426): "the light from the window is 'like needles' in that eye"
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("light", "sunlight", "daylight", "brightness", "sun"), *_gap_in_sentence(5), _in("like"), _in("needles", "knives", "daggers", "glass", "pins", "fire")],
]
# session 46, round 4 (tuning_438): "daughter covering her eye from the light sobbing, after she squeezed by her eye"
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("covering", "covers", "covered", "shielding", "shields", "shielded", "hiding", "hides", "hid"), _in("her", "his", "my", "their", "your"),
     _in("eye", "eyes", "face"), _in("from"), _in("the", "any", "all", op="?"), _in("light", "lights", "sun", "sunlight", "daylight", "lamp")],
]
# session 48 (spent v27): "ive been trying to open my eye for 10 mins and it wont", "now his eye has a mark on it" after a darning needle
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("trying", "tried", "try"), _in("to"), _in("open"), _in("my", "the", "her", "his", "that", "this"), _in("eye", "eyes", "eyelid", "lid"),
     *_gap_in_sentence(6), _in("it", "they", "but"), _in("wont", "wo", "will", "cant", "ca", "can", "just", "does", "doesnt", "wouldnt", "would")],
]
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("eye", "eyeball"), _in("has", "'s", "now"), _in("got", "has", op="?"), _in("a"), _in("red", "little", "small", "tiny", "white", "dark", "grey", op="?"),
     _in("mark", "scratch", "cut", "nick", "line", "dent", "graze"), _in("on", "in", "across"), _in("it")],
]
# session 48, round 2 (tuning_478): "every pair of tail lights turned into two pairs", "can't line my thumb up with what I'm seeing", "the edges
# kept jumping about", "candlelit and even that was too much, I held my napkin over one eye"
EYE_PATTERNS["RF_VISION"] += [
    [_in("turned", "turn", "turning", "turns", "became", "split", "splitting"), _in("into"), _in("two", "2"), _in("pairs", "of", "lots", op="?")],
    [_rx(r"^(cant|can't|cannot|ca|couldnt|could)$"), _in("n't", "not", "nt", op="?"), _in("line"), *_gap_in_sentence(3), _in("up"), _in("with"), _in("what")],
    [_in("edges", "lines", "words", "letters", "steps", "edge"), _in("kept", "keep", "keeps", "were", "are", "was"), _in("jumping", "moving", "wobbling", "shifting",
                                                                                                              "swimming", "sliding")],
]
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("candlelit", "candlelight", "candles", "candle", "dim", "dimmed"), *_gap_in_sentence(4), _in("even"), _in("that", "this", "it", "them"), _in("was", "were", "is"),
     _in("too"), _in("much", "bright")],
    [_in("held", "holding", "hold"), _in("my", "a", "her", "his"), _in("napkin", "tissue", "menu", "scarf", "sleeve", "serviette"), _in("over"),
     _in("one", "my", "her", "his", "the"), _in("eye")],
]
# session 48, round 3 (tuning_484, tuning_486): "kid stabbed own eye w tweezers trying 2 get milia out"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("stabbed", "poked", "jabbed", "pierced", "scratched", "nicked", "spiked", "pricked"), _in("own", "his", "her", "my"), _in("own", op="?"),
     _in("eye", "eyeball")],
]
# round 5 (tuning_495, tuning_497): "my vision keeps frame dropping", "my eye is lagging, like the picture takes a second to catch up", "a smudge
# on the camera that I can't wipe off. it's in my eye not my phone", "a dark patch right in the middle of what I'm looking at"
EYE_PATTERNS["RF_VISION"] += [
    [_in("vision", "sight", "eye", "eyes", "eyesight"), *_gap_in_sentence(2), _in("frame", "lagging", "lags", "lag", "stutters", "stuttering", "glitching",
                                                                                 "glitches", "glitchy", "buffering", "buffers", "pixelated", "pixelating", "pixely")],
    [_in("picture", "image", "view"), _in("takes", "took"), _in("a"), _in("second", "sec", "moment", "while"), _in("to"), _in("catch", "load", "update")],
    [_in("in", "it's", "its", "'s"), _in("my"), _in("eye", "eyes", "vision"), _in("not", ","), _in("my", "the", "on", op="?"), _in("phone", "camera", "screen", "glasses",
                                                                                                                         "lens", "lenses", "specs")],
    [_in("dark", "black", "grey", "gray", "blank", "blurry", "blurred", "missing"), _in("patch", "spot", "blob", "smudge", "area", "hole", "bit"),
     *_gap_in_sentence(6), _in("what"), _in("i", "i'm", "im"), _in("'m", "am", op="?"), _in("looking", "look", "see", "seeing")],
]
# round 8 (tuning_508): "a cloudy white patch on the front of his eye that wasn't there this morning"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("cloudy", "white", "grey", "gray", "milky", "hazy"), _in("white", "grey", op="?"), _in("patch", "spot", "mark", "film", "smudge", "dot"), _in("on", "over"),
     _in("the"), _in("front", "surface", "middle", "coloured", "colored", "centre", "center"), _in("part", op="?"), _in("of"), _in("his", "her", "my", "their", "the"),
     _in("eye", "eyeball")],
]
# session 49, round 1 (tuning_513, tuning_516, tuning_517): "'black shape at bottom of my eye, won't go away'", "a new inferior visual field
# loss in that eye", "the stitching line looked broken with a dark gap in it", "He wrote 'double' on a post-it and pointed at his eye"
EYE_PATTERNS["RF_VISION"] += [
    [_in("black", "dark", "grey", "gray", "blank"), _in("shape", "patch", "blob", "spot", "shadow", "smudge", "gap", "hole"), _in("at", "in", "on"),
     _in("the", op="?"), _in("bottom", "top", "side", "corner", "edge", "middle", "centre", "center"), _in("of"), _in("my", "her", "his", "the", "their"),
     _in("eye", "vision", "sight")],
    [_in("visual"), _in("field", "fields"), _in("loss", "defect", "defects", "cut", "gap", "gaps")],
    [_in("lost", "losing"), _in("part", "some", "half", "the", "a"), _in("of", op="?"), _in("my", "her", "his", "the", op="?"), _in("visual"), _in("field", "fields")],
    [_in("looked", "looks", "look", "looking"), _in("broken", "chopped", "cut"), _in("with"), _in("a"), _in("dark", "black", "grey", "gray", "blank"),
     _in("gap", "hole", "patch", "bit")],
    [_in("wrote", "writes", "typed", "types", "signed", "signs", "mouthed", "mouths", "spelt", "spelled"), _in("'"),
     _in("double", "blurry", "blurred", "fuzzy", "dark", "black", "foggy", "misty", "blind")],
]
# round 3 (tuning_524): "the dark middle on that side looks a different shape to the other one" (the pupil, after a milium removed at the
# inner corner of the eye)
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("dark", "black"), _in("middle", "centre", "center", "bit", "part", "circle", "dot"), *_gap_in_sentence(6), _in("different", "odd", "funny", "weird", "strange"),
     _in("shape", "shaped", "size", "sized")],
    [_in("pupil", "pupils"), *_gap_in_sentence(6), _in("different", "odd", "funny", "weird", "strange"), _in("shape", "shaped", "size", "sized")],
    [_in("pupil", "pupils"), *_gap_in_sentence(4), _in("misshapen", "irregular", "oval", "teardrop", "peaked", "pear-shaped", "wonky")],
]
# round 4 (tuning_528): "a little line of blood sitting at the bottom of the coloured part of that eye"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("blood"), *_gap_in_sentence(8), _in("coloured", "colored", "iris", "pupil"), _in("part", "bit", "bits", op="?"), _in("of", op="?"),
     _in("that", "the", "my", "her", "his", "their", op="?"), _in("eye", "eyes", op="?")],
]
# "dark patch. in my vision. left eye." (tuning_530): fragments typed one after another
EYE_PATTERNS["RF_VISION"] += [
    [_in("dark", "black", "grey", "gray", "blank"), _in("patch", "spot", "blob", "shadow", "smudge", "hole", "gap"), _in(".", ",", "..."), _in("in", "across", "over"),
     _in("my", "her", "his", "the"), _in("vision", "sight", "eye")],
]
# round 5 (tuning_535): "the faces in the pews are all doubled"
EYE_PATTERNS["RF_VISION"] += [
    [_in("faces", "people", "words", "letters", "everything", "everyone", "hymns", "numbers", "lines"), *_gap_in_sentence(4), _in("are", "is", "look", "looks", "looked", "went", "gone", "were"),
     _in("all", op="?"), _in("doubled", "double")],
]
# round 6 (tuning_538, tuning_542): "'half your face is missing'", "Pain out of ten? Ten. It's inside the eyeball"
EYE_PATTERNS["RF_VISION"] += [
    [_in("half", "part"), _in("of", op="?"), _in("your", "my", "his", "her", "the", "their", "everyone's"), _in("face", "faces", "head"), _in("is", "'s", "was", "are", "were"),
     _in("missing", "gone", "blank", "black", "dark")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("pain"), _in("out"), _in("of"), _in("ten", "10"), _in("?", "."), _in("ten", "10", "nine", "9", "eleven", "11", "twenty", "100")],
]
# session 50, round 1 (spent v29, tuning_563-567): "sliced the edge of the eye. bleeding", "stuck a 30G needle into my sclera", "'little flies' in
# front of her right eye since she squeezed milia on that lid", "he turns away from any light and gets very agitated when the ceiling lights come
# on", "I cant focus on the phone screen since I used tweezers on the Millie a near my eye", "had to zoom the text to 200% on my kindle since i dug
# out the white spot on my eyelid" (the last two are read only beside a removal told with a time: milia/safety/vague_sight.py)
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("sliced", "slit", "cut", "nicked", "gashed", "grazed", "scratched", "scraped", "caught"), _in("the", "my", "her", "his", "their"),
     _in("edge", "rim", "white", "whites", "surface", "front", "ball"), _in("of"), _in("the", "my", "her", "his", "their"), _in("eye", "eyeball")],
    [_in("stuck", "jabbed", "poked", "pushed", "went", "slipped", "stabbed", "put", "drove", "got", "sticking", "sticks"), *_gap_in_sentence(4),
     _in("into", "in", "through"), _in("my", "the", "her", "his", "their"), _in("sclera", "cornea", "iris", "pupil", "conjunctiva")],
]
EYE_PATTERNS["RF_FLASHES"] += [
    [_in("flies", "fly", "gnats", "midges", "bugs", "insects", "cobwebs", "cobweb", "squiggles", "worms", "hairs", "threads", "specks", "moths"),
     _in("'", '"', op="?"), _in("in", "across", "over"), _in("front"), _in("of"), _in("my", "her", "his", "their", "the", "that", "one"),
     _in("right", "left", "good", "bad", op="?"), _in("eye", "eyes")],
]
EYE_PATTERNS["RF_LIGHT"] += [
    [_in("turns", "turned", "turning", "turn", "shies", "shied", "shrinks", "shrank", "flinches", "flinched", "cowers", "recoils"), _in("away"), _in("from"),
     _in("any", "the", "all", "bright", "every", "each", op="?"), _in("light", "lights", "sunlight", "daylight", "lamp", "lamps", "window")],
    [_in("agitated", "upset", "distressed", "screams", "cries", "shouts", "panics", "frantic"), *_gap_in_sentence(3), _in("when", "whenever", "if", "every"),
     _in("the", "a", "any", "time", op="?"), _in("ceiling", "big", "main", "bright", "overhead", "bedroom", op="?"), _in("light", "lights", "lamp", "lamps"),
     _in("come", "comes", "go", "goes", "are", "is", "get", "gets", "put", "turned", "switched", "flick", "flicks")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_rx(r"^(cant|cannot|can't|unable|struggling|struggle)$|^(nt|n't|not)$"), _in("to", op="?"), _in("focus", "focusing", "focussing"), _in("on", op="?"),
     _in("the", "my", "a", "any", op="?"), _in("phone", "screen", "text", "words", "page", "book", "tv", "telly", "anything", "things", "faces", "letters", "print")],
    [_in("zoom", "zoomed", "zooming", "enlarge", "enlarged", "enlarging", "magnify", "magnified"), _in("the", "my", "in", "up", op="*"),
     _in("text", "font", "screen", "page", "print", "words", "writing", "letters"), _in("to", "up", "right", op="?"), _rx(r"^\d+%?$|^(max|maximum|huge)$")],
]
# round 5 (tuning_583): "a drop of blood came from the eyeball itself, not the lid"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("blood", "bleeding", "bled"), *_gap_in_sentence(4), _in("from", "in", "on", "out"), _in("of", op="?"), _in("the", "her", "his", "my", "their"),
     _in("eyeball", "eyeballs", "sclera", "cornea")],
    [_in("blood", "bleeding", "bled"), *_gap_in_sentence(4), _in("from", "in", "on", "out"), _in("of", op="?"), _in("the", "her", "his", "my", "their"),
     _in("eye"), _in("itself")],
]
# round 6 (tuning_590): "now in her eye is like a dark stain, she cannot see in that place"
EYE_PATTERNS["RF_VISION"] += [
    [_rx(r"^(cannot|cant|can't)$|^(n't|nt|not)$"), _in("see"), _in("in", "out", "from", "through", "with"), _in("that", "the", "this", "one"),
     _in("place", "part", "bit", "area", "spot", "side", "corner", "half")],
    [_in("in", "on"), _in("her", "his", "my", "their", "the"), _in("eye", "eyeball"), _in("is", "'s", "there", "there's", "theres", op="*"), _in("like", op="?"),
     _in("a"), _in("dark", "black", "grey", "gray", "brown"), _in("stain", "cloud", "shadow", "blot", "smudge", "patch", "curtain")],
]
# round 8 (tuning_600): "my phone looks like im wearing my nans reading glasses. only in that eye", "picking at the little bumps under his eye and
# now he's got his hand clamped over it saying it feels like a hot coal"
EYE_PATTERNS["RF_VISION"] += [
    [_in("like"), _in("i'm", "im", "i", "i've", "ive", "wearing", "looking"), _in("'m", "am", "'ve", "got", op="?"), _in("wearing", "wear", "borrowed", "on", op="?"),
     *_gap(4), _in("reading", "someone", "someone's", "somebody", "else's", "wrong", "old", op="?"), _in("glasses", "specs", "spectacles", "lenses")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("like"), _in("a"), _in("hot", "burning", "red-hot", "glowing"), _in("coal", "coals", "poker", "ember")],  # only beside an eye word: everyday_words.py
]
# round 9 (tuning_603): "a scratch right across the clear bit of her eye", "a scrape across the surface of the eye, it's gone bloodshot"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("scratch", "scratches", "scrape", "scrapes", "cut", "graze", "nick", "line", "mark"), *_gap_in_sentence(3), _in("across", "on", "over", "in"), _in("the"),
     _in("clear", "front", "surface", "white", "whites", "coloured", "colored"), _in("bit", "part", "layer", "window", op="?"), _in("of"),
     _in("her", "his", "my", "the", "their", "your"), _in("eye", "eyes", "eyeball")],
]
# session 51, round 1 (tuning_608-612): "he hasnt been able to open that eye since", "grimaces and groans every time he blinks" (eye pain of someone
# who cannot say how bad it is: milia/safety/cannot_say.py)
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_rx(r"^(nt|n't|not|never|unable)$"), _in("been", "be"), _in("able"), _in("to"), _in("open"),
     _in("my", "the", "her", "his", "their", "that", "this", "one", "left", "right", "bad", op="*"), _rx(r"^(eye|eyes|lid|eyelid)$")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("grimaces", "grimacing", "winces", "wincing", "groans", "groaning", "moans", "moaning", "whimpers", "whimpering", "cries", "crying", "screams",
          "screaming", "flinches", "flinching"), *_gap_in_sentence(3), _in("every", "each", "whenever", "when"), _in("time", op="?"),
     _in("he", "she", "they", "i", "we"), _in("blinks", "blink", "blinked", "blinking")],
]
# round 4 (tuning_623): "the lancet punctured the lower conjunctiva", "he scored severe on the Abbey pain scale just now" (eye pain of someone who cannot
# say how bad it is: milia/safety/cannot_say.py)
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("punctured", "pierced", "nicked", "scratched", "cut", "grazed", "stabbed", "jabbed", "caught", "scraped", "tore", "torn"), _in("the", "her", "his", "my", "their"),
     _in("lower", "upper", "inner", "outer", op="?"), _in("conjunctiva", "cornea", "sclera", "eyeball", "iris", "pupil")],
]
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("scored", "scores", "scoring", "rated", "rates"), _in("as", op="?"), _in("severe", "high", "very", "10", "9", "8"), _in("high", op="?"), _in("on", "in"),
     _in("the", "her", "his", "their", "a"), *_gap(2), _in("pain"), _in("scale", "score", "tool", "chart")],
]
# round 5 (tuning_631): "Since morning I see nothing from this side, only dark"
EYE_PATTERNS["RF_VISION"] += [
    [_in("see", "seeing", "sees"), _in("nothing", "nuthing", "black", "dark"), _in("from", "on", "out", "in", "with", "of"), _in("of", op="?"),
     _in("this", "that", "the", "my", "her", "his", "left", "right", "one"), _in("left", "right", op="?"), _in("side", "eye")],
]
# round 6 (tuning_633): "Abbey pain scale for our resident came out at 16 tonight, severe, and every bit of it is about his right eye"
EYE_PATTERNS["RF_EYE_PAIN"] += [
    [_in("pain"), _in("scale", "score", "tool", "assessment"), *_gap_in_sentence(10), _in("severe")],
]
# round 7 (tuning_638): "that eye hasnt opened since. he tries, it just wont go up"
EYE_PATTERNS["RF_EYE_SHUT"] += [
    [_in("eye", "lid", "eyelid"), _in("has", "have", "had", "did", "does", op="?"), _rx(r"^(hasnt|nt|n't|not|never)$"), _in("opened", "open")],
]
# session 53 (tuning_683): "now there is a scratch I can actually see on the clear front part of the eye"; on a picture board "he's pointed to 'eye'
# then 'dark' then 'scared'" (sign_words.read_match lets the chosen words run over the quotes)
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("scratch", "scratches", "scrape", "graze", "nick", "cut"), *_gap_in_sentence(6), _in("on", "across", "over"), _in("the", "his", "her", "my"),
     _in("clear", "front", "white", "coloured", "actual", "see-through", op="*"), _in("part", "surface", "bit", op="?"), _in("of"), _in("the", "his", "her", "my"),
     _in("eye", "eyeball")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_in("'"), _in("eye", "eyes"), _in("'"), _in(",", op="?"), _in("then", "and"), _in("'"),
     _in("dark", "black", "blurry", "blind", "cloudy", "fog", "foggy", "gone", "nothing", "grey", "gray")],
]
# session 54, round 4 (tuning_703, tuning_705): "a small puncture on the white of the eye", "can't count my fingers with the L eye", "half
# the view from right eye gone, bottom half", "can only see the top 50% with my left eye"
EYE_PATTERNS["RF_EYE_INJURY"] += [
    [_in("puncture", "hole", "cut", "scratch", "nick", "wound", "tear", "graze", "prick"), _in("on", "in"), _in("the", "her", "his", "my", "their"),
     _in("white", "whites"), _in("of"), _in("the", "her", "his", "my", "their"), _in("eye", "eyes", "eyeball")],
]
EYE_PATTERNS["RF_VISION"] += [
    [_rx(r"^(cant|can't|cannot|ca|couldnt|could|can)$"), _in("n't", "nt", "not", op="?"), _in("count"), _in("my", "the", "your", "her", "his", "our", op="?"),
     _in("fingers", "fingers'")],
    [_in("half", "part", "bottom", "top", "some", "most"), _in("of", op="?"), _in("the", "my", "her", "his", op="?"), _in("view", "vision", "sight"), *_gap(4),
     _in("gone", "missing", "dark", "black", "blank", "grey", "gray")],
    [_in("only"), _in("see"), _in("the", op="?"), _in("top", "bottom", "upper", "lower", "left", "right"), _rx(r"^(half|bit|part|\d+|%|third|quarter|of)$", op="+")],
]
# round 5 (tuning_708): "he seems to be blind in that eye, he just doesnt react to anything that side since this morning"
EYE_PATTERNS["RF_VISION"] += [
    # (only "that" eye: not "blind in her right eye since a riding accident in the 1960s", "deaf, blind in one eye")
    [_in("blind"), _in("in", "on", "out"), _in("of", op="?"), _in("that", "this"), _in("eye", "side")],
    [_rx(r"^(doesnt|doesn't|does|do|dont|don't|not|never|wo|won't|wont)$"), _in("n't", "nt", "not", op="?"), _in("react", "respond", "turn", "look"), _in("to", "at", "towards"),
     _in("anything", "things", "anyone", "people", "me", "us"), _in("on", "from", op="?"), _in("that", "the", "his", "her", "their"), _in("side")],
]
# round 7 (tuning_718): "'the left picture went dark like going into a tunnel'" after a pin next to the eye
EYE_PATTERNS["RF_VISION"] += [
    [_in("left", "right"), _in("picture", "view", "side"), _in("went", "gone", "goes", "turned", "going", "is"), _in("all", op="?"), _in("dark", "black", "grey", "gray", "dim")],
]
