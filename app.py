"""No Contact Coach on Chalice: each handler parses, calls one service, and answers."""

from __future__ import annotations

import logging

from chalice.app import Chalice, Response

from chalicelib.adapters.twilio_webhook import delivery_from_form, parse_form
from chalicelib.bootstrap import get_services
from chalicelib.http_errors import InvalidSignature, PayloadTooLarge, answers_twilio, twiml_response

app = Chalice(app_name="no-contact-coach")
app.log.setLevel(logging.INFO)
logging.getLogger("chalicelib").setLevel(logging.INFO)
for _chatty in ("pynamodb", "botocore", "urllib3", "twilio"):
    logging.getLogger(_chatty).setLevel(logging.WARNING)

FORM = "application/x-www-form-urlencoded"
MAX_WEBHOOK_BYTES = 64 * 1024


@app.route("/sms", methods=["POST"], content_types=[FORM])
@answers_twilio
def inbound_sms() -> Response:
    request = app.current_request
    assert request is not None  # Chalice sets it for every HTTP invocation
    raw_body = request.raw_body or b""
    if isinstance(raw_body, str):
        raw_body = raw_body.encode("utf-8")
    if len(raw_body) > MAX_WEBHOOK_BYTES:
        raise PayloadTooLarge
    services = get_services()
    form = parse_form(raw_body)
    headers = request.headers
    signature_ok = services.signature.is_valid(
        form,
        headers.get("x-twilio-signature"),
        headers.get("x-twilio-webhooks-signature-settings"),
    )
    if not signature_ok:
        raise InvalidSignature
    replies = services.inbound.handle(delivery_from_form(form))
    return twiml_response(replies)
