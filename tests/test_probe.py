"""The probe sentences (gold/probe/sentences.tsv, written for the purpose in the wording of both
presses) keep passing: a floor under the count whose type, mode, place and toll come out right, so a
resource change that loses common wordings fails here."""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import ghotona

ROOT = Path(__file__).resolve().parents[1]
# Twenty-fourth session: 303 of 370 (265 before its lexicon work); a few below, as the evaluation floors.
# Twenty-seventh session: 309 (306 at its start): the floor rises to 302.
# Twenty-eighth session: 321 (new trigger contexts, Indian places): the floor rises to 315.
# Twenty-ninth session: 322.
FLOOR = 315
# The mini-articles (gold/probe/articles*.json, 110), strict F1 with the confidence filter: 0.734 when the
# last 50 were added in the twenty-fifth session (0.61 on those fresh), 0.768 after its later mends; a
# little below, as the evaluation floors. Twenty-seventh session: 0.812 (0.814 at its start): the floor
# rises to 0.79. Twenty-ninth session: 40 longer articles added (articles-bd3.json, articles-wb3.json;
# fresh 0.573 and 0.710 strict), 0.776 over the 150 after the session's mends (0.836 over the first 110):
# the floor is 0.73. Then 32 articles of accidents and disasters (articles-bd4.json, articles-wb4.json; fresh
# 0.724 and 0.889 strict): 0.782 over the 182; the floor stays. Thirtieth session: 58 more
# (articles-bd5.json, -bd6.json, -wb5.json: fresh 0.724, 0.580, 0.707 strict), then 32 written after the
# session's mends (articles-bd7.json, -wb6.json: fresh 0.702, 0.697): 0.776 over the 272; the floor stays.
# Thirty-first session: 32 more (articles-bd8.json, -wb7.json: fresh 0.766, 0.692): 0.783 over the 304; then 32
# written during the session's mends and scored after them (articles-bd9.json, -wb8.json: fresh 0.704, 0.708):
# 0.782 over the 336 at the session's end; the floor stays.
ARTICLES_STRICT_F1_FLOOR = 0.73


def _probe_tool(name: str = "probe_sentences"):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (its dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def test_the_probe_sentences_keep_passing():
    tool = _probe_tool()
    options = ghotona.Options(min_confidence=0)
    with (ROOT / "gold" / "probe" / "sentences.tsv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(rows) == 370
    passing = [row["id"] for row in rows
               if not tool.verdict(row, ghotona.extract(row["text"], published="2025-12-31", options=options))]
    assert len(passing) >= FLOOR, f"{len(passing)} of {len(rows)} probe sentences pass (floor {FLOOR})"


def test_a_verdict_names_each_failure():
    tool = _probe_tool()
    row = {"event_type": "ACCIDENT", "mode": "road", "place_en": "Katwa", "fatalities": "2", "injuries": ""}
    events = ghotona.extract("বুধবার কাটোয়ায় লরির ধাক্কায় দুই জনের মৃত্যু হয়েছে।", published="2025-12-31",
                             options=ghotona.Options(min_confidence=0))
    assert tool.verdict(row, events) == []
    assert tool.verdict({**row, "mode": "rail", "fatalities": "3"}, events) == ["MODE", "FATAL"]
    assert tool.verdict({**row, "event_type": "NONE"}, events) == ["EXTRA"]
    assert tool.verdict(row, []) == ["MISSED"]


def test_the_probe_articles_keep_their_strict_f1():
    tool = _probe_tool("probe_articles")
    articles = [article for path in sorted((ROOT / "gold" / "probe").glob("articles*.json"))
                for article in json.loads(path.read_text(encoding="utf-8"))]
    assert len(articles) == 336
    matched = false_alarms = misses = 0
    for article in articles:
        result = tool.score_article(article, ghotona.extract(article["text"], published=article.get("published", tool.PUBLISHED)))
        strict = sum(tool.place_right(x, e) and tool.date_right(x, e) for x, e in result.pairs)
        matched += strict
        false_alarms += len(result.false_alarms) + len(result.pairs) - strict
        misses += len(result.misses) + len(result.pairs) - strict
    f1 = 2 * matched / (2 * matched + false_alarms + misses)
    assert f1 >= ARTICLES_STRICT_F1_FLOOR, f"probe articles strict F1 {f1:.3f} (floor {ARTICLES_STRICT_F1_FLOOR})"


def test_an_article_score_matches_by_type_and_lists_misses_and_false_alarms():
    tool = _probe_tool("probe_articles")
    text = "বুধবার কাটোয়ায় লরির ধাক্কায় দুই জনের মৃত্যু হয়েছে। পরে গ্রামবাসীরা রাস্তা অবরোধ করেন।"
    events = ghotona.extract(text, published=tool.PUBLISHED, options=ghotona.Options(min_confidence=0))
    expected = [{"type": "ACCIDENT", "mode": "road", "place_en": "Katwa", "date": "2025-12-31", "fat": "2", "inj": ""},
                {"type": "PROTEST", "mode": "obstruct", "place_en": "Katwa", "date": "", "fat": "", "inj": ""},
                {"type": "COERCE", "mode": "arrest", "place_en": "Katwa", "date": "", "fat": "", "inj": "",
                 "optional": True}]
    result = tool.score_article({"events": expected}, events)
    assert sorted(x["type"] for x, _ in result.pairs) == ["ACCIDENT", "PROTEST"]
    assert result.misses == [] and result.false_alarms == []  # (the optional arrest is no miss)
    [(accident, event)] = [(x, e) for x, e in result.pairs if x["type"] == "ACCIDENT"]
    assert tool.place_right(accident, event) and tool.date_right(accident, event)
    assert tool.count_right("2", event.fatalities) and not tool.count_right("3", event.fatalities)
    assert not tool.date_right({**accident, "date": "2025-12-30"}, event)
    assert tool.date_right({**accident, "date": "2025-12"}, event)  # a month allows its days
    result = tool.score_article({"events": expected[:1]}, [])
    assert [x["type"] for x in result.misses] == ["ACCIDENT"]
