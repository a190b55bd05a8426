"""Command line: thin — parse arguments, call the library, format output and errors.

Exit codes: 0 all read; 1 some JSONL records were skipped (reported on stderr, the rest written);
2 the input or the arguments cannot be used (one line on stderr).
"""
from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO

from . import __version__
from .inputs import InputError, RecordProblem, iter_documents, parse_date
from .options import Options


def _options(args: argparse.Namespace) -> Options:
    return Options(
        published=parse_date(args.published, "--published") if args.published else None,
        max_chars=args.max_chars,
        format=getattr(args, "format", "jsonl"),
        ner=getattr(args, "ner", False),
        all_types=getattr(args, "all_types", False),
        min_confidence=getattr(args, "min_confidence", None),
    )


def _probability(value: str) -> float:
    try:
        p = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= p <= 1.0:
        raise argparse.ArgumentTypeError(f"must lie between 0 and 1, not {value}")
    return p


@contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path in (None, "-"):
        yield sys.stdout
        return
    try:
        fh = open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot write: {exc.strerror}") from None
    with fh:
        yield fh


def cmd_extract(args: argparse.Namespace) -> int:
    from .export import write_events

    options = _options(args)
    problems: list[RecordProblem] = []
    if args.format == "parquet":
        return _extract_dataset(args, options, problems)
    from .scale import extract_stream

    with _runner(args) as runner, _output(args.output) as out:
        # One process runs the workers' own function, one article at a time: an article the
        # extractor fails on is reported (source:line) and the run goes on, as with --workers.
        docs = extract_stream(args.paths, options, runner, problems,
                              args.partition_size if _parallel(args) else 1)
        n_docs, n_events = write_events(docs, out, args.format)
    return _finish(problems, f"{n_docs} article(s), {n_events} event(s)", args.quiet)


def _extract_dataset(args: argparse.Namespace, options: Options, problems: list[RecordProblem]) -> int:
    """`extract --format parquet --output DIR`: a partitioned, resumable dataset (docs/scaling.md)."""
    from .scale import extract_to_dataset

    if args.output in (None, "-"):
        raise InputError("--format parquet writes a dataset folder: give --output DIR")
    with _runner(args) as runner:
        report = extract_to_dataset(args.paths, options, runner, args.output, problems,
                                    args.partition_size)
    summary = (f"{report.articles} article(s), {report.events} event(s) written to {args.output}"
               f"; {report.skipped} article(s) already there")
    return _finish(problems, summary, args.quiet)


def _parallel(args: argparse.Namespace) -> bool:
    return args.workers != 1 or bool(args.dask)


@contextmanager
def _runner(args: argparse.Namespace):
    """The process pool or Dask cluster of `--workers N` / `--dask ADDRESS`, else this process."""
    from .scale import make_runner

    with make_runner(args.workers, args.dask) as runner:
        yield runner


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return number


def add_scale_options(p: argparse.ArgumentParser) -> None:
    """`--workers`, `--dask`, `--partition-size` for `extract` and `ingest` (docs/scaling.md)."""
    p.add_argument("--workers", type=_positive, default=1, metavar="N",
                   help="extract in N processes (with --dask local: N Dask workers); output order is kept")
    p.add_argument("--dask", metavar="ADDRESS",
                   help="extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local'")
    p.add_argument("--partition-size", type=_positive, default=200, metavar="N",
                   help="articles per task for --workers/--dask and per Parquet part (default 200)")


