"""`re.compile` without the parsing, for the large tables a cold container compiles first.

Parsing the crisis tables' regular expressions took about half a second of the first text a
new Lambda container answers (bench/package_cold_start.py). CPython compiles a pattern in two
steps: `re._parser` parses it and `re._compiler` turns the parse into a list of opcodes, which
`_sre.compile` makes into a Pattern. `python -m scripts.precompile` runs the first two steps at
build time and stores their result in precompiled.bin (marshal), keyed by the pattern and flags;
`compile` here hands a stored entry straight to `_sre.compile`.

The file only ever changes speed, never what matches: an entry is used only by the interpreter
that wrote it (same `sys.implementation.cache_tag` and `_sre.MAGIC`, the opcode format's
version) and only for the exact pattern text and flags it was made from; anything else is
compiled by `re.compile` as usual. tests/unit/test_precompiled.py proves every stored entry
equals what `re._compiler` produces now, and that the file holds every pattern the tables use.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # CPython's regex engine; no stub
import functools
import importlib
import marshal
import re
import sys
import zlib
from array import array
from pathlib import Path
from typing import Any

STORE = Path(__file__).with_name("precompiled.bin")
# The interpreter, opcode format and opcode width the stored entries are for.
HEADER = (sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE)
# While set (by scripts.precompile), every pattern passed to `compile` is recorded here.
recording: set[tuple[str, int]] | None = None


@functools.cache
def _stored() -> dict[tuple[str, int], tuple[Any, ...]]:
    try:
        header, entries = marshal.loads(zlib.decompress(STORE.read_bytes()))  # noqa: S302 - ours
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return {}
    return entries if header == HEADER else {}


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the stored opcodes when there are some for it."""
    if recording is not None:
        recording.add((pattern, int(flags)))
    entry = _stored().get((pattern, int(flags)))
    if entry is None:
        return re.compile(pattern, flags)
    final_flags, code, groups, groupindex, indexgroup = entry
    opcodes = array("I")
    opcodes.frombytes(code)
    compiled: re.Pattern[str] = _sre.compile(
        pattern, final_flags, opcodes.tolist(), groups, groupindex, indexgroup
    )
    return compiled


def opcodes(pattern: str, flags: int) -> tuple[Any, ...]:
    """What `re._compiler.compile` hands `_sre.compile` for this pattern, as stored."""
    _parser = importlib.import_module("re._parser")
    _compiler = importlib.import_module("re._compiler")

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        flags | parsed.state.flags,
        array("I", code).tobytes(),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def dump(patterns: set[tuple[str, int]]) -> bytes:
    """The store's bytes for these (pattern, flags) pairs."""
    entries = {key: opcodes(*key) for key in sorted(patterns)}
    return zlib.compress(marshal.dumps((HEADER, entries)), 9)
