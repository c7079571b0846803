"""Bad, odd and hostile input to /sms: a clear 4xx or a valid one-segment TwiML reply, never a 5xx.

Every 200 is checked the same way: application/xml, TwiML that parses, and each <Message> one GSM-7
segment. Every refused request is checked to have stored nothing, in either table.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlencode
from xml.etree import ElementTree

import pytest
from chalice.test import Client

from app import MAX_WEBHOOK_BYTES
from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel, UserModel
from chalicelib.content import render_reply
from chalicelib.domain.gsm7 import fits_one_segment
from tests.conftest import DATA_DIR
from tests.support import FORM, WEBHOOK_URL, Phone, Reply, new_message_sid, twilio_signature

# What this module throws at the webhook, for the closing note of the robustness issue.
BAD_INPUTS: list[str] = []

_Test = TypeVar("_Test", bound=Callable[..., None])


def _tried(*names: str) -> list[str]:
    BAD_INPUTS.extend(names)
    return list(names)


def tries(*names: str) -> Callable[[_Test], _Test]:
    """Adds the test's inputs to BAD_INPUTS when the module is imported."""
    _tried(*names)
    return lambda test: test


BAD_BODIES: dict[str, str] = {
    "empty body": "",
    "whitespace-only body": " \t \r\n  \u3000",
    "1,600-character body": ("I keep rereading our old texts and I do not know why. " * 40)[:1600],
    "1,600-character body starting YES": "YES " + "x" * 1596,
    "10,000-character body (over Twilio's 1,600)": "no " * 3333 + "n",
    "emoji only": "😭💔🙏",
    "emoji ZWJ family and flags": "👨‍👩‍👧 🇬🇧🇺🇸",
    "NUL alone": "\x00",
    "NULs around YES": "\x00YES\x00",
    "NUL inside STOP": "ST\x00OP",
    "bell, backspace and ANSI escapes": "\x07\x08\x1b[2J\x1b[31mSTATUS\x1b[0m",
    "form feed and vertical tab": "\x0c\x0bhelp\x0c",
    "right-to-left override": "\u202ePOTS",
    "BOM and zero-width space": "\ufeff\u200bYES\u200b",
    "lone combining marks": "\u0301\u0301\u0301",
    "private-use and replacement characters": "\ue000\ufffd\U000f0000",
    "XML special characters": "<Message>&amp;</Response><!-- ]]>",
    "TwiML injection": "</Message><Redirect>https://evil.example/</Redirect><Message>",
    "percent and plus signs": "100% + 50% = 150%? a+b",
    "mixed scripts": "Я скучаю 我想你 أفتقدك I miss you",
}
_tried(*BAD_BODIES)

NUS_ZH = DATA_DIR / "sms_zh_nus.tsv"


def _nothing_stored() -> None:
    assert list(UserModel.scan()) == []
    assert list(RecordModel.scan()) == []


def assert_valid_twiml(reply: Reply) -> list[str]:
    """A 200 with TwiML Twilio accepts, each message one GSM-7 segment; returns the texts."""
    assert reply.status == 200, reply.body
    assert reply.content_type == "application/xml"
    root = ElementTree.fromstring(reply.body)
    assert root.tag == "Response"
    messages = list(root)
    assert all(child.tag == "Message" and len(child) == 0 for child in messages), reply.body
    texts = [message.text or "" for message in messages]
    for text in texts:
        assert text, "an empty <Message> would send an empty SMS"
        assert fits_one_segment(text), f"{len(text)} chars, not one GSM-7 segment: {text!r}"
    return texts


def assert_refused(reply: Reply, status: int) -> None:
    assert reply.status == status, reply.body
    assert reply.content_type.startswith("text/plain")
    assert reply.body.strip()


def _enrolled(phone: Phone) -> Phone:
    phone.say("hi")
    phone.say("YES")
    return phone


# -- bodies ---------------------------------------------------------------------------------


