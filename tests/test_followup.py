"""A follow-up read with the visitor's message before it (milia/safety/followup.py)."""
from __future__ import annotations

from typing import Optional

import pytest

from milia.safety.detector import SafetyResult, detect
from milia.safety.followup import in_context, joined


def _label(result: SafetyResult) -> str:
    if result.tier:
        return result.tier
    if result.self_removal:
        return "self_removal_eye" if result.eye_area else "self_removal"
    return "calm"


EYE_NEEDLE = "I've been getting the milia off my eyelid with a sewing needle"
CHIN = "I squeezed a couple of milia on my chin on Sunday"

# (message before, follow-up, the follow-up's reading alone, read in context)
CASES = [
    # session 35 (followups/tuning_55): a relative's "she says it's fine", sleeping on it, going only later, healing still to come
    ('my daughter picked the milia on her eyelid and now light hurts that eye', "she says it's fine and just wants to sleep it off", 'calm', 'emergency'),
    ("I'm seeing floaters since I picked the milium by my eye", "probably just cos I'm tired, gonna sleep on it", 'calm', 'emergency'),
    ('my chin is hot and swollen where I squeezed a milium', "thanks, I'll ring the surgery when they open in the morning", 'calm', 'urgent'),
    ('there is a red streak up my neck from where I picked', "how much is milia removal once it's healed?", 'calm', 'urgent'),
    ('red and hot where I picked on my cheek', "saw the GP, on antibiotics now and nearly gone. can I book removal once it's healed?", 'calm', 'calm'),
    # session 35 (followups/tuning_54): a sign taken back, its lesser sign kept; "no, sorry"; blurry photos
    ("i can't see properly after picking the milium on my lid", "sorry, came out wrong, my eyesight is fine, i meant i can't see the milium properly now because the lid has swollen since i picked it", 'urgent', 'urgent'),
    ('my mum picked the ones under my eye and it went hot and swollen', "no, sorry, I mean she wants to, she hasnt touched them yet. is a sterilised pin ok?", 'self_removal', 'self_removal_eye'),
    ('my vision is blurry', 'no sorry I meant my pics are blurry, can I email the photos of my cheek instead?', 'calm', 'calm'),
    # session 35 (followups/tuning_53): asked whether it is safe, then done anyway, and a swollen lid
    ('can I squeeze the milia on my lower lid?', "too late, did it anyway and now the lid has puffed up, I can open it fine", 'urgent', 'urgent'),
    # session 35 (followups/tuning_52): an update that explains the emergency away before a "but" keeps the lesser sign after it
    ('my eye went blurry after I picked the milium under it', "update: the blurriness was just eye drops, it's totally clear now, but the skin under the eye is swelling up", 'emergency', 'urgent'),
    ("I can't open my eye after picking at the milia on my lid", "update: it was just crusty stuff on the lashes, it opens fine now, but the lid is still puffy and warm", 'urgent', 'urgent'),
    # session 34 (followups/tuning_51): 'out cold for a few seconds' beside an infection after picking
    ('popped a few on my chin last week', 'today the chin is hot with yellow stuff coming out and I went down at work, out cold for a few seconds', 'emergency', 'emergency'),
    # session 34 (followups/tuning_50): pushing back after the safety reply; after an emergency a 111 callback awaited keeps 999
    ("there's a dark patch in the vision of my left eye, I was picking at milia on that eyelid earlier", "ok I've called 111, they're ringing me back in a couple of hours. is that fine?", 'calm', 'emergency'),
    ("i've got a fever since picking a milia on my nose", "ok I've rung 111, they're calling me back", 'calm', 'urgent'),  # waiting on 111's callback: the signpost stands
    ('I feel hot and shivery since I picked at the milia on my nose 2 days ago', "I'll see how I feel tomorrow, it's probably just a cold coming on", 'calm', 'urgent'),
    ("there's a shiny pearly bump by my nose that's been there for months", "my husband says I'm overreacting, it's only milia", 'calm', 'gp'),
    ("my 'milia' on my forehead has got bigger and changed colour, it's a bit brown now", "I'll just see how it looks in a month", 'calm', 'gp'),
    ('my friend offered to do the milia in the inner corner of my eyes with her extractor', "she's done it on herself before and it was fine, so I think I'll let her", 'calm', 'self_removal_eye'),
    ('can I just pop the tiny white lumps under my eyes', "I don't want to pay clinic prices for something I can do in 5 mins", 'calm', 'self_removal_eye'),
    ('my teenage daughter keeps squeezing the milia on her nose', "I'll let her carry on, she's not hurting herself. can you recommend a cleanser?", 'calm', 'self_removal'),
    ('my son wants to squeeze his milia', "ok I'll let him know what you said", 'calm', 'calm'),
    # session 34 (followups/tuning_49): a sign taken back after a removal ('actually no', 'scratch that'), a sign asked about with 'if' after a removal
    ('I think the one I squeezed on my nose is infected, there was pus', "actually no, looked closer and it was just the white milia bit itself coming out. it's not red or swollen or hot at all", 'calm', 'self_removal'),
    ('I picked a milia on my arm and the redness was spreading', "no scratch that, it's not spreading, checked it against the pen line, and there's no heat or pus. just wondering if I can do the others", 'calm', 'self_removal'),
    ('my eye got a bit scratched when I was picking near it, it was mostly fine earlier', 'ok but can I still wear my contacts tomorrow for work?', 'calm', 'emergency'),
    ('used a needle on the milia by my inner corner yesterday', "I'm not meant to be driving but can I if my vision is a bit blurry on that side?", 'calm', 'emergency'),
    ('the clinic removed my milia yesterday', "there's a tiny bit of redness, not spreading, no pus, is that normal?", 'calm', 'calm'),
    ('picked my milia yesterday, feeling a bit rubbish today', "i'm hot then cold and shivery, like when you've got flu", 'urgent', 'urgent'),
    ('are milia a sign of skin cancer?', "my aunt had basal cell and I'm getting paranoid", 'gp', 'gp'),
    ('I think the tweezers hit my eye', "no wait, false alarm, they only touched my lashes while I was plucking my brows. Eye's totally fine, no pain, vision normal", 'calm', 'calm'),
    # session 34 (followups/tuning_48): "I mean myself", "like myself at home" after a general question about removal
    ('can milia be scrubbed off?', 'I mean myself, with a face scrub, on my forehead', 'calm', 'self_removal'),
    ('How do I get rid of milia?', "like myself at home, they're under my eyes", 'calm', 'self_removal_eye'),
    ('How do I get rid of milia?', 'like at the clinic, what do you do', 'calm', 'calm'),
    # session 33 (followups/tuning_47): what is happening now, told with no medical words; a relative's death dated is not the sign's date
    ('my dad squeezed a little white lump on his cheek a few days ago and its gone red and angry and spreading', "he's burning up and talking rubbish, keeps asking where mum is and she died years ago", 'emergency', 'emergency'),
    ('is it normal for milia to come back?', "sorry different thing, I just woke up and the clock on the wall looks like it's melting out of one eye", 'emergency', 'emergency'),
    ('what causes milia in adults?', "also a bit worried, half of what I'm looking at has gone missing out of my right eye since lunchtime", 'emergency', 'emergency'),
    ('do you treat milia on the eyelids?', "light's too much on your website, any dark mode?", 'calm', 'calm'),
    ('can you remove milia on the eyelids?', 'the booking page keeps going dark and freezing on my phone, is there a number I can ring?', 'calm', 'calm'),
    # session 33 (followups/tuning_45): typed in a hurry; a sign the visitor never told, denied, leaves the one told; a tool copied
    ('my eye has gone red after I picked the milia next to it', 'pain is like 9 out of 10', 'calm', 'emergency'),
    ('i think the pin went into my eye when i was doing my milia', 'no bleeding tho', 'calm', 'emergency'),
    ('picked at milia near my eye', 'evry thing looks dark on that side', 'emergency', 'emergency'),
    ('picked a milia on my neck', 'theres a red streak now', 'urgent', 'urgent'),
    ('saw a tiktok of someone needling milia', "want to do mine, they're by my inner corner of my eye", 'calm', 'self_removal_eye'),
    ('bought a blackhead extractor', 'will it work on milia on my cheek', 'calm', 'self_removal'),
    ("picked a milium on my arm, now there's a red streak going up my arm", 'no fever, and the redness has gone down now, thanks', 'calm', 'calm'),
    ('i think the pin went into my eye when i was doing my milia', "no bleeding tho, and my eye's fine now, false alarm", 'calm', 'calm'),
    ('do you use a needle to remove milia?', 'will it work on milia on my cheek', 'calm', 'calm'),
    ('my sister has a plasma pen', 'would that work on milia near my eyes', 'calm', 'self_removal_eye'),
    # session 33 (followups/tuning_44): the second message decides; a booking time after an emergency, a fever denied after a red streak,
    # details of a spot after a GP sign
    ('Can you book me in for milia removal this week? Last night I caught my eye with the needle while trying to do it myself', 'thursday afternoon would be best', 'calm', 'emergency'),
    ('a bit of the needle tip broke off when I was doing the one on my eyelid', "I think it's in my eye, it feels like something sharp every time I blink", 'emergency', 'emergency'),
    ("picked a milium on my arm, now there's a red streak going up my arm", 'no fever or anything, I feel ok in myself', 'calm', 'urgent'),
    ("there's a scab on my forehead that won't go away", 'since around christmas, so about 3 months', 'calm', 'gp'),
    ('I have a milia-looking bump on my lip that keeps scabbing', 'it heals and then comes back, been going on 2 months', 'calm', 'gp'),
    ("I've a white shiny bump on the side of my nose, could it be cancer?", "I'm 62 if that matters", 'calm', 'gp'),
    ('My milia bled a bit', "yes on its own, I hadn't touched it. it's the one on my cheekbone", 'calm', 'gp'),
    ('one of the spots on my forehead has changed colour', 'pinkish now, used to be white', 'calm', 'gp'),
    ('Can you book me in for milia removal this week? My eyes are fine, I just have milia on my cheeks', 'thursday afternoon would be best', 'calm', 'calm'),
    ("picked a milium on my arm, now there's a red streak going up my arm", 'no fever, and the redness has gone down now, thanks', 'calm', 'calm'),
    # session 32 (followups/tuning_43): replies to the signposts; a sign taken back in words (milia/safety/retractions.py)
    ('flashes of light in my right eye!!', 'nevermind, it was the fire alarm strobe being tested at work 🙄 eyes are totally fine. do you do milia removal on saturdays?', 'emergency', 'calm'),
    ('since using the tweezers on my brow bone I keep seeing little flashes of light in that eye', 'its probably fine, my mum says its just tiredness', 'calm', 'emergency'),
    ("it's bleeding and it's grown since last month", "Honestly I'm scared of what they'll say so I'd rather not know", 'calm', 'gp'),
    ("the bump on my nose has grown over the last few months and it's shinier than it was", "it's probably fine, I'm only 29", 'calm', 'gp'),
    ('pus and swelling along my jaw where I picked at milia', "I've got some leftover antibiotics from last year, can I just take those?", 'calm', 'urgent'),
    ('the needle went in my eye I think, I was doing a milium on my lid', "no sorry I wrote that badly, it didn't touch my eye, it just slid across the eyelid skin and I stopped. I can see perfectly and nothing hurts. can I try again more carefully?", 'calm', 'self_removal_eye'),
    ('my eyelid swelled up after I squeezed a milium on it', "sorry it isn't swelling, it's just the milium itself is a bit raised lol, nothing's changed. should I use a sterile lancet on it instead of squeezing?", 'self_removal', 'self_removal_eye'),
    ("i wrote 'some pain' earlier about my eye after i picked at a milium on the lid", 'i meant severe pain, like 9 out of 10, i can barely think straight', 'urgent', 'emergency'),
    ("I popped milia under my eye and now my eye is swollen shut, I can't open it", "sorry I exaggerated, I can open it fine and see fine, it's just the lid is puffy", 'urgent', 'urgent'),
    ("I've got a temperature and the spot I picked is hot", 'sorry, random question, what are milia actually made of?', 'calm', 'urgent'),
    ("my baby's 6 months and has milia on her nose, her temp is 38.2", "sorry typo, she's 6 weeks not 6 months", 'calm', 'urgent'),
    ('The spot on my chin has a pearly edge and tiny blood vessels on it', "no sorry I was quoting the NHS page on BCC to compare. mine don't look like that at all, they're just tiny white bumps that haven't changed. do milia go away on their own?", 'gp', 'calm'),
    ('my eyelids swollen since I picked a milium', '111 gave me antibiotic cream last week and the swelling has completely gone, lid looks normal again. When would it be safe to have the ones there done professionally?', 'calm', 'calm'),
    ('sudden blurred vision after squeezing near my eye', "sorry, not blurry, I can't see anything at all out of it now", 'emergency', 'emergency'),
    # session 32 (followups/tuning_42)
    ("my sister squeezed her eyelid milia and got a nasty infection years ago",
     "so I'm going to use a needle on mine under my eye instead, that's safer isn't it?", "self_removal_eye", "self_removal_eye"),
    ("my daughter says her friend's milia bled when they were removed at a salon",
     "that's just gossip, nothing's happened to us. what's your aftercare like?", "calm", "calm"),
    ("I'm removing my make-up round my eyes with oil, can that cause milia?", "my sister reckons it does it for her too", "calm", "calm"),
    ("is 38.3 a high temperature for a baby?", "she's 7 weeks, has milia, nobody's touched them", "calm", "urgent"),
    ("my mum's spot has a pearly edge and little red veins on it", "she's 72, she thought it was milia, she's staying with me at the mo",
     "calm", "gp"),
    ("my boyfriend's bump on his lip is changing shape", "yes it's his not mine, it's gone from round to kind of wonky and irregular",
     "calm", "gp"),
    ("could my spot be cancer?", "the one on my cheek I said, it's white and hard", "calm", "gp"),
    # session 32 (followups/tuning_41)
    ("Quick question, after I picked one under my left eye I've got these little floaters", "no, brand new, never had them before today",
     "calm", "emergency"),
    ("Hi, after picking one under my eye my vision went a bit funny for a second", "no it hasn't gone back, still fuzzy", "calm", "emergency"),
    ("I picked one by my eye and now it's blurry", "no, it's cleared up now, all fine", "calm", "calm"),
    ("Is it normal to have a red line after picking a spot?", "it's from the milia I dug out on my neck, going down towards my collarbone",
     "self_removal", "urgent"),
    ("My baby's temperature is 38", "sorry misread the thermometer, it says 36.8. she's 7 weeks, are the white spots on her nose milia?",
     "calm", "calm"),
    ("my skin's hot and red", "it's sunburn, I haven't touched the milia. can I still book for next week?", "calm", "calm"),
    ("My eye is swollen", "oh it's hay fever, goes like this every spring. nothing to do with the milia, haven't touched them. can you still "
     "treat them when I'm like this?", "calm", "calm"),
    ("I can't see properly", "I mean I can't see the milia properly in the mirror, they're tiny. are they the white dots round my nose?",
     "calm", "calm"),
    ("what's a comedone extractor?", "could I use it on the little bumps under my eyes", "calm", "self_removal_eye"),
    ("I saw a tiktok where someone pops milia", "thinking of trying it on my jawline", "calm", "self_removal"),
    # session 31 (followups/tuning_40)
    ("I had milia pricked out by a nurse years ago", "they came back, is that normal?", "calm", "calm"),
    ("Hello, I am considering removing my milia with a lancet.", "Having read your reply, I have decided against it. Thank you.",
     "calm", "calm"),
    ("was planning to try a plasma pen on my chin milia", "binned the idea, booking a consult with you lot instead", "calm", "calm"),
    ("can i use tweezers on my eyelid milia", "ok wont, can you fit me in friday?", "calm", "calm"),
    ("My friend popped her milia and they went away", "so I'm going to try on mine on my nose this weekend", "calm", "self_removal"),
    ("Small white bump on my nose with a little dip in the middle", "its been there about 2 months", "calm", "gp"),
    # session 31 (followups/tuning_39)
    ("I picked a milium beside my eye and there are new floaters now", "Sorry if I'm panicking, do you treat milia on the eyelid?",
     "calm", "emergency"),
    # session 31 (followups/tuning_38)
    ("My eye is in agony since I used a pin on a milium by my lashes", "no I can still see fine, it's just the pain", "calm", "emergency"),
    ("My eyelid puffed up after I squeezed the milia on it", "It's been about a day. No, my vision is normal.", "calm", "urgent"),
    ("My eyelid puffed up after I squeezed the milia on it", "no, it's all gone down now", "calm", "calm"),
    ("I have a white bump that keeps scabbing", "never touched it, it's been like that for about 7 weeks", "calm", "gp"),
    ("My husband wants to squeeze the milia off my lash line", "no, he hasn't done it yet, we were going to tonight", "calm",
     "self_removal_eye"),
    # session 31 (followups/tuning_37)
    ("I squeezed the milia on my upper lid last night", "my partner says my eye looks odd, and half of what I see with it is dark",
     "emergency", "emergency"),
    ("I caught my eye with the tweezers doing the milia under it", "it's not bleeding but it stings and keeps watering, do I just rinse it?",
     "calm", "emergency"),
    ("my sister scratched her eye with a pin picking her milia", "that was years ago and she's fine now. I'm asking for myself, do milia go away?",
     "calm", "calm"),
    ("my 6 week old had a temperature of 38.2 yesterday", "it's gone now, the GP said it was a cold. will her milk spots go?", "calm", "calm"),
    ("was going to get my husband to pop the ones on my eyelid with a pin", "nah he said no, booking in with you instead", "calm", "calm"),
    # session 31 (followups/tuning_36)
    ("I squeezed one on my chin 2 days ago", "is a temperature of 38.5 related?", "urgent", "urgent"),
    ("Could milia ever turn into cancer?", "just wondering", "calm", "calm"),
    ("Could milia ever turn into cancer?", "my mum says they can", "calm", "gp"),
    ("Could milia ever turn into cancer?", "thanks for explaining", "calm", "calm"),
    ("there's a bump with a pearly edge on my cheek", "ok how much is removal?", "calm", "gp"),
    ("How do I get rid of milia?", "myself I mean, the ones on my eyelids", "calm", "self_removal_eye"),
    ("how to get rid of milia", "by myself, without paying a clinic", "calm", "self_removal"),
    ("I squeezed a milium on my nose", "no just squeezed, didn't use a tool", "calm", "self_removal"),
    # session 30 (followups/tuning_35)
    ("I've had a scab on my cheek where a milium was for over a month.", "Is it worth booking removal with you or should I wait?",
     "calm", "gp"),
    ("Is it possible my white bump is skin cancer? It's shiny and waxy looking.",
     "How long is the wait for an appointment with you to get it removed?", "calm", "gp"),
    ("One of my milia has started to crust and flake.", "Can I cover it with concealer for a wedding this weekend?", "calm", "gp"),
    ("Can I use my extractor tool on my under-eye milia?", "Right, the tool's going in the bin. Can you do them for me?", "calm", "calm"),
    ("My husband says he'll squeeze my nose milia for me.", "Thanks, I'll show him your reply!", "calm", "calm"),
    ("I tried to squeeze some milia on my chin yesterday.", "Never again, it didn't work. I'll come to the clinic instead.", "calm", "calm"),
    ("Can I squeeze milia on my eyelid?", "Ok forget my eyelid, what about the little one on my chin?", "calm", "self_removal"),
    # session 30 (followups/tuning_34)
    ("I used a comedone needle on the milia just under my lower lashes", "there's a black patch that moves about wherever I look",
     "emergency", "emergency"),
    ("tried to lance the milium at the corner of my eye with a pin", "couldn't see the kettle on that side until I turned my head",
     "emergency", "emergency"),
    ("I had a go at the milia on my eyelid with a pin", "the kitchen lights are like needles in that eye, I can't look towards them",
     "emergency", "emergency"),
    ("My vision went blurry after I squeezed a milium under my eye",
     "false alarm, it was just greasy eye cream smeared on my glasses, all clear now. Should I finish the rest under my eye?",
     "calm", "self_removal_eye"),
    ("my eye felt sore after I picked a milium on my lower lid",
     "actually it's gone completely now, it was just soap that got in. Can I pick the other one on the same lid?", "self_removal", "self_removal_eye"),
    ("light really hurts my eye since I picked at the milium on my lower lid", "right, getting a taxi to the eye hospital now, thank you",
     "calm", "calm"),
    ("I got a really nasty infection from picking a milium", "that was in my twenties, I'm 50 now. Are you able to remove milia on the nose?",
     "calm", "calm"),
    ("how do you remove milia in clinic?", "I'm seeing double, I've got two appointments booked by mistake, can you cancel one?", "calm", "calm"),
    ("I take off my eye make-up every night", "I have to keep my eyes shut while I do it or the micellar water stings", "calm", "calm"),
    # session 30 (followups/tuning_33)
    ("can milia turn into cancer?", "just asking because I've had mine for years and I'm a bit worried", "calm", "gp"),
    ("one of my bumps has got bigger and has tiny red veins on it", "I can't get a GP appointment until next month, is that ok?",
     "calm", "gp"),
    ("the skin under my eye looks puffy", "I think it's just lack of sleep, I haven't touched the milia there at all", "calm", "calm"),
    ("my milium looked swollen this morning", "it's gone down now, it was just from sleeping on that side, no pain, heat or pus",
     "calm", "calm"),
    ("I picked at one on my cheek last week", "thanks for the advice, bye", "calm", "calm"),
    ("the bump on my cheek bleeds when I shave", "oh wait, it's not the bump, I nicked the skin next to it; the bump itself has never bled",
     "calm", "calm"),
    # session 30 (followups/tuning_32)
    ("my daughter tried to get a milium off my eyelid for me with tweezers", "they slipped and caught my eye, it feels scratched",
     "emergency", "emergency"),
    ("I popped a milium under my eye", "well, I haven't actually done it yet, just thinking about doing it tonight",
     "calm", "self_removal_eye"),
    ("milia on my tear trough, can I use a plasma pen on them?", "I won't squeeze them I promise, just the pen", "calm", "self_removal_eye"),
    ("my eyelid swelled up after I squeezed a milium there", "that was years ago though, I want to do another one on my eyelid now",
     "calm", "self_removal_eye"),
    ("how do I get rid of milia?", "the ones in the inner corner of my eye, at home I mean", "calm", "self_removal_eye"),
    ("do milia ever go red and swollen?", "asking for a school project on skin, I don't have any myself", "calm", "calm"),
    ("my husband has sterile lancets from work", "can he use one on the milia on my back?", "calm", "self_removal"),
    ("I squeezed the milia on my cheek and it swelled up", "false alarm, the swelling went down in ten minutes. can I do the rest?",
     "calm", "self_removal"),
    ("my vision suddenly went blurry in one eye", "false alarm, it was just a smudge on my contact lens, I can see fine now", "calm", "calm"),
    ("I've got a fever and pus where a milium was taken out", "sorry, that was my sister not me. I just wanted your prices", "calm", "calm"),
    ("I've got a temp of 38.5 and milia on my cheeks", "actually its my 5 week old not me, sorry", "calm", "urgent"),
    ("my 4 week old has milia and a temperature of 38.5", "ok calling 111 now", "calm", "calm"),
    # session 28 (followups tuning_25): the GP sign put off in the next message
    ("the bump on my cheek keeps bleeding", "it's only a cosmetic thing for me, can you just remove it", "calm", "gp"),
    ("the spot on my temple keeps crusting and bleeding", "i really don't have time for a gp appointment, how much is removal?",
     "calm", "gp"),
    ("the white lump on my lid is getting bigger", "i'd rather not bother my doctor, can i come to you instead", "calm", "gp"),
    ("could my milia be skin cancer?", "had them years, getting really worried now", "calm", "gp"),
    ("the spot on my temple keeps crusting and bleeding", "ok I'll book a gp appointment", "calm", "calm"),
    # session 28 (followups tuning_26): whose is it
    ("I have a spot on my cheek that crusts and never heals", "sorry, it's my husband's, it's been about 6 weeks now", "calm", "gp"),
    ("my friend said her milia bled when she shaved", "mine does that too, every time", "calm", "gp"),
    ("my friend's milia went away on their own", "mine too, so no need to book", "calm", "calm"),
    ("saw a video saying milia can be cancer", "is that actually true?", "calm", "gp"),
    ("I got a fever after popping milia", "that was in 2019. I'm about to pop one on my chin tonight", "self_removal", "self_removal"),
    ("My vision went blurry after picking milia near my eye", "not me, it's a character in a story I'm writing", "calm", "calm"),
    ("Is it normal that my milia are sore and swollen?", "asking hypothetically, I don't have any symptoms", "calm", "calm"),
    ("my cousin used a lancet on her milia", "can I borrow it for mine?", "calm", "self_removal"),
    ("my sister tried a plasma pen on her milia", "I want to try it on my eyelid ones", "calm", "self_removal_eye"),
    # session 28 (followups tuning_27): answers to what the bot asked
    ("I've had a spot near my milia that won't heal", "yes please, it's been about 6 weeks now", "calm", "gp"),
    ("Is it an emergency if milia go red and swollen?", "yes, mine are totally fine, just curious", "calm", "calm"),
    # session 28 (followups tuning_28): pushing back on the signpost keeps the sign
    ("my eye really hurts after i squeezed under it", "you're not listening. I asked is it the milia or something else",
     "calm", "emergency"),
    ("I've had a bump on my nose for 2 months that keeps bleeding", "that doesn't answer my question, is it milia or not",
     "calm", "gp"),
    ("spot near my lip keeps scabbing over, 6 weeks now", "hello?? is anyone going to actually answer me", "calm", "gp"),
    ("my 6 week old has a temperature of 38 and white spots on her face", "everyone says milia are harmless so why the fuss",
     "calm", "urgent"),
    ("there's pus on my cheek where I picked a milium", "I went to the GP last month for something else, they said milia are harmless",
     "calm", "urgent"),
    ("my dad's got a lump on his temple that's been growing", "he won't go to the GP, he says it's just a milia", "calm", "gp"),
    ("the swelling by my eye after I picked it", "I already went to A&E, they said it's fine", "calm", "calm"),
    ("I squeezed one on my chin and it got hot and swollen", "I won't go near them again, the swelling's all gone now", "calm",
     "calm"),
    ("do you remove milia with a needle?", "can I use it on my face after?", "calm", "calm"),
    # the sign only makes sense after the removal near the eye
    (EYE_NEEDLE, "the needle slipped", "self_removal", "emergency"),
    ("tried to pick one off my lash line with tweezers", "the tweezers slipped", "self_removal", "emergency"),
    # the place is in the message before: the eye warning, not the general one
    ("the milia are on my eyelids", "can I use a pin to get them out?", "self_removal", "self_removal_eye"),
    # a follow-up that carries on the removal gets the same warning again, before its own answer
    (EYE_NEEDLE, "what if it gets infected?", "calm", "self_removal_eye"),
    (EYE_NEEDLE, "no it doesn't hurt, I can see fine", "calm", "self_removal_eye"),
    (CHIN, "is it ok to wear make-up after?", "calm", "self_removal"),
    # ... but not an acknowledgement ("yes" answers the warning's callback offer), nor a refusal
    (EYE_NEEDLE, "ok thank you", "calm", "calm"),
    (EYE_NEEDLE, "yes please", "calm", "calm"),
    (CHIN, "ok I won't squeeze them again", "calm", "calm"),
    (EYE_NEEDLE, "actually I've thought better of it, can I come in instead?", "calm", "calm"),
    # a question about the clinic's removal is the clinic's answer
    (CHIN, "how does the clinic remove them?", "calm", "calm"),
    # a sign the follow-up states in full keeps its own tier
    (CHIN, "now it's hot and there's pus coming out", "urgent", "urgent"),
    # the earlier message's own finding is not repeated: it got its reply
    ("I squeezed one under my eye and now I can't see properly", "ok thank you", "calm", "calm"),
    ("I squeezed one under my eye and now I can't see properly", "will you ring me?", "calm", "calm"),
    # ... unless the sign is still there: it is worse, or the visitor asks how to put off going
    ("I squeezed one under my eye and now I can't see properly", "it's getting worse", "calm", "emergency"),
    ("I poked my eye with the needle doing a milium", "can I just wait till the morning?", "calm", "emergency"),
    ("I poked my eye with the needle doing a milium", "any eye drops I could use instead?", "calm", "emergency"),
    ("I squeezed one on my chin and now it's hot and full of pus", "do I have to go today?", "calm", "urgent"),
    ("I poked my eye with the needle doing a milium", "ok, I'm on my way to A&E now", "calm", "calm"),
    # ... nor a time that answers the callback form's question
    ("I squeezed one on my chin and now it's hot and full of pus", "tomorrow morning please", "calm", "calm"),
    # ... or asks for something to use at home instead, or leans on a GP sign being nothing
    ("I squeezed one on my chin and now it's hot and full of pus", "could I put a cream on it instead?", "calm", "urgent"),
    ("my 6 week old has milk spots and a temperature of 38.4", "is calpol enough?", "calm", "urgent"),
    ("I've had a fever since I dug out a milium", "any cream I can use instead of going to the GP?", "calm", "urgent"),
    ("the bump on my nose keeps bleeding", "surely it's nothing serious though?", "calm", "gp"),
    ("the bump on my nose keeps bleeding", "can't you just take it off at the clinic instead?", "calm", "gp"),
    ("the bump on my nose keeps bleeding", "ok, can someone call me back instead?", "calm", "calm"),
    # a visitor who only asked, and says so, or says they won't do it
    ("is squeezing milia dangerous?", "I haven't touched them, just asking", "calm", "calm"),
    ("can I prick the milia on my eyelid?", "fine, I won't touch them, can I book in with you?", "calm", "calm"),
    # a question about visiting the clinic does not carry the removal on, nor letting it be
    ("I squeezed a few milia on my forehead", "is there parking near you?", "calm", "calm"),
    ("I used tweezers on the milia on my chin", "how much would it be at yours?", "calm", "calm"),
    ("my husband wants to pop the milia under my eyes", "I've told him no", "calm", "calm"),
    # ... unless it plans more or names a tool
    ("I used tweezers on the milia on my chin", "what about a proper extractor then?", "self_removal", "self_removal"),
    ("can I squeeze the milia on my eyelid?", "fair enough, what about a pin then?", "self_removal", "self_removal_eye"),
    # "all fine" after a removal still gets the warning: it was done, and may be again
    ("I squeezed a milium on my nose yesterday", "it looks fine now", "calm", "self_removal"),
    # a short sign after a removal near the eye
    ("I picked the white spots on my eyelid", "can't focus with that eye now", "emergency", "emergency"),
    # a correction: the milia are not where the eye was named
    ("can I pop the milia on my eyelid?", "oops I meant on my nose not my eye", "calm", "self_removal"),
    ("do you remove milia from eyelids?", "and the ones on my chin, can I just do those myself with a needle?",
     "self_removal", "self_removal"),
    # a calm message before gives no context
    ("how much does milia removal cost?", "the needle slipped", "self_removal", "self_removal"),
    # session 20 (followups/tuning_7): a correction is read into the message before, and answered as meant
    ("my daughter is 4 months old and has milk spots, her temp is 38.5", "sorry I meant 4 weeks old not 4 months",
     "calm", "urgent"),
    ("my newborn has milk spots and a temperature of 38.2", "typo, it's 37.2 not 38.2", "calm", "calm"),
    ("I want to pin the milia on my lids", "sorry my mistake, they're on my forehead, I don't have any on my eyelids",
     "calm", "self_removal"),
    # the sign told before is still there: which eye, it happened again, "fine otherwise", the same worry
    ("I poked my eye with the lancet doing a milium and now it's all blurry", "it's my right eye", "calm", "emergency"),
    ("I saw a flash of light after squeezing one by my eye", "it's happening again now", "calm", "emergency"),
    ("the milium I squeezed on my arm has a red streak going up from it", "I feel ok otherwise though", "calm", "urgent"),
    ("is milia a kind of cancer?", "I mean could the ones on my forehead become that", "calm", "gp"),
    # a removal told after a sign is the sign's cause: the sign's tier, not the removal's warning
    ("my lower lid has puffed up, is that milia?", "I have been squeezing it with my fingers", "self_removal", "urgent"),
    # a sign told as over, and more removal planned: the warning again; a clinic question is not that
    ("my chin went red and swollen after I squeezed a milium", "it all healed ages ago, I just want to do the rest now",
     "calm", "self_removal"),
    ("my chin went red and swollen after I squeezed a milium", "it all healed ages ago, how much is it at the clinic?",
     "calm", "calm"),
    # doing the clinic's method at home
    ("do you use a lancet on milia?", "could I do that myself at home?", "calm", "self_removal"),
    ("do you use a lancet on milia?", "does it hurt?", "calm", "calm"),
    # session 20 (followups/tuning_8): after an emergency or urgent signpost, a follow-up that neither closes
    # the sign nor moves on gets it again: questions about going, what stops them going
    ("I scratched my eye with the extractor doing a milium on my lid", "do I need to take anything with me?",
     "calm", "emergency"),
    ("my eye's gone blurry since I pricked a milium near it", "I've got nobody to look after the kids", "calm", "emergency"),
    ("the needle went into my eye", "it's a 5 hour wait at A&E here, can't I just see the optician tomorrow?",
     "calm", "emergency"),
    ("I can't see properly after squeezing a milium by my eye", "we're on our way, which hospital has an eye unit?",
     "calm", "emergency"),
    ("the spot I picked on my chin is hot and full of pus", "it's still like that, do I really need to ring someone?",
     "calm", "urgent"),
    # ... not going with no new question, found to be nothing, another subject, the signs denied
    ("I can't see properly after squeezing a milium by my eye", "my mum's driving me to A&E now", "calm", "calm"),
    ("my vision went funny after I picked near my eye", "the optician checked it, no damage at all, what does removal cost?",
     "calm", "calm"),
    # (since session 29 a new subject keeps an urgent or emergency sign unless the message says it is over: followup._not_closed)
    ("the spot I picked on my chin is hot and full of pus", "separate question, do you treat milia on children?",
     "calm", "urgent"),
    ("the skin round the milium I squeezed is red and spreading", "no fever and not hot, just pink", "calm", "calm"),
    # (since session 29 another question keeps an emergency unless the message says it is over: followup.STORY_OVER)
    ("I poked my eye with the needle doing a milium", "are milia contagious?", "calm", "emergency"),
    ("I poked my eye with the needle doing a milium", "that was years ago, all fine. are milia contagious?", "calm", "calm"),
    ("my eyelid swelled up after I picked a milium", "it hasn't settled at all, do I need to go?", "calm", "urgent"),
    # (since session 29 a call put off to a later day after an emergency gets the signpost first: followup.LATER)
    ("I poked my eye with the needle doing a milium", "will you ring me tomorrow?", "calm", "emergency"),
    # after a GP sign: going is calm; booking "just" with the clinic instead, or waiting, is putting it off
    ("the bump on my nose keeps bleeding and getting bigger", "thanks, I'll see my GP first then", "calm", "calm"),
    ("the bump on my nose keeps bleeding and getting bigger", "my GP never has appointments, can I just book in with you?",
     "calm", "gp"),
    ("a spot on my cheek has a pearly edge", "can it wait till after Christmas?", "calm", "gp"),
    # session 21 (followups/tuning_10): an ordinary question first, then why they ask
    ("is laser used for milia", "I had laser ages ago and my eye was sore for an hour afterwards, what do you use?",
     "calm", "calm"),
    # session 26 (followups/tuning_16): the eye told by its parts, or by what it is not, after a slip near it
    ("I was doing one on my lower lid with a pin and my hand slipped", "it went onto the white bit", "calm", "emergency"),
    ("was picking at a milium on my lash line with a needle", "I think I caught the ball of it", "calm", "emergency"),
    ("was using a needle on the one on my eyelid", "nicked it. not the lid. the bit in the middle", "emergency", "emergency"),
    ("I've got a milium on my eyelid", "sorry, not my eyelid, I meant my nose! can I squeeze it?", "self_removal", "self_removal"),
    ("used a lancet on the milia by my tear duct", "can't really see out the bottom half now", "calm", "emergency"),
    ("pressed on a milium on my eyelid with a hairgrip", "pain's unreal, cant even blink", "emergency", "emergency"),
    ("picked the one at the corner of my eye", "lost everything on that side", "emergency", "emergency"),
    ("squeezed a milium on my chin and it's gone hot and red", "feel rough and the red's spreading, my head's all over the place",
     "emergency", "emergency"),
    # ... a GP sign told first, then how long it has been there or how it grew
    ("there's a little spot on my nose that won't heal", "been 5 weeks now", "calm", "gp"),
    ("a white bump on my lip line", "it was tiny in april, it's like a pea now", "gp", "gp"),
    # ... and someone else's story, or a hypothetical
    ("can milia be mistaken for anything else?", "my colleague's turned out to be a cyst that got infected, wild", "calm", "calm"),
    ("how much is removal?", "ok and hypothetically if the needle slipped near my eye what happens", "self_removal_eye",
     "self_removal_eye"),
    # session 26 (followups/tuning_17): the pupil and sight told by others, or asked after telling the removal
    ("had my nan's sewing needle on the little seed by my tear duct", "my son says my pupil looks weird, like a different shape",
     "emergency", "emergency"),
    ("went at the seed on my eyelid with a hot needle", "my friend says the black bit of my eye isnt round anymore", "emergency",
     "emergency"),
    ("had a go with a needle on the white thing under my bottom lashes", "is it normal to see loads of floating dots?", "calm",
     "emergency"),
    ("I used a pin on the one right on my lash line", "the sun through the window makes me screw it shut, it hurts that much",
     "emergency", "emergency"),
    # ... very short replies after a removal near the eye (followups/tuning_20)
    ("The needle I was using on the bump on my eyelid slipped", "went in", "calm", "emergency"),
    ("Pin on the tear trough milia, 20 mins ago", "light = pain", "calm", "emergency"),
    ("Tried to nick a milium on my waterline with nail scissors", "half blind", "calm", "emergency"),
    ("Scraped at the milia on my brow bone with a razor blade", "dark patch", "calm", "emergency"),
    ("Needle on the milia right under my eye, 5 mins ago", "pain 10/10", "calm", "emergency"),
    ("Needle on the milia right under my eye, 5 mins ago", "no pain, vision fine", "calm", "self_removal_eye"),
    ("There's a white spot on my jaw I've never picked", "scabbed over", "calm", "gp"),
    ("I popped one on my chin yesterday", "scabbed over", "calm", "self_removal"),
    ("Got milia on my eyelids", "glitter shadow cause it?", "calm", "calm"),
    # ... and the course over time (followups/tuning_19)
    ("There's a bit of pus where I squeezed a milium on my nose.", "still there this morning", "calm", "urgent"),
    ("Slightly puffy on my cheek after my clinic extraction.", "Puffiness gone. Thanks so much.", "calm", "calm"),
    ("Had a bump on my eyelid for ages, slightly puffy.", "Still there after two months and it's getting bigger.", "gp", "gp"),
    ("hypothetically if your vision went weird after picking near your eye what would you do",
     "not hypothetical, it's gone wavy in my right eye", "emergency", "emergency"),
    # session 27 (followups/tuning_21): a correction takes a sign back, and the words it quotes report nothing ...
    ("I've got a temperature of 38.6 since squeezing one on my back", "sorry I meant 36.8 not 38.6, totally normal",
     "calm", "self_removal"),
    ("my lower lid is swollen after I picked at it", "sorry not swollen, I meant it has a tiny pink mark, no swelling",
     "calm", "self_removal_eye"),
    ("it's all blurry since I pricked the one by my eye", "oops I wrote blurry but I meant teary, I can see fine",
     "emergency", "self_removal_eye"),
    ("the tweezers went into my eye", "sorry autocorrect, I meant the tweezers went onto my chin, no harm done",
     "self_removal", "self_removal"),
    ("I had them removed and now it's swollen", "sorry that was meant as a question, will it swell? I haven't had it done yet",
     "calm", "calm"),
    ("can I pop the ones under my eye?", "ok thanks, I won't then", "calm", "calm"),
    # ... but a correction that keeps the sign, or makes it worse, keeps its tier
    ("it's all blurry since I pricked the one by my eye", "sorry, not blurry, I meant I can't see at all", "calm", "emergency"),
    ("I poked my eyelid with a pin and my eye is blurry", "sorry I meant my left eye", "calm", "emergency"),
    ("my lid is a bit pink since I squeezed it", "sorry not pink, I meant hot and swollen", "urgent", "urgent"),
    # session 27 (followups/tuning_22): the age told after the temperature, what to look out for, a teen told no,
    # another's milia done "the same way"
    ("my baby has a temperature of 38.3 and milk spots on her nose", "she's 5 weeks old", "calm", "urgent"),
    ("do milia ever get infected?", "asking cos my daughter has some and I want to know what to watch out for",
     "calm", "calm"),
    ("my son wants to squeeze the milia on his forehead", "ok thanks, I'll tell him", "calm", "calm"),
    ("my nephew has milia on his eyelids", "I used to pick mine out, could I do his the same way?", "calm", "self_removal_eye"),
    # session 27 (followups/tuning_23): after the tier's reply, going or seen closes it; putting it off keeps it
    ("I poked my eye with the lancet and now it's blurry", "my dad's driving me to the eye hospital now", "calm", "calm"),
    # ... but "gave me antibiotics" does not close it (nor "the GP prescribed cream but it's not helping", below)
    ("the spot I squeezed is hot and full of pus", "the walk in centre gave me antibiotics, when can I book the rest?",
     "calm", "urgent"),
    ("I see flashes since picking by my eye", "I can't get there, no car", "calm", "emergency"),
    ("the red line from the one I popped is spreading", "I don't have a GP, only just moved", "calm", "urgent"),
    ("the milium on my cheek keeps bleeding and has grown", "I don't want to bother my GP with something cosmetic",
     "calm", "gp"),
    ("the milium on my cheek keeps bleeding and has grown", "I'll put savlon on it and see if it's healed by next month",
     "calm", "gp"),
    ("I'm going to pop the ones on my eyelid tonight", "your removal is too expensive, surely one go won't hurt",
     "calm", "self_removal_eye"),
    ("can I pick the milia on my chin?", "fine, do you have any appointments next week?", "calm", "calm"),
    # a review of session 27's changes: putting it off, refusing to go or "haven't had it checked" keeps the sign
    ("The needle slipped into my eye and I can't see properly", "the pharmacist gave me drops, can I just use those?",
     "calm", "emergency"),
    ("The needle slipped into my eye and I can't see properly", "I'm not calling an ambulance for this, I'll sleep it off",
     "calm", "emergency"),
    ("The needle slipped into my eye and I can't see properly", "the queue at the eye hospital is 5 hours so I'm going home",
     "calm", "emergency"),
    ("red line spreading from the one I squeezed and I'm feverish", "the GP prescribed cream yesterday but it's not helping",
     "calm", "urgent"),
    ("I popped a milium on my eyelid and now my eye is swollen shut", "sorry I meant to ask, haven't had it checked, what should I do",
     "calm", "emergency"),
    ("the needle went in my eye and I can't see out of it", "sorry I meant it went in my eyelid, my other eye is fine",
     "calm", "emergency"),
    ("i picked at milia on my eyelid with a needle last night", "if i cover my good eye i can't read the subtitles any more",
     "emergency", "emergency"),
    # session 29 (followups/tuning_29): a sign told in few words after the removal; a sign closed as read elsewhere
    # ("from a forum post I was reading"), "not happening to me", "all well"
    ("my dad went at the milia under his eye with a pin", "he says it's all dark on one side now", "emergency", "emergency"),
    ("squeezed one on my chin yesterday", "it's gone all hot", "urgent", "urgent"),
    ("what's the best tool for milia at home?", "they're under my eyes", "calm", "self_removal_eye"),
    ("I squeezed one and now there's pus", "sorry, that's from a forum post I was reading, not me. do they go on their own?",
     "calm", "calm"),
    ("can light hurt your eyes after milia removal?", "just curious, not happening to me", "calm", "calm"),
    ("my baby had a temperature with her milk spots", "she's 2 now, it was teething, all well. do the spots fade?", "calm", "calm"),
    # session 29 (followups/tuning_30): a new subject after an emergency or urgent sign keeps it unless the message says it
    # is over; coming to the clinic instead; a baby's age after the temperature; the clinic asked to remove a GP-sign spot
    ("I think the tweezers scratched my eye doing the milia on my lash line, it hurts to blink",
     "separate question, do you have parking at the clinic?", "calm", "emergency"),
    ("my daughter squeezed one on her chin and there's a red streak going down her neck", "also do you treat under 16s?",
     "calm", "urgent"),
    ("my eyelid swelled up after I picked a milium", "separate question, do you do Saturdays? sorry, that was last year",
     "calm", "calm"),
    ("since squeezing the bumps under my eyes my vision has gone blurry", "what's your address, I might pop in", "calm", "emergency"),
    ("my newborn has milk spots and a temperature of 38.4", "he's 6 weeks tomorrow", "calm", "urgent"),
    ("one of my spots has started to bleed on its own", "can you remove it at my appointment on Monday?", "calm", "gp"),
    ("do you sell extractor tools", "I want to use one on the bumps in the inner corner of my eyes", "calm", "self_removal_eye"),
    ("how much is it", "bit pricey. can i not just squeeze them out myself", "self_removal", "self_removal"),
    # session 29 (followups/tuning_31): any question after a sign keeps it unless it is said to be over; a later call
    ("the pin went into the white of my eye", "is milia removal painful at your clinic?", "calm", "emergency"),
    ("yellow stuff oozing from where I needled a milium on my cheek", "Name's Priya, can someone call me back after 5",
     "calm", "urgent"),
    ("I have a spot on my cheek that keeps bleeding and getting bigger", "do you do evening slots?", "calm", "gp"),
    ("could milia turn into cancer?", "ok thanks. also what's the aftercare after removal?", "calm", "calm"),
    ("the pin went in my eye", "ignore that, wrong chat. where's your nearest car park?", "calm", "calm"),
    ("Tweezers went into my eye getting a milium near my lower lashes", "since an hour ago", "calm", "emergency"),
    ("scraped my eye with the extractor loop getting a milium off my eyelid", "tbh it feels a bit better now, still need to go?",
     "calm", "emergency"),
    ('I squeezed the milia under my left eye last night', 'my hand keeps landing short when I reach for my mug', 'emergency', 'emergency'),
    ('picked a milium by my inner corner yesterday', 'the tv only looks right if I cover the left eye with my hand', 'emergency', 'emergency'),
    ('used a needle on my eye bag milia yesterday', "I drew round the red patch and today it's past the line", 'urgent', 'urgent'),
    ('going to pick the milia on my cheek with a needle tonight', 'slipped up into my eye ffs', 'emergency', 'emergency'),
    ('can I use tweezers on the milia under my eyes?', 'forget it, leaving them alone', 'calm', 'calm'),
    ('my husband wants to pick the ones on my eyelid with a pin', 'told him no. how do i book?', 'calm', 'calm'),
    ("gonna needle my crow's feet milia tonight", 'bottled it lol. do u do evenings?', 'calm', 'calm'),
    ('I popped the milia under my eye with tweezers last night', 'ok to wear shades at work? the screen glow makes that eye sting like mad', 'emergency', 'emergency'),
    # session 37 (followups/tuning_62): an infection sign asked of after a removal near the eye told before
    ("I took a milium off my lower lid with a needle yesterday", "is it normal for the lid to be puffy and swollen? I can see fine", 'calm', 'urgent'),
    ("I used an extractor loop on the milia at the outer corner of my eye on Monday", "there's a little lump under the skin now where I did it and it hurts to touch", 'urgent', 'urgent'),
    ("I pushed out the milia under my eyes with a needle", "lol my eye is allergic to the sun now, it properly hurts to go outside. is a red dot normal?", 'emergency', 'emergency'),
]


