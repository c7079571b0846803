"""The Twilio auth token comes from SSM once per container, decrypted, and is never logged."""

from __future__ import annotations

import json

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


KEYS_PARAMETER = "/no-contact-coach/dev/twilio-shared-keys"


def test_shared_keys_rotate_from_ssm_without_a_restart(
    aws: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from chalicelib.adapters import ssm

    client = boto3.client("ssm")
    client.put_parameter(
        Name=KEYS_PARAMETER, Type="SecureString", Value=json.dumps({"key_a": "secret-a"})
    )
    keys = ssm.SsmSharedKeys(KEYS_PARAMETER)
    with record_aws_calls() as calls:
        assert keys("key_a") == "secret-a"
        assert keys("key_a") == "secret-a"
        assert keys("key_b") is None  # unknown, and read again less than a minute ago
    assert calls.count("GetParameter") == 1
    # The operator adds the new key; a request signed with it arrives a minute later.
    client.put_parameter(
        Name=KEYS_PARAMETER,
        Type="SecureString",
        Value=json.dumps({"key_a": "secret-a", "key_b": "secret-b"}),
        Overwrite=True,
    )
    monkeypatch.setattr(ssm, "SHARED_KEYS_REFRESH_SECONDS", 0.0)
    assert keys("key_b") == "secret-b"
    assert keys("key_a") == "secret-a"
