"""The Lambda package as built: `chalice package --stage dev` makes deployment.zip and its SAM
template; the zip is unzipped into a temporary directory, and each function's Handler runs
there in a fresh `python -I -S -B` (tests/deploy/lambda_runtime.py) with only that directory
and the standard library on sys.path, and the environment the template gives it. Nothing may
be imported from outside the package, and nothing is written into it.

Real event shapes: API Gateway REST proxy events (v1, as a REST API's aws_proxy integration
sends them, with the headers Twilio sends) signed as Twilio signs, an EventBridge scheduled
event, and the SQS event the send queue's mapping would build from what the tick queued.
AWS is a moto server on 127.0.0.1, provisioned as `make provision STAGE=dev` does; Twilio is
tests/fakes' FakeTwilio, reached over HTTPS through tests/deploy/twilio_tunnel.py, since the
deployed sender always calls https://api.twilio.com. One change is made by hand between the
texts and the tick: the person's next send is moved to the current slot (make_due_now), since
a real tick only finds someone due once their morning has come.

The package shares deploy-check's cache (.chalice/deployments/deploy-check/): after
deploy-check, or a run of this test, with the same app and requirements, nothing is built.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

import pytest

from chalicelib.content import render_daily, render_reply
from chalicelib.domain.schedule import SLOT, bucket_for, slot_start
from chalicelib.domain.timezones import infer_timezone
from tests.deploy.aws_on_moto import moto_server
from tests.deploy.lambda_package import (
    FROM_NUMBER,
    STATUS_CALLBACK_URL,
    WEBHOOK_URL,
    Package,
    api_gateway_event,
    build_package,
    lambda_environment,
    run_in_runtime,
    scheduled_event,
    sqs_event,
    twilio_form,
)
from tests.deploy.stage import ENVIRONMENT, StageAws
from tests.deploy.twilio_tunnel import TwilioTunnel
from tests.fakes.fake_twilio import FakeTwilio
from tests.support import twilio_signature

# Lambda's own limits for a function's code: a zip uploaded directly, and unzipped.
ZIP_LIMIT, UNZIPPED_LIMIT = 50 * 2**20, 250 * 2**20
# Numbers whose zone (Twilio's FromState/FromCountry beside them) is awake at any UTC hour.
PHONES = (
    ("+14155550123", "CA", "US"),
    ("+447700900123", "", "GB"),
    ("+61412345678", "WA", "AU"),
)


@dataclass(frozen=True)
class World:
    aws: StageAws
    twilio: FakeTwilio
    tunnel: TwilioTunnel
    auth_token: str


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with moto_server() as url:
        yield url


@pytest.fixture(scope="module")
def package(endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Package:
    return build_package(tmp_path_factory.mktemp("lambda-package"))


@pytest.fixture(scope="module")
def world(endpoint: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    # moto's backends live in the process, so an earlier module's server left its state: reset.
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")  # noqa: S310
    urllib.request.urlopen(reset, timeout=10).close()  # noqa: S310 - http://127.0.0.1 only
    aws = StageAws(endpoint)
    provisioned = aws.provision()
    assert provisioned.returncode == 0, provisioned.stdout
    parameter = aws.client("ssm").get_parameter(
        Name=ENVIRONMENT["TWILIO_AUTH_TOKEN_PARAM"], WithDecryption=True
    )
    token = parameter["Parameter"]["Value"]
    with (
        FakeTwilio(account_sid=ENVIRONMENT["TWILIO_ACCOUNT_SID"], auth_token=token) as twilio,
        TwilioTunnel(twilio.base_url, tmp_path_factory.mktemp("tunnel")) as tunnel,
    ):
        yield World(aws, twilio, tunnel, token)


# -- one Lambda function, run from the package ----------------------------------------------


@dataclass(frozen=True)
class Ran:
    returned: list[Any]  # by each invocation, as JSON
    from_package: set[str]  # the top-level modules loaded from the package


def run_function(
    package: Package, world: World, handler: str, events: list[dict[str, Any]], tmp: Path
) -> Ran:
    """Each event through the handler in one fresh process (one cold container)."""
    function = package.functions[handler]
    env = lambda_environment(package, handler, world.aws.endpoint, world.tunnel.environment())
    report = run_in_runtime(package, handler, events, env, tmp)
    assert report["python"] == [3, 11] and function["Runtime"] == "python3.11"
    assert report["flags"] == {"isolated": 1, "no_site": 1, "dont_write_bytecode": True}
    assert not [p for p in report["standard_library"] if "-packages" in p], report
    # The proof: every module loaded came from the package or the standard library.
    assert report["outside"] == {}, report["outside"]
    from_package = set(report["from_package"])
    assert {"app", "chalice", "chalicelib", "boto3", "pynamodb", "twilio"} <= from_package
    failures = [result["trace"] for result in report["results"] if "raised" in result]
    assert not failures, "\n".join([*failures, report["stderr"][-4000:]])
    return Ran([result["returned"] for result in report["results"]], from_package)


# -- what AWS holds --------------------------------------------------------------------------


def person_item(aws: StageAws, phone: str) -> dict[str, Any]:
    found = aws.client("dynamodb").get_item(
        TableName=ENVIRONMENT["USERS_TABLE"], Key={"phone": {"S": phone}}, ConsistentRead=True
    )
    return dict(found.get("Item", {}))


def record_keys(aws: StageAws, phone: str) -> list[str]:
    found = aws.client("dynamodb").query(
        TableName=ENVIRONMENT["RECORDS_TABLE"],
        KeyConditionExpression="phone = :phone",
        ExpressionAttributeValues={":phone": {"S": phone}},
        ConsistentRead=True,
    )
    return sorted(item["key"]["S"] for item in found["Items"])


def _dynamo_time(at: datetime) -> str:
    """PynamoDB's UTCDateTimeAttribute format."""
    return at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+0000")