@pytest.mark.parametrize("before,text,alone,expected", CASES, ids=[c[1][:30] for c in CASES])
def test_follow_up_in_context(before: str, text: str, alone: str, expected: str) -> None:
    assert _label(detect(text)) == alone
    assert _label(in_context(text, before)) == expected


@pytest.mark.parametrize("previous", [None, "", "   "])
def test_no_message_before_is_the_message_alone(previous: Optional[str]) -> None:
    text = "the needle slipped"
    assert in_context(text, previous) == detect(text)


def test_evidence_points_into_the_follow_up() -> None:
    text = "the needle slipped"
    result = in_context(text, EYE_NEEDLE)
    start, end = result.span("red_flag")
    assert 0 <= start < end <= len(text)


def test_the_eye_area_named_in_the_follow_up_is_flagged_with_its_evidence() -> None:
    # the eye warning is chosen by the eye_area flag's span: a flag without one is lost downstream
    result = in_context("they're all on my upper eyelids btw", "I want to get rid of my milia at home")
    assert result.flags == ["self_removal", "eye_area"]
    assert result.span("eye_area") is not None and result.span("self_removal") is not None


def test_joined_keeps_a_sentence_break() -> None:
    assert joined("I used a pin", "it slipped") == ("I used a pin. it slipped", len("I used a pin. "))
    assert joined("Did it hurt?  ", "yes") == ("Did it hurt? yes", len("Did it hurt? "))


