"""The probe sentences (gold/probe/sentences.tsv, written for the purpose in the wording of both
presses) keep passing: a floor under the count whose type, mode, place and toll come out right, so a
resource change that loses common wordings fails here."""
from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import ghotona

ROOT = Path(__file__).resolve().parents[1]
# Twenty-fourth session: 303 of 370 (265 before its lexicon work); a few below, as the evaluation floors.
FLOOR = 296


def _probe_tool():
    spec = importlib.util.spec_from_file_location("probe_sentences", ROOT / "tools" / "probe_sentences.py")
    module = importlib.util.module_from_spec(spec)
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
