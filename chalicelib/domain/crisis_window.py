"""The hours after the crisis resources: what people say next is heard, not menued; no I/O.

For 12 hours after the full resources (dialogue.CRISIS_FOLLOW) a text that no command or
answer explains is met in kind: thanks gently, "he left, I'm ok" with relief, "I called 988"
with praise, anything else with a short "I'm listening" and the line that asks least of them.
"""

from __future__ import annotations

import re
from datetime import datetime

from chalicelib.content import render_reply
from chalicelib.domain import dialogue, safety
from chalicelib.domain.conversation_base import asked_about_the_program
from chalicelib.domain.crisis import CrisisKind, CrisisSignal, Tier
from chalicelib.domain.crisis_replies import window_kind
from chalicelib.domain.intents import Intent, IntentKind
from chalicelib.domain.model import Person, Status
from chalicelib.domain.outcome import Outcome
from chalicelib.domain.reactions import is_fond_reaction, is_reaction
from chalicelib.domain.understanding.lexicon import THANKS

_REACHED = (
    r"\b(?:called|rang|phoned|texted|text|messaged|talked to|talking to|spoke to|spoke with"
    r"|speaking to|chatted (?:to|with)|reached out to|got through to|on the phone (?:to|with))\b"
)
_REACHED_HELP = re.compile(
    rf"{_REACHED}.{{0,25}}\b(?:988|741741|116 ?123"
    r"|85258|50808|1737|samaritans|lifeline|shout|crisis (?:line|text line|team)|hotline|helpline"
    r"|therapist|counsell?or|my doctor|my gp)\b"
)
# In the window only: "called the cops", "i called them", "on the phone with them now".
_REACHED_SOMEONE = re.compile(
    rf"{_REACHED}.{{0,15}}\b(?:the cops|cops|police|them|the line"
    r"|the number|home|911|999|000|111|112|my (?:sister|brother|mum|mom|dad|friend|best friend"
    r"|bestie|family|parents?|flatmate|roommate|partner|aunt|uncle|nan|gran))\b"
)
_SAFE_NOW = re.compile(
    r"\b(?:i'?m|im|i am) (?:ok|okay|safe|fine|alright|all right)(?: now)?\b(?! \w*(?:but|not))"
    r"|\b(?:not|won'?t|wont) (?:going to |gonna )?do anything\b"
)
# After danger only: the person who threatened them is gone, or help is with them.
_DANGER_OVER = re.compile(
    r"\b(?:he|she|they) (?:left|'?s gone|is gone|has gone|went home|went away|drove off)\b"
    r"|\b(?:he'?s|hes|she'?s|shes) gone\b"
    r"|\b(?:he|she|they)(?:'?s| is|'?re| are) not (?:here|home|around|with me|coming)\b"
    r"|\b(?:he|she|they) (?:isn'?t|isnt|aren'?t|arent) (?:here|home|around|with me|coming)\b"
    r"|\b(?:police|cops) (?:are|r) (?:here|coming)\b"
    r"|\b(?:i'?m|im|i am) at (?:my |a )?(?:mum'?s|mom'?s|mums|moms|parents'?|friend'?s|sister'?s"
    r"|brother'?s|nan'?s|gran'?s|neighbou?r'?s|a shelter|the police station)\b"
)
# After an overdose or a wound only: help is on its way or with them.
_HELP_COMING = re.compile(
    r"\b(?:ambulance|paramedics?|an? (?:uber|taxi|cab) to (?:the )?(?:er|a&e|hospital))\b"
    r"|\b(?:at|in|going to|on (?:my|the) way to|headed to|heading to) (?:the |a )?"
    r"(?:er|a&e|hospital|emergency room|urgent care)\b"
)
# "i dont want to call anyone", "not calling them": help refused, heard (never a check-in, as
# "didn't call" would read anywhere else), and the way to reach help that asks least of them.
_REFUSES_HELP = re.compile(
    r"\b(?:don'?t|dont|do not|won'?t|wont|not going to|not gonna|didn'?t|didnt|did not|can'?t"
    r"|cant|cannot|never) (?:want to |wanna |feel like )?(?:call|text|ring|phone|talk to|speak to"
    r"|contact|reach out to|message)\b.{0,20}\b(?:any ?one|any ?body|someone|somebody|no ?one"
    r"|nobody|them|it|that|that number|the number|the line|a stranger|strangers|988|741741"
    r"|116 ?123|a (?:hotline|helpline|crisis line))\b"
    r"|\bnot (?:calling|texting|ringing|phoning) (?:any ?one|any ?body|them|it|that|the number)\b"
)
# The morning after an overdose or a wound, symptoms told in answer to "How are you today?".
_SYMPTOMS = re.compile(
    r"\b(?:stomach|belly|tummy|chest|head|liver|side)\b.{0,15}\b(?:hurts?|hurting|pain|aches?"
    r"|aching|cramps?|burning)\b|\b(?:sick|nause\w*|vomit\w*|throwing up|threw up|puking|puked"
    r"|dizzy|foggy|drowsy|confused|shaky|shaking|numb|can'?t feel|cant feel|blurry|yellow"
    r"|ringing in my ears|heart (?:racing|pounding)|short of breath|can'?t breathe|cant breathe"
    r"|still bleeding|infected|swollen)\b"
)
# "i feel ok", "feel fine now": how they feel is not whether what they took is harmless.
_FEEL_FINE = re.compile(r"\b(?:i )?(?:feel|feeling) (?:ok|okay|fine|alright|better|normal)\b")
_UNREAD = (IntentKind.UNKNOWN, IntentKind.REACTION, IntentKind.EMPTY)
# The event naming "he left, I'm ok": a check-in in the same words is recorded too (conversation).
SAFE_NOW = "safe_now"
# After danger, "what do i do?": the first practical steps, not the resources word for word.
_WHAT_TO_DO = re.compile(
    r"\bwhat (?:do|should|can|shall) i do\b|\bwhat now\b|\bwhere (?:do|should|can) i go\b"
    r"|\bwhat do i do now\b|\bhow do i (?:stay|keep) safe\b"
)
# "can i text them instead", "should i call 988?": asked, not told done.
_ASKS_LEAVE = re.compile(r"^(?:so |but |ok |okay )?(?:can|could|should|do|would|will) i\b")
_THE_LINE = re.compile(
    r"\b(?:text|call|ring|phone|message|msg|chat (?:to|with)|talk to|speak to) (?:them|it|that"
    r"|that number|the number|the line|someone|somebody|a person|988|741741|116 ?123|85258|50808"
    r"|1737|13 ?11 ?14|samaritans|lifeline|shout)\b"
)
# How to begin when they reach the line.
_WHAT_TO_SAY = re.compile(
    r"\bwhat (?:do|should|would|will|can) i (?:even )?(?:say|tell|text|talk about|write)\b"
    r"|\bwhat (?:happens|will they (?:do|say|ask)|do they (?:do|say|ask))\b|\bwhat if i (?:cry"
    r"|can'?t talk|cant talk|don'?t know what to say|dont know what to say)\b"
    r"|\bdon'?t know what to say\b|\bdont know what to say\b"
)
# A question about the help or about us ("what is 988?", "are you a real person?").
_QUESTION = re.compile(
    r"\?\s*$|^(?:what|who|whats|what'?s|are (?:you|u)|r u|is (?:this|it|that) (?:a|an|real))\b"
)


