"""`make report`: the outcomes report, from `make run`'s local stack or a deployed stage.

  make report                  the local stack (`make run`), e.g. after `make simulate`
  make report STAGE=dev        the dev stage's people table, with your AWS credentials
  python -m scripts.report --export DIR       a DynamoDB export's files (docs/scaling.md)
  python -m scripts.report --simulate 1000    a fresh simulated cohort, no stack needed

Writes reports/<source>/report.html (self-contained, opens offline) and one CSV per chart.
Reads the people table with a Scan of the report's attributes only (outcomes/source.py): an
operator's occasional question, never the app's path. Needs dynamodb:Scan and
dynamodb:DescribeTable on the table (infra/report-policy.json).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from outcomes.cohort import Participant
from scripts.aws_errors import operator_errors
from scripts.stage_env import (
    PROJECT_DIR,
    aws_region,
    known_stages,
    stage_environment,
    use_local_stack,
)

REPORTS = PROJECT_DIR / "reports"


def report(participants: list[Participant], now: datetime, folder: Path, source: str) -> Path:
    from outcomes import page
    from outcomes.figures import tables

    return page.write(folder, tables(participants, now), now, source)


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n:,} people"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--stage", help="a deployed stage, e.g. dev")
    where.add_argument("--simulate", type=int, metavar="PEOPLE", help="a simulated cohort")
    where.add_argument("--export", type=Path, help="a DynamoDB export (DYNAMODB_JSON) folder")
    parser.add_argument("--days", type=int, default=120, help="simulated days (with --simulate)")
    parser.add_argument("--out", type=Path, help="the folder to write (default reports/<source>)")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    if args.simulate is not None and args.simulate < 1:
        parser.error("--simulate needs a number of people, 1 or more")
    if args.days != 120 and args.simulate is None:
        parser.error("--days goes with --simulate")
    if args.days < 1:
        parser.error("--days needs a number of days, 1 or more")
    if args.stage == "local":  # `make report STAGE=local`: the running local stack, by name
        args.stage = None
    if args.stage:
        stages = known_stages()
        if args.stage not in stages:
            parser.error(f"no stage {args.stage!r} in .chalice/config.json: {', '.join(stages)}")
    started = time.perf_counter()
    if args.simulate:
        from scripts.simulate import play

        played = play(args.simulate, args.days)
        people = [Participant.of(p) for p in played.people]
        now, source = played.ended_at, f"a simulation of {_people(args.simulate)}"
        name = "simulation"
    elif args.export:
        from outcomes.source import participants_from_export

        people = participants_from_export(args.export, progress=not args.quiet)
        now, source, name = datetime.now(UTC), f"the export in {args.export}", "export"
    else:
        from outcomes.source import participants

        if args.stage:
            os.environ.update(stage_environment(args.stage))
            os.environ.setdefault("AWS_DEFAULT_REGION", aws_region())  # as provision does
            table, name = os.environ["USERS_TABLE"], args.stage
        else:
            use_local_stack()
            table, name = os.environ["USERS_TABLE"], "local"
        with operator_errors():  # no credentials or no table: one line, not a traceback
            people = participants(table, progress=not args.quiet)
        now, source = datetime.now(UTC), f"the {table} table"
    written = report(list(people), now, args.out or REPORTS / name, source)
    print(f"{_people(len(people))} in {time.perf_counter() - started:.1f} s: {written}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
