"""The Twilio auth token from SSM Parameter Store, fetched once per container."""

from __future__ import annotations

import threading

import boto3


class SsmSecret:
    def __init__(self, parameter_name: str) -> None:
        self._name = parameter_name
        self._value: str | None = None
        self._lock = threading.Lock()

    def __call__(self) -> str:
        with self._lock:
            if self._value is None:
                response = boto3.client("ssm").get_parameter(Name=self._name, WithDecryption=True)
                self._value = str(response["Parameter"]["Value"])
            return self._value
