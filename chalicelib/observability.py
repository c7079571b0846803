"""Structured JSON logs and CloudWatch metrics (EMF) with aws-lambda-powertools, privacy first.

A phone number is only ever logged as its last four digits and a keyed hash; message bodies are
never logged or counted. Metrics are names and counts.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit, single_metric
from aws_lambda_powertools.metrics.functions import is_metrics_disabled

SERVICE = "no-contact-coach"
NAMESPACE = "NoContactCoach"
logger = Logger(service=SERVICE)
metrics = Metrics(namespace=NAMESPACE, service=SERVICE)


# What the domain reports, and the metric each one counts.
EVENT_METRICS = {
    "checkin": "Checkins",
    "slip": "Slips",
    "crisis": "CrisisReplies",
    "urge": "Urges",
    "opt_out": "OptOuts",
    "enrolled": "Enrollments",
    "follow_up_answered": "FollowUpAnswers",
    "follow_up_no_contact": "FollowUpNoContact",
    "unheard": "Unheard",  # the menu: a text the coach could not read
}


def redact_phone(phone: str) -> str:
    """ "***0177#<12 hex>" with the stage's LOG_HASH_KEY, so one person's lines can be followed;
    "***0177" without one. Keyed so a log reader cannot hash every number and look people up:
    a default key in the code would be public, and a stranger reversed one in under a second."""
    key = os.environ.get("LOG_HASH_KEY", "")
    if not key:
        return f"***{phone[-4:]}"
    digest = hmac.new(key.encode("utf-8"), phone.encode("utf-8"), hashlib.sha256).hexdigest()[:12]
    return f"***{phone[-4:]}#{digest}"


def log_event(event: str, *, phone: str | None = None, **fields: Any) -> None:
    """One JSON line. Callers pass names and counts, never message text."""
    if phone is not None:
        fields["phone"] = redact_phone(phone)
    logger.info(event, extra=fields)


def count(metric: str, value: int = 1, **dimensions: str) -> None:
    if is_metrics_disabled():
        return  # single_metric would print even when metrics are switched off
    if dimensions:
        # A dimension such as the Twilio error code belongs to this one data point only.
        with single_metric(
            name=metric,
            unit=MetricUnit.Count,
            value=value,
            namespace=NAMESPACE,
            default_dimensions={"service": SERVICE, **dimensions},
        ):
            return
    metrics.add_metric(name=metric, unit=MetricUnit.Count, value=value)


def begin(request_id: str | None) -> None:
    """Every log line of this invocation carries its request id."""
    logger.append_keys(request_id=request_id)


def finish() -> None:
    if metrics.metric_set:
        metrics.flush_metrics()
