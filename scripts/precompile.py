"""`python -m scripts.precompile`: store the crisis tables' compiled opcodes for cold starts.

Run it after changing chalicelib/domain/crisis_patterns.py (scripts.train_crisis_model runs it
too). It compiles every table in a fresh interpreter with recording on and writes
chalicelib/domain/precompiled.bin. `--check` writes nothing and exits 1 if the stored file is
not what it would write (tests/unit/test_precompiled.py runs it).
"""

from __future__ import annotations

import argparse
import sys

from chalicelib.domain import precompiled


def collect() -> bytes:
    """The store for every pattern the crisis tables compile, in this fresh interpreter."""
    precompiled.recording = set()
    from chalicelib.domain import crisis

    crisis.compile_tables()
    recorded, precompiled.recording = precompiled.recording, None
    return precompiled.dump(recorded)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the store is stale")
    args = parser.parse_args(argv)
    wanted = collect()
    current = precompiled.STORE.read_bytes() if precompiled.STORE.exists() else b""
    if args.check:
        if current != wanted:
            print(f"{precompiled.STORE.name} is stale: run python -m scripts.precompile")
            return 1
        print(f"{precompiled.STORE.name} is current")
        return 0
    precompiled.STORE.write_bytes(wanted)
    print(f"wrote {precompiled.STORE} ({len(wanted):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
