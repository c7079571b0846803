"""DynamoDB applies each request atomically; moto 5.2 does not when threads share it.

moto's TransactWriteItems deep-copies the tables, checks the conditions, then writes, and
restores the copy if any condition fails: two threads doing this at once can both pass a
`attribute_not_exists` condition, or one can roll back the other's write. Real DynamoDB never
does either, and tests/integration/test_concurrent_senders.py (four workers claiming one job)
then failed about one run in six. `one_request_at_a_time` serializes moto's handling of DynamoDB
requests, which is the atomicity DynamoDB itself gives each request; the application's own
concurrency (its conditional writes and transactions) is left exactly as it is.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from unittest.mock import patch

from moto.dynamodb.responses import DynamoHandler

_LOCK = threading.RLock()
_ORIGINAL = DynamoHandler.call_action


def _one_at_a_time(handler: DynamoHandler) -> Any:
    with _LOCK:
        return _ORIGINAL(handler)


@contextmanager
def one_request_at_a_time() -> Iterator[None]:
    """While inside, moto handles one DynamoDB request at a time, as a whole."""
    with patch.object(DynamoHandler, "call_action", _one_at_a_time):
        yield
