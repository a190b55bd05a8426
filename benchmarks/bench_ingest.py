"""Ingest throughput into SQLite and PostgreSQL over the shared corpora (articles/s).

    python benchmarks/bench_ingest.py                  # both corpora, SQLite and PostgreSQL
    python benchmarks/bench_ingest.py --limit 200      # the first 200 articles only
    python benchmarks/bench_ingest.py --pg URL         # an existing server (else $GHOTONA_TEST_PG,
                                                       # else a throwaway one started by .ci/pg.sh)
    python benchmarks/bench_ingest.py --no-pg          # SQLite only

For each database, three figures on a fresh database:
  end-to-end  read + extract + store + dedup (what `ghotona ingest` does),
  store-only  the same articles with extraction done beforehand (the database's share),
  re-run      everything already stored: hashes checked, nothing extracted (resume speed).
The PostgreSQL server of .ci/pg.sh runs with fsync off (a throwaway server); SQLite uses WAL with
synchronous=NORMAL.  Figures are for one core.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from sqlalchemy import create_engine, text  # noqa: E402

from ghotona.api import default_pipeline  # noqa: E402
from ghotona.inputs import RecordProblem  # noqa: E402
from ghotona.options import Options  # noqa: E402
from ghotona.store import Ingester, make_engine  # noqa: E402
from ghotona.store.ingest import expand, read_items  # noqa: E402

CORPORA = [
    ROOT.parent / "shared" / "data" / "news-bdnews" / "articles-bn.jsonl",
    ROOT.parent / "shared" / "data" / "news-ednil2020" / "articles-bn.jsonl",
]


def load_items(limit: int | None):
    problems: list[RecordProblem] = []
    items = list(read_items(expand([str(p) for p in CORPORA if p.exists()]), Options(), problems))
    return items[:limit] if limit else items, problems


def fresh_items(items):
    from ghotona.doc import Document
    from ghotona.store.ingest import Item

    return [Item(Document(text=i.doc.text, id=i.doc.id, published=i.doc.published, title=i.doc.title,
                          url=i.doc.url), i.origin, i.paper) for i in items]


def timed(engine, items, pipeline, batch):
    t0 = time.perf_counter()
    report = Ingester(engine, batch_size=batch, pipeline=pipeline).ingest_items(fresh_items(items))
    return time.perf_counter() - t0, report


def bench(name: str, make_db, items, cache, batch: int) -> None:
    real = default_pipeline()

    def cached(doc, options):
        return cache[doc.id]

    for label, pipeline in (("end-to-end", real), ("store-only", cached)):
        engine = make_db()
        Ingester(engine)  # schema creation is not timed
        secs, rep = timed(engine, items, pipeline, batch)
        print(f"{name:10} {label:10} {rep.added:5d} articles {rep.events:6d} events {secs:7.2f} s "
              f"{rep.added / secs:8.1f} articles/s")
        if label == "store-only":
            secs, rep = timed(engine, items, pipeline, batch)
            print(f"{name:10} {'re-run':10} {rep.unchanged:5d} articles {'':13} {secs:7.2f} s "
                  f"{rep.unchanged / secs:8.1f} articles/s")
        engine.dispose()


def start_pg() -> tuple[str | None, str | None]:
    url = os.environ.get("GHOTONA_TEST_PG")
    if url:
        return url, None
    tmp = tempfile.mkdtemp(prefix="ghotona-pg.")
    proc = subprocess.run(["bash", str(ROOT / ".ci" / "pg.sh"), "start", tmp], capture_output=True, text=True)
    if proc.returncode != 0:
        print(f"PostgreSQL could not be started: {proc.stderr.strip()}", file=sys.stderr)
        return None, tmp
    return proc.stdout.strip().splitlines()[-1], tmp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--batch", type=int, default=16, help="articles per transaction (default 16)")
    ap.add_argument("--pg", metavar="URL", help="PostgreSQL server URL (a database is created on it)")
    ap.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = ap.parse_args()

    items, problems = load_items(args.limit)
    if not items:
        sys.exit("no shared corpora found under ../shared/data")
    pipe = default_pipeline()
    pipe(fresh_items(items[:1])[0].doc, Options())  # load resources before timing
    t0 = time.perf_counter()
    cache = {}
    for item in fresh_items(items):
        cache[item.doc.id] = pipe(item.doc, Options())
    secs = time.perf_counter() - t0
    print(f"{len(items)} articles ({len(problems)} records skipped) from {len([p for p in CORPORA if p.exists()])} "
          f"corpora; extraction alone {len(items) / secs:.1f} articles/s")

    with tempfile.TemporaryDirectory() as tmp:
        def sqlite_db():
            return make_engine(f"sqlite:///{tmp}/bench-{uuid.uuid4().hex[:8]}.db")

        bench("SQLite", sqlite_db, items, cache, args.batch)

    if args.no_pg:
        return
    server, pg_dir = (args.pg, None) if args.pg else start_pg()
    if server is None:
        return
    admin = create_engine(make_engine(server).url, isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def pg_db():
        name = "ghotona_bench_" + uuid.uuid4().hex[:8]
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        made.append(name)
        return make_engine(str(admin.url.set(database=name).render_as_string(hide_password=False)))

    try:
        bench("PostgreSQL", pg_db, items, cache, args.batch)
    finally:
        with admin.connect() as conn:
            for name in made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        if pg_dir:
            subprocess.run(["bash", str(ROOT / ".ci" / "pg.sh"), "stop", pg_dir], capture_output=True)


if __name__ == "__main__":
    main()
