"""Test helpers: a settable clock, an independent Twilio signer, and a phone that texts the app."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode
from xml.etree import ElementTree

from chalice.test import Client

WEBHOOK_URL = "https://coach.example.org/api/sms"
AUTH_TOKEN = "test-auth-token-not-a-secret"
FORM = "application/x-www-form-urlencoded"


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


def twilio_signature(url: str, pairs: list[tuple[str, str]], token: str = AUTH_TOKEN) -> str:
    """Twilio's documented algorithm, written independently of the twilio package."""
    payload = url
    names = sorted({name for name, _ in pairs})
    for name in names:
        for value in sorted({v for n, v in pairs if n == name}):
            payload += name + value
    digest = hmac.new(token.encode(), payload.encode(), hashlib.sha1).digest()
    return base64.b64encode(digest).decode()


def replies_of(xml: str) -> list[str]:
    root = ElementTree.fromstring(xml)
    assert root.tag == "Response"
    return [message.text or "" for message in root.iter("Message")]


_sids = itertools.count(1)


def new_message_sid() -> str:
    return f"SM{next(_sids):032x}"


@dataclass
class Reply:
    status: int
    body: str
    content_type: str
    texts: list[str] = field(default_factory=list)


@dataclass
class Phone:
    """Texts the app the way Twilio would: a signed form post with Twilio's fields."""

    client: Client
    number: str
    from_state: str = "CA"
    from_country: str = "US"

    def form(self, body: str, sid: str | None = None) -> list[tuple[str, str]]:
        sid = sid or new_message_sid()
        return [
            ("ToCountry", "US"),
            ("ToState", "NY"),
            ("SmsMessageSid", sid),
            ("NumMedia", "0"),
            ("ToCity", ""),
            ("FromZip", ""),
            ("SmsSid", sid),
            ("FromState", self.from_state),
            ("SmsStatus", "received"),
            ("FromCity", ""),
            ("Body", body),
            ("FromCountry", self.from_country),
            ("To", "+15005550006"),
            ("ToZip", ""),
            ("NumSegments", "1"),
            ("MessageSid", sid),
            ("AccountSid", "AC" + "0" * 32),
            ("From", self.number),
            ("ApiVersion", "2010-04-01"),
        ]

    def post(
        self,
        pairs: list[tuple[str, str]],
        signature: str | None = None,
        content_type: str = FORM,
    ) -> Reply:
        headers = {"Content-Type": content_type}
        signature = twilio_signature(WEBHOOK_URL, pairs) if signature is None else signature
        if signature:
            headers["X-Twilio-Signature"] = signature
        response = self.client.http.post("/sms", headers=headers, body=urlencode(pairs))
        body = response.body.decode("utf-8")
        content = response.headers.get("Content-Type", "")
        texts = replies_of(body) if content.startswith("application/xml") else []
        return Reply(response.status_code, body, content, texts)

    def text(self, body: str, sid: str | None = None) -> list[str]:
        reply = self.post(self.form(body, sid))
        assert reply.status == 200, reply.body
        assert reply.content_type == "application/xml"
        return reply.texts

    def say(self, body: str) -> str:
        """Texts and expects exactly one reply."""
        texts = self.text(body)
        assert len(texts) == 1, texts
        return texts[0]


class Backend:
    """Drives the scheduled side through the Chalice app: the tick, then the SQS sender."""

    def __init__(self, client: Client, queue_name: str = "ncc-test-send") -> None:
        import boto3

        self.client = client
        self.sqs = boto3.client("sqs")
        self.queue_url = self.sqs.get_queue_url(QueueName=queue_name)["QueueUrl"]
        self.queue_arn = f"arn:aws:sqs:us-east-1:123456789012:{queue_name}"

    def tick(self) -> None:
        event = self.client.events.generate_cw_event(
            source="aws.events",
            detail_type="Scheduled Event",
            detail={},
            resources=["arn:aws:events:us-east-1:123456789012:rule/daily_tick"],
        )
        self.client.lambda_.invoke("daily_tick", event)

    def receive(self) -> list[dict[str, str]]:
        """Every visible message; received ones stay hidden until deleted, as with Lambda."""
        messages: list[dict[str, str]] = []
        while batch := self.sqs.receive_message(
            QueueUrl=self.queue_url, MaxNumberOfMessages=10, VisibilityTimeout=600
        ).get("Messages", []):
            messages.extend(batch)
        return messages

    def sqs_event(self, messages: list[dict[str, str]]) -> dict[str, object]:
        """Built by hand: chalice's generate_sqs_event gives every record the same messageId."""
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
                    "eventSourceARN": self.queue_arn,
                    "awsRegion": "us-east-1",
                }
                for m in messages
            ]
        }

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
