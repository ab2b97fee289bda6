"""A sudden change of sight told only through a scene, with no word of sight (session 35: spent v14, tuning_147 and
tuning_151): "the milk jug has two spouts", "the subtitles have a faded twin underneath them", "the right hand side of
the lawn just isn't there unless I turn my whole head", "a grey patch slap bang in the middle of wherever I look".

Each pattern is a red-flag match of ``RF_VISION`` (milia/safety/eye_signs.py) and is read like the others there
(``milia.safety.signs.red_flag_spans``): an eye emergency only beside the eye or a removal near it. Plain data, no rasa
imports.
"""
from __future__ import annotations

import re
from typing import List

from milia.safety.tokens import TokenPattern, _gap_in_sentence, _in, _rx

# the thing in a scene whose half or side has gone ("half the keyboard is just gone"), never the milia, the
# skin or (for "gone") a place on the face ("the outer corner of my eye has gone red" is not a sight change)
_NOT_A_SCENE = ("milia", "milium", "spot", "spots", "bump", "bumps", "lump", "lumps", "cyst", "cysts", "skin", "scab", "scabs",
                "swelling", "redness", "cream", "dot", "dots", "bit", "bits", "one", "ones", "it", "them")
_SCENE_THING = {"IS_ALPHA": True, "LOWER": {"NOT_IN": list(_NOT_A_SCENE)}}
_SCENE_THING_NOT_A_PLACE = {"IS_ALPHA": True, "LOWER": {"NOT_IN": [*_NOT_A_SCENE, "eye", "eyes", "lid", "lids", "eyelid", "eyelids",
                                                                    "brow", "brows", "eyebrow", "eyebrows", "lashes", "cheek",
                                                                    "cheeks", "nose", "chin", "forehead", "face"]}}


