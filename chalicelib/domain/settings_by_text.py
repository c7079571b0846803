"""Settings by text (TIME, TZ, PAUSE, RESTART, DELETE) and the end of the program (CONTINUE,
DONE); no I/O. Every reschedule keeps the person's own time and time zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

from chalicelib.content import render_reply
from chalicelib.domain import cadence, dialogue, extra_support, follow_up, program
from chalicelib.domain.clock_words import parse_time_of_day, round_to_quarter_hour
from chalicelib.domain.conversation_base import ConversationBase
from chalicelib.domain.intents import Intent
from chalicelib.domain.model import Person, Status
from chalicelib.domain.outcome import Outcome
from chalicelib.domain.timezones import resolve_timezone_name
from chalicelib.domain.understanding import lexicon as lex

DEFAULT_PAUSE_DAYS = 3
MAX_PAUSE_DAYS = 14
EARLIEST_SEND = time(8, 0)
LATEST_SEND = time(20, 45)


class SettingsByText(ConversationBase):
    def _time(self, intent: Intent) -> Outcome:
        if not intent.text.strip():  # "stop texting me so early": which time, then?
            asked = dialogue.ask(self.person, dialogue.TIME_RETRY, self.now)
            return self._changed(asked, "time_which", "time_asked")
        parsed = parse_time_of_day(intent.text)
        if parsed is None:
            return self._unchanged("time_unclear")
        send_time = round_to_quarter_hour(parsed)
        if not EARLIEST_SEND <= send_time <= LATEST_SEND:
            # "TIME 7am" is offered a morning, not "like TIME 8pm".
            morning = time(4, 0) <= send_time < EARLIEST_SEND
            asked = dialogue.ask(self.person, dialogue.TIME_RETRY, self.now)
            key = "time_quiet_morning" if morning else "time_quiet"
            return self._changed(asked, key, "time_refused")
        moved = replace(self.person, send_time=send_time)
        moved = self._rescheduled(moved)
        key = "time_set_weekly" if moved.weekly else "time_set"
        return self._changed(
            moved, key, "time_set", next_day=self._next_day_name(moved), weekday=_weekday(moved)
        )

    def _timezone(self, intent: Intent) -> Outcome:
        zone = resolve_timezone_name(intent.text)
        if zone is None:
            return self._unchanged("tz_unclear")
        moved = self._rescheduled(replace(self.person, timezone=zone))
        key = "tz_set_weekly" if moved.weekly else "tz_set"
        return self._changed(moved, key, "tz_set", weekday=_weekday(moved))

    def _rescheduled(self, person: Person, after: datetime | None = None) -> Person:
        if person.next_send_at is None:
            return person
        at = cadence.next_send_keeping_day(person, person.next_send_at, after or self.now)
        return replace(person, next_send_at=at)

    def _next_day_name(self, person: Person) -> str:
        if person.next_send_at is None:
            return "soon"
        local = program.local_now(person, person.next_send_at).date()
        today = program.local_now(person, self.now).date()
        if local == today:
            return "today"
        return "tomorrow" if local == today + timedelta(days=1) else f"{local:%A}"

    def _pause(self, intent: Intent) -> Outcome:
        if intent.number == 0:
            return self._resume()
        days = max(1, min(intent.number or DEFAULT_PAUSE_DAYS, MAX_PAUSE_DAYS))
        until = self.now + timedelta(days=days)
        paused = self._rescheduled(replace(self.person, paused_until=until), after=until)
        shown = program.local_now(paused, until)
        # "PAUSE 30": the longest pause, and they are told it is shorter than they asked.
        key = "paused_capped" if (intent.number or 0) > MAX_PAUSE_DAYS else "paused"
        return self._changed(paused, key, "paused", until=f"{shown:%a %b} {shown.day}")

    def _resume(self) -> Outcome:
        """RESUME, UNPAUSE, PAUSE 0 or PAUSE OFF: the pause ends now (the claim per local day
        still stops a second text on a day that had one)."""
        paused = self.person.paused_until
        if paused is None or paused <= self.now or self.person.next_send_at is None:
            return self._unchanged("not_paused", next_day=self._next_day_name(self.person))
        resumed = replace(self.person, paused_until=None)
        resumed = replace(resumed, next_send_at=cadence.next_send_after(resumed, self.now))
        return self._changed(resumed, "resumed", "resumed", next_day=self._next_day_name(resumed))

    def _restart(self, intent: Intent) -> Outcome:
        if lex.MISTAKEN_SLIP.search(self.body.lower()):
            # "you reset my clock by mistake" is a complaint, never a wish to start over.
            return self._unchanged("undo_too_late")
        restarted = program.report_contact(self.person, self.now, self.settings)
        restarted = replace(
            restarted,
            contacts_reported=self.person.contacts_reported,
            # A fresh start on their word is a new program, not a slip.
            consent_at=self.now,
            milestones_celebrated=frozenset(),
            ideas_sent=frozenset(),
            graduated_at=None,
            follow_ups_sent=0,
            weekly=False,
            status=Status.ACTIVE,
            next_send_at=program.first_daily_send(self.person, self.now),
        )
        return self._changed(restarted, "restarted", "restart")

    def _erase(self) -> Outcome:
        reply = render_reply("deleted")
        return Outcome(self.person, (reply,), changed=True, events=("erased",), erase=True)

    def _delete(self, intent: Intent) -> Outcome:
        asked = dialogue.ask(self.person, dialogue.DELETE, self.now)
        return self._changed(asked, "delete_confirm", "delete_requested")

    def _continue(self, intent: Intent) -> Outcome:
        if self.person.graduated_at is None:
            return self._menu(intent)
        return self._resume_weekly()

    def _resume_weekly(self) -> Outcome:
        weekly = replace(
            self.person,
            status=Status.ACTIVE,
            weekly=True,
            next_send_at=cadence.next_send_after(self.person, self.now, earliest_day_offset=7),
        )
        return self._changed(weekly, "continue_weekly", "continue")

    def _done(self, intent: Intent) -> Outcome:
        if self.person.graduated_at is None:
            return self._menu(intent)
        done = replace(self.person, status=Status.COMPLETED, weekly=False)
        # Done with the program, not with us: the follow-up questions still come, once each.
        month_on = follow_up.next_at(done)
        if month_on is not None and month_on <= self.now:
            month_on = cadence.next_send_after(done, self.now)  # DONE said after its day came
        done = replace(done, next_send_at=month_on)
        return self._changed(done, "done_goodbye", "done")

    def _extra(self, intent: Intent) -> Outcome:
        if intent.text == "off":
            off = replace(self.person, extra_support=False, extra_offered=True)
            return self._changed(cadence.without_evening(off, self.now), "extra_off", "extra_off")
        on = replace(self.person, extra_support=True, extra_offered=True)
        day = program.read_clock(on, self.now, self.settings).calendar_day
        key = extra_support.extra_reply(on, day)
        return self._changed(cadence.with_evening(on, self.now, self.settings), key, "extra_on")

    def _hard_date(self, intent: Intent) -> Outcome:
        words = intent.text.lower().strip(" .!")
        if words == "off":
            cleared = replace(self.person, hard_dates=())
            return self._changed(
                cadence.without_evening(cleared, self.now), "dates_cleared", "dates"
            )
        if not words:
            return self._unchanged("date_explain")
        parsed = extra_support.parse_hard_date(intent.text, self.country)
        if parsed is None:
            return self._unchanged("date_unclear")
        shown = extra_support.shown(parsed, self.country)
        if parsed in self.person.hard_dates:
            return self._unchanged("date_already", date=shown)
        if len(self.person.hard_dates) >= extra_support.MAX_HARD_DATES:
            return self._unchanged("dates_full", count=extra_support.MAX_HARD_DATES)
        dates = tuple(sorted({*self.person.hard_dates, parsed}))
        dated = cadence.with_evening(
            replace(self.person, hard_dates=dates), self.now, self.settings
        )
        today = program.local_now(dated, self.now).date()
        day = program.read_clock(dated, self.now, self.settings).calendar_day
        key = extra_support.date_reply(dated, parsed, today, day, self.settings.program_days)
        if key == "date_saved_today" and dated.next_send_at == self.person.next_send_at:
            key = "date_saved_tonight_late"  # too late for this evening's text
        return self._changed(dated, key, "date_saved", date=shown)


def _weekday(person: Person) -> str:
    """The local weekday of their next text ("Monday"), for weekly support's replies."""
    if person.next_send_at is None:
        return ""
    return f"{program.local_now(person, person.next_send_at):%A}"