@pytest.mark.parametrize("text,classified,expected", [
    ("can you call me back?", "request_callback", "calm"),
    ("how much is it at yours?", "faq_price", "calm"),
    ("yes I'd like that", "affirm", "calm"),  # a short reply to the warning's callback offer
    ("no, it was a bit pink yesterday but it's totally fine now", "deny", "self_removal_eye"),
    ("what if I'm really careful?", "nlu_fallback", "self_removal_eye"),
    ("what if I'm really careful?", None, "self_removal_eye"),  # the detector alone
])
def test_a_follow_up_with_its_own_purpose_is_not_carried_on(text: str, classified: Optional[str], expected: str) -> None:
    assert _label(in_context(text, EYE_NEEDLE, classified)) == expected


def test_thanks_of_any_length_is_not_carried_on() -> None:
    text = "thanks, that's really helpful, I didn't know that at all"
    assert _label(in_context(text, EYE_NEEDLE, "thank")) == "calm"


EYE_SHUT = "I can't open my eye after popping milia on my eyelid"
INFECTED = "the spot I squeezed on my cheek is hot and swollen and there's pus"


@pytest.mark.parametrize("before,text,classified,expected", [
    # the classifier's reading of the follow-up never closes a sign told before (seen in blind sets)
    (EYE_SHUT, "it's been like that since last night, I thought it'd go down by morning", "goodbye", "emergency"),
    (EYE_SHUT, "A&E or GP? i dont know which", "ask_capabilities", "emergency"),
    (INFECTED, "I can't get a GP appointment till next week, is that ok?", "request_callback", "urgent"),
    (INFECTED, "I'm on holiday in Cornwall, what do I do", "faq_who_removes", "urgent"),
    # ... only the visitor's own words do
    (EYE_SHUT, "will you ring me?", "request_callback", "calm"),
    (INFECTED, "thanks, I'll see my GP first then", "thank", "calm"),
])
def test_the_classifier_never_closes_a_red_flag_told_before(before: str, text: str, classified: str, expected: str) -> None:
    assert detect(before).tier in ("emergency", "urgent")  # the sign told before
    assert _label(in_context(text, before, classified)) == expected


