"""The REST API (src/ghotona/service/app.py) with FastAPI's TestClient on a real store: SQLite in a
temp folder, ingested from bdnews records and the bundled sample article; one run on PostgreSQL."""
from __future__ import annotations

import csv
import io
import itertools
import json

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")
from fastapi.testclient import TestClient  # noqa: E402

from conftest import BDNEWS, ROOT  # noqa: E402
from ghotona.service import create_app  # noqa: E402
from store_support import fresh_database, pg_server  # noqa: E402,F401

SAMPLE = (ROOT / "examples" / "sample-article.txt").read_text(encoding="utf-8")
HOSTILE_TEXT = ("<script>alert(1)</script> '; DROP TABLE events; -- " + SAMPLE)
TOKEN = "s3cret-token"


def _bdnews_lines(n: int) -> list[str]:
    if not BDNEWS.exists():
        return []
    with BDNEWS.open(encoding="utf-8") as fh:
        return [line for line in itertools.islice(fh, n) if line.strip()]


def _populate(client: TestClient, auth: dict | None = None) -> None:
    auth = auth or {}
    lines = _bdnews_lines(6)
    if lines:
        r = client.post("/v1/documents", content="\n".join(lines), headers={**auth, "content-type": "application/x-ndjson"})
        assert r.status_code == 200, r.text
        assert r.json()["added"] == len(lines)
    r = client.post("/v1/documents", json=[
        {"id": "sample", "text": SAMPLE, "published": "2024-03-01", "title": "sample", "url": "https://example.org/a"},
        {"id": "hostile", "text": HOSTILE_TEXT, "published": "2024-03-01", "title": "<script>alert(2)</script>"},
    ], headers=auth)
    assert r.status_code == 200, r.text
    assert r.json()["added"] == 2 and r.json()["events"] > 0


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("svc") / "store.db"
    app = create_app(f"sqlite:///{db}", token=TOKEN)
    with TestClient(app, raise_server_exceptions=False) as c:
        _populate(c, {"Authorization": f"Bearer {TOKEN}"})
        yield c


def test_healthz_and_openapi(client):
    assert client.get("/healthz").json()["status"] == "ok"
    spec = client.get("/openapi.json").json()
    assert {"/v1/extract", "/v1/documents", "/v1/events", "/v1/events/{event_id}", "/v1/stats"} <= set(spec["paths"])


def test_extract_returns_the_event_records(client):
    r = client.post("/v1/extract", json={"text": SAMPLE, "published": "2024-03-01"})
    assert r.status_code == 200
    events = r.json()
    assert events and events[0]["event_type"] == "ASSAULT"
    assert events[0]["fatalities"]["value"] == 2
    assert events[0]["date"]["value"] == "2024-02-29"


@pytest.mark.parametrize("body, needle", [
    ({"text": ""}, "empty"),
    ({"text": "   \n "}, "empty"),
    ({"text": "This is an English sentence about nothing."}, "not Bengali"),
    ({"text": "\x00\x01\x02 binary"}, "binary"),
    ({"text": SAMPLE, "published": "yesterday"}, "date"),
    ({"nottext": 1}, "text"),
])
def test_extract_refuses_unusable_text_with_422(client, body, needle):
    r = client.post("/v1/extract", json=body)
    assert r.status_code == 422
    assert needle in r.json()["error"]
    assert "Traceback" not in r.text


