"""The send queue on SQS: the scheduler fans out in batches of ten; retries wait with a delay."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from typing import Any

import boto3

from chalicelib.domain.ports import SendJob

BATCH = 10  # SendMessageBatch's limit
# boto3 clients are thread-safe; 16 batches in flight keep a 20,000-person slot to seconds.
PARALLEL_BATCHES = 16
MAX_DELAY_SECONDS = 900  # SQS's limit


class QueueSendError(Exception):
    """SQS refused some messages twice."""


class SqsSendQueue:
    def __init__(self, queue_name: str) -> None:
        self._queue_name = queue_name
        self._url: str | None = None
        self._client: Any = None
        self._lock = threading.Lock()

    def _sqs(self) -> tuple[Any, str]:
        with self._lock:
            if self._client is None:
                self._client = boto3.client("sqs")
            if self._url is None:
                self._url = str(self._client.get_queue_url(QueueName=self._queue_name)["QueueUrl"])
            return self._client, self._url

    def enqueue(self, jobs: Iterable[SendJob]) -> int:
        """Sends in batches of ten, several batches at once: a busy slot must fit in one tick."""
        client, url = self._sqs()
        iterator = iter(jobs)
        batches = iter(lambda: list(islice(iterator, BATCH)), [])
        with ThreadPoolExecutor(max_workers=PARALLEL_BATCHES) as pool:
            return sum(pool.map(lambda batch: self._send_batch(client, url, batch), batches))

    def _send_batch(self, client: Any, url: str, batch: list[SendJob]) -> int:
        entries = [{"Id": str(n), "MessageBody": job.to_json()} for n, job in enumerate(batch)]
        response = client.send_message_batch(QueueUrl=url, Entries=entries)
        failed = {entry["Id"] for entry in response.get("Failed", [])}
        if failed:
            retry = [entry for entry in entries if entry["Id"] in failed]
            again = client.send_message_batch(QueueUrl=url, Entries=retry)
            if again.get("Failed"):
                raise QueueSendError(f"{len(again['Failed'])} messages refused")
        return len(entries)

    def enqueue_later(self, job: SendJob, delay_seconds: int) -> None:
        client, url = self._sqs()
        client.send_message(
            QueueUrl=url,
            MessageBody=job.to_json(),
            DelaySeconds=max(0, min(delay_seconds, MAX_DELAY_SECONDS)),
        )
