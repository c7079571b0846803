"""PynamoDB models and the repository that maps them to the domain's Person."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import TypeVar

from pynamodb.attributes import (
    BooleanAttribute,
    NumberAttribute,
    NumberSetAttribute,
    TTLAttribute,
    UnicodeAttribute,
    UTCDateTimeAttribute,
    VersionAttribute,
)
from pynamodb.connection import Connection
from pynamodb.exceptions import DoesNotExist, PutError, TransactWriteError
from pynamodb.expressions.update import Action
from pynamodb.indexes import GlobalSecondaryIndex, KeysOnlyProjection
from pynamodb.models import Model, _ModelFuture
from pynamodb.transactions import TransactGet, TransactWrite

from chalicelib.domain.model import Person, Status
from chalicelib.domain.ports import ConcurrentUpdate, DuplicateDelivery
from chalicelib.domain.schedule import BUCKET_SHARDS, bucket_for, bucket_key

# PynamoDB reads Meta once at import, so the stage's names come from the environment here.
REGION = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
USERS_TABLE = os.environ.get("USERS_TABLE", "ncc-local-users")
RECORDS_TABLE = os.environ.get("RECORDS_TABLE", "ncc-local-records")
RECEIPT_LIFETIME = timedelta(days=7)
CLAIM_LIFETIME = timedelta(days=35)
# The scheduler's own bookkeeping lives beside the people, under a key no phone can have.
SCHEDULER_PARTITION = "#scheduler"


class SendBucketIndex(GlobalSecondaryIndex["UserModel"]):  # type: ignore[no-untyped-call]
    class Meta:
        index_name = "send-bucket"
        projection = KeysOnlyProjection()

    send_bucket = UnicodeAttribute(hash_key=True)
    send_at = UTCDateTimeAttribute(range_key=True)


class UserModel(Model):
    class Meta:
        table_name = USERS_TABLE
        region = REGION
        billing_mode = "PAY_PER_REQUEST"

    phone = UnicodeAttribute(hash_key=True)
    status = UnicodeAttribute()
    timezone = UnicodeAttribute()
    send_time = UnicodeAttribute()
    created_at = UTCDateTimeAttribute()
    consent_at = UTCDateTimeAttribute(null=True)
    consent_version = UnicodeAttribute(null=True)
    last_contact_at = UTCDateTimeAttribute(null=True)
    best_streak_seconds = NumberAttribute(default=0)
    banked_seconds = NumberAttribute(default=0)
    contacts_reported = NumberAttribute(default=0)
    checkins = NumberAttribute(default=0)
    last_checkin_on = UnicodeAttribute(null=True)
    last_difficulty = NumberAttribute(null=True)
    milestones_celebrated = NumberSetAttribute(null=True)
    # Sparse index keys: only people with a next daily text appear in the index.
    send_bucket = UnicodeAttribute(null=True)
    send_at = UTCDateTimeAttribute(null=True)
    graduated_at = UTCDateTimeAttribute(null=True)
    weekly = BooleanAttribute(default=False)
    version = VersionAttribute()

    send_bucket_index = SendBucketIndex()


class RecordModel(Model):
    """Everything else kept per person, under one partition so erasure is one Query."""

    class Meta:
        table_name = RECORDS_TABLE
        region = REGION
        billing_mode = "PAY_PER_REQUEST"

    phone = UnicodeAttribute(hash_key=True)
    key = UnicodeAttribute(range_key=True)
    replies = UnicodeAttribute(null=True)
    state = UnicodeAttribute(null=True)
    message_sid = UnicodeAttribute(null=True)
    updated_at = UTCDateTimeAttribute(null=True)
    cursor = UTCDateTimeAttribute(null=True)
    expires_at = TTLAttribute(null=True)


_REPLY_SEPARATOR = "\x1e"


def _to_model(person: Person) -> UserModel:
    model = UserModel(
        phone=person.phone,
        status=person.status.value,
        timezone=person.timezone,
        send_time=person.send_time.strftime("%H:%M"),
        created_at=person.created_at,
        consent_at=person.consent_at,
        consent_version=person.consent_version,
        last_contact_at=person.last_contact_at,
        best_streak_seconds=person.best_streak_seconds,
        banked_seconds=person.banked_seconds,
        contacts_reported=person.contacts_reported,
        checkins=person.checkins,
        last_checkin_on=person.last_checkin_on.isoformat() if person.last_checkin_on else None,
        last_difficulty=person.last_difficulty,
        milestones_celebrated=set(person.milestones_celebrated) or None,
        send_bucket=bucket_for(person.next_send_at, person.phone) if person.next_send_at else None,
        send_at=person.next_send_at,
        graduated_at=person.graduated_at,
        weekly=person.weekly,
    )
    if person.version:
        model.version = person.version
    return model


def _to_person(model: UserModel) -> Person:
    return Person(
        phone=model.phone,
        status=Status(model.status),
        timezone=model.timezone,
        send_time=time.fromisoformat(model.send_time),
        created_at=model.created_at,
        consent_at=model.consent_at,
        consent_version=model.consent_version,
        last_contact_at=model.last_contact_at,
        best_streak_seconds=int(model.best_streak_seconds),
        banked_seconds=int(model.banked_seconds),
        contacts_reported=int(model.contacts_reported),
        checkins=int(model.checkins),
        last_checkin_on=date.fromisoformat(model.last_checkin_on)
        if model.last_checkin_on
        else None,
        last_difficulty=int(model.last_difficulty) if model.last_difficulty is not None else None,
        milestones_celebrated=frozenset(int(m) for m in model.milestones_celebrated or ()),
        next_send_at=model.send_at,
        graduated_at=model.graduated_at,
        weekly=bool(model.weekly),
        version=int(model.version or 0),
    )


def _receipt_key(message_sid: str) -> str:
    return f"inbound#{message_sid}"


def _daily_key(local_day: date) -> str:
    return f"daily#{local_day.isoformat()}"


def _is_condition_failure(error: PutError) -> bool:
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


class DynamoPeople:
    """The people repository on DynamoDB."""

    def __init__(self) -> None:
        self._connection = Connection(region=REGION)

    def get(self, phone: str) -> Person | None:
        try:
            return _to_person(UserModel.get(phone, consistent_read=True))
        except UserModel.DoesNotExist:
            return None

    def load_for_inbound(
        self, phone: str, message_sid: str
    ) -> tuple[Person | None, tuple[str, ...] | None]:
        """The person and, if this MessageSid was already applied, the replies it got.

        One TransactGetItems request reads both, consistently.
        """
        with TransactGet(connection=self._connection) as transaction:
            user = transaction.get(UserModel, phone)
            receipt = transaction.get(RecordModel, phone, _receipt_key(message_sid))
        return _optional(user, _to_person), _optional(receipt, _receipt_replies)

    def save_inbound(
        self, person: Person, message_sid: str, replies: tuple[str, ...], now: datetime
    ) -> Person:
        """Stores the person and the delivery receipt in one transaction.

        The receipt's put-if-absent makes a Twilio retry of the same MessageSid a no-op;
        the version condition makes a concurrent writer retry instead of losing an update.
        """
        model = _to_model(person)
        receipt = RecordModel(
            phone=person.phone,
            key=_receipt_key(message_sid),
            replies=_REPLY_SEPARATOR.join(replies),
            expires_at=now.astimezone(UTC) + RECEIPT_LIFETIME,
        )
        try:
            with TransactWrite(connection=self._connection) as transaction:
                transaction.save(model)
                transaction.save(receipt, condition=RecordModel.key.does_not_exist())
        except TransactWriteError as error:
            reasons = error.cancellation_reasons
            if len(reasons) > 1 and reasons[1] is not None:
                raise DuplicateDelivery(message_sid) from error
            if reasons and reasons[0] is not None:
                raise ConcurrentUpdate(person.phone) from error
            raise
        return _to_person(model)

    def save(self, person: Person) -> Person:
        """A versioned save; ConcurrentUpdate if someone else wrote first."""
        model = _to_model(person)
        try:
            model.save()
        except PutError as error:
            if _is_condition_failure(error):
                raise ConcurrentUpdate(person.phone) from error
            raise
        return _to_person(model)

    def due_for_slot(self, slot: datetime) -> Iterator[tuple[str, datetime]]:
        """Everyone whose next text falls in this 15-minute slot, one Query per shard."""
        for shard in range(BUCKET_SHARDS):
            for item in UserModel.send_bucket_index.query(bucket_key(slot, shard)):
                yield item.phone, item.send_at

    def claim_daily(self, phone: str, local_day: date, now: datetime) -> str | None:
        """Claims today's text before it is sent; returns the existing state if already claimed.

        A claim left in `retry` by a temporary Twilio failure may be claimed again.
        """
        claim = RecordModel(
            phone=phone,
            key=_daily_key(local_day),
            state="sending",
            updated_at=now,
            expires_at=now.astimezone(UTC) + CLAIM_LIFETIME,
        )
        try:
            claim.save(condition=RecordModel.key.does_not_exist() | (RecordModel.state == "retry"))
        except PutError as error:
            if not _is_condition_failure(error):
                raise
            existing = RecordModel.get(phone, _daily_key(local_day), consistent_read=True)
            return existing.state or "unknown"
        return None

    def set_claim_state(self, phone: str, local_day: date, state: str, now: datetime) -> None:
        RecordModel(phone=phone, key=_daily_key(local_day)).update(
            actions=[RecordModel.state.set(state), RecordModel.updated_at.set(now)]
        )

    def finish_daily(
        self, person: Person, local_day: date, state: str, message_sid: str | None, now: datetime
    ) -> Person:
        """Records the outcome of today's text and moves the person on, in one transaction."""
        model = _to_model(person)
        claim = RecordModel(phone=person.phone, key=_daily_key(local_day))
        actions: list[Action] = [RecordModel.state.set(state), RecordModel.updated_at.set(now)]
        if message_sid:
            actions.append(RecordModel.message_sid.set(message_sid))
        try:
            with TransactWrite(connection=self._connection) as transaction:
                transaction.save(model)
                transaction.update(claim, actions=actions)
        except TransactWriteError as error:
            reasons = error.cancellation_reasons
            if reasons and reasons[0] is not None:
                raise ConcurrentUpdate(person.phone) from error
            raise
        return _to_person(model)

    def scheduler_cursor(self) -> datetime | None:
        try:
            return RecordModel.get(SCHEDULER_PARTITION, "cursor", consistent_read=True).cursor
        except RecordModel.DoesNotExist:
            return None

    def advance_scheduler_cursor(self, slot: datetime) -> None:
        """Moves the cursor forward only; a late or doubled tick cannot move it back."""
        cursor = RecordModel(phone=SCHEDULER_PARTITION, key="cursor", cursor=slot)
        try:
            cursor.save(condition=RecordModel.cursor.does_not_exist() | (RecordModel.cursor < slot))
        except PutError as error:
            if not _is_condition_failure(error):
                raise

    def previous_replies(self, phone: str, message_sid: str) -> tuple[str, ...] | None:
        try:
            receipt = RecordModel.get(phone, _receipt_key(message_sid), consistent_read=True)
        except RecordModel.DoesNotExist:
            return None
        return _receipt_replies(receipt)
