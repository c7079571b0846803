"""`make deploy-check`: the operator's path, `make provision` then `chalice deploy --stage dev`
twice, proven against a moto server on 127.0.0.1, then what AWS holds, and how it all goes.

`chalice delete` removes a recorded deployment; `make teardown` (scripts/teardown.py) removes
one whose record is gone, or a first deploy that failed halfway. Both keep the tables, queues
and SSM parameter. The API import needs the shim in tests/deploy/aws_on_moto.py.
"""

from __future__ import annotations

import json
import re
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from botocore.exceptions import ClientError
from chalice.app import ScheduledEventConfig, SQSEventConfig

from app import app
from chalicelib.domain.schedule import SLOT
from scripts.stage_env import PROJECT_DIR
from tests.deploy.aws_on_moto import accepting_swagger2, moto_server
from tests.deploy.stage import (
    ACCOUNT,
    CONFIG,
    ENVIRONMENT,
    PREFIX,
    PROVISIONED,
    QUEUE_ARN,
    REGION,
    STAGE,
    StageAws,
    deployed_rest_api_id,
    keep_newest_package,
    project_copy,
)

SETTINGS: dict[str, dict[str, Any]] = CONFIG["stages"][STAGE]["lambda_functions"]
# Chalice names the API handler <app>-<stage> and every other function <app>-<stage>-<name>.
FUNCTIONS = {name: PREFIX if name == "api_handler" else f"{PREFIX}-{name}" for name in SETTINGS}
POLICY = json.loads((PROJECT_DIR / ".chalice" / "policy-dev.json").read_text(encoding="utf-8"))
SCHEDULE = next(s for s in app.event_sources if isinstance(s, ScheduledEventConfig))
SQS_TRIGGER = next(s for s in app.event_sources if isinstance(s, SQSEventConfig))
RULE = f"{PREFIX}-{SCHEDULE.name}-event"


def _arn(function: str) -> str:
    return f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:{function}"


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    with moto_server() as url:
        yield url
    keep_newest_package()


@pytest.fixture
def aws(endpoint: str) -> StageAws:
    """A moto with nothing in it but what `make provision STAGE=dev` makes, and the token."""
    # moto's own reset endpoint: every service's state goes, as in a fresh server.
    reset = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")  # noqa: S310
    urllib.request.urlopen(reset, timeout=10).close()  # noqa: S310 - http://127.0.0.1 only
    stage = StageAws(endpoint)
    provisioned = stage.provision()
    assert provisioned.returncode == 0, provisioned.stdout
    return stage


def _deploy(aws: StageAws, project: Path) -> str:
    with accepting_swagger2():
        deployed = aws.chalice(project, "deploy")
    assert deployed.returncode == 0, deployed.stdout
    return deployed.stdout


# -- what a deploy must leave in AWS; each check returns what differs -----------------------


def routes_problems(aws: StageAws, api_id: str) -> list[str]:
    """Each route of app.py, and no other, is an aws_proxy integration to the API function."""
    apigateway = aws.client("apigateway")
    found = {}
    for resource in apigateway.get_resources(restApiId=api_id)["items"]:
        for method in resource.get("resourceMethods", {}):
            found[(resource["path"], method)] = apigateway.get_integration(
                restApiId=api_id, resourceId=resource["id"], httpMethod=method
            )
    expected = {(path, method) for path, methods in app.routes.items() for method in methods}
    problems = [f"routes: {sorted(found)} deployed, app.py has {sorted(expected)}"]
    if set(found) == expected:
        problems = []
    uri = f"arn:aws:apigateway:{REGION}:lambda:path/2015-03-31/functions/"
    uri += f"{_arn(FUNCTIONS['api_handler'])}/invocations"
    for route, integration in sorted(found.items()):
        if (integration["type"].upper(), integration["uri"]) != ("AWS_PROXY", uri):
            problems.append(f"{route}: {integration['type']} to {integration['uri']}")
    return problems