SCENE_SIGHT: List[TokenPattern] = [
    # session 35 (tuning_147, spent v14): a scene with no word of sight. "the subtitles have a faded twin underneath them",
    # "the milk jug has two spouts", "the crosshair is two crosshairs", "the thread kept looking like two threads", "the
    # needle seems to have two eyes", "the words kept sliding on top of each other", "half the keyboard on my phone is just
    # gone", "the right hand side of the lawn just isn't there unless I turn my whole head", "the left half of her face just
    # isn't there", "like a chunk of the mirror was missing", "a dark hole in the middle where the words should be", "the
    # letters were underwater", "going dark in patches", "wiggly dark strands keep floating across my screen, they move when
    # I move my eyes", "a black spot ... always in same place when I move my eyes", "can't find his tea cup when it's right
    # in front of him", "keeps knocking things over on his left", "only with my right eye", "if I cover my left eye they go
    # back to normal", "like a smudge on glasses I can't clean off"
    [_in("faded", "faint", "ghost", "ghostly", "shadow", "shadowy", "blurry", "fuzzy", "pale", "second"), _in("twin", "twins", "double")],
    # session 35, third round (tuning_151): "every player had a pale copy stuck to them", "every price label had a second faint
    # label floating under it", "every card has a second card peeking out from under it", "the needle suddenly had two eyes
    # side by side", "the whole left side just isn't there", "the chalk letters had a dark gap across them", "the whole top of
    # the bus cut off by a black band", "a piece of the picture is just missing", "like someone's put a thumb over the top left
    # corner", "extra stave lines that aren't printed there", "reaching for wool that wasn't there", "only when that eye is
    # open", "the sizes keep sliding about and multiplying", "half the clue numbers are gone, as if", "all numbers are two, one
    # on the other one", "a grey patch slap bang in the middle of wherever I look", "faces kept breaking up into bits", "a
    # glowing rim", "went dark on one side like a roller shade pulled halfway down", "bend and wobble ... through my left eye",
    # "won't stay still", "a bright jagged ring round everything", "the path has two edges", "keeps reaching beside the bricks"
    [_in("pale", "faint", "faded", "ghost", "ghostly", "shadowy", "see-through", "blurry", "second", "extra"),
     _in("copy", "copies", "version", "versions", "outline", "shadow")],
    [_in("second", "extra"), _in("faint", "pale", "faded", "ghostly", "blurry", op="?"), _SCENE_THING,
     _in("floating", "hovering", "peeking", "peeping", "poking", "sticking", "stuck", "sitting", "appearing")],
    [_in("needle", "needles", "it"), _in("suddenly", "now", "just", "seemed", op="*"), _in("had", "has", "have", "got", "to"),
     _in("have", op="?"), _in("two", "2"), _in("eyes", "holes")],
    [_in("whole", "entire", op="?"), _in("left", "right", "top", "bottom"), _in("side", "half", "hand"), _in("side", op="?"),
     _in("just", "simply", op="?"), _in("is", "was", "are", "were"), _in("n't", "not"), _in("there")],
    [_in("dark", "black", "grey", "gray", "blank"), _in("gap", "band", "bar", "stripe", "strip", "line", "patch"),
     _in("across", "over", "through"), _in("them", "it", "the", "everything", "my", "half")],
    [_in("cut", "chopped", "blocked", "blotted"), _in("off", "out"), _in("by"), _in("a", "this", "some"),
     _in("black", "dark", "grey", "gray"), _in("band", "bar", "line", "patch", "shadow", "stripe", "strip", "curtain")],
    [_in("piece", "pieces", "chunk", "chunks", "part", "parts", "bit", "bits"), _in("of"), _in("the", "my", "her", "his"),
     _SCENE_THING_NOT_A_PLACE, _in("is", "are", "was", "were", "'s"), _in("just", "simply", "completely", op="?"),
     _in("missing", "gone", "blank", "blacked", "vanished")],
    [_in("like"), *_gap_in_sentence(4), _in("thumb", "finger", "thumbprint", "fingerprint"), _in("over", "across", "on")],
    [_in("extra", "second", "another", "more"), *_gap_in_sentence(3), _in("that", "which"), _in("are", "is", "were", "was"),
     _in("n't", "not"), _in("printed", "drawn", "written", "real")],
    [_rx(r"^(reaching|reached|reach|reaches|grabbing|grabbed|grab|grabs|grasping)$"), _in("for", "at"), *_gap_in_sentence(3),
     _in("that", "which"), _in("was", "were", "is", "are"), _in("n't", "not"), _in("there")],
    [_rx(r"^(reaching|reaches|reached|grabbing|grabs|grabbed)$"), _in("beside", "past", "next")],
    [_in("only"), _in("when", "if", "with", "while"), _in("that", "my", "this", "the", "one", "her", "his"),
     _in("left", "right", "bad", "sore", op="?"), _in("eye"), _in("is", "'s", "was"), _in("open")],
    [_rx(r"^(sliding|slide|slides|moving|jumping|swimming|dancing|wobbling)$"), _in("about", "around", op="?"), _in("and"),
     _in("multiplying", "doubling", "splitting")],
    [_in("half"), _in("the", "my", "of", op="*"), _SCENE_THING_NOT_A_PLACE, _SCENE_THING_NOT_A_PLACE, _in("are", "is", "were", "was"),
     _in("gone", "missing")],
    [_in("numbers", "letters", "words", "prices", "faces", "signs", "people", "cars", "lines", "everything", "things", "all"),
     _in("are", "were", "is", "was", "look", "looks", "looked", "became", "become"), _in("two", "double", "doubled")],
    [_in("patch", "spot", "blob", "smudge", "smear", "hole", "shadow", "blur", "blank", "cloud"), *_gap_in_sentence(6),
     _in("wherever", "everywhere", "whatever", "whichever"), _in("i", "she", "he", "way"), _in("i", op="?"),
     _in("look", "looks", "looked", "turn", "turns", "turned")],
    [_in("breaking", "broke", "broken", "breaks", "falling"), _in("up", "apart"), _in("into"), _in("bits", "pieces", "squares", "blocks", "pixels")],
    [_in("glowing", "shining", "shimmering", "flickering"), _in("rim", "rims", "ring", "rings", "halo", "halos", "edge", "edges")],
    [_in("bright", "jagged", "zigzag", "zig-zag", "flickering", "shimmering"), _in("ring", "rings", "halo", "halos", "lights")],
    [_in("shade", "blind", "curtain", "shutter"), _in("pulled", "coming", "came", "drawn", "drawing", "half", "halfway", "partway", op="+"),
     _in("down", "up", "across", "over")],
    # (not "out of my eye area": signs.read_match)
    [_in("through"), _in("my", "the", "that", "her", "his", "this"), _in("left", "right", "bad", "sore", "injured", op="?"), _in("eye")],
    [_in("out"), _in("of"), _in("my", "the", "that", "her", "his", "this"), _in("left", "right", "bad", "sore", "injured"), _in("eye")],
    [_in("chart", "page", "words", "letters", "text", "screen", "picture", "numbers", "print", "pattern", "music", "notes"),
     _in("wo", "wont", "won't", "will"), _in("n't", "not", op="?"), _in("stay", "keep", "hold"), _in("still")],
    [_in("has", "have", "had", "got", "is", "are", "was", "were", "into", "like", "now", "on"), _in("two", "2"),
     _in("spouts", "handles", "crosshairs", "cursors", "moons", "suns", "threads", "outlines", "kettles", "remotes", "wives",
         "husbands", "edges", "kerbs", "curbs", "steps", "stairs", "paths", "roads", "goals", "nets", "screens", "tellies",
         "tvs")],
    [_in("seems", "seem", "seemed", "appears", "appear", "looks"), _in("to"), _in("have", "be"), _in("got", op="?"), _in("two", "2"),
     _in("eyes", "holes")],
    [_rx(r"^(slid|slide|slides|sliding|slipping|slipped|running|ran|jumping|jumbled)$"),
     _in("on", "over", "into"), _in("top", op="?"), _in("of", op="?"), _in("each"), _in("other")],
    [_rx(r"^(half|side|chunk|part|bit|corner|bottom|top|edge|quarter|slice)$"), _in("of", op="?"), _in("the", "my", "her", "his", "a"),
     _SCENE_THING_NOT_A_PLACE,
     *_gap_in_sentence(4), _rx(r"^(missing|vanished|disappeared|blank)$")],
    [_rx(r"^(half|side|chunk|part|bit|corner|bottom|top|edge|quarter|slice)$"), _in("of", op="?"), _in("the", "my", "her", "his", "a"),
     _SCENE_THING_NOT_A_PLACE,
     *_gap_in_sentence(4), _in("just", "simply", "completely", "totally", "entirely"), _in("gone")],
    [_rx(r"^(half|side|chunk|part|bit|corner|bottom|top|edge|quarter|slice)$"), _in("of", op="?"), _in("the", "my", "her", "his", "a"),
     _SCENE_THING,
     *_gap_in_sentence(4), _in("just", "simply", op="?"), _in("is", "was", "are", "were"), _in("n't", "not"), _in("there")],
    [_in("unless", "until", "till", "til"), _in("i", "he", "she", "they"), _in("turn", "turned", "turns", "move", "moved", "moves"),
     _in("my", "his", "her", "their"), _in("whole", "entire", op="?"), _in("head")],
    [_in("unless", "until", "till", "til"), _in("i", "he", "she", "they"), _in("turn", "turned", "turns", "move", "moved", "moves"),
     _in("my", "his", "her", "their"), _in("whole", "entire"), _in("face")],
    [_in("page", "screen", "picture", "book", "text", "vision", "sight", "view", "everything", "words"), *_gap_in_sentence(4),
     _in("dark", "black", "grey", "gray", "empty"), _in("hole", "gap", "space", "blank"), _in("in", "right", op="*"), _in("the", op="?"),
     _in("middle", "centre", "center")],
    [_in("where"), _in("the"), _in("words", "letters", "face", "faces", "numbers", "picture", "print", "text"), _in("should")],
    [_in("words", "letters", "text", "print", "writing", "numbers", "screen", "page", "faces", "everything"), *_gap_in_sentence(4),
     _in("underwater")],
    [_in("keeps", "kept", "keep", "everything", "world", "view", "room", "kitchen", "screen", "page", "picture"),
     _in("going", "goes", "went", "gone"), _in("dark", "black", "grey", "gray"), _in("in"), _in("patches", "blotches", "bits")],
    [_in("dark", "black", "grey", "gray", "wiggly", "squiggly", op="*"),
     _rx(r"^(strands|squiggles|cobwebs|threads|specks|hairs|worms|tadpoles|wiggles|blobs)$"), *_gap_in_sentence(3),
     _rx(r"^(float\w*|drift\w*)$")],
    [_rx(r"^(move|moves|moving|moved|follow|follows|following|followed|shift|shifts|drift|drifts|stays?|same)$"), *_gap_in_sentence(4),
     _in("when", "whenever", "as", "if"), _in("i", "she", "he"), _in("move", "moves", "moved", "look", "looks", "turn", "turns"),
     _in("my", "her", "his"), _in("eye", "eyes")],
    [_in("right", "directly", "straight"), _in("in"), _in("front"), _in("of"), _in("him", "her", "me", "them", "my", "his")],
    [_rx(r"^(knock|knocks|knocking|knocked)$"), _in("things", "stuff", "everything", "cups", "it", "them", op="?"), _in("over", op="?"),
     _in("on"), _in("my", "his", "her", "the", "their"), _in("left", "right")],
    [_rx(r"^(bump|bumps|bumping|bumped|walk|walks|walking|walked|bang|bangs|banging|banged|crash|crashing|crashed)$"), _in("into"),
     _in("things", "stuff", "everything", "doors", "people", "furniture", "walls"), _in("on"), _in("my", "his", "her", "the", "their"),
     _in("left", "right")],
    [_in("only"), _in("with", "through", "out", "from"), _in("of", op="?"), _in("my", "her", "his", "the", "one"),
     _in("left", "right", "bad", "sore", op="?"), _in("eye")],
    [_rx(r"^(cover|covers|covering|covered|shut|close|closing|closed)$"), _in("my", "her", "his", "the", "that", "one"),
     _in("left", "right", "other", "good", "bad", op="?"), _in("eye"), *_gap_in_sentence(5),
     _rx(r"^(normal|fine|clear|clearer|disappears?|vanish\w*)$")],
    [_in("smudge", "smear", "film", "mark"), _in("on"), _in("my", "the", "her", "his", "dirty", op="?"), _in("glasses", "lenses", "specs"),
     *_gap_in_sentence(4), _in("ca", "can", "cant", "cannot", "wo", "wont", "couldnt")],
    # session 35, fourth round (tuning_154): someone else's sight told by a carer through what the person does or says: "poured
    # tea next to the cup", "holding the paper right out at arm's length", "turning his head sideways to read", "a cobweb she
    # cant brush away", "walking round with his hand over one eye", "faces ... melting on one side", "who turned the lights
    # down", "there were two of him", "the eye of it keeps vanishing", "the white lines on the road had split into pairs", "says
    # my face has a hole in the middle", "the food keeps slipping away to the left", "why its getting dark at 11 in the morning",
    # "ten centimetres from his face", "the bowl wasnt where it was", "further over than it is", "better in the dark", "a
    # shimmer going on at the edges", "feels for each step with her foot", "the mirror has gone strange", "there is nothing
    # there", "grabs at air", "wrote the answers on top of each other", "went out like a light", "like its pitch black", "his
    # drawing has a hole in it", "the hall light flicking on and off", "a bite taken out of the side", "split down the middle",
    # "someone's smeared vaseline over her right eye"
    [_rx(r"^(pour|pours|poured|pouring)$"), *_gap_in_sentence(6), _in("next", "beside", "instead", "past", "missing", "missed")],
    [_rx(r"^(turning|turns|turned|tilting|tilts|tilted)$"), _in("his", "her", "my", "their"), _in("head", "face"), _in("sideways", "to")],
    [_rx(r"^(cobwebs?|spiders?)$"), *_gap_in_sentence(5), _in("ca", "can", "cant", "cannot", "wo", "wont", "won't"),
     _in("n't", "not", "nt", op="?"), _in("brush", "wipe", "clear", "blink", "rub", "get"), _in("away", "off", "rid", "out")],
    [_in("vaseline", "grease", "cling", "film", "smear"), _in("over", "on", "across"), _in("her", "his", "my", "the", "that"),
     _in("left", "right", op="?"), _in("eye")],
    [_in("hand", "hands", "sleeve", "palm", "fingers"), _in("cupped", "clamped", "pressed", "held", op="?"), _in("over"),
     _in("one", "his", "her", "my", "that", "the", "their"), _in("left", "right", op="?"), _in("eye")],
    [_in("faces", "face", "words", "letters", "picture", "everything", "people", "telly", "tv", "screen"), *_gap_in_sentence(3),
     _rx(r"^(melting|melted|melts|dripping|drooping|sagging)$")],
    [_in("who"), _rx(r"^(turned|switched|dimmed|turn)$"), _in("the"), _in("lights", "light"), _in("down", "off", "low")],
    [_in("there", "there's"), _in("was", "were", "'s", "is", "are", op="?"), _in("two", "2"), _in("of"),
     _in("him", "her", "you", "us", "me", "them", "everyone", "everybody")],
    [_in("eye"), _in("of"), _in("it", "the"), _in("needle", op="?"), _in("keeps", "kept"), _rx(r"^(vanishing|disappearing)$")],
    [_rx(r"^(split|splitting|splits)$"), _in("into", "in"), _in("pairs", "twos", "doubles")],
    [_rx(r"^(split|splitting|splits)$"), _in("down"), _in("the"), _in("middle")],
    [_in("says", "said", "saying", "asks", "asked", "asking"), *_gap_in_sentence(3), _in("face", "faces"), *_gap_in_sentence(3),
     _in("hole", "gap", "blank", "missing")],
    [_rx(r"^(slipping|sliding|drifting|moving|sloping)$"), _in("away", "off", op="?"), _in("to"), _in("the"), _in("left", "right")],
    [_in("getting", "gone", "going", "went"), _in("dark"), _in("at", "in"), *_gap_in_sentence(3), _in("morning", "midday", "lunchtime", "afternoon", "daytime")],
    [_rx(r"^(centimetres|centimeters|cm|inches|inch)$"), _in("from", "away"), _in("from", op="?"), _in("his", "her", "my", "their"),
     _in("face", "nose", "eyes")],
    [_in("was", "is", "were", "are"), _in("n't", "not"), _in("where"), _in("it", "they", "she", "he"), _in("was", "is", "were", "are", "should")],
    [_in("wasnt", "isnt", "werent", "arent"), _in("where"), _in("it", "they", "she", "he")],
    [_in("further", "farther"), _in("over", "away", "back", "along", "left", "right"), _in("than"), _in("it", "they", "she", "he")],
    [_in("better", "easier"), _in("in"), _in("the"), _in("dark")],
    [_in("shimmer", "shimmering", "shimmery", "wobble", "wobbling"), *_gap_in_sentence(4), _in("edges", "edge", "side", "sides")],
    [_in("feels", "feeling", "felt", "feel"), _in("for"), _in("each", "every", "the"), _in("step", "steps", "stair", "stairs", "wall", "door")],
    [_in("mirror"), _in("has", "'s", "had", op="?"), _in("gone", "going", "went"), _in("strange", "weird", "funny", "odd", "wrong", "wobbly")],
    [_in("there", "there's"), _in("is", "'s", "was", op="?"), _in("nothing"), _in("there")],
    [_in("grabs", "grabbing", "grabbed", "grab", "clutching", "clutches", "clutched", "reaching"), _in("at", "into"), _in("thin", op="?"),
     _in("air", "nothing")],
    [_in("wrote", "writing", "written", "writes"), *_gap_in_sentence(3), _in("on", "over"), _in("top", op="?"), _in("of", op="?"),
     _in("each"), _in("other")],
    [_in("went", "gone", "goes", "going"), _in("out"), _in("like"), _in("a"), _in("light")],
    [_in("like"), _in("it", "it's", "its"), _in("'s", "is", "was", op="?"), _in("pitch")],
    [_in("drawing", "picture", "page", "paper", "book", "screen", "photo", "painting"), _in("has", "had", "'s"), _in("got", op="?"), _in("a"),
     _in("hole", "gap", "blank")],
    [_in("flicking", "flickering", "flashing"), _in("on"), _in("and", "&"), _in("off")],
    [_in("bite"), _in("taken"), _in("out"), _in("of")],
    # "signed the tablecloth instead of the birthday card", "asking who's on the telly", "missed his armchair sitting down",
    # "shutting one eye then the other", "thinks a bird is flying past"
    [_rx(r"^(signed|wrote|poured|buttered|cut|put|stirred)$"), *_gap_in_sentence(4), _in("instead"), _in("of")],
    # "spread the jam on the plate instead of the toast" (never redness that "has spread out instead of fading": session 44, spent v23)
    [_in("spread"), {"LOWER": {"NOT_IN": ["out", "across", "over", "around", "round", "further", "more", "wider", "up", "down"]}},
     *_gap_in_sentence(3), _in("instead"), _in("of")],
    [_in("asking", "asks", "asked", "ask"), _in("who"), _in("'s", "is", "was"), _in("on"), _in("the"), _in("telly", "tv", "television", "screen")],
    [_in("missed", "missing", "misses", "miss"), _in("his", "her", "my", "the", "their"),
     _in("chair", "armchair", "seat", "step", "steps", "cup", "mug", "glass", "ear", "mouth", "plate", "bowl", "door", "doorway")],
    [_rx(r"^(shutting|closing|covering|shut|close|cover|shuts|closes|covers)$"), _in("one"), _in("eye"), _in("then", "and", "&"),
     _in("the"), _in("other")],
    [_in("bird", "birds", "fly", "flies", "spider", "spiders", "insect", "insects", "moth", "moths", "bug", "bugs"), _in("is", "'s", "are",
                                                                                                                         "keeps", "kept", op="?"),
     _in("flying", "darting", "crawling", "whizzing", "zooming", "flitting"), _in("past", "across", "round", "around", "by")],
    # session 35, fifth round (tuning_157): typed fast and short: "the tv has 2 of everyone on it", "cant read the bus number
    # anymore", "the left side of my phone just isnt there", "the lamp is two lamp", "the slats on the window shutters all
    # kinked", "the doorway is crooked", "the door look like melting", "the world looks tipped sideways", "the tiles bulge out",
    # "the road looks like its rippling", "the mirror only shows top half of my face", "closing in like a tunnel", "a wiggly
    # black thread keeps swimming across", "the red traffic light looks orange n fuzzy", "my 2 hands look like 4", "a missing
    # chunk in the middle", "the sky got dark dots all over it", "like smeared vaseline", "a star with spikes", "vanish in a
    # grey spot"
    [_in("two", "2"), _in("of"), _in("everyone", "everybody", "everything")],
    [_in("ca", "can", "could", "cant", "cannot", "couldnt"), _in("nt", "n't", "not", op="?"), _in("read"), _in("the", "a", "my", "any"),
     *_gap_in_sentence(3), _in("anymore", "now")],
    [_in("side", "half"), _in("of", op="?"), *_gap_in_sentence(3), _in("just", "simply", op="?"), _in("is", "was", "are", "were"), _in("nt"),
     _in("there")],
    [_in("is", "are", "became", "turned", "look", "looks"), _in("two", "2"),
     _in("lamp", "lamps", "light", "lights", "door", "doors", "cup", "cups", "people", "faces", "moons", "suns", "clocks", "clock")],
    [_in("straight"), *_gap_in_sentence(6), _in("kinked", "bent", "bendy", "crooked", "wavy", "wonky", "warped", "wiggly", "bowed")],
    [_in("door", "doorway", "doorframe", "window", "frame", "wall", "walls", "tiles", "road", "shelves", "world", "room", "floor",
         "lines", "slats"), *_gap_in_sentence(4),
     _in("crooked", "kinked", "bent", "bendy", "wavy", "warped", "bulge", "bulging", "bulges", "rippling", "tipped", "tilted", "melting",
         "sideways", "sloping")],
    [_in("only"), _in("shows", "show", "showing", "see", "sees"), _in("the", "my", op="?"), _in("top", "bottom", "left", "right"),
     _in("half")],
    [_in("like"), _in("a"), _in("tunnel")],
    [_in("closing", "closed", "closes"), _in("in"), _in("like", "from", "on")],
    [_in("thread", "threads", "worm", "worms", "squiggle", "squiggles", "hair", "hairs", "tadpole", "tadpoles"),
     _in("keeps", "kept", "is", "'s", "are", op="?"), _in("swimming", "floating", "drifting", "wriggling"),
     _in("across", "past", "about", "around", "over")],
    [_in("traffic"), _in("light", "lights"), *_gap_in_sentence(4),
     _in("fuzzy", "orange", "wrong", "weird", "strange", "smeared", "smudged", "double", "doubled")],
    [_in("two", "2"), {"IS_ALPHA": True}, _in("look", "looks", "looked"), _in("like"), _in("four", "4")],
    [_in("missing"), _in("chunk", "piece", "bit", "part", "patch", "hole")],
    [_in("sky", "ceiling", "wall", "walls", "page", "screen", "paper"), *_gap_in_sentence(3), _in("dark", "black", "grey", "gray"),
     _in("dots", "spots", "specks", "blobs")],
    [_in("smeared", "smudged", "smeary", "covered", "coated"), _in("in", "with", op="?"), _in("vaseline", "grease")],
    [_in("light", "lights", "lamp", "lamps", "bulb", "bulbs"), _in("looks", "look", "looked", "like", op="+"), *_gap_in_sentence(3),
     _in("star", "starburst", "spikes", "spiky", "rays")],
    [_rx(r"^(vanish|vanishes|vanished|vanishing|disappear|disappears|disappeared|disappearing)$"), _in("in", "into"), _in("a", "the"),
     _in("grey", "gray", "dark", "black"), _in("spot", "patch", "blob", "hole")],
]

