"""Counts every AWS request made through botocore, and the items and bytes each one read.

The tests use it too (the 10,000-person tick), so there is one recorder.
It patches BaseClient._make_api_call, below PynamoDB and boto3, so every request is seen once.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from botocore.client import BaseClient


@dataclass(frozen=True)
class AwsCall:
    service: str
    operation: str
    items_read: int
    bytes_read: int
    seconds: float  # spent in botocore and whatever answered (moto, in the bench)


@dataclass
class AwsCallLog:
    calls: list[AwsCall] = field(default_factory=list)

    def operations(self) -> Counter[str]:
        return Counter(f"{c.service}:{c.operation}" for c in self.calls)

    def requests(self, service: str) -> int:
        return sum(1 for c in self.calls if c.service == service)

    def count(self, operation: str) -> int:
        return sum(1 for c in self.calls if c.operation == operation)

    def items_read(self, service: str = "dynamodb") -> int:
        return sum(c.items_read for c in self.calls if c.service == service)

    def bytes_read(self, operation: str) -> int:
        return sum(c.bytes_read for c in self.calls if c.operation == operation)

    def seconds(self) -> float:
        return sum(c.seconds for c in self.calls)


def item_size(item: dict[str, Any]) -> int:
    """DynamoDB's item size, roughly: attribute names plus values (numbers as ~digits/2 + 1)."""
    return sum(len(name.encode("utf-8")) + _value_size(value) for name, value in item.items())


def _value_size(value: dict[str, Any]) -> int:
    kind, data = next(iter(value.items()))
    if kind == "S":
        return len(str(data).encode("utf-8"))
    if kind == "N":
        return len(str(data).lstrip("-").replace(".", "")) // 2 + 1
    if kind in ("BOOL", "NULL"):
        return 1
    if kind == "B":
        return len(data)
    if kind in ("SS", "NS", "BS"):
        return sum(_value_size({kind[0]: member}) for member in data)
    if kind == "L":
        return 3 + sum(1 + _value_size(member) for member in data)
    if kind == "M":
        return 3 + sum(len(k) + 1 + _value_size(v) for k, v in data.items())
    return 0


def _items_in(response: dict[str, Any]) -> tuple[int, int]:
    """Items the request read (ScannedCount: what is billed, before any filter) and their bytes."""
    if "ScannedCount" in response or "Count" in response:
        items = response.get("Items", [])
        scanned = int(response.get("ScannedCount", response.get("Count", 0)))
        return scanned, sum(item_size(i) for i in items)
    if "Item" in response:
        return 1, item_size(response["Item"])
    if "Responses" in response:
        responses = response["Responses"]
        if isinstance(responses, list):  # TransactGetItems
            found = [r["Item"] for r in responses if r.get("Item")]
        else:  # BatchGetItem
            found = [item for items in responses.values() for item in items]
        return len(found), sum(item_size(i) for i in found)
    return 0, 0


@contextmanager
def record_aws_calls() -> Iterator[AwsCallLog]:
    log = AwsCallLog()
    original = BaseClient._make_api_call

    def recording(self: BaseClient, operation_name: str, api_params: dict[str, Any]) -> Any:
        started = time.perf_counter()
        response = original(self, operation_name, api_params)
        elapsed = time.perf_counter() - started
        service = self.meta.service_model.service_name
        items, size = _items_in(response) if service == "dynamodb" else (0, 0)
        log.calls.append(AwsCall(service, operation_name, items, size, elapsed))
        return response

    BaseClient._make_api_call = recording
    try:
        yield log
    finally:
        BaseClient._make_api_call = original
