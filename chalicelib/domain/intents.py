"""What a person's text means, as one intent; the reading itself is understanding/reader.py."""

from __future__ import annotations

import re
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
    EXTRA = "extra"  # EXTRA / EXTRA OFF: the weekend evening texts of days 4-17
    HARD_DATE = "hard_date"  # DATE 3/14 anniversary: support the evening before and of
    REACTION = "reaction"  # a phone's tapback on one of our texts ("Liked ...")
    UNKNOWN = "unknown"


# Intent.text of an EX_REACHED_OUT that is the ex's act, not a message: blocked, unfollowed.
ACTED = "acted"


@dataclass(frozen=True)
class Intent:
    kind: IntentKind
    number: int | None = None
    # What followed the keyword, in the person's own casing (DRAFT, JOURNAL, WHY, TIME, TZ...).
    text: str = ""
    # False when the signals were weak or conflicting: confirm before acting on it.
    sure: bool = True
    # Days since the last contact, when a check-in says so ("YES 3", "yes 12", "3 days ago"):
    # it starts a new person's clock from then. A rating ("3/5") is never days.
    days: int | None = None


def normalize(body: str) -> str:
    """Lower case, straight quotes and apostrophes, no control characters, single spaces."""
    from chalicelib.domain.understanding.text import normalize as _normalize

    return _normalize(body)


def parse_intent(body: str) -> Intent:
    """What a text means; see chalicelib/domain/understanding/reader.py."""
    from chalicelib.domain.understanding.reader import read

    return read(body)


_YES_ANSWER = re.compile(
    r"^(?:yes|y|yeah|yea|yep|yup|ya|yh|ye|i am|i think so|sort of|sorta|kind of|kinda|maybe"
    r"|a (?:bit|little)|sometimes|idk|i don'?t know|dunno|not sure|i guess|probably|honestly yes"
    r"|yes i am|i have been|i was|a lot|always|every day|constantly)\b(?![\s,.!]*(?:but )?no\b)"
)
_NO_ANSWER = re.compile(
    r"^(?:no|n|nope|nah|na|nay|not really|not at all|not anymore|not any more|definitely not"
    r"|never|god no|no way|i'?m not"
    r"|im not|i am not|not that|not like that|no no|nothing like that|i'?m ok|im ok|i'?m okay"
    r"|i'?m fine|im fine|i'?m safe|im safe)\b(?![\s,.!]*(?:but )?(?:yes|maybe|kind of|kinda"
    r"|sort of|a little|sometimes)\b)"
)


_UNSURE = re.compile(
    r"^(?:i think so|sort of|sorta|kind of|kinda|maybe|a (?:bit|little)|sometimes|idk|i don'?t"
    r" know|dunno|not sure|i guess|probably)\b"
)


# "lol no", "honestly... yeah": the filler before an answer is not the answer.
_FILLER = re.compile(r"^\W*(?:lol|lmao|haha+|omg|ugh|um+|well|honestly|tbh)\b[\W_]*")


def strip_fillers(text: str) -> str:
    """`text` without a leading "lol", "omg", "honestly" and the like."""
    return _FILLER.sub("", text)


def read_yes_no(body: str, unsure_is_yes: bool = True) -> str | None:
    """ "yes", "no", or None, for the answer to a yes-or-no question.

    Unsure answers ("maybe", "idk", "kind of") read as "yes" by default: asked about safety,
    an unsure answer deserves the resources. With unsure_is_yes=False they read as None.
    """
    text = strip_fillers(normalize(body)).strip(" .!?,")
    # A drawn-out "noooo" or "yesss" (and "nö") is the same answer.
    text = re.sub(r"^n[oö]+\b", "no", re.sub(r"^ye+s+\b", "yes", text))
    if _NO_ANSWER.match(text):
        return "no"
    if _YES_ANSWER.match(text):
        if not unsure_is_yes and _UNSURE.match(text):
            return None
        return "yes"
    return None
