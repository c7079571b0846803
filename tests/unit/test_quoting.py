"""A person's own words, handed back inside one GSM-7 segment."""

from __future__ import annotations

from chalicelib.domain.gsm7 import is_gsm7, septet_length
from chalicelib.domain.quoting import UNSHOWABLE, fit_quote


def test_curly_quotes_and_dashes_are_straightened() -> None:
    assert fit_quote("I\u2019m done \u2014 really", 80) == "I'm done - really"


def test_long_words_are_cut_at_a_word_with_an_ellipsis() -> None:
    quote = fit_quote("I miss you so much and I keep thinking about the summer " * 4, 40)
    assert quote.endswith("...") and septet_length(quote) <= 40 and is_gsm7(quote)


def test_words_gsm7_cannot_carry_are_named_not_left_empty() -> None:
    assert fit_quote("\U0001f494\U0001f494", 80) == UNSHOWABLE
    assert fit_quote("\u6211\u60f3\u4f60", 80) == UNSHOWABLE
    assert len(UNSHOWABLE) <= 80
