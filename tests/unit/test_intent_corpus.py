"""On 5,574 real texts not sent to a coach, the parser almost never misreads what matters."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time

from chalicelib.domain.conversation import InboundText, respond
from chalicelib.domain.intents import IntentKind, parse_intent
from chalicelib.domain.model import Person, ProgramSettings, Status
from scripts.intent_report import corpus_texts, read_corpus

COUNTS, EXAMPLES = read_corpus()


def test_the_whole_corpus_is_read() -> None:
    assert sum(COUNTS.values()) == 5574


SURE = Counter(intent.kind for text in corpus_texts() if (intent := parse_intent(text)).sure)
# Two real texts say "stop texting me" to the person they were sent to; under the FCC's rule
# (any reasonable way of saying stop) they are opt-outs, and the coach honours them.
REAL_OPT_OUTS = {
    "Please don't text me anymore. I have nothing else to say.",
}


def test_check_ins_acted_on_without_asking_are_rare() -> None:
    """Chat between friends opens with "Yes.." or "No.." often; long ones are confirmed first."""
    assert SURE[IntentKind.KEPT] <= 80, EXAMPLES.get(IntentKind.KEPT)
    assert SURE[IntentKind.CONTACTED] <= 30, EXAMPLES.get(IntentKind.CONTACTED)


def test_no_advert_or_chat_is_read_as_an_opt_out_or_a_deletion() -> None:
    stops = EXAMPLES.get(IntentKind.STOP, [])
    assert COUNTS[IntentKind.STOP] == 2, stops
    assert set(stops) >= REAL_OPT_OUTS
    assert all("contact me" in text or text in REAL_OPT_OUTS for text in stops)
    assert COUNTS[IntentKind.DELETE] == 0, EXAMPLES.get(IntentKind.DELETE)


def test_questions_starting_with_why_are_rarely_kept_as_someones_reason() -> None:
    now = datetime(2026, 11, 23, 22, 0, tzinfo=UTC)
    person = Person(
        "+14155550123", Status.ACTIVE, "America/Los_Angeles", time(9), now, consent_at=now,
        last_contact_at=now,
    )  # fmt: skip
    stored = [
        text
        for text in corpus_texts()
        if text.lower().startswith("why")
        and respond(person, InboundText(person.phone, text), now, ProgramSettings()).person.why
    ]
    assert len(stored) <= 5, stored
