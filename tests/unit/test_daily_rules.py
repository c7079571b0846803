"""What the scheduled text says and when the next one goes, without AWS."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from chalicelib.content import render_daily
from chalicelib.domain import cadence, daily, dialogue, program, reflection
from chalicelib.domain.gsm7 import fits_one_segment
from chalicelib.domain.model import Person, ProgramSettings, Status
from chalicelib.domain.schedule import slot_start

SETTINGS = ProgramSettings()
JOINED = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)  # Monday 14:00 in Los Angeles


def joined(**changes: object) -> Person:
    base = Person(
        phone="+14155550123",
        status=Status.PENDING,
        timezone="America/Los_Angeles",
        send_time=time(9, 0),
        created_at=JOINED,
    )
    return program.enroll(replace(base, **changes), JOINED, 0, SETTINGS)  # type: ignore[arg-type]


def morning(day: date, zone: str = "America/Los_Angeles") -> datetime:
    return program.daily_send_at(replace(joined(), timezone=zone), day)


def test_the_second_morning_is_day_2_with_its_own_idea() -> None:
    person = joined()
    text = daily.compose(person, morning(date(2026, 11, 24)), SETTINGS)
    assert text.kind == "daily"
    assert text.body.startswith("Day 2 of 21: ")
    assert text.body.endswith("Reply YES or NO.")


def test_a_morning_when_a_milestone_is_due_still_carries_that_days_idea() -> None:
    person = joined()
    wednesday = morning(date(2026, 11, 25))
    text = daily.compose(person, wednesday, SETTINGS)
    assert text.kind == "daily" and "24 hours" not in text.body
    assert text.body == render_daily("daily", 2, day=3, program_days=21)
    # The milestone waits for the check-in it rides on (reflection.py), not for this text.
    assert daily.after_send(person, text, wednesday).milestones_celebrated == frozenset()


def test_a_missed_milestone_is_not_named_late_after_a_bigger_one() -> None:
    person = joined()
    nine_days = int((morning(date(2026, 12, 2)) - JOINED).total_seconds() // 3600)
    assert reflection.new_milestone(person, nine_days) == 168
    assert reflection.celebrated(person, nine_days) == frozenset({24, 72, 168})
    named = replace(person, milestones_celebrated=frozenset({24, 72, 168}))
    assert reflection.new_milestone(named, nine_days) is None


def test_after_a_reported_contact_the_next_days_get_restart_texts() -> None:
    person = replace(joined(), ideas_sent=frozenset({0, 1, 2}))  # days 2 and 3 have gone
    slipped = program.report_contact(person, JOINED + timedelta(days=3), SETTINGS)
    slipped = replace(slipped, milestones_celebrated=frozenset({24, 72}))
    next_morning = morning(date(2026, 11, 27))
    text = daily.compose(slipped, next_morning, SETTINGS)
    assert text.kind == "restart"
    assert text.body.startswith("Day 2 of 21: ")


def test_a_restart_day_whose_idea_has_not_gone_gets_the_idea() -> None:
    slipped = program.report_contact(joined(), JOINED + timedelta(hours=3), SETTINGS)
    text = daily.compose(slipped, morning(date(2026, 11, 24)), SETTINGS)
    assert text.kind == "daily" and text.ideas == frozenset({0, 1})
    assert text.body == render_daily("daily", 1, day=2, program_days=21)


def test_days_22_to_24_are_the_decision_and_then_quiet_until_the_follow_up() -> None:
    person = replace(joined(), milestones_celebrated=frozenset({24, 72, 168, 336}))
    day_22 = morning(date(2026, 12, 14))
    first = daily.compose(person, day_22, SETTINGS)
    assert first.kind == "decision"
    assert "strength" in first.body and "CONTINUE" in first.body
    person = daily.after_send(person, first, day_22)
    assert person.graduated_at == day_22
    second = daily.compose(person, morning(date(2026, 12, 15)), SETTINGS)
    assert "reason or from fear" in second.body
    person = daily.after_send(person, second, morning(date(2026, 12, 15)))
    third = daily.compose(person, morning(date(2026, 12, 16)), SETTINGS)
    assert "teach you about yourself" in third.body and "DONE" in third.body
    finished = daily.after_send(person, third, morning(date(2026, 12, 16)))
    # Then quiet until the follow-up a month after graduating (follow_up.py).
    assert finished.next_send_at == morning(date(2027, 1, 13))
    assert finished.graduated_at == day_22


def test_day_7_is_a_reflection_built_from_their_own_data() -> None:
    person = replace(
        joined(), kept_checkins=5, urges_beaten=3, journal_entries=2, ratings=(5, 4, 4, 2, 2, 1)
    )
    text = reflection.reflect(person, 7, 21, "6 days")
    assert text.startswith("Day 7 of 21: no contact kept. Looking back: 6 days without contact,")
    assert "a 5/5 day survived" in text and "hard days easing" in text and "3 urges" in text
    assert fits_one_segment(text)


def test_a_reflection_for_someone_who_rarely_replies_has_no_zeros() -> None:
    person = replace(joined(), kept_checkins=1, why="I deserve someone who stays")
    texts = [reflection.reflect(person, day, 21, f"{day - 1} days") for day in (7, 14, 21)]
    assert len(set(texts)) == 3
    for text in texts:
        assert " 0 " not in text and "0," not in text, text
        assert '"I deserve someone who stays"' in text and fits_one_segment(text), text


@pytest.mark.parametrize(
    ("ratings", "trend"),
    [
        ((), "clearer as you rate them"),
        ((2, 2, 4, 5), "harder, so lean on me"),
        ((3, 3, 3), "steadier"),
    ],
)
def test_the_hardness_trend_compares_earlier_and_recent_ratings(
    ratings: tuple[int, ...], trend: str
) -> None:
    assert reflection.hardness_trend(ratings) == trend


def test_a_restart_text_does_not_use_up_a_milestone() -> None:
    person = replace(joined(), ideas_sent=frozenset({0, 1}))  # Tuesday's text has gone
    # Tuesday 20:00: 30 hours in, the 24-hour milestone not yet celebrated.
    slipped = program.report_contact(person, JOINED + timedelta(hours=30), SETTINGS)
    text = daily.compose(slipped, morning(date(2026, 11, 25)), SETTINGS)
    assert text.kind == "restart"
    assert text.milestones == frozenset()


def test_a_paused_person_is_not_due_and_resumes_after_the_pause() -> None:
    person = joined()
    due = person.next_send_at
    assert due is not None
    paused = replace(person, paused_until=due + timedelta(days=2))
    assert daily.check_due(paused, due, due) is daily.Skip.PAUSED
    resumed = cadence.skip_today(paused, due)
    # The pause ends at that morning's send instant, so the first text is the morning after.
    assert resumed.next_send_at == due + timedelta(days=3)


def test_those_who_continue_get_a_weekly_text_a_week_apart() -> None:
    graduated_at = morning(date(2026, 12, 14))
    person = replace(joined(), weekly=True, graduated_at=graduated_at)
    text = daily.compose(person, graduated_at + timedelta(days=7), SETTINGS)
    assert text.kind == "weekly"
    assert text.next_send_at == graduated_at + timedelta(days=14)


def test_the_next_send_is_never_in_a_slot_the_scheduler_already_passed() -> None:
    person = replace(joined(), send_time=time(14, 10))
    just_after_slot_opened = datetime(2026, 11, 24, 22, 3, tzinfo=UTC)  # 14:03 local
    nxt = cadence.next_send_after(person, just_after_slot_opened)
    assert slot_start(nxt) > slot_start(just_after_slot_opened)
    assert nxt.date() == date(2026, 11, 25)


@pytest.mark.parametrize(
    ("zone", "before", "after"),
    [
        ("America/New_York", date(2026, 3, 7), date(2026, 3, 8)),
        ("America/New_York", date(2026, 10, 31), date(2026, 11, 1)),
        ("Europe/London", date(2026, 3, 28), date(2026, 3, 29)),
        ("Europe/London", date(2026, 10, 24), date(2026, 10, 25)),
    ],
)
def test_the_next_send_stays_at_nine_local_across_a_dst_change(
    zone: str, before: date, after: date
) -> None:
    person = replace(joined(), timezone=zone)
    sent_at = program.daily_send_at(person, before)
    nxt = cadence.next_send_after(person, sent_at, earliest_day_offset=1)
    assert program.local_now(person, nxt).time() == time(9, 0)
    assert program.local_now(person, nxt).date() == after
    assert (nxt - sent_at) != timedelta(hours=24)


def test_a_job_for_a_moved_send_time_is_stale() -> None:
    person = joined()
    assert person.next_send_at is not None
    earlier = person.next_send_at - timedelta(days=1)
    assert daily.check_due(person, earlier, person.next_send_at) is daily.Skip.STALE


def test_a_text_more_than_three_hours_late_is_skipped() -> None:
    person = joined()
    due = person.next_send_at
    assert due is not None
    assert daily.check_due(person, due, due + timedelta(hours=2)) is None
    assert daily.check_due(person, due, due + timedelta(hours=3, minutes=1)) is daily.Skip.TOO_LATE


def test_nothing_is_sent_in_quiet_hours() -> None:
    person = replace(joined(), send_time=time(20, 45))
    late_evening = datetime(2026, 11, 25, 5, 10, tzinfo=UTC)  # 21:10 local
    assert cadence.in_quiet_hours(person, late_evening)
    due = datetime(2026, 11, 25, 4, 45, tzinfo=UTC)
    assert (
        daily.check_due(replace(person, next_send_at=due), due, late_evening)
        is daily.Skip.QUIET_HOURS
    )


@pytest.mark.parametrize("status", [Status.PENDING, Status.OPTED_OUT, Status.COMPLETED])
def test_people_who_are_not_active_are_never_due(status: Status) -> None:
    person = replace(joined(), status=status)
    assert person.next_send_at is not None
    assert (
        daily.check_due(person, person.next_send_at, person.next_send_at) is daily.Skip.NOT_ACTIVE
    )


def test_skipping_a_day_moves_to_tomorrows_send_time() -> None:
    person = joined()
    due = person.next_send_at
    assert due is not None
    moved = cadence.skip_today(person, due + timedelta(hours=4))
    assert moved.next_send_at == due + timedelta(days=1)


def test_after_an_outage_past_midnight_only_the_missed_day_is_skipped() -> None:
    person = joined()
    due = datetime(2026, 11, 27, 17, 0, tzinfo=UTC)  # Friday 09:00 in Los Angeles
    one_am_next_day = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    moved = cadence.skip_today(replace(person, next_send_at=due), one_am_next_day)
    assert moved.next_send_at == datetime(2026, 11, 28, 17, 0, tzinfo=UTC)


def test_a_send_time_in_the_very_next_slot_waits_a_day() -> None:
    person = replace(joined(), send_time=time(14, 15))
    at_14_14 = datetime(2026, 11, 24, 22, 14, tzinfo=UTC)  # 14:14 in Los Angeles
    assert cadence.next_send_after(person, at_14_14).date() == date(2026, 11, 25)


def test_the_daily_text_closes_last_nights_crisis_follow_up_so_yes_is_a_check_in() -> None:
    night = JOINED + timedelta(hours=8)
    person = dialogue.ask(joined(), dialogue.CRISIS_FOLLOW, night, about="self_harm")
    morning_at = night + timedelta(hours=10)
    text = daily.compose(person, morning_at, SETTINGS)
    sent = daily.after_send(person, text, morning_at)
    assert dialogue.open_question(sent, morning_at) != dialogue.CRISIS_FOLLOW


@pytest.mark.parametrize(
    ("joined_local", "first_decision_local"),
    [
        ((14, 0), datetime(2026, 12, 14, 14, 0)),  # the 504th hour, that afternoon
        ((7, 0), datetime(2026, 12, 14, 9, 0)),  # the 504th hour came before the send time
        ((22, 30), datetime(2026, 12, 15, 8, 0)),  # the 504th hour in quiet hours: 08:00 after
    ],
)
def test_21_days_is_said_at_the_504th_hour_not_the_morning_before(
    joined_local: tuple[int, int], first_decision_local: datetime
) -> None:
    zone = ZoneInfo("America/Los_Angeles")
    joined_at = datetime(2026, 11, 23, *joined_local, tzinfo=zone).astimezone(UTC)
    base = Person("+14155550123", Status.PENDING, "America/Los_Angeles", time(9, 0), joined_at)
    person = program.enroll(base, joined_at, 0, SETTINGS)
    texts: list[tuple[str, datetime]] = []
    while person.next_send_at is not None and len(texts) < 26:
        now = person.next_send_at
        text = daily.compose(person, now, SETTINGS)
        texts.append((text.kind, now))
        person = daily.after_send(person, text, now)
    decisions = [now for kind, now in texts if kind == "decision"]
    assert len(decisions) == 3
    assert decisions[0] == first_decision_local.replace(tzinfo=zone).astimezone(UTC)
    assert decisions[0] - joined_at >= timedelta(hours=504)
    assert [kind for kind, _ in texts].count("daily") == 20  # days 2 to 21, none lost
