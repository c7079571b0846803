"""The Lambda package as built, and the events AWS sends it: shared by the package test
(tests/deploy/test_lambda_package.py) and the cold-start bench (bench/package_cold_start.py).

`build_package` runs `chalice package --stage dev` on a copy of the project and unzips
deployment.zip; `run_in_runtime` runs one function's Handler there in a fresh
`python -I -S -B` (lambda_runtime.py), one process being one cold container, with the
environment `lambda_environment` gives it: what Lambda sets, the SAM template's variables,
what the operator fills in, and where AWS is.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from scripts import bytecode
from tests.deploy.stage import (
    ACCOUNT,
    ENVIRONMENT,
    PREFIX,
    QUEUE_ARN,
    REGION,
    STAGE,
    keep_newest_package,
    project_copy,
)

RUNTIME = Path(__file__).with_name("lambda_runtime.py")
# What the operator puts in the dev stage before the first real deploy (README, "Deploy").
API_ID = "k3x9q2w7ab"
API_DOMAIN = f"{API_ID}.execute-api.{REGION}.amazonaws.com"
WEBHOOK_URL = f"https://{API_DOMAIN}/api/sms"
STATUS_CALLBACK_URL = f"https://{API_DOMAIN}/api/twilio/status"
FROM_NUMBER = "+15005550006"
OPERATOR_FILLS_IN = {
    "TWILIO_FROM_NUMBER": FROM_NUMBER,
    "TWILIO_WEBHOOK_URL": WEBHOOK_URL,
    "STATUS_CALLBACK_URL": STATUS_CALLBACK_URL,
}


@dataclass(frozen=True)
class Package:
    zip_path: Path
    task_root: Path
    functions: dict[str, dict[str, Any]]  # by Handler ("app.app"): the SAM Properties


def build_package(work: Path) -> Package:
    """`make bytecode` and `chalice package --stage dev` of a copy of the project, as
    `make package` and `make deploy` build it, unzipped under `work`.

    Raises RuntimeError with the output if either fails (the first builds download the Lambda
    wheels from PyPI; later ones reuse deploy-check's cache)."""
    project = project_copy(work / "project")
    out = work / "out"
    if bytecode.main(["--project-dir", str(project), "--stage", STAGE]) != 0:
        raise RuntimeError("make bytecode failed")
    bytecode.chalice_package(project, STAGE, out)
    keep_newest_package()
    template = json.loads((out / "sam.json").read_text(encoding="utf-8"))
    functions = {
        resource["Properties"]["Handler"]: resource["Properties"]
        for resource in template["Resources"].values()
        if resource["Type"] == "AWS::Serverless::Function"
    }
    task_root = work / "task"
    with zipfile.ZipFile(out / "deployment.zip") as archive:
        archive.extractall(task_root)
    return Package(out / "deployment.zip", task_root, functions)


def _function_name(handler: str) -> str:
    name = handler.removeprefix("app.")
    return PREFIX if name == "app" else f"{PREFIX}-{name}"


def lambda_environment(
    package: Package, handler: str, aws_endpoint: str, extra: dict[str, str]
) -> dict[str, str]:
    """What Lambda sets, the template's variables, and where AWS (and `extra`) are here."""
    function = package.functions[handler]
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "en_US.UTF-8",
        "TZ": ":UTC",
        "LAMBDA_TASK_ROOT": str(package.task_root),
        "_HANDLER": handler,
        "AWS_EXECUTION_ENV": f"AWS_Lambda_{function['Runtime']}",
        "AWS_LAMBDA_FUNCTION_NAME": _function_name(handler),
        "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": str(function["MemorySize"]),
        "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
        "AWS_REGION": REGION,
        "AWS_DEFAULT_REGION": REGION,
        "AWS_ACCESS_KEY_ID": "lambda-role",
        "AWS_SECRET_ACCESS_KEY": "lambda-role",
        "AWS_SESSION_TOKEN": "lambda-role",
        **function["Environment"]["Variables"],
        **OPERATOR_FILLS_IN,
        "AWS_ENDPOINT_URL": aws_endpoint,
        **extra,
    }


