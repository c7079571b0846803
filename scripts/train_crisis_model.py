"""`python -m scripts.train_crisis_model`: trains chalicelib/content/crisis_model.json.

Positives: every crisis text in the training sets (never the held-out set). Negatives: their
look-alikes, every labelled intent text (people in the program writing about their day), and the
5,574 real texts of the UCI SMS corpus. A multinomial logistic regression (scikit-learn) over the
features of chalicelib/domain/crisis_model.py; the threshold is chosen from 5-fold
cross-validated probabilities on the training texts alone, as the lowest P(crisis) that keeps
look-alike false alarms at or under TARGET_FALSE_ALARMS. Deterministic: the same data gives the
same file.

A second, binary model reads how urgent a self-harm text is (explicit vs possible, trained on
the labelled self-harm texts alone): possible risk it reads as explicit at or above
EXPLICIT_THRESHOLD gets the full resources rather than the direct question. Its 5-fold
cross-validated figures are printed; over-reading possible risk costs little (the full
resources), under-reading explicit risk costs a question before the help.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

from chalicelib.domain.crisis import mask_lookalikes
from chalicelib.domain.crisis_model import features
from scripts.crisis_report import corpus_texts, training_rows
from scripts.intent_report import read_set as read_intents
from scripts.intent_report import training_sets

OUT = Path(__file__).resolve().parent.parent / "chalicelib" / "content" / "crisis_model.json"
CLASSES = ("none", "self_harm", "danger")
# 4% let the model alone answer about one everyday text in six with a crisis reply (a tester's
# "he texted me again", "what happens after 21 days"); the phrase tables carry recall.
TARGET_FALSE_ALARMS = 0.015
# Weights this small change no reading; leaving them out keeps the file small.
PRUNE_BELOW = 0.02
REGULARISATION = 1.0
# Cross-validated on the training texts (2026-12-01): 0.7 caught 894/1,021 (87.6%) of explicit
# self-harm and read 39/796 (4.9%) of possible risk as explicit; 0.5 gave 92.5% / 9.0%. Not
# lower: "this isnt helping, end it" (0.61) and a bare "i have a plan" (0.68) stay a question,
# since asking is how an opt-out, a weekend plan and an ending of their life are told apart.
EXPLICIT_THRESHOLD = 0.7


def dataset() -> tuple[list[str], list[int], list[bool]]:
    """Texts, class indexes, and whether each is a look-alike (for the threshold)."""
    texts, labels, lookalike = [], [], []
    for row in training_rows():
        texts.append(row.text)
        labels.append(CLASSES.index(row.kind) if row.label == "crisis" else 0)
        lookalike.append(row.label == "lookalike")
    for name in training_sets():
        for intent in read_intents(name):
            texts.append(intent.text)
            labels.append(0)
            lookalike.append(True)
    for text in corpus_texts():
        texts.append(text)
        labels.append(0)
        lookalike.append(False)
    return texts, labels, lookalike


def _masked_features(text: str) -> list[str]:
    # The detector reads the model with idioms masked ("hit me up"); train on the same view.
    return features(mask_lookalikes(text))


def _model() -> LogisticRegression:
    return LogisticRegression(C=REGULARISATION, class_weight="balanced", max_iter=3000)


def choose_threshold(
    crisis_probability: list[float], labels: list[int], lookalike: list[bool]
) -> float:
    negatives = sorted(
        (p for p, label, hard in zip(crisis_probability, labels, lookalike, strict=True)
         if label == 0 and hard),
        reverse=True,
    )  # fmt: skip
    allowed = int(TARGET_FALSE_ALARMS * len(negatives))
    return round(min(0.95, max(0.5, negatives[allowed] + 1e-6)), 4)


def urgency_dataset() -> tuple[list[str], list[int]]:
    """Self-harm texts with a tier: 1 for explicit, 0 for possible."""
    tiers = ("explicit", "possible")
    rows = [
        row for row in training_rows()
        if row.label == "crisis" and row.kind == "self_harm" and row.tier in tiers
    ]  # fmt: skip
    return [row.text for row in rows], [int(row.tier == "explicit") for row in rows]


def urgency_model() -> dict[str, object]:
    """The explicit-vs-possible model's JSON section, after printing its cross-validated figures."""
    texts, labels = urgency_dataset()
    vectorizer = CountVectorizer(analyzer=_masked_features, binary=True, min_df=2)
    matrix = vectorizer.fit_transform(texts)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    held = cross_val_predict(_model(), matrix, labels, cv=folds, method="predict_proba")[:, 1]
    explicit = [p for p, label in zip(held, labels, strict=True) if label]
    possible = [p for p, label in zip(held, labels, strict=True) if not label]
    caught = sum(p >= EXPLICIT_THRESHOLD for p in explicit)
    raised = sum(p >= EXPLICIT_THRESHOLD for p in possible)
    print(
        f"cross-validated urgency at {EXPLICIT_THRESHOLD}: explicit {caught}/{len(explicit)},"
        f" possible read as explicit {raised}/{len(possible)}"
    )
    fitted = _model().fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(fitted.coef_[0][i]), 4)
        for i, name in enumerate(names)
        if abs(float(fitted.coef_[0][i])) >= PRUNE_BELOW
    }
    return {
        "intercept": round(float(fitted.intercept_[0]), 4),
        "threshold": EXPLICIT_THRESHOLD,
        "weights": dict(sorted(weights.items())),
    }


def main() -> int:
    texts, labels, lookalike = dataset()
    vectorizer = CountVectorizer(analyzer=_masked_features, binary=True, min_df=2)
    matrix = vectorizer.fit_transform(texts)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=7)
    held = cross_val_predict(_model(), matrix, labels, cv=folds, method="predict_proba")
    crisis_probability = [1.0 - row[0] for row in held]
    threshold = choose_threshold(crisis_probability, labels, lookalike)
    caught = sum(
        p >= threshold for p, label in zip(crisis_probability, labels, strict=True) if label
    )
    positives = sum(1 for label in labels if label)
    print(f"cross-validated recall at threshold {threshold}: {caught}/{positives}")

    fitted = _model().fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): [round(float(fitted.coef_[k][i]), 4) for k in range(len(CLASSES))]
        for i, name in enumerate(names)
        if max(abs(float(fitted.coef_[k][i])) for k in range(len(CLASSES))) >= PRUNE_BELOW
    }
    document = {
        "_comment": "Trained by scripts/train_crisis_model.py; do not edit by hand.",
        "classes": list(CLASSES),
        "intercepts": [round(float(v), 4) for v in fitted.intercept_],
        "threshold": threshold,
        "weights": dict(sorted(weights.items())),
        "urgency": urgency_model(),
    }
    OUT.write_text(json.dumps(document, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {OUT.name}: {len(weights)} features")
    # The tables' stored opcodes (chalicelib/domain/precompiled.py), from a fresh interpreter.
    return subprocess.run([sys.executable, "-m", "scripts.precompile"], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
