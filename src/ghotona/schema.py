"""The event record: what ghotona emits, one per event (JSONL: one a line).

Every key is always present; unknown values are null or [].  ``docs/schema.md`` explains each field
and ``resources/event.schema.json`` (written by :func:`json_schema`, checked in tests) validates it.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

QUALIFIERS = ("exact", "at_least", "about", "more_than", "less_than", "range", "several", "many")
PRECISIONS_DATE = ("day", "week", "month", "year")
PRECISIONS_PLACE = ("point", "city", "district", "admin1", "country")


@dataclass
class Evidence:
    """Where a field was read: character offsets into the original article."""

    start: int
    end: int


@dataclass
class ActorRef:
    text: str | None = None
    name: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER sector code
    wikidata: str | None = None
    start: int | None = None
    end: int | None = None
    acled_inter: int | None = None  # ACLED inter code 1-8 in this event's role (roles.in_role)


@dataclass
class Victim:
    text: str
    name: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Location:
    text: str | None = None
    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: str | None = None
    precision: str | None = None
    start: int | None = None
    end: int | None = None


#: a date of precision "week" allows the days from value - (WEEK_DAYS - 1) to value
WEEK_DAYS = 7
#: the event types the gold set measures: scored by ghotona.evaluate, given a learned confidence
MEASURED_TYPES = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "THREATEN", "SANCTION",
                            "ACCIDENT", "DISASTER"})


def date_span(value: str | None, precision: str | None) -> tuple[dt.date | None, dt.date | None]:
    """The days a date allows: a day; a week up to the day; a whole month; a whole year."""
    if not value:
        return None, None
    try:
        if len(value) >= 10:
            day = dt.date.fromisoformat(value[:10])
            if precision == "week":
                return day - dt.timedelta(days=WEEK_DAYS - 1), day
            if precision == "month":
                return _month(day.year, day.month)
            if precision == "year":
                return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
            return day, day
        if len(value) == 7:
            return _month(int(value[:4]), int(value[5:7]))
        if len(value) == 4:
            year = int(value)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
    except ValueError:
        pass
    return None, None


def _month(year: int, month: int) -> tuple[dt.date, dt.date]:
    first = dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


@dataclass
class EventDate:
    """When: ``value`` YYYY-MM-DD (or YYYY-MM, YYYY) at ``precision`` day | week | month | year; a
    week is the WEEK_DAYS days up to ``value``."""

    text: str | None = None
    value: str | None = None
    precision: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Count:
    text: str | None = None
    value: int | None = None
    qualifier: str | None = None
    high: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Source:
    text: str
    name: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Mention:
    start: int
    end: int
    sentence: int
    trigger_start: int | None = None
    trigger_end: int | None = None


@dataclass
class Event:
    id: str
    doc_id: str
    event_type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    actor: ActorRef | None = None
    target: ActorRef | None = None
    victims: list[Victim] = field(default_factory=list)
    location: Location | None = None
    date: EventDate | None = None
    fatalities: Count | None = None
    injuries: Count | None = None
    arrests: Count | None = None
    sources: list[Source] = field(default_factory=list)
    negated: bool = False
    hedged: bool = False
    mentions: list[Mention] = field(default_factory=list)
    summary_en: str = ""
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Event":
        def obj(kind, value):
            return None if value is None else kind(**value)

        return cls(
            id=data["id"],
            doc_id=data["doc_id"],
            event_type=data["event_type"],
            mode=data.get("mode"),
            context=list(data.get("context") or []),
            acled_event_type=data.get("acled_event_type"),
            acled_sub_event_type=data.get("acled_sub_event_type"),
            actor=obj(ActorRef, data.get("actor")),
            target=obj(ActorRef, data.get("target")),
            victims=[Victim(**v) for v in data.get("victims") or []],
            location=obj(Location, data.get("location")),
            date=obj(EventDate, data.get("date")),
            fatalities=obj(Count, data.get("fatalities")),
            injuries=obj(Count, data.get("injuries")),
            arrests=obj(Count, data.get("arrests")),
            sources=[Source(**s) for s in data.get("sources") or []],
            negated=bool(data.get("negated")),
            hedged=bool(data.get("hedged")),
            mentions=[Mention(**m) for m in data.get("mentions") or []],
            summary_en=data.get("summary_en") or "",
            confidence=float(data.get("confidence") or 0.0),
        )


# --- JSON Schema --------------------------------------------------------------------------
def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {"anyOf": [schema, {"type": "null"}]}


_OFFSET = {"type": ["integer", "null"], "minimum": 0}
_STR = {"type": ["string", "null"]}


def _object(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": props,
        "required": required if required is not None else list(props),
        "additionalProperties": False,
    }


def json_schema() -> dict[str, Any]:
    actor = _object({
        "text": _STR, "name": _STR,
        "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
        "sector": _STR, "wikidata": {"type": ["string", "null"], "pattern": "^Q[0-9]+$"},
        "start": _OFFSET, "end": _OFFSET,
        "acled_inter": {"type": ["integer", "null"], "minimum": 1, "maximum": 8},
    })
    count = _object({
        "text": _STR, "value": {"type": ["integer", "null"], "minimum": 0},
        "qualifier": {"enum": [*QUALIFIERS, None]},
        "high": {"type": ["integer", "null"], "minimum": 0},
        "start": _OFFSET, "end": _OFFSET,
    })
    schema = _object({
        "id": {"type": "string", "minLength": 1},
        "doc_id": {"type": "string", "minLength": 1},
        "event_type": {"type": "string", "pattern": "^[A-Z]+$"},
        "mode": _STR,
        "context": {"type": "array", "items": {"type": "string"}},
        "acled_event_type": _STR,
        "acled_sub_event_type": _STR,
        "actor": _nullable(actor),
        "target": _nullable(actor),
        "victims": {"type": "array", "items": _object(
            {"text": {"type": "string"}, "name": _STR, "start": _OFFSET, "end": _OFFSET})},
        "location": _nullable(_object({
            "text": _STR, "name": _STR,
            "country": {"type": ["string", "null"], "pattern": "^[A-Z]{3}$"},
            "admin1": _STR, "admin2": _STR,
            "lat": {"type": ["number", "null"], "minimum": -90, "maximum": 90},
            "lon": {"type": ["number", "null"], "minimum": -180, "maximum": 180},
            "geonames_id": _STR,
            "precision": {"enum": [*PRECISIONS_PLACE, None]},
            "start": _OFFSET, "end": _OFFSET,
        })),
        "date": _nullable(_object({
            "text": _STR,
            "value": {"type": ["string", "null"], "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
            "precision": {"enum": [*PRECISIONS_DATE, None]},
            "start": _OFFSET, "end": _OFFSET,
        })),
        "fatalities": _nullable(count),
        "injuries": _nullable(count),
        "arrests": _nullable(count),
        "sources": {"type": "array", "items": _object(
            {"text": {"type": "string"}, "name": _STR, "start": _OFFSET, "end": _OFFSET})},
        "negated": {"type": "boolean"},
        "hedged": {"type": "boolean"},
        "mentions": {"type": "array", "items": _object({
            "start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
            "sentence": {"type": "integer", "minimum": 0},
            "trigger_start": _OFFSET, "trigger_end": _OFFSET,
        })},
        "summary_en": {"type": "string"},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
    })
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/ghotona/ghotona/event.schema.json"
    schema["title"] = "ghotona event record"
    return schema


def write_json_schema(path: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(json_schema(), fh, indent=2, ensure_ascii=False)
        fh.write("\n")
