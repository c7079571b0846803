"""Builds the services once per container, lazily; tests and the local run pass their own."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

from chalicelib.adapters.twilio_webhook import TwilioSignature
from chalicelib.domain.ports import Clock, PeopleRepository
from chalicelib.services.inbound import InboundTexts
from chalicelib.settings import Settings


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    signature: TwilioSignature
    inbound: InboundTexts


def build_services(
    settings: Settings,
    clock: Clock = system_clock,
    people: PeopleRepository | None = None,
) -> Services:
    if people is None:
        from chalicelib.adapters.dynamodb import DynamoPeople

        people = DynamoPeople()
    return Services(
        settings=settings,
        signature=TwilioSignature(settings.webhook_url, _auth_token_source(settings)),
        inbound=InboundTexts(people, clock, settings.program),
    )


def _auth_token_source(settings: Settings) -> TwilioSignature.TokenSource:
    token = settings.twilio_auth_token
    if token:
        return lambda: token
    from chalicelib.adapters.ssm import SsmSecret

    assert settings.twilio_auth_token_parameter  # Settings.check guarantees one of the two
    return SsmSecret(settings.twilio_auth_token_parameter)


_services: Services | None = None


def get_services() -> Services:
    global _services
    if _services is None:
        _services = build_services(Settings.from_env(os.environ))
    return _services


def use_services(services: Services | None) -> None:
    """Installs prebuilt services (tests, local run); None rebuilds from the environment."""
    global _services
    _services = services
