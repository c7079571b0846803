"""The Twilio sender adapter with the real SDK against the fake Twilio API on 127.0.0.1."""

from __future__ import annotations

import pytest

from chalicelib.adapters.twilio_sms import TwilioSms
from chalicelib.domain.ports import (
    RecipientOptedOut,
    RecipientUnreachable,
    SendFailure,
    TemporarySendFailure,
)
from tests.conftest import ACCOUNT_SID, FROM_NUMBER, twilio_sms_for
from tests.fakes.fake_twilio import FakeTwilio, LocalTwilioHttpClient
from tests.support import AUTH_TOKEN

TO = "+14155550123"


def test_a_text_goes_out_from_the_configured_number(fake_twilio: FakeTwilio) -> None:
    sid = twilio_sms_for(fake_twilio).send(TO, "Day 2 of 21: hello")
    [sent] = fake_twilio.messages_sent
    assert sent.sid == sid and sid.startswith("SM")
    assert (sent.to, sent.from_, sent.body) == (TO, FROM_NUMBER, "Day 2 of 21: hello")


def test_a_messaging_service_sends_when_configured(fake_twilio: FakeTwilio) -> None:
    service_sid = fake_twilio.add_messaging_service(friendly_name="coach")
    sms = TwilioSms(
        ACCOUNT_SID,
        lambda: AUTH_TOKEN,
        messaging_service_sid=service_sid,
        http_client=LocalTwilioHttpClient(fake_twilio.base_url, timeout=5),
    )
    sms.send(TO, "hello")
    [sent] = fake_twilio.messages_sent
    assert sent.messaging_service_sid == service_sid
    assert sent.from_ in (None, "")


@pytest.mark.parametrize(
    ("status", "code", "expected"),
    [
        (400, 21610, RecipientOptedOut),
        (400, 21211, RecipientUnreachable),
        (400, 21614, RecipientUnreachable),
        (429, 20429, TemporarySendFailure),
        (500, 20500, TemporarySendFailure),
        (503, 20503, TemporarySendFailure),
        (400, 21408, SendFailure),
    ],
)
def test_twilio_errors_are_classified_by_code_and_status(
    fake_twilio: FakeTwilio, status: int, code: int, expected: type[SendFailure]
) -> None:
    fake_twilio.fail_next(TO, status, code)
    with pytest.raises(SendFailure) as raised:
        twilio_sms_for(fake_twilio).send(TO, "hello")
    assert type(raised.value) is expected
    assert raised.value.code == code


def test_an_unreachable_twilio_is_a_temporary_failure() -> None:
    sms = TwilioSms(
        ACCOUNT_SID,
        lambda: AUTH_TOKEN,
        from_number=FROM_NUMBER,
        http_client=LocalTwilioHttpClient("http://127.0.0.1:9", timeout=2),
    )
    with pytest.raises(TemporarySendFailure):
        sms.send(TO, "hello")


def test_the_auth_token_is_fetched_only_when_the_first_text_is_sent(
    fake_twilio: FakeTwilio,
) -> None:
    fetched: list[str] = []

    def token() -> str:
        fetched.append("token")
        return AUTH_TOKEN

    sms = TwilioSms(
        ACCOUNT_SID,
        token,
        from_number=FROM_NUMBER,
        http_client=LocalTwilioHttpClient(fake_twilio.base_url, timeout=5),
    )
    assert fetched == []
    sms.send(TO, "one")
    sms.send(TO, "two")
    assert fetched == ["token"]
