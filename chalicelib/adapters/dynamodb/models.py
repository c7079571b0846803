"""The PynamoDB models: the people table and the records table, with their sparse indexes."""

from __future__ import annotations

import os
from datetime import timedelta

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
from pynamodb.indexes import GlobalSecondaryIndex, KeysOnlyProjection
from pynamodb.models import Model

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
    ratings_given = NumberAttribute(default=0)
    milestones_celebrated = NumberSetAttribute(null=True)
    ideas_sent = NumberSetAttribute(null=True)
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
    follow_ups_sent = NumberAttribute(default=0)
    outcome_1m = UnicodeAttribute(null=True)
    outcome_3m = UnicodeAttribute(null=True)
    weekly = BooleanAttribute(default=False)
    extra_support = BooleanAttribute(default=False)
    extra_offered = BooleanAttribute(default=False)
    hard_dates = ListAttribute(of=UnicodeAttribute, null=True)
    # The anonymous journey for the outcomes report, as domain/journey.encode writes it.
    journey = UnicodeAttribute(null=True)
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
