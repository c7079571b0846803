"""Use case: record Twilio's delivery reports for our outbound texts, once each."""

from __future__ import annotations

from dataclasses import dataclass

from chalicelib.domain.delivery import CARRIER_FILTERED, FINAL_FAILURES, apply_delivery_report
from chalicelib.domain.ports import Clock, ConcurrentUpdate, DeliveryRepository, DuplicateDelivery
from chalicelib.observability import count, log_event

MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class DeliveryReport:
    message_sid: str
    status: str
    error_code: int | None
    to: str


class DeliveryReports:
    def __init__(self, people: DeliveryRepository, clock: Clock) -> None:
        self._people = people
        self._clock = clock

    def record(self, report: DeliveryReport) -> str:
        if report.status in FINAL_FAILURES:
            count("DeliveryFailures", TwilioErrorCode=str(report.error_code or "none"))
        if report.error_code == CARRIER_FILTERED:
            count("CarrierFiltered")
        for _ in range(MAX_ATTEMPTS):
            person = self._people.get(report.to)
            if person is None:
                return "unknown_number"
            changed = apply_delivery_report(
                person, report.status, report.error_code, report.message_sid
            )
            if changed == person:
                return "no_change"
            try:
                self._people.save_delivery_report(
                    changed, report.message_sid, report.status, self._clock()
                )
            except ConcurrentUpdate:
                continue
            except DuplicateDelivery:
                return "duplicate"
            log_event(
                "delivery_report",
                phone=report.to,
                status=report.status,
                code=report.error_code,
                person_status=changed.status.value,
            )
            return "recorded"
        raise ConcurrentUpdate(report.to)