@pytest.mark.parametrize("body", BAD_BODIES.values(), ids=BAD_BODIES.keys())
def test_an_odd_body_gets_one_valid_reply_from_new_and_enrolled_people(
    client: Client, body: str
) -> None:
    newcomer, member = Phone(client, "+14155550123"), _enrolled(Phone(client, "+14155550124"))
    # Opt-out words count only as the whole text, so none of these unsubscribes a newcomer.
    welcome = render_reply("welcome", program_days=21)
    [first] = assert_valid_twiml(newcomer.post(newcomer.form(body)))
    # HELP from a new number gets the help text (what this is, the crisis line) instead.
    assert first == welcome or first.startswith("No Contact Coach: YES/NO")
    assert len(assert_valid_twiml(member.post(member.form(body)))) == 1


def test_an_empty_text_is_named_as_empty(phone: Phone) -> None:
    _enrolled(phone)
    assert phone.say("   ") == render_reply("empty")


def test_a_body_over_1600_characters_is_kept_to_1600(phone: Phone) -> None:
    _enrolled(phone)
    long_journal = "JOURNAL " + "word " * 1000
    assert "Saved privately" in phone.say(long_journal)
    entries = [r for r in RecordModel.scan() if str(r.key).startswith("journal")]
    assert entries, "the journal entry was stored"
    assert all(len(str(r.text)) <= 1600 for r in entries)


@tries("control characters echoed back through WHY")
def test_control_characters_in_a_saved_why_never_reach_the_twiml(phone: Phone) -> None:
    _enrolled(phone)
    phone.say("WHY \x00I\x07 deserve\x0c someone\x1b who stays\x0b")
    texts = assert_valid_twiml(phone.post(phone.form("WHY")))
    assert texts == ['You told me: "I deserve someone who stays" Still true.']


@tries("160 real Chinese texts (NUS SMS corpus)")
def test_every_real_chinese_text_gets_a_valid_one_segment_reply(phone: Phone) -> None:
    rows = [line.split("\t") for line in NUS_ZH.read_text(encoding="utf-8").splitlines() if line]
    assert len(rows) == 160
    _enrolled(phone)
    unanswered = []
    for _lang, ref, text in rows:
        texts = assert_valid_twiml(phone.post(phone.form(text)))
        if len(texts) != 1:
            unanswered.append(ref)
    assert unanswered == []


@tries("percent-encoded invalid UTF-8 in Body")
def test_a_body_with_invalid_utf8_is_read_with_replacement_characters(client: Client) -> None:
    pairs = Phone(client, "+14155550123").form("\ufffd\ufffd")
    raw = urlencode(pairs).replace("Body=%EF%BF%BD%EF%BF%BD", "Body=%FF%FE")
    assert "Body=%FF%FE" in raw
    headers = {"Content-Type": FORM, "X-Twilio-Signature": twilio_signature(WEBHOOK_URL, pairs)}
    response = client.http.post("/sms", headers=headers, body=raw)
    reply = Reply(response.status_code, response.body.decode(), response.headers["Content-Type"])
    assert len(assert_valid_twiml(reply)) == 1


# -- media ----------------------------------------------------------------------------------


def _real_mms_pairs(number: str) -> list[tuple[str, str]]:
    """The real captured MMS (an image, empty Body) from tests/data, sent from our number."""
    examples = json.loads((DATA_DIR / "twilio_inbound_examples.json").read_text("utf-8"))
    mms = next(e for e in examples["examples"] if e["id"] == "jzpeterson_apigw_v2_mms_image_apple")
    raw = base64.b64decode(mms["lambda_event"]["body"]).decode("utf-8")
    sid = "MM" + new_message_sid()[2:]
    swapped = {"From": number, "MessageSid": sid, "SmsMessageSid": sid, "SmsSid": sid}
    return [(k, swapped.get(k, v)) for k, v in parse_qsl(raw, keep_blank_values=True)]


@tries("MMS with an image and an empty Body (real capture)")
def test_a_photo_without_words_from_someone_enrolled_says_we_read_only_text(phone: Phone) -> None:
    _enrolled(phone)
    pairs = _real_mms_pairs(phone.number)
    assert ("NumMedia", "1") in pairs and ("Body", "") in pairs
    texts = assert_valid_twiml(phone.post(pairs))
    assert texts == [render_reply("media_only")]


