"""Cold start as Lambda pays it: the package as built, against a bare Chalice app packaged alike.

`chalice package --stage dev` builds deployment.zip; it is unzipped and each run is a fresh
`python -I -S -B tests/deploy/lambda_runtime.py` (no site-packages, no bytecode written: Lambda's
code directory is read-only) with the function's environment and a moto server for AWS. Each run
times `import app` (Lambda's init phase, less the interpreter's start) and the first invocation:
a signed check-in from an enrolled person, through the API Gateway proxy event, which reads the
auth token from SSM, reads and writes DynamoDB and answers. A new number's first text (the
welcome, which also loads libphonenumber to find the person's time zone) is reported beside it.

The bare app is Chalice's own two files from the same package (as `chalice package` ships them,
without bytecode) and an app.py with one POST /sms route that answers fixed TwiML: what any
Chalice webhook pays. The app's package is built as `make deploy` builds it (scripts/bytecode.py).
Both are timed in the same run, alternating, so the ratio holds on a slower or busier machine
where the milliseconds do not.

The target (issue 14): import + first check-in, as a multiple of the bare app's, at most half
of what it was when the issue was taken up (BASELINE_* below: this module's figure at c99114c,
before the precompiled crisis tables and the shipped bytecode).
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.common import Measurement, Metric, module_main
from tests.deploy.aws_on_moto import moto_server
from tests.deploy.lambda_package import (
    WEBHOOK_URL,
    Package,
    api_gateway_event,
    build_package,
    lambda_environment,
    run_in_runtime,
    twilio_form,
)
from tests.deploy.stage import ENVIRONMENT, StageAws
from tests.support import twilio_signature

RUNS = 7
# bench/package_cold_start.py at c99114c (2026-12-01), before any lever: medians of 7 runs.
BASELINE_COMMIT, BASELINE_FIRST_TEXT_VS_BARE = "c99114c", 39.28
BARE_APP = """from chalice import Chalice, Response

app = Chalice(app_name="bare")
TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>Hi</Message></Response>'


@app.route("/sms", methods=["POST"], content_types=["application/x-www-form-urlencoded"])
def sms():
    return Response(TWIML, headers={"Content-Type": "application/xml"})
"""


def bare_package(package: Package, root: Path) -> Package:
    """Chalice from the app's own package, with the one-route app above; same function settings."""
    ignore = shutil.ignore_patterns("__pycache__")  # as `chalice package` builds it: no bytecode
    shutil.copytree(package.task_root / "chalice", root / "chalice", ignore=ignore)
    (root / "app.py").write_text(BARE_APP, encoding="utf-8")
    return Package(package.zip_path, root, {"app.app": package.functions["app.app"]})


def _signed(phone: str, body: str, sid: str, token: str) -> dict[str, Any]:
    form = twilio_form((phone, "CA", "US"), body, sid)
    return api_gateway_event(form, twilio_signature(WEBHOOK_URL, form, token))


def _invoke(package: Package, endpoint: str, events: list[dict[str, Any]], tmp: Path) -> Any:
    """One cold container answering `events` in order; lambda_runtime.py's report."""
    env = lambda_environment(package, "app.app", endpoint, {})
    report = run_in_runtime(package, "app.app", events, env, tmp)
    for result in report["results"]:
        if "raised" in result or result["returned"]["statusCode"] != 200:
            raise RuntimeError(f"a text failed: {result}\n{report['stderr'][-2000:]}")
    if report["outside"]:
        raise RuntimeError(f"modules loaded from outside the package: {report['outside']}")
    return report


def _cold(package: Package, endpoint: str, event: dict[str, Any], tmp: Path) -> dict[str, float]:
    report = _invoke(package, endpoint, [event], tmp)
    return {
        "import_ms": report["init_seconds"] * 1000,
        "text_ms": report["results"][0]["seconds"] * 1000,
    }


def measure(m: Measurement) -> None:
    runs: dict[str, list[dict[str, float]]] = {"checkin": [], "welcome": [], "bare": []}
    with tempfile.TemporaryDirectory() as scratch, moto_server() as endpoint:
        work = Path(scratch)
        package = build_package(work / "app")
        bare = bare_package(package, work / "bare")
        aws = StageAws(endpoint)
        provisioned = aws.provision()
        if provisioned.returncode != 0:
            raise RuntimeError(provisioned.stdout)
        token = aws.client("ssm").get_parameter(
            Name=ENVIRONMENT["TWILIO_AUTH_TOKEN_PARAM"], WithDecryption=True
        )["Parameter"]["Value"]
        # Enrolled people (hi, YES) for the check-ins: set up in one warm container, untimed.
        enrolled = [f"+1415555{run:04d}" for run in range(RUNS)]
        setup = [
            _signed(phone, body, f"SM{run:030x}{step:02x}", token)
            for run, phone in enumerate(enrolled)
            for step, body in enumerate(("hi", "YES"))
        ]
        _invoke(package, endpoint, setup, work)
        for run, phone in enumerate(enrolled):
            text = _signed(phone, "kept it today, 4", f"SM{run:030x}ff", token)
            new = _signed(f"+1628555{run:04d}", "hi", f"SM{run:030x}ee", token)
            runs["checkin"].append(_cold(package, endpoint, text, work))
            runs["welcome"].append(_cold(package, endpoint, new, work))
            runs["bare"].append(_cold(bare, endpoint, text, work))

    def median(name: str, key: str) -> float:
        if key == "total_ms":
            return float(statistics.median(r["import_ms"] + r["text_ms"] for r in runs[name]))
        return float(statistics.median(r[key] for r in runs[name]))

    note = f"median of {RUNS} fresh processes from the unzipped package, -B"
    bare_import, bare_total = median("bare", "import_ms"), median("bare", "total_ms")
    app_import = median("checkin", "import_ms")
    m.add(Metric("package_import_ms", round(app_import, 1), "ms", note=note))
    m.add(Metric("package_bare_import_ms", round(bare_import, 1), "ms", note=note))
    m.add(Metric("package_import_vs_bare", round(app_import / bare_import, 2), "ratio"))
    checkin, welcome = median("checkin", "total_ms"), median("welcome", "total_ms")
    m.add(Metric("package_first_checkin_ms", round(checkin, 1), "ms", note="import + a check-in"))
    m.add(Metric("package_bare_first_text_ms", round(bare_total, 1), "ms", note="import + text"))
    m.add(
        Metric.judged(
            "package_first_checkin_vs_bare",
            round(checkin / bare_total, 2),
            "ratio",
            "<=",
            round(BASELINE_FIRST_TEXT_VS_BARE / 2, 2),
            f"half of {BASELINE_FIRST_TEXT_VS_BARE} at {BASELINE_COMMIT}",
        )
    )
    m.add(
        Metric(
            "package_first_welcome_vs_bare",
            round(welcome / bare_total, 2),
            "ratio",
            note=f"a new number's first text ({welcome:.0f} ms): it also loads libphonenumber",
        )
    )
    m.details["runs_ms"] = {
        name: [{k: round(v, 1) for k, v in r.items()} for r in rs] for name, rs in runs.items()
    }


if __name__ == "__main__":
    sys.exit(module_main("package_cold_start", measure))