def _window_kind(person: Person, now: datetime) -> CrisisKind | None:
    """The crisis the open window is about, or None when no window is open (or after "no")."""
    if dialogue.open_question(person, now) != dialogue.CRISIS_FOLLOW:
        return None
    if person.asked_about in (None, dialogue.ABOUT_SUPPORT):
        return None
    return window_kind(person.asked_about)[0]


def medical_now(person: Person, now: datetime) -> str | None:
    """ "taken" or "injury" while the window follows an overdose or a bleeding wound."""
    if _window_kind(person, now) is None:
        return None
    return window_kind(person.asked_about)[1]


def line_to_name(person: Person, country: str | None, now: datetime) -> str | None:
    """While a crisis question or window is open, the line an opt-out names once more: the
    abuse line after danger, the crisis line otherwise; None when none is open."""
    if dialogue.open_question(person, now) not in (dialogue.SAFETY, dialogue.CRISIS_FOLLOW):
        return None
    if _window_kind(person, now) is CrisisKind.DANGER:
        return safety.danger_line(country)
    return safety.crisis_line(country)


def _after_no(person: Person, now: datetime) -> bool:
    """The hours after "no" to "are you thinking about suicide?" (the support reply)."""
    open_now = dialogue.open_question(person, now) == dialogue.CRISIS_FOLLOW
    return open_now and person.asked_about == dialogue.ABOUT_SUPPORT