def _invokers(aws: StageAws, function: str) -> set[tuple[str, str]]:
    """(service, source ARN) of each statement of the function's resource policy."""
    try:
        policy = json.loads(aws.client("lambda").get_policy(FunctionName=function)["Policy"])
    except ClientError as error:
        if error.response["Error"]["Code"] == "ResourceNotFoundException":
            return set()
        raise
    return {
        (s["Principal"]["Service"], s["Condition"]["ArnLike"]["AWS:SourceArn"])
        for s in policy["Statement"]
        if s["Action"] == "lambda:InvokeFunction" and s["Effect"] == "Allow"
    }


def invoke_permission_problems(aws: StageAws, api_id: str) -> list[str]:
    """API Gateway may invoke the API function and EventBridge the tick; nobody the sender
    (its SQS trigger polls with the function's own role)."""
    expected = {
        FUNCTIONS["api_handler"]: {
            ("apigateway.amazonaws.com", f"arn:aws:execute-api:{REGION}:{ACCOUNT}:{api_id}/*")
        },
        FUNCTIONS[SCHEDULE.name]: {
            ("events.amazonaws.com", f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{RULE}")
        },
        FUNCTIONS[SQS_TRIGGER.name]: set(),
    }
    return [
        f"{function} may be invoked by {found}, expected {invokers}"
        for function, invokers in expected.items()
        if (found := _invokers(aws, function)) != invokers
    ]


def role_problems(aws: StageAws) -> list[str]:
    """Each function runs as its own role, which Lambda may assume and whose only policy is
    .chalice/policy-dev.json."""
    iam = aws.client("iam")
    problems = []
    for name, function in FUNCTIONS.items():
        role_arn = aws.client("lambda").get_function_configuration(FunctionName=function)["Role"]
        role = f"{PREFIX}-{name}"
        if role_arn != f"arn:aws:iam::{ACCOUNT}:role/{role}":
            problems.append(f"{function} runs as {role_arn}")
            continue
        trust = iam.get_role(RoleName=role)["Role"]["AssumeRolePolicyDocument"]["Statement"]
        if [s["Principal"] for s in trust] != [{"Service": "lambda.amazonaws.com"}]:
            problems.append(f"{role} may be assumed by {trust}")
        inline = iam.list_role_policies(RoleName=role)["PolicyNames"]
        documents = [
            iam.get_role_policy(RoleName=role, PolicyName=p)["PolicyDocument"] for p in inline
        ]
        if documents != [POLICY]:
            problems.append(f"{role}'s inline policies differ from policy-dev.json: {documents}")
        if attached := iam.list_attached_role_policies(RoleName=role)["AttachedPolicies"]:
            problems.append(f"{role} has managed policies attached: {attached}")
    return problems


def trigger_and_schedule_problems(aws: StageAws) -> list[str]:
    """The send queue's one mapping, as app.py sets it; the tick every scheduler slot."""
    problems = []
    mappings = aws.client("lambda").list_event_source_mappings(EventSourceArn=QUEUE_ARN)
    found = [
        (m["FunctionArn"], m["BatchSize"], m.get("ScalingConfig"), m["State"])
        for m in mappings["EventSourceMappings"]
    ]
    expected = (
        _arn(FUNCTIONS[SQS_TRIGGER.name]),
        SQS_TRIGGER.batch_size,
        {"MaximumConcurrency": SQS_TRIGGER.maximum_concurrency},
        "Enabled",
    )
    if found != [expected]:
        problems.append(f"mappings of {QUEUE_ARN}: {found}, expected [{expected}]")
    events = aws.client("events")
    rule = events.describe_rule(Name=RULE)
    every_slot = f"cron(0/{SLOT.seconds // 60} * * * ? *)"
    if (rule["ScheduleExpression"], rule["State"]) != (every_slot, "ENABLED"):
        problems.append(f"{RULE}: {rule['ScheduleExpression']} {rule['State']}")
    targets = [t["Arn"] for t in events.list_targets_by_rule(Rule=RULE)["Targets"]]
    if targets != [_arn(FUNCTIONS[SCHEDULE.name])]:
        problems.append(f"{RULE} targets {targets}")
    return problems


def function_problems(aws: StageAws) -> list[str]:
    """Each function's environment is the stage's, and its settings are the config's."""
    lambda_client = aws.client("lambda")
    problems = []
    for name, function in FUNCTIONS.items():
        configuration = lambda_client.get_function_configuration(FunctionName=function)
        variables = configuration.get("Environment", {}).get("Variables", {})
        if variables != ENVIRONMENT:
            problems.append(f"{function}'s environment: {variables}")
        settings = SETTINGS[name]
        found = (
            configuration["Timeout"],
            configuration["MemorySize"],
            lambda_client.get_function_concurrency(FunctionName=function).get(
                "ReservedConcurrentExecutions"
            ),
        )
        expected = (
            settings["lambda_timeout"],
            settings["lambda_memory_size"],
            settings.get("reserved_concurrency"),
        )
        if found != expected:
            problems.append(f"{function}: timeout, memory, reserved {found}, expected {expected}")
    return problems


# -- the operator's path ------------------------------------------------------------------


def test_deploy_and_redeploy_build_what_the_config_says_and_delete_keeps_only_the_data(
    aws: StageAws, tmp_path: Path
) -> None:
    project = project_copy(tmp_path / "project")
    assert "Creating Rest API" in _deploy(aws, project)
    redeployed = _deploy(aws, project)
    assert not re.search(r"Creating (IAM role|lambda function|Rest API)", redeployed), redeployed
    api_id = deployed_rest_api_id(project)

    problems = [
        *routes_problems(aws, api_id),
        *invoke_permission_problems(aws, api_id),
        *role_problems(aws),
        *trigger_and_schedule_problems(aws),
        *function_problems(aws),
    ]
    assert problems == []

    deleted = aws.chalice(project, "delete")
    assert deleted.returncode == 0, deleted.stdout
    assert aws.app_resources() == {}
    assert aws.data_resources() == PROVISIONED


def test_teardown_removes_a_deployment_whose_record_is_lost(aws: StageAws, tmp_path: Path) -> None:
    project = project_copy(tmp_path / "project")
    _deploy(aws, project)
    (project / ".chalice" / "deployed" / f"{STAGE}.json").unlink()
    assert set(aws.app_resources()) == {
        "functions",
        "roles",
        "rules",
        "event source mappings",
        "rest APIs",
    }

    torn_down = aws.teardown(project)
    assert torn_down.returncode == 0, torn_down.stdout
    assert aws.app_resources() == {}, torn_down.stdout
    assert aws.data_resources() == PROVISIONED


def test_a_failed_first_deploy_is_left_by_chalice_delete_and_removed_by_teardown(
    aws: StageAws, tmp_path: Path
) -> None:
    project = project_copy(tmp_path / "project")
    failed = aws.chalice(project, "deploy")  # no shim: moto refuses the API document
    assert failed.returncode != 0, "moto now imports Swagger 2.0: drop the shim, fail otherwise"
    assert "when calling the ImportRestApi operation" in failed.stdout, failed.stdout
    assert not (project / ".chalice" / "deployed").exists()
    left = aws.app_resources()
    assert set(left) == {"functions", "roles", "rules", "event source mappings"}

    assert aws.chalice(project, "delete").returncode == 0
    assert aws.app_resources() == left, "chalice delete knows nothing of an unrecorded deploy"

    torn_down = aws.teardown(project)
    assert torn_down.returncode == 0, torn_down.stdout
    assert aws.app_resources() == {}, torn_down.stdout
    assert aws.data_resources() == PROVISIONED
    again = aws.teardown(project)
    assert "Nothing of stage dev was deployed." in again.stdout
