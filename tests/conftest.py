"""Shared fixtures: moto in-process, a manual clock, and the Chalice app with test services."""

from __future__ import annotations

import os

# PynamoDB reads table names and botocore reads endpoints once, at import and client
# creation, so the test environment is fixed before anything imports them.
os.environ.update(
    {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_SESSION_TOKEN": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "USERS_TABLE": "ncc-test-users",
        "RECORDS_TABLE": "ncc-test-records",
        "SEND_QUEUE_NAME": "ncc-test-send",
    }
)
# With an endpoint set, botocore would bypass mock_aws and talk to a real server.
for _name in ("AWS_ENDPOINT_URL", "AWS_PROFILE", "TWILIO_REGION", "TWILIO_EDGE"):
    os.environ.pop(_name, None)

from collections.abc import Iterator  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import moto  # noqa: E402
import pytest  # noqa: E402
from chalice.test import Client  # noqa: E402

from chalicelib.adapters.twilio_sms import TwilioSms  # noqa: E402
from chalicelib.bootstrap import Services, build_services, use_services  # noqa: E402
from chalicelib.domain.model import ProgramSettings  # noqa: E402
from chalicelib.settings import Settings  # noqa: E402
from scripts.drive import Backend  # noqa: E402
from scripts.provision import ensure_queues, ensure_tables  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio, LocalTwilioHttpClient  # noqa: E402
from tests.fakes.moto_atomic import one_request_at_a_time  # noqa: E402
from tests.policy.recording import (  # noqa: E402
    OPERATIONS_FILE,
    AppAwsOperations,
    runs_the_whole_suite,
)
from tests.support import AUTH_TOKEN, WEBHOOK_URL, ManualClock, Phone  # noqa: E402

ACCOUNT_SID = "AC" + "0" * 32
FROM_NUMBER = "+15005550006"

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session", autouse=True)
def record_app_aws_operations(request: pytest.FixtureRequest) -> Iterator[None]:
    """Records what AWS the application code uses; tests/policy checks the IAM policy with it.

    A run of the whole suite writes .local/aws-operations.json when it ends; a narrower run
    (one directory, -k, tests/policy alone) leaves the last whole run's file in place.
    """
    session = request.session
    if not runs_the_whole_suite(request.config):
        yield
        return
    roles = {"USERS_TABLE": "users", "RECORDS_TABLE": "records", "SEND_QUEUE_NAME": "send"}
    recorder = AppAwsOperations({os.environ[name]: role for name, role in roles.items()})
    with recorder.installed():
        yield
    provenance = {
        "recorded_by": " ".join(["pytest", *request.config.invocation_params.args]),
        "tests_collected": session.testscollected,
        "tests_failed": session.testsfailed,
    }
    recorder.write(OPERATIONS_FILE, provenance)


@pytest.fixture
def aws() -> Iterator[None]:
    with moto.mock_aws(), one_request_at_a_time():
        ensure_tables()
        ensure_queues()
        yield


@pytest.fixture(scope="session")
def fake_twilio_server() -> Iterator[FakeTwilio]:
    with FakeTwilio(account_sid=ACCOUNT_SID, auth_token=AUTH_TOKEN) as server:
        yield server


@pytest.fixture
def fake_twilio(fake_twilio_server: FakeTwilio) -> FakeTwilio:
    fake_twilio_server.reset()
    return fake_twilio_server


@pytest.fixture
def clock() -> ManualClock:
    # A Monday afternoon in California.
    return ManualClock(datetime(2026, 11, 23, 22, 0, tzinfo=UTC))


@pytest.fixture
def settings() -> Settings:
    return Settings(
        stage="test",
        webhook_url=WEBHOOK_URL,
        twilio_account_sid=ACCOUNT_SID,
        twilio_auth_token=AUTH_TOKEN,
        from_number=FROM_NUMBER,
        send_queue_name="ncc-test-send",
        program=ProgramSettings(operator_contact="help@nocontact.example"),
    )


def twilio_sms_for(server: FakeTwilio) -> TwilioSms:
    """The real twilio SDK, talking to the fake Twilio API on 127.0.0.1."""
    return TwilioSms(
        ACCOUNT_SID,
        lambda: AUTH_TOKEN,
        from_number=FROM_NUMBER,
        http_client=LocalTwilioHttpClient(server.base_url, timeout=5),
    )


@pytest.fixture
def services(
    aws: None, clock: ManualClock, settings: Settings, fake_twilio: FakeTwilio
) -> Iterator[Services]:
    built = build_services(settings, clock=clock, sms=twilio_sms_for(fake_twilio))
    use_services(built)
    yield built
    use_services(None)


@pytest.fixture
def client(services: Services) -> Iterator[Client]:
    from app import app

    with Client(app, stage_name="local", project_dir=str(PROJECT_DIR)) as test_client:
        yield test_client


@pytest.fixture
def phone(client: Client) -> Phone:
    return Phone(client, "+14155550123")


@pytest.fixture
def enrolled(phone: Phone) -> Phone:
    """A person who texted in and said YES on Monday 14:00 in California."""
    phone.say("hi")
    phone.say("YES")
    return phone


@pytest.fixture
def backend(client: Client) -> Backend:
    """The scheduled side: the tick and the SQS sender, through the Chalice handlers."""
    return Backend(client, "ncc-test-send")
