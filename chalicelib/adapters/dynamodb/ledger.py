"""The send ledger: a claim per scheduled text before Twilio is called, its outcome after,
and the vaulted drafts that come back; every update is conditional (erasure wins)."""

from __future__ import annotations

from datetime import UTC, datetime

from pynamodb.exceptions import TransactWriteError, UpdateError
from pynamodb.expressions.update import Action
from pynamodb.transactions import TransactWrite

from chalicelib.adapters.dynamodb.mapping import (
    DynamoStore,
    _draft_bucket,
    _is_condition_failure,
    _to_model,
    _to_person,
)
from chalicelib.adapters.dynamodb.models import (
    CLAIM_LIFETIME,
    DRAFT_LIFETIME_AFTER_RETURN,
    RecordModel,
    UserModel,
)
from chalicelib.domain.model import Person
from chalicelib.domain.ports import Claim, ConcurrentUpdate


class SendLedger(DynamoStore):
    """Claims and outcomes of scheduled texts, under the person's records partition."""

    def private_text(self, phone: str, key: str) -> str | None:
        try:
            return RecordModel.get(phone, key, consistent_read=True).text
        except RecordModel.DoesNotExist:
            return None

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
