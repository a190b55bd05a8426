"""Alembic environment for ghotona's store; run by `ghotona db upgrade` (ghotona.store.db.upgrade).

The caller passes an open connection in ``config.attributes["connection"]``; the alembic CLI can
also be used with ``-x url=…`` or ``sqlalchemy.url`` set in its config.
"""
from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from ghotona.store.schema import metadata

config = context.config


def _url() -> str:
    return context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    conn = config.attributes.get("connection")
    if conn is not None:
        _run(conn)
    else:
        engine = create_engine(_url())
        with engine.begin() as conn:
            _run(conn)
        engine.dispose()
