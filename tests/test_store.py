"""The event store (src/ghotona/store, docs/store.md), the same suite on SQLite and on a real
PostgreSQL server: ingest, idempotence, replacement, crash safety, cross-article dedup, queries,
exports and hostile input.  No database is mocked."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import func, inspect, select

from ghotona.doc import Document
from ghotona.schema import ActorRef, Count, Event, EventDate, Location, Mention
from ghotona.store import Ingester, iter_rows, make_engine, make_filters, stats, upgrade, write_rows
from ghotona.store.db import current_revision, head_revision
from ghotona.store.dedup import date_span, haversine_km
from ghotona.store.query import CSV_COLUMNS
from ghotona.store.schema import clusters, documents, events, mentions, metadata
from store_support import BACKENDS, assert_consistent, fresh_database, pg_server, snapshot  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "examples" / "sample-article.txt"
BDNEWS = ROOT.parent / "shared" / "data" / "news-bdnews" / "articles-bn.jsonl"
BN = "নোয়াখালীর কোম্পানীগঞ্জ উপজেলায় দুই পক্ষের সংঘর্ষে দুজন নিহত হয়েছেন। "


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    url = fresh_database(request.param, tmp_path, request)
    eng = make_engine(url)
    yield eng
    eng.dispose()


def bdnews_lines(n: int) -> list[str]:
    if not BDNEWS.exists():
        pytest.skip(f"shared corpus missing: {BDNEWS}")
    out = []
    with BDNEWS.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if (rec.get("article") or "").strip() and len(rec["article"]) < 6000:
                out.append(line.rstrip("\n"))
            if len(out) == n:
                break
    return out


def write_jsonl(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


# --- a scripted extractor for the dedup and query tests: events chosen by the test --------------
def ev(doc_id: str, n: int, etype="ASSAULT", *, place=("Companiganj", 22.7587, 91.3008, "Noakhali", "city"),
       date=("2024-02-29", "day"), killed=None, high=None, qualifier="exact", actor=None, target=None,
       negated=False, country="BGD") -> Event:
    name, lat, lon, admin2, precision = place
    return Event(
        id=f"{doc_id}-{n:03d}-x", doc_id=doc_id, event_type=etype,
        acled_event_type="Riots" if etype == "ASSAULT" else ("Protests" if etype == "PROTEST" else None),
        actor=ActorRef(name=actor) if actor else None, target=ActorRef(name=target) if target else None,
        location=Location(text=name, name=name, country=country, admin1="Chattogram", admin2=admin2,
                          lat=lat, lon=lon, precision=precision),
        date=EventDate(text="x", value=date[0], precision=date[1]) if date else None,
        fatalities=Count(text="k", value=killed, high=high, qualifier="range" if high else qualifier)
        if killed is not None else None,
        negated=negated, mentions=[Mention(start=0, end=10, sentence=0, trigger_start=2, trigger_end=5)],
        summary_en=f"{etype} in {name} ({doc_id})", confidence=0.9,
    )


class Scripted:
    """A pipeline stand-in that gives each document the events the test wrote for it."""

    def __init__(self, plan: dict[str, list[Event]]):
        self.plan = plan

    def __call__(self, doc: Document, options) -> Document:
        doc.events = [Event.from_dict(e.to_dict()) for e in self.plan.get(doc.id, [])]
        return doc


def scripted_corpus() -> tuple[list[Document], dict[str, list[Event]]]:
    """Three papers report one clash in Companiganj (2, ≥2 and 3–5 killed, on the day and the next);
    one paper reports another clash 100 km away; one an arrest; one a protest in India."""
    docs = [
        Document(text=BN + "প্রথম আলো", id="pa-1", url="https://www.prothomalo.com/a/1"),
        Document(text=BN + "সমকাল", id="sk-1", url="https://samakal.com/x/9"),
        Document(text=BN + "যুগান্তর", id="jg-1", url="https://www.jugantor.com/n/3"),
        Document(text=BN + "ঢাকায় সংঘর্ষ", id="pa-2", url="https://www.prothomalo.com/a/2"),
        Document(text=BN + "গ্রেপ্তার", id="sk-2", url="https://samakal.com/x/10"),
        Document(text="কলকাতায় বিক্ষোভ হয়েছে। মিছিল", id="an-1", url="https://www.anandabazar.com/p/1"),
    ]
    plan = {
        "pa-1": [ev("pa-1", 0, killed=2, actor="BNP", target="Jamaat-e-Islami")],
        "sk-1": [ev("sk-1", 0, killed=2, qualifier="at_least", date=("2024-03-01", "day"),
                    place=("Basurhat", 22.79, 91.33, "Noakhali", "point"), actor="Jamaat-e-Islami", target="BNP")],
        "jg-1": [ev("jg-1", 0, killed=3, high=5, date=("2024-02-29", "week"), actor="BNP"),
                 ev("jg-1", 1, "COERCE", killed=None)],
        "pa-2": [ev("pa-2", 0, killed=1, place=("Dhaka", 23.81, 90.41, "Dhaka", "city"))],
        "sk-2": [ev("sk-2", 0, "COERCE")],
        "an-1": [ev("an-1", 0, "PROTEST", place=("Kolkata", 22.57, 88.36, "Kolkata", "city"), country="IND",
                    date=("2024-03-05", "day"))],
    }
    return docs, plan


def ingest_scripted(engine, batch_size=2):
    docs, plan = scripted_corpus()
    Ingester(engine, batch_size=batch_size, pipeline=Scripted(plan)).ingest_documents(docs)
    return docs, plan


# --- schema and migrations ------------------------------------------------------------------
def test_migrations_create_the_schema_the_code_describes(engine):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    assert current_revision(engine) is None
    assert upgrade(engine) == (None, head_revision())
    assert upgrade(engine) == (head_revision(), head_revision())  # a second upgrade does nothing
    assert set(inspect(engine).get_table_names()) >= {"documents", "events", "mentions", "sources", "clusters"}
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == [], f"schema.py and the migrations disagree: {diff}"


# --- ingest on real articles ----------------------------------------------------------------
def test_ingest_real_articles_then_reingest_changes_nothing(engine, tmp_path):
    corpus = write_jsonl(tmp_path / "bd.jsonl", bdnews_lines(5))
    report = Ingester(engine, batch_size=2).run([str(SAMPLE), corpus])
    assert (report.read, report.added, report.unchanged) == (6, 6, 0), report
    assert report.events > 0 and not report.problems
    assert count(engine, documents) == 6
    assert count(engine, events) == report.events
    assert count(engine, mentions) >= report.events
    with engine.connect() as conn:
        origins = set(conn.execute(select(documents.c.origin)).scalars())
        papers = set(conn.execute(select(documents.c.paper)).scalars())
        stored = conn.execute(select(documents.c.text).where(documents.c.id == "sample-article")).scalar_one()
    assert f"{corpus}:1" in origins and f"{corpus}:5" in origins and str(SAMPLE) in origins
    assert papers - {None}, "papers come from the records' paper_name"
    assert stored == SAMPLE.read_text(encoding="utf-8")
    assert_consistent(engine)
    before = snapshot(engine)

    again = Ingester(engine, batch_size=4).run([str(SAMPLE), corpus])
    assert (again.read, again.added, again.updated, again.unchanged, again.events) == (6, 0, 0, 6, 0)
    assert snapshot(engine) == before


def test_updated_article_replaces_its_events_atomically(engine, tmp_path):
    first = tmp_path / "story.txt"
    first.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    ing = Ingester(engine)
    ing.run([str(first)])
    with engine.connect() as conn:
        old_ids = set(conn.execute(select(events.c.event_id).where(events.c.doc_id == "story")).scalars())
    assert len(old_ids) >= 3

    first.write_text("ঢাকায় বাসচাপায় দুজন নিহত হয়েছেন। পুলিশ জানিয়েছে।", encoding="utf-8")
    report = Ingester(engine).run([str(first)])
    assert (report.added, report.updated) == (0, 1)
    with engine.connect() as conn:
        new = conn.execute(select(events.c.event_id, events.c.event_type).where(events.c.doc_id == "story")).all()
        doc = conn.execute(select(documents).where(documents.c.id == "story")).mappings().one()
    assert {t for _, t in new} == {"ACCIDENT"}
    assert not old_ids & {i for i, _ in new}
    assert doc["n_events"] == len(new) and doc["text"].startswith("ঢাকায়")
    assert count(engine, documents) == 1
    assert_consistent(engine)


def test_crash_mid_batch_keeps_committed_articles_and_rerun_resumes(engine, tmp_path):
    from ghotona.api import default_pipeline

    corpus = write_jsonl(tmp_path / "bd.jsonl", bdnews_lines(7))
    real = default_pipeline()
    seen = []

    def interrupted(doc, options):  # Ctrl-C while extracting the 5th article (second batch)
        seen.append(doc.id)
        if len(seen) == 5:
            raise KeyboardInterrupt
        return real(doc, options)

    ing = Ingester(engine, batch_size=3, pipeline=interrupted)
    with pytest.raises(KeyboardInterrupt):
        ing.run([corpus])
    assert ing.report.added == 3 and count(engine, documents) == 3
    assert_consistent(engine)

    # A database error half-way through writing a batch rolls the whole batch back.
    calls = []
    original = Ingester.write_document

    def failing(self, conn, item):
        calls.append(item.doc.id)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, conn, item)

    broken = Ingester(engine, batch_size=3)
    broken.write_document = failing.__get__(broken)
    with pytest.raises(RuntimeError):
        broken.run([corpus])
    assert count(engine, documents) == 3 and broken.report.added == 0
    assert_consistent(engine)

    resumed = Ingester(engine, batch_size=3).run([corpus])
    assert (resumed.unchanged, resumed.added) == (3, 4)
    assert count(engine, documents) == 7
    assert_consistent(engine)


# --- cross-article dedup --------------------------------------------------------------------
def test_same_event_from_three_papers_is_one_cluster_with_conservative_fatalities(engine):
    ingest_scripted(engine)
    rows = {r.event.doc_id: r for r in iter_rows(engine, make_filters())}
    clash = next(r for r in iter_rows(engine, make_filters(types=["ASSAULT"])) if r.cluster["n_articles"] > 1)
    c = clash.cluster
    assert {m["doc_id"] for m in c["members"]} == {"pa-1", "sk-1", "jg-1"}
    assert (c["n_articles"], c["n_sources"]) == (3, 3)
    assert (c["fatalities"], c["fatalities_min"], c["fatalities_max"]) == (2, 2, 5)
    assert c["date_start"] == c["date_end"] == "2024-02-29" or c["date_start"] == "2024-02-29"
    assert {m["paper"] for m in c["members"]} == {"prothomalo.com", "samakal.com", "jugantor.com"}
    # the Dhaka clash and the Kolkata protest stay apart; the two arrests are one
    n_clusters = count(engine, clusters)
    assert n_clusters == 4, [(r.event.doc_id, r.cluster["n_articles"]) for r in rows.values()]
    with engine.connect() as conn:
        coerce = conn.execute(select(clusters.c.n_articles).where(clusters.c.event_type == "COERCE")).scalars().all()
    assert coerce == [2], "two arrests in Companiganj on the same day from two papers"
    assert_consistent(engine)


def test_dedup_keeps_apart_what_the_rule_keeps_apart(engine):
    docs = [Document(text=BN + str(i), id=f"d{i}", url=f"https://paper{i}.example/{i}") for i in range(6)]
    plan = {
        "d0": [ev("d0", 0, actor="BNP", target="Awami League")],
        "d1": [ev("d1", 0, actor="Police Forces")],                         # other actor: apart
        "d2": [ev("d2", 0, date=("2024-03-03", "day"))],                   # 3 days later: apart
        "d3": [ev("d3", 0, place=("Feni", 23.01, 91.40, "Feni", "city"))],  # 29 km away: apart
        "d4": [ev("d4", 0, negated=True)],                                 # denied: apart
        "d5": [ev("d5", 0, date=("2024-02", "month"))],                    # a month: too vague
    }
    Ingester(engine, pipeline=Scripted(plan)).ingest_documents(docs)
    assert haversine_km(22.7587, 91.3008, 23.01, 91.40) > 25
    assert count(engine, clusters) == 6
    assert_consistent(engine)


def test_replacing_an_article_dissolves_and_rebuilds_its_clusters(engine):
    docs, plan = ingest_scripted(engine)
    # pa-1 is corrected: the clash was in Dhaka.  sk-1 and jg-1 still agree with each other.
    plan["pa-1"] = [ev("pa-1", 0, killed=2, place=("Dhaka", 23.81, 90.41, "Dhaka", "city"))]
    docs[0].text = docs[0].text + " সংশোধিত"
    report = Ingester(engine, pipeline=Scripted(plan)).ingest_documents([docs[0]])
    assert report.updated == 1
    groups = {frozenset(m["doc_id"] for m in r.cluster["members"]): r.cluster
              for r in iter_rows(engine, make_filters(types=["ASSAULT"]))}
    assert set(groups) == {frozenset({"sk-1", "jg-1"}), frozenset({"pa-1", "pa-2"})}
    dhaka = groups[frozenset({"pa-1", "pa-2"})]  # now the same clash as pa-2's: two articles, one paper
    assert (dhaka["n_articles"], dhaka["n_sources"], dhaka["fatalities"], dhaka["fatalities_max"]) == (2, 1, 1, 2)
    clash = next(r for r in iter_rows(engine, make_filters(types=["ASSAULT"])) if r.cluster["n_articles"] == 2
                 and {m["doc_id"] for m in r.cluster["members"]} == {"sk-1", "jg-1"})
    assert (clash.cluster["fatalities"], clash.cluster["fatalities_max"]) == (2, 5)
    assert_consistent(engine)


def test_real_article_from_two_papers_merges_event_by_event(engine, tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    lines = [json.dumps({"id": f"copy-{i}", "text": text, "published": "2024-03-01", "paper_name": paper,
                         "url": f"https://{paper.lower().replace(' ', '')}.example/1"}, ensure_ascii=False)
             for i, paper in enumerate(["Prothom Alo", "Samakal"])]
    Ingester(engine).run([write_jsonl(tmp_path / "two.jsonl", lines)])
    with engine.connect() as conn:
        rows = conn.execute(select(events.c.event_id, events.c.doc_id, events.c.cluster_id, events.c.negated,
                                   events.c.date_precision, events.c.geo_precision)).mappings().all()
    by_cluster = {}
    for r in rows:
        by_cluster.setdefault(r["cluster_id"], []).append(r)
    matchable = [r for r in rows if r["doc_id"] == "copy-0" and not r["negated"]
                 and r["date_precision"] in ("day", "week") and r["geo_precision"] in ("point", "city", "district")]
    assert matchable, "the sample article has dated, placed events"
    for r in matchable:
        twins = {m["doc_id"] for m in by_cluster[r["cluster_id"]]}
        assert twins == {"copy-0", "copy-1"}, r["event_id"]
    multi = [r for r in iter_rows(engine, make_filters()) if r.cluster["n_sources"] == 2]
    assert len(multi) == len(matchable)
    assert_consistent(engine)


def test_date_spans():
    import datetime as dt

    d = dt.date
    assert date_span("2024-02-29", "day") == (d(2024, 2, 29), d(2024, 2, 29))
    assert date_span("2024-03-01", "week") == (d(2024, 2, 24), d(2024, 3, 1))
    assert date_span("2024-02", "month") == (d(2024, 2, 1), d(2024, 2, 29))
    assert date_span("2023", "year") == (d(2023, 1, 1), d(2023, 12, 31))
    assert date_span(None, None) == (None, None) and date_span("garbage", "day") == (None, None)


# --- queries and exports --------------------------------------------------------------------
def test_query_filters(engine):
    ingest_scripted(engine)

    def docs(**kw):
        return sorted(m["doc_id"] for r in iter_rows(engine, make_filters(**kw)) for m in r.cluster["members"])

    def n(**kw):
        return len(list(iter_rows(engine, make_filters(**kw))))

    assert n() == 4 and n(per_article=True) == 7
    assert n(types=["ASSAULT"]) == 2 and n(types=["assault,coerce"]) == 3 and n(types=["Protests"]) == 1
    assert n(countries=["ind"]) == 1 and n(countries=["BGD"]) == 3
    assert n(since="2024-03-02") == 1
    # a cluster's dates are its most precise members'; jg-1's own undated report spans the week before
    assert n(until="2024-02-28") == 0 and n(until="2024-02-28", per_article=True) == 1
    assert n(since="2024-03-05", until="2024-03-05") == 1
    assert docs(near="22.76,91.30,10", types=["ASSAULT"]) == ["jg-1", "pa-1", "sk-1"]
    assert docs(near="23.80,90.40,5") == ["pa-2"]
    assert n(near="0,0,100") == 0
    assert docs(text="কলকাতায়") == ["an-1"]                          # article text (Bengali)
    assert docs(text="samakal", per_article=True) == []               # urls are not searched
    assert docs(text="kolkata") == ["an-1"]                           # summary / place, any case
    assert n(types=["ASSAULT"], limit=1) == 1
    per_event = [r.cluster["id"] for r in iter_rows(engine, make_filters(per_article=True, types=["ASSAULT"]))]
    assert len(per_event) == 4 and len(set(per_event)) == 2


def test_csv_has_acled_columns_and_cluster_figures(engine):
    from ghotona.export.acled_csv import ACLED_COLUMNS

    ingest_scripted(engine)
    out = io.StringIO()
    n = write_rows(iter_rows(engine, make_filters(types=["ASSAULT"])), "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    header = out.getvalue().splitlines()[0].split(",")
    assert header[:len(ACLED_COLUMNS)] == ACLED_COLUMNS and header == CSV_COLUMNS
    assert n == len(rows) == 2
    clash = next(r for r in rows if r["ghotona_n_articles"] == "3")
    assert (clash["fatalities"], clash["ghotona_fatalities_min"], clash["ghotona_fatalities_max"]) == ("2", "2", "5")
    assert clash["event_type"] == "Riots" and clash["iso3"] == "BGD" and clash["time_precision"] == "1"
    assert set(clash["ghotona_doc_ids"].split("; ")) == {"pa-1", "sk-1", "jg-1"}


def test_parquet_round_trips(engine, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    ingest_scripted(engine)
    path = tmp_path / "events.parquet"
    rows = list(iter_rows(engine, make_filters()))
    assert write_rows(iter(rows), "parquet", None, str(path)) == len(rows) == 4
    table = pq.read_table(path)
    assert table.column_names[:len(CSV_COLUMNS)] == CSV_COLUMNS
    back = table.to_pylist()
    for row, rec in zip(rows, back, strict=True):
        assert Event.from_dict(json.loads(rec["record"])) == row.event
        assert json.loads(rec["record"])["cluster"] == row.cluster
        assert rec["event_id_cnty"] == row.event.id and rec["ghotona_cluster_id"] == row.cluster["id"]
        assert rec["latitude"] == row.event.location.lat
    assert {r["fatalities"] for r in back if r["ghotona_n_articles"] == 3} == {2}
    empty = tmp_path / "none.parquet"
    assert write_rows(iter_rows(engine, make_filters(countries=["NPL"])), "parquet", None, str(empty)) == 0
    assert pq.read_table(empty).num_rows == 0


def test_stats_count_by_type_country_and_month(engine):
    ingest_scripted(engine)
    s = stats(engine)
    assert s["totals"] == {"documents": 6, "events": 7, "clusters": 4, "clusters_multi_article": 2}
    assert s["by_type"] == {"ASSAULT": 2, "COERCE": 1, "PROTEST": 1}
    assert s["by_country"] == {"BGD": 3, "IND": 1}
    assert s["by_month"] == {"2024-02": 3, "2024-03": 1}
    assert stats(engine, per_article=True)["by_type"]["ASSAULT"] == 4


# --- hostile input --------------------------------------------------------------------------
HOSTILE = ["'; DROP TABLE events; --", 'Robert"); DROP TABLE documents;--', "100% _under_ \\ back\\slash",
           "‮RTL‬ émoji 🔥 ﷺ", "$1 :name ? %s {0}"]


def test_hostile_strings_are_stored_and_queried_as_data(engine, tmp_path):
    text = BN + " ".join(HOSTILE)
    lines = [json.dumps({"id": "x'; DROP TABLE documents; --", "text": text, "title": HOSTILE[1],
                         "url": "https://evil.example/?q=';--", "published": "2024-03-01"}, ensure_ascii=False),
             json.dumps({"id": "plain", "text": BN, "published": "2024-03-01"}, ensure_ascii=False)]
    report = Ingester(engine).run([write_jsonl(tmp_path / "evil.jsonl", lines)])
    assert report.added == 2 and not report.problems
    assert set(inspect(engine).get_table_names()) >= {"documents", "events", "clusters"}
    with engine.connect() as conn:
        stored = conn.execute(select(documents.c.text, documents.c.title)
                              .where(documents.c.id == "x'; DROP TABLE documents; --")).one()
    assert stored == (text, HOSTILE[1])
    for q in HOSTILE + ["%", "_", "\\"]:
        hits = {r.event.doc_id for r in iter_rows(engine, make_filters(text=q, per_article=True))}
        assert hits <= {"x'; DROP TABLE documents; --"}, (q, hits)
        if q not in ("%", "_", "\\"):
            assert hits == {"x'; DROP TABLE documents; --"}, q
    for kw in ({"types": [HOSTILE[0]]}, {"countries": [HOSTILE[0]]}, {"types": ["' OR 1=1 --"]}):
        assert list(iter_rows(engine, make_filters(**kw))) == []
    assert count(engine, events) > 0 and count(engine, documents) == 2
    assert_consistent(engine)


def test_broken_jsonl_record_is_reported_and_the_rest_stored(engine, tmp_path):
    good = bdnews_lines(3)
    lines = [good[0], '{"id": "broken", "text": "অসম্পূর্ণ', good[1], '{"id": "notext"}', "", good[2]]
    path = write_jsonl(tmp_path / "mixed.jsonl", lines)
    report = Ingester(engine, batch_size=2).run([path])
    assert [(p.source, p.line) for p in report.problems] == [(path, 2), (path, 4)]
    assert "not valid JSON" in report.problems[0].message
    assert report.added == 3 and count(engine, documents) == 3
    with engine.connect() as conn:
        origins = sorted(conn.execute(select(documents.c.origin)).scalars())
    assert origins == sorted(f"{path}:{n}" for n in (1, 3, 6))
    assert_consistent(engine)
