"""`ghotona events` and `ghotona stats`: query the store and export.

By default one row per cluster — one real-world event however many articles reported it — with
the fields of its representative event, the cluster's conservative fatality count and range, and
links to every contributing article; ``per_article`` gives one row per stored event instead.
Every filter is a bound parameter (no SQL is built from user text).
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, Iterator, TextIO

from sqlalchemy import Engine, and_, exists, func, or_, select

from ..export.acled_csv import ACLED_COLUMNS, GHOTONA_COLUMNS, acled_row
from ..inputs import InputError, parse_date
from ..schema import Event
from .db import connect, require_schema
from .dedup import haversine_km
from .schema import clusters, documents, events

FORMATS = ("table", "jsonl", "csv", "parquet")
STORE_COLUMNS = ["ghotona_cluster_id", "ghotona_n_articles", "ghotona_n_sources", "ghotona_fatalities_min",
                 "ghotona_fatalities_max", "ghotona_papers", "ghotona_doc_ids", "ghotona_urls"]
CSV_COLUMNS = ACLED_COLUMNS + GHOTONA_COLUMNS + STORE_COLUMNS
_CHUNK = 500


@dataclass
class Filters:
    types: list[str] = field(default_factory=list)      # PLOVER event_type or ACLED event_type
    countries: list[str] = field(default_factory=list)  # ISO3
    since: dt.date | None = None
    until: dt.date | None = None
    near: tuple[float, float, float] | None = None      # lat, lon, km
    text: str | None = None                             # in the articles, summaries, places, actors
    per_article: bool = False
    limit: int | None = None
    modes: list[str] = field(default_factory=list)      # PLOVER mode (a cluster matches by any member)
    admin1: str | None = None                           # division/state name, case-insensitive
    admin2: str | None = None                           # district name, case-insensitive
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    offset: int = 0                                     # rows to skip (paging)


def parse_near(value: str) -> tuple[float, float, float]:
    parts = [p.strip() for p in value.split(",")]
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise InputError(f"--near {value!r}: give LAT,LON,KM, e.g. 23.81,90.41,25") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0 and math.isfinite(km)):
        raise InputError(f"--near {value!r}: latitude -90..90, longitude -180..180, a positive distance")
    return lat, lon, km


def make_filters(*, types=None, countries=None, since=None, until=None, near=None, text=None,
                 per_article=False, limit=None, modes=None, admin1=None, admin2=None, bbox=None,
                 offset=0) -> Filters:
    """Filters from command-line strings (lists may hold comma-separated values)."""
    def split(values):
        return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]

    return Filters(
        types=split(types), countries=[c.upper() for c in split(countries)],
        since=parse_date(since, "--since") if since else None,
        until=parse_date(until, "--until") if until else None,
        near=parse_near(near) if near else None,
        text=text if text else None, per_article=per_article, limit=limit,
        modes=split(modes), admin1=admin1 or None, admin2=admin2 or None, bbox=bbox, offset=offset,
    )


@dataclass
class Row:
    """One exported event: the event record, its article, and its cluster."""

    event: Event
    url: str | None
    paper: str | None
    cluster: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return {**self.event.to_dict(), "cluster": self.cluster}


# --- querying --------------------------------------------------------------------------------
def _box(col_lat, col_lon, near):
    lat, lon, km = near
    dlat = km / 111.0
    dlon = km / (111.320 * max(0.01, math.cos(math.radians(lat))))
    conds = [col_lat.is_not(None), col_lon.is_not(None), col_lat.between(lat - dlat, lat + dlat)]
    if lon - dlon >= -180 and lon + dlon <= 180:
        conds.append(col_lon.between(lon - dlon, lon + dlon))
    return and_(*conds)


def _text_match(q: str, ev, doc):
    return or_(*(c.icontains(q, autoescape=True) for c in (
        doc.c.text, doc.c.title, ev.c.summary_en, ev.c.location_name, ev.c.actor_name, ev.c.target_name)))


def iter_rows(engine: Engine, f: Filters) -> Iterator[Row]:
    require_schema(engine)
    if f.per_article:
        yield from _iter_events(engine, f)
    else:
        yield from _iter_clusters(engine, f)


def _type_cond(col_type, col_acled, types):
    if not types:
        return None
    upper = [t.upper() for t in types]
    lower = [t.casefold() for t in types]
    return or_(col_type.in_(upper), func.lower(col_acled).in_(lower))


def _conditions(table, f: Filters, text_condition, mode_condition=None) -> list:
    """The WHERE clauses of the filters, on a table with event_type, acled_event_type, country,
    date_start/date_end and lat/lon columns (clusters and events both have them); every value is
    a bound parameter."""
    c = table.c
    conds = []
    if f.types:
        conds.append(_type_cond(c.event_type, c.acled_event_type, f.types))
    if f.countries:
        conds.append(c.country.in_(f.countries))
    if f.since:
        conds.append(c.date_end >= f.since)
    if f.until:
        conds.append(c.date_start <= f.until)
    if f.near:
        conds.append(_box(c.lat, c.lon, f.near))
    if f.text:
        conds.append(text_condition())
    if f.admin1:
        conds.append(func.lower(c.admin1) == f.admin1.casefold())
    if f.admin2:
        conds.append(func.lower(c.admin2) == f.admin2.casefold())
    if f.bbox:
        min_lon, min_lat, max_lon, max_lat = f.bbox
        conds.append(and_(c.lat.between(min_lat, max_lat), c.lon.between(min_lon, max_lon)))
    if f.modes:
        conds.append(mode_condition() if mode_condition else
                     func.lower(c.mode).in_([m.casefold() for m in f.modes]))
    return conds


def _paged(stmt, f: Filters):
    """OFFSET/LIMIT in SQL, so a page costs what it returns; not with --near, whose exact distance
    is checked after the query (SQL cuts a box), so there the callers count."""
    if f.near:
        return stmt
    if f.offset:
        stmt = stmt.offset(f.offset)
    if f.limit:
        stmt = stmt.limit(f.limit)
    return stmt


def _chunks(conn, stmt, f: Filters) -> Iterator[list]:
    """The query's rows in chunks; ``--near`` is checked exactly here (SQL only cut a box)."""
    result = conn.execute(stmt)
    to_skip = f.offset if f.near else 0  # otherwise SQL skipped them (_paged)
    while True:
        chunk = result.mappings().fetchmany(_CHUNK)
        if not chunk:
            return
        if f.near:
            chunk = [r for r in chunk if haversine_km(f.near[0], f.near[1], r["lat"], r["lon"]) <= f.near[2]]
            if to_skip:
                dropped = min(to_skip, len(chunk))
                chunk, to_skip = chunk[dropped:], to_skip - dropped
        if chunk:
            yield chunk


