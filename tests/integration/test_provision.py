"""`make provision` against a moto server: creates everything once, then changes nothing."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest

from tests.conftest import PROJECT_DIR
from tests.support import free_port


@pytest.fixture(scope="module")
def moto_server() -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                break
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


def _environment(endpoint: str) -> dict[str, str]:
    keep = {"PATH", "HOME", "LANG"}
    env = {k: v for k, v in os.environ.items() if k in keep}
    env.update(
        {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "provision-test",
            "AWS_SECRET_ACCESS_KEY": "provision-test",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
    )
    return env


def _provision(endpoint: str, extra: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    result = subprocess.run(
        [sys.executable, "-m", "scripts.provision", "--stage", "dev"],
        cwd=PROJECT_DIR,
        env={**_environment(endpoint), **(extra or {})},
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.returncode, json.loads(result.stdout)


def _client(service: str, endpoint: str) -> Any:
    return boto3.client(
        service,
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="provision-test",
        aws_secret_access_key="provision-test",
    )


def test_provisioning_twice_creates_once_and_then_changes_nothing(moto_server: str) -> None:
    code, first = _provision(moto_server)
    assert first["created_tables"] == ["ncc-dev-users", "ncc-dev-records"]
    assert first["created_queues"] == ["ncc-dev-send-dlq", "ncc-dev-send"]
    assert code == 1, "the auth token parameter does not exist yet"
    assert (
        "aws ssm put-parameter --name /no-contact-coach/dev/twilio-auth-token"
        in (first["auth_token_parameter"])
    )
    assert "\n" not in first["auth_token_parameter"], "one line, also inside the JSON"

    _client("ssm", moto_server).put_parameter(
        Name="/no-contact-coach/dev/twilio-auth-token", Type="SecureString", Value="x" * 32
    )
    code, second = _provision(moto_server)
    assert code == 0
    assert second["created_tables"] == [] and second["created_queues"] == []
    assert second["auth_token_parameter"] == "ok"
    assert first["report_policy"] == second["report_policy"]


def test_the_report_reader_policy_may_scan_the_people_table_and_nothing_else(
    moto_server: str,
) -> None:
    _, provisioned = _provision(moto_server)
    iam = _client("iam", moto_server)
    policy = iam.get_policy(PolicyArn=provisioned["report_policy"])["Policy"]
    assert policy["PolicyName"] == "ncc-dev-report-reader"
    version = iam.get_policy_version(PolicyArn=policy["Arn"], VersionId=policy["DefaultVersionId"])[
        "PolicyVersion"
    ]
    document = version["Document"]
    if isinstance(document, str):
        document = json.loads(urllib.parse.unquote(document))
    (statement,) = document["Statement"]
    assert sorted(statement["Action"]) == ["dynamodb:DescribeTable", "dynamodb:Scan"]
    assert statement["Resource"].endswith(":table/ncc-dev-users")


def test_provisioned_tables_have_recovery_ttl_and_the_schedulers_indexes(moto_server: str) -> None:
    _provision(moto_server)
    dynamodb = _client("dynamodb", moto_server)
    for table in ("ncc-dev-users", "ncc-dev-records"):
        description = dynamodb.describe_table(TableName=table)["Table"]
        assert description["BillingModeSummary"]["BillingMode"] == "PAY_PER_REQUEST"
        backups = dynamodb.describe_continuous_backups(TableName=table)
        recovery = backups["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]
        assert recovery["PointInTimeRecoveryStatus"] == "ENABLED"
    users = dynamodb.describe_table(TableName="ncc-dev-users")["Table"]
    assert [i["IndexName"] for i in users["GlobalSecondaryIndexes"]] == ["send-bucket"]
    records = dynamodb.describe_table(TableName="ncc-dev-records")["Table"]
    assert [i["IndexName"] for i in records["GlobalSecondaryIndexes"]] == ["due-bucket"]
    ttl = dynamodb.describe_time_to_live(TableName="ncc-dev-records")["TimeToLiveDescription"]
    assert ttl == {"TimeToLiveStatus": "ENABLED", "AttributeName": "expires_at"}


def test_the_send_queue_redrives_to_a_dead_letter_queue(moto_server: str) -> None:
    _provision(moto_server)
    sqs = _client("sqs", moto_server)
    url = sqs.get_queue_url(QueueName="ncc-dev-send")["QueueUrl"]
    attributes = sqs.get_queue_attributes(QueueUrl=url, AttributeNames=["All"])["Attributes"]
    redrive = json.loads(attributes["RedrivePolicy"])
    assert redrive["deadLetterTargetArn"].endswith(":ncc-dev-send-dlq")
    assert int(redrive["maxReceiveCount"]) == 5
    assert attributes["VisibilityTimeout"] == "360"


def test_the_crisis_alarm_counts_crisis_replies_and_notifies_the_optional_topic(
    moto_server: str,
) -> None:
    topic = "arn:aws:sns:us-east-1:123456789012:ncc-dev-on-call"
    _provision(moto_server, {"CRISIS_ALARM_TOPIC_ARN": topic})
    _provision(moto_server, {"CRISIS_ALARM_TOPIC_ARN": topic})
    alarms = _client("cloudwatch", moto_server).describe_alarms()["MetricAlarms"]
    assert [alarm["AlarmName"] for alarm in alarms] == ["ncc-dev-crisis-replies"]
    alarm = alarms[0]
    assert (alarm["Namespace"], alarm["MetricName"]) == ("NoContactCoach", "CrisisReplies")
    assert alarm["Dimensions"] == [{"Name": "service", "Value": "no-contact-coach"}]
    assert alarm["Threshold"] == 1 and alarm["Period"] == 3600
    assert alarm["AlarmActions"] == [topic]


def test_without_credentials_provision_says_so_in_one_line(
    moto_server: str, tmp_path: Path
) -> None:
    env = {
        name: value
        for name, value in _environment(moto_server).items()
        if name not in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")
    }
    env.update(
        {
            "AWS_CONFIG_FILE": str(tmp_path / "none"),
            "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "none"),
            "AWS_EC2_METADATA_DISABLED": "true",
        }
    )
    result = subprocess.run(
        [sys.executable, "-m", "scripts.provision", "--stage", "dev"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("No AWS credentials found.")
    assert result.stderr.count("\n") == 1, result.stderr
