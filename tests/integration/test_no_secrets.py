"""No secret lives in the repository: config names the SSM parameter, never the token."""

from __future__ import annotations

import json
import re
import subprocess

from tests.conftest import PROJECT_DIR

# Shapes of real credentials. Placeholders (zeros, x's) and test data are allowed.
CREDENTIAL_SHAPES = {
    "AWS access key id": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "AWS secret access key": re.compile(r"aws_secret_access_key\s*[=:]\s*['\"]?[A-Za-z0-9/+]{40}"),
    "Twilio API key": re.compile(r"\bSK[0-9a-f]{32}\b"),
    "Twilio account SID": re.compile(r"\bAC(?!0{32}\b)[0-9a-f]{32}\b"),
    "private key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH )?PRIVATE KEY-----"),
    "32-hex token assigned to a token-like name": re.compile(
        r"(?i)(?:auth_?token|secret|password)\W{1,6}[0-9a-f]{32}\b"
    ),
}
# Twilio's own published test vectors and fixtures carry their (public, revoked) test tokens.
EXEMPT_PREFIXES = ("tests/data/",)


def _tracked_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    return [name for name in listed.stdout.splitlines() if not name.startswith(EXEMPT_PREFIXES)]


def test_no_file_in_the_repository_holds_a_credential() -> None:
    findings = []
    for name in _tracked_files():
        path = PROJECT_DIR / name
        if not path.is_file() or path.stat().st_size > 2_000_000:
            continue
        text = path.read_text(encoding="utf-8", errors="ignore")
        findings += [
            f"{name}: {kind}" for kind, shape in CREDENTIAL_SHAPES.items() if shape.search(text)
        ]
    assert findings == []


def test_stage_config_names_the_ssm_parameter_and_holds_no_token() -> None:
    config = json.loads((PROJECT_DIR / ".chalice" / "config.json").read_text(encoding="utf-8"))
    for name, stage in config["stages"].items():
        env = {**config.get("environment_variables", {}), **stage.get("environment_variables", {})}
        assert "TWILIO_AUTH_TOKEN" not in env, f"{name} stage puts the token in config"
        secretish = [
            k for k in env if re.search(r"TOKEN|SECRET|PASSWORD|KEY", k) and k != "LOG_HASH_KEY"
        ]
        assert all(k.endswith("_PARAM") for k in secretish), (name, secretish)
        if name != "local":
            assert env["TWILIO_AUTH_TOKEN_PARAM"] == f"/no-contact-coach/{name}/twilio-auth-token"


def test_the_scanner_catches_a_planted_token() -> None:
    # Built at run time so this file does not trip its own scan.
    planted = "TWILIO_AUTH_TOKEN = " + repr("0123456789abcdef" * 2)
    assert CREDENTIAL_SHAPES["32-hex token assigned to a token-like name"].search(planted)
    assert CREDENTIAL_SHAPES["AWS access key id"].search("AKIA" + "ABCDEFGHIJKLMNOP")
