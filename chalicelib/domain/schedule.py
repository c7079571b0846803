"""Send-time buckets: how the scheduler finds who is due with a Query; no I/O."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

SLOT = timedelta(minutes=15)
# Spreads one popular send time over several index partitions.
BUCKET_SHARDS = 8


def slot_start(instant: datetime) -> datetime:
    utc = instant.astimezone(UTC)
    return utc.replace(minute=utc.minute - utc.minute % 15, second=0, microsecond=0)


def shard_of(phone: str, shards: int = BUCKET_SHARDS) -> int:
    return zlib.crc32(phone.encode("utf-8")) % shards


def bucket_key(slot: datetime, shard: int) -> str:
    return f"{slot_start(slot):%Y-%m-%dT%H:%M}Z#{shard:02d}"


def bucket_for(send_at: datetime, phone: str, shards: int = BUCKET_SHARDS) -> str:
    return bucket_key(send_at, shard_of(phone, shards))


def slots_between(first: datetime, last: datetime) -> Iterator[datetime]:
    """Every slot start from the slot holding `first` through the one holding `last`."""
    slot, end = slot_start(first), slot_start(last)
    while slot <= end:
        yield slot
        slot += SLOT
