"""A look-alike mask hides an idiom, never the risk beside it.

Masks once reached across sentences: "going on holiday next week but honestly im going to take
all my pills tonight" and "she didnt reply. ... i've found the spot" were read as nothing. Each
explicit text below must keep its full resources whatever ordinary words come before or after.
"""

from __future__ import annotations

import pytest

from chalicelib.domain.crisis import CrisisKind, Tier, assess_crisis

EXPLICIT = (
    "im going to take all my pills tonight",
    "im off to the bridge to jump off it",
    "off to the woods with the rope tonight",
    "i'm going to kill myself tonight",
    "took 30 of my sleeping tablets an hour ago",
    "he's outside my door with a knife saying he'll kill me",
)
BEFORE = (
    "going on holiday next week but honestly ",
    "she didnt reply. ",
    "kept it today, 4/5. ",
    "off to bali next month. ",
    "took all my meds today like a good girl. ",
    "cant sleep thinking about him. ",
    "he asked me to leave him alone. ",
    "i'm going to die of embarrassment. ",
    "i cant breathe when i think about him. ",
)
AFTER = (
    "",
    ". booked a flight to see my sister next week",
    ". she didnt reply",
    ". going for a walk",
)


@pytest.mark.parametrize("core", EXPLICIT)
@pytest.mark.parametrize("before", BEFORE)
@pytest.mark.parametrize("after", AFTER)
def test_ordinary_words_around_an_explicit_text_never_hide_it(
    core: str, before: str, after: str
) -> None:
    signal = assess_crisis(before + core + after)
    assert signal is not None
    assert signal.tier is Tier.EXPLICIT or signal.kind is CrisisKind.DANGER


@pytest.mark.parametrize("core", EXPLICIT)
def test_each_explicit_text_alone_gets_the_full_resources(core: str) -> None:
    signal = assess_crisis(core)
    assert signal is not None and (signal.tier is Tier.EXPLICIT or signal.kind is CrisisKind.DANGER)


@pytest.mark.parametrize(
    "text",
    [
        "i cant breathe when i think about him",  # a stranger's: it got the abuse hotline
        "i can't breathe every time i see her stories",
        "cant breathe whenever i remember that night we broke up",
    ],
)
def test_heartache_that_takes_the_breath_away_is_not_an_emergency(text: str) -> None:
    assert assess_crisis(text) is None


@pytest.mark.parametrize(
    "text",
    ["he is choking me i cant breathe", "i cant breathe when i see his car outside my house"],
)
def test_a_struggle_to_breathe_beside_danger_is_still_danger(text: str) -> None:
    signal = assess_crisis(text)
    assert signal is not None and signal.kind is CrisisKind.DANGER
