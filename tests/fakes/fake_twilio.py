"""Local fake of the Twilio REST API that the real twilio SDK can talk to over HTTP."""

from __future__ import annotations

import base64
import binascii
import contextlib
import copy
import json
import math
import re
import socket
import threading
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, cast
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from requests.adapters import HTTPAdapter
from twilio.http.http_client import TwilioHttpClient
from twilio.http.response import Response as TwilioResponse
from twilio.rest import Client

API_VERSION = "2010-04-01"
API_HOST = "api.twilio.com"
MESSAGING_HOST = "messaging.twilio.com"
ANY_NUMBER = "*"
# LocalTwilioHttpClient tells the fake which Twilio host a rewritten request was meant for.
FORWARDED_HOST_HEADER = "X-Forwarded-Host"

DEFAULT_ACCOUNT_SID = "AC" + "0123456789abcdef" * 2
DEFAULT_AUTH_TOKEN = "fake-twilio-auth-token-0123456789"

_E164 = re.compile(r"^\+[1-9]\d{1,14}$")
_MESSAGES_PATH = re.compile(rf"^/{API_VERSION}/Accounts/(?P<account>[^/]+)/Messages\.json$")
_NUMBERS_PATH = re.compile(
    rf"^/{API_VERSION}/Accounts/(?P<account>[^/]+)/IncomingPhoneNumbers\.json$"
)
_NUMBER_PATH = re.compile(
    rf"^/{API_VERSION}/Accounts/(?P<account>[^/]+)/IncomingPhoneNumbers/(?P<sid>[^/]+)\.json$"
)
_SERVICE_PATH = re.compile(r"^/v1/Services/(?P<sid>[^/]+)$")

# Texts seen in real Twilio responses (tests/data/twilio_rest_examples.json and public
# captures cited in tests/data/SOURCES.md); "{to}" is replaced by the request's To value.
ERROR_MESSAGES: dict[int, str] = {
    20001: "Bad request",
    20003: "Authenticate",
    20429: "Too Many Requests",
    21211: "The 'To' number {to} is not a valid phone number.",
    21408: (
        "Permission to send an SMS has not been enabled for the region indicated by "
        "the 'To' number: {to}."
    ),
    21602: "Message body is required.",
    21603: "A 'From' phone number is required.",
    21604: "A 'To' phone number is required.",
    21610: "Attempt to send to unsubscribed recipient",
    21614: "To number: {to}, is not a mobile number",
    21617: "The concatenated message body exceeds the 1600 character limit.",
}

_GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")

_UPDATABLE_NUMBER_FIELDS = {
    "FriendlyName": "friendly_name",
    "SmsUrl": "sms_url",
    "SmsMethod": "sms_method",
    "SmsFallbackUrl": "sms_fallback_url",
    "SmsFallbackMethod": "sms_fallback_method",
    "StatusCallback": "status_callback",
    "StatusCallbackMethod": "status_callback_method",
    "VoiceUrl": "voice_url",
    "VoiceMethod": "voice_method",
}
_UPDATABLE_SERVICE_FIELDS = {
    "FriendlyName": "friendly_name",
    "InboundRequestUrl": "inbound_request_url",
    "InboundMethod": "inbound_method",
    "FallbackUrl": "fallback_url",
    "FallbackMethod": "fallback_method",
    "StatusCallback": "status_callback",
}


@dataclass(frozen=True)
class RecordedRequest:
    """One HTTP request as the fake received it (Authorization value redacted)."""

    method: str
    path: str
    query: dict[str, list[str]]
    form: dict[str, list[str]]
    headers: dict[str, str]
    host: str
    auth_account_sid: str | None
    auth_ok: bool
    status: int

    def param(self, name: str) -> str | None:
        """First value of a form (else query) parameter, or None."""
        values = self.form.get(name) or self.query.get(name)
        return values[0] if values else None


