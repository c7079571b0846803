"""The person's rights over their data: erasure (DELETE) and access (make admin export)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from chalicelib.adapters.dynamodb.models import RecordModel, UserModel
from chalicelib.adapters.dynamodb.people import PeopleStore


class PrivacyStore(PeopleStore):
    """Erase and export: every item under one number."""

    def erase(self, phone: str) -> int:
        """Deletes the person and every record under their number; returns items deleted."""
        keys = [item.key for item in RecordModel.query(phone, attributes_to_get=["phone", "key"])]
        with RecordModel.batch_write() as batch:
            for key in keys:
                batch.delete(RecordModel(phone=phone, key=key))
        deleted = len(keys)
        if self.get(phone) is not None:
            UserModel(phone=phone).delete(add_version_condition=False)
            deleted += 1
        return deleted

    def export(self, phone: str, now: datetime | None = None) -> dict[str, Any]:
        """Everything stored about one person, for the right of access.

        Items past their `expires_at` are left out: DynamoDB deletes expired items only within
        about 48 hours, and what has expired is no longer kept.
        """
        person = self.get(phone)
        at = now or datetime.now(UTC)
        records = [
            {"key": item.key, "text": item.text, "state": item.state}
            for item in RecordModel.query(phone)
            if not item.key.startswith("inbound#")
            and (item.expires_at is None or item.expires_at > at)
        ]
        return {"person": person, "records": records}
