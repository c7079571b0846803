"""`make admin STAGE=dev ARGS=...`: counts, one person's data (right of access), erasure.

  counts               enrolled, active, completed, paused, opted out; check-in rate; slips by day
  export +14155550123  everything stored about one person, as JSON
  erase +14155550123   delete everything stored about one person

Counts read the whole table (a Scan): an operator's occasional question, never the app's path.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from scripts.aws_errors import operator_errors
from scripts.stage_env import stage_environment


def counts(now: datetime) -> dict[str, Any]:
    from chalicelib.adapters.dynamodb import RecordModel, UserModel
    from chalicelib.domain.model import Status

    by_status: Counter[str] = Counter()
    paused = checkins = days_enrolled = 0
    for user in UserModel.scan():
        by_status[user.status] += 1
        if user.paused_until and user.paused_until > now:
            paused += 1
        if user.consent_at and user.status != Status.PENDING:
            checkins += int(user.checkins or 0)
            days_enrolled += max(1, (now - user.consent_at).days + 1)
    slips_by_day: Counter[int] = Counter()
    for record in RecordModel.scan(RecordModel.key.startswith("slip#")):
        slips_by_day[int(record.text or 0)] += 1
    return {
        "enrolled": sum(n for status, n in by_status.items() if status != Status.PENDING),
        "pending": by_status[Status.PENDING],
        "active": by_status[Status.ACTIVE],
        "completed": by_status[Status.COMPLETED],
        "paused": paused,
        "opted_out": by_status[Status.OPTED_OUT],
        "undeliverable": by_status[Status.UNDELIVERABLE],
        "checkin_rate": round(checkins / days_enrolled, 3) if days_enrolled else 0.0,
        "slips_by_program_day": dict(sorted(slips_by_day.items())),
    }


def export(phone: str, now: datetime | None = None) -> dict[str, Any]:
    from chalicelib.adapters.dynamodb import DynamoPeople

    data = DynamoPeople().export(phone, now)
    person = data["person"]
    return {
        "phone": phone,
        "person": dataclasses.asdict(person) if person else None,
        "records": data["records"],
    }


def erase(phone: str) -> dict[str, Any]:
    from chalicelib.adapters.dynamodb import DynamoPeople

    return {"phone": phone, "items_deleted": DynamoPeople().erase(phone)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stage", default="dev")
    parser.add_argument("command", choices=["counts", "export", "erase"])
    parser.add_argument("phone", nargs="?", help="E.164 number, for export and erase")
    args = parser.parse_args(argv)
    if args.command != "counts" and not args.phone:
        parser.error(f"{args.command} needs a phone number")
    for key, value in stage_environment(args.stage).items():
        os.environ.setdefault(key, value)
    with operator_errors():  # no credentials or no server: one line, not a traceback
        if args.command == "counts":
            result = counts(datetime.now(UTC))
        elif args.command == "export":
            result = export(args.phone)
        else:
            result = erase(args.phone)
    print(json.dumps(result, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
