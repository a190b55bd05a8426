#!/usr/bin/env python3
"""Convert a published EDNIL 2020 system's output (task 2, Bengali) into ghotona event records.

The system is the CRF of S. Mishra, "Non-neural Structured Prediction for Event Detection from News
in Indian Languages" (FIRE 2020 working notes; github.com/socialmediaie/EDNIL2020, Apache-2.0),
reported F1 0.469 on its own Bengali task 2.  Its output lies in
``../shared/data/news-ednil2020/silver-predictions-task2/*.xml``: one flat XML file per article,
``<DOCUMENT><DOCID>…</DOCID>`` followed by the tagged snippets in text order (the untagged text
is not there), token text space-joined.  This script turns those tags into records of
``docs/schema.md`` (built with :class:`ghotona.schema.Event`, so every key is present) so that
``ghotona evaluate GOLD --pred OUT.jsonl`` can score the baseline exactly as it scores ghotona.
It is silver, a baseline to compare with, never a truth to fit.  The aim is to convert it as fairly
and as generously as the format allows; every choice is listed here.

Usage::

    python tools/convert_ednil_silver.py [OUT.jsonl] [--group article|place|sentence]
                                         [--date-fallback none|publication]
                                         [--place-fallback none|country] [--generous]
                                         [--ids ID ...]

OUT defaults to /tmp/ednil-silver.jsonl (predictions hold snippets of the article text: never
write them into the repository).  Counts of converted mentions and events go to stderr.

1. Tags.  Event triggers are ``<MANMADE_DISASTER TYPE=…>`` and ``<NATURAL_DISASTER TYPE=…>``; the
   argument tags are TIME, PLACE, PARTICIPANT and CASUALTIES.  AFTER_EFFECTS, REASON, MAGNITUDE,
   EPICENTRE, DEPTH, NAME and TYPE carry nothing a record has a field for and are ignored.  Some
   article texts hold a literal ``&apos;`` (the XML escapes it once more, ``&amp;apos;``): snippets
   are aligned as parsed and HTML-unescaped only for reading dates and numbers.

2. Type mapping (EDNIL type -> event_type, mode, ACLED type / sub-type, context).  The ACLED
   choices follow ghotona's own lexicon for the same words (গুলি, বোমা, আত্মঘাতী, দাঙ্গা …):

   ===================  =========  ===============  ==========================================
   EDNIL                type       mode             ACLED (type / sub-type), context
   ===================  =========  ===============  ==========================================
   SHOOT_OUT            ASSAULT    firearms         Violence against civilians / Attack
   NORMAL_BOMBING       ASSAULT    explosives       Explosions/Remote violence / Remote
                                                    explosive/landmine/IED
   SUICIDE_ATTACK       ASSAULT    suicide-attack   Explosions/Remote violence / Suicide bomb;
                                                    terrorism
   TERRORIST_ATTACK     ASSAULT    (none)           Violence against civilians / Attack; terrorism
   ARMED_CONFLICTS      ASSAULT    (none)           Battles / Armed clash
   SURGICAL_STRIKES     ASSAULT    aerial if the    Explosions/Remote violence / Air/drone strike
                                   trigger has      if aerial, else Battles / Armed clash;
                                   বিমান, else none  military
   RIOTS                PROTEST    riot             Riots / Mob violence
   FIRE                 ACCIDENT   fire             -
   FOREST_FIRE          DISASTER   fire-natural     -; disasters
   VEHICULAR_COLLISION  ACCIDENT   road             -
   TRAIN_COLLISION      ACCIDENT   rail             -
   AVIATION_HAZARD      ACCIDENT   air              -
   TRANSPORT_HAZARDS    ACCIDENT   road, or rail /  - (the generic transport class; its triggers
                                   air / water by   are mostly overturned vehicles, উল্টে যায়)
                                   a trigger word
   INDUSTRIAL_ACCIDENT  ACCIDENT   (none)           -
   EARTHQUAKE           DISASTER   earthquake       -; disasters
   FLOODS               DISASTER   flood            -; disasters
   CYCLONE              DISASTER   cyclone          -; disasters
   STORM, HAIL_STORMS,  DISASTER   storm            -; disasters
   BLIZZARD
   TSUNAMI              DISASTER   tidal-surge      -; disasters
   LAND_SLIDE           DISASTER   landslide        -; disasters
   HEAT_WAVE            DISASTER   heatwave         -; disasters
   COLD_WAVE            DISASTER   coldwave         -; disasters
   DROUGHT, VOLCANO,    DISASTER   (none)           -; disasters
   AVALANCHE, LIMNIC_
   ERUPTIONS
   PANDEMIC, EPIDEMIC   dropped    -                the gold guidelines do not annotate disease
                                                    outbreaks (gold note on 1020812_12raj11):
                                                    converting them could only add false alarms
   MISCELLANEOUS, other dropped
   ===================  =========  ===============  ==========================================

   The types that occur in the 204 files: VEHICULAR_COLLISION 175, NORMAL_BOMBING 168, SHOOT_OUT
   113, EARTHQUAKE 96, FIRE 71, SUICIDE_ATTACK 67, TERRORIST_ATTACK 51, PANDEMIC 50,
   ARMED_CONFLICTS 50, TRANSPORT_HAZARDS 39, EPIDEMIC 25, AVIATION_HAZARD 23, SURGICAL_STRIKES 19,
   STORM 11, LAND_SLIDE 8, INDUSTRIAL_ACCIDENT 7, RIOTS 6, TSUNAMI 4, HEAT_WAVE 3, FLOODS 3,
   COLD_WAVE 3, TRAIN_COLLISION 2, CYCLONE 1 (995 trigger tags); the other rows cover the rest of
   the EDNIL 2020 ontology.

3. Grouping.  The system tags trigger MENTIONS, not events.  ``--group article`` (default, the
   reading asked for): one event per mapped event_type per article: all SHOOT_OUT, NORMAL_BOMBING,
   SUICIDE_ATTACK … mentions of an article make one ASSAULT.  Its mode is the most frequent mode
   among its mentions (ties: the earlier; mentions without a mode, e.g. TERRORIST_ATTACK, do not
   vote, so a later mention may make a generic attack specific, as in ghotona), and the ACLED
   fields come from the first mention with that mode; place, date, casualties and actor are read
   around the event's FIRST mention in text order.
   ``--group place``: one event per event_type and resolved place (each mention gets the place
   of step 4, never the country fallback; a mention whose place does not resolve joins the
   preceding mention of its type): closer to the gold set's one-event-per-type-place-and-day rule.
   ``--group sentence``: one event per event_type and sentence (ghotona's sentence splitter), no
   coreference at all.

4. Place.  The PLACE tag nearest the event's first trigger (character distance between aligned
   spans, see 8) whose text the ghotona gazetteer resolves
   (``Gazetteer.load().find_places(PLACE text)``); unresolvable PLACE tags (villages the gazetteer
   lacks) are skipped in favour of the next nearest, so the event gets a place whenever any PLACE
   tag of the article resolves.  Within one PLACE string with several names ("মালদহের
   ইংরেজবাজারে") the most specific name is the location (ties: the later one) and a candidate
   inside another name of the same string wins ("পাকিস্তানের পঞ্জাব").  Among a name's candidates
   the first (most prominent) wins unless another is in the article's country: India (West Bengal)
   for the ``…raj…`` (state page) and ``…desh…`` (national page) articles of this Kolkata paper,
   and for the ``…bdesh…`` / ``bidesh`` (foreign page) articles the country most of the article's
   unambiguous PLACE names lie in.  The record's location is ``{text, name, country, admin1,
   admin2, lat, lon, geonames_id, precision, start, end}`` as ghotona fills it (precision from the
   gazetteer feature: landmark/neighbourhood point, city/admin3 city, admin2 district …).  No
   resolvable PLACE tag: location null by default (``--place-fallback none``);
   ``--place-fallback country`` gives the article's country just described (PLACE-tag vote or
   page) at precision ``country`` with text and offsets null - the counterpart of ghotona's
   byline / most-mentioned-place fallback, but never finer than a country.

5. Date.  The TIME tag nearest the event's first trigger, resolved with
   ``ghotona.recognize.dates.find_dates(TIME text, anchor)``, the first match with a value.  The
   anchor is the article's dateline (``find_dates(text[:120], None, use_dateline=True)``: the
   first Gregorian full date; the gold set uses the same anchor).  TIME tags inside the dateline
   are not event dates (they say when the paper came out) and are never used.  No TIME tag that
   resolves: date null by default (``--date-fallback none``).  ``--date-fallback publication``
   instead gives the dateline date with precision ``week`` and text null, which is what ghotona
   itself does for an event without a date of its own, for a like-for-like comparison.
   ``--generous`` turns on both fallbacks.  Why they matter: the scorer pairs a prediction with a
   gold event only if, beyond the type, place, date and actor add up to 0.25 (place 0.45 x
   similarity, date 0.35 x, actor 0.2 x; a missing date counts 0.3 of its weight); an event with
   a type but no place and no date can never match.  The same-month publication date (0.175)
   plus the same country (0.09) can.

6. Casualties (best effort).  CASUALTIES tags in the sentences of the event's mentions or the
   sentence after each (the figure usually follows the trigger: "… সংঘর্ষ হয়। অন্তত চল্লিশ জন
   প্রাণ হারান।"); the one nearest the first trigger that has a death word gives fatalities, the
   nearest with an injury word gives injuries.  Numbers come from
   ``ghotona.recognize.numbers.find_numbers`` (value, qualifier, range high); a number followed by
   বছর/বয়স (an age) or not an integer is skipped; each number belongs to the nearest cue word in
   its tag.  Death words: মৃত, মৃতের, মৃত্যু, নিহত, হত, খুন, মারা, প্রাণ হারা…, প্রাণহানি;
   injury words: আহত, জখম, গুলিবিদ্ধ, অগ্নিদগ্ধ, দগ্ধ.  A cue without a number gives no count.
   Arrests: the format has none (null).

7. Actor (best effort).  The PARTICIPANT tag nearest the first trigger in the same sentence,
   looked up in ghotona's actor lexicon (``resources/actors.tsv`` on the tag's tokens: "মার্কিন
   সেনাদের" -> Military Forces of the United States, "দুষ্কৃতীরা" -> Unidentified Armed Group);
   the first non-generic actor of the tag, else the first generic one.  PARTICIPANT does not say
   which side a participant is on, so it always fills ``actor``; ``target`` stays null.  Vehicles
   (বাসের, ট্রাক …), most PARTICIPANT tags, resolve to nothing.  Victims, sources: none.
   negated/hedged: false (the format has no such tags).

8. Offsets.  Each snippet is aligned to the article text (``articles-bn.jsonl``) in XML order,
   searching forward from the end of the previous aligned snippet.  Both sides are compared with
   all whitespace removed and with nukta letters, ো/ৌ, ZWJ/ZWNJ and curly quotes folded (the XML
   tokenisation splits punctuation differently).  The first match after the cursor that begins
   and ends at word boundaries is taken; else one that begins at one; else any match after the
   cursor; else the same search over the whole text (the cursor does not move then).  Snippets
   still unaligned get the position of the nearest aligned snippet before them for the "nearest"
   choices above.  On the 204 files all 2,658 used tags (995 triggers) align, in XML order and at
   word starts.  Each mention is
   ``{start, end, sentence}`` of the sentence (ghotona's splitter) holding an aligned trigger and
   ``trigger_start/trigger_end``; one per sentence; triggers that fail to align give no mention
   (an event with no aligned trigger has ``mentions: []``).  Place, date, casualty and actor
   offsets point into the article text when their tag aligned, else they are null.

9. The rest.  ``id`` is ``<doc_id>-<n>-<hash>``; ``summary_en`` a template ("ASSAULT (firearms) in
   Baghdad on 2004-10-31; EDNIL CRF: NORMAL_BOMBING"); ``confidence`` 0.5 for every record (the
   format gives no scores).  Articles are those of ``articles-bn.jsonl`` (204); a file with no
   mapped trigger yields no record.
"""
from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ghotona.geo.gazetteer import Gazetteer
from ghotona.geo.places import PRECISION_OF_FEATURE
from ghotona.recognize.dates import find_dates
from ghotona.recognize.numbers import find_numbers
from ghotona.schema import (PRECISIONS_DATE, QUALIFIERS, ActorRef, Count, Event, EventDate, Location,
                            Mention)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news-ednil2020"
