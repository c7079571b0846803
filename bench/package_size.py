"""Deployment size: deployment.zip as `make deploy` builds it (`make bytecode`, then `chalice
package --stage dev`; tests/deploy/lambda_package.py), measured from the zip's own listing.

The first run on a fresh clone downloads the Lambda wheels from PyPI (Chalice then caches the
dependency zip in .chalice/deployments/deploy-check/); without a network it fails, and says so.
"""

from __future__ import annotations

import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path

from bench.common import Measurement, Metric, module_main
from tests.deploy.lambda_package import build_package

LAMBDA_UNZIPPED_LIMIT_MB = 250  # AWS Lambda: function + layers, unzipped
DIRECT_UPLOAD_LIMIT_MB = 50  # AWS Lambda: a zip uploaded in the API call itself
MB = 1024 * 1024
TOP = 10
# The full phonenumbers build is deployed for its time-zone data; these parts of it never load.
UNUSED = ("phonenumbers/geodata/", "phonenumbers/carrierdata/")


def _top_level(name: str) -> str:
    """A zip path's top-level package, with its .dist-info folded into it."""
    first = name.split("/", 1)[0]
    if first.endswith((".dist-info", ".egg-info")):
        return first.split("-", 1)[0].lower() + " (metadata)"
    return first.removesuffix(".py")


def measure(m: Measurement) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        archive = build_package(Path(scratch)).zip_path
        zipped = archive.stat().st_size
        sizes: Counter[str] = Counter()
        unused_phone_data = 0
        files = 0
        with zipfile.ZipFile(archive) as deployment:
            for info in deployment.infolist():
                if not info.is_dir():
                    sizes[_top_level(info.filename)] += info.file_size
                    unused_phone_data += info.file_size * info.filename.startswith(UNUSED)
                    files += 1
    unzipped = sum(sizes.values())
    m.add(
        Metric.judged(
            "deployment_unzipped_mb",
            round(unzipped / MB, 1),
            "MB",
            "<=",
            LAMBDA_UNZIPPED_LIMIT_MB,
            f"{files:,} files; the target is Lambda's own limit for an unzipped package",
        )
    )
    m.add(
        Metric(
            "deployment_zip_mb",
            round(zipped / MB, 1),
            "MB",
            note=f"`chalice deploy` uploads it directly: Lambda takes at most "
            f"{DIRECT_UPLOAD_LIMIT_MB} MB that way (the CloudFormation path goes through S3)",
        )
    )
    largest = sizes.most_common(TOP)
    m.add(
        Metric(
            "deployment_largest_package_mb",
            round(largest[0][1] / MB, 1),
            "MB",
            note=f"{largest[0][0]}; the {TOP} largest are in details",
        )
    )
    m.add(
        Metric(
            "deployment_phonenumbers_mb",
            round(sizes["phonenumbers"] / MB, 1),
            "MB",
            note=f"unzipped; {unused_phone_data / MB:.1f} MB of it is the geocoder and carrier "
            "data, deployed with the time-zone data and never loaded",
        )
    )
    m.details["largest_top_level_mb"] = {name: round(size / MB, 2) for name, size in largest}
    m.details["top_ten_share"] = round(sum(size for _, size in largest) / unzipped, 3)


if __name__ == "__main__":
    sys.exit(module_main("package", measure))
