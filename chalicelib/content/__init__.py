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


def reply_template(key: str) -> str:
    return _load("replies")[key]


def render_reply(key: str, **values: object) -> str:
    return reply_template(key).format(**values)