def cmd_analyze(args: argparse.Namespace) -> int:
    from .api import default_pipeline
    from .export.spans import write_spans

    options = _options(args)
    problems: list[RecordProblem] = []
    pipe = default_pipeline()
    with _output(args.output) as out:
        n = 0
        for doc in iter_documents(args.paths, options, problems):
            write_spans(pipe(doc, options), out, args.format, layers=args.layers)
            n += 1
    return _finish(problems, f"{n} article(s)", args.quiet)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import GoldError, format_report, load_gold, load_predictions, predict, score

    try:
        import scipy.optimize  # noqa: F401  (the optimal assignment)
    except ImportError:
        raise InputError("`ghotona evaluate` needs scipy: pip install 'ghotona[eval]'") from None

    try:
        gold = load_gold(args.gold, split=args.split, articles=args.articles)
        if not gold:
            raise InputError("no gold articles to score (check the paths and --split)")
        if args.pred:
            preds, texts = load_predictions(args.pred), {}
        else:
            preds, texts = predict(gold, args.corpus)
    except GoldError as exc:
        raise InputError(str(exc)) from None
    report = score(gold, preds, texts, strict=args.strict)
    print(format_report(report, show=args.show))
    if args.json:
        with _output(args.json) as out:
            json.dump(report.to_dict(), out, ensure_ascii=False, indent=2)
    return 0


def _names_a_file(text: str) -> bool:
    """Whether TEXT is a path to a file rather than the Bengali text itself (a long phrase is
    longer than the system allows a file name to be: that is an answer, not an error)."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def cmd_places(args: argparse.Namespace) -> int:
    """How each place mention in a phrase or article resolves, with the candidates and the reason."""
    from .api import analyze
    from .geo.gazetteer import Gazetteer
    from .inputs import decode_bytes

    text = args.text
    if text == "-" or _names_a_file(text):
        text = decode_bytes(sys.stdin.buffer.read() if text == "-" else Path(text).read_bytes(), args.text)
    doc = analyze(text, args.published)
    gz = Gazetteer.load()
    places = [e for e in doc.get("entities") if e.label == "LOC"]
    if args.json:
        print(json.dumps([{"text": e.text, "start": e.start, "end": e.end, "id": e.key, "name": e.name,
                           **{k: v for k, v in e.attrs.items()}} for e in places], ensure_ascii=False, indent=2))
        return 0
    if not places:
        print("no place found")
    for e in places:
        a = e.attrs
        print(f"{e.start}-{e.end} {e.text!r} → {e.name} [{a.get('feature')}] {a.get('country')}"
              f" admin1={a.get('admin1')} admin2={a.get('admin2')} ({a.get('lat')}, {a.get('lon')})"
              f" precision={a.get('precision')}  because: {a.get('reason')}")
        for pid in a.get("candidates", [])[:8]:
            p = gz.get(pid)
            if p is not None:
                mark = "*" if pid == e.key else " "
                print(f"    {mark} {pid:40} {p.name} [{p.feature}] {p.country} pop={p.population or '-'}")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .schema import json_schema

    json.dump(json_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Extract articles and store them (docs/store.md); resumable, idempotent by content hash."""
    from .store import Ingester, make_engine
    from .store.db import describe

    engine = make_engine(args.db)
    ingester = None
    try:
        with _runner(args) as runner:
            # One writer (this process) for SQLite; the batch grows with the workers so each gets work.
            batch = args.batch * runner.workers
            ingester = Ingester(engine, _options(args), batch_size=batch, quiet=args.quiet,
                                runner=runner if _parallel(args) else None)
            report = ingester.run(args.paths)
    except KeyboardInterrupt:
        if ingester is None:
            raise
        report = ingester.report
        print(f"ghotona: interrupted; committed: {report.added} article(s) added, {report.updated} updated, "
              f"{report.events} event(s) — run the same command again to resume", file=sys.stderr)
        return 130
    return _finish(report.problems, f"{report.summary()} in {describe(str(engine.url))}", args.quiet)


def _store_filters(args: argparse.Namespace):
    from .store import make_filters

    return make_filters(types=args.type, countries=args.country, since=args.since, until=args.until,
                        near=args.near, text=args.text, per_article=args.per_article, limit=args.limit)


