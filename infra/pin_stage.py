"""Pins a packaged template to the stage it was packaged for: `make package STAGE=prod`.

`chalice package --stage prod --merge-template infra/resources.json OUT` gives the functions
the prod names from .chalice/config.json, while infra/resources.json names the tables and
queues from its `Stage` parameter. This sets that parameter's default and only allowed value
to the packaged stage, then checks that every name a function reads from its environment is
a resource the template creates. A prod package can then never be deployed with dev tables.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

# The environment variable each function reads -> the resource in infra/resources.json.
NAMED_RESOURCES = {
    "USERS_TABLE": "UsersTable",
    "RECORDS_TABLE": "RecordsTable",
    "SEND_QUEUE_NAME": "SendQueue",
}
_NAME_PROPERTY = {"AWS::DynamoDB::Table": "TableName", "AWS::SQS::Queue": "QueueName"}


class StageMismatch(ValueError):
    """The packaged functions and the merged resources disagree; the message says where."""


def resolve(value: Any, stage: str) -> Any:
    """A resource name as CloudFormation would resolve it with Stage=stage."""
    if isinstance(value, dict) and set(value) == {"Fn::Sub"} and isinstance(value["Fn::Sub"], str):
        return value["Fn::Sub"].replace("${Stage}", stage)
    return value


def resource_name(template: dict[str, Any], logical_id: str, stage: str) -> Any:
    resource = template["Resources"][logical_id]
    return resolve(resource["Properties"][_NAME_PROPERTY[resource["Type"]]], stage)


def check(template: dict[str, Any], stage: str) -> list[str]:
    problems = []
    for logical_id, resource in template["Resources"].items():
        if resource.get("Type") != "AWS::Serverless::Function":
            continue
        variables = resource["Properties"].get("Environment", {}).get("Variables", {})
        for variable, target in NAMED_RESOURCES.items():
            expected = resource_name(template, target, stage)
            if variables.get(variable) != expected:
                problems.append(
                    f"{logical_id} reads {variable}={variables.get(variable)!r} but {target} "
                    f"is named {expected!r} for Stage={stage}"
                )
    return problems


def pin(template: dict[str, Any], stage: str) -> dict[str, Any]:
    parameter = template["Parameters"]["Stage"]
    if stage not in parameter["AllowedValues"]:
        raise StageMismatch(f"Stage {stage!r} is not one of {parameter['AllowedValues']}")
    problems = check(template, stage)
    if problems:
        raise StageMismatch("; ".join(problems))
    parameter["Default"] = stage
    parameter["AllowedValues"] = [stage]
    return template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("stage")
    parser.add_argument("template", type=Path, help="the sam.json chalice package wrote")
    args = parser.parse_args(argv)
    template = json.loads(args.template.read_text(encoding="utf-8"))
    try:
        pin(template, args.stage)
    except StageMismatch as error:
        print(f"{args.template}: {error}", file=sys.stderr)
        return 1
    args.template.write_text(json.dumps(template, indent=2) + "\n", encoding="utf-8")
    print(f"{args.template}: Stage pinned to {args.stage}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
