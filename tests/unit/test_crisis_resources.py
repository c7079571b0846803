"""Crisis resources per country: every reply one GSM-7 segment, naming the country's numbers."""

from __future__ import annotations

import pytest

from chalicelib.domain import safety
from chalicelib.domain.gsm7 import fits_one_segment, is_gsm7
from chalicelib.settings import Settings, SettingsError

COUNTRIES = sorted(safety.countries_with_resources())
KEYS = (
    "self_harm", "danger", "ask", "ask_again", "support", "trouble", "crisis_line", "listening",
    "listening_danger", "self_harm_taken", "support_feeling", "about_help", "about_help_danger",
    "danger_steps", "listening_2", "listening_danger_2", "danger_silent",
    "self_harm_now", "self_harm_injury", "listening_taken", "listening_injury",
    "listening_taken_2", "listening_injury_2",
)  # fmt: skip


def test_the_countries_the_issue_names_have_resources() -> None:
    assert {"US", "CA", "GB", "IE", "AU", "NZ"} <= set(COUNTRIES)


@pytest.mark.parametrize("country", [*COUNTRIES, None])
@pytest.mark.parametrize("key", KEYS)
def test_every_reply_is_one_gsm7_segment(country: str | None, key: str) -> None:
    text = str(safety.resources(country)[key])
    assert is_gsm7(text) and fits_one_segment(text), (country, key, len(text))


@pytest.mark.parametrize("country", COUNTRIES)
def test_the_full_replies_name_the_crisis_and_emergency_numbers(country: str) -> None:
    entry = safety.resources(country)
    numbers = [str(number) for number in entry["numbers"]]  # type: ignore[attr-defined]
    crisis_number, emergency = numbers[0], next(n for n in numbers[1:] if len(n) == 3)
    assert crisis_number in str(entry["self_harm"]) and emergency in str(entry["self_harm"])
    assert emergency in str(entry["danger"])
    for key in ("ask", "ask_again", "support", "trouble", "support_feeling", "about_help"):
        assert crisis_number in str(entry[key]), (country, key)
    # Something already taken: the emergency number comes first, then the crisis line.
    taken = str(entry["self_harm_taken"])
    assert taken.index(emergency) < taken.index(crisis_number), country
    assert emergency in str(entry["about_help"]), country
    # Asked "what is this number?" after danger: the abuse line and the emergency number.
    danger_help = str(entry["about_help_danger"])
    assert emergency in danger_help and numbers[-1] in danger_help, country
    assert crisis_number not in danger_help or country in ("CA",), country
    # "what do i do?" after danger: the emergency number first, then the abuse line.
    steps = str(entry["danger_steps"])
    assert steps.index(emergency) < steps.index(numbers[-1]) or numbers[-1] == emergency, country
    assert str(entry["about_help"]).startswith("No Contact Coach:"), "a stranger asks who we are"
    assert crisis_number in str(entry["crisis_line"]) or country == "CA"


def test_no_country_outside_north_america_is_sent_to_988_or_911() -> None:
    for country in ("GB", "IE", "AU", "NZ"):
        for key in KEYS:
            text = str(safety.resources(country)[key])
            assert "988" not in text and "911" not in text and "741741" not in text


@pytest.mark.parametrize(
    ("phone", "from_country", "expected"),
    [
        ("+14155550123", "US", "US"),
        ("+14165550123", None, "CA"),
        ("+447700900123", None, "GB"),
        ("+353851234567", None, "IE"),
        ("+61412345678", None, "AU"),
        ("+64211234567", None, "NZ"),
        ("+33612345678", None, "FR"),
        ("+14155550123", "gb", "GB"),
        ("12345", None, None),
    ],
)
def test_the_country_of_a_number(phone: str, from_country: str | None, expected: str) -> None:
    assert safety.country_of(phone, from_country) == expected


def test_enrol_countries_must_have_resources() -> None:
    env = {
        "TWILIO_WEBHOOK_URL": "https://x.example/api/sms",
        "TWILIO_AUTH_TOKEN": "t",
        "TWILIO_FROM_NUMBER": "+15005550006",
    }
    assert Settings.from_env({**env, "ENROL_COUNTRIES": "us, gb"}).program.enrol_countries == {
        "US",
        "GB",
    }
    assert Settings.from_env(env).program.enrol_countries == frozenset()
    with pytest.raises(SettingsError, match="FR"):
        Settings.from_env({**env, "ENROL_COUNTRIES": "US,FR"})
