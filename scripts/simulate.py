"""`make simulate`: a seeded cohort of simulated people over 120 days, through the real handlers.

Each simulated person texts the Chalice app's signed webhook as a phone would: "hi", YES to
consent, evening check-ins ("YES 3", or NO on a day they reached out), URGE, STOP, a crisis text
now and then, CONTINUE or DONE when the decision text comes, YES or NO to the follow-ups. The
scheduled side runs through the daily_tick and send_daily handlers every hour. People are kept
by the in-memory store (tests/fakes/memory_store.py: the same ports as DynamoDB, run through the
same contract tests) so 1,000 people take minutes, not hours; `--into-local` then copies them
into `make run`'s DynamoDB for `make report`.

What each person was made to do is kept as ground truth (`Truth`): tests/report computes the
report's numbers from it independently and compares.
"""

from __future__ import annotations

import argparse
import heapq
import os
import random
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from chalice.test import Client

from chalicelib.domain.model import Person
from scripts.drive import ManualClock, sqs_event, tick_event
from scripts.phone import reply_texts, signed_headers, twilio_form

WEBHOOK_URL = "https://coach.example.org/api/sms"
QUEUE_ARN = "arn:aws:sqs:us-east-1:123456789012:ncc-simulation-send"
TOKEN = "simulation-token"  # noqa: S105 - signs requests to an in-process app
START = datetime(2026, 1, 5, 8, 0, tzinfo=UTC)  # a Monday
# Area codes whose numbers libphonenumber puts in one zone each, with Twilio's FromState.
ZONES = (
    ("415", "CA", "America/Los_Angeles"),
    ("303", "CO", "America/Denver"),
    ("312", "IL", "America/Chicago"),
    ("212", "NY", "America/New_York"),
)
# No JSON log lines or EMF metrics for a million texts.
QUIET = {"POWERTOOLS_LOG_LEVEL": "WARNING", "POWERTOOLS_METRICS_DISABLED": "true"}
# Sign-ups spread over the first two months (the first half of a shorter run), so some are
# mid-way at the end and every one has texted in by then.
SIGNUP_DAYS = 60
# An urge's follow-ups ("still holding on? 1 to 5") come within the hour.
URGE_EXCHANGE = timedelta(minutes=90)


@dataclass
class Truth:
    """What one simulated person did, in UTC: their ground truth, never read from the app."""

    phone: str
    zone: str
    texted_at: datetime
    consent_at: datetime | None = None
    checkins: list[datetime] = field(default_factory=list)
    ratings: list[tuple[datetime, int]] = field(default_factory=list)
    contacts: list[datetime] = field(default_factory=list)
    urges: list[datetime] = field(default_factory=list)
    crises: list[datetime] = field(default_factory=list)
    opted_out_at: datetime | None = None
    graduated_at: datetime | None = None  # when the first decision text arrived
    decided_at: datetime | None = None
    asked: list[str] = field(default_factory=list)  # follow-ups received: "1m", "3m"
    answers: dict[str, str] = field(default_factory=dict)  # "1m" -> "no_contact" / "contact"


@dataclass
class _Behaviour:
    consents: bool
    checkin_chance: float
    rating_chance: float
    slip_hazard: float
    quiet_hazard: float
    optout_hazard: float
    keeps_after: float  # chance a follow-up answer is "no contact"
    answers_follow_up: float


@dataclass
class _Person:
    truth: Truth
    area: str
    state: str
    behaviour: _Behaviour
    rng: random.Random
    quiet: bool = False
    decided: bool = False
    urged_at: datetime | None = None
    seen: int = 0


class Driver(Protocol):
    """The app as the simulation sees it: texts in, and the scheduled texts that came out."""

    def text(self, phone: str, state: str, body: str) -> list[str]: ...

    def deliver_until(self, moment: datetime) -> list[tuple[str, str]]:
        """Sends the delayed jobs due by `moment`; the texts sent, as (phone, body)."""
        ...

    def tick(self) -> list[tuple[str, str]]:
        """One scheduler tick and the sends it queued; the texts sent, as (phone, body)."""
        ...


