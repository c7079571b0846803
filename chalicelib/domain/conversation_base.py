"""The conversation's shared state and wording: who, when, what they wrote, and how a reply is
rendered with their numbers; no I/O."""

from __future__ import annotations

import re
import zlib
from datetime import datetime, time, timedelta

from chalicelib.content import variant
from chalicelib.domain import program, safety, their_reason
from chalicelib.domain.intents import Intent, IntentKind, read_yes_no
from chalicelib.domain.model import Person, ProgramSettings
from chalicelib.domain.outcome import Outcome
from chalicelib.domain.understanding.lexicon import ARE_YOU_REAL, THANKS

URGE_MINUTES = timedelta(minutes=20)


def format_send_time(value: time) -> str:
    hour = value.hour % 12 or 12
    suffix = "am" if value.hour < 12 else "pm"
    return f"{hour}:{value.minute:02d}{suffix}"


class ConversationBase:
    def __init__(
        self,
        person: Person,
        now: datetime,
        settings: ProgramSettings,
        body: str,
        media_count: int = 0,
        country: str | None = None,
    ) -> None:
        self.person = person
        self.now = now
        self.settings = settings
        self.body = body
        self.media_count = media_count
        self.country = country

    # -- wording -------------------------------------------------------------------------

    def _values(self, person: Person) -> dict[str, object]:
        reading = program.read_clock(person, self.now, self.settings)
        return {
            "program_days": self.settings.program_days,
            "day": reading.day_of_program,
            "days": reading.whole_days,
            "hours": reading.hours,
            "clock": program.describe_hours(reading.seconds),
            "hours_part": reading.hours % 24,
            "best_days": reading.best_days,
            "best": program.describe_duration(reading.best_streak_seconds),
            "best_kept": program.describe_best_kept(reading.best_streak_seconds),
            "total_days": reading.total_days,
            "send_time": format_send_time(person.send_time),
            "contact": self.settings.operator_contact,
            "urges_beaten": person.urges_beaten,
            "journal_entries": person.journal_entries,
            "timezone": person.timezone,
            "crisis_line": safety.crisis_line(self.country),
        }

    def _say(self, key: str, person: Person, extra: dict[str, object]) -> str:
        return their_reason.render(key, person.why, {**self._values(person), **extra})

    def _unchanged(self, key: str, **extra: object) -> Outcome:
        return Outcome(self.person, (self._say(key, self.person, extra),), changed=False)

    def _changed(self, person: Person, key: str, event: str, **extra: object) -> Outcome:
        reply = self._say(key, person, extra)
        return Outcome(person, (reply,), changed=True, events=(event,))

    def _urge_just_held(self, text: str) -> bool:
        """ "ok i put the phone down" within the hour after URGE."""
        last = self.person.last_urge_at
        recent = last is not None and self.now - last <= timedelta(hours=1)
        return recent and _PHONE_DOWN.search(text) is not None

    def in_an_urge(self) -> bool:
        """Within 20 minutes of URGE, before its follow-up is answered."""
        last = self.person.last_urge_at
        return last is not None and self.now - last <= URGE_MINUTES

    def _no_rating(self, text: str) -> bool:
        """ "lol no" after a check-in: no to the optional rating, not thanks or a slip."""
        yesterday = program.local_now(self.person, self.now).date() - timedelta(days=1)
        last = self.person.last_checkin_on
        checked = last is not None and last >= yesterday
        return checked and len(text.split()) <= 3 and read_yes_no(text) == "no"

    def _menu(self, intent: Intent) -> Outcome:
        if intent.kind is not IntentKind.EMPTY:
            text = self.body.strip().lower()
            # The questions people ask about no contact itself are answered, not menued.
            key = asked_about_the_program(text)
            if key is not None:
                return self._unchanged(key)
            if text.startswith("why"):
                return self._unchanged("why_question")  # a question to sit with, not a menu
            # "we work at the same company", "we have a dog together, he picks her up saturday":
            # answered though not asked.
            told = next((key for key, told in _TOLD if told.search(text)), None)
            if told is not None:
                return self._unchanged(told)
            # Words that only say how they feel, or thanks, are heard before any menu.
            for key, feeling in _FEELINGS:
                if feeling.search(text):
                    return self._unchanged(key)
            if self._urge_just_held(text):
                return self._unchanged("urge_held")
            if THANKS.match(text) and self.in_an_urge():
                return self._unchanged("urge_ack")  # "ok" to the grounding step: not thanks
            if self._no_rating(text):
                return self._unchanged("checkin_no_rating")
            if THANKS.match(text):
                return self._unchanged("heard_thanks")
            if self.person.graduated_at is not None and not self.person.weekly:
                # "honestly i think im good now" on the decision days: the choice, not the menu.
                return self._unchanged("decision_menu")
            # Chosen by their words, so different texts in a row mostly read differently; no
            # write: a count kept per menu made the commonest reply a write (and, in moto,
            # the 5,574 real texts took over an hour).
            key = variant("menu", zlib.crc32(text.encode("utf-8")))
            reply = self._say(key, self.person, {})
            return Outcome(self.person, (reply,), changed=False, events=("unheard",))
        # A photo or voice note with no words is not an empty text: say what we can read.
        return self._unchanged("media_only" if self.media_count else "empty")


