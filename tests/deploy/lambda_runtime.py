"""A stand-in for AWS Lambda's Python runtime, to run an unzipped deployment package as built.

Run as `python -I -S -B lambda_runtime.py TASK_ROOT RESULTS < invocation.json`:

- `-I -S` leave sys.path with the interpreter's standard library alone (no site-packages, no
  user site, no PYTHON* variables, not even this file's directory); TASK_ROOT goes in front,
  as /var/task does on Lambda. `-B` writes no bytecode, so the package stays as it was built.
- The invocation names the handler ("app.app", as the function's Handler) and the events;
  each event gets a context like Lambda's, and the handler's return value is serialized
  to JSON, as Lambda does. One process is one warm container: the events run in order.
- RESULTS receives what each invocation returned (or raised) and its seconds, the seconds
  the handler's import took (Lambda's init phase less the interpreter's own start), the
  modules loaded from anywhere but TASK_ROOT and the standard library (there must be none)
  and where the package's own top-level modules came from.

Standard library only: this file is the runtime, not part of what it runs. Anything the
application prints goes to stderr; stdout is left unused.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
import traceback
import uuid
from pathlib import Path
from types import ModuleType
from typing import Any


class LambdaContext:
    """The attributes of the context object Lambda passes to a Python handler."""

    def __init__(self, timeout_seconds: int) -> None:
        region = os.environ["AWS_REGION"]
        self.function_name = os.environ["AWS_LAMBDA_FUNCTION_NAME"]
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
        self.invoked_function_arn = (
            f"arn:aws:lambda:{region}:123456789012:function:{self.function_name}"
        )
        self.memory_limit_in_mb = os.environ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"]
        self.aws_request_id = str(uuid.uuid4())
        self.log_group_name = f"/aws/lambda/{self.function_name}"
        self.log_stream_name = f"{time.strftime('%Y/%m/%d')}/[$LATEST]{uuid.uuid4().hex}"
        self.identity = None
        self.client_context = None
        self._deadline = time.monotonic() + timeout_seconds

    def get_remaining_time_in_millis(self) -> int:
        return max(0, int((self._deadline - time.monotonic()) * 1000))


def _locations(module: ModuleType) -> list[str]:
    """Where a module was loaded from: its file, or a namespace package's directories."""
    file = getattr(module, "__file__", None)
    if file:
        return [file]
    return [str(entry) for entry in getattr(module, "__path__", None) or []]


def _under(location: str, roots: list[str]) -> bool:
    real = os.path.realpath(location)
    return any(real == root or real.startswith(root + os.sep) for root in roots)


def main() -> None:
    task_root, results_path = os.path.realpath(sys.argv[1]), sys.argv[2]
    standard_library = [entry for entry in sys.path if entry]
    sys.path[:] = [task_root, *standard_library]
    allowed = [task_root, *(os.path.realpath(entry) for entry in standard_library)]
    # What the application prints goes to stderr with the runtime's own messages.
    sys.stdout = sys.stderr

    invocation = json.load(sys.stdin)
    started = time.monotonic()
    module_name, _, function_name = invocation["handler"].rpartition(".")
    handler = getattr(importlib.import_module(module_name), function_name)
    init_seconds = time.monotonic() - started

    results: list[dict[str, Any]] = []
    for event in invocation["events"]:
        context = LambdaContext(int(invocation["timeout"]))
        began = time.monotonic()
        try:
            returned = handler(event, context)
            result = {"returned": json.loads(json.dumps(returned))}
        except Exception as error:
            result = {"raised": type(error).__name__, "trace": traceback.format_exc()}
        results.append({**result, "seconds": time.monotonic() - began})

    runtime = sys.modules["__main__"]  # this file (multiprocessing names it __mp_main__ too)
    outside = {
        name: locations
        for name, module in sorted(sys.modules.items())
        if module is not runtime
        and (locations := _locations(module))
        and not all(_under(location, allowed) for location in locations)
    }
    from_package = sorted(
        name.partition(".")[0]
        for name, module in sys.modules.items()
        if any(_under(location, [task_root]) for location in _locations(module))
    )
    report = {
        "results": results,
        "init_seconds": init_seconds,
        "standard_library": standard_library,
        "outside": outside,
        "from_package": sorted(set(from_package)),
        "python": list(sys.version_info[:2]),
        "flags": {
            "isolated": sys.flags.isolated,
            "no_site": sys.flags.no_site,
            "dont_write_bytecode": sys.dont_write_bytecode,
        },
    }
    Path(results_path).write_text(json.dumps(report), encoding="utf-8")


if __name__ == "__main__":
    main()
