"""Drives the app's scheduled side through Chalice's own handlers: the tick, then the SQS sender.

Used by `make tick`, `make demo` and the tests, so all three exercise the same path.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from chalice.test import Client


class ManualClock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, when: datetime) -> None:
        self.now = when.astimezone(UTC)


def tick_event(client: Client) -> Any:
    """The EventBridge schedule's event for daily_tick."""
    return client.events.generate_cw_event(
        source="aws.events",
        detail_type="Scheduled Event",
        detail={},
        resources=["arn:aws:events:us-east-1:123456789012:rule/daily_tick"],
    )


def sqs_event(messages: list[dict[str, str]], queue_arn: str) -> dict[str, Any]:
    """An SQS event for send_daily from received messages (MessageId, ReceiptHandle, Body,
    MD5OfBody). Built by hand: chalice's generate_sqs_event gives every record one messageId."""
    return {
        "Records": [
            {
                "messageId": m["MessageId"],
                "receiptHandle": m["ReceiptHandle"],
                "body": m["Body"],
                "attributes": {"ApproximateReceiveCount": "1"},
                "messageAttributes": {},
                "md5OfBody": m["MD5OfBody"],
                "eventSource": "aws:sqs",
                "eventSourceARN": queue_arn,
                "awsRegion": "us-east-1",
            }
            for m in messages
        ]
    }


class Backend:
    """Drives the scheduled side through the Chalice app: the tick, then the SQS sender."""

    def __init__(self, client: Client, queue_name: str) -> None:
        self.client = client
        self.sqs = boto3.client("sqs")
        self.queue_url = self.sqs.get_queue_url(QueueName=queue_name)["QueueUrl"]
        self.queue_arn = f"arn:aws:sqs:us-east-1:123456789012:{queue_name}"

    def tick(self) -> None:
        self.client.lambda_.invoke("daily_tick", tick_event(self.client))

    def receive(self) -> list[dict[str, str]]:
        """Every visible message; received ones stay hidden until deleted, as with Lambda."""
        messages: list[dict[str, str]] = []
        while batch := self.sqs.receive_message(
            QueueUrl=self.queue_url, MaxNumberOfMessages=10, VisibilityTimeout=600
        ).get("Messages", []):
            messages.extend(batch)
        return messages

    def sqs_event(self, messages: list[dict[str, str]]) -> dict[str, Any]:
        return sqs_event(messages, self.queue_arn)

    def deliver(self, messages: list[dict[str, str]]) -> None:
        """Invokes the sender; like Lambda's SQS trigger, deletes the batch only if it succeeded."""
        if not messages:
            return
        self.client.lambda_.invoke("send_daily", self.sqs_event(messages))
        for message in messages:
            self.sqs.delete_message(QueueUrl=self.queue_url, ReceiptHandle=message["ReceiptHandle"])

    def drain(self) -> int:
        total = 0
        while messages := self.receive():
            for start in range(0, len(messages), 10):
                self.deliver(messages[start : start + 10])
            total += len(messages)
        return total

    def run_tick(self) -> int:
        self.tick()
        return self.drain()

    def delayed_messages(self) -> int:
        attributes = self.sqs.get_queue_attributes(
            QueueUrl=self.queue_url, AttributeNames=["ApproximateNumberOfMessagesDelayed"]
        )["Attributes"]
        return int(attributes["ApproximateNumberOfMessagesDelayed"])
