"""`make demo`: a whole 21-day journey in seconds, through the real handlers, as a transcript.

An in-process moto stands in for AWS, a manual clock for time, and the outbox for Twilio. Every
text goes through the signed webhook, and every scheduled text goes through the Chalice schedule
and the SQS sender, exactly as deployed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as dt_time
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from scripts.stage_env import PROJECT_DIR

DEMO_ENV = {
    "AWS_ACCESS_KEY_ID": "demo",
    "AWS_SECRET_ACCESS_KEY": "demo",
    "AWS_SESSION_TOKEN": "demo",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "USERS_TABLE": "ncc-demo-users",
    "RECORDS_TABLE": "ncc-demo-records",
    "SEND_QUEUE_NAME": "ncc-demo-send",
    # The transcript is the output: no JSON log lines or EMF metrics in between.
    "POWERTOOLS_LOG_LEVEL": "WARNING",
    "POWERTOOLS_METRICS_DISABLED": "true",
}
WEBHOOK_URL = "https://coach.example.org/api/sms"
TOKEN = "demo-token"  # noqa: S105 - signs demo requests to an in-process app
PHONE = "+14155550123"
ZONE = ZoneInfo("America/Los_Angeles")
START = datetime(2026, 11, 23, 14, 0, tzinfo=ZONE)  # a Monday afternoon

# (day of the journey, local time, what the person texts). Day 1 is START's date.
SCRIPT: list[tuple[int, str, str]] = [
    (1, "14:00", "hi, my friend told me about this"),
    (1, "14:02", "YES"),
    (1, "14:05", "WHY I deserve someone who chooses me"),
    (1, "20:30", "yes"),
    (2, "21:40", "yes, 4"),
    (3, "19:00", "DRAFT I miss you so much. Can we talk?"),
    (3, "22:10", "I want to text him so bad"),
    (3, "22:25", "3"),
    (3, "22:50", "I texted him"),
    (4, "20:00", "yes 5"),
    (5, "19:30", "yep"),
    (5, "19:35", "EXTRA"),  # offered on that check-in: Friday evening has passed, Saturday's comes
    (5, "21:15", "JOURNAL cried in the car, then felt lighter"),
    (6, "12:00", "status"),
    (6, "12:05", "DATE 12/10 his birthday"),
    (6, "21:30", "I looked at his instagram"),
    (7, "20:00", "yes"),
    (8, "21:00", "yes 2"),
    (9, "20:40", "he called me and I didn't answer"),
    (9, "21:30", "yes"),
    (10, "20:15", "y"),
    (11, "20:00", "yes"),
    (12, "20:00", "yes"),
    (12, "23:05", "WHY"),
    (13, "18:00", "what now?"),
    (15, "20:00", "yes 1"),
    (16, "20:00", "yes"),
    (18, "20:00", "yes"),
    (19, "19:00", "yes"),
    (19, "20:00", "STATUS"),
    (24, "20:00", "yes"),
    (25, "12:30", "CONTINUE"),
    # The follow-up a month after graduating (day 24) goes with the first weekly text after it.
    (60, "11:00", "yes, none at all"),
]
# Hourly ticks while the program runs, then one a day (at 09:15 local, so each catches that
# morning's 09:00 slot) through the weeks of weekly support to the one-month follow-up.
HOURLY_UNTIL_DAY = 33
END_DAY = 61
TICK_EVERY = timedelta(hours=1)


def tick_times(end_day: int = END_DAY) -> Iterator[datetime]:
    """When the demo's scheduler ticks, in UTC, until `end_day` of the journey."""
    moment = START
    while moment < START + timedelta(days=min(HOURLY_UNTIL_DAY, end_day)):
        moment += TICK_EVERY
        yield moment.astimezone(UTC)
    day = (START + timedelta(days=HOURLY_UNTIL_DAY)).date()
    while day < (START + timedelta(days=end_day)).date():
        day += timedelta(days=1)
        yield datetime.combine(day, dt_time(9, 15), tzinfo=ZONE).astimezone(UTC)


@dataclass(frozen=True)
class Line:
    at: datetime
    who: str
    text: str


def _environment() -> None:
    os.environ.update(DEMO_ENV)
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        os.environ.pop(name, None)


def _scripted_texts() -> Iterator[tuple[datetime, str]]:
    for day, clock_time, body in SCRIPT:
        hour, minute = (int(part) for part in clock_time.split(":"))
        local = (START + timedelta(days=day - 1)).replace(hour=hour, minute=minute)
        yield local.astimezone(UTC), body


class _DelayedJobs:
    """Holds SQS-delayed jobs on the demo's clock: moto would hold them for real minutes."""

    def __init__(self) -> None:
        self.pending: list[tuple[datetime, str]] = []

    def due(self, now: datetime) -> list[str]:
        ready = [body for at, body in self.pending if at <= now]
        self.pending = [(at, body) for at, body in self.pending if at > now]
        return ready


