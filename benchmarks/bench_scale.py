"""Corpus scale: articles/s with 1 and 2 workers (processes and Dask), and peak RSS as the corpus
grows (docs/scaling.md).

    python benchmarks/bench_scale.py                                   # RSS at 1k/10k/100k, speed at 5k
    python benchmarks/bench_scale.py --sizes 1000,10000 --speed-size 2000
    python benchmarks/bench_scale.py --skip-speed                      # RSS only
    python benchmarks/bench_scale.py --skip-rss                        # speed only

The synthetic corpus repeats the shared articles (both corpora, 785) with new ids, gzip'd JSONL.
Every figure is one `ghotona extract … -o /dev/null` process timed from outside: wall-clock
articles/s *including* start-up (loading resources ~1 s; a Dask LocalCluster a few seconds), and the
peak resident memory of the run's processes (os.wait4: the largest of the process and the workers
it waited for), and the CPU time it used per article (user + system, the same processes), which a
busy machine changes less than the wall clock.  The load average is printed beside each figure: the
machine may be shared, and on 2 cores a load above 2 means the workers wait for a core.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GHOTONA_SHARED", ROOT.parent / "shared")) / "data"
CORPORA = [SHARED / "news-bdnews" / "articles-bn.jsonl", SHARED / "news-ednil2020" / "articles-bn.jsonl"]


def make_corpus(n: int, path: Path) -> Path:
    """``n`` articles: the shared ones over and over, each copy with a new id, streamed to gzip."""
    records = [json.loads(line) for corpus in CORPORA for line in corpus.open(encoding="utf-8") if line.strip()]
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for i, record in zip(range(n), itertools.cycle(records)):
            copy = dict(record, id=f"{record['id']}~{i // len(records)}")
            out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return path


def run(corpus: Path, n: int, extra: list[str]) -> dict:
    """One `ghotona extract` run: articles/s, peak RSS (MB) and the load average around it."""
    cmd = [sys.executable, "-m", "ghotona.cli", "extract", str(corpus), "-o", os.devnull, "-q", *extra]
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    cpu = usage.ru_utime + usage.ru_stime  # of the process and the workers it waited for
    return {"articles": n, "seconds": round(seconds, 1), "articles_per_s": round(n / seconds, 1),
            "cpu_ms_per_article": round(1000 * cpu / n, 2), "peak_rss_mb": round(usage.ru_maxrss / 1024),
            "load": f"{load_before:.2f}→{os.getloadavg()[0]:.2f}"}


def report(label: str, r: dict) -> None:
    print(f"{label:28} {r['articles']:>7} articles {r['seconds']:>8.1f} s {r['articles_per_s']:>8.1f} art/s "
          f"{r['cpu_ms_per_article']:>6.2f} CPU ms/art  peak RSS {r['peak_rss_mb']:>5} MB  load {r['load']}",
          flush=True)


CONFIGS = {
    "processes, 1 worker": [],
    "processes, 2 workers": ["--workers", "2"],
    "dask local, 1 worker": ["--dask", "local", "--workers", "1"],
    "dask local, 2 workers": ["--dask", "local", "--workers", "2"],
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000,100000", help="corpus sizes for peak RSS (one process)")
    ap.add_argument("--speed-size", type=int, default=5000, help="corpus size for the worker comparison")
    ap.add_argument("--skip-rss", action="store_true")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    print(f"cores {os.cpu_count()}, load average {'/'.join(f'{x:.2f}' for x in os.getloadavg())} (1/5/15 min)")
    with tempfile.TemporaryDirectory() as tmp:
        if not args.skip_speed:
            n = args.speed_size
            corpus = make_corpus(n, Path(tmp) / f"speed-{n}.jsonl.gz")
            results = {}
            for label, extra in CONFIGS.items():
                results[label] = run(corpus, n, extra)
                report(label, results[label])
            for kind in ("processes", "dask local"):
                one, two = results[f"{kind}, 1 worker"], results[f"{kind}, 2 workers"]
                speedup = two["articles_per_s"] / one["articles_per_s"]
                print(f"{kind}: speed-up {speedup:.2f}x with 2 workers, scaling efficiency {speedup / 2:.0%}")
        if not args.skip_rss:
            for n in (int(s) for s in args.sizes.split(",")):
                corpus = make_corpus(n, Path(tmp) / f"rss-{n}.jsonl.gz")
                report("streaming, 1 process", run(corpus, n, []))
                corpus.unlink()


if __name__ == "__main__":
    main()
