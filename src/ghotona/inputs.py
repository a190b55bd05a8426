"""Reading articles: .txt files, stdin, JSONL records, folders; and refusing bad input clearly.

Every problem becomes an :class:`InputError` with a one-line message that names the source (and
the line of a JSONL file); callers decide whether to stop (a single file) or skip (one bad record).
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

from .doc import Document
from .options import Options

BENGALI_LETTERS = (0x0980, 0x09FF)


class InputError(ValueError):
    """Input that cannot be processed; the message is meant for the user as it is."""


@dataclass
class RecordProblem:
    """A JSONL record that was skipped, with where it came from."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def parse_date(value: str | None, what: str = "date") -> dt.date | None:
    """Accept YYYY-MM-DD or an ISO datetime; None, '', 'Unknown', 'null' mean no date."""
    if value is None:
        return None
    value = str(value).strip()
    if value in ("", "Unknown", "unknown", "null", "None"):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise InputError(f"{what} {value!r} is not a date in the form YYYY-MM-DD") from None


#: control characters other than tab, line feed, form feed and carriage return
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
#: the letters (str.isalpha) of the Bengali block
_BENGALI_ALPHA = re.compile("[" + "".join(
    chr(c) for c in range(BENGALI_LETTERS[0], BENGALI_LETTERS[1] + 1) if chr(c).isalpha()) + "]")


def check_text(text: str, source: str, options: Options) -> None:
    """Refuse empty, huge, binary-looking or non-Bengali text with a clear message."""
    if not text.strip():
        raise InputError(f"{source}: empty input: there is no text to read")
    if len(text) > options.max_chars:
        raise InputError(
            f"{source}: {len(text):,} characters is more than the limit of {options.max_chars:,} "
            "for one article (split it, or raise --max-chars)"
        )
    controls = len(_CONTROL_CHARS.findall(text, 0, 20000))
    if "\x00" in text or controls > max(5, len(text[:20000]) // 100):
        raise InputError(f"{source}: looks like binary data, not text")
    sample = text[:50000]
    letters = sum(map(str.isalpha, sample))  # (counted in C: this runs on every article)
    bengali = len(_BENGALI_ALPHA.findall(sample))
    if letters == 0 or bengali / letters < options.min_bengali_ratio:
        share = 0 if letters == 0 else 100 * bengali / letters
        raise InputError(
            f"{source}: not Bengali text ({share:.0f}% of letters are Bengali; "
            f"ghotona reads Bengali news only)"
        )


def decode_bytes(data: bytes, source: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: looks like binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
            "save the file as UTF-8"
        ) from None


def _read_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a folder (give the files, or use a .jsonl)")
    try:
        return p.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


_PATH_DATE = re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$)")


def _optional_date(value) -> dt.date | None:
    try:
        return parse_date(str(value), "date") if value else None
    except InputError:
        return None


def _date_in_path(url, not_after: dt.date | None = None) -> dt.date | None:
    """The date of a ``…/2025/12/26/…`` URL path, if it is a real day not after ``not_after``."""
    if not isinstance(url, str):
        return None
    m = _PATH_DATE.search(url)
    if not m:
        return None
    try:
        day = dt.date(*(int(g) for g in m.groups()))
    except ValueError:
        return None
    return day if not_after is None or day <= not_after else None


def record_to_document(record: dict, source: str, options: Options) -> Document:
    """Map a JSON record ({id, text|article, published|publication_date, title|headline, url})."""
    if not isinstance(record, dict):
        raise InputError("record is not a JSON object")
    text = record.get("text")
    if text is None:
        text = record.get("article")
    if not isinstance(text, str):
        raise InputError("record has no 'text' or 'article' string")
    published = parse_date(
        record.get("published") or record.get("publication_date"), "published date"
    )
    published_from = "record" if published else None
    scraped = _optional_date(record.get("scraped_at"))
    for field in ("url", "image_url"):
        if published is None:
            # News sites file pages and photos under /YYYY/MM/DD/: the day the article went up,
            # a better anchor than the crawl date (never later than the crawl itself).
            published = _date_in_path(record.get(field), not_after=scraped)
            published_from = field if published else None
    if published is None and scraped is not None:
        # Scraped news without a publication date: the crawl date is the best anchor we have
        # for "সোমবার" and "২৯ ডিসেম্বর" (documented; the document says where its date came from).
        published, published_from = scraped, "scraped_at"
    title = record.get("title") or record.get("headline")
    check_text(text, source, options)
    doc = Document(
        text=text,
        id=str(record["id"]) if record.get("id") is not None else None,
        published=published or options.published,
        title=title if isinstance(title, str) else None,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
    )
    if published_from and published:
        doc.meta["published_from"] = published_from
    return doc


JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
ARTICLE_SUFFIXES = (".txt",) + JSONL_SUFFIXES


def is_jsonl(path: str) -> bool:
    return path.endswith(JSONL_SUFFIXES)


def expand_paths(paths: list[str]) -> list[str]:
    """The files to read, in order: folders expanded (sorted; .txt, .jsonl, .jsonl.gz), '-' kept.
    A path that does not exist is an error before anything is read."""
    files: list[str] = []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            children = sorted(str(p) for p in Path(path).rglob("*")
                              if p.name.endswith(ARTICLE_SUFFIXES) and p.is_file())
            if not children:
                raise InputError(f"{path}: folder holds no .txt, .jsonl or .jsonl.gz files")
            files.extend(children)
        elif path != "-" and not Path(path).exists():
            raise InputError(f"{path}: no such file")
        else:
            files.append(path)
    return files


@dataclass(frozen=True)
class RawRecord:
    """One article as read, before it is parsed: a JSONL line (bytes), or the whole text of a .txt
    file or stdin (str, already decoded and checked).  Small and picklable, so another process or
    a cluster node can parse and extract it (ghotona.scale)."""

    source: str      # the path, or '-'
    line: int        # the 1-based JSONL line; 0 for a whole text
    data: bytes | str


def iter_raw_records(paths: list[str], options: Options) -> Iterator[RawRecord]:
    """Stream the articles of ``paths`` one at a time (JSONL and gzip'd JSONL line by line, so
    memory does not grow with the file).  A file that cannot be used raises InputError."""
    for path in expand_paths(paths):
        if is_jsonl(path):
            yield from _iter_jsonl_lines(path)
            continue
        text = decode_bytes(_read_bytes(path), path)
        check_text(text, path, options)
        yield RawRecord(path, 0, text)


def document_or_problem(raw: RawRecord, options: Options) -> Document | RecordProblem:
    """Parse one raw record; a bad JSONL record becomes a RecordProblem (source:line: why)."""
    if isinstance(raw.data, str):
        doc_id = None if raw.source == "-" else Path(raw.source).stem
        return Document(text=raw.data, id=doc_id, published=options.published)
    where = f"{raw.source}:{raw.line}"
    try:
        record = json.loads(raw.data.decode("utf-8-sig"))
        doc = record_to_document(record, where, options)
    except (UnicodeDecodeError, json.JSONDecodeError, InputError) as exc:
        message = exc.args[0] if isinstance(exc, InputError) else _describe(exc)
        return RecordProblem(raw.source, raw.line, message.removeprefix(f"{where}: "))
    if doc.id is None:
        doc.id = f"{_stem(raw.source)}:{raw.line}"
    return doc


def iter_documents(
    paths: list[str], options: Options, problems: list[RecordProblem] | None = None
) -> Iterator[Document]:
    """Yield a Document per article, lazily.  A bad whole file raises InputError; a bad JSONL
    record is appended to ``problems`` (or raised when ``problems`` is None) and the rest is still
    read."""
    for raw in iter_raw_records(paths, options):
        got = document_or_problem(raw, options)
        if isinstance(got, RecordProblem):
            if problems is None:
                raise InputError(str(got))
            problems.append(got)
            continue
        yield got


def _stem(path: str) -> str:
    name = Path(path).name
    for suffix in JSONL_SUFFIXES[::-1]:  # .jsonl.gz before .jsonl
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return Path(path).stem


def open_binary(path: str) -> BinaryIO:
    """Open a file for reading bytes, gunzipping a .gz; errors are InputErrors naming the file."""
    if Path(path).is_dir():
        raise InputError(f"{path}: is a folder (give the files, or use a .jsonl)")
    try:
        return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def _iter_jsonl_lines(path: str) -> Iterator[RawRecord]:
    with open_binary(path) as fh:
        try:
            if b"\x00" in fh.read(8192):
                raise InputError(f"{path}: looks like binary data, not text")
            fh.seek(0)
            for lineno, raw in enumerate(fh, start=1):
                if raw.strip():
                    yield RawRecord(path, lineno, raw)
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise InputError(f"{path}: not a readable gzip file ({exc})") from None


def _describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not valid UTF-8"
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg} at column {exc.colno})"
    return str(exc)
