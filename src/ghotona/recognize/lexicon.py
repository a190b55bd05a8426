"""Dictionary matching over tokens with one Aho-Corasick automaton per lexicon.

A lexicon is a list of rows with a ``term`` (one or more words, normalised spelling).  Each term is
indexed twice: as written and with every word reduced to its stem by the morphological splitter,
so "হামলা" matches হামলায়, হামলার, হামলাগুলো.  The document's tokens are joined into two strings
(surface and stems, one space between tokens, punctuation included so a match never jumps over a
comma); hits are kept only where they start and end on token boundaries.  Matching a whole article
is one pass of the automaton per string, not a loop over words.  The lexicons alive are matched
together (``_Combined``): every key of all of them indexed by its first and second word, and only
the tokens that begin a key, told by one membership test per token in C, looked at in Python.
"""
from __future__ import annotations

import threading
import weakref
from dataclasses import dataclass, field, fields
from itertools import compress, count
from operator import attrgetter
from typing import AbstractSet, Any, Callable, Iterable, Sequence

import ahocorasick

from ..doc import Document
from ..text.normalize import normalize_term


@dataclass(slots=True)
class LexMatch:
    """Tokens ``[first, last)`` of the document matched ``entries`` (rows of the lexicon).  Treat it
    as read-only (not frozen: a frozen dataclass's ``__init__`` costs three times as much, and every
    document makes a hundred or so)."""

    first: int
    last: int
    entries: tuple[dict[str, Any], ...]
    by_stem: bool
    #: the first of the entries, what most readers read: stored when the match is made (read about a
    #: hundred times per document, a property would be a call of Python code each time)
    entry: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.entry = self.entries[0]

    @property
    def length(self) -> int:
        return self.last - self.first


class TokenStrings:
    """The document's tokens' words and stems, and the same joined as surface and stem strings, with
    a space before and after every token, so a key padded with spaces can only match whole tokens
    (cached for the document being processed, together with each lexicon's matches on it)."""

    __slots__ = ("words", "stem_words", "_surface", "_stems", "found")
    # words / stem_words: each token's normalised word and its stem (the word when it has none), in
    # token order; read-only (the event stage reads them too).
    # (A hit's leading space is the leading space of its first token: tokens hold no spaces, so the
    # token's index is the number of spaces before the hit, see _TokenIndex.)

    def __init__(self, doc: Document):
        tokens = doc.tokens
        self.words = words = [tok.norm or tok.text for tok in tokens]
        self.stem_words = [tok.stem or word for tok, word in zip(tokens, words)]
        # (joined only when a lexicon made after the combined pass matches on them)
        self._surface: str | None = None
        self._stems: str | None = None
        # Lexicon → its matches (find_all), computed once per document.
        self.found: dict[Lexicon, list[LexMatch]] = {}

    @property
    def surface(self) -> str:
        if self._surface is None:
            self._surface = " " + " ".join(self.words) + " " if self.words else " "
        return self._surface

    @property
    def stems(self) -> str:
        if self._stems is None:
            self._stems = " " + " ".join(self.stem_words) + " " if self.stem_words else " "
        return self._stems

    def stem_hits(self, words: AbstractSet[str] | dict[str, Any]) -> list[int]:
        """Indices, in order, of the tokens whose stem (their word when they have none) is one of
        ``words`` (a set, or a dict's keys), for a stage that looks for a few listed words among
        all the tokens: a document without any of them is told by one set operation, and the
        tokens of one that has some are tested in C, not in a loop of Python.  (All the tokens when
        the empty string is listed: a caller reading ``tok.stem or tok.norm`` sees it for a token
        with neither.)"""
        stems = self.stem_words
        if "" in words:
            return list(range(len(stems)))
        if (words.keys() if isinstance(words, dict) else words).isdisjoint(stems):
            return []
        return list(compress(count(), map(words.__contains__, stems)))

    @classmethod
    def of(cls, doc: Document) -> "TokenStrings":
        # Kept for the document being processed only (not in doc.cache, so a finished document
        # does not carry its matches around).
        global _CURRENT
        cached = _CURRENT
        if cached is None or cached[0]() is not doc or cached[1] != len(doc.tokens):
            cached = _CURRENT = (weakref.ref(doc), len(doc.tokens), cls(doc))
        return cached[2]


