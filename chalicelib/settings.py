"""The operator's settings, read from the environment the stage's config.json provides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time

from chalicelib.domain.gsm7 import is_gsm7
from chalicelib.domain.model import ProgramSettings
from chalicelib.domain.safety import countries_with_resources
from chalicelib.domain.timezones import is_valid_timezone

# HELP must stay one segment with the operator's contact in it.
MAX_OPERATOR_CONTACT = 30


class SettingsError(ValueError):
    """A setting is missing or unusable; the message names it."""


@dataclass(frozen=True)
class Settings:
    stage: str
    webhook_url: str
    twilio_account_sid: str = ""
    # Locally the token comes straight from the environment; deployed, from SSM.
    twilio_auth_token: str | None = None
    twilio_auth_token_parameter: str | None = None
    # Webhook SharedKeys ({"<key id>": "<secret>"}): locally as JSON, deployed from SSM.
    twilio_shared_keys: str | None = None
    twilio_shared_keys_parameter: str | None = None
    messaging_service_sid: str | None = None
    from_number: str | None = None
    sms_sender: str = "twilio"
    outbox_path: str = ".local/outbox.jsonl"
    # The public URL of POST /twilio/status; unset means Twilio sends no delivery reports.
    status_callback_url: str | None = None
    # How long journal entries and slip notes are kept before DynamoDB's TTL removes them.
    journal_retention_days: int = 90
    send_queue_name: str = "ncc-local-send"
    program: ProgramSettings = field(default_factory=ProgramSettings)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        def optional(name: str) -> str | None:
            return env.get(name) or None

        webhook_url = env.get("TWILIO_WEBHOOK_URL", "")
        if not webhook_url:
            raise SettingsError("TWILIO_WEBHOOK_URL is not set: the public URL of POST /sms")
        program = ProgramSettings(
            default_timezone=env.get("DEFAULT_TIMEZONE", "America/New_York"),
            default_send_time=time.fromisoformat(env.get("DEFAULT_SEND_TIME", "09:00")),
            program_days=int(env.get("PROGRAM_DAYS", "21")),
            operator_contact=env.get("OPERATOR_CONTACT", "help@example.org"),
            enrol_countries=_countries(env.get("ENROL_COUNTRIES", "")),
        )
        settings = cls(
            stage=env.get("STAGE", "local"),
            webhook_url=webhook_url,
            twilio_account_sid=env.get("TWILIO_ACCOUNT_SID", ""),
            twilio_auth_token=optional("TWILIO_AUTH_TOKEN"),
            twilio_auth_token_parameter=optional("TWILIO_AUTH_TOKEN_PARAM"),
            twilio_shared_keys=optional("TWILIO_SHARED_KEYS"),
            twilio_shared_keys_parameter=optional("TWILIO_SHARED_KEYS_PARAM"),
            messaging_service_sid=optional("TWILIO_MESSAGING_SERVICE_SID"),
            from_number=optional("TWILIO_FROM_NUMBER"),
            sms_sender=env.get("SMS_SENDER", "twilio"),
            outbox_path=env.get("OUTBOX_PATH", ".local/outbox.jsonl"),
            status_callback_url=optional("STATUS_CALLBACK_URL"),
            journal_retention_days=int(env.get("JOURNAL_RETENTION_DAYS", "90")),
            send_queue_name=env.get("SEND_QUEUE_NAME", "ncc-local-send"),
            program=program,
        )
        settings.check()
        return settings

    def check(self) -> None:
        contact = self.program.operator_contact
        if len(contact) > MAX_OPERATOR_CONTACT or not is_gsm7(contact):
            raise SettingsError(
                f"OPERATOR_CONTACT must be at most {MAX_OPERATOR_CONTACT} GSM-7 characters"
            )
        if not is_valid_timezone(self.program.default_timezone):
            raise SettingsError("DEFAULT_TIMEZONE is not an IANA time zone")
        if not time(8, 0) <= self.program.default_send_time < time(21, 0):
            raise SettingsError("DEFAULT_SEND_TIME must be between 08:00 and 21:00 (quiet hours)")
        unknown = self.program.enrol_countries - countries_with_resources()
        if unknown:
            raise SettingsError(
                "ENROL_COUNTRIES names countries without crisis resources in "
                f"chalicelib/content/crisis_resources.json: {', '.join(sorted(unknown))}"
            )
        if self.sms_sender == "twilio" and not (self.messaging_service_sid or self.from_number):
            raise SettingsError("Set TWILIO_MESSAGING_SERVICE_SID or TWILIO_FROM_NUMBER")
        if not (self.twilio_auth_token or self.twilio_auth_token_parameter):
            raise SettingsError(
                "Set TWILIO_AUTH_TOKEN_PARAM (SSM name) or, locally, TWILIO_AUTH_TOKEN"
            )


def _countries(value: str) -> frozenset[str]:
    """ "US, ca,GB" -> {"US", "CA", "GB"}; "" -> empty (every country with resources)."""
    return frozenset(part.strip().upper() for part in value.split(",") if part.strip())
