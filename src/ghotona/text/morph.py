"""Rule-based splitter of Bengali nominal inflection: ``ইরবিলে → (ইরবিল, (এ,))``.

Driven by ``resources/suffixes.tsv``.  A word is read as

    stem  [plural | classifier | ordinal]  [case | -ভাবে]  [সহ]  [emphatic ও/ই]

and every slot is optional.  Each suffix row names the canonical suffix (independent spelling,
``এর``), its kind, the surface it has when glued to a stem (``ের``) and what the stem must end in
(``after``, see the header of suffixes.tsv).  Every analysis that satisfies these conditions and
leaves a valid stem is generated, then one is chosen by how much we know about its stem:

* level 2: a listed word (``stem``, ``function``, ``numeral`` and verb rows) or a number;
* level 1: a word ending in a listed ``stem`` of three or more aksharas or in a ``stem_ending``
  (মহাসড়ক ends in সড়ক, রংপুর in পুর, ক্রিকেটার in টার);
* level 0: anything else.

The highest level wins; within level 1 the longer known ending, then the longer stem; within level
2 the longer stem (a listed word is never split: সরকার, জুলাই; ছেলের is ছেলে + র); among level-0
analyses the one that strips the most characters, then the one with fewer suffixes (ইরানের is
ইরান + এর, not ইরানে + র).

A valid stem has at least two aksharas (a consonant cluster with its vowel sign counts as one, an
independent vowel as one) and does not end in hasanta; numbers are valid, numeral words are valid
before classifiers (দুজন), listed ``stem`` words are valid whatever their length (স্ত্রী + কে),
and ``function`` words shorter than two aksharas only take an emphatic (সেও).  Finite verb forms
(করে, করতে, হয়েছে, জানিয়ে …, from the ``verb*`` rows) are never split and take no suffix but a
trailing emphatic ও/ই (করলেও → করলে + ও; আটকের is আটক + এর, not আটকে + র).

A suffix chain after a hyphen or an apostrophe is split off with the separator (``আইএস-এর``,
``২০২৪-এ``, ``দু'জন``): ``split_surface`` returns the separator as part of the surface.

The splitter cannot know whether গ্রামে is গ্রাম + এ or a word of its own; ``candidates`` lists every
plausible stem (longest first) so dictionary look-ups can try them all.

Input should be normalised text (``doc.norm``); decomposed nukta letters and ZWJ/ZWNJ are tolerated
(they are composed/removed for the analysis, and ``split_surface`` maps back to the raw string).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import resources

__all__ = ["split", "split_surface", "candidates", "analyse", "Analysis", "suffix_pattern"]

# --- character classes (composed spelling) -------------------------------------------------------
_CONS = "\u0995-\u09b9\u09ce\u09dc\u09dd\u09df\u09f0\u09f1"
_IND_V = "\u0985-\u0994\u09e0\u09e1"
_V_SIGN = "\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7\u09e2\u09e3"
_HASANTA = "\u09cd"
_CANDRABINDU = "\u0981"
_AKSHARA_RE = re.compile(rf"(?<!{_HASANTA})[{_CONS}]|[{_IND_V}]")
_BENGALI_RE = re.compile(r"[\u0980-\u09ff]")
_NUMBER_RE = re.compile(r"[0-9\u09e6-\u09ef]+(?:[.,][0-9\u09e6-\u09ef]+)*")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z0-9.']*")
_SEPARATORS = "-'\u2019"
#: case suffixes as :func:`split` names them (ইরাকের → এর, কেনিয়ার → র; ঢাকায় → য়, ঢাকাতে → তে)
GENITIVE = frozenset({"এর", "র"})
LOCATIVE = frozenset({"এ", "\u09df", "তে"})  # as the splitter writes them (suffixes.tsv): the composed ya (U+09DF)

_COMPOSE = {
    "\u09af\u09bc": "\u09df",  # য + ় → য়
    "\u09a1\u09bc": "\u09dc",  # ড + ় → ড়
    "\u09a2\u09bc": "\u09dd",  # ঢ + ় → ঢ়
}
_COMPOSE_RE = re.compile("|".join(list(_COMPOSE) + ["\u200c", "\u200d"]))


def compose(text: str) -> str:
    """Compose nukta letters and drop ZWJ/ZWNJ (what the normaliser does to words)."""
    if "\u09bc" not in text and "\u200c" not in text and "\u200d" not in text:
        return text
    return _COMPOSE_RE.sub(lambda m: _COMPOSE.get(m.group(), ""), text)


def aksharas(text: str) -> int:
    """Orthographic syllables: consonant clusters (with their vowel sign) and independent vowels."""
    return len(_AKSHARA_RE.findall(text))


# --- data ------------------------------------------------------------------------------------------
SLOT_OF_KIND = {
    "plural": 0,
    "plural_case": 0,
    "classifier": 0,
    "ordinal": 0,
    "case": 1,
    "adverbial": 1,
    "clitic": 2,
    "emphatic": 3,
}


@dataclass(frozen=True)
class Suffix:
    suffix: str  # canonical, independent spelling (এর)
    kind: str
    surface: str  # as glued to the stem (ের)
    after: str  # condition on the stem's end, see _after_ok


@dataclass(frozen=True)
class Tables:
    by_slot: tuple[tuple[Suffix, ...], ...]  # per slot, longest surface first
    canonical_by_slot: tuple[tuple[Suffix, ...], ...]  # for suffixes after a hyphen
    stems: frozenset[str]  # stem and function rows
    functions: frozenset[str]  # function rows only
    numerals: frozenset[str]
    verbs: frozenset[str]
    verb_markers: tuple[tuple[str, str], ...]
    endings: frozenset[str]  # stem endings (level 1)
    max_ending: int


@lru_cache(maxsize=1)
def tables() -> Tables:
    suffixes: list[Suffix] = []
    stems: set[str] = set()
    functions: set[str] = set()
    numerals: set[str] = set()
    verbs: set[str] = set()
    roots: list[str] = []
    verb_endings: list[tuple[str, str]] = []
    markers: list[tuple[str, str]] = []
    endings: set[str] = set()
    for row in resources.read_tsv("suffixes.tsv"):
        form = compose(row["suffix"])
        kind = row["kind"]
        surface = compose(row.get("surface") or "") or form
        after = row.get("after") or "any"
        if kind in SLOT_OF_KIND:
            _after_ok(after, "", "X")  # validate the code early
            suffixes.append(Suffix(form, kind, surface, after))
        elif kind == "stem":
            stems.add(form)
            if aksharas(form) >= 3:
                endings.add(form)  # also protects compounds ending in it (মহাসড়ক)
        elif kind == "function":
            stems.add(form)
            functions.add(form)
        elif kind == "stem_ending":
            endings.add(form)
        elif kind == "numeral":
            numerals.add(form)
        elif kind == "verb":
            verbs.add(form)
        elif kind == "verb_root":
            roots.append(form)
        elif kind == "verb_ending":
            verb_endings.append((surface, after))
        elif kind == "verb_marker":
            markers.append((surface, after))
        else:
            raise ValueError(f"suffixes.tsv: unknown kind {kind!r} in {row}")
    for root in roots:
        root_end = _end_class(root)
        for ending, after in verb_endings:
            if (after == "C" and root_end == "C") or (after == "V" and root_end in ("A", "V")):
                verbs.add(root + ending)
    by_slot = tuple(
        tuple(sorted((s for s in suffixes if SLOT_OF_KIND[s.kind] == slot), key=lambda s: -len(s.surface)))
        for slot in range(4)
    )
    canonical: list[list[Suffix]] = [[] for _ in range(4)]
    seen: set[tuple[int, str]] = set()
    for s in suffixes:
        slot = SLOT_OF_KIND[s.kind]
        if s.kind == "ordinal" or (slot, s.suffix) in seen:
            continue
        seen.add((slot, s.suffix))
        canonical[slot].append(Suffix(s.suffix, s.kind, s.suffix, "any"))
    canonical_by_slot = tuple(tuple(sorted(c, key=lambda s: -len(s.surface))) for c in canonical)
    return Tables(
        by_slot, canonical_by_slot, frozenset(stems), frozenset(functions), frozenset(numerals), frozenset(verbs),
        tuple(sorted(markers, key=lambda m: -len(m[0]))), frozenset(endings),
        max((len(e) for e in endings), default=0),
    )


def suffix_pattern() -> str:
    """A regex (no groups) for a chain of canonical suffixes written after a hyphen (এর, এ, কে,
    গুলোর …), used by the tokeniser to keep ``আইএস-এর`` as one token."""
    t = tables()
    chain = ""
    for slot in t.canonical_by_slot:
        alts = "|".join(re.escape(s.surface) for s in slot)
        if alts:
            chain += f"(?:{alts})?"
    first = "|".join(re.escape(s.surface) for slot in t.canonical_by_slot for s in slot)
    return f"(?=(?:{first})){chain}"


# --- conditions ------------------------------------------------------------------------------------
def _end_class(stem: str) -> str:
    """How ``stem`` ends: 'N' number, 'C' bare consonant letter, 'A' া/ো, 'U' ু/ূ, 'V' other vowel
    sign, 'O' independent ও, 'IV' other independent vowel, 'NG' ং, 'L' Latin, 'X' other; a candrabindu
    after a vowel gives '~' + the vowel's class."""
    if not stem:
        return "X"
    if _NUMBER_RE.fullmatch(stem):
        return "N"
    last = stem[-1]
    prefix = ""
    if last == _CANDRABINDU and len(stem) > 1:
        last = stem[-2]
        prefix = "~"
    elif last == "\u09bc" and len(stem) > 1:
        last = stem[-2]
    if last in "\u09be\u09cb":
        return prefix + "A"
    if last in "\u09c1\u09c2":
        return prefix + "U"
    if _is_vsign(last):
        return prefix + "V"
    if last == "\u0993":
        return prefix + "O"
    if "\u0985" <= last <= "\u0994" or last in "\u09e0\u09e1":
        return prefix + "IV"
    if prefix:
        return "X"
    if last == "\u0982":
        return "NG"
    if _is_cons(last):
        return "C"
    if last.isascii() and last.isalpha():
        return "L"
    return "X"