def run_in_runtime(
    package: Package, handler: str, events: list[dict[str, Any]], env: dict[str, str], tmp: Path
) -> dict[str, Any]:
    """Each event through `handler` in one fresh process; lambda_runtime.py's report.

    Raises RuntimeError with the process's stderr if the runtime itself fails."""
    results = tmp / f"{handler}-{uuid.uuid4().hex}.json"
    timeout = package.functions[handler]["Timeout"]
    invocation = {"handler": handler, "events": events, "timeout": timeout}
    root = package.task_root
    command = [sys.executable, "-I", "-S", "-B", str(RUNTIME), str(root), str(results)]
    ran = subprocess.run(
        command,
        input=json.dumps(invocation),
        env=env,
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if ran.returncode != 0:
        raise RuntimeError(ran.stderr)
    report: dict[str, Any] = json.loads(results.read_text(encoding="utf-8"))
    report["stderr"] = ran.stderr
    return report


# -- the events, as AWS sends them ---------------------------------------------------------


def twilio_form(phone: tuple[str, str, str], body: str, sid: str) -> list[tuple[str, str]]:
    number, state, country = phone
    return [
        ("ToCountry", "US"),
        ("ToState", ""),
        ("SmsMessageSid", sid),
        ("NumMedia", "0"),
        ("ToCity", ""),
        ("FromZip", ""),
        ("SmsSid", sid),
        ("FromState", state),
        ("SmsStatus", "received"),
        ("FromCity", ""),
        ("Body", body),
        ("FromCountry", country),
        ("To", FROM_NUMBER),
        ("ToZip", ""),
        ("NumSegments", "1"),
        ("MessageSid", sid),
        ("AccountSid", ENVIRONMENT["TWILIO_ACCOUNT_SID"]),
        ("From", number),
        ("ApiVersion", "2010-04-01"),
    ]


def api_gateway_event(pairs: list[tuple[str, str]], signature: str) -> dict[str, Any]:
    """POST /sms as a REST API (stage "api") proxies it: Twilio's headers, v1 format."""
    now = datetime.now(UTC)
    headers = {
        "Accept": "*/*",
        "Content-Type": "application/x-www-form-urlencoded",
        "Host": API_DOMAIN,
        "I-Twilio-Idempotency-Token": str(uuid.uuid4()),
        "User-Agent": "TwilioProxy/1.1",
        "X-Amzn-Trace-Id": f"Root=1-{int(now.timestamp()):08x}-{uuid.uuid4().hex[:24]}",
        "X-Forwarded-For": "54.172.60.0",
        "X-Forwarded-Port": "443",
        "X-Forwarded-Proto": "https",
        "X-Home-Region": "us1",
        "X-Twilio-Signature": signature,
    }
    identity = dict.fromkeys(
        (
            "cognitoIdentityPoolId",
            "accountId",
            "cognitoIdentityId",
            "caller",
            "principalOrgId",
            "accessKey",
            "cognitoAuthenticationType",
            "cognitoAuthenticationProvider",
            "userArn",
            "user",
        )
    )
    return {
        "resource": "/sms",
        "path": "/sms",
        "httpMethod": "POST",
        "headers": headers,
        "multiValueHeaders": {name: [value] for name, value in headers.items()},
        "queryStringParameters": None,
        "multiValueQueryStringParameters": None,
        "pathParameters": None,
        "stageVariables": None,
        "requestContext": {
            "resourceId": "t7b2c1",
            "resourcePath": "/sms",
            "httpMethod": "POST",
            "extendedRequestId": uuid.uuid4().hex[:16],
            "requestTime": now.strftime("%d/%b/%Y:%H:%M:%S +0000"),
            "path": "/api/sms",
            "accountId": ACCOUNT,
            "protocol": "HTTP/1.1",
            "stage": "api",
            "domainPrefix": API_ID,
            "requestTimeEpoch": int(now.timestamp() * 1000),
            "requestId": str(uuid.uuid4()),
            "identity": {**identity, "sourceIp": "54.172.60.0", "userAgent": "TwilioProxy/1.1"},
            "domainName": API_DOMAIN,
            "apiId": API_ID,
        },
        "body": urlencode(pairs),
        "isBase64Encoded": False,
    }


def scheduled_event(at: datetime) -> dict[str, Any]:
    """What the tick's EventBridge rule delivers."""
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "Scheduled Event",
        "source": "aws.events",
        "account": ACCOUNT,
        "time": at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "region": REGION,
        "resources": [f"arn:aws:events:{REGION}:{ACCOUNT}:rule/{PREFIX}-daily_tick-event"],
        "detail": {},
    }


def sqs_event(messages: list[dict[str, Any]]) -> dict[str, Any]:
    """What the send queue's event source mapping builds from received messages."""
    keys = (
        "ApproximateReceiveCount",
        "SentTimestamp",
        "SenderId",
        "ApproximateFirstReceiveTimestamp",
    )
    return {
        "Records": [
            {
                "messageId": message["MessageId"],
                "receiptHandle": message["ReceiptHandle"],
                "body": message["Body"],
                "attributes": {key: message["Attributes"][key] for key in keys},
                "messageAttributes": {},
                "md5OfBody": message["MD5OfBody"],
                "eventSource": "aws:sqs",
                "eventSourceARN": QUEUE_ARN,
                "awsRegion": REGION,
            }
            for message in messages
        ]
    }
