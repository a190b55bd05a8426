"""Distributional word clusters for the NER features.

``resources/ner/clusters.tsv`` (built by ``tools/build_word_clusters.py``; provenance in its
header and in ``MODEL.md``) maps a word — lowercased, every digit read as 0 — to its cluster number
at a few granularities (coarse to fine).  Words not in the table are looked up by their stem.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import resources

CLUSTER_FILE = "clusters.tsv"
#: another table to read instead of the shipped one (experiments); set before the first lookup
CLUSTER_PATH: str | None = None
_DIGIT = re.compile(r"\d")


def key_of(word: str) -> str:
    """The table's key of a token: lowercased, digits as 0."""
    return _DIGIT.sub("0", word.lower())


@lru_cache(maxsize=1)
def table() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """(granularity names, word → cluster numbers as strings); empty when the file is missing."""
    path = Path(CLUSTER_PATH) if CLUSTER_PATH else resources.path("ner") / CLUSTER_FILE
    if not path.exists():
        return (), {}
    names: tuple[str, ...] = ()
    out: dict[str, tuple[str, ...]] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not names:  # the commented header, then the column names
                if not line.startswith("#"):
                    names = tuple(line.rstrip("\n").split("\t")[1:])
                continue
            parts = line.rstrip("\n").split("\t")
            out[parts[0]] = tuple(parts[1:])
    return names, out


def clusters_of(word: str, stem: str | None = None) -> tuple[str, ...] | None:
    """Cluster numbers of ``word`` (or, if it is unknown, of ``stem``), or None."""
    _, tab = table()
    hit = tab.get(key_of(word))
    if hit is None and stem:
        hit = tab.get(key_of(stem))
    return hit
