"""`make bytecode STAGE=dev` (run by `make deploy` and `make package`): compiled bytecode for the
Lambda package, so a cold container does not compile every module it imports.

Lambda's code directory is read-only and a deployment.zip carries no `.pyc`, so each new container
compiled ~470 modules from source before its first text: about 55% of that first text's time
(bench/package_cold_start.py). Chalice copies `vendor/` into the package root and `chalicelib/`
as it is, `__pycache__` included, so this writes:

- `vendor/<package>/__pycache__/*.pyc` for the dependencies, compiled from the very files
  `chalice package --stage STAGE` puts in deployment.zip (built once here, from Chalice's cache);
- `chalicelib/**/__pycache__/*.pyc` in place.

Every `.pyc` is *checked-hash* (PEP 552): Python hashes the source beside it on import and uses
the bytecode only if it matches, so a stale or foreign `.pyc` costs speed, never correctness.
Left out, as never imported on Lambda: the twilio REST API other than `api` (the Messages
resource lives there), phonenumbers' geocoder and carrier data, and aiohttp (twilio's async
client). `vendor/` is generated and git-ignored; delete it to deploy without bytecode.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import py_compile
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from scripts.stage_env import PROJECT_DIR

CHECKED = py_compile.PycInvalidationMode.CHECKED_HASH
# Paths in the package (relative, "/"-separated) whose modules Lambda never imports.
NOT_IMPORTED = re.compile(
    r"^(?:aiohttp/|phonenumbers/(?:geodata|carrierdata)/|twilio/rest/(?!api/|__init__\.py$))"
)
# The application's own code: compiled in place, since Chalice packages chalicelib/ as it is.
OWN = re.compile(r"^(?:app\.py|chalicelib/)")


def chalice_package(project: Path, stage: str, out: Path) -> None:
    """`chalice package --stage STAGE OUT` for `project` (deployment.zip and sam.json in `out`).

    Raises RuntimeError with Chalice's output if packaging fails."""
    chalice = Path(sys.executable).with_name("chalice")
    env = {**os.environ, "AWS_DEFAULT_REGION": os.environ.get("AWS_DEFAULT_REGION", "us-east-1")}
    built = subprocess.run(  # noqa: S603 - the venv's own chalice, fixed arguments
        [str(chalice), "--project-dir", str(project), "package", "--stage", stage, str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    if built.returncode != 0:
        raise RuntimeError(f"chalice package failed:\n{built.stdout}\n{built.stderr}")


def package_sources(project: Path, stage: str, scratch: Path) -> Path:
    """deployment.zip from `chalice package --stage STAGE`, unzipped; its root directory."""
    out = scratch / "package"
    chalice_package(project, stage, out)
    root = scratch / "task"
    with zipfile.ZipFile(out / "deployment.zip") as archive:
        archive.extractall(root, [n for n in archive.namelist() if not n.endswith(".pyc")])
    return root


def compile_dependencies(root: Path, vendor: Path) -> int:
    """Checked-hash .pyc for each dependency module under `root`, written under `vendor`."""
    count = 0
    for source in sorted(root.rglob("*.py")):
        relative = source.relative_to(root).as_posix()
        if OWN.match(relative) or NOT_IMPORTED.match(relative):
            continue
        target = vendor / importlib.util.cache_from_source(relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        py_compile.compile(
            str(source), cfile=str(target), dfile=relative, doraise=True, invalidation_mode=CHECKED
        )
        count += 1
    return count


def compile_own(project: Path) -> bool:
    """Checked-hash .pyc for chalicelib/ in place (over any timestamp .pyc a test run left)."""
    return compileall.compile_dir(
        str(project / "chalicelib"), quiet=1, force=True, invalidation_mode=CHECKED
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", default="dev")
    parser.add_argument("--project-dir", type=Path, default=PROJECT_DIR)
    args = parser.parse_args(argv)
    project: Path = args.project_dir.resolve()
    vendor = project / "vendor"
    shutil.rmtree(vendor, ignore_errors=True)  # its old .pyc would change the package's hash
    with tempfile.TemporaryDirectory() as scratch:
        root = package_sources(project, args.stage, Path(scratch))
        count = compile_dependencies(root, vendor)
    if not compile_own(project):
        print("compiling chalicelib/ failed", file=sys.stderr)
        return 1
    print(f"bytecode: {count} dependency modules in vendor/, chalicelib/ in place (checked-hash)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
