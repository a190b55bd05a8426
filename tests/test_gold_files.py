"""The gold annotations themselves: every file the evaluation reads is well formed, every article is
in the split table once, and every trigger points into its article (the gold is written by hand,
in batches, by several annotators: a slip must fail here, not skew a score)."""
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from ghotona.evaluate import SCORED_TYPES, load_gold

GOLD = Path(__file__).resolve().parents[1] / "gold"
PRECISIONS = {"point", "city", "district", "admin1", "country"}
DATE_PRECISIONS = {"day", "week", "month", "year"}
QUALIFIERS = {"exact", "at_least", "about", "more_than", "less_than", "range", "several", "many"}
SPLITS = {"train", "dev", "test"}


def _split_table() -> dict[str, tuple[str, str]]:
    rows = (GOLD / "articles.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["doc_id", "corpus", "category", "split"]
    table = {}
    for row in rows[1:]:
        doc_id, corpus, _category, split = row.split("\t")
        assert doc_id not in table, f"{doc_id} twice in articles.tsv"
        assert split in SPLITS, row
        table[doc_id] = (corpus, split)
    return table


def _records():
    for path in sorted((GOLD / "annotations").glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip():
                yield f"{path.name}:{lineno}", json.loads(line)


def _problems(where: str, record: dict, table: dict) -> list[str]:
    out = []
    doc_id = record.get("doc_id")
    if doc_id not in table:
        return [f"{where}: {doc_id} is not in articles.tsv"]
    if record.get("corpus") != table[doc_id][0]:
        out.append(f"{where}: corpus {record.get('corpus')} but articles.tsv says {table[doc_id][0]}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", record.get("anchor") or ""):
        out.append(f"{where}: anchor {record.get('anchor')!r}")
    for k, event in enumerate(record.get("events", [])):
        at = f"{where} event {k}"
        if event.get("event_type") not in SCORED_TYPES:
            out.append(f"{at}: type {event.get('event_type')!r} is not scored")
        loc = event.get("location")
        if loc and loc.get("precision") not in PRECISIONS and not (loc.get("precision") is None and not loc.get("country")):
            out.append(f"{at}: location precision {loc.get('precision')!r}")
        if loc and (loc.get("lat") is None) != (loc.get("lon") is None):
            out.append(f"{at}: half a coordinate")
        date = event.get("date")
        if date and not (re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date.get("value") or "")
                         and date.get("precision") in DATE_PRECISIONS):
            out.append(f"{at}: date {date}")
        for field in ("fatalities", "injuries", "arrests"):
            count = event.get(field)
            # {"value": null, "qualifier": null}: the text tells of casualties without a number
            if count is not None and not (count.get("value") is None and count.get("qualifier") is None) \
                    and (count.get("qualifier") not in QUALIFIERS
                         or not (count.get("value") is None or isinstance(count["value"], int))):
                out.append(f"{at}: {field} {count}")
        trigger = event.get("trigger")
        if trigger is not None and not (isinstance(trigger, list) and len(trigger) == 2 and 0 <= trigger[0] < trigger[1]):
            out.append(f"{at}: trigger {trigger}")
    return out


def test_every_gold_record_is_well_formed_and_listed_once():
    table = _split_table()
    seen = Counter()
    problems = []
    for where, record in _records():
        seen[record.get("doc_id")] += 1
        problems += _problems(where, record, table)
    assert not problems, "\n".join(problems[:20])
    assert not [d for d, n in seen.items() if n > 1], "an article annotated twice"
    # every split has gold, and load_gold reads them all
    for split in SPLITS:
        assert load_gold([GOLD / "annotations"], split=split), split


@pytest.mark.corpus
def test_every_trigger_points_into_its_article(bdnews, ednil):
    texts = {**{k: r.get("article") or "" for k, r in bdnews.items()},
             **{k: r.get("text") or "" for k, r in ednil.items()}}
    bad = []
    for where, record in _records():
        text = texts.get(record["doc_id"])
        assert text is not None, f"{where}: {record['doc_id']} is in no shared corpus"
        for k, event in enumerate(record["events"]):
            start, end = event.get("trigger") or (0, 1)
            if end > len(text) or not text[start:end].strip():
                bad.append(f"{where} event {k}: trigger {start}-{end} of a {len(text)}-character text")
    assert not bad, "\n".join(bad[:20])


def test_a_malformed_record_is_reported():
    table = {"x": ("news-ednil2020", "train")}
    record = {"doc_id": "x", "corpus": "news-bdnews", "anchor": "2002-13",
              "events": [{"event_type": "ACCUSE", "location": {"precision": "town", "country": "IND"},
                          "date": {"value": "2002-02-30x", "precision": "day"},
                          "fatalities": {"value": "3", "qualifier": "exact"}, "trigger": [5, 5]}]}
    found = " ".join(_problems("f:1", record, table))
    for what in ("corpus", "anchor", "not scored", "precision 'town'", "date", "fatalities", "trigger"):
        assert what in found, what
