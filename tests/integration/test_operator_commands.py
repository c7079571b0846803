"""Operator commands: wiring Twilio (against the fake Twilio API) and admin counts/export/erase."""

from __future__ import annotations

from datetime import timedelta

from chalice.test import Client

from chalicelib.adapters.dynamodb import RecordModel, UserModel
from scripts import admin
from scripts.wire_twilio import wire
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

WEBHOOK = "https://abc123.execute-api.us-east-1.amazonaws.com/api/sms"


def test_wiring_points_the_number_at_the_deployed_webhook(fake_twilio: FakeTwilio) -> None:
    sid = fake_twilio.add_number("+15005550006", sms_url="https://old.example.org/sms")
    summary = wire(fake_twilio.client(), WEBHOOK, "+15005550006", None)
    assert sid in summary
    number = fake_twilio.get_number(sid)
    assert number is not None
    assert number["sms_url"] == WEBHOOK
    assert number["sms_method"] == "POST"


def test_wiring_a_messaging_service_sets_its_inbound_url(fake_twilio: FakeTwilio) -> None:
    service = fake_twilio.add_messaging_service(friendly_name="coach")
    wire(fake_twilio.client(), WEBHOOK, None, service)
    configured = fake_twilio.get_messaging_service(service)
    assert configured is not None
    assert configured["inbound_request_url"] == WEBHOOK


def test_admin_counts_export_and_erase(client: Client, clock: ManualClock) -> None:
    active = Phone(client, "+14155550101")
    active.say("hi")
    active.say("YES")
    clock.advance(hours=6)
    active.say("yes")
    clock.advance(days=2)
    active.say("I texted him")
    active.say("JOURNAL a private note")
    stopped = Phone(client, "+14155550102")
    stopped.say("hi")
    stopped.say("STOP")
    Phone(client, "+14155550103").say("hi")

    summary = admin.counts(clock.now + timedelta(minutes=1))
    assert summary["enrolled"] == 2
    assert (summary["active"], summary["opted_out"], summary["pending"]) == (1, 1, 1)
    assert summary["slips_by_program_day"] == {3: 1}
    assert 0 < summary["checkin_rate"] <= 1

    exported = admin.export(active.number, clock.now)
    assert exported["person"]["phone"] == active.number
    assert any(r["text"] == "a private note" for r in exported["records"])
    # Past the journal's 90 days the note has expired: DynamoDB may not have deleted it yet,
    # but it is no longer kept, so it is not shown.
    later = admin.export(active.number, clock.now + timedelta(days=91))
    assert not any(r["text"] == "a private note" for r in later["records"])

    erased = admin.erase(active.number)
    assert erased["items_deleted"] >= 3
    assert UserModel.count(active.number) == 0
    assert RecordModel.count(active.number) == 0
