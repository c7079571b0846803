"""Records every AWS API call made through botocore, with what each read, for tests and benches."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from botocore.client import BaseClient


@dataclass
class AwsCall:
    service: str
    operation: str
    items_read: int


@dataclass
class AwsCallLog:
    calls: list[AwsCall] = field(default_factory=list)

    def operations(self) -> Counter[str]:
        return Counter(f"{c.service}:{c.operation}" for c in self.calls)

    def count(self, operation: str) -> int:
        return sum(1 for c in self.calls if c.operation == operation)

    def items_read(self, operation: str) -> int:
        return sum(c.items_read for c in self.calls if c.operation == operation)


def _items_in(response: dict[str, Any]) -> int:
    if "Count" in response:
        return int(response["Count"])
    if "Item" in response:
        return 1
    if "Responses" in response:
        responses = response["Responses"]
        if isinstance(responses, list):
            return sum(1 for r in responses if r.get("Item"))
        return sum(len(items) for items in responses.values())
    return 0


@contextmanager
def record_aws_calls() -> Iterator[AwsCallLog]:
    log = AwsCallLog()
    original = BaseClient._make_api_call

    def recording(self: BaseClient, operation_name: str, api_params: dict[str, Any]) -> Any:
        response = original(self, operation_name, api_params)
        service = self.meta.service_model.service_name
        log.calls.append(AwsCall(service, operation_name, _items_in(response)))
        return response

    BaseClient._make_api_call = recording
    try:
        yield log
    finally:
        BaseClient._make_api_call = original
