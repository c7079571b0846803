"""Sends texts through Twilio's REST API with the real SDK, imported only when first needed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from chalicelib.domain.ports import (
    RecipientOptedOut,
    RecipientUnreachable,
    SendFailure,
    TemporarySendFailure,
    UncertainSend,
    sha256_hex,
)

# Twilio waits for nobody: without a timeout a hung connection holds the Lambda until it dies.
HTTP_TIMEOUT_SECONDS = 10
UNSUBSCRIBED = 21610
UNREACHABLE = frozenset({21211, 21614})
RATE_LIMITED = 20429
# How many of the number's latest messages to look through for one we may have sent.
RECENT_MESSAGES = 20


class TwilioSms:
    def __init__(
        self,
        account_sid: str,
        auth_token: Callable[[], str],
        messaging_service_sid: str | None = None,
        from_number: str | None = None,
        status_callback: str | None = None,
        http_client: Any = None,
    ) -> None:
        if not (messaging_service_sid or from_number):
            raise ValueError("Set TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER")
        self._account_sid = account_sid
        self._auth_token = auth_token
        self._sender = (
            {"messaging_service_sid": messaging_service_sid}
            if messaging_service_sid
            else {"from_": from_number}
        )
        self._status_callback = status_callback
        self._http_client = http_client
        self._client: Any = None

    def _rest_client(self) -> Any:
        if self._client is None:
            from twilio.http.http_client import TwilioHttpClient
            from twilio.rest import Client

            http = self._http_client or TwilioHttpClient(timeout=HTTP_TIMEOUT_SECONDS)
            self._client = Client(self._account_sid, self._auth_token(), http_client=http)
        return self._client

    def send(self, to: str, body: str) -> str:
        from requests.exceptions import ConnectionError as RequestsConnectionError
        from requests.exceptions import RequestException
        from twilio.base.exceptions import TwilioRestException

        extra = {"status_callback": self._status_callback} if self._status_callback else {}
        try:
            message = self._rest_client().messages.create(to=to, body=body, **self._sender, **extra)
        except TwilioRestException as error:
            raise _classify(error.code, error.status) from None
        except RequestsConnectionError:
            # Includes connect timeouts: Twilio never saw the request, so trying again is safe.
            raise TemporarySendFailure(None) from None
        except RequestException:
            # A read timeout or a broken answer: Twilio may have taken the text. Look first.
            raise UncertainSend(None) from None
        return str(message.sid)

    def find_sent(self, to: str, since: datetime, body_sha256: str) -> str | None:
        """Looks through the number's latest messages (GET Messages.json?To=, newest first).
        DateSent is a date only and empty while a message is queued, so date_created is used."""
        from requests.exceptions import RequestException
        from twilio.base.exceptions import TwilioRestException

        try:
            recent = self._rest_client().messages.list(to=to, limit=RECENT_MESSAGES)
        except (TwilioRestException, RequestException):
            raise TemporarySendFailure(None) from None
        for message in recent:
            created = message.date_created
            same = sha256_hex(str(message.body or "")) == body_sha256
            if same and (created is None or created >= since):
                return str(message.sid)
        return None


def _classify(code: int | None, status: int | None) -> SendFailure:
    if code == UNSUBSCRIBED:
        return RecipientOptedOut(code, status)
    if code in UNREACHABLE:
        return RecipientUnreachable(code, status)
    if code == RATE_LIMITED or status == 429 or (status is not None and status >= 500):
        return TemporarySendFailure(code, status)
    return SendFailure(code, status)
