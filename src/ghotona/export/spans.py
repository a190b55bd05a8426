"""`ghotona analyze`: every annotated span of a document, for debugging the stages."""
from __future__ import annotations

import json
from typing import TextIO

from ..doc import Document

_SKIP_BY_DEFAULT = {"tokens"}


def write_spans(doc: Document, out: TextIO, fmt: str, layers: list[str] | None = None) -> None:
    chosen = layers if layers else [name for name in doc.layers if name not in _SKIP_BY_DEFAULT]
    if fmt == "json":
        data = doc.to_dict()
        data["layers"] = {k: v for k, v in data["layers"].items() if k in chosen}
        out.write(json.dumps(data, ensure_ascii=False) + "\n")
        return
    out.write(f"# {doc.id}  published={doc.published or '?'}  chars={len(doc.text)}\n")
    for name in chosen:
        spans = doc.get(name)
        out.write(f"## {name} ({len(spans)})\n")
        for span in spans:
            fields = {k: v for k, v in span.to_dict().items() if k not in ("start", "end", "text")}
            shown = ", ".join(f"{k}={v}" for k, v in fields.items() if v not in (None, [], {}, "", -1))
            out.write(f"{span.start:>6}-{span.end:<6} {span.text!r:40} {shown}\n")
