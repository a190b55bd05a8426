"""How far two independent gold annotations of the same articles agree: the ceiling a system can
be expected to reach on them.

    python tools/annotator_agreement.py gold/agreement/first gold/agreement/second [--split test]
    python tools/annotator_agreement.py gold/annotations gold/agreement/first --split test   # an annotator against the reference

Dev and test were annotated twice, independently (gold/agreement/first, gold/agreement/second), and
the reference (gold/annotations) is the adjudication of the two by a third reader. The second
annotation is scored against the first with the evaluation's own matching
(``ghotona.evaluate.score``: lenient, then the strict rule of type + place within 25 km + date), on
the articles both hold. Event F1 is symmetric (swapping the two annotations swaps precision and
recall); the field accuracies are on matched pairs. Aggregate lines only: the second annotation of
the test split exists to measure agreement, never to tune on, so no event is listed.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona import evaluate as E  # noqa: E402

FIELDS = ("location", "date", "fatalities", "injuries", "mode", "actor")


def agreement(first: dict, second: dict) -> list[str]:
    common = sorted(set(first) & set(second))
    gold = {d: first[d] for d in common}
    other = {d: second[d]["events"] for d in common}
    lines = [f"articles both annotated: {len(common)}; events: first {sum(len(gold[d]['events']) for d in common)}, "
             f"second {sum(len(other[d]) for d in common)}"]
    for strict in (False, True):
        report = E.score(gold, other, strict=strict).to_dict()
        ev = report["events"]
        lines.append(f"{'strict ' if strict else 'lenient'}  P {ev['precision']:.3f}  R {ev['recall']:.3f}  "
                     f"F1 {ev['f1']:.3f}")
        if not strict:
            fields = report["fields"]
            lines.append("fields on lenient matches: " + ", ".join(
                f"{name} {fields[name]['accuracy']:.3f}" for name in FIELDS if fields.get(name, {}).get("accuracy") is not None))
            lines.append("recall of the first by type: " + ", ".join(
                f"{t} {v['recall']:.2f} ({v['gold']})" for t, v in sorted(report["by_type"].items()) if v["gold"]))
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", help="the first annotation: gold .jsonl files or a folder")
    ap.add_argument("second", nargs="+", help="the second annotation: .jsonl files or a folder")
    ap.add_argument("--split", choices=("train", "dev", "test"), help="only the first annotation's articles of this split")
    ap.add_argument("--articles", default=str(ROOT / "gold" / "articles.tsv"), help="the split table")
    args = ap.parse_args(argv)
    try:
        first = E.load_gold([args.first], split=args.split, articles=args.articles if args.split else None)
        second = E.load_gold(args.second)
    except (E.GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not set(first) & set(second):
        print("error: the two annotations share no article", file=sys.stderr)
        return 2
    print("\n".join(agreement(first, second)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
