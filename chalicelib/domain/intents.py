"""Reads what a person texted into one intent, with a table of patterns; no I/O."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class IntentKind(StrEnum):
    EMPTY = "empty"
    JOIN = "join"  # START, JOIN, UNSTOP: sign up, or come back after opting out
    KEPT = "kept"  # YES family: kept no contact (or consent, while pending)
    CONTACTED = "contacted"  # NO family and SLIP: reached out to the ex
    LOOKED = "looked"  # checked their profile, reread old texts: not a reset
    EX_REACHED_OUT = "ex_reached_out"  # the ex made contact and they did not answer
    LOGISTICS = "logistics"  # declares contact that is not a slip (kids, lease, legal)
    RATING = "rating"  # a bare 1-5 for how hard it was
    URGE = "urge"
    DRAFT = "draft"
    JOURNAL = "journal"
    WHY = "why"
    TIME = "time"
    TIMEZONE = "timezone"
    PAUSE = "pause"
    RESTART = "restart"
    DELETE = "delete"
    STATUS = "status"
    HELP = "help"
    STOP = "stop"
    CONTINUE = "continue"  # after graduation: weekly support
    DONE = "done"  # after graduation: finish
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Intent:
    kind: IntentKind
    number: int | None = None
    # What followed the keyword, in the person's own casing (DRAFT, JOURNAL, WHY, TIME, TZ...).
    text: str = ""


_EX = r"(?:him|her|them|my ex|the ex|my ex's|ex|my (?:boy|girl)friend|my partner)"
_EX_SUBJECT = r"(?:he|she|they|my ex|the ex|ex)"
_THEIR = r"(?:his|her|their|my ex'?s|the ex'?s)"
_NUMBER = r"(?:[\s,.:;!-]*(?P<number>\d{1,2})(?:\s*(?:days?|d)(?:\s+ago)?)?)?"
_TAIL = r"[\s.!?,:;)*]*"
_REST = r"(?:[\s:,.-]+(?P<text>.*))?$"

# Opt-out words are honoured only as the whole message (as carriers and Twilio do),
# so "stop thinking about him" is not an unsubscribe.
_OPT_OUT_WORDS = r"stop|stopall|stop all|unsubscribe|cancel|end|quit|revoke|optout|opt out|opt-out"
_OPT_OUT_PHRASES = (
    r"(?:please\s+)?(?:stop|quit) (?:texting|messaging|txting|sending)(?: me)?"
    r"(?: (?:texts|messages))?(?: please)?"
    r"|leave me alone|unsubscribe me|remove me(?: from (?:this|the) list)?"
    r"|(?:do not|don't|dont) (?:text|message) me(?: anymore| again)?"
)

_YES_WORDS = (
    r"yes|y|yep|yeah|yea|yup|ya|yas|yess+|i did it|i did|did it"
    r"|kept it|i kept it|still strong|held strong|stayed strong|i made it|made it"
    r"|no contact(?: today)?|nc|i'?m in|count me in|let'?s do (?:it|this)"
)
_NO_WORDS = (
    r"no|n|nope|nah|nay|not today|i slipped|slipped|i caved|caved|i failed|failed"
    r"|i broke(?: it| no contact)?|broke no contact"
)
_CONTACT_VERBS = (
    r"texted|called|messaged|emailed|dm'?d|dmed|wrote to|replied to|answered|saw|met|visited"
    r"|contacted|liked|commented on|rang|facetimed|snapped|reached out to|went to see"
)
_LOOK_VERBS = (
    r"looked at|checked|stalked|went through|scrolled(?: through)?|reread|re-read|read"
    r"|looked through|was on|watched"
)
_LOOK_OBJECTS = (
    rf"(?:(?:{_THEIR}|our) (?:old )?|(?:the |some )?old )"
    r"(?:profile|page|insta|instagram|facebook|fb|tiktok|story|stories"
    r"|photos?|pics?|pictures?|posts?|texts?|messages?|chats?|socials?|snaps?)"
)
_URGE_PHRASES = (
    rf"i (?:really )?(?:want|need|have) to (?:text|call|message|see|talk to|dm) {_EX}"
    rf"|i'?m (?:about|going) to (?:text|call|message) {_EX}"
    rf"|i miss {_EX}(?: so much)?|(?:so )?tempted to (?:text|call|message) {_EX}"
    r"|i can'?t (?:do this|hold on)"
)

_HELP_WORDS = r"help|info|menu|commands|options|\?+|what can i (?:say|text)"
_STATUS_WORDS = r"status|stats|streak|my streak|progress|where am i|how am i doing|clock"

_TABLE: tuple[tuple[IntentKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (IntentKind.STOP, rf"^(?:{_OPT_OUT_WORDS}){_TAIL}$"),
        (IntentKind.STOP, rf"^(?:{_OPT_OUT_PHRASES}){_TAIL}$"),
        (IntentKind.JOIN, rf"^(?:start|join|unstop|begin|subscribe|sign me up){_TAIL}$"),
        (IntentKind.HELP, rf"^(?:{_HELP_WORDS}){_TAIL}$"),
        (IntentKind.STATUS, rf"^(?:{_STATUS_WORDS}){_TAIL}$"),
        (IntentKind.URGE, rf"^(?:urge|sos|crave|craving|help me){_TAIL}$"),
        (IntentKind.URGE, rf"^(?:urge|sos)\b{_REST}"),
        (IntentKind.DRAFT, rf"^draft\b{_REST}"),
        (IntentKind.JOURNAL, rf"^(?:journal|diary|note)\b{_REST}"),
        (IntentKind.WHY, rf"^why\b{_REST}"),
        (IntentKind.LOGISTICS, rf"^logistics\b{_REST}"),
        (IntentKind.TIME, rf"^(?:time|send at|text me at|send texts at)\b{_REST}"),
        (IntentKind.TIMEZONE, rf"^(?:tz|timezone|time zone)\b{_REST}"),
        (IntentKind.PAUSE, rf"^pause(?:[\s:,-]*(?P<number>\d{{1,2}})(?:\s*days?)?)?{_TAIL}$"),
        (IntentKind.RESTART, rf"^(?:restart|reset|start over|fresh start){_TAIL}$"),
        (IntentKind.DELETE, rf"^(?:delete|erase)(?: my data| everything| me| all)?{_TAIL}$"),
        (IntentKind.CONTINUE, rf"^(?:continue|keep going|weekly){_TAIL}$"),
        (IntentKind.DONE, rf"^(?:done|finish|finished|i'?m done){_TAIL}$"),
        (IntentKind.EX_REACHED_OUT, rf"^ex{_TAIL}$"),
        (IntentKind.EX_REACHED_OUT, rf"^ex\b{_REST}"),
        (
            IntentKind.EX_REACHED_OUT,
            rf"^{_EX_SUBJECT} (?:just |finally )?"
            r"(?:texted|called|messaged|dm'?d|emailed|reached out|rang)\b.*\b"
            r"(?:didn'?t|did not|won'?t|will not|not going to|ignored"
            r"|left (?:it|him|her|them) on read)",
        ),
        (IntentKind.LOOKED, r"^slip[\s:,-]+(?:i )?(?:looked|checked|stalked|read|reread)\b"),
        (IntentKind.LOOKED, rf"^(?:i |i just )?(?:{_LOOK_VERBS}) {_LOOK_OBJECTS}"),
        (
            IntentKind.CONTACTED,
            rf"^(?:i |i just |i already |yes i |ok i )?(?:{_CONTACT_VERBS}) {_EX}\b",
        ),
        (IntentKind.CONTACTED, rf"^(?:{_NO_WORDS}){_NUMBER}{_TAIL}$"),
        (IntentKind.CONTACTED, r"^slip\b"),
        (IntentKind.URGE, rf"^(?:{_URGE_PHRASES})\b"),
        (IntentKind.KEPT, rf"^(?:{_YES_WORDS}){_NUMBER}{_TAIL}$"),
        (IntentKind.KEPT, r"^yes\b.*?(?:(?P<number>\d{1,2})\s*days?\s+ago)"),
        (IntentKind.RATING, rf"^(?P<number>[1-5])(?:\s*/\s*5)?{_TAIL}$"),
    )
)

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalize(body: str) -> str:
    """Lower case, straight quotes, no control characters, single spaces."""
    return " ".join(_clean(body).lower().split())


def _clean(body: str) -> str:
    text = unicodedata.normalize("NFKC", body).translate(_QUOTES)
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


def _original_payload(body: str, normalized_payload: str) -> str:
    """The payload in the person's own casing: same words, found from the end of the text."""
    if not normalized_payload:
        return ""
    original = " ".join(_clean(body).split())
    if len(original.lower()) != len(original):
        return normalized_payload  # casing changed lengths (rare scripts): keep the safe form
    return original[len(original) - len(normalized_payload) :]


