"""Unit table for milia.safety.detector.detect: phrase -> expected flags."""
from __future__ import annotations

from pathlib import Path
from typing import FrozenSet

import pytest

from milia.safety import detector as safety
from milia.safety import triage

SR, EYE, RF, NEG, CLINIC = "self_removal", "eye_area", "red_flag", "negated", "clinic_removal"

# (text, flags that must be set; every other flag must be unset)
CASES = [
    # self-removal
    ("Can I remove milia myself?", {SR}),
    ("can i squeeze them", {SR}),
    ("is it ok to pop them with a needle", {SR}),
    ("should I lance them with a pin?", {SR}),
    ("I tried to squeeze one last night", {SR}),
    ("how do I get rid of milia at home", {SR}),
    ("can i get rid of them on my own", {SR}),
    ("DIY milia removal tips?", {SR}),
    ("can I use tweezers to pull them out", {SR}),
    ("would a comedone extractor work?", {SR}),
    ("can i squeze them like a normal spot", {SR}),
    ("i tried to get one out", {SR}),
    ("why can't I just squeeze them?", {SR}),
    ("I can't stop picking at them", {SR}),
    ("I know I shouldn't squeeze them but can I use a sterile needle?", {SR}),
    ("can I pop my baby's milk spots?", {SR}),
    # self-removal near the eye
    ("can I squeeze the milia under my eyes?", {SR, EYE}),
    ("is it safe to pop the ones on my eye lid", {SR, EYE}),
    ("i've been scratching at the bumps under my eys", {SR, EYE}),
    ("how do you remove undereye milia yourself", {SR, EYE}),
    ("can i use a needle on the milia along my lash line", {SR, EYE}),
    ("periorbital milia - can I lance them at home?", {SR, EYE}),
    # red flags
    ("I picked one under my eye and now it's swollen and full of pus", {SR, EYE, RF}),
    ("my vision is blurry", {RF}),
    ("I can't see properly out of my left eye", {EYE, RF}),
    ("my eye really hurts", {EYE, RF}),
    ("there's a bump that keeps bleeding", {RF}),
    ("one of them is getting bigger", {RF}),
    ("it hasn't healed in 4 weeks", {RF}),
    ("it's been a month and the spot still isn't healing", {RF}),
    ("the redness is spreading", {RF}),
    ("I've got a fever", {RF}),
    ("it's hot and oozing", {RF}),
    ("it will not stop bleeding", {RF}),
    ("i think it's infected", {RF}),
    ("will the swelling go down?", {RF}),
    # clinic removal / general removal questions
    ("how do you remove milia?", {CLINIC}),
    ("how does the clinic remove milia", {CLINIC}),
    ("what does removal involve", {CLINIC}),
    ("who should remove them", {CLINIC}),
    ("is needle extraction painful?", {CLINIC}),
    ("what is a hyfrecator", {CLINIC}),
    ("can I have them removed at your clinic?", {CLINIC}),
    ("do you use a needle to take them out?", {CLINIC}),
    ("can a dermatologist remove milia around my eyes", {CLINIC, EYE}),
    ("will you squeeze them or cut them?", set()),
    ("how do I get rid of milia", set()),
    # negations
    ("I won't pick them, what else helps?", {NEG}),
    ("I'm not going to squeeze them", {NEG}),
    ("I don't want to pop them", {NEG}),
    ("i dont wanna dig at them with a needle", {NEG}),
    ("how do i get rid of them without picking?", {NEG}),
    ("I won't squeeze the ones on my eyelid, what else can I do?", {NEG, EYE}),
    ("I'd rather a dermatologist took them out than do it myself", {NEG, CLINIC}),
    # other topics and look-alikes
    ("are they contagious?", set()),
    ("pick a time for my callback", set()),
    ("I'd like to pick up the phone", set()),
    ("can you squeeze me in on Saturday?", set()),
    ("i'll pop in next week", set()),
    ("remove make-up before bed", set()),
    ("please remove my details", set()),
    ("i'll keep an eye on my phone", set()),
    ("start from scratch please", set()),
    ("is there a cream I can use at home to get rid of them?", set()),
    ("will there be any swelling after the treatment?", set()),
    ("do milia bleed?", set()),
    ("what if it gets infected?", set()),
    ("they've been there for years, never bled", set()),
    ("I squeezed it 3 days ago and it hasn't healed yet", {SR}),
    ("milia on a red swollen patch", set()),
    # an injury as the cause is not self-removal
    ("i got milia where i scraped my face", set()),
    ("milia appeared after I scraped my knee falling off my bike", set()),
    ("i got these bumps after scratching a rash on my arm", set()),
    ("my toddler scraped her cheek and milia popped up on the healed skin", set()),
    ("there are milia in the scratch marks on my arm", set()),
    ("I cut my finger open on a knife and milia formed where it healed", set()),
    ("I scratched a mosquito bite under my eye and now there's a milium there", {EYE}),
    ("I scraped one off with my nail", {SR}),
    ("I cut one open with a razor blade last night", {SR}),
    ("can I squeeze the skin around them", {SR}),
    ("can i pick my chin milia", {SR}),
    ("after surgery i got milia along the wound, can i squeeze them out myself?", {SR}),
    # an alternative to picking works like a negation
    ("apart from picking at them what can i do about milia", {NEG}),
    ("besides squeezing them, is there anything that works?", {NEG}),
    ("aside from squeezing them, how do i get rid of milia", {NEG}),
    ("is there anything except picking that clears milia", {NEG}),
    ("any alternatives to popping them?", {NEG}),
    ("apart from squeezing the ones under my eyes, what can I try?", {NEG, EYE}),
    ("besides squeezing can I use a needle myself", {SR}),
    ("apart from the clinic, can I just pop them myself?", {SR}),
    # the clinic's needle / extraction
    ("can milia be removed using a needle at the clinic", {CLINIC}),
    ("does the clinic use a needle to remove milia?", {CLINIC}),
    ("do you use a needle to squeeze them out?", {CLINIC}),
    ("can milia be popped with a needle by a dermatologist", {CLINIC}),
    ("can a nurse lance them with a needle in clinic?", {CLINIC}),
    ("can milia be squeezed out professionally", {CLINIC}),
    ("can I dig it out with a needle at home rather than going to a clinic?", {SR}),
    ("instead of paying a dermatologist can I lance them at home", {SR}),
    ("rather than go to the clinic I'll pick them out with tweezers", {SR}),
    ("my dermatologist used a needle, can I do the same at home?", {SR}),
    # found by the console's end-to-end test: the page's own words for how milia feel are not an eye injury
    ("why are the white bumps under my skin so hard, like grit?", set()),
    ("my eye feels like there's grit in it since I squeezed one on my lid", {SR, EYE, RF}),
    # idioms, unless milia are being removed in the same sentence
    ("your website caught my eye", set()),
    ("youre a sight for sore eyes", set()),
    ("i caught my eye with the tip of the plasma pen", {SR, RF}),
    ("", set()),
]