DEFAULT_OUT = "/tmp/ednil-silver.jsonl"

_VAC = ("Violence against civilians", "Attack")
_IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
_NONE = (None, None)
# EDNIL type -> (event_type, mode, (acled type, sub-type), context)
TYPE_MAP: dict[str, tuple[str, str | None, tuple[str | None, str | None], list[str]]] = {
    "SHOOT_OUT": ("ASSAULT", "firearms", _VAC, []),
    "NORMAL_BOMBING": ("ASSAULT", "explosives", _IED, []),
    "SUICIDE_ATTACK": ("ASSAULT", "suicide-attack", ("Explosions/Remote violence", "Suicide bomb"), ["terrorism"]),
    "TERRORIST_ATTACK": ("ASSAULT", None, _VAC, ["terrorism"]),
    "ARMED_CONFLICTS": ("ASSAULT", None, ("Battles", "Armed clash"), []),
    "SURGICAL_STRIKES": ("ASSAULT", None, ("Battles", "Armed clash"), ["military"]),  # aerial: below
    "RIOTS": ("PROTEST", "riot", ("Riots", "Mob violence"), []),
    "FIRE": ("ACCIDENT", "fire", _NONE, []),
    "FOREST_FIRE": ("DISASTER", "fire-natural", _NONE, ["disasters"]),
    "VEHICULAR_COLLISION": ("ACCIDENT", "road", _NONE, []),
    "TRAIN_COLLISION": ("ACCIDENT", "rail", _NONE, []),
    "AVIATION_HAZARD": ("ACCIDENT", "air", _NONE, []),
    "TRANSPORT_HAZARDS": ("ACCIDENT", "road", _NONE, []),  # rail/air/water by trigger word: below
    "INDUSTRIAL_ACCIDENT": ("ACCIDENT", None, _NONE, []),
    "EARTHQUAKE": ("DISASTER", "earthquake", _NONE, ["disasters"]),
    "FLOODS": ("DISASTER", "flood", _NONE, ["disasters"]),
    "CYCLONE": ("DISASTER", "cyclone", _NONE, ["disasters"]),
    "STORM": ("DISASTER", "storm", _NONE, ["disasters"]),
    "HAIL_STORMS": ("DISASTER", "storm", _NONE, ["disasters"]),
    "BLIZZARD": ("DISASTER", "storm", _NONE, ["disasters"]),
    "TSUNAMI": ("DISASTER", "tidal-surge", _NONE, ["disasters"]),
    "LAND_SLIDE": ("DISASTER", "landslide", _NONE, ["disasters"]),
    "HEAT_WAVE": ("DISASTER", "heatwave", _NONE, ["disasters"]),
    "COLD_WAVE": ("DISASTER", "coldwave", _NONE, ["disasters"]),
    "DROUGHT": ("DISASTER", None, _NONE, ["disasters"]),
    "VOLCANO": ("DISASTER", None, _NONE, ["disasters"]),
    "AVALANCHE": ("DISASTER", None, _NONE, ["disasters"]),
    "LIMNIC_ERUPTIONS": ("DISASTER", None, _NONE, ["disasters"]),
}
TRIGGER_TAGS = {"MANMADE_DISASTER", "NATURAL_DISASTER"}
ARGUMENT_TAGS = {"TIME", "PLACE", "PARTICIPANT", "CASUALTIES"}

