"""Corpus scale (docs/scaling.md): streaming input, --workers, a real Dask LocalCluster, the
partitioned Parquet dataset, and resuming a killed run without duplicates (Parquet and store)."""
import gzip
import itertools
import json
import os
import pickle
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from ghotona.api import default_pipeline
from ghotona.inputs import iter_documents, iter_raw_records
from ghotona.options import Options
from ghotona.scale import (WorkerPipeline, events_of_lines, extract_partition, extract_stream, extract_to_dataset,
                           prepare)
from ghotona.scale.runners import DaskRunner

from conftest import BDNEWS, EDNIL

pytestmark = pytest.mark.corpus


def cli(*args, **kwargs):
    return subprocess.run([sys.executable, "-m", "ghotona.cli", *map(str, args)], capture_output=True,
                          text=True, timeout=300, **kwargs)


def single_process_records(paths) -> list[str]:
    """The events of the ordinary one-process path, as JSON lines, in order."""
    options, pipe = Options(), default_pipeline()
    return [json.dumps(e.to_dict(), ensure_ascii=False)
            for doc in iter_documents([str(p) for p in paths], options, [])
            for e in pipe(doc, options).events]


def dataset_records(root) -> list[str]:
    import pyarrow.dataset as ds

    table = ds.dataset(str(root), format="parquet", partitioning="hive").to_table(columns=["record"])
    return table.column("record").to_pylist()


def same_events(a: list[str], b: list[str]) -> bool:
    """Equal as multisets of whole records (a dataset has no global order)."""
    return Counter(a) == Counter(b)


@pytest.fixture(scope="module")
def sample(tmp_path_factory, bdnews, ednil) -> Path:
    """120 articles of both corpora and one broken record, gzip'd JSONL."""
    path = tmp_path_factory.mktemp("scale") / "sample.jsonl.gz"
    records = list(bdnews.values())[:70] + list(ednil.values())[:50]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    lines.insert(33, '{"id": "broken", "text": ')
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    return path


def test_worker_pipeline_pickles_small_and_rebuilds_in_the_worker():
    assert len(pickle.dumps(WorkerPipeline())) < 200  # no automata, no gazetteer
    handle = pickle.loads(pickle.dumps(WorkerPipeline()))
    raws = list(itertools.islice(iter_raw_records([str(BDNEWS)], Options()), 30))
    docs = extract_partition(raws, Options())
    fresh = [handle(d, Options()) for d in itertools.islice(iter_documents([str(BDNEWS)], Options(), []), 30)]
    assert [[e.to_dict() for e in d.events] for d in docs] == [[e.to_dict() for e in d.events] for d in fresh]
    assert sum(len(d.events) for d in docs) > 0
    assert not any(d.layers for d in docs)  # shipped back slim: no tokens or spans


