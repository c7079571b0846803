"""Texts from one person arriving at once: version conflicts are retried, no update is lost."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from chalicelib.adapters.dynamodb import DynamoPeople
from chalicelib.domain.conversation import InboundText
from chalicelib.services.inbound import Delivery, InboundTexts
from chalicelib.settings import Settings
from tests.support import ManualClock

PHONE = "+14155550123"


def test_simultaneous_slips_and_check_ins_all_land_once(
    aws: None, clock: ManualClock, settings: Settings
) -> None:
    people = DynamoPeople()
    service = InboundTexts(people, clock, settings.program)
    service.handle(Delivery("SM-signup", InboundText(PHONE, "hi")))
    service.handle(Delivery("SM-yes", InboundText(PHONE, "YES")))
    clock.advance(hours=5)

    texts = ["I texted him" if n % 4 == 0 else "yes" for n in range(20)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        replies = list(
            pool.map(
                lambda pair: service.handle(Delivery(f"SM-{pair[0]}", InboundText(PHONE, pair[1]))),
                enumerate(texts),
            )
        )

    final = people.get(PHONE)
    assert final is not None
    assert all(len(reply) == 1 for reply in replies)
    assert final.contacts_reported == texts.count("I texted him")
    assert final.checkins == 1, "one counted check-in per local day"