DEATH_CUES = ("মৃত", "নিহত", "হত", "খুন", "মারা", "প্রাণ হারা", "প্রাণহানি")
INJURY_CUES = ("আহত", "জখম", "গুলিবিদ্ধ", "অগ্নিদগ্ধ", "দগ্ধ")
AGE_WORDS = ("বছর", "বয়স", "বয়েস")


# --- reading ------------------------------------------------------------------------------
@dataclass
class Tag:
    kind: str  # TRIGGER, TIME, PLACE, PARTICIPANT, CASUALTIES
    ednil: str | None  # EDNIL type of a trigger
    text: str  # snippet, whitespace collapsed
    order: int
    start: int | None = None
    end: int | None = None
    pos: int = 0  # position used for "nearest": start if aligned, else interpolated

    @property
    def clean(self) -> str:
        """The snippet for the date and number readers (the corpus has literal ``&apos;``)."""
        return html.unescape(self.text)


def read_silver(path: Path) -> tuple[str, list[Tag]]:
    root = ET.parse(path).getroot()
    doc_id = None
    tags: list[Tag] = []
    for el in root:
        if el.tag == "DOCID":
            doc_id = (el.text or "").strip()
            continue
        text = " ".join((el.text or "").split())
        if not text:
            continue
        if el.tag in TRIGGER_TAGS:
            tags.append(Tag("TRIGGER", el.get("TYPE"), text, len(tags)))
        elif el.tag in ARGUMENT_TAGS:
            tags.append(Tag(el.tag, None, text, len(tags)))
    return doc_id or path.name.removesuffix(".xml"), tags