def _iter_clusters(engine: Engine, f: Filters) -> Iterator[Row]:
    c = clusters
    rep = events.alias("rep")
    stmt = (select(c, rep.c.record, documents.c.url, documents.c.paper)
            .join(rep, rep.c.pk == c.c.rep_event_pk)
            .join(documents, documents.c.id == rep.c.doc_id))
    m, d = events.alias("m"), documents.alias("d")
    k = events.alias("k")
    conds = _conditions(c, f, lambda: exists(select(m.c.pk).join(d, d.c.id == m.c.doc_id)
                                              .where(m.c.cluster_id == c.c.id, _text_match(f.text, m, d))),
                        lambda: exists(select(k.c.pk).where(k.c.cluster_id == c.c.id,
                                                            func.lower(k.c.mode).in_([x.casefold() for x in f.modes]))))
    stmt = _paged(stmt.where(*conds).order_by(c.c.date_start.is_(None), c.c.date_start, c.c.id), f)
    n = 0
    with connect(engine) as conn:
        for chunk in _chunks(conn, stmt, f):
            members = _members(conn, [r["id"] for r in chunk])
            for r in chunk:
                yield Row(Event.from_dict(json.loads(r["record"])), r["url"], r["paper"],
                          _cluster_dict(r, members.get(r["id"], [])))
                n += 1
                if f.limit and n >= f.limit:
                    return


def _iter_events(engine: Engine, f: Filters) -> Iterator[Row]:
    e = events
    stmt = (select(e.c.record, e.c.lat, e.c.lon, e.c.cluster_id, documents.c.url, documents.c.paper)
            .join(documents, documents.c.id == e.c.doc_id))
    conds = _conditions(e, f, lambda: _text_match(f.text, e, documents))
    stmt = _paged(stmt.where(*conds).order_by(e.c.date_start.is_(None), e.c.date_start, e.c.pk), f)
    n = 0
    with connect(engine) as conn:
        for chunk in _chunks(conn, stmt, f):
            ids = sorted({r["cluster_id"] for r in chunk if r["cluster_id"] is not None})
            crow = {r["id"]: r for r in conn.execute(select(clusters).where(clusters.c.id.in_(ids))).mappings()} if ids else {}
            members = _members(conn, ids)
            for r in chunk:
                cr = crow.get(r["cluster_id"])
                yield Row(Event.from_dict(json.loads(r["record"])), r["url"], r["paper"],
                          _cluster_dict(cr, members.get(r["cluster_id"], [])) if cr else {})
                n += 1
                if f.limit and n >= f.limit:
                    return


