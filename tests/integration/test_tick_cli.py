"""`make tick` and `make report` against a stack that is gone: one line, not a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scripts import report, stage_env, tick
from tests.support import free_port


def test_a_stale_stack_file_gets_a_one_line_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stale = tmp_path / "stack.json"
    closed = free_port()  # nothing listens here: the stack was killed without cleaning up
    stale.write_text(json.dumps({"aws_endpoint_url": f"http://127.0.0.1:{closed}",
                                 "webhook_url": "x", "auth_token": "y"}))  # fmt: skip
    monkeypatch.setattr(stage_env, "STACK_FILE", stale)
    assert tick.main() == 2
    assert "Start it first with: make run" in capsys.readouterr().err
    with pytest.raises(SystemExit, match="Start it first with: make run"):
        report.main(["--quiet"])
