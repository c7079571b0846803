"""Decides what an inbound text does to a person and what the coach answers; no I/O."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.content import render_reply, variant
from chalicelib.domain import (
    answers,
    cadence,
    crisis_replies,
    crisis_window,
    dialogue,
    program,
    reflection,
    safety,
)
from chalicelib.domain.conversation_base import asked_about_the_program
from chalicelib.domain.crisis import CrisisSignal, Tier
from chalicelib.domain.gsm7 import fits_one_segment
from chalicelib.domain.intents import ACTED, Intent, IntentKind, parse_intent, read_yes_no
from chalicelib.domain.model import Person, PrivateRecord, ProgramSettings, Status
from chalicelib.domain.outcome import FollowUp, InboundText, Outcome, new_person
from chalicelib.domain.tools import MAX_PRIVATE_TEXT, WHY_QUOTE_SEPTETS, ToolTurns
from chalicelib.domain.understanding import lexicon as lex
from chalicelib.domain.understanding.signals import any_match, contact_in
from chalicelib.domain.understanding.text import words

__all__ = ["WHY_QUOTE_SEPTETS", "FollowUp", "InboundText", "Outcome", "respond"]

_DETECT = object()


# A yes to joining this soon after joining says yes again; it does not tell how a day went.
JUST_JOINED = timedelta(minutes=30)
_JOINING = re.compile(
    r"\b(?:sign me up|signed up|sign up|count me in|i'?m in|im in|let'?s do (?:it|this)"
    r"|lets do (?:it|this)|let'?s go|i'?m ready|im ready|ready to start|start me)\b"
)


def _declines(body: str) -> bool:
    """ "no", "nah thanks": before they join, the welcome asked "Reply YES to start"."""
    said = words(body.lower())
    return bool(said) and said[0] in lex.NO_WORDS and set(said[1:]) <= _NO_THANKS


_NO_THANKS = frozenset({"thanks", "thank", "you", "ty", "thx"})


def respond(
    person: Person | None,
    text: InboundText,
    now: datetime,
    settings: ProgramSettings,
    crisis: CrisisSignal | object | None = _DETECT,
) -> Outcome:
    """What the text does and what we answer. `crisis` is the safety check's result, when the
    caller already ran it before reading storage."""
    detected = safety.crisis_signal(text.body) if crisis is _DETECT else crisis
    signal = detected if isinstance(detected, CrisisSignal) else None
    country = safety.country_of(text.phone, text.from_country)
    intent = parse_intent(text.body)
    safety_turn = _safety_first(person, text, signal, intent, country, now, settings)
    if safety_turn is not None:
        return _with_check_in(safety_turn, text, intent, country, now, settings)
    if person is None:
        if not crisis_replies.may_enrol(settings, country):
            return crisis_replies.not_available(new_person(text, now, settings), intent)
        return _first_contact(new_person(text, now, settings), intent, settings, country)
    revived = person.status is Status.UNDELIVERABLE
    if revived:
        person = _reachable_again(person, now)
    conversation = _Conversation(person, now, settings, text.body, text.media_count, country)
    if person.status is Status.PENDING:
        outcome = conversation.pending(intent)
    elif person.status is Status.OPTED_OUT:
        outcome = conversation.opted_out(intent)
    else:
        outcome = conversation.active(intent)
    # STATUS or HELP change nothing themselves, but the texts resuming must still be saved.
    if revived:
        outcome = replace(outcome, changed=True)
    repaired = None if outcome.erase else cadence.repair_stranded(outcome.person, now)
    if repaired is not None:  # a daily text's job died: any text from them puts them back
        outcome = replace(outcome, person=repaired, changed=True)
    return outcome


def _with_check_in(
    turn: Outcome,
    text: InboundText,
    intent: Intent,
    country: str | None,
    now: datetime,
    settings: ProgramSettings,
) -> Outcome:
    """ "he left, im ok. no contact today, 5/5": relief first, and the check-in is kept too (a
    tester's was lost). Only a sure check-in from someone in the program, in words about
    contact: "no im fine" answers how they are, never a slip (a stranger's restarted the clock)."""
    said = text.body.lower()
    told_kept = intent.kind is IntentKind.KEPT and any_match(lex.KEPT_PHRASES, said)
    told_contact = intent.kind is IntentKind.CONTACTED and contact_in(said)
    checks_in = intent.sure and (told_kept or told_contact)
    if crisis_window.SAFE_NOW not in turn.events or not checks_in:
        return turn
    if turn.person.status is not Status.ACTIVE:
        return turn
    conversation = _Conversation(turn.person, now, settings, text.body, text.media_count, country)
    checked = conversation.act(intent)
    return replace(checked, replies=(*turn.replies, *checked.replies), changed=True)


def _safety_first(
    person: Person | None,
    text: InboundText,
    signal: CrisisSignal | None,
    intent: Intent,
    country: str | None,
    now: datetime,
    settings: ProgramSettings,
) -> Outcome | None:
    """Everything about their safety, before any coaching: what they say after the resources,
    the answer to the direct question, a crisis text, and the hours that follow."""
    asked = person is not None and dialogue.open_question(person, now) == dialogue.SAFETY
    if person is not None:
        early = crisis_window.first_words(person, text.body, signal, country, now)
        # The answer to the direct question is read before a new crisis reading of the same
        # words ("its crossed my mind" is a yes, not a new alarm); explicit words still win.
        opting_out = intent.kind is IntentKind.STOP and intent.sure
        # "no i meant the texts. stop texting me": the opt-out, with the line named once more.
        plain = signal is None or signal.tier is not Tier.EXPLICIT
        if early is None and asked and plain and not opting_out:
            early = crisis_replies.safety_answer(person, text.body, country, now)
        if early is not None:
            return early
    if signal is not None and crisis_replies.answer_wins(person, signal, text, now):
        signal = None
    if signal is not None and not crisis_replies.opt_out_wins(signal, intent):
        return _crisis(person, text, signal, intent, country, now, settings)
    # An emoji alone ("👍") is no answer to "are you thinking about suicide?": asked again.
    unread = intent.kind in (IntentKind.UNKNOWN, IntentKind.REACTION, IntentKind.WHY) or not (
        re.search(r"[^\W_]", text.body)
    )
    if person is not None and asked and unread:
        return Outcome(person, (safety.ask_again_reply(country),), changed=False)
    if person is not None and dialogue.open_question(person, now) == dialogue.CRISIS_FOLLOW:
        followed = crisis_replies.crisis_follow(person, text.body, country, now)
        if followed is None:
            followed = crisis_window.after_resources(person, intent, text.body, country, now)
        return followed
    return None


def _crisis(
    person: Person | None,
    text: InboundText,
    signal: CrisisSignal,
    intent: Intent,
    country: str | None,
    now: datetime,
    settings: ProgramSettings,
) -> Outcome:
    outcome = crisis_replies.crisis_outcome(person, text, signal, country, now, settings)
    if person is None or person.status is not Status.ACTIVE:
        return outcome
    if intent.kind is IntentKind.STOP and intent.sure:
        # "stop texting me, i wont be around much longer": the resources, and the opt-out kept.
        # No question can follow an opt-out, so possible risk gets the full resources too.
        opted_out = replace(outcome.person, status=Status.OPTED_OUT, next_send_at=None)
        full = safety.crisis_reply(signal, country, can_ask=False, body=text.body)
        replies = (
            full,
            render_reply("opted_out_in_crisis", crisis_line=safety.crisis_line(country)),
        )
        return replace(
            outcome, person=opted_out, replies=replies, events=(*outcome.events, "opt_out")
        )
    if intent.kind not in (IntentKind.DRAFT, IntentKind.JOURNAL) or not intent.text:
        return outcome
    # Their words are kept as asked, whatever else the text needs first.
    kept = _Conversation(person, now, settings, text.body, 0, country).act(intent)
    counted = replace(
        outcome.person, drafts=kept.person.drafts, journal_entries=kept.person.journal_entries
    )
    return replace(outcome, person=counted, records=kept.records)


def _reachable_again(person: Person, now: datetime) -> Person:
    """They just texted us, so the number works after all: the texts resume."""
    return replace(
        person,
        status=Status.ACTIVE if person.consent_at else Status.PENDING,
        delivery_failures=0,
        next_send_at=program.first_daily_send(person, now) if person.consent_at else None,
    )


def _first_contact(
    person: Person, intent: Intent, settings: ProgramSettings, country: str | None
) -> Outcome:
    if intent.kind is IntentKind.STOP:
        # Remember the opt-out so this number is never texted.
        opted_out = replace(person, status=Status.OPTED_OUT)
        return Outcome(opted_out, (render_reply("opted_out"),), changed=True, events=("opt_out",))
    if intent.kind is IntentKind.HELP and intent.text:
        # The HELP keyword before signing up: what this is, who runs it, and the crisis line.
        # ("my friend said this might help?" is a hello, and gets the welcome.)
        conversation = _Conversation(person, person.created_at, settings, "", 0, country)
        return replace(conversation._unchanged("help"), changed=True, events=("signup_started",))
    welcome = render_reply("welcome", program_days=settings.program_days)
    return Outcome(person, (welcome,), changed=True, events=("signup_started",))


class _Conversation(ToolTurns):
    """Routing: a status and an intent to the handler that answers it."""

    # -- by status -----------------------------------------------------------------------

    def pending(self, intent: Intent) -> Outcome:
        if intent.kind is IntentKind.DELETE:
            return self._delete(intent)
        if dialogue.open_question(self.person, self.now) == dialogue.DELETE:
            answered = answers.answer(self, dialogue.DELETE, intent)
            if answered is not None:
                return answered
        if intent.kind is IntentKind.STOP or _declines(self.body):
            return self._opt_out(intent)  # "no thanks" to the welcome: they said no, not NO
        if intent.kind is IntentKind.HELP:
            return self._unchanged("help")
        if intent.kind is IntentKind.JOIN and intent.text != "consent":
            if self.person.asked == dialogue.CRISIS_FOLLOW:
                # START after the resources: they are asking to join, so the YES that answers
                # this welcome is consent, not a yes to the crisis (crisis_replies.crisis_follow).
                return self._welcome_closing_the_window()
            return self._unchanged("welcome")
        if intent.kind in (IntentKind.KEPT, IntentKind.JOIN):
            days_ago = intent.days or 0
            enrolled = program.enroll(self.person, self.now, days_ago, self.settings)
            if days_ago:
                # The clock counts back at most max_backdated_days; say so, never misquote them.
                most = self.settings.max_backdated_days
                shown = str(days_ago) if days_ago <= most else f"{most}+"
                shown_days = "1 day" if shown == "1" else f"{shown} days"
                return self._changed(
                    enrolled, "enrolled_backdated", "enrolled", days_ago=shown_days
                )
            return self._changed(enrolled, "enrolled", "enrolled")
        if self.person.asked == dialogue.CRISIS_FOLLOW and self.person.consent_at is None:
            # Kept after a crisis text, they never saw what this is: the welcome, once.
            return self._welcome_closing_the_window()
        return self._unchanged("pending_menu")

    def _welcome_closing_the_window(self) -> Outcome:
        welcome = self._say("welcome", self.person, {})
        return Outcome(dialogue.answered(self.person), (welcome,), changed=True)

    def opted_out(self, intent: Intent) -> Outcome:
        # After STOP only the HELP keyword is answered (carriers require it), not every question.
        if intent.kind is IntentKind.HELP and intent.text:
            return self._unchanged("help")
        if intent.kind is IntentKind.DELETE:
            # No confirmation round trip: texts to an opted-out number may be blocked.
            return self._erase()
        if intent.kind is not IntentKind.JOIN:
            return Outcome(self.person, (), changed=False)
        if self.person.consent_at is None:
            pending = replace(self.person, status=Status.PENDING)
            welcome = self._say("welcome", pending, {})
            return Outcome(pending, (welcome,), changed=True, events=("opt_in",))
        back = replace(
            self.person,
            status=Status.ACTIVE,
            next_send_at=program.first_daily_send(self.person, self.now),
        )
        return self._changed(back, "welcome_back", "opt_in")

    def active(self, intent: Intent) -> Outcome:
        question = dialogue.open_question(self.person, self.now)
        if question is not None:
            answered = answers.answer(self, question, intent)
            if answered is not None:
                return answered
        asked = asked_about_the_program(self.body.strip().lower())
        if (
            asked is not None
            and intent.kind in _A_QUESTION_MAY_HIDE
            and not _answers_first(self.body)
        ):
            # "is liking his post breaking nc": a question, not a check-in with "nc" in it.
            return self._unchanged(asked)
        if not intent.sure and intent.kind in answers.CLARIFIED:
            return answers.clarify(self, intent)
        if intent.kind is IntentKind.CONTACTED and self._bare_no_after_kept():
            # "nope" after today's YES: they may be answering something else; asked, not reset.
            return answers.clarify(self, replace(intent, sure=False))
        return self.act(intent)

    def _bare_no_after_kept(self) -> bool:
        """A bare "no" from someone who already said today they kept no contact."""
        if len(words(self.body)) > 2 or read_yes_no(self.body, unsure_is_yes=False) != "no":
            return False
        today = program.local_now(self.person, self.now).date()
        last = self.person.last_contact_at
        slipped_today = (
            self.person.contacts_reported > 0
            and last is not None
            and program.local_now(self.person, last).date() == today
        )
        kept_today = not slipped_today
        return program.already_checked_in(self.person, today) and kept_today

    def act(self, intent: Intent) -> Outcome:
        """What an intent does, once it is understood (or confirmed)."""
        handler = _ACTIVE_HANDLERS.get(intent.kind, _Conversation._menu)
        return handler(self, intent)

    # -- intents -------------------------------------------------------------------------

    def _opt_out(self, intent: Intent) -> Outcome:
        opted_out = replace(self.person, status=Status.OPTED_OUT, next_send_at=None)
        # STOP in the hours after a crisis reply: honoured, and the line named once more.
        if crisis_window.medical_now(self.person, self.now) is not None:
            # STOP an hour after pills: honoured, and the emergency number kept, not a helpline.
            emergency = safety.emergency_number(self.country)
            return self._changed(opted_out, "opted_out_medical", "opt_out", emergency=emergency)
        line = crisis_window.line_to_name(self.person, self.country, self.now)
        if line is None:
            return self._changed(opted_out, "opted_out", "opt_out")
        return self._changed(opted_out, "opted_out_in_crisis", "opt_out", crisis_line=line)

    def _help(self, intent: Intent) -> Outcome:
        # "what counts as contact?" reads as a plea for help; the question itself is answered.
        asked = asked_about_the_program(self.body.strip().lower())
        return self._unchanged(asked or "help")

    def _status(self, intent: Intent) -> Outcome:
        reading = program.read_clock(self.person, self.now, self.settings)
        if reading.program_complete:
            return self._unchanged("status_complete")
        # In the first day, a best streak and total of 0 would read like a report card of zeros;
        # after a slip on day 2, the 22 hours they were told "stay yours" are named (a stranger's
        # STATUS left them out).
        if reading.best_days == 0:
            held = reading.best_streak_seconds >= program.HOUR and reading.best_streak_seconds > (
                reading.seconds
            )  # a streak from before a slip, not today's clock
            return self._unchanged("status_restarted" if held else "status_first_day")
        return self._unchanged("status")

    def _already_in(self, intent: Intent) -> Outcome:
        if self.person.status is Status.COMPLETED:
            # After DONE, "Reply START any time" brings back the lighter weekly support.
            return self._resume_weekly()
        return self._unchanged("already_active")

    def _kept(self, intent: Intent) -> Outcome:
        rating = intent.number if intent.number is not None and 1 <= intent.number <= 5 else None
        joined = self.person.consent_at
        just_joined = joined is not None and self.now - joined < JUST_JOINED
        if just_joined and rating is None and _JOINING.search(self.body.lower()):
            # "ok yes i'm 19, sign me up" a minute after YES: the yes again, not day 1's
            # check-in (a stranger's was, and their real check-in was then "already" had).
            return self._unchanged("joined_already")
        day = program.checkin_day(self.person, self.now, self.settings)
        if program.already_checked_in(self.person, day):
            return self._unchanged("checkin_already")
        if rating is not None and rating <= 2 and _WORST_DAY.search(self.body.lower()):
            # "worst day ever. 1/5": their scale runs the other way; noted as they meant it, and
            # said so (5 is the hardest here), so the reflections' "hardest day" is true.
            flipped = 6 - rating
            checked_in = program.record_checkin(self.person, day, kept=True, rating=flipped)
            return self._changed(checked_in, "checkin_kept_flipped", "checkin", rating=flipped)
        checked_in = program.record_checkin(self.person, day, kept=True, rating=rating)
        if _CLOSE_CALL.search(self.body.lower()):
            # "ngl i almost dmd him tonight": held at the last moment, an urge beaten.
            held = replace(checked_in, urges_beaten=checked_in.urges_beaten + 1)
            return self._changed(held, "checkin_close_call", "checkin")
        if rating is None and _HARD_DAY.search(self.body.lower()):
            # "havent texted him, pretty bad day tho": the hard day is heard, not cheered past.
            return self._changed(checked_in, "checkin_kept_hard", "checkin")
        reading = program.read_clock(checked_in, self.now, self.settings)
        offer = self._offer_extra(checked_in, reading.day_of_program)
        # A YES straight after signing up: "0 hours of choosing yourself" would ring hollow.
        if reading.hours >= 1:
            rode = self._celebrated(checked_in, reading, rated=rating is not None)
            if rode is not None:
                return self._offered_too(rode) if offer and rating is None else rode
        if offer:
            # Someone who always rates hears of EXTRA too: the number noted, and the offer.
            offered = replace(checked_in, extra_offered=True)
            key = "checkin_extra_offer" if rating is None else "checkin_rated_offer"
            return self._changed(offered, key, "checkin", rating=rating)
        if rating is None:
            kept = variant("checkin_kept", reading.day_of_program - 1)
            key = kept if reading.hours >= 1 else "checkin_kept_just_started"
            return self._changed(checked_in, key, "checkin")
        key = "checkin_kept_rated_hard" if rating >= 4 else "checkin_kept_rated"
        return self._changed(checked_in, key, "checkin", rating=rating)

    @staticmethod
    def _offer_extra(person: Person, day: int) -> bool:
        """Extra support is offered once, on a kept check-in of days 3 to 5, just before the
        stretch where slips cluster (days 4-17)."""
        return 3 <= day <= 5 and not (person.extra_offered or person.extra_support)

    @staticmethod
    def _offered_too(celebrated: Outcome) -> Outcome:
        """A milestone's reply with the offer after it, when both fit one segment (the 24- and
        72-hour ones fall on days 3-5); else the milestone alone, and the offer waits."""
        [reply] = celebrated.replies
        both = f"{reply} {render_reply('extra_offer')}"
        if not fits_one_segment(both):
            return celebrated
        offered = replace(celebrated.person, extra_offered=True)
        return replace(celebrated, person=offered, replies=(both,))

    def _celebrated(
        self, person: Person, reading: program.ClockReading, rated: bool
    ) -> Outcome | None:
        """A kept check-in on day 7, 14 or 21 gets the reflection (a rating is in it, as the
        hardest day or the trend); an unrated one on which a milestone became true names it (a
        rated one answers the number, and the milestone waits); None otherwise. Either way the
        day's idea was already sent."""
        day, days = reading.day_of_program, self.settings.program_days
        milestones = reflection.celebrated(person, reading.hours)
        marked = replace(person, milestones_celebrated=milestones)
        if reading.calendar_day in reflection.REFLECTION_DAYS and not reading.program_complete:
            held = program.describe_duration(reading.seconds)
            text = reflection.reflect(person, day, days, held)
            return Outcome(marked, (text,), changed=True, events=("checkin", "reflection"))
        hours = reflection.new_milestone(person, reading.hours)
        if hours is None or rated:
            return None
        words = reflection.milestone_words(hours)
        return self._changed(marked, "checkin_milestone", "checkin", milestone=words)

    def _contacted(self, intent: Intent) -> Outcome:
        if self.person.logistics and _mentions_logistics(self.body, self.person.logistics):
            return self._changed(self.person, "logistics_contact", "logistics_contact")
        if self._before_they_started():
            return self._unchanged("contact_before_start")
        # A reported contact always restarts the clock, even after today's check-in.
        slipped_on = program.read_clock(self.person, self.now, self.settings).day_of_program
        restarted = program.report_contact(self.person, self.now, self.settings)
        # Filed under the day it is reported, whatever came before: a slip at 08:30 on Wednesday
        # makes Wednesday not kept, even if Tuesday went unanswered.
        day = program.local_now(self.person, self.now).date()
        recorded = not program.already_checked_in(restarted, day)
        if recorded:
            restarted = program.record_checkin(restarted, day, kept=False)
        # What "that was a mistake" needs to put the clock back (answers.undo_slip).
        undo = answers.undo_token(self.person, recorded)
        restarted = dialogue.ask(restarted, dialogue.SLIP_TRIGGER, self.now, about=undo)
        key = variant("contact_reported", self.person.contacts_reported)
        outcome = self._changed(restarted, key, "slip")
        # Which program day it happened on, for the operator's slips-by-day count.
        return replace(outcome, records=(PrivateRecord("slip", str(slipped_on), self.now),))

    def _before_they_started(self) -> bool:
        """ "i caved and called her last night" a minute after YES: contact from before the clock
        began (not backdated), told within its first hours, is no slip (a stranger's restarted a
        clock with "every hour you held still counts" when none had been held)."""
        started, consented = self.person.last_contact_at, self.person.consent_at
        if started is None or consented is None or started < consented - timedelta(minutes=5):
            return False
        recent = self.now - started < timedelta(hours=6)
        return recent and _BEFORE_TODAY.search(self.body.lower()) is not None

    def _looked(self, intent: Intent) -> Outcome:
        looked = replace(self.person, looks=self.person.looks + 1)
        return self._changed(looked, variant("looked", self.person.looks), "looked")

    def _ex_reached_out(self, intent: Intent) -> Outcome:
        if intent.text == ACTED:  # "he blocked me": their act, nothing of theirs held
            return self._unchanged("ex_acted")
        held = replace(self.person, ex_reached_out=self.person.ex_reached_out + 1)
        key = variant("ex_reached_out", self.person.ex_reached_out)
        return self._changed(held, key, "ex_reached_out")

    def _logistics(self, intent: Intent) -> Outcome:
        declared = replace(self.person, logistics=(intent.text or "logistics")[:MAX_PRIVATE_TEXT])
        return self._changed(declared, "logistics_set", "logistics_declared")

    def _reaction(self, intent: Intent) -> Outcome:
        return self._unchanged("reaction_ack")

    def _rating(self, intent: Intent) -> Outcome:
        rating = intent.number
        if rating is not None and 1 <= rating <= 5 and self.in_an_urge():
            # "3" straight after URGE: how strong the urge is now, not how hard the day was.
            key = "urge_strength" if rating <= 3 else "urge_rated_strong"
            return self._unchanged(key, rating=rating)
        yesterday = program.local_now(self.person, self.now).date() - timedelta(days=1)
        if self.person.last_checkin_on is None or self.person.last_checkin_on < yesterday:
            # "a 3", then YES to "did you keep no contact?": the 3 is kept with the check-in.
            about = f"{answers.RATED}:{rating}" if rating is not None else answers.RATED
            asked = dialogue.ask(self.person, dialogue.CLARIFY, self.now, about=about)
            return self._changed(asked, "rating_without_checkin", "clarify")
        rated = program.with_rating(self.person, rating)
        # The reply answers the number: 1 is easy, 5 the hardest (the question says so).
        key = "rating_logged"
        if rating is not None and rating != 3:
            key = "rating_logged_easy" if rating <= 2 else "rating_logged_hard"
        return self._changed(rated, variant(key, len(self.person.ratings)), "rating", rating=rating)


_LOGISTICS_WORDS = (
    "kid", "child", "son", "daughter", "custody", "pickup", "pick up", "drop off", "school",
    "lease", "rent", "apartment", "landlord", "bills", "lawyer", "legal", "court", "divorce",
    "dog", "cat", "pet", "stuff", "keys", "logistics",
)  # fmt: skip


# Words too common to mark a text as logistics: "LOGISTICS about the kids" must not make
# "I texted him about us" a logistics contact.
_COMMON = frozenset(
    {
        "about", "with", "from", "that", "this", "have", "them", "they", "their", "there",
        "what", "when", "where", "which", "just", "some", "only", "also", "need", "needs", "sort",
        "sorting", "talk", "talking", "text", "texting", "call", "calling", "things", "thing",
        "over", "into", "still", "will", "would", "could", "should", "because", "again", "each",
        "every", "other", "more", "much", "very", "really", "like", "want", "make", "sure",
    }
)  # fmt: skip


# "a rough day", "bad one": heard as hard, and beside a low number, as a scale read backwards.
_BAD_DAY = (
    r"\b(?:bad|rough|hard|awful|horrible|shit|crap|terrible|tough|brutal) (?:day|one|night)\b"
)
_HARD_DAY = re.compile(
    rf"{_BAD_DAY}|\blong (?:day|one|night)\b|\b(?:struggl\w*|barely|sucked|wanted to all day"
    r"|so hard)\b"
)
# "almost texted him", "so close to calling her": kept, at the last moment.
_CLOSE_CALL = re.compile(
    r"\b(?:almost|nearly|so close to|came close to|close to)\b.{0,20}\b(?:texted|texting|text"
    r"|called|calling|call|dm'?d|dmd|dm|messaged|message|caved|cave|reached out|sent|sending"
    r"|replied)\b"
)
# A low number beside words like these means their scale runs the other way (1 = worst).
_WORST_DAY = re.compile(
    rf"{_BAD_DAY}|\bworst\b|\b(?:awful|horrible|terrible|brutal|hell|unbearable|miserable)\b"
    r"|\U0001f62d"
)
# Readings a question about the program can hide: its words ("nc", "he texted") are asked about.
_A_QUESTION_MAY_HIDE = (
    IntentKind.KEPT, IntentKind.CONTACTED, IntentKind.EX_REACHED_OUT, IntentKind.LOOKED,
    IntentKind.RATING,
)  # fmt: skip


def _answers_first(body: str) -> bool:
    """ "yes kept it. does liking count?": a check-in first, recorded; the question waits."""
    said = words(body.lower())
    return bool(said) and (said[0] in lex.YES_WORDS or said[0] in lex.NO_WORDS or said[0] == "kept")


def _mentions_logistics(body: str, declared: str) -> bool:
    """Whole words only: "son" must not be found inside "reason" or "personal"."""
    text = body.lower()
    declared_words = {
        w for w in re.findall(r"[a-z']+", declared.lower()) if len(w) > 3 and w not in _COMMON
    }
    words = set(_LOGISTICS_WORDS) | declared_words
    return any(re.search(rf"\b{re.escape(word)}s?\b", text) for word in words)


# Words that place a contact before now: last night, yesterday, before signing up.
_BEFORE_TODAY = re.compile(
    r"\b(?:last night|yesterday|yday|this morning|earlier today|last week|the other day|ago"
    r"|before (?:i (?:joined|signed up|started|found this)|this|signing up|starting))\b"
)


_ACTIVE_HANDLERS: dict[IntentKind, Callable[[_Conversation, Intent], Outcome]] = {
    IntentKind.STOP: _Conversation._opt_out,
    IntentKind.HELP: _Conversation._help,
    IntentKind.STATUS: _Conversation._status,
    IntentKind.JOIN: _Conversation._already_in,
    IntentKind.KEPT: _Conversation._kept,
    IntentKind.CONTACTED: _Conversation._contacted,
    IntentKind.LOOKED: _Conversation._looked,
    IntentKind.EX_REACHED_OUT: _Conversation._ex_reached_out,
    IntentKind.LOGISTICS: _Conversation._logistics,
    IntentKind.RATING: _Conversation._rating,
    IntentKind.URGE: _Conversation._urge,
    IntentKind.DRAFT: _Conversation._draft,
    IntentKind.JOURNAL: _Conversation._journal,
    IntentKind.WHY: _Conversation._why,
    IntentKind.TIME: _Conversation._time,
    IntentKind.TIMEZONE: _Conversation._timezone,
    IntentKind.PAUSE: _Conversation._pause,
    IntentKind.RESTART: _Conversation._restart,
    IntentKind.DELETE: _Conversation._delete,
    IntentKind.CONTINUE: _Conversation._continue,
    IntentKind.DONE: _Conversation._done,
    IntentKind.REACTION: _Conversation._reaction,
    IntentKind.EXTRA: _Conversation._extra,
    IntentKind.HARD_DATE: _Conversation._hard_date,
}