# session 36 (tuning_162): one eye told against the other by how it shows colour, light, size or shape: "the right eye makes
# everything look smaller", "my left eye makes reds look orange", "puts a sort of brown wash over everything", "white paper
# looks grey from that eye only", "the faces on TV look stretched in my right eye", "everything in my right eye got a green
# tint", "like someone put sunglasses on just my left eye", "like a photo with the contrast lowered"
_PERCEPT = ("smaller", "bigger", "larger", "further", "farther", "closer", "darker", "dimmer", "duller", "flatter", "paler", "lighter",
            "brighter", "grey", "gray", "greyish", "grayish", "greyer", "yellow", "yellowish", "yellower", "pink", "pinkish", "pinker",
            "purple", "purplish", "green", "greenish", "brown", "brownish", "orange", "beige", "cream", "warmer", "cooler", "colder",
            "stretched", "squashed", "curved", "bent", "wavy", "tint", "tinted", "filter", "wash", "washed", "pale", "faded", "dim",
            "dark", "blue", "bluish", "bluer", "redder", "reddish", "sepia", "tiny", "small", "big", "huge", "dull", "duller", "wonky",
            "slanted", "tilted", "rippled", "rippling", "ripple", "ripples", "distorted", "warped", "different", "colourless",
            "colorless", "black", "white", "wrong", "lopsided", "crooked", "pm", "dusk", "evening", "twilight")
