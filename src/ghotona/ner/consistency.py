"""One name, one type within a document: carry the model's tags of an unknown word to its other
mentions.

A story names a new person or place several times, and the CRF often finds it only where the
context is strong ("ব্রাজিলিয়ান ফরোয়ার্ড নেইমার") and misses it elsewhere ("নেইমারের গোলে").
After the whole document is tagged, every mention of a word outside the model's vocabulary (an
*unknown word*, :func:`ghotona.ner.features.vocabulary`; matched by word or stem, so নেইমারের is
নেইমার)
that the model tagged with exactly one type somewhere, and left untagged elsewhere, gets that type
(``I-`` when it continues a name of that type, else ``B-``).  Known words are left alone: for them
the model has its own evidence.  Chosen on the whole-story dev split (MODEL.md).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Sequence

from ..text.morph import split as morph_split
from .clusters import key_of
from .scoring import entities

#: consecutive sentences read as one document when a corpus has no document boundaries
#: (the NER test sets); the pipeline uses the whole article
DOC_WINDOW = 20
MIN_CHARS = 3  # shorter words are too often something else


def _keys(word: str) -> set[str]:
    """The word and its stem: নেইমারের → {নেইমারের, নেইমার}; নেইমার → {নেইমার, নেইমা} (the
    splitter reads a final র as a genitive), so the two meet on নেইমার."""
    stem, _ = morph_split(word)
    return {key_of(word), key_of(stem or word)}


def propagate(sentences: Sequence[tuple[Sequence[str], Sequence[bool]]], tags: Sequence[Sequence[str]],
              vocab: frozenset[str] | None) -> list[list[str]]:
    """``tags`` (BIO, one list per sentence of one document) with each tagged unknown word's type
    carried to its untagged mentions.  Without a vocabulary nothing changes."""
    if vocab is None:
        return [list(t) for t in tags]
    types: dict[str, set[str]] = defaultdict(set)
    for (tokens, punct), tg in zip(sentences, tags):
        for a, b, typ in entities(tg):
            for i in range(a, b):
                if not punct[i] and key_of(tokens[i]) not in vocab:
                    for key in _keys(tokens[i]):
                        types[key].add(typ)
    out: list[list[str]] = []
    for (tokens, punct), tg in zip(sentences, tags):
        tg = list(tg)
        for i, word in enumerate(tokens):
            if tg[i] != "O" or punct[i] or len(word) < MIN_CHARS or key_of(word) in vocab:
                continue
            found = set().union(*(types.get(key, ()) for key in _keys(word)))
            if len(found) != 1:
                continue
            typ = next(iter(found))
            tg[i] = ("I-" if i and tg[i - 1] != "O" and tg[i - 1][2:] == typ else "B-") + typ
        out.append(tg)
    return out


def in_windows(sentences: Sequence[tuple[Sequence[str], Sequence[bool]]], tags: Sequence[Sequence[str]],
               vocab: frozenset[str] | None, window: int = DOC_WINDOW) -> list[list[str]]:
    """:func:`propagate` over consecutive blocks of ``window`` sentences (corpora without documents)."""
    out: list[list[str]] = []
    for k in range(0, len(sentences), window):
        out += propagate(sentences[k:k + window], tags[k:k + window], vocab)
    return out
