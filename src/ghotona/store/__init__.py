"""The event store: articles, events, mentions and sources in SQLite or PostgreSQL, with
cross-article deduplication into clusters (docs/store.md).

    from ghotona.store import make_engine, ingest, iter_rows, make_filters
    engine = make_engine("sqlite:///events.db")      # or postgresql://user@host/db
    report = ingest(engine, ["articles.jsonl"])      # creates / upgrades the schema
    for row in iter_rows(engine, make_filters(types=["ASSAULT"], near="23.8,90.4,25")):
        print(row.event.summary_en, row.cluster["n_articles"])
"""
from .db import DEFAULT_URL, ensure_schema, make_engine, resolve_url, upgrade
from .ingest import IngestReport, Ingester, ingest
from .query import Filters, Row, iter_rows, make_filters, stats, write_rows, write_stats

__all__ = ["DEFAULT_URL", "Filters", "IngestReport", "Ingester", "Row", "ensure_schema", "ingest", "iter_rows",
           "make_engine", "make_filters", "resolve_url", "stats", "upgrade", "write_rows", "write_stats"]
