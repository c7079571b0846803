"""The crisis model: trained reproducibly from the training sets alone, and only ever adding
the possible tier to what the phrase tables found (explicit only when the text says the act is
done, decided or timed)."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys

from chalicelib.domain import crisis_model
from chalicelib.domain.crisis import CrisisKind, Tier, assess_crisis, mask_lookalikes
from chalicelib.domain.crisis_patterns import ESCALATE_SELF_HARM
from scripts.crisis_report import training_rows
from scripts.datasets import CRISIS_HELD_OUT, INTENTS_HELD_OUT, burned
from scripts.intent_report import training_sets
from tests.conftest import PROJECT_DIR

MODEL = PROJECT_DIR / "chalicelib" / "content" / "crisis_model.json"


def test_retraining_reproduces_the_committed_model(tmp_path) -> None:
    before = MODEL.read_bytes()
    try:
        subprocess.run(
            [sys.executable, "-m", "scripts.train_crisis_model"],
            cwd=PROJECT_DIR,
            check=True,
            capture_output=True,
            timeout=300,
        )
        assert MODEL.read_bytes() == before, "retrain and commit crisis_model.json"
    finally:
        MODEL.write_bytes(before)


def test_the_model_never_sees_the_held_out_sets() -> None:
    training = {"crisis_labelled.tsv", "crisis_training.tsv", *burned("crisis"), *training_sets()}
    assert CRISIS_HELD_OUT not in training and INTENTS_HELD_OUT not in training
    assert all(name.endswith("_burned.tsv") for name in burned("crisis") + burned("intents"))
    source = (PROJECT_DIR / "scripts" / "train_crisis_model.py").read_text()
    assert "HELD_OUT" not in source and "heldout_v" not in source
    assert "HELD_OUT" not in inspect.getsource(training_rows)


def test_a_reading_only_the_model_finds_is_the_possible_tier_unless_it_says_done() -> None:
    model = crisis_model.model()
    data = json.loads(MODEL.read_text())
    assert model.classes == ("none", "self_harm", "danger")
    assert 0.3 <= model.threshold <= 0.95 and data["threshold"] == model.threshold
    escalator = re.compile(ESCALATE_SELF_HARM)
    readings = [(row.text, assess_crisis(row.text)) for row in training_rows()]
    by_model = [(text, s) for text, s in readings if s is not None and s.source == "model"]
    assert by_model, "the model reads some wordings the tables miss"
    for text, signal in by_model:
        masked = mask_lookalikes(text)
        urgent = escalator.search(masked) or model.reads_explicit(masked)
        done = signal.kind is CrisisKind.SELF_HARM and urgent
        assert signal.tier is (Tier.EXPLICIT if done else Tier.POSSIBLE), text
    assert any(signal.tier is Tier.EXPLICIT for _, signal in by_model)
    assert assess_crisis("i want to kill myself").tier is Tier.EXPLICIT  # the tables first
    assert assess_crisis("yes 3") is None
    assert CrisisKind.SELF_HARM.value in model.classes
