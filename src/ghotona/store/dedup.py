"""Cross-article deduplication: the same real-world event reported by several articles becomes one
cluster (ACLED: one event, many sources; GDELT: NumArticles).  The rule, stated in docs/store.md:

Two stored events are the same event when all of these hold:

* **type** — the same PLOVER ``event_type``; neither is negated;
* **articles** — they come from different articles, and a cluster never holds two events of one
  article (within an article, ghotona has already decided that its events differ);
* **date** — each date is read as a span of days: a ``day`` date is that day, a ``week`` date (most
  often the publication date lent to an undated event) the seven days up to and including it.
  The spans must overlap or be at most ``WINDOW_DAYS`` (1) apart — for two day dates, ±1 day.
  Month- and year-precision dates, and events without a date, never match: too vague to tell two
  events apart;
* **place** — neither place is vaguer than a district (``country``/``admin1`` precision or no
  place never match), countries do not differ, and: when both are placed at town level or finer
  (``point``/``city``) with coordinates, they are at most ``DISTANCE_KM`` (25 km) apart; otherwise
  (a district-level place or no coordinates) they name the same district (``admin2``).  Two events
  that both lack a date of their own (``week``) need the town-level distance test;
* **actors** — compatible: the actor and target names (canonical names) do not contradict each
  other, where two names agree when either is missing or one contains the other (case-blind);
  the pairing may be crossed (X vs Y reported as Y vs X, as two-sided clashes are).

An incoming event joins a cluster only when it matches *every* event already in it (complete
link, so no chain of near neighbours can stretch a cluster over a week or a district); among such
clusters it joins the nearest (largest distance to a member, then largest gap in days, then the
oldest cluster); when none qualifies it starts a cluster of its own.
When an article is replaced, the clusters that lose its events are dissolved and their remaining
events assigned again in the order they were stored, so no cluster is held together by an event
that is gone.

A cluster keeps every member (``events.cluster_id`` → the articles via ``events.doc_id``), the most
conservative fatality count — the lowest figure any article reports (ACLED's rule) — and the
range of figures seen (``fatalities_min``–``fatalities_max``, a reported range counting with its
upper end).
"""
from __future__ import annotations

import datetime as dt
from typing import Any, Iterable, Mapping

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update

from ..geo.gazetteer import haversine_km
from ..schema import date_span
from .schema import clusters, documents, events

DISTANCE_KM = 25.0
WINDOW_DAYS = 1
TOWN = ("point", "city")
PLACED = ("point", "city", "district")
MATCH_DATES = ("day", "week")
_PLACE_RANK = {"point": 5, "city": 4, "district": 3, "admin1": 2, "country": 1}
_DATE_RANK = {"day": 4, "week": 3, "month": 2, "year": 1}

# The columns the rule reads.
COLUMNS = (
    events.c.pk, events.c.doc_id, events.c.cluster_id, events.c.event_type, events.c.negated,
    events.c.actor_name, events.c.target_name, events.c.country, events.c.admin2, events.c.lat,
    events.c.lon, events.c.geo_precision, events.c.date_precision, events.c.date_start,
    events.c.date_end,
)