def _is_vsign(ch: str) -> bool:
    return ("\u09be" <= ch <= "\u09c4") or ch in "\u09c7\u09c8\u09cb\u09cc\u09d7\u09e2\u09e3"


def _is_cons(ch: str) -> bool:
    return ("\u0995" <= ch <= "\u09b9") or ch in "\u09ce\u09dc\u09dd\u09df\u09f0\u09f1"


_VOWEL_ENDS = frozenset({"V", "A", "U", "O", "IV", "~V", "~A", "~U", "~O", "~IV"})
_AFTER_CODES = {
    "any": None,  # anything but an empty or odd stem
    "C": frozenset({"C"}),  # a bare consonant letter (ইরান + ের)
    "V": _VOWEL_ENDS,  # any vowel (আমেরিকা + তে)
    "R": frozenset({"V", "A", "O", "~V", "~A"}),  # a vowel sign other than ু ূ, or ও (জেলা + র)
    "Uk": frozenset({"U", "~U"}),  # ু ূ, and the stem must be a listed word (শিশু + র)
    "A": frozenset({"A", "~A"}),  # া ো (ঢাকা + য়)
    "IV": frozenset({"IV", "O"}),  # an independent vowel letter (ভাই + য়ের)
    "num": frozenset({"N"}),  # a number or a numeral word (চার + জন)
    "digits": frozenset({"N"}),  # a number written in digits (২ + য়)
    "nonIV": frozenset({"C", "V", "A", "U", "L", "NG"}),  # not an independent vowel or ঁ (দেশে + ও)
    "Ng": frozenset({"NG"}),  # ং (ব্যাটিং + য়ে)
}