_ONE_EYE = [_in("my", "the", "that", "this", "her", "his", "their", "one", op="?"),
            _in("left", "right", "other", "bad", "sore", "one", "this", "that"), _in("eye")]
_MAKES = r"^(makes?|made|making|puts?|putting|shows?|showing|turns?|turned|turning|gives?|giving)$"
_COVER = r"^(cover|covers|covered|covering|shut|shuts|shutting|close|closes|closed|closing)$"
SCENE_SIGHT += [
    [*_ONE_EYE, _in("now", "just", "only", "still", "is", "really", op="*"), _rx(_MAKES), *_gap_in_sentence(7),
     _in(*_PERCEPT)],
    [_rx(r"^(looks?|looked|looking|appears?|appeared|seems?|seemed|goes|go|went|turned|turns|gets|got|is|are|was|were|'s|'re)$"),
     *_gap_in_sentence(3), _in(*_PERCEPT), *_gap_in_sentence(3), _in("from", "with", "in", "through", "using"),
     _in("my", "the", "her", "his", "one", op="?"), _in("left", "right", "other", "bad", "one", "that", "this"), _in("eye")],
    [_in("in", "with", "from", "through", "using"), *_ONE_EYE, _in(",", op="?"), _in("everything", "things", "objects", "it", "colours",
                                                                                 "colors", "the", "all", op="?"),
     *_gap_in_sentence(4), _in(*_PERCEPT)],
    [_in("if", "when"), _in("i", "she", "he", "you"), _in("only"), _in("use", "look"), _in("that", "this", "my", "the", "her", "his"),
     _in("left", "right", "bad", "one", op="?"), _in("eye")],
    [_in("everything", "things", "world", "room", "sky", "all"), *_gap_in_sentence(4), _in("a", "an", op="?"),
     _in("yellow", "yellowish", "green", "greenish", "brown", "brownish", "pink", "pinkish", "purple", "blue", "bluish", "grey", "gray",
         "orange", "red", "reddish", "sepia", "sort", "kind"), _in("of", op="?"),
     _in("tint", "filter", "wash", "cast", "hue", "haze", "glow", "film")],
    [_in("like"), _in("a", "an"), _in("yellow", "green", "brown", "pink", "purple", "blue", "grey", "gray", "orange", "red", "sepia"),
     _in("filter", "tint", "lens", "cellophane")],
    [_in("sunglasses", "shades"), _in("on", "over"), _in("just", "only", op="?"), _in("my", "one", "that", "her", "his"),
     _in("left", "right", "one", op="?"), _in("eye")],
    [_in("contrast", "brightness", "saturation"), _in("'s", "is", "has", "been", "was", op="*"),
     _in("lowered", "turned", "down", "reduced", "lower", "low", "drained")],
    [_in("colour", "color", "colours", "colors"), _in("'s", "is", "has", "have", "been", "was", "were", op="*"),
     _in("turned", "drained", "washed"), _in("down", "out", "off")],
    [_in("dimmer"), _in("switch")],
    # "the whiteboard goes pinkish when she covers her other eye", "when she shuts her left eye, the words in her book get
    # smaller", "look curved from that side only", "the right one makes the kettle bigger", "the light is broken in this
    # eye", "the eye I picked the milia near now makes the white walls beige"
    [_in(*_PERCEPT), *_gap_in_sentence(2), _in("when", "if", "whenever"), _in("i", "she", "he", "you"), _rx(_COVER),
     _in("my", "her", "his", "the", "your"), _in("other", "left", "right", "good"), _in("eye")],
    [_in("when", "if", "whenever"), _in("i", "she", "he", "you"), _rx(_COVER), _in("my", "her", "his", "the", "your"),
     _in("other", "left", "right", "good"), _in("eye"), *_gap_in_sentence(7),
     _rx(r"^(get|gets|got|look|looks|go|goes|went|are|is|seem|seems|turn|turns)$"), _in(*_PERCEPT)],
    [_in(*_PERCEPT), _in("from", "on", "down"), _in("that", "the", "one", "my"), _in("left", "right", op="?"), _in("side"),
     _in("only")],
    [_in("the"), _in("left", "right"), _in("one"), _rx(_MAKES), *_gap_in_sentence(5), _in(*_PERCEPT)],
    [_in("broken", "wrong", "weird", "funny", "off", "dark", "dim"), _in("in"), _in("this", "that", "my", "her", "his"),
     _in("left", "right", op="?"), _in("eye")],
    [_in("eye"), _in("i", "she", "he", "we"), *_gap_in_sentence(5), _rx(_MAKES), *_gap_in_sentence(5), _in(*_PERCEPT)],
    # session 36 (followups/tuning_57): "I can only do it if I cover the right eye", "only when I use that eye", "looks like it's
    # behind a steamed-up shower door"
    [_in("only"), *_gap_in_sentence(5), _in("if", "when", "while"), _in("i", "she", "he"), _rx(_COVER), _in("my", "the", "her", "his"),
     _in("left", "right", "other", "good", op="?"), _in("eye")],
    [_in("only"), _in("when", "if", "while"), _in("i", "she", "he"), _in("use", "look", "uses", "looks"), _in("through", "with", "out", op="?"),
     _in("of", op="?"), _in("that", "this", "my", "the", "her", "his"), _in("left", "right", "bad", "one", op="?"), _in("eye")],
    [_in("behind", "through"), _in("a", "the"), _in("steamed", "frosted", "misty", "foggy", "fogged", "steamy", "bathroom")],
    # "my hand keeps landing short", "the edge of the table seems to wobble" (reaching for a mug, followups/tuning_57)
    [_in("hand", "hands", "fingers"), _in("keeps", "keep", "kept"), _in("landing", "falling", "stopping", "coming", "ending"),
     _in("up", op="?"), _in("short")],
    [_in("edge", "edges", "corner"), _in("of"), _in("the", "my"), _in("table", "step", "steps", "counter", "worktop", "stairs", "desk", "kerb"),
     _in("seems", "seem", "looks", "look", "keeps", "is"), _in("to", op="?"), _in("wobble", "wobbling", "move", "moving", "shift", "shifting",
                                                                             "jump", "jumping", "swim", "swimming")],
    # session 36 (tuning_170): a young child's sight told by what the child does: "tilting his head weird to look at his
    # cartoons", "covering one eye with his hand", "doesn't track it any more", "grabbing the air next to them", "why is it
    # dark on this side", "walks into things"
    [_rx(r"^(tilting|tilts|tilted|tipping|tips|tipped|holding|holds|cocking|cocks|turning|turns)$"), _in("his", "her", "their"),
     _in("head"), _in("weird", "funny", "oddly", "sideways", "strangely", "to", "over")],
    [_rx(r"^(covering|covers|covered|shutting|shuts|closing|closes|squinting)$"), _in("one", "that", "his", "her", "the"),
     _in("left", "right", op="?"), _in("eye"), _in("with", "to", "when", "while", "and")],
    [_rx(r"^(doesnt|does|not|stopped|wont|won't|isnt|is|can't|cant)$"), _in("n't", "nt", "not", op="?"),
     _in("track", "tracking", "follow", "following"), _in("it", "them", "things", "toys", "toy", "my", "the", "his", "her", "faces", op="*"),
     _in("any", "anymore", "with", "now", "like")],
    [_in("grabbing", "grabs", "grabbed", "reaching", "reaches", "reached", "swiping", "swipes"), _in("at", op="?"), _in("the"), _in("air")],
    [_in("dark", "black", "blurry", "fuzzy", "dim"), _in("on"), _in("this", "that"), _in("side")],
    [_in("walks", "walking", "walked", "bumps", "bumping", "bumped", "crashes", "crashing", "crashed"), _in("into"),
     _in("things", "stuff", "doors", "walls", "furniture", "everything")],
    # "the clock face is dimmer and smaller that side"
    [_in("dimmer", "smaller", "bigger", "duller", "blurrier", "fuzzier", "mistier"), _in("and", op="?"),
     _in("dimmer", "smaller", "bigger", "duller", "blurrier", "fuzzier", "mistier", op="?"), _in("on", "from", op="?"),
     _in("that", "one", "this"), _in("side")],
]

