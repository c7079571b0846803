"""Each deployed stage's IAM policy allows what the application does, and nothing more.

The main test run records every AWS call that app.py or chalicelib/ makes (tests/conftest.py,
tests/policy/recording.py) into .local/aws-operations.json. `make test` then runs this file:

* every recorded call must be allowed by .chalice/policy-<stage>.json, on that stage's own
  resource (the right table, index, queue or parameter), and
* every action the policy allows must have been recorded, or be listed below: either AWS
  does it with the function's role on the function's behalf, or the application does it on
  a path the test suite does not reach yet.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from chalice.app import SQSEventConfig

from app import app
from tests.policy.recording import OPERATIONS_FILE, PROJECT_DIR

CHALICE_DIR = PROJECT_DIR / ".chalice"
CONFIG = json.loads((CHALICE_DIR / "config.json").read_text(encoding="utf-8"))
DEPLOYED_STAGES = sorted(
    name for name, stage in CONFIG["stages"].items() if "iam_policy_file" in stage
)
# Any region and account will do: the policies leave both as `*`.
REGION, ACCOUNT = "us-east-1", "123456789012"

# API operations authorised by an IAM action of another name (AWS Service Authorization
# Reference). Every other operation is authorised by the action of its own name.
RENAMED = {
    "sqs:SendMessageBatch": "sqs:SendMessage",
    "sqs:DeleteMessageBatch": "sqs:DeleteMessage",
    "sqs:ChangeMessageVisibilityBatch": "sqs:ChangeMessageVisibility",
}
# TransactGetItems / TransactWriteItems have no action of their own: IAM authorises each item
# as the single-item action it stands for (DynamoDB guide, "Using IAM with transactions").
TRANSACTION_ITEM_ACTIONS = {
    "Get": "dynamodb:GetItem",
    "Put": "dynamodb:PutItem",
    "Update": "dynamodb:UpdateItem",
    "Delete": "dynamodb:DeleteItem",
    "ConditionCheck": "dynamodb:ConditionCheckItem",
}

# AWS calls these with the function's role on the function's behalf; no test can see them.
ON_BEHALF_OF_EACH_FUNCTION = (
    # Lambda's runtime writes each function's logs to /aws/lambda/<function name>.
    "logs:CreateLogGroup",
    "logs:CreateLogStream",
    "logs:PutLogEvents",
)
ON_BEHALF_OF_EACH_SQS_TRIGGER = (
    # Lambda's event source mapping polls the queue, and deletes a batch once it succeeded.
    # (No ChangeMessageVisibility: the code never changes a message's visibility.)
    "sqs:ReceiveMessage",
    "sqs:DeleteMessage",
    "sqs:GetQueueAttributes",
)

# Used by application code on paths the test suite does not reach yet; each says where.
# Once a test reaches one, this test warns: delete the line.
NOT_YET_EXERCISED: dict[tuple[str, str], str] = {
    # (action, resource kind) -> the code path no test reaches yet. Empty: every path is tested.
}


@dataclass(frozen=True)
class Need:
    """One IAM action on one of the stage's resources, and why it is needed."""

    action: str
    resource: str  # a role, as recorded: table/users, queue/send, log-group/<function>
    why: str


@dataclass(frozen=True)
class Recorded:
    operations: list[str]
    targets: dict[str, list[str]]
    provenance: str


@pytest.fixture(scope="module")
def recorded() -> Recorded:
    if not OPERATIONS_FILE.exists():
        pytest.fail(
            f"{OPERATIONS_FILE.relative_to(PROJECT_DIR)} is missing: the main test run writes "
            "it. Run `make test` (or `pytest --ignore=tests/policy` and then `pytest "
            "tests/policy`)."
        )
    document = json.loads(OPERATIONS_FILE.read_text(encoding="utf-8"))
    provenance = (
        f"recorded by `{document.get('recorded_by')}`: {document.get('tests_collected')} "
        f"tests, {document.get('tests_failed')} failed"
    )
    return Recorded(document["operations"], document["targets"], provenance)


def _recorded_needs(recorded: Recorded) -> list[Need]:
    needs = []
    for operation in recorded.operations:
        for target in recorded.targets.get(operation, ["*"]):
            kind, _, resource = target.rpartition(" ")
            if operation in ("dynamodb:TransactGetItems", "dynamodb:TransactWriteItems"):
                action = TRANSACTION_ITEM_ACTIONS[kind]
            else:  # BatchWriteItem's PutRequest / DeleteRequest share its one action
                action = RENAMED.get(operation, operation)
            needs.append(Need(action, resource, f"recorded {operation} {target}"))
    return needs


