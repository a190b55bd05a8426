"""Reading articles: .txt files, stdin, JSONL records, folders; and refusing bad input clearly.

Every problem becomes an :class:`InputError` with a one-line message that names the source (and
the line of a JSONL file); callers decide whether to stop (a single file) or skip (one bad record).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

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


def check_text(text: str, source: str, options: Options) -> None:
    """Refuse empty, huge, binary-looking or non-Bengali text with a clear message."""
    if not text.strip():
        raise InputError(f"{source}: empty input: there is no text to read")
    if len(text) > options.max_chars:
        raise InputError(
            f"{source}: {len(text):,} characters is more than the limit of {options.max_chars:,} "
            "for one article (split it, or raise --max-chars)"
        )
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if "\x00" in text or controls > max(5, len(text[:20000]) // 100):
        raise InputError(f"{source}: looks like binary data, not text")
    letters = 0
    bengali = 0
    for ch in text[:50000]:
        if ch.isalpha():
            letters += 1
            if BENGALI_LETTERS[0] <= ord(ch) <= BENGALI_LETTERS[1]:
                bengali += 1
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
    if published is None and record.get("scraped_at"):
        # Scraped news without a publication date: the crawl date is the best anchor we have
        # for "সোমবার" and "২৯ ডিসেম্বর" (documented; the document says where its date came from).
        try:
            published = parse_date(str(record["scraped_at"]), "scraped_at")
            published_from = "scraped_at"
        except InputError:
            published = None
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


def iter_documents(
    paths: list[str], options: Options, problems: list[RecordProblem] | None = None
) -> Iterator[Document]:
    """Yield a Document per article.  A bad whole file raises InputError; a bad JSONL record is
    appended to ``problems`` (or raised when ``problems`` is None) and the rest is still read."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            children = sorted(
                str(p) for p in Path(path).rglob("*") if p.suffix in (".txt", ".jsonl") and p.is_file()
            )
            if not children:
                raise InputError(f"{path}: folder holds no .txt or .jsonl files")
            yield from iter_documents(children, options, problems)
            continue
        if path.endswith(".jsonl"):
            yield from _iter_jsonl(path, options, problems)
            continue
        text = decode_bytes(_read_bytes(path), path)
        check_text(text, path, options)
        doc_id = None if path == "-" else Path(path).stem
        yield Document(text=text, id=doc_id, published=options.published)


def _iter_jsonl(
    path: str, options: Options, problems: list[RecordProblem] | None
) -> Iterator[Document]:
    data = _read_bytes(path)
    if b"\x00" in data[:8192]:
        raise InputError(f"{path}: looks like binary data, not text")
    for lineno, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8-sig")
            record = json.loads(line)
            doc = record_to_document(record, f"{path}:{lineno}", options)
            if doc.id is None:
                doc.id = f"{Path(path).stem}:{lineno}"
        except (UnicodeDecodeError, json.JSONDecodeError, InputError) as exc:
            message = exc.args[0] if isinstance(exc, InputError) else _describe(exc)
            problem = RecordProblem(path, lineno, message.removeprefix(f"{path}:{lineno}: "))
            if problems is None:
                raise InputError(str(problem)) from None
            problems.append(problem)
            continue
        yield doc


def _describe(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "not valid UTF-8"
    if isinstance(exc, json.JSONDecodeError):
        return f"not valid JSON ({exc.msg} at column {exc.colno})"
    return str(exc)
