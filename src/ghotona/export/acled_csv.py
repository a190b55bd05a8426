"""ACLED-style CSV: ACLED's column names where a field has an ACLED meaning, then ghotona's own.

ACLED conventions followed: time_precision 1 day / 2 week / 3 month (a year-only date is 3 too,
and flagged in ghotona_date_precision); geo_precision 1 town or finer / 2 district or part of a
region / 3 larger region or country; fatalities is the most conservative figure and 0 when unknown;
inter1/inter2 are the actors' inter codes in their part in the event (external forces, protesters,
rioters: ``events.roles.in_role``).
"""
from __future__ import annotations

import csv
from typing import TextIO

from ..doc import Document
from ..schema import Event

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "inter1", "actor2", "inter2", "civilian_targeting", "iso3",
    "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
]
GHOTONA_COLUMNS = [
    "ghotona_event_type", "ghotona_mode", "ghotona_context", "ghotona_date_precision",
    "ghotona_fatalities_qualifier", "injuries", "injuries_qualifier", "arrests", "negated",
    "hedged", "confidence", "doc_id", "doc_url", "evidence_start", "evidence_end",
]
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
GEO_PRECISION = {"point": 1, "city": 1, "district": 2, "admin1": 3, "country": 3}
DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


class AcledCsvWriter:
    def __init__(self, out: TextIO):
        self._writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + GHOTONA_COLUMNS)
        self._writer.writeheader()

    def write(self, event: Event, doc: Document) -> None:
        self._writer.writerow(acled_row(event, doc))


def acled_row(event: Event, doc: Document | None = None) -> dict[str, object]:
    date = event.date
    loc = event.location
    actor, target = event.actor, event.target
    fatalities = event.fatalities
    first = event.mentions[0] if event.mentions else None
    return {
        "event_id_cnty": event.id,
        "event_date": date.value if date else "",
        "year": (date.value or "")[:4] if date else "",
        "time_precision": TIME_PRECISION.get(date.precision, "") if date and date.precision else "",
        "disorder_type": DISORDER.get(event.acled_event_type or "", ""),
        "event_type": event.acled_event_type or "",
        "sub_event_type": event.acled_sub_event_type or "",
        "actor1": (actor.name or actor.text) if actor else "",
        "inter1": (actor.acled_inter or "") if actor else "",
        "actor2": (target.name or target.text) if target else "",
        "inter2": (target.acled_inter or "") if target else "",
        "civilian_targeting": "Civilian targeting"
        if target and target.sector == "CVL" and event.event_type == "ASSAULT" else "",
        "iso3": loc.country if loc and loc.country else "",
        "country": loc.country if loc and loc.country else "",
        "admin1": loc.admin1 if loc and loc.admin1 else "",
        "admin2": loc.admin2 if loc and loc.admin2 else "",
        "location": (loc.name or loc.text) if loc else "",
        "latitude": loc.lat if loc and loc.lat is not None else "",
        "longitude": loc.lon if loc and loc.lon is not None else "",
        "geo_precision": GEO_PRECISION.get(loc.precision, "") if loc and loc.precision else "",
        "source": "; ".join(s.name or s.text for s in event.sources),
        "notes": event.summary_en,
        "fatalities": fatalities.value if fatalities and fatalities.value is not None else 0,
        "ghotona_event_type": event.event_type,
        "ghotona_mode": event.mode or "",
        "ghotona_context": ";".join(event.context),
        "ghotona_date_precision": date.precision if date and date.precision else "",
        "ghotona_fatalities_qualifier": fatalities.qualifier if fatalities and fatalities.qualifier else "",
        "injuries": event.injuries.value if event.injuries and event.injuries.value is not None else "",
        "injuries_qualifier": event.injuries.qualifier if event.injuries and event.injuries.qualifier else "",
        "arrests": event.arrests.value if event.arrests and event.arrests.value is not None else "",
        "negated": int(event.negated),
        "hedged": int(event.hedged),
        "confidence": round(event.confidence, 3),
        "doc_id": event.doc_id,
        "doc_url": doc.url if doc and doc.url else "",
        "evidence_start": first.start if first else "",
        "evidence_end": first.end if first else "",
    }
