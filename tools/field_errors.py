"""Which matched events get a field wrong, and why a lenient match fails the strict rule.

    python tools/field_errors.py --split train fatalities      # gold vs predicted, with the sentence
    python tools/field_errors.py --split dev location --rules  # every event the rules find
    python tools/field_errors.py --split train --strict-why    # matched leniently, not strictly: place or date

For a FIELD of ``ghotona.evaluate.FIELDS``, each matched pair whose field is scored wrong: the article,
the gold and predicted types, the two values and the sentence of the prediction's first mention.
With ``--strict-why``, each pair the lenient rule matches and the strict one does not, with what
failed (the place more than 25 km off, the date outside the gold's), and the counts by type.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona.evaluate import (FIELDS, SCORED_TYPES, _date_within, field_scores, load_gold,  # noqa: E402
                              match_events, place_right, predict, sentence_bounds)
from ghotona.options import Options  # noqa: E402


def _shown(value):
    if isinstance(value, dict):
        return {k: value.get(k) for k in ("value", "qualifier", "name", "text", "precision") if value.get(k) is not None}
    return value


def _pairs(gold: dict, preds: dict):
    """(doc_id, gold event, predicted event, whether the strict rule matches it too) for every
    lenient match."""
    for doc_id, record in sorted(gold.items()):
        gold_events = record["events"]
        predicted = [p for p in preds.get(doc_id, []) if p.get("event_type") in SCORED_TYPES]
        strict = {r for r, _ in match_events(gold_events, predicted, True)}
        for r, c in match_events(gold_events, predicted):
            yield doc_id, gold_events[r], predicted[c], r in strict


def wrong_fields(gold: dict, preds: dict, texts: dict, field: str) -> list[str]:
    out = []
    for doc_id, g, p, _strict in _pairs(gold, preds):
        if field_scores(g, p).get(field) is not False:
            continue
        mention = p["mentions"][0]
        text = texts.get(doc_id, "")
        a, b = sentence_bounds(text, mention["start"], mention["end"]) if text else (0, 0)
        out.append(f"{doc_id} {g['event_type']}/{p['event_type']}  gold={_shown(g.get(field))}  "
                   f"pred={_shown(p.get(field))}\n    {text[a:b].strip()[:200]}")
    return out


def strict_failures(gold: dict, preds: dict) -> tuple[list[str], Counter]:
    lines, counts = [], Counter()
    for doc_id, g, p, strict in _pairs(gold, preds):
        if strict:
            continue
        why = " ".join(part for part, failed in (
            ("place", place_right(g.get("location"), p.get("location")) is False),
            ("date", not _date_within(g.get("date"), p.get("date")))) if failed) or "assignment"
        counts[(g["event_type"], why)] += 1
        lines.append(f"{doc_id} {g['event_type']} [{why}] "
                     f"gold=({(g.get('location') or {}).get('name')}, {(g.get('date') or {}).get('value')}) "
                     f"pred=({(p.get('location') or {}).get('name')}, {(p.get('date') or {}).get('value')})")
    return lines, counts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("field", nargs="?", choices=FIELDS, help="the field to list errors of")
    ap.add_argument("--split", required=True, choices=("train", "dev", "test"))
    ap.add_argument("--gold", default=str(ROOT / "gold" / "annotations"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--rules", action="store_true", help="every event the rules find (no confidence filter)")
    ap.add_argument("--strict-why", action="store_true", help="lenient matches that fail the strict rule")
    args = ap.parse_args(argv)
    if not args.field and not args.strict_why:
        ap.error("name a FIELD or ask for --strict-why")
    gold = load_gold([args.gold], split=args.split)
    preds, texts = predict(gold, [args.corpus], Options(min_confidence=0) if args.rules else None)
    if args.strict_why:
        lines, counts = strict_failures(gold, preds)
        print("\n".join(lines))
        print(", ".join(f"{t} {why}: {n}" for (t, why), n in counts.most_common()))
    if args.field:
        lines = wrong_fields(gold, preds, texts, args.field)
        print("\n".join(lines))
        print(f"{len(lines)} matched events with {args.field} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
