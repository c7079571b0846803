"""`make run`: moto server as the embedded AWS, the tables, and `chalice local` on 127.0.0.1.

Ctrl-C (or SIGTERM) stops everything it started.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable

from scripts.stage_env import (
    LOCAL_DIR,
    LOCAL_OBSERVABILITY,
    PROJECT_DIR,
    STACK_FILE,
    local_aws_environment,
    stage_environment,
)

DEFAULT_AUTH_TOKEN = "local-dev-token"  # noqa: S105 - a documented local-only value
DEFAULT_PORT = 8000


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


class _OneAtATime:
    """A WSGI app that serves one request at a time.

    moto's backends are not thread-safe: two conditional writes racing in its threaded server
    could both succeed, and the coach's optimistic locking would lose an update. DynamoDB itself
    is atomic per item; serialising moto restores that locally.
    """

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self._app = app
        self._lock = threading.Lock()

    def __call__(
        self, environ: dict[str, object], start_response: Callable[..., object]
    ) -> list[bytes]:
        with self._lock:
            return list(self._app(environ, start_response))


class _MotoServer:
    """moto's server on 127.0.0.1 in a daemon thread, one request at a time."""

    def __init__(self, port: int) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        app = _OneAtATime(DomainDispatcherApplication(create_backend_app))
        self._server = make_server(
            "127.0.0.1", port, app, threaded=True, request_handler=MotoRequestHandler
        )
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> str:
        self._thread.start()
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def stop(self) -> None:
        self._server.shutdown()
        self._thread.join()


def _stop_on_sigterm(signum: int, frame: object) -> None:
    # `kill <pid>` (SIGTERM) cleans up like Ctrl-C: chalice local and moto must not be left.
    raise KeyboardInterrupt


def main() -> int:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    signal.signal(signal.SIGTERM, _stop_on_sigterm)

    port = int(os.environ.get("PORT", str(DEFAULT_PORT)))
    moto = _MotoServer(int(os.environ.get("MOTO_PORT", "0")))
    endpoint = moto.start()

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

    command = [sys.executable, "-m", "scripts.serve_local", "--host", "127.0.0.1"]
    server = subprocess.Popen(  # noqa: S603 - our own interpreter, fixed arguments
        [*command, "--port", str(port), "--stage", "local", "--no-autoreload"],
        cwd=PROJECT_DIR,
        env=env,
    )
    try:
        _wait_for_port("127.0.0.1", port, server, seconds=30)
        # `make phone` and its defaults know nothing of this process: say what it needs.
        phone = "make phone FROM=+14155550123"
        if port != DEFAULT_PORT:
            phone = f"PORT={port} {phone}"
        print(
            f"\nNo Contact Coach is running locally on http://127.0.0.1:{port}.\n"
            f"  webhook:   POST {webhook_url}  (Twilio auth token: {env['TWILIO_AUTH_TOKEN']})\n"
            f"  AWS:       moto server at {endpoint}\n"
            f"  outbox:    {env['OUTBOX_PATH']}\n"
            f"Text it from another terminal:  {phone}\n"
            "The tables live in this process's memory: stopping it forgets everyone.\n"
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
