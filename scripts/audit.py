"""`python -m scripts.audit requirements.txt`: known vulnerabilities in the pinned runtime packages.

Runs the venv's pip-audit against the pinned requirements, without building a venv
(`--no-deps --disable-pip`), and reads its JSON. Exit codes:

- 0: every dependency was checked and none has a known vulnerability;
- 1: known vulnerabilities, listed one per line;
- 0 with "skipped, not passed" when the vulnerability service cannot be reached, or 2 with
  AUDIT_STRICT=1 (CI that must not skip);
- 2: pip-audit itself failed for another reason (a broken requirements file, say).

"Unreachable" is read from what pip-audit does offline: a connection error (it exits 1 with a
traceback or "Could not connect"), a timeout, or every dependency "not found on PyPI", which is what
pip-audit reports, with "No known vulnerabilities found" and exit 0, when a proxy answers 404 to
PyPI's JSON API. That last case must never count as a pass.

Settings from the environment: AUDIT_STRICT=1; AUDIT_SERVICE (pypi, the default, or osv);
AUDIT_OSV_URL (an OSV-compatible query URL); AUDIT_PIP_AUDIT (the pip-audit executable, default
the one beside this Python); AUDIT_TIMEOUT (seconds for the whole run, default 120).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

UNREACHABLE = "pip-audit: vulnerability database unreachable (offline?); skipped, not passed"
DEFAULT_TIMEOUT_SECONDS = 120.0
# Per request; pip-audit asks once per dependency, one after another.
SOCKET_TIMEOUT_SECONDS = 10

EXIT_PASSED = 0
EXIT_VULNERABLE = 1
EXIT_FAILED = 2

# What pip-audit and requests print when the network is the problem.
_NETWORK_TROUBLE = re.compile(
    r"ConnectionError|ProxyError|ConnectTimeout|ReadTimeout|NameResolutionError"
    r"|Max retries exceeded|Could not connect|Failed to establish a new connection"
    r"|Temporary failure in name resolution|Name or service not known|Network is unreachable"
    r"|your network may be blocking|SSLError|CERTIFICATE_VERIFY_FAILED",
)
_NOT_ON_INDEX = "not found on PyPI"


@dataclass(frozen=True)
class RunResult:
    """What one pip-audit run gave back."""

    returncode: int | None  # None: killed at the time limit
    stdout: str
    stderr: str


@dataclass(frozen=True)
class Verdict:
    exit_code: int
    lines: list[str] = field(default_factory=list)
    detail: str = ""


def pip_audit_command(requirements: Path, env: Mapping[str, str], cache_dir: Path) -> list[str]:
    executable = env.get("AUDIT_PIP_AUDIT") or str(Path(sys.executable).parent / "pip-audit")
    command = [
        executable,
        "--requirement",
        str(requirements),
        "--no-deps",
        "--disable-pip",
        "--progress-spinner",
        "off",
        "--format",
        "json",
        "--timeout",
        str(SOCKET_TIMEOUT_SECONDS),
        # A fresh cache each run: a stale cached answer must not pass for today's.
        "--cache-dir",
        str(cache_dir),
    ]
    service = env.get("AUDIT_SERVICE", "").strip()
    if service:
        command += ["--vulnerability-service", service]
    osv_url = env.get("AUDIT_OSV_URL", "").strip()
    if osv_url:
        command += ["--osv-url", osv_url]
    return command


def run_pip_audit(requirements: Path, env: Mapping[str, str], timeout: float) -> RunResult:
    with tempfile.TemporaryDirectory(prefix="pip-audit-cache-") as cache_dir:
        command = pip_audit_command(requirements, env, Path(cache_dir))
        try:
            done = subprocess.run(  # noqa: S603 - our own pip-audit, arguments we built
                command,
                capture_output=True,
                text=True,
                timeout=timeout,
                env=dict(env),
                check=False,
            )
        except subprocess.TimeoutExpired as expired:
            return RunResult(None, _text(expired.stdout), _text(expired.stderr))
        except FileNotFoundError:
            return RunResult(127, "", f"{command[0]}: not found (is pip-audit installed?)")
    return RunResult(done.returncode, done.stdout, done.stderr)


def _text(output: bytes | str | None) -> str:
    if isinstance(output, bytes):
        return output.decode("utf-8", errors="replace")
    return output or ""


def _report(stdout: str) -> dict[str, Any] | None:
    """pip-audit's JSON report, or None if it printed none (it crashed, or had nothing to say)."""
    text = stdout.strip()
    if not text:
        return None
    try:
        report = json.loads(text)
    except json.JSONDecodeError:
        return None
    if not isinstance(report, dict) or not isinstance(report.get("dependencies"), list):
        return None
    return report


