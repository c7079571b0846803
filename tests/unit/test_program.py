"""The no-contact clock, streaks, check-in days and send times, without AWS."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from chalicelib.domain import program
from chalicelib.domain.model import Person, ProgramSettings, Status

SETTINGS = ProgramSettings()
T0 = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)  # 14:00 in Los Angeles


def person(**changes: object) -> Person:
    base = Person(
        phone="+14155550123",
        status=Status.PENDING,
        timezone="America/Los_Angeles",
        send_time=time(9, 0),
        created_at=T0,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_the_clock_starts_at_consent() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    reading = program.read_clock(enrolled, T0 + timedelta(hours=30), SETTINGS)
    assert enrolled.status is Status.ACTIVE
    assert reading.hours == 30
    assert reading.day_of_program == 2


def test_program_days_are_local_calendar_days() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)  # Monday 14:00 in Los Angeles
    tuesday_morning = T0 + timedelta(hours=19)
    assert program.read_clock(enrolled, tuesday_morning, SETTINGS).day_of_program == 2
    assert program.read_clock(enrolled, T0 + timedelta(hours=9), SETTINGS).day_of_program == 1


def test_a_named_past_contact_backdates_the_clock() -> None:
    enrolled = program.enroll(person(), T0, 3, SETTINGS)
    reading = program.read_clock(enrolled, T0, SETTINGS)
    assert reading.whole_days == 3
    assert reading.day_of_program == 4


def test_backdating_is_capped_so_the_program_still_has_a_day_left() -> None:
    enrolled = program.enroll(person(), T0, 99, SETTINGS)
    assert program.read_clock(enrolled, T0, SETTINGS).whole_days == SETTINGS.max_backdated_days


def test_consent_is_recorded_with_the_wording_version() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    assert enrolled.consent_at == T0
    assert enrolled.consent_version == SETTINGS.consent_version


def test_a_reported_contact_restarts_the_clock_but_keeps_best_and_total() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    slipped = program.report_contact(enrolled, T0 + timedelta(days=5), SETTINGS)
    later = program.read_clock(slipped, T0 + timedelta(days=7), SETTINGS)
    assert later.whole_days == 2
    assert later.best_days == 5
    assert later.total_days == 7
    assert slipped.contacts_reported == 1


def test_best_streak_follows_the_current_streak_once_it_is_longer() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    slipped = program.report_contact(enrolled, T0 + timedelta(days=2), SETTINGS)
    assert program.read_clock(slipped, T0 + timedelta(days=10), SETTINGS).best_days == 8


def test_missed_check_ins_never_move_the_clock() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    ten_days_of_silence = program.read_clock(enrolled, T0 + timedelta(days=10), SETTINGS)
    assert ten_days_of_silence.whole_days == 10


def test_the_program_is_complete_at_504_hours() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    assert not program.read_clock(enrolled, T0 + timedelta(hours=503), SETTINGS).program_complete
    done = program.read_clock(enrolled, T0 + timedelta(hours=504), SETTINGS)
    assert done.program_complete
    assert done.day_of_program == 21
    assert done.calendar_day == 22


def test_an_evening_check_in_counts_for_today() -> None:
    enrolled = program.enroll(person(), T0 - timedelta(days=3), 0, SETTINGS)
    evening = datetime(2026, 11, 24, 4, 0, tzinfo=UTC)  # 20:00 on the 23rd in Los Angeles
    assert program.checkin_day(enrolled, evening, SETTINGS) == date(2026, 11, 23)


def test_yesterdays_answer_is_accepted_the_next_morning() -> None:
    enrolled = program.enroll(person(), T0 - timedelta(days=3), 0, SETTINGS)
    morning = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)  # 09:00 on the 24th in Los Angeles
    assert program.checkin_day(enrolled, morning, SETTINGS) == date(2026, 11, 23)


def test_a_morning_answer_counts_for_today_once_yesterday_has_one() -> None:
    enrolled = program.enroll(person(), T0 - timedelta(days=3), 0, SETTINGS)
    checked = program.record_checkin(enrolled, date(2026, 11, 23), kept=True)
    morning = datetime(2026, 11, 24, 17, 0, tzinfo=UTC)
    assert program.checkin_day(checked, morning, SETTINGS) == date(2026, 11, 24)


def test_someone_who_joined_today_cannot_answer_for_yesterday() -> None:
    morning = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # 08:00 in Los Angeles
    enrolled = program.enroll(person(), morning, 0, SETTINGS)
    assert program.checkin_day(enrolled, morning + timedelta(hours=1), SETTINGS) == date(
        2026, 11, 24
    )


def test_check_in_days_follow_the_persons_own_zone_not_utc() -> None:
    enrolled = program.enroll(person(timezone="Asia/Tokyo"), T0 - timedelta(days=3), 0, SETTINGS)
    # 22:00 UTC on the 23rd is 07:00 on the 24th in Tokyo: the morning grace answers for the 23rd.
    assert program.checkin_day(enrolled, T0, SETTINGS) == date(2026, 11, 23)
    assert program.checkin_day(enrolled, T0 + timedelta(hours=6), SETTINGS) == date(2026, 11, 24)


def test_the_first_daily_text_is_the_next_local_morning() -> None:
    enrolled = program.enroll(person(), T0, 0, SETTINGS)
    assert enrolled.next_send_at == datetime(2026, 11, 24, 17, 0, tzinfo=UTC)


def test_daily_send_time_follows_daylight_saving_in_new_york() -> None:
    someone = person(timezone="America/New_York")
    before = program.daily_send_at(someone, date(2026, 3, 7))
    after = program.daily_send_at(someone, date(2026, 3, 9))
    assert (before.hour, after.hour) == (14, 13)


def test_daily_send_time_follows_british_summer_time() -> None:
    someone = person(timezone="Europe/London")
    assert program.daily_send_at(someone, date(2026, 3, 28)).hour == 9
    assert program.daily_send_at(someone, date(2026, 3, 30)).hour == 8
