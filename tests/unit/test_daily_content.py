"""The scheduled coaching texts are complete, well-formed, and each fits one GSM-7 SMS segment."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

import pytest

from chalicelib.domain import extra_support, safety
from chalicelib.domain.gsm7 import fits_one_segment, is_gsm7

DAILY_JSON = Path(__file__).resolve().parents[2] / "chalicelib" / "content" / "daily.json"

PREFIX = "Day {day} of {program_days}: "
ALLOWED_FIELDS = frozenset(
    {"day", "program_days", "hours", "best_days", "best", "total_days", "weeks"}
    | {"kept", "urges_beaten", "journal", "trend", "crisis_line"}
)
WORST_CASE = {
    "day": 21,
    "program_days": 21,
    "hours": 99999,
    "best_days": 9999,
    "best": "9999 days",
    "total_days": 9999,
    "weeks": 999,
    "kept": 99,
    "urges_beaten": 99999,
    "journal": 99999,
    "crisis_line": max(
        (
            line(c)
            for c in [*safety.countries_with_resources(), None]
            for line in (safety.crisis_line, safety.danger_line)  # the care text takes either
        ),
        key=len,
    ),
    "trend": max(
        ("easier", "harder, so lean on me", "steadier", "clearer as you rate them"), key=len
    ),
}
# 504 hours is celebrated by the decision texts from day 22; the others ride on a check-in.
MILESTONE_HOURS = ("24", "72", "168", "336")


def _content() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DAILY_JSON.read_text(encoding="utf-8"))
    return data


CONTENT = _content()

DAY_TEXTS = [
    *((f"daily-day-{i}", text) for i, text in enumerate(CONTENT["daily"], start=1)),
    *((f"restart-{i}", text) for i, text in enumerate(CONTENT["restart"], start=1)),
    *((f"again-{i}", text) for i, text in enumerate(CONTENT["again"], start=1)),
]
# Words that ride on a kept check-in, after "Day 21 of 21: no contact kept. " (31 characters).
RIDERS = [
    *((f"milestone-{hours}h", text) for hours, text in CONTENT["milestones"].items()),
    *((f"reflection-{i}", text) for i, text in enumerate(CONTENT["reflection"], start=1)),
]
ALL_TEXTS = [
    *DAY_TEXTS,
    *RIDERS,
    *((f"decision-{i}", text) for i, text in enumerate(CONTENT["decision"], start=1)),
    *((f"weekly-{i}", text) for i, text in enumerate(CONTENT["weekly"], start=1)),
    *((f"follow-up-{i}", text) for i, text in enumerate(CONTENT["follow_up"], start=1)),
    *((f"care-{i}", text) for i, text in enumerate(CONTENT["care"], start=1)),
    *((f"evening-{kind}", text) for kind, text in CONTENT["evening"].items()),
]


def _ids(cases: list[tuple[str, str]]) -> list[str]:
    return [name for name, _ in cases]


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


def test_the_file_has_exactly_the_expected_sections() -> None:
    assert set(CONTENT) == {
        "_comment", "daily", "milestones", "restart", "reflection", "decision", "weekly",
        "follow_up", "care", "again", "evening",
    }  # fmt: skip
    assert isinstance(CONTENT["_comment"], str)
    assert CONTENT["_comment"]


def test_there_is_one_daily_text_for_each_of_the_21_days() -> None:
    assert len(CONTENT["daily"]) == 21


def test_every_milestone_from_24_to_336_hours_has_a_text() -> None:
    assert set(CONTENT["milestones"]) == set(MILESTONE_HOURS)


def test_there_is_a_restart_text_for_each_day_of_the_longest_relapse_track() -> None:
    # Three days after a slip by default, five with EXTRA (extra_support.py).
    assert len(CONTENT["restart"]) == len(extra_support.EXTRA_RESTART_DAYS) == 5


def test_the_decision_takes_three_days() -> None:
    assert len(CONTENT["decision"]) == 3
    assert all(text.strip() for text in CONTENT["decision"])


def test_there_are_at_least_four_weekly_texts_to_rotate() -> None:
    assert len(CONTENT["weekly"]) >= 4


def test_no_two_daily_texts_are_the_same() -> None:
    assert len(set(CONTENT["daily"])) == len(CONTENT["daily"])


def test_at_least_one_restart_text_mentions_the_best_streak() -> None:
    assert any("{best}" in text for text in CONTENT["restart"])


def test_at_least_one_weekly_text_counts_the_weeks_since_finishing() -> None:
    assert any("{weeks}" in text for text in CONTENT["weekly"])


def test_the_first_and_last_decision_texts_offer_continue_or_done() -> None:
    for text in (CONTENT["decision"][0], CONTENT["decision"][-1]):
        assert "CONTINUE" in text
        assert "DONE" in text


@pytest.mark.parametrize(("name", "text"), DAY_TEXTS, ids=_ids(DAY_TEXTS))
def test_every_day_text_starts_with_the_day_counter(name: str, text: str) -> None:
    assert text.startswith(PREFIX), f"{name} must start with {PREFIX!r}"


@pytest.mark.parametrize(("name", "text"), DAY_TEXTS, ids=_ids(DAY_TEXTS))
def test_every_day_text_asks_for_a_yes_or_no_check_in(name: str, text: str) -> None:
    assert text.rstrip().endswith("Reply YES or NO."), f"{name} must ask for YES or NO"


@pytest.mark.parametrize(("name", "text"), ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_every_text_uses_only_the_allowed_placeholders(name: str, text: str) -> None:
    assert _fields(text) <= ALLOWED_FIELDS, f"{name} uses {_fields(text) - ALLOWED_FIELDS}"


@pytest.mark.parametrize(("name", "text"), ALL_TEXTS, ids=_ids(ALL_TEXTS))
def test_every_text_fits_one_gsm7_segment_on_day_21_with_worst_case_values(
    name: str, text: str
) -> None:
    rendered = text.format(**WORST_CASE)
    assert is_gsm7(rendered), f"{name} has a character outside GSM-7"
    assert fits_one_segment(rendered), f"{name} renders to {len(rendered)} characters"


@pytest.mark.parametrize(("name", "text"), RIDERS, ids=_ids(RIDERS))
def test_what_rides_on_a_check_in_is_a_sentence_not_a_scheduled_text(name: str, text: str) -> None:
    assert not text.startswith("Day") and "YES or NO" not in text, name
    assert fits_one_segment("Day 21 of 21: no contact kept. " + text), name


def test_each_reflection_closes_differently() -> None:
    assert len(CONTENT["reflection"]) == 3 == len(set(CONTENT["reflection"]))


def test_the_first_week_teaches_the_tools() -> None:
    """URGE by day 2, DRAFT by day 3, then JOURNAL and TIME (issue 12): each named in a daily
    text of days 2 to 6, the texts everyone receives."""
    first_week = " ".join(CONTENT["daily"][1:6])
    assert "URGE" in CONTENT["daily"][1] and "DRAFT" in CONTENT["daily"][2]
    taught = ("URGE", "DRAFT", "JOURNAL", "TIME 7pm", "PAUSE 3")
    assert all(keyword in first_week for keyword in taught)
