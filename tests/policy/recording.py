"""Records the AWS operations the application itself performs while the test suite runs.

tests/conftest.py installs this for the main run and writes `.local/aws-operations.json` at
the end; tests/policy/test_iam_policy.py then checks each stage's IAM policy against it.

A call counts as the application's when a frame of app.py or chalicelib/ is on the calling
thread's stack. Calls made only by tests, fakes or scripts/provision.py (an operator tool
that runs with the operator's credentials, not the Lambda role) are left out.
"""

from __future__ import annotations

import functools
import json
import os
import sys
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any
from urllib.parse import urlparse

import pytest
from botocore.client import BaseClient

PROJECT_DIR = Path(__file__).resolve().parents[2]
OPERATIONS_FILE = PROJECT_DIR / ".local" / "aws-operations.json"
_APP_DIR = PROJECT_DIR / "chalicelib"
_APP_FILE = PROJECT_DIR / "app.py"


@functools.cache
def _is_app_source(filename: str) -> bool:
    path = Path(filename).resolve()
    return path == _APP_FILE or path.is_relative_to(_APP_DIR)


def _called_by_app(frame: FrameType | None) -> bool:
    while frame is not None:
        if _is_app_source(frame.f_code.co_filename):
            return True
        frame = frame.f_back
    return False


class AppAwsOperations:
    """`service:Operation` strings and, for each, the resources it touched.

    Resources are recorded by role rather than by name ("table/users", not "ncc-test-users"),
    using `names`, so the policy check can map them onto any stage's real names.
    """

    def __init__(self, names: Mapping[str, str]) -> None:
        self._names = dict(names)
        self._lock = threading.Lock()
        self.targets: dict[str, set[str]] = {}

    @property
    def operations(self) -> list[str]:
        return sorted(self.targets)

    def add(self, service: str, operation: str, params: Mapping[str, Any]) -> None:
        targets = _targets(service, params, self._names)
        with self._lock:
            self.targets.setdefault(f"{service}:{operation}", set()).update(targets)

    @contextmanager
    def installed(self) -> Iterator[AppAwsOperations]:
        original = BaseClient._make_api_call
        recorder = self

        def recording(client: BaseClient, operation_name: str, api_params: dict[str, Any]) -> Any:
            # Recorded before the call: a refused call needed the permission just the same.
            if _called_by_app(sys._getframe(1)):
                service = client.meta.service_model.service_name
                recorder.add(service, operation_name, api_params)
            return original(client, operation_name, api_params)

        BaseClient._make_api_call = recording
        try:
            yield self
        finally:
            BaseClient._make_api_call = original

    def write(self, path: Path, provenance: Mapping[str, Any]) -> None:
        """Replaces the file in one step, so a reader never sees half of it."""
        document = {
            "about": (
                "AWS operations performed by app.py and chalicelib/ during the test run below; "
                "read by tests/policy/test_iam_policy.py. Written by tests/conftest.py."
            ),
            **provenance,
            "operations": self.operations,
            "targets": {op: sorted(self.targets[op]) for op in self.operations},
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f".{path.name}.{os.getpid()}")
        partial.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        partial.replace(path)


def runs_the_whole_suite(config: pytest.Config) -> bool:
    """`make test`, `pytest` or `pytest --ignore=tests/policy`; not `pytest tests/unit` or -k.

    Only such a run may replace the file: a narrower one would leave most operations out.
    """
    root = config.invocation_params.dir
    targets = {(root / arg.split("::", 1)[0]).resolve() for arg in config.args}
    narrowed = (
        config.option.keyword
        or config.option.markexpr
        or config.option.deselect
        or getattr(config.option, "lf", False)
    )
    return targets <= {PROJECT_DIR, PROJECT_DIR / "tests"} and not narrowed


def _role(kind: str, name: str, names: Mapping[str, str]) -> str:
    return f"{kind}/{names.get(name, name)}"


def _targets(service: str, params: Mapping[str, Any], names: Mapping[str, str]) -> set[str]:
    if service == "dynamodb":
        return _dynamodb_targets(params, names)
    if service == "sqs":
        if "QueueUrl" in params:
            return {_role("queue", urlparse(params["QueueUrl"]).path.rsplit("/", 1)[-1], names)}
        if "QueueName" in params:
            return {_role("queue", params["QueueName"], names)}
    if service == "ssm" and "Name" in params:
        # The application reads two parameters: the webhook SharedKeys, and the auth token.
        if str(params["Name"]).endswith("/twilio-shared-keys"):
            return {"parameter/twilio-shared-keys"}
        return {"parameter/twilio-auth-token"}
    return {"*"}


def _dynamodb_targets(params: Mapping[str, Any], names: Mapping[str, str]) -> set[str]:
    targets: set[str] = set()
    if "TableName" in params:
        table = _role("table", params["TableName"], names)
        index = params.get("IndexName")
        targets.add(f"{table}/index/{index}" if index else table)
    for item in params.get("TransactItems", ()):
        # One entry per transaction item: IAM authorises each item by its own action.
        for kind, request in item.items():
            targets.add(f"{kind} {_role('table', request['TableName'], names)}")
    for table_name, requests in params.get("RequestItems", {}).items():
        table = _role("table", table_name, names)
        if isinstance(requests, list):  # BatchWriteItem: PutRequest / DeleteRequest
            targets.update(f"{kind} {table}" for request in requests for kind in request)
        else:  # BatchGetItem
            targets.add(table)
    return targets or {"*"}
