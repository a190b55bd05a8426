"""Writers for event records: JSONL (one a line), JSON (one array), ACLED-style CSV, a table."""
from __future__ import annotations

import json
from typing import Iterable, TextIO

from ..doc import Document
from .acled_csv import AcledCsvWriter

FORMATS = ("jsonl", "json", "csv", "table")


def write_events(docs: Iterable[Document], out: TextIO, fmt: str) -> tuple[int, int]:
    """Stream the events of ``docs`` to ``out``; return (documents, events) written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    n_docs = n_events = 0
    if fmt == "jsonl":
        for doc in docs:
            n_docs += 1
            for event in doc.events:
                out.write(json.dumps(event.to_dict(), ensure_ascii=False) + "\n")
                n_events += 1
    elif fmt == "json":
        records = []
        for doc in docs:
            n_docs += 1
            records.extend(event.to_dict() for event in doc.events)
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        n_events = len(records)
    elif fmt == "csv":
        writer = AcledCsvWriter(out)
        for doc in docs:
            n_docs += 1
            for event in doc.events:
                writer.write(event, doc)
                n_events += 1
    else:
        from .table import write_table

        n_docs, n_events = write_table(docs, out)
    return n_docs, n_events
