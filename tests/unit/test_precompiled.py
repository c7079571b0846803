"""The stored crisis-table opcodes (chalicelib/domain/precompiled.py) alter speed, not matches."""

from __future__ import annotations

import re
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from chalicelib.domain import crisis, precompiled
from scripts.datasets import DATA
from scripts.stage_env import PROJECT_DIR


def test_the_store_is_what_the_tables_compile_to_now() -> None:
    # A fresh interpreter records every pattern crisis.py compiles; the store must be exactly that.
    checked = subprocess.run(
        [sys.executable, "-m", "scripts.precompile", "--check"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_each_stored_entry_is_the_compilers_own_output() -> None:
    entries = precompiled._stored()
    assert len(entries) >= 10
    for (pattern, flags), entry in entries.items():
        assert entry == precompiled.opcodes(pattern, flags)


def test_stored_patterns_match_exactly_as_re_compile_does() -> None:
    texts = [
        line.rsplit("\t", 1)[-1].lower()
        for line in (DATA / "crisis_training.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ][:400]
    for pattern, flags in precompiled._stored():
        stored, plain = precompiled.compile(pattern, flags), re.compile(pattern, flags)
        assert (stored.pattern, stored.flags, stored.groups) == (
            plain.pattern,
            plain.flags,
            plain.groups,
        )
        for text in texts:
            found, expected = stored.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span())


def test_a_foreign_or_broken_store_falls_back_to_re_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for content in (b"", b"not zlib", zlib.compress(b"not marshal")):
        store = tmp_path / "precompiled.bin"
        store.write_bytes(content)
        monkeypatch.setattr(precompiled, "STORE", store)
        precompiled._stored.cache_clear()
        assert precompiled._stored() == {}
        assert precompiled.compile("kill(?:ing)? myself").search("im killing myself")
    precompiled._stored.cache_clear()


def test_an_unknown_pattern_is_compiled_as_usual() -> None:
    assert precompiled.compile(r"\bno such table\b").search("a text with no such table in it")
    assert crisis.assess_crisis("i want to kill myself") is not None
