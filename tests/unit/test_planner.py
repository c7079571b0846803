"""When a follow-up text goes: now, at 08:00, or never (issue 13), without AWS."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from chalicelib.domain.model import Status
from chalicelib.domain.planner import Action, next_morning, plan_draft_return, plan_urge_follow_up
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
    morning = next_morning(tokyo, datetime(2026, 11, 25, 23, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    assert morning == datetime(2026, 11, 26, 8, 0, tzinfo=ZoneInfo("Asia/Tokyo"))
