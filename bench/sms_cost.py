"""SMS segments and Twilio cost per person, over the whole journey `make demo` plays.

scripts.demo plays one person through sign-up, check-ins, a slip, every milestone, graduation
and the first weekly text (counted over 33 days: the 21-day program, the decision days, one
weekly text),
through the real webhook, schedule and SQS handlers. Every text in its transcript is counted
with chalicelib.domain.gsm7.segment_count, the segmenter the app itself trusts.

PRICES ARE ASSUMPTIONS. They could not be checked offline against twilio.com/en-us/sms/pricing/us.
They are the US long-code list prices that public summaries of Twilio's pricing quoted for 2026,
before volume discounts. Change them here when the real bill says otherwise.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from datetime import timedelta

from bench.common import Measurement, Metric, module_main

PRICE_ASSUMED_ON = "2026-11 (list prices quoted for 2026; not verified offline)"
TWILIO_OUTBOUND_PER_SEGMENT = 0.0083  # USD, US long code (10DLC)
TWILIO_INBOUND_PER_SEGMENT = 0.0083  # USD, US long code
CARRIER_FEE_PER_OUTBOUND_SEGMENT = 0.003  # USD, registered 10DLC; ~0.002-0.005 by carrier
PEOPLE = 1_000
PROGRAM_DAYS = 21
# The journey counted: the 21-day program, the decision days and the first weekly text (the
# demo goes on to the one-month follow-up; its weeks of weekly support are not counted here).
JOURNEY_DAYS = 33


def measure(m: Measurement) -> None:
    import scripts.demo as demo

    os.environ.update(demo.DEMO_ENV)
    for name in ("AWS_ENDPOINT_URL", "AWS_PROFILE"):
        os.environ.pop(name, None)
    from chalicelib.domain.gsm7 import encoding, segment_count

    lines: list[demo.Line] = []
    demo.play(lines, end_day=JOURNEY_DAYS)

    program_end = demo.START + timedelta(days=PROGRAM_DAYS)
    texts: Counter[str] = Counter()
    segments: Counter[str] = Counter()
    in_program: Counter[str] = Counter()
    encodings: Counter[str] = Counter()
    multi_segment = []
    for line in lines:
        kind = {"you": "inbound", "coach": "reply"}.get(line.who, "scheduled")
        texts[kind] += 1
        count = segment_count(line.text)
        segments[kind] += count
        if line.at < program_end:
            in_program["inbound" if kind == "inbound" else "outbound"] += count
        encodings[encoding(line.text)] += 1
        if count > 1:
            multi_segment.append({"kind": kind, "segments": count, "chars": len(line.text)})
    outbound = segments["reply"] + segments["scheduled"]
    inbound = segments["inbound"]
    per_person = _cost(outbound, inbound)
    per_person_program = _cost(in_program["outbound"], in_program["inbound"])
    days = JOURNEY_DAYS
    m.add(
        Metric(
            "sms_segments_outbound_per_person",
            outbound,
            "segments",
            note=f"{segments['reply']} in {texts['reply']} replies + {segments['scheduled']} in "
            f"{texts['scheduled']} scheduled texts, {days} days",
        )
    )
    m.add(
        Metric(
            "sms_segments_inbound_per_person",
            inbound,
            "segments",
            note=f"{texts['inbound']} texts from the person",
        )
    )
    m.add(
        Metric(
            "sms_segments_per_outbound_text",
            round(outbound / (texts["reply"] + texts["scheduled"]), 3),
            "segments",
            note=f"{len(multi_segment)} outbound texts longer than one segment",
        )
    )
    m.add(
        Metric(
            "twilio_cost_per_1000_people_usd",
            round(per_person * PEOPLE, 2),
            "USD",
            note=f"one whole journey each; ASSUMED prices: ${TWILIO_OUTBOUND_PER_SEGMENT}/segment "
            f"out and ${TWILIO_INBOUND_PER_SEGMENT} in, + ${CARRIER_FEE_PER_OUTBOUND_SEGMENT} "
            "carrier fee per outbound segment",
        )
    )
    m.add(
        Metric(
            "twilio_cost_per_1000_people_first_21_days_usd",
            round(per_person_program * PEOPLE, 2),
            "USD",
            note=f"days 1-{PROGRAM_DAYS} only: {in_program['outbound']} segments out, "
            f"{in_program['inbound']} in, same assumed prices",
        )
    )
    m.details.update(
        journey_days=days,
        texts=dict(texts),
        segments=dict(segments),
        encodings=dict(encodings),
        multi_segment_texts=multi_segment,
        prices={
            "assumed_on": PRICE_ASSUMED_ON,
            "twilio_outbound_per_segment_usd": TWILIO_OUTBOUND_PER_SEGMENT,
            "twilio_inbound_per_segment_usd": TWILIO_INBOUND_PER_SEGMENT,
            "carrier_fee_per_outbound_segment_usd": CARRIER_FEE_PER_OUTBOUND_SEGMENT,
            "left_out": "number rental (~$1.15/month per long code), 10DLC brand and campaign "
            "fees, failed-message fees, volume discounts, taxes",
        },
        cost_per_person_usd=round(per_person, 4),
    )


def _cost(outbound_segments: int, inbound_segments: int) -> float:
    outbound_price = TWILIO_OUTBOUND_PER_SEGMENT + CARRIER_FEE_PER_OUTBOUND_SEGMENT
    return outbound_segments * outbound_price + inbound_segments * TWILIO_INBOUND_PER_SEGMENT


if __name__ == "__main__":
    sys.exit(module_main("sms_cost", measure))
