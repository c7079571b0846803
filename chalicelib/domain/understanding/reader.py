"""Reads a text into what the person meant: commands, opt-out, check-in with its rating, slips,
looks, the ex reaching out, urges, questions; no I/O.

Every signal is found first, then weighed: "nope, didn't reach out. 2" has a no, a negated
contact and a rating, and means "kept, 2/5". When signals are weak or conflict, the reading says
so (sure=False) and the conversation asks instead of guessing.
"""

from __future__ import annotations

import re

from chalicelib.domain.intents import ACTED, Intent, IntentKind
from chalicelib.domain.reactions import is_reaction
from chalicelib.domain.understanding import lexicon as lex
from chalicelib.domain.understanding.commands import (
    is_opt_out,
    keyword,
    pause_days,
    read_command,
    support_setting,
)
from chalicelib.domain.understanding.signals import (
    Signals,
    any_match,
    contact_in,
    find_signals,
)
from chalicelib.domain.understanding.text import clean, emoji, words

K = IntentKind

_SEND_AT = re.compile(r"^(?:send (?:it |them |texts |my texts )?at|text me at) (?P<when>.+)$")
_QUESTION = re.compile(
    r"\?\s*$|^(?:what|which|how|when|am i|is it|do i|can i|where|is there|does|should i)\b"
    r"|\bhow (?:do|does|can|should|will|would) (?:i|that|this|it)\b"
)
# "yes, 4... so close to caving but didn't": the urge is over and held, so a check-in.
_URGE_HELD = re.compile(
    r"\bbut (?:i )?(?:didn'?t|didnt|did not|held (?:on|strong|firm)?|resisted|stayed strong"
    r"|managed not to)\b"
)
_HELP_QUESTION = re.compile(
    r"\bwhat'?s the (?:keyword|word|command|text)\b|\bwhat(?:'?s| is| does| are"
    r"| do)(?: the)? (?:draft|urge|sos|why|journal|logistics|vault"
    r"|pause|restart|the numbers|numbers|1-5|1 to 5|status|slip|ex)\b|\bwhat happens if\b"
    r"|\bcan i (?:text|reply|say|send|tell) (?:you )?(?:anything|with|more|other)\b|\bdo i (?:have"
    r"|need) to (?:reply|answer|text|check in)\b|\bwhat counts as\b|\bwhat do the\b"
)
_STRONG_URGE = re.compile(
    r"\b(?:give me a reason|talk myself out|help resisting|resisting tonight|help me not|help not"
    r"|talk me|stop me|so close|about to|this close|rn|right now|tempted"
    r"|typed out|before i|gonna break|going to break|ready to|convince me|help[.!?]*$"
    r"|don'?t let me|dont let me)\b"
)
_WHY_PHRASES = (
    (re.compile(r"\bremind me (?:why|of my why|my reason)\b"), False),
    (
        re.compile(
            r"^(?:but |so )?why (?:does|is|would) (?:no contact|nc|this)\b.{0,20}\bwork"
            r"|\bwhy not just (?:stay|be) friends\b"
        ),
        False,
    ),
    (
        re.compile(
            r"\bmy (?:why|reason)(?: for (?:doing )?(?:this|no contact|nc))? is (?P<text>.+)$"
        ),
        True,
    ),
    (
        re.compile(
            r"\b(?:save|keep|remember) (?:this|that) as my (?:reason|why)[: ]+(?P<text>.+)$"
            r"|^my why\s*[:=-]\s*(?P<text2>.+)$"
        ),
        True,
    ),
    (re.compile(r"\bwhat (?:was|were|is|are) my (?:reasons?|whys?)\b"), False),
)
_SAVE_PRIVATELY = re.compile(
    r"\b(?:save|note|keep) (?:this|that) (?:for me )?privately[: ]+(?P<text>.+)$"
)
_DRAFT_ASKED = re.compile(
    r"\b(?:write|type)(?: out)? (?:what i'?d say|the message|a draft|a message|something|what i"
    r" wanna say"
    r"|what i want to say)\b.{0,40}\b(?:not send|don'?t (?:actually )?send|without sending)\b"
    r"|\bcan i (?:write|do) a draft\b"
)
# "keep this for me: I still love you", "save this instead of me sending it: ...": the words
# for the ex come after the colon, and are held like DRAFT's.
_DRAFT_WITH_WORDS = re.compile(
    r"\b(?:save|keep|hold) (?:this|it) (?:for me )?(?:instead of (?:me )?sending it|rather than"
    r" (?:me )?sending it|for me)\b(?![^:]*privately)[^:]{0,40}:\s*(?P<text>.+)$"
    r"|\b(?:hold|keep|save)(?: onto| on to)? (?:a|this|my|this one|this) ?(?:message|msg|text"
    r"|one)?\b(?: for (?:me|my ex|him|her|them))?(?: pls| please)?\b"
    # Kept for themselves ("privately", "as a journal entry") is a JOURNAL, not words for the ex.
    r"(?![^:]*\b(?:privately|journal|diary|as a note)\b)[^:]{0,40}(?::|\s-\s)\s*(?P<text2>.+)$"
    r"|\b(?:hold on ?to|hold onto|keep|save) this(?: one)? for me\b[,.]?\s*\b(?:i wanna|i want to"
    r"|i need to) (?:tell|say to|text) (?:him|her|them|my ex)\b(?: that)?\s*(?P<text3>.+)$"
)
_JOURNAL_THIS = re.compile(
    r"\b(?:save|put|write|add|log|keep) (?:this|that) (?:as|in|to|into) (?:a |my )?journal"
    r"(?: entry)?\b(?: pls| please)?[\s:.,-]+(?P<text>.+)$"
)
_NOTE_THAT = re.compile(
    r"\b(?:note|write down|log|jot down|remember)(?: privately| down)? that (?P<text>.+)$"
)


