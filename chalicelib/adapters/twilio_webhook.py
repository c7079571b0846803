"""Twilio's inbound side: form parsing, X-Twilio-Signature validation, TwiML replies.

Only the light parts of the twilio package are imported here; the REST client
stays out of the webhook's cold start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import parse_qs

from chalice.app import MultiDict
from twilio.request_validator import RequestValidator, get_signature_algorithm
from twilio.twiml.messaging_response import MessagingResponse

from chalicelib.domain.conversation import InboundText
from chalicelib.services.delivery import DeliveryReport
from chalicelib.services.inbound import Delivery

TWIML_CONTENT_TYPE = "application/xml"


def parse_form(raw_body: bytes) -> MultiDict:
    """Keeps blank values and repeated keys: the signature covers both."""
    text = raw_body.decode("utf-8", errors="replace")
    return MultiDict(parse_qs(text, keep_blank_values=True))


class TwilioSignature:
    """Checks requests against the public URL Twilio was configured to call.

    The URL comes from the stage's settings, never from the request: API Gateway's
    stage prefix, custom domains and local servers all change what a rebuilt URL
    would look like, and the signature would then never match.

    Without X-Twilio-Webhooks-Signature-Settings the request is signed with the auth token
    (HMAC-SHA1). With it ("key=<SharedKey id>,algorithm=HMAC_SHA256"), a Webhook Rule signed it
    with that SharedKey's secret instead, over the same URL and sorted parameters
    (https://www.twilio.com/docs/usage/webhooks/webhook-shared-keys; twilio-python 9.13's
    RequestValidator). An unknown key id is refused.
    """

    TokenSource = Callable[[], str]
    # SharedKey id -> its secret, or None when the key is unknown.
    SharedKeySource = Callable[[str], "str | None"]

    def __init__(
        self,
        webhook_url: str,
        auth_token: TokenSource,
        shared_keys: SharedKeySource | None = None,
    ) -> None:
        self._webhook_url = webhook_url
        self._auth_token = auth_token
        self._shared_keys = shared_keys
        self._validator: RequestValidator | None = None

    def is_valid(
        self, form: MultiDict, signature: str | None, settings_header: str | None = None
    ) -> bool:
        if not signature:
            return False
        algorithm = get_signature_algorithm(settings_header)
        key_id = shared_key_id(settings_header)
        if key_id is not None:
            secret = self._shared_keys(key_id) if self._shared_keys is not None else None
            if not secret:
                return False
            validator = RequestValidator(secret)
        else:
            if self._validator is None:
                self._validator = RequestValidator(self._auth_token())
            validator = self._validator
        return bool(validator.validate(self._webhook_url, form, signature, algorithm))


def shared_key_id(settings_header: str | None) -> str | None:
    """The `key=` of X-Twilio-Webhooks-Signature-Settings, or None without one."""
    for part in (settings_header or "").split(","):
        name, separator, value = part.partition("=")
        if separator and name.strip() == "key" and value.strip():
            return value.strip()
    return None


def twiml(replies: Iterable[str]) -> str:
    """One <Message> per text; none at all means Twilio sends nothing back."""
    response = MessagingResponse()
    for reply in replies:
        response.message(reply)
    return str(response.to_xml(xml_declaration=True))


class InvalidInbound(ValueError):
    """A signed request that is not a usable inbound SMS; the message says why."""


_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
# Twilio's legacy webhooks name the message id differently.
_SID_FIELDS = ("MessageSid", "SmsMessageSid", "SmsSid")
MAX_BODY_CHARS = 1600


def delivery_from_form(form: MultiDict) -> Delivery:
    phone = (form.get("From") or "").strip()
    if not phone:
        raise InvalidInbound("From is missing")
    if not _E164.match(phone):
        raise InvalidInbound("From is not an E.164 phone number")
    media_count = _to_int(form.get("NumMedia"))
    # A picture sent alone may come with no Body field at all; it still deserves a reply.
    if "Body" not in form and not media_count:
        raise InvalidInbound("Body is missing")
    sid = next((form[name] for name in _SID_FIELDS if form.get(name)), None)
    if sid is None:
        raise InvalidInbound("MessageSid is missing")
    text = InboundText(
        phone=phone,
        body=(form.get("Body") or "")[:MAX_BODY_CHARS],
        from_state=form.get("FromState") or None,
        from_country=form.get("FromCountry") or None,
        media_count=media_count,
    )
    return Delivery(message_sid=sid, text=text)


def delivery_report_from_form(form: MultiDict) -> DeliveryReport:
    sid = form.get("MessageSid") or form.get("SmsSid")
    status = (form.get("MessageStatus") or form.get("SmsStatus") or "").lower()
    to = (form.get("To") or "").strip()
    if not sid or not status:
        raise InvalidInbound("MessageSid and MessageStatus are required")
    if not _E164.match(to):
        raise InvalidInbound("To is not an E.164 phone number")
    code = form.get("ErrorCode")
    return DeliveryReport(sid, status, int(code) if code and code.isdigit() else None, to)


def _to_int(value: str | None) -> int:
    try:
        return max(0, int(value or 0))
    except ValueError:
        return 0
