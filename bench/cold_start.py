"""Cold-start proxies: the webhook path must not load twilio.rest; import time against bare Chalice;
what the first sign-up adds (libphonenumber, loaded by infer_timezone, never by `import app`).

Every number comes from a fresh interpreter. Import times are `python -X importtime` totals:
the cumulative microseconds of each top-level import the code makes (the interpreter's own
start-up imports left out), median of several runs after one run that writes the .pyc files.
The first sign-up is timed with perf_counter around its infer_timezone call, after `import app`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import BENCH_ENV, PROJECT_DIR, UNSET_ENV, Measurement, Metric, module_main

RUNS = 7
APP_CODE = "import app"
BARE_CODE = 'from chalice import Chalice; app = Chalice("x")'
# A sign-up from a new US number, as Twilio sends it (FromCountry given, so safety's country
# lookup does not load phonenumbers): the first infer_timezone call, then a second one.
SIGNUP_CODE = """
import json, sys, time
import app
from chalicelib.domain.timezones import infer_timezone
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "phonenumbers")
seconds = []
for phone in ("+14155550100", "+16175550100"):
    started = time.perf_counter()
    infer_timezone(phone, "CA", "US", "America/New_York")
    seconds.append(time.perf_counter() - started)
print(json.dumps({"loaded_by_import_app": loaded, "seconds": seconds}))
"""


def _environment() -> dict[str, str]:
    env = {**os.environ, **BENCH_ENV, "PYTHONPATH": str(PROJECT_DIR)}
    for name in UNSET_ENV:
        env.pop(name, None)
    return env


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - our own interpreter, fixed arguments
        [sys.executable, *args],
        cwd=PROJECT_DIR,
        env=_environment(),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )


def top_level_imports(stderr: str) -> dict[str, int]:
    """{module: cumulative µs} for the imports at nesting level 0 in -X importtime output."""
    found: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|", 2)
        if name.startswith(" ") and not name.startswith("  "):
            found[name.strip()] = found.get(name.strip(), 0) + int(cumulative)
    return found


def import_microseconds(code: str, startup: set[str]) -> tuple[int, dict[str, int]]:
    _run(["-c", code])  # writes .pyc files, as a deployed package would ship or warm them
    totals = []
    for _ in range(RUNS):
        imports = top_level_imports(_run(["-X", "importtime", "-c", code]).stderr)
        own = {name: us for name, us in imports.items() if name not in startup}
        totals.append((sum(own.values()), own))
    totals.sort(key=lambda pair: pair[0])
    return totals[len(totals) // 2]


def measure(m: Measurement) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "probe.json"
        _run(["-m", "bench.webhook_probe", str(out)])
        probe = json.loads(out.read_text(encoding="utf-8"))
    if probe["status"] != 200 or not probe["replied"]:
        raise RuntimeError(f"the webhook probe got no reply: {probe}")
    for where, key in (("import_app", "after_import"), ("webhook_path", "after_webhook")):
        loaded = "twilio.rest" in probe[key]
        m.add(
            Metric.judged(
                f"twilio_rest_loaded_{where}",
                int(loaded),
                "bool",
                "==",
                0,
                f"{len(probe[key])} twilio modules loaded, twilio.rest "
                + ("among them" if loaded else "not among them"),
            )
        )
    m.details["twilio_modules_on_webhook_path"] = probe["after_webhook"]

    startup = set(top_level_imports(_run(["-X", "importtime", "-c", "pass"]).stderr))
    app_us, app_imports = import_microseconds(APP_CODE, startup)
    bare_us, bare_imports = import_microseconds(BARE_CODE, startup)
    m.add(Metric("import_app_ms", round(app_us / 1000, 1), "ms", note=f"median of {RUNS}"))
    m.add(
        Metric("import_bare_chalice_ms", round(bare_us / 1000, 1), "ms", note=f"median of {RUNS}")
    )
    m.add(
        Metric(
            "import_app_vs_bare_chalice",
            round(app_us / bare_us, 2),
            "ratio",
            note="X times a bare Chalice app's import time",
        )
    )
    _first_signup(m, app_us / 1000)
    m.details["import_app_top_level_us"] = app_imports
    m.details["import_bare_chalice_top_level_us"] = bare_imports
    by_package, by_module = _self_times(APP_CODE)
    m.details["import_app_self_ms_by_package"] = by_package
    m.details["import_app_slowest_modules_self_ms"] = by_module


def _first_signup(m: Measurement, import_app_ms: float) -> None:
    _run(["-c", SIGNUP_CODE])  # writes .pyc files
    runs = [json.loads(_run(["-c", SIGNUP_CODE]).stdout) for _ in range(RUNS)]
    loaded = sorted({name for run in runs for name in run["loaded_by_import_app"]})
    m.add(
        Metric.judged(
            "phonenumbers_loaded_import_app",
            int(bool(loaded)),
            "bool",
            "==",
            0,
            "only a sign-up's infer_timezone loads it" if not loaded else ", ".join(loaded),
        )
    )
    first_ms = statistics.median(run["seconds"][0] for run in runs) * 1000
    later_ms = statistics.median(run["seconds"][1] for run in runs) * 1000
    m.add(
        Metric(
            "first_infer_timezone_ms",
            round(first_ms, 1),
            "ms",
            note=f"median of {RUNS} fresh processes: imports phonenumbers and its time-zone "
            "data, reads tzdata's zone.tab",
        )
    )
    m.add(
        Metric(
            "first_infer_timezone_vs_import_app",
            round(first_ms / import_app_ms, 2),
            "ratio",
            note="the first sign-up's extra cost as a share of `import app`, this run",
        )
    )
    m.details["later_infer_timezone_ms"] = round(later_ms, 3)


def _self_times(code: str, count: int = 10) -> tuple[dict[str, float], dict[str, float]]:
    """Where `import app` spends its time (self µs), by top-level package and by module."""
    stderr = _run(["-X", "importtime", "-c", code]).stderr
    packages: dict[str, int] = {}
    modules: dict[str, int] = {}
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us = int(line.split("|")[0].split(":")[1])
        name = line.split("|", 2)[2].strip()
        modules[name] = modules.get(name, 0) + self_us
        packages[name.split(".")[0]] = packages.get(name.split(".")[0], 0) + self_us

    def slowest(times: dict[str, int]) -> dict[str, float]:
        top = sorted(times.items(), key=lambda pair: -pair[1])[:count]
        return {name: round(us / 1000, 1) for name, us in top}

    return slowest(packages), slowest(modules)


if __name__ == "__main__":
    sys.exit(module_main("cold_start", measure))