def read(body: str) -> Intent:
    """What the text means, for someone in the program. sure=False marks a guess to confirm."""
    original = " ".join(clean(body).split())
    text = _FORMER.sub(r"former \1", original.lower())
    tokens = words(text)
    if not tokens and not emoji(text):
        return Intent(K.HELP) if "?" in text else Intent(K.EMPTY)
    if is_reaction(original):
        return Intent(K.REACTION)
    if not tokens:
        return _emoji_only(emoji(text))
    setting = support_setting(text)
    if setting is not None:
        return setting
    command = read_command(original, text, tokens)
    if command is not None:
        return command
    if is_opt_out(text, tokens):
        if _FOR_A_WHILE.search(text):  # "stop texting for like 2 weeks, im on vacation"
            return Intent(K.PAUSE, pause_days(text))
        return Intent(K.STOP)
    fixed = keyword(tokens[0])
    if fixed and fixed != tokens[0]:  # "DELTE my account": the keyword meant, for the phrases
        text = text.replace(tokens[0], fixed, 1)
    settings = _settings(original, text)
    if settings is not None:
        return settings
    text = spelled_out(text)
    tokens = words(text)
    return _weigh(text, tokens, find_signals(text, tokens))


def spelled_out(text: str) -> str:
    """A phone's spellings as the words they stand for: "wat day am i on" -> "what day..."."""
    return re.sub(r"[a-z]+", lambda m: lex.SLANG.get(m.group(), m.group()), text)


def _emoji_only(found: set[str]) -> Intent:
    if "\U0001f198" in found:  # SOS
        return Intent(K.URGE)
    if found & lex.EMOJI_STOP and not found - lex.EMOJI_STOP - {"\u270b"}:
        return Intent(K.STOP) if "\U0001f6d1" in found or "\u26d4" in found else Intent(K.UNKNOWN)
    if found & lex.EMOJI_KEPT:
        return Intent(K.KEPT, sure=False)
    return Intent(K.UNKNOWN)


