"""`make help` lists every command an operator or newcomer runs, and its examples work as shown."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime
from zoneinfo import ZoneInfo

from chalicelib.domain.cadence import QUIET_FROM, QUIET_UNTIL
from chalicelib.domain.timezones import infer_timezone
from tests.conftest import PROJECT_DIR

# Steps of `make test`, and `make install` (every command installs first): not for the list.
INTERNAL = {"help", "install", "lint", "typecheck", "audit", "unit"}


def _help() -> str:
    return subprocess.run(
        ["make", "--no-print-directory", "help"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    ).stdout


def _makefile() -> str:
    return (PROJECT_DIR / "Makefile").read_text(encoding="utf-8")


def test_help_names_every_command_but_the_steps_of_make_test() -> None:
    phony = re.search(r"^\.PHONY:(.*)$", _makefile(), re.MULTILINE)
    assert phony is not None
    listed = set(re.findall(r"^make ([\w-]+)", _help(), re.MULTILINE))
    assert listed == set(phony.group(1).split()) - INTERNAL


def test_the_tick_example_is_outside_quiet_hours_for_the_default_number() -> None:
    """A tick in the example number's quiet hours sends nothing, which looks like a bug."""
    moment = re.search(r"AT=(\S+?Z)", _help())
    sender = re.search(r"^FROM \?= (\S+)$", _makefile(), re.MULTILINE)
    assert moment is not None and sender is not None
    zone = infer_timezone(sender.group(1), None, None, "America/New_York")
    local = datetime.fromisoformat(moment.group(1)).astimezone(ZoneInfo(zone)).time()
    assert QUIET_UNTIL <= local < QUIET_FROM, f"{moment.group(1)} is {local} in {zone}"