def _after_ok(after: str, stem: str, end: str) -> bool:
    try:
        allowed = _AFTER_CODES[after]
    except KeyError:
        raise ValueError(f"suffixes.tsv: unknown 'after' condition {after!r}") from None
    if not stem:
        return True
    if allowed is None:
        return end != "X"
    if after == "num" and stem in tables().numerals:
        return True
    if after == "Uk":
        return end in allowed and stem in tables().stems
    return end in allowed


def _is_verb(word: str) -> bool:
    t = tables()
    if word in t.verbs:
        return True
    for ending, after in t.verb_markers:
        if word.endswith(ending) and len(word) > len(ending):
            rest = word[: -len(ending)]
            if aksharas(rest) >= 1 and _after_ok(after, rest, _end_class(rest)):
                return True
    return False


def _ends_known(word: str) -> int:
    """Length of the longest known stem or stem ending that ``word`` ends in (0: none)."""
    t = tables()
    n = len(word)
    for i in range(max(1, n - t.max_ending), n - 1):
        if word[i:] in t.endings:
            return n - i
    return 0


def _level(stem: str) -> tuple[int, int]:
    """(2, 0): a listed word or a number; (1, n): ends in a known stem of n characters;
    (0, 0): unknown."""
    t = tables()
    if stem in t.stems or stem in t.numerals or stem in t.verbs or _NUMBER_RE.fullmatch(stem):
        return 2, 0
    if _is_verb(stem):
        return 2, 0
    n = _ends_known(stem)
    return (1, n) if n else (0, 0)


