"""The reader's word tables, as data: what each signal looks like in people's own words."""

from __future__ import annotations

import re

EX = (
    r"(?:him|her|them|my ex|the ex|ex|my ex'?s|his|hers|my (?:ex ?)?(?:bf|gf|boyfriend|girlfriend"
    r"|husband|wife|partner|fiance|fiancee|man|girl|guy))"
)
EX_SUBJECT = (
    r"(?:he|she|they|my ex|the ex|ex|my (?:ex ?)?(?:bf|gf|boyfriend|girlfriend|husband|wife"
    r"|partner))"
)
# Negations that reach the next few words of the same clause.
NEGATION = (
    r"(?:didn'?t|didnt|did not|never|not|haven'?t|havent|have not|hasn'?t|won'?t|wont|will not"
    r"|almost|nearly|without|resisted|instead of|rather than|zero|don'?t|dont|do not"
    r"|couldn'?t|wasn'?t|ain'?t|avoided|stopped myself from)"
)

# People who are not the ex, in "texted my mum", "dad rang", "my ex-boss" (not the ex).
OTHER_PEOPLE = (
    r"(?:mum|mom|mother|dad|father|friends?|sister|brother|boss|bestie|best friend|mates?"
    r"|therapist|doctor|gp|nan|gran|cousin|aunt|uncle|colleague|coworker|co-worker|manager"
    r"|employer|teacher|landlord|landlady|neighbou?r|flatmate|roommate|housemate|bandmate"
    r"|teammate|student|client|former \w+)"
)