# session 36 (tuning_174): the other eye told as normal, against a change in one eye ("left eye she says normal", "the
# other eye is fine"): kept only beside a change of colour, light, size or shape, a time it began and a removal
# (milia.safety.sign_words.read_match)
OTHER_EYE_NORMAL_WORDS = frozenset({"normal", "fine", "ok", "okay", "alright", "unaffected", "usual", "good"})
SCENE_SIGHT += [
    [_in("other", "left", "right"), _in("eye", "one"), _in("is", "'s", "are", "still", "stays", "looks", "seems", "she", "he", "says", "said",
                                                          op="*"),
     _in("totally", "completely", "perfectly", "still", op="?"), _in(*OTHER_EYE_NORMAL_WORDS)],
    # "the carpet looks brown from that eye", "the mugs look smaller to my left eye", "curve ... in my right eye only"
    [_in("from", "with", "to", "in", "through", "using"), _in("my", "her", "his", "the", "one", "that"), _in("left", "right"), _in("eye")],
    # "when I shut my right eye", "if I cover my left eye"
    [_in("when", "if", "whenever"), _in("i", "she", "he"), _rx(r"^(use|uses|shut|shuts|cover|covers|close|closes)$"),
     _in("my", "her", "his", "the"), _in("left", "right", "other", "good"), _in("eye")],
    # "there's a hole where they should be", "it makes her eye scream"
    [_in("hole", "gap", "blank", "space", "nothing"), _in("where"), _in("they", "it", "the", "words", "letters"), *_gap_in_sentence(2),
     _in("should"), _in("be")],
    [_in("makes", "make", "made"), _in("her", "his", "my", "their", "the"), _in("eye", "eyes"), _in("scream", "screaming", "scream")],
    # session 36 (tuning_176, followups/tuning_60): a young child's sight told by what the child does, in other words than
    # tuning_170's: "held each page right against his nose", "her eyes just wander past me", "she isn't looking at anything",
    # "only smiles when she hears my voice", "walked right past me like I was a stranger", "like the lights are off"; "every
    # lamp post came in pairs", "couldn't judge the scissors"
    [_in("right", "up", "close", "pressed"), _in("against", "to", "up", op="*"), _in("his", "her", "their"), _in("nose", "face")],
    [_in("nose", "face"), _in("right", "pressed", "squashed", "stuck", op="?"), _in("against", "up"), _in("against", "to", op="?"), _in("the"),
     _in("tv", "telly", "screen", "tablet", "page", "book", "ipad", "window")],
    [_in("eyes", "eye"), _in("just", "keep", "keeps", "now", op="*"), _in("wander", "wanders", "wandering", "drift", "drifts", "drifting", "roam",
                                                                        "roams", "roll", "rolls"),
     _in("past", "about", "around", "off", "away", "everywhere")],
    [_in("she", "he", "baby", "they"), _in("is", "isn't", "isnt", "does", "doesn't", "doesnt", "'s"), _in("n't", "nt", "not", op="?"),
     _in("looking", "look", "focusing", "focus"), _in("at"), _in("anything", "me", "us", "them", "faces", "it")],
    [_in("only"), _rx(r"^(smiles|comes|turns|responds|reacts|looks|crawls|answers)$"), _in("when", "if"), _in("she", "he", "i", "they"),
     _rx(r"^(hears|hear|speak|talk|call|say|shout|sing)$")],
    [_in("walked", "walks", "walking", "went", "goes"), _in("right", "straight"), _in("past"), _in("me", "us", "her", "him"),
     _in("like", "as")],
    [_in("like", "as"), _in("if", op="?"), _in("the"), _in("lights", "light"), _in("are", "were", "was", "is", "had"), _in("gone", op="?"),
     _in("off", "out")],
    [_in("came", "come", "comes", "coming"), _in("in"), _in("pairs", "twos", "doubles", "two")],
    [_rx(r"^(kicking|kicked|kicks|grabbing|grabbed|reaching|reached|swiping|swiped|patting|batting)$"), _in("at", op="?"), _in("the"),
     _in("grass", "air", "floor", "table", "space", "wall", "carpet"), _in("beside", "next", "instead", "behind", "in")],
    [_in("face", "nose"), _in("almost", "nearly", "right", "practically"), _in("on", "against", "touching", "in"), _in("the", "it")],
    [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("find"), _in("any"), _in("of"), _in("us")],
    [_in("colouring", "coloring", "drawing", "scribbling", "writing"), _in("right", "straight", "way", op="?"), _in("off"), _in("the"),
     _in("page", "paper", "edge")],
    [_in("swing", "swings", "swinging", "turn", "turns", "turning", "twist", "twists"), _in("his", "her", "their", "my"), _in("whole"),
     _in("body", "head"), _in("round", "around"), _in("to"), _in("find", "see", "look")],
    [_rx(r"^(wont|won't|wo|cant|can't|ca|doesnt|does)$"), _in("n't", "nt", "not", op="?"), _in("take"), _in("a"), _in("step"), _in("without")],
    [_in("like", "as"), _in("if", op="?"), _in("they", "it", "we", "i"), _in("were", "was", "are", "is"), _in("n't", "nt", "not"), _in("there")],
    [_in("past"), _in("me", "us"), *_gap_in_sentence(6), _in("like", "as"), _in("if", op="?"), _in("i", "we"), _in("was", "were"), _in("a"),
     _in("stranger", "strangers")],
    [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("judge"), _in("the", "where", op="?"),
     _in("distance", "distances", "depth", "scissors", "steps", "step", "kerb", "gap", "stairs", "ball", "cup")],
    # "can't make the numbers out", "sparks that aren't there"
    [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("make"), _in("the", "any", op="?"),
     _in("numbers", "words", "letters", "writing", "faces", "time", "print", "dial"), _in("out")],
]
# session 37 (tuning_177, spent v16): sight told through work or errands, with no word of sight: "the prices on the screen
# keep swimming", "the rack numbers were fading in and out", "the price tags have gone faded and shaky", "can't read the
# barcode numbers", "struggling to read the doses", "headlights of other cars have big rings", "the top half of everything
# looks shadowed", "a smoky patch in one eye", "I get two presser feet and two needles", "the cars on my left were
# doubling", "that eye's view is grey", "the eye see nothing"
_TEXT_THINGS = r"^(prices|numbers|letters|words|labels|tags|doses|lines|signs|figures|digits|barcodes|names|print|writing|text|menu" \
               r"|timetable|columns|rows|cells|stitches|keys|buttons|subtitles|headlines)$"
