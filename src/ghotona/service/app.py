"""The REST API and the dashboard, served by ``ghotona serve`` (FastAPI + uvicorn).

FastAPI because it writes the OpenAPI document from the same type hints that validate requests
(the schemathesis tests run against that document), and its test client needs no server.

* ``POST /v1/extract``   one article → the event records ``ghotona extract`` prints
* ``POST /v1/documents`` ingest one or many articles (JSON object, JSON array or JSONL) into the store;
  a bearer token is required when ``GHOTONA_API_TOKEN`` (or ``token``) is set
* ``GET /v1/events``     the filters of ``ghotona events``, ``format=json|geojson|csv``, limit + cursor
* ``GET /v1/events/{id}`` one stored event: record, cluster, mentions, sources, article text, evidence spans
* ``GET /v1/stats``, ``GET /healthz``; the dashboard at ``/`` (static files, no CDN)

Errors are JSON ``{"error": message}``; no stack trace ever reaches a client. Every value a client
sends reaches SQL as a bound parameter (the store builds queries with SQLAlchemy expressions).
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import hmac
import io
import json
import logging
import math
import os
import threading
from importlib import resources
from typing import Any, Literal

from fastapi import FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..inputs import InputError, RecordProblem, record_to_document
from ..options import Options

log = logging.getLogger("ghotona.service")

MAX_BODY = 1_000_000          # bytes; a larger request body is refused with 413
MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
ERROR = {"type": "object", "properties": {"error": {"type": "string"}}, "required": ["error"]}
ERRORS = {code: {"description": desc, "content": {"application/json": {"schema": ERROR}}}
          for code, desc in ((400, "bad request"), (401, "a bearer token is required"), (404, "not found"),
                             (413, "body over the limit"), (422, "unusable input"))}


# --- body limit (pure ASGI, so it also catches chunked bodies without Content-Length) ------------
class BodyLimit:
    def __init__(self, app, limit: int):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        too_big = False
        if declared is not None:
            try:
                too_big = int(declared) > self.limit
            except ValueError:
                return await _send_json(send, 400, {"error": "bad Content-Length header"})
        chunks: list[bytes] = []
        size = 0
        if not too_big:
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunk = message.get("body", b"")
                size += len(chunk)
                if size > self.limit:
                    too_big = True
                    break
                chunks.append(chunk)
                more = message.get("more_body", False)
        if too_big:
            return await _send_json(send, 413, {"error": f"request body over the limit of {self.limit:,} bytes"})
        body = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


async def _send_json(send, status: int, payload: dict) -> None:
    data = json.dumps(payload).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
    await send({"type": "http.response.body", "body": data})


# --- request models ----------------------------------------------------------------------------
class ExtractIn(BaseModel):
    text: str = Field(description="the article, UTF-8 Bengali text")
    published: str | None = Field(None, description="publication date YYYY-MM-DD (anchors আজ, গতকাল …)")
    title: str | None = None
    url: str | None = None


DOCUMENTS_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": {"oneOf": [
            {"type": "object", "description": "one record {id, text|article, published, title, url}"},
            {"type": "array", "items": {"type": "object"}}]}},
        "application/x-ndjson": {"schema": {"type": "string", "description": "one JSON record a line"}},
    },
}


def create_app(db_url: str | None = None, token: str | None = None, *, max_body: int = MAX_BODY,
               options: Options | None = None) -> FastAPI:
    """The API and dashboard on the store at ``db_url`` (see ghotona.store.resolve_url); the schema is
    created or upgraded on start. ``token`` (default ``$GHOTONA_API_TOKEN``) guards the writes."""
    from ..store import Ingester, make_engine
    from ..store.db import describe, ensure_schema

    token = (token if token is not None else os.environ.get("GHOTONA_API_TOKEN")) or None
    options = options or Options()
    engine = make_engine(db_url)
    ensure_schema(engine)
    write_lock = threading.Lock()

    app = FastAPI(title="ghotona", version=_version(),
                  description="Structured, geocoded, sourced events from Bengali news (docs/store.md).")
    app.state.engine = engine
    app.state.db = describe(str(engine.url))

    # --- errors: JSON, never a stack trace ------------------------------------------------------
    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p != "body") or "body"
            parts.append(f"{where}: {err.get('msg', 'invalid')}")
        return JSONResponse({"error": "; ".join(parts) or "invalid request"}, status_code=422)

    @app.exception_handler(InputError)
    async def _input_error(request: Request, exc: InputError):
        return JSONResponse({"error": str(exc)}, status_code=422)

    @app.exception_handler(Exception)
    async def _internal_error(request: Request, exc: Exception):
        log.exception("internal error on %s %s", request.method, request.url.path)
        return JSONResponse({"error": "internal error"}, status_code=500)

    def require_token(authorization: str | None) -> None:
        if token is None:
            return
        given = (authorization or "")
        if not given.startswith("Bearer ") or not hmac.compare_digest(given[7:].encode(), token.encode()):
            raise HTTPException(401, "this write needs 'Authorization: Bearer <GHOTONA_API_TOKEN>'",
                                headers={"WWW-Authenticate": "Bearer"})

    # --- extract ---------------------------------------------------------------------------------
    @app.post("/v1/extract", responses=ERRORS, tags=["extract"],
              response_model=list[dict[str, Any]])
    def extract(body: ExtractIn) -> list[dict[str, Any]]:
        """The events one Bengali article reports: the records `ghotona extract` prints."""
        from ..api import analyze

        _check_plain(body.text)
        doc = analyze(body.text, body.published, title=body.title, url=body.url,
                      doc_id="doc-" + hashlib.sha256(body.text.encode("utf-8", "replace")).hexdigest()[:12],
                      options=options)
        return [e.to_dict() for e in doc.events]

    # --- ingest ----------------------------------------------------------------------------------
    @app.post("/v1/documents", responses=ERRORS, tags=["store"], openapi_extra={"requestBody": DOCUMENTS_BODY})
    async def ingest_documents(request: Request, authorization: str | None = Header(None)) -> dict[str, Any]:
        """Ingest one or many articles: a JSON object, a JSON array of objects, or JSONL."""
        require_token(authorization)
        raw = await request.body()
        records = _parse_records(raw)
        problems: list[str] = []
        docs = []
        for i, (line, record) in enumerate(records):
            where = f"record {i + 1}" if line is None else f"line {line}"
            if isinstance(record, RecordProblem):
                problems.append(f"{where}: {record.message}")
                continue
            try:
                doc = record_to_document(record, where, options)
                _check_plain(doc.text)
            except InputError as exc:
                problems.append(f"{where}: {exc}")
                continue
            if not doc.id:
                doc.id = "doc-" + hashlib.sha256(doc.text.encode("utf-8", "replace")).hexdigest()[:12]
            docs.append(doc)
        if not docs:
            raise HTTPException(422, "no usable article: " + ("; ".join(problems[:5]) or "empty body"))
        from starlette.concurrency import run_in_threadpool

        def run():
            with write_lock:
                return Ingester(engine, options, upgrade=False).ingest_documents(docs, origin="<api>")

        report = await run_in_threadpool(run)
        problems += [str(p) for p in report.problems]
        return {"read": report.read, "added": report.added, "updated": report.updated,
                "unchanged": report.unchanged, "events": report.events, "problems": problems}

    # --- events ----------------------------------------------------------------------------------
    @app.get("/v1/events", tags=["store"], responses={**ERRORS, 200: {
        "description": "format=json: {count, next_cursor, events}; geojson: a FeatureCollection; csv: ACLED columns",
        "content": {"application/json": {"schema": {"type": "object"}},
                    "text/csv": {"schema": {"type": "string"}}}}})
    def list_events(
        type: str | None = Query(None, description="PLOVER or ACLED type; comma-separated for several"),
        mode: str | None = Query(None, description="PLOVER mode"),
        country: str | None = Query(None, description="ISO3, comma-separated for several"),
        admin1: str | None = Query(None, description="division (admin1) name"),
        admin2: str | None = Query(None, description="district (admin2) name"),
        since: str | None = Query(None, description="YYYY-MM-DD"),
        until: str | None = Query(None, description="YYYY-MM-DD"),
        near: str | None = Query(None, description="LAT,LON,KM"),
        bbox: str | None = Query(None, description="MINLON,MINLAT,MAXLON,MAXLAT"),
        q: str | None = Query(None, description="text in the articles, summaries, places, actors"),
        per_article: bool = Query(False, description="one row per stored event instead of per cluster"),
        limit: int = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT),
        cursor: str | None = Query(None, description="next_cursor of the previous page"),
        format: Literal["json", "geojson", "csv"] = "json",
    ):
        """Stored events (one per real-world event, i.e. cluster, unless per_article) with the filters
        of `ghotona events`; pages of `limit`, continued with `cursor`."""
        from ..store import iter_rows, make_filters

        box = _parse_bbox(bbox) if bbox else None
        offset = _parse_cursor(cursor)
        try:
            # every filter runs in SQL, and the page is cut there too (OFFSET/LIMIT): a page of a
            # large store costs what it returns
            f = make_filters(types=[type] if type else None, countries=[country] if country else None,
                             since=since, until=until, near=near, text=q or None, per_article=per_article,
                             modes=[mode] if mode else None, admin1=admin1, admin2=admin2, bbox=box,
                             offset=offset, limit=limit + 1)
        except InputError as exc:
            raise HTTPException(422, str(exc).replace("--", "")) from None
        rows = list(iter_rows(engine, f))
        more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = str(offset + len(rows)) if more else None
        if format == "csv":
            from ..store.query import CSV_COLUMNS, csv_row

            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
            w.writeheader()
            for row in rows:
                w.writerow(csv_row(row, per_article))
            headers = {"X-Next-Cursor": next_cursor} if next_cursor else {}
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
        if format == "geojson":
            return JSONResponse({"type": "FeatureCollection", "features": [_feature(r) for r in rows if _coords(r)],
                                 "count": len(rows), "next_cursor": next_cursor})
        # JSONResponse directly: FastAPI's generic encoder would walk every nested record again
        return JSONResponse({"count": len(rows), "next_cursor": next_cursor, "events": [r.to_dict() for r in rows]})

    @app.get("/v1/events/{event_id}", responses=ERRORS, tags=["store"])
    def get_event(event_id: str) -> dict[str, Any]:
        """One stored event: its record, cluster, mentions, sources, and the article text with the
        evidence spans (offsets into that text)."""
        return JSONResponse(_event_detail(engine, event_id))

    @app.get("/v1/stats", tags=["store"])
    def get_stats(per_article: bool = False) -> dict[str, Any]:
        """Counts by type, country, month and day (clusters, or stored events with per_article), and
        per day by type (the dashboard's timeline)."""
        from ..store import stats
        from ..store.schema import clusters, events

        s = stats(engine, per_article=per_article)
        t = events if per_article else clusters
        by_day: dict[str, int] = {}
        by_day_type: dict[str, dict[str, int]] = {}
        with engine.connect() as conn:
            for day, etype, n in conn.execute(select(t.c.date_start, t.c.event_type, func.count())
                                              .group_by(t.c.date_start, t.c.event_type)):
                key = day.isoformat() if day else "undated"
                by_day[key] = by_day.get(key, 0) + n
                by_day_type.setdefault(key, {})[etype or "unknown"] = n
        s["by_day"] = dict(sorted(by_day.items()))
        s["by_day_type"] = dict(sorted(by_day_type.items()))
        return s

    @app.get("/healthz", tags=["service"])
    def healthz() -> dict[str, Any]:
        """Liveness and database reachability."""
        try:
            with engine.connect() as conn:
                conn.execute(select(1))
            ok = True
        except Exception:  # noqa: BLE001 - reported, not raised
            ok = False
        return JSONResponse({"status": "ok" if ok else "database unreachable", "version": _version()},
                            status_code=200 if ok else 503)

    _mount_dashboard(app)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


# --- helpers -------------------------------------------------------------------------------------
def _version() -> str:
    from .. import __version__

    return __version__


def _check_plain(text: str) -> None:
    """Refuse text that is empty, binary or not Bengali with a clear message (ghotona.inputs)."""
    from ..inputs import check_text

    check_text(text, "text", Options())


def _parse_records(raw: bytes) -> list[tuple[int | None, Any]]:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise HTTPException(422, "the body is not UTF-8 text") from None
    if not text.strip():
        raise HTTPException(422, "empty body: send a JSON object, a JSON array of objects, or JSONL")
    try:
        data = json.loads(text)
    except ValueError:
        data = None
        out: list[tuple[int | None, Any]] = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append((n, json.loads(line)))
            except ValueError as exc:
                out.append((n, RecordProblem(f"line {n}", n, f"not JSON ({exc.msg})")))
        return out
    if isinstance(data, dict):
        return [(None, data)]
    if isinstance(data, list):
        return [(None, r) if isinstance(r, dict) else (None, RecordProblem("body", None, "record is not a JSON object"))
                for r in data]
    raise HTTPException(422, "send a JSON object, a JSON array of objects, or JSONL")


def _parse_bbox(value: str) -> tuple[float, float, float, float]:
    try:
        w, s, e, n = (float(p) for p in value.split(","))
    except ValueError:
        raise HTTPException(422, f"bbox {value!r}: give MINLON,MINLAT,MAXLON,MAXLAT") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)) or w > e or s > n:
        raise HTTPException(422, f"bbox {value!r}: give MINLON,MINLAT,MAXLON,MAXLAT with min ≤ max")
    return w, s, e, n


