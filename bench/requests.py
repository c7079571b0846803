"""Requests per message: DynamoDB per sign-up text, check-in and daily send; Twilio per send.

Everything goes through the real Chalice handlers (signed webhook posts, the schedule handler,
the SQS handler) on an in-process moto, with the real Twilio SDK talking to the local fake
Twilio API (tests/fakes/fake_twilio.py). Each message is recorded on its own.
"""

from __future__ import annotations

import statistics
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from bench.aws_calls import AwsCallLog, record_aws_calls
from bench.common import (
    ACCOUNT_SID,
    AUTH_TOKEN,
    BENCH_ENV,
    FROM_NUMBER,
    PROJECT_DIR,
    WEBHOOK_URL,
    Measurement,
    Metric,
    module_main,
    use_local_aws,
)

PEOPLE = 12
OPTING_OUT = 3  # of PEOPLE: text STOP after the tick queued them, before the sender runs
ZONE = ZoneInfo("America/Los_Angeles")
SIGN_UP = datetime(2026, 11, 23, 14, 0, tzinfo=ZONE)  # a Monday afternoon in California
CHECK_IN = datetime(2026, 11, 23, 20, 30, tzinfo=ZONE)
SEND_MORNING = datetime(2026, 11, 24, 9, 0, tzinfo=ZONE)  # the default 09:00 send time


def _phones() -> list[str]:
    return [f"+1415555{n:04d}" for n in range(1000, 1000 + PEOPLE)]


def _summary(counts: list[int]) -> dict[str, Any]:
    return {"samples": len(counts), "max": max(counts), "mean": statistics.fmean(counts)}


