"""A partitioned Parquet dataset of events, written partition by partition, resumable.

Layout (hive style, read directly by DuckDB, pandas/pyarrow, Polars and Spark)::

    events/year=2025/month=12/country=BGD/part-<partition id>.parquet
    events/year=__HIVE_DEFAULT_PARTITION__/…/part-….parquet   (an undated or unplaced event)
    events/_done/<partition id>.keys     the record keys of each partition fully written

Each partition (a list of input records) writes its files under temporary names and renames them,
then writes its ``_done`` marker the same way.  A run first deletes temporary files and any part
file whose partition has no marker (a killed run's half-written partition), then skips every record
whose key is in a marker.  So killing a run and starting it again never loses or duplicates an
event.  A record's key is the sha256 of the record as read (the JSONL line; a .txt file's name and
text): the same input is extracted once; a changed record is a new record.
"""
from __future__ import annotations

import hashlib
import json
import os
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from ..doc import Document
from ..export.acled_csv import ACLED_COLUMNS, GHOTONA_COLUMNS, acled_row
from ..inputs import InputError, RawRecord, RecordProblem, iter_raw_records
from ..options import Options
from ..schema import Event
from ..store.ingest import content_hash
from ..store.query import _FLOAT, _INT  # the typing of the store's Parquet export, reused
from .runners import Runner, chunked
from .stream import PARTITION_SIZE
from .worker import extract_partition

PARTITION_COLUMNS = ("year", "month", "country")
# Hive's name for a null partition value: DuckDB, pyarrow, Polars and Spark read it as NULL, so
# year and month stay integer columns and country a string column whatever the data holds.
UNKNOWN = "__HIVE_DEFAULT_PARTITION__"
DONE = "_done"
# ACLED's columns and ghotona's (as `ghotona events --format parquet`), less the partition columns,
# plus the article's content hash (the store's) and the whole event record as JSON.
COLUMNS = [c for c in ACLED_COLUMNS + GHOTONA_COLUMNS if c not in PARTITION_COLUMNS] + ["content_hash", "record"]


def arrow_schema():
    import pyarrow as pa

    return pa.schema([pa.field(c, pa.int64() if c in _INT else pa.float64() if c in _FLOAT else pa.string())
                      for c in COLUMNS])


def record_key(raw: RawRecord) -> str:
    """The resume key of an input record: what was read, not where it sits in the file."""
    data = raw.data.strip() if isinstance(raw.data, bytes) else f"{Path(raw.source).name}\0{raw.data}".encode()
    return hashlib.sha256(data).hexdigest()[:32]  # 128 bits: no collision in any archive; half the memory


def partition_id(keys: list[str]) -> str:
    return hashlib.sha256("\n".join(keys).encode()).hexdigest()[:24]


def partition_of(event: Event) -> tuple[str, str, str]:
    """(year, month, country) of an event; UNKNOWN (read as null) where the date or place is."""
    value = (event.date.value or "") if event.date else ""
    year = value[:4] if len(value) >= 4 else UNKNOWN
    # Not zero-padded: DuckDB reads a partition value like "03" as a string, "3" as an integer.
    month = str(int(value[5:7])) if len(value) >= 7 and value[5:7].isdigit() else UNKNOWN
    country = event.location.country if event.location and event.location.country else UNKNOWN
    return year, month, country


def dataset_row(event: Event, doc: Document, doc_hash: str) -> dict:
    row = acled_row(event, doc)
    for column in PARTITION_COLUMNS:
        row.pop(column, None)
    for column in COLUMNS:
        value = row.get(column)
        if column in _INT or column in _FLOAT:
            row[column] = None if value in ("", None) else (float(value) if column in _FLOAT else int(value))
        elif value is not None:
            row[column] = str(value)
    row["content_hash"] = doc_hash
    row["record"] = json.dumps(event.to_dict(), ensure_ascii=False)
    return row


