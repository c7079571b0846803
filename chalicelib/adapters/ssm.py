"""Twilio secrets from SSM Parameter Store: the auth token, fetched once per container, and the
webhook SharedKeys, fetched again when a request names a key this container has not seen."""

from __future__ import annotations

import json
import threading
import time

import boto3

# A request naming an unknown key re-reads the parameter at most this often, so a rotation is
# picked up within a minute and a flood of forged key ids cannot hammer SSM.
SHARED_KEYS_REFRESH_SECONDS = 60.0


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


class SsmSharedKeys:
    """Key id -> secret, from a SecureString holding a JSON object ({"<key id>": "<secret>"}).

    Rotation: add the new key to the object, switch Twilio's Webhook Setting to it, then remove
    the old one; requests signed with either verify in between.
    """

    def __init__(self, parameter_name: str) -> None:
        self._name = parameter_name
        self._keys: dict[str, str] = {}
        self._read_at: float | None = None
        self._lock = threading.Lock()

    def __call__(self, key_id: str) -> str | None:
        with self._lock:
            stale = self._read_at is None or (
                key_id not in self._keys
                and time.monotonic() - self._read_at >= SHARED_KEYS_REFRESH_SECONDS
            )
            if stale:
                response = boto3.client("ssm").get_parameter(Name=self._name, WithDecryption=True)
                loaded = json.loads(response["Parameter"]["Value"])
                self._keys = {str(k): str(v) for k, v in loaded.items()}
                self._read_at = time.monotonic()
            return self._keys.get(key_id)
