"""Effectively once (issue 13): a daily text claimed but never confirmed (the worker crashed, or
Twilio's answer timed out) is looked up in Twilio's list of messages before anything is sent
again. Real DynamoDB (moto), the real twilio SDK against the fake Twilio API, the real sender.

Fault table (texts the person gets -> the claim's final state):
| fault                                   | texts | claim  |
| crash after the claim, before Twilio    | 1     | sent   |
| crash after Twilio took the text        | 1     | sent   |
| read timeout: Twilio took the text      | 1     | sent   |
| a second delivery while the first sends | 1     | sent   |
| crash after Twilio, delivered an hour on | 1     | sent   |
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
import requests

from chalicelib.adapters.dynamodb import DynamoPeople, RecordModel
from chalicelib.adapters.twilio_sms import TwilioSms
from chalicelib.bootstrap import Services
from chalicelib.domain import daily
from chalicelib.domain.ports import SendJob, SmsSender
from chalicelib.services.daily import UnexpectedFailures
from tests.app.sending import due_now, sender_with
from tests.conftest import ACCOUNT_SID, FROM_NUMBER
from tests.fakes.fake_twilio import FakeTwilio, LocalTwilioHttpClient
from tests.support import AUTH_TOKEN, ManualClock, Phone


class WorkerDies(Exception):
    """The Lambda running the sender stops here (timeout, out of memory, a deploy)."""


class CrashingSms:
    """The real sender, with the worker dying just before or just after Twilio is called."""

    def __init__(self, real: SmsSender, after_twilio: bool) -> None:
        self._real = real
        self._after = after_twilio
        self.bodies: list[str] = []

    def send(self, to: str, body: str) -> str:
        self.bodies.append(body)
        if self._after:
            self._real.send(to, body)
        raise WorkerDies

    def find_sent(self, to: str, since: datetime, body_sha256: str) -> str | None:
        return self._real.find_sent(to, since, body_sha256)


class TimesOutAfterSending(LocalTwilioHttpClient):
    """Twilio takes the text, but its answer never arrives in time."""

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        response = super().request(method, url, *args, **kwargs)
        if method == "POST":
            raise requests.exceptions.ReadTimeout("read timed out")
        return response


@pytest.fixture
def due_job(enrolled: Phone, clock: ManualClock, fake_twilio: FakeTwilio) -> Iterator[SendJob]:
    fake_twilio.clock = clock
    yield due_now(enrolled.number, clock)


def _texts(fake: FakeTwilio, number: str) -> list[str]:
    return [m.body for m in fake.messages_sent if m.to == number]


def _claim_states(number: str) -> list[str]:
    return [r.state for r in RecordModel.query(number) if r.key.startswith("daily#")]


@pytest.mark.parametrize("after_twilio", [False, True], ids=["before_twilio", "after_twilio"])
def test_a_worker_that_dies_mid_send_leads_to_exactly_one_text(
    services: Services,
    due_job: SendJob,
    clock: ManualClock,
    fake_twilio: FakeTwilio,
    after_twilio: bool,
) -> None:
    dying = sender_with(services, CrashingSms(services.sender._sms, after_twilio))
    with pytest.raises(UnexpectedFailures):
        dying.handle_batch([due_job.to_json()])
    assert _claim_states(due_job.phone) == ["sending"]

    clock.advance(seconds=30)  # SQS would not redeliver yet; a duplicate delivery might
    report = services.sender.handle_batch([due_job.to_json()])
    assert report.outcomes == ["skipped:claimed_sending"]

    clock.advance(minutes=6)  # past the visibility timeout: SQS delivers it again
    report = services.sender.handle_batch([due_job.to_json()])
    assert report.outcomes == (["reconciled"] if after_twilio else ["sent"])
    assert len(_texts(fake_twilio, due_job.phone)) == 1
    assert _claim_states(due_job.phone) == ["sent"]
    person = DynamoPeople().get(due_job.phone)
    assert person is not None and person.next_send_at is not None
    assert person.next_send_at > clock.now


def test_a_text_that_would_read_differently_later_is_still_found(
    services: Services,
    due_job: SendJob,
    clock: ManualClock,
    fake_twilio: FakeTwilio,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dying = sender_with(services, CrashingSms(services.sender._sms, after_twilio=True))
    with pytest.raises(UnexpectedFailures):
        dying.handle_batch([due_job.to_json()])
    # Delivered again an hour on, the day's text composes differently (a count, a milestone):
    # the claim's hash of what was sent is what Twilio's list is searched for.
    compose = daily.compose
    monkeypatch.setattr(
        daily, "compose", lambda *args: replace(compose(*args), body=compose(*args).body + " ")
    )
    clock.advance(minutes=61)
    report = services.sender.handle_batch([due_job.to_json()])
    assert report.outcomes == ["reconciled"]
    assert len(_texts(fake_twilio, due_job.phone)) == 1


def test_a_read_timeout_after_twilio_took_the_text_is_never_sent_twice(
    services: Services, due_job: SendJob, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    timing_out = TwilioSms(
        ACCOUNT_SID,
        lambda: AUTH_TOKEN,
        from_number=FROM_NUMBER,
        http_client=TimesOutAfterSending(fake_twilio.base_url, timeout=5),
    )
    report = sender_with(services, timing_out).handle_batch([due_job.to_json()])
    assert report.outcomes == ["retry"]
    assert _claim_states(due_job.phone) == ["sending"]

    clock.advance(minutes=6)  # the retry was queued to come back once the claim is in doubt
    report = services.sender.handle_batch([due_job.with_attempt(1).to_json()])
    assert report.outcomes == ["reconciled"]
    assert len(_texts(fake_twilio, due_job.phone)) == 1
    assert _claim_states(due_job.phone) == ["sent"]


def test_an_old_text_with_the_same_words_is_not_taken_for_this_one(
    services: Services, due_job: SendJob, clock: ManualClock, fake_twilio: FakeTwilio
) -> None:
    sms = services.sender._sms
    dying = CrashingSms(sms, after_twilio=False)
    with pytest.raises(UnexpectedFailures):
        sender_with(services, dying).handle_batch([due_job.to_json()])
    [body] = dying.bodies
    # The same words reached them an hour before this claim (say, yesterday's text).
    claimed_at = clock.now
    clock.set(claimed_at - timedelta(hours=1))
    sms.send(due_job.phone, body)
    clock.set(claimed_at + timedelta(minutes=6))
    assert services.sender.handle_batch([due_job.to_json()]).outcomes == ["sent"]
    assert _texts(fake_twilio, due_job.phone) == [body, body]
