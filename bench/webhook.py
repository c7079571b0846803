"""Webhook overhead: a signed check-in through the whole app against a trivial Chalice route.

Both go through chalice.test.Client in this process, interleaved, with the same signed form;
the app's side runs on an in-process moto (DynamoDB latency is not in it: in AWS add roughly
two round trips of a few milliseconds each). Logs and EMF metrics are on, as deployed, and go to
bench/out/webhook-app-stdout.log. The people checking in were written straight into
the users table (bypassing the webhook): each checks in once, their first check-in of the day.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from urllib.parse import urlencode

from chalice.app import Chalice, Response

from bench.aws_calls import record_aws_calls
from bench.common import (
    AUTH_TOKEN,
    FROM_NUMBER,
    OUT_DIR,
    PROJECT_DIR,
    WEBHOOK_URL,
    Measurement,
    Metric,
    module_main,
    use_local_aws,
)

SAMPLES = 300
WARM_UP = 20
CHECK_IN_AT = datetime(2026, 11, 25, 4, 30, tzinfo=UTC)  # 20:30 in California
TRIVIAL_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response><Message>ok</Message></Response>'


def trivial_app() -> Chalice:
    """A Chalice app with one route that answers TwiML and does nothing else."""
    app = Chalice(app_name="bench-trivial")

    @app.route("/sms", methods=["POST"], content_types=["application/x-www-form-urlencoded"])
    def sms() -> Response:
        return Response(body=TRIVIAL_TWIML, headers={"Content-Type": "application/xml"})

    return app


def measure(m: Measurement) -> None:
    use_local_aws()
    # As deployed: a JSON log line per text and EMF metrics, written to stdout (see _stdout_to).
    os.environ["POWERTOOLS_LOG_LEVEL"] = "INFO"
    os.environ.pop("POWERTOOLS_METRICS_DISABLED", None)
    import moto
    from chalice.test import Client

    from scripts.drive import ManualClock
    from scripts.phone import signed_headers, twilio_form
    from scripts.provision import ensure_tables

    phones = [f"+1415666{n:04d}" for n in range(WARM_UP + SAMPLES)]
    with moto.mock_aws():
        ensure_tables()
        from app import app
        from chalicelib.adapters.dynamodb import UserModel, _to_model
        from chalicelib.bootstrap import build_services, use_services
        from chalicelib.domain.model import Person, Status
        from chalicelib.settings import Settings

        joined = CHECK_IN_AT - timedelta(days=2)
        with UserModel.batch_write() as batch:
            for phone in phones:
                person = Person(
                    phone=phone,
                    status=Status.ACTIVE,
                    timezone="America/Los_Angeles",
                    send_time=clock_time(9, 0),
                    created_at=joined,
                    consent_at=joined,
                    last_contact_at=joined,
                    next_send_at=CHECK_IN_AT + timedelta(hours=12, minutes=30),
                )
                batch.save(_to_model(person))
        settings = Settings(
            stage="bench",
            webhook_url=WEBHOOK_URL,
            twilio_auth_token=AUTH_TOKEN,
            from_number=FROM_NUMBER,
        )
        use_services(build_services(settings, clock=ManualClock(CHECK_IN_AT)))
        app_times: list[float] = []
        aws_times: list[float] = []
        trivial_times: list[float] = []
        project = str(PROJECT_DIR)
        try:
            with (
                Client(app, stage_name="local", project_dir=project) as real,
                Client(trivial_app(), stage_name="local", project_dir=project) as trivial,
                _stdout_to(OUT_DIR / "webhook-app-stdout.log"),
            ):
                for n, phone in enumerate(phones):
                    form = twilio_form(phone, "yes 3", "CA", "US")
                    headers = signed_headers(WEBHOOK_URL, AUTH_TOKEN, form)
                    body = urlencode(form)
                    for client, times in ((trivial, trivial_times), (real, app_times)):
                        with record_aws_calls() as calls:
                            started = time.perf_counter()
                            response = client.http.post("/sms", headers=headers, body=body)
                            elapsed = time.perf_counter() - started
                        if response.status_code != 200 or b"<Message>" not in response.body:
                            raise RuntimeError(f"HTTP {response.status_code}: {response.body!r}")
                        if n >= WARM_UP:
                            times.append(elapsed)
                            if client is real:
                                aws_times.append(calls.seconds())
        finally:
            use_services(None)
        checked_in = sum(1 for p in phones if UserModel.get(p).checkins)
    if checked_in != len(phones):
        raise RuntimeError(f"only {checked_in} of {len(phones)} check-ins were recorded")

    app_ms = statistics.median(app_times) * 1000
    trivial_ms = statistics.median(trivial_times) * 1000
    m.add(
        Metric(
            "webhook_checkin_median_ms",
            round(app_ms, 2),
            "ms",
            note=f"median of {SAMPLES} signed check-ins, moto in-process",
        )
    )
    own_ms = statistics.median(a - w for a, w in zip(app_times, aws_times, strict=True)) * 1000
    m.add(
        Metric(
            "webhook_checkin_median_ms_without_aws",
            round(own_ms, 2),
            "ms",
            note="the same, less the time inside botocore + moto (the two DynamoDB requests)",
        )
    )
    m.add(Metric("trivial_route_median_ms", round(trivial_ms, 3), "ms", note="same client"))
    m.add(
        Metric(
            "webhook_overhead_vs_trivial_route",
            round(app_ms / trivial_ms, 1),
            "ratio",
            note="whole check-in (signature, parse, rules, two moto requests, TwiML) / trivial",
        )
    )
    m.add(
        Metric(
            "webhook_overhead_without_aws_vs_trivial_route",
            round(own_ms / trivial_ms, 1),
            "ratio",
            note="the app's own code only / trivial",
        )
    )
    m.details["webhook_checkin_p90_ms"] = round(_percentile(app_times, 0.9) * 1000, 2)
    m.details["trivial_route_p90_ms"] = round(_percentile(trivial_times, 0.9) * 1000, 3)


@contextmanager
def _stdout_to(path: Path) -> Iterator[None]:
    """Sends file descriptor 1 to a file, like Lambda's stdout pipe, and keeps the terminal tidy."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sys.stdout.flush()
    saved = os.dup(1)
    with path.open("wb") as sink:
        os.dup2(sink.fileno(), 1)
        try:
            yield
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


if __name__ == "__main__":
    sys.exit(module_main("webhook", measure))