# -- Opt-out ---------------------------------------------------------------------------------
# 47 CFR 64.1200(a)(10), from the FCC's TCPA Consent Order of February 2024 (in force since
# April 11, 2025): consent may be revoked "using any reasonable method to clearly express a
# desire not to receive further calls or text messages"; "stop", "quit", "end", "revoke",
# "opt out", "cancel" and "unsubscribe" in reply to a text are reasonable per se. Twilio's own
# opt-out keywords add STOPALL and OPTOUT.
OPT_OUT_WORDS = frozenset(
    {
        "stop",
        "stopall",
        "unsubscribe",
        "cancel",
        "end",
        "quit",
        "revoke",
        "optout",
        "unsub",
        "stahp",
        "stp",
    }
)
# "end it", "end everything": said to a coach after a breakup these may mean a life, not the
# texts, so they are never read as an opt-out; the crisis tables ask instead.
ENDS_SOMETHING_ELSE = frozenset({"it", "everything", "all", "things"})
# Words that may stand beside an opt-out word without changing its point ("Stop pls").
COURTESY = frozenset(
    {
        "please", "pls", "plz", "plez", "thanks", "thank", "you", "thx", "ty", "now", "it", "this",
        "that", "all", "me", "just", "ok", "okay", "sorry", "already", "asap", "texts", "text",
        "messages", "message", "msgs", "sms", "these", "them", "everything", "out", "opt",
        "subscription", "my", "service", "the", "bye", "for", "good", "right", "away", "mate",
        "man", "bro", "dude", "bot", "coach", "seriously", "omg", "ffs", "program", "programme",
        "texting", "sending", "challenge", "list", "kindly", "reminders", "notifications",
    }
)  # fmt: skip
OPT_OUT_PHRASES = (
    r"\b(?:stop|quit|cease|end|pause forever) (?:sending|texting|txting|messaging|contacting"
    r"|msging)(?: me| these| this| them| those| texts| messages| msgs| now| pls| please|[.!?]|$)",
    r"\bstop (?:the|these|those|your|all|all the|all these|daily|the daily) (?:texts?|messages"
    r"|msgs|reminders|sms|notifications)\b",
    r"\bno more (?:daily )?(?:texts?|messages|msgs|sms|reminders|of (?:these|this|your))\b"
    r"(?! for\b| till\b| until\b| (?:to|from|with) (?:him|her|them|my ex|the ex|an ex)\b)",
    r"\b(?:don'?t|dont|do not|never) (?:text|message|msg|contact|sms) (?:me|this number|my number"
    r"|this phone)\b|\bmake (?:these|the|your|them|this|the daily)(?: (?:texts?|messages|msgs"
    r"|reminders|daily texts?))? stop\b",
    r"\b(?:don'?t|dont|do not) want (?:these|your|any(?: more)?|more|the|the daily) (?:texts?"
    r"|messages|msgs|reminders)(?! from (?:him|her|them|my ex))\b",
    r"\b(?:get|take|remove) (?:me|my number|this number|my phone number) (?:off|from)\b"
    r"|\bremove (?:me|my number|this number)\b|\btake me off\b"
    r"|\b(?:want to|wanna|like to|please) (?:unsubscribe|opt out|opt-out)\b|[,.!] *stop[.! ]*$"
    r"|\bstop receiving (?:these|the|your|any|texts|messages)\b"
    r"|^stop(?: please| pls)?[,.!]+ |\bdone with these (?:messages|texts)\b"
    r"|[,.!] *(?:please |pls )?stop(?: please| pls)?[.! ]*$|^(?:please |pls )?un subscribe\b"
    r"|\bi want out of (?:this|the) (?:program|thing"
    r"|service|app)\b"
    r"|^(?:please |pls )?unsubscribe(?: me)?\b(?! from)|^(?:please |pls )?opt(?: me)?[ -]?out\b"
    r"|\b(?:want to|wanna|like to|please) opt(?: me)?[ -]?out\b|\bleave me alone\b",
    r"\bi want out(?: of (?:this|these|here|the texts?|the program|these (?:texts|messages)))?"
    r"[.!? ]*$|\b(?:want to|wanna|i'?d like to|please) stop (?:getting |receiving )?(?:these|the"
    r"|your|all|receiving)"
    r" (?:texts?|messages|msgs|reminders)\b|\b(?:i )?(?:no longer|don'?t|dont|do not) want"
    r" (?:these|this|them)(?: anymore| any more| now)?[.!? ]*$|\bi quit (?:the|this)"
    r" (?:program|thing|coach|service|texts)\b|\bstop (?:txts|txt|msgs|sms)\b|^s t o p$"
    r"|^s\.t\.o\.p\.?$"
    r"|\bcancel (?:this|my subscription|the subscription|the texts|it all|everything|the program"
    r"|subscription|me)\b|\b(?:i'?m|im|i am) (?:out of this|done with (?:this|these texts|the texts"
    r"|this program|this service|the service|this app))\b|\bwithdraw (?:my )?consent\b",
    r"\b(?:no longer|don'?t|dont|do not) (?:wish|want) to (?:receive|get) (?:these|them|this|your"
    r"|any|texts|messages|msgs)\b",
    r"\bturn (?:these|the|your|my|all|all the|all these|the daily) (?:texts?|messages|msgs"
    r"|notifications|reminders) off\b|\bturn off (?:these|the|your|my|all|the daily) (?:texts?"
    r"|messages|msgs|reminders)\b|\b(?:fuck|f\*+k|f|eff|piss|bugger|sod) off with (?:these|the"
    r"|your|this"
    r"|ur)\b",
    r"\bhow (?:do|can) i (?:unsubscribe|opt ?-?out|stop (?:these|the|this|getting|receiving"
    r"|your))\b"
    r"|\b(?:like|want|wanna|need) to stop (?:getting|receiving) (?:any |the |your "
    r"|these )?(?:texts?"
    r"|messages|msgs)\b"
    r"|\bstop (?:bothering|spamming|pestering|harassing|hassling|bugging) me\b|\bturn (?:these|them"
    r"|this|it) off\b|\bno need for (?:any )?(?:more |further )?(?:texts?|messages|msgs)\b"
    r"|\b(?:stop|end|leave|quit|cancel) (?:the|this|your) (?:program|programme|service|coaching"
    r"|challenge|texts thing)\b",
    r"\b(?:not|isn'?t|isnt|doesn'?t|doesnt|never) (?:helping|working|help|work)\b.{0,20}"
    r"\b(?:i'?m|im|i am) (?:out|done)\b"
    r"(?! with (?:him|her|them|my ex|the ex|it all|everything|life))",
    # Said to us in so many words: sworn at, asked as a question, or ending the conversation.
    r"^(?:(?:no thanks|no thank you|nah thanks)[,.! ]+(?:i'?m )?not interested|(?:i'?m )?not"
    r" interested)[.! ]*$|\benough (?:with )?(?:the|these|your) (?:texts|messages)\b"
    r"|\b(?:idk|i don'?t know|dont know) who (?:you|u) are\b.{0,15}\bstop\b"
    r"|\b(?:can|could|may) i (?:unsubscribe|opt out)\b"
    r"|^(?:wrong (?:number|#|person)|(?:you|u) have the wrong number)(?: mate| sorry| pal| buddy"
    r"| lol)?[.! ]*$",
    r"^(?:just |pls |please |omg |ugh )?(?:fuck off|f off|piss off|go away|stfu|shut up"
    r"|bugger off|sod off)(?: (?:already|now|pls|please|mate|bot|coach))*[.! ]*$"
    r"|^(?:can|could|will) (?:you|u) (?:please |pls )?stop[?.! ]*$"
    r"|\bleave me (?:tf|the fuck|the hell|the f) alone\b",
    r"\bstop (?:fucking|f\*+\w*|f+in[g']?|freaking|frickin[g']?|bloody|effing|effin) (?:texting"
    r"|txting|messaging|msging|contacting|sending)\b",
    r"\b(?:can|could|will|would) (?:you|u) (?:not|stop|please stop|pls stop) (?:texting|text"
    r"|messaging|message|msg|sending)(?: me)?\b",
    r"\b(?:you|u) can stop(?: now| texting me| the texts| sending (?:these|them|texts))?[.! ]*$"
    r"|^(?:ok |okay )?bye forever[.! ]*$|\bi never signed up for (?:this|these|that)\b"
    r"|^enough[.!]+ no more[.!]*$|\b(?:this|it) (?:isn'?t|isnt|is not|aint) (?:helping|working)"
    r"\W+bye\b|\bi (?:don'?t|dont|do not) need (?:this|these(?: texts| messages)?|this program"
    r"|the texts)(?: anymore| any more)?(?:[.!,]* (?:i'?m|im|i am) (?:good|ok|okay|fine|done"
    r"|all good|better)(?: now)?)?[.! ]*$",
    # Round 17 (intents v15's misses): dismissals in so many words.
    r"^(?:pls |please )?lose (?:my|this) (?:number|#)\b|\bno need to (?:keep )?(?:texting|text"
    r"|messaging|message|msging) me\b|\b(?:i'?d|id|i would) rather not (?:get|receive) (?:these"
    r"|them|this|your|any more|texts|messages)\b|\b(?:you|u) can stop now\W+(?:i'?m|im|i am)"
    r" (?:good|ok|okay|fine|done|sorted)\b|\bi(?:'?ve| have)? never signed up for (?:this|these"
    r"|that)\b|\bunsubscribe me from (?:this|these|the|your)\b",
    r"^(?:no more|nomore)(?: please| pls| thanks| thx| ty)?[.!]*$|\b(?:i'?m |im |i am )?not doing"
    r" (?:this|these|the program|it) (?:anymore|any more)\b",
)
# A "stop" that stops something else: never an opt-out.
NOT_OPT_OUT = (
    r"\b(?:don'?t|dont|do not|not|never|doesn'?t|didn'?t) (?:want|wanna|mean|going|gonna|planning"
    r"|trying) (?:to )?(?:stop|quit|end|leave|cancel|unsubscribe)\b|"
    r"\bdone with\b.{0,30}\b(?:him|her|them|my ex|the ex)\b|"
    r"\b(?:can'?t|cant|cannot|won'?t|wont|couldn'?t|don'?t|dont|never|gotta|should|must"
    r"|need to|trying to|try to) (?:stop|quit|end)\b|\b(?:want to|to) (?:stop|quit|end)"
    r" (?!(?:receiving |getting )?(?:these|(?:the|this) (?:texts?|messages|daily|program|programme"
    r"|service|coaching|challenge)|your|all (?:the|these"
    r"|your)|receiving|getting)\b)\w"
    r"|\bstop (?:me|myself|him|her|them"
    r"|my|thinking|crying|eating|playing|overthinking|it,|it you|being|blaming|checking|looking"
    r"|scrolling|obsessing|missing|loving|drinking|smoking)\b|\b(?:don'?t|dont|never) stop\b"
    r"|\b(?:bus|train) stop\b|\bstop and shop\b|\bstop-start\b"
    r"|\b(?:won'?t|wont|will not|doesn'?t|doesnt|never) leave me alone\b"
    # "stop sending the morning ones so early": the time, not the texts.
    r"|\b(?:stop|quit) (?:sending|texting|messaging|msging)\b.{0,40}\b(?:so early|so late|too early"
    r"|too late|earlier|later|in the morning|at night|at \d)"
    r"|\b(?:don'?t|dont|do not) (?:send|text|message|msg)(?: me)?(?: (?:them|these|it|anything))?"
    r" (?:so |this |that |too )(?:early|late)\b"
    r"|\bno (?:more )?(?:texts?|messages|msgs) (?:before|until|till|after) \d"
    r"|\bstop the (?:morning |daily |evening )?(?:texts?|messages)\b.{0,20}\b(?:so|too) (?:early"
    r"|late)\b"
    # Someone else's texts: "I wish he would leave me alone", "so he'd stop texting me".
    r"|\b(?:he|she|they|him|her|them|ex)\b[^.!?]{0,30}\b(?:leave me alone|stop (?:bothering|texting"
    r"|calling"
    r"|messaging|contacting))\b"
    r"|^stop[,.!]+ .*(?:\U0001f602|\U0001f923|\blol\b|\blmao\b|\bhaha|too real"
    r"|i'?m (?:crying|dying|blushing))"
    # An advert's own opt-out instructions ("To opt out txt STOP to 83021"): never ours.
    r"|\d{5,}|\u00a3|\bppm\b|\bt&c|\b(?:reply|txt|text|send) (?:\w+ )?stop\b|\bstop (?:to )?\d"
    r"|(?<!like )(?<!want )\bto opt ?-?out\b|\b2 stop\b|\bstop sms\b"
)

