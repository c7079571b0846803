"""What every benchmark module shares: metrics with targets, a local AWS, the machine, a table."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
BENCH_DIR = PROJECT_DIR / "bench"
OUT_DIR = BENCH_DIR / "out"  # scratch (git-ignored): logs of each module's run
RESULTS_FILE = BENCH_DIR / "results.json"

# Every in-process AWS call goes to moto; these names are the bench's own, never a stage's.
BENCH_ENV = {
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_SESSION_TOKEN": "bench",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "USERS_TABLE": "ncc-bench-users",
    "RECORDS_TABLE": "ncc-bench-records",
    "SEND_QUEUE_NAME": "ncc-bench-send",
    # Quiet app logs and no EMF metrics: bench.webhook turns them back on for its timing.
    "POWERTOOLS_LOG_LEVEL": "WARNING",
    "POWERTOOLS_METRICS_DISABLED": "true",
}
# With an endpoint set, botocore would bypass mock_aws; a profile could reach a real account.
UNSET_ENV = ("AWS_ENDPOINT_URL", "AWS_PROFILE", "TWILIO_REGION", "TWILIO_EDGE")

WEBHOOK_URL = "https://coach.example.org/api/sms"
AUTH_TOKEN = "bench-auth-token-not-a-secret"  # noqa: S105 - signs requests to an in-process app
ACCOUNT_SID = "AC" + "0" * 32
FROM_NUMBER = "+15005550006"


def use_local_aws() -> None:
    """Must run before anything imports chalicelib: PynamoDB reads table names at import."""
    if any(name.startswith("chalicelib") for name in sys.modules):
        raise RuntimeError("use_local_aws() must run before chalicelib is imported")
    os.environ.update(BENCH_ENV)
    for name in UNSET_ENV:
        os.environ.pop(name, None)


@dataclass
class Metric:
    name: str
    value: float
    unit: str
    target: str | None = None  # "<= 2", "== 0"; None: reported, not judged
    passed: bool | None = None
    note: str = ""

    @classmethod
    def judged(
        cls, name: str, value: float, unit: str, op: str, limit: float, note: str = ""
    ) -> Metric:
        checks: dict[str, Callable[[float, float], bool]] = {
            "<=": lambda v, t: v <= t,
            "==": lambda v, t: v == t,
            ">=": lambda v, t: v >= t,
        }
        return cls(name, value, unit, f"{op} {_number(limit)}", checks[op](value, limit), note)


@dataclass
class GroupResult:
    group: str
    seconds: float
    metrics: list[Metric] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None and all(m.passed is not False for m in self.metrics)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GroupResult:
        metrics = [Metric(**m) for m in data.get("metrics", [])]
        return cls(
            group=data["group"],
            seconds=float(data["seconds"]),
            metrics=metrics,
            details=dict(data.get("details", {})),
            error=data.get("error"),
        )


class Measurement:
    """What a module's measure() fills in: its metrics and any supporting detail."""

    def __init__(self) -> None:
        self.metrics: list[Metric] = []
        self.details: dict[str, Any] = {}

    def add(self, metric: Metric) -> None:
        self.metrics.append(metric)


def machine() -> dict[str, Any]:
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "date": datetime.now(UTC).replace(microsecond=0).isoformat(),
    }


@contextmanager
def stopwatch() -> Iterator[Callable[[], float]]:
    started = time.perf_counter()
    finished: list[float] = []
    yield lambda: (finished[0] if finished else time.perf_counter()) - started
    finished.append(time.perf_counter())


def _number(value: float) -> str:
    if isinstance(value, bool):
        return str(int(value))
    if float(value).is_integer():
        return f"{int(value):,}"
    if abs(value) >= 100:
        return f"{value:,.1f}"
    if abs(value) >= 10:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value:.4f}".rstrip("0")


def verdict(metric: Metric) -> str:
    if metric.passed is None:
        return "info"
    return "PASS" if metric.passed else "MISS"


def table(groups: Sequence[GroupResult]) -> str:
    rows = [("group", "metric", "value", "unit", "target", "result")]
    for group in groups:
        if group.error is not None:
            rows.append((group.group, "(error)", "-", "-", "-", "ERROR"))
        rows.extend(
            (group.group, m.name, _number(m.value), m.unit, m.target or "-", verdict(m))
            for m in group.metrics
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [
            cell.rjust(widths[i]) if i == 2 else cell.ljust(widths[i]) for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def run_group(name: str, measure: Callable[[Measurement], None]) -> GroupResult:
    measurement = Measurement()
    started = time.perf_counter()
    error = None
    try:
        measure(measurement)
    except Exception as exc:  # reported, and the run fails; never a silent pass
        import traceback

        traceback.print_exc()
        error = f"{type(exc).__name__}: {exc}"
    return GroupResult(
        group=name,
        seconds=round(time.perf_counter() - started, 2),
        metrics=measurement.metrics,
        details=measurement.details,
        error=error,
    )


def module_main(name: str, measure: Callable[[Measurement], None]) -> int:
    """`python -m bench.<module> [--json PATH]`: measure, print a table, exit 1 on a miss."""
    parser = argparse.ArgumentParser(description=f"benchmark group: {name}")
    parser.add_argument("--json", type=Path, help="also write the group's result here")
    args = parser.parse_args()
    result = run_group(name, measure)
    if args.json is not None:
        args.json.write_text(json.dumps(result.to_json(), indent=2) + "\n", encoding="utf-8")
    print(f"\n{table([result])}\n\n{name}: {result.seconds:.1f}s")
    if result.error:
        print(f"{name}: ERROR {result.error}")
    return 0 if result.ok else 1