_CURRENT: "tuple[weakref.ref[Document], int, TokenStrings] | None" = None


class _TokenIndex:
    """The index of the token whose leading space is at an offset of a joined token string: the
    number of spaces before it (tokens hold no spaces).  Counted on (or back) from the offset asked
    before, so the hits of a pass of an automaton, which come in the order of their ends, cost
    about one count of the string, not a table of every token's offset."""

    __slots__ = ("_count", "_offset", "_index")

    def __init__(self, joined: str):
        self._count = joined.count
        self._offset = self._index = 0

    def at(self, offset: int) -> int:
        if offset >= self._offset:
            self._index += self._count(" ", self._offset, offset)
        else:
            self._index -= self._count(" ", offset, self._offset)
        self._offset = offset
        return self._index


_FIRST = attrgetter("first")


def _first_then_longest(key: tuple[int, int]) -> tuple[int, int]:
    return key[0], -key[1]


def _stem_words(term: str, stemmer: Callable[[str], str]) -> str:
    return " ".join(stemmer(w) for w in term.split())


def default_stemmer(word: str) -> str:
    from ..text.morph import split

    return split(word)[0]


class Lexicon:
    """Rows of a TSV resource, matched on token surfaces and stems (a row whose ``match`` column
    says ``surface`` only as written: হামলাটি 'the attack' must not match every হামলা)."""

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
            if stem and row.get("match") != "surface":
                stemmed = _stem_words(term, stemmer)
                by_stem.setdefault(stemmed, []).append(row)
                if stemmed != term:
                    # the splitter may cut a bare term's own last letters as an ending (সিলিন্ডার →
                    # সিলিন্ডা + র), while the same word inflected keeps them as its stem
                    # (সিলিন্ডারের → সিলিন্ডার): the term as written is a stem key too
                    by_stem.setdefault(term, []).append(row)
        self._surface_keys = {f" {key} ": (len(key) + 2, key.count(" ") + 1, tuple(entries))
                              for key, entries in by_surface.items()}
        self._stem_keys = {f" {key} ": (len(key) + 2, key.count(" ") + 1, tuple(entries))
                           for key, entries in by_stem.items()}
        for key, value in self._surface_keys.items():
            self._surface.add_word(key, value)
        for key, value in self._stem_keys.items():
            self._stems.add_word(key, value)
        self._has_surface = bool(by_surface)
        self._has_stems = bool(by_stem)
        if self._has_surface:
            self._surface.make_automaton()
        if self._has_stems:
            self._stems.make_automaton()
        _COMBINED.register(self)

    def __len__(self) -> int:
        return len(self.rows)

    def find_all(self, doc: Document) -> list[LexMatch]:
        """Every match on token boundaries (overlaps included), surface matches first."""
        return list(self._found(doc))

    def _found(self, doc: Document) -> list[LexMatch]:
        """The document's matches as kept for it (read them, never change the list)."""
        return self._found_in(TokenStrings.of(doc))

    def _found_in(self, strings: TokenStrings) -> list[LexMatch]:
        """:meth:`_found` for the document of ``strings``."""
        cached = strings.found.get(self)
        if cached is None and not strings.found:
            _COMBINED.find_all(strings)  # every lexicon in one pass of one automaton
            cached = strings.found.get(self)
        if cached is None:  # a lexicon made after that pass
            cached = strings.found[self] = self._find_all(strings)
        return cached

    def _find_all(self, strings: TokenStrings) -> list[LexMatch]:
        found: dict[tuple[int, int], tuple[int, int, tuple, bool]] = {}
        if self._has_surface:
            for first, last, entries in _token_hits(self._surface, strings.surface):
                found[(first, last)] = (first, last, entries, False)
        if self._has_stems:
            for first, last, entries in _token_hits(self._stems, strings.stems):
                found.setdefault((first, last), (first, last, entries, True))
        return [LexMatch(*found[key]) for key in sorted(found, key=_first_then_longest)]

    def find(self, doc: Document, priority: Callable[[LexMatch], float] | None = None) -> list[LexMatch]:
        """Non-overlapping matches: longest first, then by ``priority`` (higher wins)."""
        return select_longest(self._found(doc), priority)  # (which copies what it keeps)

    def find_in(self, strings: TokenStrings, priority: Callable[[LexMatch], float] | None = None) -> list[LexMatch]:
        """:meth:`find` for the document of ``strings`` (``TokenStrings.of(doc)``), for a caller
        that reads several lexicons' matches and has the strings already."""
        return select_longest(self._found_in(strings), priority)