def make_due_now(aws: StageAws, phone: str, slot: datetime) -> None:
    """The one change made by hand: their next send is the current slot, as on the morning
    after they joined, and the scheduler's cursor is where the last tick, 15 minutes ago,
    left it."""
    dynamodb = aws.client("dynamodb")
    dynamodb.update_item(
        TableName=ENVIRONMENT["USERS_TABLE"],
        Key={"phone": {"S": phone}},
        UpdateExpression="SET send_at = :at, send_bucket = :bucket ADD version :one",
        ExpressionAttributeValues={
            ":at": {"S": _dynamo_time(slot)},
            ":bucket": {"S": bucket_for(slot, phone)},
            ":one": {"N": "1"},
        },
    )
    dynamodb.put_item(
        TableName=ENVIRONMENT["RECORDS_TABLE"],
        Item={
            "phone": {"S": "#scheduler"},
            "key": {"S": "cursor"},
            "cursor": {"S": _dynamo_time(slot - SLOT)},
        },
    )


def awake_phone(now: datetime) -> tuple[str, str, str]:
    """A number whose own zone is well inside 08:00-21:00 now, so today's text may go."""
    for phone in PHONES:
        local = now.astimezone(ZoneInfo(infer_timezone(*phone, default="America/New_York")))
        if time(8, 15) <= local.time() <= time(20, 30):
            return phone
    raise AssertionError(f"no number in {PHONES} is awake at {now}")


def twiml_texts(response: dict[str, Any]) -> list[str]:
    assert response["statusCode"] == 200, response
    assert response["headers"]["Content-Type"] == "application/xml", response
    root = ElementTree.fromstring(response["body"])
    assert root.tag == "Response", response["body"]
    return [message.text or "" for message in root.iter("Message")]