@pytest.mark.parametrize("before,text,classified,expected", [
    # a plan told in a few words is no goodbye or callback request, whatever the classifier reads
    ("can I pick the milia on my brow bone", "i'll just try once more tonight", "goodbye", "self_removal_eye"),
    ("saw someone scrape milia off their eyelids with a blade", "looks easy tbh, think I'll try it tonight", "goodbye",
     "self_removal_eye"),
    ("my lip milia went hot and swollen after I pricked it",
     "sorry that was back in 2022, healed fine. want to do a new one on my chin", "request_callback", "self_removal"),
    ("tried tweezers on my eyelid milia", "nope all fine, going to do the rest later, bye", "goodbye", "self_removal_eye"),
    # ... while its words still give a follow-up its own purpose
    (EYE_NEEDLE, "ok bye for now", "goodbye", "calm"),
    (EYE_NEEDLE, "could someone phone me about it", "request_callback", "calm"),
])
def test_the_classifier_needs_the_visitors_words_to_end_a_removal_story(
        before: str, text: str, classified: str, expected: str) -> None:
    assert _label(in_context(text, before, classified)) == expected


@pytest.mark.parametrize("before,text,expected", [
    # a general question about a sign, then the visitor says it is theirs (followups/tuning_11, own wordings)
    ("are new floaters something to worry about?", "been getting them since I dug at one by my eye yesterday", "emergency"),
    ("is a red streak from a spot a bad sign?", "there's one going down my leg from where I picked a milium on my knee", "urgent"),
    ("do milia ever get bigger?", "mine has about tripled since the summer", "gp"),
    ("is pus after squeezing one a sign of infection?", "yes there's loads, on my chin where I squeezed", "urgent"),
    # ... and not when it is denied or moves on
    ("is pus after squeezing one a sign of infection?", "no none of that, just curious", "calm"),
    ("can milia turn into cancer?", "ok good to know, mine are just little white dots, nothing changing", "calm"),
])
def test_a_sign_asked_about_in_general_then_told_as_the_visitors_own(before: str, text: str, expected: str) -> None:
    assert _label(in_context(text, before)) == expected


