"""Twilio's delivery reports: signed, applied once, dead numbers stop getting texts."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.bootstrap import Services, build_services, use_services
from chalicelib.domain.model import Status
from chalicelib.settings import Settings
from tests.app.sending import due_now
from tests.conftest import twilio_sms_for
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone, twilio_signature

STATUS_URL = "https://coach.example.org/api/twilio/status"


@pytest.fixture
def services(aws: None, clock: ManualClock, settings: Settings, fake_twilio: FakeTwilio):
    from dataclasses import replace

    configured = replace(settings, status_callback_url=STATUS_URL)
    built: Services = build_services(configured, clock=clock, sms=twilio_sms_for(fake_twilio))
    use_services(built)
    yield built
    use_services(None)


def report(
    client: Client, to: str, status: str, code: str = "", sid: str = "SM1", sign: bool = True
) -> int:
    pairs = [
        ("MessageSid", sid),
        ("SmsSid", sid),
        ("MessageStatus", status),
        ("SmsStatus", status),
        ("To", to),
        ("From", "+15005550006"),
        ("AccountSid", "AC" + "0" * 32),
        ("ApiVersion", "2010-04-01"),
    ]
    if code:
        pairs.append(("ErrorCode", code))
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if sign:
        headers["X-Twilio-Signature"] = twilio_signature(STATUS_URL, pairs)
    response = client.http.post("/twilio/status", headers=headers, body=urlencode(pairs))
    return int(response.status_code)


def test_three_dead_number_failures_stop_the_daily_texts(client: Client, enrolled: Phone) -> None:
    for n, code in enumerate(("30003", "30005", "30006")):
        assert report(client, enrolled.number, "undelivered", code, sid=f"SM{n}") == 204
    person = DynamoPeople().get(enrolled.number)
    assert person.status is Status.UNDELIVERABLE
    assert person.next_send_at is None


def test_a_delivery_in_between_resets_the_count(client: Client, enrolled: Phone) -> None:
    report(client, enrolled.number, "undelivered", "30003", sid="SM1")
    report(client, enrolled.number, "undelivered", "30003", sid="SM2")
    report(client, enrolled.number, "delivered", sid="SM3")
    report(client, enrolled.number, "undelivered", "30003", sid="SM4")
    person = DynamoPeople().get(enrolled.number)
    assert person.status is Status.ACTIVE and person.delivery_failures == 1


def test_the_same_report_posted_three_times_counts_once(client: Client, enrolled: Phone) -> None:
    for _ in range(3):
        report(client, enrolled.number, "failed", "30006", sid="SM9")
    assert DynamoPeople().get(enrolled.number).delivery_failures == 1


def test_carrier_filtering_is_a_metric_not_a_dead_number(
    client: Client, enrolled: Phone, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(4):
        report(client, enrolled.number, "undelivered", "30007", sid=f"SM{n}")
    assert DynamoPeople().get(enrolled.number).status is Status.ACTIVE
    assert '"CarrierFiltered"' in capsys.readouterr().out


def test_an_unsigned_report_is_refused_and_changes_nothing(client: Client, enrolled: Phone) -> None:
    assert report(client, enrolled.number, "undelivered", "30003", sign=False) == 403
    assert DynamoPeople().get(enrolled.number).delivery_failures == 0


def test_outbound_texts_ask_twilio_for_delivery_reports(
    services: Services, fake_twilio: FakeTwilio
) -> None:
    from chalicelib.adapters.twilio_sms import TwilioSms
    from tests.conftest import ACCOUNT_SID, FROM_NUMBER
    from tests.fakes.fake_twilio import LocalTwilioHttpClient
    from tests.support import AUTH_TOKEN

    sms = TwilioSms(
        ACCOUNT_SID,
        lambda: AUTH_TOKEN,
        from_number=FROM_NUMBER,
        status_callback=STATUS_URL,
        http_client=LocalTwilioHttpClient(fake_twilio.base_url, timeout=5),
    )
    sms.send("+14155550123", "hello")
    assert fake_twilio.messages_sent[-1].status_callback == STATUS_URL


def test_a_late_delivered_report_for_an_older_text_does_not_hide_a_dead_number(
    client: Client, enrolled: Phone, services: Services, clock: ManualClock
) -> None:
    job = due_now(enrolled.number, clock)
    assert services.sender.handle_batch([job.to_json()]).outcomes == ["sent"]
    latest = DynamoPeople().get(enrolled.number)
    assert latest is not None and latest.last_message_sid is not None
    report(client, enrolled.number, "undelivered", "30003", sid=latest.last_message_sid)
    report(client, enrolled.number, "delivered", sid="SMolder")  # yesterday's, arriving late
    assert DynamoPeople().get(enrolled.number).delivery_failures == 1
    report(client, enrolled.number, "delivered", sid=latest.last_message_sid)
    assert DynamoPeople().get(enrolled.number).delivery_failures == 0
