"""SQS requests when one tick queues 1,000 due people through the real SqsSendQueue.

1,000 active people share one 15-minute slot; they are written straight into the users table
(bypassing the webhook). Then the Chalice schedule handler runs one tick on a fresh container's
services, so the count includes the queue URL lookup a cold container makes.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, time, timedelta

from bench.aws_calls import record_aws_calls
from bench.common import (
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

PEOPLE = 1_000
ALLOWED_PER_THOUSAND = 110
SLOT_AT = datetime(2026, 11, 26, 14, 0, tzinfo=UTC)  # 09:00 in New York


def measure(m: Measurement) -> None:
    use_local_aws()
    import boto3
    import moto
    from chalice.test import Client

    from scripts.drive import Backend, ManualClock
    from scripts.provision import ensure_queues, ensure_tables

    queue_name = BENCH_ENV["SEND_QUEUE_NAME"]
    with moto.mock_aws():
        ensure_tables()
        ensure_queues(queue_name)
        from app import app
        from chalicelib.adapters.dynamodb import UserModel, _to_model
        from chalicelib.bootstrap import build_services, use_services
        from chalicelib.domain.model import Person, Status
        from chalicelib.settings import Settings

        joined = SLOT_AT - timedelta(days=3)
        with UserModel.batch_write() as batch:
            for n in range(PEOPLE):
                person = Person(
                    phone=f"+1{2_120_000_000 + n}",
                    status=Status.ACTIVE,
                    timezone="America/New_York",
                    send_time=time(9, 0),
                    created_at=joined,
                    consent_at=joined,
                    last_contact_at=joined,
                    next_send_at=SLOT_AT,
                )
                batch.save(_to_model(person))

        clock = ManualClock(SLOT_AT + timedelta(minutes=1))
        settings = Settings(
            stage="bench",
            webhook_url=WEBHOOK_URL,
            twilio_auth_token=AUTH_TOKEN,
            from_number=FROM_NUMBER,
            send_queue_name=queue_name,
        )
        use_services(build_services(settings, clock=clock))  # the real SqsSendQueue
        try:
            with Client(app, stage_name="local", project_dir=str(PROJECT_DIR)) as client:
                backend = Backend(client, queue_name)
                with record_aws_calls() as calls:
                    backend.tick()
        finally:
            use_services(None)
        sqs = boto3.client("sqs")
        attributes = sqs.get_queue_attributes(
            QueueUrl=backend.queue_url, AttributeNames=["ApproximateNumberOfMessages"]
        )["Attributes"]
        queued = int(attributes["ApproximateNumberOfMessages"])
    if queued != PEOPLE:
        raise RuntimeError(f"the tick queued {queued} of {PEOPLE}")

    batches, lookups = calls.count("SendMessageBatch"), calls.count("GetQueueUrl")
    others = calls.requests("sqs") - batches - lookups
    m.add(
        Metric.judged(
            "sqs_requests_per_1000_dispatched",
            (batches + lookups + others) * 1000 / queued,
            "requests",
            "<=",
            ALLOWED_PER_THOUSAND,
            f"{batches} SendMessageBatch + {lookups} GetQueueUrl + {others} other "
            f"for {queued} people",
        )
    )
    m.add(Metric("sqs_send_message_batch_requests", batches, "requests", note="10 jobs each"))
    m.add(Metric("sqs_get_queue_url_requests", lookups, "requests", note="once per container"))
    m.add(
        Metric(
            "dynamodb_requests_per_tick",
            calls.requests("dynamodb"),
            "requests",
            note="cursor read + 9 Queries for the slot + 9 for the stranded sweep + cursor write",
        )
    )
    m.details["operations"] = dict(calls.operations())


if __name__ == "__main__":
    sys.exit(module_main("fanout", measure))
