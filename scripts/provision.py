"""Creates the stage's DynamoDB tables and queues, idempotently: `make provision STAGE=dev`.

`chalice deploy` creates no tables. This honours AWS_ENDPOINT_URL, so the same code
provisions moto in tests and in the local run.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import boto3

from chalicelib.adapters.dynamodb import RecordModel, UserModel

MODELS: tuple[type[Any], ...] = (UserModel, RecordModel)


def ensure_tables() -> list[str]:
    """Creates what is missing and returns the names it created."""
    created = []
    for model in MODELS:
        if not model.exists():
            model.create_table(wait=True, billing_mode="PAY_PER_REQUEST")
            created.append(model.Meta.table_name)
        _ensure_point_in_time_recovery(model.Meta.table_name)
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
    created = ensure_tables()
    print(json.dumps({"created_tables": created}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
