"""Set two independent gold annotations of the same articles side by side, event by event, for an
adjudicator who reads the text and writes the reference annotation.

    python tools/adjudication_sheet.py gold/agreement/first gold/agreement/second --ids ID [ID ...] > sheet.txt

For each article: the events of the first and of the second annotation, paired with the
evaluation's own matching (``ghotona.evaluate.match_events``: same type, best place/date/actor
similarity), each pair marked ``same`` when it agrees under the strict rule (type + place within
25 km + date) and the fields the two disagree on otherwise; then the events only one annotation
holds. The sheet never shows what ghotona extracts: adjudication is done by reading the text.
It is for the adjudicators' eyes; the developers read only aggregate scores of the test split.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona import evaluate as E  # noqa: E402

FIELDS = ("location", "date", "fatalities", "injuries", "mode", "actor")


def describe(event: dict) -> str:
    loc = event.get("location") or {}
    date = event.get("date") or {}
    counts = ", ".join(f"{name} {(event.get(name) or {}).get('value')}" for name in ("fatalities", "injuries", "arrests")
                       if event.get(name))
    parties = " ".join(f"{role}={(event.get(role) or {}).get('name')}" for role in ("actor", "target") if event.get(role))
    trigger = event.get("trigger")
    return (f"{event.get('event_type')}/{event.get('mode')} | place {loc.get('name')} ({loc.get('precision')}, "
            f"{loc.get('lat')}, {loc.get('lon')}) | date {date.get('value')} ({date.get('precision')})"
            + (f" | {counts}" if counts else "") + (f" | {parties}" if parties else "")
            + (f" | trigger at {trigger}" if trigger else ""))


def sheet(first: dict, second: dict, ids: list[str]) -> list[str]:
    lines: list[str] = []
    for doc_id in ids:
        if doc_id not in first or doc_id not in second:
            lines.append(f"## {doc_id}: not in both annotations\n")
            continue
        a, b = first[doc_id]["events"], second[doc_id]["events"]
        lines.append(f"## {doc_id}  (first: {len(a)} events, second: {len(b)})")
        lines.append(f"first's notes: {first[doc_id].get('notes', '')}")
        lines.append(f"second's notes: {second[doc_id].get('notes', '')}")
        pairs = E.match_events(a, b, False)
        for i, j in pairs:
            # both ways: a field one annotation leaves empty and the other fills is a difference too
            one_way, other_way = E.field_scores(a[i], b[j]), E.field_scores(b[j], a[i])
            disagree = [name for name in FIELDS if one_way.get(name) is False or other_way.get(name) is False]
            verdict = "same" if E.strictly_same(a[i], b[j]) and E.strictly_same(b[j], a[i]) and not disagree else "differ: " + ", ".join(
                disagree or ["place/date beyond the strict rule"])
            lines.append(f"  PAIR first#{i} / second#{j}: {verdict}")
            lines.append(f"     first  #{i}: {describe(a[i])}")
            lines.append(f"     second #{j}: {describe(b[j])}")
        for i in sorted(set(range(len(a))) - {i for i, _ in pairs}):
            lines.append(f"  ONLY FIRST  #{i}: {describe(a[i])}")
        for j in sorted(set(range(len(b))) - {j for _, j in pairs}):
            lines.append(f"  ONLY SECOND #{j}: {describe(b[j])}")
        lines.append("")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", help="the first annotation: gold .jsonl files or a folder")
    ap.add_argument("second", help="the second annotation: .jsonl files or a folder")
    ap.add_argument("--ids", nargs="+", required=True, help="the articles to set side by side, in this order")
    args = ap.parse_args(argv)
    try:
        first, second = E.load_gold([args.first]), E.load_gold([args.second])
    except (E.GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(sheet(first, second, args.ids)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
