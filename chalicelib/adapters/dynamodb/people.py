"""People and their inbound texts: versioned saves, one transaction per text, receipts that
make a Twilio retry a no-op, and delivery reports applied once."""

from __future__ import annotations

from datetime import UTC, datetime

from pynamodb.exceptions import PutError, TransactWriteError
from pynamodb.transactions import TransactGet, TransactWrite

from chalicelib.adapters.dynamodb.mapping import (
    _REPLY_SEPARATOR,
    DynamoStore,
    _draft_bucket,
    _is_condition_failure,
    _optional,
    _receipt_key,
    _receipt_replies,
    _to_model,
    _to_person,
)
from chalicelib.adapters.dynamodb.models import (
    DRAFT_LIFETIME_AFTER_RETURN,
    RECEIPT_LIFETIME,
    RecordModel,
    UserModel,
)
from chalicelib.domain.model import Person, PrivateRecord
from chalicelib.domain.ports import ConcurrentUpdate, DuplicateDelivery


class PeopleStore(DynamoStore):
    """The people repository's half: a person and what their texts change."""

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
