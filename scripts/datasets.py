"""Which labelled sets are training and which one is held out, in one place.

A held-out set is written by someone without sight of the reader or detector, measured once,
and then burned: renamed `*_burned.tsv`, after which it is training data like any other. The
held-out name below is the only set never tuned on; nothing that trains or tests reads it.
"""

from __future__ import annotations

import re
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
CRISIS_HELD_OUT = "crisis_heldout_v16.tsv"
INTENTS_HELD_OUT = "intents_heldout_v17.tsv"


def burned(prefix: str) -> list[str]:
    """File names of the burned held-out sets for `prefix` ("crisis", "intents"), oldest first."""
    names = [path.name for path in DATA.glob(f"{prefix}_heldout_v*_burned.tsv")]
    return sorted(names, key=lambda name: int(re.findall(r"_v(\d+)_", name)[0]))
