"""Every reply the coach can send renders to one GSM-7 segment, even with worst-case values."""

from __future__ import annotations

import string
from zoneinfo import available_timezones

import pytest

from chalicelib.content import has_reply, render_daily, render_reply, reply_keys, reply_template
from chalicelib.domain import safety, their_reason
from chalicelib.domain.conversation import WHY_QUOTE_SEPTETS
from chalicelib.domain.gsm7 import fits_one_segment, is_gsm7
from chalicelib.domain.reflection import MILESTONE_HOURS
from chalicelib.domain.tools import MAX_PRIVATE_TEXT
from chalicelib.services.daily import DRAFT_QUOTE_SEPTETS
from chalicelib.settings import MAX_OPERATOR_CONTACT

WORST_CASE = {
    "program_days": 21,
    "day": 21,
    "days": 99999 // 24,
    "hours": 99999,
    "clock": "99999 hours",
    "hours_part": 23,
    "days_ago": "20+ days",
    "best_days": 9999,
    "best": "9999 days",
    "best_kept": "your best streak of 9999 days stays yours",
    "total_days": 9999,
    "rating": 5,
    "send_time": "12:45pm",
    "contact": "x" * MAX_OPERATOR_CONTACT,
    "urges_beaten": 99999,
    "journal_entries": 99999,
    "why": "x" * WHY_QUOTE_SEPTETS,
    "next_day": "Wednesday",
    "date": "Sep 30",
    "count": 5,
    "weekday": "Wednesday",
    "timezone": max(available_timezones(), key=len),
    "until": "Wed Sep 30",
    "draft": "x" * DRAFT_QUOTE_SEPTETS,
    "milestone": max((render_daily("milestones", h) for h in MILESTONE_HOURS), key=len),
    "emergency": "your local emergency number",
    "crisis_line": max(
        (safety.crisis_line(c) for c in [*safety.countries_with_resources(), None]), key=len
    ),
}


def _fields(template_key: str) -> set[str]:
    template = reply_template(template_key)
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", reply_keys())
def test_every_reply_is_one_gsm7_segment_with_worst_case_values(key: str) -> None:
    assert _fields(key) <= WORST_CASE.keys(), "a new placeholder needs a worst case here"
    if key.endswith(their_reason.TWIN):
        # A reply that hands back their reason cuts it to the room left: the longest WHY.
        plain = key.removesuffix(their_reason.TWIN)
        assert has_reply(plain), f"{key} is a twin of no reply"
        text = their_reason.render(plain, "x" * MAX_PRIVATE_TEXT, WORST_CASE)
        assert "xxxxxxxxxxxxxxxxxxxx" in text, f"{key} leaves too little room for their reason"
    else:
        text = render_reply(key, **WORST_CASE)
    assert is_gsm7(text), f"{key} has a character outside GSM-7"
    assert fits_one_segment(text), f"{key} renders to {len(text)} characters"


def test_the_catalog_is_not_empty() -> None:
    assert len(reply_keys()) >= 15


@pytest.mark.parametrize("country", [*safety.countries_with_resources(), None])
def test_an_opt_out_after_danger_names_the_abuse_line_in_one_segment(country: str | None) -> None:
    text = render_reply("opted_out_in_crisis", crisis_line=safety.danger_line(country))
    assert is_gsm7(text) and fits_one_segment(text), text
