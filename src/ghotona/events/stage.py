"""The event stage: triggers → drafts (one per event type and own date in a sentence) → roles,
counts, place, date, sources, negation → coreference across sentences → event records.

Coreference rule (documented in docs/schema.md): a new draft joins an earlier one of the same
event type when neither their explicit dates nor their places conflict and either the new sentence
points back (এ ঘটনায়, হামলাটি …; ``resources/anaphora.tsv``), it lies within ``COREF_WINDOW``
distinct sentences, or both are at the same resolved place.
A sentence with no trigger but with an anaphor or a casualty cue adds its date, place, counts,
victims and sources to the latest event.  Events with different explicit dates stay apart, even in
one sentence: that is how a background event ("গত বছরের মার্চে …") keeps its own date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import resources
from ..doc import DateMention, Document, Entity, NumberMention, Trigger
from ..geo.gazetteer import haversine_km
from ..geo.places import home_city, level_words, page_country
from ..options import Options
from ..pipeline import stage
from ..recognize.dates import AHEAD_NOTE, YEARLESS_NOTE
from ..schema import WEEK_DAYS, ActorRef, Count, Event, EventDate, Mention, Source, Victim, date_span
from ..text.layout import AGENCY_ON_SCENE
from ..text.morph import GENITIVE, LOCATIVE, analyse, tables
from . import attribution, counts, cues, placing, roles
from .context import DocContext, SentenceView
from .summary import confidence_of, summarize
from .triggers import find_triggers

COREF_WINDOW = 5
# Modes that say how an attack was carried out; a later mention may add one to a generic trigger.
MEANS_MODES = {"aerial", "drone", "explosives", "suicide-attack", "firearms", "heavy-weapons",
               "primitive", "beat", "abduct", "sexual", "targeted", "torture"}
# A background event ("গত বছরের মার্চে …") has a date far from publication; it never joins a
# current event that has no date of its own.
BACKGROUND_DAYS = 10
COUNT_FIELDS = ("fatalities", "injuries", "arrests")
# Verbal event types a material event in the same sentence absorbs ("… দাবিতে মানববন্ধন").
SUBORDINATE_TYPES = {"REQUEST", "ACCUSE", "REJECT"}
# Told with several means or steps, still one event: an attack (helicopter fire, then tank shells),
# a police operation (a search, the arms seized, the men arrested)
ONE_OPERATION_TYPES = {"ASSAULT", "COERCE"}
#: modes that set an event apart from one of its type told with another mode (ACLED's "Protest with
#: intervention" and "Excessive force against protesters": the police on a crowd)
DISTINCT_MODES = frozenset({"crowd-control"})
# Event types whose victims are the people counted as killed/injured.
CASUALTY_TYPES = {"ASSAULT", "ACCIDENT", "DISASTER", "PROTEST"}
# Types the gold set does not measure; emitted only with Options.all_types (--all-types).
UNMEASURED_TYPES = {"ACCUSE", "REQUEST", "REJECT", "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "AID",
                    "COOPERATE", "RETREAT"}
LEAD_ORDER = ["ASSAULT", "ACCIDENT", "DISASTER", "PROTEST"]
# Accidents and disasters have victims, not actors and targets.
NO_ROLE_TYPES = {"ACCIDENT", "DISASTER"}
# The types a page's topic (the layout's ``topic``, resources/page_topics.tsv) uses as figures of
# speech: on a sports page an attack is a bowling spell, a collision a knock in play, a ban or a fine
# a board's; such an event stays only when it counts dead or injured (a stampede at a stadium).
TOPIC_METAPHOR_TYPES = {"sports": frozenset({"ASSAULT", "ACCIDENT", "COERCE", "SANCTION"})}


@dataclass(slots=True)
class Draft:
    event_type: str
    trigger: Trigger
    sentence: int
    triggers: list[Trigger] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)
    actor: Entity | None = None
    target: Entity | None = None
    place: Entity | None = None
    date: DateMention | None = None
    date_explicit: bool = False
    counts: dict[str, Count] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    victims: list[Entity] = field(default_factory=list)
    negated: bool = False
    hedged: bool = False
    two_sided: bool = False  # "X ও Y-এর মধ্যে সংঘর্ষ": both sides fought; actor and target are peers
    sums: int = 0  # "দু’টি হামলায় অন্তত ৫৬ জন": how many events the mention counts (a summary); 0: one
    discovered: bool = False  # told by the finding of the body ("… মৃতদেহ উদ্ধার"): its date is the finding's
    died_later: bool = False  # ... or by a death under treatment ("চিকিৎসাধীন অবস্থায় মারা গেছেন"): the death's
    named_back: bool = False  # its first trigger names an event told before (এই হামলায়, ওই দুর্ঘটনা)
    turned: bool = False  # told after a turn to another matter ("অন্য দিকে, …"): not the event before it
    place_lent: bool = False  # told without a place: it was given the story's
    place_named_back: bool = False  # its place named back by a level word ("এই গ্রামে", "জেলায়"): as told, not refined
    byline_place: bool = False  # ... and that was its story's byline place, not an earlier mention's
    repeated: bool = False  # its clause counts times ("গ্রেপ্তার হয়েছিলেন তিনবার"): a history, not one event
    another: bool = False  # told as another of its kind ("একই ভাবে", other_event_cues.tsv)
    tally: bool = False  # named in a running total ("এই নিয়ে … তিন জন খুন হলেন"): the story's event, or none
    listed: bool = False  # a copy for another place of a list ("ইসলামপুর ও ডালখোলায় … আটক"): that place's own
    count_kinds: dict[str, str] = field(default_factory=dict)  # a count's kind (counts.FoundCount.kind), by field
    told_more: set[str] = field(default_factory=set)  # fields its own sentence counts as more ("আরও তিন … আহত হন")

    @property
    def trigger_token(self) -> int:
        return self.trigger.attrs.get("first_token", 0)


def _own_date(ctx: DocContext, view: SentenceView, trigger: Trigger, before_only: bool = False) -> DateMention | None:
    """The date expression nearest the trigger in its clause, else in its sentence (before it
    preferred: Bengali puts time adverbials before the verb). ``before_only``: the trigger names
    an event told before ("এতগুলি বিস্ফোরণের ধাক্কা কাটার আগেই আজ সকাল থেকে … সংঘর্ষ"), so a date
    after it dates what the sentence goes on to tell."""
    if not view.dates:
        return None
    token = ctx.first_token(trigger)
    clause_first, clause_last = ctx.clause(token)
    best: tuple[float, DateMention] | None = None
    threat = trigger.event_type == "THREATEN"
    # a headline's clauses are separate news ("দিনহাটায় সংঘর্ষে মৃত বিজেপি কর্মী, আজ জেলায় বন্‌ধ": today's
    # is the bandh, not the clash): there a date dates only its own clause's event
    headline = view.index in ctx.headline_sentences
    for tok, date in view.dates:
        if date.value is None or before_only and tok > token:
            continue
        last = ctx.token_at(date.end - 1)
        after = ctx.stem(last + 1)  # (as _stem_after, with the last token kept for the distance)
        if threat and after in date_bounds():
            continue  # "শনিবার থেকে স্কুল বন্ধ করে দেওয়ার হুমকি": when the threat would come true
        if after in date_ends():
            continue  # "২৫ ডিসেম্বর পর্যন্ত সময় দিয়েছিলাম": a deadline or a period's end, not the event's day
        if view.attributions and any(
                a.first == last + 1 and a.entry.get("kind") == "say" for a in view.attributions):
            # "সেনার মুখপাত্র আজ, বুধবার জানিয়েছেন, হামলায় ১১ জন …": the day of the statement, not the attack
            continue
        # a date before the trigger is as near as its last word ("২০০৪ সালের ২১ আগস্ট গ্রেনেড হামলার
        # বার্ষিকীতে বুধবার": the attack's date, not the Wednesday's)
        distance = float(tok - token) + 0.5 if tok > token else float(max(token - last, 0))
        if not clause_first <= tok < clause_last:
            if headline:
                continue
            distance += 20
        if best is None or distance < best[0]:
            best = (distance, date)
    return best[1] if best else None


#: how many sentences back a sentence opening with "তখন", "পর দিন" … looks for the date it refers to
TOLD_BEFORE_SENTENCES = 2


@lru_cache(maxsize=1)
def temporal_anaphora() -> dict[str, int]:
    """Sentence openers that date a sentence by the one before (তখন, সে সময়, ওইদিন …), with how many
    days after that date they tell (পর দিন: 1, আগের দিন: -1)."""
    return {row["term"]: int(row.get("days") or 0) for row in resources.read_tsv("temporal_anaphora.tsv")}


def _date_told_before(ctx: DocContext, view: SentenceView) -> DateMention | None:
    """A sentence that opens with "তখন", "সে সময়", "ওইদিন" … happened when the sentence before it
    says: its last date ("… জেলে গিয়েছিলেন ২০১৮ সালের আটই ফেব্রুয়ারি। তখন তার ১৭ বছরের সাজা হয়");
    one that opens with "পর দিন" the day after that date (a day's date only)."""
    if view.index == 0:
        return None
    words = temporal_anaphora()
    days = words.get(ctx.word(view.first))
    if days is None:
        days = words.get(" ".join(ctx.words(view.first, min(view.first + 2, view.last))))
    if days is None:
        return None
    dated: list[DateMention] = []
    for before in ctx.sentences[max(0, view.index - TOLD_BEFORE_SENTENCES):view.index][::-1]:
        # (the nearest sentence that gives a date: "১৯৯৭ সালের ১১ মে … খুন করে … তারপর দেহ মাটিতে পুঁতে
        # দেয়। পর দিন পুলিশ গিয়ে … গ্রেফতার করা হয়")
        if dated := [d for _, d in before.dates if d.value]:
            break
    if not dated:
        return None
    if not days:
        return dated[-1]
    if dated[-1].precision != "day":
        return None
    day = dt.date.fromisoformat(dated[-1].value) + dt.timedelta(days=days)
    return replace(dated[-1], value=day.isoformat(), relative=True,
                   note=f"{days:+d} day(s) from the date told before ({dated[-1].value})")


def _running_toll(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """A casualty word told in a clause of a running toll ("চলতি বছরে … গণপিটুনিতে দেড়শোরও বেশি
    মানুষের মৃত্যু", "গত দশ বছরে …": counts.is_cumulative), a statistic of the period, no event (not
    "গত বছরে …": last year, the date of an event)."""
    if trigger.event_type not in CASUALTY_TYPES or not view.counts:
        return False
    clause_first, clause_last = ctx.clause(ctx.first_token(trigger))
    return any(clause_first <= cue.first < clause_last for cue in view.counts) \
        and (counts.is_cumulative(ctx, view, clause_first, clause_last, openers=("current",))
             or _months_span(ctx, view, clause_first, clause_last)
             or _since_long_ago(ctx, view, clause_first, ctx.first_token(trigger)))


def _since_long_ago(ctx: DocContext, view: SentenceView, clause_first: int, trigger_token: int) -> bool:
    """The clause counts since a day long past, before the trigger ("গত ১০ অক্টোবর … যুদ্ধবিরতি কার্যকর
    হওয়ার পর থেকে ইসরায়েলি হামলায় ৪১০ জনের বেশি … নিহত"): a dated past day, then "পর থেকে" (since:
    :func:`since_words`)."""
    published = ctx.doc.published
    for tok, date in view.dates:
        if clause_first <= tok < trigger_token and _background_date(date, published):
            since, starts = since_words()
            return any(ctx.stem(k) in since and ctx.stem(k + 1) in starts for k in range(tok, trigger_token))
    return False


@lru_cache(maxsize=1)
def since_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that, before a start bound, count from a day on (``past_span_words.tsv`` kind since),
    and those bounds (``date_bounds.tsv`` bound start): পর থেকে."""
    return (resources.term_set("past_span_words.tsv", kind="since"),
            resources.term_set("date_bounds.tsv", bound="start"))


def _months_span(ctx: DocContext, view: SentenceView, clause_first: int, clause_last: int) -> bool:
    """The clause spans months ("জানুয়ারি থেকে নভেম্বর পর্যন্ত … মৃত্যু হয়েছে 5,412 জনের"): a month
    followed by a bound (থেকে) and a later month followed by an end (পর্যন্ত)."""
    months = [date for tok, date in view.dates if clause_first <= tok < clause_last and date.precision == "month"]
    if len(months) < 2:
        return False
    after = [_stem_after(ctx, date) for date in months]
    return any(a in date_bounds() and a not in date_ends() for a in after[:-1]) and any(a in date_ends() for a in after[1:])


def _stem_after(ctx: DocContext, date: DateMention) -> str:
    """The stem of the word right after a date expression (a bound such as থেকে or পর্যন্ত)."""
    return ctx.stem(ctx.token_at(date.end - 1) + 1)


def _undated_background(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """"এর আগে দুইবার তিনি গ্রেফতার হয়েছিলেন": past or habitual, and no date to code it with; or
    dated only by a vague time that is itself the cue ("কয়েক দিন আগেও ওই একই জায়গায় … ছিনতাই হয়":
    a few days before, too — an earlier one of its kind, told to explain the story's event)."""
    clause = ctx.clause(ctx.first_token(trigger))
    cues = [m for m in view.background if clause[0] <= m.first < clause[1]]
    if not cues:
        return False
    date = _own_date(ctx, view, trigger)
    if date is None:
        return True
    first, last = ctx.token_span(date)
    return date.precision == "week" and any(first <= m.first <= last for m in cues)


#: how many words (a count, a noun) may stand between a charge and its arrest ("… অভিযোগে তিন জন গ্রেফতার")
CHARGE_WINDOW = 3


def _describes_a_thing(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """"ছিনতাই হওয়া স্টেনগান উদ্ধার", "ছিনতাই করা স্টেনগানটি নিয়ে সে … আত্মসমর্পণ করে": a participle
    after the trigger (``role_markers.tsv`` role ``attributive``) makes it describe the noun after it,
    the object of the sentence's other event or a thing with its classifier (স্টেনগানটি), not an event
    the sentence tells; a passive or doing word after the participle ("হত্যা করা হয়েছে") keeps it a
    verb."""
    last = trigger.attrs.get("last_token", ctx.first_token(trigger) + 1)
    markers = roles.markers()
    if ctx.stem(last) not in markers.get("attributive", roles.NO_MARKERS) or last + 1 >= view.last:
        return False
    if len(view.triggers) < 2 and not counts.names_a_thing(ctx, last + 1):
        return False  # (alone in its sentence, "গ্রেফতার হওয়া তিন জন …" still tells the arrest)
    passive = markers.get("passive", roles.NO_MARKERS)
    return not ctx.tokens[last + 1].is_punct and ctx.word(last + 1) not in passive \
        and ctx.stem(last + 1) not in passive and ctx.word(last + 1) not in markers.get("doing", roles.NO_MARKERS)


def _charge_of_arrest(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """An attack named as what an arrest, an accusation or a sentence right after it is for, in the locative
    ("পুরপতি খুনে ধৃত আরও ১") or before a charge marker ("ডাকাতির অভিযোগে তিন জন গ্রেফতার", "ডাকাতির
    ঘটনায় ধৃত", ``role_markers.tsv`` role ``charge``): the crime is the arrest's reason, not an
    event the story reports."""
    if trigger.event_type != "ASSAULT":
        return False
    last = trigger.attrs.get("last_token", trigger.attrs.get("first_token", 0) + 1) - 1
    after = last + 1
    if ctx.stem(after) in roles.markers().get("charge", roles.NO_MARKERS):
        after += 1
    elif not set(ctx.tokens[last].suffixes) & LOCATIVE:
        return False
    # (a sentence passed for it names the crime as its reason too: "বধূ-নির্যাতনের অপরাধে … সাজা")
    arrests = {t.attrs.get("first_token") for t in view.triggers
               if t.event_type == "COERCE" and t.mode == "arrest" or t.event_type == "SANCTION"}
    accused = roles.markers().get("accused", roles.NO_MARKERS)  # "ডাকাতির ঘটনায় মূল অভিযুক্ত": the accused, as the arrested
    return any(k in arrests or ctx.stem(k) in accused for k in range(after, min(after + CHARGE_WINDOW, view.last)))


def _tells_a_plan(ctx: DocContext, view: SentenceView) -> bool:
    """The sentence's event words are all unrealised (``ctx.planned``): it tells a plan ("ঘটনার প্রতিবাদে
    বুধবার … বন্‌ধ ডেকেছে বিজেপি"), whose day and words are not the event it names back."""
    return any(sentence == view.index for sentence, _, _ in ctx.planned)


def _drafts_for_sentence(ctx: DocContext, view: SentenceView) -> list[Draft]:
    if not view.triggers:
        return []
    # (most sentences: no modality or background cue, so no trigger is unrealised or background)
    unrealised = [attribution.is_unrealised(ctx, view, t) for t in view.triggers] if view.modality \
        else [False] * len(view.triggers)
    ctx.planned.update((view.index, t.event_type, t.mode) for t, off in zip(view.triggers, unrealised) if off)
    triggers = [t for t, off in zip(view.triggers, unrealised)
                if not off and not (view.background and _undated_background(ctx, view, t))
                and not _charge_of_arrest(ctx, view, t) and not _running_toll(ctx, view, t)
                and not _describes_a_thing(ctx, view, t)]
    # (a threat comes only from an unrealised trigger: most sentences have none)
    if any(unrealised) and not any(t.event_type == "THREATEN" for t in view.triggers):
        threats = [t for t, off in zip(view.triggers, unrealised)
                   if off and attribution.is_conditional_threat(ctx, view, t)]
        triggers += [_as_threat(t) for t in threats[:1]]
    material = [t for t in triggers if t.event_type not in SUBORDINATE_TYPES]
    if material:
        triggers = material
    if len(triggers) > 1:
        triggers = _without_consequences(triggers)
    groups: dict[tuple[str, str | None], list[Trigger]] = {}
    for trig in triggers:
        date = _own_date(ctx, view, trig)
        groups.setdefault((trig.event_type, date.value if date else None), []).append(trig)
    # A trigger without a date of its own goes with the same-type group that has one.
    for (etype, value), trigs in list(groups.items()):
        if value is None:
            dated = [k for k in groups if k[0] == etype and k[1] is not None]
            if len(dated) == 1:
                groups[dated[0]].extend(trigs)
                del groups[(etype, value)]
    drafts = []
    for (etype, _), trigs in groups.items():
        if len(trigs) == 1:  # (most groups: one trigger; a measured 0.3 % of the pipeline's instructions)
            main = trigs[0]
            # (most sentences: no numeral and no word that counts events or times)
            sums, repeated = (_sums_events(ctx, view, main), _repeated(ctx, view, main)) \
                if view.numbers or view.several else (0, False)
        else:
            main = max(trigs, key=_trigger_rank)
            sums = max(_sums_events(ctx, view, t) for t in trigs)
            repeated = any(_repeated(ctx, view, t) for t in trigs)
        drafts.append(Draft(event_type=etype, trigger=main, sentence=view.index, triggers=trigs,
                            sentences=[view.index], sums=sums, repeated=repeated))
    return drafts


def _without_consequences(triggers: list[Trigger]) -> list[Trigger]:
    """Without the accident a disaster or an attack of the sentence caused: a flood's drowning ("বন্যার
    পানিতে ডুবে"), a storm's falling tree ("ঝড়ে গাছ চাপা পড়ে"), a wildfire's or an arson's burning
    ("দাবানলে পুড়ে", "আগুন লাগিয়ে দেওয়া হয়, পুড়ে মৃত্যু") are that disaster's or attack's toll."""
    types = {t.event_type for t in triggers}
    if "ACCIDENT" not in types:
        return triggers
    if "DISASTER" in types:
        return [t for t in triggers if t.event_type != "ACCIDENT"]
    if "ASSAULT" in types:  # (an arson's fire, or one an air raid set: "হামলায় … আগুন ধরে যায়")
        return [t for t in triggers if not (t.event_type == "ACCIDENT" and t.mode == "fire")]
    return triggers


def _trigger_rank(trigger: Trigger) -> tuple[float, int]:
    """The main trigger of a group is the one of highest priority, then the earliest."""
    return trigger.attrs.get("priority", 0), -trigger.start


def _repeated(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """The trigger's clause says how many times it happened ("গ্রেপ্তার হয়েছিলেন তিনবার", "পাঁচবার
    আটক"): a count over a life or a movement, no event of its own."""
    if not view.numbers:
        return False  # (no count of times, and _over_past_years needs a number too)
    clause_first, clause_last = ctx.clause(ctx.first_token(trigger))
    times = times_words()
    for token, number in view.numbers:
        if not clause_first <= token < clause_last or (number.value or 0) < 2:
            continue
        last = ctx.token_at(number.end - 1)
        if number.text.rstrip().endswith(times) or ctx.word(last + 1) in times:
            return True
    return _over_past_years(ctx, view, trigger) or _over_a_period(ctx, view, trigger)


def _over_past_years(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """The sentence tells the trigger over the past years before it ("বিগত ১৫–১৬ বছর তারা জীবন
    দিয়েছে, … তারা গুম হয়েছে", "গত ১৭ বছরে"): গত/বিগত, a number of two or more and a long
    period's unit (``cumulative_periods.tsv`` span ``years``), not in the genitive ("গত ১০ বছরের
    সাজা") nor before an ago word ("গত ৩ বছর আগে"): a history, no event of its own."""
    words = past_years_words()
    for token, number, unit in _numbers_before(ctx, view, trigger):
        if (number.value or 0) < 2 or ctx.word(token - 1) not in words["past"]:
            continue
        if unit < len(ctx.tokens) and ctx.stem(unit) in words["years"] and ctx.stem(unit + 1) not in words["ago"] \
                and not set(ctx.tokens[unit].suffixes) & GENITIVE:
            return True
    return False


def _numbers_before(ctx: DocContext, view: SentenceView, trigger: Trigger):
    """``(token, number, unit)`` for each number of the sentence that starts before the trigger,
    with the token right after it (the unit a period is counted in: ১৫ বছর, কয়েক সপ্তাহ)."""
    trigger_token = ctx.first_token(trigger)
    for token, number in view.numbers:
        if token < trigger_token:
            yield token, number, ctx.token_at(number.end - 1) + 1


def _over_a_period(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """A long period in the genitive right before the trigger ("কয়েক সপ্তাহের প্রাণঘাতী সংঘর্ষের পর",
    "৩ মাসের অবরোধ চলাকালে"; ``campaign_periods.tsv``): a campaign over weeks or years, no event of
    its own. A sentence ("পাঁচ বছরের কারাদণ্ড") and a jail term served are events."""
    if trigger.event_type == "SANCTION" or trigger.event_type == "COERCE" and trigger.mode == "arrest":
        return False
    words = campaign_period_words()
    trigger_token = ctx.first_token(trigger)
    for _, number, unit in _numbers_before(ctx, view, trigger):
        if not ((number.value or 0) >= 2 or number.value is None and number.qualifier == "several"):
            continue
        if unit >= trigger_token or ctx.stem(unit) not in words["unit"] or not set(ctx.tokens[unit].suffixes) & GENITIVE:
            continue
        if all(ctx.word(between) in words["between"] for between in range(unit + 1, trigger_token)):
            return True
    return False


@lru_cache(maxsize=1)
def campaign_period_words() -> dict[str, frozenset[str]]:
    """``campaign_periods.tsv``: the period units and the words that may stand between one and the trigger."""
    return {kind: resources.term_set("campaign_periods.tsv", kind=kind) for kind in ("unit", "between")}


@lru_cache(maxsize=1)
def past_years_words() -> dict[str, frozenset[str]]:
    """``cumulative_periods.tsv``'s years units, and the words of ``past_span_words.tsv`` that make
    "গত N বছর" a span of past years (``past``) or a date (``ago``)."""
    return {"years": resources.term_set("cumulative_periods.tsv", span="years"),
            **{kind: resources.term_set("past_span_words.tsv", kind=kind) for kind in ("past", "ago")}}


def _sums_events(ctx: DocContext, view: SentenceView, trigger: Trigger) -> int:
    """How many events the trigger counts: 2 for "দু’টি হামলায়" or "দু’টি পৃথক পথ দুর্ঘটনায়"; 0 for an
    ordinary mention, and for a weapon counted ("১২টি টিয়ারশেল", "দুটি বোমা": one firing)."""
    if not view.several and not view.numbers:
        return 0  # (most sentences: no numeral and no word that counts events)
    first = ctx.first_token(trigger)
    if ctx.stem(first) in munition_words():
        return 0  # "জঙ্গি বিমান থেকে দুটি বোমা ফেলা হয়": two bombs of one strike
    if places := _places_counted(ctx, view, first):
        return places  # "দেশের পাঁচ জেলায় সড়ক দুর্ঘটনায় … ১৪ জন নিহত": five districts' accidents
    several = [m for m in view.several if m.last == first]
    times = several_times_words()
    if several and several[0].entry.get("after_number"):
        # "৩ বার গ্রেফতার", "দুই দফা হামলা": as many events as the numeral before the word says
        return next((int(number.value) for _, number in view.numbers
                     if ctx.token_at(number.end - 1) == several[0].first - 1 and (number.value or 0) >= 2), 0)
    # the numeral's classifier counts the noun right after it: "দুটি বাসের সংঘর্ষ" is one crash
    before = several[0].first if several else first
    numbers = [int(number.value) for token, number in view.numbers if (number.value or 0) >= 2 and (
        # (a numeral of several words ends right before, its classifier fused: "৬ হাজার ২১৮টি সড়ক
        # দুর্ঘটনায়"; "২ টি গ্রেনেড" are the things found, not events)
        (token == before - 1 or ctx.token_at(number.end - 1) == before - 1
         and ctx.tokens[before - 1].text not in ("টি", "টা")) and number.text.rstrip().endswith(("টি", "টা"))
        # "অন্তত পাঁচবার আটক": a fused "times" word, the numeral's last word
        or ctx.token_at(number.end - 1) == before - 1 and number.text.rstrip().endswith(times))]
    return numbers[0] if numbers else 2 if several else 0


def _places_counted(ctx: DocContext, view: SentenceView, first: int) -> int:
    """A number of two or more districts (states, upazilas …: an administrative level word in the
    locative) before the trigger in its clause, the places of as many events: that number, else 0
    (not "দলের তিন জন পাড়ায় ফিরে": people, and a neighbourhood)."""
    return next((int(number.value) for _, number, unit in
                 counts.counted_areas(ctx, view, ctx.clause(first)[0], first, admin_level_words())
                 if unit < first and number.classifier != PERSON_CLASSIFIER), 0)


#: the level words' features of administrative units (জেলা, উপজেলা, রাজ্য, প্রদেশ …)
ADMIN_LEVELS = frozenset({"admin1", "admin2", "admin3"})


@lru_cache(maxsize=1)
def admin_level_words() -> frozenset[str]:
    """The level words of administrative units (:data:`ADMIN_LEVELS`)."""
    return frozenset(w for w, feats in level_words().items() if feats & ADMIN_LEVELS)


@lru_cache(maxsize=1)
def munition_words() -> frozenset[str]:
    """Weapons fired or thrown (``count_nouns.tsv`` kind munition): counted as things, not events."""
    return resources.term_set("count_nouns.tsv", "noun", kind="munition")


@lru_cache(maxsize=1)
def several_times_words() -> tuple[str, ...]:
    """The words of ``several_events_cues.tsv`` that count events after a numeral (বার, দফা), from
    the lexicon the context already loaded."""
    return tuple(row["term"] for row in cues.several_events_cues().rows if row.get("after_number"))


@lru_cache(maxsize=1)
def times_words() -> tuple[str, ...]:
    """Those of them that count times, not rounds (তিনবার, ৩ বার): a history, not a day."""
    return tuple(row["term"] for row in cues.several_events_cues().rows if row.get("after_number") == "times")


def _as_threat(trigger: Trigger) -> Trigger:
    """The threat a conditional attack or arrest makes ("… না করলে খুন করা হবে")."""
    mode = "violence" if trigger.event_type == "ASSAULT" else "arrest" if trigger.mode == "arrest" else "restrict"
    return replace(trigger, event_type="THREATEN", mode=mode, acled_event_type=None, acled_sub_event_type=None,
                   attrs={**trigger.attrs, "threatened": trigger.event_type})


def _fill_from_sentence(ctx: DocContext, view: SentenceView, draft: Draft, main: bool) -> None:
    """Fill the draft's empty fields from one sentence (its own, or one that points back)."""
    sources = attribution.sources_for(ctx, view) if view.attributions else []
    source_spans = [(s.start, s.end) for s in sources if s.start is not None] if sources else []
    if main and draft.event_type not in NO_ROLE_TYPES:
        in_sources = {e.start for e in view.entities if any(a <= e.start < b for a, b in source_spans)} \
            if source_spans else set()
        actor, target, two_sided = roles.assign(ctx, view, draft.trigger, exclude=in_sources)
        if draft.trigger.attrs.get("threatened"):
            # a conditional threat is the speaker's ("… হামলা সমর্থন করবেন বলে জানিয়েছেন ট্রাম্প"); the
            # actor of the attack held out is its target
            speaker = next((e for e in reversed(view.entities) if e.start in in_sources and e.label in ("ACTOR", "PER")), None)
            if speaker is not None:
                actor, target = speaker, actor if actor is not None else target
        if draft.actor is None and two_sided:
            draft.two_sided = True
        draft.actor = draft.actor or actor
        draft.target = draft.target or target
    if main:
        if view.negations and not draft.negated:  # (most sentences: no negation cue)
            draft.negated = attribution.is_negated(ctx, view, draft.trigger)
        if view.discoveries:
            clause = ctx.clause(draft.trigger_token)
            found = [m for m in view.discoveries if clause[0] <= m.first < clause[1]]
            draft.discovered = bool(found)
            draft.died_later = any(m.entry.get("kind") == LATER_DEATH for m in found)
        else:
            draft.discovered = False
        # (… or its trigger names the people of an arrest told before: "গ্রেপ্তার দুজনকে … আদালতে পাঠিয়ে";
        # or the attack whose responsibility is claimed: "হামলার দায় স্বীকার করে")
        draft.named_back = bool(view.anaphora) and _named_back(view, draft) or _definite(ctx, draft) \
            or _names_its_people(ctx, view, draft) or _genitive_before(ctx, draft.trigger, "claimed")
        date = _own_date(ctx, view, draft.trigger, before_only=draft.named_back or _a_time_reference(ctx, draft)) \
            or _date_told_before(ctx, view)
    elif any(m.entry.get("kind") == LATER_DEATH for m in view.discoveries):
        date = None  # "সোমবার রাতে … চিকিৎসাধীন অবস্থায় আরও দুই জনের মৃত্যু হয়": the deaths' day, not the event's
    else:
        date = next((d for _, d in view.dates if d.value), None)
    if date is not None and not draft.date_explicit:
        draft.date, draft.date_explicit = date, True
    # A follow-up sentence only places an event that has no place yet: its places are often the
    # victims' home districts or the hospital they were taken to (so they are not weighed then).
    if main or draft.place is None:
        role_starts = set()
        if draft.actor is not None:
            role_starts.add(draft.actor.start)
        if draft.target is not None:
            role_starts.add(draft.target.start)
        # a move ("… ভারতে চলে যায়") is its person's story, not the event's place: in a follow-up
        # sentence, and after the trigger in its own ("হত্যার ঘটনায় প্রধান অভিযুক্ত … ভারতে পালিয়ে গেছেন";
        # before it the move leads to the event: "ঢাকায় গিয়ে হামলা চালায়")
        moves = {e.start for e in view.entities if e.label == "LOC" and placing.is_destination(ctx, e)
                 and not (main and ctx.token_at(e.start) < draft.trigger_token)}
        place = placing.choose(ctx, view, draft.trigger_token if main else view.first,
                               exclude=(role_starts if main else set()) | moves, skip_spans=source_spans)
        if main and _names_its_people(ctx, view, draft):
            place = None  # "ধৃতদের ছয় জন জলপাইগুড়ির বাসিন্দা": their homes, not where they were arrested
        if place is not None and (draft.place is None or main and placing.place_level(place) > placing.place_level(draft.place)
                                  and _compatible_places(draft.place, place)):
            draft.place = place
    draft.hedged = draft.hedged or attribution.is_hedged(view)
    if sources:
        _add_new(draft.sources, sources)
    for found in counts.find_counts(ctx, view) if view.counts or view.murders else ():
        if found.own_event_only and not (main and found.cue_token == draft.trigger_token):
            continue
        if found.field in COUNT_FIELDS:
            if found.field == "arrests" and draft.event_type not in ("COERCE",) and main:
                continue
            if found.field != "arrests" and not _counts_casualties(draft):
                continue  # casualties belong to violence, accidents and disasters
            if main and found.kind == "increment":
                draft.told_more.add(found.field)
            _keep_count(draft, found.field, found.count, found.kind)
    if view.counts and _counts_casualties(draft):
        _add_new(draft.victims, [ent for ent in view.entities
                                 if ent.label == "PER" and (ent.attrs.get("cue") or ent.source == "model")
                                 and not any(a <= ent.start < b for a, b in source_spans)])


#: a count told as a head count (এক জন, 1 জন, ১): another person than the one a pronoun or name tells
HEAD_COUNT = re.compile(r"জন|\d")


def _coded(draft: Draft, role: str, ctx: DocContext, country: str | None) -> ActorRef | None:
    """The draft's actor or target as the record codes it (roles.coded_role, roles.in_role)."""
    mode = draft.trigger.mode
    ref = roles.coded_role(draft.actor if role == "actor" else draft.target, role, draft.event_type, mode, ctx, country)
    return roles.in_role(ref, role, draft.event_type, mode, country)


def _survivors(counts: dict[str, Count]) -> Count | None:
    """The injured, less the one victim who died: a story that counts one dead and one injured
    tells of one person hurt and then dead ("তাঁকে হাসপাতালে ভর্তি করা হয় … মৃত্যু হয়", "এক
    যুবকের গুলিবিদ্ধ মৃতদেহ"), whom the gold counts once, as killed."""
    dead, hurt = counts.get("fatalities"), counts.get("injuries")
    if dead is not None and hurt is not None and dead.value == 1 and hurt.value == 1 \
            and not HEAD_COUNT.search(hurt.text or "") and not _two_named(dead, hurt):
        return None  # (not "… গুরুতর জখম হন এক জন": a head count is another person)
    return hurt


def _two_named(dead: Count, hurt: Count) -> bool:
    """The dead and the injured are counted by two different victims in the objective ("রাশেদকে …
    হত্যা", "বন্ধু সাইফুল ইসলামকে … জখম করা হয়"), not by pronouns (তাঁকে … তাঁর মৃত্যু), or the injured one
    is told as another ("এক যুবককে … হত্যা … বন্ধু সাইফুল ইসলামকেও (২৬) কুপিয়ে জখম করা হয়": him too)."""
    functions = tables().functions
    parsed = [analyse(c.text) if c.text else None for c in (dead, hurt)]
    named = [a is not None and counts.OBJECTIVE in a.suffixes and a.stem not in functions for a in parsed]
    if named[1] and parsed[1].suffixes[-1] == ALSO:
        return True
    return all(named) and parsed[0].stem != parsed[1].stem


#: the emphatic suffix that tells one more of its kind ("ইসলামকেও": him too)
ALSO = "ও"


def _counts_casualties(draft: Draft) -> bool:
    """Violence, accidents, disasters and riots have their own dead and injured; a peaceful protest's
    sentence counts the deaths it protests ("ছাত্রের মৃত্যুর প্রতিবাদে অবরোধ"), and the violence
    at a protest is an event of its own (PLOVER ASSAULT)."""
    return draft.event_type in CASUALTY_TYPES and (draft.event_type != "PROTEST" or draft.trigger.mode == "riot")


def _list_copies(ctx: DocContext, view: SentenceView, draft: Draft) -> list[Draft]:
    """One event for each other place of the list the draft's place stands in ("ফালুজা এবং তাল
    আফারে … বিমান হানায় অন্তত 38 জন": a raid at each; one event per type, place and day). The
    copies carry no counts: a total for the list cannot be split between its places."""
    if draft.place is None or draft.place.start < ctx.tokens[view.first].start \
            or draft.place.start >= ctx.tokens[view.last - 1].end:
        return []
    if draft.place.start > draft.trigger.start and draft.event_type != "DISASTER":
        # a list after the trigger tells what followed ("সাব স্টেশনে আগুন লাগায় … জয়নগর, ক্যানিং,
        # ডায়মণ্ড হারবার, কাকদ্বীপে অন্ধকার নেমে আসে": one fire, a blackout in four towns)
        return []
    return [replace(draft, place=other, counts={}, count_kinds={}, triggers=list(draft.triggers),
                    sentences=list(draft.sentences), sources=list(draft.sources), victims=[], listed=True)
            for other in placing.coordinated(ctx, view, draft.place)]


#: the classifier of a count of people ("৫ জন", "তিনজন")
PERSON_CLASSIFIER = "জন"


def _place_tolls(ctx: DocContext, view: SentenceView) -> list[tuple[Entity, NumberMention]]:
    """The (place, count of people) pairs a sentence lists, each count right after its place in the
    locative, or after the place's level word ("বজ্রপাতে রাজশাহীতে তিনজন, নওগাঁয় দুজন ও চাঁপাইনবাবগঞ্জে
    একজন নিহত হয়েছেন", "এর মধ্যে সিরাজগঞ্জে চারজন, পাবনায় তিনজন …", "কুড়িগ্রামে তিনজন … এবং
    নীলফামারীতে দুই শিশুর মৃত্যু"): two or more, else none."""
    if len(view.numbers) < 2:
        return []  # (most sentences)
    people = counts.person_nouns()
    by_token = {token: number for token, number in view.numbers if number.value and (
        number.classifier == PERSON_CLASSIFIER  # "৫ জন", "তিনজন"
        or ctx.stem(ctx.token_at(number.end - 1) + 1) in people)}  # "দুই শিশুর", "তিন শ্রমিক"
    if not by_token:
        return []
    # a list's numbers share its last one's noun ("সিরাজগঞ্জে চার, পাবনায় তিন ও নাটোরে দুইজনের",
    # "শ্রীলঙ্কায় ৩০ হাজার, ভারতে ১০ হাজার এবং থাইল্যান্ডে ৫ হাজার মানুষের"): a bare number before a
    # comma or a coordinator, with a count of people later in the sentence
    joiners = placing.list_joiners()
    last_person = max(by_token)
    by_token.update({token: number for token, number in view.numbers
                     if token < last_person and token not in by_token and number.value and not number.classifier
                     and ctx.word(ctx.token_at(number.end - 1) + 1) in joiners})
    if len(by_token) < 2:
        return []
    pairs = []
    spans = [ctx.token_span(ent) for ent in view.entities if ent.label == "LOC"]
    place_tokens = {k for first, last in spans for k in range(first, last + 1)}
    for ent in view.entities:
        if ent.label != "LOC" or ent.attrs.get("lat") is None or placing.is_reference_point(ctx, ent):
            continue
        last = ctx.token_span(ent)[1]
        number = by_token.get(last + 1)
        if number is None and last + 2 in by_token and ctx.stem(last + 1) in level_words():
            number = by_token[last + 2]  # "সিরাজগঞ্জ জেলায় চারজন"
        # (case_suffixes reads "পাবনা জেলায়" as the locative of its level word)
        if number is not None and placing.case_suffixes(ctx, ent) & LOCATIVE:
            pairs.append((ent, number))
        elif number is None and last + 3 in by_token and ctx.stem(last + 2) in level_words() \
                and last + 1 not in place_tokens and placing.case_suffixes(ctx, ent) & GENITIVE:
            # "নাইরোবির কাওয়াঙ্গওয়ারে এলাকায় একজন": a place the gazetteer lacks, inside the one before it
            pairs.append((ent, by_token[last + 3]))
    return pairs if len(pairs) >= 2 else []


def _split_by_place_tolls(pairs: list[tuple[Entity, NumberMention]], draft: Draft,
                          field: str | None = None) -> list[Draft]:
    """One event for each place of a sentence's list of places with their tolls (``pairs``, from
    :func:`_place_tolls`): ACLED's one event per place, each with its own dead (or injured). The draft's
    own count says which field the tolls are (``field``: for a sentence that only breaks down a toll
    told before it)."""
    if not pairs or not _counts_casualties(draft):
        return []
    if field is None:
        starts = {number.start for _, number in pairs}
        field = next((key for key, count in draft.counts.items() if count.start in starts), None)
        if field is None:
            return []
    copies = []
    for place, number in pairs:
        count = Count(text=number.text, value=int(number.value), qualifier=number.qualifier, start=number.start,
                      end=number.end)
        copies.append(replace(draft, place=place, place_lent=False, counts={field: count}, count_kinds={},
                              triggers=list(draft.triggers), sentences=list(draft.sentences),
                              sources=list(draft.sources), victims=[], listed=True))
    return copies


def _breakdown_by_place(ctx: DocContext, view: SentenceView, total: Draft) -> list[Draft]:
    """A sentence that breaks a toll told before down by place ("বজ্রপাতে পাঁচ জেলায় ১২ জনের মৃত্যু
    হয়েছে। এর মধ্যে সিরাজগঞ্জে চারজন, পাবনায় তিনজন …"): an event at each place with its share, when
    the shares add up to the total (which then is the story's sum, :func:`_drop_sums`)."""
    pairs = _place_tolls(ctx, view)
    if not pairs or not _counts_casualties(total):
        return []
    share = sum(int(number.value) for _, number in pairs)
    field = next((key for key in ("fatalities", "injuries")
                  if (count := total.counts.get(key)) is not None and count.value == share), None)
    if field is None:
        return []
    parts = _split_by_place_tolls(pairs, total, field)
    for part in parts:
        part.sentences = [view.index]
    return parts


def _add_new(known: list, found) -> None:
    """Append what is not yet there (sources and victims are the same when they start alike)."""
    for item in found:
        if all(item.start != old.start for old in known):
            known.append(item)


#: how far apart two towns (two districts) without a district (a state) in the gazetteer may lie and
#: still be one event's place (Baghdad and Fallujah, 57 km apart, are two events' places)
TOWNS_APART_KM, DISTRICTS_APART_KM = 30, 120


def _compatible_places(a: Entity | None, b: Entity | None) -> bool:
    """Two places can describe one event when one contains the other or they are the same."""
    if a is None or b is None:
        return True
    if a.key is not None and a.key == b.key:
        return True  # (places the gazetteer does not know have no key: two villages are not one)
    ca, cb = a.attrs.get("country"), b.attrs.get("country")
    if ca and cb and ca != cb:
        return False
    aa2, ba2 = a.attrs.get("admin2"), b.attrs.get("admin2")
    if aa2 and ba2:
        return aa2 == ba2
    levels = placing.place_level(a), placing.place_level(b)
    if min(levels) >= 3 and None not in (a.attrs.get("lat"), b.attrs.get("lat")):
        # towns without a district in the gazetteer: far apart they are two places, not one
        limit = TOWNS_APART_KM if min(levels) >= 4 else DISTRICTS_APART_KM
        return haversine_km(a.attrs["lat"], a.attrs["lon"], b.attrs["lat"], b.attrs["lon"]) <= limit
    aa1, ba1 = a.attrs.get("admin1"), b.attrs.get("admin1")
    if aa1 and ba1:
        return aa1 == ba1
    return True


def _is_background(draft: Draft, published) -> bool:
    return draft.date_explicit and _background_date(draft.date, published)


def _background_date(date: DateMention | None, published) -> bool:
    """A date more than :data:`BACKGROUND_DAYS` before or after publication (another month or year
    for a month's or a year's)."""
    if date is None or not date.value or published is None:
        return False
    value = date.value
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return abs((published - day).days) > BACKGROUND_DAYS
        if len(value) == 7:
            return value != published.strftime("%Y-%m")
        return value != str(published.year)
    except ValueError:
        return False


def _same_place(a: Draft, b: Draft) -> bool:
    """Both told at the same resolved place (a village counts as its upazila): an incident a long
    feature returns to many paragraphs later (one type, one place, one day is one event)."""
    if a.place is None or b.place is None:
        return False
    ka = a.place.key or a.place.attrs.get("parent")
    kb = b.place.key or b.place.attrs.get("parent")
    return ka is not None and ka == kb


#: how many sentences after an event a mention naming it back ("… আলফার ওই সদস্যকে গ্রেফতার করে") may
#: place it at a nearby town of another district and still be that event
TOLD_BACK_WINDOW = 2


def _compatible(old: Draft, new: Draft, published=None, named_back: bool = False, next_sentence: bool = False,
                close: bool = False) -> bool:
    """Whether ``new`` can be a further mention of ``old`` (``named_back``: its trigger is named
    back, "এই বিস্ফোরণে …": a toll that differs is a revised or claimed figure, not a new event;
    ``next_sentence``: ``new`` is told in the sentence right after ``old``'s last)."""
    if old.event_type != new.event_type or old.negated != new.negated:
        return False
    old_mode, new_mode = old.trigger.mode, new.trigger.mode
    if old_mode and new_mode and old_mode != new_mode and (
            old.event_type not in ONE_OPERATION_TYPES or DISTINCT_MODES & {old_mode, new_mode}):
        # A blockade the next day is not the vandalism of the clash; but one attack is often told
        # with several means (helicopter fire, then tank shells) — not the police's baton charge on a
        # crowd, which is an event of its own beside the clash or the bombing told before it.
        return False
    if old.date_explicit and new.date_explicit and old.date and new.date \
            and old.date.value != new.date.value and not _found_later(old, new):
        return False
    if old.date_explicit != new.date_explicit and (_is_background(old, published) or _is_background(new, published)) \
            and not (next_sentence and old.date_explicit):
        # (an undated mention right after a dated past event goes on telling it: "গত ১২ ডিসেম্বর …
        # হামলার শিকার হন তিনি। চলন্ত রিকশায় থাকা হাদির মাথা লক্ষ্য করে গুলি করে …")
        return False
    # (the event named back right after its telling is that event wherever near the gazetteer put its
    # second place: "আলমডাঙ্গা উপজেলায় … নিহত। … মহাসড়কের বেলগাছি এলাকায় এ দুর্ঘটনা ঘটে", a village
    # the gazetteer knows in the next district)
    # ("… পাঁচ পুলিশ সদস্য নিহত হয়েছেন। … গোলাগুলিতে আরও তিন পুলিশ সদস্য আহত হন; … দুই হামলাকারী নিহত":
    # "more" of what the event has not counted yet, the next sentence goes on with it, whatever else it
    # counts; not with a place of its own, "কাজাকি জেলায় … আরও পনেরো জন" a part of a total told before,
    # nor "আরও পাঁচ জন মারা যায়" after six dead, another toll)
    return (named_back and (next_sentence or close) and _near(old.place, new.place)
            or _compatible_places(old.place, new.place)) \
        and (named_back or not _counts_differ(old, new) or _toll_rises(old, new)
             or next_sentence and new.place is None and any(f not in old.counts for f in new.told_more))


def _toll_rises(old: Draft, new: Draft) -> bool:
    """An accident's toll told again as one more dead or as it has risen ("চারজনের লাশ উদ্ধার … আরও
    একজনের লাশ … মৃতের সংখ্যা বেড়ে সাতজনে"): one toll, not two accidents (:data:`RISING_TOLLS`)."""
    kinds = {old.count_kinds.get("fatalities", ""), new.count_kinds.get("fatalities", "")}
    return (old.event_type, "fatalities") in RISING_TOLLS and bool(kinds & {"increment", "risen"})


def _near(a: Entity | None, b: Entity | None) -> bool:
    """Two places of one country no further apart than two districts' seats may be."""
    if a is None or b is None or a.attrs.get("country") != b.attrs.get("country") \
            or None in (a.attrs.get("lat"), b.attrs.get("lat")):
        return False
    return haversine_km(a.attrs["lat"], a.attrs["lon"], b.attrs["lat"], b.attrs["lon"]) <= DISTRICTS_APART_KM


#: how many days after a killing its victim's body may be found and still be told as one event
FOUND_WITHIN_DAYS = 2
#: how many days after an attack or accident its victim may die under treatment, told as one event
#: ("গতকাল … হাসপাতালে চিকিৎসাধীন অবস্থায় মারা গেছেন। গত বৃহস্পতিবার … আগুন ধরে যায়")
DIED_WITHIN_DAYS = 30


def _found_later(a: Draft, b: Draft) -> bool:
    """One draft tells a body found, the other the killing, on a day up to two days before the
    finding ("মঙ্গলবার সকালে … মৃতদেহ উদ্ধার", then "সোমবার রাতে তাকে … খুন করা হয়"), or a death under
    treatment up to a month after the attack or accident."""
    if a.discovered == b.discovered:
        return False
    found, killed = (a, b) if a.discovered else (b, a)
    try:
        days = (dt.date.fromisoformat(found.date.value) - dt.date.fromisoformat(killed.date.value)).days
    except (TypeError, ValueError):
        return False  # month or year precision
    return 0 < days <= (DIED_WITHIN_DAYS if found.died_later else FOUND_WITHIN_DAYS)


def _counts_differ(a: Draft, b: Draft, fields=COUNT_FIELDS) -> bool:
    """Both tell a number of dead (injured, arrested …), and the numbers differ."""
    for key in fields:
        ca, cb = a.counts.get(key), b.counts.get(key)
        if ca and cb and ca.value is not None and cb.value is not None and ca.value != cb.value:
            return True
    return False


#: the (type, count) whose toll rises as bodies are found, one accident's ("আরও একজনের লাশ উদ্ধার, মৃত
#: বেড়ে ৭"); a disaster's running toll ("শীতে মৃত বেড়ে ৩২৭") is a season's, its "আরও ৫৬ জনের মৃত্যু" the day's
RISING_TOLLS = frozenset({("ACCIDENT", "fatalities")})


def _keep_count(draft: Draft, key: str, count: Count, kind: str) -> None:
    """The draft's count of ``key`` after another is told (:func:`counts.better`), and its kind."""
    if kind != "places" and (draft.event_type, key) not in RISING_TOLLS:
        kind = ""
    old = draft.counts.get(key)
    if key == "injuries" and old is not None and count.value != old.value \
            and _survivors({"fatalities": draft.counts.get("fatalities"), "injuries": old}) is None:
        old = None  # "গুরুতর জখম এক বিজেপি কর্মীর মৃত্যু হল", then "দু’পক্ষের জনা দশেক আহত হন": the one hurt died
    kept = counts.better(old, count, draft.count_kinds.get(key, ""), kind)
    if kept is count:
        draft.counts[key] = count
        draft.count_kinds[key] = kind
    elif kind == "places" and old is not None and old.value == count.value:
        draft.count_kinds[key] = kind  # (a headline's "মৃত চার", then "তিন জেলায় … চার জনের": the same total)


def _merge(old: Draft, new: Draft) -> None:
    old.triggers.extend(new.triggers)
    old.sentences.extend(s for s in new.sentences if s not in old.sentences)
    if not old.trigger.mode and new.trigger.mode in MEANS_MODES:
        old.trigger = new.trigger  # a later, more specific wording tells how (হামলা → বিমান হামলা)
    if old.actor is None and new.actor is not None or new.two_sided and not old.two_sided:
        # a later sentence naming both sides of a clash tells more than a headline's single name
        old.actor, old.target, old.two_sided = new.actor, new.target or old.target, new.two_sided
    old.target = old.target or new.target
    if new.place is not None and (old.place is None or old.place_lent and not new.place_lent
                                  or placing.place_level(new.place) > placing.place_level(old.place)
                                  # (a district's town told before its trigger; one listed after
                                  # it, "সমাবেশে ডোমজুড়, বালি-জগাছা … এলাকার মানুষেরা যোগ দেন", says
                                  # who came, not where)
                                  or new.place.start < new.trigger.start
                                  and placing.tells_more_exactly(old.place, new.place)):
        # (its own place over a byline's)
        old.place, old.place_lent, old.byline_place = new.place, new.place_lent, new.byline_place
    if not old.date_explicit and new.date_explicit or old.discovered and not new.discovered and new.date_explicit:
        # (the day of the killing, not of the finding of the body)
        old.date, old.date_explicit = new.date, True
        old.discovered = old.discovered and new.discovered
    elif new.discovered and not old.discovered and (
            not new.date_explicit or new.date is not None and old.date is not None and new.date.value == old.date.value):
        # a headline that tells no finding, then "… আরও একজনের লাশ উদ্ধার করা হয়েছে" the same day: the
        # event is told by its bodies found, its own day still to come ("গত রোববার … দুর্ঘটনাটি ঘটে")
        old.discovered, old.died_later = True, new.died_later
    for key, value in new.counts.items():
        _keep_count(old, key, value, new.count_kinds.get(key, ""))
    _add_new(old.sources, new.sources)
    _add_new(old.victims, new.victims)
    old.hedged = old.hedged or new.hedged


def _antecedent(drafts: list[Draft], view: SentenceView, gap, headline: frozenset[int] | set[int] = frozenset()) -> Draft | None:
    """The event a trigger-less sentence adds to: for casualty counts the latest event that can
    have casualties, for arrests the latest arrest, else the latest event. A body sentence ("…
    ঘটনাটি ঘটে") tells of the body's event, not of the headline's when the body has told one."""
    fields = {m.entry.get("field") for m in view.counts}
    if fields & {"fatalities", "injuries", "missing"}:
        # (a bandh or a march has no dead of its own: "দু’পক্ষের জনা দশেক আহত হন" after a headline's
        # "…, আজ জেলায় বন্‌ধ" are the clash's)
        return next((d for d in reversed(drafts) if _counts_casualties(d) and not d.negated), None)
    elif "arrests" in fields:
        wanted = {"COERCE"}
    else:
        # "… এই ঘটনা ঘটে": "the incident" is the violence, accident or protest, not the police
        # deployment or arrests that followed it.
        wanted = CASUALTY_TYPES
        near = [d for d in drafts if gap(d.sentences[-1], view.index) <= COREF_WINDOW + 1]
        # the lead event: news reports open with the incident (violence first), then its sequel
        lead = [d for d in near if d.event_type in wanted and not d.negated]
        if not lead:
            return drafts[-1]
        if view.index not in headline:
            lead = [d for d in lead if not set(d.sentences) <= headline] or lead
        # … unless the sentence just before began to tell violence, an accident or a disaster with no
        # place yet, after ones that have a place: a digest page's brief run on without its byline
        # ("যুবক খুন … নিহত হয়েছেন এক যুবক। ঘটনাটি ঘটেছে … মিলনপল্লি এলাকায়"); a protest after a blast is
        # not "the incident"
        fresh = [d for d in lead if d.place is None and gap(d.sentences[0], view.index) == 1
                 and d.event_type != "PROTEST"]
        if fresh and all(d.place is not None for d in lead if d not in fresh):
            return fresh[0]
        # … among those told recently: a long story's lead does not own a later brief's "ঘটনাটি ঘটেছে"
        return min(lead, key=lambda d: (gap(d.sentences[0], view.index) > COREF_WINDOW + 1, d.sentences[0],
                                        LEAD_ORDER.index(d.event_type)))
    return next((d for d in reversed(drafts) if d.event_type in wanted and not d.negated), None)


def _another_time(view: SentenceView, draft: Draft, in_story: list[Draft], published) -> bool:
    """A sentence without a trigger dated long before the draft's current event tells another one
    ("… দেহ আটকে … অবরোধ চলে। … গত ১৮ নভেম্বর … মৃত্যু হয়েছিল এক মহিলার"): its date and its toll
    are not the draft's."""
    date = next((d for _, d in view.dates if d.value), None)
    if date is None or not _background_date(date, published):
        return False
    if draft.date_explicit:
        return not _is_background(draft, published)
    # (an event told without a date may be given its date by a later sentence, unless it follows
    # the story's current event: the blockade after the day's killing)
    return any(o.date_explicit and not _is_background(o, published) and o.sentences[0] < draft.sentences[0]
               for o in in_story)


def _named_back(view: SentenceView, draft: Draft, refers: str = "") -> bool:
    """The draft's trigger names an event told before: it is part of a phrase pointing back
    (হামলাটি, এই হামলায়) or follows a demonstrative (এই বিস্ফোরণে, ওই হামলার); with ``refers``, one of
    that kind only ("several": a plural one, এসব হামলা)."""
    token = draft.trigger_token
    return any((m.first <= token < m.last or (m.last == token and m.entry.get("before") == "trigger"))
               and (not refers or m.entry.get("refers") == refers) for m in view.anaphora)


def _genitive_before(ctx: DocContext, trigger: Trigger, role: str, last: int | None = None) -> bool:
    """The trigger, in the genitive, comes right before a marker of ``role`` (``role_markers.tsv``);
    ``last``: the token that carries the genitive, when not the trigger's own last one."""
    if last is None:
        last = trigger.attrs.get("last_token", trigger.attrs.get("first_token", 0) + 1) - 1
    return last + 1 < len(ctx.tokens) and not roles.GENITIVE.isdisjoint(ctx.tokens[last].suffixes) \
        and ctx.stem(last + 1) in roles.markers().get(role, roles.NO_MARKERS)


def _a_time_reference(ctx: DocContext, draft: Draft) -> bool:
    """The trigger, in the genitive, is the time its sentence tells another event by ("26 ডিসেম্বরে
    সুমাত্রা উপকুলে ভূমিকম্পের পরে আজকের কম্পনের তীব্রতাই ছিল সবচেয়ে বেশি": আজকের dates the new tremor,
    not the December earthquake): ``role_markers.tsv`` role ``time_reference``."""
    last = draft.trigger.attrs.get("last_token", draft.trigger_token + 1) - 1
    markers = roles.markers()
    if ctx.stem(last + 1) in markers.get("attributive", roles.NO_MARKERS) \
            and not roles.GENITIVE.isdisjoint(ctx.tokens[last + 1].suffixes):
        last += 1  # "ছিনতাই হওয়ার সময়", "হামলা হওয়ার পরে": the participle carries the genitive
    return _genitive_before(ctx, draft.trigger, "time_reference", last)


#: the classifiers that make a noun definite ("ভূমিকম্পটি": the earthquake, one told before)
DEFINITE_SUFFIXES = frozenset({"টি", "টা"})


def _definite(ctx: DocContext, draft: Draft) -> bool:
    """The trigger's word carries a definite classifier: "সোমবার ভোরে ভূমিকম্পটি আঘাত হানে" names back the
    earthquake of the lead, whose toll the story has since revised."""
    first = draft.trigger_token
    last = draft.trigger.attrs.get("last_token", first + 1)
    return any(not DEFINITE_SUFFIXES.isdisjoint(ctx.tokens[k].suffixes) for k in range(first, last))


def _counts_named_back(ctx: DocContext, view: SentenceView, draft: Draft) -> bool:
    """A count of the draft follows a demonstrative ("ওই পাঁচ জন", "সেই দু'জনের"): people the story
    has told, not a new toll that would make this another event."""
    for count in draft.counts.values():
        if count.value is None or count.start is None:
            continue
        token = ctx.token_at(count.start)
        if token > view.first and ctx.tokens[token - 1].text in demonstratives():
            return True
    return False


@lru_cache(maxsize=1)
def demonstratives() -> frozenset[str]:
    """The words that name back what follows them (``anaphora.tsv`` before = trigger: এই, ওই, সেই …)."""
    return frozenset(row["term"] for row in cues.anaphora_cues().rows if row.get("before") == "trigger")


def _names_its_people(ctx: DocContext, view: SentenceView, draft: Draft) -> bool:
    """The draft's trigger is a noun for the people of an event told before (ধৃতদের, ধৃতরা:
    ``anaphora.tsv`` refers = people), or an arrest participle before a head count in the genitive
    or accusative ("ধৃত চার জনেরই বাড়ি …", "ধৃত দু'জনকে আদালতে তোলা হয়")."""
    token = draft.trigger_token
    if view.anaphora and any(m.first <= token < m.last and m.entry.get("refers") == "people" for m in view.anaphora):
        return True
    if draft.trigger.mode != "arrest":
        return False  # "নিহত তিন জনের মধ্যে …" tells the dead of this very sentence's event
    after = draft.trigger.attrs.get("last_token", token + 1)
    for first, number in view.numbers:
        if first == after:
            last = ctx.tokens[ctx.token_at(number.end - 1)]
            # ("চার জনেরই", or fused: "দুজনকে" is দু + জন + কে)
            return (last.stem == "জন" or "জন" in last.suffixes) and bool(set(last.suffixes) & PEOPLE_CASES)
    return False


#: the cases of a head count that refer back to people already told (জনের, জনকে)
PEOPLE_CASES = GENITIVE | {"কে"}


def build_drafts(doc: Document, ctx: DocContext, story_of: StoryIndex | None = None) -> list[Draft]:
    drafts: list[Draft] = []
    layout = doc.meta.get("layout", {})
    skip = {layout.get("dateline_sentence"), layout.get("byline_sentence")} - {None}
    skip.update(layout.get("boilerplate_sentences", []))
    skip.update(b["byline_sentence"] for b in layout.get("briefs", []))
    headline = ctx.headline_sentences
    story_of = story_of or StoryIndex(layout, ctx)
    stories = story_of.of_sentences(len(ctx.sentences))  # (asked for every draft at every sentence)
    # Distances count distinct sentences: a page that repeats every sentence (the BBC Bangla
    # scrape) must not push a later mention out of the coreference window.
    rank: list[int] = []
    distinct = 0
    for view in ctx.sentences:
        rank.append(distinct)
        if view.duplicate_of is None:
            distinct += 1

    def gap(earlier: int, later: int) -> int:
        return rank[later] - rank[earlier]

    # per story: sentences that told dead or injured before any event of the story was named
    # ("… চাকায় পা কাটা পড়ে এক মহিলার মৃত্যু হয়েছে", then "ওই দুর্ঘটনা ঘটে")
    untold: dict[int, list[SentenceView]] = {}
    by_story: dict[int, list[Draft]] = {}  # story -> its drafts (those of ``drafts``), in order
    for view in ctx.sentences:
        if view.duplicate_of is not None or view.index in skip:
            continue
        if not (view.triggers or view.anaphora or view.counts or len(view.numbers) >= 2):
            continue  # drafts nothing, adds to no event (two numbers: maybe a toll's breakdown by place)
        new_drafts = _drafts_for_sentence(ctx, view)
        for d in new_drafts:
            _fill_from_sentence(ctx, view, d, main=True)
        # "রাজশাহীতে তিনজন, নওগাঁয় দুজন … নিহত": an event at each place, with its toll; else one
        # event for each place of a list before the trigger
        tolls = _place_tolls(ctx, view) if new_drafts else []
        by_place = [_split_by_place_tolls(tolls, d) for d in new_drafts]
        new_drafts = [copy for d, copies in zip(new_drafts, by_place) for copy in (copies or [d])]
        if not any(by_place):
            listed = []
            for d in new_drafts:
                if copies := _list_copies(ctx, view, d):
                    listed += copies
                    # (nor does the first place of the list keep its total)
                    d.counts = {k: c for k, c in d.counts.items() if c.value is None}
            new_drafts += listed
        # a digest page's briefs are separate stories: nothing refers across them
        story = stories[view.index]
        in_story = by_story.setdefault(story, [])  # (the drafts of ``drafts`` in this story, in order)
        if not new_drafts:
            if view.counts and any(_running_toll(ctx, view, t) for t in view.triggers):
                continue  # a statistic's toll ("জানুয়ারি থেকে নভেম্বর পর্যন্ত … 5,412 জনের") is no event's
            if in_story and len(view.numbers) >= 2:
                target = _antecedent(in_story, view, gap, headline)
                parts = _breakdown_by_place(ctx, view, target) \
                    if target is not None and gap(target.sentences[-1], view.index) <= COREF_WINDOW + 1 else []
                if parts:
                    drafts.extend(parts)
                    in_story.extend(parts)
                    continue
            if (view.anaphora or view.counts) and in_story and not _tells_a_plan(ctx, view):
                target = _antecedent(in_story, view, gap, headline)
                if target is not None and gap(target.sentences[-1], view.index) <= COREF_WINDOW + 1 \
                        and not _another_time(view, target, in_story, doc.published):
                    _fill_from_sentence(ctx, view, target, main=False)
                    target.sentences.append(view.index)
            elif not in_story and {m.entry.get("field") for m in view.counts} & {"fatalities", "injuries"}:
                untold.setdefault(story, []).append(view)
            continue
        if not in_story and untold.get(story):
            # the first event a story names back ("ওই দুর্ঘটনা ঘটে") is the one its lead told
            for d in new_drafts:
                if d.event_type in CASUALTY_TYPES and d.named_back:
                    for lead in untold[story]:
                        if gap(lead.index, view.index) <= COREF_WINDOW + 1:
                            _fill_from_sentence(ctx, lead, d, main=False)
                            d.sentences.insert(0, lead.index)
        # a phrase pointing back (এ ঘটনায়) ties the whole sentence to the story; a demonstrative
        # before a trigger (এই বিস্ফোরণে) only names that trigger's event back
        points_back = bool(view.anaphora) and any(m.entry.get("before") != "trigger" for m in view.anaphora)
        for d in new_drafts:
            if d.negated and d.named_back:
                # "এই হামলার দায় স্বীকার করেনি": the attack named back is not what is denied
                d.negated = False
        if points_back and in_story:
            # "এ ঘটনায় পুলিশ ৭ জনকে গ্রেপ্তার করেছে": a follow-up event without a date of its
            # own happened around the event the sentence points back to.
            antecedent = next((o for o in reversed(in_story) if o.date_explicit and not o.negated), in_story[-1])
            for d in new_drafts:
                if not d.date_explicit and antecedent.date is not None:
                    d.date = antecedent.date
                if d.place is None:
                    # "এই হামলায় 12 জন মারা গিয়েছেন": the attack just told, not the story's lead
                    same = next((o for o in reversed(in_story) if o.event_type == d.event_type and not o.negated
                                 and o.place is not None and gap(o.sentences[-1], view.index) <= COREF_WINDOW),
                                antecedent)
                    d.place = same.place
        # a brief printed again tells what its first printing told, however far back
        reprint = story_of.reprinted(view.index)
        for d in new_drafts:
            # ("এ দিকে", meanwhile, turns away only to an event told with a place of its own)
            d.turned = view.turns_away and not d.named_back \
                and (d.place is not None or any(m.entry.get("kind") != "meanwhile" for m in view.turns))
            d.another = bool(view.others)
            # "পরে সংঘর্ষে ওই পাঁচ জন মারা যায়": people told before, a part of a toll already given
            told_back = d.named_back or bool(d.counts) and _counts_named_back(ctx, view, d)
            d.tally = ctx.tallied(view, d.trigger_token)
            merged = False
            if (told := _only_a_time_reference(ctx, d, in_story)) is not None:
                told.sentences.append(view.index)  # "ছিনতাই হওয়ার সময় সেটিতে ৩০ রাউণ্ড গুলি ছিল"
                continue
            # "সোকোতো রাজ্যে এসব হামলা চালানো হয়েছে": the story's attacks told together, which add to
            # the one they join; "টিটিপি এসব হামলা চালাচ্ছে": attacks of that kind, no event of its own
            several_back = bool(view.anaphora) and _named_back(view, d, refers="several")
            if (cause := _caused_by(d, in_story, points_back, view.index, gap)) is not None:
                _merge(cause, d)  # "… পাহাড়ধসে … মৃত্যু। … এতে ঘরের ভেতরে থাকা পাঁচজন চাপা পড়েন": the landslide's
                continue
            also = d.place is not None and placing.told_as_also(ctx, d.place)
            for old in reversed(in_story):
                if _earlier_one_of_its_kind(old, d, doc.published):
                    continue  # "ঠিক যেমন কেঁপেছিল 26 ডিসেম্বর": an earlier one the story compares, not this one
                if old.sums or d.sums:
                    # a sum of several events is not one of them (_drop_sums); a headline's figure
                    # ("জঙ্গি হানা, হত ৫৬") is the sum the body then gives ("দু’টি হামলায় … ৫৬ জন")
                    if d.sums and set(old.sentences) <= headline and _compatible(old, d, doc.published):
                        _merge(old, d)
                        old.sums = d.sums
                        merged = True
                        break
                    continue
                if d.listed and (old.place is None or old.place.key != d.place.key):
                    continue  # a list's other place is an event of its own, not one told at its neighbour
                if also and old.place is not None and old.place.key != d.place.key \
                        and not _one_locality(old.place, d.place):
                    continue  # "কাকদ্বীপ এলাকাতেও ঝড়ে …": the storm at one more place, an event of its own
                # "অন্য দিকে, …" turns to another event: nearness alone does not join it to one told
                distance = gap(old.sentences[-1], view.index)
                near = (distance <= COREF_WINDOW or reprint) and not d.turned
                if (near or points_back and not d.turned or _same_place(old, d) or d.tally) \
                        and _compatible(old, d, doc.published, told_back or d.tally,
                                        next_sentence=distance == 1 and not d.turned,
                                        close=distance <= TOLD_BACK_WINDOW and not d.turned):
                    _merge(old, d)
                    merged = True
                    break
            if not merged and not d.tally and not several_back:
                drafts.append(d)
                in_story.append(d)  # (a new draft's first sentence is in this story)
    return drafts


def _only_a_time_reference(ctx: DocContext, draft: Draft, in_story: list[Draft]) -> Draft | None:
    """The event of the story a trigger names only as the time of something else ("ছিনতাই হওয়ার
    সময় সেটিতে ৩০ রাউণ্ড গুলি ছিল": at the time of the snatching told before), with no day and no
    toll of its own: no new telling, the latest event of its type the story told."""
    if draft.date_explicit or any(c.value for c in draft.counts.values()) or not _a_time_reference(ctx, draft):
        return None
    return next((o for o in reversed(in_story) if o.event_type == draft.event_type and not o.negated), None)


#: the accidents an attack causes (a strike brings a building down or sets it on fire): told in the
#: sentence right after the attack, with no day of their own, they are its damage
ATTACK_DAMAGE_MODES = frozenset({"building-collapse", "fire"})


def _caused_by(draft: Draft, in_story: list[Draft], points_back: bool, sentence: int, gap) -> Draft | None:
    """The event an accident told right after it is a consequence of: a sentence pointing back
    ("এতে …", anaphora.tsv) tells the crushing, drowning or collapse the landslide, storm or flood
    just told caused; and the next sentence after an attack tells the building it brought down or
    set on fire ("… ক্ষেপণাস্ত্র হামলায় … নিহত। … একটি নয়তলা আবাসিক ভবনের ওপরের তিনটি তলা ধসে পড়ে")
    (as :func:`_without_consequences` does within one sentence)."""
    if draft.event_type != "ACCIDENT" or not in_story or draft.negated:
        return None
    cause = max(in_story, key=lambda o: max(o.sentences))  # (the event told last)
    if cause.negated or not _compatible_places(cause.place, draft.place):
        return None
    distance = gap(max(cause.sentences), sentence)
    if cause.event_type == "DISASTER" and points_back and distance <= COREF_WINDOW:
        return cause
    if cause.event_type == "ASSAULT" and draft.trigger.mode in ATTACK_DAMAGE_MODES and not draft.date_explicit \
            and gap(max(t.sentence for t in cause.triggers or [cause.trigger]), sentence) == 1:
        return cause  # (the attack itself told in the sentence before, not only its follow-ups)
    return None


#: how many of a brief's sentences must repeat an earlier brief's for it to be that brief reprinted
REPRINT_MIN_SENTENCES = 2


class StoryIndex:
    """sentence index -> 0 for the main story, k for the k-th later brief of a digest page (call
    it). A brief that opens with an earlier brief's headline word for word (``ctx``'s duplicate
    sentences), or most of whose sentences (two at least) repeat one earlier brief's, is that brief
    printed again, with small edits or under another headline: it takes the earlier one's index."""

    def __init__(self, layout: dict, ctx: DocContext | None = None):
        self._starts = starts = [b["first_sentence"] for b in layout.get("briefs", [])]
        self._story = story = list(range(len(starts) + 1))
        if ctx is None:
            return
        n = len(ctx.sentences)
        for k, (first, end) in enumerate(zip(starts, starts[1:] + [n]), start=1):
            if first >= n:
                continue
            if (earlier := ctx.sentences[first].duplicate_of) is not None:
                story[k] = self(earlier)
                continue
            repeats = Counter(self(d) for i in range(first, min(end, n))
                              if (d := ctx.sentences[i].duplicate_of) is not None)
            if repeats:
                source, count = repeats.most_common(1)[0]
                if count >= REPRINT_MIN_SENTENCES and 2 * count >= end - first:
                    story[k] = source

    def __call__(self, sentence: int) -> int:
        return self._story[bisect.bisect_right(self._starts, sentence)]

    def of_sentences(self, n: int) -> list[int]:
        """The story of each of the first ``n`` sentences (one call, not one per sentence)."""
        if not self._starts:
            return [self._story[0]] * n  # (most articles: one story)
        return [self(i) for i in range(n)]

    def reprinted(self, sentence: int) -> bool:
        """The sentence is in a brief printed again: it tells what the first printing told."""
        brief = bisect.bisect_right(self._starts, sentence)
        return self._story[brief] != brief


def _fold_headlines(drafts: list[Draft], headline: set[int], section_of=lambda sentence: 0,
                    planned: set[tuple[int, str, str | None]] = frozenset(), published=None) -> list[Draft]:
    """A headline restates the story: its event joins the first body event of the same type in its
    story (a digest page's brief has its own headline), even when the headline's shorthand place
    ("পাক আদালতে") or figure does not match the body's. A headline's event that its body tells only
    as planned (``planned``: unrealised triggers by sentence, type and mode) is that plan ("আজ জেলায়
    বন্‌ধ", then "বুধবার … বন্‌ধ ডেকেছে বিজেপি": a bandh called, not held yet), no event; so is a headline's
    event of the day of publication the body does not tell at all (a preview; the gold's 1021029_29raj25:
    "a call reported before it happened -> not coded")."""
    if not headline:
        return drafts
    kept: list[Draft] = []
    for d in drafts:
        if planned and all(t.sentence in headline for t in d.triggers) and any(
                (kind, mode) == (d.event_type, d.trigger.mode) and sentence not in headline
                and section_of(sentence) == section_of(min(d.sentences)) for sentence, kind, mode in planned):
            continue
        if set(d.sentences) <= headline:
            story = section_of(min(d.sentences))
            body = next((b for b in drafts if b.event_type == d.event_type and not set(b.sentences) <= headline
                         and b.negated == d.negated and section_of(min(b.sentences)) == story), None)
            if body is not None:
                place = body.place
                _merge(body, d)
                body.place = place or body.place  # the body's place, not the headline's shorthand
                body.sentences.sort()
                continue
            if published is not None and d.date_explicit and d.date is not None \
                    and d.date.value == published.isoformat():
                continue  # "…, আজ জেলায় বন্‌ধ" and no word of it in the body: today's bandh, called, not held
        kept.append(d)
    return kept


#: how many events a mention may count and still sum a story's events ("পৃথক পাঁচটি দুর্ঘটনায়"); more
#: are a statistic ("৫১৭টি দুর্ঘটনায় ৫৩২ জন", "চলতি বছর নগরে অন্তত ১৮টি হত্যাকাণ্ড ঘটেছে"); a clash's
#: shells or bombs ("১০টি ককটেলের বিস্ফোরণ") count no events (munition_words)
STATISTIC_EVENTS = 10
STATISTIC_TYPES = frozenset({"ACCIDENT", "DISASTER", "ASSAULT", "PROTEST", "COERCE"})


#: the specificity of a town (a city, an upazila or block): a toll told there is that town's
LOCAL_LEVEL = placing.SPECIFICITY["city"]


#: the discovery_cues.tsv kind of a death told after the event (in hospital, under treatment)
LATER_DEATH = "later_death"


def _drop_sums(drafts: list[Draft], section_of=lambda sentence: 0) -> list[Draft]:
    """A mention that counts several events ("দু’টি হামলায় একই দিনে অন্তত ৫৬ জন") sums the events its
    story then tells one by one: when the story tells at least that many of that type after it, the
    sum is no event of its own (coders code the attacks, not their total). So is a toll that adds up
    the tolls told after it at places of their own (:func:`_total_of`); when those have no place,
    they are its breakdown and join it. A history ("… তিনবার গ্রেপ্তার হয়েছিলেন") is no event either."""
    kept = []
    merged_parts: set[int] = set()  # (ids of) the drafts merged into a total as its parts
    for d in drafts:
        if id(d) in merged_parts:
            continue
        if d.repeated:
            continue  # "… তিনবার গ্রেপ্তার হয়েছিলেন": the arrests of years, told as a count
        if d.sums >= STATISTIC_EVENTS and d.event_type in STATISTIC_TYPES:
            continue  # "৬ হাজার ২১৮টি সড়ক দুর্ঘটনায় …": a statistic of the year, not an event
        if d.sums or d.counts.get("fatalities") is not None:
            story, start = section_of(d.sentence), d.sentence
            told = [o for o in drafts if o is not d and o.event_type == d.event_type
                    and section_of(min(o.sentences)) == story and min(o.sentences) > start]
            if d.sums and len(told) >= d.sums:
                continue
            if parts := _total_of(d, told):
                # (a toll told at a town of its own is that town's event, not the total of the events
                # told after it in other districts, whatever it adds up to: "কামারখন্দে … চারজন", then two
                # in Mirzapur and two in Birganj; tolls at villages of that town are its breakdown)
                local = d.place is not None and not d.place_lent and placing.place_level(d.place) >= LOCAL_LEVEL \
                    and any(o.place is not None and o.place.attrs.get("admin2") != d.place.attrs.get("admin2")
                            for o in parts)
                if any(o.place is not None for o in parts):
                    if not local:
                        continue  # the tolls of incidents told at their places: the story's total
                    kept.append(d)
                    continue
                # parts told without a place of their own are the total's breakdown, its sides' dead
                # ("সঙ্ঘর্ষে মোট 82 জনের মৃত্যু", then "30 জন সেনা প্রাণ হারান", "52 জন জঙ্গির
                # মৃত্যু"): one event with the total
                total = d.counts["fatalities"]
                for part in parts:
                    _merge(d, part)
                    merged_parts.add(id(part))
                d.counts["fatalities"] = total
                d.sentences.sort()
        kept.append(d)
    return kept


def _fold_lead_arrests(drafts: list[Draft], section_of=lambda sentence: 0) -> list[Draft]:
    """An arrest a story's lead tells without a date ("… কুপিয়ে হত্যা করা হয়েছে; এ ঘটনায় দুজনকে গ্রেপ্তার
    করেছে পুলিশ") is the one its body then tells with its day and place ("বুধবার ভোরে দাগনভূঞা পৌর
    শহরের … অভিযান চালিয়ে … দুজনকে আটক করা হয়") when as many people are arrested: one event, the
    body's."""
    folded: set[int] = set()
    for d in drafts:
        arrests = d.counts.get("arrests")
        if d.event_type != "COERCE" or d.date_explicit or arrests is None or not arrests.value:
            continue
        story = section_of(min(d.sentences))
        body = next((o for o in drafts if o is not d and id(o) not in folded and o.event_type == "COERCE"
                     and o.trigger.mode == d.trigger.mode and o.date_explicit and min(o.sentences) > max(d.sentences)
                     and section_of(min(o.sentences)) == story and (c := o.counts.get("arrests")) is not None
                     and c.value == arrests.value and _compatible_places(d.place, o.place)), None)
        if body is not None:
            _merge(body, d)
            body.sentences.sort()
            folded.add(id(d))
    return [d for d in drafts if id(d) not in folded]


def _total_of(draft: Draft, later: list[Draft]) -> list[Draft]:
    """The events whose dead the draft's dead sum up, when they are two or more events its story
    tells after it ("76 জন নিহত", then "… মারা যান 71 জন" and "… মৃত্যু হয়েছে পাঁচ জনের"): the story's
    total; none when they do not sum to it. (Tried in the thirty-first session, not kept: the first
    tolls told after it adding up to it, "এক দিনে অন্তত ১১ জন" then 7 and 4; it also made a raid's
    "হত ১৭" the total of its two sides' dead told apart, "১১ জন পুলিশকর্মী … ছয় মাওবাদী".)"""
    total = draft.counts.get("fatalities")
    if total is None or not total.value:
        return []
    counted = [o for o in later if (c := o.counts.get("fatalities")) is not None and c.value]
    if len(counted) >= 2 and sum(o.counts["fatalities"].value for o in counted) == total.value:
        return [o for o in later if o.counts.get("fatalities") is not None]
    return []


def _merge_atomic(drafts: list[Draft], story_of=lambda d: 0, published: dt.date | None = None) -> list[Draft]:
    """ACLED's atomic rule, applied last: one event per type, place and day. Mentions of the same
    type at the same resolved place (or one inside the other's district) on the same day are one
    event, however far apart the article tells them (a march and the blockade it became, a
    lynching a long feature returns to).  ``story_of`` keeps apart what must stay apart; so does
    a date told later that lies weeks before ``published`` when the event it would join has none
    (:func:`_earlier_one_of_its_kind`)."""
    kept: list[Draft] = []
    for d in drafts:
        story = story_of(d)
        # (the cheap type test of _same_atomic_event first: most pairs differ in type)
        twin = next((k for k in kept if _same_atomic_event(k, d) and story_of(k) == story), None)
        if twin is None or _earlier_one_of_its_kind(twin, d, published):
            kept.append(d)
        else:
            _merge(twin, d)
    return kept


def _earlier_one_of_its_kind(told: Draft, later: Draft, published: dt.date | None) -> bool:
    """A mention told after an undated event, at its place, as another of its kind ("একই ভাবে",
    other_event_cues.tsv), with a date of its own that ends more than a week before publication,
    is an earlier event of that kind, not the one the article is about ("চেচনিয়ায় ট্রেনে বিস্ফোরণ,
    নিহত ৪০ … প্রসঙ্গত, সেপ্টেম্বরেই এক যাত্রিবাহী ট্রেনে একই ভাবে বিস্ফোরণ হয়েছিল", in a paper
    of 6 December): the undated one is the day's news. (Without the cue, a dated mention after an
    undated one is mostly that event told in full: a feature's headline, then its history.)"""
    if published is None or not later.another or (told.date and told.date.value) or not later.date_explicit \
            or not (later.date and later.date.value):
        return False
    _, last_day = date_span(later.date.value, later.date.precision)
    return last_day is not None and (published - last_day).days > WEEK_DAYS


def _same_atomic_event(a: Draft, b: Draft) -> bool:
    if a.event_type != b.event_type or a.negated != b.negated or a.place is None or b.place is None:
        return False
    if a.turned and a.place_lent or b.turned and b.place_lent:
        return False  # "অন্য দিকে …" with no place of its own: the story's place is no reason to join
    if a.event_type == "ASSAULT" and _counts_differ(a, b, ("fatalities",)):
        return False  # "১৫ জন নিহত … আত্মঘাতী বোমা বিস্ফোরণে ৫০ জন প্রাণ হারান": two attacks
    undated = not (a.date and a.date.value) or not (b.date and b.date.value)
    if (a.byline_place and not b.place_lent or b.byline_place and not a.place_lent) \
            and a.place.attrs.get("country") == b.place.attrs.get("country") \
            and (undated or not (a.date_explicit and b.date_explicit) or a.date.value == b.date.value):
        # told first with only its reporter's byline town ("নিজস্ব সংবাদদাতা, বর্ধমান: … গাড়িচালক
        # খুন"), then at its own place ("ইনচুরা গ্রামের কাছে … খুন করে"): one event, at its own place
        return True
    if undated:
        # a mention with no date of its own at the very place of a dated one is that event again
        # ("… গ্রেফতার করা হয়েছে … পরে আরও দু'জনকে গ্রেফতার করা হয়")
        return a.place.key is not None and a.place.key == b.place.key
    if not (a.date.value == b.date.value and len(a.date.value) == 10):
        return _one_toll_a_day_apart(a, b)
    if a.place.key is not None and a.place.key == b.place.key:
        return True
    ka, kb = a.place.attrs.get("admin2"), b.place.attrs.get("admin2")
    both_local = placing.place_level(a.place) >= 3 and placing.place_level(b.place) >= 3
    return both_local and ka is not None and ka == kb and _compatible_places(a.place, b.place) \
        and _one_locality(a.place, b.place)


def _one_toll_a_day_apart(a: Draft, b: Draft) -> bool:
    """The same death toll at the very place on two days in a row is one event told by two sources
    that date it differently: the wire's "আজ সকাল পৌনে দশটায় … হেলিকপ্টার ভেঙে পড়ায় দু’জন … মারা
    গিয়েছেন" and the paper's own "বুধবার এই হেলিকপ্টার ভেঙে পড়ায় দু’জন মারা গিয়েছেন".
    Accidents and disasters only, and more than one dead: one killing a day in one town is a series
    ("রানাঘাটে সোমবার রাতে … খুন … এই নিয়ে দিন কয়েকের মধ্যে তিন জন খুন হলেন")."""
    if a.event_type not in NO_ROLE_TYPES or a.place.key is None or a.place.key != b.place.key:
        return False
    ca, cb = a.counts.get("fatalities"), b.counts.get("fatalities")
    if not (ca and cb and ca.value and ca.value > 1 and ca.value == cb.value):
        return False
    try:
        days = dt.date.fromisoformat(a.date.value) - dt.date.fromisoformat(b.date.value)
    except ValueError:
        return False
    return abs(days.days) == 1


#: how far apart two towns or villages of one district may lie and still be one event's place
ONE_LOCALITY_KM = 5.0
DISTRICT_LEVEL = placing.SPECIFICITY["admin2"]


def _one_locality(a: Entity, b: Entity) -> bool:
    """Two places of one district name one event's location when one of them is the district, one
    contains the other (a village and its block), they share a name, or they lie a few km apart.
    Two towns of a district are two locations, as ACLED codes them ("সুতাহাটার দেউলপোতা গ্রামে" and
    "মহিষাদলের গড়কমলপুরে" are two storm deaths)."""
    if min(placing.place_level(a), placing.place_level(b)) <= DISTRICT_LEVEL:
        return True
    if a.name and a.name == b.name:
        return True
    parent_a, parent_b = a.attrs.get("parent"), b.attrs.get("parent")
    if parent_a is not None and parent_a in (b.key, parent_b) or parent_b is not None and parent_b == a.key:
        return True
    if None in (a.attrs.get("lat"), b.attrs.get("lat")):
        return True
    return haversine_km(a.attrs["lat"], a.attrs["lon"], b.attrs["lat"], b.attrs["lon"]) <= ONE_LOCALITY_KM


def _no_future_events(ctx: DocContext, drafts: list[Draft], published) -> list[Draft]:
    """A reported event cannot lie after publication: a day and month without a year that the
    date resolver put in the coming weeks (it allows that for announcements) is last year's
    ("৯ মে" in a paper of 3 May 2005 reporting a killing: 9 May 2004) — unless its sentence dates
    something else ahead ("আগামী ১৫ সেপ্টেম্বর কলকাতায় এবং ২১ সেপ্টেম্বর শিলিগুড়িতে … সমাবেশের আয়োজন
    করেছে": both days are coming). An event the text itself dates ahead is a schedule, not an event,
    and is dropped."""
    if published is None:
        return drafts
    kept = []
    for d in drafts:
        date = d.date
        if date is None or not date.value or len(date.value) != 10:
            # a month or a year that begins after publication ("ফেব্রুয়ারিতে অনুষ্ঠেয় … নির্বাচন সামনে
            # রেখে … সহিংসতার খবর আসছে" in a paper of 31 December): a schedule, no event of that time
            start, _ = date_span(date.value, date.precision) if date is not None and date.value else (None, None)
            if start is None or start <= published + dt.timedelta(days=SCHEDULE_MARGIN_DAYS):
                kept.append(d)
            continue
        day = dt.date.fromisoformat(date.value)
        if day > published and YEARLESS_NOTE in (date.note or "") and not _dated_ahead(ctx, d, published):
            earlier = _safe_year_back(day)
            if earlier is not None:
                d.date = replace(date, value=earlier.isoformat(), note=f"{date.note}; a past event: the year before")
                day = earlier
        if (day - published).days <= SCHEDULE_MARGIN_DAYS:
            kept.append(d)
    return kept


#: how many days after publication an event may still be dated (a wire story's local date may run a
#: day ahead of the paper's)
SCHEDULE_MARGIN_DAYS = 1


def _dated_ahead(ctx: DocContext, draft: Draft, published) -> bool:
    """Whether one of the draft's sentences holds a date the text itself puts after publication."""
    return any(AHEAD_NOTE in (date.note or "") and date.value and date.value > published.isoformat()
               for i in draft.sentences for _, date in ctx.sentences[i].dates)


def _safe_year_back(day: dt.date) -> dt.date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return None


def _inherit_story_dates(drafts: list[Draft], published, section_of=lambda sentence: 0,
                         headline: set[int] = frozenset()) -> None:
    """An event told without a date of its own, after a dated current event of the same story,
    happened on that day ("বৃহস্পতিবার রাতে … দুর্ঘটনা … এর পর অবরোধ … পুলিশ লাঠিচার্জ"). Background
    events (dated far from publication) never lend their date, nor do events in other places or
    in another brief of a digest page, nor events told only in a headline (a headline's clauses are
    separate news: "দিনহাটায় সংঘর্ষে মৃত বিজেপি কর্মী, আজ জেলায় বন্‌ধ")."""
    current = [d for d in drafts if d.date_explicit and d.date is not None and d.date.value
               and not _is_background(d, published) and len(d.date.value) == 10
               and not set(d.sentences) <= headline]
    if not current:
        return
    for d in drafts:
        if d.date is not None and d.date.value:
            continue
        # the nearest dated current event told before it, in a compatible place (a killing in
        # another district "on Tuesday" does not date this one)
        story = section_of(d.sentences[0])
        before = [c for c in current if c.sentences[0] <= d.sentences[0] and section_of(c.sentences[0]) == story
                  and _compatible_places(c.place, d.place)]
        # ... and first an event told on in the very sentence that tells this one ("… মিছিল নিয়ে গিয়ে
        # মাজারের ফটক … ভাঙচুর করে": the procession is the Friday attack's, not the later remand's)
        told_with = [c for c in before if d.sentences[0] in c.sentences]
        # ... then an event of its type with as many dead, which it tells again ("মঙ্গলবার রাতে … খুন",
        # then the arrests on Wednesday, then "জমি নিয়ে বিবাদের জেরেই খুন বলে মনে হচ্ছে": Tuesday's)
        retold = [c for c in before if c.event_type == d.event_type and _same_dead(c, d)]
        if told_with or retold or before:
            d.date = (told_with or retold or before)[-1].date


def _same_dead(a: Draft, b: Draft) -> bool:
    dead_a, dead_b = a.counts.get("fatalities"), b.counts.get("fatalities")
    return dead_a is not None and dead_b is not None and dead_a.value is not None and dead_a.value == dead_b.value


#: the note of a date an event takes from its story
STORY_DATE_NOTE = "undated in its own sentences: the latest date its story gives up to it, as a week"


def _date_from_story(doc: Document, ctx: DocContext, drafts: list[Draft], section_of) -> None:
    """An event still without a date after :func:`_inherit_story_dates` happened around the latest
    date its story (brief) gives up to its last mention, when that date lies in the week before
    publication ("… মঙ্গলবার রাতে ফিরছিলেন … অজ্ঞান করে লুঠ"): that day, at week precision, since
    the text does not tie it to this event.  The dateline is not the story's date, nor is a
    deadline ("আমরা ২৫ ডিসেম্বর পর্যন্ত … সময় দিয়েছিলাম", the end of a period: date_bounds.tsv)."""
    if doc.published is None:
        return
    dateline = doc.meta.get("layout", {}).get("dateline") or (0, 0)
    # (a headline's date dates its own clause's event, _own_date: "…, আজ জেলায় বন্‌ধ" is not the clash's)
    headline = ctx.headline_sentences
    dates = [(sentence, m) for m in doc.get("dates") if (sentence := doc.sentence_index_at(m.start)) not in headline
             and m.value and len(m.value) == 10 and m.precision == "day"
             and not dateline[0] <= m.start < dateline[1]
             and 0 <= (doc.published - dt.date.fromisoformat(m.value)).days < WEEK_DAYS
             and _stem_after(ctx, m) not in date_ends()]
    for d in drafts:
        if d.date is not None and d.date.value:
            continue
        story, last = section_of(min(d.sentences)), max(d.sentences)
        told = [m for sentence, m in dates if sentence <= last and section_of(sentence) == story]
        if told:
            latest = max(told, key=lambda m: m.start)
            d.date = replace(latest, precision="week", note=STORY_DATE_NOTE)


def _genitive_country(ctx: DocContext, place: Entity) -> bool:
    """A country in the genitive, which describes someone or something; not one a direction or "the
    whole" makes a region of ("পশ্চিম নেপালের বেনি এলাকায়": where it happened, in western Nepal)."""
    if place.attrs.get("feature") != "country":
        return False
    suffixes = placing.case_suffixes(ctx, place)
    if not suffixes & GENITIVE or suffixes & LOCATIVE:
        return False
    return not _qualified(ctx, place)


def _qualified(ctx: DocContext, place: Entity) -> bool:
    """A word of ``country_qualifiers.tsv`` stands right before the place (পশ্চিম নেপালের, সমগ্র ইরাকে)."""
    first = ctx.token_span(place)[0]
    return first > 0 and ctx.stem(first - 1) in country_qualifiers()


def _region_after(ctx: DocContext, place: Entity) -> bool:
    """A word in the locative within two words after a place ("তুরস্কের দক্ষিণ উপকূলে", "ইরাকের
    উত্তরাঞ্চলে"): the genitive place is the container of where it happened."""
    last = ctx.token_span(place)[1]
    sentence = ctx.tokens[last].sentence
    return any(k < len(ctx.tokens) and ctx.tokens[k].sentence == sentence and set(ctx.tokens[k].suffixes) & LOCATIVE
               for k in (last + 1, last + 2))


def _place_in_span(places: list[Entity], span: list[int] | None) -> Entity | None:
    inside = [e for e in places if span and span[0] <= e.start < span[1]]
    return max(inside, key=placing.place_level) if inside else None


def _resolved_places(doc: Document, ctx: DocContext) -> list[Entity]:
    """The article's places with coordinates; a nationality (জাপানি পণবন্দি, মার্কিন মেরিন) is not a
    place the article names, so it never makes a country the story's place, nor is a reference
    point ("কাঠমাণ্ডু থেকে ২৮০ মাইল দূরে", "কলকাতায় নিয়ে যাওয়ার পথে") or a road's end or namesake
    ("মুম্বই রোডের উপর কোনা মোড়ের কাছে", in Howrah)."""
    entities = doc.get("entities")
    demonyms = placing.demonym_starts(ctx)
    return [e for e in entities if e.label == "LOC" and e.attrs.get("lat") is not None and e.start not in demonyms
            and not placing.is_reference_point(ctx, e) and not placing.names_a_route(ctx, e)]


def _story_bylines(layout: dict) -> list[tuple[list[int] | None, str | None]]:
    """Each story's byline: (its place span or None, its kind: agency, own_reporter, staff …), the
    article's, then each brief's."""
    return [(layout.get("dateline_place"), layout.get("byline_kind"))] + [
        (b.get("place"), b.get("kind")) for b in layout.get("briefs", [])]


def _story_byline_places(layout: dict) -> list[list[int] | None]:
    """Each story's byline place span (None: no place in its byline): the article's, then each brief's."""
    return [span for span, _ in _story_bylines(layout)]


def _byline_spans(layout: dict) -> list[list[int]]:
    """The character spans of every byline's place: the article's and each brief's."""
    return [span for span in _story_byline_places(layout) if span]


def _outside(ent: Entity, span: list[int] | None) -> bool:
    return not (span and span[0] <= ent.start < span[1])


def _story_spans(doc: Document, layout: dict) -> list[tuple[int, int]]:
    """The character span of the main story and of each later brief of a digest page."""
    starts = [0] + [doc.sentences[b["first_sentence"]].start for b in layout.get("briefs", [])]
    return list(zip(starts, starts[1:] + [len(doc.text)]))


def _brief_places(doc: Document, places: list[Entity]) -> list[Entity | None]:
    """The place of each later brief of a digest page (``places``: the article's resolved places):
    its reporter's byline, else the place the brief itself names most, else its agency's filing
    city."""
    layout = doc.meta.get("layout", {})
    out: list[Entity | None] = []
    for b, (first, end) in zip(layout.get("briefs", []), _story_spans(doc, layout)[1:]):
        byline = _place_in_span(places, b.get("place"))
        body = [e for e in places if first <= e.start < end and _outside(e, b.get("place"))]
        place = _local_place(byline, body) if b.get("kind") != "agency" else None
        if place is None:
            # the brief's own places, else where the agency filed from
            place = _most_named_place(body) or byline
        if place is None and b.get("kind") == "staff" and b.get("byline"):
            place = home_city(doc, *b["byline"])  # "স্টাফ রিপোর্টার:" and no place named: the paper's city
        out.append(place)
    return out


#: how far from a reporter's byline town a place the story names may lie and still be where the
#: story happened (a block or village of the byline's area)
LOCAL_KM = 40.0


def _local_place(byline: Entity | None, body: list[Entity]) -> Entity | None:
    """A reporter's story happened at its byline, or more precisely at a more specific place its
    body names near the byline ("নিজস্ব সংবাদদাতা, বনগাঁ: … স্বরূপনগর …")."""
    if byline is None:
        return None
    lat, lon = byline.attrs.get("lat"), byline.attrs.get("lon")
    # (a district correspondent's byline, "রাজশাহী প্রতিনিধি", covers the whole district: "রাজশাহীর
    # পবা উপজেলায়")
    near = [e for e in body if placing.tells_more_exactly(byline, e)
            and (placing.place_level(e) == placing.place_level(byline)
                 or haversine_km(lat, lon, e.attrs["lat"], e.attrs["lon"]) <= LOCAL_KM)]
    return _most_named_place(near) or byline


def _most_named_place(places: list[Entity]) -> Entity | None:
    """The place mentioned most often, ties to the more specific, then the earlier one."""
    if not places:
        return None
    counts: dict[str | None, int] = {}
    for e in places:
        counts[e.key] = counts.get(e.key, 0) + 1
    return max(places, key=lambda e: (counts[e.key], placing.place_level(e), -e.start))


def _main_place(doc: Document, places: list[Entity]) -> Entity | None:
    """The article's main place (``places``: its resolved places): the byline's place ("নিজস্ব
    সংবাদদাতা মেদিনীপুর"), else the place mentioned most often, ties to the more specific, then
    the earlier one."""
    if not places:
        return None
    layout = doc.meta.get("layout", {})
    span = layout.get("dateline_place")
    _, end = _story_spans(doc, layout)[0]
    # A reporter's byline names the story's place; an agency's names only where it filed from.
    if layout.get("byline_kind") != "agency":
        byline_place = _place_in_span(places, span)
        if byline_place is not None:
            return _local_place(byline_place, [e for e in places if e.start < end and _outside(e, span)])
    if layout.get("briefs"):
        # a digest page's lead brief: the place it names most, else where its agency filed from (the
        # page's later briefs have their own places: "উত্তর কোরিয়া" three briefs down is not the
        # place of a Jakarta brief)
        lead = [e for e in places if e.start < end and _outside(e, span)]
        return _most_named_place(lead) or _place_in_span(places, span) or _most_named_place(places)
    return _most_named_place(places)


def _place_named_back(ctx: DocContext, draft: Draft, places: list[Entity], section_of) -> Entity | None:
    """The place the draft's first sentence that names one back names (:func:`_named_back_in`): a
    demonstrative before a level word ("গত ফেব্রুয়ারিতেও এই গ্রামে … সংঘর্ষে", "ওই থানায়"), the story's
    latest place of that level told before the sentence (the story's village, not the road its blockade
    was on); a bare জেলা, the story's district."""
    for sentence in sorted(draft.sentences):
        found = _named_back_in(ctx, ctx.sentences[sentence], places, section_of)
        if found is not None:
            return found
    return None


def _named_back_in(ctx: DocContext, view: SentenceView, places: list[Entity], section_of) -> Entity | None:
    pointing = demonstratives()
    levels = level_words()
    wanted = next((levels[ctx.stem(k + 1)] for k in range(view.first, view.last - 1)
                   if ctx.word(k) in pointing and ctx.stem(k + 1) in levels), None)
    district = False
    if not wanted:
        # a bare "জেলা" no name stands before is the story's district ("জেলার বিভিন্ন উপজেলায় অভিযান
        # চালিয়ে … গ্রেপ্তার", "হরতাল ঘিরে … জেলায় চার প্লাটুন বিজিবি মোতায়েন")
        named = ctx.entity_tokens(view, ("LOC",))
        counted = {token for token, _ in view.numbers}  # ("দুই জেলাতেই": both districts, not the story's)
        district = any(ctx.stem(k) == DISTRICT_WORD and k - 1 not in named and k - 1 not in counted
                       and k > view.first and not ctx.tokens[k - 1].is_punct for k in range(view.first, view.last))
        if not district:
            return None
    start, story = ctx.tokens[view.first].start, section_of(view.index)
    for p in reversed(places):
        if p.start >= start or section_of(ctx.sentence_of(p.start)) != story:
            continue
        if district and (p.attrs.get("feature") == "admin2" or placing.names_its_district(p)) \
                or not district and p.attrs.get("feature") in wanted:
            return p
    return None


#: the level word of a district (place_levels.tsv), which alone names the story's district back
DISTRICT_WORD = "জেলা"


class _LentPlaces:
    """The article's resolved places (:func:`_resolved_places`) and each story's fallback place (its
    main place, a brief's own, else a staff byline's home city), found when an event first needs
    them: most events have a place of their own, and in many articles every one does."""

    def __init__(self, doc: Document, ctx: DocContext, layout: dict):
        self._doc, self._ctx, self._layout = doc, ctx, layout
        self._places: list[Entity] | None = None
        self._fallback: list[Entity | None] | None = None

    @property
    def places(self) -> list[Entity]:
        if self._places is None:
            self._places = _resolved_places(self._doc, self._ctx)
        return self._places

    def fallback(self, story: int) -> Entity | None:
        """The place of an event of story ``story`` told without one: the story's, else the article's."""
        if self._fallback is None:
            doc, layout = self._doc, self._layout
            fallback = [_main_place(doc, self.places)] + _brief_places(doc, self.places)
            if fallback[0] is None and layout.get("byline_kind") == "staff" and not layout.get("dateline_place"):
                fallback[0] = home_city(doc, *layout["byline"])
            self._fallback = fallback
        return self._fallback[story] or self._fallback[0]


#: sentences before and after one of its mentions where a country- or state-level event's town may be named
REFINE_BEFORE, REFINE_AFTER = 2, 1
COUNTRY_LEVEL, STATE_LEVEL = placing.SPECIFICITY["country"], placing.SPECIFICITY["admin1"]


def _refine_broad_places(doc: Document, ctx: DocContext, drafts: list[Draft], lent: _LentPlaces,
                         section_of) -> None:
    """An event placed only at a country ("নেপালে", often a headline's shorthand) or a state or
    province ("পশ্চিমবঙ্গ", "আনবার") happened at the more specific place inside it that its story
    names beside one of its mentions (two sentences before to one after; the nearest, before ties
    to after): "… নেপালে … বিরাটনগরে সভা শেষে …" places the shooting at Biratnagar, "সিন্ধ প্রদেশে …
    সুক্কুরের কাছে" the derailment at Sukkur. Not an agency's filing town; a reporter's byline town refines a
    state ("নিজস্ব সংবাদদাতা, বালুরঘাট: … পশ্চিমবঙ্গ কারারক্ষী সমিতি … বিক্ষোভ"), not a country (the
    Dhaka correspondent of a Kolkata paper tells Bangladesh-wide news). Not when the text makes
    the country a region or the whole of it ("পশ্চিম নেপালের", "সমগ্র ইরাকে":
    ``resources/country_qualifiers.tsv``)."""
    broad = [d for d in drafts if d.place is not None and not d.place_named_back
             and placing.place_level(d.place) in (COUNTRY_LEVEL, STATE_LEVEL, DISTRICT_LEVEL)]
    if not broad:
        return  # (most articles: every event already placed below a state)
    layout = doc.meta.get("layout", {})
    spans = [(span, kind) for span, kind in _story_bylines(layout) if span]
    agency_spans = [span for span, kind in spans if kind == "agency"]
    # (an agency filing from the scene, "সংবাদসংস্থা কারাকাস (ভেনিজুয়েলা)", names the town of a story
    # its country tells: not a reporter's home town)
    reporter_spans = [span for span, kind in spans if kind not in ("agency", AGENCY_ON_SCENE)]
    # (sentence, place, whether it is a reporter's byline town)
    candidates = [(doc.sentence_index_at(e.start), e, not all(_outside(e, s) for s in reporter_spans))
                  for e in lent.places
                  if placing.place_level(e) > 1 and all(_outside(e, s) for s in agency_spans)]
    for d in broad:
        level = placing.place_level(d.place)
        first = ctx.token_span(d.place)[0]
        mentions, before, after = sorted(set(d.sentences)), REFINE_BEFORE, REFINE_AFTER
        if _qualified(ctx, d.place):
            # "দক্ষিণ-পশ্চিম নেপালে, … নওলপড়াশি জেলায়": only the sentence that qualifies it
            mentions, before, after = [ctx.tokens[first].sentence], 0, 0
        story = section_of(mentions[0])
        country = d.place.attrs.get("country")
        state = d.place.name if level == STATE_LEVEL else None
        district = d.place.name if level == DISTRICT_LEVEL else None
        near = [(gap, -placing.place_level(e), e.start, e) for sentence, e, bylined in candidates
                if e.attrs.get("country") == country and section_of(sentence) == story
                and (state is not None or district is not None or not bylined)
                and (state is None or placing.place_level(e) > STATE_LEVEL and e.attrs.get("admin1") == state)
                and (district is None or placing.place_level(e) > DISTRICT_LEVEL and e.attrs.get("admin2") == district)
                and (gap := _gap_to_mentions(sentence, mentions, before, after)) is not None]
        if near:
            d.place = min(near, key=lambda t: t[:3])[3]


def _gap_to_mentions(sentence: int, mentions: list[int], before: int, after: int) -> float | None:
    """How far a sentence lies from the nearest mention it stands at most ``before`` sentences
    before or ``after`` sentences after (after a mention counts half a sentence further); None when
    it is near no mention."""
    gaps = [abs(m - sentence) + (0.5 if m < sentence else 0.0) for m in mentions
            if m - before <= sentence <= m + after]
    return min(gaps) if gaps else None


@lru_cache(maxsize=1)
def date_bounds() -> frozenset[str]:
    """Words that make the date before them a period's bound (থেকে, পর্যন্ত …)."""
    return resources.term_set("date_bounds.tsv")


@lru_cache(maxsize=1)
def date_ends() -> frozenset[str]:
    """The words of ``date_bounds.tsv`` that make the date before them a period's end (পর্যন্ত)."""
    return resources.term_set("date_bounds.tsv", bound="end")


@lru_cache(maxsize=1)
def country_qualifiers() -> frozenset[str]:
    """Words that make a following country name a region or the whole country (পশ্চিম, সমগ্র …)."""
    return resources.term_set("country_qualifiers.tsv", "word")


def _event_date(draft: Draft, doc: Document) -> EventDate | None:
    if draft.date is not None and draft.date.value:
        d = draft.date
        return EventDate(text=d.text, value=d.value, precision=d.precision, start=d.start, end=d.end)
    if doc.published:
        # Reported without a date of its own: around publication (ACLED's time_precision 2).
        return EventDate(text=None, value=doc.published.isoformat(), precision="week")
    return None


def to_event(doc: Document, ctx: DocContext, draft: Draft, index: int) -> Event:
    trig = draft.trigger
    mentions = []
    told_in: dict[int, Trigger] = {}  # sentence -> the draft's first trigger in it
    for t in draft.triggers:
        told_in.setdefault(t.sentence, t)
    sentences = doc.sentences
    for si in sorted(set(draft.sentences)):
        sent = sentences[si]
        t = told_in.get(si)
        mentions.append(Mention(start=sent.start, end=sent.end, sentence=si,
                                trigger_start=t.start if t else None, trigger_end=t.end if t else None))
    contexts: list[str] = []
    for t in draft.triggers:
        for c in t.attrs.get("context", []):
            if c not in contexts:
                contexts.append(c)
    if draft.actor is not None and draft.target is not None and draft.actor.key \
            and draft.actor.key == draft.target.key:
        draft.target = None  # one actor on both sides comes from two sentences, not the text
    key = f"{doc.id}:{trig.start}:{trig.end}:{draft.event_type}"
    country = draft.place.attrs.get("country") if draft.place is not None else None
    event = Event(
        id=f"{doc.id}-{index:03d}-{hashlib.sha1(key.encode()).hexdigest()[:6]}",
        doc_id=str(doc.id),
        event_type=draft.event_type,
        mode=trig.mode,
        context=contexts,
        acled_event_type=trig.acled_event_type,
        acled_sub_event_type=trig.acled_sub_event_type,
        actor=_coded(draft, "actor", ctx, country),
        target=_coded(draft, "target", ctx, country),
        victims=[Victim(text=v.text, name=v.name, start=v.start, end=v.end) for v in draft.victims],
        location=placing.location_from(draft.place) or page_country(doc),
        date=_event_date(draft, doc),
        fatalities=draft.counts.get("fatalities"),
        injuries=_survivors(draft.counts),
        arrests=draft.counts.get("arrests"),
        sources=draft.sources,
        negated=draft.negated,
        hedged=draft.hedged,
        mentions=mentions,
    )
    event.summary_en = summarize(event, two_sided=draft.two_sided)
    event.confidence = confidence_of(event, draft)
    return event


@stage("events", requires=("sentences", "tokens", "numbers", "dates", "entities"), assigns=("triggers", "events"))
def events_stage(doc: Document, options: Options) -> Document:
    triggers = find_triggers(doc)
    doc.set("triggers", list(triggers))
    if not options.all_types:
        triggers = [t for t in triggers if t.event_type not in UNMEASURED_TYPES]
    ctx = DocContext(doc, triggers)
    layout = doc.meta.get("layout", {})
    section_of = StoryIndex(layout, ctx)
    drafts = build_drafts(doc, ctx, section_of)

    headline = ctx.headline_sentences
    drafts = _fold_headlines(drafts, headline, section_of, ctx.planned, doc.published)
    drafts = _drop_sums(drafts, section_of)
    drafts = _no_future_events(ctx, drafts, doc.published)
    drafts = _fold_lead_arrests(drafts, section_of)
    _inherit_story_dates(drafts, doc.published, section_of, headline)
    _date_from_story(doc, ctx, drafts, section_of)
    drafts = _merge_atomic(drafts, lambda d: section_of(min(d.sentences)), doc.published)
    lent = _LentPlaces(doc, ctx, layout)
    bylined = [bool(span) for span in _story_byline_places(layout)]
    previous: Entity | None = None
    story = 0
    for d in drafts:
        if (section := section_of(min(d.sentences))) != story:
            story, previous = section, None  # a new brief: nothing carries over
        if d.place is None:
            # Told without a place of its own: the place its sentence names back ("এই গ্রামে"), else
            # where the story was, else its byline's or the article's main place.
            named = _place_named_back(ctx, d, lent.places, section_of)
            d.place = named or previous or lent.fallback(story)
            d.place_lent, d.byline_place = True, previous is None and bylined[story]
            d.place_named_back = named is not None
        elif _genitive_country(ctx, d.place):
            # "বাংলাদেশের আগামীর কর্নধার …": a country in the genitive describes someone, it does
            # not place the event; the story's own place inside that country is better
            inside = previous or lent.fallback(story)
            # whose, not where ("জর্ডনের এক সামরিক কর্মী", in a Fallujah story): the story's place,
            # in any country, unless a locative right after it makes the country where it happened
            # ("তুরস্কের দক্ষিণ উপকূলে")
            if inside is not None and placing.place_level(inside) > placing.place_level(d.place) and (
                    inside.attrs.get("country") == d.place.attrs.get("country") or not _region_after(ctx, d.place)):
                d.place = inside
        previous = d.place or previous
    _refine_broad_places(doc, ctx, drafts, lent, section_of)
    # with the places they were given, mentions told without one may now be an event already listed
    # in their own story (a place lent by a brief's byline says nothing about another brief)
    drafts = _merge_atomic(drafts, lambda d: section_of(min(d.sentences)), doc.published)
    drafts = _off_topic_figures(drafts, layout.get("topic"))
    doc.events = [to_event(doc, ctx, d, i) for i, d in enumerate(drafts)]
    return doc


def _off_topic_figures(drafts: list[Draft], topic: str | None) -> list[Draft]:
    """Without the events a page's topic tells as figures of speech (``TOPIC_METAPHOR_TYPES``)."""
    figurative = TOPIC_METAPHOR_TYPES.get(topic or "", frozenset())
    return [d for d in drafts if d.event_type not in figurative
            or counts.tells_casualties(d.counts.get("fatalities"), d.counts.get("injuries"))]
