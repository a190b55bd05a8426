"""The store's tables (SQLAlchemy 2 Core), one schema for SQLite and PostgreSQL.

``documents`` one row per article (id, content hash, text); ``events`` one row per event an article
reports (the flat columns queries filter on, plus the full JSON record); ``mentions`` and
``sources`` the evidence and attribution of each event; ``clusters`` the cross-article events:
every stored event belongs to exactly one cluster, and a cluster with events from several
articles is one real-world event reported several times (docs/store.md states the rule).

The tables are created by the Alembic migrations in ``migrations/versions`` (``ghotona db
upgrade``); the test suite checks that the migrations and this module agree.
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger, Boolean, Column, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String, Table, Text,
    text,
)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(512), primary_key=True),            # the article's id (record id, file stem, hash)
    Column("content_hash", String(64), nullable=False),     # sha256 of text, published, title, url
    Column("title", Text),
    Column("url", Text),
    Column("paper", String(255)),                           # the outlet: the url's host, when known
    Column("published", Date),
    Column("origin", Text),                                 # where it was read: path, or path:line
    Column("text", Text, nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("extractor", String(64)),                        # ghotona version that extracted it
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

clusters = Table(
    "clusters", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_type", String(32), nullable=False),
    Column("acled_event_type", String(64)),
    Column("rep_event_pk", Integer),                        # the member whose fields represent it
    Column("country", String(3)),
    Column("admin1", String(255)),
    Column("admin2", String(255)),
    Column("location_name", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("date_start", Date),                             # the span of the most precisely dated members
    Column("date_end", Date),
    Column("fatalities", BigInteger),                       # most conservative figure reported (ACLED)
    Column("fatalities_min", BigInteger),                   # the range of figures reported
    Column("fatalities_max", BigInteger),
    Column("n_events", Integer, nullable=False, default=0),
    Column("n_articles", Integer, nullable=False, default=0),
    Column("n_sources", Integer, nullable=False, default=0),  # distinct papers (or articles without one)
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_clusters_type_date", "event_type", "date_start"),
    Index("ix_clusters_country", "country"),
    # the listing order of query.py (undated last): pages read from the index (migration 0002)
    Index("ix_clusters_listing", text("(date_start IS NULL)"), "date_start", "id"),
)

events = Table(
    "events", metadata,
    Column("pk", Integer, primary_key=True),
    Column("event_id", String(600), nullable=False, unique=True),
    Column("doc_id", String(512), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),
    Column("cluster_id", Integer, ForeignKey("clusters.id", ondelete="SET NULL"), index=True),
    Column("event_type", String(32), nullable=False),
    Column("mode", String(64)),
    Column("acled_event_type", String(64)),
    Column("acled_sub_event_type", String(128)),
    Column("actor_name", Text),
    Column("actor_country", String(3)),
    Column("actor_sector", String(16)),
    Column("target_name", Text),
    Column("target_country", String(3)),
    Column("target_sector", String(16)),
    Column("location_name", Text),
    Column("country", String(3)),
    Column("admin1", String(255)),
    Column("admin2", String(255)),
    Column("lat", Float),
    Column("lon", Float),
    Column("geo_precision", String(16)),
    Column("date_value", String(10)),
    Column("date_precision", String(8)),
    Column("date_start", Date),                             # the days the date allows (docs/store.md)
    Column("date_end", Date),
    Column("fatalities", BigInteger),
    Column("fatalities_high", BigInteger),
    Column("fatalities_qualifier", String(16)),
    Column("injuries", BigInteger),
    Column("arrests", BigInteger),
    Column("negated", Boolean, nullable=False, default=False),
    Column("hedged", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False, default=0.0),
    Column("summary_en", Text, nullable=False, default=""),
    Column("record", Text, nullable=False),                 # Event.to_dict() as JSON
    Index("ix_events_type_date", "event_type", "date_start"),
    Index("ix_events_country", "country"),
    Index("ix_events_listing", text("(date_start IS NULL)"), "date_start", "pk"),
)

mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("doc_id", String(512), nullable=False, index=True),
    Column("sentence", Integer, nullable=False),
    Column("start_offset", Integer, nullable=False),
    Column("end_offset", Integer, nullable=False),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("text", Text, nullable=False),                   # the sentence, text[start:end]
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False, index=True),
    Column("text", Text, nullable=False),                   # who says so, as written
    Column("name", Text),
    Column("start_offset", Integer),
    Column("end_offset", Integer),
)

TABLES = ("documents", "clusters", "events", "mentions", "sources")