_PHONE_DOWN = re.compile(
    r"\b(?:put|left|threw|set|locked|turned) (?:the|my) phone (?:down|away|off|in (?:another|the"
    r" other) room)\b|\bphone(?:'?s| is) (?:down|away|off)\b|\b(?:didn'?t|didnt|did not) (?:send"
    r"|text|call) (?:it|him|her|them)?\b|\bdeleted (?:it|the text|the message)\b"
    r"|\b(?:didn'?t|didnt|did not) do it\b|\bheld (?:on|it together|strong)\b"
)


def asked_about_the_program(text: str) -> str | None:
    """The replies.json key answering a question about no contact or the program, or None.

    `text` is lower-cased; a text that asks nothing ("happy birthday!") is never an answer."""
    if _ASKING.search(text) is None:
        return None
    return next((key for key, question in _QUESTIONS if question.search(text)), None)


_EX = r"(?:him|her|them|my ex|the ex|he|she|they)"
# Asked, not told: "happy birthday!" is nobody's question.
_ASKING = re.compile(
    r"\?|^(?:so |but |and |ok |okay |hey |um )?(?:how|can|could|should|is|does|do|would|will|am i"
    r"|why|what'?s?|r u|r you|if i|are)\b|\b(?:is it (?:ok|okay|bad|fine|allowed|wrong)|can i"
    r"|should i|am i allowed)\b|\b(?:what|wtf) (?:do|should|can) i do\b|\bsupposed to work\b"
    r"|\bhow (?:is|does|do|can) (?:no contact|nc|this|it) (?:even )?work"
)
# The first question that matches is answered from replies.json ("asked_*").
_QUESTIONS = tuple(
    (key, re.compile(pattern))
    for key, pattern in (
        (
            "asked_heal",
            r"\bhow long (?:does|will|until|till|before)\b.{0,30}\b(?:stop hurting|hurt less|heal"
            r"|feel better|feel normal|get over|move on|stop missing)\b",
        ),
        ("asked_closure", r"\bclosure\b"),
        (
            "asked_checking",
            r"\bhow (?:do|can) i (?:stop|quit) (?:checking|looking at|stalking|watching"
            r"|refreshing)\b"
            r"|\bstop (?:checking|stalking) (?:his|her|their|my ex'?s)\b",
        ),
        (
            "asked_looking",
            r"\b(?:is it (?:ok|okay|bad|wrong|fine|alright|allowed|weird)|can i|am i allowed to"
            r"|could i|should i|would it be (?:ok|okay|bad)|does it count if i"
            r"|is it breaking (?:nc|no contact) if i)(?: if i| to)? (?:just |still |even )?"
            r"(?:look|check|stalk|watch|view|see|peek"
            r"|scroll|read|go on|go through)\w*\b.{0,25}\b(?:his|her|their|my ex'?s|him|them|insta"
            r"|ig|page|profile|story|stories|socials|posts?|pics|photos|old (?:texts|messages|pics"
            r"|photos|chats))\b",
        ),
        (
            "asked_boundaries",
            rf"\b(?:should i|is it ok(?:ay)?(?: if i| to)?|can i) (?:just )?(?:block|mute|unfollow"
            rf"|unfriend|archive|delete)\w*\b"
            rf"|\b(?:block\w*|mut\w*|unfollow\w*|archiv\w*|unfriend\w*|restrict\w*|delet\w* (?:his"
            rf"|her|their) (?:number|contact))\b.{{0,30}}\b(?:count|contact|ok|okay|allowed|break"
            rf"\w*|fine)\b|\b(?:is|does|would|can i)\b.{{0,10}}\b(?:block\w*|mut\w*|unfollow\w*"
            rf"|archiv\w*|unfriend\w*) (?:{_EX}|count)\b",
        ),
        (
            "asked_mutual",
            r"\bmutual friends?\b|\b(?:his|her|their) (?:friends?|mates?) (?:will|might|could) be"
            r" there\b",
        ),
        (
            "asked_belongings",
            r"\b(?:wants?|asked for|asking for|needs?) (?:his|her|their|my) \w+(?: \w+)? back\b"
            r"|\b(?:drop|give|return|leave) (?:off |back )?(?:his|her|their) (?:stuff|things|\w+)\b"
            r".{0,20}\b(?:off|back)\b",
        ),
        (
            "asked_work",
            rf"\b(?:see|work with|sit next to|share an office with) {_EX} at work\b"
            rf"|\b(?:he'?s|she'?s|hes|shes|they'?re|my ex is) my (?:coworker|co-worker|colleague"
            rf"|boss|manager)\b"
            rf"|\bwe work together\b|\bwork at the same (?:company|place|office|firm)\b|\b(?:same"
            rf" (?:office|team|company|shift)|at standup)\b",
        ),
        (
            "asked_why_21",
            r"^(?:but |so )?why (?:21|twenty one|three weeks|3 weeks)(?: days)?\b",
        ),
        (
            "asked_special_day",
            r"\b(?:birthday|bday|b-day)\b.{0,40}\b(?:say|text|txt|wish|send|message|call)\b|\bhbd\b"
            r"|\b(?:text|txt|message|msg|call|wish|send|dm)\w*\b.{0,40}\b(?:birthday|bday|b-day"
            r"|christmas"
            r"|xmas|new year|valentine'?s?|anniversary|mother'?s day|father'?s day|eid|diwali)\b",
        ),
        (
            "asked_reacting",
            r"\b(?:like|liking|liked|react\w*|heart\w*|comment\w* on|view\w*|watch\w*|reply\w* to"
            r"|follow\w*) (?:his|her|their|my ex'?s|the ex'?s) (?:\w+ )?(?:posts?|story|stories"
            r"|pics?"
            r"|photos?|status|reels?|tweets?|tiktoks?|comments?|insta|page)\b.{0,40}\b(?:count"
            r"|counts"
            r"|break\w*|ruin\w*|reset\w*|okay|ok|allowed|contact|nc)\b",
        ),
        (
            "asked_stop_wanting",
            rf"\bhow (?:do|can|will|should) i (?:stop|quit) (?:wanting|missing|loving"
            rf"|thinking about"
            rf"|caring about|obsessing over|needing) {_EX}\b|\bhow (?:do|can) i (?:get over|move on"
            rf" from|forget|let go of) {_EX}\b",
        ),
        (
            "asked_come_back",
            r"\b(?:will|would|does|do|is|are) (?:he|she|they)\b.{0,25}\b(?:come back|miss me"
            r"|want me"
            r" back|regret|notice|care)\b|\b(?:does|will|did) no contact (?:really |actually "
            r"|even )?"
            r"(?:work|bring)\b",
        ),
        (
            "asked_what_counts",
            r"\b(?:is|does|would|will|do)\b.{0,50}\b(?:count as|break\w*|ruin\w*|reset\w*)\b.{0,10}"
            r"\b(?:no contact|nc|contact|my streak|the clock|my clock|my count)\b"
            r"|\bdoes (?:that|it|this) (?:still |even )?count\b"
            r"|\bwhat (?:counts|is counted|do you count) as (?:contact|breaking (?:it|nc"
            r"|no contact))\b"
            rf"|\bcan i (?:still )?(?:go|come) to (?:his|her|their)\b"
            rf"|\bcan i (?:talk|speak|say hi|say hello|text|message|call|dance) (?:to |with )?"
            rf"{_EX}\b",
        ),
        (
            "asked_shared",
            r"\b(?:we (?:have|share|got)|have|share) (?:a |an |two |three |\d )?(?:kids?|children"
            r"|child|baby|son|daughter|dog|cat|lease|house|flat|apartment|mortgage|business)\b",
        ),
        (
            "asked_ex_first",
            rf"\b(?:can|could|should|do|may|am i allowed to) i (?:reply|respond|answer|text {_EX}"
            rf" back|write back|pick up)\b.{{0,40}}\b(?:if|when) {_EX}\b"
            rf"|\bis it (?:ok|okay|fine|bad|wrong|allowed) (?:to|if i) (?:reply|respond|answer"
            rf"|text {_EX} back|write back|pick up)\b.{{0,40}}\b(?:if|when) {_EX}\b"
            rf"|\bwhat (?:if|do i do if"
            rf"|should i do if|happens if) {_EX} (?:texts?|calls?|messages?|reaches out|dms?"
            rf"|emails?)\b|\b{_EX} (?:just |finally )?(?:texted|called|messaged|dm'?d|rang"
            rf"|reached out|emailed)\b.{{0,30}}\b(?:(?:what|wtf) (?:do|should|can) i do|do i"
            rf" (?:reply|answer|respond)|should i (?:reply|answer|respond|text back|call back))\b",
        ),
        (
            "asked_after",
            r"\bafter (?:day )?21\b|\b(?:what happens|what now|then what) (?:after|when|at the"
            r" end)\b|\bwhen (?:it|this|the program) (?:ends|is over|finishes)\b|\bafter the"
            r" (?:21 days|program|three weeks|3 weeks)\b",
        ),
        (
            "asked_length",
            r"\bhow long (?:is|does|will|lasts?|do i (?:have to|need to))\b.{0,30}\b(?:program"
            r"|this|it|no contact|nc|course|last|go for|take)\b"
            r"|^how many days\b(?! (?:have i|has it|am i|since))",
        ),
        (
            "asked_person",
            ARE_YOU_REAL + r"|\b(?:talking|texting) (?:to|with) (?:a |an )?(?:bot|robot|real"
            r" person|human|person|ai)\b",
        ),
    )
)

