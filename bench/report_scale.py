"""The outcomes report on 100,000 people: read, figured and drawn, against the minute it may take.

The people are a simulated cohort (scripts/simulate.py, 500 people through the real handlers
over 120 days), each copied 200 times under new numbers. They are read two ways:
- from a DynamoDB export (DYNAMODB_JSON, gzip), the way docs/scaling.md runs the report at
  scale: the whole report, 100,000 people, is timed against the minute;
- by the parallel Scan `make report` uses, from moto in process: moto serves a Scan far slower
  than DynamoDB (it deep-copies every item), so its rate is measured on 5,000 people and
  reported beside the export's, as a ratio from the same run.
"""

from __future__ import annotations

import gzip
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import Measurement, Metric, module_main, stopwatch, use_local_aws

if TYPE_CHECKING:
    from chalicelib.domain.model import Person

PEOPLE = 100_000
SIMULATED = 500
SCANNED = 5_000
FILES = 10
LIMIT_SECONDS = 60.0


def cohort(people: list[Person], size: int) -> list[Person]:
    return [replace(people[i % len(people)], phone=f"+1999{i:07d}", version=0) for i in range(size)]


def write_export(people: list[Person], folder: Path) -> None:
    """DynamoDB's export layout: data/*.json.gz, one {"Item": ...} per line."""
    from chalicelib.adapters.dynamodb import _to_model

    data = folder / "data"
    data.mkdir(parents=True)
    per_file = -(-len(people) // FILES)
    for n in range(FILES):
        with gzip.open(data / f"part-{n:04d}.json.gz", "wt", encoding="utf-8") as out:
            for person in people[n * per_file : (n + 1) * per_file]:
                out.write(json.dumps({"Item": _to_model(person).serialize()}) + "\n")


def measure(m: Measurement) -> None:
    use_local_aws()
    import moto

    from outcomes import page, source
    from outcomes.figures import tables
    from scripts.simulate import play

    played = play(SIMULATED, 120)
    people = cohort(played.people, PEOPLE)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        write_export(people, folder / "export")
        with stopwatch() as whole:
            with stopwatch() as read:
                found = source.participants_from_export(folder / "export")
            with stopwatch() as figured:
                figures = tables(found, played.ended_at)
            page.write(folder / "report", figures, played.ended_at, "a benchmark")
        if len(found) != PEOPLE:
            raise RuntimeError(f"read {len(found)} people, not {PEOPLE}")
    note = f"read {read():.1f} s, figures {figured():.1f} s"
    m.add(Metric.judged("report of 100,000 people", whole(), "s", "<=", LIMIT_SECONDS, note))
    with moto.mock_aws():
        from chalicelib.adapters.dynamodb import UserModel, _to_model
        from scripts.provision import ensure_tables

        ensure_tables()
        with UserModel.batch_write() as batch:
            for person in people[:SCANNED]:
                batch.save(_to_model(person))
        with stopwatch() as scanned:
            if len(source.participants(UserModel.Meta.table_name)) != SCANNED:
                raise RuntimeError("the Scan missed people")
    export_rate = PEOPLE / read()
    scan_rate = SCANNED / scanned()
    m.add(Metric("export read rate", round(export_rate), "people/s"))
    m.add(Metric("moto Scan read rate", round(scan_rate), "people/s",
                 note=f"the export reads {export_rate / scan_rate:.0f}x faster here"))  # fmt: skip


if __name__ == "__main__":
    sys.exit(module_main("report_scale", measure))