def _members(conn, cluster_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    if not cluster_ids:
        return {}
    out: dict[int, list[dict[str, Any]]] = {}
    rows = conn.execute(
        select(events.c.cluster_id, events.c.event_id, events.c.doc_id, events.c.fatalities,
               documents.c.paper, documents.c.url, documents.c.title)
        .join(documents, documents.c.id == events.c.doc_id)
        .where(events.c.cluster_id.in_(cluster_ids)).order_by(events.c.pk)).mappings()
    for r in rows:
        out.setdefault(r["cluster_id"], []).append(
            {"event_id": r["event_id"], "doc_id": r["doc_id"], "paper": r["paper"], "url": r["url"],
             "title": r["title"], "fatalities": r["fatalities"]})
    return out


def _cluster_dict(r, members: list[dict[str, Any]]) -> dict[str, Any]:
    def iso(d):
        return d.isoformat() if d else None

    return {
        "id": r["id"], "n_events": r["n_events"], "n_articles": r["n_articles"], "n_sources": r["n_sources"],
        "fatalities": r["fatalities"], "fatalities_min": r["fatalities_min"], "fatalities_max": r["fatalities_max"],
        "date_start": iso(r["date_start"]), "date_end": iso(r["date_end"]),
        "location": r["location_name"], "country": r["country"], "admin2": r["admin2"],
        "lat": r["lat"], "lon": r["lon"], "members": members,
    }


# --- writing ---------------------------------------------------------------------------------
def csv_row(row: Row, per_article: bool = False) -> dict[str, Any]:
    """ACLED's columns (export/acled_csv.acled_row), then ghotona's, then the store's: cluster,
    articles, papers.  Per cluster, ``fatalities`` is the cluster's conservative count."""
    out = acled_row(row.event, SimpleNamespace(url=row.url))
    cl = row.cluster
    members = cl.get("members", [])
    if cl and not per_article:
        out["fatalities"] = cl["fatalities"] if cl["fatalities"] is not None else 0
    out.update({
        "ghotona_cluster_id": cl.get("id", ""),
        "ghotona_n_articles": cl.get("n_articles", ""),
        "ghotona_n_sources": cl.get("n_sources", ""),
        "ghotona_fatalities_min": _blank(cl.get("fatalities_min")),
        "ghotona_fatalities_max": _blank(cl.get("fatalities_max")),
        "ghotona_papers": "; ".join(dict.fromkeys(m["paper"] for m in members if m["paper"])),
        "ghotona_doc_ids": "; ".join(dict.fromkeys(m["doc_id"] for m in members)),
        "ghotona_urls": "; ".join(dict.fromkeys(m["url"] for m in members if m["url"])),
    })
    return out


def _blank(v):
    return "" if v is None else v


def write_rows(rows: Iterator[Row], fmt: str, out: TextIO | None, path: str | None = None,
               per_article: bool = False) -> int:
    """Write rows in ``fmt``; parquet needs ``path``.  Returns how many were written."""
    if fmt == "jsonl":
        n = 0
        for row in rows:
            out.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
            n += 1
        return n
    if fmt == "csv":
        import csv

        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        n = 0
        for row in rows:
            writer.writerow(csv_row(row, per_article))
            n += 1
        return n
    if fmt == "parquet":
        return write_parquet(rows, path, per_article)
    if fmt == "table":
        return write_table(rows, out)
    raise InputError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


_INT = {"year", "time_precision", "geo_precision", "fatalities", "injuries", "arrests", "negated", "hedged",
        "evidence_start", "evidence_end", "ghotona_cluster_id", "ghotona_n_articles", "ghotona_n_sources",
        "ghotona_fatalities_min", "ghotona_fatalities_max"}
_FLOAT = {"latitude", "longitude", "confidence"}


def parquet_schema():
    import pyarrow as pa

    fields = [pa.field(c, pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.string())
              for c in CSV_COLUMNS]
    return pa.schema(fields + [pa.field("record", pa.string())])


def write_parquet(rows: Iterator[Row], path: str | None, per_article: bool = False) -> int:
    """The CSV's columns, typed, plus ``record``: the full event and cluster as JSON."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError("--format parquet needs pyarrow (pip install 'ghotona[parquet]')") from None
    if not path or path == "-":
        raise InputError("--format parquet writes a file: give --output FILE.parquet")
    schema = parquet_schema()
    n = 0
    try:
        writer = pq.ParquetWriter(path, schema)
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc}") from None
    with writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            rec = csv_row(row, per_article)
            for k in _INT | _FLOAT:
                v = rec.get(k)
                rec[k] = None if v in ("", None) else (float(v) if k in _FLOAT else int(v))
            for k in CSV_COLUMNS:
                if k not in _INT and k not in _FLOAT:
                    rec[k] = None if rec.get(k) is None else str(rec[k])
            rec["record"] = json.dumps(row.to_dict(), ensure_ascii=False)
            batch.append(rec)
            n += 1
            if len(batch) >= 1000:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                batch = []
        if batch or n == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
    return n


def write_table(rows: Iterator[Row], out: TextIO) -> int:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("cluster", "date", "type", "mode", "place", "killed", "range", "articles", "papers", "summary"):
        table.add_column(col, overflow="fold")
    n = 0
    for row in rows:
        e, cl = row.event, row.cluster
        loc = e.location
        members = cl.get("members", [])
        rng = ""
        if cl.get("fatalities_min") is not None and cl.get("fatalities_max") != cl.get("fatalities_min"):
            rng = f"{cl['fatalities_min']}–{cl['fatalities_max']}"
        table.add_row(
            str(cl.get("id", "")), (e.date.value or "") if e.date else "", e.event_type, e.mode or "",
            ((loc.name or loc.text or "") + (f" ({loc.country})" if loc.country else "")) if loc else "",
            "" if cl.get("fatalities") is None else str(cl["fatalities"]), rng,
            str(cl.get("n_articles", "")),
            "; ".join(dict.fromkeys(m["paper"] or m["doc_id"] for m in members)),
            e.summary_en,
        )
        n += 1
    Console(file=out, width=180, highlight=False, soft_wrap=False).print(table)
    return n


# --- stats -----------------------------------------------------------------------------------
def stats(engine: Engine, per_article: bool = False) -> dict[str, Any]:
    """Counts by type, country and month (clusters, or stored events with ``per_article``)."""
    require_schema(engine)
    t = events if per_article else clusters
    with connect(engine) as conn:
        def grouped(col):
            return {k: v for k, v in conn.execute(select(col, func.count()).select_from(t).group_by(col))}

        by_type = grouped(t.c.event_type)
        by_country = grouped(t.c.country)
        months: Counter[str] = Counter()
        for day, n in conn.execute(select(t.c.date_start, func.count()).select_from(t).group_by(t.c.date_start)):
            months[day.strftime("%Y-%m") if day else "undated"] += n
        totals = {
            "documents": conn.execute(select(func.count()).select_from(documents)).scalar_one(),
            "events": conn.execute(select(func.count()).select_from(events)).scalar_one(),
            "clusters": conn.execute(select(func.count()).select_from(clusters)).scalar_one(),
            "clusters_multi_article": conn.execute(
                select(func.count()).select_from(clusters).where(clusters.c.n_articles > 1)).scalar_one(),
        }

    def ordered(d):
        return dict(sorted(((k if k is not None else "unknown"), v) for k, v in d.items()))

    return {
        "unit": "event" if per_article else "cluster",
        "totals": totals,
        "by_type": dict(sorted(((k or "unknown"), v) for k, v in by_type.items())),
        "by_country": ordered(by_country),
        "by_month": dict(sorted(months.items())),
    }


def write_stats(s: dict[str, Any], out: TextIO, fmt: str = "table") -> None:
    if fmt == "json":
        json.dump(s, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(file=out, width=120, highlight=False, soft_wrap=False)
    t = s["totals"]
    console.print(f"{t['documents']} article(s), {t['events']} event(s), {t['clusters']} cluster(s) "
                  f"({t['clusters_multi_article']} reported by more than one article); counting {s['unit']}s")
    for key, title in (("by_type", "type"), ("by_country", "country"), ("by_month", "month")):
        table = Table(title=f"{s['unit']}s by {title}")
        table.add_column(title)
        table.add_column("count", justify="right")
        for k, v in s[key].items():
            table.add_row(str(k), str(v))
        console.print(table)
