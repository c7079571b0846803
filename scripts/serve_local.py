"""`chalice local`, with a listen backlog deep enough for a burst of texts.

Chalice's local server keeps the standard library's default backlog of 5 connections: a burst
of 20 texts at once had connections reset before a thread could take them. Twilio retries
nothing on a reset, so `make run` raises it to the kernel's usual maximum.
Usage: python -m scripts.serve_local <the arguments of `chalice local`>
"""

from __future__ import annotations

import sys

LISTEN_BACKLOG = 128


def main(argv: list[str]) -> int:
    from chalice import local
    from chalice.cli import main as chalice_main

    local.ThreadedHTTPServer.request_queue_size = LISTEN_BACKLOG
    sys.argv = ["chalice", "local", *argv]
    return int(chalice_main() or 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
