"""The scorer: optimal one-to-one matching, per-type and per-field scores, misses and false alarms."""
import json
import subprocess
import sys

import pytest

from ghotona.evaluate import GoldError, field_scores, load_gold, score

DHAKA = {"name": "Dhaka", "country": "BGD", "lat": 23.81, "lon": 90.41, "precision": "city"}
SAVAR = {"name": "Savar", "country": "BGD", "lat": 23.85, "lon": 90.26, "precision": "city"}  # ~16 km
CTG = {"name": "Chattogram", "country": "BGD", "lat": 22.34, "lon": 91.83, "precision": "city"}


def ev(event_type, location=None, date=None, **kw):
    return {"event_type": event_type, "location": location, "date": {"value": date, "precision": "day"}
            if date else None, **kw}


def test_optimal_assignment_beats_greedy():
    gold = {"d": {"events": [ev("ASSAULT", DHAKA, "2025-12-29"), ev("ASSAULT", CTG, "2025-12-29")]}}
    # Greedy on the first gold event would take the Chattogram prediction (same date, better date
    # match); the optimal pairing gives each gold event the prediction in its own city.
    pred = {"d": [ev("ASSAULT", CTG, "2025-12-29"), ev("ASSAULT", SAVAR, "2025-12-28")]}
    r = score(gold, pred)
    assert (r.tp, r.fp, r.fn) == (2, 0, 0)
    assert r.fields["location"]["right"] == 2  # Savar is within 25 km of Dhaka


def test_type_must_agree_and_unrelated_events_do_not_match():
    gold = {"d": {"events": [ev("ASSAULT", DHAKA, "2025-12-29"), ev("PROTEST", DHAKA, "2025-12-29")]}}
    pred = {"d": [ev("COERCE", DHAKA, "2025-12-29"), ev("PROTEST", CTG, "2024-01-01")]}
    r = score(gold, pred)
    assert (r.tp, r.fp, r.fn) == (0, 2, 2)
    d = r.to_dict()
    assert d["events"]["f1"] == 0.0 and d["by_type"]["ASSAULT"]["gold"] == 1


def test_unscored_types_are_ignored():
    gold = {"d": {"events": [ev("ASSAULT", DHAKA, "2025-12-29")]}}
    pred = {"d": [ev("ASSAULT", DHAKA, "2025-12-29"), ev("ACCUSE", DHAKA), ev("AGREE", DHAKA)]}
    r = score(gold, pred)
    assert (r.tp, r.fp, r.fn) == (1, 0, 0)


def test_field_scores():
    g = ev("ASSAULT", DHAKA, "2025-12-29", mode="firearms", actor={"name": "Police Forces", "country": "BGD"},
           fatalities={"value": 2, "qualifier": "exact"})
    p = ev("ASSAULT", CTG, "2025-12-29", mode="firearms", actor={"name": "Police Forces", "country": "BGD"},
           fatalities={"value": 3, "qualifier": "exact"})
    s = field_scores(g, p)
    assert s["mode"] and s["actor"] and s["date"] and not s["location"] and not s["fatalities"]
    assert s["location_country"] and s["injuries"]  # no injuries on either side is right


def test_cli_evaluate_with_predictions_file(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.jsonl").write_text(json.dumps({"doc_id": "d1", "events": [ev("ASSAULT", DHAKA, "2025-12-29")]}) + "\n")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps({"doc_id": "d1", **ev("ASSAULT", SAVAR, "2025-12-29"), "summary_en": "x",
                                "mentions": []}) + "\n")
    out = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, "-m", "ghotona.cli", "evaluate", str(gold), "--pred", str(pred),
                           "--json", str(out)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "F1 1.000" in proc.stdout
    assert json.loads(out.read_text())["events"]["matched"] == 1


