"""Score the probe sentences (``gold/probe/sentences.tsv``): one typical news sentence per row, each
telling one event (or none: ``event_type`` NONE), written for the purpose in the style of both
presses. A development set for the language resources, like the training split: not a measure of
accuracy on real articles (see ``gold/probe/README.md``).

For each sentence the verdict is OK, or the failures among MISSED (no event of the expected type),
EXTRA (another event besides it, or any event for a NONE row), MODE, PLACE (the expected place's
English name is not in the location's name or its district's), FATAL and INJ (a count that is not
the expected one; "?" in the table: not checked). Run::

    python tools/probe_sentences.py [--show FAILURES] [--published 2025-12-31]

It prints the count of each verdict and, with ``--show``, the failing sentences of that verdict
("all" for every failure).
"""
from __future__ import annotations

import argparse
import csv
import unicodedata
from collections import Counter
from pathlib import Path

import ghotona

PROBE = Path(__file__).resolve().parents[1] / "gold" / "probe" / "sentences.tsv"


def _fold(text: str | None) -> str:
    """Lower case without accents ("Bānkura" -> "bankura")."""
    decomposed = unicodedata.normalize("NFKD", (text or "").replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _count_wrong(expected: str, got) -> bool:
    if expected == "?":
        return False
    value = got.value if got is not None else None
    if expected == "":
        return value not in (None, 0)
    return value != int(expected)


def place_right(place_en: str, event) -> bool:
    """Whether one of the accepted English names (``;``-separated; none: any place) is in the
    event's location name or its district's."""
    accepted = [_fold(name) for name in (place_en or "").split(";") if name]
    location = event.location
    names = [_fold(location.name), _fold(getattr(location, "admin2", None))] if location else []
    return not accepted or any(a in n for a in accepted for n in names if n)


def verdict(row: dict[str, str], events: list) -> list[str]:
    """The failures of one probe sentence (empty: OK)."""
    if row["event_type"] == "NONE":
        return ["EXTRA"] if events else []
    types = row["event_type"].split(";")
    matching = [e for e in events if e.event_type in types]
    if not matching:
        return ["TYPE" if events else "MISSED"]
    event = matching[0]
    failures = ["EXTRA"] if len(events) > 1 else []
    if row["mode"] and (event.mode or "") not in row["mode"].split(";"):
        failures.append("MODE")
    if not place_right(row["place_en"], event):
        failures.append("PLACE")
    if _count_wrong(row["fatalities"], event.fatalities):
        failures.append("FATAL")
    if _count_wrong(row["injuries"], event.injuries):
        failures.append("INJ")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", help="print the sentences failing this way (MISSED, EXTRA … or all)")
    parser.add_argument("--published", default="2025-12-31", help="the publication date the days are told from")
    args = parser.parse_args(argv)
    options = ghotona.Options(min_confidence=0)
    totals: Counter = Counter()
    with PROBE.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            events = ghotona.extract(row["text"], published=args.published, options=options)
            failures = verdict(row, events)
            totals["OK" if not failures else "+".join(failures)] += 1
            if failures and args.show and (args.show == "all" or args.show in failures):
                got = "; ".join(f"{e.event_type}/{e.mode} @{e.location.name if e.location else None}" for e in events)
                print(f"{row['id']}\t{'+'.join(failures)}\t{row['text']}\t{got}")
    print(f"{sum(totals.values())} sentences: " + ", ".join(f"{k} {v}" for k, v in totals.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