def _write_atomically(path: Path, write) -> None:
    """``write(tmp)`` then rename: a reader or a re-run never sees half a file.  The temporary name
    starts with '.' so dataset readers skip it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    write(tmp)
    os.replace(tmp, path)


@dataclass
class PartitionReport:
    articles: int = 0
    events: int = 0
    problems: list[RecordProblem] = field(default_factory=list)


def write_partition(root: str, records: list[RawRecord], outcomes: list) -> PartitionReport:
    """Write one extracted partition: its part files, then its ``_done`` marker."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    report = PartitionReport()
    groups: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    done_keys = []
    for raw, outcome in zip(records, outcomes, strict=True):
        if isinstance(outcome, RecordProblem):  # not marked done: reported again by the next run
            report.problems.append(outcome)
            continue
        done_keys.append(record_key(raw))
        report.articles += 1
        doc_hash = content_hash(outcome)
        for event in outcome.events:
            groups[partition_of(event)].append(dataset_row(event, outcome, doc_hash))
            report.events += 1
    pid = partition_id([record_key(raw) for raw in records])
    schema = arrow_schema()
    for (year, month, country), rows in sorted(groups.items()):
        path = Path(root) / f"year={year}" / f"month={month}" / f"country={country}" / f"part-{pid}.parquet"
        table = pa.Table.from_pylist(rows, schema=schema)
        _write_atomically(path, lambda tmp, table=table: pq.write_table(table, tmp))
    marker = Path(root) / DONE / f"{pid}.keys"
    _write_atomically(marker, lambda tmp: tmp.write_text("".join(k + "\n" for k in done_keys)))
    return report


def extract_partition_to_dataset(records: list[RawRecord], options: Options, root: str) -> PartitionReport:
    """The worker's task: extract a partition and write it into the dataset at ``root`` (a path
    every worker can reach: local disk for processes, a shared file system for a cluster)."""
    return write_partition(root, records, extract_partition(records, options))


def prepare(root: str) -> set[str]:
    """Make ``root`` ready for a (re)run: delete a killed run's temporary files and unfinished
    partitions; return the keys of the records already written."""
    base = Path(root)
    if base.exists() and not base.is_dir():
        raise InputError(f"{root}: is a file; a Parquet dataset is written to a folder")
    try:
        (base / DONE).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{root}: cannot write: {exc.strerror}") from None
    for tmp in base.rglob(".*.tmp"):
        tmp.unlink(missing_ok=True)
    finished = {marker.stem for marker in (base / DONE).glob("*.keys")}
    for part in base.rglob("part-*.parquet"):
        if part.stem.removeprefix("part-") not in finished:
            part.unlink(missing_ok=True)
    keys: set[str] = set()
    for marker in (base / DONE).glob("*.keys"):
        keys.update(marker.read_text().split())
    return keys


@dataclass
class DatasetReport:
    articles: int = 0      # extracted by this run
    events: int = 0
    skipped: int = 0       # already in the dataset (or repeated in the input)


def extract_to_dataset(paths: list[str], options: Options, runner: Runner, root: str,
                       problems: list[RecordProblem], partition_size: int = PARTITION_SIZE) -> DatasetReport:
    """Extract ``paths`` into the dataset at ``root``, resuming where a previous run stopped."""
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        raise InputError("a Parquet dataset needs pyarrow: pip install 'ghotona[parquet]'") from None
    root = str(Path(root).resolve())  # workers elsewhere (other processes, a cluster) resolve it alike
    done = prepare(root)
    report = DatasetReport()

    def todo(records: Iterable[RawRecord]):
        for raw in records:
            key = record_key(raw)
            if key in done:
                report.skipped += 1
                continue
            done.add(key)  # a record repeated in the input is extracted once
            yield raw

    partitions = chunked(todo(iter_raw_records(paths, options)), partition_size)
    for part in runner.map(extract_partition_to_dataset, partitions, options, root):
        report.articles += part.articles
        report.events += part.events
        problems.extend(part.problems)
    return report
