"""The report reads DynamoDB as it reads memory, asks for no phone or words, and its IAM policy
(infra/resources.json, ReportReaderPolicy) allows exactly the calls it makes."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from botocore.client import BaseClient

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.domain.model import Person
from outcomes import source
from outcomes.cohort import Participant
from scripts.simulate import play

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def simulated() -> list[Person]:
    return play(people=120, days=75, seed=11).people


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, dict[str, Any]]]]:
    made: list[tuple[str, dict[str, Any]]] = []
    original = BaseClient._make_api_call

    def recording(client: BaseClient, operation: str, params: dict[str, Any]) -> Any:
        made.append((f"{client.meta.service_model.service_name}:{operation}", params))
        return original(client, operation, params)

    monkeypatch.setattr(BaseClient, "_make_api_call", recording)
    yield made


def test_the_scan_reads_every_person_as_memory_holds_them(
    aws: None, simulated: list[Person], calls: list[tuple[str, dict[str, Any]]]
) -> None:
    people = DynamoPeople()
    for person in simulated:
        people.save(replace(person, version=0))
    calls.clear()
    read = source.participants(os.environ["USERS_TABLE"], progress=False)
    assert Counter(read) == Counter(Participant.of(p) for p in simulated)
    assert sum(len(p.journey) for p in read) > 1000
    scans = [params for name, params in calls if name == "dynamodb:Scan"]
    assert len(scans) >= source.SEGMENTS
    for params in scans:  # never the phone number, their reason or any other words
        names = [
            params["ExpressionAttributeNames"][n]
            for n in params["ProjectionExpression"].split(", ")
        ]
        assert "phone" not in names and "why" not in names and "logistics" not in names
    people.erase(simulated[0].phone)  # erased people are gone from the report too
    after = source.participants(os.environ["USERS_TABLE"], progress=False)
    assert Counter(read) - Counter(after) == Counter([Participant.of(simulated[0])])


def test_the_report_policy_allows_exactly_the_calls_the_report_makes(
    aws: None, calls: list[tuple[str, dict[str, Any]]]
) -> None:
    source.participants(os.environ["USERS_TABLE"], progress=False)
    made = {name for name, _ in calls}
    tables = {params["TableName"] for _, params in calls}
    template = json.loads((ROOT / "infra" / "resources.json").read_text(encoding="utf-8"))
    policy = template["Resources"]["ReportReaderPolicy"]["Properties"]["PolicyDocument"]
    (statement,) = policy["Statement"]
    assert set(statement["Action"]) == made == {"dynamodb:DescribeTable", "dynamodb:Scan"}
    assert statement["Resource"] == {"Fn::GetAtt": ["UsersTable", "Arn"]}
    assert tables == {os.environ["USERS_TABLE"]}


@pytest.mark.parametrize("stage", ["dev", "prod"])
def test_the_functions_themselves_may_not_scan(stage: str) -> None:
    policy = json.loads((ROOT / ".chalice" / f"policy-{stage}.json").read_text(encoding="utf-8"))
    actions = [a for s in policy["Statement"] for a in _list(s["Action"])]
    assert "dynamodb:Scan" not in actions and "dynamodb:*" not in actions


def _list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value