def cmd_events(args: argparse.Namespace) -> int:
    """Query the store: one row per real-world event (cluster), or per stored event."""
    from .store import iter_rows, make_engine, write_rows

    filters = _store_filters(args)
    engine = make_engine(args.db, must_exist=True)
    rows = iter_rows(engine, filters)
    if args.format == "parquet":
        n = write_rows(rows, "parquet", None, args.output, per_article=args.per_article)
    else:
        with _output(args.output) as out:
            n = write_rows(rows, args.format, out, per_article=args.per_article)
    if not args.quiet:
        print(f"ghotona: {n} {'event(s)' if args.per_article else 'event(s) (clusters)'}", file=sys.stderr)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .store import make_engine, stats, write_stats

    engine = make_engine(args.db, must_exist=True)
    with _output(args.output) as out:
        write_stats(stats(engine, per_article=args.per_article), out, args.format)
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from .store import make_engine, upgrade
    from .store.db import describe, require_schema

    engine = make_engine(args.db)
    where = describe(str(engine.url))
    if args.db_command == "upgrade":
        before, after = upgrade(engine, args.revision)
        print(f"ghotona: {where}: schema {before or 'empty'} → {after}" if before != after
              else f"ghotona: {where}: schema already at {after}", file=sys.stderr)
    elif args.db_command == "recluster":
        from .store.dedup import recluster

        require_schema(engine)
        with engine.begin() as conn:
            n = recluster(conn)
        print(f"ghotona: {where}: {n} cluster(s) rebuilt", file=sys.stderr)
    return 0


