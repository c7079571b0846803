"""The intent parser reads natural replies and leaves everyday chatter alone."""

from __future__ import annotations

import pytest

from chalicelib.domain.intents import Intent, IntentKind, parse_intent

KEPT = [
    "YES",
    "yes",
    "Y",
    "y",
    "yep",
    "Yeah!",
    "yup",
    "I did it",
    "i did it!",
    "Kept it",
    "still strong",
    "no contact",
    "No contact today",
    "Yes.",
    " yes ",
    "YES\n",
]
CONTACTED = [
    "NO",
    "no",
    "N",
    "nope",
    "Nah",
    "I texted him",
    "i texted her last night",
    "I called my ex",
    "I messaged them",
    "I slipped",
    "slipped",
    "I caved",
    "SLIP",
    "slip",
    "Slip: liked her photo",
    "I DM'd him",
    "i liked her post",
]
OPT_OUT = [
    "STOP",
    "stop",
    "Stop.",
    "STOPALL",
    "UNSUBSCRIBE",
    "CANCEL",
    "END",
    "QUIT",
    "REVOKE",
    "OPTOUT",
    "opt out",
    "stop texting me",
    "Please stop texting me",
    "leave me alone",
    "unsubscribe me",
    "don't text me",
    "Remove me",
    # One sentence of the text is the request, whatever the others say.
    "Not doing this anymore, unsubscribe me",
    "Im done. Unsubscribe",
    "kindly stop, I've moved on",
    "I'm good now, no need for any more messages. Cancel",
    "stop bothering me",
    "turn these off",
    "I quit",
    "ok im out",
    "i'd like to stop the program",
    "how do i make these texts stop",
    "Do not text this number again",
]
NOT_OPT_OUT = [
    "I need to stop thinking about him",
    "stop by later?",
    "Can't stop crying",
    "The end of us",
    "I want to quit thinking of her",
    "Cancel my plans with him?",
    "omg stop, that made me tear up",
    "he wont stop bothering me",
    "I quit my job today",
    "I don't want to stop the program, just feeling low",
    "End? Reply END SPTV",
    "Boooo you always work. Just quit.",
]


@pytest.mark.parametrize(
    ("text", "kind", "rating"),
    [
        ("Yes hun, 3 x", IntentKind.KEPT, 3),
        ("three, and yes no contact", IntentKind.KEPT, 3),
        ("kept my promise to myself. no contact. two", IntentKind.KEPT, 2),
        ("yes I did not text him, I'd say about a four out of five", IntentKind.KEPT, 4),
        ("yes, 4... so close to caving at 2am but didn't", IntentKind.KEPT, 4),
        ("no slip today", IntentKind.KEPT, None),
        ("radio silence from me", IntentKind.KEPT, None),
        ('Got a "I miss you" text from him at 2am. Didn\'t reply. 5', IntentKind.EX_REACHED_OUT, 5),
        ("he tried to facetime me, declined", IntentKind.EX_REACHED_OUT, None),
        ("I zoomed into his new profile pic", IntentKind.LOOKED, None),
        ("yes but i keep opening his profile", IntentKind.LOOKED, None),
        ("He viewed my story so I looked at his. Didn't message", IntentKind.LOOKED, None),
        ("read our whole whatsapp chat from the start", IntentKind.LOOKED, None),
        ("we spent the weekend together", IntentKind.CONTACTED, None),
        ("Sent 'I miss you' at 1am", IntentKind.CONTACTED, None),
        ("had a 3 hour call", IntentKind.CONTACTED, None),
        ("I'm parked outside his house", IntentKind.URGE, None),
        ("ready to break no contact tonight", IntentKind.URGE, None),
        ("I keep picking up my phone to call him", IntentKind.URGE, None),
        ("What number am I up to", IntentKind.STATUS, None),
        ("how many urges have I beaten", IntentKind.STATUS, None),
        ("how do I tell you if I slipped", IntentKind.HELP, None),
        ("what am I meant to reply", IntentKind.HELP, None),
        ("reset my count, I messed up badly", IntentKind.RESTART, None),
        ("uegr", IntentKind.URGE, None),
        # Look-alikes: someone else, a question, a word that is not the keyword.
        ("texted my ex-boss about a reference", IntentKind.UNKNOWN, None),
        ("I texted my mom and she said im better off", IntentKind.UNKNOWN, None),
        ("no one understands", IntentKind.UNKNOWN, None),
        ("Draft of my resignation letter is done lol", IntentKind.UNKNOWN, None),
        ("Saw a dog that looked exactly like her dog", IntentKind.UNKNOWN, None),
        ("does no contact actually work", IntentKind.UNKNOWN, None),
        (
            "we share custody of the cat, how does that work with no contact",
            IntentKind.UNKNOWN,
            None,
        ),
        ("cancelled netflix cause it was on his account", IntentKind.UNKNOWN, None),
    ],
)
def test_what_a_text_means_in_its_own_words(
    text: str, kind: IntentKind, rating: int | None
) -> None:
    intent = parse_intent(text)
    assert (intent.kind, intent.number) == (kind, rating)