def _last_line(stderr: str) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def _clip(text: str, width: int = 200) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def _unreachable(strict: bool, detail: str) -> Verdict:
    return Verdict(EXIT_FAILED if strict else EXIT_PASSED, [UNREACHABLE], detail)


def judge(result: RunResult, strict: bool = False) -> Verdict:
    """Turns one pip-audit run into an exit code and the lines to print."""
    if result.returncode is None:
        return _unreachable(strict, "pip-audit did not finish within the time limit")
    report = _report(result.stdout)
    if report is None:
        if result.returncode == 0 and "No known vulnerabilities found" in result.stderr:
            return Verdict(EXIT_PASSED, ["pip-audit: no known vulnerabilities"])
        if _NETWORK_TROUBLE.search(result.stderr):
            return _unreachable(strict, _last_line(result.stderr))
        return Verdict(
            EXIT_FAILED,
            [f"pip-audit failed (exit {result.returncode}): {_last_line(result.stderr)}"],
        )

    dependencies: list[dict[str, Any]] = report["dependencies"]
    vulnerable = [dep for dep in dependencies if dep.get("vulns")]
    skipped = [dep for dep in dependencies if dep.get("skip_reason")]
    if vulnerable:
        count = sum(len(dep["vulns"]) for dep in vulnerable)
        lines = [f"pip-audit: {count} known vulnerabilities in {len(vulnerable)} packages"]
        for dep in vulnerable:
            for vuln in dep["vulns"]:
                aliases = ", ".join(vuln.get("aliases") or [])
                fixes = ", ".join(vuln.get("fix_versions") or []) or "none yet"
                also = f" ({aliases})" if aliases else ""
                lines.append(
                    f"  {dep['name']}=={dep.get('version', '?')}: {vuln['id']}{also};"
                    f" fixed in {fixes}"
                )
        if skipped:
            lines.append(f"  and {len(skipped)} packages could not be checked")
        return Verdict(EXIT_VULNERABLE, lines)
    if dependencies and len(skipped) == len(dependencies):
        reasons = {str(dep["skip_reason"]) for dep in skipped}
        if all(_NOT_ON_INDEX in reason for reason in reasons):
            detail = "every package came back 'not found on PyPI': the JSON API is blocked"
        else:
            detail = sorted(reasons)[0]
        return _unreachable(strict, detail)
    if skipped:
        names = ", ".join(sorted(str(dep["name"]) for dep in skipped))
        line = (
            f"pip-audit: {len(skipped)} of {len(dependencies)} packages could not be checked"
            f" ({names}); skipped, not passed"
        )
        return Verdict(EXIT_FAILED if strict else EXIT_PASSED, [line])
    return Verdict(
        EXIT_PASSED, [f"pip-audit: no known vulnerabilities in {len(dependencies)} pinned packages"]
    )


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    environment = dict(os.environ if env is None else env)
    if len(args) != 1:
        print("usage: python -m scripts.audit REQUIREMENTS_FILE", file=sys.stderr)
        return EXIT_FAILED
    requirements = Path(args[0])
    if not requirements.is_file():
        print(f"pip-audit: {requirements} does not exist", file=sys.stderr)
        return EXIT_FAILED
    strict = environment.get("AUDIT_STRICT", "") == "1"
    timeout = float(environment.get("AUDIT_TIMEOUT") or DEFAULT_TIMEOUT_SECONDS)
    verdict = judge(run_pip_audit(requirements, environment, timeout), strict=strict)
    for line in verdict.lines:
        print(line, flush=True)
    if verdict.detail:
        print(f"  ({_clip(verdict.detail)})", file=sys.stderr)
    return verdict.exit_code


if __name__ == "__main__":
    sys.exit(main())
