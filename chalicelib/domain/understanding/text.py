"""The shapes a text is read in: cleaned, lower-cased, split into clauses and words; no I/O."""

from __future__ import annotations

import re
import unicodedata

# Apostrophes and quotes phones send: curly, modifier letter (U+02BC), backtick, acute, prime.
_APOSTROPHES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "`": "'",
        "\u00b4": "'",
        "\u2032": "'",
        "\uff07": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
    }
)
# A keycap digit ("2️⃣") is the digit, a variation selector and a combining keycap.
_KEYCAP = re.compile("([0-9])\ufe0f?\u20e3")
_CLAUSE = re.compile(r"[.,;!?:()\-/\n]+|\bbut\b|\bthen\b|\band then\b")
WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def clean(body: str) -> str:
    """NFKC, straight apostrophes, keycaps as digits, no control characters; case kept."""
    text = unicodedata.normalize("NFKC", body).translate(_APOSTROPHES)
    text = _KEYCAP.sub(r"\1", text)
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


def normalize(body: str) -> str:
    """Lower case, straight quotes, single spaces."""
    return " ".join(clean(body).lower().split())


def words(text: str) -> list[str]:
    return WORD.findall(text)


def clauses(text: str) -> list[str]:
    """Parts a negation cannot reach across: "no, I texted him" is two clauses."""
    return [part.strip() for part in _CLAUSE.split(text) if part and part.strip()]


def has_letters_or_digits(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def emoji(text: str) -> set[str]:
    """The pictographs in a text (So: "Symbol, other"), skin tones and joiners left out."""
    return {ch for ch in text if unicodedata.category(ch) == "So"}
