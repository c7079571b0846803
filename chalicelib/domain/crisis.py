"""Spots texts that suggest self-harm or danger, with tables of patterns; no I/O."""

from __future__ import annotations

import re
from enum import StrEnum

from chalicelib.domain.intents import normalize


class CrisisKind(StrEnum):
    SELF_HARM = "self_harm"  # suicide, self-harm, overdose, not wanting to live
    DANGER = "danger"  # threats, stalking or violence from the ex or anyone


_TO = r"(?:to|2)"
_NOT = r"(?:don'?t|dont|do not|didn'?t|didnt|no longer|never)"
_WANT_TO = rf"(?:want(?:ed)? {_TO}|wanna|wan {_TO}|need {_TO}|ready {_TO})"
_WILL = rf"(?:{_WANT_TO}|going {_TO}|gonna|gunna|'?ll|will)"
_MYSELF = r"(?:my ?self|my ?slef|mysef|myseld|myselfe|meself|me self)"
_PILLS = (
    r"(?:pills?|meds|medications?|medicine|tablets?|tylenol|advil|aspirin|ibuprofen|paracetamol"
    r"|acetaminophen|xanax|valium|ambien|oxy|oxys|percs?|benzos|sleeping pills|painkillers"
    r"|pain killers|antidepressants|insulin|heroin|fent|fentanyl|opioids|drugs)"
)
_SUBJECT = (
    r"(?:he|she|they|someone|somebody|ex|my ex|the ex|this guy|that guy|some guy|a guy|a man"
    r"|my (?:ex ?)?(?:bf|gf|boyfriend|girlfriend|husband|hubby|wife|partner|fiance|fiancee)"
    r"|his (?:new )?(?:gf|girlfriend|wife|friends?|brother|boys)"
    r"|her (?:new )?(?:bf|boyfriend|husband|friends?|brother))"
)
# What can sit between the person and what they did or said they would do (bounded, so a
# run of "he he he..." cannot make the search slow):
# "he's", "she keeps", "he said he'd", "my ex literally tried to".
_BETWEEN = (
    rf"(?:'?s|'?re|'?ll|'?d| is| are| was| were| has| had| have| been| keeps| kept| keeps on"
    rf"| won'?t stop| wont stop| will| would| could| might| just| literally| really| still"
    rf"| always| never| even| also| again| then| actually| already| physically| fucking"
    rf"| fkn| fuckin| started| starts| tried {_TO}| tries {_TO}| try {_TO}| trying {_TO}"
    rf"| wants {_TO}| wanted {_TO}| wanna| gonna| gunna| going {_TO}| threatened {_TO}"
    rf"| threatens {_TO}| threatening {_TO}| swore| promised| told me| says| said| that| he"
    rf"| she| they| hes| shes| theyre| almost| nearly| basically| finally| came over and"
    rf"| came back and| got drunk and| and){{0,8}}"
)
_HARM_VERBS = (
    r"(?:kill|hurt|hurts|hurting|hit|hits|hitting|punch|punched|punches|punching"
    r"|slap|slapped|slaps|slapping|kick|kicked|kicks|kicking|choke|choked|chokes|choking"
    r"|strangle|strangled|strangles|strangling|shove|shoved|shoves|push|pushed|pushes|grab"
    r"|grabbed|grabs|beat|beats|beating|attack|attacked|attacks|smack|smacked|smacks"
    r"|bit|bite|bites|stab|stabbed|stabs|shoot|shot|shoots|murder|murdered|rape|raped|assault"
    r"|assaulted|harm|harmed|burn|burned|burnt|drag|dragged|pin|pinned|throw|threw|spit on"
    r"|spat on|follow|follows|followed|following|stalk|stalks|stalked|stalking|track|tracks"
    r"|tracked|tracking|spy on|spying on|watching|come after|coming after|came after"
    r"|hunt down|hunting|get back at|ruin|harass|harasses|harassed|harassing|threaten"
    r"|threatens|threatened|threatening|terrorize|terrorizing|cornered|trap|trapped|blackmail"
    r"|blackmailing|expose|leak|kidnap|drug|drugged|poison|poisoned|lock|locked|scared|scares)"
)
_HARM_OBJECTS = (
    r"(?:me|us|my (?:kids?|son|daughter|family|mom|mum|dad|baby|babies|dog|cat|sister|brother"
    r"|friends?|new (?:bf|gf|boyfriend|girlfriend|partner)|pics|photos|nudes|car))"
)
_HOME = (
    r"(?:house|home|place|apartment|apt|flat|door|front door|window|windows|work|job|office"
    r"|building|car|school|dorm|parents|gym|street|yard|driveway)"
)
_WEAPONS = r"(?:gun|guns|knife|knives|weapon|weapons|pistol|rifle|shotgun|firearm|blade|machete)"