def test_bad_gold_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    proc = subprocess.run([sys.executable, "-m", "ghotona.cli", "evaluate", str(bad), "--pred", str(bad)],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "bad.jsonl:1" in proc.stderr


def test_split_filter(tmp_path):
    (tmp_path / "annotations").mkdir()
    (tmp_path / "annotations" / "x.jsonl").write_text(
        json.dumps({"doc_id": "a", "events": []}) + "\n" + json.dumps({"doc_id": "b", "events": []}) + "\n")
    (tmp_path / "articles.tsv").write_text("doc_id\tcorpus\tcategory\tsplit\na\tc\tk\tdev\nb\tc\tk\ttest\n")
    assert set(load_gold([tmp_path / "annotations"], split="test")) == {"b"}


def test_missing_or_malformed_split_table_is_a_clear_error(tmp_path):
    gold = tmp_path / "annotations" / "x.jsonl"
    gold.parent.mkdir()
    gold.write_text(json.dumps({"doc_id": "a", "events": []}) + "\n")
    proc = subprocess.run([sys.executable, "-m", "ghotona.cli", "evaluate", str(gold), "--split", "dev",
                           "--pred", str(gold)], capture_output=True, text=True)
    assert proc.returncode == 2 and "split table" in proc.stderr and "Traceback" not in proc.stderr
    (tmp_path / "articles.tsv").write_text("doc_id\tcorpus\tcategory\tsplit\na\tdev\n")
    with pytest.raises(GoldError, match="articles.tsv:2"):
        load_gold([gold], split="dev")


def test_counts_break_ties_between_indistinguishable_pairings():
    # Two road accidents a few km apart on one day: place and date cannot tell the pairings apart,
    # so the one that pairs equal death tolls wins (it used to be the order of the lists).
    gold = {"d": {"events": [ev("ACCIDENT", DHAKA, "2025-12-29", fatalities={"value": 1}),
                             ev("ACCIDENT", SAVAR, "2025-12-29", fatalities={"value": 2})]}}
    pred = {"d": [ev("ACCIDENT", SAVAR, "2025-12-29", fatalities={"value": 2}),
                  ev("ACCIDENT", DHAKA, "2025-12-29", fatalities={"value": 1})]}
    for strict in (False, True):
        r = score(gold, pred, strict=strict)
        assert r.tp == 2 and r.fields["fatalities"]["right"] == 2
    # ...but never over a better place: each prediction stays with the gold event in its own city
    far = {"d": [ev("ACCIDENT", CTG, "2025-12-29", fatalities={"value": 1}),
                 ev("ACCIDENT", DHAKA, "2025-12-29", fatalities={"value": 2})]}
    gold_far = {"d": {"events": [ev("ACCIDENT", DHAKA, "2025-12-29", fatalities={"value": 1}),
                                 ev("ACCIDENT", CTG, "2025-12-29", fatalities={"value": 2})]}}
    r = score(gold_far, far)
    assert r.fields["location"]["right"] == 2 and r.fields["fatalities"]["right"] == 0


def test_strict_matching_needs_place_and_date():
    gold = {"d": {"events": [ev("ASSAULT", DHAKA, "2025-12-29"), ev("PROTEST", DHAKA, "2025-12-29"),
                             ev("COERCE", None, "2025-12-29")]}}
    week = {"value": "2025-12-30", "precision": "week"}
    pred = {"d": [ev("ASSAULT", SAVAR, "2025-12-20"),          # right place, wrong day
                  {**ev("PROTEST", SAVAR), "date": week},      # a week that holds the day
                  ev("COERCE", CTG, "2025-12-29")]}            # gold names no place: any place
    assert score(gold, pred).tp == 3
    strict = score(gold, pred, strict=True)
    assert (strict.tp, strict.fp, strict.fn) == (2, 1, 1)
    assert [m["event_type"] for m in strict.misses] == ["ASSAULT"]


def test_an_area_is_right_by_its_name_whatever_centre_each_side_gave_it():
    # Regression: gold "Bangladesh" (country) at 23.7 N 90.4 E and the gazetteer's at 24 N 90 E lie
    # about 50 km apart, so a predicted "Bangladesh" counted as a wrong place
    from ghotona.evaluate import place_right

    gold_country = {"name": "Bangladesh", "country": "BGD", "lat": 23.68, "lon": 90.35, "precision": "country"}
    pred_country = {"name": "Bangladesh", "country": "BGD", "lat": 24.0, "lon": 90.0, "precision": "country"}
    assert place_right(gold_country, pred_country)
    florida = {"name": "Florida", "country": "USA", "lat": 27.99, "lon": -81.76, "precision": "admin1"}
    assert place_right(florida, {**florida, "lat": 28.75, "lon": -82.5, "precision": "admin1"})
    # a town of that country is still not the country, nor one town another of its name
    assert not place_right(gold_country, CTG)
    durgapur_bd = {"name": "Durgapur", "country": "BGD", "lat": 25.12, "lon": 90.68, "precision": "city"}
    durgapur_in = {"name": "Durgapur", "country": "IND", "lat": 23.52, "lon": 87.31, "precision": "city"}
    assert not place_right(durgapur_bd, durgapur_in)


def _tool(name: str):
    """A script of tools/ as a module, and the project root."""
    import importlib.util

    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    spec = importlib.util.spec_from_file_location(name, root / "tools" / f"{name}.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    return tool, root


def test_annotator_agreement_scores_a_second_annotation_against_the_first():
    import copy

    tool, root = _tool("annotator_agreement")
    first = load_gold([root / "gold" / "annotations" / "train10-a.jsonl"])
    assert "F1 1.000" in tool.agreement(first, first)[1]
    second = copy.deepcopy(first)
    dropped = next(d for d, r in second.items() if r["events"])
    second[dropped]["events"] = second[dropped]["events"][1:]  # the second annotator saw one event fewer
    lines = tool.agreement(first, second)
    assert "P 1.000" in lines[1] and "R 1.000" not in lines[1]


def test_adjudication_sheet_pairs_events_and_lists_each_side_s_own():
    import copy

    tool, root = _tool("adjudication_sheet")
    first = load_gold([root / "gold" / "annotations" / "train10-a.jsonl"])
    doc_id = next(d for d, r in first.items() if len(r["events"]) >= 2)
    second = copy.deepcopy(first)
    second[doc_id]["events"] = second[doc_id]["events"][1:]  # the second annotator missed the first event
    second[doc_id]["events"][0]["date"] = {"value": "1999-01-01", "precision": "day"}
    sheet = "\n".join(tool.sheet(first, second, [doc_id, "no-such-article"]))
    assert "ONLY FIRST  #0" in sheet and "ONLY SECOND" not in sheet
    assert "differ: date" in sheet or "differ: place/date" in sheet
    assert "no-such-article: not in both annotations" in sheet


def test_outside_gold_events_reads_only_articles_the_gold_lacks(tmp_path, capsys):
    import json

    tool, root = _tool("outside_gold_events")
    annotated = sorted(tool.gold_ids(root / "gold" / "articles.tsv"))[0]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": annotated, "text": "ঢাকায় বোমা হামলায় দুই জন নিহত হয়েছেন।", "published": "2025-12-30"},
               {"id": "outside-1", "text": "চট্টগ্রামে বাস দুর্ঘটনায় তিন জনের মৃত্যু হয়েছে।", "published": "2025-12-30"},
               {"id": "outside-2", "text": "বৈঠকে বাজেট নিয়ে আলোচনা হয়।", "published": "2025-12-30"}]
    (corpus / "a.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    assert tool.main(["--corpus", str(corpus)]) == 0
    captured = capsys.readouterr()
    lines = [line.split("\t") for line in captured.out.splitlines()]
    assert [(f[0], f[1], f[4]) for f in lines] == [("outside-1", "ACCIDENT", "Chattogram")]
    assert "2 articles outside the gold, 1 events" in captured.err


def test_output_fingerprint_diff_names_the_events_one_dump_lacks(tmp_path):
    tool, _ = _tool("output_fingerprint")
    event = {"doc": "d", "event_type": "ASSAULT", "location": {"name": "Dhaka"}, "date": {"value": "2025-12-29"},
             "fatalities": {"value": 2}, "injuries": None, "mentions": [{"start": 10}], "confidence": 0.9}
    moved = {**event, "location": {"name": "Savar"}}
    before, after = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    before.write_text(json.dumps(event) + "\n")
    after.write_text(json.dumps({**event, "confidence": 0.5}) + "\n" + json.dumps(moved) + "\n")
    # (a confidence that moved is no new event; a place that moved is)
    assert tool.diff(before, after) == ["+ ('d', 'ASSAULT', 'Savar', '2025-12-29', 2, None, 10)"]
    assert tool.fingerprint(["x"]) != tool.fingerprint(["y"])


def test_field_errors_say_why_a_lenient_match_fails_the_strict_rule():
    tool, _ = _tool("field_errors")
    gold = {"d": {"events": [ev("ASSAULT", DHAKA, "2025-12-29", fatalities={"value": 2}),
                             ev("PROTEST", DHAKA, "2025-12-29")]}}
    pred = {"d": [{**ev("ASSAULT", CTG, "2025-12-29", fatalities={"value": 3}), "mentions": [{"start": 0, "end": 5}]},
                  {**ev("PROTEST", SAVAR, "2025-12-20"), "mentions": [{"start": 0, "end": 5}]}]}
    lines, counts = tool.strict_failures(gold, pred)
    assert counts == {("ASSAULT", "place"): 1, ("PROTEST", "date"): 1}
    wrong = tool.wrong_fields(gold, pred, {"d": "ঢাকায় হামলা।"}, "fatalities")
    assert len(wrong) == 1 and "gold={'value': 2}" in wrong[0] and "'value': 3" in wrong[0]
