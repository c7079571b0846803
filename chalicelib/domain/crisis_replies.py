"""The conversation's safety turns: crisis replies in two tiers, the answer to the direct
question, and who may enrol; no I/O. Runs before anything else the coach does with a text."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.content import render_reply
from chalicelib.domain import dialogue, program, safety
from chalicelib.domain.conversation_base import asked_about_the_program
from chalicelib.domain.crisis import CrisisKind, CrisisSignal, Tier, already_taken
from chalicelib.domain.intents import Intent, IntentKind, read_yes_no, strip_fillers
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.outcome import InboundText, Outcome, new_person

# Inside the safety window, a yes in a sentence ("actually yes i am thinking about it") is a yes:
# asked about suicide, an answer that leans yes gets the resources, never a check-in.
_LEANS_YES = re.compile(
    r"\b(?:yes|yeah|yea|yep|yup|ya|ys|yse|yess+|yh|ye|i am|i do|i think so|kind of|kinda|maybe"
    r"|sometimes|a bit|a little|thinking about it|been thinking|thought about it|crossed my mind"
    r"|every (?:night|day)|all the time|a lot|lately|often|constantly|i have|i'?ve thought)\b"
)
# "yes i kept no contact today, 3/5" answers the daily question, not the safety one.
_ABOUT_CONTACT = re.compile(
    r"\b(?:kept|no contact|nc|check(?:ed)?[ -]?in|contact(?:ed)?|(?:text|call|messag)(?:ed|e)?"
    r" (?:him|her|them|my ex)|didn'?t (?:text|call|message|contact|reach)|reach(?:ed)? out to"
    r" (?:him|her|them))\b|\b[1-5] ?/ ?5\b|^(?:yes|yeah|yep|yup|ya|y)\W*[1-5]\W*$"
)


# Unsure, or "no" with a "but": asked about suicide, that deserves the resources.
_UNSURE_WORDS = re.compile(
    r"\b(?:idk|i don'?t know|i dont know|dunno|not sure|unsure|maybe|kinda|kind of|sort of"
    r"|i think about it|think about it|thought about it|not today|sometimes)\b"
)


# A feeling beside the "no" ("no but im scared", "no. just really sad").
_FEELING = re.compile(
    r"\b(?:scared|afraid|frightened|terrified|sad|lonely|alone|hurt|hurting|struggling|not ok"
    r"|not okay|anxious|lost|empty|numb|heartbroken|broken|crying|upset|miserable|depressed|down"
    r"|low|awful|horrible|shit|rubbish|overwhelmed|exhausted|hopeless|worthless|tired)\b"
)


def _answer(body: str) -> str | None:
    """ "yes", "no" or None for an answer about their safety; unsure or leaning yes reads yes,
    and so does an answer that leans both ways ("no... maybe"). None for a check-in."""
    text = strip_fillers(body.lower().strip())
    if _ABOUT_CONTACT.search(text):
        return None
    if _UNSURE_WORDS.search(text):
        return "yes"
    plain = read_yes_no(text)
    if plain is not None:
        return plain
    if _LEANS_YES.search(text):
        return "yes"
    if re.match(r"^(?:not rn|not right now|not now|not tonight)\b", text.strip()):
        return "no"
    return None


def opt_out_wins(signal: CrisisSignal, intent: Intent) -> bool:
    """A plain opt-out ("I want out of this program") that only the model read as a possible
    crisis is honoured as an opt-out; anything the phrase tables found still comes first."""
    return signal.source == "model" and intent.kind is IntentKind.STOP and intent.sure


# Questions whose short plain answer ("not anymore") the model may misread as possible risk.
_EVERYDAY_QUESTIONS = frozenset(
    {dialogue.DRAFT_RETURN, dialogue.URGE_RATING, dialogue.CLARIFY, dialogue.REFLECT,
     dialogue.DECISION, dialogue.DELETE, dialogue.FOLLOW_UP}
)  # fmt: skip


def answer_wins(
    person: Person | None, signal: CrisisSignal, text: InboundText, now: datetime
) -> bool:
    """A yes or no of up to 8 words to an everyday question we asked ("nah i dont want to
    anymore" to the returned draft), flagged only by the model, is that answer; anything the
    phrase tables found still comes first."""
    if person is None or signal.source != "model" or signal.tier is not Tier.POSSIBLE:
        return False
    if dialogue.open_question(person, now) not in _EVERYDAY_QUESTIONS:
        return False
    return len(text.body.split()) <= 8 and read_yes_no(text.body, unsure_is_yes=False) is not None


def crisis_outcome(
    person: Person | None,
    text: InboundText,
    signal: CrisisSignal,
    country: str | None,
    now: datetime,
    settings: ProgramSettings,
) -> Outcome:
    """Safety first, at any hour and whatever their status; coaching paused for the day.

    Explicit danger gets the full resources; possible risk gets a direct question, whose answer
    is read next (see safety_answer). A number we do not know is not signed up by a crisis
    text, and its answer could not be read in context, so it gets the full resources.
    """
    events = ("crisis", f"crisis_{signal.tier.value}")
    if person is None:
        reply = safety.crisis_reply(signal, country, can_ask=False, body=text.body)
        stranger = new_person(text, now, settings)
        if not may_enrol(settings, country):
            return Outcome(stranger, (reply,), changed=False, events=events)
        # Not signed up, but their next "yes" or "no" must be read as about how they are, not
        # as a sign-up: the number is kept, pending, with the follow-up open.
        asked = dialogue.ask(stranger, dialogue.CRISIS_FOLLOW, now, about=_about(signal, text))
        return Outcome(asked, (reply,), changed=True, events=events)
    # Possible risk soon after the full resources is never answered with less than them, nor
    # soon after a "no" to the direct question with the same question again: a second warning
    # sign gets the resources (a tester's three farewell texts each got the question).
    had_resources = dialogue.open_question(person, now) == dialogue.CRISIS_FOLLOW
    # Nor while the question is still unanswered: a second warning sign instead of a YES or NO
    # gets the resources (a stranger's six "nobody would care if i was gone" got the question
    # six times).
    asked_already = dialogue.open_question(person, now) == dialogue.SAFETY
    escalate = had_resources or asked_already
    reply = safety.crisis_reply(signal, country, can_ask=not escalate, body=text.body)
    # Something taken or a wound stays the window's emergency whatever comes next: a threat
    # after pills is "danger:taken", and every reply still names the emergency number.
    before = window_kind(person.asked_about)[1] if had_resources else None
    self_harm = signal.kind is CrisisKind.SELF_HARM
    if before is not None and self_harm and not safety.medical(text.body):
        # "its not stopping bleeding tho" an hour after the cut: the same emergency, its first
        # aid again, not the general line (a stranger's got "text 988" and lost the 911).
        reply = safety.medical_reply(country, before, again=True)
    # After the resources, or once something was taken, no question comes before the help.
    if (escalate or already_taken(text.body)) and safety.asks(signal):
        signal = CrisisSignal(signal.kind, Tier.EXPLICIT, signal.source)
    quieted = replace(person, paused_until=end_of_local_day(person, now))
    if not safety.asks(signal):
        quieted = dialogue.ask(
            quieted, dialogue.CRISIS_FOLLOW, now, about=_about(signal, text, before)
        )
    else:
        quieted = dialogue.ask(quieted, dialogue.SAFETY, now)
    return Outcome(quieted, (reply,), changed=True, events=events)


def _about(signal: CrisisSignal, text: InboundText, before: str | None = None) -> str:
    """The window's asked_about: the crisis kind, and after something taken or a bleeding wound
    (in this text, else `before` in the window it extends) what it was ("self_harm:taken"), so
    that every reply in the window names the emergency."""
    done = safety.medical(text.body) if signal.kind is CrisisKind.SELF_HARM else None
    done = done or before
    return signal.kind.value if done is None else f"{signal.kind.value}:{done}"


def window_kind(about: str | None) -> tuple[CrisisKind, str | None]:
    """The crisis kind and the medical emergency ("taken", "injury" or None) of asked_about."""
    if about == dialogue.ABOUT_SUPPORT:  # the hours after "no" to "are you thinking about..."
        return CrisisKind.SELF_HARM, None
    kind, _, done = (about or CrisisKind.SELF_HARM.value).partition(":")
    return CrisisKind(kind), (done if done in dialogue.MEDICAL else None)


def end_of_local_day(person: Person, now: datetime) -> datetime:
    local = program.local_now(person, now)
    end_of_day = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return max(person.paused_until or now, end_of_day.astimezone(now.tzinfo))


def safety_answer(person: Person, body: str, country: str | None, now: datetime) -> Outcome | None:
    """The answer to "Are you thinking about suicide?": yes or unsure gets the full resources,
    no gets warm support; anything else is read as usual (the question stays open)."""
    answer = _answer(body)
    if answer is None:
        return None
    # Either way the next plain yes or no is about how they are, not a check-in.
    closed = dialogue.ask(person, dialogue.CRISIS_FOLLOW, now, about=CrisisKind.SELF_HARM.value)
    if answer == "no":
        closed = dialogue.ask(person, dialogue.CRISIS_FOLLOW, now, about=dialogue.ABOUT_SUPPORT)
        return Outcome(closed, (_support(body, country),), True, ("safety_answer_no",))
    signal = CrisisSignal(CrisisKind.SELF_HARM, Tier.EXPLICIT)
    reply = safety.crisis_reply(signal, country, can_ask=False)
    return Outcome(closed, (reply,), True, ("crisis", "crisis_explicit", "safety_answer_yes"))


def _support(no: str, country: str | None) -> str:
    """Warm support for a "no" to the direct question; "no but im scared": the feeling too."""
    heard = _FEELING.search(no.lower()) is not None
    return safety.support_feeling_reply(country) if heard else safety.support_reply(country)


def crisis_follow(person: Person, body: str, country: str | None, now: datetime) -> Outcome | None:
    """A yes or "idk" soon after the crisis resources: the same words again, and a no: heard,
    with a line; never a check-in or a slip, for the whole window. After "no" to the direct
    question, a later yes gets the full resources. Anything else is read as usual."""
    answer = _answer(body)
    if answer is None or safety.asks_who_we_are(body):
        return None  # "idk. who is this even": a question, answered in crisis_window
    if asked_about_the_program(body.strip().lower()) is not None:
        return None  # "what if she texts me first, do i have to ignore her": asked, not an answer
    if person.asked_about == dialogue.ABOUT_SUPPORT:
        if answer == "no":
            # "no im just tired lol": the feeling is heard this time too
            return Outcome(person, (_support(body, country),), False, ("crisis_follow",))
        # "no" first, then "yes": now they are telling us. The full resources, never "glad".
        told = dialogue.ask(person, dialogue.CRISIS_FOLLOW, now, about=CrisisKind.SELF_HARM.value)
        signal = CrisisSignal(CrisisKind.SELF_HARM, Tier.EXPLICIT)
        reply = safety.crisis_reply(signal, country, can_ask=False)
        return Outcome(told, (reply,), True, ("crisis", "crisis_explicit", "safety_answer_yes"))
    kind, done = window_kind(person.asked_about)
    if done is not None:
        # After an overdose or a bleeding cut, "no", "idk" or "im fine" still gets the emergency
        # number first: what was taken can hurt hours later (a stranger's "no" got a text line).
        reply = safety.medical_reply(country, done, again=answer != "no", body=body)
        return Outcome(person, (reply,), False, ("crisis_follow",))
    if answer == "no":
        # "no" or "no but im scared" to no question of ours: heard, with the line that asks least
        # of them, not the same resources word for word (a tester's "no" got them three times).
        reply = safety.listening_reply(country, kind, body)
        return Outcome(person, (reply,), False, ("crisis_follow",))
    reply = safety.crisis_reply(CrisisSignal(kind, Tier.EXPLICIT), country, can_ask=False)
    return Outcome(person, (reply,), False, ("crisis_follow",))


def may_enrol(settings: ProgramSettings, country: str | None) -> bool:
    allowed = settings.enrol_countries or safety.countries_with_resources()
    return country is not None and country in allowed


def not_available(person: Person, intent: Intent) -> Outcome:
    """A number from a country we cannot serve: told kindly, and nothing is stored."""
    if intent.kind is IntentKind.STOP:
        return Outcome(person, (render_reply("opted_out"),), changed=False)
    return Outcome(person, (safety.unavailable_reply(),), changed=False, events=("not_enrollable",))