def measure(m: Measurement) -> None:
    use_local_aws()
    import moto
    from chalice.test import Client

    from scripts.drive import Backend, ManualClock
    from scripts.phone import reply_texts, signed_headers, twilio_form
    from scripts.provision import ensure_queues, ensure_tables
    from tests.fakes.fake_twilio import FakeTwilio, LocalTwilioHttpClient

    queue_name = BENCH_ENV["SEND_QUEUE_NAME"]
    with (
        moto.mock_aws(),
        FakeTwilio(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) as twilio,
        record_aws_calls() as everything,
    ):
        ensure_tables()
        ensure_queues(queue_name)
        from app import app
        from chalicelib.adapters.dynamodb import DynamoPeople
        from chalicelib.adapters.twilio_sms import TwilioSms
        from chalicelib.bootstrap import build_services, use_services
        from chalicelib.domain.model import Status
        from chalicelib.domain.ports import SendJob
        from chalicelib.settings import Settings

        clock = ManualClock(SIGN_UP.astimezone(UTC))
        settings = Settings(
            stage="bench",
            webhook_url=WEBHOOK_URL,
            twilio_account_sid=ACCOUNT_SID,
            twilio_auth_token=AUTH_TOKEN,
            from_number=FROM_NUMBER,
            send_queue_name=queue_name,
        )
        sms = TwilioSms(
            ACCOUNT_SID,
            lambda: AUTH_TOKEN,
            from_number=FROM_NUMBER,
            http_client=LocalTwilioHttpClient(twilio.base_url, timeout=5),
        )
        use_services(build_services(settings, clock=clock, sms=sms))
        people = DynamoPeople()
        try:
            with Client(app, stage_name="local", project_dir=str(PROJECT_DIR)) as client:

                def text(phone: str, body: str, at: datetime) -> AwsCallLog:
                    clock.set(at)
                    form = twilio_form(phone, body, "CA", "US")
                    headers = signed_headers(WEBHOOK_URL, AUTH_TOKEN, form)
                    with record_aws_calls() as calls:
                        response = client.http.post("/sms", headers=headers, body=urlencode(form))
                    if response.status_code != 200 or not reply_texts(response.body.decode()):
                        raise RuntimeError(f"{body!r} got HTTP {response.status_code}")
                    return calls

                phones = _phones()
                first = [text(p, "hi, a friend told me about this", SIGN_UP) for p in phones]
                yes = [text(p, "YES", SIGN_UP + timedelta(minutes=2)) for p in phones]
                checkins = [text(p, "yes", CHECK_IN) for p in phones]
                for phone in phones:
                    person = people.get(phone)
                    if person is None or person.status is not Status.ACTIVE or not person.checkins:
                        raise RuntimeError(f"{phone} did not sign up and check in")

                backend = Backend(client, queue_name)
                clock.set(SEND_MORNING)
                with record_aws_calls() as tick_calls:
                    backend.tick()
                messages = backend.receive()
                if len(messages) != PEOPLE:
                    raise RuntimeError(f"the tick queued {len(messages)} of {PEOPLE} people")
                opting_out = set(phones[:OPTING_OUT])
                for phone in sorted(opting_out):
                    text(phone, "STOP", SEND_MORNING + timedelta(seconds=30))
                clock.set(SEND_MORNING + timedelta(minutes=1))

                sends: list[AwsCallLog] = []
                skips: list[AwsCallLog] = []
                twilio_per_send: list[int] = []
                twilio_per_skip: list[int] = []
                for message in messages:
                    phone = SendJob.from_json(message["Body"]).phone
                    before = len(twilio.message_requests())
                    with record_aws_calls() as calls:
                        client.lambda_.invoke("send_daily", backend.sqs_event([message]))
                    twilio_requests = len(twilio.message_requests()) - before
                    backend.sqs.delete_message(
                        QueueUrl=backend.queue_url, ReceiptHandle=message["ReceiptHandle"]
                    )
                    if phone in opting_out:
                        skips.append(calls)
                        twilio_per_skip.append(twilio_requests)
                    else:
                        sends.append(calls)
                        twilio_per_send.append(twilio_requests)
                sent_to = sorted(message.to for message in twilio.messages_sent)
                if sent_to != sorted(set(phones) - opting_out):
                    raise RuntimeError(f"Twilio was asked to text {sent_to}")
        finally:
            use_services(None)

    def dynamo(logs: list[AwsCallLog]) -> list[int]:
        return [log.requests("dynamodb") for log in logs]

    def judged(name: str, logs: list[AwsCallLog], limit: int, note: str) -> None:
        counts = dynamo(logs)
        m.add(Metric.judged(name, max(counts), "requests", "<=", limit, note))
        m.details[name] = {
            **_summary(counts),
            "operations": dict(sum((log.operations() for log in logs), start=Counter[str]())),
        }

    judged(
        "dynamodb_requests_per_checkin",
        checkins,
        2,
        "max over people; signed webhook post of an active person's check-in",
    )
    judged("dynamodb_requests_per_signup_first_text", first, 3, "new number's first text")
    judged("dynamodb_requests_per_signup_yes", yes, 3, "YES: double opt-in confirmed")
    judged(
        "dynamodb_requests_per_daily_send",
        sends,
        3,
        "the sender's own requests: read, claim, record + next bucket",
    )
    m.add(
        Metric(
            "dynamodb_requests_per_opted_out_job",
            max(dynamo(skips)),
            "requests",
            note="a job for someone who texted STOP after the tick: read, then skip",
        )
    )
    m.add(
        Metric(
            "twilio_requests_per_daily_send",
            max(twilio_per_send),
            "requests",
            "== 1",
            set(twilio_per_send) == {1},
            f"each of {len(twilio_per_send)} sends: {sorted(set(twilio_per_send))} request(s)",
        )
    )
    m.add(
        Metric.judged(
            "twilio_requests_per_opted_out_job",
            max(twilio_per_skip),
            "requests",
            "==",
            0,
            f"{len(twilio_per_skip)} people opted out between tick and send",
        )
    )
    m.add(
        Metric.judged(
            "dynamodb_scans_in_message_paths",
            everything.count("Scan"),
            "requests",
            "==",
            0,
            "every request of this group, sign-up to send",
        )
    )
    m.details["tick_requests"] = dict(tick_calls.operations())
    # The person as the sender reads them (GetItem): what each write of them costs in WCU.
    m.details["user_item_bytes_max"] = max(log.bytes_read("GetItem") for log in sends)


if __name__ == "__main__":
    sys.exit(module_main("requests", measure))
