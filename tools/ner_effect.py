"""What the learned NER model adds to the events: the same articles with and without ``--ner``.

    python tools/ner_effect.py [--corpus FILE:FIELD ...] [--examples 15]

Runs the default pipeline over each corpus twice (``Options(ner=False)`` and ``Options(ner=True)``)
and prints, per corpus: events, events naming at least one victim, victims named, events with a
place, events placed at a village or point (finer than an upazila/town), events with an actor and
with a target; then up to ``--examples`` victims and places that only the NER run names (article
id, event type, the name as written).  Counts only and short names: no article text is written.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from ghotona.api import default_pipeline
from ghotona.inputs import InputError, record_to_document
from ghotona.options import Options

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DEFAULT_CORPORA = (f"{SHARED}/news-bdnews/articles-bn.jsonl:article",
                   f"{SHARED}/news-ednil2020/articles-bn.jsonl:text")
FINE = {"point"}  # a village, neighbourhood or landmark (schema PRECISIONS_PLACE)


def _records(spec: str):
    path, _, field = spec.partition(":")
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if field and field != "text" and field in r:
                r = {**r, "text": r[field]}
            yield r


def _tally(events) -> Counter:
    c: Counter = Counter()
    for e in events:
        c["events"] += 1
        c["with victims"] += bool(e.victims)
        c["victims named"] += len(e.victims)
        c["with place"] += e.location is not None
        c["point-level place"] += bool(e.location and e.location.precision in FINE)
        c["with actor"] += e.actor is not None
        c["with target"] += e.target is not None
    return c


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", nargs="*", default=list(DEFAULT_CORPORA), help="FILE:FIELD JSONL corpora")
    ap.add_argument("--examples", type=int, default=15)
    args = ap.parse_args(argv)
    pipe = default_pipeline()
    for spec in args.corpus:
        totals = {False: Counter(), True: Counter()}
        added_victims: list[tuple[str, str, str]] = []
        added_places: list[tuple[str, str, str]] = []
        for r in _records(spec):
            doc_id = str(r.get("id"))
            runs = {}
            for ner in (False, True):
                options = Options(ner=ner)
                try:
                    doc = pipe(record_to_document(r, doc_id, options), options)
                except InputError:
                    break
                runs[ner] = doc.events
                totals[ner] += _tally(doc.events)
            if len(runs) < 2:
                continue
            before_victims = {v.text for e in runs[False] for v in e.victims}
            before_places = {e.location.name for e in runs[False] if e.location}
            for e in runs[True]:
                added_victims += [(doc_id, e.event_type, v.text) for v in e.victims if v.text not in before_victims]
                if e.location and e.location.name not in before_places:
                    added_places.append((doc_id, e.event_type, e.location.name))
        print(f"== {Path(spec.partition(':')[0]).parent.name}")
        print(f"{'':22s} {'without NER':>12s} {'with NER':>10s}")
        for key in ("events", "with victims", "victims named", "with place", "point-level place",
                    "with actor", "with target"):
            print(f"{key:22s} {totals[False][key]:12d} {totals[True][key]:10d}")
        print(f"victims only the NER run names: {len(added_victims)}; places: {len(added_places)}")
        for doc_id, typ, name in added_victims[: args.examples]:
            print(f"  victim  {doc_id:22s} {typ:9s} {name}")
        for doc_id, typ, name in added_places[: args.examples]:
            print(f"  place   {doc_id:22s} {typ:9s} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
