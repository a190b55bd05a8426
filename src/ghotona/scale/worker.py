"""The worker side: pure functions over a partition of records, the same on one laptop core, in a
process pool, on a Dask cluster or inside Spark's ``mapPartitions``.

Resources (lexicon automata, gazetteer, NER weights) are loaded once per process by
:func:`ghotona.api.default_pipeline` (cached) the first time a worker needs them; nothing loaded
is ever pickled: a task ships raw records and :class:`Options` only.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from ..doc import Document
from ..inputs import RawRecord, RecordProblem, document_or_problem
from ..options import Options

Outcome = Document | RecordProblem


class WorkerPipeline:
    """A handle on this process's default pipeline that pickles to a few bytes.

    ``pickle.dumps(WorkerPipeline())`` carries no resources; unpickled in a worker it loads them
    there, once per process, on first call.  (The :class:`ghotona.pipeline.Pipeline` it wraps holds
    the loaded automata and is not picklable itself.)"""

    def __reduce__(self):
        return (WorkerPipeline, ())

    def __call__(self, doc: Document, options: Options) -> Document:
        from ..api import default_pipeline

        return default_pipeline()(doc, options)

    def warm_up(self) -> None:
        from ..api import default_pipeline

        default_pipeline()


PIPELINE = WorkerPipeline()


def warm_up(*_) -> None:
    """Load the resources now (a pool initializer, or ``client.run(warm_up)`` on Dask)."""
    PIPELINE.warm_up()


def run_pipeline(doc: Document, options: Options) -> Document | str:
    """The extracted document, slimmed for shipping back, or why extraction failed.  A failure is
    returned, not raised: one article an extractor trips on must not stop a long run."""
    try:
        return slim(PIPELINE(doc, options))
    except Exception as exc:  # noqa: BLE001  (reported per article by the client)
        return f"{type(exc).__name__}: {exc}"


def slim(doc: Document) -> Document:
    """The document without its annotation layers (tokens, spans: ~10x the text) — what the
    writers need: text, id, date, title, url, events and plain metadata."""
    meta = {k: v for k, v in doc.meta.items() if isinstance(v, (str, int, float, bool, type(None)))}
    return Document(text=doc.text, id=doc.id, published=doc.published, title=doc.title, url=doc.url,
                    language=doc.language, events=doc.events, meta=meta)


def extract_partition(records: Iterable[RawRecord], options: Options) -> list[Outcome]:
    """Parse and extract a partition of raw records, in order: a slim Document per article, or a
    RecordProblem (source:line: why) for a record that could not be read or extracted."""
    outcomes: list[Outcome] = []
    for raw in records:
        got = document_or_problem(raw, options)
        if isinstance(got, Document):
            done = run_pipeline(got, options)
            if isinstance(done, str):
                got = RecordProblem(raw.source, raw.line or 1, f"article {got.id!r}: extraction failed ({done})")
            else:
                got = done
        outcomes.append(got)
    return outcomes


def extract_documents(docs: list[Document], options: Options) -> list[Document | str]:
    """Extract already-parsed documents (the store's path: it parses and skips unchanged articles
    before extracting); a failure comes back as its message."""
    return [run_pipeline(doc, options) for doc in docs]


def events_of_lines(lines: Iterable[str | bytes], options: Options | None = None,
                    source: str = "<partition>") -> Iterator[dict]:
    """The event records (``Event.to_dict()``) of JSONL lines: the function for engines that hand
    a worker an iterator of lines, e.g. Spark's ``rdd.mapPartitions(events_of_lines)``.  A line that
    cannot be read or extracted yields nothing (use :func:`extract_partition` to see why)."""
    options = options or Options()
    records = [RawRecord(source, i, line.encode("utf-8") if isinstance(line, str) else line)
               for i, line in enumerate(lines, start=1) if line.strip()]
    for outcome in extract_partition(records, options):
        if isinstance(outcome, Document):
            for event in outcome.events:
                yield event.to_dict()