def _valid_stem(stem: str, chain: list[Suffix], relaxed: bool = False) -> bool:
    if not stem:
        return False
    if _NUMBER_RE.fullmatch(stem):
        return True
    t = tables()
    if stem in t.numerals and chain[0].kind == "classifier":
        return True
    if stem[-1] == _HASANTA or stem[0] in _SEPARATORS or stem[-1] in _SEPARATORS:
        return False
    if not _BENGALI_RE.search(stem):
        return bool(_LATIN_RE.fullmatch(stem)) and len(stem) >= 2
    n = aksharas(stem)
    emphatic_only = all(s.kind == "emphatic" for s in chain)
    if stem in t.functions and stem.endswith("\u09c7") and not emphatic_only:
        return False  # an inflected function word (মানে, সামনে) takes only ও/ই: মানের is মান + এর
    if stem in t.stems and (n >= 2 or stem not in t.functions or emphatic_only):
        return True  # a listed monosyllable (স্ত্রী + কে); short pronouns take only ও/ই (সেও)
    return n >= (1 if relaxed else 2)


# --- analysis ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Analysis:
    stem: str
    suffixes: tuple[str, ...]  # canonical spelling, innermost first
    surfaces: tuple[str, ...]  # as written, innermost first (a separator is part of the first)
    kinds: tuple[str, ...]

    @property
    def surface(self) -> str:
        return "".join(self.surfaces)


def _parses(word: str, relaxed: bool = False) -> list[Analysis]:
    """Every analysis of ``word`` (composed spelling) whose stem is valid, the unsplit word first."""
    out: list[Analysis] = [Analysis(word, (), (), ())]
    t = tables()

    def walk(rest: str, slot: int, acc: list[Suffix]) -> None:
        # ``acc`` is outermost first.  A listed word, or (before nothing but an emphatic) a verb
        # form, is not split further.
        emphatic_only = all(a.kind == "emphatic" for a in acc)
        if rest in t.stems or rest in t.numerals or (emphatic_only and _is_verb(rest)):
            return
        for s in range(slot, -1, -1):
            for suf in t.by_slot[s]:
                if not rest.endswith(suf.surface) or len(rest) == len(suf.surface):
                    continue
                stem = rest[: -len(suf.surface)]
                if not _allowed_sequence(suf, acc, stem):
                    continue
                if not _after_ok(suf.after, stem, _end_class(stem)):
                    continue
                chain = [suf] + acc
                # A finite verb takes no case, plural or classifier (আটকের is আটক + এর, not আটকে + র).
                verb_stem = stem not in t.stems and _is_verb(stem)
                if _valid_stem(stem, chain, relaxed) and not (verb_stem and suf.kind != "emphatic"):
                    out.append(Analysis(stem, tuple(x.suffix for x in chain),
                                        tuple(x.surface for x in chain), tuple(x.kind for x in chain)))
                # Walk on even when this remainder is no valid stem: 6টা is not, 6টায় is 6 + টা + য়.
                walk(stem, s - 1, chain)

    walk(word, 3, [])
    # A suffix chain written after a hyphen or apostrophe: আইএস-এর, ২০২৪-এ, দু'জন.
    for sep in _SEPARATORS:
        i = word.rfind(sep)
        if i <= 0 or i == len(word) - 1:
            continue
        head, tail = word[:i], word[i + 1 :]
        if head[-1] in _SEPARATORS:
            continue
        for chain in _canonical_chains(tail):
            surfaces = [x.surface for x in chain]
            surfaces[0] = sep + surfaces[0]
            out.append(Analysis(head, tuple(x.suffix for x in chain), tuple(surfaces), tuple(x.kind for x in chain)))
    return out


def _allowed_sequence(suf: Suffix, outer: list[Suffix], stem: str) -> bool:
    """Ordering constraints beyond the slot order."""
    if outer:
        nxt = outer[0]
        # রা / দের already carry case: no case suffix follows, except দের + কে (সদস্যদেরকে).
        if suf.kind == "plural_case" and nxt.kind == "case" and not (nxt.suffix == "কে" and suf.suffix == "দের"):
            return False
        # সহ follows a bare or plural noun, never a case form (লিভারসহ is not লিভা + র + সহ).
        if suf.kind in ("case", "adverbial") and nxt.kind == "clitic":
            return False
    if suf.kind in ("plural", "plural_case") and _NUMBER_RE.fullmatch(stem):
        return False  # numbers take classifiers, not plurals (২রা is an ordinal)
    return True


