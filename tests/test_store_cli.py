"""`ghotona ingest | events | stats | db upgrade` on SQLite and on a real PostgreSQL server."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghotona.cli import main
from store_support import BACKENDS, fresh_database, pg_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-article.txt"


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path):
    return fresh_database(request.param, tmp_path, request)


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_ingest_query_export_stats(db, capsys, tmp_path):
    code, _, err = run(capsys, "ingest", SAMPLE, "--db", db, "--published", "2024-03-01")
    assert code == 0, err
    assert "1 added" in err and "event(s) stored" in err
    code, _, err = run(capsys, "ingest", SAMPLE, "--db", db, "--published", "2024-03-01")
    assert code == 0 and "1 unchanged; 0 event(s) stored" in err

    code, out, err = run(capsys, "events", "--db", db, "--format", "jsonl")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and records and all(r["cluster"]["members"][0]["doc_id"] == "sample-article" for r in records)
    assert {"ASSAULT", "ACCIDENT"} <= {r["event_type"] for r in records}

    code, out, _ = run(capsys, "events", "--db", db, "--type", "ACCIDENT", "--near", "23.01,91.40,20",
                       "--format", "csv", "-q")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("event_id_cnty,event_date,year,time_precision,disorder_type")
    assert len(lines) == 2 and ",3,ACCIDENT," in lines[1]  # Feni, 3 killed

    code, out, _ = run(capsys, "events", "--db", db, "--text", "টিয়ারশেল", "--per-article", "--format", "jsonl")
    assert code == 0 and out.strip(), "text search finds the article's own words"
    code, out, _ = run(capsys, "events", "--db", db, "--text", "'; DROP TABLE events; --", "--format", "jsonl")
    assert code == 0 and out == ""

    code, out, _ = run(capsys, "events", "--db", db, "--since", "2024-03-01", "--country", "BGD")
    assert code == 0 and "Feni" in out and "2023-03" not in out

    parquet = tmp_path / "e.parquet"
    code, _, err = run(capsys, "events", "--db", db, "--format", "parquet", "-o", parquet)
    assert code == 0 and parquet.stat().st_size > 0, err

    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    s = json.loads(out)
    assert code == 0 and s["totals"]["documents"] == 1 and s["by_country"]["BGD"] >= 1
    code, out, _ = run(capsys, "stats", "--db", db)
    assert code == 0 and "by type" in out and "by month" in out

    code, _, err = run(capsys, "db", "upgrade", "--db", db)
    assert code == 0 and "already at" in err
    code, _, err = run(capsys, "db", "recluster", "--db", db)
    assert code == 0 and "cluster(s) rebuilt" in err


def test_ingest_reports_broken_records_and_keeps_the_rest(db, capsys, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": text, "published": "2024-03-01"}, ensure_ascii=False),
                               "{not json",
                               json.dumps({"id": "b", "text": "hello world, no Bengali here"}),
                               json.dumps({"id": "c", "text": text, "published": "2024-03-02"}, ensure_ascii=False)])
                    + "\n", encoding="utf-8")
    code, _, err = run(capsys, "ingest", path, "--db", db, "-q")
    assert code == 1
    assert f"{path}:2: not valid JSON" in err and f"{path}:3: " in err and "not Bengali" in err
    code, out, _ = run(capsys, "stats", "--db", db, "--format", "json")
    assert json.loads(out)["totals"]["documents"] == 2


def test_bad_arguments_exit_2_with_one_line(capsys, tmp_path):
    missing = tmp_path / "nothere.db"
    for args in (["events", "--db", f"sqlite:///{missing}"],
                 ["stats", "--db", str(missing)],
                 ["events", "--db", str(missing), "--near", "23.8,90.4"],
                 ["events", "--db", str(missing), "--since", "2024-13-01"],
                 ["ingest", tmp_path / "absent.jsonl", "--db", f"sqlite:///{tmp_path / 'x.db'}"],
                 ["db", "upgrade", "--db", "postgresql://nobody@127.0.0.1:9/none?connect_timeout=2"],
                 ["events", "--db", "notadb://x"]):
        code, out, err = run(capsys, *args)
        assert code == 2, (args, err)
        assert len(err.strip().splitlines()) == 1 and err.startswith("ghotona: error: "), err
    assert not missing.exists(), "reading commands do not create a database"


def test_default_database_is_ghotona_db_in_the_current_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GHOTONA_DB", raising=False)
    code, _, err = run(capsys, "ingest", SAMPLE, "-q")
    assert code == 0, err
    assert (tmp_path / "ghotona.db").exists()
    code, out, _ = run(capsys, "events", "--format", "jsonl")
    assert code == 0 and out.strip()
