"""Creates the stage's DynamoDB tables and queues, idempotently: `make provision STAGE=dev`.

`chalice deploy` creates no tables. This honours AWS_ENDPOINT_URL, so the same code
provisions moto in tests and in the local run.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

import boto3

from chalicelib.adapters.dynamodb import RecordModel, UserModel

MODELS: tuple[type[Any], ...] = (UserModel, RecordModel)
# SQS should wait at least six times the sender's Lambda timeout before redelivering.
SENDER_TIMEOUT_SECONDS = 60
VISIBILITY_TIMEOUT_SECONDS = 6 * SENDER_TIMEOUT_SECONDS
MAX_RECEIVES_BEFORE_DEAD_LETTER = 5


def ensure_tables() -> list[str]:
    """Creates what is missing and returns the names it created."""
    created = []
    for model in MODELS:
        if not model.exists():
            model.create_table(wait=True, billing_mode="PAY_PER_REQUEST")
            created.append(model.Meta.table_name)
        _ensure_point_in_time_recovery(model.Meta.table_name)
    return created


def ensure_queues(queue_name: str | None = None) -> list[str]:
    """The send queue and its dead-letter queue, with a redrive policy; returns names created."""
    name = queue_name or os.environ.get("SEND_QUEUE_NAME", "ncc-local-send")
    sqs = boto3.client("sqs", region_name=UserModel.Meta.region)
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
    attributes = {
        "VisibilityTimeout": str(VISIBILITY_TIMEOUT_SECONDS),
        "SqsManagedSseEnabled": "true",
        "RedrivePolicy": json.dumps(
            {
                "deadLetterTargetArn": dead_letter_arn,
                "maxReceiveCount": MAX_RECEIVES_BEFORE_DEAD_LETTER,
            }
        ),
    }
    url = next((u for u in existing if u.rsplit("/", 1)[-1] == name), None)
    if url is None:
        sqs.create_queue(QueueName=name, Attributes=attributes)
        created.append(name)
    else:
        sqs.set_queue_attributes(QueueUrl=url, Attributes=attributes)
    return created


def _ensure_point_in_time_recovery(table_name: str) -> None:
    client = boto3.client("dynamodb", region_name=UserModel.Meta.region)
    status = client.describe_continuous_backups(TableName=table_name)
    description = status["ContinuousBackupsDescription"]["PointInTimeRecoveryDescription"]
    if description["PointInTimeRecoveryStatus"] != "ENABLED":
        client.update_continuous_backups(
            TableName=table_name,
            PointInTimeRecoverySpecification={"PointInTimeRecoveryEnabled": True},
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.parse_args(argv)
    tables = ensure_tables()
    queues = ensure_queues()
    print(json.dumps({"created_tables": tables, "created_queues": queues}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
