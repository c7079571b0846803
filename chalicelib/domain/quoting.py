"""Fits a person's own words into a reply: GSM-7 only, and short enough for one segment; no I/O."""

from __future__ import annotations

import unicodedata

from chalicelib.domain.gsm7 import GSM7_BASIC, GSM7_EXTENSION, septet_length

_SMART = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
    }
)
ELLIPSIS = "..."
# Fewer characters of their words than this would say nothing: a reply leaves the quote out.
MIN_QUOTE = 20
# Words written only in emoji or another script cannot travel in GSM-7: say so, not "".
UNSHOWABLE = "(your words, which I can't show by SMS)"


def to_gsm7(text: str) -> str:
    """Straightens quotes and dashes and drops what GSM-7 cannot carry (emoji, other scripts)."""
    straightened = unicodedata.normalize("NFKC", text).translate(_SMART)
    kept = "".join(ch for ch in straightened if ch in GSM7_BASIC or ch in GSM7_EXTENSION)
    return " ".join(kept.replace("\n", " ").replace("\r", " ").split())


def fit_quote(text: str, max_septets: int) -> str:
    """Their words, cut at a word boundary with '...' if they would not fit."""
    clean = to_gsm7(text)
    if not clean:
        return UNSHOWABLE
    if septet_length(clean) <= max_septets:
        return clean
    budget = max_septets - len(ELLIPSIS)
    cut = clean
    while cut and septet_length(cut) > budget:
        cut = cut[: len(cut) - 1]
    if " " in cut[len(cut) // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,.;:-") + ELLIPSIS