def test_a_photo_without_words_from_a_new_number_gets_the_welcome(phone: Phone) -> None:
    texts = assert_valid_twiml(phone.post(_real_mms_pairs(phone.number)))
    assert texts == [render_reply("welcome", program_days=21)]


@tries("MMS with an image and a caption")
def test_a_photo_with_words_is_read_as_the_words(phone: Phone) -> None:
    _enrolled(phone)
    pairs = [(k, "STATUS" if k == "Body" else v) for k, v in _real_mms_pairs(phone.number)]
    assert assert_valid_twiml(phone.post(pairs))[0].startswith("Day 1 of 21")


def test_a_photo_from_someone_who_opted_out_is_not_answered(phone: Phone) -> None:
    phone.say("STOP")
    assert assert_valid_twiml(phone.post(_real_mms_pairs(phone.number))) == []


@tries("NumMedia that is not a number")
def test_a_nonsense_media_count_is_read_as_no_media(phone: Phone) -> None:
    _enrolled(phone)
    pairs = [(k, "lots" if k == "NumMedia" else v) for k, v in phone.form("")]
    assert assert_valid_twiml(phone.post(pairs)) == [render_reply("empty")]


# -- senders and fields ---------------------------------------------------------------------


@tries("missing From")
def test_a_signed_post_without_from_is_a_400_and_stores_nothing(phone: Phone) -> None:
    pairs = [(k, v) for k, v in phone.form("YES") if k != "From"]
    assert_refused(phone.post(pairs), 400)
    _nothing_stored()


NOT_E164 = {
    "From empty": "",
    "From in national format": "4155550123",
    "From with spaces": "+1 415 555 0123",
    "From as a SIP address": "sip:alice@example.com",
    "From as a WhatsApp address": "whatsapp:+14155550123",
    "From too long": "+1415555012345678",
}
_tried(*NOT_E164)


@pytest.mark.parametrize("sender", NOT_E164.values(), ids=NOT_E164.keys())
def test_a_sender_that_is_not_e164_is_a_400_and_stores_nothing(client: Client, sender: str) -> None:
    sender_phone = Phone(client, sender)
    assert_refused(sender_phone.post(sender_phone.form("YES")), 400)
    _nothing_stored()


@tries("two Body values")
def test_two_body_values_are_signed_over_both_and_answered(phone: Phone) -> None:
    _enrolled(phone)
    pairs = [*phone.form("STATUS"), ("Body", "I texted him")]
    texts = assert_valid_twiml(phone.post(pairs))
    assert len(texts) == 1


@tries("two Body values, signature over one")
def test_a_signature_over_only_one_of_two_body_values_is_refused(phone: Phone) -> None:
    pairs = phone.form("YES")
    signature = twilio_signature(WEBHOOK_URL, pairs)
    assert_refused(phone.post([*pairs, ("Body", "STOP")], signature=signature), 403)
    _nothing_stored()


@tries("two From values")
def test_two_from_values_never_crash(phone: Phone) -> None:
    pairs = [*phone.form("hi"), ("From", "+447700900123")]
    reply = phone.post(pairs)
    assert reply.status < 500
    if reply.status == 200:
        assert len(assert_valid_twiml(reply)) == 1


@tries("3,000 extra form fields")
def test_thousands_of_extra_fields_are_answered(phone: Phone) -> None:
    pairs = [*phone.form("hi"), *((f"X{n}", "") for n in range(3000))]
    assert len(assert_valid_twiml(phone.post(pairs))) == 1


# -- methods, content types, sizes ----------------------------------------------------------


@tries("JSON body")
def test_a_json_body_is_an_unsupported_media_type(phone: Phone) -> None:
    payload = json.dumps(dict(phone.form("YES")))
    response = phone.client.http.post(
        "/sms", headers={"Content-Type": "application/json"}, body=payload
    )
    assert response.status_code == 415
    _nothing_stored()


@tries("POST without Content-Type")
def test_a_post_without_a_content_type_is_refused(phone: Phone) -> None:
    response = phone.client.http.post("/sms", body=urlencode(phone.form("YES")))
    assert 400 <= response.status_code < 500
    _nothing_stored()