def _token_hits(automaton, text: str):
    """(first token, one past the last token, payload) of every key found in a joined token
    string; keys are space-padded, so every hit is whole tokens."""
    token_at = _TokenIndex(text).at
    for end, (length, n_words, payload) in automaton.iter(text):
        first = token_at(end - length + 1)
        yield first, first + n_words, payload


#: the fields of a LexMatch, all of which _Combined.find_all stores when it makes one (without
#: calling __init__ and __post_init__: a field added to LexMatch must be stored there too)
_MATCH_FIELDS = ("first", "last", "entries", "by_stem", "entry")
assert tuple(f.name for f in fields(LexMatch)) == _MATCH_FIELDS


#: a key of the combined index: its number of words, its words after the second (after the first for
#: a key of one word: none), and the lexicons that have it with their entries
_Key = tuple[int, list[str], tuple[tuple[int, tuple], ...]]
#: the combined index of one kind of key (surface or stem): each key's first word -> (the key of
#: that one word, if any, as a tuple of it or none; the longer keys it begins by their second word,
#: or None when it begins none)
_KeysByFirstWord = dict[str, tuple[tuple[_Key, ...], dict[str, tuple[_Key, ...]] | None]]


class _Combined:
    """One index over the keys of every lexicon alive (surface and stems), by their first word, so a
    document's tokens are looked up twice in all instead of twice per lexicon.  Each key lists the
    lexicons that have it; the hits are sorted into per-lexicon results exactly as
    :meth:`Lexicon._find_all` finds them with its automata on the joined token strings (a key's
    words are whole tokens there, so matching them token by token finds the same spans). Rebuilt
    (on the next document) whenever a lexicon is created."""

    def __init__(self) -> None:
        self._lexicons: list[weakref.ref[Lexicon]] = []
        self._built: tuple[list[weakref.ref[Lexicon]], _KeysByFirstWord, _KeysByFirstWord] | None = None
        self._lock = threading.Lock()

    def register(self, lexicon: Lexicon) -> None:
        with self._lock:
            self._lexicons = [r for r in self._lexicons if r() is not None] + [weakref.ref(lexicon)]
            self._built = None

    def _build(self) -> tuple[list[weakref.ref[Lexicon]], _KeysByFirstWord, _KeysByFirstWord]:
        with self._lock:
            built = self._built
            if built is not None:
                return built
            members = [r for r in self._lexicons if r() is not None]
            indexes = []
            for attr in ("_surface_keys", "_stem_keys"):
                merged: dict[str, tuple[int, list[tuple[int, tuple]]]] = {}
                for index, ref in enumerate(members):
                    lexicon = ref()
                    if lexicon is None:
                        continue
                    for key, (_, n_words, entries) in getattr(lexicon, attr).items():
                        merged.setdefault(key, (n_words, []))[1].append((index, entries))
                one_word: dict[str, tuple] = {}
                longer: dict[str, dict[str, list[tuple[int, list[str], tuple]]]] = {}
                for key, (n_words, owners) in merged.items():
                    # (split at each space, as the joined string is: a key holds no run of spaces a
                    # token string could match, and an empty word matches no token)
                    first, *rest = key[1:-1].split(" ")
                    if rest:
                        longer.setdefault(first, {}).setdefault(rest[0], []).append((n_words, rest[1:], tuple(owners)))
                    else:
                        one_word[first] = ((1, [], tuple(owners)),)
                indexes.append({word: (one_word.get(word, ()),
                                       {second: tuple(keys) for second, keys in longer[word].items()} if word in longer else None)
                                for word in one_word.keys() | longer.keys()})
            built = self._built = (members, indexes[0], indexes[1])
            return built

    def find_all(self, strings: TokenStrings) -> None:
        """Fill ``strings.found`` for every live lexicon of the combined index."""
        members, surface, stems = self._build()
        # per lexicon: first * stride - last -> its match; keyed so that sorting the keys gives the
        # order of Lexicon._find_all (first, then longest). (One int per span instead of the tuple
        # (first, -last): every last is at most the number of tokens, less than the stride, so the
        # ints order as the tuples do, and they are cheaper to make, hash and compare.)
        stride = len(strings.words) + 1
        found: list[dict[int, LexMatch]] = [{} for _ in members]
        new_match = LexMatch.__new__
        # The surface pass comes first: a stem match of the same tokens does not replace a surface
        # one. Within a pass a span of tokens is one string, so each lexicon matches it at most
        # once, and the order the matches are found in does not matter (they are sorted by key).
        last_token = len(strings.words) - 1
        for by_first, words, by_stem in ((surface, strings.words, False), (stems, strings.stem_words, True)):
            # (the tokens that begin a key are told in C, by one membership test per token; only
            # those are looked at in Python, with the keys of one word and those whose second word
            # follows: a few dozen per document)
            for first in compress(count(), map(by_first.__contains__, words)):
                keys, longer = by_first[words[first]]
                if longer is not None and first < last_token:
                    keys += longer.get(words[first + 1], ())
                for n_words, rest, owners in keys:
                    if rest and words[first + 2:first + n_words] != rest:
                        continue
                    key = first * stride - first - n_words
                    for index, entries in owners:
                        hits = found[index]
                        if key not in hits:
                            # (made by LexMatch.__new__ with its fields stored, as its __init__
                            # would, without a call of that Python function per match: _MATCH_FIELDS)
                            match = hits[key] = new_match(LexMatch)
                            match.first = first
                            match.last = first + n_words
                            match.entries = entries
                            match.by_stem = by_stem
                            match.entry = entries[0]
        for ref, hits in zip(members, found):
            lexicon = ref()
            if lexicon is not None and lexicon not in strings.found:
                strings.found[lexicon] = [hits[key] for key in sorted(hits)] if hits else []


_COMBINED = _Combined()


def select_longest(
    matches: Sequence[LexMatch], priority: Callable[[LexMatch], float] | None = None
) -> list[LexMatch]:
    if len(matches) < 2 or all(a.first < b.first and a.last <= b.first for a, b in zip(matches, matches[1:])):
        # (most lexicons' matches in a document: none, one, or apart and in order) every match is
        # chosen, and the chosen come out in that same order
        return list(matches)
    if priority:
        ranked = sorted(matches, key=lambda m: (m.first - m.last, -priority(m), m.by_stem, m.first))
    else:  # (the same order without the constant priority term)
        ranked = sorted(matches, key=lambda m: (m.first - m.last, m.by_stem, m.first))
    taken: set[int] = set()
    chosen: list[LexMatch] = []
    for m in ranked:
        span = range(m.first, m.last)
        if not taken.isdisjoint(span):
            continue
        taken.update(span)
        chosen.append(m)
    chosen.sort(key=_FIRST)
    return chosen