# -- Check-in ----------------------------------------------------------------------------------
YES_WORDS = frozenset(
    {
        "yes", "y", "yep", "yeah", "yea", "yup", "ya", "yas", "yass", "yasss", "yess", "yesss",
        "yessss", "ye", "yh", "yrs", "yse", "ys", "yees", "aye", "ofc", "absolutely", "definitely",
        "totally", "sure", "yessir", "yah", "yus", "mhm", "uhuh", "affirmative", "correct",
        "indeed", "certainly", "yesh", "yeahh", "yeh",
    }
)  # fmt: skip
NO_WORDS = frozenset({"no", "n", "nope", "nah", "nay", "na", "noo", "nooo", "naw", "negative"})
KEPT_PHRASES = (
    r"\bheld out\b|\bstayed away\b|\bkept my (?:thumbs|hands|fingers|phone) to myself\b"
    r"|\b(?:kept|kep|keeping|held|holding|stayed|staying|still) (?:it|strong|firm|on|steady"
    r"|no contact|nc|going strong)\b|\bstill going\b|\bnothing sent\b|\bsent nothing\b"
    r"|\bradio silence\b(?! from (?:him|her|them))",
    r"\bnot (?:once|one (?:text|time|message|call))\b|\bnone at all\b"
    r"|\bno more (?:texting|calling|messaging) (?:him|her|them)\b",
    r"\b(?:no|zero|0) (?:contact|texts?|calls?|messages?|slips?|relapse)(?: (?:today|at all|again"
    r"|all day"
    r"|yesterday|still|with (?:him|her|them)))*\b|\bnc\b|\bnc today\b",
    r"\b(?:survived|^made it(?= through| another|[.! ]*$| today| again)|made it(?=[.! ]*$)"
    r"|got through|another (?:day|one)|one more day|day \d+ (?:done|down"
    r"|complete)|day (?:done|complete)|did it|i did it|nailed it|smashed it|crushed it|clean"
    r"|streak (?:alive|intact)|resisted|came close but)\b",
    r"\bsure did\b|\bof course\b|\bhell yes\b|\bhell yeah\b|\btoo right\b|\byes+\b",
    r"^(?:no|nope|nah|na)[,.! ]+i (?:didn'?t|didnt|did not|haven'?t|havent|have not)\b"
    r"(?! (?:keep|manage|make it|hold))|\bstayed away from (?:him|her|them|my ex)\b|\bheld off\b"
    r"|\bignored (?:every|the|all|each|my) urges?\b|\bstayed quiet\b"
    r"|\bkept (?:my )?distance\b|\b(?:didn'?t|didnt|did not|never) give in\b"
    r"|\bnot (?:a|one) (?:word|peep|text|single (?:text|word|thing)|call|message|thing|sound"
    r"|like)\b"
    r"|\b(?:i was|i'?ve been|ive been|been) good\b|^i did[.! ]*$|\b(?:didn'?t|didnt|did not"
    r"|never) hear (?:from|a word from) me\b|\bheard"
    r" nothing from me\b|\bhands off (?:my|the) phone\b|\bheld the line\b|^managed(?: it)?\b"
    r"|\bwanted to but (?:didn'?t|didnt|did not)\b|\bdidn'?t send\b|\bdidnt send\b"
    r"|\bdeleted (?:it|the text|the draft) before\b|^kept(?=[,.!]| \d|$)",
    r"\b(?:didn'?t|didnt|did not|never) (?:break|crack|cave|slip|fold)\b|\bbarely (?:even )?"
    r"thought (?:about|of) (?:texting|calling|messaging|contacting)\b|\b(?:silent|quiet)"
    r" (?:on|from) my (?:end|side)\b",
    r"\bnot today,? satan\b",
)
CONTACT_VERBS = (
    r"(?:texted|text|txted|txt|called|call|rang|ring|phoned|phone|messaged|message|msged|msg|dm'?d"
    r"|cave|left (?:him|her|them) a (?:voicemail|message|note|voice ?note)|spoken|sent (?:a|the"
    r"|my) (?:\w+ )?(?:paragraph|draft|text|message|voice ?note|letter|email|dm|snap|meme|gif"
    r"|reel|pic|photo|selfie)|sent (?:a |an )?[\"\u201c']|poked|said (?:hi|hello|hey) to"
    r"|followed (?:him|her|them)(?: again| back)?|on the phone|waited (?:outside|at|by) (?:his"
    r"|her|their) (?:house|place|flat|door|work)\b.{0,20}\b(?:till|until)"
    r"|contacted|contact|send|sent|slid into|wrote (?:him|her|them|back)|slept (?:over|at|together"
    r"|with)|knocked on|whatsapped|whatsapp'?d|imessaged|had (?:dinner|lunch|drinks|breakfast"
    r"|brunch|coffee) (?:together|with"
    r" (?:him|her|them))|had a (?:long |quick |short |late"
    r" |\d+ ?(?:hour|hr|min\w*) )?(?:chat|call|phone call|talk|drink|coffee|convo)|texting|calling"
    r"|talking|messaging|seeing each other|venmo'?d|paypal'?d"
    r"|dmed|dm|emailed|email|wrote to|replied|reply|responded|answered|answer|picked up"
    r"|facetimed|facetime|snapped|snapchatted|video called|voice noted|sent (?:him|her|them|a|my"
    r"|an|the)|saw|met|met up|hooked up|slept with|kissed|went (?:to|round|over)|showed up"
    r"|turned up|drove to|visited|talked|talk|spoke|speak|liked|commented|reacted"
    r"|contacted|reached out|reach out|unblocked|drunk dialed|drunk dialled|drunk texted"
    r"|voicemail|left a voicemail|tagged|followed (?:him|her|them) back|caved|slipped|relapsed"
    r"|broke (?:nc|no contact|it)|failed|messed up|fucked up|screwed up|gave in|had sex with"
    r"|ended up (?:chatting|talking|texting|calling|kissing|hooking up|sleeping together))"
)
LOOK_PHRASES = (
    r"\b(?:looked|look|checked|check|stalked|stalk|watched|watch|viewed|saw|scrolled|reread|see"
    r"|rewatched|rewatching|re-watched|scrolling"
    r"|re-read|read|went through|googled|listened to|looking|checking|stalking)"
    r"(?: (?:at|through|up|on))? (?:(?:all|some|his|her|their|our|my ex'?s|the ex'?s|the|old"
    r"|his new|her new) )+(?:\w+ )?(?:profile|page|insta|instagram|ig|facebook|fb|tiktok|story"
    r"|stories|photos?|pics?|pictures?|posts?|texts?|messages|chats?|socials?|snaps?|voicemails?"
    r"|snap map"
    r"|location|playlists?|spotify|linkedin|twitter|account|videos?|reels?|highlights|strava"
    r"|letters|voice ?notes?|dating profile|hinge|tinder|bumble|following|likes)\b",
    r"\b(?:looked|checked|check|stalked|watched|rewatched|re-watched|viewed|scrolled|reread"
    r"|googled|opened|scrolled back|went back through|went thru|went through|went on|been on"
    r"|re-read|read|went through|listened to|peeked|peeped|zoomed in|found|saw|searched|lurked"
    r"|stared at|staring at|gazed at|snooped|snooping|snoop on|snooped on"
    r"|creeped|looking|checking|scrolling|rereading|reading|going through)(?! (?:exactly |just "
    r"|a bit"
    r" |so much )?like\b)(?: \S+){0,3}"
    r" (?:his|her|their|hers|my ex'?s|the ex'?s|snap ?map"
    r"|last seen|who (?:he|she|they)|what (?:he|she|they|posts)|where (?:he|she|they)|if (?:he|she"
    r"|they)|whatsapp status|our old"
    r"|our (?:\w+ ){0,2}(?:chat|texts|messages|photos|pics|convo|thread|dms))\b",
    r"\bopened (?:our|his|her|their|the) (?:chat|thread|dms?|messages|convo|conversation)\b"
    r"|^(?:i )?(?:just )?(?:looked|peeked|peeped|checked|stalked|lurked)\b(?:.{0,30}\b(?:but|no"
    r" contact|didn'?t|didnt))?",
    r"\b(?:looked|look|googled|searched|search) (?:him|her|them|my ex|up (?:him|her|them|my ex))"
    r"(?: up)?\b|\bfind my\b|\b(?:checked|check|saw|seen) (?:where|if|who|what) (?:he|she|they)"
    r"\b|\b(?:drove|walked) past (?:his|her|their) (?:place|house|flat|work)\b"
    r"|\b(?:stalked|stalking|lurked|lurking|creeped|creeping)\b"
    r"|\b(?:checked|checking|check|looked|looking|refreshed|refreshing|stalked|stalking)"
    r" (?:to see )?(?:if|whether|when|where) (?:he'?s|she'?s|they'?re|he|she|they|my ex)\b"
    r"(?!.{0,20}\b(?:texts?|calls?|replies|messages) me\b)"
    r"|\b(?:last seen|last active|online status|green dot|active status|when (?:he|she|they)"
    r" (?:was|were) (?:last )?(?:on|online|active))\b",
    r"(?<!it )\b(?:was|were|got|been|went|go) on (?:his|her|their) (?:page|profile|insta|ig|socials"
    r"|instagram|fb|facebook|tiktok|story|stories|twitter|snap|linkedin)\b"
    r"|\b(?:zoomed|zooming|zoom) (?:in|into|in on)\b|\b(?:keep|kept|keeps) (?:opening|checking"
    r"|looking at|clicking on|going on|refreshing) (?:his|her|their)\b|\b(?:made|making|created"
    r"|set up|downloaded) (?:a |an )?(?:new |fake |burner |second )?(?:\w+ )?(?:account|profile"
    r"|app)\b.{0,20}\bto (?:see|check|look|find out)\b",
)
# Seeing the ex by chance and moving on is not looking them up.
CHANCE_SIGHTING = (
    r"\b(?:saw|spotted|seen|ran into|bumped into|passed)\b.{0,40}\b(?:kept (?:walking|driving"
    r"|going)|walked (?:away|on|off|past)|drove (?:on|past)|crossed the road|turned around"
    r"|looked away)\b"
)
EX_REACHED_OUT = (
    r"\b(?:got|received|had) a voicemail from (?:him|her|them|my ex)\b",
    r"\bleft (?:him|her|them|his \w+|her \w+|their \w+) on (?:read|delivered|seen)\b"
    r"|\b(?:got|received|had) (?:a |an )?voice ?note from (?:him|her|them|my ex)\b",
    rf"\b{EX_SUBJECT} (?:just |finally |also |literally |actually )?(?:texted|called|rang|asked"
    rf"|messaged"
    r"|dm'?d|dmed|emailed|reached out|liked|commented|sent|tried (?:to )?(?:call|calling|text"
    r"|texting|facetime|facetiming|ring|ringing|message|messaging|dm|snap|add me|follow me)"
    r"|voice ?noted|vm'?d|added me|re-?added me"
    r"|left (?:me )?(?:a |an )?(?:message|voicemail|note|comment|voice ?note|gift|letter|card)"
    r"|showed up|slid|replied|facetimed|snapped|followed|requested|viewed|watched|reacted"
    r"|knocked|came (?:round|over|by)|turned up|rang (?:the|my) (?:bell|doorbell)|buzzed)\b",
    r"\b(?:got|received|had) (?:a |an |another |some )?(?:text|dm|message|msg|call|email"
    r"|voice ?note"
    r"|voicemail|snap|request|missed call|letter|comment|like|reply)s? from (?:him|her|them"
    r"|my ex|the ex|ex)\b",
    r"\bex (?:texted|called|messaged|reached out|dm'?d)\b|\b(?:his|her|their) name (?:popped|came)"
    r" up\b",
    r"\b(?:got|received|had) (?:a |an )?\S+ from (?:him|her|them|my ex)\b|\bmissed call from\b"
    r"|\b(?:got|received|had) (?:a |an )?(?:\S+ ){1,3}(?:text|message|dm|msg|call|email|snap"
    r"|voicemail) from (?:him|her|them|my ex)\b"
    r"|\b(?:got|received|had) (?:a |an )?[\"'].{1,40}[\"'] (?:text|message|dm|msg|email|snap|call)?"
    r" ?from (?:him|her|them|my ex)\b"
    r"|\b(?:his|her|their) (?:texts?|calls?|messages|dms?|emails?) (?:keep|kept|are|were)\b"
    rf"|^{EX_SUBJECT}(?:'s| has| is| keeps| just)? (?:been )?(?!was\b|were\b|is\b|told me to"
    rf"|blocked|dumped"
    rf"|unfollowed|left"
    rf"|ghosted|removed|unfriended|kicked|deleted|muted|restricted|unmatched|dating|seeing"
    rf"|marrying|engaged|living|moving)\w+(?: up| out)?"
    r" (?:me|my)\b",
    rf"^{EX_SUBJECT}(?:'s| has| is| keeps)? (?:been )?(?:calling|texting|messaging|ringing|dming"
    r"|emailing|snapping)\b",
    rf"\b{EX_SUBJECT} (?:won'?t|wont|will not|doesn'?t|doesnt|never) stop (?:calling|texting"
    r"|messaging|ringing|dming|emailing)\b",
    r"\bguess who (?:just )?(?:texted|called|rang|messaged|dm'?d|dmed|emailed|showed up|reached"
    r" out)\b",
)
HELD = (
    r"\b(?:didn'?t|didnt|did not) listen\b",
    r"\b(?:unopened|ignoring|not calling back|not picking up|not texting back|haven'?t (?:answered"
    r"|replied"
    r"|responded|opened|read))\b|\b(?:i'?m|im|i am) not (?:replying|answering|responding)\b"
    r"|\b(?:didn'?t|didnt|did not|won'?t|wont|not going to|not gonna|never) (?:opened|open|replied"
    r"|reply|answered|answer|responded"
    r"|respond|pick up|read|engage|look|text back|call back|message back|react|like)\b|\bignored"
    r"\b|\bleft (?:it|him|her|them) on (?:read|delivered|seen)\b|\bdid nothing\b|\bno reply\b"
    r"|\bdeleted it\b|\bblocked\b|\bnot replying\b|\bnot answering\b|\bdeclined\b|\bleft it\b"
    r"|\bunread\b|\bon read\b|\bon delivered\b|\bsilence\b|\bdidn'?t bite\b|\bkept scrolling\b"
    r"|\blet it (?:ring|go to voicemail)\b",
    r"\b(?:wanted|want|dying|itching|tempted) to (?:reply|answer|respond|text back|call back"
    r"|message back|write back)\b.{0,30}\bbut (?:i )?(?:didn'?t|didnt|did not|held|resisted|stopped"
    r"|won'?t|wont)\b",
)
URGE_PHRASES = (
    r"\btalk myself out of\b|\bhelp resisting\b|\bresisting (?:tonight|rn|right now)\b",
    r"\bhow do i (?:not|stop myself from) (?:text|call|messag|dm|reply)\w*\b|\bwhat if i (?:just )?"
    r"(?:said hi|say hi|text(?:ed)? (?:him|her|them)|call(?:ed)? (?:him|her|them)|reached out)\b"
    r"|\bwant to (?:knock on|go to|drive to|turn up at|show up at) (?:his|her|their) (?:door|house"
    r"|place|flat|work)\b",
    r"\b(?:about to|going to|gonna|gunna|so close to|close to|tempted to|dying to|want to|wanna"
    r"|need to|have to|really want to|really need to|itching to|desperate to|might|could"
    r"|wants to)"
    r" (?:just )?(?:text|call|message|msg|dm|see|ring|phone|facetime|unblock|reply to|go to|drive"
    r" to|talk to|reach out|cave|break|contact|snap|email|send|like|say hi|texting|calling"
    r"|messaging|caving)\b",
    r"\ball i (?:wanna|want to|want) (?:to )?(?:do )?(?:is )?(?:text|call|message|msg|dm|see"
    r"|talk to|ring|facetime) (?:him|her|them|my ex)\b|\b(?:thumb|finger)s? (?:keeps?|kept)"
    r" (?:going|hovering|drifting|wandering) (?:to|over)\b"
    r"|^urg$|\b(?:thumb|finger)\b.{0,20}\b(?:over|on|hovering)\b.{0,15}\b(?:send|call|button"
    r"|name|number)\b|\b(?:going to|gonna|about to) crack\b|\babout to hit (?:call|send|dial)\b"
    r"|\bkeep opening (?:our|his|her|their) (?:chat|messages|dms)\b|\bfeeling the pull\b"
    r"|\bhelp me hold on\b|\bstaring at (?:his|her|their) (?:number|name|contact|chat)\b"
    r"|\bgive me a reason not to\b|\b(?:about to|gonna|going to) hit send\b"
    r"|\bhelp not (?:replying|responding|answering|liking)\b|\bthis close\b|\bdrunk (?:dial"
    r"|text|call)\b|\bon the verge\b|\btell me why i shouldn'?t\b"
    r"|\bcan'?t stop thinking about (?:calling|texting|messaging|seeing)\b|^u r g e$|\bone (?:text"
    r"|message|call) (?:wouldn'?t|won'?t|can'?t) hurt\b|\bshould i"
    r" (?:just )?(?:text|call|message|reach out|reply|knock|go over|go round)\b"
    r"|\bhelp not (?:calling|texting)\b"
    r"|\b(?:gonna|going to|about to) (?:break|crack) (?:nc|no contact)\b|\btempted\b"
    r"|\b(?:writing|typing) (?:him|her|them) (?:a )?(?:text|message)\b|\btyped out\b"
    r"|\b(?:i'?m|im) (?:texting|calling|messaging) (?:him|her|them)\b|\bbefore i (?:text|call"
    r"|message)\b|\bs\.?o\.?s\b|\bso+ close to\b",
    r"\btalk me (?:out|down)\b|\bstop me\b|\bhelp me not\b|\bthumbs? (?:is |are )?(?:on|over)\b"
    r"|\bfinger(?:s)? (?:is |are )?(?:on|over|hovering)\b|\bhovering over\b"
    r"|\bhands? (?:is |are )?on (?:the |my )?(?:phone|send)\b|\bphone in (?:my )?hand\b"
    r"|\b(?:typed|typing|drafted|writing) (?:out )?"
    r"(?:a |the |my )?(?:whole |long |full |huge |big )?(?:text|message|msg|paragraph|email)\b"
    r"|\b(?:urge|urges|craving|cravings)\b"
    r"|\bcan'?t (?:hold|stop myself|resist|take it)\b|\bgonna (?:break|cave|crack|slip)\b"
    r"|\b(?:his|her|their) (?:number|contact|chat|name) (?:is )?(?:pulled up|up|open|on my"
    r" screen)\b"
    r"|\bso close to caving\b|\bclose to caving\b|\bsos\b|\bkeep me from\b|\babout to dial\b"
    r"|\b(?:don'?t|dont|do not) let me (?:text|call|message|msg|reach out|contact|see|go|cave)\b"
    r"|\bthinking (?:of|about) (?:sending|texting|calling|messaging|reaching out|contacting"
    r"|ringing)\b|\b(?:i'?m|im|i am) (?:outside|at|near) (?:his|her|their) (?:flat|house|place"
    r"|door|work|apartment|building)\b|\b(?:wanna|want to|gonna|going to) wish (?:him|her|them)\b"
    r"|\bin an? (?:uber|cab|taxi|car) to (?:his|hers|her|their)\b|\bweak (?:rn|right now|tonight)"
    r"\b|\bstruggling (?:rn|right now|tonight|not to)\b|\b(?:number|name|text|message|msg) (?:is "
    r"|all )?"
    r"(?:typed|dialled|dialed) (?:in|out)\b",
    r"\b(?:parked|sat|sitting|standing|waiting|outside) (?:outside|near|by|across from|at|in front"
    r" of) (?:his|her|their|my ex'?s) (?:house|place|flat|apartment|work|door|building|office)\b"
    r"|\b(?:ready|about|going|gonna|tempted|close) to (?:break|cave|give in|crack|send|text|call)\b"
    r"|\bconvince me not to\b|\btalk me out\b"
    r"|\b(?:dying|desperate|need|needing|want|wanna|longing|aching|itching) to (?:hear|see)"
    r" (?:his|her|their|him|them)\b|\b(?:keep|keeps|kept) (?:picking up|grabbing|reaching for"
    r"|unlocking) (?:my|the) phone\b|\bcan i"
    r" (?:just )?(?:send|text|call|message|msg|dm) (?:him|her|them|one|1|a|my ex)\b(?!.{0,40}"
    r"\b(?:birthday|bday|christmas|xmas|new year|anniversary|valentine))",
    r"\bthe pull to (?:text|call|message|msg|see|reach out|contact|reply)\b|\bis it (?:bad|wrong"
    r"|ok|okay|terrible) if i (?:just )?(?:text|call|message|msg|dm|see|reach out to)\b",
)
STATUS_PHRASES = (
    r"\bwhat (?:day|number) (?:are we|am i) on\b",
    r"\b(?:which|what) day(?: (?:am i|is it|are we|number))?\b|\bhow (?:long|many days|many hours"
    r"|far) (?:have i|has it|am i|is it|now|in|been|so far|left|till|until|since|do i)\b"
    r"|^how many (?:days|hours)[?!. ]*$|\b(?:my )?streak\b|\bmy (?:stats"
    r"|progress|clock|count|numbers|score|days)\b|\bday count\b|\bwhere am i(?: at)?\b|\bhow am i"
    r" doing\b|\bis it day\b|\bstatus\b(?! to\b)(?<!relationship status)|\bhow am i (?:going"
    r"|tracking"
    r"|travelling|traveling)\b|\bhours? (?:so far|in|now)\b|\bdays? (?:so far|in)\b",
    r"\bwhat day (?:am i|are we) (?:at|up to)\b|\bwhat day is it for me\b|\bhow (?:long|many days)"
    r" (?:has it been|have i (?:gone|been|done|lasted|made it))\b|\bhow many days now\b"
    r"|\bhow'?s my (?:streak|count|clock)\b|\bwhat'?s my (?:count|day|number)\b",
    r"\bprogress check\b|\bhalfway\b|\bhow far along\b|\bam i (?:on|at) day\b|\bhow close am i\b"
    r"|\bhow many (?:more )?(?:days|hours)\b"
    r"|\bwhen (?:do|will"
    r"|can) i (?:hit|reach|get to|finish|make it)\b"
    r"|\bhow long (?:til|till|until|before|to go|left)\b|"
    r"^(?:day|days|hours|clock|count|time|hour count)(?: left| count| so far)?(?: pls| please)?"
    r"[?!. ]*$|\b(?:hours|days|time) left\b|\bhow much longer\b|\bwhen (?:does|do|will) (?:my|the)"
    r" (?:21 days|program|challenge) end\b|\bwhen do i finish\b|\bstill on (?:day|track)\b"
    r"|\bwhat'?s (?:the|my) (?:clock|count|streak)\b|\bwhat (?:number|day|count) am i (?:up to|on"
    r"|at"
    r"|now)\b|\bhow many (?:urges|slips|check-?ins)\b|\b(?:no contact|nc) (?:count|streak|clock"
    r"|days|score|tally)\b",
)
HELP_PHRASES = (
    r"\bexplain how\b|\bhow (?:does|do) (?:the program|this program|this coach|it all) work\b",
    r"\bhow (?:do|does|can) (?:i|the|this|it|u|you)\b.{0,30}(?<!at )(?<!from )(?<!to )\b(?:work"
    r"|change|use|set|turn)\b"
    r"|\bwhat(?:'?s| is| does| are| do)(?: the)? (?:draft|urge|sos|why|journal|logistics|vault"
    r"|pause|restart|the numbers|numbers|1-5|1 to 5|status|slip|ex)\b|\bwhat happens if\b"
    r"|\bcan i (?:text|reply|say|send|tell) (?:you )?(?:anything|with|more|other)\b|\bdo i (?:have"
    r"|need) to (?:reply|answer|text|check in)\b|\bwhat counts as\b|\bwhat do the\b"
    r"|\bhow (?:do|does|can|should) (?:i|this|it|u|you) (?:use|work|do (?:this|it)[?!. ]*$)\b"
    r"|\bwhat (?:can|do|should)"
    r" i (?:say|text|send|type|reply)\b|\bwhat are (?:the|my|your) (?:commands|options"
    r"|keywords)\b|\bwhat does \w+ do\b|\b(?:commands|keywords|options|instructions)\b|\bhow"
    r" (?:this|it) works\b|\bwhat is this\b|\bwho is this\b|\bwhat'?s this\b|\bhow do i use\b"
    r"|\bwhat (?:can|does) (?:this|the|you|u) (?:bot |coach |thing |service )?do\b"
    r"|\bwhat (?:words|things|commands|stuff) (?:do|can|does) (?:you|u|i)\b|\bwhat do (?:you|u)"
    r" understand\b"
    r"|^(?:help|hlep|info|menu)\b(?![,!]+ (?:my|the|omg|lol)\b)(?! yourself| me understand"
    r"| me get over| him| her| them| out)"
    r"|\bhelp ?\?|\bconfused\b|\bwhat do i do\b(?! with| about)"
    r"|\bhow does this work\b|\bhow (?:do|can|should) i (?:check ?-?in|reply|answer|start|log)\b"
    r"|\b(?:list of |the )?(?:things|words|stuff|commands) (?:that )?i can"
    r" (?:send|say|text|type|reply)\b|\bwhat (?:am i|are we) (?:meant|supposed) to (?:reply|say"
    r"|text|send|do)\b|\bhow (?:do|can|should) i (?:tell|let) (?:you|u)\b|\bhow do i (?:log|report"
    r"|record)\b",
)
JOIN_PHRASES = (
    r"\bturn (?:the |my )?(?:texts|messages) back on\b|^back again\b|\bsend me the (?:daily )?"
    r"(?:texts|messages) again\b|\bstart (?:sending|texting) me again\b|\bhow (?:do|can) i (?:join"
    r"|sign up)\b",
    r"\bre-?subscribe\b|\bcome back to (?:the|this) (?:program|thing|coach)\b"
    r"|\b(?:want to|wanna|ready to|like to) (?:rejoin|re-join|join|start|begin|sign up|start again)"
    r"\b|^(?:(?:ok |okay |yes )?(?:start|join|unstop|begin|resume|subscribe|sign me up|sign up"
    r"|sign me back up|start again|start me|i'?m back|back|count me in|i'?m in|im in|let'?s (?:do"
    r" (?:it|this)|go|start)|ready|i'?m ready|im ready)(?: again| please| pls| now| then)*)"
    r"(?:[\s,.!]+(?:i'?m back|please|pls|again|lets go|let's go))*$",
    r"\b(?:i'?m|im|i am) ready to (?:come back|start again|rejoin|give it another go)\b",
    r"^(?:ok |okay |yeah |yes |sure )?(?:go on then|go on|why not|sure why not|alright then"
    r"|go for it)[.! ]*$",
)
CONSENT_PHRASES = (
    r"^(?:(?:ok|okay|yes|yeah|sure) )?(?:i'?m in|im in|count me in|let'?s do (?:it|this)|i'?m ready"
    r"|im ready|ready|sign me up|go on then|go on|why not|sure why not|alright then|go for it)$"
)
PAUSE_PHRASES = (
    r"(?<!was a )(?<!was just a )(?<!is just a )\bpause\b(?! for thought)(?! on (?!(?:the |my"
    r" |your )?(?:texts|messages"
    r"|msgs|coaching|program)))"
    r"|\b(?:take|need|want|taking) a (?:short |little |few days? )?break\b"
    r"|\b(?:no|hold|stop|pause) (?:the )?(?:texts?|messages|msgs) (?:for|till|until|while)\b"
    r"|\b(?:on holiday|on vacation|away (?:for|until|till|this))\b.{0,40}\b(?:no|hold|pause|stop"
    r"|break)\b|\b(?:hold|pause) (?:off|them|it)\b",
    r"\b(?:a )?(?:few |couple (?:of )?)?days? off from (?:the|these|your) (?:texts|messages"
    r"|coach)\b",
)
# "you reset my clock by mistake", "wrong button, i didnt text him": a reported contact taken
# back (answers._undo_slip puts the clock back within the slip question's window).
MISTAKEN_SLIP = re.compile(
    r"\b(?:by mistake|(?:was|is|that'?s|thats) a mistake|my mistake|wrong (?:button|answer|reply"
    r"|one)|didn'?t mean (?:that|no|to say no|it)|didnt mean (?:that|no|to say no|it)|undo(?: that"
    r"| it)?|take (?:it|that) back|not a slip|(?:i )?(?:didn'?t|didnt|did not) slip|meant (?:to"
    r" say )?(?:yes|no contact)|never (?:talked|spoke|texted|contacted|messaged|called) (?:to )?"
    r"(?:him|her|them|my ex)|(?:you|u) (?:reset|restarted) my (?:clock|streak|count|days)"
    r"|scratch that|(?:deleted|erased) it (?:before|without) (?:sending|i sent)|(?:didn'?t|didnt"
    r"|never) (?:actually )?(?:send|sent) it|hung up before (?:it rang|(?:he|she|they) (?:picked"
    r" up|answered))|only (?:typed|wrote|drafted) it|(?:didn'?t|didnt|did not|never) actually"
    r" (?:call|text|message|dm|send|reach out|contact))\b"
)