_NOT_DOUBLING = [*_NOT_A_SCENE, "they", "these", "those", "prices", "price", "costs", "cost", "fees", "bookings", "appointments", "numbers"]
SCENE_SIGHT += [
    [_rx(_TEXT_THINGS), *_gap_in_sentence(4), _in("keep", "keeps", "kept", "are", "were", "is", "'re", "started", "start", "have", "has",
                                                  "been", "going", "gone", "went", "all", op="*"),
     _rx(r"^(swimming|moving|fading|jumping|dancing|shaking|shaky|wobbling|drifting|sliding|doubling|doubled|faded|smeared|smudged"
         r"|melting|merging|crawling)$")],
    [_rx(r"^(cant|cannot|couldnt|ca|can|could|struggling|struggle|struggled|unable|not)$"), _in("n't", "nt", "not", "to", op="?"),
     _in("read"), _in("the", "my", "any", "street", "road", op="*"), _in("barcode", "price", "street", "road", "bus", "shelf", "rack", op="?"),
     _in("numbers", "doses", "names", "labels", "prices", "signs", "tags", "dial", "chart", "timetable", "recipe", "prescription", "till",
         "screen", "orders", "tickets", "ticket", "label", "card", "menu", "form")],
    [_rx(r"^(lights?|lamps?|headlights?|streetlights?|bulbs?)$"), *_gap_in_sentence(4), _in("have", "has", "got", "had"),
     _in("big", "huge", "little", "bright", "rainbow", op="*"), _in("rings", "halos", "haloes", "circles", "rainbows")],
    [_in("everything", "things", "world", "half", "side", "top", "bottom"), *_gap_in_sentence(3), _in("looks", "look", "looked", "seems", "went",
                                                                                                        "gone", "is", "'s", "are"),
     _in("shadowed", "shaded", "dimmed", "darkened", "washed")],
    [_in("looks", "look", "looked", "gone", "went"), _in("grey", "gray", op="?"), _in("and", op="?"),
     _in("smeared", "smudged", "smeary", "smudgy", "faded", "patchy", "shaky"), _in("on", "out", "from"), _in("the", "of", "one", "that"),
     _in("left", "right", "side", "eye")],
    [_in("smoky", "smokey", "misty", "foggy", "cloudy", "milky", "hazy", "grey", "gray", "dark", "black", "blurry", "blurred", "murky"),
     _in("patch", "area", "cloud", "smudge", "blob", "haze", "smear"), _in("in", "over", "across"), _in("one", "my", "her", "his", "that", "the"),
     _in("left", "right", op="?"), _in("eye")],
    [_in("see", "seeing", "saw", "get", "getting"), _in("two", "2"), _SCENE_THING, _SCENE_THING | {"OP": "?"}, _in("and"), _in("two", "2")],
    [{"IS_ALPHA": True, "LOWER": {"NOT_IN": _NOT_DOUBLING}}, *_gap_in_sentence(3), _in("were", "are", "keep", "kept", "started", "is", "was", "keeps"),
     _in("doubling")],
    [_in("eye", "eyes"), _in("'s", op="?"), _in("view", "picture"), _in("is", "'s", "has", "was"), _in("gone", "turned", "going", op="?"),
     _in("grey", "gray", "dark", "black", "blank", "white", "cloudy", "misty", "foggy", "fuzzy", "blurry", "dim")],
    [_in("eye", "eyes"), _in("can", "could", op="?"), _in("see", "sees"), _in("nothing", "nuthin", "nothin")],
    [_rx(r"^(cant|cannot|couldnt|ca|can|could)$"), _in("n't", "nt", "not", op="?"), _in("judge", "gauge"), _in("where")],
]
# session 37, second round (tuning_186): sight told through a hobby or chore in fresh words: "the knife and the board
# disappeared into grey on one side", "the road has a dark wedge low down", "the card is just a white haze", "the board
# squares are bending", "a hole in the middle of whatever my left eye looks at", "the shuttle kept vanishing", "the court
# lines are missing on my left side", "the dotted line just wasn't there for my right eye"
SCENE_SIGHT += [
    [_in("disappeared", "vanished", "faded", "melted", "dissolved", "disappearing", "vanishing", "fading", "melting"), _in("into"),
     _in("grey", "gray", "fog", "mist", "haze", "nothing", "white", "black", "darkness", "blackness", "blur", "shadow")],
    [_in("dark", "black", "grey", "gray", "blank", "shadowy"), _in("wedge", "triangle", "slice", "crescent", "veil", "wall")],
    [_in("is", "'s", "are", "was", "were", "like", "just"), _in("just", "all", "only", op="?"), _in("a"),
     _in("white", "grey", "gray", "milky", "bright", "dark", "yellow"), _in("haze", "blur", "fog", "mist", "blotch", "glare")],
    [_rx(r"^(squares|lines|tiles|edges|bars|doorframes?|walls|windows|stripes|lanes|rows|columns|shelves|pieces|kerbs?|steps)$"),
     *_gap_in_sentence(3), _in("are", "were", "is", "keep", "kept", "started", "have", "all", "'re"),
     _rx(r"^(bending|warping|bowing|curving|wavy|wonky|kinked|wobbling|buckling|sagging)$")],
    [_in("hole", "gap", "blank", "blob", "patch", "spot"), _in("in"), _in("the"), _in("middle", "centre", "center"), _in("of"),
     _in("whatever", "everything", "what")],
    [_in("kept", "keeps", "keep"), _in("vanishing", "disappearing")],
    [_in("missing", "gone", "vanished"), _in("on", "from"), _in("my", "the", "her", "his"), _in("left", "right"), _in("side", "half")],
    [_in("was", "were", "is", "are"), _in("n't", "not", "nt"), _in("there"), _in("for", "with", "in", "from"), _in("my", "her", "his", "that", "the"),
     _in("left", "right"), _in("eye")],
]
ONE_EYE_PHRASE_STARTS = frozenset({"from", "with", "to", "in", "through", "using", "when", "if", "whenever"})
CONTRAST_PERCEPT = frozenset(_PERCEPT) | frozenset({
    "dusk", "evening", "night", "shrunk", "shrink", "shrinks", "shrinking", "kinked", "bowed", "bend", "bends", "bending", "curve",
    "curves", "sag", "sags", "sagging", "cut", "vanishes", "vanish", "disappear", "disappears", "hole", "halfway", "navy", "mustard",
    "lopsided", "far", "further", "dull", "dimmer", "shadowy", "faded", "washed", "wrong", "misjudge", "missing", "overshot", "warm",
    "cold", "half", "higher", "lower", "8pm", "curtains"})
