"""Test helpers: a settable clock, an independent Twilio signer, and a phone that texts the app."""

from __future__ import annotations

import base64
import hashlib
import hmac
import itertools
import socket
from dataclasses import dataclass, field
from urllib.parse import urlencode
from xml.etree import ElementTree

from chalice.test import Client

from chalicelib.domain.model import Person
from scripts.drive import ManualClock

__all__ = ["ManualClock", "Phone", "Reply", "replies_of", "twilio_signature"]

WEBHOOK_URL = "https://coach.example.org/api/sms"
AUTH_TOKEN = "test-auth-token-not-a-secret"
FORM = "application/x-www-form-urlencoded"


def twilio_signature(
    url: str, pairs: list[tuple[str, str]], token: str = AUTH_TOKEN, sha256: bool = False
) -> str:
    """Twilio's documented algorithm, written independently of the twilio package: base64 of
    the HMAC (SHA-1 with the auth token; SHA-256 with a SharedKey's secret) of the URL followed
    by every parameter name and value, sorted."""
    payload = url
    names = sorted({name for name, _ in pairs})
    for name in names:
        for value in sorted({v for n, v in pairs if n == name}):
            payload += name + value
    algorithm = hashlib.sha256 if sha256 else hashlib.sha1
    digest = hmac.new(token.encode(), payload.encode(), algorithm).digest()
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

    def stored(self) -> Person:
        """What DynamoDB holds for this number now (it must hold someone)."""
        from chalicelib.adapters.dynamodb import DynamoPeople  # the tables' env is set by then

        person = DynamoPeople().get(self.number)
        assert person is not None
        return person


def free_port() -> int:
    """A port nothing listens on, for servers the tests start on 127.0.0.1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