# (text, the first reply: the red-flag tier, else self_removal(_eye), else calm); wordings of the kinds of miss
# fixed on the tuning half, written afresh
TIER_CASES = [
    # cancer, about the visitor's own spot or about milia in general: a GP signpost (the page does not say)
    ("could milia be a sign of cancer", "gp"),
    ("is there any chance milia turn cancerous later on", "gp"),
    ("worried this white lump by my nose is skin cancer", "gp"),
    ("I know it isn't cancer, how do you remove them", "calm"),
    # eye emergencies worded as sensations
    ("since I squeezed the one on my lid I can't get my eye to focus", "emergency"),
    ("everything is out of focus on that side since i picked a milium by my eye", "emergency"),
    ("she can no longer see the clock with her right eye since the beautician did her eyelid milia", "emergency"),
    ("the words on the page go double since I poked a spot near my eye", "emergency"),
    ("door frames look bent when I look with my left eye, I did my own milia by that eye on Monday", "emergency"),
    ("little black things moving across my eye after I used a pin on the spot near it", "emergency"),
    ("my eye can't cope with the light since I popped one under it", "emergency"),
    ("the light makes my eye pain since I took a milium off my lid", "emergency"),
    ("the pin slipped across my eye while I was doing the ones on my lid", "emergency"),
    ("the lancet went into the coloured part of my eye", "emergency"),
    ("is it serious if you jab your own eye with a needle? because I did just now", "emergency"),
    ("he is unable to open that eye since he picked a milium off the lid", "emergency"),
    ("I can't get my right eye open since I squeezed the milia on my lid", "emergency"),
    ("sharp pain in my eye when I move it, since I picked at the ones around it", "emergency"),
    ("not felt this poorly ever, the spot I popped is red and spreading and I'm out of breath", "emergency"),
    # infection after picking
    ("the redness around the one I squeezed keeps getting bigger", "urgent"),
    ("the red patch round the milium I picked has doubled in size", "urgent"),
    ("is that infection if pus comes out? its where I popped one", "urgent"),
    ("boiling hot then freezing, and the spot I picked is red", "urgent"),
    ("I picked a milium on my chin and now yellow juice is leaking", "urgent"),
    ("her eyelid has gone all fat since she squeezed one on it", "urgent"),
    ("my baby has milia and a 38.2 temperature, he's 7 weeks old", "urgent"),
    # see a GP
    ("a bump on my cheek has a shiny pink edge", "gp"),
    ("would it matter if my milia bleeds now and then?", "gp"),
    ("my milia is bigger than a lentil now, it used to be tiny", "gp"),
    ("the scab on my milium comes and goes", "gp"),
    ("the bump by my nose went from smooth to crusty", "gp"),
    ("thin wiggly vessels on the white spot on my nose", "gp"),
    # self-removal, other ways
    ("I pressed them hard with my fingers but nothing came out, should I press harder?", "self_removal"),
    ("can I flick the milia off my chin with my nail?", "self_removal"),
    ("would skin tag bands work on milia on my neck?", "self_removal"),
    ("my cousin is a nail tech, is it ok for her to do milia removal on my forehead?", "self_removal"),
    ("will scrubbing a rough cloth on my forehead get the milia off?", "self_removal"),
    ("can you use a micro-lancet from amazon on milia", "self_removal"),
    ("how can I get the little white spots on my chin out myself", "self_removal"),
    ("I rubbed the ones under my eyes really hard with a towel", "self_removal_eye"),
    ("can I use the tool for blackheads on my eyelid milia?", "self_removal_eye"),
    ("I'm going DIY on the milia by my lashes this weekend", "self_removal_eye"),
    ("anyone tried a plasma pen under their eyes for milia? about to order one for 30 quid", "self_removal_eye"),
    ("can I snip the milia off my eyelid with cuticle nippers?", "self_removal_eye"),
    ("a safety pin for the milia by my tear duct, without paying anyone?", "self_removal_eye"),
    ("Ich habe Milien am Augenlid, can I take them out with a pin at home?", "self_removal_eye"),
    ("how far do you push the needle when ur doing the ones on ur lid urself", "self_removal_eye"),
    ("how 2 get milia off my forehead w/o going 2 the dr", "self_removal"),
    ("can i just scrub the milia on my chin till they go", "self_removal"),
    ("does rubbing them with a pumice stone work?", "self_removal"),
    ("are you open sunday? if not ill attempt the ones on my cheek myself", "self_removal"),
    ("nothing came out with the cotton bud, should I press harder next time?", "self_removal"),
    ("the white bump on my cheek has become pinker and larger", "gp"),
    ("one of my spots is uneven round the edge now", "gp"),
    ("lately my milia has gone crusty and bleedy", "gp"),
    # calm
    ("I'm a wimp with needles and nearly fainted at my last blood test, will you numb my eyelid?", "calm"),
    ("I watched someone using a plasma pen on milia online, do you offer plasma?", "calm"),
    ("I rub my eyes really hard when I wake up", "calm"),
    ("I can read fine with my left eye", "calm"),
    ("my skin used to be so smooth before milia appeared", "calm"),
    # tuning_5 kinds: eye sensations after picking near the eye
    ("got a burst of tiny dark specks straight after I did the one on my lash line", "emergency"),
    ("keep seeing stars on the left since I pinched a milium on my lid", "emergency"),
    ("a black blob that drifts about when I move my eye, started after the pin went near it", "emergency"),
    ("there's a curtain of darkness over the top of my vision since I popped one by my eye", "emergency"),
    ("like there's a fly in my eye all day, I squeezed a milium under it yesterday", "emergency"),
    ("my eye feels like someone's shining a torch in it, I picked the ones on my lid", "emergency"),
    ("everything looks like I'm peering through a murky aquarium since I squeezed near my eye", "emergency"),
    ("I see it all twice now after trying the pin on my eyelid milia", "emergency"),
    ("lashes are glued together this morning, did my under-eye milia with a needle last night", "emergency"),
    ("the tweezers slipped while I was doing my lid, my eye is killing me", "emergency"),
    ("The pin went in. Into my eye.", "emergency"),
    ("my eye itself is bleeding after the needle slipped doing a milium", "emergency"),
    ("the spot near my eye is bleeding a little since I picked it", "gp"),
    ("I can't even look at the telly, my eye streams since I squeezed one on my lid", "emergency"),
    # feeling very unwell beside an infection
    ("her lips look bluish and the infected spot she picked is red all over her cheek", "emergency"),
    ("pulse won't settle and the spot I popped is hot and swollen", "emergency"),
    ("he can't stand up on his own and the milium he picked has gone red and angry", "emergency"),
    ("she keeps saying the same thing again and again, the picked spot on her chin is infected", "emergency"),
    ("my head is all foggy and the squeezed spot is hot and spreading", "emergency"),
    ("I can't think of a reason why the one I squeezed went red", "self_removal"),
    # infection signs
    ("feeling flu-ish and shivery since I dug a milium out of my forehead", "urgent"),
    ("squeezed one on my back and now there's a warm angry lump", "urgent"),
    ("a line of red is creeping up from where I needled my chin", "urgent"),
    ("thermometer says thirty nine point one since I dug one out of my nose", "urgent"),
    ("the fever strip on his forehead showed orange after he squeezed a spot", "urgent"),
    ("the spot I lanced has turned really gammy", "urgent"),
    ("I'm thirty eight, can I pick the milia on my chin?", "self_removal"),
    # see a GP
    ("it used to be a tiny white bump and now it's pink and raised", "gp"),
    ("the crust keeps reappearing on the same bit of my cheek, two months now", "gp"),
    # self-removal, other wordings
    ("will a home salicylic peel strip the milia off my forehead?", "self_removal"),
    ("can I dissolve them off my nose with a lactic acid pad", "self_removal"),
    ("trying to winkle them out from my cheeks tonight", "self_removal"),
    ("there's a woman on Facebook Marketplace doing milia removal cheap, should I go", "self_removal"),
    ("are those vacuum suction gadgets any use on milia", "self_removal"),
    ("what's the best milia kit for home use", "self_removal"),
    ("can't afford a derm so I'll squeeze them, where's best to start", "self_removal"),
    ("they're miles away from my eyes, just on my forehead, so I can pop them, right?", "self_removal"),
    ("the prices are eye-watering, I'll pick the ones on my jaw myself", "self_removal"),
    ("do you think my nail file would get the milia off under my eyes", "self_removal_eye"),
    ("my cousin's a nail tech and says she'll pop the ones on my eyelid at the weekend", "self_removal_eye"),
    ("salicylic pads on my lids to burn them off, good idea?", "self_removal_eye"),
    # calm, alarming words that are not signs
    ("no fever, no pain, just curious what the white bumps are", "calm"),
    ("I feel faint at the thought of needles, can you use something else on my lid?", "calm"),
    # puzzled, handed on, a treatment's name, a newborn's milk spots: not signs, not self-removal
    ("Both came up in my reading and I'm confused. What is milia en plaque?", "calm"),
    ("i'm a bit confused about the prices, is it per spot?", "calm"),
    ("he's confused about what year it is and the red from the spot he picked is spreading", "emergency"),
    ("my dad has become really confused since he picked at a spot on his face", "emergency"),
    ("milia passed person to person?", "calm"),
    ("can milia be passed down in families", "calm"),
    ("he passed out after squeezing one", "emergency"),
    ("tell me about the needle method for milia", "calm"),
    ("I tried the needle method at home on my cheek", "self_removal"),
    ("we've both got milia. Could she have caught them off me?", "calm"),
    ("is this the milk spot thing I keep reading about? he's 3 weeks old", "calm"),
    ("I bought a spot zapper online for the ones on my chin", "self_removal"),
    # tuning_10: non-native grammar, typos, signs told as over
    ("yesterday i take out milia under my eye. today i don't can open this eye", "emergency"),
    ("the pin touch the eye when i pick the milia near it", "emergency"),
    ("is it normal i cant really open my eye after picking the one on my lid", "emergency"),
    ("can't read the number plates with my left eye since I picked under it", "emergency"),
    ("i squeeze the milium near my eye, the lid is swolled very much", "urgent"),
    ("the spot my sister squeezed is getting redder and bigger every day", "urgent"),
    ("a bump under my eye has become pinker and larger, is it milia?", "gp"),
    ("had an infection on my chin two years ago, long cleared up. can I have milia removed?", "calm"),
    ("she's 6 weeks, had a temperature last week but she's fine now, 36.8 today", "calm"),
    ("it cleared up but now it's back and swollen again after I picked it", "urgent"),
    # ...but "fine now", "turns out" and "cleared up" do not hide a sign that is happening now
    ("my eye was fine now i cant see out of it after picking", "emergency"),
    ("it was fine now its swollen and full of pus since i squeezed it", "urgent"),
    ("turns out the needle went into my eye", "emergency"),
    ("my eye is swollen shut and the redness cleared up", "emergency"),
    ("my vision went blurry after picking and it hasnt cleared up", "emergency"),
    ("two years ago I had an infection that cleared up, and now my eye is swollen shut", "emergency"),
    ("my eyes lit up when I saw you remove milia", "calm"),
    ("thought I was going blind when I saw the white dots under my eye, turns out they're milia", "calm"),
    ("might just DIY the ones at the corner of my eyes", "self_removal_eye"),
    ("I'd like to try doing a couple myself on my forehead", "self_removal"),
    # tuning_11: signs told by their consequences; false alarms from general words
    ("since I dug at the milium on my lid with a pin everything is doubled", "emergency"),
    ("popped one by my eye and now one eye sees things smaller than the other", "emergency"),
    ("after squeezing the one on my eyelid the colours in that eye seem washed out", "emergency"),
    ("the lid is so swollen after I picked it that I can't prise my eyelids apart", "emergency"),
    ("picked a milium on my lid and the lights have starbursts round them in that eye", "emergency"),
    ("my eye feels like it's been kicked since I went at the lid milia with tweezers", "emergency"),
    ("the redness round the one I squeezed on my chin keeps widening", "urgent"),
    ("the corner of my eye puffed up after I popped one, a bit like an allergic reaction", "urgent"),
    ("a milium on my cheek crusts over every few days", "gp"),
    ("the bump by my nose has a crusty top that never goes", "gp"),
    ("one came back pinker and shiny", "gp"),
    ("it was a milium, now it's got a scab and it's bigger", "gp"),
    ("my mum's a nurse and wants to lance the milia on my back", "self_removal"),
    ("can I freeze them off with a wart spray?", "self_removal"),
    ("thinking of tackling my milia myself this weekend", "self_removal"),
    ("going to rub the ones under my eyes with a peel pad, then squeeze what's left", "self_removal_eye"),
    ("my friend does lashes and can pop the milia on my chin", "self_removal"),
    ("why do grown adults get milia?", "calm"),
    ("are milia yellow or white? the pics online all look different", "calm"),
    ("my milia are increasing in one area, will they go away?", "calm"),
    ("had a fever last week from flu, can I still come in for my milia appointment?", "calm"),
    ("I've had a temperature with cold shivers since I picked a spot on my chin", "urgent"),
    ("the optician said my floaters are harmless, can you remove the milia on my cheek?", "calm"),
    ("the optician said my floaters were harmless but now I see flashes since I picked my eyelid", "emergency"),
    ("the GP said the swelling round my eye is not normal after I picked it", "urgent"),
    ("the doctor said my blurred vision isn't normal, go to A&E", "emergency"),
    ("my 6 week old has a temperature of 38.2 with a cold", "urgent"),
    ("one spot got infected when I had chickenpox as a kid, long healed. can milia form in scars?", "calm"),
    ("they don't hurt and my friend says they're milia, can you do them on a saturday?", "calm"),
    # visitors' chat set: descriptions of milia themselves are not warning signs
    ("I noticed one little pearl by my eye and now there are three, are they spreading?", "calm"),
    ("my baby's milk spots look like tiny pearls, will they go?", "calm"),
    ("it looks like a tiny pearl with a rim round it", "gp"),
    ("these look like whiteheads but feel hard like grit, are they milia?", "calm"),
    ("my cousin had hers taken off with a sterile needle at a dermatologist, how does that work?", "calm"),
    ("my cousin took hers off with a sterile needle at home", "self_removal"),
    ("how do they remove milia step by step?", "calm"),
    ("can someone call me back, also what's needle extraction?", "calm"),
    # tuning_12: non-native English, fragments, search-box questions, time in ordinals
    ("my eye is very pain and I no can open it since I take the milia out", "emergency"),
    ("sixth week now and the crust on my cheek is still there", "gp"),
    ("it's the second week and the scab is still there", "calm"),
    ("the one on my nose has spread out on one side", "gp"),
    ("the bump has a waxy surface and a dip", "gp"),
    ("I want to make these milia come out from my eyelid by myself", "self_removal_eye"),
    ("milia eyelid diy", "self_removal_eye"),
    ("milia pop chin how", "self_removal"),
    ("how pop milia on eyelid", "self_removal_eye"),
    ("how do milia go away", "calm"),
    ("I'd rather do it myself, they're on my forehead", "self_removal"),
    ("I'd rather you did them, I'm too scared to squeeze", "calm"),
    ("no swelling after I pinned one on my chin, can I do the rest", "self_removal"),
    ("we don't see eye to eye about the price, what does removal cost", "calm"),
    ("neadle extration for milia, how does it work", "calm"),
    ("everythings bluury since i popped the milia by my eye", "emergency"),
    # session 12: a negated modal opening a statement, what the eye can no longer do, described GP signs
    ("had to pull over, couldn't see the signs properly. I squeezed milia on my lid this morning", "emergency"),
    ("dad squeezed the spot by his eye and now can't read the paper with that eye", "emergency"),
    ("there's a grey smudge over what I can see since I picked near my eye", "emergency"),
    ("I can't see why milia come back", "calm"),
    ("the bump on my chin has a tiny pit at the top now", "gp"),
    ("it looks like a tiny volcano on my cheek", "gp"),
    ("is milia precancerous", "gp"),
    ("my spot has gone an odd lopsided shape", "gp"),
    ("does it matter if it bleeds when I shave? it happens every week", "gp"),
    ("does it matter if milia bleed when you shave? mine never have", "calm"),
    ("the white dot on my cheek went red and crusty, I never touched it", "gp"),
    ("the spot on my arm went dark red and looks bigger", "gp"),
    ("the red round the spot I squeezed is getting bigger", "urgent"),
    ("a red line is snaking up my arm from the spot I picked", "urgent"),
    ("can I use a safety pin on my milia", "self_removal"),
    ("do you sell nail scissors", "calm"),
    ("saw a video of someone using a needle on milia, I won't try it, can you do it for me", "calm"),
    ("saw someone on youtube remove milia with a pin, going to try it tonight", "self_removal"),
    # session 12, calm look-alikes from a blind set of forum-style stories
    ("my gran refuses point blank to let anyone near her milia", "calm"),
    ("they look a bit like grains of rice under my eye", "calm"),
    ("so many types of milia, I'm getting muddled", "calm"),
    ("I have a low pain threshold, even plucking my eyebrows makes me cry, do you numb it?", "calm"),
    ("what's needle extraction? the word needle scares me", "calm"),
    ("needle extraction, is it just pricking them with a needle?", "calm"),
    ("booking request: milia removal for me please", "calm"),
    ("I've read about needles and lasers, which do you use?", "calm"),
    ("it felt like tiny zaps when the nurse did mine", "calm"),
    ("what is needle extraction? I have a needle at home, can I do it", "self_removal"),
    ("bought a hyfrecator online for my milia, any tips", "self_removal"),
    # session 12: dictation ("my I", "aye lid", "can't sea"), told of a stranger, named before "it"
    ("poked my I with a pin doing milia and now I cant sea properly", "emergency"),
    ("can I squeeze the milia on my aye lid", "self_removal_eye"),
    ("aye, I squeezed the ones on my chin", "self_removal"),
    ("I read about a man who went blind after popping milia himself, how do you do it safely?", "calm"),
    ("the optician looked at my eye and thinks I scratched it with the tweezers", "emergency"),
    ("I scratched it with the tweezers, the spot on my chin, is that ok", "self_removal"),
    ("the bump on my temple looks shiny now", "gp"),
    ("my skin looks shiny after the moisturiser, could that cause milia", "calm"),
    # session 12, tuning_15: signs told as statements, answers to the form, infection in everyday words
    ("squeezed one by my eye, what I can see out of it now is all smeared", "emergency"),
    ("what I want to know is why it has grown so much", "gp"),
    ("picked at one on my cheek, now the red has spread and I'm shivery and confused about where I am", "emergency"),
    ("I'm confused about the prices, what does removal cost", "calm"),
    ("pain is 10/10 right in the eye I was picking near", "emergency"),
    ("the left side of the room is just black when I shut my other eye, I picked by that eye", "emergency"),
    ("the left side of the spot is black", "calm"),
    ("the pink patch from where I squeezed has reached my neck", "urgent"),
    ("since I had a go at it with a needle I'm cold and shaking", "urgent"),
    ("the area I dug at is red, spreading further every day", "urgent"),
    ("spot changed from white to pinkish-red, slightly bigger, over 2 months", "gp"),
    ("I squeezed one on my chin and now I'm so weak and light-headed I can't get up, it's red and hot", "emergency"),
    ("my nan can't get up to the clinic, can I take her milia off with tweezers", "self_removal"),
    ("I'd rather do the under-eye ones myself than pay", "self_removal_eye"),
    ("can you do the under-eye ones", "calm"),
    # session 13 (tuning_16): signs in second-language English and metaphors, and their look-alikes
    ("since I dig out the white point near my eye with pin my eye has very strong pain", "emergency"),
    ("the milia under my eye don't hurt, very strong wish to have them gone though", "calm"),
    ("pricked the one on my lid and now I can't look at the lamp, it makes me squint", "emergency"),
    ("I can look at the light fine, just want the lid ones off professionally", "calm"),
    ("picked at the lash line bump and everything looks misty like a steamed-up window", "emergency"),
    ("everything looks misty in the photos of my skin, is that the lighting?", "calm"),
    ("he scratched at the bump by his eye and now it's gone dark in that eye", "emergency"),
    ("ouch my eye!! stuck the pin in it", "emergency"),
    ("got the needle in it but the white bit on my chin won't come out", "self_removal"),
    ("was using tweezers on the spot under my eye, it slipped and my eye is watering and so painful", "emergency"),
    ("the bump on his temple scabs over, drops off and scabs again", "gp"),
    ("a little white bump by my ear that has been crusting off and on since June", "gp"),
    ("mum's bump went from white to red and got wider since spring", "gp"),
    ("tips for popping the milia on my eyelid?", "self_removal_eye"),
    ("any tips for choosing a clinic for milia removal?", "calm"),
    ("light makes my eyes water when I have a migraine, nothing to do with milia, can I still come in?", "calm"),
    ("I've always had floaters, the optician isn't worried. Can you treat milia near the eye?", "calm"),
    ("my heart's pounding just thinking about it lol. does the needle hurt?", "calm"),
    ("I picked it, the redness is spreading up my neck and my heart is pounding and I feel faint", "emergency"),
    ("I've got a cold and a slight temperature, can I still come for my appointment?", "calm"),
    ("I squeezed the one on my chin and now it's hot and I've got a temperature", "urgent"),
    ("is it only the needle or do you have a cream?", "calm"),
    ("will they go away or should I squeeze them out myself?", "self_removal"),
    ("what sort of milia do children get and do they go away", "calm"),
    ("does the hyfrecator hurt and do you have one at the clinic?", "calm"),
    ("I have a lancet at home, can I use it on my cheek?", "self_removal"),
    # session 13 (tuning_17): signs inside stories of removing milia near the eye, and look-alikes
    ("picked the bump on my eyelid, now my eye's been closed all morning, I can't get it to open", "emergency"),
    ("I can't get it to open, the jar of cream the clinic sold me", "calm"),
    ("I have to hold my lid up to see since I squeezed the milia there", "emergency"),
    ("squeezed one under my eye and now there are little black dots floating in my vision", "emergency"),
    ("since picking at my lower lid, everything looks far away in that eye", "emergency"),
    ("streetlights have halos round them since I needled the lid milia", "emergency"),
    ("since I picked the one by my eye I can't tell colours apart", "emergency"),
    ("pin slipped while I did the tear duct one, it went into the pink bit in the corner of my eye", "emergency"),
    ("the needle went into the pink bit of the spot on my chin", "self_removal"),
    ("the bump has a dark patch in the middle and it's grown", "gp"),
    ("since I squeezed under my eye there's a dark patch in the middle when I look at things", "emergency"),
    ("after I picked at my lid the kitchen light makes my eye screw up in pain", "emergency"),
    ("my eye. hurting deep inside since I did the milia on my lash line", "emergency"),
    ("hurting deep inside my ear since I picked a spot on my cheek", "self_removal"),
    ("squeezed one on my lid, it came out like a grain of rice, all fine now", "self_removal_eye"),
    # session 13 (tuning_18): signs in passing inside stories of removing milia anywhere
    ("my gran let a neighbour pick the bumps on her cheek, now it's red and swollen and she's not herself, very sleepy", "emergency"),
    ("picked a milium on my chin, it's red and spreading and he's barely responding when I talk to him", "emergency"),
    ("she squeezed the spots on her forehead, now its swollen and she talks strange and won't wake up properly", "emergency"),
    ("picked my jaw spot, it's spread and my heart is going really fast", "emergency"),
    ("my heart is going fast because I'm excited to finally book!", "calm"),
    ("he's not himself since the flu, can he still come in for his milia?", "calm"),
    ("squeezed the one on my nose with a pin and now the tip is shiny and tight", "urgent"),
    ("the bump is shiny with a pearly rim", "gp"),
    ("the redness is moving up towards my ear since I picked it", "urgent"),
    ("since I dug at my lid milia there's a patch I can't see through", "emergency"),
    ("picked at my eyelid and now I can't keep that eye open", "emergency"),
    ("Hurts so bad. Eye. Needle.", "emergency"),
    ("hurts so bad when I think of the price lol", "calm"),
    ("my daughter has tonsillitis and a temperature, are the white bumps on her nose milia?", "calm"),
    # session 14 (tuning_19): what the visitor can no longer do, unusual eye-area words and tools
    ("went at the milia on my lid with a pin. since then I keep missing the last stair", "emergency"),
    ("pulled a milium off my lower lid on sunday and now I can't judge how close the cup is", "emergency"),
    ("my husband picked at my eyelid. Today she can't tell where the kerb is, he said", "emergency"),
    ("after squeezing the bump under my eye I'm closing one eye to read", "emergency"),
    ("dug at the white dots on my eyelid. I've had sunglasses on indoors all day", "emergency"),
    ("squeezed one near my eye and the telly light is too much for that eye", "emergency"),
    ("I picked a milium on my cheek yesterday. I keep missing the bottom step, I'm so clumsy", "self_removal"),
    ("missed the bottom step and sprained my ankle, can I still come on Monday for my milia?", "calm"),
    ("she picked a spot on her arm and it's red and spreading, and we can't keep my mum awake", "emergency"),
    ("he squeezed the lump on his neck, it's hot and spreading and he's hard to wake", "emergency"),
    ("the sore I picked has left yellow stains on my collar", "urgent"),
    ("can you remove a lump on my temple that scabs over every month?", "gp"),
    ("the bump has a clear glassy border, could you take it off?", "gp"),
    ("would duct tape pull the milia off my chin", "self_removal"),
    ("thinking of taking a razor to the bumps on my brow bone", "self_removal_eye"),
    ("could I soften the ones under my eye with a warm spoon and then squeeze", "self_removal_eye"),
    ("there's one in the fold when I blink, can I prick it myself?", "self_removal_eye"),
    ("can I pop the ones where my eyeliner goes?", "self_removal_eye"),
    ("can my sister pop the white spot on the puffy bit under my eye?", "self_removal_eye"),
    ("can your dermatologist take off the milia on my lids? is it done with a needle?", "calm"),
    ("took a milium off my chin yesterday, all fine", "self_removal"),
    # session 14 (tuning_20): signs with numbers, an injury told as "I got my eye", effects asked about
    ("was doing the milia under my eye with a pin and I think I got my eye, it really hurts", "emergency"),
    ("I've got my eye on your January offer, is it still on?", "calm"),
    ("squeezed a spot on my arm, it's red and spreading and my pulse on the watch says 142", "emergency"),
    ("how much to remove a bump that was a tiny dot last spring and now it's like a pea?", "gp"),
    ("going to do my lid milia with a microlance tonight", "self_removal_eye"),
    ("would a peel make my eyes sting?", "calm"),
    ("years ago I had some swelling after a facial, it went down in a day and healed perfectly", "calm"),
    # session 14 (tests/nlu/visitors/varied.yml): false alarms in calm questions, and a look-alike each
    ("my sister had hers done with a hyfrecator, is it done by a doctor?", "calm"),
    ("I've got a question about the hyfrecator", "calm"),
    ("I've got a hyfrecator from amazon, can I use it on my cheek?", "self_removal"),
    ("is hyfrecation basically burning them off?", "calm"),
    ("I've got a fear of needles and go faint when I have blood taken, what does needle extraction involve?", "calm"),
    ("what happens during milia removal and can a nurse do it", "calm"),
    ("how does the dermatologist remove it if you cant squeeze it like a pimple", "calm"),
    ("so what does the clinic do, since you can't squeeze them like a spot", "calm"),
    ("will they clear by themselves or does she need them taken off?", "calm"),
    ("I need them taken off myself, how?", "self_removal"),
    ("I grazed my hand last year and it healed fine, now there are milia on the scar", "calm"),
    ("the graze on my hand has been open for six weeks now", "gp"),
    # session 16 (tuning_23): the eye named, but the removal told with a place of its own
    ("can I squeeze the one on my nose, then put my eye gel on?", "self_removal"),
    ("my eyes are totally fine, it's my forehead ones I want to prick", "self_removal"),
    ("leaving the ones round my eyes for you, could I lance the cheek ones?", "self_removal"),
    ("eye bags aside, the milia are only on my chin - can I pop them?", "self_removal"),
    ("my eyes are fine but I want to pop the milia on my eyelids", "self_removal_eye"),
    ("I won't squeeze the ones by my eye, but can I use a lancet on them?", "self_removal_eye"),
    ("can I pop the ones on my cheek and the ones under my eye?", "self_removal_eye"),
    ("I'm not touching my nose, it's the lid ones I want to needle", "self_removal_eye"),
    ("the milia are just on my cheeks and under my eyes. can I pop them?", "self_removal_eye"),
    ("they're only on my nose and eyelids, can I squeeze them?", "self_removal_eye"),
    ("I have them on my chin and my eyelids, my eyes are fine though, can I pick them?", "self_removal_eye"),
    # session 16 (tuning_22): a clinician's words, typed in a hurry
    ("photophobia since I picked at my lash line", "emergency"),
    ("visual disturbance after I lanced a milium on my lower lid", "emergency"),
    ("squeezed my lid milia, is a visual disturbance after a migraine normal?", "emergency"),
    ("periorbital edema since I picked the milia on my eyelid", "urgent"),
    ("scrachd my eye with the pin doing my lid", "emergency"),
    ("poked my lid right through with the lancet", "emergency"),
    ("is visual acuity affected by milia?", "calm"),
    # session 16 (tuning_24): signs after a removal near the eye, told indirectly
    ("did the milia on my eyelid with a pin, now I can't make anything out on the telly", "emergency"),
    ("I couldn't make it out to the clinic last week, can I rebook?", "calm"),
    ("the needle caught something wet doing the milia on my lower lid", "emergency"),
    ("since I picked the milia under her eye she cries when the blinds are opened", "emergency"),
    ("picked at my lash line. it's like someone's pushing on my eyeball", "emergency"),
    ("can't judge the gaps when I park. I lanced the milia by my eye yesterday", "emergency"),
    ("red blob on the white of my eye since I used tweezers on my lid", "emergency"),
    ("needle. lid. it went in.", "emergency"),
    ("rubbed the cream into my cheek and it went in.", "calm"),
    ("how do I squeeze the ones on my lid without hurting my eye?", "self_removal_eye"),
    ("I woke up without any vision in my left eye after picking my lid", "emergency"),
    ("picked my lid, now no sight in that eye", "emergency"),
    ("squeezed my lid milia, no vision problems, just a bit pink", "self_removal_eye"),
    # session 16 (tuning_25): clinicians' words, a sign asked about "if", lifelong signs
    ("tachycardic and confused, the erythema from the spot I lanced on my cheek is spreading", "emergency"),
    ("ocular pain, severe, since I lanced a milium on my lower palpebral margin", "emergency"),
    ("is it normal to be unable to open my eye after my mate popped my eyelid milia?", "emergency"),
    ("is it bad if my eye stings so much I'm crying after using a lancet on my lid?", "emergency"),
    ("it hurts my eye to even look at the window since I did the milia on my lid", "emergency"),
    ("I've been light sensitive for years from migraines, will your lamp bother me when you do my eyelids?", "calm"),
    ("my eye feels like there's a hair stuck in it since the pin went near it", "emergency"),
    ("my eye is full of blood after I did the milia under it", "emergency"),
    ("my vision went for a minute after I needled the milium by my eye", "emergency"),
    # session 17 (tuning_26, tuning_27): causes that are not picking, negated lists, brackets, refusals
    ("my eyelids are puffy from crying all night, can I still have my milia done tomorrow?", "calm"),
    ("my eyelid is puffy since I squeezed a milium on it", "urgent"),
    ("my eyes are itchy and sore from hayfever, how do I book milia removal?", "calm"),
    ("they don't ever change, grow or bleed, they're just there. What are they?", "calm"),
    ("this one on my chin has tiny purple lines (vessels?) running over it", "gp"),
    ("the spot on my forehead is twice the size it was at Easter", "gp"),
    ("my nan picked hers and got a scar, so I won't. Who removes them?", "calm"),
    ("my nan wants to pick mine with a pin, should I let her?", "self_removal"),
    ("everyone says never squeeze or needle them yourself, so I left mine alone", "calm"),
    ("I scrub at the tiny white bumps on my chin really hard every morning, will they come out?", "self_removal"),
    # session 17 (tests/nlu/visitors/implied.yml): visitors' questions about the clinic's method or
    # milia in general are calm; a removal by someone at home told in the passive is self-removal
    ("how do milia form under the skin?", "calm"),
    ("are they the same as whiteheads or something different?", "calm"),
    ("oh so you prick them with a needle? does it hurt?", "calm"),
    ("why won't they squeeze out like blackheads do?", "calm"),
    ("why can't they be popped like normal spots?", "calm"),
    ("why can't I pop them like normal spots?", "self_removal"),
    ("will exfoliating every day keep them away?", "calm"),
    ("hyfrecator removal, how does that work?", "calm"),
    ("little white bumps under my eye that feel like grit under the skin, what are they?", "calm"),
    ("the ones on my chin were popped by my sister last night", "self_removal"),
    ("can the milia on my eyelid be picked out by my husband?", "self_removal_eye"),
    ("my milia were taken off by a dermatologist last year, will they come back?", "calm"),
    ("it was 39 degrees on our trip to Spain and now I've got milia, is heat a cause?", "calm"),
    ("my baby is 6 weeks old, I took her temperature and it was 38 degrees", "urgent"),
    ("nervous about infections after treatment, what hygiene do you use?", "calm"),
    ("my new eyeliner makes my eyes sting, can it give me milia?", "calm"),
    ("my eyeliner went in my eye and the pain is unbearable", "emergency"),
    ("my milia were removed by my sister's dermatologist last year, will they come back?", "calm"),
    ("my sight's been a bit blurry from my new reading glasses, do milia go away by themselves?", "calm"),
    ("unrelated, but since this morning I've lost the vision in one eye", "emergency"),
    ("my aunt said you can scrub the milia on your eyelids off with a flannel, true?", "self_removal_eye"),
    ("Can I use a pin on the milia by my inner corner?Asking before I try", "self_removal_eye"),
    ("tiny bumps under lid, got a lancet, how deep do I go", "self_removal_eye"),
    ("my dermatologist said you can remove them with a needle, how much is it?", "calm"),
    # session 18 (tuning_28): signs told in everyday words; a kit after "can you use" is anyone's
    ("there are jagged zig-zag lights in my eye since I poked at the milia on my lid", "emergency"),
    ("I keep seeing lights in my eye after digging at one by my lashes", "emergency"),
    ("I was fiddling with the milia under my eyes last night", "self_removal_eye"),
    ("I've resisted fiddling with the milia under my eyes, what does the clinic do?", "calm"),
    ("grandad picked a spot on his neck, it's red and it's moving up to his ear and he's not making sense", "emergency"),
    ("he picked one, and he keeps asking what year it is", "emergency"),
    ("it's not making much sense to me why I get milia", "calm"),
    ("can you use a blackhead extractor on milia near your eyes?", "self_removal_eye"),
    ("do you use a comedone extractor when you remove milia?", "calm"),
    # session 18 (tests/nlu/visitors/edges.yml): the clinic's method asked about is calm
    ("the heat one or the needle one, which would you recommend?", "calm"),
    ("a small incision with a needle, is that all it is?", "calm"),
    ("how are they cut open, with a scalpel?", "calm"),
    ("is it where they use a sterile needle to get them out?", "calm"),
    ("do you do the removal yourselves or send me to a dermatologist?", "calm"),
    ("will my skin be red or swollen after the removal?", "calm"),
    # session 18 (tuning_29): the line between an eye emergency and an eye-area removal
    ("my husband tried to pop the milia on his eyelid, now there's a red spot on the actual eye", "emergency"),
    ("popped one under my eye, it was hard like a grain of sand, can I do the rest the same way?", "self_removal_eye"),
    ("did the milia on my lower lids last night, a bit pink but fine", "self_removal_eye"),
    ("did my milia go down overnight?", "calm"),
    ("my son squeezed the one by his eye and says it's gone dark in the corner of his eye", "emergency"),
    # what milia can do, said of milia in general
    ("a friend told me milia can get infected, is that right?", "calm"),
    ("apparently they can bleed if you catch them with a towel?", "calm"),
    ("I squeezed one yesterday and I know milia can get infected, it's hot and swollen now", "urgent"),
    # session 18 (tuning_30): a normal temperature stated, a sign long gone, a service asked about
    ("my toddler is teething and feels a bit warm, 37.4, are the white dots on her nose milia?", "calm"),
    ("my 3 week old had a temperature check today and it was normal, are milk spots ok?", "calm"),
    ("my 3 week old is hot and the thermometer says 38.3", "urgent"),
    ("the milia on my nose used to bleed when I was a student but that was years ago", "calm"),
    ("this spot used to be tiny and now it keeps bleeding", "gp"),
    ("can you remove thread veins as well as milia?", "calm"),
    ("can you remove the shiny pearly bump on my nose?", "gp"),
    ("my 6 week old was 37.5 this morning, now she's burning up", "urgent"),
    ("my 6 week old had a temp yesterday but his breathing was normal", "urgent"),
    ("the bump on my cheek has thread veins running over it", "gp"),
    # session 18 (tests/nlu/visitors/midchat.yml): who does it, and what "they", "these" and "have" mean
    ("ok, and what sort of dermatologist should take them out?", "calm"),
    ("what's this needle thing everyone on tiktok talks about?", "calm"),
    ("I got a sterile needle off tiktok for my milia", "self_removal"),
    ("is there a cream or only with a needle they take them out?", "calm"),
    ("I've got a few of these milia things on my cheeks, do they go by themselves?", "calm"),
    ("asking for my husband, he's got milia on his eyelids, how would you take them out?", "calm"),
    ("my husband wants to take mine out himself, can you tell him how?", "self_removal"),
    ("can I have a callback, and what's hyfrecator extraction?", "calm"),
    ("is it a cream or needle only?", "calm"),
    ("my teenage son keeps trying to squeeze his, is that ok?", "self_removal"),
    # session 18 (tuning_31): removal in other words, and what else gets picked or scrubbed
    ("thinking of an acid peel to burn the milia on my chin off", "self_removal"),
    ("big popping sesh on the milia under my eyes tonight", "self_removal_eye"),
    ("been trying to shift the milia on my forehead, they just won't budge", "self_removal"),
    ("I've got a box of microlances, how deep do I go on my cheek ones?", "self_removal"),
    ("can you use tweezers on the milia by my lashes?", "self_removal_eye"),
    ("can you use a needle on the milia under my lashes rather than the hyfrecator?", "calm"),
    ("got a splinter out with tweezers yesterday, what do you use for milia?", "calm"),
    ("I pluck my eyebrows with tweezers, could that cause milia?", "calm"),
    ("I tweeze my chin hairs, could that cause milia there?", "calm"),
    ("I scrubbed off my fake tan and found white bumps underneath, milia?", "calm"),
    ("can I pick my eyebrow milia with tweezers?", "self_removal_eye"),
    ("watched milia extraction videos and I'm definitely not doing that myself, can I book in?", "calm"),
    ("I watched a man on YouTube digging milia out with a needle, I'd never do that", "calm"),
    ("saw a video of someone getting milia out with a needle, gonna try it", "self_removal"),
    ("picked up a milia extractor in the shop then put it straight back, I'll leave it to the pros", "calm"),
    ("my friend is a dermatologist and said she'd do mine at her clinic", "calm"),
    ("my hairdresser said she can do my milia for me in the salon", "self_removal"),
    # session 18 (tuning_32): typed as heard, and sarcasm
    ("the lite hurts my eye so much since i skratched the bump by it", "emergency"),
    ("lovely double-image effect in my left eye since I had a go at the milia on my lid, is that bad?", "emergency"),
    ("can i get them off my cheek with a neadle if i sterilise it", "self_removal"),
    ("been using a black head tool on the milia on my forehead", "self_removal"),
    # session 18 (tuning_33): typed in a hurry
    ("lost the vishun in my left eye after poking a milia", "emergency"),
    ("cant read my fone since i picked the bumps under my eye", "emergency"),
    ("squeezed the bump on my chin and now theres plus coming out", "urgent"),
    ("gonna try a comedone extracter on my forehead milia", "self_removal"),
    # session 19 (tuning_34): dialect, second-language English, clinical words
    ("my eye it is not open this morning after I do the needle on the white spot", "emergency"),
    ("my wee lad's granny wants to pop the spots under his ee with a pin", "self_removal_eye"),
    ("my cousin says she'll sort the milia on me lids with tweezers, is that ok", "self_removal_eye"),
    ("been howking at the milia on my cheek with my nails", "self_removal"),
    ("I rub very strong with sugar to remove the milia on my chin", "self_removal"),
    ("can I cut the milia with nail scissors at home?", "self_removal"),
    # session 19 (tuning_35): told in passing, over and done with, or asked of the clinic
    ("I was picking at the milia under my eye and the needle slipped straight into it, it burns", "emergency"),
    ("my sister keeps trying to squeeze the milia on my eyelids, I keep telling her no", "self_removal_eye"),
    ("can milia be scrubbed off with a sugar scrub if I do it twice a day?", "self_removal"),
    ("do you recommend an at-home plasma pen? thinking of ordering one", "self_removal"),
    ("I had double vision years ago, unrelated to milia. Can I squeeze the ones on my eyelid?", "self_removal_eye"),
    ("I had a temperature last week with flu, fully better now. Is it ok to pop milia with a pin?", "self_removal"),
    ("Will my eyes water during the removal? Could you hurt my eye with the needle?", "calm"),
    ("Can you tell me whether there is any bleeding or swelling after the procedure?", "calm"),
    ("they don't itch or bleed, they just look a bit odd", "calm"),
    # session 19 (tuning_36): short and plain
    ("my eye hurts worse than anything I've ever had", "emergency"),
    ("feels like my eye got stabbed", "emergency"),
    ("the spot I pricked has gone red and angry", "urgent"),
    ("will a pumice scrub shift the ones under my eyes?", "self_removal_eye"),
    ("my skin feels hot after a hot shower, is that ok with milia?", "calm"),
    ("can I try the hot needle trick on the milia on my chin?", "self_removal"),
    # session 19 (tuning_37): the eye named, the removal elsewhere
    ("the clinic did my lids last year, can I do my forehead myself?", "self_removal"),
    ("I'm used to putting lenses in my eyes, but the milia I want to squeeze are on my chin", "self_removal"),
    ("my dermatologist took out the ones by my eyes, I'll do the few left on my chest myself", "self_removal"),
    ("I've got milia on my chin and under my eyes. Can I needle the chin ones?", "self_removal"),
    ("my optician noticed milia on my lids. Can I squeeze the ones on my nose though?", "self_removal"),
    ("going to use a grainy scrub every night to get them off my forehead", "self_removal"),
    ("my mate used a plasma pen on my chin milia last month. want to do my eyelids next", "self_removal_eye"),
    # session 19 (tuning_38): signs shown by what the visitor does or cannot do
    ("picked a milium by my eye yesterday and now I have to close that eye to read anything", "emergency"),
    ("all the curtains are shut because of my eye since I squeezed the milia on my lid", "emergency"),
    ("since I popped the milia round my eye the lines on the road split in two", "emergency"),
    ("I keep bumping my right shoulder on doorframes since I used a pin on the milia under my right eye", "emergency"),
    ("I can't focus with my left eye since I dug at a milium on the lid", "emergency"),
    ("the dressing on my forehead is soaked through yellow, I squeezed a milium there", "urgent"),
    ("there's a red line running from where I picked a milium on my wrist up towards my elbow", "urgent"),
    ("boiling then freezing all night, the milia I dug out on my chin are now angry lumps", "urgent"),
    ("I closed the curtains to have a nap, what causes milia?", "calm"),
    ("sunglasses on indoors trying them on for my holiday, do you do eyelid milia?", "calm"),
    ("my 5 week old feels warm under her blanket, the thermometer says 37.1, will her milk spots go?", "calm"),
    # session 19 (tuning_39): GP signs in everyday words, and their look-alikes
    ("it has gone from 3mm to 7mm since the spring", "gp"),
    ("4mm in January, 8mm now", "gp"),
    ("a shiny bump on my cheek with a little dent in it", "gp"),
    ("the spot on my temple is slightly see-through and pearly", "gp"),
    ("it's twice the size it was in March and has tiny red lines on it", "gp"),
    ("any pearly highlighter that won't give me milia?", "calm"),
    ("my daughter has grown so much since her milk spots, she's 3 now", "calm"),
    ("I nicked one with my razor, it bled a bit but healed in a day. Can I book?", "self_removal"),
    # session 19 (tuning_40): babies and children
    ("our newborn has milk spots and a temperature of 38.2 tonight", "urgent"),
    ("my 9 month old had a temperature last week with a cold, all better now, but will her milk spots go?", "calm"),
    ("I was worried my son's milk spots were an infection but the GP said they're milia", "calm"),
    # session 19 (tuning_41): hedged reports
    ("Is double vision normal after this? I pricked the milia near my eye with a needle last night.", "emergency"),
    ("my temperature is 39, I feel terrible like never before, and the redness round the milium I squeezed is spreading", "emergency"),
    ("there's a faint red line running up my arm from where I picked a milium on my wrist", "urgent"),
    ("I felt faint but I'm ok now, the spot I squeezed is hot and swollen", "emergency"),
    # session 19 (tuning_42, tuning_43): callback-form answers; who does it and with what
    ("my name's Lance, afternoons are best", "calm"),
    ("my beautician says she can pop the milia on my chin during my facial, is that ok?", "self_removal"),
    ("the girl who does my brows offered to needle out the milia on my cheek", "self_removal"),
    ("my nail tech does milia removal too, should I get the ones on my lids done by her?", "self_removal_eye"),
    ("can I use my eyebrow tweezers on the milia on my chin?", "self_removal"),
    ("would a blackhead suction gadget get milia out of my nose?", "self_removal"),
    ("she only did half, can I finish the rest myself?", "self_removal"),
    ("who should remove milia, a dermatologist or a beautician?", "calm"),
    ("can my beautician take out milia?", "calm"),
    ("is your needle method the same as when a beautician uses a lancet?", "calm"),
    ("my aesthetician uses a lancet on my milia, is that ok?", "self_removal"),
    ("I'm a beautician and I use a lancet on my clients' milia, is that ok?", "self_removal"),
    # session 19 (followups/tuning_6): told after a general question
    ("my baby is 4 weeks old and she's 38 on the dot", "urgent"),
    ("the red area on my chin was the size of a pea and now it's the size of a coin", "urgent"),
    ("I picked one on my jaw and I've got a streak going down my neck", "urgent"),
    ("the lancet slipped, there's a little scratch on the white bit of my eye", "emergency"),
    ("I've been using a gritty scrub on the ones on my forehead for weeks trying to get them off", "self_removal"),
    # session 19 (tuning_44): long letters
    ("I've been squeezing them for weeks. I'm also a bit confused about why they appeared at all.", "self_removal"),
    ("a friend swears by scrubbing them off my lids with a gritty face scrub, should I?", "self_removal_eye"),
    ("they look a bit odd though and people keep asking about them", "calm"),
    ("I'm starting to think it looks weird now, it's changed shape", "gp"),
    ("I had some done at a salon and one got infected. That all cleared up within a week, two years ago. Who does yours?", "calm"),
    ("I rub quite hard to get my mascara off at night, could that cause milia?", "calm"),
    ("I couldn't see anything about body milia on your prices page, do you treat them?", "calm"),
    # session 19, read back from the diff: the new calm look-alikes must not hide a real sign
    ("I scratched it with my nail and it keeps bleeding, it hasn't stopped", "gp"),
    ("I've felt feverish since the needle I used on the milia on my chin", "urgent"),
    ("my lid is twice the size since I squeezed it and there are tiny red lines on it", "urgent"),
    ("she's grown a lump on her cheek", "gp"),
    ("I picked a milium by my eye yesterday. Today I can't see properly even after putting drops in.", "emergency"),
    # session 19 (tests/nlu/visitors/forum.yml): a friend who had hers done is the patient
    ("my sister had her milia zapped last spring, does it leave a scar?", "calm"),
    ("my sister had her milia squeezed by her flatmate", "self_removal"),
    # a follow-up read without the message before it
    ("now I see little black dots", "emergency"),
    ("I can see black dots on my nose, are they milia?", "calm"),
    # session 20 (tuning_45): contrasts and time
    ("the milium I squeezed is infected, I've a high temp and I can hardly think straight", "emergency"),
    ("my eyelid got puffy after my facial with you last Tuesday but it's all settled now, can I book again?", "calm"),
    ("I had a lot of infected spots when I was at school, now I've just got milia, what do you charge?", "calm"),
    ("I ran the Cancer Research race last month, do you do milia removal for men?", "calm"),
    ("loads of milia back on my nose and I want to pick again", "self_removal"),
    ("could I have another go at the milia on my forehead?", "self_removal"),
    # ... a sign from younger days or told as over must not hide one that is back or new
    ("I had a fever as a teenager and it's back again now after picking one", "urgent"),
    ("As a teenager I had bad acne and now the milium I squeezed is full of pus", "urgent"),
    ("it cleared up last week but now the spot I picked is swollen again", "urgent"),
    ("is my spot cancer? my nurse friend thinks so", "gp"),
    # session 20 (tuning_46): order and distance
    ("Red line. Goes from my wrist up my arm. Squeezed a milium there on Monday", "urgent"),
    ("I'm on isotretinoin so my skin is really light sensitive, can you still remove milia?", "calm"),
    ("light hurts my eyes and my skin is red where I picked near my eye", "emergency"),
    # session 20 (tuning_47, followups/tuning_9): what the eye feels and does, described
    ("since I pricked the milium by my eye everything looks like old telly static", "emergency"),
    ("after I squeezed one by my eye the words on my phone wobble when I read", "emergency"),
    ("I used a pin near my eye and now I see two of everything", "emergency"),
    ("picked at my lid milia, now the pupil on that side is a different size", "emergency"),
    ("I was doing a milium by my tear duct and the tweezers went in too far, right into the corner of my eye", "emergency"),
    ("I can't bear to look at the lamp since I squeezed the milia under my eye", "emergency"),
    ("I pricked a milium near my eye and it scratches every time I blink", "emergency"),
    ("after picking one on my arm the redness is spreading and I keep getting confused about what day it is", "emergency"),
    # ... and their look-alikes
    ("I picked the ones by my eye and I can open it fully, vision is fine", "self_removal_eye"),
    ("my eyes get gritty from staring at screens, do milia come from that?", "calm"),
    ("I can't see properly out of my left eye, is it from screens?", "emergency"),
    ("I'm confused about what day the clinic is open", "calm"),
    ("I popped one on my cheek, it bled a little and stopped straight away, can I do the rest?", "self_removal"),
    ("I popped one on my cheek, it stopped straight away at first but now it keeps bleeding every day", "gp"),
    # session 20 (tuning_48): someone else tells it
    ("my nan rubs a gritty facial scrub on her eyelids every night trying to scrub the milia off", "self_removal_eye"),
    ("someone told me milia near the eye can make you go blind, is that right?", "calm"),
    ("I squeezed the milia by my eye and it's made me go blind in that eye", "emergency"),
]

