"""A report of a handful of people: the charts and readings give away no one (a stranger read
"1 month: 100% of <5 who answered" and a survival curve falling to 0 in a one-person report)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

from outcomes import page
from outcomes.cohort import Participant
from outcomes.disclosure import LABELS
from outcomes.figures import tables
from scripts.simulate import play


def test_a_report_of_four_people_quotes_no_share_and_draws_no_count(tmp_path: Path) -> None:
    played = play(people=4, days=60, seed=3)
    people = [Participant.of(p) for p in played.people]
    assert sum(len(p.journey) for p in people) > 20  # they did things worth hiding
    page.write(tmp_path, tables(people, played.ended_at), played.ended_at, "four people")
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    readings = re.findall(r'<p class="reading">([^<]*)</p>', html)
    assert len(readings) == 9
    for reading in readings:
        assert "%" not in reading, reading
        counts = re.sub(r"\b(?:week|weeks|day|days) \d+(?:-\d+)?|1 to 5", "", reading)
        assert not re.search(r"\b[1-4]\b", counts), reading  # no count of 1 to 4 people
    survival = (tmp_path / "survival.csv").read_text(encoding="utf-8")
    assert "0." not in survival  # every share over fewer than 5 people is hidden
    # A stranger read one person's urge hour and quiet day from 0 against "<5": with fewer
    # than 5 consented, every table but the funnel is blank.
    for table in tmp_path.glob("*.csv"):
        if table.name == "funnel.csv":
            continue
        with table.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                shown = {k: v for k, v in row.items() if k not in LABELS and v}
                assert not shown, (table.name, row)
    assert "only the funnel is shown" in html
