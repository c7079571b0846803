"""Maps what can go wrong in a webhook to one clear HTTP answer, in one place. Never a 500."""

from __future__ import annotations

import functools
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path

from chalice.app import MultiDict, Response

from chalicelib.adapters.twilio_webhook import TWIML_CONTENT_TYPE, InvalidInbound, twiml
from chalicelib.domain import safety
from chalicelib.observability import log_event


class InvalidSignature(Exception):
    """X-Twilio-Signature is missing or does not match."""


class PayloadTooLarge(Exception):
    """More bytes than any Twilio webhook sends."""


def twiml_response(replies: Iterable[str]) -> Response:
    return Response(
        body=twiml(replies), status_code=200, headers={"Content-Type": TWIML_CONTENT_TYPE}
    )


def _plain(status: int, message: str) -> Response:
    return Response(body=message + "\n", status_code=status, headers={"Content-Type": "text/plain"})


def _where(error: Exception) -> list[str]:
    """File, line and function of each frame: enough to debug, and no values."""
    frames = traceback.extract_tb(error.__traceback__)
    return [f"{Path(frame.filename).name}:{frame.lineno} {frame.name}" for frame in frames[-4:]]


def safety_fallback(form: MultiDict, error: Exception) -> str:
    """When the service cannot run: crisis resources for a crisis text, else try-again."""
    log_event("webhook_failed", error=type(error).__name__, where=_where(error))
    return safety.fallback_reply(
        form.get("Body") or "", form.get("From") or "", form.get("FromCountry") or None
    )


def answers_twilio(view: Callable[[], Response]) -> Callable[[], Response]:
    @functools.wraps(view)
    def guarded() -> Response:
        try:
            return view()
        except InvalidSignature:
            log_event("webhook_rejected", reason="signature")
            return _plain(403, "Forbidden: invalid Twilio signature")
        except PayloadTooLarge:
            log_event("webhook_rejected", reason="too_large")
            return _plain(413, "Payload too large")
        except InvalidInbound as error:
            log_event("webhook_rejected", reason=str(error))
            return _plain(400, f"Bad request: {error}")
        except Exception as error:
            # The person still gets an answer; the type is enough to find it, and
            # an exception's text could carry a number or a message body.
            log_event("webhook_failed", error=type(error).__name__, where=_where(error))
            return twiml_response([safety.trouble_reply(None)])

    return guarded