# Phrases no everyday idiom shares: checked on the whole text, so no look-alike can hide them.
_ALWAYS: dict[CrisisKind, tuple[str, ...]] = {
    CrisisKind.SELF_HARM: (
        rf"\b(?:k[i1!*]ll|kil|kms|unalive|un-alive|off|offing|end|ending|shoot"
        rf"|hang|hanging|drown|drowning|poison|poisoning|stab|stabbing|suffocate) {_MYSELF}\b",
        r"\bun-?aliv(?:e|ed|ing)\b",
        r"\bself[- ]?(?:harm\w*|injur\w*|mutilat\w*)\b",
        r"\bsuicidal\b|\bsewer ?slide\b",
        r"\b(?:end|ending|take|taking|took) (?:my own|my) life\b|\b(?:end|ending) it all\b",
        r"\b(?:slit|slitting|slice|slicing|slash|slashing) (?:my|me) (?:wrists?|throat|arms?)\b",
        rf"\b(?:no|zero|lost (?:all|my|the)|losing (?:my|the)) (?:reason|will|desire) {_TO} live\b",
        r"\bnothing (?:left )?to live for\b",
        r"\bbetter off (?:dead|without me)\b|\b(?:be )?better without me\b",
        r"\bwish (?:i|i'?d|id) (?:was|were|could|would|had)? ?(?:just )?(?:be |have )?"
        r"(?:dead|die|never been born|never born|not alive|gone forever|disappear forever"
        r"|not exist|stop existing)\b",
        r"\bwish (?:i|id|i'?d) (?:wasn'?t|wasnt|weren'?t|werent|never) (?:alive|born|here|exist)",
    ),
    CrisisKind.DANGER: (
        r"\b(?:choked|strangled|raped|sexually assaulted|molested) me\b",
        r"\b(?:restraining|protective|protection) order\b|\border of protection\b",
        r"\bdomestic (?:violence|abuse)\b|\babusive\b|\babus(?:ed|ing|es) me\b",
    ),
}

