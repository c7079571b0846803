"""`make run`: moto server as the embedded AWS, the tables, and `chalice local` on 127.0.0.1.

Ctrl-C stops everything it started.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from scripts.stage_env import (
    LOCAL_DIR,
    LOCAL_OBSERVABILITY,
    PROJECT_DIR,
    STACK_FILE,
    local_aws_environment,
    stage_environment,
)

DEFAULT_AUTH_TOKEN = "local-dev-token"  # noqa: S105 - a documented local-only value


def _wait_for_port(host: str, port: int, process: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"chalice local exited early with code {process.returncode}")
        with socket.socket() as probe:
            if probe.connect_ex((host, port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit(f"chalice local did not open {host}:{port} within {seconds:.0f}s")


def main() -> int:
    from moto.server import ThreadedMotoServer

    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    port = int(os.environ.get("PORT", "8000"))
    moto_port = int(os.environ.get("MOTO_PORT", "0"))
    moto = ThreadedMotoServer(ip_address="127.0.0.1", port=moto_port, verbose=False)
    moto.start()
    moto_host, moto_port = moto.get_host_and_port()
    endpoint = f"http://{moto_host}:{moto_port}"

    webhook_url = os.environ.get("TWILIO_WEBHOOK_URL", f"http://127.0.0.1:{port}/sms")
    env = {
        **os.environ,
        **stage_environment("local"),
        **local_aws_environment(endpoint),
        **LOCAL_OBSERVABILITY,
        "TWILIO_WEBHOOK_URL": webhook_url,
        "TWILIO_AUTH_TOKEN": os.environ.get("TWILIO_AUTH_TOKEN", DEFAULT_AUTH_TOKEN),
    }
    os.environ.update(env)
    from scripts.provision import ensure_queues, ensure_tables

    ensure_tables()
    ensure_queues()
    LOCAL_DIR.mkdir(exist_ok=True)
    STACK_FILE.write_text(
        json.dumps(
            {
                "aws_endpoint_url": endpoint,
                "webhook_url": webhook_url,
                "auth_token": env["TWILIO_AUTH_TOKEN"],
            }
        )
    )

    chalice = Path(sys.executable).parent / "chalice"
    command = [str(chalice), "local", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen(  # noqa: S603 - our own chalice executable, fixed arguments
        [*command, "--stage", "local", "--no-autoreload"], cwd=PROJECT_DIR, env=env
    )
    try:
        _wait_for_port("127.0.0.1", port, server, seconds=30)
        print(
            "\nNo Contact Coach is running locally.\n"
            f"  webhook:   POST {webhook_url}  (Twilio auth token: {env['TWILIO_AUTH_TOKEN']})\n"
            f"  AWS:       moto server at {endpoint}\n"
            f"  outbox:    {env['OUTBOX_PATH']}\n"
            "Text it from another terminal:  make phone FROM=+14155550123\n"
            "Press Ctrl-C to stop.\n",
            flush=True,
        )
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=5)
            except subprocess.TimeoutExpired:
                server.kill()
        moto.stop()
        STACK_FILE.unlink(missing_ok=True)
        print("Stopped chalice local and moto.", flush=True)


if __name__ == "__main__":
    sys.exit(main())
