"""PynamoDB models and the repository that maps them to the domain's Person and records."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar, cast

from pynamodb.attributes import (
    BooleanAttribute,
    ListAttribute,
    NumberAttribute,
    NumberSetAttribute,
    TTLAttribute,
    UnicodeAttribute,
    UTCDateTimeAttribute,
    VersionAttribute,
)
from pynamodb.connection import Connection
from pynamodb.exceptions import DoesNotExist, PutError, TransactWriteError, UpdateError
from pynamodb.expressions.update import Action
from pynamodb.indexes import GlobalSecondaryIndex, KeysOnlyProjection
from pynamodb.models import Model, _ModelFuture
from pynamodb.transactions import TransactGet, TransactWrite

from chalicelib.domain.model import Person, PrivateRecord, Status
from chalicelib.domain.ports import Claim, ConcurrentUpdate, DuplicateDelivery, SendJob
from chalicelib.domain.schedule import BUCKET_SHARDS, bucket_for, bucket_key

# PynamoDB reads Meta once at import, so the stage's names come from the environment here.
REGION = os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or "us-east-1"
USERS_TABLE = os.environ.get("USERS_TABLE", "ncc-local-users")
RECORDS_TABLE = os.environ.get("RECORDS_TABLE", "ncc-local-records")
RECEIPT_LIFETIME = timedelta(days=7)
CLAIM_LIFETIME = timedelta(days=35)
# A returned draft is kept a little while so "still want to?" can be asked about it.
DRAFT_LIFETIME_AFTER_RETURN = timedelta(days=7)
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
    kept_checkins = NumberAttribute(default=0)
    last_checkin_on = UnicodeAttribute(null=True)
    ratings = ListAttribute(of=NumberAttribute, null=True)
    milestones_celebrated = NumberSetAttribute(null=True)
    urges = NumberAttribute(default=0)
    last_urge_at = UTCDateTimeAttribute(null=True)
    urges_beaten = NumberAttribute(default=0)
    looks = NumberAttribute(default=0)
    ex_reached_out = NumberAttribute(default=0)
    journal_entries = NumberAttribute(default=0)
    drafts = NumberAttribute(default=0)
    delivery_failures = NumberAttribute(default=0)
    why = UnicodeAttribute(null=True)
    logistics = UnicodeAttribute(null=True)
    paused_until = UTCDateTimeAttribute(null=True)
    delete_requested_at = UTCDateTimeAttribute(null=True)
    asked = UnicodeAttribute(null=True)
    asked_until = UTCDateTimeAttribute(null=True)
    asked_about = UnicodeAttribute(null=True)
    last_message_sid = UnicodeAttribute(null=True)
    graduated_at = UTCDateTimeAttribute(null=True)
    weekly = BooleanAttribute(default=False)
    # Sparse index keys: only people with a next scheduled text appear in the index.
    send_bucket = UnicodeAttribute(null=True)
    send_at = UTCDateTimeAttribute(null=True)
    version = VersionAttribute()

    send_bucket_index = SendBucketIndex()


class DueBucketIndex(GlobalSecondaryIndex["RecordModel"]):  # type: ignore[no-untyped-call]
    class Meta:
        index_name = "due-bucket"
        projection = KeysOnlyProjection()

    due_bucket = UnicodeAttribute(hash_key=True)
    due_at = UTCDateTimeAttribute(range_key=True)


class RecordModel(Model):
    """Everything else kept per person, under one partition so erasure is one Query.

    Keys: inbound#<MessageSid> (receipt), daily#<date> / urge#<time> / return#<draft key>
    (send claims), journal#<time>, draft#<time> (the vault; due-bucket while not yet returned).
    """

    class Meta:
        table_name = RECORDS_TABLE
        region = REGION
        billing_mode = "PAY_PER_REQUEST"

    phone = UnicodeAttribute(hash_key=True)
    key = UnicodeAttribute(range_key=True)
    replies = UnicodeAttribute(null=True)
    text = UnicodeAttribute(null=True)
    state = UnicodeAttribute(null=True)
    message_sid = UnicodeAttribute(null=True)
    # Send claims: what is being sent (daily, milestone, urge_followup...) and its body's SHA-256.
    kind = UnicodeAttribute(null=True)
    body_sha256 = UnicodeAttribute(null=True)
    updated_at = UTCDateTimeAttribute(null=True)
    cursor = UTCDateTimeAttribute(null=True)
    due_bucket = UnicodeAttribute(null=True)
    due_at = UTCDateTimeAttribute(null=True)
    expires_at = TTLAttribute(null=True)

    due_bucket_index = DueBucketIndex()


# Attributes copied as they are between Person and UserModel.
_SAME = (
    "timezone", "created_at", "consent_at", "consent_version", "last_contact_at",
    "last_urge_at", "why", "logistics", "paused_until", "delete_requested_at", "graduated_at",
    "asked", "asked_until", "asked_about", "last_message_sid",
)  # fmt: skip
_COUNTS = (
    "best_streak_seconds", "banked_seconds", "contacts_reported", "checkins", "kept_checkins",
    "urges", "urges_beaten", "looks", "ex_reached_out", "journal_entries", "drafts",
    "delivery_failures",
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
        weekly=person.weekly,
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
        weekly=bool(model.weekly),
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


class DynamoPeople:
    """The people repository on DynamoDB."""

    def __init__(self, journal_lifetime: timedelta = timedelta(days=90)) -> None:
        self._connection = Connection(region=REGION)
        self._journal_lifetime = journal_lifetime

    # -- people ----------------------------------------------------------------------------

    def get(self, phone: str) -> Person | None:
        try:
            return _to_person(UserModel.get(phone, consistent_read=True))
        except UserModel.DoesNotExist:
            return None

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

    # -- inbound texts ---------------------------------------------------------------------

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
        self,
        person: Person,
        message_sid: str,
        replies: tuple[str, ...],
        now: datetime,
        records: tuple[PrivateRecord, ...] = (),
    ) -> Person:
        """Stores the person, the delivery receipt and any journal or draft, in one transaction.

        The receipt's put-if-absent makes a Twilio retry of the same MessageSid a no-op;
        the version condition makes a concurrent writer retry instead of losing an update.
        """
        return self._save_with_receipt(
            person, _receipt_key(message_sid), replies, now, records, message_sid
        )

    def save_delivery_report(
        self, person: Person, message_sid: str, status: str, now: datetime
    ) -> None:
        """Applies one (message, status) report once, however often Twilio posts it."""
        self._save_with_receipt(person, f"status#{message_sid}#{status}", (), now, (), message_sid)

    def _save_with_receipt(
        self,
        person: Person,
        receipt_key: str,
        replies: tuple[str, ...],
        now: datetime,
        records: tuple[PrivateRecord, ...],
        message_sid: str,
    ) -> Person:
        model = _to_model(person)
        receipt = RecordModel(
            phone=person.phone,
            key=receipt_key,
            replies=_REPLY_SEPARATOR.join(replies),
            expires_at=now.astimezone(UTC) + RECEIPT_LIFETIME,
        )
        try:
            with TransactWrite(connection=self._connection) as transaction:
                transaction.save(model)
                transaction.save(receipt, condition=RecordModel.key.does_not_exist())
                for record in records:
                    transaction.save(self._private_item(person.phone, record, message_sid))
        except TransactWriteError as error:
            reasons = error.cancellation_reasons
            if len(reasons) > 1 and reasons[1] is not None:
                raise DuplicateDelivery(message_sid) from error
            if reasons and reasons[0] is not None:
                raise ConcurrentUpdate(person.phone) from error
            raise
        return _to_person(model)

    def _private_item(self, phone: str, record: PrivateRecord, message_sid: str) -> RecordModel:
        # The MessageSid keeps two notes sent in the same second apart.
        key = f"{record.kind}#{record.created_at.astimezone(UTC).isoformat()}#{message_sid}"
        item = RecordModel(phone=phone, key=key, text=record.text, state="kept")
        if record.return_at is not None:
            item.due_at = record.return_at
            item.due_bucket = _draft_bucket(record.return_at)
            item.expires_at = record.return_at.astimezone(UTC) + DRAFT_LIFETIME_AFTER_RETURN
        else:
            item.expires_at = record.created_at.astimezone(UTC) + self._journal_lifetime
        return item

    def previous_replies(self, phone: str, message_sid: str) -> tuple[str, ...] | None:
        try:
            receipt = RecordModel.get(phone, _receipt_key(message_sid), consistent_read=True)
        except RecordModel.DoesNotExist:
            return None
        return _receipt_replies(receipt)

    def private_text(self, phone: str, key: str) -> str | None:
        try:
            return RecordModel.get(phone, key, consistent_read=True).text
        except RecordModel.DoesNotExist:
            return None

    # -- scheduled texts -------------------------------------------------------------------

    def due_for_slot(self, slot: datetime) -> Iterator[SendJob]:
        """Everyone whose next text, or vaulted draft, falls in this slot: one Query a shard."""
        for shard in range(BUCKET_SHARDS):
            for user in UserModel.send_bucket_index.query(bucket_key(slot, shard)):
                yield SendJob(user.phone, user.send_at)
        for record in RecordModel.due_bucket_index.query(_draft_bucket(slot)):
            yield SendJob(record.phone, record.due_at, kind="draft", key=record.key)

    def claim(
        self, phone: str, key: str, now: datetime, kind: str = "", body_sha256: str = ""
    ) -> Claim | None:
        """Claims a scheduled text before it is sent; returns the existing state if taken.

        A claim left in `retry` by a temporary Twilio failure may be claimed again.
        """
        claim = RecordModel(
            phone=phone,
            key=key,
            state="sending",
            kind=kind or None,
            body_sha256=body_sha256 or None,
            updated_at=now,
            expires_at=now.astimezone(UTC) + CLAIM_LIFETIME,
        )
        try:
            with TransactWrite(connection=self._connection) as transaction:
                # Erasure wins: a send racing DELETE must not re-create a record or text them.
                transaction.condition_check(UserModel, phone, condition=UserModel.phone.exists())
                transaction.save(
                    claim,
                    condition=RecordModel.key.does_not_exist() | (RecordModel.state == "retry"),
                )
        except TransactWriteError as error:
            reasons = error.cancellation_reasons or []
            if reasons and reasons[0] is not None:
                return Claim("erased", None)
            if len(reasons) < 2 or reasons[1] is None:
                raise
            existing = RecordModel.get(phone, key, consistent_read=True)
            return Claim(
                existing.state or "unknown", existing.updated_at, existing.body_sha256 or ""
            )
        return None

    def take_over_claim(
        self, phone: str, key: str, seen: datetime, now: datetime, body_sha256: str = ""
    ) -> bool:
        try:
            RecordModel(phone=phone, key=key).update(
                actions=[
                    RecordModel.updated_at.set(now),
                    RecordModel.body_sha256.set(body_sha256),
                ],
                condition=(RecordModel.state == "sending") & (RecordModel.updated_at == seen),
            )
        except UpdateError as error:
            if not _is_condition_failure(error):
                raise
            return False
        return True

    def set_claim_state(self, phone: str, key: str, state: str, now: datetime) -> None:
        self._update_existing(
            phone, key, [RecordModel.state.set(state), RecordModel.updated_at.set(now)]
        )

    def _update_existing(self, phone: str, key: str, actions: list[Action]) -> None:
        """Updates only an item that still exists: an erased person must not come back."""
        try:
            RecordModel(phone=phone, key=key).update(
                actions=actions, condition=RecordModel.key.exists()
            )
        except UpdateError as error:
            if not _is_condition_failure(error):
                raise

    def finish_send(
        self,
        person: Person,
        claim_key: str,
        state: str,
        message_sid: str | None,
        now: datetime,
        returned_draft: str | None = None,
    ) -> Person:
        """Records a scheduled text's outcome and moves the person on, in one transaction."""
        model = _to_model(person)
        claim = RecordModel(phone=person.phone, key=claim_key)
        actions: list[Action] = [RecordModel.state.set(state), RecordModel.updated_at.set(now)]
        if message_sid:
            actions.append(RecordModel.message_sid.set(message_sid))
        try:
            with TransactWrite(connection=self._connection) as transaction:
                transaction.save(model)
                transaction.update(claim, actions=actions)
                if returned_draft is not None:
                    draft = RecordModel(phone=person.phone, key=returned_draft)
                    # Out of the due index: a returned draft is never due again.
                    transaction.update(
                        draft,
                        actions=[
                            RecordModel.due_bucket.remove(),
                            RecordModel.state.set("returned"),
                        ],
                    )
        except TransactWriteError as error:
            reasons = error.cancellation_reasons
            if reasons and reasons[0] is not None:
                raise ConcurrentUpdate(person.phone) from error
            raise
        return _to_person(model)

    def move_draft(self, phone: str, key: str, due_at: datetime) -> None:
        """Postpones a draft's return, and its expiry with it, so TTL cannot take it first."""
        self._update_existing(
            phone,
            key,
            [
                RecordModel.due_at.set(due_at),
                RecordModel.due_bucket.set(_draft_bucket(due_at)),
                RecordModel.expires_at.set(due_at.astimezone(UTC) + DRAFT_LIFETIME_AFTER_RETURN),
            ],
        )

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

    # -- erasure ---------------------------------------------------------------------------

    def erase(self, phone: str) -> int:
        """Deletes the person and every record under their number; returns items deleted."""
        keys = [item.key for item in RecordModel.query(phone, attributes_to_get=["phone", "key"])]
        with RecordModel.batch_write() as batch:
            for key in keys:
                batch.delete(RecordModel(phone=phone, key=key))
        deleted = len(keys)
        if self.get(phone) is not None:
            UserModel(phone=phone).delete(add_version_condition=False)
            deleted += 1
        return deleted

    def export(self, phone: str, now: datetime | None = None) -> dict[str, Any]:
        """Everything stored about one person, for the right of access.

        Items past their `expires_at` are left out: DynamoDB deletes expired items only within
        about 48 hours, and what has expired is no longer kept.
        """
        person = self.get(phone)
        at = now or datetime.now(UTC)
        records = [
            {"key": item.key, "text": item.text, "state": item.state}
            for item in RecordModel.query(phone)
            if not item.key.startswith("inbound#")
            and (item.expires_at is None or item.expires_at > at)
        ]
        return {"person": person, "records": records}
