"""`make bench`: every group in its own process, one table, bench/results.json; exit 1 on a miss.

Groups run one after another, never side by side, so the timings are not disturbed by each other.
A group's output goes to bench/out/<group>.log (git-ignored); it is shown when the group fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from bench.common import (
    OUT_DIR,
    PROJECT_DIR,
    RESULTS_FILE,
    GroupResult,
    Metric,
    machine,
    table,
)

# (group, module): cheap and timing-sensitive first, the 100,000-person tick last.
GROUPS: tuple[tuple[str, str], ...] = (
    ("cold_start", "bench.cold_start"),
    ("package_cold_start", "bench.package_cold_start"),
    ("webhook", "bench.webhook"),
    ("requests", "bench.requests"),
    ("fanout", "bench.fanout"),
    ("package", "bench.package_size"),
    ("sms_cost", "bench.sms_cost"),
    ("scheduler", "bench.scheduler"),
)
TIME_BUDGET_SECONDS = 600
GROUP_TIMEOUT_SECONDS = 540


def run_group(group: str, module: str) -> GroupResult:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    result_file = OUT_DIR / f"{group}.json"
    log_file = OUT_DIR / f"{group}.log"
    result_file.unlink(missing_ok=True)
    started = time.perf_counter()
    print(f"  {group:<11} ...", end="", flush=True)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_DIR), "PYTHONHASHSEED": "0"}
    with log_file.open("w", encoding="utf-8") as log:
        try:
            process = subprocess.run(  # noqa: S603 - our own interpreter and module
                [sys.executable, "-m", module, "--json", str(result_file)],
                cwd=PROJECT_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                timeout=GROUP_TIMEOUT_SECONDS,
                check=False,
            )
            code: int | str = process.returncode
        except subprocess.TimeoutExpired:
            code = f"timed out after {GROUP_TIMEOUT_SECONDS}s"
    seconds = time.perf_counter() - started
    if result_file.exists():
        result = GroupResult.from_json(json.loads(result_file.read_text(encoding="utf-8")))
    else:
        result = GroupResult(group, round(seconds, 2), error=f"no result (exit {code})")
    print(f" {seconds:6.1f}s  {'ok' if result.ok else 'MISSED OR FAILED'}")
    if not result.ok:
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()
        print("\n".join(f"      | {line}" for line in lines[-25:]))
    return result


def main() -> int:
    started = time.perf_counter()
    host = machine()
    print(
        f"No Contact Coach benchmark on {host['platform']}, {host['cpu_count']} CPUs, "
        f"Python {host['python']}"
    )
    results = [run_group(group, module) for group, module in GROUPS]
    total = time.perf_counter() - started
    overall = GroupResult(
        "run",
        round(total, 1),
        [
            Metric.judged(
                "bench_total_seconds",
                round(total, 1),
                "s",
                "<=",
                TIME_BUDGET_SECONDS,
                "the whole `make bench`, every group in its own process",
            )
        ],
    )
    results.append(overall)
    document = {
        "machine": host,
        "total_seconds": round(total, 1),
        "passed": all(r.ok for r in results),
        "metrics": {
            m.name: {
                "value": m.value,
                "unit": m.unit,
                "target": m.target,
                "pass": m.passed,
                "group": r.group,
                "note": m.note,
            }
            for r in results
            for m in r.metrics
        },
        "groups": {
            r.group: {"seconds": r.seconds, "error": r.error, "details": r.details} for r in results
        },
    }
    RESULTS_FILE.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"\n{table(results)}\n")
    print("seconds per group: " + ", ".join(f"{r.group} {r.seconds:.1f}" for r in results[:-1]))
    missed = [m.name for r in results for m in r.metrics if m.passed is False]
    errors = [f"{r.group}: {r.error}" for r in results if r.error]
    print(f"total {total:.1f}s; results in {RESULTS_FILE.relative_to(PROJECT_DIR)}")
    for line in [*(f"MISSED {name}" for name in missed), *(f"ERROR {e}" for e in errors)]:
        print(line)
    return 0 if document["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
