"""The program's words, kept as data in JSON files beside this module so a coach can edit them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_HERE = Path(__file__).parent


@cache
def _load(name: str) -> dict[str, str]:
    data: dict[str, Any] = json.loads((_HERE / f"{name}.json").read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}


def reply_keys() -> list[str]:
    return sorted(_load("replies"))


def has_reply(key: str) -> bool:
    return key in _load("replies")


def reply_template(key: str) -> str:
    return _load("replies")[key]


def variant(key: str, turn: int) -> str:
    """The key of one of a reply's wordings (key, key_2, key_3 ...), taken in turn: `turn` is
    a count that moves by one between two uses (the program day, the slips so far), so nobody
    reads the same words twice running."""
    replies = _load("replies")
    count = 1
    while f"{key}_{count + 1}" in replies:
        count += 1
    n = turn % count
    return key if n == 0 else f"{key}_{n + 1}"


def render_reply(key: str, **values: object) -> str:
    return reply_template(key).format(**values)


def render_daily(section: str, index: int | str, **values: object) -> str:
    """One scheduled text: a list section by index (wrapping), milestones by hours."""
    entry = _load_daily()[section]
    if isinstance(entry, str):
        template = entry
    elif isinstance(entry, dict):
        template = entry[str(index)]
    else:
        template = entry[int(index) % len(entry)]
    return template.format(**values)


@cache
def _load_daily() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((_HERE / "daily.json").read_text(encoding="utf-8"))
    return {key: value for key, value in data.items() if not key.startswith("_")}