def _settings(original: str, text: str) -> Intent | None:
    if any_match(lex.DELETE_PHRASES, text):
        return Intent(K.DELETE)
    plain = " ".join(words(text))
    restart_first = _RESTART_FIRST.match(text) is not None  # "reset my count, I messed up"
    if any_match(lex.RESTART_PHRASES, text) and (restart_first or not contact_in(text)):
        return Intent(K.RESTART)
    if any_match(lex.JOIN_PHRASES, plain):
        consent = any_match(lex.CONSENT_PHRASES, plain)
        return Intent(K.JOIN, text="consent" if consent else "")
    if _HELP_QUESTION.search(text):
        return Intent(K.HELP)
    for pattern, has_text in _WHY_PHRASES:
        match = pattern.search(text)
        if match:
            group = "text" if not has_text or match.group("text") else "text2"
            start = match.start(group) if has_text else len(text)
            return Intent(K.WHY, text=original[start:].strip() if has_text else "")
    held = _DRAFT_WITH_WORDS.search(text)
    if held:
        group = next(name for name in ("text", "text2", "text3") if held.group(name))
        start = held.start(group)
        return Intent(K.DRAFT, text=original[start:].strip())
    if _DRAFT_ASKED.search(text):
        return Intent(K.DRAFT)  # asked for, the words still to come: draft_empty asks for them
    note = _NOTE_THAT.search(text) or _SAVE_PRIVATELY.search(text) or _JOURNAL_THIS.search(text)
    if note:
        return Intent(K.JOURNAL, text=original[note.start("text") :].strip())
    if any_match(lex.RESTART_PHRASES, text) and not contact_in(text):
        return Intent(K.RESTART)
    if any_match(lex.PAUSE_PHRASES, text) and not any_match(lex.OPT_OUT_PHRASES[1:2], text):
        return Intent(K.PAUSE, pause_days(text))
    if any_match(lex.ANOTHER_TIME, text):
        # "later like 10am": the time; "stop texting me at 9am": the time they do not want, so
        # which time is asked, as it is when none is told.
        told = (
            None
            if re.search(r"\b(?:stop|quit|no more|before)\b", text)
            else (lex.A_CLOCK_TIME.search(text))
        )
        return Intent(K.TIME, text=told.group() if told else "")
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