def _canonical_chains(tail: str) -> list[list[Suffix]]:
    """Ways to read ``tail`` entirely as a chain of canonical suffixes."""
    t = tables()
    found: list[list[Suffix]] = []

    def walk(rest: str, slot: int, acc: list[Suffix]) -> None:
        if not rest:
            found.append(acc)
            return
        for s in range(slot, -1, -1):
            for suf in t.canonical_by_slot[s]:
                if rest.endswith(suf.surface):
                    walk(rest[: -len(suf.surface)], s - 1, [suf] + acc)

    walk(tail, 3, [])
    return found


def _choose(parses: list[Analysis]) -> Analysis:
    best: Analysis | None = None
    best_key: tuple[int, int, int, int] | None = None
    for p in parses:
        level, ending = _level(p.stem)
        if level:
            # The more specific evidence first (a longer known ending), then the longer stem.
            key = (level, ending, len(p.stem), -len(p.suffixes))
        else:
            key = (0, 0, len(p.surface), -len(p.suffixes))
        if best_key is None or key > best_key:
            best, best_key = p, key
    assert best is not None
    return best


@lru_cache(maxsize=1 << 18)
def analyse(word: str) -> Analysis:
    """The chosen analysis of ``word`` (composed spelling)."""
    word = compose(word)
    if not word or len(word) > 60:
        return Analysis(word, (), (), ())
    return _choose(_parses(word))


def split(word: str) -> tuple[str, tuple[str, ...]]:
    """``(stem, suffixes)`` in normalised spelling, suffixes innermost first:
    ``বাংলাদেশেও → ("বাংলাদেশ", ("এ", "ও"))``."""
    a = analyse(word)
    return a.stem, a.suffixes


@lru_cache(maxsize=None)
def suffixes_of_kind(kind: str) -> frozenset[str]:
    """The suffixes ``suffixes.tsv`` lists under ``kind`` (classifier: টি, টা, জন …), as split names them."""
    return frozenset(s.suffix for slot in tables().by_slot for s in slot if s.kind == kind)


@lru_cache(maxsize=1 << 12)
def split_after(stem: str, ending: str) -> tuple[str, ...]:
    """The suffixes of ``stem + ending`` when the stem is known (a place name the gazetteer matched:
    তমলুক + েও → ("এ", "ও"), where :func:`split` alone reads তমলু + কে + ও); the plain split's
    suffixes when no analysis keeps that stem."""
    word = compose(stem + ending)
    for p in _parses(word):
        if p.stem == compose(stem):
            return p.suffixes
    return analyse(word).suffixes


@lru_cache(maxsize=1 << 16)
def split_surface(word: str) -> tuple[str, str]:
    """``(stem, surface)`` with ``stem + surface == word`` exactly (offsets), e.g. ইরবিলে →
    (ইরবিল, ে), আইএস-এর → (আইএস, -এর).  Works on raw text too (decomposed nukta, ZWJ)."""
    a = analyse(word)
    if not a.suffixes:
        return word, ""
    composed = compose(word)
    n_stem = len(a.stem)
    if composed == word:
        return word[:n_stem], word[n_stem:]
    # Map the composed split point back to the raw string (short words, cached).
    i = j = 0
    while j < n_stem and i < len(word):
        if word[i : i + 2] in _COMPOSE:
            i += 2
            j += 1
        elif word[i] in "\u200c\u200d":
            i += 1
        else:
            i += 1
            j += 1
    while i < len(word) and word[i] in "\u200c\u200d":
        i += 1
    return word[:i], word[i:]


@lru_cache(maxsize=1 << 16)
def candidates(word: str) -> list[str]:
    """Possible stems for dictionary look-up, longest first: the word itself, then every stem a
    plausible analysis leaves (down to one akshara), with ৎ for a final ত before a vowel-sign
    suffix (সাক্ষাতে → সাক্ষাত, সাক্ষাৎ)."""
    w = compose(word)
    if not w:
        return []
    stems: list[str] = []
    for p in _parses(w, relaxed=True):
        if p.stem not in stems:
            stems.append(p.stem)
        if p.surfaces and p.surfaces[0][0] == "\u09c7" and p.stem.endswith("ত") and len(p.stem) > 1:
            alt = p.stem[:-1] + "ৎ"
            if alt not in stems:
                stems.append(alt)
    return [w] + sorted(stems[1:], key=len, reverse=True)


def is_verb(word: str) -> bool:
    """True for a listed verb form or a word with a verb ending (ঢুকে, করেছে, জানান)."""
    return _is_verb(word)
