"""Spots texts that suggest self-harm or danger, in two tiers; no I/O.

The tables live in crisis_patterns.py. They are compiled on the first text a container reads,
not at import, so a cold start's import pays nothing for them (bench/cold_start.py), and from
opcodes stored at build time (precompiled.py), so that first text does not parse them either.
"""

from __future__ import annotations

import functools
import re

from chalicelib.domain import crisis_model, precompiled
from chalicelib.domain import crisis_patterns as table
from chalicelib.domain.crisis_kinds import CrisisKind, CrisisSignal, Tier
from chalicelib.domain.understanding.text import normalize

__all__ = [
    "CrisisKind", "CrisisSignal", "Tier", "already_injured", "already_taken", "assess_crisis",
    "detect_crisis",
]  # fmt: skip

# A sentinel, not "", so the words either side of a masked idiom never join into a new phrase.
_MASK = " ~ "
URGENCY_MIN_WORDS = 4
# Self-harm is checked first: a text that suggests both gets the crisis line it needs most.
_ORDER = (
    (CrisisKind.SELF_HARM, Tier.EXPLICIT),
    (CrisisKind.DANGER, Tier.EXPLICIT),
    (CrisisKind.SELF_HARM, Tier.POSSIBLE),
    (CrisisKind.DANGER, Tier.POSSIBLE),
)


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    return precompiled.compile("|".join(f"(?:{pattern})" for pattern in patterns))


@functools.cache
def _tables() -> tuple[
    re.Pattern[str], tuple[tuple[CrisisSignal, re.Pattern[str] | None, re.Pattern[str] | None], ...]
]:
    rows = tuple(
        (
            CrisisSignal(kind, tier),
            _compile(table.ALWAYS.get((kind, tier), ())),
            _compile(table.UNLESS_LOOKALIKE.get((kind, tier), ())),
        )
        for kind, tier in _ORDER
    )
    lookalike = _compile(table.LOOKALIKES)
    assert lookalike is not None
    return lookalike, rows


@functools.cache
def _denials() -> re.Pattern[str]:
    return precompiled.compile(table.SAFETY_DENIALS)


@functools.cache
def _escalators() -> re.Pattern[str]:
    return precompiled.compile(table.ESCALATE_SELF_HARM)


def _escalated(signal: CrisisSignal, masked: str) -> CrisisSignal:
    """Possible self-harm that also says it is done, decided or timed is explicit, by the
    tables or by the urgency model (scripts/train_crisis_model.py)."""
    possible_self_harm = signal.kind is CrisisKind.SELF_HARM and signal.tier is Tier.POSSIBLE
    # Four words or fewer ("i have a plan") say too little for the model to call it decided:
    # the direct question, with the line in it, lets them say which plan they mean.
    enough = len(masked.split()) > URGENCY_MIN_WORDS
    model_says = enough and crisis_model.model().reads_explicit(masked)
    if possible_self_harm and (_escalators().search(masked) or model_says):
        return CrisisSignal(signal.kind, Tier.EXPLICIT, signal.source)
    return signal


def mask_lookalikes(body: str) -> str:
    """The normalized text with stated denials and everyday idioms ("hit me up") masked out."""
    lookalike, _ = _tables()
    return lookalike.sub(_MASK, _denials().sub(_MASK, normalize(body)))


@functools.cache
def _reported() -> tuple[re.Pattern[str], ...]:
    return tuple(
        precompiled.compile(pattern)
        for pattern in (table.QUOTE, table.FROM_THE_EX, table.TOLD_AS_PAST, table.QUOTED_THREAT)
    )


@functools.cache
def _taken() -> re.Pattern[str]:
    return precompiled.compile(table.ALREADY_TAKEN)


@functools.cache
def _injured() -> re.Pattern[str]:
    return precompiled.compile(table.ALREADY_INJURED)


def compile_tables() -> None:
    """Compiles every table now (scripts.precompile records them; otherwise the first text does)."""
    _tables(), _denials(), _escalators(), _reported(), _taken(), _injured()


def already_taken(body: str) -> bool:
    """The text says an overdose was taken or an injury done: emergency care comes first."""
    return already_injured(body) or (bool(body) and _taken().search(body.lower()) is not None)


def already_injured(body: str) -> bool:
    """The injury half of already_taken: a cut done, bleeding that will not stop."""
    return bool(body) and _injured().search(body.lower()) is not None


def assess_crisis(body: str) -> CrisisSignal | None:
    """The crisis a text suggests and its tier, or None.

    Self-harm wins over danger, and explicit over possible, when a text suggests several. Words
    the text quotes from the ex are read apart from the person's own: explicit risk or a threat
    in them is danger to the person texting ('he sent me "ill kill myself"'), never self-harm.
    """
    quote, from_the_ex, told_as_past, threat = _reported()
    quoted = quote.search(body)
    if quoted is None:
        return _assess(body)
    rest = body[: quoted.start()] + _MASK + body[quoted.end() :]
    words = quoted.group(1) or quoted.group(2)
    from_them = from_the_ex.search(rest.lower()) is not None
    if from_them and threat.search(words.lower()) and not told_as_past.search(rest.lower()):
        # Their threat, whatever an everyday mask makes of the words around it ("...and i
        # didnt answer"): 'he texted "if you dont answer im coming over"' is danger.
        own = _assess(rest)
        return own if own is not None and own.kind is CrisisKind.SELF_HARM else _QUOTED_DANGER
    if not from_them or quote.search(mask_lookalikes(body)) is None:
        return _assess(body)  # not their words, or only a plain quote ('he said "u too"')
    own = _assess(rest)
    if (own is not None and own.kind is CrisisKind.SELF_HARM) or told_as_past.search(rest.lower()):
        return own  # their own words come first; a threat told as long over is not one now
    theirs = _assess(words)
    if theirs is not None and theirs.tier is Tier.EXPLICIT:
        return _QUOTED_DANGER
    if own is None and theirs is not None and theirs.kind is CrisisKind.DANGER:
        return theirs  # 'he messaged "enjoy your last weekend of freedom"': a veiled threat
    return own


_QUOTED_DANGER = CrisisSignal(CrisisKind.DANGER, Tier.EXPLICIT, "quote")


def _assess(body: str) -> CrisisSignal | None:
    text = normalize(body)
    if not text:
        return None
    lookalike, rows = _tables()
    text = _denials().sub(_MASK, text)
    masked = lookalike.sub(_MASK, text)
    for signal, always, unless in rows:
        if (always is not None and always.search(text)) or (
            unless is not None and unless.search(masked)
        ):
            return _escalated(signal, masked)
    # Wordings the tables do not know: the model's reading, as the possible tier (a direct
    # question for self-harm, the resources for danger) unless the text says it is done or
    # decided.
    kind = crisis_model.model().crisis_kind(masked)
    if kind is None:
        return None
    return _escalated(CrisisSignal(CrisisKind(kind), Tier.POSSIBLE, "model"), masked)


def detect_crisis(body: str) -> CrisisKind | None:
    """The kind of crisis a text suggests in either tier, or None."""
    signal = assess_crisis(body)
    return signal.kind if signal is not None else None
