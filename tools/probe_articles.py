"""Score the probe mini-articles (``gold/probe/articles*.json``): short articles written for the
purpose in the style of both presses, each with the events an analyst would code in it. A
development set, like the training split and the probe sentences (see ``gold/probe/README.md``).

Each article's expected events are matched one to one to ghotona's events of the scored types
(an optimal assignment over type, place and date, as the gold scorer does). A pair matches when the
types agree (``lenient``); it matches ``strict``ly when the place is also right (an accepted English
name is in the location's name or its district's, or the event names none) and the date is one of
the accepted ones (any, when the text gives none). Optional
expected events (``"optional": true``, the debatable ones) count when matched and are not misses
when not. Fatalities and injuries are checked on matched pairs ("" expected: none told). Run::

    python tools/probe_articles.py [--rules] [--show] [FILE …]

It prints precision, recall and F1 (lenient and strict), the accuracy of each field, per-type
recall and, with ``--show``, each article's misses and false alarms.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import ghotona
from ghotona.evaluate import SCORED_TYPES, Report
from ghotona.schema import date_span

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import probe_sentences  # noqa: E402  (its place check: the same rule for sentences and articles)
PROBE_DIR = ROOT / "gold" / "probe"
PUBLISHED = "2025-12-31"  # unless an article gives its own "published" (the older West Bengal pages)
FIELDS = ("place", "date", "fatalities", "injuries")


def place_right(expected: dict, event) -> bool:
    return probe_sentences.place_right(expected.get("place_en"), event)


def date_right(expected: dict, event) -> bool:
    """The gold scorer's rule: the predicted date allows one of the accepted days, months or years
    (``;``-separated); an event whose text gives no date ("" among them) allows any."""
    accepted = (expected.get("date") or "").split(";")
    if "" in accepted:
        return True
    p_start, p_end = date_span(event.date.value, event.date.precision) if event.date else (None, None)
    return p_start is not None and any(
        g_start is not None and p_start <= g_end and g_start <= p_end
        for g_start, g_end in (date_span(value, None) for value in accepted))


def count_right(expected: str | None, count) -> bool:
    """``expected``: ``;``-separated accepted figures, "" (none told) or "?" (not checked)."""
    value = count.value if count is not None else None
    accepted = (expected or "").split(";")
    return "?" in accepted or ("" in accepted and value in (None, 0)) or str(value) in accepted


def _similarity(expected: dict, event) -> float:
    if event.event_type != expected["type"]:
        return 0.0
    return 1.0 + place_right(expected, event) + date_right(expected, event) + 0.5 * (
        (event.mode or "") == (expected.get("mode") or ""))


@dataclass
class ArticleScore:
    """The matched pairs, misses and false alarms of one article."""
    pairs: list = field(default_factory=list)        # (expected, event)
    misses: list = field(default_factory=list)       # expected events not matched (not optional)
    false_alarms: list = field(default_factory=list)  # ghotona's events not matched


def score_article(article: dict, events: list) -> ArticleScore:
    from scipy.optimize import linear_sum_assignment

    expected = article["events"]
    predicted = [e for e in events if e.event_type in SCORED_TYPES]
    result = ArticleScore()
    matched_expected, matched_predicted = set(), set()
    if expected and predicted:
        cost = [[-_similarity(x, e) for e in predicted] for x in expected]
        for i, j in zip(*linear_sum_assignment(cost)):
            if cost[i][j] < 0:
                result.pairs.append((expected[i], predicted[j]))
                matched_expected.add(i)
                matched_predicted.add(j)
    result.misses = [x for i, x in enumerate(expected) if i not in matched_expected and not x.get("optional")]
    result.false_alarms = [e for j, e in enumerate(predicted) if j not in matched_predicted]
    return result


def _describe(event) -> str:
    where = event.location.name if event.location else None
    when = event.date.value if event.date else None
    return f"{event.event_type}/{event.mode} @{where} {when} fat {event.fatalities and event.fatalities.value}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: gold/probe/articles*.json)")
    parser.add_argument("--rules", action="store_true", help="rules only: no confidence filter")
    parser.add_argument("--show", action="store_true", help="print each article's misses and false alarms")
    args = parser.parse_args(argv)
    files = args.files or sorted(PROBE_DIR.glob("articles*.json"))
    options = ghotona.Options(min_confidence=0) if args.rules else ghotona.Options()
    totals: Counter = Counter()
    fields: Counter = Counter()
    by_type: dict[str, Counter] = {}
    for path in files:
        for article in json.loads(path.read_text(encoding="utf-8")):
            events = ghotona.extract(article["text"], published=article.get("published", PUBLISHED), options=options)
            result = score_article(article, events)
            strict = [(x, e) for x, e in result.pairs if place_right(x, e) and date_right(x, e)]
            totals.update(articles=1, tp=len(result.pairs), fp=len(result.false_alarms), fn=len(result.misses),
                          strict_tp=len(strict))
            for x, e in result.pairs:
                fields.update({"pairs": 1, "place": place_right(x, e), "date": date_right(x, e),
                               "fatalities": count_right(x.get("fat"), e.fatalities),
                               "injuries": count_right(x.get("inj"), e.injuries)})
            for x in article["events"]:
                if not x.get("optional"):
                    by_type.setdefault(x["type"], Counter())["gold"] += 1
            for x, _ in result.pairs:
                if not x.get("optional"):
                    by_type[x["type"]]["found"] += 1
            if args.show and (result.misses or result.false_alarms or len(strict) < len(result.pairs)):
                print(f"== {article['id']}: {article['text'].splitlines()[0]}")
                for x in result.misses:
                    print(f"   MISS {x['type']}/{x.get('mode')} @{x.get('place_en')} {x.get('date')} fat {x.get('fat')}")
                for e in result.false_alarms:
                    print(f"   FA   {_describe(e)}")
                for x, e in result.pairs:
                    wrong = [name for name, ok in (("place", place_right(x, e)), ("date", date_right(x, e)),
                             ("fat", count_right(x.get("fat"), e.fatalities)),
                             ("inj", count_right(x.get("inj"), e.injuries))) if not ok]
                    if wrong:
                        print(f"   {'+'.join(wrong).upper():4} expected @{x.get('place_en')} {x.get('date')} "
                              f"fat {x.get('fat')} inj {x.get('inj')}; got {_describe(e)}")
    tp, fp, fn = totals["tp"], totals["fp"], totals["fn"]
    # a strict miss is a lenient pair whose place or date is wrong: a miss and a false alarm at once
    loose = tp - totals["strict_tp"]
    print(f"{totals['articles']} articles ({'rules only' if args.rules else 'with the confidence filter'})")
    for name, (m, f, n) in (("lenient", (tp, fp, fn)), ("strict", (totals["strict_tp"], fp + loose, fn + loose))):
        prf = Report.prf(m, f, n)
        print(f"{name:8} P {prf['precision']:.3f} R {prf['recall']:.3f} F1 {prf['f1']:.3f}  "
              f"(matched {m}, false alarms {f}, misses {n})")
    pairs = fields["pairs"] or 1
    print("fields   " + "  ".join(f"{name} {fields[name] / pairs:.3f}" for name in FIELDS))
    print("recall   " + "  ".join(f"{t} {c['found'] / c['gold']:.2f}/{c['gold']}" for t, c in sorted(by_type.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