def play(out: list[Line], end_day: int = END_DAY, report_to: Path | None = None) -> None:
    """Plays SCRIPT until `end_day` of the journey, appending every text to `out`; with
    `report_to`, then writes the outcomes report of the demo's table there."""
    import json

    import moto
    from chalice.test import Client

    from scripts.drive import Backend, ManualClock
    from scripts.phone import reply_texts, signed_headers, twilio_form
    from scripts.provision import ensure_queues, ensure_tables

    with moto.mock_aws(), tempfile.TemporaryDirectory() as scratch:
        ensure_tables()
        ensure_queues(DEMO_ENV["SEND_QUEUE_NAME"])
        from app import app
        from chalicelib.adapters.dynamodb import DynamoPeople
        from chalicelib.adapters.outbox_sms import OutboxSms
        from chalicelib.adapters.sqs_queue import SqsSendQueue
        from chalicelib.bootstrap import build_services, use_services
        from chalicelib.domain.ports import SendJob
        from chalicelib.domain.schedule import SLOT, slot_start
        from chalicelib.settings import Settings

        clock = ManualClock(START.astimezone(UTC))
        delayed = _DelayedJobs()

        class DemoQueue(SqsSendQueue):
            def enqueue_later(self, job: SendJob, delay_seconds: int) -> None:
                delayed.pending.append(
                    (clock.now + timedelta(seconds=delay_seconds), job.to_json())
                )

        outbox = Path(scratch) / "outbox.jsonl"
        settings = Settings(
            stage="demo",
            webhook_url=WEBHOOK_URL,
            twilio_auth_token=TOKEN,
            sms_sender="outbox",
            send_queue_name=DEMO_ENV["SEND_QUEUE_NAME"],
        )
        sms = OutboxSms(outbox, clock, echo=False)
        queue = DemoQueue(settings.send_queue_name)
        use_services(build_services(settings, clock=clock, sms=sms, queue=queue))
        sent_lines = 0

        def collect_outbox() -> None:
            nonlocal sent_lines
            records = outbox.read_text(encoding="utf-8").splitlines() if outbox.exists() else []
            for record in records[sent_lines:]:
                out.append(Line(clock.now, "coach (scheduled)", json.loads(record)["body"]))
            sent_lines = len(records)

        with Client(app, stage_name="local") as client:
            backend = Backend(client, settings.send_queue_name)

            def deliver_delayed_until(moment: datetime) -> None:
                """Delayed jobs go through the real SQS handler when the demo clock gets there."""
                for due_at, body in sorted(delayed.pending):
                    if due_at <= moment:
                        delayed.pending.remove((due_at, body))
                        clock.set(due_at)
                        message = {"MessageId": body, "ReceiptHandle": "-", "Body": body}
                        client.lambda_.invoke(
                            "send_daily", backend.sqs_event([message | {"MD5OfBody": "-"}])
                        )
                        collect_outbox()

            def text(at: datetime, body: str) -> None:
                clock.set(at)
                form = twilio_form(PHONE, body, "CA", "US")
                headers = signed_headers(WEBHOOK_URL, TOKEN, form)
                response = client.http.post("/sms", headers=headers, body=urlencode(form))
                out.append(Line(at, "you", body))
                out.extend(
                    Line(at, "coach", reply) for reply in reply_texts(response.body.decode())
                )

            end = (START + timedelta(days=end_day)).astimezone(UTC)
            texts = [(at, body) for at, body in _scripted_texts() if at < end]
            hourly_end = (START + timedelta(days=HOURLY_UNTIL_DAY)).astimezone(UTC)
            for next_tick in tick_times(end_day):
                if next_tick > hourly_end:
                    # A tick catches up at most a day of slots; deployed, ticks run every 15
                    # minutes, so the daily ticks here start from this morning's first slots.
                    DynamoPeople().advance_scheduler_cursor(slot_start(next_tick) - 2 * SLOT)
                while texts and texts[0][0] < next_tick:
                    at, body = texts.pop(0)
                    deliver_delayed_until(at)
                    text(at, body)
                deliver_delayed_until(next_tick)
                clock.set(next_tick)
                backend.tick()
                backend.drain()
                collect_outbox()
        if report_to is not None:
            from outcomes.source import participants
            from scripts.report import report

            people = participants(DEMO_ENV["USERS_TABLE"], progress=False)
            page = report(people, clock.now, report_to, "the demo's one person")
            out.append(Line(clock.now, "report", f"written to {page}"))
        use_services(None)


def render(lines: list[Line]) -> str:
    rows = []
    last_day = None
    for line in lines:
        local = line.at.astimezone(ZONE)
        day = local.date()
        stamp = (
            local.strftime("%a %b %d %H:%M")
            if day != last_day
            else local.strftime("%H:%M").rjust(16)
        )
        last_day = day
        marker = ">" if line.who == "you" else "<"
        rows.append(f"{stamp}  {line.who:<17} {marker} {line.text}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--report",
        type=Path,
        nargs="?",
        const=PROJECT_DIR / "reports" / "demo",
        help="also write the outcomes report (default folder: reports/demo)",
    )
    args = parser.parse_args(argv)
    _environment()
    started = time.perf_counter()
    lines: list[Line] = []
    play(lines, report_to=args.report)
    print(render(lines))
    scheduled = sum(1 for line in lines if line.who == "coach (scheduled)")
    ticks = sum(1 for _ in tick_times())
    print(
        f"\n{END_DAY} days played in {time.perf_counter() - started:.1f}s: "
        f"{len(SCRIPT)} texts in, {scheduled} scheduled texts out, {ticks} scheduler ticks."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
