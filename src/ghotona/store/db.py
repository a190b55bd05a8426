"""Connecting to the store and bringing its schema up to date.

The database is named by a SQLAlchemy URL: ``--db URL`` on the command line, else the environment
variable ``GHOTONA_DB``, else ``sqlite:///ghotona.db`` — a file ``ghotona.db`` in the current
directory.  ``postgresql://…`` URLs use psycopg 3 (``pip install 'ghotona[postgres]'``); a bare
file path means a SQLite file.
"""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from ..inputs import InputError

DEFAULT_URL = "sqlite:///ghotona.db"
MIGRATIONS = Path(__file__).with_name("migrations")


def resolve_url(url: str | None = None) -> str:
    """The URL to use: the given one, else $GHOTONA_DB, else the default; bare paths are SQLite files."""
    url = url or os.environ.get("GHOTONA_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def make_engine(url: str | None = None, *, must_exist: bool = False) -> Engine:
    """An engine for ``url`` (see :func:`resolve_url`).  ``must_exist``: refuse a SQLite file that is
    not there yet (for reading commands, which should not create an empty database)."""
    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise InputError(f"--db {url!r} is not a database URL (e.g. sqlite:///events.db, "
                         "postgresql://user@host/db)") from None
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if path and path != ":memory:":
            if must_exist and not Path(path).exists():
                raise InputError(f"{path}: no such database (run `ghotona ingest` first, or give --db)")
            if not Path(path).parent.exists():
                raise InputError(f"{path}: the folder does not exist")
    try:
        engine = create_engine(parsed, future=True)
    except (NoSuchModuleError, ImportError) as exc:
        hint = " (pip install 'ghotona[postgres]')" if parsed.get_backend_name() == "postgresql" else ""
        raise InputError(f"cannot use database {describe(url)}: {exc}{hint}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with _connect(engine) as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Apply the migrations up to ``revision``; return (revision before, revision after)."""
    from alembic import command

    before = current_revision(engine)
    with _connect(engine) as conn:
        with conn.begin():
            command.upgrade(_alembic_config(conn), revision)
    return before, current_revision(engine)


def ensure_schema(engine: Engine) -> None:
    """Upgrade to the newest schema if the database is behind (ingest does this by itself)."""
    if current_revision(engine) != head_revision():
        upgrade(engine)


def require_schema(engine: Engine) -> None:
    """Refuse a database without ghotona's tables, or with an older schema (reading commands)."""
    rev = current_revision(engine)
    if rev is None:
        names = set(inspect(engine).get_table_names()) if _reachable(engine) else set()
        what = "has no ghotona tables" if "events" not in names else "has no schema version"
        raise InputError(f"{describe(str(engine.url))} {what} (run `ghotona ingest` or `ghotona db upgrade`)")
    if rev != head_revision():
        raise InputError(f"{describe(str(engine.url))} has an older schema ({rev}); run `ghotona db upgrade`")


def _reachable(engine: Engine) -> bool:
    try:
        with engine.connect():
            return True
    except OperationalError:
        return False


class _connect:
    """engine.connect() that turns an unreachable server into an InputError."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.conn = None

    def __enter__(self):
        try:
            self.conn = self.engine.connect()
        except OperationalError as exc:
            first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
            raise InputError(f"cannot open database {describe(str(self.engine.url))}: {first}") from None
        return self.conn

    def __exit__(self, *exc):
        self.conn.close()
        return False


connect = _connect
