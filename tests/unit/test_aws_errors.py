"""The operator tools' one-line messages, found however deep PynamoDB or boto3 wrap them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from botocore.exceptions import EndpointConnectionError, NoCredentialsError
from pynamodb.exceptions import TableError

from scripts.aws_errors import NO_CREDENTIALS, one_line
from scripts.stage_env import PROJECT_DIR


def test_missing_credentials_inside_pynamodbs_error_is_one_line() -> None:
    wrapped = TableError(
        "Unable to describe table: Unable to locate credentials", NoCredentialsError()
    )
    assert one_line(wrapped) == NO_CREDENTIALS


def test_an_endpoint_that_does_not_answer_names_the_endpoint(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:5999")
    try:
        raise EndpointConnectionError(endpoint_url="http://127.0.0.1:5999/")
    except EndpointConnectionError as cause:
        try:
            raise RuntimeError("boto3 gave up") from cause
        except RuntimeError as error:
            line = one_line(error)
    assert line == (
        "Could not connect to http://127.0.0.1:5999/ (AWS_ENDPOINT_URL): "
        "is the moto server running?"
    )


def test_anything_else_is_left_to_its_traceback() -> None:
    assert one_line(ValueError("a bug")) is None


def test_admin_without_credentials_says_so_in_one_line(tmp_path: Path) -> None:
    # The seventh tester's `make admin ARGS=counts` on a fresh machine: a ScanError traceback.
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(tmp_path),  # no ~/.aws
        "AWS_ENDPOINT_URL": "http://127.0.0.1:9",  # never reached: signing fails first
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    ran = subprocess.run(
        [sys.executable, "-m", "scripts.admin", "--stage", "dev", "counts"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 2, ran.stderr
    assert ran.stderr.strip() == NO_CREDENTIALS