# --- alignment ----------------------------------------------------------------------------
_FOLD = {"\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc", "\u09df": "\u09af\u09bc",
         "\u09cb": "\u09c7\u09be", "\u09cc": "\u09c7\u09d7", "\u2019": "'", "\u2018": "'",
         "\u201c": '"', "\u201d": '"', "\u200c": "", "\u200d": "", "\u2013": "-", "\u2014": "-"}


def squeeze(s: str) -> tuple[str, list[int]]:
    """``s`` without whitespace, folded; and for each output character its index in ``s``."""
    out: list[str] = []
    idx: list[int] = []
    for i, ch in enumerate(s):
        if ch.isspace():
            continue
        rep = _FOLD.get(ch, ch)
        for c in rep:
            out.append(c)
            idx.append(i)
    return "".join(out), idx


def _word_char(ch: str) -> bool:
    return ch.isalnum() or "\u0980" <= ch <= "\u09ff"


def align(text: str, tags: list[Tag]) -> None:
    sq, idx = squeeze(text)

    def span(k: int, n: int) -> tuple[int, int]:
        return idx[k], idx[k + n - 1] + 1

    def bounded(s: int, e: int, both: bool) -> bool:
        left = s == 0 or not _word_char(text[s - 1])
        right = e >= len(text) or not _word_char(text[e]) or not _word_char(text[e - 1])
        return left and (right or not both)

    def search(needle: str, frm: int) -> tuple[int, int] | None:
        for both in (True, False):
            k = sq.find(needle, frm)
            while k >= 0:
                s, e = span(k, len(needle))
                if bounded(s, e, both):
                    return s, e
                k = sq.find(needle, k + 1)
        k = sq.find(needle, frm)
        return span(k, len(needle)) if k >= 0 else None

    cursor = 0  # in squeezed coordinates
    for t in tags:
        needle, _ = squeeze(t.text)
        if not needle:
            continue
        hit = search(needle, cursor)
        if hit is not None:
            t.start, t.end = hit
            cursor = sq_index(idx, t.end)
            continue
        hit = search(needle, 0)
        if hit is not None:
            t.start, t.end = hit
    last = 0
    for t in tags:
        if t.start is not None:
            t.pos = last = t.start
        else:
            t.pos = last


