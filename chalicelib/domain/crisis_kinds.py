"""What a crisis text suggests, and how sure we are of it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CrisisKind(StrEnum):
    SELF_HARM = "self_harm"  # suicide, self-harm, overdose, not wanting to live
    DANGER = "danger"  # threats, stalking or violence from the ex or anyone


class Tier(StrEnum):
    # Stated intent, a plan, an act, or danger now: the full resources at once.
    EXPLICIT = "explicit"
    # Hopelessness, a burden, a passive wish, a farewell act, an ambiguous means: ask directly.
    POSSIBLE = "possible"


@dataclass(frozen=True)
class CrisisSignal:
    kind: CrisisKind
    tier: Tier
    # "rules" (the phrase tables) or "model" (crisis_model.py, for wordings the tables miss).
    source: str = "rules"
