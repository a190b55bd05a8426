"""The first store schema: documents, clusters, events, mentions, sources.

Revision ID: 0001
Revises:
Create Date: 2025-11-25
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(512), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("paper", sa.String(255)),
        sa.Column("published", sa.Date),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("extractor", sa.String(64)),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "clusters",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_type", sa.String(32), nullable=False),
        sa.Column("acled_event_type", sa.String(64)),
        sa.Column("rep_event_pk", sa.Integer),
        sa.Column("country", sa.String(3)),
        sa.Column("admin1", sa.String(255)),
        sa.Column("admin2", sa.String(255)),
        sa.Column("location_name", sa.Text),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("fatalities", sa.BigInteger),
        sa.Column("fatalities_min", sa.BigInteger),
        sa.Column("fatalities_max", sa.BigInteger),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_sources", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_clusters_type_date", "clusters", ["event_type", "date_start"])
    op.create_index("ix_clusters_country", "clusters", ["country"])
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(600), nullable=False, unique=True),
        sa.Column("doc_id", sa.String(512), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("cluster_id", sa.Integer, sa.ForeignKey("clusters.id", ondelete="SET NULL")),
        sa.Column("event_type", sa.String(32), nullable=False),
        sa.Column("mode", sa.String(64)),
        sa.Column("acled_event_type", sa.String(64)),
        sa.Column("acled_sub_event_type", sa.String(128)),
        sa.Column("actor_name", sa.Text),
        sa.Column("actor_country", sa.String(3)),
        sa.Column("actor_sector", sa.String(16)),
        sa.Column("target_name", sa.Text),
        sa.Column("target_country", sa.String(3)),
        sa.Column("target_sector", sa.String(16)),
        sa.Column("location_name", sa.Text),
        sa.Column("country", sa.String(3)),
        sa.Column("admin1", sa.String(255)),
        sa.Column("admin2", sa.String(255)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("geo_precision", sa.String(16)),
        sa.Column("date_value", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("fatalities", sa.BigInteger),
        sa.Column("fatalities_high", sa.BigInteger),
        sa.Column("fatalities_qualifier", sa.String(16)),
        sa.Column("injuries", sa.BigInteger),
        sa.Column("arrests", sa.BigInteger),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("summary_en", sa.Text, nullable=False),
        sa.Column("record", sa.Text, nullable=False),
    )
    op.create_index("ix_events_doc_id", "events", ["doc_id"])
    op.create_index("ix_events_cluster_id", "events", ["cluster_id"])
    op.create_index("ix_events_type_date", "events", ["event_type", "date_start"])
    op.create_index("ix_events_country", "events", ["country"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("doc_id", sa.String(512), nullable=False),
        sa.Column("sentence", sa.Integer, nullable=False),
        sa.Column("start_offset", sa.Integer, nullable=False),
        sa.Column("end_offset", sa.Integer, nullable=False),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_mentions_event_pk", "mentions", ["event_pk"])
    op.create_index("ix_mentions_doc_id", "mentions", ["doc_id"])
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("name", sa.Text),
        sa.Column("start_offset", sa.Integer),
        sa.Column("end_offset", sa.Integer),
    )
    op.create_index("ix_sources_event_pk", "sources", ["event_pk"])


def downgrade() -> None:
    for table in ("sources", "mentions", "events", "clusters", "documents"):
        op.drop_table(table)
