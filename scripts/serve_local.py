"""`chalice local`, with a listen backlog deep enough for a burst of texts.

Chalice's local server keeps the standard library's default backlog of 5 connections: a burst
of 20 texts at once had connections reset before a thread could take them. Twilio retries
nothing on a reset, so `make run` raises it to the kernel's usual maximum.
It also leaves when the process that started it is gone (`make run`'s scripts.local_run, or
whatever killed make left behind): a tester found it still listening after both were killed.
Usage: python -m scripts.serve_local <the arguments of `chalice local`>
"""

from __future__ import annotations

import os
import sys
import threading
import time

LISTEN_BACKLOG = 128
PARENT_CHECK_SECONDS = 1.0


def _leave_with_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)  # orphaned: nothing will ever stop us otherwise


def main(argv: list[str]) -> int:
    from chalice import local
    from chalice.cli import main as chalice_main

    local.ThreadedHTTPServer.request_queue_size = LISTEN_BACKLOG
    watch = threading.Thread(target=_leave_with_parent, args=(os.getppid(),), daemon=True)
    watch.start()
    sys.argv = ["chalice", "local", *argv]
    return int(chalice_main() or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
