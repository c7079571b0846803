"""Answers to what the coach asked (see dialogue.py), read before anything else; no I/O.

Each reader returns an Outcome when the text answers the open question, or None to read the text
as usual. Free answers are kept privately (a PrivateRecord with the journal's lifetime) and
acknowledged in a line that shows they were heard.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from chalicelib.domain import dialogue, follow_up, program, safety
from chalicelib.domain.conversation_base import asked_about_the_program
from chalicelib.domain.intents import Intent, IntentKind, read_yes_no
from chalicelib.domain.model import Person, PrivateRecord
from chalicelib.domain.outcome import Outcome
from chalicelib.domain.understanding import lexicon as lex
from chalicelib.domain.understanding.signals import contact_in, find_rating

if TYPE_CHECKING:
    from chalicelib.domain.conversation import _Conversation

MAX_ANSWER = 1600
_CONFIRM_ERASE = re.compile(
    r"^(?:yes|y|yep|yeah|confirm|confirmed|do it|yes please|yes delete(?: it)?"
    r"|yes erase(?: it)?|yes,? (?:delete|erase)(?: (?:it|everything|all))?)[.! ]*$"
    r"|^(?:yes|y|yep|yeah|yup|ok|okay|sure)[,.! ]+(?:please |pls )?(?:delete|erase|wipe|go ahead"
    r"|do it)"
    r"(?: it| them| my data| my stuff| everything| all| of it)*(?: please| pls| now)?$"
    r"|^(?:please |pls )?(?:delete|erase|wipe) (?:it all|everything|all of it|my data|it)"
    r"(?: please| pls| now)?$"
)
_WHAT_IT_DOES = re.compile(
    r"\bwhat (?:does|will|would) (?:that|it|this|delete) (?:do|mean|erase|delete)\b|\bwhat gets"
    r" (?:erased|deleted)\b|\bwait\W*what\b"
)
_AGREED = re.compile(r"^(?:ok|okay|k|kk|right|correct|that'?s right|thats it|exactly|mhm|yes+)$")
# Readings that are a free answer rather than a command or a check-in.
_FREE = (IntentKind.UNKNOWN,)
# CLARIFY's asked_about after a rating with no check-in ("rated:3"): the rating waits for YES/NO.
RATED = "rated"
# Guesses worth confirming, each with its own question.
CLARIFIED = (IntentKind.KEPT, IntentKind.CONTACTED, IntentKind.EX_REACHED_OUT)


def answer(conversation: _Conversation, question: str, intent: Intent) -> Outcome | None:
    """The outcome of the text as an answer to `question`, or None to read it as usual."""
    reader = _READERS.get(question)
    return reader(conversation, intent) if reader is not None else None


def _plain(body: str) -> str:
    return " ".join(body.lower().split()).strip(" .!?,")


def _erase_confirmed(c: _Conversation, intent: Intent) -> Outcome | None:
    if _CONFIRM_ERASE.match(_plain(c.body)):
        return c._erase()
    if read_yes_no(c.body, unsure_is_yes=False) == "no":
        return c._changed(dialogue.answered(c.person), "delete_kept", "delete_cancelled")
    if intent.kind is IntentKind.KEPT and intent.sure and intent.number is not None:
        return None  # "kept it, 3": a check-in with its rating, recorded as usual
    if intent.kind is IntentKind.HELP or _WHAT_IT_DOES.search(c.body.lower()):
        return c._unchanged("delete_confirm")  # "wait what does that do": what DELETE does
    if intent.kind in (IntentKind.KEPT, IntentKind.UNKNOWN, IntentKind.REACTION):
        return c._unchanged("delete_unclear")  # "I did it": erase, or a check-in? Ask.
    return None


def _draft_answer(c: _Conversation, intent: Intent) -> Outcome | None:
    if intent.kind is IntentKind.CONTACTED and intent.sure and not read_yes_no(c.body):
        return None  # "I sent it": a slip, read as usual
    said = read_yes_no(c.body, unsure_is_yes=False)
    if said is None and re.search(
        r"\b(?:not anymore|not really|don'?t|dont|nope)\b", c.body.lower()
    ):
        said = "no"
    elif said is None and re.search(
        r"\b(?:yes|yeah|yea|yep|ya|i still do|still do|i do|kinda|sort of|a bit|so bad)\b",
        c.body.lower(),
    ):
        said = "yes"  # "honestly... yeah i still do"
    if said == "no":
        let_go = replace(dialogue.answered(c.person), urges_beaten=c.person.urges_beaten + 1)
        return c._changed(let_go, "draft_let_go", "draft_let_go")
    if said == "yes":
        return c._changed(dialogue.answered(c.person), "draft_still_want", "draft_still_want")
    return None


_OUT_OF_TEN = re.compile(r"\b(10|[0-9])\s*(?:/|out of|outta)\s*10\b")
_FADING = re.compile(
    r"\b(?:fading|faded|fades|passing|passed|gone|going away|calmer|calming|better|easing|eased"
    r"|weaker|smaller|less(?: strong| bad)?|settled|ok now|okay now|fine now)\b"
    r"(?<!not better)(?<!not gone)"
)


def _urge_rating(c: _Conversation, intent: Intent) -> Outcome | None:
    if intent.kind is IntentKind.CONTACTED and intent.sure and contact_in(c.body.lower()):
        return None  # "no i texted him": a slip, read as usual (a bare "no" is still the urge)
    if read_yes_no(c.body, unsure_is_yes=False) == "no" and intent.kind is not IntentKind.STOP:
        # "Still holding on?" "no": still in the urge, not a slip until they say they reached out.
        return c.act(Intent(IntentKind.URGE))
    rated = (IntentKind.RATING, IntentKind.KEPT, IntentKind.UNKNOWN, IntentKind.URGE)
    if intent.kind not in rated:
        return None
    text = c.body.lower()
    # "honestly like a 5 still. i want him back": the rating, wherever it sits; "a 9 out of
    # 10" on their own scale, halved.
    tenths = _OUT_OF_TEN.search(text)
    rating = intent.number if intent.number is not None else find_rating(text)
    if tenths is not None:
        rating = max(1, min(5, (int(tenths.group(1)) + 1) // 2))
    if rating is None and _FADING.search(text):
        # "idk its fading i guess": how it is, in words, and the wave passing.
        return c._changed(dialogue.answered(c.person), "urge_fading", "urge_rated")
    if rating is None or not 1 <= rating <= 5:
        return None
    # A 4 or 5 is still strong: not "you rode it out", but another step.
    reply = "urge_rated" if rating <= 3 else "urge_rated_strong"
    return c._changed(dialogue.answered(c.person), reply, "urge_rated", rating=rating)


_Reader = Callable[["_Conversation", Intent], "Outcome | None"]


def _kept_answer(kind: str, reply: str) -> _Reader:
    def read(c: _Conversation, intent: Intent) -> Outcome | None:
        if intent.kind not in _FREE and intent.sure:
            return None
        record = PrivateRecord(kind, c.body.strip()[:MAX_ANSWER], c.now)
        outcome = c._changed(dialogue.answered(c.person), reply, f"{kind}_answered")
        return replace(outcome, records=(record,))

    return read


_UNDO = "undo"


def undo_token(before: Person, recorded: bool) -> str | None:
    """SLIP_TRIGGER's asked_about after a reported contact: the clock before it, and the
    check-in day it replaced, so that "that was a mistake" can put them back; None when
    there was no clock."""
    if before.last_contact_at is None:
        return None
    checkin_on = before.last_checkin_on.isoformat() if before.last_checkin_on else ""
    return f"{_UNDO}|{before.last_contact_at.isoformat()}|{checkin_on}|{int(recorded)}"


def undo_slip(c: _Conversation) -> Outcome | None:
    """ "you reset my clock by mistake", "wait no, i meant i didnt text her": while the slip's
    question is open, the clock goes back as it was (a stranger's correction was saved as the
    slip's trigger, and the next one restarted the clock again). None when nothing to undo."""
    kind, _, rest = (c.person.asked_about or "").partition("|")
    if kind != _UNDO or dialogue.open_question(c.person, c.now) != dialogue.SLIP_TRIGGER:
        return None
    contact, checkin_on, recorded = rest.split("|")
    undone = program.undo_contact(
        dialogue.answered(c.person),
        datetime.fromisoformat(contact),
        date.fromisoformat(checkin_on) if checkin_on else None,
        recorded == "1",
    )
    return c._changed(undone, "slip_undone", "slip_undone")


def _taken_back(c: _Conversation, intent: Intent) -> bool:
    text = c.body.lower()
    if lex.MISTAKEN_SLIP.search(text):
        return True
    # "wait no, i didnt contact her": a kept day told straight after the slip, as a correction.
    return _CORRECTING.match(text) is not None and intent.kind is IntentKind.KEPT and intent.sure


_CORRECTING = re.compile(r"^(?:wait|oops|sorry|no+|nope|hang on|hold on|omg)\b")


def _trigger_answer(c: _Conversation, intent: Intent) -> Outcome | None:
    """ "What set it off?": a bare "no", "idk" or "nothing" is an answer, never a second slip;
    "that was a mistake" puts the clock back."""
    if _taken_back(c, intent):
        undone = undo_slip(c)
        if undone is not None:
            return undone
    if _told_twice(c, intent):
        return c._unchanged("slip_already")
    words = c.body.split()
    yes_no = read_yes_no(c.body, unsure_is_yes=False)
    if c.person.asked_about == dialogue.ABOUT_CHECKIN and yes_no is not None and len(words) <= 3:
        return None
    bare = len(words) <= 3 and (
        read_yes_no(c.body, unsure_is_yes=False) == "no"
        or re.match(r"^(?:idk|dunno|nothing|not sure|no idea|i don'?t know)\b", c.body.lower())
    )
    # "nope not for me", "maybe later": they would rather not say, which is an answer too (a
    # tester's "nope not for me" was counted as a second slip).
    declined = _DECLINED.match(_plain(c.body)) is not None and not contact_in(c.body.lower())
    if bare or declined:
        return c._changed(dialogue.answered(c.person), "trigger_none", "trigger_answered")
    asked = asked_about_the_program(c.body.strip().lower())
    if asked is not None:  # "he didnt pick up so does that count??": answered, still open
        return c._unchanged(asked)
    if _PUZZLED.match(_plain(c.body) + ("?" if c.body.strip().endswith("?") else "")):
        return c._unchanged("trigger_explain")  # "what set what off?": the question, explained
    described = read_yes_no(c.body, unsure_is_yes=False) is None  # a bare "yes" is a check-in
    if intent.kind in _ABOUT_THE_SLIP and described:  # "he didnt even answer": the answer
        intent = Intent(IntentKind.UNKNOWN)
    return _kept_answer("trigger", "trigger_saved")(c, intent)


# "texted him again", "slip again": a second contact, not the first one told twice.
_AGAIN = re.compile(r"\b(?:again|agian|another|twice|2nd time|second time)\b")
SAME_SLIP = timedelta(hours=2)


def _told_twice(c: _Conversation, intent: Intent) -> bool:
    """ "caved, texted him" and then "SLIP" a minute later: one slip told twice (a stranger's
    was counted as two); within 2 hours of it, unless they say it happened again."""
    last = c.person.last_contact_at
    return (
        intent.kind is IntentKind.CONTACTED
        and intent.sure
        and read_yes_no(c.body, unsure_is_yes=False) is None
        and last is not None
        and c.now - last <= SAME_SLIP
        and c.person.asked_about != dialogue.ABOUT_CHECKIN
        and not _AGAIN.search(c.body.lower())
    )


# Puzzled by the question itself: "what set what off", "wdym?", "huh".
_PUZZLED = re.compile(
    r"^(?:huh|wdym|what|wym|what do you mean|what does that mean|set what off|what set what off"
    r"|what do u mean|meaning|\?+)\??$|^what (?:set|do you mean|does that mean|is that)\b.{0,20}\?$"
)
_DECLINED = re.compile(
    rf"^(?:{'|'.join(sorted(lex.NO_WORDS))}|not really|not now|not today|not tonight|maybe later"
    r"|later|pass|skip|rather not|i'?d rather not|id rather not|don'?t want to|dont want to)\b"
    r"(?:[ ,.!]*(?:thanks|thank you|ty|not for me|not right now|not now|say|talk about it"
    r"|get into it|right now|tbh|sorry|x+|pls|please|thx))*$"
)
# Readings that, right after a slip and "What set it off?", describe the slip itself.
_ABOUT_THE_SLIP = (
    IntentKind.KEPT, IntentKind.LOOKED, IntentKind.EX_REACHED_OUT, IntentKind.LOGISTICS,
)  # fmt: skip


def _clarified(c: _Conversation, intent: Intent) -> Outcome | None:
    said = read_yes_no(c.body, unsure_is_yes=False)
    if said is None and _AGREED.match(_plain(c.body)):
        said = "yes"  # "ok", "right", "that's right" to "...is that right?"
    if said is None:
        return None
    kind, _, number = (c.person.asked_about or "").partition(":")
    c.person = dialogue.answered(c.person)
    # "no contact today, felt like a 1" starts with "no" but says more than no: the words win.
    said_more = intent.sure and intent.kind is (
        IntentKind.KEPT if said == "no" else IntentKind.CONTACTED
    )
    if said_more:
        return c.act(intent)
    if kind == RATED:  # a rating came first: YES or NO says which day it rates
        told = IntentKind.KEPT if said == "yes" else IntentKind.CONTACTED
        return c.act(Intent(told, int(number) if number else None))
    if said == "no" or kind not in {k.value for k in CLARIFIED}:
        return c._changed(c.person, "clarify_no", "clarify_no")
    # "yes 4/5": their number wins over the one guessed.
    rating = intent.number if intent.number is not None else (int(number) if number else None)
    guessed = Intent(IntentKind(kind), rating)
    return c.act(guessed)


def _follow_up_answer(c: _Conversation, intent: Intent) -> Outcome | None:
    """ "Kept no contact with your ex in the last 7 days?": YES as in every check-in of the
    program (a stranger's "yes! still going strong" was read as contact when the question asked
    about contact); "havent spoken to him" or "i texted him once" say it in words too; a text
    that names contact wins over its yes. Anything else is read as usual."""
    said = read_yes_no(c.body, unsure_is_yes=False)
    # Their words about contact win over the yes or no beside them: "nope havent talked to her
    # at all" answers as if asked "any contact?" (a stranger's was recorded as contact).
    if (
        intent.sure
        and intent.kind is IntentKind.CONTACTED
        and (said is None or contact_in(c.body.lower()))
    ):
        said = "no"
    elif intent.sure and intent.kind is IntentKind.KEPT and len(c.body.split()) > 1:
        said = "yes"
    if said is None:
        return None
    contact = said == "no"
    label = c.person.asked_about or follow_up.LABELS[0]
    kept = follow_up.record(dialogue.answered(c.person), label, contact)
    key = "follow_up_contact" if contact else "follow_up_no_contact"
    key += "_weekly" if c.person.weekly else ""  # already on weekly support: not offered again
    outcome = follow_up.CONTACT if contact else follow_up.NO_CONTACT
    return replace(
        c._changed(kept, key, "follow_up_answered"),
        events=("follow_up_answered", f"follow_up_{outcome}"),
    )


# "a bit better", "ok-ish", "slept a little": the care question answered with some relief.
_EASIER = re.compile(
    r"\b(?:better|ok|okay|fine|alright|good|calmer|lighter|slept|rested|ate|easier)\b"
)
# "not great", "worse": heard as it is, even beside a word of relief.
_WORSE = re.compile(r"\bnot (?:great|good|ok|okay|fine|better)\b|\bworse\b|\bbad\b")


def _care_answer(c: _Conversation, intent: Intent) -> Outcome | None:
    """ "How are you today?" the morning after a crisis reply: heard in any words (a stranger's
    "a bit better. slept a little" got the menu); a command or check-in is read as usual, and
    anything that sounds like danger was already met by the crisis check before this."""
    if intent.kind not in _FREE and intent.sure:
        return None
    if (c.person.asked_about or "").endswith(":taken"):
        # The morning after an overdose, "a bit better" is not safe yet: some take a day or more
        # to harm (paracetamol's liver damage), so the emergency number still comes first.
        reply = safety.medical_reply(c.country, "taken", body=c.body)
        return Outcome(dialogue.answered(c.person), (reply,), True, ("care_answered",))
    text = c.body.lower()
    key = "care_easier" if _EASIER.search(text) and not _WORSE.search(text) else "care_heard"
    danger = (c.person.asked_about or "").startswith("danger")
    line = safety.danger_line(c.country) if danger else safety.crisis_line(c.country)
    return c._changed(dialogue.answered(c.person), key, "care_answered", crisis_line=line)


def _time_retry(c: _Conversation, intent: Intent) -> Outcome | None:
    """After a time in quiet hours was refused, a time told next is the setting."""
    told = lex.A_CLOCK_TIME.search(c.body.lower())
    if intent.kind is IntentKind.TIME or told is None:
        return None
    return c._time(Intent(IntentKind.TIME, text=told.group()))


_READERS: dict[str, _Reader] = {
    dialogue.DELETE: _erase_confirmed,
    dialogue.DRAFT_RETURN: _draft_answer,
    dialogue.URGE_RATING: _urge_rating,
    dialogue.SLIP_TRIGGER: _trigger_answer,
    dialogue.REFLECT: _kept_answer("answer", "answer_saved"),
    dialogue.DECISION: _kept_answer("decision", "decision_saved"),
    dialogue.CLARIFY: _clarified,
    dialogue.FOLLOW_UP: _follow_up_answer,
    dialogue.CARE: _care_answer,
    dialogue.TIME_RETRY: _time_retry,
}


def clarify(c: _Conversation, intent: Intent) -> Outcome:
    """Ask before acting on a guess: "Sounds like you kept no contact today, right?"."""
    about = intent.kind.value + (f":{intent.number}" if intent.number is not None else "")
    asked = dialogue.ask(c.person, dialogue.CLARIFY, c.now, about=about)
    return c._changed(asked, f"clarify_{intent.kind.value}", "clarify")
