"""Sort every miss and false alarm of a gold split into error classes, with counts.

    python tools/error_classes.py --split dev [--strict] [--list CLASS]

The classes are decided by rules over the gold and predicted events of each article (so the table
is reproducible and can be compared before/after a change), not by hand:

false alarms (a predicted event no gold event was paired with)
  * split            — the same incident again: a gold event of its type is already paired with
                       another prediction, and this one would have matched it too
  * unmatched-fields — a real event of its type that the gold has, but place/date/actor too far off
                       to pair (the gold event is a miss of the same type)
  * wrong-type       — a gold event of another type is told in the same sentence
  * negated          — a denied or hypothetical event the gold does not hold
  * background       — dated more than 30 days before the article's anchor, with no gold event of
                       its type: a historical or background mention the gold did not annotate
  * non-event        — nothing in the gold for it: plans, demands, opinions, references, conditionals
misses (a gold event no prediction was paired with)
  * not-detected     — no predicted event at all in the sentence of its trigger
  * wrong-type       — a prediction of another type in that sentence
  * unmatched-fields — a prediction of its type in the article is unpaired (place/date off)
  * merged           — every prediction of its type is paired with another gold event
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona.evaluate import (MATCH_THRESHOLD, SCORED_TYPES, load_gold, load_predictions,  # noqa: E402
                              match_events, predict, sentence_bounds, similarity, strictly_same)

BACKGROUND_DAYS = 30


def _pred_sentences(p: dict) -> list[tuple[int, int]]:
    return [(m["start"], m["end"]) for m in p.get("mentions") or [] if m.get("start") is not None]


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def _passes(g: dict, p: dict, strict: bool) -> bool:
    if strict and not strictly_same(g, p):
        return False
    return similarity(g, p) >= 1.0 + MATCH_THRESHOLD


def classify(gold: dict, preds: dict, texts: dict, strict: bool) -> tuple[list[tuple], list[tuple]]:
    """(class, doc_id, event_type, sentence) for every false alarm and every miss."""
    false_alarms, misses = [], []
    for doc_id, record in gold.items():
        g_events = record["events"]
        p_events = [p for p in preds.get(doc_id, []) if p.get("event_type") in SCORED_TYPES]
        text = texts.get(doc_id, "")
        pairs = match_events(g_events, p_events, strict)
        g_paired = {r for r, _ in pairs}
        p_paired = {c for _, c in pairs}
        anchor = dt.date.fromisoformat(record["anchor"]) if record.get("anchor") else None
        gold_sentences = [sentence_bounds(text, *g["trigger"]) if g.get("trigger") else None for g in g_events]
        for j, p in enumerate(p_events):
            if j in p_paired:
                continue
            spans = _pred_sentences(p)
            same_type = [i for i, g in enumerate(g_events) if g["event_type"] == p["event_type"]]
            date = (p.get("date") or {}).get("value")
            if any(i in g_paired and _passes(g_events[i], p, strict) for i in same_type):
                kind = "split"
            elif any(i not in g_paired for i in same_type):
                kind = "unmatched-fields"
            elif any(s and g["event_type"] != p["event_type"] and _overlaps(spans, *s)
                     for g, s in zip(g_events, gold_sentences)):
                kind = "wrong-type"
            elif p.get("negated"):
                kind = "negated"
            elif anchor and date and len(date) >= 10 and \
                    (anchor - dt.date.fromisoformat(date[:10])).days > BACKGROUND_DAYS:
                kind = "background"
            else:
                kind = "non-event"
            sentence = text[spans[0][0]:spans[0][1]] if spans and text else ""
            false_alarms.append((kind, doc_id, p["event_type"], sentence[:200]))
        for i, g in enumerate(g_events):
            if i in g_paired:
                continue
            s = gold_sentences[i]
            in_sentence = [p for p in p_events if s and _overlaps(_pred_sentences(p), *s)]
            same_type = [j for j, p in enumerate(p_events) if p["event_type"] == g["event_type"]]
            if any(j not in p_paired for j in same_type):
                kind = "unmatched-fields"
            elif in_sentence and all(p["event_type"] != g["event_type"] for p in in_sentence):
                kind = "wrong-type"
            elif same_type:
                kind = "merged"
            else:
                kind = "not-detected"
            misses.append((kind, doc_id, g["event_type"], text[s[0]:s[1]][:200] if s else ""))
    return false_alarms, misses


def table(rows: list[tuple], title: str) -> str:
    counts = Counter(r[0] for r in rows)
    by_type: dict[str, Counter] = defaultdict(Counter)
    for kind, _doc, event_type, _s in rows:
        by_type[kind][event_type] += 1
    lines = [f"{title} ({len(rows)})", f"{'class':18} {'n':>4}  by type"]
    for kind, n in counts.most_common():
        types = ", ".join(f"{t} {c}" for t, c in by_type[kind].most_common())
        lines.append(f"{kind:18} {n:4}  {types}")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", default=str(ROOT / "gold" / "annotations"))
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--split", choices=["train", "dev", "test"], required=True)
    ap.add_argument("--strict", action="store_true", help="the strict match rule (type + place + date)")
    ap.add_argument("--pred", metavar="JSONL", help="score these predictions (e.g. an earlier commit's) instead of running ghotona")
    ap.add_argument("--list", metavar="CLASS", help="also print the items of this class ('all' for every one)")
    args = ap.parse_args()
    gold = load_gold([args.gold], split=args.split)
    preds, texts = predict(gold, [args.corpus])
    if args.pred:
        preds = load_predictions(args.pred)
    false_alarms, misses = classify(gold, preds, texts, args.strict)
    print(table(false_alarms, "false alarms"))
    print()
    print(table(misses, "misses"))
    if args.list:
        for title, rows in (("false alarm", false_alarms), ("miss", misses)):
            for kind, doc_id, event_type, sentence in rows:
                if args.list in ("all", kind):
                    print(f"{title:11} {kind:16} {doc_id:22} {event_type:9} {sentence}")


if __name__ == "__main__":
    main()
