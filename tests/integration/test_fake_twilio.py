"""The fake Twilio API answers the real twilio SDK the way api.twilio.com does."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from twilio.base.exceptions import TwilioRestException
from twilio.rest import Client

from tests.fakes.fake_twilio import (
    ERROR_MESSAGES,
    FakeTwilio,
    LocalTwilioHttpClient,
)

DATA = Path(__file__).parent.parent / "data"
EXAMPLES: dict[str, Any] = json.loads(
    (DATA / "twilio_rest_examples.json").read_text(encoding="utf-8")
)
SUCCESS = {example["id"]: example for example in EXAMPLES["message_create_success"]}
ERRORS = {example["id"]: example for example in EXAMPLES["errors"]}

SENDER = "+15005550006"
RECIPIENT = "+15145535858"
SID = re.compile(r"^SM[0-9a-f]{32}$")


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio() as server:
        yield server


@pytest.fixture
def client(fake: FakeTwilio) -> Any:
    return Client(
        fake.account_sid,
        fake.auth_token,
        http_client=LocalTwilioHttpClient(fake.base_url, timeout=5),
    )


def raw_post(
    fake: FakeTwilio, path: str, data: dict[str, str], auth: tuple[str, str] | None
) -> Any:
    with requests.Session() as session:
        session.trust_env = False
        return session.post(fake.base_url + path, data=data, auth=auth, timeout=5)


def messages_path(fake: FakeTwilio, account_sid: str | None = None) -> str:
    return f"/2010-04-01/Accounts/{account_sid or fake.account_sid}/Messages.json"


def last_body(client: Any) -> dict[str, Any]:
    response = client.http_client._test_only_last_response
    return json.loads(response.text)  # type: ignore[no-any-return]


# -- successful creates ------------------------------------------------------------


def test_create_returns_message_instance(fake: FakeTwilio, client: Any) -> None:
    message = client.messages.create(to=RECIPIENT, from_=SENDER, body="test A")

    assert SID.match(message.sid)
    assert message.account_sid == fake.account_sid
    assert (message.to, message.from_, message.body) == (RECIPIENT, SENDER, "test A")
    assert message.status == "queued"
    assert message.direction == "outbound-api"
    assert message.num_segments == "1"
    assert message.num_media == "0"
    assert message.date_created is not None and message.date_created.tzinfo is not None
    assert message.date_sent is None
    assert message.error_code is None
    assert message.uri == f"/2010-04-01/Accounts/{fake.account_sid}/Messages/{message.sid}.json"
    [sent] = fake.messages_sent
    assert (sent.sid, sent.to, sent.from_, sent.body) == (message.sid, RECIPIENT, SENDER, "test A")
    assert sent.messaging_service_sid is None


def test_create_body_has_the_fields_and_types_of_a_real_response(client: Any) -> None:
    client.messages.create(to=RECIPIENT, from_=SENDER, body="test A")
    body = last_body(client)
    real = SUCCESS["wire_2016_trial_account"]["body"]

    assert set(real) <= set(body)
    for key, value in real.items():
        assert type(body[key]) is type(value), key
    assert set(body) - set(real) == set()
    assert parsedate_to_datetime(body["date_created"]).utcoffset() is not None
    assert re.fullmatch(r"\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000", body["date_created"])
    assert body["subresource_uris"]["media"] == body["uri"].removesuffix(".json") + "/Media.json"


def test_every_create_gets_a_fresh_sid(fake: FakeTwilio, client: Any) -> None:
    sids = {client.messages.create(to=RECIPIENT, from_=SENDER, body=f"n{i}").sid for i in range(5)}

    assert len(sids) == 5
    assert all(SID.match(sid) for sid in sids)
    assert {m.sid for m in fake.messages_sent} == sids


def test_messaging_service_send_is_accepted_with_null_from(fake: FakeTwilio, client: Any) -> None:
    service_sid = "MG" + "a" * 32
    message = client.messages.create(
        to=RECIPIENT,
        messaging_service_sid=service_sid,
        body="Hello! 👍",
        status_callback="https://example.test/status",
    )

    assert message.messaging_service_sid == service_sid
    assert message.from_ is None
    assert message.status == "accepted"
    assert message.num_segments == "0"
    assert message.body == "Hello! 👍"
    assert SUCCESS["sdk_fixture_2023_create_with_messaging_service"]["body"]["from"] is None
    [sent] = fake.messages_sent
    assert sent.messaging_service_sid == service_sid
    assert sent.status_callback == "https://example.test/status"
    request = fake.message_requests()[0]
    assert request.form["MessagingServiceSid"] == [service_sid]
    assert "From" not in request.form


@pytest.mark.parametrize(
    ("body", "segments"),
    [("a" * 160, "1"), ("a" * 161, "2"), ("[" * 80, "1"), ("é👍" * 23, "1"), ("é👍" * 24, "2")],
)
def test_num_segments_follow_gsm7_and_ucs2_limits(client: Any, body: str, segments: str) -> None:
    assert client.messages.create(to=RECIPIENT, from_=SENDER, body=body).num_segments == segments


def test_requests_are_recorded_with_form_params_and_auth_account(
    fake: FakeTwilio, client: Any
) -> None:
    with pytest.raises(TwilioRestException):
        client.messages.create(to=RECIPIENT, from_=SENDER, body="")
    client.messages.create(to=RECIPIENT, from_=SENDER, body="a&b=c d")

    first, second = fake.requests
    assert first.status == 400 and second.status == 201
    assert second.method == "POST"
    assert second.path == messages_path(fake)
    assert second.host == "api.twilio.com"
    assert second.form == {"To": [RECIPIENT], "From": [SENDER], "Body": ["a&b=c d"]}
    assert second.param("Body") == "a&b=c d"
    assert second.auth_account_sid == fake.account_sid and second.auth_ok
    assert second.headers["Authorization"] == "Basic <redacted>"
    assert second.headers["User-Agent"].startswith("twilio-python/9.")


# -- scripted failures ---------------------------------------------------------------


def test_scripted_21610_surfaces_as_twilio_rest_exception(fake: FakeTwilio, client: Any) -> None:
    fake.fail_next(RECIPIENT, 400, 21610)

    with pytest.raises(TwilioRestException) as raised:
        client.messages.create(to=RECIPIENT, from_=SENDER, body="hi")

    error = raised.value
    assert (error.status, error.code, error.method) == (400, 21610, "POST")
    texts = [v["text"] for v in ERRORS["21610_unsubscribed"]["message_variants"]]
    assert error.msg == f"Unable to create record: {texts[0]}"
    assert last_body(client) == {
        "code": 21610,
        "message": texts[0],
        "more_info": "https://www.twilio.com/docs/errors/21610",
        "status": 400,
    }
    assert fake.messages_sent == []
    assert client.messages.create(to=RECIPIENT, from_=SENDER, body="again").status == "queued"


@pytest.mark.parametrize(
    ("status", "code"),
    [
        (400, 21610),
        (400, 21211),
        (400, 21614),
        (400, 21408),
        (429, 20429),
        (500, 20500),
        (503, 20503),
    ],
)
def test_scripted_failures_are_not_retried_by_the_sdk(
    fake: FakeTwilio, client: Any, status: int, code: int
) -> None:
    fake.fail_next(RECIPIENT, status, code)

    with pytest.raises(TwilioRestException) as raised:
        client.messages.create(to=RECIPIENT, from_=SENDER, body="hi")

    assert (raised.value.status, raised.value.code) == (status, code)
    body = last_body(client)
    assert body["more_info"] == f"https://www.twilio.com/docs/errors/{code}"
    assert body["status"] == status
    assert len(fake.message_requests()) == 1


def test_scripted_429_matches_twilios_own_fixture(fake: FakeTwilio, client: Any) -> None:
    fake.fail_next(RECIPIENT, 429, 20429)

    with pytest.raises(TwilioRestException) as raised:
        client.messages.create(to=RECIPIENT, from_=SENDER, body="hi")

    assert raised.value.code == 20429
    assert last_body(client) == json.loads(ERRORS["20429_sdk_fixture"]["raw_body"])


def test_default_error_texts_are_the_real_ones(fake: FakeTwilio, client: Any) -> None:
    fake.fail_next(RECIPIENT, 400, 21211)
    fake.fail_next(RECIPIENT, 400, 21408)

    for code in (21211, 21408):
        with pytest.raises(TwilioRestException):
            client.messages.create(to=RECIPIENT, from_=SENDER, body="hi")
        assert last_body(client)["message"] == ERROR_MESSAGES[code].format(to=RECIPIENT)

    assert ERRORS["21211_invalid_to"]["body_shape"]["message"] == ERROR_MESSAGES[21211].format(
        to="<value>"
    )
    real_21408 = ERRORS["21408_real"]["body"]["message"]
    assert real_21408 == ERROR_MESSAGES[21408].format(to="+2348********")
    assert ERROR_MESSAGES[20429] == json.loads(ERRORS["20429_sdk_fixture"]["raw_body"])["message"]


def test_custom_message_and_times(fake: FakeTwilio, client: Any) -> None:
    fake.fail_next(RECIPIENT, 500, 20500, "boom", times=2)

    for _ in range(2):
        with pytest.raises(TwilioRestException) as raised:
            client.messages.create(to=RECIPIENT, from_=SENDER, body="hi")
        assert raised.value.msg == "Unable to create record: boom"
    assert client.messages.create(to=RECIPIENT, from_=SENDER, body="hi").status == "queued"


def test_fail_always_only_hits_that_number(fake: FakeTwilio, client: Any) -> None:
    fake.fail_always(RECIPIENT, 400, 21610)

    for _ in range(3):
        with pytest.raises(TwilioRestException):
            client.messages.create(to=RECIPIENT, from_=SENDER, body="hi")
    other = client.messages.create(to="+15558675310", from_=SENDER, body="hi")

    assert [m.to for m in fake.messages_sent] == [other.to]
    fake.clear_failures(RECIPIENT)
    assert client.messages.create(to=RECIPIENT, from_=SENDER, body="hi").status == "queued"


def test_wildcard_failure_hits_any_number(fake: FakeTwilio, client: Any) -> None:
    fake.fail_next("*", 503, 20503)

    with pytest.raises(TwilioRestException) as raised:
        client.messages.create(to="+15558675310", from_=SENDER, body="hi")

    assert raised.value.status == 503
    assert last_body(client)["message"] == "Service Unavailable"


# -- validation and auth ---------------------------------------------------------------


def test_wrong_auth_token_is_401_20003(fake: FakeTwilio) -> None:
    bad = fake.client(auth_token="not-the-token")

    with pytest.raises(TwilioRestException) as raised:
        bad.messages.create(to=RECIPIENT, from_=SENDER, body="hi")

    assert (raised.value.status, raised.value.code) == (401, 20003)
    assert raised.value.msg == "Unable to create record: Authenticate"
    body = last_body(bad)
    assert body["detail"] == "Your AccountSid or AuthToken was incorrect."
    assert fake.messages_sent == []
    [request] = fake.requests
    assert request.auth_account_sid == fake.account_sid and not request.auth_ok


def test_wrong_account_sid_is_401(fake: FakeTwilio) -> None:
    other = "AC" + "f" * 32
    bad = fake.client(account_sid=other)

    with pytest.raises(TwilioRestException) as raised:
        bad.messages.create(to=RECIPIENT, from_=SENDER, body="hi")

    assert (raised.value.status, raised.value.code) == (401, 20003)
    assert fake.requests[0].path == messages_path(fake, other)


def test_missing_credentials_and_foreign_account_path(fake: FakeTwilio) -> None:
    response = raw_post(fake, messages_path(fake), {"To": RECIPIENT}, auth=None)
    assert response.status_code == 401
    assert response.json()["message"] == "Authentication Error - No credentials provided"
    assert response.headers["WWW-Authenticate"] == 'Basic realm="Twilio API"'

    foreign = messages_path(fake, "AC" + "b" * 32)
    response = raw_post(fake, foreign, {"To": RECIPIENT}, auth=(fake.account_sid, fake.auth_token))
    assert response.status_code == 404
    assert response.json()["message"] == f"The requested resource {foreign} was not found"


@pytest.mark.parametrize(
    ("params", "code"),
    [
        ({}, 21603),
        ({"To": RECIPIENT, "Body": "hi"}, 21603),
        ({"From": SENDER, "Body": "hi"}, 21604),
        ({"To": RECIPIENT, "From": SENDER}, 21602),
        ({"To": RECIPIENT, "From": SENDER, "Body": ""}, 21602),
        ({"To": "5145535858", "From": SENDER, "Body": "hi"}, 21211),
        ({"To": RECIPIENT, "From": SENDER, "Body": "x" * 1601}, 21617),
    ],
)
def test_invalid_creates_get_real_400_codes(
    fake: FakeTwilio, params: dict[str, str], code: int
) -> None:
    response = raw_post(fake, messages_path(fake), params, auth=(fake.account_sid, fake.auth_token))

    assert response.status_code == 400
    expected = ERROR_MESSAGES[code].format(to=params.get("To", ""))
    assert response.json() == {
        "code": code,
        "message": expected,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": 400,
    }
    assert fake.messages_sent == []


def test_media_only_message_needs_no_body(client: Any) -> None:
    message = client.messages.create(
        to=RECIPIENT, from_=SENDER, media_url=["https://example.test/a.png"]
    )
    assert message.num_media == "1"


def test_unknown_resource_is_404_20404(fake: FakeTwilio, client: Any) -> None:
    with pytest.raises(TwilioRestException) as raised:
        client.calls.create(to=RECIPIENT, from_=SENDER, url="https://example.test/twiml")

    path = f"/2010-04-01/Accounts/{fake.account_sid}/Calls.json"
    assert (raised.value.status, raised.value.code) == (404, 20404)
    assert (
        raised.value.msg == f"Unable to create record: The requested resource {path} was not found"
    )


# -- incoming phone numbers and messaging services --------------------------------------


def test_incoming_number_list_and_update_round_trip(fake: FakeTwilio, client: Any) -> None:
    sid = fake.add_number(SENDER)
    fake.add_number("+15005550001")

    [number] = client.incoming_phone_numbers.list(phone_number=SENDER)
    assert (number.sid, number.phone_number) == (sid, SENDER)
    assert number.friendly_name == "(500) 555-0006"
    assert number.account_sid == fake.account_sid
    assert number.sms_method == "POST"

    updated = client.incoming_phone_numbers(number.sid).update(
        sms_url="https://example.test/sms",
        sms_method="POST",
        status_callback="https://example.test/status",
    )

    assert updated.sid == sid
    assert updated.sms_url == "https://example.test/sms"
    assert updated.status_callback == "https://example.test/status"
    stored = fake.get_number(SENDER)
    assert stored is not None and stored["sms_url"] == "https://example.test/sms"
    refetched = client.incoming_phone_numbers(sid).fetch()
    assert refetched.sms_url == "https://example.test/sms"
    assert len(client.incoming_phone_numbers.list()) == 2
    list_request = fake.requests[0]
    assert list_request.method == "GET" and list_request.query["PhoneNumber"] == [SENDER]


def test_incoming_number_list_pages_like_twilio(fake: FakeTwilio, client: Any) -> None:
    sids = [fake.add_number(f"+1500555000{i}") for i in range(5)]

    listed = client.incoming_phone_numbers.list(page_size=2)
    partial = client.incoming_phone_numbers.list(phone_number="555000*")

    assert [n.sid for n in listed] == sids
    assert len(partial) == 5
    assert sum(1 for r in fake.requests if r.method == "GET") == 4


def test_incoming_number_create_and_unknown_sid(fake: FakeTwilio, client: Any) -> None:
    created = client.incoming_phone_numbers.create(
        phone_number="+15005550007", sms_url="https://example.test/sms"
    )
    assert created.sid.startswith("PN") and created.sms_url == "https://example.test/sms"

    with pytest.raises(TwilioRestException) as raised:
        client.incoming_phone_numbers("PN" + "0" * 32).update(sms_url="https://x.test")
    assert (raised.value.status, raised.value.code) == (404, 20404)


def test_messaging_service_inbound_url_update(fake: FakeTwilio, client: Any) -> None:
    sid = fake.add_messaging_service("SMS service")

    service = client.messaging.v1.services(sid).update(
        inbound_request_url="https://example.test/inbound", inbound_method="POST"
    )

    assert service.sid == sid
    assert service.inbound_request_url == "https://example.test/inbound"
    assert service.friendly_name == "SMS service"
    stored = fake.get_messaging_service(sid)
    assert stored is not None and stored["inbound_request_url"] == "https://example.test/inbound"
    request = fake.requests[-1]
    assert (request.host, request.path) == ("messaging.twilio.com", f"/v1/Services/{sid}")
    assert request.form["InboundRequestUrl"] == ["https://example.test/inbound"]

    with pytest.raises(TwilioRestException) as raised:
        client.messaging.v1.services("MG" + "0" * 32).update(inbound_request_url="https://x.test")
    assert raised.value.code == 20404


# -- the local http client ---------------------------------------------------------------


def test_region_and_edge_hosts_still_reach_the_fake(
    fake: FakeTwilio, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TWILIO_REGION", "ie1")
    monkeypatch.setenv("TWILIO_EDGE", "dublin")
    regional = Client(
        fake.account_sid,
        fake.auth_token,
        http_client=LocalTwilioHttpClient(fake.base_url, timeout=5),
    )

    assert regional.messages.create(to=RECIPIENT, from_=SENDER, body="hi").status == "queued"
    assert fake.requests[0].host == "api.dublin.ie1.twilio.com"


def test_proxy_environment_is_ignored(fake: FakeTwilio, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY"):
        monkeypatch.setenv(name, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    assert fake.client().messages.create(to=RECIPIENT, from_=SENDER, body="hi").sid


def test_max_retries_does_not_retry_http_errors(fake: FakeTwilio) -> None:
    retrying = Client(
        fake.account_sid,
        fake.auth_token,
        http_client=LocalTwilioHttpClient(fake.base_url, timeout=5, max_retries=3),
    )
    fake.fail_next(RECIPIENT, 503, 20503)

    with pytest.raises(TwilioRestException):
        retrying.messages.create(to=RECIPIENT, from_=SENDER, body="hi")

    assert len(fake.message_requests()) == 1


def test_other_twilio_hosts_are_refused(client: Any) -> None:
    with pytest.raises(ValueError, match=r"lookups\.twilio\.com"):
        client.lookups.v2.phone_numbers(RECIPIENT).fetch()


def test_rewrite_keeps_path_and_query(fake: FakeTwilio) -> None:
    http = LocalTwilioHttpClient(fake.base_url + "/")
    url, host = http.rewrite_url("https://api.twilio.com/2010-04-01/Accounts/AC1/X.json?Page=2&A=b")
    assert url == f"{fake.base_url}/2010-04-01/Accounts/AC1/X.json?Page=2&A=b"
    assert host == "api.twilio.com"


# -- server behaviour --------------------------------------------------------------------


def test_concurrent_sends_are_all_recorded(fake: FakeTwilio) -> None:
    errors: list[BaseException] = []

    def send(worker: int) -> None:
        try:
            client = fake.client()
            for i in range(5):
                client.messages.create(to=RECIPIENT, from_=SENDER, body=f"{worker}-{i}")
        except BaseException as exc:  # collected for the main thread
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert len(fake.messages_sent) == 40
    assert len({m.sid for m in fake.messages_sent}) == 40
    assert len(fake.requests) == 40


def test_server_does_not_log_requests(fake: FakeTwilio, capfd: pytest.CaptureFixture[str]) -> None:
    fake.client().messages.create(to=RECIPIENT, from_=SENDER, body="secret text")

    out, err = capfd.readouterr()
    assert "secret" not in out + err
    assert RECIPIENT not in out + err


def test_stop_releases_the_port_and_reset_clears_state() -> None:
    fake = FakeTwilio().start()
    pooled = fake.client()
    pooled.messages.create(to=RECIPIENT, from_=SENDER, body="hi")
    fake.fail_always(RECIPIENT, 400, 21610)
    fake.reset()
    assert fake.requests == [] and fake.messages_sent == []
    assert fake.client().messages.create(to=RECIPIENT, from_=SENDER, body="hi").sid
    url = fake.base_url
    fake.stop()
    fake.stop()

    with pytest.raises(RuntimeError):
        _ = fake.base_url
    with pytest.raises(requests.ConnectionError):
        pooled.messages.create(to=RECIPIENT, from_=SENDER, body="after stop")
    with requests.Session() as session, pytest.raises(requests.ConnectionError):
        session.trust_env = False
        session.get(url, timeout=2)
