"""`make wire-twilio STAGE=dev ARGS="--number +15551234567"` (or `--service MG...`).

Points the Twilio number's (or Messaging Service's) incoming-message webhook at the stage's
TWILIO_WEBHOOK_URL through the Twilio REST API. The auth token comes from TWILIO_AUTH_TOKEN in
the environment or the stage's SSM parameter; it is never printed.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def wire(client: Any, webhook_url: str, number: str | None, service_sid: str | None) -> str:
    """Sets the incoming-message URL; returns what was changed, for the operator to read."""
    if service_sid:
        client.messaging.v1.services(service_sid).update(
            inbound_request_url=webhook_url,
            inbound_method="POST",
            use_inbound_webhook_on_number=False,
        )
        return f"Messaging Service {service_sid}: incoming messages -> POST {webhook_url}"
    numbers = client.incoming_phone_numbers.list(phone_number=number, limit=2)
    if len(numbers) != 1:
        raise SystemExit(f"{number} is not a number on this Twilio account")
    numbers[0].update(sms_url=webhook_url, sms_method="POST")
    return f"{number} ({numbers[0].sid}): incoming messages -> POST {webhook_url}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", default="dev")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--number", help="the Twilio phone number, E.164")
    target.add_argument("--service", help="a Messaging Service SID (MG...)")
    args = parser.parse_args(argv)

    from scripts.stage_env import stage_environment

    for key, value in stage_environment(args.stage).items():
        os.environ.setdefault(key, value)
    from twilio.rest import Client

    from chalicelib.bootstrap import _auth_token_source
    from chalicelib.settings import Settings

    settings = Settings.from_env(os.environ)
    client = Client(settings.twilio_account_sid, _auth_token_source(settings)())
    print(wire(client, settings.webhook_url, args.number, args.service))
    return 0


if __name__ == "__main__":
    sys.exit(main())
