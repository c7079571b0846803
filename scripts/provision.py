"""`make provision STAGE=dev`: the stage's DynamoDB tables and SQS queues, idempotently.

`chalice deploy` creates no tables or queues. This creates what is missing (on-demand tables
with point-in-time recovery, TTL and the scheduler's indexes; the send queue with a dead-letter
queue; the CloudWatch alarm on crisis replies, notifying CRISIS_ALARM_TOPIC_ARN if set; the
IAM policy that lets an operator run `make report`), leaves what exists, and checks that the
Twilio auth token is in SSM as a SecureString.
It honours AWS_ENDPOINT_URL, so the same code provisions moto in tests and in `make run`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

import boto3

from scripts.aws_errors import operator_errors
from scripts.stage_env import aws_region, stage_environment

PROJECT_DIR = Path(__file__).resolve().parent.parent

# SQS should wait at least six times the sender's Lambda timeout before redelivering.
SENDER_TIMEOUT_SECONDS = 60
VISIBILITY_TIMEOUT_SECONDS = 6 * SENDER_TIMEOUT_SECONDS
MAX_RECEIVES_BEFORE_DEAD_LETTER = 5


def _models() -> tuple[type[Any], ...]:
    # Imported late: PynamoDB reads table names when the module is first imported.
    from chalicelib.adapters.dynamodb import RecordModel, UserModel

    return (UserModel, RecordModel)


def ensure_tables() -> list[str]:
    """Creates the tables that are missing and returns their names."""
    created = []
    client = boto3.client("dynamodb", region_name=aws_region())
    for model in _models():
        if not model.exists():
            model.create_table(wait=True, billing_mode="PAY_PER_REQUEST")
            created.append(model.Meta.table_name)
        _ensure_point_in_time_recovery(client, model.Meta.table_name)
    return created


def _ensure_point_in_time_recovery(client: Any, table_name: str) -> None:
    status = client.describe_continuous_backups(TableName=table_name)
    description = status["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]
    if description["PointInTimeRecoveryStatus"] != "ENABLED":
        client.update_continuous_backups(
            TableName=table_name,
            PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True},
        )


def ensure_queues(queue_name: str | None = None) -> list[str]:
    """The send queue and its dead-letter queue, with a redrive policy; returns names created."""
    name = queue_name or os.environ.get("SEND_QUEUE_NAME", "ncc-local-send")
    sqs = boto3.client("sqs", region_name=aws_region())
    existing = set(sqs.list_queues(QueueNamePrefix=name).get("QueueUrls", []))
    created = []
    dead_letter_url = sqs.create_queue(
        QueueName=f"{name}-dlq",
        Attributes={"MessageRetentionPeriod": str(14 * 24 * 3600), "SqsManagedSseEnabled": "true"},
    )["QueueUrl"]
    if dead_letter_url not in existing:
        created.append(f"{name}-dlq")
    dead_letter_arn = sqs.get_queue_attributes(
        QueueUrl=dead_letter_url, AttributeNames=["QueueArn"]
    )["Attributes"]["QueueArn"]
    redrive = {
        "deadLetterTargetArn": dead_letter_arn,
        "maxReceiveCount": MAX_RECEIVES_BEFORE_DEAD_LETTER,
    }
    attributes = {
        "VisibilityTimeout": str(VISIBILITY_TIMEOUT_SECONDS),
        "SqsManagedSseEnabled": "true",
        "RedrivePolicy": json.dumps(redrive),
    }
    url = next((u for u in existing if u.rsplit("/", 1)[-1] == name), None)
    if url is None:
        sqs.create_queue(QueueName=name, Attributes=attributes)
        created.append(name)
    else:
        sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)
    return created


def check_auth_token_parameter(name: str) -> str:
    """Whether the auth token is in SSM as a SecureString: "ok", or one line saying what to do.

    Never reads or prints its value.
    """
    ssm = boto3.client("ssm", region_name=aws_region())
    found = ssm.describe_parameters(
        ParameterFilters=[{"Key": "Name", "Option": "Equals", "Values": [name]}]
    )["Parameters"]
    if not found:
        return (
            f"missing: create it with: aws ssm put-parameter --name {name} "
            "--type SecureString --value <your Twilio auth token>"
        )
    if found[0]["Type"] != "SecureString":
        return f"{found[0]['Type']}, not SecureString: recreate it as a SecureString"
    return "ok"


def ensure_crisis_alarm(stage: str, topic_arn: str | None = None) -> str:
    """The CloudWatch alarm on the CrisisReplies count, as in infra/resources.json.

    put_metric_alarm creates or updates, so this is idempotent. Returns the alarm's name.
    """
    template = json.loads((PROJECT_DIR / "infra" / "resources.json").read_text("utf-8"))
    properties = template["Resources"]["CrisisRepliesAlarm"]["Properties"]
    name = f"ncc-{stage}-crisis-replies"
    boto3.client("cloudwatch", region_name=aws_region()).put_metric_alarm(
        AlarmName=name,
        AlarmDescription=properties["AlarmDescription"],
        Namespace=properties["Namespace"],
        MetricName=properties["MetricName"],
        Dimensions=properties["Dimensions"],
        Statistic=properties["Statistic"],
        Period=properties["Period"],
        EvaluationPeriods=properties["EvaluationPeriods"],
        Threshold=properties["Threshold"],
        ComparisonOperator=properties["ComparisonOperator"],
        TreatMissingData=properties["TreatMissingData"],
        AlarmActions=[topic_arn] if topic_arn else [],
    )
    return name


def ensure_report_policy(stage: str) -> str:
    """The managed policy `make report` needs (ReportReaderPolicy in infra/resources.json: Scan
    and DescribeTable on the people table), created if missing. Returns its ARN, or why not:
    an operator without iam:CreatePolicy still gets their tables and queues."""
    from botocore.exceptions import ClientError

    template = json.loads((PROJECT_DIR / "infra" / "resources.json").read_text("utf-8"))
    document = template["Resources"]["ReportReaderPolicy"]["Properties"]["PolicyDocument"]
    table = _models()[0].Meta.table_name
    arn = boto3.client("dynamodb", region_name=aws_region()).describe_table(TableName=table)
    statements = [
        {**statement, "Resource": arn["Table"]["TableArn"]} for statement in document["Statement"]
    ]
    name = f"ncc-{stage}-report-reader"
    iam = boto3.client("iam", region_name=aws_region())
    try:
        iam.create_policy(
            PolicyName=name,
            PolicyDocument=json.dumps({**document, "Statement": statements}),
            Description="make report: reads the people table (Scan, DescribeTable)",
        )
    except ClientError as error:
        code = error.response["Error"]["Code"]
        if code != "EntityAlreadyExists":
            return f"not created ({code}): attach ReportReaderPolicy from infra/resources.json"
    account = boto3.client("sts", region_name=aws_region()).get_caller_identity()["Account"]
    return f"arn:aws:iam::{account}:policy/{name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", default="dev", help="a stage in .chalice/config.json")
    args = parser.parse_args(argv)

    for key, value in stage_environment(args.stage).items():
        os.environ.setdefault(key, value)
    with operator_errors():
        tables = ensure_tables()
        queues = ensure_queues()
        alarm = ensure_crisis_alarm(args.stage, os.environ.get("CRISIS_ALARM_TOPIC_ARN") or None)
        report_policy = ensure_report_policy(args.stage)
        parameter = os.environ.get("TWILIO_AUTH_TOKEN_PARAM")
        token = check_auth_token_parameter(parameter) if parameter else "not used by this stage"
    print(
        json.dumps(
            {
                "stage": args.stage,
                "created_tables": tables,
                "created_queues": queues,
                "crisis_alarm": alarm,
                "report_policy": report_policy,
                "auth_token_parameter": token,
            },
            indent=2,
        )
    )
    if token in ("ok", "not used by this stage"):
        return 0
    # The JSON above is for tools; the one thing left to do is said plainly too.
    print(f"Tables and queues are ready, but SSM parameter {parameter} is {token}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
