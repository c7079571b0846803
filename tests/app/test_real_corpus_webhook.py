"""All 5,574 real texts of the UCI SMS corpus through the signed webhook: every one answered well.

Twelve enrolled people text 500 each (the last one the remainder), half a minute apart, and the
first 200 texts also arrive from 200 numbers we have never seen. Each answer must be a 200 with
valid TwiML, every <Message> one GSM-7 segment, and never the "couldn't save that" apology that
stands in for an exception. Someone who opted out gets an empty <Response/>: counted apart, and
each one must be explained by the person's stored status.
"""

from __future__ import annotations

import re
import string
import time
from collections import Counter
from xml.etree import ElementTree

import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.content import reply_keys, reply_template
from chalicelib.domain import safety
from chalicelib.domain.gsm7 import fits_one_segment
from chalicelib.domain.model import Status
from tests.conftest import DATA_DIR
from tests.support import ManualClock, Phone

TEXTS_PER_PERSON = 500
UNKNOWN_SENDERS = 200


def _corpus() -> list[str]:
    lines = (DATA_DIR / "sms_corpus.tsv").read_text(encoding="utf-8").split("\n")
    return [line.split("\t", 1)[1] for line in lines if line]


def _key_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Each reply template as a regex, most literal text first, to name a reply's key."""
    patterns = []
    templates = {key: reply_template(key) for key in reply_keys()}
    for country in [*safety.countries_with_resources(), None]:
        for key in ("self_harm", "danger", "ask", "ask_again", "support", "trouble", "listening",
                    "listening_danger", "self_harm_taken", "support_feeling",
                    "about_help", "about_help_danger", "danger_steps", "listening_2",
                    "listening_danger_2"):  # fmt: skip
            templates[f"safety_{key}@{country}"] = str(safety.resources(country).get(key, ""))
    for key, template in templates.items():
        parts = string.Formatter().parse(template)
        regex = "".join(
            re.escape(text) + (".+?" if name is not None else "") for text, name, _, _ in parts
        )
        literal = sum(len(text) for text, _, _, _ in string.Formatter().parse(template))
        patterns.append((literal, key, re.compile(regex, re.DOTALL)))
    return [(key, pattern) for _, key, pattern in sorted(patterns, reverse=True)]


def _key_of(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> str:
    """The reply's key; safety replies are named without their country (safety_self_harm)."""
    key = next((key for key, pattern in patterns if pattern.fullmatch(text)), "(unknown)")
    return key.split("@")[0]


def _messages(status: int, content_type: str, body: str) -> list[str]:
    assert status == 200, body
    assert content_type == "application/xml"
    root = ElementTree.fromstring(body)
    assert root.tag == "Response"
    texts = [message.text or "" for message in root]
    assert all(message.tag == "Message" for message in root)
    bad = [text for text in texts if not (text and fits_one_segment(text))]
    assert bad == [], bad
    return texts


@pytest.mark.slow
def test_every_real_text_is_answered_with_valid_one_segment_twiml(
    client: Client, clock: ManualClock
) -> None:
    corpus = _corpus()
    assert len(corpus) == 5574
    patterns = _key_patterns()
    people = DynamoPeople()
    started = time.perf_counter()

    senders = [
        Phone(client, f"+1415555{n:04d}") for n in range(-(-len(corpus) // TEXTS_PER_PERSON))
    ]
    for sender in senders:
        sender.say("hi")
        sender.say("YES")

    answered = 0
    empty: Counter[str] = Counter()
    first_keys: Counter[str] = Counter()
    for index, body in enumerate(corpus):
        clock.advance(seconds=30)
        sender = senders[index // TEXTS_PER_PERSON]
        reply = sender.post(sender.form(body))
        texts = _messages(reply.status, reply.content_type, reply.body)
        if texts:
            answered += 1
            first_keys[_key_of(texts[0], patterns)] += 1
            continue
        person = people.get(sender.number)
        empty["opted out" if person and person.status is Status.OPTED_OUT else "unexplained"] += 1

    newcomers: Counter[str] = Counter()
    for index, body in enumerate(corpus[:UNKNOWN_SENDERS]):
        stranger = Phone(client, f"+1646555{index:04d}")
        texts = _messages(*_posted(stranger, body))
        assert len(texts) == 1, (body, texts)
        newcomers[_key_of(texts[0], patterns)] += 1

    elapsed = time.perf_counter() - started
    total = len(corpus) + UNKNOWN_SENDERS
    print(
        f"\nreal corpus: {total} texts in {elapsed:.1f}s ({1000 * elapsed / total:.1f} ms each);"
        f" enrolled senders: {answered} answered, {sum(empty.values())} empty {dict(empty)};"
        f" unknown senders: {sum(newcomers.values())} answered"
    )
    print("first reply keys (enrolled):", dict(first_keys.most_common()))
    print("first reply keys (unknown):", dict(newcomers.most_common()))

    assert answered + sum(empty.values()) == len(corpus)
    assert empty["unexplained"] == 0
    assert first_keys["safety_trouble"] == 0 and newcomers["safety_trouble"] == 0
    assert first_keys["(unknown)"] == 0 and newcomers["(unknown)"] == 0
    assert set(newcomers) <= {"welcome", "help", "opted_out", "safety_self_harm", "safety_danger"}


def _posted(sender: Phone, body: str) -> tuple[int, str, str]:
    reply = sender.post(sender.form(body))
    return reply.status, reply.content_type, reply.body
