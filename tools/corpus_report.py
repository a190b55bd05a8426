"""What ghotona finds over the shared corpora: numbers, dates and events, with samples to check.

    python tools/corpus_report.py [--samples 10] [--seed 7]

Prints, per corpus, counts of articles, sentences, tokens, numbers (by qualifier), dates (resolved
or not, by precision), events (by type, per article), and seeded random samples of numbers and
dates with 30 characters of context for checking by eye. Article text is printed, never stored.
"""
from __future__ import annotations

import argparse
import random
import statistics
from collections import Counter
from pathlib import Path
import json

from ghotona.api import default_pipeline
from ghotona.inputs import InputError, record_to_document
from ghotona.options import Options

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPORA = {"news-bdnews": SHARED / "news-bdnews" / "articles-bn.jsonl",
           "news-ednil2020": SHARED / "news-ednil2020" / "articles-bn.jsonl"}


def context(doc, span, width=30):
    a, b = max(0, span.start - width), min(len(doc.text), span.end + width)
    return (doc.text[a:span.start] + "[" + span.text + "]" + doc.text[span.end:b]).replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    pipe = default_pipeline()
    rng = random.Random(args.seed)
    for name, path in CORPORA.items():
        docs, failures = [], 0
        for i, line in enumerate(path.open(encoding="utf-8")):
            record = json.loads(line)
            try:
                docs.append(pipe(record_to_document(record, f"{path}:{i + 1}", Options()), Options()))
            except InputError as exc:
                failures += 1
                print(f"  refused: {exc}")
        numbers = [(d, n) for d in docs for n in d.get("numbers")]
        dates = [(d, x) for d in docs for x in d.get("dates")]
        events = [e for d in docs for e in d.events]
        per_doc = [len(d.events) for d in docs]
        print(f"== {name}: {len(docs)} articles ({failures} refused), "
              f"{sum(len(d.sentences) for d in docs)} sentences, {sum(len(d.tokens) for d in docs)} tokens")
        print(f"numbers: {len(numbers)}; by qualifier {dict(Counter(n.qualifier for _, n in numbers).most_common())}")
        resolved = [x for _, x in dates if x.value]
        print(f"dates: {len(dates)}, resolved {len(resolved)}, unresolved {len(dates) - len(resolved)}; "
              f"by precision {dict(Counter(x.precision for x in resolved).most_common())}; "
              f"anchors {dict(Counter(d.meta.get('published_from') for d in docs))}")
        print(f"events: {len(events)}; per article mean {statistics.mean(per_doc):.2f}, "
              f"median {statistics.median(per_doc)}; by type {dict(Counter(e.event_type for e in events).most_common())}")
        print("sample numbers:")
        for d, n in rng.sample(numbers, min(args.samples, len(numbers))):
            print(f"  {n.value!s:>8} {n.qualifier:9} {context(d, n)}")
        print("sample dates:")
        for d, x in rng.sample(dates, min(args.samples, len(dates))):
            print(f"  {x.value!s:>10} {x.precision!s:5} {context(d, x)}")


if __name__ == "__main__":
    main()