def sq_index(idx: list[int], orig: int) -> int:
    """The first squeezed index whose original offset is >= ``orig``."""
    return bisect.bisect_left(idx, orig)


# --- fields -------------------------------------------------------------------------------
def dateline(text: str) -> tuple[dt.date | None, tuple[int, int] | None]:
    matches = [m for m in find_dates(text[:120], None, use_dateline=True)
               if m.value and m.precision == "day" and not m.relative]
    if not matches:
        return None, None
    greg = [m for m in matches if not (m.note or "").startswith("Bengali calendar")]
    best = (greg or matches)[0]
    lo = min(m.start for m in matches)
    hi = max(m.end for m in matches)
    return dt.date.fromisoformat(best.value), (lo, hi)


def page_country(doc_id: str) -> tuple[str | None, str | None]:
    """(country, admin1) of a home-page article: Anandabazar's raj (state) and desh (national)
    pages; the foreign page (bdesh, bidesh) has none."""
    m = re.match(r"^\d+_\d*([a-z]+)", doc_id)
    page = m.group(1) if m else ""
    if page == "raj":
        return "IND", "West Bengal"
    if page == "desh":
        return "IND", None
    return None, None


class Places:
    def __init__(self, gz: Gazetteer, doc_id: str, text: str, tags: list[Tag]):
        self.gz = gz
        self.text = text
        country, admin1 = page_country(doc_id)
        self.admin1 = admin1
        if country is None:  # foreign page: where the article's unambiguous names are
            votes: Counter = Counter()
            for t in tags:
                if t.kind != "PLACE":
                    continue
                for m in gz.find_places(t.text):
                    cands = [gz.get(p) for p in m.place_ids]
                    cands = [c for c in cands if c is not None]
                    if cands and len({c.country for c in cands}) == 1:
                        votes[cands[0].country] += 1
            country = votes.most_common(1)[0][0] if votes else None
        self.country = country
        self._cache: dict[int, Location | None] = {}

    def _name(self, place_id: str) -> str | None:
        if not place_id:
            return None
        p = self.gz.get(place_id)
        return p.name if p else None

    def fallback(self) -> Location | None:
        """The article's country (see ``--place-fallback``) as a country-level location."""
        place = self.gz.get(self.country) if self.country else None
        if place is None or place.feature != "country":
            return None
        return Location(text=None, name=place.name, country=place.country or self.country,
                        lat=place.lat, lon=place.lon,
                        geonames_id=str(place.geonames_id) if place.geonames_id else None,
                        precision="country")

    def resolve(self, tag: Tag) -> Location | None:
        if tag.order in self._cache:
            return self._cache[tag.order]
        aligned = tag.start is not None
        src = self.text[tag.start:tag.end] if aligned else tag.text
        matches = self.gz.find_places(src)
        if not matches and aligned:  # the aligned slice may differ in spelling from the snippet
            src, aligned = tag.text, False
            matches = self.gz.find_places(src)
        loc = None
        if matches:
            cands_per = [[c for c in (self.gz.get(p) for p in m.place_ids) if c is not None] for m in matches]
            chosen = []  # per name: its best candidate
            for mi, (m, cands) in enumerate(zip(matches, cands_per)):
                if not cands:
                    continue
                others = {c.id for j, cs in enumerate(cands_per) if j != mi for c in cs}

                def score(rc):
                    rank, c = rc
                    sc = -0.05 * rank
                    if others and others & self.gz.container_ids(c):
                        sc += 4
                    if self.country and c.country == self.country:
                        sc += 1
                    if self.admin1 and self._name(c.admin1) == self.admin1:
                        sc += 0.5
                    if c.lat is not None:
                        sc += 0.3
                    return sc

                _, c = max(enumerate(cands), key=score)
                chosen.append(((c.rank, mi), m, c))  # the most specific name, then the later
            if not chosen:
                self._cache[tag.order] = None
                return None
            _, m, place = max(chosen, key=lambda x: x[0])
            s = tag.start + m.start if aligned else None
            e = tag.start + m.end if aligned else None
            loc = Location(
                text=src[m.start:m.end], name=place.name, country=place.country or None,
                admin1=place.name if place.feature == "admin1" else self._name(place.admin1),
                admin2=place.name if place.feature == "admin2" else self._name(place.admin2),
                lat=place.lat, lon=place.lon,
                geonames_id=str(place.geonames_id) if place.geonames_id else None,
                precision=PRECISION_OF_FEATURE.get(place.feature, "city"), start=s, end=e)
        self._cache[tag.order] = loc
        return loc


