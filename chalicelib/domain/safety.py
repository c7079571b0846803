"""Safety replies that depend on nothing but the text and the number's country; no I/O.

The crisis resources per country are data (chalicelib/content/crisis_resources.json), so an
operator can check and edit them; docs/crisis-resources.md gives the source of each number.
"""

from __future__ import annotations

import functools
import json
import re
import zlib
from pathlib import Path

from chalicelib.content import render_reply
from chalicelib.domain.crisis import (
    CrisisKind,
    CrisisSignal,
    Tier,
    already_injured,
    already_taken,
    assess_crisis,
)
from chalicelib.domain.crisis_patterns import HIGH_PLACE
from chalicelib.domain.reactions import is_reaction, words_after_reaction
from chalicelib.domain.timezones import e164_digits
from chalicelib.domain.understanding.lexicon import ARE_YOU_REAL

_RESOURCES = Path(__file__).resolve().parent.parent / "content" / "crisis_resources.json"
# E.164 calling codes of the countries we hold resources for; +1 is shared, so it needs
# the number itself (phonenumbers) when Twilio did not say FromCountry.
_CALLING_CODES = {"44": "GB", "353": "IE", "61": "AU", "64": "NZ"}


Entry = dict[str, object]


@functools.cache
def _data() -> tuple[dict[str, Entry], Entry]:
    """(the entries by country, the default entry)."""
    loaded = json.loads(_RESOURCES.read_text(encoding="utf-8"))
    return loaded["countries"], loaded["default"]


def countries_with_resources() -> frozenset[str]:
    """ISO 3166 alpha-2 codes that have crisis resources: by default, who may enrol."""
    return frozenset(_data()[0])


def resources(country: str | None) -> Entry:
    """The entry for a country, or the default entry (no numbers of its own)."""
    countries, default = _data()
    return countries.get(country or "", default)


def _text(country: str | None, key: str) -> str:
    value = resources(country).get(key) or _data()[1][key]
    return str(value)


def country_of(phone: str, from_country: str | None = None) -> str | None:
    """The ISO country of a number: Twilio's FromCountry if given, else read off the E.164 number.

    Returns None for a number whose country cannot be told (a short code, a malformed number).
    """
    given = (from_country or "").strip().upper()
    if len(given) == 2 and given.isalpha():
        return given
    digits = e164_digits(phone)
    if digits is None:
        return None
    for length in (3, 2):
        if digits[:length] in _CALLING_CODES:
            return _CALLING_CODES[digits[:length]]
    return _region_from_library(f"+{digits}")


def _region_from_library(number: str) -> str | None:
    # Imported here: it costs ~170 ms to load NANP's metadata, and Twilio sends FromCountry.
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number)
    except phonenumbers.NumberParseException:
        return None
    region = phonenumbers.region_code_for_number(parsed)
    if region is None and parsed.country_code is not None:
        region = phonenumbers.region_code_for_country_code(parsed.country_code)
    return None if region in (None, "ZZ") else str(region)


def crisis_signal(body: str) -> CrisisSignal | None:
    """The crisis a text suggests. A phone's reaction quotes our own words, so only what was
    typed after the quote is read."""
    if is_reaction(body):
        return assess_crisis(words_after_reaction(body))
    return assess_crisis(body)


def asks(signal: CrisisSignal) -> bool:
    """Possible risk of self-harm gets the direct question; everything else the resources."""
    return signal.tier is Tier.POSSIBLE and signal.kind is CrisisKind.SELF_HARM


# Calling is not safe: they would be heard, or cannot speak ("i cant call hes gonna hear me").
_CANT_TALK = re.compile(
    r"\b(?:can'?t|cant|cannot|can not|couldn'?t|unable to) (?:call|talk|speak|ring|phone"
    r"|make a call|be heard)\b|\b(?:he'?ll|hell|she'?ll|they'?ll|he will|she will|he'?s gonna"
    r"|hes gonna|she'?s gonna|gonna|would|will) (?:hear|overhear) me\b|\b(?:hear|overhear) me"
    r" (?:on the phone|talking|calling)\b|\bin the (?:next|other) room\b|\bcan only text\b"
    r"|\bhave to (?:be|stay|keep)"
    r" (?:quiet|silent)\b"
)


# At a lethal place now ("im standing on the bridge rn"): the emergency number comes first.
_AT_THE_EDGE = re.compile(
    r"(?:^\W*|\b(?:i'?m|im|i am|standing|sitting|stood|sat|here|now|up|out)\b.{0,20})\b(?:on|at"
    rf"|over|on top of|up on|past|over the edge of) (?:the |a |this |that |my )?{HIGH_PLACE}\b"
    r"|\bclimb(?:ed|ing)? (?:over|past) the (?:fence|rail|railings?|barrier)\b"
    r"|\blegs? over the (?:edge|side|rail)\b"
)


def at_the_edge(body: str) -> bool:
    """The text places them at a height, a ledge or the tracks, now."""
    return _AT_THE_EDGE.search(body.lower()) is not None


# A question about who is texting them ("idk. who is this even"): answered, not an answer.
_ABOUT_US = re.compile(
    rf"\bwho (?:is|are|r) (?:this|you|u)\b|\bwhat is this\b|\bwho'?s this\b|{ARE_YOU_REAL}"
)


def asks_who_we_are(body: str) -> bool:
    """The text asks who or what is texting them."""
    return _ABOUT_US.search(body.lower()) is not None


def cant_talk(body: str) -> bool:
    """The text says calling is not safe or not possible ("he'll hear me", "can't talk")."""
    return _CANT_TALK.search(body.lower()) is not None


