"""GSM 03.38 alphabet checks and Twilio-compatible SMS encoding and segment counting."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Literal

Encoding = Literal["GSM-7", "UCS-2"]

# The GSM 03.38 default alphabet in code order, 16 codes per line.
# 0x1B is left out: it is the escape to the extension table, not a character.
_BASIC_IN_GSM_ORDER = (
    "@£$¥èéùìòÇ\nØø\rÅå"
    "Δ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./"
    "0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNO"
    "PQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmno"
    "pqrstuvwxyzäöñüà"
)
_EXTENSION_IN_GSM_ORDER = "\f^{}\\[~]|€"

GSM7_BASIC: frozenset[str] = frozenset(_BASIC_IN_GSM_ORDER)
GSM7_EXTENSION: frozenset[str] = frozenset(_EXTENSION_IN_GSM_ORDER)
_GSM7_ALL: frozenset[str] = GSM7_BASIC | GSM7_EXTENSION

SINGLE_SEGMENT_SEPTETS = 160
_SEGMENT_BITS = 1120  # 140 octets of user data per SMS
_UDH_BITS = 48  # Twilio reserves a 6-octet User Data Header in every concatenated segment
_SEPTET_BITS = 7
_UCS2_UNIT_BITS = 16

_ZWJ = 0x200D
_PREPEND_HEX = (
    "0600 0601 0602 0603 0604 0605 06DD 070F 0890 0891 08E2 0D4E 110BD 110CD 111C2 111C3 1193F"
    " 11941 11A3A 11D46"
)
_PREPEND = frozenset(int(cp, 16) for cp in _PREPEND_HEX.split())
# unicodedata has no Extended_Pictographic property, so approximate it by the emoji blocks.
_PICTOGRAPHIC_HEX = (
    "00A9 00AE 203C 2049 2122 2139 2194-21AA 231A-23FF 24C2 25AA-25FE 2600-27BF 2934-2935"
    " 2B05-2B55 3030 303D 3297-3299 1F000-1F1E5 1F200-1F3FA 1F400-1FFFD"
)
_PICTOGRAPHIC_RANGES = tuple(
    (int(low, 16), int(high or low, 16))
    for low, _, high in (span.partition("-") for span in _PICTOGRAPHIC_HEX.split())
)


def is_gsm7(text: str) -> bool:
    """Return True if every character of text is in the GSM-7 basic or extension table."""
    return all(ch in _GSM7_ALL for ch in text)


def encoding(text: str) -> Encoding:
    """Return the encoding an SMS carrying text must use: GSM-7 if possible, else UCS-2."""
    return "GSM-7" if is_gsm7(text) else "UCS-2"


def septet_length(text: str) -> int:
    """Return the GSM-7 septets text needs (2 per extension char); raise ValueError if not GSM-7."""
    if not is_gsm7(text):
        raise ValueError("text contains characters outside the GSM-7 alphabet")
    return sum(2 if ch in GSM7_EXTENSION else 1 for ch in text)


def fits_one_segment(text: str) -> bool:
    """Return True if text is GSM-7 and fits in one 160-septet SMS."""
    return is_gsm7(text) and septet_length(text) <= SINGLE_SEGMENT_SEPTETS


def segment_count(text: str) -> int:
    """Return how many SMS segments Twilio bills for text (an empty text is 1 segment)."""
    if is_gsm7(text):
        # Each GSM-7 char is its own grapheme, so an ESC+char pair is never split.
        sizes = [_SEPTET_BITS * (2 if ch in GSM7_EXTENSION else 1) for ch in text]
    else:
        # In UCS-2 every UTF-16 unit costs 16 bits, GSM-7 chars included.
        sizes = [_UCS2_UNIT_BITS * _utf16_units(g) for g in _graphemes(text)]
    return _count_segments(sizes)


def _utf16_units(text: str) -> int:
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


def _count_segments(sizes: list[int]) -> int:
    # Mirrors the reference calculator's packing (Segment.ts / SegmentedMessage.ts), quirks
    # included: graphemes are never split; when the first segment overflows it gets its
    # header and hands its trailing graphemes to the next one; a grapheme bigger than a
    # whole segment leaves an empty segment behind.
    used = [0]
    has_header = [False]
    first: list[int] = []
    for size in sizes:
        if _SEGMENT_BITS - used[-1] < size:
            carried = 0
            if not has_header[-1]:
                has_header[-1] = True
                used[-1] += _UDH_BITS
                while used[-1] > _SEGMENT_BITS:
                    moved = first.pop()
                    used[-1] -= moved
                    carried += moved
            used.append(_UDH_BITS + carried)
            has_header.append(True)
        used[-1] += size
        if len(used) == 1:
            first.append(size)
    return len(used)


def _graphemes(text: str) -> Iterator[str]:
    # Approximates UAX #29 extended grapheme clusters with stdlib data, as the reference
    # splits text with grapheme-splitter; like the reference, CR LF stays two graphemes.
    cluster = ""
    prev_kind = ""
    ri_run = 0
    after_pictographic = False
    for ch in text:
        kind = _grapheme_kind(ch)
        if cluster and _is_break(prev_kind, kind, ri_run, after_pictographic, ch):
            yield cluster
            cluster = ""
            ri_run = 0
            after_pictographic = False
        cluster += ch
        ri_run = ri_run + 1 if kind == "RI" else 0
        if _is_pictographic(ch):
            after_pictographic = True
        elif kind not in ("EXTEND", "ZWJ"):
            after_pictographic = False
        prev_kind = kind
    if cluster:
        yield cluster


def _is_break(prev: str, cur: str, ri_run: int, after_pictographic: bool, ch: str) -> bool:
    if "CONTROL" in (prev, cur):
        return True
    if prev == "L" and cur in ("L", "V", "LV", "LVT"):
        return False
    if prev in ("LV", "V") and cur in ("V", "T"):
        return False
    if prev in ("LVT", "T") and cur == "T":
        return False
    if cur in ("EXTEND", "ZWJ", "SPACING") or prev == "PREPEND":
        return False
    if prev == "ZWJ" and after_pictographic and _is_pictographic(ch):
        return False
    return not (prev == "RI" and cur == "RI" and ri_run % 2 == 1)


def _grapheme_kind(ch: str) -> str:
    cp = ord(ch)
    category = unicodedata.category(ch)
    if cp == _ZWJ:
        return "ZWJ"
    if cp in _PREPEND:
        return "PREPEND"
    if (
        category in ("Mn", "Me")
        or cp in (0x200C, 0xFF9E, 0xFF9F)
        or 0x1F3FB <= cp <= 0x1F3FF
        or 0xE0020 <= cp <= 0xE007F
    ):
        return "EXTEND"
    if category in ("Cc", "Cf", "Zl", "Zp"):
        return "CONTROL"
    if category == "Mc" or cp in (0x0E33, 0x0EB3):
        return "SPACING"
    if 0x1F1E6 <= cp <= 0x1F1FF:
        return "RI"
    return _hangul_kind(cp)


def _hangul_kind(cp: int) -> str:
    if 0x1100 <= cp <= 0x115F or 0xA960 <= cp <= 0xA97C:
        return "L"
    if 0x1160 <= cp <= 0x11A7 or 0xD7B0 <= cp <= 0xD7C6:
        return "V"
    if 0x11A8 <= cp <= 0x11FF or 0xD7CB <= cp <= 0xD7FB:
        return "T"
    if 0xAC00 <= cp <= 0xD7A3:
        return "LV" if (cp - 0xAC00) % 28 == 0 else "LVT"
    return "OTHER"


def _is_pictographic(ch: str) -> bool:
    cp = ord(ch)
    return any(low <= cp <= high for low, high in _PICTOGRAPHIC_RANGES)
