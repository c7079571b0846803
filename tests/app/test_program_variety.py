"""Variety with meaning (issue 12): the frequent replies have three wordings each, taken in
turn so that nobody reads the same words twice running; through the signed webhook."""

from __future__ import annotations

import pytest

from chalicelib.content import reply_keys
from tests.support import ManualClock, Phone


def test_three_days_of_check_ins_read_three_different_replies(
    enrolled: Phone, clock: ManualClock
) -> None:
    replies = []
    for _ in range(3):
        clock.advance(days=1)
        replies.append(enrolled.say("YES"))
    assert len(set(replies)) == 3, replies
    assert all("no contact" in r.lower() or "kept" in r for r in replies), replies


@pytest.mark.parametrize("text", ["i looked at his instagram", "he texted me and i didnt answer"])
def test_the_same_news_twice_is_not_met_with_the_same_words(enrolled: Phone, text: str) -> None:
    first, second, third = enrolled.say(text), enrolled.say(text), enrolled.say(text)
    assert len({first, second, third}) == 3, (first, second, third)


def test_two_slips_read_different_restart_replies_each_asking_what_set_it_off(
    enrolled: Phone, clock: ManualClock
) -> None:
    first = enrolled.say("I texted him")
    clock.advance(days=2)
    second = enrolled.say("I texted him")
    assert first != second and first.endswith("?") and second.endswith("?")


@pytest.mark.parametrize(
    "key",
    [
        "checkin_kept", "rating_logged", "rating_logged_easy", "rating_logged_hard",
        "contact_reported", "looked", "ex_reached_out", "urge_followup",
    ],
)  # fmt: skip
def test_every_frequent_reply_has_three_wordings(key: str) -> None:
    assert {key, f"{key}_2", f"{key}_3"} <= set(reply_keys())
