"""The recorder behind the IAM policy check: what counts as the application's call, and how
each call's resources are written down."""

from __future__ import annotations

import sys
from typing import Any

import boto3

from chalicelib.adapters.dynamodb import DynamoPeople
from tests.policy.recording import PROJECT_DIR, AppAwsOperations, _called_by_app, _targets

NAMES = {"ncc-test-users": "users", "ncc-test-records": "records", "ncc-test-send": "send"}


def test_a_call_counts_as_the_applications_only_with_app_code_on_the_stack() -> None:
    def here() -> bool:
        return _called_by_app(sys._getframe())

    assert not here()
    for source in ("chalicelib/adapters/anything.py", "app.py"):
        code = compile("result = here()", str(PROJECT_DIR / source), "exec")
        scope: dict[str, Any] = {"here": here}
        exec(code, scope)  # noqa: S102 - a frame whose file is app code
        assert scope["result"] is True, source
    code = compile("result = here()", str(PROJECT_DIR / "scripts" / "provision.py"), "exec")
    scope = {"here": here}
    exec(code, scope)  # noqa: S102 - scripts/ is not the application
    assert scope["result"] is False


def test_resources_are_written_by_role_and_transaction_items_by_kind() -> None:
    transaction = {
        "TransactItems": [
            {"Put": {"TableName": "ncc-test-users", "Item": {}}},
            {"Update": {"TableName": "ncc-test-records", "Key": {}}},
            {"ConditionCheck": {"TableName": "ncc-test-records", "Key": {}}},
        ]
    }
    assert _targets("dynamodb", transaction, NAMES) == {
        "Put table/users",
        "Update table/records",
        "ConditionCheck table/records",
    }
    query = {"TableName": "ncc-test-users", "IndexName": "send-bucket"}
    assert _targets("dynamodb", query, NAMES) == {"table/users/index/send-bucket"}
    batch: dict[str, Any] = {"RequestItems": {"ncc-test-records": [{"DeleteRequest": {"Key": {}}}]}}
    assert _targets("dynamodb", batch, NAMES) == {"DeleteRequest table/records"}
    url = "https://sqs.us-east-1.amazonaws.com/123456789012/ncc-test-send"
    assert _targets("sqs", {"QueueUrl": url}, NAMES) == {"queue/send"}
    assert _targets("sqs", {"QueueName": "ncc-test-send"}, NAMES) == {"queue/send"}
    assert _targets("ssm", {"Name": "/x/y"}, NAMES) == {"parameter/twilio-auth-token"}
    shared = {"Name": "/no-contact-coach/dev/twilio-shared-keys"}
    assert _targets("ssm", shared, NAMES) == {"parameter/twilio-shared-keys"}
    assert _targets("dynamodb", {"TableName": "someone-elses"}, NAMES) == {"table/someone-elses"}


def test_only_the_applications_calls_are_recorded(aws: None) -> None:
    recorder = AppAwsOperations(NAMES)
    with recorder.installed():
        boto3.client("dynamodb").describe_table(TableName="ncc-test-users")  # the test's own
        assert DynamoPeople().get("+14155550123") is None  # the application's
    assert recorder.operations == ["dynamodb:GetItem"]
    assert recorder.targets == {"dynamodb:GetItem": {"table/users"}}