def _weigh(text: str, tokens: list[str], s: Signals) -> Intent:
    rating = s.rating
    if _HOW_LONG_SINCE.search(text):  # "how long since i last contacted him": the clock
        return Intent(K.STATUS)
    days_ago = _DAYS_AGO.search(text)
    if days_ago and (s.yes_word or _LAST_CONTACT.search(text)) and not _SINCE_THEN.search(text):
        # "yes, last talked to him 4 days ago": when the clock starts, not a slip today
        return Intent(K.KEPT, None, days=int(days_ago.group(1)))
    weeks_ago = _WEEKS_AGO.search(text)
    if s.yes_word and weeks_ago:  # "yes, last time we talked was 2 weeks ago": signing up
        count = weeks_ago.group(1)
        weeks = int(count) if count.isdigit() else _WEEK_COUNTS[count]
        return Intent(K.KEPT, None, days=7 * weeks)
    if s.looked and not s.contact and _MAY_I.search(text):
        return Intent(K.UNKNOWN)  # "is it ok to check her insta?": asked, answered as asked
    if _QUESTION.search(text) and not s.contact:
        if _HELP_QUESTION.search(text):
            return Intent(K.HELP)
        if any_match(lex.STATUS_PHRASES, text):
            return Intent(K.STATUS)
        if any_match(lex.HELP_PHRASES, text) and not s.urge:
            return Intent(K.HELP)
        if not s.yes_word and not s.no_word and not s.urge and not s.looked:
            return Intent(K.UNKNOWN)  # "will she come back if I stay no contact?"
    if s.looked and _EX_ONLY_VIEWED.search(text) and not s.contact:
        return Intent(K.LOOKED, rating)  # "he viewed my story so I looked at his"
    if _HOW_DO_I.match(text) and any_match(lex.HELP_PHRASES, text):
        return Intent(K.HELP)  # "how do I tell you if I slipped": about the coach, not a slip
    if s.ex_reached and _I_ANSWERED.search(text) and not s.contact_denied:
        return Intent(K.CONTACTED, rating)  # "she texted me happy birthday and i said thanks"
    if s.ex_reached and (s.held or s.contact_denied) and not s.contact:
        return Intent(K.EX_REACHED_OUT, rating)
    if s.contact and s.kept and _UNSENT.search(text) and not (s.urge and _STRONG_URGE.search(text)):
        return Intent(K.KEPT, rating)  # "kept it. wrote him a text and deleted it unsent"
    if s.contact:
        return Intent(K.CONTACTED, rating, sure=_about_the_ex(text, tokens))
    if s.looked and not s.urge:
        return Intent(K.LOOKED, rating)
    if s.ex_acted and not s.urge:
        # "he blocked me everywhere": the ex's act, not contact and not a slip.
        return Intent(K.EX_REACHED_OUT, rating, text=ACTED)
    keptish = s.yes_word or s.kept or s.contact_denied
    if s.ex_reached and keptish and not s.urge:
        return Intent(K.EX_REACHED_OUT, rating, sure=False)
    if s.urge and keptish and _URGE_HELD.search(text):
        return Intent(K.KEPT, rating)
    if s.urge and (not keptish or _STRONG_URGE.search(text)):
        return Intent(K.URGE)
    # A bare yes or no answers the daily question; with many other words it may answer
    # something else ("No problem, how are you?"), so it is confirmed first.
    short = len(tokens) <= 5
    if keptish:
        sure = short or ((s.kept or s.contact_denied) and _about_the_ex(text, tokens))
        sure = sure or (s.kept and _SURELY_KEPT.search(text) is not None)
        days_ago = _DAYS_AGO.search(text)
        if days_ago:  # "YES 3 days ago" while signing up: the clock starts from then
            return Intent(K.KEPT, None, sure=sure, days=int(days_ago.group(1)))
        yes_days = _YES_DAYS.match(text)  # "YES 3" is days for a new person, a rating after
        days = None
        if yes_days and yes_days.group("yes") in lex.YES_WORDS:
            days = int(yes_days.group("days"))
        return Intent(K.KEPT, rating, sure=sure, days=days)
    if s.no_word:
        # "no", "no. I broke" answer the daily question; "nope not for me" may answer another.
        elsewhere = _NO_TO_SOMETHING_ELSE.search(text) is not None
        return Intent(K.CONTACTED, rating, sure=short and not elsewhere)
    if s.ex_reached:
        return Intent(K.EX_REACHED_OUT, sure=False)
    if any_match(lex.STATUS_PHRASES, text):
        return Intent(K.STATUS)
    if any_match(lex.HELP_PHRASES, text):
        return Intent(K.HELP)
    if rating is not None and _rating_is_the_point(text, tokens):
        return Intent(K.RATING, rating)
    return Intent(K.UNKNOWN)


# Asking leave to do something, not telling it done.
_MAY_I = re.compile(
    r"^(?:\w+ ){0,2}(?:is it (?:ok|okay|bad|wrong|fine|alright|allowed|weird)|can i|am i allowed"
    r"|could i|should i|would it be|does it count|is it breaking)\b"
)
# A day told as done, in any number of words: a check-in, not a guess to confirm.
_SURELY_KEPT = re.compile(
    r"\bday \d+ (?:done|down|complete|survived)\b|\b(?:made it|got) (?:thru|through) another"
    r" day\b|\banother day (?:done|down)\b|\bsurvived another day\b|\bnot today,? satan\b"
)
# An opt-out with an end in sight is a pause: the texts stop for that long, then resume.
_FOR_A_WHILE = re.compile(
    r"\bfor (?:like |about |around |a |the )?(?:\d{1,2}|a|one|two|three|few|couple(?: of)?)"
    r" (?:days?|weeks?|wks?|months?)\b|\b(?:tomorrow|tmrw|this week(?:end)?|till|until)\b"
    r"|\bwhile i'?m (?:away|on (?:vacation|holiday))\b|\bon (?:vacation|holiday)\b"
)
_NO_TO_SOMETHING_ELSE = re.compile(
    r"\b(?:not for me|thanks|thank you|thx|ty|later|problem|worries|way|chance|idea|ready|kidding"
    r"|need|want|interested|bother)\b"
)


