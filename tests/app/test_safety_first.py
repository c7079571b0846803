"""Safety holds up: every kind of crisis wording, two tiers, per-country resources, and answers
even when DynamoDB or SSM fails. Every text goes through the signed webhook."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import boto3
import pytest
from chalice.test import Client

from chalicelib.adapters.dynamodb import DynamoPeople, UserModel
from chalicelib.bootstrap import build_services, use_services
from chalicelib.domain import safety
from chalicelib.settings import Settings
from tests.conftest import PROJECT_DIR
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import ManualClock, Phone

# The issue's examples, by kind (issue 11); each must get either tier.
ISSUE_EXAMPLES = [
    "everyone would be fine without me",
    "I don't want to be here anymore",
    "wish I could just disappear for good",
    "there's no point to any of it now",
    "I'm just a weight on everyone",
    "I've counted out my pills",
    "tied a rope to the beam",
    "took a whole box of my meds",
    "sitting on the edge of the bridge",
    "I've said goodbye to everyone",
    "giving my dog to my sister, won't need to look after him",
    "tell my family I'm sorry",
    "💊💊",
    "🪢",
    "kms fr",
    "unalive myself",
    "he grabbed my throat",
    "she broke in while I was asleep",
    "he put a tracker on my car",
    "hiding in my car from him",
    "he says he'll hurt himself if I don't come back",
]
US = safety.resources("US")
GB = safety.resources("GB")
CRISIS_REPLIES = {
    str(US[key])
    for key in (
        "self_harm",
        "danger",
        "ask",
        "self_harm_taken",
        "self_harm_now",
        "self_harm_injury",
    )
}
FULL = ("self_harm", "danger", "self_harm_taken", "self_harm_now", "self_harm_injury")


@pytest.mark.parametrize("body", ISSUE_EXAMPLES)
def test_every_kind_of_crisis_wording_gets_a_crisis_reply(enrolled: Phone, body: str) -> None:
    assert enrolled.say(body) in CRISIS_REPLIES


@pytest.mark.parametrize("body", ISSUE_EXAMPLES)
def test_an_unknown_number_gets_the_full_resources_and_is_not_signed_up(
    client: Client, body: str
) -> None:
    stranger = Phone(client, "+13125550100", from_state="IL")
    reply = stranger.say(body)
    assert reply in {str(US[key]) for key in FULL}
    # Only the number and the open follow-up are kept (their next "yes" or "no" is about how
    # they are, not a sign-up); no words, no consent.
    [stored] = list(UserModel.scan())
    assert stored.status == "pending" and stored.consent_at is None
    assert stored.asked == "crisis_follow"


def test_possible_risk_gets_a_direct_question_with_the_crisis_line(enrolled: Phone) -> None:
    reply = enrolled.say("everyone would be fine without me")
    assert reply == US["ask"]
    assert "suicide" in reply and "988" in reply


def test_yes_to_the_question_gets_the_full_resources(enrolled: Phone) -> None:
    enrolled.say("I'm just a weight on everyone")
    assert enrolled.say("yeah") == US["self_harm"]
    assert DynamoPeople().get(enrolled.number).checkins == 0, "not read as a check-in"


def test_an_unsure_answer_gets_the_full_resources(enrolled: Phone) -> None:
    enrolled.say("there's no point to any of it now")
    assert enrolled.say("idk maybe") == US["self_harm"]


def test_no_to_the_question_gets_warm_support_not_a_slip(enrolled: Phone) -> None:
    enrolled.say("I've said goodbye to everyone")
    reply = enrolled.say("no")
    assert reply == US["support"]
    person = DynamoPeople().get(enrolled.number)
    assert person.contacts_reported == 0, "'no' answered the question; it is not a slip"
    # For a while after, a plain yes or no is about how they are: never a check-in or a slip.
    assert person.asked == "crisis_follow"
    assert "restarts" not in enrolled.say("no")
    assert DynamoPeople().get(enrolled.number).contacts_reported == 0


def test_both_tiers_pause_the_days_coaching(enrolled: Phone, clock: ManualClock) -> None:
    enrolled.say("wish I could just disappear for good")
    paused_until = DynamoPeople().get(enrolled.number).paused_until
    assert paused_until is not None and paused_until > clock()


def test_a_gb_number_gets_samaritans_and_999_never_988(client: Client) -> None:
    londoner = Phone(client, "+447700900123", from_state="", from_country="GB")
    assert londoner.say("hi").startswith("No Contact Coach")
    londoner.say("YES")
    reply = londoner.say("i want to kill myself")
    assert reply == GB["self_harm"]
    assert "116 123" in reply and "999" in reply
    assert "988" not in reply and "911" not in reply and "741741" not in reply
    danger = londoner.say("he grabbed my throat")
    assert "0808 2000 247" in danger and "911" not in danger
    assert "116 123" in londoner.say("HELP") and "988" not in londoner.say("HELP")


def test_a_number_from_a_country_we_do_not_serve_is_told_kindly_and_not_stored(
    client: Client,
) -> None:
    visitor = Phone(client, "+33612345678", from_state="", from_country="FR")
    assert visitor.say("hi") == safety.unavailable_reply()
    assert visitor.say("YES") == safety.unavailable_reply()
    assert list(UserModel.scan()) == []
    assert "findahelpline.com" in visitor.say("i want to kill myself")


def test_a_reaction_quoting_the_danger_reply_is_not_a_new_crisis(enrolled: Phone) -> None:
    reaction = f"Liked \u201c{US['danger']}\u201d"
    assert enrolled.say(reaction) not in CRISIS_REPLIES


def _break_the_users_table() -> None:
    boto3.client("dynamodb").delete_table(TableName=UserModel.Meta.table_name)


def test_dynamodb_down_a_crisis_text_still_gets_its_resources(enrolled: Phone) -> None:
    _break_the_users_table()
    assert enrolled.say("i want to kill myself") == US["self_harm"]
    assert enrolled.say("he grabbed my throat") == US["danger"]
    # The question could not be remembered, so possible risk gets the full resources.
    assert enrolled.say("everyone would be fine without me") == US["self_harm"]


def test_dynamodb_down_any_other_text_says_try_again_and_names_the_crisis_line(
    enrolled: Phone,
) -> None:
    _break_the_users_table()
    reply = enrolled.say("yes")
    assert reply == US["trouble"]
    assert "minute" in reply and "988" in reply


@pytest.fixture
def ssm_down(
    aws: None, clock: ManualClock, settings: Settings, fake_twilio: FakeTwilio
) -> Iterator[Client]:
    """Deployed settings whose auth token parameter cannot be read."""
    missing = dataclasses.replace(
        settings, twilio_auth_token=None, twilio_auth_token_parameter="/ncc/test/missing"
    )
    use_services(build_services(missing, clock=clock))
    from app import app

    with Client(app, stage_name="local", project_dir=str(PROJECT_DIR)) as test_client:
        yield test_client
    use_services(None)


def test_ssm_down_a_crisis_text_still_gets_its_resources(ssm_down: Client) -> None:
    phone = Phone(ssm_down, "+14155550123")
    assert phone.say("took a whole box of my meds") == US["self_harm_taken"]
    assert phone.say("hi") == US["trouble"]
    assert list(UserModel.scan()) == []
