"""Webhooks signed with a SharedKey (Twilio's Webhook Rules) are checked with that key's secret,
on both routes, and keys rotate without a 403 (issue 13). Signatures are computed here from the
documented algorithm (tests/support.py), not by the twilio package.

Twilio adds `X-Twilio-Webhooks-Signature-Settings: key=<id>,algorithm=HMAC_SHA256` and signs
the same string (URL + sorted parameters) with HMAC-SHA256 and the SharedKey's secret:
https://www.twilio.com/docs/usage/webhooks/webhook-shared-keys
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from urllib.parse import urlencode

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import UserModel
from chalicelib.bootstrap import Services, build_services, use_services
from chalicelib.settings import Settings
from tests.conftest import twilio_sms_for
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import WEBHOOK_URL, ManualClock, Phone, replies_of, twilio_signature

STATUS_URL = "https://coach.example.org/api/twilio/status"
KEYS = {"webhooks_sharedkey_old": "old-secret-1", "webhooks_sharedkey_new": "new-secret-2"}
SETTINGS_HEADER = "X-Twilio-Webhooks-Signature-Settings"


@pytest.fixture
def services(
    aws: None, clock: ManualClock, settings: Settings, fake_twilio: FakeTwilio
) -> Iterator[Services]:
    configured = replace(
        settings, twilio_shared_keys=json.dumps(KEYS), status_callback_url=STATUS_URL
    )
    built = build_services(configured, clock=clock, sms=twilio_sms_for(fake_twilio))
    use_services(built)
    yield built
    use_services(None)


def _post(client: Client, path: str, url: str, pairs: list[tuple[str, str]], key: str,
          secret: str) -> tuple[int, str]:  # fmt: skip
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": twilio_signature(url, pairs, secret, sha256=True),
        SETTINGS_HEADER: f"key={key},algorithm=HMAC_SHA256",
    }
    response = client.http.post(path, headers=headers, body=urlencode(pairs))
    return response.status_code, response.body.decode("utf-8")


@pytest.mark.parametrize("key", sorted(KEYS))
def test_a_text_signed_with_either_shared_key_is_answered(client: Client, key: str) -> None:
    pairs = Phone(client, "+14155550123").form("hello")
    status, body = _post(client, "/sms", WEBHOOK_URL, pairs, key, KEYS[key])
    assert status == 200
    assert "Reply YES to start" in replies_of(body)[0]


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("webhooks_sharedkey_new", "old-secret-1"),  # another key's secret
        ("webhooks_sharedkey_unknown", "anything"),  # a key this service does not have
        ("webhooks_sharedkey_new", "test-auth-token-not-a-secret"),  # the auth token
    ],
)
def test_a_wrong_shared_key_signature_gets_403_and_changes_nothing(
    client: Client, key: str, secret: str
) -> None:
    pairs = Phone(client, "+14155550123").form("hello")
    status, _ = _post(client, "/sms", WEBHOOK_URL, pairs, key, secret)
    assert status == 403
    assert UserModel.count() == 0


def test_an_auth_token_signature_without_the_header_still_works(client: Client) -> None:
    assert "Reply YES to start" in Phone(client, "+14155550123").say("hello")


def test_a_delivery_report_signed_with_a_shared_key_is_accepted(client: Client) -> None:
    phone = Phone(client, "+14155550123")
    phone.say("hello")
    pairs = [("MessageSid", "SM1"), ("MessageStatus", "delivered"), ("To", phone.number),
             ("AccountSid", "AC" + "0" * 32)]  # fmt: skip
    key = "webhooks_sharedkey_new"
    assert _post(client, "/twilio/status", STATUS_URL, pairs, key, KEYS[key])[0] == 204
    assert _post(client, "/twilio/status", STATUS_URL, pairs, key, "wrong")[0] == 403
