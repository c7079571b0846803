"""`make demo`: a whole 21-day journey in seconds, through the real handlers, as a transcript.

An in-process moto stands in for AWS, a manual clock for time, and the outbox for Twilio. Every
text goes through the signed webhook, and every scheduled text goes through the Chalice schedule
and the SQS sender, exactly as deployed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

DEMO_ENV = {
    "AWS_ACCESS_KEY_ID": "demo",
    "AWS_SECRET_ACCESS_KEY": "demo",
    "AWS_SESSION_TOKEN": "demo",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "USERS_TABLE": "ncc-demo-users",
    "RECORDS_TABLE": "ncc-demo-records",
    "SEND_QUEUE_NAME": "ncc-demo-send",
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
    (1, "20:30", "yes"),
    (2, "21:40", "yes, 4"),
    (3, "22:50", "I texted him"),
    (4, "20:00", "yes 5"),
    (5, "19:30", "yep"),
    (6, "12:00", "status"),
    (8, "21:00", "yes 2"),
    (10, "20:15", "y"),
    (13, "18:00", "what now?"),
    (15, "20:00", "yes 1"),
    (19, "20:00", "STATUS"),
    (24, "20:00", "yes"),
    (25, "12:30", "CONTINUE"),
]
END_DAY = 33
TICK_EVERY = timedelta(hours=1)


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


def play(out: list[Line]) -> None:
    import moto
    from chalice.test import Client

    from scripts.drive import Backend, ManualClock
    from scripts.phone import reply_texts, signed_headers, twilio_form
    from scripts.provision import ensure_queues, ensure_tables

    with moto.mock_aws(), tempfile.TemporaryDirectory() as scratch:
        ensure_tables()
        ensure_queues(DEMO_ENV["SEND_QUEUE_NAME"])
        from app import app
        from chalicelib.adapters.outbox_sms import OutboxSms
        from chalicelib.bootstrap import build_services, use_services
        from chalicelib.settings import Settings

        clock = ManualClock(START.astimezone(UTC))
        outbox = Path(scratch) / "outbox.jsonl"
        settings = Settings(
            stage="demo",
            webhook_url=WEBHOOK_URL,
            twilio_auth_token=TOKEN,
            sms_sender="outbox",
            send_queue_name=DEMO_ENV["SEND_QUEUE_NAME"],
        )
        use_services(
            build_services(settings, clock=clock, sms=OutboxSms(outbox, clock, echo=False))
        )
        sent_lines = 0

        def collect_outbox() -> None:
            nonlocal sent_lines
            import json

            records = outbox.read_text(encoding="utf-8").splitlines() if outbox.exists() else []
            for record in records[sent_lines:]:
                out.append(Line(clock.now, "coach (scheduled)", json.loads(record)["body"]))
            sent_lines = len(records)

        with Client(app, stage_name="local") as client:
            backend = Backend(client, settings.send_queue_name)
            texts = list(_scripted_texts())
            end = (START + timedelta(days=END_DAY)).astimezone(UTC)
            while clock.now < end:
                next_tick = clock.now + TICK_EVERY
                while texts and texts[0][0] < next_tick:
                    at, body = texts.pop(0)
                    clock.set(at)
                    form = twilio_form(PHONE, body, "CA", "US")
                    response = client.http.post(
                        "/sms",
                        headers=signed_headers(WEBHOOK_URL, TOKEN, form),
                        body=urlencode(form),
                    )
                    out.append(Line(at, "you", body))
                    out.extend(Line(at, "coach", r) for r in reply_texts(response.body.decode()))
                clock.set(next_tick)
                backend.tick()
                backend.drain()
                collect_outbox()
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


def main() -> int:
    _environment()
    started = time.perf_counter()
    lines: list[Line] = []
    play(lines)
    print(render(lines))
    scheduled = sum(1 for line in lines if line.who == "coach (scheduled)")
    ticks = int(timedelta(days=END_DAY) / TICK_EVERY)
    print(
        f"\n{END_DAY} days played in {time.perf_counter() - started:.1f}s: "
        f"{len(SCRIPT)} texts in, {scheduled} scheduled texts out, {ticks} scheduler ticks."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
