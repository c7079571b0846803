"""`make phone`: texts the local service as a given number, signed exactly as Twilio signs."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import time
import urllib.error
import urllib.request
from urllib.parse import urlencode
from xml.etree import ElementTree

from twilio.request_validator import RequestValidator

from scripts.local_run import DEFAULT_AUTH_TOKEN, DEFAULT_PORT

_counter = itertools.count(1)


def twilio_form(sender: str, body: str, state: str, country: str) -> dict[str, str]:
    sid = f"SM{int(time.time() * 1000):020x}{next(_counter):012x}"
    return {
        "MessageSid": sid,
        "SmsMessageSid": sid,
        "SmsSid": sid,
        "AccountSid": "AC" + "0" * 32,
        "From": sender,
        "To": "+15005550006",
        "Body": body,
        "NumMedia": "0",
        "NumSegments": "1",
        "FromState": state,
        "FromCountry": country,
        "FromCity": "",
        "FromZip": "",
        "SmsStatus": "received",
        "ApiVersion": "2010-04-01",
    }


def signed_headers(url: str, token: str, form: dict[str, str]) -> dict[str, str]:
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Twilio-Signature": RequestValidator(token).compute_signature(url, form),
    }


def reply_texts(twiml: str) -> list[str]:
    return [m.text or "" for m in ElementTree.fromstring(twiml).iter("Message")]


def send(url: str, token: str, form: dict[str, str]) -> tuple[int, list[str]]:
    """Posts one signed text and returns the HTTP status and the reply texts."""
    request = urllib.request.Request(
        url,
        data=urlencode(form).encode("utf-8"),
        headers=signed_headers(url, token, form),
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            body = response.read().decode("utf-8")
            status = int(response.status)
    except urllib.error.HTTPError as error:
        return error.code, [error.read().decode("utf-8").strip()]
    if not body.lstrip().startswith("<?xml"):
        return status, [body]
    return status, reply_texts(body)


def _country(sender: str) -> str:
    """What Twilio would say in FromCountry for this number, as the service reads it."""
    from chalicelib.domain.safety import country_of

    return country_of(sender) or ""


def main(argv: list[str] | None = None) -> int:
    port = os.environ.get("PORT", str(DEFAULT_PORT))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--from", dest="sender", default="+14155550123", help="E.164 number")
    parser.add_argument(
        "--url", default=os.environ.get("TWILIO_WEBHOOK_URL", f"http://127.0.0.1:{port}/sms")
    )
    parser.add_argument("--token", default=os.environ.get("TWILIO_AUTH_TOKEN", DEFAULT_AUTH_TOKEN))
    parser.add_argument("--state", default=None, help="Twilio's FromState (default: CA for +1)")
    parser.add_argument(
        "--country", default=None, help="Twilio's FromCountry (default: read off the number)"
    )
    parser.add_argument("message", nargs="*", help="send one text and exit")
    args = parser.parse_args(argv)

    def text(body: str) -> None:
        country = args.country if args.country is not None else _country(args.sender)
        state = args.state if args.state is not None else ("CA" if country == "US" else "")
        form = twilio_form(args.sender, body, state, country)
        status, replies = send(args.url, args.token, form)
        if status != 200:
            print(f"[HTTP {status}] {' '.join(replies)}")
        for reply in replies if status == 200 else []:
            print(f"coach> {reply}")
        if status == 200 and not replies:
            print("coach> (no reply)")

    if args.message:
        text(" ".join(args.message))
        return 0
    print(f"Texting {args.url} as {args.sender}. Empty line or Ctrl-D to quit.")
    for line in sys.stdin:
        if not line.strip():
            break
        text(line.rstrip("\n"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
