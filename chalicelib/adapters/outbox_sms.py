"""The local stand-in for Twilio: each text is printed and appended to a JSON-lines outbox."""

from __future__ import annotations

import json
import threading
import uuid
from datetime import datetime
from pathlib import Path

from chalicelib.domain.ports import Clock, sha256_hex
from chalicelib.observability import redact_phone


class OutboxSms:
    def __init__(self, path: str | Path, clock: Clock, echo: bool = True) -> None:
        self._path = Path(path)
        self._clock = clock
        self._echo = echo
        self._lock = threading.Lock()

    def send(self, to: str, body: str) -> str:
        sid = f"SM{uuid.uuid4().hex}"
        record = {"sid": sid, "to": to, "body": body, "sent_at": self._clock().isoformat()}
        with self._lock:
            self._path.parent.mkdir(parents=True, exist_ok=True)
            with self._path.open("a", encoding="utf-8") as outbox:
                outbox.write(json.dumps(record) + "\n")
        if self._echo:
            print(f"[outbox -> {redact_phone(to)}] {body}", flush=True)
        return sid

    def find_sent(self, to: str, since: datetime, body_sha256: str) -> str | None:
        if not self._path.exists():
            return None
        with self._lock:
            lines = self._path.read_text(encoding="utf-8").splitlines()
        for line in reversed(lines):
            record = json.loads(line)
            sent_at = datetime.fromisoformat(record["sent_at"])
            same = sha256_hex(record["body"]) == body_sha256
            if record["to"] == to and same and sent_at >= since:
                return str(record["sid"])
        return None
