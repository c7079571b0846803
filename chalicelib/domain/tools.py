"""The tools a person reaches for by text (URGE, DRAFT, JOURNAL, WHY); pure, `now` passed in.

Each turn returns an Outcome: the person as changed, the reply, and for DRAFT and JOURNAL the
private record to keep (with the journal's TTL), for URGE the follow-up to send."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from chalicelib.domain import cadence
from chalicelib.domain.intents import Intent
from chalicelib.domain.model import PrivateRecord
from chalicelib.domain.outcome import FollowUp, Outcome
from chalicelib.domain.quoting import fit_quote
from chalicelib.domain.settings_by_text import SettingsByText

URGE_FOLLOW_UP = timedelta(minutes=10)
DRAFT_RETURN = timedelta(hours=24)
URGE_REPLIES = 5
MAX_PRIVATE_TEXT = 1600
WHY_QUOTE_SEPTETS = 120
# "WHY did he leave" is a question, not a reason to keep: these openings mark questions.
_QUESTION_STARTS = tuple(
    f"{word} "
    for word in (
        "did", "didn't", "does", "doesn't", "do", "don't", "is", "isn't", "are", "aren't", "was",
        "wasn't", "were", "would", "will", "won't", "can", "can't", "could", "should", "must",
        "you", "u", "not", "nothing",
    )
)  # fmt: skip


class ToolTurns(SettingsByText):
    """URGE, DRAFT, JOURNAL and WHY, on top of the settings a person changes by text."""

    def _urge(self, intent: Intent) -> Outcome:
        last = self.person.last_urge_at
        urged = replace(self.person, urges=self.person.urges + 1, last_urge_at=self.now)
        key = f"urge_{self.person.urges % URGE_REPLIES}"
        reply = self._say(key, urged, {})
        if last is not None and self.now - last < URGE_FOLLOW_UP:
            # Still in the last urge: its check-in is already on its way; one is enough.
            return Outcome(urged, (reply,), changed=True, events=("urge",))
        follow_up = FollowUp("urge", self.now + URGE_FOLLOW_UP)
        return Outcome(urged, (reply,), changed=True, events=("urge",), follow_up=follow_up)

    def _draft(self, intent: Intent) -> Outcome:
        if not intent.text:
            return self._unchanged("draft_empty")
        vaulted = replace(self.person, drafts=self.person.drafts + 1)
        record = PrivateRecord(
            "draft", intent.text[:MAX_PRIVATE_TEXT], self.now, self._draft_return_time()
        )
        reply = self._say("draft_saved", vaulted, {})
        return Outcome(vaulted, (reply,), changed=True, events=("draft",), records=(record,))

    def _draft_return_time(self) -> datetime:
        """About 24 hours later, moved past quiet hours to their morning if need be."""
        at = self.now + DRAFT_RETURN
        if cadence.in_quiet_hours(self.person, at):
            return cadence.next_send_after(self.person, at)
        return at

    def _journal(self, intent: Intent) -> Outcome:
        if not intent.text:
            return self._unchanged("journal_empty")
        noted = replace(self.person, journal_entries=self.person.journal_entries + 1)
        record = PrivateRecord("journal", intent.text[:MAX_PRIVATE_TEXT], self.now)
        reply = self._say("journal_saved", noted, {})
        return Outcome(noted, (reply,), changed=True, events=("journal",), records=(record,))

    def _why(self, intent: Intent) -> Outcome:
        reason = intent.text.strip()
        if not reason:
            if not self.person.why:
                return self._unchanged("why_missing")
            return self._unchanged("why_return", why=fit_quote(self.person.why, WHY_QUOTE_SEPTETS))
        if reason.endswith("?") or reason.lower().startswith(_QUESTION_STARTS):
            return self._unchanged("why_question")
        kept = replace(self.person, why=reason[:MAX_PRIVATE_TEXT])
        return self._changed(kept, "why_saved", "why")
