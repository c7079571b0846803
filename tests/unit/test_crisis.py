"""The crisis detector catches every labelled crisis and leaves look-alikes and real texts alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from chalicelib.domain.crisis import CrisisKind, Tier, assess_crisis, detect_crisis
from scripts.crisis_report import read_set
from scripts.datasets import burned

DATA = Path(__file__).resolve().parent.parent / "data"

# Look-alikes the detector is known to flag, with why; listed so each one shows as an xfail.
KNOWN_FALSE_POSITIVES: dict[str, str] = {}
MAX_FALSE_POSITIVES = 2
MAX_CORPUS_FLAGGED = 10


def _labelled() -> list[tuple[str, str, str]]:
    lines = (DATA / "crisis_labelled.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "label\tkind\ttext"
    rows = []
    for line in lines[1:]:
        label, kind, text = line.split("\t")
        rows.append((label, kind, text))
    return rows


ROWS = _labelled()
CRISES = [(kind, text) for label, kind, text in ROWS if label == "crisis"]
LOOKALIKES = [text for label, _, text in ROWS if label == "lookalike"]


def test_the_labelled_set_is_well_formed():
    assert {label for label, _, _ in ROWS} == {"crisis", "lookalike"}
    assert {kind for kind, _ in CRISES} == {"self_harm", "danger"}
    assert all(kind == "-" for label, kind, _ in ROWS if label == "lookalike")
    assert len(CRISES) >= 70
    assert len(LOOKALIKES) >= 70
    assert sum(kind == "self_harm" for kind, _ in CRISES) >= 30
    assert sum(kind == "danger" for kind, _ in CRISES) >= 30
    texts = [text for _, _, text in ROWS]
    assert len(texts) == len(set(texts))
    assert set(KNOWN_FALSE_POSITIVES) <= set(LOOKALIKES)


@pytest.mark.parametrize(("kind", "text"), CRISES, ids=[text for _, text in CRISES])
def test_every_labelled_crisis_is_detected_with_its_kind(kind, text):
    assert detect_crisis(text) == CrisisKind(kind)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, marks=pytest.mark.xfail(reason=KNOWN_FALSE_POSITIVES[text], strict=True))
        if text in KNOWN_FALSE_POSITIVES
        else text
        for text in LOOKALIKES
    ],
    ids=LOOKALIKES,
)
def test_lookalike_is_not_a_crisis(text):
    assert detect_crisis(text) is None


def test_lookalike_false_positives_are_at_most_two():
    flagged = [text for text in LOOKALIKES if detect_crisis(text) is not None]
    print(f"look-alike false positives: {len(flagged)}/{len(LOOKALIKES)}")
    assert len(flagged) <= MAX_FALSE_POSITIVES, flagged
    assert sorted(flagged) == sorted(KNOWN_FALSE_POSITIVES)


@pytest.mark.parametrize(
    "text", ["", " ", "\n\t  \r\n", "😭😭😭", "💔🙃", "👍", "你好，明天见", "我今天很好，谢谢", "?"]
)
def test_empty_emoji_and_chinese_texts_are_not_a_crisis(text):
    assert detect_crisis(text) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I DON\u2019T WANT TO LIVE ANYMORE", CrisisKind.SELF_HARM),
        ("He\u2019s  following\tme", CrisisKind.DANGER),
        ("he hit me and i want to die", CrisisKind.SELF_HARM),
        ("i'm dying to see him but honestly i want to kill myself", CrisisKind.SELF_HARM),
        ("she hit me up last week and tonight he hit me", CrisisKind.DANGER),
        ("i overdosed on chocolate and now i'm thinking about an overdose", CrisisKind.SELF_HARM),
        ("he followed me on insta and then followed me home", CrisisKind.DANGER),
    ],
)
def test_a_lookalike_never_hides_a_second_real_signal(text, kind):
    assert detect_crisis(text) == kind


# Hyperbole that uses the crisis words themselves: flagged on purpose, because a caring
# check-in costs little and a missed crisis costs everything.
@pytest.mark.parametrize(
    "text",
    [
        "i want to die lol he saw my story",
        "ugh i could kill myself for leaving my keys at his place",
        "he's gonna kill me when he finds out",
    ],
)
def test_hyperbole_in_crisis_words_is_flagged_on_purpose(text):
    assert detect_crisis(text) is not None


def test_real_sms_corpus_is_rarely_flagged():
    lines = (DATA / "sms_corpus.tsv").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 5574
    flagged = []
    for line in lines:
        _, text = line.split("\t", 1)
        kind = detect_crisis(text)
        if kind is not None:
            flagged.append(f"{kind:<9} {text[:100]}")
    print(f"\n{len(flagged)} of {len(lines)} real texts flagged:")
    print("\n".join(flagged))
    assert len(flagged) <= MAX_CORPUS_FLAGGED


# The tiered training sets (scripts/crisis_report.py reads the same files). A few known misses
# are allowed, each listed; the held-out set is scored by the report, never asserted here.
TIERED = [row for name in ("crisis_training.tsv", *burned("crisis")) for row in read_set(name)]


@pytest.mark.parametrize(
    "row", [row for row in TIERED if row.label == "crisis"], ids=lambda row: row.text
)
def test_every_tiered_training_crisis_gets_a_crisis_reply(row) -> None:
    # Either kind: an ex's threat of self-harm can read as either, and both replies carry the
    # crisis line and the emergency number.
    assert assess_crisis(row.text) is not None


def test_explicit_training_crises_get_the_full_resources_at_least_98_percent() -> None:
    explicit = [row for row in TIERED if row.label == "crisis" and row.tier == Tier.EXPLICIT]
    full = [
        row
        for row in explicit
        if (s := assess_crisis(row.text))
        and (s.tier is Tier.EXPLICIT or s.kind is CrisisKind.DANGER)  # danger: full in both tiers
    ]
    assert len(full) >= 0.98 * len(explicit)


def test_tiered_training_lookalikes_are_left_alone() -> None:
    lookalikes = [row.text for row in TIERED if row.label == "lookalike"]
    flagged = [text for text in lookalikes if assess_crisis(text)]
    # A handful are asked about on purpose ("feeling hopeless about dating apps", "I'll walk into
    # the sea lol"): asking costs little. The held-out rate is what crisis_report prints.
    assert len(flagged) <= 0.015 * len(lookalikes), flagged


def test_the_patterns_are_compiled_on_first_use_not_at_import() -> None:
    import subprocess
    import sys

    code = (
        "import chalicelib.domain.crisis as c; before = c._tables.cache_info().currsize;"
        "c.assess_crisis('hi'); print(before, c._tables.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "1"]
