"""Reads a stage's environment variables from .chalice/config.json, as Chalice would."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

PROJECT_DIR = Path(__file__).resolve().parent.parent
LOCAL_DIR = PROJECT_DIR / ".local"
STACK_FILE = LOCAL_DIR / "stack.json"


def stage_environment(stage: str) -> dict[str, str]:
    config = json.loads((PROJECT_DIR / ".chalice" / "config.json").read_text(encoding="utf-8"))
    merged = dict(config.get("environment_variables", {}))
    merged.update(config["stages"][stage].get("environment_variables", {}))
    return {name: str(value) for name, value in merged.items()}


def known_stages() -> list[str]:
    """The stages .chalice/config.json names."""
    config = json.loads((PROJECT_DIR / ".chalice" / "config.json").read_text(encoding="utf-8"))
    return sorted(config["stages"])


def aws_region() -> str:
    """The region boto3 clients should use: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1."""
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"


# EMF metric lines only mean something to CloudWatch; on a console they are noise.
LOCAL_OBSERVABILITY = {"POWERTOOLS_METRICS_DISABLED": "true"}


def local_aws_environment(endpoint_url: str) -> dict[str, str]:
    """Credentials moto accepts; never real ones, so a local run cannot touch an AWS account."""
    return {
        "AWS_ACCESS_KEY_ID": "local",
        "AWS_SECRET_ACCESS_KEY": "local",
        "AWS_SESSION_TOKEN": "local",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_REGION": "us-east-1",
        "AWS_ENDPOINT_URL": endpoint_url,
    }


NOT_RUNNING = "The local stack is not running. Start it first with: make run"


def _reachable(endpoint: str) -> bool:
    parts = urlsplit(endpoint)
    try:
        with socket.create_connection((parts.hostname or "127.0.0.1", parts.port or 80), 2):
            return True
    except OSError:
        return False


def running_local_stack() -> dict[str, Any] | None:
    """`make run`'s stack (.local/stack.json) if it is up; None if absent or killed (a stack
    killed without cleaning up leaves its file behind)."""
    if not STACK_FILE.exists():
        return None
    stack: dict[str, Any] = json.loads(STACK_FILE.read_text(encoding="utf-8"))
    return stack if _reachable(stack["aws_endpoint_url"]) else None


def use_local_stack() -> dict[str, Any]:
    """Points this process at the running local stack's AWS; SystemExit if it is not up."""
    stack = running_local_stack()
    if stack is None:
        raise SystemExit(NOT_RUNNING)
    os.environ.update(
        {**stage_environment("local"), **local_aws_environment(stack["aws_endpoint_url"])}
    )
    return stack