# Phrases an idiom can borrow: checked after the look-alikes below are masked out.
_UNLESS_LOOKALIKE: dict[CrisisKind, tuple[str, ...]] = {
    CrisisKind.SELF_HARM: (
        rf"\b(?:k[i1!*]lling|hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|starving"
        rf"|punish"
        rf"|punishing) {_MYSELF}\b",
        r"\bs+[u*]+[ai1y!*]?[cs]+[i1y]*e?[dt]+(?:e|al|ial|es)?\b",
        r"\b(?:over ?dos\w*|o\.?d'?(?:d|ed|ing)|(?:gonna|going to|wanna|want to|might) od)\b",
        rf"\b(?:took|take|taking|swallowed|swallow|swallowing|popped|pop|popping|downed|down"
        rf"|ate|eat|chugged|chug) (?:a bunch of|a lot of|lots of|all|all (?:of )?(?:my|the|his"
        rf"|her|those|these)|too many|way too many|so many|a ton of|tons of|loads of|heaps of"
        rf"|a handful of|handfuls of|a (?:whole )?(?:bottle|box|pack|packet|strip|jar) of"
        rf"|the (?:whole|entire) (?:bottle|box|pack)(?: of)?|(?:like |about |around )?\d{{2,}}"
        rf"|every|enough)(?: (?:of|my|the|his|her|those|these|them))*(?: \w+){{0,2}}"
        rf" {_PILLS}\b",
        rf"\b(?:saving|saved|stockpil\w*|hoard\w*|collecting|stashing|stashed) (?:up )?"
        rf"(?:\w+ )?{_PILLS}\b",
        rf"\b{_WANT_TO} (?:just )?(?:die|be dead|disappear forever|stop existing|not exist"
        rf"|not be alive|not wake up|sleep forever)\b",
        rf"\b(?:wish i could|deserve {_TO}|hope i|let me|should just|i just wanna"
        rf"|i just want {_TO}) (?:just )?die\b",
        r"\b(?:i'?d|id|i would) rather be dead\b(?! than)|\bbetter off if i'?m? "
        r"(?:was |were |wasn'?t |weren'?t |not |never )?(?:dead|gone|here|around|alive"
        r"|died|born|existed)\b",
        rf"\b{_NOT} (?:want|wanna|wan) (?:{_TO} )?(?:be alive|live|exist|wake up|go on"
        rf"|keep (?:living|going)|be here (?:anymore|any more|no more|any longer|on this earth"
        rf"|in this world)|be around (?:anymore|any more|much longer))",
        rf"\b{_NOT} (?:want|wanna|wan) (?:{_TO} )?be here[.!? ]*$",
        r"\b(?:no|what'?s the|whats the|don'?t see the|dont see the|don'?t see any|dont see any"
        r"|see no|lost the|without a) (?:point|purpose|reason)(?: (?:in|of|to|2))? (?:living"
        r"|live|life|going on|go on|keep going|keep living|being alive|be alive|existing|exist"
        r"|waking up|staying alive|stay alive|anything anymore)\b",
        r"\b(?:tired|sick|done|exhausted) (?:of|with) (?:living|being alive|life|existing"
        r"|everything and everyone)\b",
        r"\bwant (?:it|this|everything) (?:all )?(?:to )?end\b|\bwant it all to stop\b",
        rf"\b(?:{_WILL}|wish i could|should|could|might|just|plan\w* {_TO}|thinking (?:about|of)"
        rf"|think about|about {_TO}|decided {_TO}) (?:just )?(?:end|ending) (?:it|things"
        rf"|everything)\b(?! (?:with|w/|w)\b)",
        r"\b(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of) (?:a|the|this"
        r"|that|my) (?:bridge|building|roof|cliff|balcony|overpass|train|car|bus|truck"
        r"|parking garage|window)\b",
        r"\b(?:step|stepping|walk|walking|run|running|drive|driving) (?:into|in front of) "
        r"(?:traffic|a (?:train|truck|bus|car)|oncoming)\b",
        r"\bdriv\w* (?:my car )?(?:into|off) (?:a |the )?(?:wall|tree|bridge|cliff|oncoming)\b",
        rf"\b(?:never|not|don'?t|dont) (?:{_WANT_TO} )?wake up\b(?! (?:the|him|her|my|them|early"
        rf"|late|till|until|before|on time|in time|when|at))",
        r"\b(?:won'?t|wont|not gonna|not going to) be (?:here|around|alive) (?:much longer"
        r"|for (?:much )?longer|for long|anymore|any more)\b",
        r"\b(?:i'?m|im|i am|i feel like) (?:just |such |only )?(?:a|such a) burden\b",
        r"\b(?:goodbye|suicide) (?:note|letter)\b",
        r"\b(?:been|started|start|keep|kept|i'?m|im|i am|was|relapsed and|back to) cutting"
        r"(?=[.!?,]|$| again| lately| more| a lot| every| since| for| tonight| today| and)",
        r"\b(?:think\w*|dream\w*|fantasi\w*|obsess\w*) (?:about|of) (?:dying|death|being dead"
        r"|not being alive|not existing|not waking up)\b",
        rf"\b{_PILLS}\b.{{0,40}}\b(?:thinking about it|take them all|do it)\b",
        r"\b(?:life|living)(?:'?s| is)? (?:not|isn'?t|isnt|ain'?t) worth (?:living|it)\b"
        r"|\bnot worth living\b",
        r"\bwhy (?:should|would|do|even) i (?:even )?(?:keep living|live|go on|bother living"
        r"|exist|be alive|stay alive|keep going)\b",
        r"\bno point (?:anymore|any more|in anything|to anything|in any of this|to any of this"
        r"|to life)\b",
        r"\bcutting again\b|\b(?:cut|cutting) (?:my|me) (?:wrists?|arms?|thighs?|legs?|skin)\b",
        r"\bkms\b",
    ),
    CrisisKind.DANGER: (
        rf"\b{_SUBJECT}{_BETWEEN} (?:\w+ )?{_HARM_VERBS} {_HARM_OBJECTS}\b",
        rf"\b(?:threaten\w*|swore|promised|said|says|told me|saying|text(?:ed)? me) (?:that )?"
        rf"(?:he|she|they)(?:'?d|'?ll|'?s| would| will| was| is)? ?(?:{_WILL} )?(?:\w+ )?"
        rf"(?:kill|hurt|murder|shoot|stab|strangle|choke|rape|beat|hit|find|come after|ruin)"
        rf" {_HARM_OBJECTS}\b",
        rf"\bthreaten\w* {_TO} (?:\w+ )?(?:kill|hurt|murder|shoot|stab|beat|hit|rape|leak|post"
        rf"|send|share|ruin|come|find|take)\b",
        r"\b(?:threat|threats|threatening|threatened|threatens|threaten) (?:me|us)\b"
        r"|\b(?:death|violent) threats?\b|\b(?:making|made|sent|sending|got|getting) threats\b",
        r"\b(?:feel|felt|feeling) threatened\b",
        r"\bstalk\w* (?:me|us)\b|\bstalker\b",
        r"\bfollow\w* (?:me|us) (?:home|to (?:my|the|work|school|class)|around|everywhere|from"
        r"|in (?:his|her|their|a) car)\b",
        rf"\b{_SUBJECT}{_BETWEEN} (?:\w+ )?(?:show\w*|turn\w*|pop\w*) up (?:\w+ )?(?:at|to"
        rf"|outside|by|near) (?:my|our|me) {_HOME}",
        rf"\b(?:show\w*|turn\w*) up (?:at|outside|to) (?:my|our) {_HOME}",
        rf"\b(?:outside|waiting outside|parked outside|waiting (?:for me )?at|banging on"
        rf"|pounding on|kicking|smashing|knocking on|watching|across from|sitting outside"
        rf"|standing outside|lurking (?:outside|around|near)|creeping around) (?:my|our) {_HOME}",
        rf"\b(?:broke|break|breaking|broken|tried to break|trying to break) (?:into|in"
        rf"|down) (?:my|our|the) {_HOME}",
        r"\b(?:slashed|slash|keyed|smashed|broke|broken|destroyed|wrecked|vandalized) (?:my|all"
        r" my) (?:tires|tyres|car|windows?|door|windshield|phone)\b",
        rf"\b(?:has|had|have|got|owns?|keeps?|bought|brought|pulled|pointed|waving|waved|holding"
        rf"|held|grabbed|showed me|carries|carrying) (?:out )?(?:a |an |his |her |the |their"
        rf" |my |some )?(?:\w+ )?{_WEAPONS}\b",
        rf"\b{_WEAPONS} (?:to|at|on) (?:me|my (?:head|throat|neck|chest))\b",
        r"\b(?:i'?m|im|i am|i|we'?re|we are|we|me|kids|children|son|daughter|baby) (?:not|are not"
        r"|aren'?t|arent|is not|isn'?t|isnt|don'?t feel|dont feel|do not feel|never feel"
        r"|no longer feel)(?: \w+)? safe\b",
        r"\bnot safe (?:at|in) (?:home|my (?:house|home|apartment|place|own))\b",
        r"\b(?:feel|feeling|i'?m|im) (?:so |really |very |super )?unsafe\b",
        r"\b(?:scared|afraid|terrified|fear(?:ful)?|frightened|worried) (?:for|about) (?:my"
        r"|our) (?:life|lives|safety|kids|children)\b",
        rf"\b(?:scared|afraid|terrified|frightened|fear|fearing|worried) (?:that |of what )?"
        rf"{_SUBJECT}{_BETWEEN} (?:\w+ )?(?:{_HARM_VERBS} {_HARM_OBJECTS}|do (?:to me|something"
        rf"|next)|come (?:back|after|for|over|here)|show up|find (?:me|out where)|break in)",
        rf"\b(?:scared|afraid|terrified|frightened|worried|fear) (?:of |about )?what {_SUBJECT}"
        rf"(?:'?ll|'?d|'?s gonna|'?s going {_TO}| will| would| might| could| may| is gonna"
        rf"| is going {_TO}| gonna| going {_TO}| wants {_TO}| plans {_TO})? do\b",
        rf"\b{_SUBJECT}{_BETWEEN} (?:threw|throws|throwing|chucked|hurled|swung) (?:\w+ ){{1,3}}"
        rf"at (?:me|us|my (?:head|face))\b",
        r"\b(?:scared|afraid|terrified|frightened) of (?:him|her|them|my ex|the ex)\b"
        r"(?! \w+ing\b)",
        rf"\b{_SUBJECT}{_BETWEEN} (?:\w+ )?(?:scares|frightens|terrifies|intimidates) me\b",
        r"\b(?:i'?m|im|i am|i might be|we'?re|we are|kids are|i think i'?m|i could be) in "
        r"(?:real |serious |actual )?danger\b(?! of)",
        r"\b(?:i|i'?m|im|i'?ll|ill|i'?ve|ive|we|should i|do i|gonna|going to|need to|had to"
        r"|have to|might|about to|almost|just|pls|please)(?: \w+)? (?:call|called|calling|phoned"
        r"|dial|dialed|ring|rang) (?:the )?(?:cops|police|911|999)\b",
        r"\bharass\w*\b|\bkidnap\w*\b|\bhostage\b",
        r"\b(?:won'?t|wont|doesn'?t|didn'?t) let me (?:leave|go out|out of|call|sleep)\b",
        rf"\b{_SUBJECT}{_BETWEEN} (?:\w+ )?knows? where i (?:live|work|am|sleep)\b",
        r"\b(?:airtag|tracker|gps tracker|tracking device)\b|\btracking my (?:phone|location"
        r"|car)\b",
        r"\b(?:keeps?|kept|won'?t stop|wont stop) (?:\w+ )?(?:calling|texting|messaging) "
        r"(?:me )?from (?:new|different|other|private|blocked|fake|burner) (?:numbers?|accounts?)",
        rf"\b{_SUBJECT}{_BETWEEN} (?:\w+ )?(?:broke|breaking|break) in\b(?! (?:half|two|tears"
        rf"|new|the new|my new|his new|her new))",
        r"\b(?:broke|broken|fractured|busted|split|bloodied) my (?:nose|jaw|arm|wrist|ribs?"
        r"|finger|hand|leg|tooth|teeth|lip|cheekbone|eye socket)\b|\bgave me a (?:black eye"
        r"|concussion|bloody nose|split lip)\b",
        r"\b(?:came|comes|coming|went|lunged|charged|swung) at me\b",
        rf"^(?:help|please help|pls help|plz help|help me|sos)\b.{{0,40}}\b{_SUBJECT}(?:'?s| is)"
        rf" (?:here|outside|inside|in (?:my|the) (?:house|apartment|room)|at (?:my|the) door)"
        rf"(?=[.!?,]|$| and| rn| now| right now)",
        r"\b(?:beat|beats|beating) me up\b|\bput (?:his|her) hands on me\b",
        r"\b(?:won'?t|wont|will not|doesn'?t|wouldn'?t) leave me alone\b.{0,40}\b(?:scared"
        r"|afraid|terrified|frightened)\b|\b(?:scared|afraid|terrified|frightened)\b.{0,40}"
        r"\b(?:won'?t|wont|will not|doesn'?t|wouldn'?t) leave me alone\b",
        r"\bwith (?:a|his|her|their|the) (?:gun|pistol|rifle|shotgun|weapon|firearm)\b",
        r"\b(?:is|was|gets|got|getting|become|became|been|so|very|really|hes|shes|he'?s|she'?s"
        r"|turned|turns|can be|get) violent\b|\bviolent (?:with|towards?|to) me\b",
        r"\b(?:got|get|was|been|being|getting) (?:hit|punched|slapped|kicked|choked|beaten|beat"
        r" up|attacked|assaulted|pushed|shoved|strangled|stabbed|shot|raped|threatened|stalked"
        r"|followed|hurt|abused|grabbed) by (?:him|her|them|my|his|the ex|ex|someone|a guy|a man"
        r"|some guy)\b",
        r"\b(?:being|been|was|got|getting|am|i'?m|im) (?:stalked|followed home|threatened"
        r"|harassed|abused|beaten|beat up|raped|assaulted|choked|strangled)\b"
        r"|\b(?:being|been) followed\b(?! (?:on|back|by (?:\w+ )?(?:on|account)))",
    ),
}

