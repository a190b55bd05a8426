"""The command line: output formats, and clear errors with exit code 2 for unusable input."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from ghotona.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-article.txt"


def run(args, stdin=None):
    proc = subprocess.run([sys.executable, "-m", "ghotona.cli", *args], input=stdin,
                          capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def test_extract_sample_prints_valid_jsonl():
    code, out, err = run(["extract", str(SAMPLE), "--published", "2024-03-01"])
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert records, "the sample article reports several events"
    assert {r["event_type"] for r in records} >= {"ASSAULT", "COERCE", "PROTEST", "ACCIDENT"}


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_extract_other_formats(fmt, tmp_path):
    out_file = tmp_path / f"out.{fmt}"
    code, _, err = run(["extract", str(SAMPLE), "--published", "2024-03-01", "--format", fmt,
                        "--output", str(out_file)])
    assert code == 0, err
    text = out_file.read_text(encoding="utf-8")
    if fmt == "json":
        assert isinstance(json.loads(text), list)
    elif fmt == "csv":
        header = text.splitlines()[0].split(",")
        assert header[:3] == ["event_id_cnty", "event_date", "year"]
        assert "fatalities" in header and "sub_event_type" in header
    else:
        assert "ASSAULT" in text


def test_stdin_is_read():
    code, out, err = run(["extract", "-", "--published", "2024-03-01"],
                         stdin="ঢাকায় বাসচাপায় দুজন নিহত হয়েছেন।".encode())
    assert code == 0, err
    assert json.loads(out.splitlines()[0])["event_type"] == "ACCIDENT"


def test_analyze_prints_numbers_and_dates():
    code, out, err = run(["analyze", str(SAMPLE), "--published", "2024-03-01", "--layers", "numbers", "dates"])
    assert code == 0, err
    assert "## numbers" in out and "## dates" in out
    assert "2024-02-29" in out  # বৃহস্পতিবার before Friday 2024-03-01


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty input"),
        (b"   \n\n  ", "empty input"),
        (b"\x00\x01\x02binary\x00", "binary"),
        ("ঢাকায় বিক্ষোভ".encode("utf-16"), "binary"),
        ("ঢাকায় বিক্ষোভ".encode("utf-8") + b"\xff\xfe", "not valid UTF-8"),
        (b"The quick brown fox jumps over the lazy dog.", "not Bengali"),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, out, err = run(["extract", str(path)])
    assert code == 2
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_missing_file_and_bad_date(tmp_path):
    code, _, err = run(["extract", str(tmp_path / "nope.txt")])
    assert code == 2 and "no such file" in err
    code, _, err = run(["extract", str(SAMPLE), "--published", "1st of March"])
    assert code == 2 and "YYYY-MM-DD" in err


def test_huge_input_is_refused(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("ঢাকায় বিক্ষোভ। " * 2000, encoding="utf-8")
    code, _, err = run(["extract", str(path), "--max-chars", "1000"])
    assert code == 2 and "limit" in err


def test_bad_jsonl_records_are_reported_and_the_rest_processed(tmp_path):
    path = tmp_path / "in.jsonl"
    good = {"id": "a1", "article": "ঢাকায় বাসচাপায় দুজন নিহত হয়েছেন।", "publication_date": "2025-12-30"}
    lines = [
        json.dumps(good, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "a2", "headline": "no text"}),
        json.dumps({"id": "a3", "text": "ঢাকায় মিছিল", "published": "30/12/2025"}),
        json.dumps({**good, "id": "a4"}, ensure_ascii=False),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(["extract", str(path)])
    assert code == 1  # some records skipped; the rest written
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"a1", "a4"}
    assert f"{path}:2" in err and "not valid JSON" in err
    assert f"{path}:3" in err and "no 'text'" in err
    assert f"{path}:4" in err and "YYYY-MM-DD" in err


def test_main_is_importable_and_returns_codes(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "ghotona event record"


def test_places_command_shows_resolution_and_reason():
    code, out, err = run(["places", "কুষ্টিয়ার মিরপুরে বিক্ষোভ"])
    assert code == 0, err
    assert "Mirpur [admin3]" in out and "Kushtia" in out
    assert "inside a place named in the same sentence" in out
    code, out, err = run(["places", "ঢাকার মিরপুরে বিক্ষোভ", "--json"])
    places = json.loads(out)
    assert places[1]["name"] == "Mirpur (Dhaka)" and places[1]["precision"] == "point"


def test_places_accepts_a_phrase_longer_than_a_file_name():
    # regression: a phrase of ~90 Bengali letters (> 255 bytes) crashed the is-it-a-file check
    phrase = "নেপালের রৌতাহাট জেলায় জঙ্গিরা বোমা হামলা চালিয়েছে। বোমা ফেটেছে নেপাল ব্যাঙ্ক লিমিটেডের দফতরে।"
    assert len(phrase.encode()) > 255
    code, out, err = run(["places", phrase])
    assert code == 0, err
    assert "Traceback" not in err


def test_unmeasured_types_only_on_request():
    text = "বিএনপি সরকারের তীব্র সমালোচনা করেছে এবং নির্বাচনের তারিখ ঘোষণার দাবি জানিয়েছে।".encode()
    code, out, err = run(["extract", "-", "--published", "2025-12-29"], stdin=text)
    assert code == 0, err
    default_types = {json.loads(line)["event_type"] for line in out.splitlines()}
    code, out, err = run(["extract", "-", "--published", "2025-12-29", "--all-types"], stdin=text)
    all_types = {json.loads(line)["event_type"] for line in out.splitlines()}
    assert not default_types & {"ACCUSE", "REQUEST"}
    assert all_types & {"ACCUSE", "REQUEST"}


def test_an_article_the_extractor_fails_on_is_reported_and_the_run_goes_on(tmp_path, monkeypatch, capsys):
    # regression: one-process `extract` stopped with a traceback where --workers and ingest report
    # the article and go on
    import ghotona.events.stage as event_stage
    from ghotona.cli import main

    real = event_stage.build_drafts

    def fails_on_the_marked_article(doc, ctx, *rest):
        if "বিস্ফোরকের" in doc.text:
            raise RuntimeError("boom")
        return real(doc, ctx, *rest)

    monkeypatch.setattr(event_stage, "build_drafts", fails_on_the_marked_article)
    path = tmp_path / "three.jsonl"
    lines = ["সোমবার ঢাকায় বিক্ষোভ হয়েছে।", "সোমবার ঢাকায় বিস্ফোরকের হামলা হয়েছে।", "সোমবার খুলনায় হামলা হয়েছে।"]
    path.write_text("".join(json.dumps({"id": f"a{i}", "text": t, "publication_date": "2025-12-29"},
                                       ensure_ascii=False) + "\n" for i, t in enumerate(lines)), encoding="utf-8")
    code = main(["extract", str(path), "--min-confidence", "0"])  # every event the rules find
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{path}:2: article 'a1': extraction failed (RuntimeError: boom)" in err
    assert {json.loads(line)["doc_id"] for line in out.splitlines()} == {"a0", "a2"}