CHANGE_BEGAN = re.compile(r"\b(now|since|today|tonight|this (morning|afternoon|evening)|started|came on|began|new|never|yesterday"
                          r"|suddenly|an hour|hours? ago|last night|after lunch|teatime|lunch)\b")
# session 43 (tuning_312, tuning_320): sight told vaguely by older visitors and carers: "the telly has gone all double", "two newsreaders
# instead of one", "there are two handrails", "the middle of whatever I look at is missing, like a hole", "the stair carpet pattern is
# jumping about", "keeps reaching for coins on the floor that aren't there", "the faces of staff look 'melted'", "the kitchen clock has
# 'lost its numbers' down one side", "says I'm just a shape", "like someone rubbed out the bottom half"
SCENE_SIGHT += [
    [_in("gone", "going", "went", "turned", "goes"), _in("all", op="?"), _in("double", "doubled")],
    [_in("two", "2"), _SCENE_THING_NOT_A_PLACE, _in("instead"), _in("of"), _in("one")],
    [_in("there"), _in("are", "were", "'re"), _in("two", "2"), _rx(r"^(handrails?|banisters?|rails|railings|kerbs|doors|doorways|tellies|tvs|clocks"
                                                                 r"|moons|suns|cups|kettles|plates|faces|heads|noses)$")],
    [_in("middle", "centre", "center"), _in("of"), _in("whatever", "everything", "anything", "what"), *_gap_in_sentence(4),
     _in("missing", "gone", "blank", "blacked", "empty")],
    [_rx(r"^(stairs|steps|carpet|pattern|patterns|floor|pavement|kerb|walls?|wallpaper|lines|page|words|letters|tiles|print)$"),
     *_gap_in_sentence(2), _in("jumping", "dancing", "bouncing", "jiggling", "shimmering", "jumps", "dances", "jumped", "danced")],
    [_in("reaching", "reached", "reaches", "grabbing", "grabbed", "grabs", "feeling"), _in("for"), *_gap_in_sentence(5),
     _in("that", "which"), _in("are", "were", "is", "was", "'re"), _in("n't", "not", "nt"), _in("there")],
    [_rx(r"^(faces|people|everyone|everybody|clock|telly|tv)$"), *_gap_in_sentence(3),
     _in("look", "looks", "looked", "looking", "seem", "seems"), _in("'", op="?"), _in("all", op="?"),
     _in("melted", "melting", "smeared", "smudged", "stretched", "squashed", "twisted", "runny")],
    [_in("lost", "losing"), _in("its", "their", "the"), _rx(r"^(numbers|letters|words|edges|lines|corners|middle|centre|center)$")],
    [_in("just", "only"), _in("a"), _in("shape", "blob", "shadow", "silhouette", "smudge", "outline")],
    [_in("rubbed", "wiped", "erased", "blanked", "scribbled", "painted"), _in("out", "off", op="?"), _in("the"),
     _in("bottom", "top", "lower", "upper", "left", "right"), _in("half", "bit", "part", "side")],
]
# second round (tuning_329): "can't tell me from my sister", "the vicar 'had no face'", "the bus numbers have a 'hole' in them", "the numbers on
# the bus look 'double'", "cannot see the bus number", "now she says they're just grey lines", "the squares all swim about"
SCENE_SIGHT += [
    [_rx(r"^(cant|cannot|couldnt)$"), _in("tell"), _in("me", "us", "him", "her", "them"), _in("from", "apart")],
    [_in("can", "ca", "could"), _in("n't", "not", "nt"), _in("tell"), _in("me", "us", "him", "her", "them"), _in("from", "apart")],
    [_in("had", "has", "have"), _in("'", op="?"), _in("no"), _in("face", "faces")],
    [_rx(r"^(numbers|letters|words|print|faces|signs|subtitles|figures)$"), _in("have", "has", "had", "got"), _in("a"), _in("'", op="?"),
     _in("hole", "holes", "gap", "gaps")],
    [_in("look", "looks", "looked", "looking"), _in("'"), _in("double", "doubled")],
    [_in("see", "read"), _in("the"), _in("bus"), _in("number", "numbers")],
    [_in("just", "only"), _in("grey", "gray", "black", "fuzzy", "blurry"), _in("lines", "shapes", "blobs", "smudges", "squiggles")],
    [_rx(r"^(squares|numbers|letters|words|lines|clues|print)$"), _in("all", op="?"),
     _rx(r"^(swim|swims|swimming|swam|jump|jumps|wobble|wobbles|wobbling|dance|dances)$"), _in("about", "around")],
]
# fifth round (tuning_344): "When I covered her right eye she couldn't tell me how many fingers I was holding up", "'seeing through a
# keyhole' with one eye ... Everything round the edge is black"
SCENE_SIGHT += [
    [_rx(r"^(cant|cannot|couldnt)$"), _in("tell", "count", "see"), _in("me", "us", op="?"), _in("how"), _in("many"), _in("fingers")],
    [_in("can", "ca", "could"), _in("n't", "not", "nt"), _in("tell", "count", "see"), _in("me", "us", op="?"), _in("how"), _in("many"), _in("fingers")],
    [_in("through"), _in("a"), _in("keyhole", "tunnel", "letterbox", "straw", "tube")],
    [_in("round", "around"), _in("the"), _in("edge", "edges", "outside"), _in("is", "are", "'s", "has", "gone", "went"), _in("gone", op="?"),
     _in("black", "dark", "grey", "gray", "missing")],
]
# session 44 (spent v23): a toddler "doesn't seem to see things on that side, he reaches right past his toys"
SCENE_SIGHT += [
    [_rx(r"^(reaching|reaches|reached|grabbing|grabs|grabbed)$"), _in("right", "straight", "just"), _in("beside", "past", "next")],
    [_in("n't", "not", "nt"), _in("seem", "seems"), _in("to"), _in("see", "notice"), _in("things", "anything", "stuff", "toys", "people", "me", "us"),
     _in("on", "to"), _in("that", "his", "her", "one", "the"), _in("left", "right", op="?"), _in("side")],
]
