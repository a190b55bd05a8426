"""Shared by tests/test_store*.py: a real PostgreSQL server (GHOTONA_TEST_PG, else started with
.ci/pg.sh), one fresh database per test on SQLite and on PostgreSQL, and consistency checks.

In CI (CI or GHOTONA_REQUIRE_PG set) a PostgreSQL server that cannot be reached or started is a
failure; elsewhere the PostgreSQL half of the suite is skipped with a loud message.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import uuid
import warnings
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

ROOT = Path(__file__).resolve().parents[1]
PG_SH = ROOT / ".ci" / "pg.sh"
BACKENDS = ["sqlite", "postgresql"]


def pg_required() -> bool:
    def on(name):
        return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")
    return on("CI") or on("GHOTONA_REQUIRE_PG")


def _unavailable(reason: str):
    msg = ("\n" + "!" * 78 + f"\n!! PostgreSQL store tests NOT RUN: {reason}\n"
           "!! Set GHOTONA_TEST_PG=postgresql+psycopg://user@host:port/db, or run `.ci/pg.sh install` as root.\n"
           + "!" * 78)
    if pg_required():
        pytest.fail(f"PostgreSQL is required here (CI/GHOTONA_REQUIRE_PG) but unavailable: {reason}")
    warnings.warn(msg)
    try:
        os.write(2, (msg + "\n").encode())  # straight to the terminal, past pytest's capture
    except OSError:
        pass
    pytest.skip(f"POSTGRESQL NOT TESTED: {reason}")


def _check(url: str) -> str | None:
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return None
    except Exception as exc:  # noqa: BLE001 - any failure means "no server"
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"


@pytest.fixture(scope="session")
def pg_server():
    """The URL of a PostgreSQL server's maintenance database (we create one database per test)."""
    url = os.environ.get("GHOTONA_TEST_PG")
    if url:
        problem = _check(url)
        if problem:
            _unavailable(f"GHOTONA_TEST_PG={url} cannot be reached ({problem})")
        yield url
        return
    if shutil.which("bash") is None or not PG_SH.exists():
        _unavailable("no bash or no .ci/pg.sh to start a server")
    tmp = tempfile.mkdtemp(prefix="ghotona-pg.")
    try:
        proc = subprocess.run(["bash", str(PG_SH), "start", tmp], capture_output=True, text=True, timeout=180)
    except (OSError, subprocess.TimeoutExpired) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        _unavailable(f".ci/pg.sh start failed: {exc}")
    if proc.returncode != 0 or not proc.stdout.strip():
        subprocess.run(["bash", str(PG_SH), "stop", tmp], capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
        _unavailable(f".ci/pg.sh start failed: {proc.stderr.strip()[-300:]}")
    url = proc.stdout.strip().splitlines()[-1]
    problem = _check(url)
    if problem:
        subprocess.run(["bash", str(PG_SH), "stop", tmp], capture_output=True)
        _unavailable(f"the server started by .ci/pg.sh cannot be reached ({problem})")
    try:
        yield url
    finally:
        subprocess.run(["bash", str(PG_SH), "stop", tmp], capture_output=True, timeout=120)
        shutil.rmtree(tmp, ignore_errors=True)


def fresh_database(backend: str, tmp_path: Path, request) -> str:
    """A URL to an empty database of ``backend``, dropped after the test."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    server = request.getfixturevalue("pg_server")
    name = "ghotona_t_" + uuid.uuid4().hex[:12]
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()

    request.addfinalizer(drop)
    base = server.rsplit("/", 1)[0]
    return f"{base}/{name}"


def snapshot(engine) -> dict[str, list[tuple]]:
    """Every row of every store table, without the timestamps, sorted: for 'nothing changed'."""
    from ghotona.store.schema import metadata

    out = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            cols = [c for c in table.c if c.name not in ("ingested_at", "updated_at")]
            out[table.name] = sorted((tuple(r) for r in conn.execute(select(*cols))), key=repr)
    return out


def assert_consistent(engine) -> None:
    """The invariants the store keeps after every committed transaction."""
    from ghotona.store.schema import clusters, documents, events, mentions, sources

    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(events).where(events.c.cluster_id.is_(None))).scalar() == 0
        sizes = dict(conn.execute(select(events.c.cluster_id, func.count()).group_by(events.c.cluster_id)).all())
        for cid, n_events, n_articles in conn.execute(select(clusters.c.id, clusters.c.n_events, clusters.c.n_articles)):
            assert sizes.get(cid) == n_events, f"cluster {cid}: n_events {n_events} != members {sizes.get(cid)}"
            docs = conn.execute(select(func.count(events.c.doc_id.distinct())).where(events.c.cluster_id == cid)).scalar()
            assert docs == n_articles == n_events, "a cluster holds one event per article"
        per_doc = dict(conn.execute(select(events.c.doc_id, func.count()).group_by(events.c.doc_id)).all())
        for doc_id, n in conn.execute(select(documents.c.id, documents.c.n_events)):
            assert per_doc.get(doc_id, 0) == n, f"{doc_id}: n_events {n} != {per_doc.get(doc_id, 0)}"
        for t in (mentions, sources):
            orphans = conn.execute(select(func.count()).select_from(t).where(
                t.c.event_pk.not_in(select(events.c.pk)))).scalar()
            assert orphans == 0, f"{t.name} rows without an event"
