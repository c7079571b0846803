"""The signals in a text: contact made or denied (with the scope of negations), kept, looked,
the ex reaching out, an urge, and a 1-5 rating anywhere; no I/O."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from chalicelib.domain.understanding import lexicon as lex
from chalicelib.domain.understanding.text import clauses, emoji, words

_BASE_FORMS = frozenset(
    {
        "text", "txt", "call", "ring", "phone", "message", "msg", "dm", "email", "reply",
        "answer", "facetime", "talk", "speak", "reach out", "send", "contact", "cave",
    }
)  # fmt: skip
_STANDALONE = re.compile(
    r"^(?:caved|slipped|relapsed|failed|gave in|messed up|fucked up|screwed up|broke (?:nc|no"
    r" contact|it)|picked up|answered|reached out|unblocked|drunk dialed|drunk dialled"
    r"|drunk texted|hooked up|met up)$"
)
# Contact said without a contact verb the person did: "we ended up talking for hours".
_SLIP_SAID = re.compile(
    r"\bwe (?:ended up |were |got )?on the phone\b"
    r"|\bwe (?:ended up )?(?:talking|talked|chatting|chatted|spoke|speaking)\b(?: for| til| till"
    r"| until| all| about| again)|\bwe saw each other\b|\bwished (?:him|her|them) (?:a )?happy\b"
    r"|^\W*except (?:for )?(?:the|a|one|that)\b.{0,25}\b(?:call|text|message|facetime|dm|chat)\b"
    r"|\buntil \d{1,2} ?(?:am|pm)? then (?:sent|texted|called|messaged|replied)\b"
    r"|\bi (?:did |also |just )?repl(?:y|ied) to (?:his|her|their) (?:\w+ )?(?:story|stories|post"
    r"|reel|tweet|status)\b"
)
_EX_NEAR = re.compile(
    r"\b(?:him|her|them|he|she|they|my ex|the ex|ex|his|hers|their|hes|shes|theirs"
    r"|a paragraph|back)\b"
)
_EX_DOER = re.compile(rf"\b(?:{lex.EX_SUBJECT}|who)(?: \w+)?\s*$")
_I_DID = re.compile(
    r"(?:^|\bi(?:'ve| have)?(?: just| finally| also| then| already| stupidly| kinda| only"
    r"| accidentally| literally| quickly)?)\s*$"
)
# What a person looks at, after "saw her ...": her profile is a look, "saw her for drinks" is not.
_LOOKED_AT = (
    r"(?:profile|story|stories|page|insta|instagram|post|posts|pics?|photos?|picture|new|tiktok"
    r"|facebook|snap|account|playlists?|spotify|status|location|reels?|videos?|feed|grid)\b"
)
# Said plainly: "I did not keep it", "we ran into each other", "sent a 'hope you're ok' text".
_NOT_KEPT = re.compile(
    r"\b(?:didn'?t|did not|couldn'?t|could not) (?:keep|manage|hold) (?:it|nc|no contact|on)\b"
    r"|\b(?:and )?i (?:said|replied|wrote|sent) [\"\u201c'][^\"\u201d']{1,40}[\"\u201d'] back\b"
    r"|\bran into (?:him|her|them|each other|my ex)\b|(?:^|\bi )sent (?:(?:a|him|her|them) )?[\"']"
    r"|\bended up (?:at|in|back at|round|over at) (?:his|her|their) (?:place|house|flat|bed"
    r"|apartment)\b"
    r"|\bwe'?re (?:talking|speaking|texting|seeing each other|hanging out) again\b|\b(?:posted|sent"
    r"|left|dropped) (?:a|the|my) (?:letter|card|note|gift|present) (?:to|at|for|through|round)"
    r" (?:his|her|their|him)\b"
    r"|\bwe (?:spent|slept|stayed|hung out|got back|ended up)\b.{0,30}\btogether\b|\bwe got back in"
    r" touch\b|\bso much for (?:no contact|nc)\b|\bwrote on (?:his|her|their) (?:wall|post|page"
    r"|story)\b|\bspent the (?:night"
    r"|weekend|day|evening) (?:with|at) (?:him|her|them|his|hers|theirs)\b|^(?:we |i )?had (?:a|an)"
    r" (?:\d+[- ]?(?:hour|hr|min|minute)s? |long |quick |short )?(?:call|phone call|facetime"
    r"|video call)\b"
    r"|\bbroke nc\b|\bhad to (?:call|text|message|msg|ring|phone|see|meet|speak to|talk to|email"
    r"|reply to) (?:him|her|them|my ex)\b"
)
_EX_FIRST = re.compile(rf"\s*{lex.EX_SUBJECT}\b")
# Someone other than the ex, named with no word for the ex: "dad rang, we talked for ages".
_SOMEONE_ELSE = re.compile(rf"\b{lex.OTHER_PEOPLE}\b")
_THE_EX = re.compile(r"\b(?:him|her|them|he|she|they|my ex|the ex|ex|his|hers|their)\b")
_WE_DID = re.compile(r"\bwe(?:'ve| have)?(?: been| just| finally| kinda| actually| ended up)?\s*$")
_WE_VERBS = re.compile(
    r"had (?:dinner|lunch|drinks|breakfast|brunch|coffee)|hooking up|talked|talking|spoke"
    r"|chatted|texted|texting"
    r"|called|calling|hooked up|kissed|slept|facetimed|had a"
    r"|messaging|met up|met for|met at|video called"
)
# With "I" and no one else named, these verbs are contact with the ex ("texted from a friend's
# phone"); other verbs ("went", "saw", "liked") need the ex named near them.
_TALK_VERBS = re.compile(
    r"texted|txted|called|rang|phoned|messaged|msged|dm'?d|dmed|emailed|replied|responded"
    r"|answered|facetimed|snapped|snapchatted|contacted|reached out|picked up|voice noted"
    r"|slid into|drunk dialed|drunk dialled|drunk texted|left a voicemail|video called|unblocked"
)
_OTHER_PEOPLE = re.compile(
    rf"^\s*(?:my |the )?(?:best )?(?:{lex.OTHER_PEOPLE}|coach|family|work|you)\b"
)

_NEGATED = re.compile(rf"\b{lex.NEGATION}\b(?:\s+\S+){{0,3}}\s*$")
_RATING_PATTERNS = (
    re.compile(r"(?<![\d/])([1-5])\s*/\s*5\b"),
    re.compile(r"(?<!\d)([1-5])\s*(?:out of|outta|outa)\s*(?:5|five)\b"),
    re.compile(r"\b(one|two|three|four|five)\s*(?:out of|outta|outa|/)\s*(?:5|five)\b"),
    re.compile(r"\b(?:about|like|maybe|prob|probably|around|was|it'?s|its|say|solid|feeling|feel"
               r"|felt) a (?:solid |strong |low |high )?(one|two|three|four|five)\b"),
    re.compile(r"\bfeel(?:ing|s)? (?:like )?a (?:solid |strong |low |high )?([1-5])\b(?![:.]\d)"),
    re.compile(r"\(\s*([1-5])\s*\)"),
    re.compile(r"\b([1-5])\s*ish\b"),
    re.compile(r"\b(?:a|like a|about a|maybe a|around a|prob a|probably a|solid|rating|rated)\s+"
               r"([1-5])\b(?![:.]\d|[- ]?(?:hours?|hrs?|h\b|mins?|minutes?|weeks?|am|pm))"),
)  # fmt: skip
_LONE_DIGIT = re.compile(
    r"(?<![\w/:.#+$-])([1-5])(?![\w/:%]|\.\d|\s*(?:am|pm|hours?|hrs?|h\b|days?|d\b|mins?|minutes?"
    r"|times?|x\b(?![\sx]*$)|weeks?|months?|years?|yrs?|texts?|calls?|messages?|of\b|o'?clock|more"
    r"|in a row"
    r"|\+))"
)
_NOT_RATING_BEFORE = re.compile(
    r"(?:\b(?:at|day|since|by|after|before|until|till|from|to|for|about|around|of|last|past"
    r"|like|over|under|than|only|just|within|in)\s*$)"
)


@dataclass
class Signals:
    contact: bool = False
    contact_denied: bool = False
    kept: bool = False
    yes_word: bool = False
    no_word: bool = False
    looked: bool = False
    ex_reached: bool = False
    ex_acted: bool = False  # blocked, unfollowed, posted about them: no contact either way
    held: bool = False
    urge: bool = False
    rating: int | None = None
    emoji: set[str] = field(default_factory=set)


@cache
def compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def any_match(patterns: tuple[str, ...] | str, text: str) -> bool:
    group = (patterns,) if isinstance(patterns, str) else patterns
    return compiled(group).search(text) is not None


def contact_in(text: str) -> bool:
    return any(_clause_contact(clause)[0] for clause in clauses(text))


def _clause_contact(clause: str) -> tuple[bool, bool]:
    """(the person made contact, the person said they did not) in one clause."""
    affirmed = denied = False
    if _STANDALONE.search(clause.strip()) or _SLIP_SAID.search(clause.strip()):
        return True, False
    for match in re.finditer(rf"\b{lex.CONTACT_VERBS}\b", clause):
        before, verb, after = clause[: match.start()], match.group(0), clause[match.end() :]
        texting_me = re.match(r"\s*me\b", after) and verb.endswith("ing")
        if texting_me and not re.search(rf"\b{lex.EX_SUBJECT}\b", before):
            continue  # "dont stop texting me pls": the coach texting them, negated or not
        if _NEGATED.search(before):
            denied = True
            continue
        if re.match(rf"\s*from {lex.EX}\b", after):
            continue  # "got a voicemail from her": received, read by EX_REACHED_OUT
        if _EX_DOER.search(before) and not re.search(r"\b(?:i|we)\s*$", before):
            continue  # "he texted me": the ex's act, read by EX_REACHED_OUT
        if _EX_FIRST.match(before) and not re.search(r"\b(?:i|we|i'?ve)\b", before):
            continue  # "he watched my story and then texted 'hey'": still the ex's act
        if verb in _BASE_FORMS or re.search(r"\b(?:to|will|'ll|gonna|might|should|want)\s*$",
                                            before):  # fmt: skip
            continue
        if _WE_DID.search(before):
            affirmed = affirmed or bool(_WE_VERBS.match(verb + after))
            continue
        if verb.endswith("ing"):
            continue  # "I'm texting him" is happening now: an urge, not yet a slip
        if _OTHER_PEOPLE.search(after):
            continue  # "I texted my mom and she said...": someone else
        if _I_DID.search(before) and _TALK_VERBS.match(verb):
            affirmed = True
            continue
        standalone = re.match(
            r"caved|slipped|relapsed|failed|gave in|broke|messed|fucked|screwed|sent (?:a|the|my) ",
            verb,
        )
        near = _EX_NEAR.search(" ".join(after.split()[:5]))
        if verb == "saw" and _SIGHTING.match(after):
            continue  # "saw her at the gym with some guy": seen, not contact
        if verb in ("saw", "watched", "checked"):
            near = re.match(r"\s*(?:him|them|my ex)\b|\s*her\b(?!\s+" + _LOOKED_AT + r")", after)
        near = near or _EX_NEAR.search(verb)
        if standalone or near or verb in ("picked up", "answered", "reached out"):
            affirmed = True
    return affirmed, denied


# Seeing the ex somewhere, with someone, or from afar; "saw him for coffee" is still contact.
_SIGHTING = re.compile(
    r"\s*(?:him|her|them|my ex)\s+(?:at|in|on|across|with|together|walking|out|from|through"
    r"|driving|outside|near|by|today at|yesterday at)\b(?!.{0,40}\b(?:talked|spoke|chatted|said hi"
    r"|said hello|we (?:talked|spoke|chatted|hugged|kissed)|had (?:a|coffee|lunch|dinner|drinks)"
    r"|went for|for (?:coffee|lunch|dinner|drinks|a drink)))"
)
_PROMISE_NO_MORE = re.compile(
    r"\bno more (?:texts?|messages|msgs|calls?|contact|texting|calling) (?:to|with|for) (?:him|her"
    r"|them|my ex|the ex)\b"
)
_UNBLOCKED_TO_LOOK = re.compile(
    r"\bunblocked (?:him|her|them)\b.{0,20}\b(?:to|just to|so i could) (?:check|look|see|stalk"
    r"|peek)\b"
)
_STOPPED_LOOKING = re.compile(
    r"\b(?:stop|stopped|quit|quitting|no more|no longer|not|won'?t|wont|didn'?t|didnt|never"
    r"|resisted|avoided|done) (?:\w+ )?(?:looking|checking|stalking|scrolling|watching|look at"
    r"|check"
    r"|stalk|open)\b"
)


_STILL_LOOKING = re.compile(
    r"\b(?:need|have|got|gotta|want|wanna|trying|try|must|should|can'?t|cant) (?:to )?(?:stop"
    r"|quit)\b"
)


# "i'd hate myself for texting her", "i'd be stupid to call him": not done, only feared.
_BLAME_DENIED = re.compile(
    r"\b(?:i'?d|id|i would|i will|i'?ll|would|almost|nearly|if i|don'?t|dont|not|never|wanna"
    r"|want to)\b.{0,15}\b(?:stupid|idiot|dumb|hate myself|regret|be)\b"
)


def find_signals(text: str, tokens: list[str]) -> Signals:
    found = Signals(emoji=emoji(text))
    found.contact = _NOT_KEPT.search(text) is not None
    ex_speaking = False  # "he watched my story and then texted 'hey'": the ex, in both clauses
    for clause in clauses(text):
        if _EX_FIRST.match(clause):
            ex_speaking = True
        elif re.match(r"\s*(?:i|we|i'?ve|i'?m|im|me|my)\b", clause):
            ex_speaking = False
        affirmed, denied = _clause_contact(clause)
        if ex_speaking and not re.search(r"\b(?:i|we)\b", clause):
            affirmed = False
        found.contact |= affirmed
        found.contact_denied |= denied
    first = tokens[0] if tokens[0] in lex.YES_WORDS else re.sub(r"(.)\1+", r"\1", tokens[0])
    found.yes_word = first in lex.YES_WORDS or (len(tokens) > 1 and tokens[0] in ("i", "oh")
                                                and tokens[1] in lex.YES_WORDS)  # fmt: skip
    if re.match(r"(?:yeah|yea|ya|yeh)[,. ]+(?:nah|no)\b", text):  # "yeah nah": no, in Australia
        found.yes_word = False
        tokens = ["nah", *tokens[2:]]
    idiom = re.match(r"(?:no|nah) (?:one|body|idea|problem|prob|worries|way|clue|thanks|biggie"
                     r"|rush|doubt"
                     r"|pressure|offense|offence|kidding|joke)\b", text)  # fmt: skip
    found.no_word = not idiom and (
        tokens[0] in lex.NO_WORDS
        or re.sub(r"(.)\1+", r"\1", tokens[0]) == "no"
        or re.match(r"(?:sadly|unfortunately|honestly|um+|well),? no\b", text) is not None
    )
    found.kept = any_match(lex.KEPT_PHRASES, text) or bool(found.emoji & lex.EMOJI_KEPT)
    found.looked = any_match(lex.LOOK_PHRASES, text) and not any_match(lex.CHANCE_SIGHTING, text)
    someone_else = _SOMEONE_ELSE.search(text) and not _THE_EX.search(text)
    if found.contact and someone_else and not re.search(r"\b\w+'s phone\b", text):
        found.contact = False
    if _PROMISE_NO_MORE.search(text):  # "no more texts to him, promise": a resolution
        found.contact, found.kept = False, True
    if _UNBLOCKED_TO_LOOK.search(text):  # unblocked only to look: a look, not contact
        found.contact, found.looked = False, True
    elif _STOPPED_LOOKING.search(text) and _STILL_LOOKING.search(text):
        found.looked = True  # "i need to stop checking his page": still checking, told honestly
    elif _STOPPED_LOOKING.search(text):  # "i quit checking his stories": kept, and a boundary
        found.looked, found.kept = False, not found.contact
    if not found.contact and any_match(lex.BLAMED_CONTACT, text):
        found.contact = not _BLAME_DENIED.search(text)  # "so stupid for texting her"
    found.ex_reached = any_match(lex.EX_REACHED_OUT, text)
    found.ex_acted = any_match(lex.EX_ACTED, text)
    found.held = any_match(lex.HELD, text)
    found.urge = any_match(lex.URGE_PHRASES, text)
    found.rating = find_rating(text)
    return found


_ONE_AFTER = frozenset(
    {"rough", "hard", "tough", "good", "long", "bad", "easy", "great", "big", "sad", "busy",
     "weird", "heavy", "another", "this", "that", "the", "a"}
)  # fmt: skip


def find_rating(text: str) -> int | None:
    """A 1-5 difficulty anywhere in the text ("4/5", "(3)", "a 4", "4 out of 5", "yes 2"), or
    None. Times, counts and days are not ratings ("at 2am", "3 hours", "day 5")."""
    for pattern in _RATING_PATTERNS:
        match = pattern.search(text)
        if match:
            said = match.group(1)
            return int(said) if said.isdigit() else lex.NUMBER_WORDS[said]
    candidates = [
        int(match.group(1))
        for match in _LONE_DIGIT.finditer(text)
        if not _NOT_RATING_BEFORE.search(text[: match.start()])
    ]
    if len(candidates) == 1:
        return candidates[0]
    tokens = words(text)
    # "kept it, rough one": "one" after a describing word is not a rating.
    named = [
        lex.NUMBER_WORDS[word]
        for i, word in enumerate(tokens)
        if word in lex.NUMBER_WORDS and not (word == "one" and i and tokens[i - 1] in _ONE_AFTER)
    ]
    if len(named) == 1 and len(tokens) <= 4:
        return named[0]
    # "three, and yes no contact", "no contact. two": the rating said first or last, alone.
    alone = (
        re.match(r"(one|two|three|four|five)\s*[,.!-]", text)
        or re.search(r"[,.!-]\s*(one|two|three|four|five)[.! ]*$", text)
        or re.search(r"[,.!]\s*(two|three|four|five)\s*[,.!]", text)
    )
    if alone:
        return lex.NUMBER_WORDS[alone.group(1)]
    return None
