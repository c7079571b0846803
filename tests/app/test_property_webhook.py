"""Property: whatever signed form Twilio (or anyone with the token) posts, /sms never answers 5xx.

A 200 is valid TwiML whose every <Message> is one GSM-7 segment; a 4xx says why in plain text.
State carries over between examples (one app, one table), as it would in production.
"""

from __future__ import annotations

from xml.etree import ElementTree

from chalice.test import Client
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from chalicelib.domain.gsm7 import fits_one_segment
from tests.support import WEBHOOK_URL, Phone, new_message_sid, twilio_signature

# Any character a phone or a hostile client could put in a form value. Lone surrogates cannot
# be encoded as UTF-8 at all, so no HTTP client can send them.
ANY_CHAR = st.characters(exclude_categories=["Cs"])
CONTROL_CHAR = st.characters(min_codepoint=0, max_codepoint=0x1F) | st.sampled_from(
    "\x7f\u200b\u200e\u202e\ufeff\ufffd"
)
WORDS = st.sampled_from(
    [
        "hi", "YES", "yes 3", "NO", "I texted him", "STOP", "START", "STATUS", "HELP",
        "URGE", "DRAFT I miss you", "JOURNAL today was hard", "WHY I deserve better",
        "DELETE", "TIME 8pm", "TZ Pacific", "PAUSE 3", "CONTINUE", "DONE", "4",
    ]
)  # fmt: skip


@st.composite
def bodies(draw: st.DrawFn) -> str:
    word = draw(WORDS)
    noise = st.text(ANY_CHAR | CONTROL_CHAR, max_size=60)
    return draw(
        st.one_of(
            st.text(ANY_CHAR | CONTROL_CHAR, max_size=300),
            st.just(word),
            st.builds(lambda a, b: a + word + b, noise, noise),
            st.text(st.sampled_from(" \t\r\n\x00"), max_size=5),
        )
    )


VALID_SENDERS = st.one_of(
    st.integers(2_000_000_000, 9_999_999_999).map(lambda n: f"+1{n}"),
    st.integers(7_000_000_000, 7_999_999_999).map(lambda n: f"+44{n}"),
    st.integers(400_000_000, 499_999_999).map(lambda n: f"+61{n}"),
)
INVALID_SENDERS = st.one_of(
    st.text(ANY_CHAR, max_size=20),
    st.integers(0, 10**15).map(str),
    st.sampled_from(["", "+", "+0123456789", "whatsapp:+14155550123", "TWILIO", "+1 415 555"]),
)


@st.composite
def forms(draw: st.DrawFn) -> list[tuple[str, str]]:
    """A signed-looking Twilio form with keys dropped, repeated, added and shuffled."""
    sender = draw(INVALID_SENDERS if draw(st.integers(0, 3)) == 0 else VALID_SENDERS)
    sid = new_message_sid()
    pairs = Phone(client=None, number=sender).form(draw(bodies()), sid=sid)  # type: ignore[arg-type]
    if draw(st.booleans()):
        media = draw(st.integers(0, 10).map(str) | st.text(ANY_CHAR, max_size=4))
        pairs = [(k, media if k == "NumMedia" else v) for k, v in pairs]
        pairs.append(("MediaUrl0", "https://api.twilio.com/2010-04-01/Media/ME" + "0" * 32))
    droppable = ["Body", "From", "MessageSid", "SmsSid", "SmsMessageSid", "FromState", "NumMedia"]
    dropped = (
        draw(st.sets(st.sampled_from(droppable), max_size=3)) if draw(st.booleans()) else set()
    )
    pairs = [(k, v) for k, v in pairs if k not in dropped]
    for key in draw(st.lists(st.sampled_from(["Body", "From", "MessageSid"]), max_size=2)):
        repeated = draw(bodies()) if key == "Body" else draw(VALID_SENDERS | INVALID_SENDERS)
        pairs.append((key, repeated))
    extra = st.tuples(st.text(ANY_CHAR, min_size=1, max_size=12), st.text(ANY_CHAR, max_size=40))
    pairs.extend(draw(st.lists(extra, max_size=4)))
    return draw(st.permutations(pairs))


def _check(status: int, content_type: str, body: str) -> None:
    assert status < 500, body
    if status == 200:
        assert content_type == "application/xml"
        root = ElementTree.fromstring(body)
        assert root.tag == "Response"
        for message in root:
            assert message.tag == "Message" and len(message) == 0
            assert message.text and fits_one_segment(message.text), message.text
    else:
        assert 400 <= status < 500
        assert content_type.startswith("text/plain")
        assert body.strip()


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pairs=forms(), signed=st.sampled_from([True, True, True, False]))
def test_any_signed_form_gets_a_valid_answer_never_a_server_error(
    client: Client, pairs: list[tuple[str, str]], signed: bool
) -> None:
    signature = twilio_signature(WEBHOOK_URL, pairs) if signed else "bm90IGEgc2lnbmF0dXJl"
    reply = Phone(client, "").post(pairs, signature=signature)
    event(
        f"HTTP {reply.status}: "
        + (f"{len(reply.texts)} messages" if reply.status == 200 else reply.body.strip())
    )
    _check(reply.status, reply.content_type, reply.body)
    # Twilio's own validator agrees with the independent signer on every form, odd keys included.
    assert (reply.status == 403) == (not signed)