def _about_the_ex(text: str, tokens: list[str]) -> bool:
    """A check-in or slip said plainly: short, or naming the ex in a text of a few lines."""
    named = re.search(r"\b(?:him|her|them|he|she|they|my ex|the ex|ex|his|nc|no contact)\b", text)
    return len(tokens) <= 8 or (named is not None and len(tokens) <= 20)


# "my ex-boss", "an ex-colleague": not the ex.
_FORMER = re.compile(rf"\bex-({lex.OTHER_PEOPLE})\b")
_HOW_DO_I = re.compile(r"how (?:do|can|should) i (?:tell|let|log|report|record|say)\b")
_RESTART_FIRST = re.compile(r"(?:please |pls )?(?:reset|restart)\b")
# The ex wrote and they answered, in a few words: a reply is contact.
_I_ANSWERED = re.compile(
    r"\b(?:and |so |then )?i (?:said|wrote|sent|texted|replied|answered)(?: back)?(?: (?:him|her"
    r"|them))? [\"'\u201c]?(?:thanks|thank you|thx|ty|hi|hey|hello|ok|okay|k|same|u too"
    r"|you too|lol|haha|happy \w+)\b|\bi (?:said|wrote|texted|sent) (?:it )?back\b"
)
_EX_ONLY_VIEWED = re.compile(
    rf"\b{lex.EX_SUBJECT} (?:viewed|watched|saw|liked|looked at) my (?:story|stories|post|status"
    r"|reel|pics?|photos?)\b"
)
_UNSENT = re.compile(
    r"\b(?:without sending|never sent|didn'?t send|didnt send|not sending|deleted it|unsent)\b"
)
_HOW_LONG_SINCE = re.compile(
    r"^(?:so |and )?how (?:long|many (?:days|hours))(?: has it been| is it| it'?s been)? since"
    r" (?:i |my )?(?:last )?\w+"
)
_LAST_CONTACT = re.compile(
    r"\blast (?:time )?(?:i |we )?(?:talked|texted|spoke|saw|heard|contacted|messaged|called"
    r"|had contact|contact)\b"
)
_SINCE_THEN = re.compile(r"\b(?:today|tonight|again|just now|this morning|but)\b")
_DAYS_AGO = re.compile(r"\b(\d{1,2})\s*(?:days?|d)\s+ago\b")
_YES_DAYS = re.compile(r"^(?P<yes>[a-z]+)[,.! ]*(?P<days>\d{1,2})(?:\s*(?:days?|d))?[^\w]*$")
_WEEKS_AGO = re.compile(r"\b(\d{1,2}|a|one|two|three)\s*(?:weeks?|wks?)\s+ago\b")
_WEEK_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3}
_RATING_FILLER = frozenset(
    {
        "a", "like", "maybe", "tbh", "honestly", "about", "around", "prob", "probably", "it",
        "was", "today", "id", "i'd", "say", "solid", "ngl", "lol", "out", "of", "five", "rating",
        "hmm", "um", "uh", "so", "i", "guess", "rate", "it's", "its", "reckon", "think",
        "feeling", "feel", "idk", "tonight", "rn", "now", "im", "i'm", "meh", "day", "ok",
        "okay", "not", "bad", "good", "rough", "hard", "easy", "pretty", "kinda", "fine",
        "outta", "outa",
    }
)  # fmt: skip


def _rating_is_the_point(text: str, tokens: list[str]) -> bool:
    """The number is the message: "4", "a 2", "like a 5 tbh", "4/5"."""
    return all(
        word in _RATING_FILLER or word.isdigit() or word in lex.NUMBER_WORDS for word in tokens
    )
