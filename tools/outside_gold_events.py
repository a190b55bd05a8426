#!/usr/bin/env python3
"""The events ghotona finds on the corpus articles outside the gold, one line each, to read.

    python tools/outside_gold_events.py [--corpus DIR ...] [--limit N] [--min-confidence P]

The gold covers every news-ednil2020 article but only 198 of news-bdnews's 581; the other 383 are
general news (politics, business, sports, features) that no one annotated. Reading what the
extractor finds there is a precision check on text it was never tuned on: each line is the
article id, the event's type, mode, confidence and place, then its first mention's sentence.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from ghotona.api import default_pipeline  # noqa: E402
from ghotona.inputs import InputError, record_to_document  # noqa: E402
from ghotona.options import Options  # noqa: E402

DATA = ROOT.parent / "shared" / "data"


def gold_ids(table: Path) -> set[str]:
    with table.open(encoding="utf-8") as fh:
        return {row["doc_id"] for row in csv.DictReader(fh, delimiter="\t")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", type=Path,
                    help="a corpus directory with *.jsonl records (default: ../shared/data/news-bdnews)")
    ap.add_argument("--gold-table", type=Path, default=ROOT / "gold" / "articles.tsv")
    ap.add_argument("--limit", type=int, default=0, help="read at most this many articles outside the gold")
    ap.add_argument("--min-confidence", type=float, default=None,
                    help="the filter's floor (default: the shipped model's threshold; 0 keeps every event)")
    args = ap.parse_args(argv)
    options = Options(min_confidence=args.min_confidence)
    annotated = gold_ids(args.gold_table)
    pipe = default_pipeline()
    articles = events = 0
    for corpus in args.corpus or [DATA / "news-bdnews"]:
        for path in sorted(corpus.glob("*.jsonl")):
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    record = json.loads(line)
                    if record.get("id") in annotated:
                        continue
                    if args.limit and articles >= args.limit:
                        break
                    try:
                        doc = pipe(record_to_document(record, record.get("id", "?"), options), options)
                    except InputError as err:
                        print(f"{record.get('id')}\tskipped: {err}", file=sys.stderr)
                        continue
                    articles += 1
                    for event in doc.events:
                        first = event.mentions[0]
                        place = event.location.name if event.location else None
                        sentence = " ".join(doc.text[first.start:first.end].split())
                        print(f"{doc.id}\t{event.event_type}\t{event.mode or '-'}\t{event.confidence:.2f}\t{place}\t{sentence}")
                        events += 1
    print(f"{articles} articles outside the gold, {events} events", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
