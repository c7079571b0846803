"""DynamoDB through PynamoDB: one module per concern, one class that is all the ports.

models (the tables), mapping (Person <-> items), people (inbound texts), ledger (send claims),
scheduler (due slots and the cursor), privacy (erase and export).
"""

from __future__ import annotations

from chalicelib.adapters.dynamodb.ledger import SendLedger
from chalicelib.adapters.dynamodb.mapping import DynamoStore, _to_model, _to_person
from chalicelib.adapters.dynamodb.models import (
    RECORDS_TABLE,
    USERS_TABLE,
    RecordModel,
    UserModel,
)
from chalicelib.adapters.dynamodb.privacy import PrivacyStore
from chalicelib.adapters.dynamodb.scheduler import SchedulerStore

__all__ = [
    "RECORDS_TABLE",
    "USERS_TABLE",
    "DynamoPeople",
    "DynamoStore",
    "RecordModel",
    "UserModel",
    "_to_model",
    "_to_person",
]


class DynamoPeople(PrivacyStore, SendLedger, SchedulerStore):
    """The people, delivery and schedule repositories on DynamoDB (domain/ports.py)."""
