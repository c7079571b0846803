"""Between the domain's Person and the stored items, and what every store shares; no requests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any, TypeVar, cast

from pynamodb.connection import Connection
from pynamodb.exceptions import DoesNotExist, PutError, UpdateError
from pynamodb.models import _ModelFuture

from chalicelib.adapters.dynamodb.models import REGION, RecordModel, UserModel
from chalicelib.domain import journey
from chalicelib.domain.model import Person, Status
from chalicelib.domain.schedule import bucket_for, bucket_key

# Attributes copied as they are between Person and UserModel.
_SAME = (
    "timezone", "created_at", "consent_at", "consent_version", "last_contact_at",
    "last_urge_at", "why", "logistics", "paused_until", "delete_requested_at", "graduated_at",
    "asked", "asked_until", "asked_about", "last_message_sid", "outcome_1m", "outcome_3m",
)  # fmt: skip
_COUNTS = (
    "best_streak_seconds", "banked_seconds", "contacts_reported", "checkins", "kept_checkins",
    "urges", "urges_beaten", "looks", "ex_reached_out", "journal_entries", "drafts",
    "delivery_failures", "follow_ups_sent", "ratings_given",
)  # fmt: skip
_REPLY_SEPARATOR = "\x1e"


def _to_model(person: Person) -> UserModel:
    model = UserModel(
        phone=person.phone,
        status=person.status.value,
        send_time=person.send_time.strftime("%H:%M"),
        last_checkin_on=person.last_checkin_on.isoformat() if person.last_checkin_on else None,
        ratings=list(person.ratings) or None,
        milestones_celebrated=set(person.milestones_celebrated) or None,
        ideas_sent=set(person.ideas_sent) or None,
        weekly=person.weekly,
        extra_support=person.extra_support,
        extra_offered=person.extra_offered,
        hard_dates=list(person.hard_dates) or None,
        journey=journey.encode(person.journey),
        send_bucket=bucket_for(person.next_send_at, person.phone) if person.next_send_at else None,
        send_at=person.next_send_at,
        **{name: getattr(person, name) for name in (*_SAME, *_COUNTS)},
    )
    if person.version:
        model.version = person.version
    return model


def _to_person(model: UserModel) -> Person:
    return Person(
        phone=model.phone,
        status=Status(model.status),
        send_time=time.fromisoformat(model.send_time),
        last_checkin_on=date.fromisoformat(model.last_checkin_on)
        if model.last_checkin_on
        else None,
        ratings=tuple(int(cast(float, r)) for r in model.ratings or ()),
        milestones_celebrated=frozenset(int(m) for m in model.milestones_celebrated or ()),
        ideas_sent=frozenset(int(i) for i in model.ideas_sent or ()),
        weekly=bool(model.weekly),
        extra_support=bool(model.extra_support),
        extra_offered=bool(model.extra_offered),
        hard_dates=tuple(str(d) for d in model.hard_dates or ()),
        journey=journey.decode(model.journey),
        next_send_at=model.send_at,
        version=int(model.version or 0),
        **{name: getattr(model, name) for name in _SAME},
        **_counts(model),
    )


def _counts(model: UserModel) -> dict[str, Any]:
    return {name: int(getattr(model, name) or 0) for name in _COUNTS}


def _draft_bucket(due_at: datetime) -> str:
    """Drafts coming back are few, so their index needs no shards."""
    return bucket_key(due_at, 0)


def _receipt_key(message_sid: str) -> str:
    return f"inbound#{message_sid}"


def _is_condition_failure(error: PutError | UpdateError) -> bool:
    return error.cause_response_code == "ConditionalCheckFailedException"


def _receipt_replies(receipt: RecordModel) -> tuple[str, ...]:
    return tuple(receipt.replies.split(_REPLY_SEPARATOR)) if receipt.replies else ()


_M = TypeVar("_M", UserModel, RecordModel)
_T = TypeVar("_T")


def _optional(future: _ModelFuture[_M], convert: Callable[[_M], _T]) -> _T | None:
    try:
        return convert(future.get())
    except DoesNotExist:
        return None


class DynamoStore:
    """What the stores below share: one low-level connection (for transactions) and the
    journal's lifetime. Each store is a mixin over it; DynamoPeople is all of them."""

    def __init__(self, journal_lifetime: timedelta = timedelta(days=90)) -> None:
        self._connection = Connection(region=REGION)
        self._journal_lifetime = journal_lifetime