def test_events_of_lines_is_the_same_function_for_spark(tmp_path):
    lines = BDNEWS.read_text(encoding="utf-8").splitlines()[:12]
    (tmp_path / "twelve.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = [json.dumps(e, ensure_ascii=False) for e in events_of_lines(iter(lines + ["{broken"]))]
    assert got == single_process_records([tmp_path / "twelve.jsonl"]) and got


def test_gzip_jsonl_streams_the_same_documents(sample, tmp_path):
    plain = tmp_path / "sample.jsonl"
    plain.write_bytes(gzip.decompress(sample.read_bytes()))
    gz_problems, plain_problems = [], []
    gz = [(d.id, d.text) for d in iter_documents([str(sample)], Options(), gz_problems)]
    txt = [(d.id, d.text) for d in iter_documents([str(plain)], Options(), plain_problems)]
    assert gz == txt and len(gz) == 120
    assert [p.line for p in gz_problems] == [p.line for p in plain_problems] == [34]


def test_workers_output_and_problems_equal_one_process(sample, tmp_path):
    one = cli("extract", sample, "-o", tmp_path / "one.jsonl")
    two = cli("extract", sample, "-o", tmp_path / "two.jsonl", "--workers", "2", "--partition-size", "16")
    assert one.returncode == two.returncode == 1  # the broken record is skipped and reported
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert one.stderr == two.stderr and f"{sample}:34: not valid JSON" in two.stderr
    bad = cli("extract", tmp_path / "missing.jsonl", "--workers", "2")
    assert bad.returncode == 2 and "no such file" in bad.stderr and "Traceback" not in bad.stderr


def test_dask_local_cluster_equals_single_process_on_the_shared_corpora(tmp_path):
    distributed = pytest.importorskip("distributed")
    corpora = [BDNEWS, EDNIL]
    expected = single_process_records(corpora)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        with DaskRunner(cluster.scheduler_address) as runner:
            assert runner.workers == 2
            problems = []
            docs = extract_stream([str(p) for p in corpora], Options(), runner, problems, partition_size=100)
            got = [json.dumps(e.to_dict(), ensure_ascii=False) for d in docs for e in d.events]
            assert got == expected and not problems  # event for event, in order
            report = extract_to_dataset([str(p) for p in corpora], Options(), runner, str(tmp_path / "events"),
                                        problems, partition_size=100)
    assert report.articles == 785 and report.events == len(expected)
    assert same_events(dataset_records(tmp_path / "events"), expected)
    duckdb = pytest.importorskip("duckdb")
    [(n, years, countries, year_type, month_type)] = duckdb.sql(
        f"select count(*), count(distinct year), count(distinct country), typeof(any_value(year)), "
        f"typeof(any_value(month)) from read_parquet('{tmp_path}/events/**/*.parquet', hive_partitioning=true)"
    ).fetchall()
    assert n == len(expected) and years > 1 and countries > 1
    assert year_type == month_type == "BIGINT"  # null partitions do not turn them into strings


def wait_for(condition, timeout=120.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return False


def kill_midway(args, done) -> None:
    """Start `ghotona …args`, SIGKILL it (and its workers) once ``done()`` holds, before it ends."""
    proc = subprocess.Popen([sys.executable, "-m", "ghotona.cli", *map(str, args)], start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        assert wait_for(lambda: done() or proc.poll() is not None)
        assert proc.poll() is None, "the run finished before it could be killed; make the sample larger"
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_parquet_run_killed_midway_resumes_without_duplicates(sample, tmp_path):
    root = tmp_path / "events"
    markers = lambda: list((root / "_done").glob("*.keys")) if (root / "_done").exists() else []  # noqa: E731
    kill_midway(["extract", sample, "--format", "parquet", "-o", root, "--partition-size", "8"],
                lambda: len(markers()) >= 2)
    assert 2 <= len(markers()) < 15
    # what a kill can leave behind: a temporary file and a part file of an unfinished partition
    stale = root / "year=2025" / "month=12" / "country=BGD"
    stale.mkdir(parents=True, exist_ok=True)
    (stale / ".part-x.parquet.1234.tmp").write_bytes(b"half")
    (stale / "part-unfinished.parquet").write_bytes(b"PAR1")
    again = cli("extract", sample, "--format", "parquet", "-o", root, "--workers", "2", "--partition-size", "8")
    assert again.returncode == 1 and ":34: not valid JSON" in again.stderr
    assert not (stale / ".part-x.parquet.1234.tmp").exists() and not (stale / "part-unfinished.parquet").exists()
    expected = single_process_records([sample])
    got = dataset_records(root)
    assert same_events(got, expected)
    assert len({json.loads(r)["id"] for r in got}) == len(got)  # no event twice
    third = cli("extract", sample, "--format", "parquet", "-o", root)
    assert "0 article(s), 0 event(s) written" in third.stderr and "120 article(s) already there" in third.stderr
    assert prepare(str(root)) and same_events(dataset_records(root), expected)


def test_store_ingest_killed_midway_resumes_without_duplicates(sample, tmp_path):
    db = tmp_path / "events.db"

    def stored_articles() -> int:
        try:
            with sqlite3.connect(db) as conn:
                return conn.execute("select count(*) from documents").fetchone()[0]
        except sqlite3.Error:
            return 0

    kill_midway(["ingest", sample, "--db", f"sqlite:///{db}", "--batch", "4", "-q"], lambda: stored_articles() >= 8)
    assert 8 <= stored_articles() < 120
    again = cli("ingest", sample, "--db", f"sqlite:///{db}", "--workers", "2", "--batch", "4")
    assert again.returncode == 1, again.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("select count(*), count(distinct id) from documents").fetchone() == (120, 120)
        stored = [r[0] for r in conn.execute("select record from events order by doc_id, seq")]
    assert same_events(stored, single_process_records([sample]))
