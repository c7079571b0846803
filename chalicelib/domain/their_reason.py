"""Their own reason (WHY) handed back unprompted where it matters; no I/O.

A reply whose key has a twin ending in "_why" in replies.json (after the slip's trigger, in
some urge replies, after the decision) quotes the reason they saved, cut to fit one segment.
"""

from __future__ import annotations

from chalicelib.content import has_reply, render_reply
from chalicelib.domain.gsm7 import SINGLE_SEGMENT_SEPTETS, septet_length
from chalicelib.domain.quoting import MIN_QUOTE, fit_quote

TWIN = "_why"


def render(key: str, why: str | None, values: dict[str, object]) -> str:
    """The `key` reply, or its "_why" twin quoting `why` when they saved one and it has room.

    Shape: one GSM-7 segment whenever the plain reply is (the quote is cut with "..." to fit).
    """
    twin = key + TWIN
    if why and has_reply(twin):
        room = SINGLE_SEGMENT_SEPTETS - septet_length(render_reply(twin, **{**values, "why": ""}))
        if room >= MIN_QUOTE:
            return render_reply(twin, **{**values, "why": fit_quote(why, room)})
    return render_reply(key, **values)