ALL: FrozenSet[str] = frozenset({SR, EYE, RF, NEG, CLINIC})


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] or "<empty>" for c in CASES])
def test_detect_table(text: str, expected: set) -> None:
    result = safety.detect(text)
    got = {flag for flag in ALL if getattr(result, flag)}
    assert got == expected, f"{text!r}: expected {sorted(expected)}, got {sorted(got)}"


@pytest.mark.parametrize("text,expected", TIER_CASES, ids=[c[0][:40] for c in TIER_CASES])
def test_first_reply_table(text: str, expected: str) -> None:
    result = safety.detect(text)
    got = triage.detected_urgency(result.tier, result.self_removal, result.eye_area).label
    assert got == expected, f"{text!r}: expected {expected}, got {got}"


def test_spans_point_at_the_evidence() -> None:
    text = "Hi! Can I SQUEEZE the milia on my eyelid? it’s bleeding"
    result = safety.detect(text)
    assert result.flags == ["self_removal", "eye_area", "red_flag"]
    assert text[slice(*result.span("self_removal"))] == "SQUEEZE"
    assert text[slice(*result.span("eye_area"))] == "eyelid"
    assert text[slice(*result.span("red_flag"))] == "bleeding"
    assert result.span("nope") is None


def test_flags_are_exclusive_where_documented() -> None:
    mixed = safety.detect("I know I shouldn't squeeze them but can I use a needle?")
    assert mixed.self_removal and not mixed.negated
    both = safety.detect("can a dermatologist remove them or can I do it myself?")
    assert both.self_removal and not both.clinic_removal


