"""The dev stage as deploy-check sees it: a copy of the project to deploy, the operator's
commands run against a moto server, and what that server then holds.

`chalice deploy` records what it made in `<project>/.chalice/deployed/<stage>.json`, so it
deploys a copy of the project in a temporary directory: a real `.chalice/deployed/dev.json`
in the working tree is never overwritten with moto's ids. The copy shares one package cache
(`.chalice/deployments/deploy-check/`), so only the first run, or one after app code or
requirements changed, builds the Lambda package (pip downloads the Lambda wheels from PyPI,
as `make package` does).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import boto3

from scripts.stage_env import PROJECT_DIR, stage_environment

STAGE = "dev"
CONFIG = json.loads((PROJECT_DIR / ".chalice" / "config.json").read_text(encoding="utf-8"))
APP_NAME: str = CONFIG["app_name"]
PREFIX = f"{APP_NAME}-{STAGE}"
ENVIRONMENT = stage_environment(STAGE)
REGION, ACCOUNT = "us-east-1", "123456789012"  # moto's default account
QUEUE_ARN = f"arn:aws:sqs:{REGION}:{ACCOUNT}:{ENVIRONMENT['SEND_QUEUE_NAME']}"
PACKAGE_CACHE = PROJECT_DIR / ".chalice" / "deployments" / "deploy-check"
BIN = Path(sys.executable).parent
# What `chalice deploy` deploys: app.py and chalicelib/ with requirements.txt, and the config.
_PROJECT_FILES = ("app.py", "requirements.txt", ".chalice/config.json")


def project_copy(destination: Path) -> Path:
    """A deployable copy of the project, with no deployment recorded yet."""
    destination.mkdir(parents=True, exist_ok=True)
    (destination / ".chalice").mkdir()
    for name in _PROJECT_FILES:
        shutil.copy2(PROJECT_DIR / name, destination / name)
    for policy in (PROJECT_DIR / ".chalice").glob("policy-*.json"):
        shutil.copy2(policy, destination / ".chalice" / policy.name)
    shutil.copytree(
        PROJECT_DIR / "chalicelib",
        destination / "chalicelib",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    PACKAGE_CACHE.mkdir(parents=True, exist_ok=True)
    (destination / ".chalice" / "deployments").symlink_to(PACKAGE_CACHE)
    return destination


def keep_newest_package() -> None:
    """Drops the cache's older packages: each app change would otherwise leave 28 MB behind.

    Two are kept: `make bytecode` packages without vendor/ and the deploy packages with it,
    and Chalice names each by a hash of requirements.txt and vendor/."""
    packages = sorted(PACKAGE_CACHE.glob("*.zip"), key=lambda path: path.stat().st_mtime)
    for stale in packages[:-2]:
        stale.unlink()


def deployed_rest_api_id(project: Path) -> str:
    record = json.loads((project / ".chalice" / "deployed" / f"{STAGE}.json").read_text("utf-8"))
    return str(
        next(r["rest_api_id"] for r in record["resources"] if r["resource_type"] == "rest_api")
    )


def _is_the_apps(name: str) -> bool:
    return name == PREFIX or name.startswith(PREFIX + "-")


class StageAws:
    """boto3 clients for a moto server, and the operator's commands run against it."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint

    def client(self, service: str) -> Any:
        return boto3.client(
            service,
            endpoint_url=self.endpoint,
            region_name=REGION,
            aws_access_key_id="deploy-check",
            aws_secret_access_key="deploy-check",
        )

    def environment(self) -> dict[str, str]:
        """This process's environment with moto's endpoint and dummy credentials.

        Without any other AWS_ setting or the app's variables from tests/conftest.py, so each
        command reads the stage's own names from .chalice/config.json.
        """
        app_variables = {
            name
            for stage in CONFIG["stages"].values()
            for name in stage.get("environment_variables", {})
        }
        env = {
            name: value
            for name, value in os.environ.items()
            if not name.startswith("AWS_") and name not in app_variables
        }
        env.update(
            {
                "AWS_ENDPOINT_URL": self.endpoint,
                "AWS_ACCESS_KEY_ID": "deploy-check",
                "AWS_SECRET_ACCESS_KEY": "deploy-check",
                "AWS_DEFAULT_REGION": REGION,
                "AWS_EC2_METADATA_DISABLED": "true",
            }
        )
        return env

    def run(self, *command: str) -> subprocess.CompletedProcess[str]:
        """Runs a command in the project directory; stdout and stderr together in .stdout."""
        return subprocess.run(
            command,
            cwd=PROJECT_DIR,
            env=self.environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            timeout=600,  # the first run builds the package
            check=False,
        )

    def chalice(self, project: Path, command: str) -> subprocess.CompletedProcess[str]:
        """`chalice deploy` or `chalice delete` of the dev stage of a project copy."""
        chalice = str(BIN / "chalice")
        return self.run(chalice, "--project-dir", str(project), command, "--stage", STAGE)

    def provision(self) -> subprocess.CompletedProcess[str]:
        self.client("ssm").put_parameter(
            Name=ENVIRONMENT["TWILIO_AUTH_TOKEN_PARAM"], Type="SecureString", Value="x" * 32
        )
        return self.run(sys.executable, "-m", "scripts.provision", "--stage", STAGE)

    def teardown(self, project: Path) -> subprocess.CompletedProcess[str]:
        """`make teardown STAGE=dev`, for the project copy (its deployment record, if any)."""
        teardown = ("-m", "scripts.teardown", "--stage", STAGE, "--project-dir", str(project))
        return self.run(sys.executable, *teardown)

    def app_resources(self) -> dict[str, list[str]]:
        """What of the app's dev stage exists, by kind; kinds with nothing are left out."""
        lambda_client = self.client("lambda")
        functions = lambda_client.list_functions()["Functions"]
        roles = self.client("iam").list_roles()["Roles"]
        mappings = lambda_client.list_event_source_mappings(EventSourceArn=QUEUE_ARN)
        found = {
            "functions": [f["FunctionName"] for f in functions if _is_the_apps(f["FunctionName"])],
            "roles": [r["RoleName"] for r in roles if _is_the_apps(r["RoleName"])],
            "rules": [
                rule["Name"]
                for rule in self.client("events").list_rules(NamePrefix=PREFIX + "-")["Rules"]
            ],
            "event source mappings": [m["UUID"] for m in mappings["EventSourceMappings"]],
            "rest APIs": [
                api["id"]
                for api in self.client("apigateway").get_rest_apis()["items"]
                if api["name"] == APP_NAME
            ],
        }
        return {kind: sorted(names) for kind, names in found.items() if names}

    def data_resources(self) -> dict[str, list[str]]:
        """The stage's tables, queues and SSM parameters: what `make provision` made."""
        queues = self.client("sqs").list_queues().get("QueueUrls", [])
        parameters = self.client("ssm").describe_parameters()["Parameters"]
        return {
            "tables": sorted(self.client("dynamodb").list_tables()["TableNames"]),
            "queues": sorted(url.rsplit("/", 1)[-1] for url in queues),
            "parameters": sorted(parameter["Name"] for parameter in parameters),
        }


PROVISIONED = {
    "tables": sorted([ENVIRONMENT["USERS_TABLE"], ENVIRONMENT["RECORDS_TABLE"]]),
    "queues": [ENVIRONMENT["SEND_QUEUE_NAME"], f"{ENVIRONMENT['SEND_QUEUE_NAME']}-dlq"],
    "parameters": [ENVIRONMENT["TWILIO_AUTH_TOKEN_PARAM"]],
}
