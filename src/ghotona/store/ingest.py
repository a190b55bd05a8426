"""`ghotona ingest`: extract articles and store their documents, events, mentions and sources.

* Idempotent by content hash (sha256 of text, publication date, title and url): an article whose
  id and hash are already stored is skipped without being extracted again; an article with a known
  id and a new hash replaces its events — delete, insert and re-cluster in one transaction.
* Articles are committed in small batches (``batch_size``, default 16): a crash or Ctrl-C loses at
  most the batch in flight, and the next run resumes by skipping every hash already stored.
* A broken JSONL record, or a file that cannot be read, is reported (source:line) and skipped; an
  article the extractor fails on is reported and skipped too.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator
from urllib.parse import urlparse

from sqlalchemy import Engine, delete, insert, select, update

from .. import __version__
from ..doc import Document
from ..inputs import (InputError, RawRecord, RecordProblem, document_or_problem, expand_paths, is_jsonl,
                      iter_raw_records, open_binary)
from ..options import Options
from ..schema import Event
from . import dedup
from .db import connect, ensure_schema
from .schema import documents, events, mentions, sources

MAX_ID = 500
MAX_COUNT = 10**10  # a count above this is a misreading, not a number of people


@dataclass
class IngestReport:
    read: int = 0          # articles read (including unchanged ones)
    added: int = 0         # new articles committed
    updated: int = 0       # known articles whose new version replaced the old one
    unchanged: int = 0     # already stored with the same hash: skipped
    events: int = 0        # events committed by this run
    problems: list[RecordProblem] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.read} article(s) read: {self.added} added, {self.updated} updated, "
                f"{self.unchanged} unchanged; {self.events} event(s) stored")


@dataclass
class Item:
    doc: Document
    origin: str            # path, or path:line
    paper: str | None = None
    hash: str = ""


def content_hash(doc: Document) -> str:
    payload = json.dumps([doc.text, doc.published.isoformat() if doc.published else None, doc.title, doc.url],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def paper_of(url: str | None) -> str | None:
    """The outlet of an article: its url's host without www."""
    if not url:
        return None
    try:
        host = urlparse(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.")[:255] if host else None


def _clean(value: str | None) -> str | None:
    return value.replace("\x00", "") if isinstance(value, str) else value


def _count(c) -> tuple[int | None, int | None]:
    if c is None or c.value is None:
        return None, None
    value = int(c.value)
    high = int(c.high) if c.high is not None else None
    if value < 0 or value > MAX_COUNT:
        return None, None
    if high is not None and (high < value or high > MAX_COUNT):
        high = None
    return value, high


def event_row(e: Event, seq: int) -> dict:
    loc, date = e.location, e.date
    start, end = dedup.date_span(date.value if date else None, date.precision if date else None)
    fat, fat_high = _count(e.fatalities)
    return {
        "event_id": e.id, "doc_id": e.doc_id, "seq": seq, "cluster_id": None,
        "event_type": e.event_type, "mode": e.mode,
        "acled_event_type": e.acled_event_type, "acled_sub_event_type": e.acled_sub_event_type,
        "actor_name": (e.actor.name or e.actor.text) if e.actor else None,
        "actor_country": e.actor.country if e.actor else None,
        "actor_sector": e.actor.sector if e.actor else None,
        "target_name": (e.target.name or e.target.text) if e.target else None,
        "target_country": e.target.country if e.target else None,
        "target_sector": e.target.sector if e.target else None,
        "location_name": (loc.name or loc.text) if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": loc.precision if loc else None,
        "date_value": date.value if date else None,
        "date_precision": date.precision if date else None,
        "date_start": start, "date_end": end,
        "fatalities": fat, "fatalities_high": fat_high,
        "fatalities_qualifier": e.fatalities.qualifier if e.fatalities else None,
        "injuries": _count(e.injuries)[0], "arrests": _count(e.arrests)[0],
        "negated": bool(e.negated), "hedged": bool(e.hedged),
        "confidence": float(e.confidence or 0.0), "summary_en": e.summary_en or "",
        "record": json.dumps(e.to_dict(), ensure_ascii=False),
    }


# --- reading ---------------------------------------------------------------------------------
def expand(paths: list[str]) -> list[str]:
    """Files to read, folders expanded as `extract` does; a path that does not exist is an error
    before anything is stored."""
    return expand_paths(paths)


def count_articles(files: list[str]) -> int | None:
    """How many articles the files hold (non-blank JSONL lines, one per .txt), for the progress bar."""
    total = 0
    for f in files:
        if f == "-":
            return None
        if is_jsonl(f):
            try:
                with open_binary(f) as fh:
                    total += sum(1 for line in fh if line.strip())
            except (InputError, OSError, EOFError):
                pass
        else:
            total += 1
    return total


def read_items(files: list[str], options: Options, problems: list[RecordProblem]) -> Iterator[Item]:
    """Documents with where they came from (path:line for JSONL) and their paper, streamed
    (:func:`ghotona.inputs.iter_raw_records`); a file that cannot be used is reported and skipped."""
    for path in files:
        try:
            for raw in iter_raw_records([path], options):
                got = document_or_problem(raw, options)
                if isinstance(got, RecordProblem):
                    problems.append(got)
                    continue
                yield item_of(raw, got)
        except InputError as exc:
            message = str(exc).removeprefix(f"{path}: ")
            problems.append(RecordProblem(path, 0 if is_jsonl(path) else 1, message))


def item_of(raw: RawRecord, doc: Document) -> Item:
    """The Item of a parsed record: its origin (path:line for JSONL) and its paper."""
    if raw.line:
        return Item(doc, f"{raw.source}:{raw.line}", _paper_of_record(raw.data) or paper_of(doc.url))
    return Item(doc, "<stdin>" if raw.source == "-" else raw.source, paper_of(doc.url))


def _paper_of_record(line: bytes | str) -> str | None:
    try:
        record = json.loads(line)
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    for key in ("paper_name", "paper", "source", "publisher"):
        if isinstance(record.get(key), str) and record[key].strip():
            return record[key].strip()[:255]
    return None


# --- storing ---------------------------------------------------------------------------------
class Ingester:
    """Reads, extracts and stores articles in batches.  ``report`` holds what has been committed
    so far, also after an exception or Ctrl-C."""

    def __init__(self, engine: Engine, options: Options | None = None, *, batch_size: int = 16,
                 pipeline: Callable[[Document, Options], Document] | None = None, quiet: bool = True,
                 upgrade: bool = True, runner=None):
        self.engine = engine
        # A ghotona.scale runner (process pool, Dask): extraction runs there, writing stays here.
        self.runner = runner
        self.options = options or Options()
        self.batch_size = max(1, batch_size)
        self._pipeline = pipeline
        self.quiet = quiet
        self.report = IngestReport()
        if upgrade:
            ensure_schema(engine)

    @property
    def pipeline(self):
        if self._pipeline is None:
            from ..api import default_pipeline

            self._pipeline = default_pipeline()
        return self._pipeline

    def run(self, paths: list[str]) -> IngestReport:
        files = expand(paths)
        items = read_items(files, self.options, self.report.problems)
        return self.ingest_items(items, total=count_articles(files))

    def ingest_documents(self, docs: Iterable[Document], origin: str = "<api>") -> IngestReport:
        return self.ingest_items(Item(d, origin, paper_of(d.url)) for d in docs)

    def ingest_items(self, items: Iterable[Item], total: int | None = None) -> IngestReport:
        problems = self.report.problems
        with _progress(self.quiet, total) as advance:
            seen = len(problems)
            batch: list[Item] = []
            for item in items:
                if len(problems) > seen:  # records skipped while reading count as done
                    advance(len(problems) - seen)
                batch.append(item)
                if len(batch) >= self.batch_size:
                    self._flush(batch, advance)
                    batch = []
                seen = len(problems)
            if batch:
                self._flush(batch, advance)
            advance(len(problems) - seen)
        return self.report

    def _flush(self, batch: list[Item], advance: Callable[[int], None]) -> None:
        report = self.report
        usable: list[Item] = []
        for item in batch:
            doc = item.doc
            doc.id = _clean(doc.id)
            doc.title, doc.url = _clean(doc.title), _clean(doc.url)
            if not doc.id or len(doc.id) > MAX_ID:
                report.problems.append(_problem(item, f"record id is empty or longer than {MAX_ID} characters"))
                advance(1)
                continue
            item.hash = content_hash(doc)
            usable.append(item)
        with connect(self.engine) as conn:
            known = dict(conn.execute(
                select(documents.c.id, documents.c.content_hash)
                .where(documents.c.id.in_(sorted({i.doc.id for i in usable})))).all()) if usable else {}
        fresh: list[Item] = []
        for item in usable:
            report.read += 1
            if known.get(item.doc.id) == item.hash:
                report.unchanged += 1
                advance(1)
                continue
            known[item.doc.id] = item.hash
            fresh.append(item)
        todo: list[Item] = []
        for item, extracted in zip(fresh, self._extract([i.doc for i in fresh]), strict=True):
            if isinstance(extracted, str):  # an extractor bug must not stop a long run
                report.problems.append(_problem(item, f"extraction failed ({extracted})"))
            else:
                item.doc = extracted
                todo.append(item)
            advance(1)
        if not todo:
            return
        added = updated = unchanged = n_events = 0
        with self.engine.begin() as conn:
            for item in todo:
                status = self.write_document(conn, item)
                if status == "unchanged":
                    unchanged += 1
                    continue
                added += status == "added"
                updated += status == "updated"
                n_events += len(item.doc.events)
        report.added += added
        report.updated += updated
        report.unchanged += unchanged
        report.events += n_events

    def _extract(self, docs: list[Document]) -> list[Document | str]:
        """Each document extracted, or why its extraction failed; on the runner's workers if any."""
        if self.runner is not None:
            from ..scale.worker import extract_documents

            return self.runner.map_list(extract_documents, docs, self.options)
        results: list[Document | str] = []
        for doc in docs:
            try:
                results.append(self.pipeline(doc, self.options))
            except Exception as exc:  # noqa: BLE001  (reported per article)
                results.append(f"{type(exc).__name__}: {exc}")
        return results

    def write_document(self, conn, item: Item) -> str:
        """Store one extracted article inside the caller's transaction: 'added', 'updated' (its old
        events replaced) or 'unchanged'."""
        doc = item.doc
        stored = conn.execute(select(documents.c.content_hash).where(documents.c.id == doc.id)).first()
        if stored is not None and stored[0] == item.hash:
            return "unchanged"
        old_clusters: set[int] = set()
        if stored is not None:
            old = events.c.doc_id == doc.id
            old_clusters = {c for c in conn.execute(select(events.c.cluster_id).where(old)).scalars() if c is not None}
            old_pks = select(events.c.pk).where(old).scalar_subquery()
            conn.execute(delete(mentions).where(mentions.c.event_pk.in_(old_pks)))
            conn.execute(delete(sources).where(sources.c.event_pk.in_(old_pks)))
            conn.execute(update(events).where(old).values(cluster_id=None))
            conn.execute(delete(events).where(old))
        row = {
            "content_hash": item.hash, "title": doc.title, "url": doc.url, "paper": _clean(item.paper),
            "published": doc.published, "origin": _clean(item.origin), "text": doc.text,
            "n_events": len(doc.events), "extractor": f"ghotona {__version__}",
            "ingested_at": dt.datetime.now(dt.timezone.utc),
        }
        if stored is None:
            conn.execute(insert(documents).values(id=doc.id, **row))
        else:
            conn.execute(update(documents).where(documents.c.id == doc.id).values(**row))
        new_pks: list[int] = []
        if doc.events:
            rows = [event_row(e, i) for i, e in enumerate(doc.events)]
            for r in rows:
                r["doc_id"] = doc.id
            new_pks = list(conn.execute(
                insert(events).returning(events.c.pk, sort_by_parameter_order=True), rows).scalars())
            m_rows = [{"event_pk": pk, "doc_id": doc.id, "sentence": m.sentence, "start_offset": m.start,
                       "end_offset": m.end, "trigger_start": m.trigger_start, "trigger_end": m.trigger_end,
                       "text": doc.text[m.start:m.end]}
                      for pk, e in zip(new_pks, doc.events, strict=True) for m in e.mentions]
            s_rows = [{"event_pk": pk, "text": s.text, "name": s.name, "start_offset": s.start,
                       "end_offset": s.end}
                      for pk, e in zip(new_pks, doc.events, strict=True) for s in e.sources]
            if m_rows:
                conn.execute(insert(mentions), m_rows)
            if s_rows:
                conn.execute(insert(sources), s_rows)
        orphans = dedup.release(conn, old_clusters)
        touched = dedup.assign(conn, orphans + new_pks)
        dedup.refresh(conn, touched)
        return "added" if stored is None else "updated"


def _problem(item: Item, message: str) -> RecordProblem:
    source, _, line = item.origin.rpartition(":")
    if source and line.isdigit():
        return RecordProblem(source, int(line), f"article {item.doc.id!r}: {message}"[:500])
    return RecordProblem(item.origin, 1, f"article {item.doc.id!r}: {message}"[:500])


class _progress:
    """A rich progress bar on stderr (nothing when quiet); yields advance(n)."""

    def __init__(self, quiet: bool, total: int | None):
        self.quiet, self.total = quiet, total
        self.bar = None

    def __enter__(self) -> Callable[[int], None]:
        if self.quiet:
            return lambda n: None
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                                   TimeRemainingColumn)

        self.bar = Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("articles"),
                            TimeElapsedColumn(), TimeRemainingColumn(), console=Console(stderr=True),
                            transient=False)
        self.bar.start()
        task = self.bar.add_task("ingest", total=self.total)
        return lambda n: self.bar.advance(task, n)

    def __exit__(self, *exc) -> bool:
        if self.bar is not None:
            self.bar.stop()
        return False


def ingest(engine: Engine, paths: list[str], options: Options | None = None, **kwargs) -> IngestReport:
    """Read, extract and store ``paths`` (files, folders, '-'); see :class:`Ingester`."""
    return Ingester(engine, options, **kwargs).run(paths)