def crisis_reply(
    signal: CrisisSignal, country: str | None, can_ask: bool = True, body: str = ""
) -> str:
    """Full resources for explicit danger; a direct question for possible risk; the emergency
    number first when `body` says something was already taken or done.

    can_ask=False when the answer to a question could not be read in context (an unknown
    number, storage down): then possible risk gets the full resources too.
    """
    done = medical(body) if signal.kind is CrisisKind.SELF_HARM else None
    if done is not None:
        return medical_reply(country, done, again=True)
    if signal.kind is CrisisKind.SELF_HARM and signal.tier is Tier.EXPLICIT and at_the_edge(body):
        return _text(country, "self_harm_now")
    if asks(signal) and can_ask:
        return _text(country, "ask")
    if signal.kind is CrisisKind.DANGER and cant_talk(body):
        return _text(country, "danger_silent")
    return _text(country, "danger" if signal.kind is CrisisKind.DANGER else "self_harm")


def support_feeling_reply(country: str | None) -> str:
    """After "no" to the direct question with a feeling beside it ("no but im scared")."""
    return _text(country, "support_feeling")


def about_help_reply(country: str | None, kind: CrisisKind = CrisisKind.SELF_HARM) -> str:
    """A question soon after the resources ("what is 988?", "are you a real person?"): after
    danger, the abuse line and the emergency number, not the suicide line."""
    return _text(country, "about_help_danger" if kind is CrisisKind.DANGER else "about_help")


def danger_steps_reply(country: str | None) -> str:
    """After the danger resources, "what do i do?": the emergency number, a room with a way out
    (not the kitchen or bathroom), the phone kept close, and the abuse line; sources in
    docs/crisis-resources.md."""
    return _text(country, "danger_steps")


def danger_silent_reply(country: str | None) -> str:
    """After or with danger, "I can't call, he'll hear me": a line that takes texts (or, in GB,
    the police's silent 999 call) before the emergency number; sources in
    docs/crisis-resources.md."""
    return _text(country, "danger_silent")


def ask_again_reply(country: str | None) -> str:
    """The direct question again, gently, when the answer was neither yes nor no."""
    return _text(country, "ask_again")


def listening_reply(country: str | None, kind: CrisisKind, body: str = "") -> str:
    """Soon after the full resources, words that are neither thanks nor an answer: heard, with
    the way to reach help that asks least of them (a text line; for danger, the emergency line).
    Two wordings, chosen by the words they sent, so that different texts in a row are not met
    with the same reply word for word."""
    key = "listening_danger" if kind is CrisisKind.DANGER else "listening"
    return _text(country, key + ("_2" if zlib.crc32(body.encode("utf-8")) % 2 else ""))


def medical(body: str) -> str | None:
    """ "taken" (pills, poison) or "injury" (a cut that bleeds) when `body` says it was already
    done, else None: the replies that put the emergency number first."""
    if not already_taken(body):
        return None
    return "injury" if already_injured(body) else "taken"


def medical_reply(country: str | None, medical: str, again: bool = False, body: str = "") -> str:
    """While something taken or a wound is still an emergency: the emergency number first.
    again=True for a yes or "idk" (the first reply word for word); else "I'm still here" in one
    of two wordings chosen by their words (a stranger's "no", "im fine", "seriously im fine"
    got one text three times), and for a cut they say has stopped bleeding, aftercare."""
    if again:
        return _text(country, "self_harm_injury" if medical == "injury" else "self_harm_taken")
    if medical == "injury" and _STOPPED.search(body.lower()):
        return render_reply("injury_stopped", emergency=emergency_number(country))
    key = "listening_injury" if medical == "injury" else "listening_taken"
    return _text(country, key + ("_2" if zlib.crc32(body.encode("utf-8")) % 2 else ""))


# "its stopped", "not bleeding anymore": the wound, after the first aid.
_STOPPED = re.compile(
    r"\b(?:it'?s|its|it has|it'?s|bleeding(?:'s| has| is)?) (?:stopped|slowed|stopping)\b"
    r"|\b(?:stopped|not) bleeding\b|\bno longer bleeding\b"
)


def support_reply(country: str | None) -> str:
    """After "no" to the direct question: warm words and the crisis line."""
    return _text(country, "support")


def trouble_reply(country: str | None) -> str:
    """Storage or configuration failed: try again in a minute, and the crisis line."""
    return _text(country, "trouble")


def emergency_number(country: str | None) -> str:
    """The country's emergency number ("911", "999"), from its `numbers` in
    crisis_resources.json; "your local emergency number" where we have none."""
    numbers = [str(n) for n in resources(country).get("numbers", ())]  # type: ignore[attr-defined]
    return next((n for n in numbers[1:] if len(n) == 3), "your local emergency number")


def crisis_line(country: str | None) -> str:
    """A short phrase for HELP, like "call/text 988"."""
    return _text(country, "crisis_line")


def danger_line(country: str | None) -> str:
    """The abuse line as a short phrase, like "the Hotline 1-800-799-7233"; after danger it
    stands where crisis_line would (an opt-out names it, not the suicide line)."""
    return _text(country, "danger_line")


def unavailable_reply() -> str:
    return _text(None, "unavailable")


def fallback_reply(body: str, phone: str, from_country: str | None) -> str:
    """The answer when nothing else can run: resources for a crisis, else try-again."""
    country = country_of(phone, from_country)
    signal = crisis_signal(body)
    if signal is not None:
        return crisis_reply(signal, country, can_ask=False, body=body)
    return trouble_reply(country)
