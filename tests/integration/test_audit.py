"""`make audit`: a known vulnerability fails the build; an offline database is named, not passed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from scripts.audit import UNREACHABLE, RunResult, judge, main
from tests.conftest import PROJECT_DIR

# Nothing listens on the discard port, so every connection is refused at once.
DEAD = "http://127.0.0.1:9"

# The shape pip-audit 2.10 prints with --format json; a real advisory against requests 2.31.0.
VULNERABLE_REPORT: dict[str, Any] = {
    "dependencies": [
        {"name": "twilio", "version": "9.13.0", "vulns": []},
        {
            "name": "requests",
            "version": "2.31.0",
            "vulns": [
                {
                    "id": "GHSA-9wx4-h78v-vm56",
                    "fix_versions": ["2.32.0"],
                    "aliases": ["CVE-2024-35195"],
                    "description": "Session verify=False persists for the connection.",
                }
            ],
        },
    ],
    "fixes": [],
}
CLEAN_REPORT: dict[str, Any] = {
    "dependencies": [
        {"name": "twilio", "version": "9.13.0", "vulns": []},
        {"name": "requests", "version": "2.34.2", "vulns": []},
    ],
    "fixes": [],
}
# What pip-audit prints, with exit 0, when a proxy answers 404 to PyPI's JSON API.
BLOCKED_REPORT: dict[str, Any] = {
    "dependencies": [
        {
            "name": name,
            "skip_reason": f"Dependency not found on PyPI and could not be audited: {name} (1.0)",
        }
        for name in ("twilio", "requests")
    ],
    "fixes": [],
}


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AUDIT_")}
    for name in ("NO_PROXY", "no_proxy"):
        env.pop(name, None)
    env.update(extra)
    return env


def _audit(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scripts.audit", "requirements.txt"],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


OFFLINE = {
    "pypi_behind_a_dead_proxy": {"HTTPS_PROXY": DEAD, "https_proxy": DEAD},
    "osv_at_a_dead_url": {"AUDIT_SERVICE": "osv", "AUDIT_OSV_URL": f"{DEAD}/v1/query"},
}


@pytest.mark.parametrize("offline", OFFLINE.values(), ids=OFFLINE.keys())
def test_an_unreachable_database_is_reported_as_skipped_and_does_not_fail(
    offline: dict[str, str],
) -> None:
    done = _audit(_env(**offline))
    assert done.returncode == 0, done.stdout + done.stderr
    assert UNREACHABLE in done.stdout.splitlines()
    assert "no known vulnerabilities" not in done.stdout.lower()


def test_strict_mode_fails_when_the_database_is_unreachable() -> None:
    done = _audit(_env(AUDIT_STRICT="1", HTTPS_PROXY=DEAD, https_proxy=DEAD))
    assert done.returncode == 2
    assert UNREACHABLE in done.stdout.splitlines()


def _fake_pip_audit(tmp_path: Path, report: dict[str, Any], exit_code: int) -> Path:
    """A stand-in pip-audit that prints a canned JSON report."""
    script = tmp_path / "pip-audit"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys\n"
        f"print({json.dumps(json.dumps(report))})\n"
        f"sys.exit({exit_code})\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    return script


def test_a_known_vulnerability_fails_the_audit_and_is_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = _fake_pip_audit(tmp_path, VULNERABLE_REPORT, exit_code=1)
    requirements = PROJECT_DIR / "requirements.txt"
    code = main([str(requirements)], env=_env(AUDIT_PIP_AUDIT=str(fake)))
    out = capsys.readouterr().out
    assert code == 1
    assert "requests==2.31.0: GHSA-9wx4-h78v-vm56 (CVE-2024-35195); fixed in 2.32.0" in out
    assert "twilio" not in out


def test_the_vulnerable_report_is_judged_a_failure() -> None:
    verdict = judge(RunResult(1, json.dumps(VULNERABLE_REPORT), "Found 1 known vulnerability"))
    assert verdict.exit_code == 1
    assert verdict.lines[0] == "pip-audit: 1 known vulnerabilities in 1 packages"


def test_a_clean_report_passes() -> None:
    verdict = judge(RunResult(0, json.dumps(CLEAN_REPORT), "No known vulnerabilities found"))
    assert verdict.exit_code == 0
    assert verdict.lines == ["pip-audit: no known vulnerabilities in 2 pinned packages"]


def test_every_package_not_found_on_pypi_is_unreachable_not_a_pass() -> None:
    # pip-audit itself says "No known vulnerabilities found" and exits 0 here.
    run = RunResult(0, json.dumps(BLOCKED_REPORT), "No known vulnerabilities found")
    assert judge(run).lines == [UNREACHABLE]
    assert judge(run).exit_code == 0
    assert judge(run, strict=True).exit_code == 2


def test_a_run_that_timed_out_is_unreachable() -> None:
    assert judge(RunResult(None, "", "")).lines == [UNREACHABLE]


def test_a_pip_audit_failure_that_is_not_the_network_fails() -> None:
    run = RunResult(1, "", "ERROR:pip_audit._cli:requirement foo is not pinned to an exact version")
    verdict = judge(run)
    assert verdict.exit_code == 2
    assert "not pinned" in verdict.lines[0]
