"""`python -m scripts.crisis_report`: the crisis detector on the labelled set and on real texts."""

from __future__ import annotations

from pathlib import Path

from chalicelib.domain.crisis import CrisisKind, detect_crisis

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
WIDTH = 80


def _percent(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.1f}%)" if whole else "0/0"


def _clip(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 3] + "..."


def main() -> int:
    lines = (DATA / "crisis_labelled.tsv").read_text(encoding="utf-8").splitlines()[1:]
    rows = [line.split("\t") for line in lines if line]
    crises = [(CrisisKind(kind), text) for label, kind, text in rows if label == "crisis"]
    lookalikes = [text for label, _, text in rows if label == "lookalike"]

    missed = [(kind, text) for kind, text in crises if detect_crisis(text) != kind]
    print(f"Crisis recall: {_percent(len(crises) - len(missed), len(crises))}")
    for kind in CrisisKind:
        of_kind = [text for k, text in crises if k == kind]
        caught = sum(detect_crisis(text) == kind for text in of_kind)
        print(f"  {kind}: {_percent(caught, len(of_kind))}")
    for kind, text in missed:
        print(f"  missed ({kind}, got {detect_crisis(text)}): {_clip(text)}")

    flagged = [(found, text) for text in lookalikes if (found := detect_crisis(text)) is not None]
    print(f"Look-alike false positives: {_percent(len(flagged), len(lookalikes))}")
    for found, text in flagged:
        print(f"  {found}: {_clip(text)}")

    corpus = (DATA / "sms_corpus.tsv").read_text(encoding="utf-8").splitlines()
    hits = []
    for line in corpus:
        _, text = line.split("\t", 1)
        found = detect_crisis(text)
        if found is not None:
            hits.append((found, text))
    print(f"Real SMS corpus (UCI SMS Spam Collection) flagged: {_percent(len(hits), len(corpus))}")
    for found, text in hits:
        print(f"  {found}: {_clip(text)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
