"""Language resources shipped with the package (TSV/JSON data files), loaded once and cached.

Each file starts with comment lines (``# ...``) that record its provenance and licence; the first
non-comment line is the header.  See ``resources/README.md`` for the list and ``tools/`` for the
scripts that rebuild the generated ones.
"""
from __future__ import annotations

import csv
import json
from functools import lru_cache
from importlib import resources as _ir
from pathlib import Path
from typing import Any, Iterator


def path(name: str) -> Path:
    return Path(str(_ir.files(__name__).joinpath(name)))


@lru_cache(maxsize=None)
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV resource as dicts keyed by its header; ``#`` lines and blank lines skipped."""
    return tuple(iter_tsv(name))


def iter_tsv(name: str) -> Iterator[dict[str, str]]:
    """The rows of :func:`read_tsv`, read again and not kept: for a large table of which a caller
    keeps only a little (the dictionary's nouns)."""
    with path(name).open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}


@lru_cache(maxsize=None)
def term_set(name: str, column: str = "term", **where: str) -> frozenset[str]:
    """One column of a TSV word list, each entry in the normalised spelling the stages compare
    tokens in (``normalize_term``): the set of words a cue lexicon of single words holds.
    ``where``: only the rows with these values (``bound="end"``)."""
    from ..text.normalize import normalize_term  # (the normaliser reads its own table from here)

    return frozenset(normalize_term(row[column]) for row in read_tsv(name)
                     if all(row.get(k) == v for k, v in where.items()))


@lru_cache(maxsize=None)
def read_json(name: str) -> Any:
    with path(name).open(encoding="utf-8") as fh:
        return json.load(fh)
