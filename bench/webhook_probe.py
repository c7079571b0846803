"""Run by bench.cold_start in a fresh process: which twilio modules does the webhook path load?

`python -m bench.webhook_probe OUT.json`. The services are built from the environment exactly as
a Lambda container builds them (SMS_SENDER=twilio), then one signed text goes through the
webhook. Imports nothing from the Twilio REST client itself, so sys.modules tells the truth.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from urllib.parse import urlencode

from bench.common import AUTH_TOKEN, FROM_NUMBER, PROJECT_DIR, WEBHOOK_URL, use_local_aws

FORM = {
    "MessageSid": "SM" + "1" * 32,
    "AccountSid": "AC" + "0" * 32,
    "From": "+14155550100",
    "To": FROM_NUMBER,
    "Body": "hi",
    "NumMedia": "0",
    "FromState": "CA",
    "FromCountry": "US",
}


def twilio_modules() -> list[str]:
    return sorted(name for name in sys.modules if name == "twilio" or name.startswith("twilio."))


def probe() -> dict[str, object]:
    use_local_aws()
    os.environ.update(
        {
            "STAGE": "bench",
            "SMS_SENDER": "twilio",
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
            "TWILIO_FROM_NUMBER": FROM_NUMBER,
            "TWILIO_AUTH_TOKEN": AUTH_TOKEN,
            "TWILIO_WEBHOOK_URL": WEBHOOK_URL,
        }
    )
    import app  # the import itself is what is measured

    after_import = twilio_modules()
    import moto
    from chalice.test import Client
    from twilio.request_validator import RequestValidator

    from chalicelib.bootstrap import get_services
    from scripts.provision import ensure_tables

    with moto.mock_aws():
        ensure_tables()
        get_services()  # built from the environment, as in a Lambda container
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": RequestValidator(AUTH_TOKEN).compute_signature(WEBHOOK_URL, FORM),
        }
        with Client(app.app, stage_name="local", project_dir=str(PROJECT_DIR)) as client:
            response = client.http.post("/sms", headers=headers, body=urlencode(FORM))
    after_webhook = twilio_modules()
    return {
        "status": response.status_code,
        "replied": b"<Message>" in response.body,
        "after_import": after_import,
        "after_webhook": after_webhook,
    }


if __name__ == "__main__":
    Path(sys.argv[1]).write_text(json.dumps(probe(), indent=2), encoding="utf-8")
