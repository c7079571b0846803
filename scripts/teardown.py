"""`make teardown STAGE=dev`: removes what `chalice deploy` creates for a stage, found by name.

`chalice delete` removes only what `.chalice/deployed/<stage>.json` lists, and a first deploy
that failed writes no such file: its functions and roles stay behind. This asks Chalice's own
application graph for the names it gives the stage's resources (so they follow app.py and
.chalice/config.json) and removes each one that exists, whether or not a deploy recorded it:
the REST API that calls the stage's API function, the schedule rule, the SQS event source
mappings, the functions (their invoke permissions go with them) and the roles.

It never touches the tables, queues or SSM parameters: `make provision` made those, and they
hold people's data. It honours AWS_ENDPOINT_URL, like `make provision`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import boto3
from botocore.exceptions import ClientError

from scripts.aws_errors import operator_errors
from scripts.stage_env import PROJECT_DIR, aws_region

# The error codes each service gives for a resource that is not there.
_NOT_FOUND = {"ResourceNotFoundException", "NoSuchEntity", "NotFoundException"}


class UnknownResource(RuntimeError):
    """The stage deploys a kind of resource this script cannot remove; nothing was removed."""


@dataclass
class StageResources:
    """The names `chalice deploy` gives one stage's resources."""

    app_name: str
    api_function: str | None = None  # the function the REST API calls, if the app has routes
    functions: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)


def stage_resources(stage: str, project_dir: Path = PROJECT_DIR) -> StageResources:
    """Reads the names from Chalice's application graph; raises UnknownResource first."""
    from chalice.cli.factory import CLIFactory
    from chalice.deploy import models
    from chalice.deploy.appgraph import ApplicationGraphBuilder, DependencyBuilder

    nothing_to_remove = (
        models.SQSEventSource,  # its mapping is found by function, with the others
        models.DeploymentPackage,
        models.IAMPolicy,
        models.PreCreatedIAMRole,  # the operator's own role, not one chalice made
    )
    # As `chalice deploy` does: app.py is imported with the stage's environment variables.
    config = CLIFactory(str(project_dir), environ=os.environ).create_config_obj(stage)
    graph = ApplicationGraphBuilder().build(config, stage)
    found = StageResources(app_name=config.app_name)
    for resource in DependencyBuilder().build_dependencies(graph):
        if isinstance(resource, models.LambdaFunction):
            found.functions.append(resource.function_name)
        elif isinstance(resource, models.ManagedIAMRole):
            found.roles.append(resource.role_name)
        elif isinstance(resource, models.CloudWatchEventBase):
            found.rules.append(resource.rule_name)
        elif isinstance(resource, models.RestAPI):
            found.api_function = resource.lambda_function.function_name
        elif not isinstance(resource, nothing_to_remove):
            raise UnknownResource(
                f"stage {stage} deploys a {type(resource).__name__} "
                f"({getattr(resource, 'resource_name', '?')}), which teardown cannot remove: "
                "remove the stage by hand, or teach scripts/teardown.py"
            )
    return found


def _missing(error: ClientError) -> bool:
    return error.response.get("Error", {}).get("Code") in _NOT_FOUND


def _calls_function(apigateway: Any, api_id: str, function_name: str) -> bool:
    """Whether any method of the REST API integrates with that Lambda function."""
    suffix = f":function:{function_name}/invocations"
    for page in apigateway.get_paginator("get_resources").paginate(restApiId=api_id):
        for resource in page["items"]:
            for method in resource.get("resourceMethods", {}):
                try:
                    integration = apigateway.get_integration(
                        restApiId=api_id, resourceId=resource["id"], httpMethod=method
                    )
                except ClientError as error:
                    if _missing(error):
                        continue
                    raise
                if str(integration.get("uri", "")).endswith(suffix):
                    return True
    return False


def remove_rest_apis(session: Any, app_name: str, function_name: str) -> list[str]:
    """Every REST API named after the app whose methods call this stage's API function.

    The name alone would not do: every stage's API has the app's name. Returns the ids removed.
    """
    apigateway = session.client("apigateway")
    removed = []
    for page in apigateway.get_paginator("get_rest_apis").paginate():
        for api in page["items"]:
            if api["name"] == app_name and _calls_function(apigateway, api["id"], function_name):
                apigateway.delete_rest_api(restApiId=api["id"])
                removed.append(api["id"])
    return removed