@tries("GET")
def test_get_is_not_allowed(client: Client) -> None:
    assert client.http.get("/sms").status_code == 405


@pytest.mark.parametrize("method", _tried("PUT", "DELETE", "PATCH"))
def test_other_methods_are_refused_without_a_server_error(phone: Phone, method: str) -> None:
    pairs = phone.form("YES")
    headers = {"Content-Type": FORM, "X-Twilio-Signature": twilio_signature(WEBHOOK_URL, pairs)}
    body = urlencode(pairs).encode()
    response = phone.client.http.request(method, "/sms", headers=headers, body=body)
    assert response.status_code in (403, 405)
    _nothing_stored()


@tries("POST /", "POST /sms/extra")
@pytest.mark.parametrize("path", ["/", "/sms/extra"])
def test_other_paths_are_refused_without_a_server_error(phone: Phone, path: str) -> None:
    pairs = phone.form("YES")
    headers = {"Content-Type": FORM, "X-Twilio-Signature": twilio_signature(WEBHOOK_URL, pairs)}
    response = phone.client.http.post(path, headers=headers, body=urlencode(pairs))
    assert response.status_code in (403, 404, 405)
    _nothing_stored()


def _padded_to(phone: Phone, size: int) -> list[tuple[str, str]]:
    pairs = phone.form("")
    padding = size - len(urlencode(pairs).encode())
    return [(k, "a" * padding if k == "Body" else v) for k, v in pairs]


@tries("payload of exactly 64 KiB")
def test_a_payload_at_the_size_limit_is_answered(phone: Phone) -> None:
    pairs = _padded_to(phone, MAX_WEBHOOK_BYTES)
    assert len(urlencode(pairs).encode()) == MAX_WEBHOOK_BYTES
    assert len(assert_valid_twiml(phone.post(pairs))) == 1


@tries("payload of 64 KiB + 1 byte")
def test_a_payload_one_byte_over_the_limit_is_a_413_and_stores_nothing(phone: Phone) -> None:
    assert_refused(phone.post(_padded_to(phone, MAX_WEBHOOK_BYTES + 1)), 413)
    _nothing_stored()


@tries("payload of 30,000 emoji (~360 KB encoded)")
def test_a_huge_multibyte_payload_is_a_413_and_stores_nothing(phone: Phone) -> None:
    assert_refused(phone.post(phone.form("😭" * 30_000)), 413)
    _nothing_stored()


# -- signatures -----------------------------------------------------------------------------

SIGNATURES: dict[str, Any] = {
    "missing signature": "",
    "wrong signature": "RSOYDt4T1cUTdK1PDd93/VVr8B8=",
    "signature that is not base64": "not a signature!",
    "signature made with another token": "other-token",
    "signature over another URL": "other-url",
}
_tried(*SIGNATURES)


@pytest.mark.parametrize("kind", SIGNATURES.values(), ids=SIGNATURES.keys())
def test_a_bad_signature_is_a_403_and_stores_nothing(phone: Phone, kind: str) -> None:
    pairs = phone.form("YES")
    signature = {
        "other-token": twilio_signature(WEBHOOK_URL, pairs, token="someone-elses-token"),
        "other-url": twilio_signature(WEBHOOK_URL.replace("/api", ""), pairs),
    }.get(kind, kind)
    assert_refused(phone.post(pairs, signature=signature), 403)
    _nothing_stored()


@tries("a delivery replayed with a tampered Body")
def test_a_refused_replay_of_a_real_delivery_changes_nothing(phone: Phone) -> None:
    _enrolled(phone)
    before = DynamoPeople().get(phone.number)
    receipts_before = sum(1 for _ in RecordModel.scan())
    pairs = phone.form("I texted him")
    signature = twilio_signature(WEBHOOK_URL, pairs)
    tampered = [(k, "DELETE" if k == "Body" else v) for k, v in pairs]
    assert_refused(phone.post(tampered, signature=signature), 403)
    assert DynamoPeople().get(phone.number) == before
    assert sum(1 for _ in RecordModel.scan()) == receipts_before
