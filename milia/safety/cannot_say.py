"""An eye emergency of someone who cannot say it, told by a carer through what the person now does.

Carers tell it through behaviour no sign word names: a boy with autism "banging the side of his head by his eye against the wall
and howling", a father who cannot talk since a stroke "screwing that eye up when he's near the window", a daughter with Down's
syndrome who "keeps missing when she reaches for her cup", a baby who "no longer follows my face" (session 46, tuning_421; the
carers' sets before it were found 43, 42 and 37 of 50 blind). When the message says the person cannot tell (dementia, a stroke,
a learning disability, autism, not speaking, a baby or toddler), someone removed a milium near their eye, and a sentence tells a
change since then in what they do (holding, pulling at or shielding the eye, flinching, sobbing, not following a face, walking
into things, one eye following and the other not), the reply is the emergency one: nobody can ask them what they see or how much it hurts. Read only when no warning
sign was read at all (a swelling or pus beside it keeps its own tier), and the change must come after its cue in the sentence
("she cried when I squeezed it, now it's red" is not one), or the sentence tells what they keep doing now and the removal is
dated (yesterday, today); never when the message says the eye itself is fine (session 47). Plain module: no rasa imports.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from milia.safety.analysis import Analysis, sentence_text

_CANNOT_SAY = re.compile(
    r"\b(dementia|alzheimer\w*|stroke|learning (disabilit\w*|difficult\w*)|autis\w*|non ?-? ?verbal|non ?-? ?speaking|down ?'?s syndrome"
    r"|cerebral palsy|profound\w*|(can ?not|ca n't|can't|cant|unable to|not able to) (say|tell|explain|talk|speak|communicate|describe)"
    r"|(does|do|did) ?(n't|not|nt) (talk|speak)|(hardly|barely|not yet) (talks|speaks|talking|speaking)|talks yet|(no|any) words"
    r"|picture cards|letter board|toddler|baby|infant|little one|ld|(minimal|limited|little|no) (speech|language)"  # "(LD, minimal speech)"
    r"|\d+ ?-? ?(months?|mths?|mo|weeks?|wks?)( -)?( old)?|(\d+|one|two|three|four|five|six) (years?|yrs?) old"
    # session 48 (tuning_474): "care home nights", "a tenant in supported living", "has aphasia", "only has a few words"
    r"|care home|nursing home|residential home|supported living|support worker|night staff|night carer|night nurse|a resident|trach\w*|aphasi\w*|few words"
    r"|no longer (speaks|talks|speaking|talking)|(signs|uses signs|makaton) a little"
    # round 5 (tuning_494): "my father have brain injury from accident, he not talk"
    r"|brain injur\w*|head injur\w*|(he|she|they) (not|no|never) (talk|talks|speak|speaks)"
    # round 7 (tuning_504): "deafblind", "can only say yes and no", "Rett syndrome and talks with an eye-gaze board"
    r"|deaf ?-?blind|deaf and blind|(only|just) (say|says) (yes|yes and no)|rett\w*|eye ?-? ?gaze|communication (board|book|device|aid)"
    # round 8 (tuning_508): motor neurone disease, "only her eyes move", Makaton
    r"|motor neuron\w*|mnd|only (her|his|their) eyes move|makaton"
    # session 49 (tuning_513, tuning_518): Angelman syndrome, selective mutism, "The boy is 2 year", "Our 2yo foster daughter"
    r"|angelman\w*|huntington\w*|mutism|mute|speech (is )?(mostly |almost |all but |nearly )?(gone|lost)|multiple sclerosis|(has|with|got) ms"
    r"|(has ?n'?t|hasnt|has not|have ?n'?t|havent) (got )?(many|any|much) words|(ca ?n't|can't|cannot|cant) get (her|his|their) words out"
    r"|brain (bleed|haemorrhage|hemorrhage)|bleed on the brain|(voice|speech) (has )?(gone|down) to a whisper|(only )?whispers? only|fragile ?x"
    r"|not (great|good) with words|(says?|'ll say|will say) yes to (everything|anything)|just nods|(has|with|got) cp\b|uses a switch|with (a|her|his|their) switch|spelling board|(not|no longer|never) (talk|talks|speak|speaks) (now|any ?more)|communicates? (only )?(through|with|by|using) (blinks|blinking|signs|pictures|gestures|sounds)|down ?'?s ?,|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (months?|weeks?)"
    r"|(is|aged) (\d+|one|two|three|four) (years?|yrs?)|\d+ ?(yo|y/o|yr old|year old)"
    # session 50 (tuning_563-578): "Lewy body resident", "frontotemporal dementia", "Locked-in syndrome", "my wife (LIS, talks by blinking", "nae
    # words", "cant say a word", "We know his moods from his humming"
    r"|lewy|frontotemporal|demencj\w*|demenz|d[eé]mence|demencia|locked ?-? ?in|lis|nae words|cannae (say|talk|speak)|(ca ?n't|can't|cannot|cant) say a word|moods from (his|her|their)"
    # session 51 (tuning_608): "a severe TBI, minimally verbal", "can't verbalise", "non-speaking"
    r"|tbi|minimally verbal|only (understands|speaks|speak|understand) \w+|(si|yes) ?/ ?(no|non) cards?|abbey pain|painad|flacc|which (is|means) i"
    r"|(ca ?n't|can't|cannot|cant) find (the|his|her|their) words|pre-?verbal|non-?speaking|(ca ?n't|can't|cannot|cant|unable to) verbali[sz]e"
    # session 54 (tuning_693): "She mixes words but this is new"
    r"|mix\w* (up )?(her|his|their )?words"
    # (tuning_708): "my grandad (90, deaf, several strokes)"
    r"|(several|multiple|many|a few|two|three) strokes|profoundly deaf"
    # round 8 (tuning_723): "He answers with thumbs up or down and pointing", "cant hear a thing n cant tell us"
    r"|answers? (only )?(with|by) (thumbs|pointing|nods|nodding|blinks|blinking|gestures)|(ca ?n'?t|can't|cannot|cant) tell (us|me|anyone))\b")
_CHANGE = re.compile(r"\b(since (then|that|the|i|we|my|our|she|he|they|her|his|mum|dad|a|it|lunch\w*|this|yesterday|last|breakfast|tea|dinner|milia|milium"
                     r"|bedtime|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|family|someone)|now|ever since"
                     r"|after (that|i|we|my|she|he|they|his|her|their|our|the|family|someone|a|an|mum|mom|dad|nan|gran|grandma|grandad)|today|this (morning|afternoon|evening)|tonight|any ?more|started"
                     r"|(has|have|had|'s) (suddenly |just )?stopped|since (picking|squeezing|popping|pricking|poking|digging|scraping|lancing|needling) \w+)\b|\bsince(?= [,.;!?]| just)")  # "My 10mo has stopped looking at the mobile above her cot" (session 49)
# told anywhere in the sentence: "he does stim but never like this"
_UNLIKE_THEM = re.compile(r"\b(never like this|never (done|did) (this|that)|did ?(n't|not|nt) use(d)? to|not like (him|her|them)(self|selves)?"
                          r"|(is|'s) n't (him|her)|out of character|normally|usually|(has|have|had) never (done|did)|(that|this) is new|(that|this) 's new"
                          r"|normal for (him|her|them) is|(always )?used to (follow|watch|look|track|reach|see)|(he|she|they) never (misses|miss|falls|trips|bumps|does that)"
                          r"|before (this|that|then) ,? ?(she|he|they) (followed|watched|looked|tracked|could|saw|always)"
                          r"|(before|until|till) yesterday (she|he|they) (see|saw|could|was|were|followed))\b")  # session 50 (tuning_573, tuning_593)
_BEHAVIOUR = re.compile(
    r"\b((hold|holds|holding|held|pull|pulls|pulling|pulled|pressing|presses|clutch\w*|grab\w*|shield\w*|cover\w*|paw\w*|rubb\w*|rubs)"
    r" (at )?(that|his|her|their|the|my|one|this)( \w+)? (eye|eyes|eyelid|lid|side|face|head)"
    r"|flinch\w*|screw\w* (that|his|her|the|one|up) (eye|up)|bang\w*|howl\w*|sob\w*|scream\w*|moan\w*|groan\w*|whimper\w*|rocking"
    r"|(wo ?n't|won't|will not|wont|does ?n'?t|doesnt|does not|do ?n'?t|dont|is ?n'?t|isnt|no longer|not|stopped|stops) (even )?(follow\w*|track\w*|look\w*|blink\w*|reach\w*|fix\w*"
    r"|watch\w*|open\w*|going down|walk\w*|see\w*|read\w*)"
    r"|(keeps?|kept) (missing|handing|saying|knocking|bumping|walking)|missing when|knocks? (it|things|them) over|bump\w* into|walk\w* into"
    r"|hit (the|a) (wall|door)|feeling (about|around|her way|his way|for|along)|(hand|hands|arm|arms)( stretched| held)? out|glazed"
    r"|(ca ?n't|can't|cannot|cant|unable to|could ?n't|couldnt) (find|see|read|reach|focus)|(hid|hides|hiding) (his|her|their) (face|eyes|eye)"
    r"|drift\w*|(closes|close|closing|shuts|shut) one|gaze|shook (her|his) head|shakes (her|his) head"
    # session 47 (tuning_443): "hitting the side of his head", "won't let the eye open", "keeps reaching for them and missing by inches",
    # "blinks hard, looks at things sideways and sent her tea flying", "grinding his fist into his eye"
    r"|hitting|hits (his|her|their|the)|(wo ?n't|won't|will not|wont) let|reach\w* for \w+( \w+)? and miss\w*|missing by|blinks? hard"
    r"|looks? at (things|people|me|us|you) sideways|(sent|knocked) (her|his|their) \w+ flying|grind\w* (his|her|their)"
    # session 47 (tuning_459): "walked straight into the table", "keeps saying 'eye broken'", "she's holding it closed"
    r"|walk\w* (straight|right) into|eye (is )?broken|hold\w* (it|them) (closed|shut)"
    # session 47 (tuning_469): "keeps trying to brush away 'little dots' in front of that eye that aren't there"
    r"|brush\w* (away|off)|swat\w*|(are|is) ?n't there|are not there"
    # session 48 (tuning_474): "keeps tapping the eye", "refusing to open that eye", "close that eye all the time", "hide her face", "batting
    # at little things ... saying there are flies", "holds his book right up close, then far away, then chucks it", "won't go down the stairs"
    r"|tap\w* (at )?(that|his|her|their|the) (eye|side)|refus\w* to (open|look|let)|(close|closes|closing|shut|shuts|shutting|squeez\w*) (that|the|her|his|their) eye"
    r"|(hide|hides) (his|her|their) (face|eyes|eye)|batt\w* at|swip\w* at|there (are|is) (flies|bugs|spiders|midges|dots|things)"
    r"|(holds?|holding|held) (\w+ ){1,3}(right |really )?(up )?close|chuck\w*|throw\w*|threw|(go|going|come|walk) (down|up) the stairs"
    # session 54 (tuning_693, tuning_698): "pulls her cardigan over her face whenever the blinds are up", "keeps jabbing at her left eye"
    r"|jab\w* at (her|his|their|the|that) (\w+ )?eye"
    r"|pull\w* (her|his|their|a|the) \w+ (over|across) (her|his|their) (face|eyes|eye|head)"
    r"|point\w* at the (\w+ )?light"
    # round 3 (tuning_484): "pulls her cardigan over her face", "keeps reaching for 'the moths' and 'the sparks' in front of that eye", "waving in front
    # of one eye, and he doesn't react when I come in from that side"
    r"|pull\w* (her|his|their|the|a) \w+ over (her|his|their) (face|eyes|eye|head)|in front of (that|her|his|their|the|one) (eye|face)"
    r"|(does ?n't|doesnt|does not|do ?n't|not) (react|respond|turn|notice)"
    # session 49, round 3 (tuning_524): "squinting hard, turning his face from the window", "his hand goes well past his glass"
    r"|squint\w* hard|turn\w* (his|her|their) (face|head) (away )?from|turn\w* away from (the )?(light|sun|window|lamp|lights)|keeps? (close|closing|shut|shutting) it|goes (well |right |way )?past|screw\w* (his|her|their) face up"
    # round 4 (tuning_528): "keeps it screwed up and cries himself hoarse, theres no settling him", "only looks with her other eye"
    r"|(keeps?|kept) it screwed up|code for|winc\w*|rubbing it (nonstop|non-stop|constantly|all)|knock\w* (it|things|them|\w+) flying|stares? past|reaching too far|grabs? at things|clos\w* (her|his|their) hand on (the )?air|(keeps?|kept|has|had|holds?|held) (his|her|their) hand over|refus\w* to go out\w*|pull\w* (her|his|their) (hood|hat|cap|sleeve|jumper|hoodie|fringe) (right )?(down )?over"
    r"|hit\w* the (left|right) side|hand on the wall|distress\w* (if|when|whenever) .*\b(open\w*|light|lights|curtains|blinds)\b|tears (are |were )?(pouring|streaming)|(cries|crying|cried) (himself|herself|themselves) hoarse|no settling (him|her|them)|only looks with (her|his|their) other eye"
    # round 4 (tuning_489): "keeps startling, blinking hard and pointing at the corner of the room like something just flashed there", "he shouts
    # if we put the big light on"
    r"|startl\w*|blink\w* hard|something (just )?flash\w*|(shouts|shouting|yells|yelling|screams|screaming) .*\b(light|lights|sun|window|lamp)\b"
    # round 6 (tuning_499): "sits with her eyes closed facing the wall and cries out whenever the curtains are opened", "keeps tripping over things
    # on his left and walked smack into the table edge", "when I hold up one finger he nods at two", "spelled out S-E-E-I-N-G D-O-U-B-L-E"
    r"|(cries|crying|cried|shouts|screams|shuts|shut) .*\b(curtains|blinds)\b|with (her|his|their) eyes? (closed|shut)|trip\w* over|walk\w* (smack|bang|slap) into"
    r"|(one|1) finger\b.*\b(two|2|three|3)\b|spel\w* out"
    # round 7 (tuning_504): "keeps pressing her palm against it", "has stopped turning towards the window", "looks straight past me", "doesnt seem to
    # see me", "asked if he could see me and he said no", "can't pick out the symbols", "her eyes keep missing the targets"
    r"|press\w* (her|his|their) (palm|hand|hands|fist)|stopped (turning|looking|reaching)|look\w* (straight|right) past|(seem|seems) (not )?to (see|notice)"
    r"|could (see|read)( \w+)? and (he|she|they) (said|says|shook|shakes) (no|his|her)|(ca ?n't|can't|cannot|cant) (pick out|spot|make out)|keeps? missing"
    # round 8 (tuning_508): "doing our pain signal ... nonstop and that eye is pouring water", "signing 'hurt' and pointing at the eye", "the daylight
    # upsets him", "keeps her eyes shut in the day room and her whole face scrunches up", "keeps clipping the left side of every doorway"
    r"|pain signal|pouring water|sign\w* (' ?)?(hurt|pain|sore|ow|dark|gone|black|blind)|point\w* at (the|that|his|her|their) eye|daylight upsets|(curtains|blinds) (drawn|closed|shut)"
    r"|keeps? (her|his|their) eyes? (shut|closed)|scrunch\w*|clip\w* the (left|right)"
    r"|(cries|crying|cried|shuts|shut|screws) .*\b(light|lights|sun|window|lamp|nightlight)\b|(the|that) lights? ?,? (the|that) lights?"
    # session 49, round 2 (tuning_518): "hiding face in pillow all day, when I open curtain he cry very loud", "clawing at his eye", "holding toys
    # right up to one eye", "keeps falling over toys on her right side", "can't seem to find the spoon, he keeps reaching to the side of it"
    r"|hid\w* (his |her |their )?face|curtains?\b.*\b(cry|cries|crying|cried|scream\w*|shout\w*|howl\w*)|claw\w* at"
    r"|(holds?|holding|held) (\w+ ){1,3}(right |really )?up to (one|that|her|his|their|the) eye|fall\w* over"
    r"|(ca ?n't|can't|cannot|cant) seem to (find|see|reach|focus)|reach\w* to the side"
    # session 50 (tuning_563-578): "he turns away from any light", "spelled D A R K P A T C H", "N-E-W  F-L-O-A-T-E-R-S. he spelled it out",
    # "pulling away from any touch near it"
    r"|turn\w* away from (any|all|bright|every) (light|lights|sun|window|lamp|lamps)|spel\w* (it |them |this |that )?out|spel\w* ([a-z] -? ?){3,}"
    r"|pull\w* away from (any|every|all) (touch|hand|hands)|gripp?\w* (his|her|their|that|the) eye"
    # session 51 (tuning_623): "keeps asking why the lights are off when theyre on", "turns her whole head to find things on her left", "He nods yes to
    # 'two of me?' every time"
    r"|(blinks?|nods?|says?|signs?) yes to .{0,6}(can you )?(see less|see nothing|can ?n't see|cannot see|cant see|blur\w*|dark|pain|hurt\w*|sore)"
    # round 6 (tuning_633): "she's tilting her head right round to look at things and missed every picture on the left of the board"
    r"|tilt\w* (her|his|their) head|miss\w* every|(choos\w*|point\w* (at|to)|pick\w*|select\w*|press\w*) (the )?(5|10|highest|top|worst|maximum)\b(?! ?(minutes|mins|days))"
    r"|which (is|means) i (ca ?n't|can't|cannot|cant) see|grimac\w*|guard\w* (her|his|their|that|the) (\w+ )?eye|double double|typed (two|2)\b"
    r"|lights? (are|is) (off|out) when|turns? (her|his|their) (whole )?head to (find|see|look)|(nods?|blinks?|says?|signs?|points?) yes to .{0,6}(two|2|double)"
    # session 51: a sign word spelled letter by letter, read as the word (milia/safety/spelled_out.py): "she has spelled D O U B L E twice"
    r"|spel\w* (\w+ ){0,2}(double|dark|blur\w*|flash\w*|float\w*|pain\w*|hurt\w*|sore|blind|light|dots|shadow|cant|sting\w*|burn\w*|ow|ouch))\b")


# the carer's own test and what it showed: "I covered his good eye and asked if he could see me and he said no, no, no" (round 7, tuning_504)
_TESTED = re.compile(r"\b(covered|covering|cover|covers|closed|held) (his|her|their) (good|other|left|right) eye\b.*\b(said no|says no|shook (his|her) head"
                     r"|could ?n't|could nt|couldnt|can't|ca n't|cannot|did ?n't|didnt|does ?n't|doesnt|does not|wo ?n't)\b"
                     # "When I stand on that side and ask if he can see me he blinks no" (round 8, tuning_508)
                     r"|\bask\w* (if|whether) (he|she|they) (can|could) see\b.*\b(no|not)\b")


# "when i asked 'can you open it?' she said 'no, no' and tried and couldn't" (session 51, tuning_618)
_ASKED_TO_OPEN = re.compile(r"\bask\w* .{0,25}\b(open|see)\b[^.]{0,15}\?.{0,40}\b(no|nope|shook|could ?n't|couldnt|cant|can't|ca n't)\b"
                            # "whether he can see my hand with his right eye ... He points to NO every single time", "Can you see properly with it?
                            # thumbs down" (session 51, tuning_633)
                            r"|\bask\w* .{0,80}\b(if|whether) (he|she|they) (can|could) see\b.{0,140}\b(points? to no|shakes? (his|her|their) head|no)\b"
                            r"|\bcan (you|he|she|they) see (properly |ok |clearly |right )?(with it|out of it|with that eye)? ?\?.{0,20}\b(thumbs? down|no|shook)\b"
                            # "Is it blurry? YES." (round 7, tuning_638)
                            r"|\b(is it|is everything|are things|is your (sight|eye)) (\w+ ){0,2}(blurr\w*|dark|double|fuzzy|misty|hurting|painful|sore) ?\? ?(yes|thumbs? up|nod\w*)\b")


# one eye doing what the other does not: "She follows me with the other eye but not with that one" (spent v25's first misses, tuning_421)
_ONE_EYE_ONLY = re.compile(r"\b(follow\w*|track\w*|watch\w*|look\w*|blink\w*) ((me|you|us|things|people|them|my \w+) )?(with|from) the other (eye|one|side)"
                           r" but not\b")

EYE_FINE = re.compile(r"\b(eye|eyes|sight|vision) (is|'s|are|seems|looks) (totally |completely |perfectly |absolutely )?(normal|fine)\b|\bseeing (fine|normally|ok)\b"
                      r"|\bno change (to|in|around|with) (the|her|his|their|that) eye")  # "No change to the eye area at all" (session 48)
_ONGOING = re.compile(r"\b(over and over|again and again|(he|she|they) 's been|(has|have) been|keeps|keep|kept on|wo n't|won't|will not|wont|refus\w*|non ?-?stop|constantly|every time|whenever|all (day|afternoon|morning|evening|night))\b")
# "a relative squeeze a milium under his eye. He keeps trying to brush something off his eye": the removal told in the sentence before
_REMOVAL_TOLD = re.compile(r"\b(used|pinn\w*|squeez\w*|pick\w*|popp?\w*|prick\w*|lanc\w*|dug|dig\w*|needl\w*|pok\w*|extract\w*|remov\w*|scrap\w*|scratched \w+ off|pierc\w*|took|taken|take|got|get"
                           r"|went at|had a go at)\b")  # "Her big cousin went at the milia on her eyelid" (session 50)
# "had a milium taken off near her eye by family", "I helped her get a milium off near her eye" (session 48, tuning_474)
REMOVED_BY_SOMEONE = re.compile(r"\b(taken|took|get|got|getting|take|taking) (a |the |one |that |this |her |his |their )?(milium|milia|milias|spot|bump|white spot"
                                r"|white bump|cyst)s? (off|out)\b|\b(milium|milia|spot|bump|cyst)s? (taken|got|gotten) (off|out)\b"
                                r"|\b(take|took|taken|taking|get|got|getting) (out|off) (the |a |her |his |their )?(white |little |small |tiny )?(milia|milium|spot|bump)s?\b"
                                r"|\b(take|took|taken|taking|get|got|getting) (a |the |one |that |this |her |his |their )(white |little |small |tiny )(milium|milia|spot|bump"
                                r"|cyst)s? (off|out)\b")
# "They used a needle on a milia by her eye last week" (session 49, round 9: tuning_553)
REMOVED_BY_SOMEONE = re.compile(REMOVED_BY_SOMEONE.pattern + r"|\b(milium|milia|spot|bump|cyst|white spot)s? (was|were) (taken|removed|squeezed|picked|got) (off|out)?\b|\bused (a |the |some |her |his |their )?(sterile |sewing |safety )?(needle|pin|lancet|tweezers|blade)"
                                r" on (a |the |her |his |their |one |that )?(milia|milium|spot|bump|white spot|cyst)s?\b")
BY_THE_CLINIC = re.compile(r"\b(at|by|in) (your|the) (clinic|surgery|salon)\b|\bby you\b")  # "had milia taken off under her eye at your clinic"
_RECENT = re.compile(r"\b(yesterday|today|last night|this morning|this afternoon|earlier|hours? ago|at lunch|this evening|tonight)\b")


# what someone does who cannot see where things are: read beside a removal whose place the carer does not name ("since her milia got squeezed by
# her sister she's been walking into door frames and reaching for her cup and missing it", session 50, tuning_568)
SIGHT_BEHAVIOUR = re.compile(r"\b(walk\w* (straight |right |smack )?into|bump\w* into|keeps? missing|reach\w* for (\w+ ){1,3}and miss\w*|trip\w* over"
                             r"|fall\w* over|feeling (his|her|their) way)\b")
# the carer asked and the person answered yes: "I ask 'is the pain bad?' one blink, yes. 'Worse than anything before?' yes." (session 50, tuning_578)
_ASKED_PAIN = re.compile(r"\bpain\b[^?]{0,30}\b(bad|worse|severe|awful|terrible)\b.{0,60}\byes\b"
                         # "I asked if his eye hurts, thumbs up. Really bad? big thumbs up" (session 51, tuning_633)
                         r"|\b(pain|hurts?|hurting|sore)\b.{0,40}\b(bad|worse|severe|awful|terrible)\b ?\?.{0,20}\b(yes|thumbs? up|nod\w*)\b")


def behaviour_changed(a: Analysis, removed_near_the_eye: bool, signs: List[Tuple[str, int, int]]) -> Optional[Tuple[int, int]]:
    """The token span (start, end) of the sentence that tells the change, or None."""
    # pain in or by the eye of someone who cannot say how bad it is does not stop the rule (session 50, tuning_603: "he picked PAIN, EYE, LOTS on
    # his gaze board and has been sobbing for an hour")
    # nor does a little bleeding ("since i picked at a white spot on his brow bone with a pin (it bled a bit) he howls and shuts his eyes every time we
    # go outside", session 51, tuning_628)
    if [sign for sign in signs if sign[0] not in ("RF_EYE_PAIN", "RF_BLEED")] or not removed_near_the_eye or not _CANNOT_SAY.search(" ".join(a.low)) or EYE_FINE.search(" ".join(a.low)):
        return None  # (not "... but the eye is totally normal: no redness, no swelling, seeing fine", session 47, tuning_459)
    recent = _RECENT.search(" ".join(a.low))
    asked = _ASKED_PAIN.search(" ".join(a.low))
    if asked:
        first = a.sentence[len(" ".join(a.low)[:asked.start()].split())]
        tokens = [k for k, s in enumerate(a.sentence) if s == first]
        return tokens[0], tokens[-1] + 1
    for sentence in sorted(set(a.sentence)):
        text = sentence_text(a, sentence)
        cue = _CHANGE.search(text)
        # the change may run on past a "!" inside a quotation: "going 'ooh light!' and flinching"
        after_cue = bool(cue and _BEHAVIOUR.search(f"{text} {sentence_text(a, sentence + 1)}", cue.end()))
        # "has been feeling her way along the worktop since my cousin squeezed a milium by her eye" (round 5, tuning_494)
        after_cue = after_cue or bool(cue and cue.group(0).startswith(("since", "after")) and _BEHAVIOUR.search(text[:cue.start()])
                                      and _REMOVAL_TOLD.search(text[cue.start():]))
        # "Our 9 week old doesn't follow my face with her left eye any more" (round 7, tuning_543)
        after_cue = after_cue or bool(cue and cue.group(0).replace(" ", "") == "anymore" and _BEHAVIOUR.search(text[:cue.start()]))
        # "He keeps grinding his fist into his eye ... used a needle on the milia on his eyelid yesterday": what they keep doing now, the
        # removal dated (session 47, tuning_443)
        ongoing = bool(_ONGOING.search(text) and _BEHAVIOUR.search(text) and (recent or _REMOVAL_TOLD.search(sentence_text(a, sentence - 1))))
        # "... she doesn't blink when I bring my hand towards that side. This is new since yesterday." (round 4, tuning_528)
        unlike = _UNLIKE_THEM.search(text) or _UNLIKE_THEM.search(sentence_text(a, sentence + 1))
        # (the answer may come a few sentences on: "we asked my cousin if she can see the TV with her left eye. She has locked-in syndrome and
        # blinks answers. Two blinks. No.", session 53 tuning_678)
        tested = _TESTED.search(text) or _ASKED_TO_OPEN.search(" ".join(sentence_text(a, sentence + k) for k in range(4)))
        # "He nods yes to 'two of me?' every time. This started after he dug at the milia under his eye with a pin." (session 51, tuning_627)
        tested = tested or bool(cue and cue.group(0) == "started" and _REMOVAL_TOLD.search(text[cue.end():]) and any(
            _BEHAVIOUR.search(sentence_text(a, sentence - back)) for back in (1, 2, 3) if sentence - back >= 0))
        # "moaning, rubbing his eye, pulling away. my cousin pricked the milia on his eyelid with a pin yesterday evening" (round 7, tuning_638)
        told_after = bool(recent and _BEHAVIOUR.search(text) and any(_REMOVAL_TOLD.search(sentence_text(a, sentence + k)) for k in (1, 2)))
        if after_cue or ongoing or unlike and _BEHAVIOUR.search(text) or _ONE_EYE_ONLY.search(text) or tested or told_after:
            tokens = [k for k, s in enumerate(a.sentence) if s == sentence]
            return tokens[0], tokens[-1] + 1
    return None


# "thumbs down to does it hurt and thumbs down to is it blurry" (session 54, tuning_688): a sign asked about and answered no
_ANSWERED_NO = re.compile(r"\b(thumbs? down|shook (his|her|their) head|shakes (his|her|their) head|said no|says no|blinks? no|no) (to|at|when asked) "
                          r"(does|is|can|are|has|did|any|if|whether)\b")


def drop_answered_no(a: Analysis) -> None:
    """Forget an eye sign that is the question a person who cannot say it answered no to."""
    for label in ("RF_VISION", "RF_EYE_PAIN", "RF_FLASHES", "RF_LIGHT", "RF_EYE_TROUBLE"):
        a.discard(label, lambda s, e: bool(_ANSWERED_NO.search(" ".join(a.low[max(0, s - 7):s]))) and "?" not in a.low[max(0, s - 7):s])