def test_build_is_cached() -> None:
    assert safety.build_nlp() is safety.build_nlp()
    assert safety.build_matcher() is safety.build_matcher()


def test_every_concept_is_in_the_matcher() -> None:
    matcher = safety.build_matcher()
    for label in safety.PATTERNS:
        assert label in matcher


def test_save_pipeline_roundtrip(tmp_path: Path) -> None:
    import spacy

    out = safety.save_pipeline(tmp_path / "spacy_milia")
    nlp = spacy.load(out)
    assert nlp.pipe_names == ["entity_ruler"]
    ents = {(e.text, e.label_) for e in nlp("can I squeeze the ones under my eyes").ents}
    assert ("squeeze", "SELF_VERB") in ents
    assert ("eyes", "EYE") in ents
    assert len(safety.entity_ruler_patterns()) == sum(len(p) for p in safety.PATTERNS.values())


def test_the_prefiltered_matcher_finds_exactly_what_one_matcher_over_every_pattern_finds() -> None:
    """milia/safety/matching.py skips the patterns a message cannot match; the matches must not change.
    Compared on every other message of tuning*.yml (about 6,500), long and short alike."""
    from spacy.matcher import Matcher

    from milia.safety.report import load_rows

    safety_dir = Path(__file__).parent / "safety"
    rows = load_rows(sorted(safety_dir.glob("tuning*.yml")))
    texts = [row.text for row in rows[::2]] + ["", "yes", "Ada Lovelace", "07700 900123", "?!", "a " * 300]
    nlp = safety.build_nlp()
    everything = Matcher(nlp.vocab, validate=True)
    for label, patterns in safety.PATTERNS.items():
        everything.add(label, patterns)
    prefiltered = safety.build_matcher()
    found = 0
    for text in texts:
        doc = nlp.make_doc(text)
        expected = sorted(everything(doc))
        assert sorted(prefiltered(doc)) == expected, text
        found += len(expected)
    assert len(texts) > 1200 and found > 2000  # the comparison saw real matches
