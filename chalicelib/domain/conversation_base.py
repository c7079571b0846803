"""The conversation's shared state and wording: who, when, what they wrote, and how a reply is
rendered with their numbers; no I/O."""

from __future__ import annotations

import re
from datetime import datetime, time

from chalicelib.content import render_reply
from chalicelib.domain import program, safety
from chalicelib.domain.intents import Intent, IntentKind
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.outcome import Outcome


def format_send_time(value: time) -> str:
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}:{value.minute:02d}{suffix}"


class ConversationBase:
    def __init__(
        self,
        person: Person,
        now: datetime,
        settings: ProgramSettings,
        body: str,
        media_count: int = 0,
        country: str | None = None,
    ) -> None:
        self.person = person
        self.now = now
        self.settings = settings
        self.body = body
        self.media_count = media_count
        self.country = country

    # -- wording -------------------------------------------------------------------------

    def _values(self, person: Person) -> dict[str, object]:
        reading = program.read_clock(person, self.now, self.settings)
        return {
            "program_days": self.settings.program_days,
            "day": reading.day_of_program,
            "days": reading.whole_days,
            "hours": reading.hours,
            "hours_part": reading.hours % 24,
            "best_days": reading.best_days,
            "best": program.describe_duration(reading.best_streak_seconds),
            "total_days": reading.total_days,
            "send_time": format_send_time(person.send_time),
            "contact": self.settings.operator_contact,
            "urges_beaten": person.urges_beaten,
            "journal_entries": person.journal_entries,
            "timezone": person.timezone,
            "crisis_line": safety.crisis_line(self.country),
        }

    def _say(self, key: str, person: Person, extra: dict[str, object]) -> str:
        return render_reply(key, **{**self._values(person), **extra})

    def _unchanged(self, key: str, **extra: object) -> Outcome:
        return Outcome(self.person, (self._say(key, self.person, extra),), changed=False)

    def _changed(self, person: Person, key: str, event: str, **extra: object) -> Outcome:
        reply = self._say(key, person, extra)
        return Outcome(person, (reply,), changed=True, events=(event,))

    def _menu(self, intent: Intent) -> Outcome:
        if intent.kind is not IntentKind.EMPTY:
            text = self.body.strip().lower()
            if text.startswith("why"):
                return self._unchanged("why_question")  # a question to sit with, not a menu
            # Words that only say how they feel, or thanks, are heard before any menu.
            if _FEELING.search(text):
                return self._unchanged("heard_feeling")
            if _THANKS.match(text):
                return self._unchanged("heard_thanks")
            return self._unchanged("menu")
        # A photo or voice note with no words is not an empty text: say what we can read.
        return self._unchanged("media_only" if self.media_count else "empty")


_FEELING = re.compile(
    r"\b(?:miss|missing|misses|lonely|alone|sad|crying|cry|cried|hurts?|hurting|heartbroken"
    r"|broken|hate myself|empty|numb|awful|terrible|depressed|anxious|upset|devastated|gutted"
    r"|heartbreak|grieving|grief|exhausted|so hard|killing me)\b|[\U0001f62d\U0001f622\U0001f494]"
)
_THANKS = re.compile(
    r"^(?:thanks?|thank you|thank u|thx|ty|tysm|cheers|ok|okay|k|kk|lol|haha|got it|nice|cool"
    r"|will do|appreciate it|you'?re (?:the best|great|amazing))\b[^?]{0,30}$"
)
