"""Builds the services once per container, lazily; tests and the local run pass their own."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Protocol

from chalicelib.adapters.twilio_webhook import TwilioSignature
from chalicelib.domain.ports import (
    Clock,
    DeliveryRepository,
    PeopleRepository,
    ScheduleRepository,
    SendQueue,
    SmsSender,
)
from chalicelib.services.daily import DailySender, Scheduler
from chalicelib.services.delivery import DeliveryReports
from chalicelib.services.inbound import InboundTexts
from chalicelib.settings import Settings


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    signature: TwilioSignature
    inbound: InboundTexts
    scheduler: Scheduler
    sender: DailySender
    status_signature: TwilioSignature
    deliveries: DeliveryReports


class _People(PeopleRepository, ScheduleRepository, DeliveryRepository, Protocol):
    pass


def build_services(
    settings: Settings,
    clock: Clock = system_clock,
    people: _People | None = None,
    sms: SmsSender | None = None,
    queue: SendQueue | None = None,
) -> Services:
    """Everything is built here and nothing talks to AWS or Twilio until first used."""
    if people is None:
        from chalicelib.adapters.dynamodb import DynamoPeople

        people = DynamoPeople(journal_lifetime=timedelta(days=settings.journal_retention_days))
    if queue is None:
        from chalicelib.adapters.sqs_queue import SqsSendQueue

        queue = SqsSendQueue(settings.send_queue_name)
    token = _auth_token_source(settings)
    shared_keys = _shared_key_source(settings)
    if sms is None:
        sms = _sms_sender(settings, token, clock)
    return Services(
        settings=settings,
        signature=TwilioSignature(settings.webhook_url, token, shared_keys),
        inbound=InboundTexts(people, clock, settings.program, queue),
        scheduler=Scheduler(people, queue, clock),
        sender=DailySender(people, sms, queue, clock, settings.program),
        status_signature=TwilioSignature(settings.status_callback_url or "", token, shared_keys),
        deliveries=DeliveryReports(people, clock),
    )


def _sms_sender(settings: Settings, token: TwilioSignature.TokenSource, clock: Clock) -> SmsSender:
    if settings.sms_sender == "outbox":
        from chalicelib.adapters.outbox_sms import OutboxSms

        return OutboxSms(settings.outbox_path, clock)
    from chalicelib.adapters.twilio_sms import TwilioSms

    return TwilioSms(
        settings.twilio_account_sid,
        token,
        messaging_service_sid=settings.messaging_service_sid,
        from_number=settings.from_number,
        status_callback=settings.status_callback_url,
    )


def _auth_token_source(settings: Settings) -> TwilioSignature.TokenSource:
    token = settings.twilio_auth_token
    if token:
        return lambda: token
    from chalicelib.adapters.ssm import SsmSecret

    assert settings.twilio_auth_token_parameter  # Settings.check guarantees one of the two
    return SsmSecret(settings.twilio_auth_token_parameter)


def _shared_key_source(settings: Settings) -> TwilioSignature.SharedKeySource | None:
    if settings.twilio_shared_keys:
        keys = {str(k): str(v) for k, v in json.loads(settings.twilio_shared_keys).items()}
        return keys.get
    if settings.twilio_shared_keys_parameter:
        from chalicelib.adapters.ssm import SsmSharedKeys

        return SsmSharedKeys(settings.twilio_shared_keys_parameter)
    return None


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
