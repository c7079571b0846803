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
    RATING = "rating"  # a bare 1-5 for how hard it was
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


_EX = r"(?:him|her|them|my ex|the ex|my ex's|ex|my (?:boy|girl)friend|my partner)"
_NUMBER = r"(?:[\s,.:;!-]*(?P<number>\d{1,2})(?:\s*(?:days?|d)(?:\s+ago)?)?)?"
_TAIL = r"[\s.!?,:;)*]*"

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

_TABLE: tuple[tuple[IntentKind, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        (IntentKind.STOP, rf"^(?:{_OPT_OUT_WORDS}){_TAIL}$"),
        (IntentKind.STOP, rf"^(?:{_OPT_OUT_PHRASES}){_TAIL}$"),
        (IntentKind.JOIN, rf"^(?:start|join|unstop|begin|subscribe|sign me up){_TAIL}$"),
        (
            IntentKind.HELP,
            rf"^(?:help|info|menu|commands|options|\?+|what can i (?:say|text)\??){_TAIL}$",
        ),
        (
            IntentKind.STATUS,
            rf"^(?:status|stats|streak|my streak|progress|where am i|how am i doing|clock){_TAIL}$",
        ),
        (
            IntentKind.CONTACTED,
            rf"^(?:i |i just |i already |yes i |ok i )?(?:{_CONTACT_VERBS}) {_EX}\b",
        ),
        (IntentKind.CONTACTED, rf"^(?:{_NO_WORDS}){_NUMBER}{_TAIL}$"),
        (IntentKind.CONTINUE, rf"^(?:continue|keep going|weekly){_TAIL}$"),
        (IntentKind.DONE, rf"^(?:done|finish|finished|i'?m done){_TAIL}$"),
        (IntentKind.CONTACTED, r"^slip\b"),
        (IntentKind.KEPT, rf"^(?:{_YES_WORDS}){_NUMBER}{_TAIL}$"),
        (IntentKind.KEPT, r"^yes\b.*?(?:(?P<number>\d{1,2})\s*days?\s+ago)"),
        (IntentKind.RATING, rf"^(?P<number>[1-5])(?:\s*/\s*5)?{_TAIL}$"),
    )
)

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def normalize(body: str) -> str:
    """Lower case, straight quotes, no control characters, single spaces."""
    text = unicodedata.normalize("NFKC", body).translate(_QUOTES)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return " ".join(text.lower().split())


def parse_intent(body: str) -> Intent:
    text = normalize(body)
    if not text:
        return Intent(IntentKind.EMPTY)
    for kind, pattern in _TABLE:
        match = pattern.search(text)
        if match:
            number = match.groupdict().get("number")
            return Intent(kind, int(number) if number else None)
    return Intent(IntentKind.UNKNOWN)