@pytest.mark.parametrize("before,text,expected", [
    # a plan to do what a general question asked about (followups/tuning_11, own wordings)
    ("is it risky to squeeze the ones under your eyes?", "ok well if I'm careful I'll do them this evening", "self_removal_eye"),
    ("does scrubbing get rid of milia?", "right I'll give my chin a proper scrub with the brush then", "self_removal"),
    ("is it risky to squeeze the ones under your eyes?", "fair enough, I'll leave them well alone", "calm"),
    # the removal asked about is under way
    ("my sister wants to pop mine, is that alright?", "she's doing it now as we speak", "self_removal"),
    # a visit question after a sign asked about in general moves on
    ("what if it goes blurry after the treatment?", "thanks. is there parking near the clinic?", "calm"),
    # asking again whether milia can be cancer keeps the GP signpost
    ("can milia turn cancerous?", "I'm not worried as such, I just want to know whether they can", "gp"),
])
def test_plans_doing_now_and_moving_on_after_a_general_question(before: str, text: str, expected: str) -> None:
    assert _label(in_context(text, before)) == expected


@pytest.mark.parametrize("before,text,expected", [
    # session 24 (followups/tuning_12): how long is not when to call
    ("my vision went blurry in my left eye straight after I picked a milium off the lid", "since this morning", "emergency"),
    # session 33 (followups/tuning_44): but the callback form pauses for an emergency, so a time after one is the booking pressed on
    # with ("thursday afternoon would be best"): the signpost again (after an urgent sign the form goes on: "tomorrow morning please")
    ("my vision went blurry in my left eye straight after I picked a milium off the lid", "tomorrow morning", "emergency"),
    # a baby's age told first, the temperature next
    ("baby is 10 days old with milia", "she's 38 degrees on the ear thermometer", "urgent"),
    ("baby is 10 days old with milia", "do they go away by themselves?", "calm"),
    # "asking cos I've got loads": the general question was the visitor's own
    ("are milia a type of cancer?", "asking cos I've got loads", "gp"),
    ("are milia a type of cancer?", "just asking cos I'm curious", "calm"),
    # a sign told as over in the message before is not pressed on
    ("Last year I scratched my eye with tweezers doing milia. A&E sorted it, a doctor checked it and it's fully healed",
     "so now I'd like the clinic to remove the rest, how much is it?", "calm"),
])
def test_signs_told_over_two_messages(before: str, text: str, expected: str) -> None:
    assert _label(in_context(text, before)) == expected