def _remove_each(names: list[str], remove: Callable[[str], object]) -> list[str]:
    """Calls remove(name) for each name; returns those that existed to be removed."""
    removed = []
    for name in names:
        try:
            remove(name)
        except ClientError as error:
            if _missing(error):
                continue
            raise
        removed.append(name)
    return removed


def remove_rules(session: Any, names: list[str]) -> list[str]:
    """The EventBridge rules by name, their targets first. Returns the names removed."""
    events = session.client("events")

    def remove(name: str) -> None:
        targets = events.list_targets_by_rule(Rule=name)["Targets"]
        if targets:
            events.remove_targets(Rule=name, Ids=[target["Id"] for target in targets])
        events.delete_rule(Name=name)

    return _remove_each(names, remove)


def remove_event_source_mappings(session: Any, functions: list[str]) -> list[str]:
    """Every event source mapping of these functions. Returns 'queue -> function' for each.

    All mappings are listed and matched on FunctionArn: the FunctionName filter matches only
    the exact string the mapping was made with in moto (Chalice makes it with the ARN).
    """
    lambda_client = session.client("lambda")
    pages = lambda_client.get_paginator("list_event_source_mappings").paginate()
    mappings = [mapping for page in pages for mapping in page["EventSourceMappings"]]
    removed = []
    for mapping in mappings:
        # arn:aws:lambda:<region>:<account>:function:<name>[:<version or alias>]
        function = str(mapping.get("FunctionArn", "")).partition(":function:")[2].split(":")[0]
        if function in functions:
            lambda_client.delete_event_source_mapping(UUID=mapping["UUID"])
            source = str(mapping.get("EventSourceArn", "?")).rsplit(":", 1)[-1]
            removed.append(f"{source} -> {function}")
    return removed


def remove_functions(session: Any, names: list[str]) -> list[str]:
    lambda_client = session.client("lambda")
    return _remove_each(names, lambda name: lambda_client.delete_function(FunctionName=name))


def remove_roles(session: Any, names: list[str]) -> list[str]:
    """The roles, after their inline and attached policies (IAM refuses otherwise)."""
    iam = session.client("iam")

    def remove(name: str) -> None:
        for policy in iam.list_role_policies(RoleName=name)["PolicyNames"]:
            iam.delete_role_policy(RoleName=name, PolicyName=policy)
        for attached in iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]:
            iam.detach_role_policy(RoleName=name, PolicyArn=attached["PolicyArn"])
        iam.delete_role(RoleName=name)

    return _remove_each(names, remove)


def teardown(stage: str, session: Any, project_dir: Path = PROJECT_DIR) -> dict[str, list[str]]:
    """Removes the stage's app resources; returns what was removed, by kind."""
    names = stage_resources(stage, project_dir)
    removed: dict[str, list[str]] = {}
    if names.api_function:
        removed["rest API"] = remove_rest_apis(session, names.app_name, names.api_function)
    removed["rule"] = remove_rules(session, names.rules)
    removed["event source mapping"] = remove_event_source_mappings(session, names.functions)
    removed["function"] = remove_functions(session, names.functions)
    removed["role"] = remove_roles(session, names.roles)
    return removed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", default="dev", help="a stage in .chalice/config.json")
    parser.add_argument("--project-dir", type=Path, default=PROJECT_DIR)
    args = parser.parse_args(argv)

    session = boto3.session.Session(region_name=aws_region())
    with operator_errors():
        try:
            removed = teardown(args.stage, session, args.project_dir)
        except UnknownResource as error:
            print(error, file=sys.stderr)
            return 1
    for kind, names in removed.items():
        for name in names:
            print(f"removed {kind}: {name}")
    if not any(removed.values()):
        print(f"Nothing of stage {args.stage} was deployed.")
    record = args.project_dir / ".chalice" / "deployed" / f"{args.stage}.json"
    if record.exists():
        # It lists only what was just removed; `chalice delete` drops it the same way.
        record.unlink()
        print(f"removed {record.relative_to(args.project_dir)}")
    print("Kept: the tables, queues and SSM parameters (they hold people's data).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
