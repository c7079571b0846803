"""When a scheduled text goes: now, later, or never (issue 13), without AWS."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from chalicelib.domain import cadence
from chalicelib.domain.model import Status
from chalicelib.domain.planner import (
    Action,
    plan,
    plan_draft_return,
    plan_urge_follow_up,
)
from chalicelib.domain.ports import SendJob
from tests.unit.test_program import person

LA = ZoneInfo("America/Los_Angeles")
ACTIVE = person(status=Status.ACTIVE)


@pytest.mark.parametrize(
    ("late", "action"),
    [(timedelta(0), Action.SEND), (timedelta(minutes=59), Action.SEND),
     (timedelta(minutes=61), Action.DROP), (timedelta(hours=6), Action.DROP)],
)  # fmt: skip
def test_an_urge_follow_up_goes_only_within_the_hour(late: timedelta, action: Action) -> None:
    due = datetime(2026, 11, 25, 21, 0, tzinfo=LA)
    assert plan_urge_follow_up(ACTIVE, due, due + late).action is action


def test_a_paused_person_gets_no_urge_follow_up() -> None:
    now = datetime(2026, 11, 25, 12, 0, tzinfo=LA)
    paused = person(status=Status.ACTIVE, paused_until=now + timedelta(days=1))
    assert plan_urge_follow_up(paused, now, now).reason == "paused"


@pytest.mark.parametrize(
    ("local", "expected"),
    [(datetime(2026, 11, 25, 3, 0), datetime(2026, 11, 25, 8, 0)),
     (datetime(2026, 11, 25, 22, 30), datetime(2026, 11, 26, 8, 0)),
     (datetime(2026, 11, 25, 7, 59), datetime(2026, 11, 25, 8, 0))],
)  # fmt: skip
def test_a_draft_due_in_quiet_hours_moves_to_the_next_8am(
    local: datetime, expected: datetime
) -> None:
    plan = plan_draft_return(ACTIVE, local.replace(tzinfo=LA))
    assert plan.action is Action.MOVE and plan.reason == "quiet_hours"
    assert plan.at == expected.replace(tzinfo=LA)


def test_a_draft_in_the_day_goes_now() -> None:
    assert plan_draft_return(ACTIVE, datetime(2026, 11, 25, 8, 0, tzinfo=LA)).action is Action.SEND


def test_next_morning_is_in_the_persons_zone() -> None:
    tokyo = person(status=Status.ACTIVE, timezone="Asia/Tokyo")
    morning = cadence.next_morning(
        tokyo, datetime(2026, 11, 25, 23, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
    )
    assert morning == datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("Asia/Tokyo"))


def _daily_job(due: datetime) -> SendJob:
    return SendJob(ACTIVE.phone, due)


def test_one_plan_for_every_kind_of_scheduled_text() -> None:
    due = datetime(2026, 11, 24, 9, 0, tzinfo=LA)
    someone = replace(ACTIVE, next_send_at=due)
    urge_at = due - timedelta(minutes=10)
    urge = SendJob(someone.phone, due, kind="urge", key=urge_at.isoformat())
    draft = SendJob(someone.phone, due, kind="draft", key="draft#x")
    rows = [
        (_daily_job(due), someone, due, Action.SEND, ""),
        (_daily_job(due), replace(someone, next_send_at=due + timedelta(days=1)), due,
         Action.DROP, "stale"),
        (_daily_job(due), someone, due + timedelta(hours=14), Action.MOVE, "too_late"),
        (_daily_job(due), None, due, Action.DROP, "not_active"),
        (urge, someone, due, Action.SEND, ""),
        (urge, replace(someone, last_contact_at=due - timedelta(minutes=5)), due, Action.DROP,
         "contact_since"),
        (urge, replace(someone, status=Status.OPTED_OUT), due, Action.DROP, "not_active"),
        (draft, someone, due, Action.SEND, ""),
        (draft, someone, due + timedelta(hours=15), Action.MOVE, "quiet_hours"),
    ]  # fmt: skip
    for job, who, now, action, reason in rows:
        planned = plan(job, who, now)
        assert (planned.action, planned.reason) == (action, reason), (job.kind, now)
        if planned.action is Action.MOVE:
            assert planned.at is not None and planned.at > now