class Simulation:
    """Plays `people` people for `days` days from `start`; `truths` holds what they did."""

    def __init__(
        self, people: int = 1000, days: int = 120, seed: int = 7, start: datetime = START
    ) -> None:
        self.days = days
        self.start = start
        self.end = start + timedelta(days=days)
        self.rng = random.Random(seed)
        self.people = [self._new_person(i) for i in range(people)]
        self.truths = [p.truth for p in self.people]
        self._plans: list[tuple[datetime, int, int, str, str]] = []
        self._order = 0

    def _new_person(self, index: int) -> _Person:
        rng = random.Random(self.rng.getrandbits(64))
        area, state, zone = ZONES[index % len(ZONES)]
        phone = f"+1{area}{7000000 + index:07d}"
        local_day = self.start.astimezone(ZoneInfo(zone)).date() + timedelta(
            days=rng.randrange(max(1, min(SIGNUP_DAYS, self.days // 2)))
        )
        texted_at = _at(local_day, rng.uniform(10, 20), zone)
        behaviour = _Behaviour(
            consents=rng.random() < 0.85,
            checkin_chance=rng.uniform(0.4, 0.95),
            rating_chance=rng.uniform(0.2, 0.9),
            slip_hazard=rng.uniform(0.0, 0.05),
            quiet_hazard=rng.uniform(0.0, 0.04),
            optout_hazard=rng.uniform(0.0, 0.012),
            keeps_after=rng.uniform(0.4, 0.9),
            answers_follow_up=rng.uniform(0.3, 0.9),
        )
        return _Person(Truth(phone, zone, texted_at), area, state, behaviour, rng)

    # -- planning ------------------------------------------------------------------------

    def _plan(self, at: datetime, index: int, body: str, purpose: str) -> None:
        """`purpose` is what the text means, for the ground truth: the app reads only `body`."""
        self._order += 1
        heapq.heappush(self._plans, (at, self._order, index, body, purpose))

    def _plan_signup(self, index: int) -> None:
        person = self.people[index]
        self._plan(person.truth.texted_at, index, "hi", "signup")
        if person.behaviour.consents:
            self._plan(person.truth.texted_at + timedelta(minutes=2), index, "YES", "consent")
            if person.rng.random() < person.behaviour.checkin_chance / 2:  # day 1's evening
                self._plan(person.truth.texted_at + timedelta(hours=5), index, "YES", "checkin")

    def _plan_day(self, index: int, day: date) -> None:
        """A program day's texts for someone taking part; nothing once quiet, out or done."""
        person, rng, b = self.people[index], self.people[index].rng, self.people[index].behaviour
        truth = person.truth
        if person.quiet or truth.opted_out_at or truth.graduated_at or truth.consent_at is None:
            return
        if rng.random() < b.quiet_hazard:
            person.quiet = True  # silence is not failure: they just stop texting
            return
        if rng.random() < b.optout_hazard:
            self._plan(_at(day, rng.uniform(9, 23), truth.zone), index, "STOP", "optout")
            return
        if rng.random() < 0.002:
            at = _at(day, rng.uniform(21, 23.5), truth.zone)
            self._plan(at, index, "i want to die tonight", "crisis")
            return
        program_day = (day - truth.consent_at.astimezone(ZoneInfo(truth.zone)).date()).days + 1
        weekend = day.weekday() >= 4
        risk = b.slip_hazard * (1.8 if 4 <= program_day <= 17 else 1.0) * (1.5 if weekend else 1)
        if rng.random() < 0.15:
            self._plan(_at(day, rng.uniform(12, 22), truth.zone), index, "URGE", "urge")
        evening = _at(day, rng.uniform(20.5, 23), truth.zone)
        if rng.random() < risk:
            self._plan(evening, index, "NO", "slip")
        elif rng.random() < b.checkin_chance:
            rating = 1 + min(4, int(rng.expovariate(1.0) * 1.5 + max(0, 10 - program_day) / 5))
            rated = rng.random() < b.rating_chance
            self._plan(evening, index, f"YES {rating}" if rated else "YES", "checkin")

    # -- playing -------------------------------------------------------------------------

    def run(self, driver: Driver) -> None:
        """Plays every hour from the start to the end: the day's plans, the texts, then the tick."""
        by_phone = {p.truth.phone: i for i, p in enumerate(self.people)}
        for index in range(len(self.people)):
            self._plan_signup(index)
        planned_days: dict[int, date] = {}
        hour = self.start
        while hour < self.end:
            following = hour + timedelta(hours=1)
            for index, person in enumerate(self.people):
                local = hour.astimezone(ZoneInfo(person.truth.zone))
                if local.hour == 0 and planned_days.get(index) != local.date():
                    planned_days[index] = local.date()
                    self._plan_day(index, local.date())
            while self._plans and self._plans[0][0] < following:
                at, _, index, body, purpose = heapq.heappop(self._plans)
                # Delayed sends (an urge's follow-up 10 minutes on) arrive when they are due.
                for phone, sent in driver.deliver_until(at):
                    self._heard(by_phone[phone], sent)
                self._play(at, index, body, purpose, driver)
            for phone, sent in driver.deliver_until(following):
                self._heard(by_phone[phone], sent)
            self.clock.set(following)
            for phone, sent in driver.tick():
                self._heard(by_phone[phone], sent)
            hour = following

    clock: ManualClock

    def _play(
        self,
        at: datetime,
        index: int,
        body: str,
        purpose: str,
        driver: Driver,
    ) -> None:
        person = self.people[index]
        truth = person.truth
        if truth.opted_out_at is not None:
            return
        busy_until = person.urged_at + URGE_EXCHANGE if person.urged_at else at
        if purpose in ("checkin", "slip") and busy_until > at:
            # Mid-urge, "YES 2" answers "still holding on? 1 to 5": the check-in waits.
            self._plan(busy_until, index, body, purpose)
            return
        self.clock.set(at)
        driver.text(person.truth.phone, person.state, body)
        if purpose == "consent":
            truth.consent_at = at
        elif purpose == "optout":
            truth.opted_out_at = at
        elif purpose in ("checkin", "slip"):
            truth.checkins.append(at)  # NO answers "kept no contact?" too: a check-in
            if purpose == "slip":
                truth.contacts.append(at)
            elif body != "YES":
                truth.ratings.append((at, int(body.split()[1])))
        elif purpose == "urge":
            truth.urges.append(at)
            person.urged_at = at
        elif purpose == "crisis":
            truth.crises.append(at)
        elif purpose == "decision":
            truth.decided_at = at
        elif purpose.startswith("follow_up_"):
            truth.answers[purpose[-2:]] = "no_contact" if body == "YES" else "contact"

    def _heard(self, index: int, body: str) -> None:
        """A scheduled text arrived: the decision or a follow-up question may want an answer."""
        person, rng = self.people[index], self.people[index].rng
        truth, now = person.truth, self.clock.now
        if truth.opted_out_at is not None:
            return
        if "CONTINUE" in body and "DONE" in body and truth.graduated_at is None:
            truth.graduated_at = now
            if not person.quiet and rng.random() < 0.7:
                person.decided = True
                decision = rng.choice(_DECIDE)
                self._plan(now + timedelta(hours=rng.uniform(1, 6)), index, decision, "decision")
        if "still holding on?" in body:  # an urge's follow-up: how strong now, 1 to 5
            later = now + timedelta(minutes=rng.uniform(1, 8))
            self._plan(later, index, str(rng.randint(1, 5)), "urge_rating")
        for which, words in (("1m", "one month on"), ("3m", "three months on")):
            if words in body:
                truth.asked.append(which)
                if rng.random() < person.behaviour.answers_follow_up:
                    answer = "YES" if rng.random() < person.behaviour.keeps_after else "NO"
                    later = now + timedelta(hours=rng.uniform(0.5, 8))
                    self._plan(later, index, answer, f"follow_up_{which}")


_DECIDE = ("DONE", "CONTINUE")


def _at(day: date, hour: float, zone: str) -> datetime:
    local = datetime.combine(day, datetime.min.time(), ZoneInfo(zone)) + timedelta(hours=hour)
    return local.astimezone(UTC)


@dataclass
class Played:
    """A finished simulation: the ground truth, the people as the app stored them, and when."""

    truths: list[Truth]
    people: list[Person]
    ended_at: datetime
    seconds: float


def play(people: int = 1000, days: int = 120, seed: int = 7, start: datetime = START) -> Played:
    """Runs the simulation in process, in memory, through the Chalice app's handlers."""
    with _quiet():
        return _play(people, days, seed, start)


@contextmanager
def _quiet() -> Iterator[None]:
    """No log lines or metrics for the run's many thousand texts; as it was afterwards."""
    saved = {name: os.environ.get(name) for name in QUIET}
    os.environ.update(QUIET)
    from chalicelib.observability import logger

    level = logger.log_level
    logger.setLevel("WARNING")
    try:
        yield
    finally:
        logger.setLevel(level)
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _play(people: int, days: int, seed: int, start: datetime) -> Played:
    from app import app
    from chalicelib.bootstrap import build_services, use_services
    from chalicelib.domain.model import ProgramSettings
    from chalicelib.settings import Settings
    from tests.fakes.memory_store import MemoryPeople, MemoryQueue, MemorySms

    started = time.perf_counter()
    simulation = Simulation(people, days, seed, start)
    clock = ManualClock(start)
    simulation.clock = clock
    store, queue, sms = MemoryPeople(), MemoryQueue(), MemorySms(clock)
    settings = Settings(
        stage="simulation",
        webhook_url=WEBHOOK_URL,
        twilio_auth_token=TOKEN,
        sms_sender="outbox",
        send_queue_name="ncc-simulation-send",
        program=ProgramSettings(default_timezone="America/New_York"),
    )
    use_services(build_services(settings, clock=clock, people=store, sms=sms, queue=queue))
    try:
        with Client(app, stage_name="local") as client:
            simulation.run(_InProcess(client, clock, queue, sms))
    finally:
        use_services(None)
    return Played(
        simulation.truths,
        list(store.people.values()),
        simulation.end,
        time.perf_counter() - started,
    )


class _InProcess:
    """Drives the Chalice app in process: the signed webhook, daily_tick and send_daily."""

    def __init__(self, client: Client, clock: ManualClock, queue: Any, sms: Any) -> None:
        self.client, self.clock, self.queue, self.sms = client, clock, queue, sms
        self.delayed: list[tuple[datetime, int, str]] = []
        self.order = 0

    def text(self, phone: str, state: str, body: str) -> list[str]:
        form = twilio_form(phone, body, state, "US")
        headers = signed_headers(WEBHOOK_URL, TOKEN, form)
        response = self.client.http.post("/sms", headers=headers, body=urlencode(form))
        assert response.status_code == 200, response.status_code
        return reply_texts(response.body.decode())

    def deliver_until(self, moment: datetime) -> list[tuple[str, str]]:
        before = len(self.sms.sent)
        now = self.clock.now
        while True:
            for job, delay in self.queue.take():
                self.order += 1
                due = self.clock.now + timedelta(seconds=delay)
                heapq.heappush(self.delayed, (due, self.order, job.to_json()))
            if not self.delayed or self.delayed[0][0] > moment:
                break
            due, _, body = heapq.heappop(self.delayed)
            self.clock.set(max(due, self.clock.now))
            message = {"MessageId": f"sim-{self.order}", "ReceiptHandle": "-", "Body": body}
            event = sqs_event([message | {"MD5OfBody": "-"}], QUEUE_ARN)
            self.client.lambda_.invoke("send_daily", event)
        self.clock.set(max(now, self.clock.now))
        return [(to, body) for to, body, _, _ in self.sms.sent[before:]]

    def tick(self) -> list[tuple[str, str]]:
        before = len(self.sms.sent)
        self.client.lambda_.invoke("daily_tick", tick_event(self.client))
        self.deliver_until(self.clock.now)
        return [(to, body) for to, body, _, _ in self.sms.sent[before:]]


def into_table(people: list[Person]) -> int:
    """Writes the simulated people into the people table the environment names (fresh items:
    the versions the memory store counted mean nothing there)."""
    from chalicelib.adapters.dynamodb import UserModel, _to_model

    with UserModel.batch_write() as batch:
        for person in people:
            batch.save(_to_model(replace(person, version=0)))
    return len(people)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--days", type=int, default=120)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--into-local", action="store_true", help="then put them into `make run`'s DynamoDB"
    )
    args = parser.parse_args(argv)
    if args.into_local:
        from scripts.stage_env import use_local_stack

        use_local_stack()  # before anything reads the table names
    start = START
    if args.into_local:  # ending now, so that `make report` (as of now) sees it as it ended
        now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
        start = now - timedelta(days=args.days)
    played = play(args.people, args.days, args.seed, start)
    print(f"{args.people:,} people, {args.days} days, played in {played.seconds:.0f} s.")
    if args.into_local:
        written = into_table(played.people)
        print(
            f"{written:,} people written to the local stack's table. Next: make report "
            "(it counts everyone in that table: the people you texted as with make phone too)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