def _function_names(stage: str) -> list[str]:
    """The Lambda functions `chalice deploy` creates for the app, by the names it gives them."""
    prefix = f"{CONFIG['app_name']}-{stage}"
    names = [prefix] if app.routes else []  # the API handler
    names += [f"{prefix}-{source.name}" for source in app.event_sources]
    names += [f"{prefix}-{function.name}" for function in app.pure_lambda_functions]
    return names


def _on_behalf_needs(stage: str) -> list[Need]:
    needs = [
        Need(action, f"log-group/{function}", "Lambda writes the function's logs")
        for function in _function_names(stage)
        for action in ON_BEHALF_OF_EACH_FUNCTION
    ]
    for source in app.event_sources:
        if isinstance(source, SQSEventConfig):
            # app.py named its queue from the test run's SEND_QUEUE_NAME (tests/conftest.py).
            assert source.queue == os.environ["SEND_QUEUE_NAME"], "an SQS trigger on a new queue"
            needs += [
                Need(action, "queue/send", f"the SQS trigger of {source.name}")
                for action in ON_BEHALF_OF_EACH_SQS_TRIGGER
            ]
    return needs


def _known_unexercised_needs() -> list[Need]:
    return [
        Need(action, resource, f"not yet exercised by a test: {where}")
        for (action, resource), where in NOT_YET_EXERCISED.items()
    ]


def _stage_env(stage: str) -> dict[str, str]:
    return {**CONFIG["environment_variables"], **CONFIG["stages"][stage]["environment_variables"]}


