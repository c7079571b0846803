"""The webhook's cold start stays light: importing the app does not load the Twilio REST client."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import PROJECT_DIR


def test_importing_the_app_does_not_import_twilio_rest_or_create_aws_clients() -> None:
    probe = (
        "import sys, app; "
        "print(sorted(m for m in sys.modules if m.startswith('twilio.rest') or m == 'twilio.http'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "AWS_DEFAULT_REGION": "us-east-1"},
    )
    assert result.stdout.strip() == "[]"