def _parse_cursor(value: str | None) -> int:
    if not value:
        return 0
    if not value.isdigit() or len(value) > 12:
        raise HTTPException(422, "cursor: use the next_cursor of the previous page")
    return int(value)


def _coords(row) -> tuple[float, float] | None:
    cl = row.cluster or {}
    lat, lon = cl.get("lat"), cl.get("lon")
    if lat is None or lon is None:
        loc = row.event.location
        lat, lon = (loc.lat, loc.lon) if loc else (None, None)
    return (lat, lon) if lat is not None and lon is not None else None


def _feature(row) -> dict[str, Any]:
    lat, lon = _coords(row)
    e, cl = row.event, row.cluster or {}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": {
                "id": e.id, "event_type": e.event_type, "mode": e.mode, "acled_event_type": e.acled_event_type,
                "summary_en": e.summary_en, "date": e.date.value if e.date else None,
                "location": (e.location.name or e.location.text) if e.location else None,
                "country": e.location.country if e.location else None,
                "fatalities": cl.get("fatalities") if cl else (e.fatalities.value if e.fatalities else None),
                "cluster_id": cl.get("id"), "n_articles": cl.get("n_articles"), "url": row.url, "paper": row.paper}}


_SPAN_FIELDS = ("actor", "target", "location", "date", "fatalities", "injuries", "arrests")