# Everyday idioms that borrow crisis words, masked out before the table above runs: a mask
# hides only the words it covers, never a second, real signal elsewhere in the same text.
_LOOKALIKES = (
    r"\b(?:dying|dyin) (?:to|for)\b|\b(?:would|'d|could) die for\b",
    r"\b(?:die|died|dying|dead) (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing"
    r"|boredom|happiness|excitement|cuteness|jealousy|thirst|hunger|loneliness|suspense"
    r"|curiosity|heat|exhaustion|secondhand embarrassment)\b|\b(?:die|died|dying) (?:laughing"
    r"|alone)\b",
    r"\bhit (?:me|us) up\b(?! against)|\bhit (?:me|us) back\b|\bhit me with (?:a |the |an "
    r"|that |this |his |her )?(?:text|txt|msg|message|call|dm|snap|\"|'|line|song|classic"
    r"|we need|u up|hey|miss you|sorry|apology|news|truth|speech)",
    r"\bshot me (?:a|an) (?:text|txt|msg|message|look|dm|snap|email|smile|wink)\b",
    r"\bbeat (?:me|us) (?:at|in|to|by)\b|\bkicked me out of (?:the|his|her|a) (?:group|chat|gc"
    r"|discord|server|game|team)\b|\bcut me off\b|\bpushed me away\b|\bpush(?:ed|es)? me to"
    r" (?!the (?:ground|floor))\w+\b|\bthrew me (?:a|an) (?!\w+ (?:at|against))\w+",
    r"\bgrab(?:bed)? me (?:a|an|some|one|coffee|food|lunch)\b",
    r"\bhurt(?:s)? me (?:so|really|a lot|more|deeply|too|emotionally|when|by|than|the most"
    r"|to see|to hear|to think|to know|every time|bc|because|cuz)\b"
    r"|\b(?:really|so|deeply|truly|emotionally) hurt me\b|\bhurt my feelings\b",
    r"\b(?:follow|follows|followed|following|watch\w*) (?:me |my |us )?(?:again |now"
    r" |too |back )?(?:back\b|on (?:\w+ )?(?:insta|ig|instagram|twitter|x|tiktok|tt|snap"
    r"|snapchat|fb|facebook|spotify|linkedin|youtube|yt|socials?|threads|bereal|venmo"
    r"|pinterest|twitch|strava|story|stories|here))\b",
    r"\b(?:follow|followed|following|follows|watch\w*|stalk\w*) (?:all )?(?:my|his|her)"
    r" (?:insta|ig|instagram|twitter|tiktok|snap|snapchat|fb|facebook|spotify|linkedin|page"
    r"|profile|story|stories|posts?|account|playlists?|socials?|venmo|pics|photos)\b",
    r"\b(?:i'?m|im|i am|i feel like|i was|i'?ve been|i'?m being|being|like|total|such) (?:a"
    r" )?(?:total |creepy |little |such a )?stalker\b|\bi (?:was |am |keep |kept |been )?"
    r"(?:stalk|stalked|stalking)\b",
    r"\bover ?dos\w* (?:on|of) (?:chocolate|candy|sugar|cake|pizza|ice cream|caffeine|coffee"
    r"|netflix|tv|tiktok|reality tv|carbs|junk food|cookies|sweets|love songs|sad songs"
    r"|taylor swift|romcoms|rom coms|self ?care|work|cuteness|feelings|vitamin c|memes)\b"
    r"|\b(?:caffeine|sugar|chocolate|carb|netflix|cuteness|drama) over ?dose\b",
    r"\b(?:take|took|taking) all (?:of )?my (?:meds|medication|medicine|vitamins|pills) "
    r"(?:today|this morning|tonight|on time|like a good|every|and)\b",
    r"\bend(?:ed|ing|s)? (?:it|things|everything) (?:with|w/|w) \w+",
    r"\b\d+ ?kms\b",
    r"\bsuicide (?:squad|mission|doors?|run|runs|drills?|sprints?)\b|\b(?:social|career"
    r"|political|fashion) suicide\b",
    r"\b(?:mom|mum|mother|mama|dad|father|parents|boss|teacher|coach|professor|prof|sister|sis"
    r"|brother|bro|bestie|best friend|friends?|roommate|manager|grandma|nan|aunt|uncle|trainer"
    r"|therapist)(?:\W+\w+){0,3} (?:kill|murder) me\b",
    r"\bkilling myself (?:at (?:the gym|work|practice)|studying|working|training|lifting"
    r"|running|laughing)\b",
    r"\bnot safe for work\b|\b(?:hurt|cut|burn\w*) myself (?:at|lifting|playing"
    r"|running|shaving|cooking|chopping|on the (?:stove|oven|pan|iron)|laughing)\b",
    r"\b(?:top gun|gun show|glue gun|nail gun|water gun|nerf gun|finger guns?|(?:butter|chef'?s?"
    r"|kitchen|steak|bread) knife|knife (?:set|block|skills))\b",
    r"\bthreat(?:en\w*)? (?:to|that (?:he|she|they)(?:'?d|'?ll| would| will)) (?:leave|break"
    r" up|dump|unfollow|block|unblock|quit|cancel|move out|sell|keep the)\w*\b|\btriple threat\b",
    r"\bi (?:\w+ )?(?:showed|show|turned) up\b|\bthrew me under the bus\b",
    r"\bfollow\w* (?:my|his|her) (?:new )?(?:bf|gf|boyfriend|girlfriend|partner|friends?"
    r"|sister|brother|mom|dad|cousin|bestie)\b(?! (?:home|to|around|everywhere))",
    r"\b(?:would|'d|will|could)(?: \w+)? never (?:\w+ )?(?:hurt|hit|harm|kill) (?:me|a fly)\b"
    r"|\b(?:wouldn'?t|won'?t|wouldnt|wont)(?: ever)? (?:hurt|hit|harm) (?:me|a fly)\b",
)

# A sentinel, not "", so the words either side of a masked idiom never join into a new phrase.
_MASK = " ~ "


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns))


# Self-harm is checked first: a text that suggests both is reported as the one that needs
# a crisis line most urgently.
_KINDS = (CrisisKind.SELF_HARM, CrisisKind.DANGER)
_TABLE = tuple(
    (kind, _compile(_ALWAYS[kind]), _compile(_UNLESS_LOOKALIKE[kind])) for kind in _KINDS
)
_LOOKALIKE = _compile(_LOOKALIKES)


def detect_crisis(body: str) -> CrisisKind | None:
    """The crisis a text suggests, or None; self-harm wins when a text suggests both."""
    text = normalize(body)
    if not text:
        return None
    masked = _LOOKALIKE.sub(_MASK, text)
    for kind, always, unless in _TABLE:
        if always.search(text) or unless.search(masked):
            return kind
    return None
