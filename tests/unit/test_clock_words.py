"""Times of day as people text them (issue 12: `TIME 07:30` was read as 7:30pm)."""

from __future__ import annotations

from datetime import time

import pytest

from chalicelib.domain.clock_words import parse_time_of_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:30", time(7, 30)), ("0730", time(7, 30)), ("07.30", time(7, 30)), ("07", time(7, 0)),
        ("7:30", time(19, 30)), ("7", time(19, 0)), ("7am", time(7, 0)), ("19:30", time(19, 30)),
        ("1930", time(19, 30)), ("830pm", time(20, 30)), ("730 am", time(7, 30)),
        ("8 pm", time(20, 0)), ("9", time(9, 0)), ("12:15", time(12, 15)), ("noon", time(12, 0)),
        ("7 in the morning", time(7, 0)), ("730", None), ("25:00", None), ("7:75", None),
    ],
)  # fmt: skip
def test_a_time_of_day_is_read_as_texted(text: str, expected: time | None) -> None:
    assert parse_time_of_day(text) == expected
