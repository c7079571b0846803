"""Twilio's own signature vectors, run through the project's form parsing and validation."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest

from chalicelib.adapters.twilio_webhook import TwilioSignature, parse_form
from tests.conftest import DATA_DIR

VECTORS: list[dict[str, Any]] = json.loads(
    (DATA_DIR / "twilio_signature_vectors.json").read_text(encoding="utf-8")
)["vectors"]
FORM_VECTORS = [v for v in VECTORS if "body" not in v]


def _raw_form(params: dict[str, str | list[str]]) -> bytes:
    return urlencode(params, doseq=True).encode("utf-8")


@pytest.mark.parametrize("vector", FORM_VECTORS, ids=[v["name"] for v in FORM_VECTORS])
def test_twilio_vector_is_judged_as_twilio_expects(vector: dict[str, Any]) -> None:
    check = TwilioSignature(vector["url"], lambda: vector["auth_token"])
    form = parse_form(_raw_form(vector["params"]))
    assert check.is_valid(form, vector["x_twilio_signature"]) is vector["expected_valid"]


def test_every_form_vector_is_exercised() -> None:
    assert len(FORM_VECTORS) >= 12
    assert any(not v["expected_valid"] for v in FORM_VECTORS)


@pytest.mark.parametrize("vector", FORM_VECTORS[:1], ids=["basic"])
def test_a_changed_value_breaks_a_valid_signature(vector: dict[str, Any]) -> None:
    tampered = dict(vector["params"]) | {"Digits": "9999"}
    check = TwilioSignature(vector["url"], lambda: vector["auth_token"])
    assert not check.is_valid(parse_form(_raw_form(tampered)), vector["x_twilio_signature"])


def test_blank_values_are_kept_because_the_signature_covers_them() -> None:
    vector = next(v for v in VECTORS if v["name"] == "real_inbound_voice_webhook_legacy")
    blank_names = [name for name, value in vector["params"].items() if value == ""]
    assert blank_names, "this vector is the one with empty-string values"
    check = TwilioSignature(vector["url"], lambda: vector["auth_token"])
    assert check.is_valid(parse_form(_raw_form(vector["params"])), vector["x_twilio_signature"])


def test_missing_signature_is_invalid() -> None:
    vector = FORM_VECTORS[0]
    check = TwilioSignature(vector["url"], lambda: vector["auth_token"])
    assert not check.is_valid(parse_form(_raw_form(vector["params"])), None)
    assert not check.is_valid(parse_form(_raw_form(vector["params"])), "")


def test_a_url_rebuilt_without_the_stage_prefix_would_not_match() -> None:
    vector = next(v for v in VECTORS if v["name"] == "real_inbound_sms_webhook_legacy")
    rebuilt = vector["url"].replace("/validate", "")
    check = TwilioSignature(rebuilt, lambda: vector["auth_token"])
    assert not check.is_valid(parse_form(_raw_form(vector["params"])), vector["x_twilio_signature"])