def add_store_parsers(sub) -> None:
    """`ingest`, `events`, `stats`, `db`: the event store (src/ghotona/store, docs/store.md)."""
    db_help = "database URL (default $GHOTONA_DB or sqlite:///ghotona.db in the current folder; postgresql://user@host/db)"

    p = sub.add_parser("ingest", help="extract articles and store their events in a database")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a UTF-8 .txt article, '-' for stdin, a .jsonl of records, or a folder")
    p.add_argument("--db", metavar="URL", help=db_help)
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none of their own")
    p.add_argument("--max-chars", type=int, default=Options.max_chars,
                   help="refuse articles longer than this many characters")
    p.add_argument("--batch", type=int, default=16, metavar="N",
                   help="articles per transaction (default 16; a crash loses at most one batch)")
    add_scale_options(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar or summary line")
    p.set_defaults(func=cmd_ingest)

    def add_filters(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", metavar="URL", help=db_help)
        p.add_argument("--per-article", action="store_true",
                       help="one row per stored event instead of one per real-world event (cluster)")

    p = sub.add_parser("events", help="query stored events and export them")
    add_filters(p)
    p.add_argument("--type", action="append", metavar="TYPE",
                   help="PLOVER type (ASSAULT …) or ACLED type (Protests …); repeat or comma-separate")
    p.add_argument("--country", action="append", metavar="ISO3", help="e.g. BGD, IND; repeat or comma-separate")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="events on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="events on or before this day")
    p.add_argument("--near", metavar="LAT,LON,KM", help="events within KM kilometres of a point")
    p.add_argument("--text", metavar="Q", help="articles, summaries, places or actors containing Q")
    p.add_argument("--limit", type=int, metavar="N", help="at most N rows")
    p.add_argument("--format", choices=["table", "jsonl", "csv", "parquet"], default="table",
                   help="csv uses ACLED's column names; parquet needs --output and pyarrow")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("stats", help="counts of stored events by type, country and month")
    add_filters(p)
    p.add_argument("--format", choices=["table", "json"], default="table")
    p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("db", help="database maintenance: upgrade the schema, rebuild clusters")
    dbsub = p.add_subparsers(dest="db_command", required=True)
    q = dbsub.add_parser("upgrade", help="create or migrate the tables (Alembic)")
    q.add_argument("--db", metavar="URL", help=db_help)
    q.add_argument("--revision", default="head", help="target revision (default head)")
    q.set_defaults(func=cmd_db)
    q = dbsub.add_parser("recluster", help="rebuild the cross-article clusters from scratch")
    q.add_argument("--db", metavar="URL", help=db_help)
    q.set_defaults(func=cmd_db)


def cmd_serve(args: argparse.Namespace) -> int:
    """The REST API and the dashboard (src/ghotona/service) with uvicorn."""
    try:
        import uvicorn

        from .service import create_app
    except ImportError as exc:
        raise InputError(f"`ghotona serve` needs the server extra: pip install 'ghotona[server]' ({exc})") from None
    app = create_app(args.db)
    print(f"ghotona: serving http://{args.host}:{args.port}/ (API docs at /docs)", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def add_serve_parser(sub) -> None:
    p = sub.add_parser("serve", help="the REST API and the web dashboard (map, timeline, evidence)")
    p.add_argument("--db", metavar="URL", help="database URL or SQLite path (default $GHOTONA_DB, else ./ghotona.db)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.set_defaults(func=cmd_serve)


def _finish(problems: list[RecordProblem], summary: str, quiet: bool) -> int:
    for problem in problems:
        print(f"ghotona: skipped {problem}", file=sys.stderr)
    if not quiet:
        skipped = f", {len(problems)} record(s) skipped" if problems else ""
        print(f"ghotona: {summary}{skipped}", file=sys.stderr)
    return 1 if problems else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ghotona",
        description="Structured, geocoded, sourced event data from Bengali news.",
    )
    parser.add_argument("--version", action="version", version=f"ghotona {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_common(p: argparse.ArgumentParser, formats: list[str]) -> None:
        p.add_argument("paths", nargs="+", metavar="PATH",
                       help="a UTF-8 .txt article, '-' for stdin, a .jsonl of records, or a folder")
        p.add_argument("--published", metavar="YYYY-MM-DD",
                       help="publication date, the anchor for আজ/গতকাল/সোমবার (records may carry their own)")
        p.add_argument("--format", choices=formats, default=formats[0])
        p.add_argument("--output", "-o", metavar="FILE", help="write here instead of stdout")
        p.add_argument("--max-chars", type=int, default=Options.max_chars,
                       help="refuse articles longer than this many characters")
        p.add_argument("--quiet", "-q", action="store_true", help="no summary line on stderr")
        p.add_argument("--ner", action="store_true",
                       help="also run the learned NER model (names for victims and places; slower)")
        p.add_argument("--all-types", action="store_true",
                       help="also emit PLOVER types the gold set does not measure yet (ACCUSE, REQUEST, "
                            "AGREE, CONSULT …; noisy)")
        p.add_argument("--min-confidence", type=_probability, metavar="P", default=None,
                       help="drop events whose learned confidence is below P (0-1; default: the "
                            "threshold chosen on the dev gold split; 0 keeps every event)")

    p = sub.add_parser("extract", help="print the events each article reports")
    add_common(p, ["jsonl", "json", "csv", "table", "parquet"])
    add_scale_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("analyze", help="print every annotated span (sentences, tokens, numbers, dates, …)")
    add_common(p, ["table", "json"])
    p.add_argument("--layers", nargs="*", default=None,
                   help="only these layers (e.g. numbers dates); default all but tokens")
    p.set_defaults(func=cmd_analyze)

    p = sub.add_parser("evaluate", help="score events against a gold set (docs/evaluation.md)")
    p.add_argument("gold", nargs="+", metavar="GOLD", help="gold .jsonl files or folders")
    p.add_argument("--pred", metavar="FILE", help="predicted events (JSONL from `ghotona extract`); "
                   "default: run ghotona on the gold articles found in --corpus")
    p.add_argument("--corpus", nargs="+", default=["../shared/data"], metavar="DIR",
                   help="folders searched for the gold articles' records (default ../shared/data)")
    p.add_argument("--split", choices=["train", "dev", "test"], help="only the gold articles of this split")
    p.add_argument("--articles", metavar="TSV", help="the split table (default gold/articles.tsv beside GOLD)")
    p.add_argument("--strict", action="store_true",
                   help="count a match only when type, place (25 km) and date all agree")
    p.add_argument("--json", metavar="FILE", help="also write the full report as JSON")
    p.add_argument("--show", type=int, default=30, help="how many misses and false alarms to list")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("places", help="show how the places in a phrase or article resolve")
    p.add_argument("text", metavar="TEXT", help="Bengali text, a .txt file, or '-' for stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_places)

    p = sub.add_parser("schema", help="print the JSON Schema of the event record")
    p.set_defaults(func=cmd_schema)

    add_store_parsers(sub)
    add_serve_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        print(f"ghotona: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `ghotona extract … | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("ghotona: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
