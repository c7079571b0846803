"""The /sms webhook's contract with Twilio: signatures, idempotency, bad input, content types."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, UserModel
from chalicelib.bootstrap import Services, build_services, use_services
from chalicelib.settings import Settings
from tests.conftest import DATA_DIR
from tests.support import WEBHOOK_URL, ManualClock, Phone, replies_of, twilio_signature


def _stored_people() -> int:
    return sum(1 for _ in UserModel.scan())


def test_a_missing_signature_is_refused_and_nothing_is_stored(phone: Phone) -> None:
    reply = phone.post(phone.form("YES"), signature="")
    assert reply.status == 403
    assert _stored_people() == 0


def test_a_wrong_signature_is_refused_and_nothing_is_stored(phone: Phone) -> None:
    reply = phone.post(phone.form("YES"), signature="RSOYDt4T1cUTdK1PDd93/VVr8B8=")
    assert reply.status == 403
    assert _stored_people() == 0


def test_a_signature_for_another_url_is_refused(phone: Phone) -> None:
    pairs = phone.form("hello")
    rebuilt_url = WEBHOOK_URL.replace("/api", "")
    reply = phone.post(pairs, signature=twilio_signature(rebuilt_url, pairs))
    assert reply.status == 403


def test_a_body_changed_after_signing_is_refused(phone: Phone) -> None:
    pairs = phone.form("YES")
    signature = twilio_signature(WEBHOOK_URL, pairs)
    tampered = [(k, "STOP" if k == "Body" else v) for k, v in pairs]
    assert phone.post(tampered, signature=signature).status == 403


def test_the_same_delivery_twice_changes_state_once_and_answers_the_same(phone: Phone) -> None:
    phone.say("hi")
    phone.say("yes")
    first = phone.text("YES", sid="SM" + "a" * 32)
    again = phone.text("YES", sid="SM" + "a" * 32)
    assert first == again
    assert "no contact kept" in first[0]
    assert DynamoPeople().get(phone.number).checkins == 1


def test_a_replayed_sign_up_does_not_send_a_second_kind_of_answer(phone: Phone) -> None:
    first = phone.text("hello", sid="SM" + "b" * 32)
    phone.say("YES")
    replayed = phone.text("hello", sid="SM" + "b" * 32)
    assert replayed == first


def test_reply_is_twiml_with_an_xml_content_type(phone: Phone) -> None:
    reply = phone.post(phone.form("hello"))
    assert reply.status == 200
    assert reply.content_type == "application/xml"
    assert reply.body.startswith('<?xml version="1.0" encoding="UTF-8"?><Response><Message>')


def test_a_charset_suffix_on_the_content_type_is_accepted(phone: Phone) -> None:
    reply = phone.post(
        phone.form("hello"), content_type="application/x-www-form-urlencoded; charset=UTF-8"
    )
    assert reply.status == 200


@pytest.mark.parametrize(
    ("drop", "message"),
    [
        ("From", "From is missing"),
        ("Body", "Body is missing"),
        ("MessageSid", "MessageSid is missing"),
    ],
)
def test_a_signed_post_missing_a_field_gets_a_clear_400(
    phone: Phone, drop: str, message: str
) -> None:
    names = {drop, "SmsMessageSid", "SmsSid"} if drop == "MessageSid" else {drop}
    pairs = [(k, v) for k, v in phone.form("hello") if k not in names]
    reply = phone.post(pairs)
    assert reply.status == 400
    assert message in reply.body
    assert _stored_people() == 0


def test_a_picture_with_no_body_field_at_all_gets_a_reply(phone: Phone) -> None:
    # Twilio's MMS webhook may leave Body out entirely when only media was sent.
    pairs = [(k, v) for k, v in phone.form("hello") if k not in ("Body", "NumMedia")]
    pairs += [("NumMedia", "1"), ("MediaUrl0", "https://api.twilio.com/media/ME1"),
              ("MediaContentType0", "image/jpeg")]  # fmt: skip
    reply = phone.post(pairs)
    assert reply.status == 200
    assert "<Message>" in reply.body
    assert _stored_people() == 1


@pytest.mark.parametrize("sender", ["5551234", "whatsapp:+14155550123", "TWILIO", "+0123456789"])
def test_a_sender_that_is_not_an_e164_number_gets_a_400(client: Client, sender: str) -> None:
    reply = Phone(client, sender).post(Phone(client, sender).form("hello"))
    assert reply.status == 400
    assert "E.164" in reply.body


def test_a_json_body_is_an_unsupported_media_type(client: Client) -> None:
    response = client.http.post(
        "/sms", headers={"Content-Type": "application/json"}, body=json.dumps({"Body": "hi"})
    )
    assert response.status_code == 415


def test_get_is_not_allowed(client: Client) -> None:
    assert client.http.get("/sms").status_code == 405


def test_a_huge_payload_is_refused_before_parsing(phone: Phone) -> None:
    reply = phone.post(phone.form("x" * 70_000))
    assert reply.status == 413


def test_the_time_zone_comes_from_twilios_geo_fields(client: Client) -> None:
    london = Phone(client, "+447700900123", from_state="", from_country="GB")
    london.say("hello")
    assert DynamoPeople().get(london.number).timezone == "Europe/London"


def test_without_geo_fields_the_calling_code_decides(client: Client) -> None:
    sydney = Phone(client, "+61491570156", from_state="", from_country="")
    sydney.say("hello")
    assert DynamoPeople().get(sydney.number).timezone == "Australia/Sydney"


def test_an_opted_out_person_hears_nothing_but_still_gets_help(phone: Phone) -> None:
    phone.say("hi")
    phone.say("STOP")
    assert phone.text("hello?") == []
    assert "STOP" in phone.say("HELP")


def test_stop_from_an_unknown_number_is_remembered_as_an_opt_out(phone: Phone) -> None:
    assert "unsubscribed" in phone.say("STOP")
    assert phone.text("what is this") == []


def test_a_strange_text_gets_the_friendly_menu(phone: Phone) -> None:
    phone.say("hi")
    phone.say("yes")
    reply = phone.say("what's the weather like")
    assert "Reply YES" in reply and "STATUS" in reply


def test_a_storage_failure_still_gets_a_kind_answer_not_a_500(phone: Phone) -> None:
    UserModel.delete_table()
    reply = phone.post(phone.form("hello"))
    assert reply.status == 200
    assert "text it again" in reply.texts[0]


def test_a_real_captured_twilio_sms_webhook_passes_validation(
    aws: None, clock: ManualClock, settings: Settings
) -> None:
    vectors: list[dict[str, Any]] = json.loads(
        (DATA_DIR / "twilio_signature_vectors.json").read_text(encoding="utf-8")
    )["vectors"]
    captured = next(v for v in vectors if v["name"] == "real_inbound_sms_webhook_legacy")
    real = Settings(
        stage="test",
        webhook_url=captured["url"],
        twilio_auth_token=captured["auth_token"],
        from_number="+15005550006",
    )
    services: Services = build_services(real, clock=clock)
    use_services(services)
    try:
        from app import app

        with Client(app, stage_name="local") as client:
            response = client.http.post(
                "/sms",
                headers={
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Twilio-Signature": captured["x_twilio_signature"],
                },
                body=urlencode(captured["params"]),
            )
    finally:
        use_services(None)
    assert response.status_code == 200, response.body
    assert "Reply YES to start" in replies_of(response.body.decode())[0]
