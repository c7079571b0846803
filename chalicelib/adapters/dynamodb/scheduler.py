"""The scheduler's store: who is due in a slot (sharded sparse indexes), and the tick's cursor."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from pynamodb.exceptions import PutError

from chalicelib.adapters.dynamodb.mapping import DynamoStore, _draft_bucket, _is_condition_failure
from chalicelib.adapters.dynamodb.models import SCHEDULER_PARTITION, RecordModel, UserModel
from chalicelib.domain.ports import SendJob
from chalicelib.domain.schedule import BUCKET_SHARDS, bucket_key


class SchedulerStore(DynamoStore):
    """What the scheduled tick reads and the one item it moves forward."""

    def due_for_slot(self, slot: datetime) -> Iterator[SendJob]:
        """Everyone whose next text, or vaulted draft, falls in this slot: one Query a shard."""
        for shard in range(BUCKET_SHARDS):
            for user in UserModel.send_bucket_index.query(bucket_key(slot, shard)):
                yield SendJob(user.phone, user.send_at)
        for record in RecordModel.due_bucket_index.query(_draft_bucket(slot)):
            yield SendJob(record.phone, record.due_at, kind="draft", key=record.key)

    def scheduler_cursor(self) -> datetime | None:
        try:
            return RecordModel.get(SCHEDULER_PARTITION, "cursor", consistent_read=True).cursor
        except RecordModel.DoesNotExist:
            return None

    def advance_scheduler_cursor(self, slot: datetime) -> None:
        """Moves the cursor forward only; a late or doubled tick cannot move it back."""
        cursor = RecordModel(phone=SCHEDULER_PARTITION, key="cursor", cursor=slot)
        try:
            cursor.save(condition=RecordModel.cursor.does_not_exist() | (RecordModel.cursor < slot))
        except PutError as error:
            if not _is_condition_failure(error):
                raise
