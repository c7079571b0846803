"""What a delivery report from Twilio means for a person; no I/O."""

from __future__ import annotations

from dataclasses import replace

from chalicelib.domain.model import Person, Status

# Unreachable, unknown destination, landline or unreachable carrier: repeated, the number is dead.
DEAD_NUMBER_CODES = frozenset({30003, 30005, 30006})
CARRIER_FILTERED = 30007
FAILURES_BEFORE_UNDELIVERABLE = 3
FINAL_FAILURES = frozenset({"undelivered", "failed"})


def apply_delivery_report(
    person: Person, status: str, error_code: int | None, message_sid: str | None = None
) -> Person:
    """Delivered resets the failure count, if it is for the latest scheduled text (reports may
    arrive late and out of order); repeated dead-number failures stop the texts."""
    if status == "delivered":
        latest = person.last_message_sid is None or message_sid == person.last_message_sid
        return (
            replace(person, delivery_failures=0) if person.delivery_failures and latest else person
        )
    if status not in FINAL_FAILURES or error_code not in DEAD_NUMBER_CODES:
        return person
    failures = person.delivery_failures + 1
    if failures >= FAILURES_BEFORE_UNDELIVERABLE and person.status is Status.ACTIVE:
        return replace(
            person, delivery_failures=failures, status=Status.UNDELIVERABLE, next_send_at=None
        )
    return replace(person, delivery_failures=failures)