def parse_intent(body: str) -> Intent:
    text = normalize(body)
    if not text:
        return Intent(IntentKind.EMPTY)
    for kind, pattern in _TABLE:
        match = pattern.search(text)
        if match:
            groups = match.groupdict()
            number = groups.get("number")
            payload = (groups.get("text") or "").strip()
            return Intent(kind, int(number) if number else None, _original_payload(body, payload))
    return Intent(IntentKind.UNKNOWN)


_YES_ANSWER = re.compile(
    r"^(?:yes|y|yeah|yea|yep|yup|ya|yh|ye|i am|i think so|sort of|sorta|kind of|kinda|maybe"
    r"|a (?:bit|little)|sometimes|idk|i don'?t know|dunno|not sure|i guess|probably|honestly yes"
    r"|yes i am|i have been|i was|a lot|always|every day|constantly)\b(?![\s,.!]*(?:but )?no\b)"
)
_NO_ANSWER = re.compile(
    r"^(?:no|n|nope|nah|na|nay|not really|not at all|definitely not|never|god no|no way|i'?m not"
    r"|im not|i am not|not that|not like that|no no|nothing like that|i'?m ok|im ok|i'?m okay"
    r"|i'?m fine|im fine|i'?m safe|im safe)\b(?![\s,.!]*(?:but )?(?:yes|maybe|kind of|kinda"
    r"|sort of|a little|sometimes)\b)"
)


def read_yes_no(body: str) -> str | None:
    """ "yes", "no", or None, for the answer to a yes-or-no question.

    Unsure answers ("maybe", "idk", "kind of") read as "yes": the caller asked about safety,
    and an unsure answer deserves the resources.
    """
    text = normalize(body).strip(" .!?,")
    if _NO_ANSWER.match(text):
        return "no"
    if _YES_ANSWER.match(text):
        return "yes"
    return None
