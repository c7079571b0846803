"""`chalice package` with infra/resources.json merged in: valid CloudFormation, and it agrees
with the PynamoDB models, .chalice/config.json and scripts/provision.py.

Packaging needs no AWS credentials (the environment below has none) but downloads Lambda
wheels from PyPI the first time; chalice caches them under .chalice/deployments/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pynamodb.attributes import TTLAttribute
from pynamodb.models import Model

from chalicelib.adapters import dynamodb
from infra.pin_stage import check, resolve
from scripts import provision

PROJECT_DIR = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
CONFIG = json.loads((PROJECT_DIR / ".chalice" / "config.json").read_text(encoding="utf-8"))
DEPLOYED_STAGES = sorted(
    name for name, stage in CONFIG["stages"].items() if "iam_policy_file" in stage
)
# The template's table for each PynamoDB model, and the variable that names it.
TABLES = {
    "UsersTable": (dynamodb.UserModel, "USERS_TABLE"),
    "RecordsTable": (dynamodb.RecordModel, "RECORDS_TABLE"),
}

pytestmark = pytest.mark.slow


def _no_credentials_environment(home: Path) -> dict[str, str]:
    """This process's environment without any AWS credentials, profile or endpoint."""
    env = {name: value for name, value in os.environ.items() if not name.startswith("AWS_")}
    env.update(
        {
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_CONFIG_FILE": str(home / "no-aws-config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(home / "no-aws-credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
        }
    )
    return env


def _run(command: list[str], env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        command, cwd=PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(command)} exited {result.returncode}:\n{output}"
    return output


@pytest.fixture(scope="module", params=DEPLOYED_STAGES)
def packaged(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sam.json from `make package`'s two steps: chalice package, then pin the stage."""
    stage = request.param
    out = tmp_path_factory.mktemp(f"package-{stage}")
    env = _no_credentials_environment(out)
    chalice = [str(BIN / "chalice"), "package", "--stage", stage]
    _run([*chalice, "--merge-template", "infra/resources.json", str(out / "build")], env)
    template = out / "build" / "sam.json"
    _run([sys.executable, "-m", "infra.pin_stage", stage, str(template)], env)
    return template


def _template(path: Path) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _stage(path: Path) -> str:
    return str(_template(path)["Parameters"]["Stage"]["Default"])


def _stage_env(stage: str) -> dict[str, str]:
    return {**CONFIG["environment_variables"], **CONFIG["stages"][stage]["environment_variables"]}


def test_the_packaged_template_passes_cfn_lint_with_no_findings(packaged: Path) -> None:
    # --include-checks I: informational findings (deletion policies, retention) count too.
    _run([str(BIN / "cfn-lint"), "--include-checks", "I", "--", str(packaged)])


def test_the_stage_is_pinned_and_every_function_uses_the_templates_resources(
    packaged: Path,
) -> None:
    template = _template(packaged)
    stage = _stage(packaged)
    assert template["Parameters"]["Stage"]["AllowedValues"] == [stage]
    assert check(template, stage) == []
    env = _stage_env(stage)
    names = {
        "UsersTable": env["USERS_TABLE"],
        "RecordsTable": env["RECORDS_TABLE"],
        "SendQueue": env["SEND_QUEUE_NAME"],
        "SendDeadLetterQueue": f"{env['SEND_QUEUE_NAME']}-dlq",
    }
    for logical_id, name in names.items():
        properties = template["Resources"][logical_id]["Properties"]
        assert resolve(properties.get("TableName") or properties["QueueName"], stage) == name


def test_each_function_gets_its_settings_and_the_name_chalice_deploy_would_give_it(
    packaged: Path,
) -> None:
    """Same names as `chalice deploy`, so the policy's log-group ARNs hold for both."""
    template = _template(packaged)
    stage = _stage(packaged)
    settings = CONFIG["stages"][stage]["lambda_functions"]
    app = CONFIG["app_name"]
    functions = {
        "APIHandler": ("api_handler", f"{app}-{stage}"),
        "DailyTick": ("daily_tick", f"{app}-{stage}-daily_tick"),
        "SendDaily": ("send_daily", f"{app}-{stage}-send_daily"),
    }
    packaged_functions = {
        logical_id
        for logical_id, resource in template["Resources"].items()
        if resource.get("Type") == "AWS::Serverless::Function"
    }
    assert packaged_functions == set(functions)
    for logical_id, (name, function_name) in functions.items():
        properties = template["Resources"][logical_id]["Properties"]
        assert resolve(properties["FunctionName"], stage) == function_name
        assert properties["Timeout"] == settings[name]["lambda_timeout"]
        assert properties["MemorySize"] == settings[name]["lambda_memory_size"]
        assert properties.get("ReservedConcurrentExecutions") == settings[name].get(
            "reserved_concurrency"
        )


def test_the_send_queue_waits_six_sender_timeouts_and_matches_provision(packaged: Path) -> None:
    template = _template(packaged)
    stage = _stage(packaged)
    sender_timeout = CONFIG["stages"][stage]["lambda_functions"]["send_daily"]["lambda_timeout"]
    queue = template["Resources"]["SendQueue"]["Properties"]
    assert queue["VisibilityTimeout"] >= 6 * sender_timeout, "AWS: at least 6x the timeout"
    assert sender_timeout == provision.SENDER_TIMEOUT_SECONDS
    assert queue["VisibilityTimeout"] == provision.VISIBILITY_TIMEOUT_SECONDS
    redrive = queue["RedrivePolicy"]
    assert redrive["maxReceiveCount"] == provision.MAX_RECEIVES_BEFORE_DEAD_LETTER
    assert redrive["deadLetterTargetArn"] == {"Fn::GetAtt": ["SendDeadLetterQueue", "Arn"]}
    assert queue["SqsManagedSseEnabled"] is True
    dead_letters = template["Resources"]["SendDeadLetterQueue"]["Properties"]
    assert dead_letters["SqsManagedSseEnabled"] is True
    assert dead_letters["MessageRetentionPeriod"] > queue["MessageRetentionPeriod"]
    # The trigger is created only once its queue exists.
    assert "SendQueue" in template["Resources"]["SendDaily"]["DependsOn"]


def _model_tables(model: type[Model]) -> dict[str, Any]:
    """What CloudFormation must declare for a PynamoDB model, in comparable form."""
    schema = model._get_schema()
    indexes = {
        index["index_name"]: (
            {key["AttributeName"]: key["KeyType"] for key in index["key_schema"]},
            index["projection"],
        )
        for index in schema["global_secondary_indexes"]
    }
    ttl = [
        attribute.attr_name
        for attribute in model.get_attributes().values()
        if isinstance(attribute, TTLAttribute)
    ]
    return {
        "attributes": {
            a["AttributeName"]: a["AttributeType"] for a in schema["attribute_definitions"]
        },
        "keys": {key["AttributeName"]: key["KeyType"] for key in schema["key_schema"]},
        "indexes": indexes,
        "local_indexes": [index["index_name"] for index in schema["local_secondary_indexes"]],
        "ttl": ttl,
        "billing_mode": model.Meta.billing_mode,
    }


def _template_tables(properties: dict[str, Any]) -> dict[str, Any]:
    ttl = properties.get("TimeToLiveSpecification")
    return {
        "attributes": {
            a["AttributeName"]: a["AttributeType"] for a in properties["AttributeDefinitions"]
        },
        "keys": {key["AttributeName"]: key["KeyType"] for key in properties["KeySchema"]},
        "indexes": {
            index["IndexName"]: (
                {key["AttributeName"]: key["KeyType"] for key in index["KeySchema"]},
                index["Projection"],
            )
            for index in properties.get("GlobalSecondaryIndexes", [])
        },
        "local_indexes": [i["IndexName"] for i in properties.get("LocalSecondaryIndexes", [])],
        "ttl": [ttl["AttributeName"]] if ttl and ttl.get("Enabled") else [],
        "billing_mode": properties["BillingMode"],
    }


def test_every_pynamodb_model_has_a_matching_table(packaged: Path) -> None:
    template = _template(packaged)
    stage = _stage(packaged)
    models = {
        value
        for value in vars(dynamodb).values()
        if isinstance(value, type) and issubclass(value, Model) and value is not Model
    }
    assert models == {model for model, _ in TABLES.values()}, "a new model needs a table"
    tables = {
        logical_id
        for logical_id, resource in template["Resources"].items()
        if resource.get("Type") == "AWS::DynamoDB::Table"
    }
    assert tables == set(TABLES)
    for logical_id, (model, variable) in TABLES.items():
        resource = template["Resources"][logical_id]
        properties = resource["Properties"]
        expected = _model_tables(model)
        assert _template_tables(properties) == expected, (
            f"{logical_id} in infra/resources.json differs from {model.__name__}; "
            f"the model needs: {json.dumps(expected)}"
        )
        assert resolve(properties["TableName"], stage) == _stage_env(stage)[variable]
        assert properties["PointInTimeRecoverySpecification"]["PointInTimeRecoveryEnabled"]
        assert properties["SSESpecification"]["SSEEnabled"] is True
        assert resource["DeletionPolicy"] == "Retain"
