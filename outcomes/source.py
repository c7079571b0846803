"""Reads every participant from the people table, without phone numbers: a parallel Scan, or
the files of a DynamoDB export to S3 (the way at scale, docs/scaling.md).

The Scan asks only for the attributes the report uses (ProjectionExpression), so phone numbers,
their reason (WHY) and every other word of theirs never leave DynamoDB. Erased people are gone
from the table, so they are gone from the report. Pending sign-ups and the scheduler's own item
are read too: the funnel starts at "texted in".

Cost: a Scan reads the whole table once, 0.5 read units per 4 KB with eventually consistent
reads; 100,000 people of about 2 KB each are about 25,000 read units (see docs/scaling.md).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from queue import Queue
from typing import Any

import boto3
from boto3.dynamodb.types import TypeDeserializer
from pynamodb.attributes import UTCDateTimeAttribute
from tqdm import tqdm

from chalicelib.domain import journey
from outcomes.cohort import Participant

ATTRIBUTES = (
    "timezone",
    "status",
    "graduated_at",
    "follow_ups_sent",
    "outcome_1m",
    "outcome_3m",
    "journey",
)
SEGMENTS = 4  # parallel Scan segments: each one a thread and its own pages
_DONE = object()
_deserialize = TypeDeserializer().deserialize


def participants(table: str, progress: bool = True) -> list[Participant]:
    """Every person in `table`, as anonymous Participants; a progress bar on stderr."""
    client = boto3.client("dynamodb")
    total = client.describe_table(TableName=table)["Table"].get("ItemCount")
    found: list[Participant] = []
    with tqdm(total=total or None, unit=" people", disable=not progress, desc="reading") as bar:
        for batch in _pages(client, table):
            found.extend(p for p in map(_participant, batch) if p is not None)
            bar.update(len(batch))
    return found


def participants_from_export(folder: Path, progress: bool = True) -> list[Participant]:
    """Every person in a DynamoDB export (ExportFormat DYNAMODB_JSON): the `*.json.gz` data
    files under `folder`, one `{"Item": {...}}` per line. The export holds whole items, phone
    numbers included; only the report's attributes are taken from each line."""
    files = sorted(folder.rglob("*.json.gz"))
    found: list[Participant] = []
    with tqdm(total=len(files), unit=" files", disable=not progress, desc="reading") as bar:
        for path in files:
            with gzip.open(path, "rt", encoding="utf-8") as lines:
                for line in lines:
                    item = json.loads(line)["Item"]
                    person = _participant({k: item[k] for k in ATTRIBUTES if k in item})
                    if person is not None:
                        found.append(person)
            bar.update(1)
    return found


def _pages(client: Any, table: str) -> Iterator[list[dict[str, Any]]]:
    """Pages from SEGMENTS parallel Scans, as they arrive."""
    pages: Queue[Any] = Queue(maxsize=SEGMENTS * 2)

    def scan(segment: int) -> None:
        try:
            paginator = client.get_paginator("scan")
            for page in paginator.paginate(
                TableName=table,
                Segment=segment,
                TotalSegments=SEGMENTS,
                # Placeholders throughout: "status" and "timezone" are reserved words.
                ProjectionExpression=", ".join(f"#a{i}" for i in range(len(ATTRIBUTES))),
                ExpressionAttributeNames={f"#a{i}": name for i, name in enumerate(ATTRIBUTES)},
            ):
                pages.put(page["Items"])
        except Exception as error:  # handed to the reader, which raises it
            pages.put(error)
        finally:
            pages.put(_DONE)

    with ThreadPoolExecutor(SEGMENTS) as pool:
        for segment in range(SEGMENTS):
            pool.submit(scan, segment)
        finished = 0
        while finished < SEGMENTS:
            item = pages.get()
            if item is _DONE:
                finished += 1
            elif isinstance(item, Exception):
                raise item
            else:
                yield item


def _participant(item: dict[str, Any]) -> Participant | None:
    """None for an item that is not a person (the scheduler's cursor has no status)."""
    values = {name: _deserialize(value) for name, value in item.items()}
    if "status" not in values or "timezone" not in values:
        return None
    graduated = values.get("graduated_at")
    return Participant(
        timezone=str(values["timezone"]),
        status=str(values["status"]),
        graduated_at=_utc(graduated) if graduated else None,
        follow_ups_sent=int(values.get("follow_ups_sent") or 0),
        outcome_1m=values.get("outcome_1m"),
        outcome_3m=values.get("outcome_3m"),
        journey=journey.decode(values.get("journey")),
    )


def _utc(text: str) -> datetime:
    """A stored UTCDateTimeAttribute, read by the attribute itself."""
    read: datetime = UTCDateTimeAttribute().deserialize(text)  # type: ignore[no-untyped-call]
    return read
