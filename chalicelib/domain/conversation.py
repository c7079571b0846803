"""Decides what an inbound text does to a person and what the coach answers; no I/O."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta

from chalicelib.content import render_reply
from chalicelib.domain import daily, program
from chalicelib.domain.intents import Intent, IntentKind, parse_intent
from chalicelib.domain.model import Person, ProgramSettings, Status
from chalicelib.domain.timezones import infer_timezone


@dataclass(frozen=True)
class InboundText:
    phone: str
    body: str
    from_state: str | None = None
    from_country: str | None = None
    media_count: int = 0


@dataclass(frozen=True)
class Outcome:
    person: Person
    replies: tuple[str, ...]
    changed: bool
    # Names of what happened, for metrics; never the text itself.
    events: tuple[str, ...] = ()


def format_send_time(value: time) -> str:
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}:{value.minute:02d}{suffix}"


def new_person(text: InboundText, now: datetime, settings: ProgramSettings) -> Person:
    return Person(
        phone=text.phone,
        status=Status.PENDING,
        timezone=infer_timezone(
            text.phone, text.from_state, text.from_country, settings.default_timezone
        ),
        send_time=settings.default_send_time,
        created_at=now,
    )


def respond(
    person: Person | None, text: InboundText, now: datetime, settings: ProgramSettings
) -> Outcome:
    intent = parse_intent(text.body)
    if person is None:
        return _first_contact(new_person(text, now, settings), intent, settings)
    conversation = _Conversation(person, now, settings)
    handler = _HANDLERS_BY_STATUS.get(person.status, _Conversation.active)
    return handler(conversation, intent)


def _first_contact(person: Person, intent: Intent, settings: ProgramSettings) -> Outcome:
    if intent.kind is IntentKind.STOP:
        # Remember the opt-out so this number is never texted.
        opted_out = replace(person, status=Status.OPTED_OUT)
        return Outcome(opted_out, (render_reply("opted_out"),), changed=True, events=("opt_out",))
    welcome = render_reply("welcome", program_days=settings.program_days)
    return Outcome(person, (welcome,), changed=True, events=("signup_started",))


class _Conversation:
    def __init__(self, person: Person, now: datetime, settings: ProgramSettings) -> None:
        self.person = person
        self.now = now
        self.settings = settings

    def _values(self, person: Person | None = None) -> dict[str, object]:
        subject = person or self.person
        reading = program.read_clock(subject, self.now, self.settings)
        return {
            "program_days": self.settings.program_days,
            "day": reading.day_of_program,
            "days": reading.whole_days,
            "hours": reading.hours,
            "hours_part": reading.hours % 24,
            "best_days": reading.best_days,
            "total_days": reading.total_days,
            "best": program.describe_duration(reading.best_streak_seconds),
            "send_time": format_send_time(subject.send_time),
            "contact": self.settings.operator_contact,
        }

    def _say(
        self, key: str, person: Person | None = None, extra: dict[str, object] | None = None
    ) -> str:
        return render_reply(key, **{**self._values(person), **(extra or {})})

    def _unchanged(self, key: str) -> Outcome:
        return Outcome(self.person, (self._say(key),), changed=False)

    def _changed(self, person: Person, key: str, event: str, **extra: object) -> Outcome:
        reply = self._say(key, person, extra)
        return Outcome(person, (reply,), changed=True, events=(event,))

    def _opt_out(self) -> Outcome:
        opted_out = replace(self.person, status=Status.OPTED_OUT, next_send_at=None)
        return self._changed(opted_out, "opted_out", "opt_out")

    def pending(self, intent: Intent) -> Outcome:
        if intent.kind is IntentKind.STOP:
            return self._opt_out()
        if intent.kind is IntentKind.HELP:
            return self._unchanged("help")
        if intent.kind is IntentKind.JOIN:
            return self._unchanged("welcome")
        if intent.kind is IntentKind.KEPT:
            days_ago = intent.number or 0
            enrolled = program.enroll(self.person, self.now, days_ago, self.settings)
            if days_ago:
                shown_days = min(days_ago, self.settings.max_backdated_days)
                return self._changed(
                    enrolled, "enrolled_backdated", "enrolled", days_ago=shown_days
                )
            return self._changed(enrolled, "enrolled", "enrolled")
        return self._unchanged("pending_menu")

    def opted_out(self, intent: Intent) -> Outcome:
        if intent.kind is IntentKind.HELP:
            return self._unchanged("help")
        if intent.kind is not IntentKind.JOIN:
            return Outcome(self.person, (), changed=False)
        if self.person.consent_at is None:
            pending = replace(self.person, status=Status.PENDING)
            welcome = self._say("welcome")
            return Outcome(pending, (welcome,), changed=True, events=("opt_in",))
        back = replace(
            self.person,
            status=Status.ACTIVE,
            next_send_at=program.first_daily_send(self.person, self.now),
        )
        return self._changed(back, "welcome_back", "opt_in")

    def active(self, intent: Intent) -> Outcome:
        kind = intent.kind
        if kind is IntentKind.STOP:
            return self._opt_out()
        if kind is IntentKind.HELP:
            return self._unchanged("help")
        if kind is IntentKind.STATUS:
            reading = program.read_clock(self.person, self.now, self.settings)
            return self._unchanged("status_complete" if reading.program_complete else "status")
        if kind is IntentKind.KEPT:
            return self._kept(intent.number)
        if kind is IntentKind.CONTACTED:
            return self._contacted()
        if kind is IntentKind.RATING:
            return self._rating(intent.number)
        if kind is IntentKind.JOIN:
            return self._unchanged("already_active")
        if kind is IntentKind.CONTINUE and self.person.graduated_at is not None:
            weekly = replace(
                self.person,
                status=Status.ACTIVE,
                weekly=True,
                next_send_at=daily.next_send_after(self.person, self.now, earliest_day_offset=7),
            )
            return self._changed(weekly, "continue_weekly", "continue")
        if kind is IntentKind.DONE and self.person.graduated_at is not None:
            done = replace(self.person, status=Status.COMPLETED, weekly=False, next_send_at=None)
            return self._changed(done, "done_goodbye", "done")
        if kind is IntentKind.EMPTY:
            return self._unchanged("empty")
        return self._unchanged("menu")

    def _kept(self, rating: int | None) -> Outcome:
        rating = rating if rating is not None and 1 <= rating <= 5 else None
        day = program.checkin_day(self.person, self.now, self.settings)
        if program.already_checked_in(self.person, day):
            return self._unchanged("checkin_already")
        checked_in = program.record_checkin(self.person, day, rating)
        if rating is None:
            return self._changed(checked_in, "checkin_kept", "checkin")
        return self._changed(checked_in, "checkin_kept_rated", "checkin", rating=rating)

    def _contacted(self) -> Outcome:
        # A reported contact always restarts the clock, even after today's check-in.
        restarted = program.report_contact(self.person, self.now, self.settings)
        day = program.checkin_day(self.person, self.now, self.settings)
        if not program.already_checked_in(restarted, day):
            restarted = program.record_checkin(restarted, day, None)
        return self._changed(restarted, "contact_reported", "slip")

    def _rating(self, rating: int | None) -> Outcome:
        yesterday = program.local_now(self.person, self.now).date() - timedelta(days=1)
        if self.person.last_checkin_on is None or self.person.last_checkin_on < yesterday:
            return self._unchanged("rating_without_checkin")
        rated = replace(self.person, last_difficulty=rating)
        return self._changed(rated, "rating_logged", "rating", rating=rating)


_HANDLERS_BY_STATUS: dict[Status, Callable[[_Conversation, Intent], Outcome]] = {
    Status.PENDING: _Conversation.pending,
    Status.OPTED_OUT: _Conversation.opted_out,
    Status.UNDELIVERABLE: _Conversation.active,
}
