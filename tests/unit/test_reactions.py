"""Tapbacks a phone sends as SMS: which ones say thanks (answered gently after the resources)."""

from __future__ import annotations

import pytest

from chalicelib.domain.reactions import is_fond_reaction, is_reaction, reaction_kind


@pytest.mark.parametrize(
    "body",
    [
        "Liked \u201cCall or text 988 now.\u201d",
        "Loved \u201cI'm here.\u201d",
        "Emphasized \u201cYou matter.\u201d",
        "Reacted \U0001f44d to \u201cYou matter.\u201d",
        "Reacted \u2764\ufe0f to \u201cYou matter.\u201d",
        "\U0001f64f to \u201cYou matter.\u201d",
    ],
)
def test_a_fond_tapback_says_thanks(body: str) -> None:
    assert is_reaction(body) and is_fond_reaction(body)


@pytest.mark.parametrize(
    "body",
    [
        "Disliked \u201cYou matter.\u201d",
        "Laughed at \u201cDay 4 of 21\u201d",
        "Questioned \u201cCall or text 988 now.\u201d",
        "Reacted \U0001f622 to \u201cYou matter.\u201d",
        "liked his post again",
        "loved you so much",
    ],
)
def test_any_other_tapback_or_typed_words_do_not(body: str) -> None:
    assert not is_fond_reaction(body)


def test_the_kinds_are_named() -> None:
    assert reaction_kind("Liked \u201cx\u201d") == "like"
    assert reaction_kind("Reacted \U0001f622 to \u201cx\u201d") == "emoji"
    assert reaction_kind("hello") == ""
