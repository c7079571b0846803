"""One clear line, instead of a traceback, for the AWS mistakes an operator tool can't fix.

Missing credentials and an endpoint that does not answer are what a newcomer meets first
(`make provision` against a moto server that is not running, or without dummy credentials).
PynamoDB and boto3 wrap them in their own exceptions, so the whole chain is searched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from botocore.exceptions import EndpointConnectionError, NoCredentialsError

NO_CREDENTIALS = (
    "No AWS credentials found. For an AWS account, configure them (aws configure, or "
    "AWS_PROFILE); for a local moto server any will do: "
    "export AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local"
)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, what caused it, and so on (PynamoDB keeps the cause in `.cause`)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        cause = getattr(current, "cause", None)
        current = (
            cause if isinstance(cause, BaseException) else current.__cause__ or current.__context__
        )


def one_line(error: BaseException) -> str | None:
    """The line to print for a known operator mistake, or None for anything else."""
    for link in _chain(error):
        if isinstance(link, NoCredentialsError):
            return NO_CREDENTIALS
        if isinstance(link, EndpointConnectionError):
            endpoint = link.kwargs.get("endpoint_url", "the AWS endpoint")
            hint = (
                " (AWS_ENDPOINT_URL): is the moto server running?"
                if os.environ.get("AWS_ENDPOINT_URL")
                else ""
            )
            return f"Could not connect to {endpoint}{hint}"
    return None


@contextmanager
def operator_errors() -> Iterator[None]:
    """Prints a known operator mistake as one line on stderr and exits 2; re-raises the rest."""
    try:
        yield
    except Exception as error:
        line = one_line(error)
        if line is None:
            raise
        print(line, file=sys.stderr)
        raise SystemExit(2) from None
