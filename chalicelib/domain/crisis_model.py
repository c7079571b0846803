"""A second crisis reader for wordings the phrase tables miss: a linear model over words, word
pairs and letter n-grams, trained by scripts/train_crisis_model.py; no I/O beyond loading its
weights (chalicelib/content/crisis_model.json) on first use.

Why: on held-out texts the phrase tables caught about 64% of crises in fresh wording (see
scripts/crisis_report.py). A model generalises from the same labelled texts to wordings it has
not seen. It only adds crisis replies; it never removes one the tables found.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from chalicelib.domain.understanding.text import normalize

_MODEL = Path(__file__).resolve().parent.parent / "content" / "crisis_model.json"
_TOKEN = re.compile(r"[a-z0-9']+|[^\w\s]")


def features(body: str) -> list[str]:
    """The model's features for a text: words (w:), adjacent pairs (b:), letter 3- and 4-grams
    inside words (c:). Emoji and punctuation are words of their own."""
    tokens = _TOKEN.findall(normalize(body))
    found = [f"w:{token}" for token in tokens]
    found += [f"b:{first} {second}" for first, second in itertools.pairwise(tokens)]
    for token in tokens:
        if token.isalpha() and len(token) > 2:
            padded = f"<{token}>"
            for size in (3, 4):
                found += [f"c:{padded[i : i + size]}" for i in range(len(padded) - size + 1)]
    return sorted(set(found))


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]  # "none", "self_harm", "danger"
    intercepts: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float  # P(not none) at or above which a text is a crisis
    # Explicit vs possible self-harm: an intercept, weights and the P(explicit) that escalates.
    urgency_intercept: float = 0.0
    urgency_weights: dict[str, float] = field(default_factory=dict)
    urgency_threshold: float = 1.0

    def probabilities(self, body: str) -> dict[str, float]:
        """Softmax over the classes for one text."""
        scores = list(self.intercepts)
        for feature in features(body):
            row = self.weights.get(feature)
            if row is not None:
                scores = [score + weight for score, weight in zip(scores, row, strict=True)]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {name: value / total for name, value in zip(self.classes, exps, strict=True)}

    def explicit_probability(self, body: str) -> float:
        """P(explicit | self-harm) for a text already read as self-harm."""
        score = self.urgency_intercept + sum(
            self.urgency_weights.get(feature, 0.0) for feature in features(body)
        )
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def reads_explicit(self, body: str) -> bool:
        """The urgency model puts this self-harm text in the explicit tier."""
        return self.explicit_probability(body) >= self.urgency_threshold

    def crisis_kind(self, body: str) -> str | None:
        """ "self_harm" or "danger" when P(crisis) reaches the threshold, else None."""
        probabilities = self.probabilities(body)
        if 1.0 - probabilities["none"] < self.threshold:
            return None
        return max((c for c in self.classes if c != "none"), key=probabilities.__getitem__)


@functools.cache
def model() -> Model:
    data = json.loads(_MODEL.read_text(encoding="utf-8"))
    urgency = data.get("urgency", {})
    return Model(
        classes=tuple(data["classes"]),
        intercepts=tuple(data["intercepts"]),
        weights={name: tuple(row) for name, row in data["weights"].items()},
        threshold=float(data["threshold"]),
        urgency_intercept=float(urgency.get("intercept", 0.0)),
        urgency_weights={name: float(w) for name, w in urgency.get("weights", {}).items()},
        urgency_threshold=float(urgency.get("threshold", 1.0)),
    )
