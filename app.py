"""No Contact Coach on Chalice: each handler parses, calls one service, and answers."""

from __future__ import annotations

import logging
import os

from chalice.app import Chalice, CloudWatchEvent, Cron, Response, SQSEvent

from chalicelib.adapters.twilio_webhook import (
    delivery_from_form,
    delivery_report_from_form,
    parse_form,
)
from chalicelib.bootstrap import get_services
from chalicelib.http_errors import (
    InvalidSignature,
    PayloadTooLarge,
    answers_twilio,
    safety_fallback,
    twiml_response,
)
from chalicelib.observability import begin, finish

app = Chalice(app_name="no-contact-coach")
for _chatty in ("pynamodb", "botocore", "urllib3", "twilio"):
    logging.getLogger(_chatty).setLevel(logging.WARNING)

FORM = "application/x-www-form-urlencoded"
# Read at import: `chalice deploy` wires the SQS trigger to this stage's queue by name.
SEND_QUEUE_NAME = os.environ.get("SEND_QUEUE_NAME", "ncc-local-send")
MAX_WEBHOOK_BYTES = 64 * 1024


def _raw_body(raw: str | bytes | None) -> bytes:
    body = raw.encode("utf-8") if isinstance(raw, str) else (raw or b"")
    if len(body) > MAX_WEBHOOK_BYTES:
        raise PayloadTooLarge
    return body


def _request_id(context: object) -> str | None:
    return getattr(context, "aws_request_id", None)


@app.route("/sms", methods=["POST"], content_types=[FORM])
@answers_twilio
def inbound_sms() -> Response:
    request = app.current_request
    assert request is not None  # Chalice sets it for every HTTP invocation
    raw_body = _raw_body(request.raw_body)
    begin(_request_id(app.lambda_context))
    form = parse_form(raw_body)
    headers = request.headers
    try:
        services = get_services()
        signature_ok = services.signature.is_valid(
            form,
            headers.get("x-twilio-signature"),
            headers.get("x-twilio-webhooks-signature-settings"),
        )
    except Exception as error:
        # Settings or the SSM token failed: no state can change, but safety still answers.
        return twiml_response([safety_fallback(form, error)])
    if not signature_ok:
        raise InvalidSignature
    replies = services.inbound.handle(delivery_from_form(form))
    finish()
    return twiml_response(replies)


@app.route("/twilio/status", methods=["POST"], content_types=[FORM])
@answers_twilio
def delivery_status() -> Response:
    """Twilio's status callback for our outbound texts, signed like the inbound webhook."""
    request = app.current_request
    assert request is not None
    form = parse_form(_raw_body(request.raw_body))
    begin(_request_id(app.lambda_context))
    services = get_services()
    signed = services.status_signature.is_valid(
        form,
        request.headers.get("x-twilio-signature"),
        request.headers.get("x-twilio-webhooks-signature-settings"),
    )
    if not signed:
        raise InvalidSignature
    services.deliveries.record(delivery_report_from_form(form))
    finish()
    return Response(body="", status_code=204)


@app.schedule(Cron("0/15", "*", "*", "*", "?", "*"), name="daily_tick")
def daily_tick(event: CloudWatchEvent) -> None:
    """Every 15 minutes (UTC): queue everyone whose text falls in the slots since the last tick."""
    begin(_request_id(event.context))
    get_services().scheduler.tick()
    finish()


# Five per batch: with Twilio's 10 s HTTP timeout a batch still ends inside the 60 s Lambda timeout.
# Five concurrent batches at most, matching the function's reserved concurrency.
@app.on_sqs_message(queue=SEND_QUEUE_NAME, batch_size=5, maximum_concurrency=5, name="send_daily")
def send_daily(event: SQSEvent) -> None:
    """Sends each queued person's text; raises only for surprises, so SQS delivers again."""
    begin(_request_id(event.context))
    try:
        get_services().sender.handle_batch(record.body for record in event)
    finally:
        finish()
