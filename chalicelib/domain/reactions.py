"""A phone's reaction to one of our texts ("Liked “Day 4 of 21…”"): words the phone wrote, not
the person, quoting what we sent; no I/O.

Formats: iMessage's tapbacks sent as SMS (Liked, Loved, Disliked, Laughed at, Emphasized,
Questioned; "Reacted 👍 to" for emoji tapbacks since iOS 18) and Google Messages' equivalents
("Removed a heart from", "👍 to").
"""

from __future__ import annotations

import re
import unicodedata

_QUOTE_OPEN = "\"'\u201c\u201d\u2018\u2019\u00ab\u201e"
_REACTION = re.compile(
    r"^(?:liked|loved|disliked|laughed at|emphasi[sz]ed|questioned|"
    r"removed (?:a |an )?(?:like|heart|dislike|laugh|exclamation|question mark|emphasis|"
    r"[^\s\w]{1,8}) from|reacted (?:with )?[^\s\w]{1,8} to|[^\s\w]{1,8} to)"
    rf"\s*[{_QUOTE_OPEN}]",
    re.IGNORECASE,
)
_NAMED = {
    "liked": "like",
    "loved": "love",
    "disliked": "dislike",
    "laughed": "laugh",
    "emphasized": "emphasis",
    "emphasised": "emphasis",
    "questioned": "question",
}


def is_reaction(body: str) -> bool:
    """True for a tapback that quotes a text, never for words the person typed."""
    text = unicodedata.normalize("NFKC", body).strip()
    return bool(_REACTION.match(text))


def reaction_kind(body: str) -> str:
    """like, love, dislike, laugh, emphasis, question, or emoji (anything else); "" if none."""
    if not is_reaction(body):
        return ""
    first = unicodedata.normalize("NFKC", body).strip().split()[0].lower()
    return _NAMED.get(first, "emoji")


# Tapbacks that say "thanks" or "got it" rather than anything of their own.
_FOND = frozenset({"like", "love", "emphasis"})
_FOND_EMOJI = frozenset("👍❤🙏💙💜🫶")


def is_fond_reaction(body: str) -> bool:
    """A Liked, Loved or Emphasized tapback, or a 👍 ❤️ 🙏 💙 💜 🫶 one."""
    kind = reaction_kind(body)
    if kind == "emoji":
        head = unicodedata.normalize("NFKC", body).strip().split()[:2]
        return any(ch in _FOND_EMOJI for word in head for ch in word)
    return kind in _FOND


_QUOTE_CLOSE = "\"'\u201d\u201c\u2019\u00bb"


def words_after_reaction(body: str) -> str:
    """Anything typed after the quoted text closes (rare, but read it); "" if nothing."""
    text = unicodedata.normalize("NFKC", body).strip()
    match = _REACTION.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    last = max(rest.rfind(ch) for ch in _QUOTE_CLOSE)
    return rest[last + 1 :].strip() if last >= 0 else ""
