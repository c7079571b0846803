"""Structured, privacy-safe log lines: a phone number shows only its last four digits and a hash."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any


def redact_phone(phone: str) -> str:
    digest = hashlib.sha256(phone.encode("utf-8")).hexdigest()[:12]
    return f"***{phone[-4:]}#{digest}"


def log_event(
    logger: logging.Logger, event: str, *, phone: str | None = None, **fields: Any
) -> None:
    """Logs one JSON line. Callers pass names and counts, never message text."""
    record: dict[str, Any] = {"event": event, **fields}
    if phone is not None:
        record["phone"] = redact_phone(phone)
    logger.info(json.dumps(record, sort_keys=True, default=str))