@pytest.mark.parametrize("before,text,expected", [
    # session 24 (followups/tuning_13): a bare yes or no after an emergency says nothing is over
    ("squeezed the one on my eyelid and i think the needle scratched my actual eye", "yes", "emergency"),
    ("squeezed the one on my eyelid and i think the needle scratched my actual eye", "ok thanks", "calm"),
    # after a removal by the eye, what has gone dark is the sight, unless the skin is named
    ("used the extractor on my lash line about twenty minutes ago", "it's gone dark at the edge", "emergency"),
    ("used the extractor on my lash line about twenty minutes ago", "the skin's gone dark at the edge", "gp"),
    # a question about milia or the clinic does not carry a removal on; a plan that names milia does
    ("squeezed a milium on my forehead", "does retinol help with milia?", "calm"),
    ("removed milia from under my eyes with an extractor", "are milia contagious?", "calm"),
    ("Dug one out of my chin.", "Do you take card payments?", "calm"),
    ("been digging at the ones on my cheek", "not going to do any more, can I book?", "calm"),
    ("Bought a plasma pen off Amazon", "gonna do the milia on my nose with it tonight", "self_removal"),
    ("popped a milium on my chin", "can I do the milia on my nose next?", "self_removal"),
])
def test_after_a_removal_story(before: str, text: str, expected: str) -> None:
    assert _label(in_context(text, before)) == expected


@pytest.mark.parametrize("before,text,expected", [
    # a correction that tells the message before again, or changes its place, takes a sign back only in so many words
    ("the needle went into my eye and now I can't see", "sorry, I meant the needle went into my eyelid", "emergency"),
    ("the needle went into my eye and now I can't see", "sorry meant my chin", "emergency"),
    ("the needle went into my eye", "sorry autocorrect, I meant the needle went into the milium on my chin, no harm done",
     "self_removal"),
])
def test_a_sign_told_before_is_taken_back_only_in_so_many_words(before: str, text: str, expected: str) -> None:
    assert _label(in_context(text, before)) == expected