@pytest.mark.parametrize("text", KEPT)
def test_yes_family_reads_as_no_contact_kept(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.KEPT


@pytest.mark.parametrize("text", CONTACTED)
def test_no_family_and_slips_read_as_contact(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.CONTACTED


@pytest.mark.parametrize("text", OPT_OUT)
def test_every_twilio_opt_out_word_and_plain_request_opts_out(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.STOP


@pytest.mark.parametrize("text", NOT_OPT_OUT)
def test_stop_inside_a_sentence_is_not_an_opt_out(text: str) -> None:
    assert parse_intent(text).kind is not IntentKind.STOP


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("YES 3", Intent(IntentKind.KEPT, 3, days=3)),
        ("yes, 4", Intent(IntentKind.KEPT, 4, days=4)),
        ("yes 12", Intent(IntentKind.KEPT, None, days=12)),
        ("Yes 3 days ago", Intent(IntentKind.KEPT, None, days=3)),
        ("yes my last contact was 5 days ago", Intent(IntentKind.KEPT, None, days=5)),
        ("yes 3/5", Intent(IntentKind.KEPT, 3)),
        ("no 2", Intent(IntentKind.CONTACTED, 2)),
        ("4", Intent(IntentKind.RATING, 4)),
        ("3/5", Intent(IntentKind.RATING, 3)),
    ],
)
def test_a_number_rides_along_with_the_answer(text: str, expected: Intent) -> None:
    assert parse_intent(text) == expected


@pytest.mark.parametrize("text", ["START", "start", "Join", "UNSTOP"])
def test_start_join_and_unstop_mean_join(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.JOIN


@pytest.mark.parametrize("text", ["STATUS", "status?", "my streak", "Where am I"])
def test_status_variants(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.STATUS


@pytest.mark.parametrize("text", ["HELP", "info", "?", "menu"])
def test_help_and_info(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.HELP


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "\x00"])
def test_blank_and_control_only_texts_are_empty(text: str) -> None:
    assert parse_intent(text).kind is IntentKind.EMPTY


@pytest.mark.parametrize(
    "text",
    [
        "Ok lar... Joking wif u oni...",
        "6",
        "no idea what to do",
        "😢",
        "老師,媽咪話想買盒月餅比你",
        "Yesterday was hard",
        "Nobody gets it",
    ],
)
def test_everyday_chatter_is_not_a_check_in(text: str) -> None:
    assert parse_intent(text).kind not in (IntentKind.KEPT, IntentKind.CONTACTED, IntentKind.RATING)


def test_curly_apostrophes_are_read_like_straight_ones() -> None:
    assert parse_intent("don\u2019t text me").kind is IntentKind.STOP


@pytest.mark.parametrize(
    ("text", "kind", "number"),
    [
        ("yep no contact today. feeling like a solid four", IntentKind.KEPT, 4),
        ("feeling like a 2 today", IntentKind.RATING, 2),
        ("we ended up talking for hours. feel weird. 3", IntentKind.CONTACTED, 3),
        ("no contact... except for the 20 min phone call lol. 2", IntentKind.CONTACTED, 2),
        ("how do i not text her right now", IntentKind.URGE, None),
        ("what number are we on", IntentKind.STATUS, None),
        # A question about the program, answered by asked_why_21 (tests/app/test_tenth_round.py).
        ("why 21 days?", IntentKind.UNKNOWN, None),
        ("the daily text comes too late, can it be 7am", IntentKind.TIME, None),
        ("can i write a draft to her", IntentKind.DRAFT, None),
        ("enough with the texts 🙄", IntentKind.STOP, None),
        ("can i unsubscribe", IntentKind.STOP, None),
        ("No. Not once. 3/5", IntentKind.KEPT, 3),
    ],
)
def test_the_seventh_rounds_readings(text: str, kind: IntentKind, number: int | None) -> None:
    intent = parse_intent(text)
    assert (intent.kind, intent.number) == (kind, number)


@pytest.mark.parametrize(
    ("text", "number"), [("ok day was meh. 3", 3), ("it was a 2 today, not bad", 2)]
)
def test_a_rating_said_with_a_word_or_two_is_a_rating(text: str, number: int) -> None:
    assert (parse_intent(text).kind, parse_intent(text).number) == (IntentKind.RATING, number)
