"""The crisis detector's tables, as data: regular-expression phrases per kind and tier.

Tiers: EXPLICIT phrases get the full crisis resources at once; POSSIBLE phrases (hopelessness,
being a burden, passive wishes, farewell acts, an ambiguous means) get a direct, caring question.
Phrase kinds follow Crisis Text Line's report "Everybody Hurts" (2020, 129 million messages, as
reported by Fast Company): the means words predict an active rescue better than "suicide" does
(the pill emoji 4.4 times, "800 mg", Excedrin, ibuprofen, acetaminophen, antifreeze, tablets);
and the lethality indicators of intimate-partner violence (J. Campbell's Danger Assessment:
strangulation, a weapon, stalking, forced entry, the abuser's threats of suicide).
Compiled lazily by chalicelib.domain.crisis.
"""

from __future__ import annotations

from chalicelib.domain.crisis_kinds import CrisisKind, Tier

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
_EXPLICIT_ALWAYS: dict[CrisisKind, tuple[str, ...]] = {
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
_EXPLICIT_UNLESS_LOOKALIKE: dict[CrisisKind, tuple[str, ...]] = {
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
LOOKALIKES = (
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


_ME = r"(?:me|my ?self|i|i'?m|im|i am)"
_ALL_OF_THEM = (
    r"(?:everyone|everybody|every1|every one|people|my family|my fam|my friends|my kids|the world"
    r"|my parents|my mum|my mom|my dad|them all|all of them|they|the kids)"
)
_GONE = (
    r"(?:gone|dead|not here|not around|no longer here|not alive|never born|out of the picture"
    r"|to disappear|disappeared|to vanish|vanished|to not exist|didn'?t exist|died)"
)
_MEANS = (
    rf"(?:{_PILLS}|tablets|rope|noose|razor|razors|blade|blades|belt|cord|cable|bridge|ledge|roof"
    r"|rooftop|cliff|train tracks|tracks|antifreeze|bleach|syringe|revolver|gun|exhaust|car fumes"
    r"|charcoal|800 ?mg|excedrin|lexapro|zoloft|prozac|seroquel|lithium|klonopin|vicodin|morphine"
    r"|codeine|nyquil|benadryl)"
)
# The emoji of means (pill, knot, coffin, urn, gun, blood drop, knife, razor): alone, or with words.
_MEANS_EMOJI = "\U0001f48a\U0001faa2\u26b0\u26b1\U0001f52b\U0001fa78\U0001f52a\U0001fa92"

_POSSIBLE_SELF_HARM = (
    # Passive wishes not to exist.
    r"\b(?:wish|want|wanna|hope|pray) (?:i |that i |to |i could |i would |i'?d )?(?:just )?"
    r"(?:disappear|vanish|fade away|fall asleep and (?:not|never)|go to sleep and (?:not|never)"
    r"|sleep (?:forever|and never)|not wake|never wake|stop existing|not exist|cease to exist"
    r"|be gone|be erased|be nothing|not be here|not be around|not have been born|never existed)",
    rf"\b{_ALL_OF_THEM} (?:would|will|'?d|could|might)(?: all)? (?:be |do |get on |manage |cope )?"
    r"(?:fine|better|better off|happier|ok|okay|alright|easier|relieved|lighter)"
    r"(?: \w+){0,3} (?:without me|if i (?:was|were|wasn'?t|weren'?t|died|left|disappeared|was gone"
    r"|were gone|didn'?t exist|wasn'?t here|weren'?t here|wasn'?t around))",
    r"\b(?:no one|noone|nobody|no1|not one person|who) (?:would|will|'?d|even|would even|will even)"
    r"(?: even)? (?:notice|care|miss me|mind|cry)(?: \w+){0,4} if i(?:'?m| am| was| were)? "
    rf"(?:{_GONE}|died|disappeared|left (?:this|the) world|wasn'?t here|weren'?t here)",
    r"\b(?:i )?(?:don'?t|dont|do not) (?:want|wanna|wish) (?:to )?(?:exist|be alive|be here"
    r"|be around|wake up|be on this earth|live)\b",
    r"\b(?:i'?m|im|i am) (?:so )?(?:tired|done|finished|exhausted) (?:of|with) (?:everything"
    r"|it all|all of it|being here|this life|trying|fighting)\b(?! (?:about|to do|for today"
    r"|with (?:him|her|them|my ex|the ex|this (?:breakup|relationship|guy|girl))))",
    r"\bwhat(?:'?s| is) (?:even )?the point(?: of| in)? (?:me|living|life|anything|any of (?:it"
    r"|this)|going on|trying|being here|carrying on)\b",
    # Hopelessness: no point, no way out, never better.
    r"\b(?:there'?s|theres|there is|i see|i can see)? ?(?:no|zero) (?:point|reason|hope|future"
    r"|way out|light|way forward)(?: (?:in|to|of|for|at|left))?(?: (?:any of )?(?:it|this|anything"
    r"|me|my life|life|living|trying|going on|carrying on|anymore|any more|now|left))+\b",
    r"\b(?:no|zero) (?:point|hope|future|reason to (?:go on|keep going|stay|try))(?: left)?"
    r"(?: anymore| any more| for me| now)\b",
    r"\b(?:it|things|life|this|nothing) (?:will|is going to|is gonna|'?s gonna|'?ll) never (?:get"
    r"|be) (?:better|ok|okay|any better|good again)\b",
    r"\b(?:i'?m|im|i am|i feel|feeling|feel) (?:so |completely |totally |utterly )?(?:hopeless"
    r"|worthless|pointless|beyond help|beyond saving|past saving)\b",
    r"\b(?:i )?can'?t (?:do|take|handle|bear|cope with|live with) (?:this|it|any of this|life)"
    r" (?:anymore|any more|any longer)\b(?!.{0,30}\b(?:him|her|them|ex|job|work|boss|school"
    r"|class|noise|weather|commute|roommate|flatmate)\b)",
    r"\bi can'?t (?:go on|keep going|carry on|keep living|keep doing this)\b",
    # Being a burden.
    rf"\b(?:i'?m|im|i am|i feel like|i feel|feel like|i'?ve become|i have become|i'?m just"
    rf"|im just|just) (?:just |only |such |nothing but |always )?(?:a|an|such a|the)?"
    rf" ?(?:\w+ )?(?:burden|weight|drain|waste of (?:space|air|oxygen|life)|mistake|problem)"
    rf" (?:on|to|for) {_ALL_OF_THEM}\b",
    r"\b(?:i'?m|im|i am|feel like i'?m|i feel like) (?:just )?(?:a|such a) burden\b",
    r"\b(?:i )?(?:ruin|ruined|wreck|make worse) (?:everything|every thing|everyone'?s (?:life"
    r"|lives))(?: \w+){0,3} (?:for|around) everyone\b",
    rf"\b{_ALL_OF_THEM}(?:'?s|s)? (?:lives?|life) (?:would be|will be|'?d be) (?:easier|better)",
    # Farewell acts.
    r"\b(?:said|saying|say|texted|sent) (?:my )?(?:goodbyes?|bye) (?:to )?(?:everyone|everybody"
    r"|all of (?:you|them)|my family|my friends|my kids|the people i love|everyone i love)\b",
    r"\b(?:this is|consider this) (?:my )?(?:goodbye|farewell|last (?:text|message|msg))\b",
    r"\bgoodbye (?:forever|for good|everyone|world|cruel world)\b",
    r"\b(?:tell|let) (?:my )?(?:family|mum|mom|dad|mother|father|parents|kids|children|sister"
    r"|brother|friends|everyone|them|her|him) (?:that |know )?(?:i'?m|im|i am) sorry\b",
    r"\bsorry for (?:everything|being (?:a burden|born|me|such a burden|like this))\b"
    r"(?! (?:i said|i did|last night|earlier|yesterday|today|lol|haha))",
    r"\b(?:gave|giving|give) (?:away )?(?:away )?(?:all )?(?:my|of my) (?:\w+ )?(?:stuff"
    r"|things|belongings|possessions|clothes|dog|cat|pets?|plants|savings|money)\b"
    r"(?:.{0,60}\b(?:won'?t|will not|wont|not gonna|don'?t|dont) (?:need|be (?:needing|here"
    r"|around)|have)\b)",
    r"\bwon'?t (?:need|be needing) (?:it|them|these|this|him|her|my \w+|any of (?:it|this|them))"
    r" (?:anymore|any more|where i'?m going|after (?:tonight|today|this week))\b",
    r"\b(?:wrote|writing|written|left|leaving|finished) (?:a |my |some )?(?:letters?|notes?|will)"
    r" (?:for|to) (?:everyone|my (?:family|kids|children|mum|mom|parents|friends|sister|brother)"
    r"|the people i love)\b",
    r"\b(?:made|making|wrote|writing|updated|sorted) (?:my|a) (?:will|funeral (?:plans?|playlist))"
    r"\b",
    r"\b(?:take|look after|feed) (?:care of )?(?:my|the) (?:dog|cat|kids|pets?|plants)"
    r" (?:for me )?(?:when i'?m gone|after i'?m gone|after tonight|for me please)\b",
    r"\bthank (?:you|u) for everything\b.{0,40}\b(?:goodbye|bye|sorry|love you all|take care"
    r" of)\b",
    # An ambiguous means: counted, saved, bought, set out, or the means with a place or time.
    rf"\b(?:counted|counting|count|lined up|lining up|laid out|set out|sorted out|got out"
    rf"|crushed|crushing|emptied|bought|have|got|holding|staring at|looking at) (?:out |up )?"
    rf"(?:all )?(?:of )?(?:my |the |these |those |some |a (?:bottle|box|pack|packet|handful)"
    rf" of |\d+ )?(?:\w+ )?{_MEANS}\b(?! (?:for (?:the|my) (?:week|pain|headache|cold)|organi[sz]er"
    rf"|prescription|refill|as prescribed|this morning))",
    r"\b(?:on|at|to|near|over) (?:the )?(?:edge|ledge|rail|railing|top|side) of (?:the |a |this"
    r" |that )?(?:bridge|roof|rooftop|building|cliff|car park|parking garage|tracks|platform"
    r"|balcony)\b",
    r"\b(?:standing|sitting|stood|sat|waiting|parked|walked|walking|drove|driving|went) (?:on|at"
    r"|to|by|under|near) (?:the |a |this )?(?:bridge|train tracks|tracks|rooftop|cliff|cliffs"
    r"|ledge|edge)\b(?!.{0,30}\b(?:club|game|photo|pic|view|sunset|run|walk|bike|date"
    r"|lol|haha)\b)",
    rf"^(?:[{_MEANS_EMOJI}\U0001f62d\U0001f494\s]|\W)*[{_MEANS_EMOJI}](?:[{_MEANS_EMOJI}"
    rf"\U0001f62d\U0001f494\U0001f622\U0001f97a\u2620\U0001f480\s]|\W)*$",
    r"\bi (?:just )?(?:want|need|wanna) (?:it|this|the pain|everything) to (?:stop|end|be over)"
    r"\b(?! (?:with|between|soon|already)\b)",
    r"\b(?:ctb|catch the bus|sleep forever|the big sleep|permanent solution)\b",
)

_POSSIBLE_DANGER = (r"\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:home|back)\b",)

_EXPLICIT_SELF_HARM_MORE = (
    rf"\b(?:took|taken|swallowed|downed|had|ate|chugged|drank|drunk|popped) (?:a |the )?(?:whole"
    rf"|entire|full|all|half (?:a|the)) (?:box|bottle|pack|packet|strip|jar|tub|sheet|blister)"
    rf"(?: of)?(?: (?:my|the|his|her|those|these))? (?:\w+ )?(?:{_PILLS}|tablets|excedrin)\b",
    r"\b(?:tied|tying|tie|hung|hanging|made|making|put|putting) (?:a |the |my )?(?:rope|noose"
    r"|belt|cord|cable|sheet)(?: \w+){0,3} (?:to|on|round|around|over|from) (?:the |a |my )?"
    r"(?:beam|rafter|ceiling|banister|bannister|door|neck|tree|pipe|hook|railing|closet rod)\b",
    r"\b(?:noose|hang myself|hanging myself)\b",
    r"\b(?:sitting|sat|standing|stood|perched|climbed|climbing) (?:on|onto|up on|at|over)"
    r" (?:the )?(?:edge|ledge|rail|railing|top|side|wrong side) of (?:the |a |this |that )?"
    r"(?:bridge|roof|rooftop|building|cliff|car park|parking garage|overpass|balcony)\b",
    r"\b(?:kys|kms) myself\b|\bunalive (?:my ?self|me)\b|\bsewer ?slide\w*\b|\bself ?delete\b",
    r"\b(?:i )?(?:don'?t|dont|do not) want to (?:be here|live) (?:anymore|any more|any longer"
    r"|no more)\b",
    r"\b(?:i'?m|im|i am|i have|i'?ve) (?:going to|gonna|about to|planning to|decided to|ready to)"
    r" (?:do it|end it|go through with it) (?:tonight|today|now|this time|soon)\b",
    rf"\b(?:took|taken|swallowed|downed|popped) (?:like |about |around |over )?\d{{2,}}"
    rf"(?: \w+){{0,2}} {_PILLS}\b",
    r"\b(?:\d{3,4} ?mg)\b.{0,40}\b(?:took|taken|swallowed|all of|whole|take them|gonna take)\b"
    r"|\b(?:took|taken|swallowed|downed)\b.{0,40}\b\d{3,4} ?mg\b",
    r"\bi (?:cut|burned|burnt|hurt|harmed|scratched|carved) (?:myself|my (?:wrists?|arms?"
    r"|thighs?|legs?|skin)) (?:again|tonight|today|last night|just now|deep|bad|badly)\b",
)

_EXPLICIT_DANGER_MORE = (
    r"\b(?:grabbed|grabbing|grabs|squeezed|squeezing|had|put|wrapped) (?:me by )?(?:my|his hands"
    r" (?:around|on) my|her hands (?:around|on) my|hands (?:around|on) my) (?:throat|neck)\b",
    r"\b(?:grabbed|grabs|grabbing) (?:me by )?my (?:throat|neck|hair|arm|arms|wrist|wrists|face"
    r"|jaw)\b|\bby (?:the|my) (?:throat|neck|hair)\b",
    r"\b(?:pinned|held|holding|pushed|shoved|slammed|threw) me (?:down |up )?(?:against|to|into"
    r"|on|onto) (?:the |a )?(?:wall|floor|ground|door|bed|car|table|counter)\b",
    r"\b(?:broke|breaking|broken|forced|forcing|let (?:him|her|themselves)|got|came|snuck)"
    r" (?:in|into|inside)(?: (?:my|our|the) (?:house|home|flat|apartment|apt|place|room|car))?"
    r"\b.{0,40}\b(?:while|when) i (?:was|am|were) (?:asleep|sleeping|out|at work|in the shower)",
    rf"\b(?:{_SUBJECT}) (?:broke|forced (?:their|his|her) way|let (?:himself|herself|themselves))"
    rf" (?:in|into)\b(?! (?:half|two|tears|a sweat|song|laughter))",
    r"\b(?:put|hid|placed|found|stuck|planted) (?:a |an )?(?:tracker|airtag|air tag|gps|tile"
    r"|tracking device|bug|camera|spy app|spyware)\b",
    r"\b(?:tracks?|tracking|checks?|checking|watches|watching|reads?|reading|following) my"
    r" (?:location|phone|gps|car|every move|messages|emails)\b(?! (?:on|online|for work)\b)",
    r"\b(?:hiding|hid|hide|locked myself) (?:in|at|from|inside|under)(?: \w+){0,4}"
    r" (?:from (?:him|her|them|my ex|the ex|my (?:bf|gf|boyfriend|girlfriend|husband|wife"
    r"|partner))|so (?:he|she|they) (?:can'?t|won'?t|doesn'?t) (?:find|see|hear) me)\b",
    rf"\b(?:{_SUBJECT})(?:'?s|'?ll| says| said| is saying| keeps saying| threatens?| threatened"
    rf"| swears| swore| told me)(?: that)? (?:(?:he|she|they)(?:'?ll|'?d| will| would| is going to"
    rf"| is gonna| gonna) )?(?:kill|hurt|harm|end|off|shoot|hang) (?:himself|herself|themselves"
    rf"|themself|his life|her life)\b(?:.{{0,40}}\b(?:if i|unless i))?",
    r"\b(?:kill|hurt|harm|end) (?:himself|herself|themselves|themself)\b.{0,40}\b(?:if i|unless i)"
    r" (?:don'?t|dont|do not|leave|won'?t|go|stay|say|block|tell)\b",
    r"\b(?:took|takes|taken|has|hid|hides|smashed|won'?t give (?:me )?back) my (?:phone|keys"
    r"|car keys|passport|wallet|id|money|cards?)\b(?=.{0,40}\b(?:so i can'?t|won'?t let|can'?t"
    r" leave|can'?t call|trapped|locked)\b|[.!?]*$)",
    r"\b(?:locked|locks|trapped|keeps) me (?:in|inside|out|in the (?:house|room|flat|car))\b",
    rf"\b(?:{_SUBJECT}){_BETWEEN} (?:\w+ )?(?:waiting|parked|sitting|standing|lurking|circling)"
    rf" (?:outside|around|by|near|at) (?:my|our) {_HOME}\b",
    r"\b(?:threw|throws|threw a|smashed) (?:a |his |her |the )?(?:glass|plate|bottle|chair"
    r"|phone|mug|lamp|vase)(?: \w+){0,2} at (?:me|my head|my face)\b",
    r"\b(?:pulled|pulls|held|holds|put|pointed|points) (?:a |his |her |the )?(?:knife|gun|blade"
    r"|pistol) (?:on|to|at) (?:me|my)\b",
)

ALWAYS: dict[tuple[CrisisKind, Tier], tuple[str, ...]] = {
    (CrisisKind.SELF_HARM, Tier.EXPLICIT): _EXPLICIT_ALWAYS[CrisisKind.SELF_HARM]
    + _EXPLICIT_SELF_HARM_MORE,
    (CrisisKind.DANGER, Tier.EXPLICIT): _EXPLICIT_ALWAYS[CrisisKind.DANGER] + _EXPLICIT_DANGER_MORE,
}
UNLESS_LOOKALIKE: dict[tuple[CrisisKind, Tier], tuple[str, ...]] = {
    (CrisisKind.SELF_HARM, Tier.EXPLICIT): _EXPLICIT_UNLESS_LOOKALIKE[CrisisKind.SELF_HARM],
    (CrisisKind.DANGER, Tier.EXPLICIT): _EXPLICIT_UNLESS_LOOKALIKE[CrisisKind.DANGER],
    (CrisisKind.SELF_HARM, Tier.POSSIBLE): _POSSIBLE_SELF_HARM,
    (CrisisKind.DANGER, Tier.POSSIBLE): _POSSIBLE_DANGER,
}
