"""GSM-7 alphabet and SMS segment rules, checked against Twilio's segment calculator data."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from chalicelib.domain.gsm7 import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    encoding,
    fits_one_segment,
    is_gsm7,
    segment_count,
    septet_length,
)

DATA = json.loads((Path(__file__).parent.parent / "data" / "gsm7.json").read_text("utf-8"))
VECTORS: list[dict[str, Any]] = DATA["segment_test_vectors"]
SAMPLE_EMOJI = ["😀", "👍🏽", "🇮🇹", "🏳️‍🌈", "❤️"]


def _vectors_with(key: str) -> list[Any]:
    return [pytest.param(v["body"], v[key], id=v["description"]) for v in VECTORS if key in v]


def _gotcha_chars(entry: str) -> list[str]:
    # Entries are prose like "’ ‘ “ ” curly quotes" or "NBSP U+00A0"; text in parentheses
    # names exceptions (e.g. é É are GSM-7), so only the part before it lists culprits.
    if entry == "any emoji":
        return SAMPLE_EMOJI
    listed = entry.split("(")[0]
    chars = [token for token in listed.split() if len(token) == 1]
    chars += [chr(int(code, 16)) for code in re.findall(r"U\+([0-9A-F]{4,6})", listed)]
    return chars


GOTCHAS = [
    pytest.param(char, id=f"{entry} -> U+{ord(char[0]):04X}")
    for entry in DATA["not_in_gsm7_common_gotchas"]
    for char in _gotcha_chars(entry)
]


def test_basic_set_matches_reference_table() -> None:
    expected = {row["char"] for row in DATA["basic_charset"] if row["char"] is not None}
    assert expected == GSM7_BASIC
    assert len(GSM7_BASIC) == 127


def test_extension_set_matches_reference_table() -> None:
    assert {row["char"] for row in DATA["extension_table"]} == GSM7_EXTENSION
    assert set(DATA["counts_double_in_gsm7"]) == GSM7_EXTENSION


def test_escape_code_itself_is_not_a_gsm7_character() -> None:
    assert not is_gsm7("\x1b")


def test_every_gotcha_entry_names_at_least_one_character() -> None:
    for entry in DATA["not_in_gsm7_common_gotchas"]:
        assert _gotcha_chars(entry), entry


@pytest.mark.parametrize(("body", "expected"), _vectors_with("expected_segments"))
def test_reference_vector_segment_count(body: str, expected: int) -> None:
    assert segment_count(body) == expected


@pytest.mark.parametrize(("body", "expected"), _vectors_with("expected_encoding"))
def test_reference_vector_encoding(body: str, expected: str) -> None:
    assert encoding(body) == expected


@pytest.mark.parametrize("char", GOTCHAS)
def test_common_gotcha_is_not_gsm7(char: str) -> None:
    assert not is_gsm7(char)
    assert encoding(f"Hello {char} there") == "UCS-2"
    assert not fits_one_segment(char)


def test_one_curly_quote_switches_the_whole_message_to_ucs2() -> None:
    body = "a" * 100 + "’"
    assert encoding(body) == "UCS-2"
    assert segment_count(body) == 2
    assert segment_count("a" * 100 + "'") == 1


def test_one_euro_sign_costs_two_septets() -> None:
    assert septet_length("€") == 2


@pytest.mark.parametrize("char", sorted(GSM7_EXTENSION))
def test_every_extension_char_costs_two_septets(char: str) -> None:
    assert septet_length(char) == 2


def test_basic_chars_cost_one_septet_each() -> None:
    assert septet_length("".join(sorted(GSM7_BASIC))) == 127


def test_septet_length_rejects_text_outside_gsm7() -> None:
    with pytest.raises(ValueError, match="GSM-7"):
        septet_length("café’")


def test_160_plain_chars_fit_one_segment() -> None:
    assert fits_one_segment("x" * 160)
    assert segment_count("x" * 160) == 1


def test_161_plain_chars_do_not_fit_one_segment() -> None:
    assert not fits_one_segment("x" * 161)
    assert segment_count("x" * 161) == 2


def test_159_chars_and_a_euro_sign_do_not_fit_one_segment() -> None:
    body = "x" * 159 + "€"
    assert septet_length(body) == 161
    assert not fits_one_segment(body)
    assert segment_count(body) == 2


def test_158_chars_and_a_euro_sign_fit_one_segment() -> None:
    assert fits_one_segment("x" * 158 + "€")


def test_short_ucs2_text_does_not_fit_one_gsm7_segment() -> None:
    assert not fits_one_segment("ok 😀")
    assert segment_count("ok 😀") == 1


def test_empty_text_is_one_gsm7_segment() -> None:
    assert is_gsm7("")
    assert encoding("") == "GSM-7"
    assert segment_count("") == 1
    assert fits_one_segment("")


def test_concatenated_gsm7_segments_hold_153_septets() -> None:
    assert segment_count("x" * 306) == 2
    assert segment_count("x" * 307) == 3


def test_concatenated_ucs2_segments_hold_67_units() -> None:
    assert segment_count("á" * 70) == 1
    assert segment_count("á" * 134) == 2
    assert segment_count("á" * 135) == 3


def test_escape_pair_is_not_split_across_segments() -> None:
    # 306 septets would fit two 153-septet segments, but the € pair cannot straddle them.
    body = "x" * 152 + "€" + "x" * 152
    assert septet_length(body) == 306
    assert segment_count(body) == 3


def test_surrogate_pair_is_not_split_across_segments() -> None:
    # 134 UTF-16 units would fit two 67-unit segments, but the emoji cannot straddle them.
    body = "á" * 66 + "😀" + "á" * 66
    assert segment_count(body) == 3


def test_combining_accents_stay_with_their_base_letter() -> None:
    # 134 units either way, but the 4-unit grapheme cannot straddle the first boundary.
    body = "á" * 66 + "e\u0301\u0301\u0301" + "á" * 64
    assert segment_count(body) == 3
    assert segment_count("á" * 66 + "eeee" + "á" * 64) == 2