def nearest(tags: list[Tag], kind: str, pos: int, ok=None) -> list[Tag]:
    """Tags of ``kind`` ordered by distance from ``pos`` (ties: the earlier one)."""
    cands = [t for t in tags if t.kind == kind and (ok is None or ok(t))]
    return sorted(cands, key=lambda t: (abs(t.pos - pos), t.pos))


def resolve_date(tag: Tag, anchor: dt.date | None) -> EventDate | None:
    for m in find_dates(tag.clean, anchor):
        if m.value and m.precision in PRECISIONS_DATE:
            start = end = None
            if tag.start is not None:
                start, end = tag.start, tag.end
            return EventDate(text=tag.clean[m.start:m.end], value=m.value, precision=m.precision,
                             start=start, end=end)
    return None


def _cue_positions(s: str, cues: tuple[str, ...]) -> list[int]:
    out = []
    for cue in cues:
        for m in re.finditer(re.escape(cue), s):
            # হত must be a word of its own (not হতে, হতাশ …); others may carry suffixes
            if cue == "হত" and (m.end() < len(s) and _word_char(s[m.end()]) or
                               m.start() > 0 and _word_char(s[m.start() - 1])):
                continue
            out.append(m.start())
    return out


def counts_in(tag: Tag) -> dict[str, Count]:
    s = tag.clean
    death, injury = _cue_positions(s, DEATH_CUES), _cue_positions(s, INJURY_CUES)
    if not death and not injury:
        return {}
    best: dict[str, tuple[int, Count]] = {}
    for n in find_numbers(s):
        if not isinstance(n.value, int) or n.value < 0:
            continue
        after = s[n.end:n.end + 8].lstrip()
        if after.startswith(AGE_WORDS):
            continue
        cues = [(abs(p - n.start), "fatalities") for p in death] + [(abs(p - n.start), "injuries") for p in injury]
        dist, kind = min(cues)
        qualifier = n.qualifier if n.qualifier in QUALIFIERS else "exact"
        count = Count(text=s[n.start:n.end], value=n.value, qualifier=qualifier,
                      high=n.high if isinstance(n.high, int) else None,
                      start=tag.start, end=tag.end)
        if kind not in best or dist < best[kind][0]:
            best[kind] = (dist, count)
    return {k: v for k, (_, v) in best.items()}


_PIPE = None


def resolve_actor(tag: Tag) -> ActorRef | None:
    global _PIPE
    from ghotona.api import _stages
    from ghotona.doc import Document
    from ghotona.options import Options
    from ghotona.pipeline import Pipeline
    from ghotona.recognize.entities import actor_lexicon

    if _PIPE is None:
        _PIPE = Pipeline([s for s in _stages() if s.name in ("normalize", "segment")])
    doc = _PIPE(Document(text=tag.text, id="participant"), Options())
    found = actor_lexicon().find(doc)
    if not found:
        return None
    found.sort(key=lambda m: (m.entry.get("kind") == "generic", m.first))
    e = found[0].entry
    return ActorRef(text=tag.text, name=e.get("name") or None, country=e.get("country") or None,
                    sector=e.get("sector") or None, wikidata=e.get("wikidata") or None,
                    start=tag.start, end=tag.end)