def _names_agree(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    a, b = a.casefold(), b.casefold()
    return a in b or b in a


def actors_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    straight = _names_agree(a["actor_name"], b["actor_name"]) and _names_agree(a["target_name"], b["target_name"])
    crossed = _names_agree(a["actor_name"], b["target_name"]) and _names_agree(a["target_name"], b["actor_name"])
    return straight or crossed


def matchable(e: Mapping[str, Any]) -> bool:
    """Whether an event can be matched at all (a type, a day/week date, a district or finer)."""
    return (not e["negated"] and e["date_precision"] in MATCH_DATES and e["date_start"] is not None
            and e["geo_precision"] in PLACED)


def match(a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[float, int] | None:
    """(distance km, days apart) when ``a`` and ``b`` are the same event by the rule, else None."""
    if a["event_type"] != b["event_type"] or a["doc_id"] == b["doc_id"]:
        return None
    if not (matchable(a) and matchable(b)):
        return None
    w = dt.timedelta(days=WINDOW_DAYS)
    if a["date_start"] > b["date_end"] + w or b["date_start"] > a["date_end"] + w:
        return None
    gap = max(0, (a["date_start"] - b["date_end"]).days, (b["date_start"] - a["date_end"]).days)
    if a["country"] and b["country"] and a["country"] != b["country"]:
        return None
    town = (a["geo_precision"] in TOWN and b["geo_precision"] in TOWN and None not in
            (a["lat"], a["lon"], b["lat"], b["lon"]))
    if town:
        km = haversine_km(a["lat"], a["lon"], b["lat"], b["lon"])
        if km > DISTANCE_KM:
            return None
    else:
        if a["date_precision"] == "week" and b["date_precision"] == "week":
            return None
        if not a["admin2"] or not b["admin2"] or a["admin2"].casefold() != b["admin2"].casefold():
            return None
        km = 0.0
    if not actors_compatible(a, b):
        return None
    return km, gap


# --- assignment -----------------------------------------------------------------------------
def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


_SUMMARY_COLUMNS = (
    events.c.acled_event_type, events.c.admin1, events.c.location_name, events.c.fatalities,
    events.c.fatalities_high, events.c.confidence, documents.c.paper,
)


def assign(conn: Connection, pks: Iterable[int]) -> set[int]:
    """Give each event (by pk, in order) a cluster: the best matching one, else a new one of its own.
    Returns the clusters that gained a member from elsewhere; call :func:`refresh` on them."""
    pks = list(pks)
    if not pks:
        return set()
    rows = {r["pk"]: r for r in conn.execute(
        select(*COLUMNS, *_SUMMARY_COLUMNS).join(documents, documents.c.id == events.c.doc_id)
        .where(events.c.pk.in_(pks))).mappings()}
    touched: set[int] = set()
    alone: list[Mapping[str, Any]] = []  # events that start a cluster of their own
    for pk in pks:
        e = rows.get(pk)
        if e is None:
            continue
        if not matchable(e):
            alone.append(e)  # nothing can join it later in this call either: batched below
            continue
        cid = _best_cluster(conn, e)
        if cid is None:
            cid = conn.execute(insert(clusters).values(**summarize([e]), updated_at=_now())
                               .returning(clusters.c.id)).scalar_one()
        else:
            touched.add(cid)
        conn.execute(update(events).where(events.c.pk == pk).values(cluster_id=cid))
    if alone:
        now = _now()
        ids = conn.execute(insert(clusters).returning(clusters.c.id, sort_by_parameter_order=True),
                           [{**summarize([e]), "updated_at": now} for e in alone]).scalars().all()
        conn.execute(update(events).where(events.c.pk == bindparam("b_pk")).values(cluster_id=bindparam("b_cid")),
                     [{"b_pk": e["pk"], "b_cid": cid} for e, cid in zip(alone, ids, strict=True)])
    return touched


def _best_cluster(conn: Connection, e: Mapping[str, Any]) -> int | None:
    reach = dt.timedelta(days=WINDOW_DAYS)
    cands = conn.execute(
        select(*COLUMNS).where(
            events.c.event_type == e["event_type"],
            events.c.cluster_id.is_not(None),
            events.c.doc_id != e["doc_id"],
            events.c.negated.is_(False),
            events.c.date_precision.in_(MATCH_DATES),
            events.c.geo_precision.in_(PLACED),
            events.c.date_start <= e["date_end"] + reach,
            events.c.date_end >= e["date_start"] - reach,
        )
    ).mappings().all()
    if not cands:
        return None
    scores: dict[int, tuple[float, int]] = {}
    failed: set[int] = set()
    for c in cands:
        cid = c["cluster_id"]
        m = match(e, c)
        if m is None:
            failed.add(cid)
        elif cid not in failed:
            km, gap = scores.get(cid, (0.0, 0))
            scores[cid] = (max(km, m[0]), max(gap, m[1]))
    ids = sorted(set(scores) - failed)
    if not ids:
        return None
    # complete link: every member must have matched (members outside the prefilter cannot)
    sizes = dict(conn.execute(select(events.c.cluster_id, func.count()).where(events.c.cluster_id.in_(ids))
                              .group_by(events.c.cluster_id)).all())
    matched = {cid: sum(1 for c in cands if c["cluster_id"] == cid) for cid in ids}
    eligible = [cid for cid in ids if sizes.get(cid) == matched[cid]]
    if not eligible:
        return None
    return min(eligible, key=lambda cid: (*scores[cid], cid))


def release(conn: Connection, cluster_ids: Iterable[int]) -> list[int]:
    """Dissolve clusters (their events lost a member): return their remaining events' pks, in
    storage order, now without a cluster."""
    ids = sorted(set(cluster_ids))
    if not ids:
        return []
    orphans = list(conn.execute(
        select(events.c.pk).where(events.c.cluster_id.in_(ids)).order_by(events.c.pk)).scalars())
    conn.execute(update(events).where(events.c.cluster_id.in_(ids)).values(cluster_id=None))
    conn.execute(delete(clusters).where(clusters.c.id.in_(ids)))
    return orphans


def refresh(conn: Connection, cluster_ids: Iterable[int]) -> None:
    """Recompute each cluster's summary from its members; delete clusters left empty."""
    for cid in sorted(set(cluster_ids)):
        members = conn.execute(
            select(events.c.pk, events.c.doc_id, events.c.event_type, events.c.acled_event_type,
                   events.c.country, events.c.admin1, events.c.admin2, events.c.location_name,
                   events.c.lat, events.c.lon, events.c.geo_precision, events.c.date_precision,
                   events.c.date_start, events.c.date_end, events.c.fatalities,
                   events.c.fatalities_high, events.c.confidence, documents.c.paper)
            .join(documents, documents.c.id == events.c.doc_id)
            .where(events.c.cluster_id == cid).order_by(events.c.pk)
        ).mappings().all()
        if not members:
            conn.execute(delete(clusters).where(clusters.c.id == cid))
            continue
        conn.execute(update(clusters).where(clusters.c.id == cid).values(**summarize(members), updated_at=_now()))


def summarize(members: list[Mapping[str, Any]]) -> dict[str, Any]:
    """A cluster's fields from its members (ACLED: the lowest fatality figure; the range seen)."""
    rep = max(members, key=lambda m: (m["confidence"] or 0.0, _PLACE_RANK.get(m["geo_precision"], 0),
                                      _DATE_RANK.get(m["date_precision"], 0), -m["pk"]))
    place = max(members, key=lambda m: (_PLACE_RANK.get(m["geo_precision"], 0), m is rep, -m["pk"]))
    best_date = max(_DATE_RANK.get(m["date_precision"], 0) for m in members)
    dated = [m for m in members if m["date_start"] is not None and _DATE_RANK.get(m["date_precision"], 0) == best_date]
    lows = [m["fatalities"] for m in members if m["fatalities"] is not None]
    highs = [m["fatalities_high"] if m["fatalities_high"] is not None else m["fatalities"]
             for m in members if m["fatalities"] is not None]
    return {
        "event_type": rep["event_type"],
        "acled_event_type": rep["acled_event_type"],
        "rep_event_pk": rep["pk"],
        "country": place["country"], "admin1": place["admin1"], "admin2": place["admin2"],
        "location_name": place["location_name"], "lat": place["lat"], "lon": place["lon"],
        "date_start": min((m["date_start"] for m in dated), default=None),
        "date_end": max((m["date_end"] for m in dated), default=None),
        "fatalities": min(lows) if lows else None,
        "fatalities_min": min(lows) if lows else None,
        "fatalities_max": max(highs) if highs else None,
        "n_events": len(members),
        "n_articles": len({m["doc_id"] for m in members}),
        "n_sources": len({m["paper"] or f"doc:{m['doc_id']}" for m in members}),
    }


def recluster(conn: Connection) -> int:
    """Rebuild every cluster from scratch (after a change of the rule); return how many there are."""
    conn.execute(update(events).values(cluster_id=None))
    conn.execute(delete(clusters))
    pks = list(conn.execute(select(events.c.pk).order_by(events.c.pk)).scalars())
    refresh(conn, assign(conn, pks))
    return conn.execute(select(func.count()).select_from(clusters)).scalar_one()


__all__ = ["DISTANCE_KM", "WINDOW_DAYS", "assign", "date_span", "haversine_km", "match", "recluster",
           "refresh", "release", "summarize"]