# Situations answered even when told rather than asked.
# Something shared is answered when told only with what needs arranging beside it.
_ARRANGING = (
    r".{0,60}\b(?:together|pick|drop|collect|hand ?over|custody|swap|sort out|arrange)\w*\b"
)
_TOLD = (
    *(
        (key, re.compile(question.pattern + (_ARRANGING if key == "asked_shared" else "")))
        for key, question in _QUESTIONS
        if key in ("asked_shared", "asked_work", "asked_mutual", "asked_belongings")
    ),
    # "i blocked him finally": a boundary they set, met as one (a stranger's got the menu).
    (
        "asked_boundaries",
        re.compile(
            r"^(?:ok |so |well )?(?:i |i'?ve |ive )?(?:just |finally |also )*(?:blocked|muted"
            r"|unfollowed|archived|unfriended|restricted|deleted) (?:him|her|them|my ex|his"
            r"|her|their)\b"
        ),
    ),
)

# The first kind that matches is answered in its own words; missing them is the common case.
_FEELINGS = tuple(
    (key, re.compile(pattern))
    for key, pattern in (
        (
            "heard_done",
            r"^(?:honestly |i think |just |ok |okay )?(?:i'?m|im|i am) (?:so |just |literally"
            r" |honestly |completely )?done(?: now| lol| tbh)?[.!\s]*$",
        ),
        (
            "heard_cruel_words",
            r"\b(?:no ?one|nobody|noone) (?:else )?(?:will|would|is going to|is gonna) (?:ever )?"
            r"(?:want|love|date|put up with) (?:you|u)\b|\b(?:you'?re|youre|ur|you are)"
            r" (?:worthless|nothing|pathetic|unlovable|crazy|a joke)\b",
        ),
        (
            "heard_misses_me",
            r"\b(?:he|she|they|my ex) (?:said|says|texted|told me|wrote|messaged)(?: that)?"
            r" (?:he|she|they) (?:misses|miss|still love|loves) me\b",
        ),
        (
            "heard_on_read",
            r"\b(?:left me on (?:read|delivered)|left on read|ghost(?:ed|ing) me|never (?:replied"
            r"|texted back|wrote back))\b",
        ),
        (
            "heard_rumination",
            r"\b(?:stop it,? brain|shut up,? brain|(?:my )?brain (?:won'?t|wont|will not)"
            r" (?:stop|shut up)|overthinking|(?:thoughts|mind|head) (?:is |are |keeps? )?"
            r"(?:racing|spiral+ing|looping|going in circles))\b",
        ),
        (
            "heard_dark_joke",
            r"^(?:lol |lmao |omg |ugh )?(?:someone |just |pls |please )?(?:end|kill) me"
            r"(?: now| already| pls| please)?(?:[\s.!]*(?:lol|lmao|haha|\U0001f602|\U0001f480))+"
            r"[\s.!]*$",
        ),
        (
            # Not eating or sleeping: grief in the body, common after a breakup, worth a doctor
            # when it lasts (a stranger's "not suicidal but haven't eaten in 3 days" got the menu).
            "heard_not_eating",
            r"\b(?:haven'?t|havent|have not|hasn'?t|can'?t|cant|cannot|couldn'?t|not|barely"
            r"|hardly|stopped|no) (?:been )?(?:eaten|eating|eat|appetite)\b"
            r"|\blost my appetite\b",
        ),
        (
            "heard_failure",
            r"\b(?:(?:such a|a total|a complete|the biggest|big|huge) (?:failure|loser|mess up)"
            r"|(?:i'?m|im|i am|i feel|feel) (?:like )?(?:such )?(?:a )?(?:failure|failing|so weak"
            r"|weak|pathetic|useless|hopeless at this)|keep failing|failed again|i suck at this)\b",
        ),
        (
            "heard_not_sleeping",
            r"\b(?:haven'?t|havent|have not|hasn'?t|can'?t|cant|cannot|couldn'?t|not|barely"
            r"|hardly|no) (?:been )?(?:slept|sleeping|sleep)\b|\binsomnia\b",
        ),
        (
            "heard_lonely",
            r"\b(?:lonely|(?<!leave him )(?<!leave her )(?<!leave them )(?<!leave me )alone"
            r"|by myself|no one to talk to|nobody to talk to)\b",
        ),
        ("heard_crying", r"\b(?:crying|cry|cried|tears|sobbing|bawling)\b|[\U0001f62d\U0001f622]"),
        (
            "heard_mess",
            r"\b(?:a mess|a wreck|falling apart|overwhelmed|exhausted|numb|empty|can'?t cope"
            r"|cant cope|losing it|so tired|drained)\b",
        ),
        (
            "heard_feeling",
            r"\b(?:miss|missing|misses|sad|hurts?|hurting|heartbroken|broken|hate myself|awful"
            r"|terrible|depressed|anxious|upset|devastated|gutted|heartbreak|grieving|grief"
            r"|worst day|worst night|rough day|bad day|hard day"
            r"|so hard|(?<!traffic is )killing me|thinking about (?:him|her|them|my ex)"
            r"|love (?:him|her|them))\b(?<!he misses)(?<!she misses)"
            r"|[\U0001f494\U0001f97a\U0001f614\U0001f61e\U0001f625]",
        ),
    )
)
