"""The Twilio auth token comes from SSM once per container, decrypted, and is never logged."""

from __future__ import annotations

import boto3
import pytest

from bench.aws_calls import record_aws_calls
from chalicelib.adapters.ssm import SsmSecret
from chalicelib.bootstrap import _auth_token_source
from chalicelib.settings import Settings

PARAMETER = "/no-contact-coach/dev/twilio-auth-token"


def test_the_token_is_read_once_and_cached(aws: None, caplog: pytest.LogCaptureFixture) -> None:
    boto3.client("ssm").put_parameter(Name=PARAMETER, Type="SecureString", Value="f" * 32)
    secret = SsmSecret(PARAMETER)
    with record_aws_calls() as calls:
        assert secret() == "f" * 32
        assert secret() == "f" * 32
    assert calls.count("GetParameter") == 1
    assert "f" * 32 not in caplog.text


def test_deployed_settings_take_the_token_from_ssm_not_the_environment(aws: None) -> None:
    boto3.client("ssm").put_parameter(Name=PARAMETER, Type="SecureString", Value="e" * 32)
    settings = Settings(
        stage="dev",
        webhook_url="https://x.example/api/sms",
        twilio_auth_token_parameter=PARAMETER,
        from_number="+15005550006",
    )
    assert _auth_token_source(settings)() == "e" * 32