@dataclass(frozen=True)
class SentMessage:
    """A message the fake accepted (answered 201)."""

    sid: str
    account_sid: str
    to: str
    from_: str | None
    messaging_service_sid: str | None
    body: str
    status: str
    status_callback: str | None
    num_segments: int
    media_urls: tuple[str, ...]
    date_created: str


@dataclass
class _ScriptedFailure:
    status: int
    code: int
    message: str | None
    remaining: int | None  # None: fail forever


@dataclass
class _Reply:
    status: int
    payload: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


def new_sid(prefix: str) -> str:
    """A fresh Twilio-shaped SID: two-letter prefix plus 32 lowercase hex digits."""
    return prefix + uuid.uuid4().hex


def rfc2822_now() -> str:
    """Current time the way the 2010 API renders dates, e.g. 'Fri, 31 Oct 2014 03:39:29 +0000'."""
    return format_datetime(datetime.now(UTC).replace(microsecond=0))


def iso8601_now() -> str:
    """Current time the way v1 APIs (messaging.twilio.com) render dates."""
    return datetime.now(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def count_segments(body: str) -> int:
    """Crude SMS segment count: GSM-7 160/153 septets, else UCS-2 70/67 code units."""
    if not body:
        return 1
    if all(ch in _GSM7_BASIC or ch in _GSM7_EXTENDED for ch in body):
        units = sum(2 if ch in _GSM7_EXTENDED else 1 for ch in body)
        single, multi = 160, 153
    else:
        units = len(body.encode("utf-16-le")) // 2
        single, multi = 70, 67
    return 1 if units <= single else math.ceil(units / multi)


def error_body(status: int, code: int, message: str) -> dict[str, Any]:
    """Twilio's legacy 2010-API error envelope."""
    return {
        "code": code,
        "message": message,
        "more_info": f"https://www.twilio.com/docs/errors/{code}",
        "status": status,
    }


def _friendly_name(phone_number: str) -> str:
    digits = phone_number[2:]
    if phone_number.startswith("+1") and len(digits) == 10 and digits.isdigit():
        return f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"
    return phone_number


def _first(form: Mapping[str, list[str]], name: str) -> str | None:
    values = form.get(name)
    return values[0] if values else None


def _decode_basic_auth(header: str | None) -> tuple[str, str] | None:
    if not header or not header.startswith("Basic "):
        return None
    try:
        decoded = base64.b64decode(header[len("Basic ") :], validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, sep, password = decoded.partition(":")
    return (user, password) if sep else None


def _number_matches(phone_number: str, pattern: str) -> bool:
    # Twilio's PhoneNumber filter takes partial numbers and '*' as a one-digit wildcard.
    regex = re.escape(pattern.strip()).replace(r"\*", r"\d")
    return re.search(regex, phone_number) is not None


class FakeTwilio:
    """Thread-backed fake of api.twilio.com / messaging.twilio.com on 127.0.0.1."""

    def __init__(
        self,
        account_sid: str = DEFAULT_ACCOUNT_SID,
        auth_token: str = DEFAULT_AUTH_TOKEN,
        *,
        strict_e164: bool = True,
    ) -> None:
        self.account_sid = account_sid
        self.auth_token = auth_token
        self.strict_e164 = strict_e164
        self._lock = threading.Lock()
        self._requests: list[RecordedRequest] = []
        self._messages: list[SentMessage] = []
        # The JSON of each message, newest last, for GET .../Messages.json.
        self._message_payloads: list[dict[str, Any]] = []
        # What date_created says; tests with a manual clock set it so times line up.
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._failures: dict[str, list[_ScriptedFailure]] = {}
        self._numbers: dict[str, dict[str, Any]] = {}
        self._services: dict[str, dict[str, Any]] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle -----------------------------------------------------------------

    def start(self) -> FakeTwilio:
        """Bind an ephemeral port on 127.0.0.1 and serve in a daemon thread."""
        if self._server is not None:
            return self
        server = _Server(("127.0.0.1", 0), _Handler, self)
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="fake-twilio",
            daemon=True,
        )
        thread.start()
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        server, thread = self._server, self._thread
        self._server = self._thread = None
        if server is not None:
            server.shutdown()
            server.close_connections()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> FakeTwilio:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """'http://127.0.0.1:PORT' of the running server."""
        if self._server is None:
            raise RuntimeError("FakeTwilio is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def client(self, auth_token: str | None = None, account_sid: str | None = None) -> Client:
        """A real twilio.rest.Client wired to this fake (credentials default to the fake's)."""
        return Client(
            account_sid or self.account_sid,
            auth_token if auth_token is not None else self.auth_token,
            http_client=LocalTwilioHttpClient(self.base_url, timeout=5),
        )

    # -- recorded state ------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Snapshot of every request received, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def messages_sent(self) -> list[SentMessage]:
        """Snapshot of messages answered with 201, oldest first."""
        with self._lock:
            return list(self._messages)

    def message_requests(self) -> list[RecordedRequest]:
        """Requests that tried to create a message, whatever the outcome."""
        return [r for r in self.requests if r.method == "POST" and _MESSAGES_PATH.match(r.path)]

    def reset(self) -> None:
        """Forget recorded requests, sent messages and pending scripted failures."""
        with self._lock:
            self._requests.clear()
            self._messages.clear()
            self._message_payloads.clear()
            self._failures.clear()
        self.clock = lambda: datetime.now(UTC)

    # -- scripting -----------------------------------------------------------------

    def fail_next(
        self, to: str, status: int, code: int, message: str | None = None, times: int = 1
    ) -> None:
        """Make the next `times` valid sends to `to` ('*' = any number) fail with this error."""
        if times < 1:
            raise ValueError("times must be >= 1")
        if status < 400:
            raise ValueError("a scripted failure needs an HTTP error status")
        self._script(to, _ScriptedFailure(status, code, message, times))

    def fail_always(self, to: str, status: int, code: int, message: str | None = None) -> None:
        """Make every later valid send to `to` ('*' = any number) fail with this error."""
        if status < 400:
            raise ValueError("a scripted failure needs an HTTP error status")
        self._script(to, _ScriptedFailure(status, code, message, None))

    def clear_failures(self, to: str | None = None) -> None:
        """Drop scripted failures for one number, or for all when `to` is None."""
        with self._lock:
            if to is None:
                self._failures.clear()
            else:
                self._failures.pop(to, None)

    def _script(self, to: str, failure: _ScriptedFailure) -> None:
        with self._lock:
            self._failures.setdefault(to, []).append(failure)

    def _take_failure(self, to: str) -> _ScriptedFailure | None:
        with self._lock:
            for key in (to, ANY_NUMBER):
                queue = self._failures.get(key)
                if not queue:
                    continue
                failure = queue[0]
                if failure.remaining is not None:
                    failure.remaining -= 1
                    if failure.remaining == 0:
                        queue.pop(0)
                return failure
        return None

    # -- phone numbers and messaging services --------------------------------------

    def add_number(
        self,
        phone_number: str,
        *,
        friendly_name: str | None = None,
        sms_url: str = "",
        sms_method: str = "POST",
    ) -> str:
        """Register an IncomingPhoneNumber on the account and return its PN sid."""
        sid = new_sid("PN")
        now = rfc2822_now()
        base = f"/{API_VERSION}/Accounts/{self.account_sid}/IncomingPhoneNumbers/{sid}"
        record: dict[str, Any] = {
            "account_sid": self.account_sid,
            "address_requirements": "none",
            "address_sid": None,
            "api_version": API_VERSION,
            "beta": False,
            "bundle_sid": None,
            "capabilities": {"fax": False, "mms": True, "sms": True, "voice": True},
            "date_created": now,
            "date_updated": now,
            "emergency_address_sid": None,
            "emergency_address_status": "unregistered",
            "emergency_status": "Inactive",
            "friendly_name": friendly_name or _friendly_name(phone_number),
            "identity_sid": None,
            "origin": "twilio",
            "phone_number": phone_number,
            "sid": sid,
            "sms_application_sid": "",
            "sms_fallback_method": "POST",
            "sms_fallback_url": "",
            "sms_method": sms_method,
            "sms_url": sms_url,
            "status": "in-use",
            "status_callback": "",
            "status_callback_method": "POST",
            "subresource_uris": {"assigned_add_ons": f"{base}/AssignedAddOns.json"},
            "trunk_sid": None,
            "type": "local",
            "uri": f"{base}.json",
            "voice_application_sid": None,
            "voice_caller_id_lookup": False,
            "voice_fallback_method": "POST",
            "voice_fallback_url": None,
            "voice_method": "POST",
            "voice_receive_mode": "voice",
            "voice_url": None,
        }
        with self._lock:
            self._numbers[sid] = record
        return sid

    def get_number(self, phone_number_or_sid: str) -> dict[str, Any] | None:
        """Copy of an IncomingPhoneNumber resource by PN sid or E.164 number."""
        with self._lock:
            for sid, record in self._numbers.items():
                if phone_number_or_sid in (sid, record["phone_number"]):
                    return copy.deepcopy(record)
        return None

    def add_messaging_service(
        self, friendly_name: str = "Messaging Service", *, inbound_request_url: str | None = None
    ) -> str:
        """Register a Messaging Service and return its MG sid."""
        sid = new_sid("MG")
        now = iso8601_now()
        url = f"https://{MESSAGING_HOST}/v1/Services/{sid}"
        record: dict[str, Any] = {
            "account_sid": self.account_sid,
            "area_code_geomatch": True,
            "date_created": now,
            "date_updated": now,
            "fallback_method": "POST",
            "fallback_to_long_code": True,
            "fallback_url": None,
            "friendly_name": friendly_name,
            "inbound_method": "POST",
            "inbound_request_url": inbound_request_url,
            "links": {
                "phone_numbers": f"{url}/PhoneNumbers",
                "short_codes": f"{url}/ShortCodes",
                "alpha_senders": f"{url}/AlphaSenders",
                "messages": f"{url}/Messages",
                "us_app_to_person": f"{url}/Compliance/Usa2p",
                "channel_senders": f"{url}/ChannelSenders",
            },
            "mms_converter": True,
            "scan_message_content": "inherit",
            "sid": sid,
            "smart_encoding": True,
            "status_callback": None,
            "sticky_sender": True,
            "synchronous_validation": True,
            "url": url,
            "us_app_to_person_registered": False,
            "use_inbound_webhook_on_number": False,
            "usecase": "undeclared",
            "validity_period": 14400,
        }
        with self._lock:
            self._services[sid] = record
        return sid

    def get_messaging_service(self, sid: str) -> dict[str, Any] | None:
        """Copy of a Messaging Service resource by MG sid."""
        with self._lock:
            record = self._services.get(sid)
            return None if record is None else copy.deepcopy(record)

    # -- request handling (called from server threads) -----------------------------

    def _handle(
        self, method: str, raw_path: str, headers: Mapping[str, str], raw_body: bytes
    ) -> _Reply:
        split = urlsplit(raw_path)
        path = split.path
        query = parse_qs(split.query, keep_blank_values=True)
        form: dict[str, list[str]] = {}
        if raw_body:
            form = parse_qs(raw_body.decode("utf-8", "replace"), keep_blank_values=True)
        host = headers.get(FORWARDED_HOST_HEADER) or headers.get("Host", "")
        credentials = _decode_basic_auth(headers.get("Authorization"))
        auth_ok = credentials == (self.account_sid, self.auth_token)

        reply = self._route(method, path, host, query, form, credentials, auth_ok)

        recorded_headers = dict(headers.items())
        if "Authorization" in recorded_headers:
            # Keep the auth token out of assertion diffs and test logs.
            recorded_headers["Authorization"] = "Basic <redacted>"
        with self._lock:
            self._requests.append(
                RecordedRequest(
                    method=method,
                    path=path,
                    query=query,
                    form=form,
                    headers=recorded_headers,
                    host=host,
                    auth_account_sid=credentials[0] if credentials else None,
                    auth_ok=auth_ok,
                    status=reply.status,
                )
            )
        return reply

    def _route(
        self,
        method: str,
        path: str,
        host: str,
        query: dict[str, list[str]],
        form: dict[str, list[str]],
        credentials: tuple[str, str] | None,
        auth_ok: bool,
    ) -> _Reply:
        is_messaging_host = host.split(":")[0].startswith("messaging.")
        is_api_host = host.split(":")[0].startswith("api.")
        target: tuple[str, re.Match[str]] | None = None
        if not is_messaging_host:
            for name, pattern in (
                ("messages", _MESSAGES_PATH),
                ("numbers", _NUMBERS_PATH),
                ("number", _NUMBER_PATH),
            ):
                match = pattern.match(path)
                if match:
                    target = (name, match)
                    break
        if not is_api_host and target is None:
            match = _SERVICE_PATH.match(path)
            if match:
                target = ("service", match)

        if target is None:
            return self._not_found(path)
        # Twilio authenticates before it looks at the resource.
        if not auth_ok:
            return self._unauthorized(credentials)
        name, match = target
        account = match.groupdict().get("account")
        if account is not None and account != self.account_sid:
            return self._not_found(path)

        if name == "messages":
            if method == "POST":
                return self._create_message(form)
            if method == "GET":
                return self._list_messages(path, query)
        elif name == "numbers":
            if method == "GET":
                return self._list_numbers(path, query)
            if method == "POST":
                return self._create_number(form)
        elif name == "number":
            if method in ("GET", "POST"):
                return self._number(path, match.group("sid"), form if method == "POST" else {})
        elif name == "service" and method in ("GET", "POST"):
            return self._service(path, match.group("sid"), form if method == "POST" else {})
        return _Reply(405, error_body(405, 20004, "Method not allowed"))

    def _not_found(self, path: str) -> _Reply:
        return _Reply(404, error_body(404, 20404, f"The requested resource {path} was not found"))

    def _unauthorized(self, credentials: tuple[str, str] | None) -> _Reply:
        message = (
            ERROR_MESSAGES[20003]
            if credentials
            else "Authentication Error - No credentials provided"
        )
        payload = error_body(401, 20003, message)
        payload["detail"] = "Your AccountSid or AuthToken was incorrect."
        return _Reply(401, payload, {"WWW-Authenticate": 'Basic realm="Twilio API"'})

    def _create_message(self, form: dict[str, list[str]]) -> _Reply:
        to = _first(form, "To") or ""
        from_ = _first(form, "From") or None
        service_sid = _first(form, "MessagingServiceSid") or None
        body = _first(form, "Body") or ""
        media_urls = tuple(form.get("MediaUrl", []))
        content_sid = _first(form, "ContentSid")

        # Order follows real captures: a bare POST answers 21603 before anything else.
        if from_ is None and service_sid is None:
            return self._error(400, 21603, to)
        if not to:
            return self._error(400, 21604, to)
        if not body and not media_urls and not content_sid:
            return self._error(400, 21602, to)
        if self.strict_e164 and not _E164.match(to.removeprefix("whatsapp:")):
            return self._error(400, 21211, to)
        if len(body) > 1600:
            return self._error(400, 21617, to)

        failure = self._take_failure(to)
        if failure is not None:
            return self._error(failure.status, failure.code, to, failure.message)

        sid = new_sid("SM")
        now = format_datetime(self.clock().astimezone(UTC).replace(microsecond=0))
        # A Messaging Service send is 'accepted' until a sender is picked, so no segments yet.
        status = "accepted" if from_ is None else "queued"
        segments = 0 if from_ is None else count_segments(body)
        uri = f"/{API_VERSION}/Accounts/{self.account_sid}/Messages/{sid}"
        payload: dict[str, Any] = {
            "account_sid": self.account_sid,
            "api_version": API_VERSION,
            "body": body,
            "date_created": now,
            "date_sent": None,
            "date_updated": now,
            "direction": "outbound-api",
            "error_code": None,
            "error_message": None,
            "from": from_,
            "messaging_service_sid": service_sid,
            "num_media": str(len(media_urls)),
            "num_segments": str(segments),
            "price": None,
            "price_unit": "USD",
            "sid": sid,
            "status": status,
            "subresource_uris": {"media": f"{uri}/Media.json"},
            "to": to,
            "uri": f"{uri}.json",
        }
        message = SentMessage(
            sid=sid,
            account_sid=self.account_sid,
            to=to,
            from_=from_,
            messaging_service_sid=service_sid,
            body=body,
            status=status,
            status_callback=_first(form, "StatusCallback"),
            num_segments=segments,
            media_urls=media_urls,
            date_created=now,
        )
        with self._lock:
            self._messages.append(message)
            self._message_payloads.append(payload)
        return _Reply(201, payload)

    def _list_messages(self, path: str, query: dict[str, list[str]]) -> _Reply:
        """Newest first, as Twilio lists them; filters To and From (DateSent filters are not
        modelled: date_sent stays empty while a message is queued)."""
        to = _first(query, "To")
        from_ = _first(query, "From")
        with self._lock:
            records = [
                copy.deepcopy(p)
                for p in reversed(self._message_payloads)
                if (to is None or p["to"] == to) and (from_ is None or p["from"] == from_)
            ]
        return self._page("messages", path, query, records)

    def _error(self, status: int, code: int, to: str, message: str | None = None) -> _Reply:
        if message is None:
            template = ERROR_MESSAGES.get(code)
            message = template.format(to=to) if template else HTTPStatus(status).phrase
        return _Reply(status, error_body(status, code, message))

    def _list_numbers(self, path: str, query: dict[str, list[str]]) -> _Reply:
        wanted = _first(query, "PhoneNumber")
        name = _first(query, "FriendlyName")
        with self._lock:
            records = [
                copy.deepcopy(r)
                for r in self._numbers.values()
                if (wanted is None or _number_matches(r["phone_number"], wanted))
                and (name is None or r["friendly_name"] == name)
            ]
        return self._page("incoming_phone_numbers", path, query, records)

    def _page(
        self, key: str, path: str, query: dict[str, list[str]], records: list[dict[str, Any]]
    ) -> _Reply:
        try:
            page = max(int(_first(query, "Page") or 0), 0)
            page_size = min(max(int(_first(query, "PageSize") or 50), 1), 1000)
        except ValueError:
            return self._error(400, 20001, "")
        start = page * page_size
        chunk = records[start : start + page_size]
        kept = {k: v[0] for k, v in query.items() if k not in ("Page", "PageSize") and v}

        def uri(page_number: int) -> str:
            return f"{path}?{urlencode({**kept, 'PageSize': page_size, 'Page': page_number})}"

        payload: dict[str, Any] = {
            "end": start + max(len(chunk) - 1, 0),
            "first_page_uri": uri(0),
            key: chunk,
            "next_page_uri": uri(page + 1) if start + page_size < len(records) else None,
            "page": page,
            "page_size": page_size,
            "previous_page_uri": uri(page - 1) if page > 0 else None,
            "start": start,
            "uri": uri(page),
        }
        return _Reply(200, payload)

    def _create_number(self, form: dict[str, list[str]]) -> _Reply:
        phone_number = _first(form, "PhoneNumber")
        if not phone_number:
            # Unverified text: AreaCode purchases are out of scope for this fake.
            return self._error(400, 20001, "", "Either a PhoneNumber or AreaCode is required.")
        sid = self.add_number(phone_number, friendly_name=_first(form, "FriendlyName"))
        return self._update(self._numbers, sid, form, _UPDATABLE_NUMBER_FIELDS, rfc2822_now, 201)

    def _number(self, path: str, sid: str, form: dict[str, list[str]]) -> _Reply:
        if sid not in self._numbers:
            return self._not_found(path)
        return self._update(self._numbers, sid, form, _UPDATABLE_NUMBER_FIELDS, rfc2822_now, 200)

    def _service(self, path: str, sid: str, form: dict[str, list[str]]) -> _Reply:
        if sid not in self._services:
            return self._not_found(path)
        return self._update(self._services, sid, form, _UPDATABLE_SERVICE_FIELDS, iso8601_now, 200)

    def _update(
        self,
        table: dict[str, dict[str, Any]],
        sid: str,
        form: dict[str, list[str]],
        fields: Mapping[str, str],
        now: Callable[[], str],
        status: int,
    ) -> _Reply:
        with self._lock:
            record = table[sid]
            changed = {fields[k]: v[0] for k, v in form.items() if k in fields and v}
            if changed:
                record.update(changed)
                record["date_updated"] = now()
            return _Reply(status, copy.deepcopy(record))


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        handler: type[BaseHTTPRequestHandler],
        fake: FakeTwilio,
    ) -> None:
        self.fake = fake
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        """Drop kept-alive connections so a stopped fake cannot answer pooled clients."""
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FakeTwilio/1.0"
    # Idle keep-alive connections from the SDK's pooled session must not pin threads forever.
    timeout = 10

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes; without this each keep-alive
        # request stalls ~40 ms on Nagle + delayed ACK.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    def log_message(self, format: str, *args: Any) -> None:
        """Silence per-request logging: bodies hold phone numbers and message text."""

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        raw_body = self.rfile.read(length) if length else b""
        fake = cast(_Server, self.server).fake
        headers = dict(self.headers.items())
        reply = fake._handle(self.command, self.path, headers, raw_body)
        data = json.dumps(reply.payload).encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Twilio-Request-Id", new_sid("RQ"))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


class LocalTwilioHttpClient(TwilioHttpClient):  # type: ignore[misc]
    """TwilioHttpClient that sends api/messaging.twilio.com requests to a local base_url."""

    FAKED_PRODUCTS = frozenset({"api", "messaging"})

    def __init__(
        self,
        base_url: str,
        timeout: float | None = 5.0,
        max_retries: int | None = None,
    ) -> None:
        super().__init__(timeout=timeout, max_retries=max_retries)
        self.base_url = base_url.rstrip("/")
        # HTTP(S)_PROXY/NO_PROXY from the environment must not divert 127.0.0.1 traffic.
        self.session.trust_env = False
        if max_retries is not None:
            # The parent mounts its retrying adapter on https:// only; the fake speaks http.
            self.session.mount("http://", HTTPAdapter(max_retries=max_retries))

    def rewrite_url(self, url: str) -> tuple[str, str]:
        """Map a Twilio URL (any region/edge) onto base_url; returns (new_url, original_host)."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host.endswith(".twilio.com") or host.split(".")[0] not in self.FAKED_PRODUCTS:
            # Anything else would silently reach the real internet from a test.
            raise ValueError(f"LocalTwilioHttpClient has no fake for host {host!r}")
        base = urlsplit(self.base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, "")), host

    def request(
        self,
        method: str,
        url: str,
        params: dict[str, object] | None = None,
        data: dict[str, object] | None = None,
        headers: dict[str, str] | None = None,
        auth: tuple[str, str] | None = None,
        timeout: float | None = None,
        allow_redirects: bool = False,
    ) -> TwilioResponse:
        """Same contract as TwilioHttpClient.request, aimed at the fake."""
        local_url, host = self.rewrite_url(url)
        headers = {**(headers or {}), FORWARDED_HOST_HEADER: host}
        return cast(
            TwilioResponse,
            super().request(
                method,
                local_url,
                params=params,
                data=data,
                headers=headers,
                auth=auth,
                timeout=timeout,
                allow_redirects=allow_redirects,
            ),
        )