def _arns(resource: str, stage: str) -> list[str]:
    """The concrete ARNs a role stands for in this stage; [] if it is not one of its resources."""
    env = _stage_env(stage)
    tables = {"users": env["USERS_TABLE"], "records": env["RECORDS_TABLE"]}
    kind, _, name = resource.partition("/")
    if kind == "table":
        table, _, index = name.partition("/index/")
        if table not in tables:
            return []
        arn = f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/{tables[table]}"
        return [f"{arn}/index/{index}" if index else arn]
    if kind == "queue" and name == "send":
        return [f"arn:aws:sqs:{REGION}:{ACCOUNT}:{env['SEND_QUEUE_NAME']}"]
    if kind == "parameter" and name == "twilio-auth-token":
        return [f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter{env['TWILIO_AUTH_TOKEN_PARAM']}"]
    if kind == "parameter" and name == "twilio-shared-keys":
        # Optional (README, "SharedKey signatures"): the stage's own name beside the token's.
        default = env["TWILIO_AUTH_TOKEN_PARAM"].replace("twilio-auth-token", "twilio-shared-keys")
        keys = env.get("TWILIO_SHARED_KEYS_PARAM") or default
        return [f"arn:aws:ssm:{REGION}:{ACCOUNT}:parameter{keys}"]
    if kind == "log-group":
        # IAM sees a log group as `log-group:NAME:*` (CloudWatch Logs guide, "Overview of
        # managing access"), and its streams as `log-group:NAME:log-stream:STREAM`.
        group = f"arn:aws:logs:{REGION}:{ACCOUNT}:log-group:/aws/lambda/{name}"
        return [f"{group}:*", f"{group}:log-stream:2026/11/27/[$LATEST]0123456789abcdef"]
    return []


def _action_arns(need: Need, stage: str) -> list[str]:
    arns = _arns(need.resource, stage)
    if need.action == "logs:CreateLogGroup":
        return [arn for arn in arns if ":log-stream:" not in arn]
    if need.action in ("logs:CreateLogStream", "logs:PutLogEvents"):
        return [arn for arn in arns if ":log-stream:" in arn]
    return arns


# -- the policy, as IAM reads it -----------------------------------------------------------


def _wildcard(pattern: str, case_sensitive: bool = True) -> re.Pattern[str]:
    expression = re.escape(pattern).replace(r"\*", ".*").replace(r"\?", ".")
    return re.compile(expression, 0 if case_sensitive else re.IGNORECASE)


def _as_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@dataclass(frozen=True)
class Grant:
    sid: str
    action: str
    resource: str

    def allows(self, action: str, arn: str) -> bool:
        return bool(
            _wildcard(self.action, case_sensitive=False).fullmatch(action)
            and _wildcard(self.resource).fullmatch(arn)
        )


def _policy_file(stage: str) -> Path:
    return CHALICE_DIR / str(CONFIG["stages"][stage]["iam_policy_file"])


def _grants(stage: str) -> list[Grant]:
    policy: dict[str, Any] = json.loads(_policy_file(stage).read_text(encoding="utf-8"))
    grants = []
    for statement in policy["Statement"]:
        unsupported = {"NotAction", "NotResource", "NotPrincipal", "Condition"} & set(statement)
        assert not unsupported, f"{statement.get('Sid')}: this check cannot read {unsupported}"
        assert statement["Effect"] == "Allow", f"{statement.get('Sid')}: only Allow is expected"
        grants += [
            Grant(statement.get("Sid", "?"), action, resource)
            for action in _as_list(statement["Action"])
            for resource in _as_list(statement["Resource"])
        ]
    return grants


def _describe(needs: Iterable[Need]) -> str:
    return "\n".join(f"  {n.action} on {n.resource}  ({n.why})" for n in needs)


# -- the checks ----------------------------------------------------------------------------


@pytest.mark.parametrize("stage", DEPLOYED_STAGES)
def test_the_policy_allows_every_call_the_application_makes(stage: str, recorded: Recorded) -> None:
    grants = _grants(stage)
    needs = _recorded_needs(recorded) + _on_behalf_needs(stage) + _known_unexercised_needs()
    foreign = [need for need in needs if not _arns(need.resource, stage)]
    assert not foreign, (
        f"the application touched resources that are not the stage's own "
        f"({recorded.provenance}):\n{_describe(foreign)}"
    )
    missing = [
        need
        for need in needs
        if not all(
            any(grant.allows(need.action, arn) for grant in grants)
            for arn in _action_arns(need, stage)
        )
    ]
    assert not missing, (
        f"{_policy_file(stage).name} must also allow ({recorded.provenance}):\n{_describe(missing)}"
    )


@pytest.mark.parametrize("stage", DEPLOYED_STAGES)
def test_the_policy_allows_nothing_the_application_does_not_use(
    stage: str, recorded: Recorded
) -> None:
    needs = _recorded_needs(recorded) + _on_behalf_needs(stage) + _known_unexercised_needs()
    needed = [(need.action, arn) for need in needs for arn in _action_arns(need, stage)]
    unused = [
        grant
        for grant in _grants(stage)
        if not any(grant.allows(action, arn) for action, arn in needed)
    ]
    assert not unused, (
        f"{_policy_file(stage).name} allows what nothing used ({recorded.provenance}). Remove "
        "it; or, if the code does use it on a path no test reaches yet, add it to "
        "NOT_YET_EXERCISED in tests/policy/test_iam_policy.py with where:\n"
        + "\n".join(f"  [{g.sid}] {g.action} on {g.resource}" for g in unused)
    )


@pytest.mark.parametrize("stage", DEPLOYED_STAGES)
def test_the_policy_names_each_resource_and_wildcards_only_region_and_account(
    stage: str,
) -> None:
    for grant in _grants(stage):
        assert "*" not in grant.action, f"[{grant.sid}] {grant.action}: name each action"
        parts = grant.resource.split(":", 5)
        assert len(parts) == 6 and parts[:3] == ["arn", "aws", grant.action.split(":")[0]], (
            f"[{grant.sid}] {grant.resource}: an ARN of the action's own service"
        )
        resource = parts[5]
        if parts[2] == "logs":  # log-group:NAME or log-group:NAME:* (its log streams)
            resource = resource.removesuffix(":*")
        assert "*" not in resource and "?" not in resource, (
            f"[{grant.sid}] {grant.resource}: wildcards only in the region and account"
        )


def test_actions_not_yet_exercised_are_still_unexercised(recorded: Recorded) -> None:
    """A warning, not a failure: once a test reaches one, its NOT_YET_EXERCISED line can go."""
    reached = {(need.action, need.resource) for need in _recorded_needs(recorded)}
    for key in NOT_YET_EXERCISED.keys() & reached:
        warnings.warn(
            f"{key[0]} on {key[1]} is now exercised by the test suite: delete its line from "
            "NOT_YET_EXERCISED in tests/policy/test_iam_policy.py",
            stacklevel=1,
        )
