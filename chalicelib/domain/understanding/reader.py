"""Reads a text into what the person meant: commands, opt-out, check-in with its rating, slips,
looks, the ex reaching out, urges, questions; no I/O.

Every signal is found first, then weighed: "nope, didn't reach out. 2" has a no, a negated
contact and a rating, and means "kept, 2/5". When signals are weak or conflict, the reading says
so (sure=False) and the conversation asks instead of guessing.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache

from chalicelib.domain.intents import Intent, IntentKind
from chalicelib.domain.reactions import is_reaction
from chalicelib.domain.understanding import lexicon as lex
from chalicelib.domain.understanding.text import clauses, clean, emoji, words

K = IntentKind

# Keywords that carry words after them (DRAFT <message>), and keywords that are the whole text.
_PAYLOAD = {
    "draft": K.DRAFT, "journal": K.JOURNAL, "diary": K.JOURNAL, "note": K.JOURNAL,
    "why": K.WHY, "logistics": K.LOGISTICS, "time": K.TIME, "tz": K.TIMEZONE,
    "timezone": K.TIMEZONE, "urge": K.URGE, "sos": K.URGE, "slip": K.CONTACTED,
    "pause": K.PAUSE,
}  # fmt: skip
_WHOLE = {
    "status": K.STATUS, "stats": K.STATUS, "streak": K.STATUS, "progress": K.STATUS,
    "help": K.HELP, "info": K.HELP, "menu": K.HELP, "commands": K.HELP, "options": K.HELP,
    "restart": K.RESTART, "reset": K.RESTART, "delete": K.DELETE, "erase": K.DELETE,
    "continue": K.CONTINUE, "weekly": K.CONTINUE, "done": K.DONE, "finish": K.DONE,
    "finished": K.DONE, "start": K.JOIN, "join": K.JOIN, "unstop": K.JOIN, "begin": K.JOIN,
    "subscribe": K.JOIN, "crave": K.URGE, "craving": K.URGE, "ex": K.EX_REACHED_OUT,
}  # fmt: skip
# Real words one letter from a keyword: never read as its typo.
_REAL_WORDS = frozenset(
    {
        "none", "nope", "nose", "hope", "home", "tone", "step", "shop", "stay", "stat", "tome",
        "tire", "dome", "gone", "bone", "drafts", "start", "stars", "smart", "heap", "hell",
        "held", "heel", "urges", "pulse", "cause", "stops", "notes", "noted", "times", "timed",
        "dune", "dine", "june", "jean", "delta", "paused", "stage", "state", "stale", "stole",
        "store", "story", "statue", "stats", "staff", "stuff",
    }
)  # fmt: skip
_TYPO_KEYWORDS = (
    "status", "help", "stop", "urge", "journal", "draft", "pause", "restart", "delete", "unstop",
    "continue", "timezone", "logistics", "unsubscribe", "streak",
)  # fmt: skip
_NOT_A_TIME = re.compile(
    r"(?:to|for|is|was|will|heals|flies|has|of|with|and|i|he|she|we|together|apart|out|alone"
    r"|off|away|goes|passes|left|zone)\b"
)
_SEND_AT = re.compile(r"^(?:send (?:it |them |texts |my texts )?at|text me at) (?P<when>.+)$")
_BASE_FORMS = frozenset(
    {
        "text", "txt", "call", "ring", "phone", "message", "msg", "dm", "email", "reply",
        "answer", "facetime", "talk", "speak", "reach out", "send", "contact",
    }
)  # fmt: skip
_STANDALONE = re.compile(
    r"^(?:caved|slipped|relapsed|failed|gave in|messed up|fucked up|screwed up|broke (?:nc|no"
    r" contact|it)|picked up|answered|reached out|unblocked|drunk dialed|drunk dialled"
    r"|drunk texted|hooked up|met up)$"
)
_EX_NEAR = re.compile(
    r"\b(?:him|her|them|he|she|they|my ex|the ex|ex|his|hers|their|hes|shes|theirs"
    r"|a paragraph|back)\b"
)
_EX_DOER = re.compile(rf"\b(?:{lex.EX_SUBJECT}|who)(?: \w+)?\s*$")
_I_DID = re.compile(
    r"(?:^|\bi(?:'ve| have)?(?: just| finally| also| then| already| stupidly| kinda)?)\s*$"
)
_WE_DID = re.compile(r"\bwe(?:'ve| have)?(?: been| just| finally| kinda| actually)?\s*$")
_WE_VERBS = re.compile(
    r"talked|talking|spoke|texted|texting|called|calling|hooked up|kissed|slept|facetimed|had a"
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
    r"^\s*(?:my )?(?:mum|mom|mother|dad|father|friend|friends|sister|brother|boss|bestie|mate"
    r"|mates|therapist|coach|family|work|doctor|gp|nan|gran|cousin|aunt|uncle|you)\b"
)
_QUESTION = re.compile(r"\?\s*$|^(?:what|which|how|when|am i|is it|do i|can i|where|is there)\b")
_HELP_QUESTION = re.compile(
    r"\bwhat(?:'?s| is| does| are| do)(?: the)? (?:draft|urge|sos|why|journal|logistics|vault"
    r"|pause|restart|the numbers|numbers|1-5|1 to 5|status|slip|ex)\b|\bwhat happens if\b"
    r"|\bcan i (?:text|reply|say|send|tell) (?:you )?(?:anything|with|more|other)\b|\bdo i (?:have"
    r"|need) to (?:reply|answer|text|check in)\b|\bwhat counts as\b|\bwhat do the\b"
)
_STRONG_URGE = re.compile(
    r"\b(?:help me not|help not|talk me|stop me|so close|about to|this close|rn|right now|tempted"
    r"|typed out|before i|gonna break|going to break)\b"
)
_WHY_PHRASES = (
    (re.compile(r"\bremind me (?:why|of my why|my reason)\b"), False),
    (re.compile(r"\bmy (?:why|reason) is (?P<text>.+)$"), True),
    (
        re.compile(
            r"\b(?:save|keep|remember) (?:this|that) as my (?:reason|why)[: ]+(?P<text>.+)$"
        ),
        True,
    ),
)
_NOTE_THAT = re.compile(
    r"\b(?:note|write down|log|jot down|remember)(?: privately| down)? that (?P<text>.+)$"
)
_NEGATED = re.compile(rf"\b{lex.NEGATION}\b(?:\s+\S+){{0,3}}\s*$")
_RATING_PATTERNS = (
    re.compile(r"(?<![\d/])([1-5])\s*/\s*5\b"),
    re.compile(r"(?<!\d)([1-5])\s*out of\s*(?:5|five)\b"),
    re.compile(r"\(\s*([1-5])\s*\)"),
    re.compile(r"\b([1-5])\s*ish\b"),
    re.compile(r"\b(?:a|like a|about a|maybe a|around a|prob a|probably a|solid|rating|rated)\s+"
               r"([1-5])\b(?![:.]\d)"),
)  # fmt: skip
_LONE_DIGIT = re.compile(
    r"(?<![\w/:.#+$-])([1-5])(?![\w/:%]|\.\d|\s*(?:am|pm|hours?|hrs?|h\b|days?|d\b|mins?|minutes?"
    r"|times?|x\b|weeks?|months?|years?|yrs?|texts?|calls?|messages?|of\b|o'?clock|more|in a row"
    r"|\+))"
)
_NOT_RATING_BEFORE = re.compile(
    r"(?:\b(?:at|day|since|by|after|before|until|till|from|to|for|about|around|of|last|past"
    r"|like|over|under|than|only|just|within|in)\s*$)"
)


@dataclass
class _Signals:
    contact: bool = False
    contact_denied: bool = False
    kept: bool = False
    yes_word: bool = False
    no_word: bool = False
    looked: bool = False
    ex_reached: bool = False
    held: bool = False
    urge: bool = False
    rating: int | None = None
    emoji: set[str] = field(default_factory=set)


@cache
def _compiled(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _any(patterns: tuple[str, ...] | str, text: str) -> bool:
    group = (patterns,) if isinstance(patterns, str) else patterns
    return _compiled(group).search(text) is not None


def read(body: str) -> Intent:
    """What the text means, for someone in the program. sure=False marks a guess to confirm."""
    original = " ".join(clean(body).split())
    text = original.lower()
    tokens = words(text)
    if not tokens and not emoji(text):
        return Intent(K.HELP) if "?" in text else Intent(K.EMPTY)
    if is_reaction(original):
        return Intent(K.REACTION)
    if not tokens:
        return _emoji_only(emoji(text))
    command = _command(original, text, tokens)
    if command is not None:
        return command
    if _opt_out(text, tokens):
        return Intent(K.STOP)
    settings = _settings(original, text)
    if settings is not None:
        return settings
    return _weigh(text, tokens, _signals(text, tokens))


def _emoji_only(found: set[str]) -> Intent:
    if "\U0001f198" in found:  # SOS
        return Intent(K.URGE)
    if found & lex.EMOJI_STOP and not found - lex.EMOJI_STOP - {"\u270b"}:
        return Intent(K.STOP) if "\U0001f6d1" in found or "\u26d4" in found else Intent(K.UNKNOWN)
    if found & lex.EMOJI_KEPT:
        return Intent(K.KEPT, sure=False)
    return Intent(K.UNKNOWN)


def _keyword(word: str) -> str:
    """The keyword a first word is, allowing one typo in keywords of 4+ letters."""
    if word in _PAYLOAD or word in _WHOLE or word in lex.OPT_OUT_WORDS:
        return word
    if len(word) < 4 or word in _REAL_WORDS or word in lex.YES_WORDS or word in lex.NO_WORDS:
        return ""
    for keyword in _TYPO_KEYWORDS:
        close = abs(len(keyword) - len(word)) <= 1 and keyword[0] == word[0]
        if close and difflib.SequenceMatcher(None, word, keyword).ratio() >= 0.75:
            return keyword
    return ""


def _rest_after_first_word(original: str) -> str:
    parts = original.split(None, 1)
    return parts[1].strip(" :,.-") if len(parts) > 1 else ""


def _command(original: str, text: str, tokens: list[str]) -> Intent | None:
    first = _keyword(tokens[0])
    if not first:
        return None
    only_word = len(tokens) == 1
    if first in lex.OPT_OUT_WORDS or first in ("unsubscribe",):
        return Intent(K.STOP) if _opt_out(f"{first} {' '.join(tokens[1:])}", tokens) else None
    rest = _rest_after_first_word(original) if text.split()[0].strip(".,:!?") == tokens[0] else ""
    if first in _PAYLOAD:
        kind = _PAYLOAD[first]
        if kind is K.TIME and rest and _NOT_A_TIME.match(rest.lower()):
            return None  # "time to move on" is not a setting
        if kind is K.PAUSE:
            number = re.search(r"\d{1,2}", rest)
            return Intent(K.PAUSE, int(number.group()) if number else None)
        if kind is K.CONTACTED and rest and _any(lex.LOOK_PHRASES, rest.lower()):
            return Intent(K.LOOKED)
        if kind is K.JOURNAL and first == "note" and not rest:
            return None
        return Intent(kind, text=rest)
    if first == "ex" and not only_word:
        return None  # "ex texted me..." is read by its signals
    if only_word or _only_courtesy(tokens[1:]):
        return Intent(_WHOLE[first], text=first)  # the keyword itself: HELP is answered always
    return None


def _only_courtesy(rest: list[str]) -> bool:
    return all(word in lex.COURTESY or word in ("again", "now", "pls", "please") for word in rest)


def _opt_out(text: str, tokens: list[str]) -> bool:
    if _any(lex.NOT_OPT_OUT, text):
        return False
    opt_out_words = [word for word in tokens if _keyword(word) in lex.OPT_OUT_WORDS]
    if opt_out_words and all(
        _keyword(word) in lex.OPT_OUT_WORDS or word in lex.COURTESY for word in tokens
    ):
        return True
    return _any(lex.OPT_OUT_PHRASES, text)


def _settings(original: str, text: str) -> Intent | None:
    if _any(lex.DELETE_PHRASES, text):
        return Intent(K.DELETE)
    plain = " ".join(words(text))
    if _any(lex.RESTART_PHRASES, text) and not _contact_in(text):
        return Intent(K.RESTART)
    if _any(lex.JOIN_PHRASES, plain):
        consent = _any(lex.CONSENT_PHRASES, plain)
        return Intent(K.JOIN, text="consent" if consent else "")
    if _HELP_QUESTION.search(text):
        return Intent(K.HELP)
    for pattern, has_text in _WHY_PHRASES:
        match = pattern.search(text)
        if match:
            start = match.start("text") if has_text else len(text)
            return Intent(K.WHY, text=original[start:].strip() if has_text else "")
    note = _NOTE_THAT.search(text)
    if note:
        return Intent(K.JOURNAL, text=original[note.start("text") :].strip())
    if _any(lex.RESTART_PHRASES, text) and not _contact_in(text):
        return Intent(K.RESTART)
    if _any(lex.PAUSE_PHRASES, text) and not _any(lex.OPT_OUT_PHRASES[1:2], text):
        number = re.search(r"\b(\d{1,2})\s*(?:days?|d)\b", text)
        week = re.search(r"\b(?:a|one|1) week\b", text)
        return Intent(K.PAUSE, int(number.group(1)) if number else (7 if week else None))
    send_at = _SEND_AT.match(text)
    if send_at:
        return Intent(K.TIME, text=original[send_at.start("when") :])
    for time_phrase in lex.TIME_PHRASES:
        match = re.search(time_phrase, text)
        if match:
            return Intent(K.TIME, text=match.group("when").strip())
    for zone_phrase in lex.TIMEZONE_PHRASES:
        match = re.search(zone_phrase, text)
        if match:
            return Intent(K.TIMEZONE, text=match.group("place").strip())
    return None


def _contact_in(text: str) -> bool:
    return any(_clause_contact(clause)[0] for clause in clauses(text))


def _clause_contact(clause: str) -> tuple[bool, bool]:
    """(the person made contact, the person said they did not) in one clause."""
    affirmed = denied = False
    if _STANDALONE.search(clause.strip()):
        return True, False
    for match in re.finditer(rf"\b{lex.CONTACT_VERBS}\b", clause):
        before, verb, after = clause[: match.start()], match.group(0), clause[match.end() :]
        if _NEGATED.search(before):
            denied = True
            continue
        if _EX_DOER.search(before) and not re.search(r"\b(?:i|we)\s*$", before):
            continue  # "he texted me": the ex's act, read by EX_REACHED_OUT
        if verb in _BASE_FORMS or re.search(r"\b(?:to|will|'ll|gonna|might|should|want)\s*$",
                                            before):  # fmt: skip
            continue
        if _WE_DID.search(before):
            affirmed = affirmed or bool(_WE_VERBS.match(verb + after))
            continue
        if verb.endswith("ing"):
            continue  # "I'm texting him" is happening now: an urge, not yet a slip
        if _I_DID.search(before) and _TALK_VERBS.match(verb) and not _OTHER_PEOPLE.search(after):
            affirmed = True
            continue
        standalone = re.match(
            r"caved|slipped|relapsed|failed|gave in|broke|messed|fucked|screwed|sent (?:a|the|my) ",
            verb,
        )
        near = _EX_NEAR.search(" ".join(after.split()[:5]))
        if verb in ("saw", "watched", "checked"):
            near = re.match(r"\s*(?:him|her|them|my ex)\b", after)
        near = near or _EX_NEAR.search(verb)
        if standalone or near or verb in ("picked up", "answered", "reached out"):
            affirmed = True
    return affirmed, denied


def _signals(text: str, tokens: list[str]) -> _Signals:
    found = _Signals(emoji=emoji(text))
    for clause in clauses(text):
        affirmed, denied = _clause_contact(clause)
        found.contact |= affirmed
        found.contact_denied |= denied
    first = tokens[0] if tokens[0] in lex.YES_WORDS else re.sub(r"(.)\1+", r"\1", tokens[0])
    found.yes_word = first in lex.YES_WORDS or (len(tokens) > 1 and tokens[0] in ("i", "oh")
                                                and tokens[1] in lex.YES_WORDS)  # fmt: skip
    idiom = re.match(r"(?:no|nah) (?:idea|problem|prob|worries|way|clue|thanks|biggie|rush|doubt"
                     r"|pressure|offense|offence|kidding|joke)\b", text)  # fmt: skip
    found.no_word = not idiom and (
        tokens[0] in lex.NO_WORDS or re.sub(r"(.)\1+", r"\1", tokens[0]) == "no"
    )
    found.kept = _any(lex.KEPT_PHRASES, text) or bool(found.emoji & lex.EMOJI_KEPT)
    found.looked = _any(lex.LOOK_PHRASES, text)
    found.ex_reached = _any(lex.EX_REACHED_OUT, text)
    found.held = _any(lex.HELD, text)
    found.urge = _any(lex.URGE_PHRASES, text)
    found.rating = find_rating(text)
    return found


def _weigh(text: str, tokens: list[str], s: _Signals) -> Intent:
    rating = s.rating
    if _QUESTION.search(text) and not s.contact:
        if _HELP_QUESTION.search(text):
            return Intent(K.HELP)
        if _any(lex.STATUS_PHRASES, text):
            return Intent(K.STATUS)
    if s.ex_reached and (s.held or s.contact_denied) and not s.contact:
        return Intent(K.EX_REACHED_OUT)
    if s.contact:
        return Intent(K.CONTACTED, rating, sure=_about_the_ex(text, tokens))
    if s.looked and not s.urge:
        return Intent(K.LOOKED)
    keptish = s.yes_word or s.kept or s.contact_denied
    if s.ex_reached and keptish and not s.urge:
        return Intent(K.EX_REACHED_OUT, sure=False)
    if s.urge and (not keptish or _STRONG_URGE.search(text)):
        return Intent(K.URGE)
    # A bare yes or no answers the daily question; with many other words it may answer
    # something else ("No problem, how are you?"), so it is confirmed first.
    short = len(tokens) <= 5
    if keptish:
        sure = short or ((s.kept or s.contact_denied) and _about_the_ex(text, tokens))
        days_ago = _DAYS_AGO.search(text)
        if days_ago:  # "YES 3 days ago" while signing up: the clock starts from then
            return Intent(K.KEPT, int(days_ago.group(1)), sure=sure)
        return Intent(K.KEPT, rating, sure=sure)
    if s.no_word:
        return Intent(K.CONTACTED, rating, sure=short)
    if s.ex_reached:
        return Intent(K.EX_REACHED_OUT, sure=False)
    if _any(lex.STATUS_PHRASES, text):
        return Intent(K.STATUS)
    if _any(lex.HELP_PHRASES, text):
        return Intent(K.HELP)
    if rating is not None and _rating_is_the_point(text, tokens):
        return Intent(K.RATING, rating)
    return Intent(K.UNKNOWN)


def _about_the_ex(text: str, tokens: list[str]) -> bool:
    """A check-in or slip said plainly: short, or naming the ex in a text of a few lines."""
    named = re.search(r"\b(?:him|her|them|he|she|they|my ex|the ex|ex|his|nc|no contact)\b", text)
    return len(tokens) <= 8 or (named is not None and len(tokens) <= 20)


_DAYS_AGO = re.compile(r"\b(\d{1,2})\s*(?:days?|d)\s+ago\b")
_RATING_FILLER = frozenset(
    {
        "a", "like", "maybe", "tbh", "honestly", "about", "around", "prob", "probably", "it",
        "was", "today", "id", "i'd", "say", "solid", "ngl", "lol", "out", "of", "five", "rating",
        "hmm", "um", "uh", "so", "i", "guess", "rate", "it's", "its",
    }
)  # fmt: skip


def _rating_is_the_point(text: str, tokens: list[str]) -> bool:
    """The number is the message: "4", "a 2", "like a 5 tbh", "4/5"."""
    return all(
        word in _RATING_FILLER or word.isdigit() or word in lex.NUMBER_WORDS for word in tokens
    )


def find_rating(text: str) -> int | None:
    """A 1-5 difficulty anywhere in the text ("4/5", "(3)", "a 4", "4 out of 5", "yes 2"), or
    None. Times, counts and days are not ratings ("at 2am", "3 hours", "day 5")."""
    for pattern in _RATING_PATTERNS:
        match = pattern.search(text)
        if match:
            return int(match.group(1))
    candidates = [
        int(match.group(1))
        for match in _LONE_DIGIT.finditer(text)
        if not _NOT_RATING_BEFORE.search(text[: match.start()])
    ]
    if len(candidates) == 1:
        return candidates[0]
    tokens = words(text)
    named = [lex.NUMBER_WORDS[word] for word in tokens if word in lex.NUMBER_WORDS]
    if len(named) == 1 and len(tokens) <= 4:
        return named[0]
    return None
