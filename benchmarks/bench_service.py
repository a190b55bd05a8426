"""Service throughput under a bounded loopback load: requests/s and p50/p99 latency for
GET /v1/events and POST /v1/extract against a real `ghotona serve` (uvicorn, one worker) on a
SQLite store ingested from ../shared bdnews articles.

    python benchmarks/bench_service.py [--articles 200] [--threads 8] [--requests 400]
    python benchmarks/bench_service.py --articles 581 --scale 50000   # the store grown to 50,000 events

``--scale N`` copies the ingested clusters and events in SQL until the store holds at least N
events (copies share their articles; ids, event ids and cluster links are renumbered), to time the
API at the size analysts work with.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
BDNEWS = Path(os.environ.get("GHOTONA_SHARED", ROOT.parent / "shared")) / "data" / "news-bdnews" / "articles-bn.jsonl"
SAMPLE = (ROOT / "examples" / "sample-article.txt").read_text(encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def load(base: str, method: str, path: str, n: int, threads: int, **kw) -> dict:
    lat: list[float] = []
    errors = 0

    def one(_):
        with httpx.Client(base_url=base, timeout=60) as c:
            out = []
            for _ in range(n // threads):
                t = time.perf_counter()
                r = c.request(method, path, **kw)
                out.append((time.perf_counter() - t, r.status_code))
            return out

    t0 = time.perf_counter()
    with ThreadPoolExecutor(threads) as ex:
        for res in ex.map(one, range(threads)):
            for dt_, code in res:
                lat.append(dt_)
                errors += code != 200
    wall = time.perf_counter() - t0
    lat.sort()
    q = statistics.quantiles(lat, n=100)
    return {"requests": len(lat), "errors": errors, "rps": len(lat) / wall,
            "p50_ms": 1000 * q[49], "p99_ms": 1000 * q[98]}


def replicate(db: str, target: int) -> int:
    """Grow the store to at least ``target`` events by copying clusters and events in SQL."""
    from sqlalchemy import func, insert, literal, select

    from ghotona.store.db import make_engine
    from ghotona.store.schema import clusters, events

    engine = make_engine(db, must_exist=True)
    with engine.begin() as conn:
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
        max_pk = conn.execute(select(func.max(events.c.pk))).scalar_one()
        max_cluster = conn.execute(select(func.max(clusters.c.id))).scalar_one()
        copies = max(0, -(-target // max(n_events, 1)) - 1)
        for k in range(1, copies + 1):
            shift_pk, shift_cluster = k * max_pk, k * max_cluster
            cols = [c for c in clusters.c]
            conn.execute(insert(clusters).from_select(
                [c.name for c in cols],
                select(*[(c + shift_cluster).label(c.name) if c.name == "id" else
                         (c + shift_pk).label(c.name) if c.name == "rep_event_pk" else c for c in cols])
                .where(clusters.c.id <= max_cluster)))
            cols = [c for c in events.c]
            conn.execute(insert(events).from_select(
                [c.name for c in cols],
                select(*[(c + shift_pk).label(c.name) if c.name == "pk" else
                         (c + shift_cluster).label(c.name) if c.name == "cluster_id" else
                         (c.concat(literal(f"#{k}"))).label(c.name) if c.name == "event_id" else c for c in cols])
                .where(events.c.pk <= max_pk)))
        return conn.execute(select(func.count()).select_from(events)).scalar_one()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=200)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--scale", type=int, default=0, help="grow the store to at least this many events")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ghotona-bench."))
    corpus = tmp / "a.jsonl"
    with BDNEWS.open(encoding="utf-8") as fh, corpus.open("w", encoding="utf-8") as out:
        out.writelines(itertools.islice(fh, args.articles))
    db = f"sqlite:///{tmp / 'store.db'}"
    env = {**os.environ, "GHOTONA_API_TOKEN": ""}
    subprocess.run([sys.executable, "-m", "ghotona.cli", "ingest", str(corpus), "--db", db, "-q"], check=True, env=env)
    if args.scale:
        sys.path.insert(0, str(ROOT / "src"))
        print(f"store grown to {replicate(db, args.scale)} events")
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "ghotona.cli", "serve", "--db", db, "--port", str(port)],
                            env=env, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                if httpx.get(base + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        n_events = httpx.get(base + "/v1/stats").json()["totals"]
        print(f"store: {n_events}; {args.threads} client threads, {args.requests} requests each test, loopback")
        httpx.post(base + "/v1/extract", json={"text": SAMPLE})  # warm the pipeline
        results = {
            "GET /v1/events?limit=100": load(base, "GET", "/v1/events", args.requests, args.threads,
                                              params={"limit": 100}),
            "GET /v1/events?format=geojson&limit=1000": load(base, "GET", "/v1/events", args.requests, args.threads,
                                                             params={"limit": 1000, "format": "geojson"}),
            "GET /v1/events?type=ASSAULT&near=23.81,90.41,50": load(
                base, "GET", "/v1/events", args.requests, args.threads,
                params={"type": "ASSAULT", "near": "23.81,90.41,50"}),
            "POST /v1/extract (sample article)": load(base, "POST", "/v1/extract", args.requests // 2, args.threads,
                                                      json={"text": SAMPLE, "published": "2024-03-01"}),
        }
        for name, r in results.items():
            print(f"{name:50s} {r['rps']:8.1f} req/s  p50 {r['p50_ms']:7.1f} ms  p99 {r['p99_ms']:7.1f} ms  "
                  f"({r['requests']} requests, {r['errors']} errors)")
        print(json.dumps(results))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
