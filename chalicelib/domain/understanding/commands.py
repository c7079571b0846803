"""Keywords (with one typo allowed in those of 4+ letters) and opt-out in any wording; no I/O."""

from __future__ import annotations

import difflib
import re

from chalicelib.domain.intents import Intent, IntentKind
from chalicelib.domain.understanding import lexicon as lex
from chalicelib.domain.understanding.signals import any_match, find_rating
from chalicelib.domain.understanding.text import words

K = IntentKind

# Keywords that carry words after them (DRAFT <message>), and keywords that are the whole text.
_PAYLOAD = {
    "draft": K.DRAFT, "journal": K.JOURNAL, "diary": K.JOURNAL, "note": K.JOURNAL,
    "why": K.WHY, "logistics": K.LOGISTICS, "time": K.TIME, "tz": K.TIMEZONE,
    "timezone": K.TIMEZONE, "urge": K.URGE, "sos": K.URGE, "slip": K.CONTACTED,
    "pause": K.PAUSE, "extra": K.EXTRA, "xtra": K.EXTRA, "date": K.HARD_DATE,
    "dates": K.HARD_DATE,
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
_WHY_QUESTION = re.compile(
    r"(?:did|didn'?t|does|doesn'?t|do|don'?t|is|isn'?t|are|aren'?t|was|wasn'?t|were|would|will"
    r"|won'?t|can|can'?t|could|should|must|am|have|has|haven'?t|hasn'?t) "
)
# "why 21 days", "why no contact": a question about the program, not a reason to keep.
_WHY_THE_PROGRAM = re.compile(r"(?:21|twenty one|three weeks|3 weeks|no contact|nc|not just)\b")
_REPORTED = re.compile(
    r"\b(?:said|says|saying|told me|tells me|told him|told her|tell him|tell her|tell them"
    r"|asked me|is what|was what|wrote|texted me|messaged me)\b|[\"\u201c].{0,40}\b(?:stop|leave me"
    r" alone|don'?t text)\b.{0,40}[\"\u201d]"
)
_HELP_WITH = re.compile(
    r"\b(?:what to|how to|how do|what do|not sure|confused|don'?t know|dont know|don'?t get|which"
    r" word|commands?|reply)\b"
)
_NOT_A_TIME = re.compile(
    r"(?:to|for|is|was|will|heals|flies|has|of|with|and|i|he|she|we|together|apart|out|alone"
    r"|off|away|goes|passes|left|zone)\b"
)


_COURTESY = r"(?:\s+(?:pls|plz|please|thanks|thx|ty|thank you|now|x+|lol))*[\W_]*$"
# EXTRA's words after it, and the ways of asking for or turning off the extra texts, pausing's
# end and the dates cleared, in a few words ("no extra please" is never a slip).
_EXTRA_ON = re.compile(rf"^(?:on|yes|yes please|sure)?{_COURTESY}")
_EXTRA_OFF = re.compile(rf"^(?:off|no|stop|no thanks|none){_COURTESY}")
_CLEAR = re.compile(rf"^(?:off|clear|none|delete|remove)?{_COURTESY}")
_SUPPORT_SETTINGS = (
    (
        re.compile(
            r"^(?:pls |please |ok |okay )?(?:no|stop|cancel|turn off|switch off|no more|end"
            r"|remove|drop|don'?t want|dont want)(?: the| my| those| these| any)? (?:extra|xtra)"
            rf"(?: texts?| messages?| evenings?| evening texts?| support)?{_COURTESY}"
        ),
        Intent(K.EXTRA, text="off"),
    ),
    (
        re.compile(
            r"^(?:yes|yeah|yep|sure|ok|okay)(?:,| to| please| pls)* (?:the |some )?(?:extra"
            rf"|xtra)(?: texts?| support| evenings?)?{_COURTESY}"
        ),
        Intent(K.EXTRA),
    ),
    (
        re.compile(
            r"^(?:pls |please )?(?:cancel|clear|delete|remove|stop|no more)(?: the| my| all)?"
            rf" (?:hard )?dates?{_COURTESY}"
        ),
        Intent(K.HARD_DATE, text="off"),
    ),
    (
        re.compile(
            r"^(?:ok |okay |pls |please |can you |can u )?(?:unpause|un-pause|resume|resme"
            r"|unpuase|unpase)(?: me| my texts| the texts| texts| messages)?"
            rf"{_COURTESY}"
        ),
        Intent(K.PAUSE, 0),
    ),
)
# A hard date comes straight after DATE: "date with my friend on 12/10 was fun" is not one.
_DATE_FIRST = re.compile(
    r"^(?:on |is |for |=|:)?\s*(?:\d{1,2}\s*[/.-]\s*\d{1,2}|\d{1,2}(?:st|nd|rd|th)?(?: of)?"
    r" [a-z]{3,9}\b|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?\b)"
)


def support_setting(text: str) -> Intent | None:
    """ "no extra please", "stop the extra texts", "yes to the extra texts", "cancel my dates",
    "ok unpause me": EXTRA, DATE OFF or the pause's end in a few words; None otherwise."""
    return next((intent for pattern, intent in _SUPPORT_SETTINGS if pattern.match(text)), None)


def keyword(word: str) -> str:
    """The keyword a first word is, allowing one typo in keywords of 4+ letters."""
    if word in _PAYLOAD or word in _WHOLE or word in lex.OPT_OUT_WORDS:
        return word
    squeezed = re.sub(r"(.)\1+", r"\1", word)  # "stoppp", "helppp"
    if squeezed != word and (squeezed in _WHOLE or squeezed in lex.OPT_OUT_WORDS):
        return squeezed
    if len(word) < 4 or word in _REAL_WORDS or word in lex.YES_WORDS or word in lex.NO_WORDS:
        return ""
    for keyword in _TYPO_KEYWORDS:
        if sorted(word) == sorted(keyword) and word[0] == keyword[0]:
            return keyword  # two letters swapped: "uegr", "stauts"
        close = abs(len(keyword) - len(word)) <= 1 and keyword[0] == word[0]
        if close and difflib.SequenceMatcher(None, word, keyword).ratio() >= 0.75:
            return keyword
    return ""


def _rest_after_first_word(original: str) -> str:
    parts = original.split(None, 1)
    return parts[1].strip(" :,.-") if len(parts) > 1 else ""


def read_command(original: str, text: str, tokens: list[str]) -> Intent | None:
    first = keyword(tokens[0])
    if not first:
        return None
    only_word = len(tokens) == 1
    if first in lex.OPT_OUT_WORDS or first in ("unsubscribe",):
        return Intent(K.STOP) if is_opt_out(f"{first} {' '.join(tokens[1:])}", tokens) else None
    rest = _rest_after_first_word(original) if text.split()[0].strip(".,:!?") == tokens[0] else ""
    why_asked = _WHY_QUESTION.match(rest.lower() + " ") or _WHY_THE_PROGRAM.match(rest.lower())
    if first == "why" and (why_asked or rest.endswith("?")):
        return None  # "why did he leave me" is a question to sit with, not the WHY keyword
    if first in _PAYLOAD and re.match(r"(?:of|for)\b", rest.lower()):
        return None  # "Draft of my resignation letter is done": the word, not the keyword
    if first in _PAYLOAD:
        kind = _PAYLOAD[first]
        if kind is K.TIME and rest and _NOT_A_TIME.match(rest.lower()):
            return None  # "time to move on" is not a setting
        if kind is K.EXTRA and _EXTRA_OFF.match(rest.lower()):
            return Intent(K.EXTRA, text="off")
        if kind is K.EXTRA:
            # "extra sad today" is not the keyword; "extra pls 🙏" is.
            return Intent(K.EXTRA) if _EXTRA_ON.match(rest.lower()) else None
        if kind is K.HARD_DATE and _CLEAR.match(rest.lower()):
            return Intent(K.HARD_DATE, text="off" if rest.strip() else "")
        if kind is K.HARD_DATE and not _DATE_FIRST.match(rest.lower()):
            return None  # "date night was fun", "dates are hard, his bday is 6/2"
        if kind is K.PAUSE and re.match(r"(?:0|off|stop|end|over|cancel)\b", rest.lower()):
            return Intent(K.PAUSE, 0)  # "PAUSE 0", "pause off": the pause ends
        if kind is K.PAUSE:
            return Intent(K.PAUSE, pause_days(rest.lower()))
        if kind is K.CONTACTED and rest and any_match(lex.LOOK_PHRASES, rest.lower()):
            return Intent(K.LOOKED)
        if kind is K.CONTACTED:  # "SLIP. It was a 5, couldn't help it"
            return Intent(kind, find_rating(rest.lower()), text=rest)
        if kind is K.JOURNAL and first == "note" and not rest:
            return None
        return Intent(kind, text=rest)
    if first == "help" and _HELP_WITH.search(rest.lower()):
        return Intent(K.HELP, text=first)  # "Help pls, not sure what to reply to the daily one"
    if first == "ex" and not only_word:
        return None  # "ex texted me..." is read by its signals
    if only_word or _only_courtesy(tokens[1:]):
        return Intent(_WHOLE[first], text=first)  # the keyword itself: HELP is answered always
    return None


def _only_courtesy(rest: list[str]) -> bool:
    return all(word in lex.COURTESY or word in ("again", "now", "pls", "please") for word in rest)


def is_opt_out(text: str, tokens: list[str]) -> bool:
    if any_match(lex.NOT_OPT_OUT, text):
        return False
    if _ends_something_else(tokens):
        return False
    if _only_opt_out(tokens):
        return True
    if _REPORTED.search(text):
        return False  # "she said 'stop texting me'": someone else's words, not a request
    if any_match(lex.OPT_OUT_PHRASES, text):
        return True
    return len(tokens) <= 25 and _a_sentence_opts_out(_sentences(text))


def _a_sentence_opts_out(sentences: list[str]) -> bool:
    """ "Im done. Unsubscribe", "kindly stop, I've moved on": one sentence is the request itself.

    A question ("End?") never is; "stop" or "cancel" first and followed by more is the playful
    "stop, I'm blushing" unless it is asked for politely; "quit" and "end" alone are too weak.
    """
    for place, sentence in enumerate(sentences):
        if "?" in sentence:
            continue
        tokens = words(sentence)
        said = {keyword(word) for word in tokens} & lex.OPT_OUT_WORDS
        if _SIGN_OFF.match(" ".join(tokens)):
            return True
        if not said - _WEAK or not _only_opt_out(tokens):
            continue
        last = place == len(sentences) - 1
        quitting = any(_QUITTING.search(later) for later in sentences[place + 1 :])
        if said - _PLAYFUL or last or _POLITE & set(tokens) or quitting:
            return True
    return False


def _only_opt_out(tokens: list[str]) -> bool:
    """Nothing but opt-out words and courtesy ("Stop pls", "unsubscribe me")."""
    said = [word for word in tokens if keyword(word) in lex.OPT_OUT_WORDS]
    if not said or _ends_something_else(tokens):
        return False
    return all(keyword(word) in lex.OPT_OUT_WORDS or word in lex.COURTESY for word in tokens)


def _ends_something_else(tokens: list[str]) -> bool:
    """ "end it", "end everything": the only opt-out word is "end", and it ends something else."""
    said = [keyword(word) for word in tokens if keyword(word) in lex.OPT_OUT_WORDS]
    return said == ["end"] and bool(lex.ENDS_SOMETHING_ELSE & set(tokens))


def _sentences(text: str) -> list[str]:
    """Sentences and comma clauses, each with the punctuation that ended it."""
    return [part.strip() for part in _SENTENCE.findall(text) if words(part)]


_SENTENCE = re.compile(r"[^.!?;,\n]+[.!?;,\n]*")
# "Stop it. I'm not doing no contact anymore": the stop is meant, and it is for us.
_QUITTING = re.compile(
    r"\b(?:i'?m|im|i am) (?:not doing|done with|quitting|giving up(?: on)?) (?:no contact|nc|this"
    r"|the program|these)\b"
)
_WEAK = frozenset({"quit", "end", "revoke"})
_PLAYFUL = frozenset({"stop", "stahp", "stp", "cancel"})
_POLITE = frozenset({"please", "pls", "plz", "plez", "kindly"})
# A sentence that is only "I quit" or "I'm out": leaving the program, in a text about it.
_SIGN_OFF = re.compile(r"^(?:ok |okay |so |well )?(?:i quit|i'?m out|im out|i am out)$")


def pause_days(rest: str) -> int | None:
    """Days to pause from "3", "a week", "2 weeks", "a month", "tomorrow" or "for a week pls";
    None when unsaid."""
    if re.search(r"\b(?:a|one|1) month\b|\bmonth\b", rest):
        return 30
    if re.search(r"\b(?:tomorrow|tmrw|tmr|tonight|today)\b", rest):
        return 1
    weeks = re.search(r"\b(\d{1,2}|a|one|two|three|couple(?: of)?) (?:weeks?|wks?)\b", rest)
    if weeks:
        count = weeks.group(1)
        named = {"a": 1, "one": 1, "two": 2, "three": 3}.get(count, 2)
        return 7 * (int(count) if count.isdigit() else named)
    number = re.search(r"\d{1,2}", rest)
    return int(number.group()) if number else None
