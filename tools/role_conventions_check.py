"""How each row of ``resources/role_conventions.tsv`` fares against the gold actors of a split.

    python tools/role_conventions_check.py [--split train] [--gold gold/annotations] [--corpus ../shared/data]

Runs ghotona on the split twice, with and without the conventions (rules only, no confidence
filter), pairs each run's events with the gold events, and for every paired event whose actor or
target the conventions changed prints, per (role, type, mode), how often the coded one is right,
wrong, or given where the gold codes none, and how often the one it replaced was right. A row
whose "wrong" and "gold none" outweigh "right" should go.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona.evaluate import SCORED_TYPES, actor_right, load_gold, match_events, predict  # noqa: E402
from ghotona.events import roles  # noqa: E402
from ghotona.options import Options  # noqa: E402


def paired_events(gold: dict, preds: dict) -> dict[tuple[str, int], tuple[dict, dict]]:
    """(doc id, gold index) → (gold event, paired predicted event)."""
    out = {}
    for doc_id, record in gold.items():
        predicted = [p for p in preds.get(doc_id, []) if p.get("event_type") in SCORED_TYPES]
        for g, p in match_events(record["events"], predicted):
            out[(doc_id, g)] = (record["events"][g], predicted[p])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train", choices=("train", "dev"))
    parser.add_argument("--gold", default=str(ROOT / "gold" / "annotations"))
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args(argv)
    gold = load_gold(sorted(Path(args.gold).glob("*.jsonl")), split=args.split)
    options = Options(min_confidence=0)
    with_rows, _ = predict(gold, [args.corpus], options)
    table = roles.conventions()
    with mock.patch.object(roles, "conventions", lambda: {}):  # the same run without them
        without_rows, _ = predict(gold, [args.corpus], options)
    tally: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    before = paired_events(gold, without_rows)
    for key, (g, p) in paired_events(gold, with_rows).items():
        for role in ("actor", "target"):
            old = before.get(key, (None, {}))[1].get(role)
            if old == p.get(role):
                continue
            ok = actor_right(g.get(role), p.get(role))
            counts = tally[(role, p["event_type"], p.get("mode") or "")]
            counts["gold none" if ok is None else "right" if ok else "wrong"] += 1
            counts["was right"] += bool(actor_right(g.get(role), old))
    print(f"{len(table)} conventions; paired {args.split} events whose actor or target they changed:")
    print(f"{'role':7s} {'type':10s} {'mode':16s} {'right':>6s} {'wrong':>6s} {'gold none':>10s} {'was right':>10s}")
    for (role, event_type, mode), counts in sorted(tally.items()):
        print(f"{role:7s} {event_type:10s} {mode:16s} {counts['right']:6d} {counts['wrong']:6d}"
              f" {counts['gold none']:10d} {counts['was right']:10d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