def evidence_spans(record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every field with offsets into the article: kind, start, end, text (sorted by start)."""
    spans = []
    for kind in _SPAN_FIELDS:
        v = record.get(kind)
        if isinstance(v, dict) and isinstance(v.get("start"), int) and isinstance(v.get("end"), int):
            spans.append({"kind": kind, "start": v["start"], "end": v["end"], "text": v.get("text")})
    for v in record.get("victims") or []:
        if isinstance(v.get("start"), int):
            spans.append({"kind": "victim", "start": v["start"], "end": v["end"], "text": v.get("text")})
    for v in record.get("sources") or []:
        if isinstance(v.get("start"), int):
            spans.append({"kind": "source", "start": v["start"], "end": v["end"], "text": v.get("text")})
    for m in record.get("mentions") or []:
        if isinstance(m.get("trigger_start"), int):
            spans.append({"kind": "trigger", "start": m["trigger_start"], "end": m["trigger_end"], "text": None})
    return sorted(spans, key=lambda s: (s["start"], s["end"]))


def _event_detail(engine, event_id: str) -> dict[str, Any]:
    from ..store.query import _cluster_dict, _members
    from ..store.schema import clusters, documents, events, mentions, sources

    with engine.connect() as conn:
        ev = conn.execute(select(events).where(events.c.event_id == event_id)).mappings().first()
        if ev is None:
            raise HTTPException(404, "no stored event with this id")
        record = json.loads(ev["record"])
        doc = conn.execute(select(documents.c.id, documents.c.title, documents.c.url, documents.c.paper,
                                  documents.c.published, documents.c.text)
                           .where(documents.c.id == ev["doc_id"])).mappings().first()
        ments = [dict(r) for r in conn.execute(
            select(mentions.c.sentence, mentions.c.start_offset, mentions.c.end_offset, mentions.c.trigger_start,
                   mentions.c.trigger_end, mentions.c.text)
            .where(mentions.c.event_pk == ev["pk"]).order_by(mentions.c.start_offset)).mappings()]
        srcs = [dict(r) for r in conn.execute(
            select(sources.c.text, sources.c.name, sources.c.start_offset, sources.c.end_offset)
            .where(sources.c.event_pk == ev["pk"]).order_by(sources.c.id)).mappings()]
        cluster = None
        if ev["cluster_id"] is not None:
            cr = conn.execute(select(clusters).where(clusters.c.id == ev["cluster_id"])).mappings().first()
            if cr is not None:
                cluster = _cluster_dict(cr, _members(conn, [cr["id"]]).get(cr["id"], []))
    text = doc["text"] if doc else None
    spans = evidence_spans(record)
    if text is not None:
        spans = [s for s in spans if 0 <= s["start"] <= s["end"] <= len(text)]
        for s in spans:
            s["text"] = text[s["start"]:s["end"]]
    return {
        "event": record, "cluster": cluster, "mentions": ments, "sources": srcs,
        "document": None if doc is None else {
            "id": doc["id"], "title": doc["title"], "url": doc["url"], "paper": doc["paper"],
            "published": doc["published"].isoformat() if isinstance(doc["published"], dt.date) else None,
            "text": text},
        "evidence": spans,
    }


# --- dashboard -----------------------------------------------------------------------------------
def _mount_dashboard(app: FastAPI) -> None:
    from fastapi.staticfiles import StaticFiles

    static = resources.files("ghotona.service") / "static"
    if static.is_dir():
        app.mount("/static", StaticFiles(directory=str(static)), name="static")

        @app.get("/", include_in_schema=False)
        def index():
            # defence in depth: no inline script runs even if a bug ever inserted stored HTML
            return FileResponse(str(static / "index.html"), media_type="text/html", headers={
                "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                           "img-src 'self' data: https://tile.openstreetmap.org; object-src 'none'"})
    for name, module in (("leaflet", "xstatic.pkg.leaflet"), ("markercluster", "xstatic.pkg.leaflet_markercluster")):
        try:
            pkg = __import__(module, fromlist=["BASE_DIR"])
        except ImportError:
            continue
        app.mount(f"/vendor/{name}", StaticFiles(directory=pkg.BASE_DIR), name=f"vendor-{name}")