def first_words(
    person: Person, body: str, signal: CrisisSignal | None, country: str | None, now: datetime
) -> Outcome | None:
    """Read before any new crisis reading: "I called 988", and in the window "called the cops"
    or "he left, I'm ok" (only when the words themselves are not explicit danger), and after
    danger "what do i do?" (the first practical steps, whatever the words)."""
    if is_reaction(body):
        return None  # 'Liked "...call or text 988..."' quotes us; it is not them calling 988
    text = body.lower()
    kind = _window_kind(person, now)
    caring = dialogue.open_question(person, now) == dialogue.CARE
    after = window_kind(person.asked_about)[1] if caring else None
    if after is not None and _SYMPTOMS.search(text):
        # "my stomach still hurts and i feel foggy" the morning after pills: the emergency
        # number first, not the direct question (a stranger's got "are you thinking about...").
        reply = safety.medical_reply(country, after, body=text)
        return Outcome(person, (reply,), False, ("crisis_follow",))
    if kind is CrisisKind.DANGER and safety.cant_talk(text):
        return Outcome(person, (safety.danger_silent_reply(country),), False, ("crisis_follow",))
    if kind is CrisisKind.DANGER and _WHAT_TO_DO.search(text):
        return Outcome(person, (safety.danger_steps_reply(country),), False, ("crisis_follow",))
    if signal is not None and signal.tier is Tier.EXPLICIT:
        return None
    if kind is not None and _REFUSES_HELP.search(text):
        reply = safety.listening_reply(country, kind, body)
        return Outcome(person, (reply,), False, ("crisis_follow",))
    if kind is not None and _ASKS_LEAVE.search(text) and _THE_LINE.search(text):
        # "can i text them instead?": asked of the line, answered (it was praised as done, then
        # read as an urge to text the ex).
        return Outcome(person, (safety.about_help_reply(country, kind),), False, ("crisis_follow",))
    told_done = _ASKS_LEAVE.search(text) is None  # asked is not done: no praise for it
    reached = _REACHED_HELP.search(text) or (kind is not None and _REACHED_SOMEONE.search(text))
    if told_done and reached:
        return Outcome(person, (render_reply("reached_help"),), False, ("crisis_follow",))
    done = medical_now(person, now)
    if done is not None and (_SAFE_NOW.search(text) or _FEEL_FINE.search(text)):
        # "im fine now" an hour after pills is when harm can still come: the number again.
        return Outcome(
            person, (safety.medical_reply(country, done, body=text),), False, ("crisis_follow",)
        )
    if done is not None and _HELP_COMING.search(text):
        return Outcome(person, (render_reply("reached_help"),), False, ("crisis_follow",))
    danger_over = kind is CrisisKind.DANGER and _DANGER_OVER.search(text)
    if kind is not None and (_SAFE_NOW.search(text) or danger_over):
        return Outcome(person, (render_reply("glad_safe"),), False, ("crisis_follow", SAFE_NOW))
    return None


def after_resources(
    person: Person, intent: Intent, body: str, country: str | None, now: datetime
) -> Outcome | None:
    """A text in the window that no command or answer explains: thanks is met gently, anything
    else with "I'm listening" and a line. None outside the window or for a command."""
    kind = _window_kind(person, now)
    program_question = asked_about_the_program(body.strip().lower()) is not None
    if program_question and not safety.asks_who_we_are(body):
        return None  # "can i text her happy bday?" after the resources: the program's answer
    question = _QUESTION.search(body.strip().lower()) or safety.asks_who_we_are(body)
    asked = question and intent.kind in (*_UNREAD, IntentKind.HELP)
    if asked and kind is None and _after_no(person, now):
        # "no" to the direct question, then "what is 988?": still answered, not menued.
        return Outcome(person, (safety.about_help_reply(country),), False, ("crisis_follow",))
    if kind is None or person.status not in (Status.ACTIVE, Status.COMPLETED, Status.PENDING):
        return None
    if asked and kind is not CrisisKind.DANGER and _WHAT_TO_SAY.search(body.lower()):
        # "what do i say when i call": how to begin, not the resources again (a stranger's
        # questions in the window each got the same reply).
        line = safety.crisis_line(country)
        return Outcome(person, (render_reply("help_what_to_say", crisis_line=line),), False,
                       ("crisis_follow",))  # fmt: skip
    if asked:
        reply = safety.about_help_reply(country, kind)
        return Outcome(person, (reply,), False, ("crisis_follow",))
    if intent.kind not in _UNREAD:
        return None
    # A "Liked" or "Loved" tapback on our text is thanks too; a sad one is heard as words.
    thanks = THANKS.match(body.strip().lower()) or is_fond_reaction(body)
    if person.status is Status.PENDING and not thanks:
        return None  # "hi" from a number not signed up: the welcome, once (conversation.pending)
    done = medical_now(person, now)
    if done is not None:
        return Outcome(
            person, (safety.medical_reply(country, done, body=body),), False, ("crisis_follow",)
        )
    if thanks:
        key = "after_danger" if kind is CrisisKind.DANGER else "after_resources"
        return Outcome(person, (render_reply(key),), False, ("crisis_follow",))
    reply = safety.listening_reply(country, kind, body)
    return Outcome(person, (reply,), False, ("crisis_follow",))