def test_body_over_one_megabyte_is_413(client):
    big = json.dumps({"text": "ক" * 1_100_000})
    r = client.post("/v1/extract", content=big, headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]

    def chunks():  # no Content-Length: the limit still holds
        for _ in range(12):
            yield b"x" * 100_000
    r = client.post("/v1/extract", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_writes_need_the_token_reads_do_not(client):
    r = client.post("/v1/documents", json={"id": "z", "text": SAMPLE})
    assert r.status_code == 401 and "Bearer" in r.json()["error"]
    r = client.post("/v1/documents", json={"id": "z", "text": SAMPLE}, headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401
    assert client.get("/v1/events").status_code == 200


def test_documents_idempotent_and_bad_records_reported(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = client.post("/v1/documents", json={"id": "sample", "text": SAMPLE, "published": "2024-03-01",
                                           "title": "sample", "url": "https://example.org/a"}, headers=auth)
    assert r.json()["unchanged"] == 1 and r.json()["added"] == 0
    r = client.post("/v1/documents", content='{"id": "e", "text": "english only"}\nnot json\n', headers=auth)
    assert r.status_code == 422 and "not Bengali" in r.json()["error"]
    r = client.post("/v1/documents", content="", headers=auth)
    assert r.status_code == 422


def test_events_filters_cursor_and_formats(client):
    all_ = client.get("/v1/events", params={"limit": 1000}).json()
    n = all_["count"]
    assert n >= 3 and all_["next_cursor"] is None
    ids = [e["id"] for e in all_["events"]]
    # paging with the cursor visits the same events in the same order
    seen, cursor = [], None
    while True:
        page = client.get("/v1/events", params={"limit": 2, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["id"] for e in page["events"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert seen == ids
    assault = client.get("/v1/events", params={"type": "ASSAULT", "limit": 1000}).json()
    assert 0 < assault["count"] < n and all(e["event_type"] == "ASSAULT" for e in assault["events"])
    near = client.get("/v1/events", params={"near": "22.76,91.30,30", "limit": 1000}).json()
    assert any(e["doc_id"] == "sample" for e in near["events"])
    box = client.get("/v1/events", params={"bbox": "91.0,22.5,91.5,23.0", "limit": 1000}).json()
    assert box["count"] >= 1
    assert client.get("/v1/events", params={"since": "2024-02-28", "until": "2024-03-01"}).json()["count"] >= 1
    assert client.get("/v1/events", params={"country": "BGD"}).json()["count"] >= 1
    assert client.get("/v1/events", params={"admin1": "Chattogram"}).json()["count"] >= 1
    geo = client.get("/v1/events", params={"format": "geojson", "limit": 1000}).json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    lon, lat = geo["features"][0]["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    r = client.get("/v1/events", params={"format": "csv", "limit": 1000})
    assert r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == n and "event_date" in rows[0]
    for bad in ({"near": "x"}, {"bbox": "1,2,3"}, {"since": "soon"}, {"cursor": "abc"}, {"limit": 0},
                {"format": "xml"}):
        r = client.get("/v1/events", params=bad)
        assert r.status_code == 422, bad
        assert "error" in r.json()


def test_event_detail_with_text_and_evidence(client):
    evs = client.get("/v1/events", params={"q": "কোম্পানীগঞ্জ", "type": "ASSAULT", "per_article": True}).json()["events"]
    ev = next(e for e in evs if e["doc_id"] == "sample" and e["fatalities"] and e["actor"])
    d = client.get(f"/v1/events/{ev['id']}").json()
    text = d["document"]["text"]
    assert d["event"]["id"] == ev["id"] and d["mentions"] and d["cluster"]["members"]
    kinds = {s["kind"] for s in d["evidence"]}
    assert {"actor", "target", "location", "date", "fatalities"} <= kinds
    for s in d["evidence"]:
        assert text[s["start"]:s["end"]] == s["text"]
    for m in d["mentions"]:
        assert text[m["start_offset"]:m["end_offset"]] == m["text"]
    r = client.get("/v1/events/no-such-event")
    assert r.status_code == 404 and r.json() == {"error": "no stored event with this id"}


def test_hostile_input_is_stored_and_returned_as_text(client):
    for q in ("<script>alert(1)</script>", "'; DROP TABLE events; --", "%", "_"):
        r = client.get("/v1/events", params={"q": q, "type": "'; DROP TABLE events; --"})
        assert r.status_code == 200 and r.json()["count"] == 0
    hits = client.get("/v1/events", params={"q": "'; DROP TABLE events; --", "limit": 1000,
                                                 "per_article": True}).json()
    assert hits["count"] >= 1 and all(e["doc_id"] == "hostile" for e in hits["events"])
    hits = client.get("/v1/events", params={"q": "<script>alert(1)</script>", "per_article": True}).json()
    assert hits["count"] >= 1
    d = client.get(f"/v1/events/{hits['events'][0]['id']}").json()
    assert d["document"]["text"].startswith("<script>alert(1)</script> '; DROP TABLE events; --")
    assert d["document"]["title"] == "<script>alert(2)</script>"
    assert client.get("/v1/stats").json()["totals"]["events"] > 0  # the table is still there


def test_stats(client):
    s = client.get("/v1/stats").json()
    assert s["totals"]["documents"] >= 2
    assert sum(s["by_type"].values()) == s["totals"]["clusters"]
    assert sum(s["by_day"].values()) == s["totals"]["clusters"]
    assert sum(sum(v.values()) for v in s["by_day_type"].values()) == s["totals"]["clusters"]


def test_errors_are_json_without_stack_traces(client, monkeypatch):
    import ghotona.store.query as q

    def boom(*a, **k):
        raise RuntimeError("secret internals")
    monkeypatch.setattr(q, "stats", boom)
    import ghotona.store as store
    monkeypatch.setattr(store, "stats", boom)
    r = client.get("/v1/stats")
    assert r.status_code == 500 and r.json() == {"error": "internal error"}
    assert "secret" not in r.text
    assert client.get("/no/such/path").json() == {"error": "Not Found"}


def test_open_without_token(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'open.db'}", token="")
    with TestClient(app) as c:
        r = c.post("/v1/documents", json={"id": "s", "text": SAMPLE, "published": "2024-03-01"})
        assert r.status_code == 200 and r.json()["added"] == 1


def test_postgresql_store(tmp_path, request):
    url = fresh_database("postgresql", tmp_path, request)
    app = create_app(url, token=None)
    with TestClient(app, raise_server_exceptions=False) as c:
        _populate(c)
        ev = c.get("/v1/events", params={"q": "<script>alert(1)</script>", "per_article": True}).json()["events"][0]
        d = c.get(f"/v1/events/{ev['id']}").json()
        assert d["document"]["text"].startswith("<script>")
        assert c.get("/v1/events", params={"type": "ASSAULT", "near": "22.76,91.30,30"}).json()["count"] >= 1
        assert c.get("/v1/stats").json()["totals"]["documents"] >= 2
        c.app.state.engine.dispose()
