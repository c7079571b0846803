"""`make run`'s stack, for real: moto server and `chalice local` on 127.0.0.1, texted over HTTP."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from scripts.phone import send, twilio_form
from tests.conftest import PROJECT_DIR
from tests.support import free_port


@dataclass
class LocalStack:
    process: subprocess.Popen[str]
    url: str
    token: str
    moto_port: int


@pytest.fixture(scope="module")
def local_stack() -> Iterator[LocalStack]:
    stack = _start_stack()
    yield stack
    if stack.process.poll() is None:
        stack.process.kill()


def _start_stack() -> LocalStack:
    port = free_port()
    token = "ci-local-token"
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("AWS_") and key not in ("USERS_TABLE", "RECORDS_TABLE")
    }
    env.update({"PORT": str(port), "TWILIO_AUTH_TOKEN": token, "PYTHONUNBUFFERED": "1"})
    process = subprocess.Popen(
        [sys.executable, "-m", "scripts.local_run"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 60
    banner = []
    for line in process.stdout:
        banner.append(line)
        if "Press Ctrl-C to stop." in line or time.monotonic() > deadline:
            break
    assert any("running locally" in line for line in banner), "".join(banner)
    assert any(f"PORT={port} make phone" in line for line in banner), "".join(banner)
    moto_line = next(line for line in banner if "moto server at" in line)
    moto_port = int(moto_line.rsplit(":", 1)[1])
    return LocalStack(process, f"http://127.0.0.1:{port}/sms", token, moto_port)


def test_make_run_answers_a_signed_text_with_twiml(local_stack: LocalStack) -> None:
    status, replies = send(
        local_stack.url, local_stack.token, twilio_form("+14155550111", "hello", "CA", "US")
    )
    assert status == 200
    assert replies and "Reply YES to start" in replies[0]
    status, replies = send(
        local_stack.url, local_stack.token, twilio_form("+14155550111", "YES", "CA", "US")
    )
    assert "Day 1 of 21" in replies[0]


def test_make_run_refuses_a_text_signed_with_another_token(local_stack: LocalStack) -> None:
    status, _ = send(local_stack.url, "wrong-token", twilio_form("+14155550112", "hi", "CA", "US"))
    assert status == 403


def _stored(local_stack: LocalStack) -> dict[str, dict[str, dict[str, str]]]:
    """Every person in make run's users table, read from its moto server over HTTP."""
    import boto3

    dynamodb = boto3.client(
        "dynamodb",
        endpoint_url=f"http://127.0.0.1:{local_stack.moto_port}",
        region_name="us-east-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    items = dynamodb.scan(TableName="ncc-local-users")["Items"]
    return {item["phone"]["S"]: item for item in items}


def test_concurrent_texts_through_make_run_lose_nothing(local_stack: LocalStack) -> None:
    from concurrent.futures import ThreadPoolExecutor

    one = "+14155550170"
    send(local_stack.url, local_stack.token, twilio_form(one, "hi", "CA", "US"))
    send(local_stack.url, local_stack.token, twilio_form(one, "YES", "CA", "US"))
    notes = [twilio_form(one, f"JOURNAL note {n}", "CA", "US") for n in range(20)]
    many = [twilio_form(f"+1415555{n:04d}", "hi", "CA", "US") for n in range(200, 250)]
    with ThreadPoolExecutor(max_workers=70) as pool:
        results = list(pool.map(lambda form: send(local_stack.url, local_stack.token, form),
                                notes + many))  # fmt: skip
    assert [status for status, _ in results] == [200] * 70
    assert all(replies for _, replies in results), "every text gets a reply"
    stored = _stored(local_stack)
    assert int(stored[one]["journal_entries"]["N"]) == 20, "no journal entry lost"
    assert stored[one]["status"]["S"] == "active", "no reset under load"
    assert all(f"+1415555{n:04d}" in stored for n in range(200, 250)), "nobody lost"


def test_sigterm_stops_everything_it_started_too() -> None:
    stack = _start_stack()
    try:
        _stops_everything(stack, signal.SIGTERM)
    finally:
        if stack.process.poll() is None:
            stack.process.kill()


def test_ctrl_c_stops_everything_it_started(local_stack: LocalStack) -> None:
    _stops_everything(local_stack, signal.SIGINT)


def _stops_everything(local_stack: LocalStack, stop: signal.Signals) -> None:
    local_stack.process.send_signal(stop)
    output, _ = local_stack.process.communicate(timeout=20)
    assert local_stack.process.returncode == 0
    assert "Stopped chalice local and moto." in output
    chalice_port = int(local_stack.url.split(":")[2].split("/")[0])
    for port in (chalice_port, local_stack.moto_port):
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0, f"port {port} still open"


def test_make_phone_reads_the_country_off_the_number() -> None:
    """`make phone FROM=+44...` sends what Twilio would: FromCountry GB, no FromState."""
    from scripts.phone import _country

    assert _country("+447700900123") == "GB"
    assert _country("+14155550123") == "US"


def test_even_sigkill_leaves_no_chalice_local_listening() -> None:
    # A tester killed make and then scripts.local_run, and chalice local kept its port.
    stack = _start_stack()
    chalice_port = int(stack.url.split(":")[2].split("/")[0])
    stack.process.kill()
    stack.process.wait(timeout=10)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", chalice_port)) != 0:
                return
        time.sleep(0.5)
    raise AssertionError(f"port {chalice_port} still open after the parent was killed")
