"""Dictionary matching over tokens with one Aho-Corasick automaton per lexicon.

A lexicon is a list of rows with a ``term`` (one or more words, normalised spelling).  Each term is
indexed twice: as written and with every word reduced to its stem by the morphological splitter,
so "হামলা" matches হামলায়, হামলার, হামলাগুলো.  The document's tokens are joined into two strings
(surface and stems, one space between tokens, punctuation included so a match never jumps over a
comma); hits are kept only where they start and end on token boundaries.  Matching a whole article
is one pass of the automaton per string, not a loop over words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

import ahocorasick

from ..doc import Document
from ..text.normalize import normalize_term


@dataclass(frozen=True)
class LexMatch:
    """Tokens ``[first, last)`` of the document matched ``entries`` (rows of the lexicon)."""

    first: int
    last: int
    entries: tuple[dict[str, Any], ...]
    by_stem: bool

    @property
    def entry(self) -> dict[str, Any]:
        return self.entries[0]

    @property
    def length(self) -> int:
        return self.last - self.first


class TokenStrings:
    """The document's tokens joined as surface and stem strings, with a space before and after
    every token, so a key padded with spaces can only match whole tokens (cached per document)."""

    __slots__ = ("surface", "stems", "surface_starts", "stem_starts")

    def __init__(self, doc: Document):
        surface_parts: list[str] = [""]
        stem_parts: list[str] = [""]
        # Offset of each token's leading space in the joined strings → token index.
        self.surface_starts: dict[int, int] = {}
        self.stem_starts: dict[int, int] = {}
        pos_surface = pos_stem = 0
        for i, tok in enumerate(doc.tokens):
            word = tok.norm or tok.text
            stem = tok.stem or word
            self.surface_starts[pos_surface] = i
            self.stem_starts[pos_stem] = i
            pos_surface += len(word) + 1
            pos_stem += len(stem) + 1
            surface_parts.append(word)
            stem_parts.append(stem)
        surface_parts.append("")
        stem_parts.append("")
        self.surface = " ".join(surface_parts)
        self.stems = " ".join(stem_parts)

    @classmethod
    def of(cls, doc: Document) -> "TokenStrings":
        cached = doc.cache.get("token_strings")
        if cached is None or cached[0] != len(doc.tokens):
            cached = (len(doc.tokens), cls(doc))
            doc.cache["token_strings"] = cached
        return cached[1]


def _stem_words(term: str, stemmer: Callable[[str], str]) -> str:
    return " ".join(stemmer(w) for w in term.split())


def default_stemmer(word: str) -> str:
    from ..text.morph import split

    return split(word)[0]


class Lexicon:
    """Rows of a TSV resource, matched on token surfaces and stems."""

    def __init__(
        self,
        rows: Iterable[dict[str, Any]],
        term_key: str = "term",
        stem: bool = True,
        stemmer: Callable[[str], str] | None = None,
    ):
        self.rows = [dict(r) for r in rows]
        stemmer = stemmer or default_stemmer
        self._surface = ahocorasick.Automaton()
        self._stems = ahocorasick.Automaton()
        by_surface: dict[str, list[dict[str, Any]]] = {}
        by_stem: dict[str, list[dict[str, Any]]] = {}
        for row in self.rows:
            term = normalize_term(row[term_key])
            if not term:
                continue
            term = " ".join(term.split())
            row[term_key] = term
            by_surface.setdefault(term, []).append(row)
            if stem:
                by_stem.setdefault(_stem_words(term, stemmer), []).append(row)
        for key, entries in by_surface.items():
            self._surface.add_word(f" {key} ", (len(key) + 2, key.count(" ") + 1, tuple(entries)))
        for key, entries in by_stem.items():
            self._stems.add_word(f" {key} ", (len(key) + 2, key.count(" ") + 1, tuple(entries)))
        self._has_surface = bool(by_surface)
        self._has_stems = bool(by_stem)
        if self._has_surface:
            self._surface.make_automaton()
        if self._has_stems:
            self._stems.make_automaton()

    def __len__(self) -> int:
        return len(self.rows)

    def find_all(self, doc: Document) -> list[LexMatch]:
        """Every match on token boundaries (overlaps included), surface matches first."""
        strings = TokenStrings.of(doc)
        found: dict[tuple[int, int], LexMatch] = {}
        if self._has_surface:
            starts = strings.surface_starts
            for end, (length, n_words, entries) in self._surface.iter(strings.surface):
                first = starts[end - length + 1]
                found[(first, first + n_words)] = LexMatch(first, first + n_words, entries, False)
        if self._has_stems:
            starts = strings.stem_starts
            for end, (length, n_words, entries) in self._stems.iter(strings.stems):
                first = starts[end - length + 1]
                if (first, first + n_words) not in found:
                    found[(first, first + n_words)] = LexMatch(first, first + n_words, entries, True)
        return sorted(found.values(), key=lambda m: (m.first, -m.last))

    def find(self, doc: Document, priority: Callable[[LexMatch], float] | None = None) -> list[LexMatch]:
        """Non-overlapping matches: longest first, then by ``priority`` (higher wins)."""
        return select_longest(self.find_all(doc), priority)


def select_longest(
    matches: Sequence[LexMatch], priority: Callable[[LexMatch], float] | None = None
) -> list[LexMatch]:
    ranked = sorted(
        matches,
        key=lambda m: (-m.length, -(priority(m) if priority else 0.0), m.by_stem, m.first),
    )
    taken: set[int] = set()
    chosen: list[LexMatch] = []
    for m in ranked:
        span = range(m.first, m.last)
        if any(i in taken for i in span):
            continue
        taken.update(span)
        chosen.append(m)
    chosen.sort(key=lambda m: m.first)
    return chosen