def files_under(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


# -- the tests ------------------------------------------------------------------------------


def test_the_package_fits_lambda_and_carries_checked_hash_bytecode(package: Package) -> None:
    unzipped = sum(path.stat().st_size for path in package.task_root.rglob("*") if path.is_file())
    assert package.zip_path.stat().st_size < ZIP_LIMIT
    assert unzipped < UNZIPPED_LIMIT
    files = files_under(package.task_root)
    compiled = {name for name in files if name.endswith(".pyc")}
    # PEP 552: flags 0b11 in the header's second word = hash-based, source checked on import.
    for name in compiled:
        header = (package.task_root / name).read_bytes()[:8]
        assert header[:4] == importlib.util.MAGIC_NUMBER and header[4:8] == b"\x03\0\0\0", name
        source = name.replace("__pycache__/", "").replace(f".{sys.implementation.cache_tag}", "")
        assert source.removesuffix("c") in files, name
    wanted = {"chalicelib/domain/crisis.py", "botocore/client.py", "pynamodb/models.py"}
    wanted |= {"twilio/request_validator.py", "chalice/app.py", "twilio/rest/api/v2010/__init__.py"}
    for source in wanted:
        assert importlib.util.cache_from_source(source) in compiled, source
    never_imported = ("aiohttp/", "phonenumbers/geodata/", "twilio/rest/voice/")
    assert not [name for name in compiled if name.startswith(never_imported)]
    assert set(package.functions) == {"app.app", "app.daily_tick", "app.send_daily"}
    for function in package.functions.values():
        assert function["CodeUri"] == "./deployment.zip"
        assert function["Environment"]["Variables"] == ENVIRONMENT


def test_the_built_package_answers_texts_ticks_and_sends_with_nothing_from_outside(
    package: Package, world: World, tmp_path: Path
) -> None:
    aws, token = world.aws, world.auth_token
    before = files_under(package.task_root)
    phone = awake_phone(datetime.now(UTC))
    number = phone[0]
    hi, yes, forged = (f"SM{uuid.uuid4().hex}" for _ in range(3))
    hi_form, yes_form = twilio_form(phone, "hi", hi), twilio_form(phone, "YES", yes)
    # Twilio signs the configured URL; a forger without the auth token signs with another.
    forged_form = twilio_form(phone, "STOP", forged)
    api = run_function(
        package,
        world,
        "app.app",
        [
            api_gateway_event(hi_form, twilio_signature(WEBHOOK_URL, hi_form, token)),
            api_gateway_event(yes_form, twilio_signature(WEBHOOK_URL, yes_form, token)),
            api_gateway_event(
                forged_form, twilio_signature(WEBHOOK_URL, forged_form, f"not-{token}")
            ),
        ],
        tmp_path,
    )
    welcome, enrolled, refused = api.returned

    assert twiml_texts(welcome) == [render_reply("welcome", program_days=21)]
    (enrolled_text,) = twiml_texts(enrolled)
    assert enrolled_text.startswith("No Contact Coach: you're in. Day 1 of 21 starts now,")
    assert refused["statusCode"] == 403, refused
    assert refused["body"].strip() == "Forbidden: invalid Twilio signature"
    person = person_item(aws, number)
    # The forged STOP changed nothing: still active, no receipt of its MessageSid.
    assert person["status"]["S"] == "active"
    assert "consent_at" in person
    assert record_keys(aws, number) == sorted([f"inbound#{hi}", f"inbound#{yes}"])

    now = datetime.now(UTC)
    assert person["send_at"]["S"] > _dynamo_time(now)  # their first text is still ahead
    slot = slot_start(now)
    make_due_now(aws, number, slot)
    tick = run_function(package, world, "app.daily_tick", [scheduled_event(slot)], tmp_path)
    assert tick.returned == [None]
    sqs = aws.client("sqs")
    queue_url = sqs.get_queue_url(QueueName=ENVIRONMENT["SEND_QUEUE_NAME"])["QueueUrl"]
    received = sqs.receive_message(
        QueueUrl=queue_url, MaxNumberOfMessages=10, AttributeNames=["All"], WaitTimeSeconds=1
    )["Messages"]
    assert [json.loads(message["Body"]) for message in received] == [
        {"phone": number, "due_at": slot.isoformat(), "attempt": 0, "kind": "daily", "key": ""}
    ]

    send = run_function(package, world, "app.send_daily", [sqs_event(received)], tmp_path)
    assert send.returned == [None]
    # The real twilio SDK from the package sent it, over requests and urllib3 from the package.
    assert {"requests", "urllib3", "certifi"} <= send.from_package
    for message in received:  # the mapping deletes a batch whose handler returned
        sqs.delete_message(QueueUrl=queue_url, ReceiptHandle=message["ReceiptHandle"])
    (sent,) = world.twilio.messages_sent
    assert (sent.to, sent.from_, sent.status_callback) == (
        number,
        FROM_NUMBER,
        STATUS_CALLBACK_URL,
    )
    assert sent.body == render_daily("daily", 0, day=1, program_days=21)
    local_day = now.astimezone(ZoneInfo(person["timezone"]["S"])).date()
    claim = f"daily#{local_day.isoformat()}"
    assert claim in record_keys(aws, number)
    claimed = aws.client("dynamodb").get_item(
        TableName=ENVIRONMENT["RECORDS_TABLE"],
        Key={"phone": {"S": number}, "key": {"S": claim}},
        ConsistentRead=True,
    )["Item"]
    assert (claimed["state"]["S"], claimed["message_sid"]["S"]) == ("sent", sent.sid)
    # ...and moved their next text to tomorrow's 09:00, their time.
    zone = ZoneInfo(person["timezone"]["S"])
    tomorrow = datetime.combine(local_day + timedelta(days=1), time(9, 0), tzinfo=zone)
    assert person_item(aws, number)["send_at"]["S"] == _dynamo_time(tomorrow)
    attributes = sqs.get_queue_attributes(QueueUrl=queue_url, AttributeNames=["All"])
    counts = {k: v for k, v in attributes["Attributes"].items() if k.startswith("Approximate")}
    assert set(counts.values()) == {"0"}, counts

    # Twilio, over HTTPS, was the only place outside 127.0.0.1 the package reached.
    assert world.tunnel.refused == []
    assert set(world.tunnel.asked) == {"api.twilio.com:443"}
    assert [request.host for request in world.twilio.requests] == ["api.twilio.com"]
    # -B: the package ran and nothing was written into it.
    assert files_under(package.task_root) == before