# --- events -------------------------------------------------------------------------------
def trigger_type(tag: Tag):
    """(event_type, mode, acled type, acled sub-type, context) of a trigger, or None if dropped."""
    row = TYPE_MAP.get(tag.ednil or "")
    if row is None:
        return None
    etype, mode, (acled, sub), context = row
    if tag.ednil == "SURGICAL_STRIKES" and "বিমান" in tag.text:
        mode, acled, sub = "aerial", "Explosions/Remote violence", "Air/drone strike"
    if tag.ednil == "TRANSPORT_HAZARDS":
        if re.search("ট্রেন|রেল|লাইনচ্যুত", tag.text):
            mode = "rail"
        elif "বিমান" in tag.text:
            mode = "air"
        elif re.search("নৌকা|লঞ্চ|জাহাজ|ফেরি", tag.text):
            mode = "water"
    return etype, mode, acled, sub, list(context)


class Article:
    def __init__(self, doc_id: str, text: str, tags: list[Tag], gz: Gazetteer):
        from ghotona.api import text_pipeline
        from ghotona.doc import Document
        from ghotona.options import Options

        self.doc_id, self.text, self.tags = doc_id, text, tags
        align(text, tags)
        self.anchor, self.dateline_span = dateline(text)
        doc = text_pipeline()(Document(text=text, id=doc_id), Options())
        self.doc = doc
        self.places = Places(gz, doc_id, text, tags)

    def sentence(self, pos: int) -> int:
        return self.doc.sentence_index_at(pos) if self.doc.sentences else 0

    def in_dateline(self, t: Tag) -> bool:
        if self.dateline_span is None:
            return False
        if t.start is not None:
            lo, hi = self.dateline_span
            return t.start < hi and lo < t.end
        return t.order == 0  # unaligned: the leading TIME tag is the dateline

    def place_of(self, pos: int, fallback: str = "none") -> Location | None:
        for t in nearest(self.tags, "PLACE", pos):
            loc = self.places.resolve(t)
            if loc is not None:
                return loc
        return self.places.fallback() if fallback == "country" else None

    def date_of(self, pos: int, fallback: str) -> EventDate | None:
        for t in nearest(self.tags, "TIME", pos, ok=lambda t: not self.in_dateline(t)):
            d = resolve_date(t, self.anchor)
            if d is not None:
                return d
        if fallback == "publication" and self.anchor is not None:
            return EventDate(text=None, value=self.anchor.isoformat(), precision="week")
        return None

    def counts_of(self, pos: int, sentences: set[int]) -> dict[str, Count]:
        allowed = sentences | {s + 1 for s in sentences}
        out: dict[str, Count] = {}
        for t in nearest(self.tags, "CASUALTIES", pos, ok=lambda t: self.sentence(t.pos) in allowed):
            for kind, c in counts_in(t).items():
                out.setdefault(kind, c)
        return out

    def actor_of(self, pos: int) -> ActorRef | None:
        s = self.sentence(pos)
        for t in nearest(self.tags, "PARTICIPANT", pos, ok=lambda t: self.sentence(t.pos) == s):
            a = resolve_actor(t)
            if a is not None:
                return a
        return None

    def events(self, group: str, date_fallback: str, place_fallback: str = "none") -> list[Event]:
        triggers = [(t, trigger_type(t)) for t in self.tags if t.kind == "TRIGGER"]
        triggers = [(t, ty) for t, ty in triggers if ty is not None]
        triggers.sort(key=lambda x: (x[0].pos, x[0].order))
        groups: dict[tuple, list[tuple[Tag, tuple]]] = {}
        last_key: dict[str, tuple] = {}
        for t, ty in triggers:
            if group == "article":
                key = (ty[0],)
            elif group == "sentence":
                key = (ty[0], self.sentence(t.pos))
            else:  # place
                loc = self.place_of(t.pos)
                if loc is None:
                    key = last_key.get(ty[0], (ty[0], None))
                else:
                    key = (ty[0], loc.name, loc.lat, loc.lon)
            last_key[ty[0]] = key
            groups.setdefault(key, []).append((t, ty))
        out = []
        for n, (key, members) in enumerate(groups.items(), start=1):
            first = members[0][0]
            modes = Counter(ty[1] for _, ty in members if ty[1] is not None)
            top = modes.most_common(1)[0][0] if modes else None  # ties: the earlier mode
            rep = next((ty for _, ty in members if ty[1] == top), members[0][1])
            etype, mode, acled, sub, context = rep
            for _, ty in members:
                context += [c for c in ty[4] if c not in context]
            mentions, seen = [], set()
            for t, _ in members:
                if t.start is None:
                    continue
                si = self.sentence(t.start)
                if si in seen:
                    continue
                seen.add(si)
                sent = self.doc.sentences[si] if self.doc.sentences else None
                mentions.append(Mention(start=sent.start if sent else t.start, end=sent.end if sent else t.end,
                                        sentence=si, trigger_start=t.start, trigger_end=t.end))
            sentences = {self.sentence(t.pos) for t, _ in members}
            location = self.place_of(first.pos, place_fallback)
            date = self.date_of(first.pos, date_fallback)
            counts = self.counts_of(first.pos, sentences)
            actor = self.actor_of(first.pos)
            ednil_types = sorted({t.ednil for t, _ in members})
            summary = f"{etype}" + (f" ({mode})" if mode else "")
            if location:
                summary += f" in {location.name}"
            if date:
                summary += f" on {date.value}"
            summary += f"; EDNIL CRF: {', '.join(ednil_types)}"
            digest = hashlib.sha1(f"{self.doc_id}|{key}|{first.order}".encode()).hexdigest()[:8]
            out.append(Event(
                id=f"{self.doc_id}-{n}-{digest}", doc_id=self.doc_id, event_type=etype, mode=mode,
                context=context, acled_event_type=acled, acled_sub_event_type=sub, actor=actor,
                location=location, date=date, fatalities=counts.get("fatalities"),
                injuries=counts.get("injuries"), mentions=mentions, summary_en=summary, confidence=0.5))
        return out