RESTART_PHRASES = (
    r"\bstart (?:the |my )?(?:21 days|program|challenge|count) (?:over|again)\b"
    r"|\bover from day (?:1|one)\b|\bstart (?:over|again) from day (?:1|one)\b|\b(?:want to|wanna"
    r"|like to|can i|could i|let me)"
    r" start over\b|\b(?:can|could) (?:i|we|you) (?:begin again|start again)\b|^(?:restart|reset"
    r"|start over|fresh start|start from (?:day )?(?:1|one|scratch)"
    r"|start again"
    r" from day (?:1|one)|back to day (?:1|one)|begin again|new start|restart (?:my |the )?"
    r"(?:clock|program|21 days|challenge|count))\b|\b(?:can|could) (?:i|we|you) (?:restart"
    r"|reset|start over)\b|\b(?:want|like) to (?:restart|reset|start over)\b"
    r"|\b(?:restart|reset) (?:my|the) (?:counter|count|clock|streak|days?|program|21 days)\b",
    r"\b(?:go|going|take me|put me) back to (?:the beginning|the start|day (?:1|one))\b",
    r"\b(?:start|begin) (?:fresh|afresh|over)\b",
)
DELETE_PHRASES = (
    r"\b(?:delete|erase|wipe) everything (?:you have|you'?ve got|u have|u got|about me|on me)\b|"
    r"^(?:delete|erase)(?: (?:my data|everything|me|all|my account|my number|my info|it all))?"
    r"[.!? ]*$|\b(?:delete|erase|wipe|remove) (?:all )?(?:my|of my) (?:data|info|information"
    r"|account|history|details|records)\b|\bforget everything about me\b|\bdelete me\b"
    r"|\b(?:wipe|delete|erase|purge) (?:my|all my) (?:\w+ )?(?:and (?:my )?\w+ )?from your"
    r" (?:system|records|database|servers?)\b",
    r"\b(?:all )?my (?:data|info|information|history|details|records)\b.{0,30}\b(?:deleted"
    r"|erased|wiped|removed)\b",
    r"^(?:please |pls )?forget (?:me|about me|i exist)[.! ]*$",
)
TIMEZONE_PHRASES = (
    r"(?:^|\b(?:i|i'?ve|ive|i have|just|we|we'?ve|we have) )(?:moved|moving|relocated) (?:to|in) "
    r"(?P<place>[a-z /]+)",
    r"\b(?:i'?m now|im now|now living|now live|live now) (?:to|in) "
    r"(?P<place>[a-z /]+)",
    r"\b(?:time ?zone|tz)(?: is| to| now)? (?P<place>[a-z /]+)",
    r"\b(?:i'?m|im|i am) in (?P<place>[a-z /]+) now\b",
    r"\b(?:switch|change|set|move|put) (?:me|my texts|it|them) (?:over )?to (?P<place>[a-z /]+?)"
    r" time\b",
    r"\b(?:i'?m|im|i am) on (?P<place>[a-z /]+?) time\b",
)
TIME_PHRASES = (
    r"\b(?:text|message|send|msg|remind|contact) (?:me|it|them|the texts?|my texts?|my messages)"
    r"(?: instead| each day| every day| daily)? (?:at|around|by|after|before) (?:like |about )?"
    r"(?P<when>[0-9: ]+"
    r"(?:am|pm|a\.m\.|p\.m\.)?|noon|midday)",
    r"\b(?:move|change|switch|set) (?:it|them|the (?:time|texts?)|my (?:time|texts?)|the daily"
    r"(?: text)?)(?: time)? to (?P<when>[0-9: ]+(?:am|pm)?|noon|midday)",
    r"\b(?:at|around) (?P<when>[0-9: ]+(?:am|pm)|noon|midday) instead\b",
    r"\b(?:message|text|texts|messages)\b.{0,20}\b(?:come|arrive|be sent)\b.{0,30}?\b"
    r"(?P<when>\d{1,2}(?::\d{2})? ?(?:am|pm))",
    r"\b(?:text|send|message) (?:me|it|them)[\w ,]{0,30} (?:around|at) (?P<when>[0-9]{1,2}"
    r"(?::[0-9]{2})?(?: ?(?:am|pm))?)\b",
    r"\bchange (?:my |the )?(?:daily )?(?:text |message )?time to (?P<when>\d{1,2}(?::\d{2})?"
    r" ?(?:am|pm)?|noon|midday)",
    r"\bchange (?:my |the )?(?:check ?-?in |daily )?(?:text )?time to (?P<when>morning"
    r"|evening|afternoon)s?\b",
    r"\btoo (?:late|early)\b.{0,30}\b(?:can it|could it|make it) be (?:at )?(?P<when>\d{1,2}"
    r"(?::\d{2})? ?(?:am|pm))",
    r"\b(?:send|text) (?:it|them|me|the daily text|my (?:daily )?texts?|the texts) in the"
    r" (?P<when>morning|evening|afternoon)s?\b",
    r"\b(?:send|move|change|make) (?:the |my |it )?(?:daily )?(?:texts?|messages?)? ?(?:later"
    r"|earlier)"
    r"[, ]+(?:like |at |around |to )?(?P<when>\d{1,2}(?::\d{2})? ?(?:am|pm)?)",
)
EMOJI_KEPT = frozenset("\u2705\U0001f44d\U0001f4aa\u2714\U0001f64c\U0001f3c6\U0001f525\U0001f973")
EMOJI_STOP = frozenset("\U0001f6d1\u26d4\u270b")
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}

