"""`python -m scripts.intent_report`: how the parser reads 5,574 real texts not sent to a coach.

None of these messages (the UCI SMS Spam Collection) were written to a breakup coach, so every
check-in or opt-out found in them is a misfire: the report says how rare those are.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from chalicelib.domain.intents import IntentKind, parse_intent

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "sms_corpus.tsv"
# Readings that would change someone's program if they were wrong.
CONSEQUENTIAL = (IntentKind.KEPT, IntentKind.CONTACTED, IntentKind.STOP, IntentKind.DELETE)


def corpus_texts() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    return [line.split("\t", 1)[1] for line in lines if "\t" in line]


def read_corpus() -> tuple[Counter[IntentKind], dict[IntentKind, list[str]]]:
    counts: Counter[IntentKind] = Counter()
    examples: dict[IntentKind, list[str]] = {}
    for text in corpus_texts():
        kind = parse_intent(text).kind
        counts[kind] += 1
        examples.setdefault(kind, []).append(text)
    return counts, examples


def main() -> int:
    counts, examples = read_corpus()
    total = sum(counts.values())
    print(f"{total} real texts (UCI SMS Spam Collection), read as:")
    for kind, number in counts.most_common():
        print(f"  {kind.value:<15} {number:>5}  ({100 * number / total:.2f}%)")
    for kind in CONSEQUENTIAL:
        for text in examples.get(kind, [])[:10]:
            print(f"  {kind.value} <- {text[:80]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
