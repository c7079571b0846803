"""`make tick`: one scheduler tick against the running local stack, then the queue drained.

`AT=2026-11-27T14:00:00Z make tick` runs it as of that moment. Texts land in .local/outbox.jsonl.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime

from scripts.stage_env import (
    LOCAL_OBSERVABILITY,
    NOT_RUNNING,
    PROJECT_DIR,
    local_aws_environment,
    running_local_stack,
    stage_environment,
)


def parse_moment(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise SystemExit("AT needs a time zone, e.g. AT=2026-11-27T14:00:00Z")
    return moment.astimezone(UTC)


def main() -> int:
    stack = running_local_stack()
    if stack is None:
        print(NOT_RUNNING, file=sys.stderr)
        return 2
    os.environ.update(
        {
            **stage_environment("local"),
            **local_aws_environment(stack["aws_endpoint_url"]),
            **LOCAL_OBSERVABILITY,
            "TWILIO_WEBHOOK_URL": stack["webhook_url"],
            "TWILIO_AUTH_TOKEN": stack["auth_token"],
        }
    )
    moment = parse_moment(os.environ.get("AT"))

    from chalice.test import Client

    from app import app
    from chalicelib.bootstrap import build_services, use_services
    from chalicelib.settings import Settings
    from scripts.drive import Backend

    settings = Settings.from_env(os.environ)
    use_services(build_services(settings, clock=lambda: moment))
    with Client(app, stage_name="local", project_dir=str(PROJECT_DIR)) as client:
        backend = Backend(client, settings.send_queue_name)
        backend.tick()
        processed = backend.drain()
    print(
        f"Tick as of {moment:%Y-%m-%d %H:%M}Z: {processed} queued job(s) sent through the sender; "
        f"texts are in {settings.outbox_path}."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