# "are you a real person?", "is this a bot": asking what is texting them (the program's answer
# in conversation_base, and after a crisis reply in crisis_window).
ARE_YOU_REAL = (
    r"\b(?:are|r) (?:you|u) (?:a |an )?(?:real|human|bot|robot|person|ai|automated|machine)\b"
    r"|\bis this (?:a |an )?(?:bot|real|human|ai|automated|person|robot)\b"
)

# Thanks or a plain "ok": heard, never a menu (and after the crisis resources, answered gently).
THANKS = re.compile(
    r"^(?:thanks?|thank you|thank u|thx|ty|tysm|cheers|ok|okay|k|kk|lol|haha|got it|nice|cool"
    r"|will do|appreciate it|you'?re (?:the best|great|amazing))\b[^?1-5]{0,30}$"
)

# Spellings of a phone, read as the words they stand for before the signals are weighed
# ("wat day am i on", "thinking abt texting her").
SLANG = {
    "abt": "about", "wat": "what", "wut": "what", "wht": "what", "hw": "how", "txt": "text",
    "txted": "texted", "txting": "texting", "msgd": "messaged", "msged": "messaged",
    "hes": "he's", "shes": "she's", "wats": "what's", "whats": "what's", "lookin": "looking",
    "thinkin": "thinking", "textin": "texting", "callin": "calling",
}  # fmt: skip
# The ex's acts toward them that are not contact: blocked, unfollowed, posted about them.
EX_ACTED = (
    rf"\b{EX_SUBJECT} (?:just |finally |also |literally |actually |has |had |went and |even )*"
    r"(?:blocked|unfollowed|unfriended|removed|deleted|muted|restricted|unmatched|unadded"
    r"|soft ?blocked|subtweeted|hid (?:his|her|their) (?:story|stories|posts?) from)"
    r" (?:me|my|us)\b",
    rf"\b{EX_SUBJECT} (?:just |also |literally |even )*(?:posted|wrote|tweeted|made a (?:post"
    r"|story|video)) (?:something |a \w+ |stuff )?about me\b"
    rf"|\b{EX_SUBJECT} (?:just |also )*(?:took|kicked) me (?:off|out of) (?:close friends|the"
    r" group|his|her|their)\b"
    rf"|\b{EX_SUBJECT} (?:just |also )*changed (?:his|her|their) (?:number|phone number)\b"
    r"|\bi (?:got|was|been|just got) (?:blocked|unfollowed|unfriended|removed|unmatched|muted"
    r"|restricted)\b(?: (?:by|on|from|everywhere))?"
    r"|\b(?:found out|noticed|realised|realized|turns out|saw that) (?:he|she|they|my ex)"
    r" (?:had |has )?(?:blocked|unfollowed|unfriended|removed|deleted|muted|restricted) me\b",
)
# "im so stupid for texting her": a slip told with blame, in words that report it.
BLAMED_CONTACT = (
    r"\bwhy (?:tf |the hell |on earth )?did i (?:just )?(?:text|call|message|msg|dm|ring"
    r"|facetime|snap|reply to|answer) (?:him|her|them|my ex)\b",
    r"\b(?:stupid|idiot|dumb|pathetic|mad at myself|angry at myself|hate myself|ashamed"
    r"|embarrassed|regret|regretting|disappointed in myself|shouldn'?t have|shouldnt have"
    r"|should not have|should never have|why did i|why tf did i|cant believe i|can'?t believe i)"
    r"\b.{0,25}\b(?:for |that i |i )?(?:just |actually |even )?(?:texting|calling|messaging|dming"
    r"|texted|called|messaged|dmed|dm'?d|caved|rang|reaching out to|reached out to|contacting"
    r"|contacted|facetiming|facetimed|snapping|snapped) ?(?:him|her|them|my ex|the ex|and"
    r" (?:called|texted|messaged))?\b",
)
# "stop texting me so early", "can you text me later like 10am": another time, not an opt-out.
ANOTHER_TIME = (
    r"\b(?:stop|quit|don'?t|dont|do not) (?:sending|texting|messaging|msging|send|text|message"
    r"|msg)(?: me)?(?: (?:them|these|it|anything))?(?: so| this| that| too)? (?:early|late)\b"
    r"|\b(?:text|message|msg|send)(?: me)?(?: (?:them|these|it))? (?:later|earlier)\b"
    r"|\b(?:too|so) (?:early|late)\b.{0,25}\b(?:texts?|messages)\b"
    r"|\b(?:stop|quit) (?:sending|texting|messaging|msging|the)\b.{0,40}\b(?:so early|so late"
    r"|too early|too late|in the morning|at \d)"
    r"|\bno (?:more )?(?:texts?|messages|msgs) (?:before|until|till|after) \d",
)
# A clock time inside other words: "ok 8pm then", "fine, 8:30am", "later like 10am".
A_CLOCK_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[:.]\d{2}\b")
