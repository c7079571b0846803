"""20 texts from one person at once against a moto server over HTTP: nothing lost, nothing doubled.

The scenario runs in a subprocess (see concurrency_scenario.py for why) and prints a JSON summary.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from typing import Any

from tests.conftest import PROJECT_DIR
from tests.integration.concurrency_scenario import DELIVERIES, REPLAYED, SLIPS, TEXTS

SIGNED_UP_VERSION = 2  # "hi" then "YES"


@cache
def _summary() -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    done = subprocess.run(
        [sys.executable, "-m", "tests.integration.concurrency_scenario"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    summary: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    print(
        f"\nconcurrency: {DELIVERIES} deliveries in {summary['storm_seconds']}s"
        f" ({summary['elapsed_seconds']}s with server and serial replay);"
        f" {summary['conflicts_retried']} version conflicts retried, at most"
        f" {summary['most_attempts']} of {summary['max_attempts_allowed']} attempts;"
        f" final version {summary['concurrent']['version']},"
        f" checkins {summary['concurrent']['checkins']},"
        f" contacts_reported {summary['concurrent']['contacts_reported']},"
        f" replies {summary['replies_count']}"
    )
    return summary


def test_the_scenario_talks_to_a_moto_server_over_http() -> None:
    summary = _summary()
    assert summary["moto_server_port"] > 0
    assert len(summary["deliveries"]) == DELIVERIES
    assert {d["text"] for d in summary["deliveries"]} == set(TEXTS)


def test_every_slip_counts_once_and_check_ins_count_once_a_day() -> None:
    summary = _summary()
    final = summary["concurrent"]
    slips = [d for d in summary["deliveries"] if d["text"] in SLIPS]
    assert summary["distinct_slip_deliveries"] == len(slips) == DELIVERIES // 2
    assert final["contacts_reported"] == len(slips)
    assert final["checkins"] == 1, "all twenty arrive on the same local day"


def test_every_delivery_gets_exactly_one_reply() -> None:
    summary = _summary()
    assert [len(d["replies"]) for d in summary["deliveries"]] == [1] * DELIVERIES
    assert summary["replies_count"] == DELIVERIES


def test_no_two_writes_claimed_the_same_version() -> None:
    summary = _summary()
    written = sorted(d["wrote_version"] for d in summary["deliveries"] if d["wrote_version"])
    expected_last = SIGNED_UP_VERSION + len(written)
    assert written == list(range(SIGNED_UP_VERSION + 1, expected_last + 1))
    assert summary["concurrent"]["version"] == expected_last
    # Every slip changes the person, so every slip is among the writers.
    assert all(d["wrote_version"] for d in summary["deliveries"] if d["text"] in SLIPS)


def test_replayed_deliveries_change_nothing() -> None:
    summary = _summary()
    assert len(summary["replays"]) == REPLAYED
    assert summary["after_replays"] == summary["concurrent"]
    assert summary["receipts_after_replays"] == summary["receipts_after_storm"]
    assert [len(replay["replies"]) for replay in summary["replays"]] == [1] * REPLAYED


def test_a_replayed_delivery_that_was_stored_gets_its_stored_replies() -> None:
    # A delivery that changed nothing leaves no receipt, so its replay is answered afresh.
    stored = [r for r in _summary()["replays"] if r["wrote_version"]]
    assert stored, "the replays include slips, which are always stored"
    assert all(replay["same"] for replay in stored)


def test_the_result_equals_the_same_texts_applied_one_by_one_in_version_order() -> None:
    summary = _summary()
    assert summary["serial"] == summary["concurrent"]
    assert summary["serial_replies_identical"] is True
    assert summary["users_in_table"] == 2
