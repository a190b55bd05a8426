"""A fingerprint of ghotona's output on the gold articles: did a change move any event?

    python tools/output_fingerprint.py                      # counts and hashes, rules only and filtered
    python tools/output_fingerprint.py --dump /tmp/before   # also writes /tmp/before.rules.jsonl, .filter.jsonl
    python tools/output_fingerprint.py --diff /tmp/before.rules.jsonl /tmp/after.rules.jsonl

The events of every train and dev gold article (never test: a fingerprint is looked at after every
change), once with every event the rules find (``min_confidence=0``) and once as shipped (the
confidence filter on). A speed change must leave both hashes as they were ("byte-identical"); a
behaviour change is read event by event with ``--diff``, which prints what only one dump holds
(article, type, place, date, dead, injured, first mention's offset).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona.evaluate import load_gold, predict_documents  # noqa: E402
from ghotona.options import Options  # noqa: E402

SPLITS = ("train", "dev")
VARIANTS = (("rules", Options(min_confidence=0)), ("filter", Options()))


def event_lines(gold: dict, corpus: Path, options: Options) -> list[str]:
    """One JSON line per event of the gold articles, in article order (keys sorted)."""
    docs = predict_documents(gold, [corpus], options)
    return [json.dumps({"doc": doc_id, **event.to_dict()}, ensure_ascii=False, sort_keys=True)
            for doc_id in sorted(docs) for event in docs[doc_id].events]


def fingerprint(lines: list[str]) -> str:
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def event_key(event: dict) -> tuple:
    """What a reader compares: article, type, place, date, dead, injured, where it is first told."""
    def value(field: str, key: str):
        return (event.get(field) or {}).get(key)

    return (event["doc"], event["event_type"], value("location", "name"), value("date", "value"),
            value("fatalities", "value"), value("injuries", "value"), event["mentions"][0]["start"])


def diff(before: Path, after: Path) -> list[str]:
    """``- key`` for events only in ``before``, ``+ key`` for events only in ``after``."""
    def keys(path: Path) -> set[tuple]:
        return {event_key(json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines() if line}

    old, new = keys(before), keys(after)
    return [("- " if k in old else "+ ") + str(k) for k in sorted(old ^ new, key=str)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "annotations"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--dump", metavar="PREFIX", help="write PREFIX.rules.jsonl and PREFIX.filter.jsonl")
    ap.add_argument("--diff", nargs=2, metavar=("BEFORE", "AFTER"), help="compare two dumps and stop")
    args = ap.parse_args(argv)
    if args.diff:
        for line in diff(Path(args.diff[0]), Path(args.diff[1])):
            print(line)
        return 0
    gold: dict = {}
    for split in SPLITS:
        gold.update(load_gold([args.gold], split=split))
    for name, options in VARIANTS:
        lines = event_lines(gold, Path(args.corpus), options)
        print(name, len(lines), fingerprint(lines))
        if args.dump:
            Path(f"{args.dump}.{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