def convert(data: Path = DATA, group: str = "article", date_fallback: str = "none",
            place_fallback: str = "none", ids: set[str] | None = None,
            stats: Counter | None = None) -> list[dict]:
    """Records (dicts) for the articles of ``data`` (all of them, or those in ``ids``)."""
    stats = stats if stats is not None else Counter()
    gz = Gazetteer.load()
    texts = {}
    with (data / "articles-bn.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if ids is None or r["id"] in ids:
                texts[r["id"]] = r["text"]
    records = []
    for doc_id, text in texts.items():
        path = data / "silver-predictions-task2" / f"{doc_id}.xml"
        stats["articles"] += 1
        if not path.exists():
            stats["articles without a silver file"] += 1
            continue
        _, tags = read_silver(path)
        art = Article(doc_id, text, tags, gz)
        for t in tags:
            stats[f"{t.kind} tags"] += 1
            stats[f"{t.kind} tags aligned"] += t.start is not None
            if t.kind == "TRIGGER":
                stats["trigger mentions mapped" if trigger_type(t) else "trigger mentions dropped"] += 1
        events = art.events(group, date_fallback, place_fallback)
        stats["events"] += len(events)
        stats["articles with events"] += bool(events)
        for e in events:
            stats[f"events {e.event_type}"] += 1
            stats["events with location"] += e.location is not None
            stats["events with date"] += e.date is not None
            stats["events with actor"] += e.actor is not None
            stats["events with fatalities"] += e.fatalities is not None
            records.append(e.to_dict())
    return records


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", default=DEFAULT_OUT)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--group", choices=("article", "place", "sentence"), default="article")
    ap.add_argument("--date-fallback", choices=("none", "publication"), default="none")
    ap.add_argument("--place-fallback", choices=("none", "country"), default="none")
    ap.add_argument("--generous", action="store_true",
                    help="both fallbacks: --date-fallback publication --place-fallback country")
    ap.add_argument("--ids", nargs="*", help="only these article ids")
    args = ap.parse_args(argv)
    out = Path(args.out).resolve()
    repo = Path(__file__).resolve().parents[1]
    if repo in out.parents:
        ap.error(f"{out} is inside the repository; predictions quote article text")
    stats: Counter = Counter()
    if args.generous:
        args.date_fallback, args.place_fallback = "publication", "country"
    records = convert(args.data, args.group, args.date_fallback, args.place_fallback,
                      set(args.ids) if args.ids else None, stats)
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for k in sorted(stats):
        print(f"{k:32} {stats[k]}", file=sys.stderr)
    print(f"wrote {len(records)} records to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
