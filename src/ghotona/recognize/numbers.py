"""Bengali numbers: digits (১২৩, 84, ১,২০,০০০, ২.৫, ২ দশমিক ৫), number words 0-100 with their
spelling variants, multipliers (শ, হাজার, লাখ, কোটি …), fraction words (সাড়ে, দেড়, আড়াই, সোয়া,
পৌনে), classifiers (চারজন, তিনটি, ২০ জন), qualifiers (অন্তত, প্রায়, -এর বেশি, শতাধিক), ranges
(১০-১২ জন, দশ থেকে বারো জন, ৮/১০ জন) and vague quantities (কয়েকজন, অনেক মানুষ, শত শত).

How it works
------------
One compiled regular expression, built at import from the TSV resources (``number_words.tsv``,
``people_groups.tsv``, ``number_qualifiers.tsv``, ``classifiers.tsv``, ``count_nouns.tsv``) with
trie-shaped (longest-first) alternations, finds the full extent of each mention::

    [pre-qualifier] QUANT [ (- | / | থেকে | হতে) QUANT ] [classifier] [genitive + post-qualifier | suffix]

Only the (short) matched pieces are then evaluated in Python, by a second small regex that splits a
quantity into atoms (digits, words, multipliers, fraction words).  Word boundaries are explicit: a
mention may not start right after, or end right before, a Bengali letter/sign or a ``\\w`` character,
so বিশ্ব, তিনি, আটক, দশক, বিশেষ, ১০ম, ২য় are not numbers.

Decisions worth knowing
-----------------------
* Ambiguous words need context (``context`` column of number_words.tsv): এক ('a'), নয় ('not'),
  শূন্য ('empty'), দু and কয়েক count only before a classifier, a multiplier, a count noun
  (count_nouns.tsv) or a hyphenated second number; বার ('times', 'weekday') and ছ only before a
  classifier.  একটা (the colloquial indefinite article) is never a number; একটি and একজন are 1.
* Vague words: অনেক, বহু, কিছু count only before a classifier or a person noun (অনেক মানুষ, বহু
  লোক); অনেকে, অসংখ্য, হাজারো, লাখো, শত শত, হাজার হাজার, বেশ কিছু always count; কয়েক needs a
  classifier, multiplier or count noun (কয়েকজন, কয়েক হাজার, কয়েক দিন).  Their qualifier is
  ``several`` (কয়েক, কিছু) or ``many`` and their value None, unless they name a magnitude: a
  vague word before a multiplier (কয়েক হাজার) or a reduplicated one (শত শত, হাজারো) is
  ``at_least`` that much (1000, 100), as ACLED codes "hundreds" as 100.
* Words that name a fixed number of people (``people_groups.tsv``: মা-মেয়ে, স্বামী-স্ত্রী 2; দম্পতি
  2 a unit, দুই দম্পতি 4) are numbers too, so their deaths and arrests are counted.
* "About N" words (দুয়েক, পাঁচেক, খানেক: kind ``about``) count after a multiplier (হাজার দুয়েক ≈
  2000) or after the pre-qualifiers জনা / গোটা (জনা পাঁচেক ≈ 5), qualifier ``about``; alone (মাস দুয়েক
  আগে) they are the dates recogniser's.
* Years, dates and times are numbers here too (২০২৪ সালে → 2024; ১৫ জানুয়ারি → 15); ordinals are
  not (প্রথম, ১ম, ২য়, ১৫তম).
* A range whose ends do not make sense (high not above low, or a digit range whose high end is more
  than 10 times the low end, or a leading zero: ২০২৪-২৫, phone numbers) is emitted as two numbers.
* ``value`` is an int when whole, else a float; the span covers the qualifier words, the classifier
  and any case ending (অন্তত চল্লিশ জন, ২০ জনের বেশি).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Iterable

from .. import resources
from ..doc import Document, NumberMention
from ..options import Options
from ..pipeline import stage
from .prefix_trie import prefix_trie_pattern

__all__ = ["NumberMatch", "find_numbers", "parse_number_words", "numbers_stage"]


@dataclass(slots=True)
class NumberMatch:
    start: int
    end: int
    value: int | float | None
    high: int | float | None = None
    qualifier: str = "exact"
    classifier: str | None = None


# --- character classes and small grammar pieces -----------------------------------------------
_LETTER = "\u0980-\u09ff\u200c\u200d"
_BEFORE = rf"(?<![{_LETTER}\w])(?<![0-9\u09e6-\u09ef][.,])"
_WEND = rf"(?![{_LETTER}\w])"
_DIG = "[0-9\u09e6-\u09ef]"
_SP = r"[^\S\n]"  # whitespace but not a line break
_APOS = "['\u2019]"
_DIGITS = (
    rf"(?:{_DIG}{{1,3}}(?:(?:,{_DIG}{{2}})*,{_DIG}{{3}}|(?:,{_DIG}{{3}})+)(?!{_DIG}|,{_DIG})|{_DIG}{{1,40}}(?!{_DIG}))"
    rf"(?:\.{_DIG}+(?!{_DIG}|\.{_DIG}))?(?:{_SP}+দশমিক{_SP}+{_DIG}+)?"
)
_ADHIK = "াধিক"
# Case endings and particles after a bare number (দশের, ১০ই, ২১শে, ১লা, ২০২৪-এ, হাজারও, তিনবার)
_BARE_SUFFIXES = ["-এর", "এর", "-এ", "এ", "-তে", "ের", "য়ের", "য়ে", "'র", "র", "ে", "েই", "ই", "ও",
                  "শে", "লা", "রা", "ঠা", "বার", "গুণ", "সহ"]
# ... and after a classifier (জনের, জনকে, টির, টিতে, টায়, জনসহ, দুজনেরই)
_CLS_SUFFIXES = ["েরই", "েরও", "ের", "রই", "রও", "র", "কেই", "কেও", "কে", "তেই", "তে", "য়ই", "য়",
                 "ই", "ও", "সহ", "ে", "দের", "রা"]
_NOUN_SUFFIXES = ["ের", "এর", "র", "কে", "দের", "রা", "েরা", "ে", "য়", "তে", "ও", "ই", "েই", "েও", "সহ",
                  "গুলো", "গুলি", "গুলোর", "গুলির", "জন", "টি", "টা", "েরও", "রও", "েরই", "রই"]
# ... and after a word for a group of people (দম্পতিকে, মা-মেয়েকেও)
_OBJECT_SUFFIXES = ["কে", "কেও", "কেই"]
_GENITIVES = ["-এর", "এর", "'র", "ের", "য়ের", "র"]
_RANGE_WORDS = ["থেকে", "হতে", "হইতে"]

_NUKTA = {"\u09df": "\u09af\u09bc", "\u09dc": "\u09a1\u09bc", "\u09dd": "\u09a2\u09bc"}
_CANON = str.maketrans({**{chr(0x09E6 + i): str(i) for i in range(10)}, "\u2019": "'",
                        "\u200c": None, "\u200d": None})


_SPACES = re.compile(r"(?:\s+|-)+")


@lru_cache(maxsize=1 << 14)
def _canon(s: str) -> str:
    """Normalised spelling of a matched piece: ASCII digits, composed nukta, straight apostrophe.
    (Remembered: about 35 pieces an article, most of them classifiers and qualifiers seen before.)"""
    for composed, decomposed in _NUKTA.items():
        if decomposed in s:
            s = s.replace(decomposed, composed)
    return s.translate(_CANON)


def _char(ch: str) -> str:
    if ch in _NUKTA:  # accept the decomposed spelling too (raw, un-normalised text)
        return f"(?:{ch}|{_NUKTA[ch]})"
    if ch == " ":
        return f"(?:{_SP}+|-)"
    if ch == "'":
        return _APOS
    return re.escape(ch)


def _alt(words: Iterable[str]) -> str:
    """A trie-shaped regex alternation: shared prefixes factored out, longer words tried first."""
    trie: dict = {}
    for w in {_canon(w) for w in words}:
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [_char(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    if not trie:
        return "(?!)"
    return "(?:" + emit(trie) + ")"


# --- resources --------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Lex:
    words: dict[str, tuple[str, Fraction | None]]  # word -> (kind, value)
    context: dict[str, str]
    pre: dict[str, str]
    post: dict[str, str]
    classifiers: dict[str, tuple[str | None, str | None]]  # form -> (base, qualifier)
    person_nouns: tuple[str, ...]
    measure_nouns: tuple[str, ...]


@lru_cache(maxsize=1)
def _lexicon() -> _Lex:
    words: dict[str, tuple[str, Fraction | None]] = {}
    context: dict[str, str] = {}
    for row in resources.read_tsv("number_words.tsv"):
        # (kind "about": "about N" after a unit, মাস দুয়েক, is the dates recogniser's; here only
        # after a multiplier or জনা / গোটা: হাজার দুয়েক, জনা পাঁচেক)
        w = _canon(row["word"])
        value = Fraction(row["value"]) if row["value"] else None
        words[w] = (row["kind"], value)
        context[w] = row["context"] or "free"
    for row in resources.read_tsv("people_groups.tsv"):  # মা-মেয়ে = 2, দম্পতি = 2 a unit
        # (with the object endings, which a bare number never takes: দশকে is 'in the decade')
        for form in (row["word"], *(row["word"] + ending for ending in _OBJECT_SUFFIXES)):
            w = _canon(form)
            words[w] = (row["kind"], Fraction(row["value"]))
            context[w] = "free"
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for row in resources.read_tsv("number_qualifiers.tsv"):
        (pre if row["position"] == "pre" else post)[_canon(row["word"])] = row["qualifier"]
    classifiers = {
        _canon(r["form"]): (r["base"] or None, r.get("qualifier") or None)
        for r in resources.read_tsv("classifiers.tsv")
    }
    nouns = resources.read_tsv("count_nouns.tsv")
    person = tuple(_canon(r["noun"]) for r in nouns if r["kind"] == "person")
    measure = tuple(_canon(r["noun"]) for r in nouns if r["kind"] != "person")
    return _Lex(words, context, pre, post, classifiers, person, measure)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lx = _lexicon()

    def words_where(kinds: set[str], contexts: set[str]) -> list[str]:
        return [w for w, (k, _) in lx.words.items() if k in kinds and lx.context[w] in contexts]

    numeric = {"num", "several", "many"}
    cls = _alt(lx.classifiers)
    csuf = _alt(_CLS_SUFFIXES)
    bsuf = _alt(_BARE_SUFFIXES)
    mult_any = _alt(words_where({"mult"}, {"free", "after"}))
    mult_start = _alt(words_where({"mult"}, {"free"}))
    frac = _alt(words_where({"frac"}, {"free"}))
    all_nums = _alt(words_where({"num"}, {"free", "ctx", "cls"}))
    # a count noun as a whole word, possibly inflected (মানুষের, দিনে, বছরেই) but not a longer word
    # that starts with one (বাড়িয়ে, মাসুদ, দিনাজপুর)
    noun_end = f"(?:{_alt(_NOUN_SUFFIXES)})?{_WEND}"
    persons = f"{_alt(lx.person_nouns)}{noun_end}"
    measures = f"{_alt(lx.person_nouns + lx.measure_nouns)}{noun_end}"
    measure_stems = _alt(lx.person_nouns + lx.measure_nouns)

    # (২১শে ফেব্রুয়ারি is the 21st, not 2100)
    multx = f"(?!শে{_WEND}){mult_any}(?:{_ADHIK})?"
    ctx_cls = f"{_SP}*(?:-|{_APOS})?{cls}(?:{csuf})?{_WEND}"
    ctx_mult = f"(?:{_SP}*|-|{_APOS}){multx}(?:{_SP}*{cls})?(?:{csuf}|{bsuf})?{_WEND}"
    after_ctx = f"(?=(?:{ctx_cls}|{ctx_mult}|{_SP}+{measures}|-{all_nums}))"
    # (ন, ছ: before a classifier, or elided before a multiplier: ন’হাজার, ছ’শো)
    after_cls = f"(?=(?:{ctx_cls}|{_APOS}{multx}))"
    # (কিছুটা 'somewhat', অনেকটা 'largely' are not counts)
    after_person = f"(?!{_SP}*টা|টু)(?=(?:{ctx_cls}|{_SP}+{persons}))"
    not_ekta = f"(?!একটা(?:{csuf})?{_WEND})"

    numbase = (
        f"(?:{_DIGITS}"
        f"|{_alt(words_where(numeric, {'free'}))}"
        f"|{_alt(words_where(numeric, {'ctx'}))}{after_ctx}"
        f"|{_alt(words_where(numeric, {'cls'}))}{after_cls}"
        f"|{_alt(words_where(numeric, {'person'}))}{after_person})"
    )
    fracp = f"(?:{frac}{_SP}+)"
    link = f"(?:{_SP}*|-|{_APOS})"
    seg_m = f"{numbase}(?:{_ADHIK})?(?:{link}{multx})+"
    trail = (f"(?:{_SP}+(?:{_alt(words_where({'num'}, {'free'}))}"
             f"|{_DIG}{{1,3}}(?![0-9\u09e6-\u09ef.,])))")
    # "about N" words: after a multiplier that can start a quantity (হাজার দুয়েক, লাখ দুয়েক; not শ,
    # which is no anchor: শ’দুয়েক stays unread) or after জনা / গোটা (জনা পাঁচেক)
    about = _alt(words_where({"about"}, {"after"}))
    about_after = f"(?:{mult_start}{link}{about}|(?:(?<=জনা{_SP})|(?<=গোটা{_SP})){about}){_WEND}"
    quant = (
        f"{fracp}?(?:"
        f"{about_after}"
        f"|{seg_m}(?:{_SP}+{fracp}?{seg_m})*{trail}?"
        f"|{numbase}(?:{_ADHIK})?"
        f"|{mult_start}(?:{_ADHIK})?(?:{link}{multx})*(?:{_SP}+{fracp}?{seg_m})*{trail}?"
        ")"
    )
    several_pre = [w for w, q in lx.pre.items() if q == "several"]
    pre = (
        f"(?:(?P<pre>{_alt(w for w, q in lx.pre.items() if q != 'several')}){_SP}+"
        f"|(?P<pre_several>{_alt(several_pre)}){_SP}+(?=কয়েক|কিছু))"
    )
    sep = f"(?P<sep>-|/|{_SP}+{_alt(_RANGE_WORDS)}{_SP}+)"
    gen = f"(?:{_SP}*-?{_SP}*(?:এর|য়ের)|{_alt(_GENITIVES)})"
    post_words = _alt(lx.post)
    tail = (
        f"(?:(?:{_SP}*|-|{_APOS})(?P<cls>{cls})(?:{gen}ও?{_SP}+(?P<post>{post_words})|{csuf})?"
        f"|{gen}ও?{_SP}+(?P<post2>{post_words})|{bsuf})?"
    )
    main = (
        f"{_BEFORE}{pre}?{not_ekta}(?P<q1>{quant})"
        f"(?:{sep}{not_ekta}(?P<q2>{quant}))?{tail}{_WEND}"
        # a count noun in the genitive, then a post-qualifier: ১৭ বছরের বেশি, পাঁচ বছরের কম
        # (the qualifier applies; the noun stays outside the span)
        f"(?=(?:{_SP}+{measure_stems}(?:ের|র|এর)ও?{_SP}+(?P<post3>{post_words}){_WEND})?)"
    )
    # The atom splitter used on matched quantities only.
    lex_words = _alt(lx.words)
    atoms = rf"(?P<d>{_DIGITS})|(?P<w>{lex_words})|(?P<adhik>{_ADHIK})"
    return re.compile(main), re.compile(atoms)


@lru_cache(maxsize=1)
def _anchors() -> re.Pattern[str] | None:
    """Where a mention can start: a run of digits or a word that can begin one (a pre-qualifier, a
    fraction word, a number or vague-quantity word, a multiplier that may start a quantity), not
    after a letter.  The main pattern begins with look-behinds, which make the regex engine try
    it at every character; trying it only at these anchors (with ``match``) finds the same
    mentions much faster.  The words are cut at their first space, hyphen or apostrophe (a prefix
    is enough to find a start; what follows the cut is looked ahead for, see below); None when
    some word leaves no prefix (then scan everything)."""
    lx = _lexicon()
    words = list(lx.pre)
    words += [w for w, (k, _) in lx.words.items() if k in ("num", "several", "many", "frac")]
    words += [w for w, (k, _) in lx.words.items() if k == "mult" and lx.context[w] == "free"]
    # A word of several parts ("মা বাবা", "শ'খানেক") is found by its first part followed by one of
    # the rests its words have after it, looked ahead for (as the main pattern writes them, _alt),
    # unless some word is that first part alone or goes on in letters: the first part alone ("মা",
    # "শ") starts many words (মানুষ, শহর) that begin no mention.
    rests: dict[str, set[str]] = {}  # first part -> the rests of its words, from the separator on
    alone: set[str] = set()  # first parts that are a whole word
    for w in words:
        parts = re.split(r"([\s'\-])", w, maxsplit=1)
        prefix = parts[0]
        if not prefix or not re.fullmatch(rf"[{_LETTER}\w]+", prefix):
            return None  # (an anchor must consist of word characters, see _finditer)
        if len(parts) > 1:
            rests.setdefault(prefix, set()).add(_canon(w[len(prefix):]))
        else:
            alone.add(prefix)
            rests.setdefault(prefix, set())
    # A number word counted only before a classifier (ছ, ন, বার: context cls) opens a mention only
    # where the main pattern's after_cls holds after it: looked ahead for too (unless another word,
    # one that is no anchor, begins with it), as a bare ন starts every নতুন, নিহত, না.
    listed = set(words)
    unanchored = [w for w in lx.words if w not in listed]
    before_classifier = {
        w for w in rests
        if w in alone and w not in lx.pre and lx.context.get(w) == "cls" and lx.words[w][0] == "num"
        and not any(other.startswith(w) for other in unanchored)}
    classifier_ahead = f"(?={_SP}*(?:-|{_APOS})?{_alt(lx.classifiers)})"
    sequences: list[list[str]] = []
    for prefix in rests:
        spellings: list[list[str]] = [[]]
        for ch in prefix:
            forms = (ch, _NUKTA[ch]) if ch in _NUKTA else (ch,)
            spellings = [sp + [f] for sp in spellings for f in forms]
        if prefix in before_classifier:
            ahead = [classifier_ahead]  # (the word alone; a word of several parts would add its rests)
            if rests[prefix]:
                ahead = [f"(?:{classifier_ahead}|(?={_alt(rests[prefix])}))"]
        else:
            ahead = [] if prefix in alone else [f"(?={_alt(rests[prefix])})"]
        sequences.extend(sp + ahead for sp in spellings)

    # The character before the start is part of the match (a start never follows a letter or
    # another word character), so the regex engine can skip to the next space or punctuation mark.
    # (What a look-ahead checks is not taken into the match: the next anchor may start inside it.)
    trie = prefix_trie_pattern(sequences, render=lambda atom: atom if atom.startswith(("(?=", "(?:(?=")) else re.escape(atom))
    return re.compile(rf"[^{_LETTER}\w](?:{_DIG}|{trie})")


def _finditer(rx: re.Pattern[str], text: str):
    """``rx.finditer(text)`` for the main pattern, trying it only at the anchors: each match is the
    first one starting at or after the end of the previous one, as with ``finditer``."""
    anchors = _anchors()
    if anchors is None:
        yield from rx.finditer(text)
        return
    match = rx.match
    if text and (m := match(text, 0)) is not None:  # the start of the text has no character before
        yield m
        last = m.end() if m.end() > 0 else 1
    else:
        last = 0
    for a in anchors.finditer(text):
        s = a.start() + 1
        if s < last:
            continue
        m = match(text, s)
        if m is not None:
            yield m
            last = m.end() if m.end() > s else s + 1


# --- evaluation -------------------------------------------------------------------------------
@dataclass(slots=True)
class _Quant:
    value: Fraction | None
    top_mult: int | None = None
    vague: str | None = None
    adhik: bool = False
    words_only: bool = True
    digits: str = ""
    about: bool = False  # an "about N" word (হাজার দুয়েক, জনা পাঁচেক)


def _digit_value(s: str) -> Fraction:
    s = s.replace(",", "")
    if "দশমিক" in s:
        whole, _, frac = s.partition("দশমিক")
        s = whole.strip() + "." + frac.strip()
    return Fraction(s)


def _evaluate(piece: str) -> _Quant:
    lx = _lexicon()
    atom_re = _patterns()[1]
    total = Fraction(0)
    cur: Fraction | None = None
    pending_frac = Fraction(0)
    last: Fraction | None = None
    q = _Quant(None)
    seen_number = False
    vague_floor: Fraction | None = None
    for m in atom_re.finditer(_canon(piece)):
        if m.group("adhik"):
            q.adhik = True
            continue
        if m.group("d"):
            q.words_only = False
            q.digits = m.group("d")
            cur = _digit_value(m.group("d")) + pending_frac
            pending_frac = Fraction(0)
            seen_number = True
            continue
        word = _SPACES.sub(" ", m.group("w"))  # শত-শত, শত  শত → শত শত
        kind, value = lx.words[word]
        if word.endswith(_ADHIK):
            q.adhik = True
        if kind in ("several", "many"):
            q.vague = kind
            vague_floor = value
        elif kind == "frac":
            pending_frac = value or Fraction(0)
        elif kind == "num":
            cur = (value or Fraction(0)) + pending_frac
            pending_frac = Fraction(0)
            seen_number = True
        elif kind == "about":
            # "হাজার দুয়েক": about two of the multiplier before it; "জনা পাঁচেক": about five
            q.about = seen_number = True
            if q.top_mult:
                total, cur = (value or Fraction(1)) * q.top_mult, None
            else:
                cur = value
        elif kind == "mult":
            assert value is not None
            seen_number = True
            q.top_mult = int(max(value, q.top_mult or 0))
            if value < 1000:  # শ, ডজন multiply the number just before them
                cur = (cur if cur is not None else Fraction(1)) * value
                continue
            if total and last is not None and value > last:
                total = (total + (cur or 0)) * value
            else:
                total += (cur if cur is not None else Fraction(1)) * value
            cur = None
            last = value
    if q.vague:
        # "কয়েক হাজার", "শত শত": the least the words can mean (ACLED counts "hundreds" as 100):
        # the multiplier after a vague word, or the vague word's own floor; None for bare "কয়েক"
        q.value = Fraction(q.top_mult) if q.top_mult else vague_floor
    elif not seen_number:
        q.value = None
    else:
        q.value = total + (cur or 0)
    return q


@lru_cache(maxsize=1 << 14)
def _evaluate_cached(piece: str) -> tuple[_Quant, int | float | None]:
    """:func:`_evaluate` for :func:`find_numbers`, which only reads the result, with the value as
    the mention gives it (:func:`_out`: two calls of Fraction's Python code, made once per piece)."""
    quant = _evaluate(piece)
    return quant, _out(quant.value)


def _out(v: Fraction | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if v.denominator == 1 else float(v)


@lru_cache(maxsize=1)
def vague_quantity_words() -> frozenset[str]:
    """The words of a vague quantity (কয়েক, একাধিক, অনেক, বহু …: kinds several | many)."""
    return frozenset(w for w, (kind, _) in _lexicon().words.items() if kind in ("several", "many"))


def parse_number_words(text: str) -> int | float | None:
    """The value of a number expression (words and/or digits): ``দুই হাজার পাঁচশ`` → 2500,
    ``সাড়ে তিন হাজার`` → 3500, ``৩.৫ কোটি`` → 35000000.  None for vague or unknown expressions."""
    return _out(_evaluate(text).value)


def _range_ok(lo: _Quant, hi: _Quant, sep: str) -> tuple[Fraction, Fraction] | None:
    if lo.value is None or hi.value is None or lo.vague or hi.vague:
        return None
    a, b = lo.value, hi.value
    if hi.top_mult and not lo.top_mult and a * hi.top_mult <= b:
        a = a * hi.top_mult  # ১০ থেকে ১৫ হাজার = 10,000-15,000
    if a > b and lo.words_only and hi.words_only and a <= 10:
        a, b = b, a  # দু-একজন = 1-2
    if not a < b:
        return None
    if sep.strip() in ("-", "/"):
        if not lo.words_only and (lo.digits.startswith("0") and len(lo.digits) > 1):
            return None
        if not hi.words_only and (hi.digits.startswith("0") and len(hi.digits) > 1):
            return None
        if a > 0 and b > a * 10:
            return None
    return a, b


#: the groups of the main pattern find_numbers reads (fetched with one call per mention)
_GROUPS = ("q1", "q2", "sep", "cls", "post", "post2", "post3", "pre", "pre_several")


def _qualifier(q: _Quant, m: re.Match, pre_several: str | None, post_qual: str | None,
               cls_qual: str | None, pre_qual: str | None) -> str:
    """The qualifier of a quantity ``q`` of the mention ``m`` (a module-level function, not a
    closure made anew for every mention)."""
    if q.vague and q.value is not None:
        return "at_least"  # a vague quantity's floor (কয়েকশো: at least 100)
    if q.vague or (pre_several and q.value is None):
        return q.vague or "several"
    if q.adhik:
        return "more_than"
    if post_qual:
        return post_qual
    if cls_qual:
        return cls_qual
    if q.about or "খানেক" in _canon(m.group(0)):
        return "about"
    return pre_qual or "exact"


def find_numbers(text: str) -> list[NumberMatch]:
    """Every number mention in ``text`` (normalised or raw Bengali), offsets into ``text``."""
    lx = _lexicon()
    main_re = _patterns()[0]
    out: list[NumberMatch] = []
    for m in _finditer(main_re, text):
        q1_text, q2_text, sep, cls_form, post, post2, post3, pre, pre_several = m.group(*_GROUPS)
        q1, value1 = _evaluate_cached(q1_text)
        base, cls_qual = lx.classifiers.get(_canon(cls_form), (None, None)) if cls_form else (None, None)
        post = post or post2 or post3
        post_qual = lx.post.get(_canon(post)) if post else None
        pre_qual = lx.pre.get(_canon(pre)) if pre else None

        if q2_text is None:
            out.append(NumberMatch(m.start(), m.end(), value1, None,
                                   _qualifier(q1, m, pre_several, post_qual, cls_qual, pre_qual), base))
            continue
        q2, value2 = _evaluate_cached(q2_text)
        bounds = _range_ok(q1, q2, sep)
        if bounds is not None:
            out.append(NumberMatch(m.start(), m.end(), _out(bounds[0]), _out(bounds[1]), "range", base))
            continue
        # Not a sensible range (২০২৪-২৫, a phone number): two separate numbers.
        first_q = q1.vague or (pre_qual if pre_qual and q1.value is not None else None) or "exact"
        if q1.vague and q1.value is not None:
            first_q = "at_least"  # (as _qualifier: a vague quantity's floor)
        if q1.adhik and not q1.vague:
            first_q = "more_than"
        out.append(NumberMatch(m.start(), m.end("q1"), value1, None, first_q, None))
        # (the second number takes no pre-qualifier: that stood before the first)
        out.append(NumberMatch(m.start("q2"), m.end(), value2, None,
                               _qualifier(q2, m, pre_several, post_qual, cls_qual, None), base))
    return out


def _numbers(doc: Document, options: Options) -> Document:
    text = doc.norm if doc.norm is not None else doc.text
    spans = [
        doc.span_from_norm(
            NumberMention, n.start, n.end,
            value=n.value, high=n.high, qualifier=n.qualifier, classifier=n.classifier,
        )
        for n in find_numbers(text)
    ]
    doc.set("numbers", spans)
    return doc


numbers_stage = stage("numbers", requires=("norm",), assigns=("numbers",))(_numbers)
