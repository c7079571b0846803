"""A first look at the webhook through chalice.test.Client."""

from tests.support import Phone


def test_unknown_number_gets_the_welcome_with_consent_lines(phone: Phone) -> None:
    welcome = phone.say("Hi")
    assert "21 days" in welcome
    assert "18+" in welcome and "not therapy" in welcome
    assert "STOP" in welcome and "YES" in welcome
    assert "Msg&data rates" in welcome
