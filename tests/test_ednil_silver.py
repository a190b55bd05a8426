"""tools/convert_ednil_silver.py: the EDNIL CRF baseline's output becomes valid event records."""
import importlib.util
import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GHOTONA_SHARED", ROOT.parent / "shared")) / "data"
DATA = SHARED / "news-ednil2020"
IDS = {"1010215_15bdesh", "1020212_12raj7", "1041031_31bdesh5.pc"}

jsonschema = pytest.importorskip("jsonschema")


@pytest.fixture(scope="module")
def converter():
    if not (DATA / "articles-bn.jsonl").exists() or not (DATA / "silver-predictions-task2").is_dir():
        pytest.skip(f"shared EDNIL data missing: {DATA}")
    spec = importlib.util.spec_from_file_location("convert_ednil_silver", ROOT / "tools" / "convert_ednil_silver.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("group", ["article", "place", "sentence"])
def test_records_validate(converter, group):
    from ghotona.schema import Event, json_schema

    records = converter.convert(DATA, group=group, ids=IDS, date_fallback="publication",
                                place_fallback="country")
    assert {r["doc_id"] for r in records} == IDS
    validator = jsonschema.Draft202012Validator(json_schema())
    for r in records:
        errors = sorted(validator.iter_errors(r), key=str)
        assert not errors, (r["id"], [e.message for e in errors])
        assert Event.from_dict(r).to_dict() == r


def test_fields_and_offsets(converter):
    records = converter.convert(DATA, ids=IDS)
    texts = {}
    with (DATA / "articles-bn.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in IDS:
                texts[r["id"]] = r["text"]
    by_doc = {}
    for r in records:
        by_doc.setdefault(r["doc_id"], []).append(r)
    # article grouping: at most one event per type per article
    for events in by_doc.values():
        types = [e["event_type"] for e in events]
        assert len(types) == len(set(types))
    quake = by_doc["1010215_15bdesh"]
    assert [e["event_type"] for e in quake] == ["DISASTER"]
    assert quake[0]["mode"] == "earthquake"
    assert quake[0]["fatalities"]["value"] == 237
    assert quake[0]["injuries"]["value"] == 1700
    shooting = [e for e in by_doc["1020212_12raj7"] if e["event_type"] == "ASSAULT"]
    assert shooting and shooting[0]["mode"] == "firearms"
    for r in records:
        text = texts[r["doc_id"]]
        assert r["mentions"], r["id"]
        for m in r["mentions"]:
            assert m["start"] <= m["trigger_start"] < m["trigger_end"] <= m["end"] <= len(text)
        loc = r["location"]
        if loc and loc["start"] is not None:
            assert text[loc["start"]:loc["end"]] == loc["text"]
