"""`make demo` itself: the whole journey plays and the transcript shows what matters."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT_DIR


def test_make_demo_prints_a_21_day_transcript_with_slip_milestones_and_graduation(
    tmp_path: Path,
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    for name in ("USERS_TABLE", "RECORDS_TABLE", "SEND_QUEUE_NAME"):
        env.pop(name, None)
    result = subprocess.run(
        [sys.executable, "-m", "scripts.demo", "--report", str(tmp_path)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=600,
    )
    transcript = result.stdout
    for expected in (
        "Reply YES to start",
        "clock restarts now",
        "A slip is information",
        "no contact kept. 24 hours!",
        "72 hours!",
        "One whole week",
        "Two weeks",
        "Text URGE",
        "Text DRAFT",
        "Day 21 of 21",
        "Reply CONTINUE for weekly support",
        "Week 1 since you finished",
        "check on you in 10 minutes",
        "Checking in: still holding on?",
        'A day ago you wanted to send your ex: "I miss you so much. Can we talk?"',
        "Looking isn't contact",
        "Your ex reached out and you didn't answer",
        "no contact kept. Looking back:",
        "one month on: kept no contact with your ex in the last 7 days?",
        "A week with no contact, on your own terms",
        "Your weekly texts go on",
        "Extra texts on Fri/Sat evenings? Reply EXTRA.",
        "Saturday night check",
        "Friday evening: the hours when slips like to happen",
        "Saved: Dec 10.",
        "Tomorrow is the date you told me about",
        "Today was the date you told me about",
    ):
        assert expected in transcript, expected
    scheduled = [line for line in transcript.splitlines() if "coach (scheduled)" in line]
    assert len(scheduled) >= 22
    # `make demo REPORT=1`: the one person's report, every cell under 5 hidden.
    funnel = (tmp_path / "funnel.csv").read_text(encoding="utf-8").splitlines()
    assert funnel[:3] == ["stage,people", "texted in,<5", "consented,<5"]
    assert (tmp_path / "report.html").read_text(encoding="utf-8").count("<svg") == 9
