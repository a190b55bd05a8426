"""A human-readable table of events (rich), for reading results in a terminal."""
from __future__ import annotations

from typing import Iterable, TextIO

from rich.console import Console
from rich.table import Table

from ..doc import Document


def _count(c) -> str:
    if c is None:
        return ""
    if c.value is None:
        return c.qualifier or ""
    prefix = {"at_least": "≥", "more_than": ">", "about": "~", "less_than": "<"}.get(c.qualifier or "", "")
    if c.qualifier == "range" and c.high is not None:
        return f"{c.value}-{c.high}"
    return f"{prefix}{c.value}"


def write_table(docs: Iterable[Document], out: TextIO) -> tuple[int, int]:
    console = Console(file=out, width=160, highlight=False, soft_wrap=False)
    n_docs = n_events = 0
    for doc in docs:
        n_docs += 1
        table = Table(title=f"{doc.id}  published {doc.published or '?'}", show_lines=False)
        for col in ("type", "mode", "actor", "target", "place", "date", "killed", "injured",
                    "arrested", "source", "neg", "evidence"):
            table.add_column(col, overflow="fold")
        for e in doc.events:
            n_events += 1
            loc = e.location
            m = e.mentions[0] if e.mentions else None
            table.add_row(
                e.event_type, e.mode or "",
                (e.actor.name or e.actor.text) if e.actor else "",
                (e.target.name or e.target.text) if e.target else "",
                (loc.name or loc.text or "") + (f" ({loc.country})" if loc and loc.country else "") if loc else "",
                e.date.value or "" if e.date else "",
                _count(e.fatalities), _count(e.injuries), _count(e.arrests),
                "; ".join(s.name or s.text for s in e.sources),
                "yes" if e.negated else "",
                doc.text[m.start:m.end][:80] if m else "",
            )
        console.print(table)
    return n_docs, n_events
