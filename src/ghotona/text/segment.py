"""Sentence splitting and tokenisation of (normalised) Bengali text.

Both are a single pass of one compiled regular expression (``finditer``); nothing loops over
characters in Python.

Sentences end at a danda ``।`` or ``॥``, ``?``, ``!`` or a full stop, with any closing quotes and
brackets that follow the terminator (``… বলেন।"`` keeps its quote), and at a line break (headlines
without a danda).  A full stop does NOT end a sentence after an abbreviation or an initial
(``মো.``, ``ড.``, ``এ. কে. এম.``, ``Dr.``; list in ``resources/abbreviations.tsv``, plus any single
Bengali syllable or Latin letter), inside a number (``২.৫``), a URL, an e-mail address or a domain
name, after a one- or two-digit list number (``১. …``), or as part of an ellipsis (``...``, ``…``).
Sentence spans are trimmed of white space; a stretch with no word in it (a stray quote or danda) is
attached to the sentence before it.

Tokens are words (Bengali letters with their signs; an apostrophe between Bengali letters stays
inside: ``দু'জন``), numbers (digits with inner ``,`` or ``.``: ``1,200``, ``2.5``; a range ``10-12``
is three tokens), Latin words, URLs, e-mail addresses, abbreviations with their full stop, an
ellipsis, and every other non-space character as a token of its own.  Two things stay glued on
purpose, for the morphological splitter to take apart:

* a number and the Bengali word written onto it (``১০টি``, ``৫জন``, ``১৫ই``) — one token;
* a hyphen followed by nothing but a chain of inflection suffixes (``আইএস-এর``, ``২০২৪-এ``,
  ``ইউএন-কে``) — one token whose stem is the part before the hyphen and whose suffixes are the
  chain (``Token.stem == "আইএস"``, ``Token.suffixes == ["এর"]``).  A hyphen between two words
  (``ঢাকা-চট্টগ্রাম``) is a token of its own.

The ``segment`` stage reads ``doc.norm`` (``doc.text`` when there is none) and sets the
``sentences`` and ``tokens`` layers; each token carries its normalised spelling, stem and suffixes
(``ghotona.text.morph``) and the index of its sentence.
"""
from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache

from .. import resources
from ..doc import Document, Sentence, Token
from ..options import Options
from ..pipeline import stage
from . import morph

__all__ = ["split_sentences", "tokenize", "tokenize_text", "segment_stage"]

# --- character classes ---------------------------------------------------------------------------
_B_FIRST = "\u0980-\u09e3\u09f0\u09f1\u09fc\u09fe"  # Bengali letters and signs (no digits, no ৳)
_B = _B_FIRST + "\u200c\u200d"
_CONS = "\u0995-\u09b9\u09ce\u09dc\u09dd\u09df\u09f0\u09f1"
_IND_V = "\u0985-\u0994\u09e0\u09e1"
_V_SIGN = "\u09be-\u09c4\u09c7\u09c8\u09cb\u09cc\u09d7\u09e2\u09e3"
_D = "0-9\u09e6-\u09ef"
_CLOSERS = "\"'\u2019\u201d\u00bb)\\]}"
_APOS = "'\u2019"

_URL = r"(?:https?://|www\.)[^\s<>\"'\u201c\u201d\u2018\u2019()\[\]{}\u0964]*[^\s<>\"'\u201c\u201d\u2018\u2019()\[\]{}\u0964.,;:!?]"
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_DOMAIN = (
    r"(?<![A-Za-z0-9.@])[A-Za-z0-9][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*"
    r"\.(?:com|org|net|gov|edu|info|io|bd|in|uk|us|pk|np|lk|co|news|tv)(?![A-Za-z0-9])"
)
# One Bengali syllable (a consonant cluster with its vowel sign, or an independent vowel).
_SYLLABLE = rf"(?:[{_CONS}](?:\u09cd[{_CONS}])*\u09bc?[{_V_SIGN}]?|[{_IND_V}])[\u0981\u0982]?"


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[list[str], list[str]]:
    """(abbreviations and letter names, one-syllable words that are never initials)."""
    abbrs: list[str] = []
    never: list[str] = []
    for row in resources.read_tsv("abbreviations.tsv"):
        form = morph.compose(row["abbreviation"].rstrip("."))
        if not form:
            continue
        (never if row.get("kind") == "not" else abbrs).append(form)
    return sorted(set(abbrs), key=len, reverse=True), sorted(set(never), key=len, reverse=True)


def _abbr_dot() -> str:
    """An abbreviation or initial with its full stop (not preceded by a letter)."""
    abbrs, never = _abbreviations()
    listed = "|".join(re.escape(a) for a in abbrs)
    not_initial = "|".join(re.escape(n) for n in never)
    guard = rf"(?!(?:{not_initial})\.)" if not_initial else ""
    # Everything before the full stop is letters, so a word not followed by one is given up after
    # one look along it (instead of trying every listed abbreviation and syllable at each word).
    letters = f"{_B}A-Za-z"
    # (possessive: the letters never hold the full stop, so giving some back could not find it)
    quick = rf"(?=[{letters}]*+\.)" if all(re.fullmatch(f"[{letters}]+", a) for a in abbrs) else ""
    return (
        rf"(?<![{_B}A-Za-z{_D}]){quick}(?:(?:{listed})|{guard}{_SYLLABLE}|[A-Za-z])\.(?![{_D}])"
    )


# --- sentence boundaries ------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _sentence_re() -> re.Pattern[str]:
    skip = "|".join(
        [
            _URL,
            _EMAIL,
            _DOMAIN,
            _abbr_dot(),
            rf"[{_D}][.,][{_D}]",  # 2.5, ২.৫, 1,200
            rf"(?:^|(?<=[\s(\-:]))[{_D}]{{1,2}}[.)](?=[ \t])",  # list numbers: ১. …
            r"\.{2,}|\u2026",  # ellipsis
        ]
    )
    end = (
        rf"(?:[\u0964\u0965?!]+\.?|\.(?![A-Za-z{_D}]))"
        rf"(?:[{_CLOSERS}]+(?=\s|$))?"
    )
    return re.compile(rf"(?P<skip>{skip})|(?P<end>{end})|(?P<nl>[\r\n\u2028\u2029])")


_HAS_WORD = re.compile(rf"[{_B_FIRST}{_D}A-Za-z]")


@lru_cache(maxsize=1)
def _sentence_anchors() -> tuple[re.Pattern[str], ...] | None:
    """Regexes for the places besides :data:`_TERMINATORS` where the sentence pattern can start a
    match (see :func:`_sentence_matches`); None when an abbreviation has a character outside
    letters."""
    abbrs, _ = _abbreviations()
    letters = f"{_B}A-Za-z"
    if not all(re.fullmatch(f"[{letters}]+", a) for a in abbrs):
        return None
    # (the abbreviations that begin with an ASCII letter are all ASCII: see _AFTER_ASCII_RUN)
    if not all(a.isascii() for a in abbrs if a[0].isascii()):
        return None
    return (
        re.compile(f"[{letters}]"),  # (to walk back from a full stop to its word's start)
        re.compile(r"[A-Za-z0-9][A-Za-z0-9]*"),  # domains, list numbers
        re.compile(r"[\u09e6-\u09ef][\u09e6-\u09ef]*"),  # list numbers in Bengali digits
        re.compile(r"https?://|www\."),  # URLs
    )


_BENGALI_DIGITS = "\u09e6\u09e7\u09e8\u09e9\u09ea\u09eb\u09ec\u09ed\u09ee\u09ef"
_DIGITS = frozenset("0123456789" + _BENGALI_DIGITS)
#: terminators, ellipses and line breaks: where most matches of the sentence pattern start
_TERMINATORS = ".\u2026\u0964\u0965?!\r\n\u2028\u2029"
_ASCII_LETTERS_AND_DIGITS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
#: what a match of the sentence pattern that starts at a run of ASCII letters and digits finds right
#: after the run (in a text without "@" and without Bengali digits): a domain's "." or "-", an
#: abbreviation's or initial's "." (the listed ones that begin with an ASCII letter are all ASCII),
#: a list number's "." or ")", the "." or "," of 2.5 or 1,200, a URL's "://" or "www."
_AFTER_ASCII_RUN = ".,)-:"


def _sentence_matches(text: str):
    """``_sentence_re().finditer(text)``, computed faster.

    The pattern begins with look-behinds, so the regex engine tries it at every character.  Every
    match starts at a terminator, an ellipsis or a line break; at the start of the word before a
    full stop (an abbreviation or initial, whose letters run up to the stop); at the start of a
    run of ASCII letters and digits (a domain, a list number) or Bengali digits; at a digit before
    ``.``/``,`` and a digit; or at ``http``/``www.``.  Trying the pattern with ``match`` at those
    positions only, each time from the end of the previous match, gives exactly ``finditer``'s
    matches.  (A text with ``@`` may hold an e-mail address, which can start anywhere in a run:
    it is scanned the ordinary way.)"""
    rx = _sentence_re()
    anchors = _sentence_anchors()
    if anchors is None or "@" in text:
        return rx.finditer(text)
    letter, ascii_runs, bengali_digit_runs, urls = anchors
    starts: list[int] = []
    # (each terminator looked for with str.find: much faster than a regex scan for a class of them)
    find = text.find
    for terminator in _TERMINATORS:
        q = find(terminator)
        while q >= 0:
            starts.append(q)
            if terminator == "." and q and letter.match(text, q - 1):
                r = q - 1
                while r and letter.match(text, r - 1):
                    r -= 1
                starts.append(r)
            q = find(terminator, q + 1)
    last_char = len(text) - 1
    # (normalised text has ASCII digits only: a substring check spares a scan for Bengali ones)
    has_bengali_digits = any(digit in text for digit in _BENGALI_DIGITS)
    if has_bengali_digits:
        for runs in (ascii_runs, bengali_digit_runs):
            for m in runs.finditer(text):
                starts.append(m.start())
                # 2.5, 1,200: a digit before "." or "," and another digit is the last of its run
                end = m.end()
                if end < last_char and text[end] in ".," and text[end + 1] in _DIGITS and text[end - 1] in _DIGITS:
                    starts.append(end - 1)
    else:
        # Only the runs of ASCII letters and digits that one of _AFTER_ASCII_RUN follows can start a
        # match: each is found from that character (a few per article, found with str.find), walking
        # back to the run's start, instead of scanning the text for every run (every number).
        ascii_alnum = _ASCII_LETTERS_AND_DIGITS
        for after in _AFTER_ASCII_RUN:
            end = find(after)
            while end >= 0:
                if end and text[end - 1] in ascii_alnum:
                    r = end - 1
                    while r and text[r - 1] in ascii_alnum:
                        r -= 1
                    starts.append(r)
                    # 2.5, 1,200: a digit before "." or "," and another digit is the last of its run
                    if end < last_char and after in ".," and text[end + 1] in _DIGITS and text[end - 1] in _DIGITS:
                        starts.append(end - 1)
                end = find(after, end + 1)
    if "http" in text or "www." in text:  # (a substring check spares a scan of the text)
        starts += [m.start() for m in urls.finditer(text)]
    starts.sort()
    out = []
    match = rx.match
    last = 0
    for s in starts:
        if s < last:
            continue
        m = match(text, s)
        if m is not None:
            out.append(m)
            last = m.end() if m.end() > s else s + 1
    return out


@lru_cache(maxsize=1)
def _furniture_line_ends() -> tuple[str, ...]:
    """Words ending a page-furniture line that scrapes run into the next sentence with neither a
    stop nor a line break ("… এখানে ক্লিক/ট্যাপ করুন <the next sentence>"): ``line_end`` of
    ``boilerplate.tsv``."""
    return tuple(sorted({morph.compose(row["line_end"]) for row in resources.read_tsv("boilerplate.tsv")
                         if row.get("line_end")}))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``[(start, end), …]`` of the sentences of ``text``: ordered, non-overlapping, non-empty,
    trimmed of white space."""
    cuts: list[tuple[int, int]] = []  # (end of this sentence, start of the next)
    for m in _sentence_matches(text):
        kind = m.lastgroup
        if kind == "end":
            cuts.append((m.end(), m.end()))
        elif kind == "nl":
            cuts.append((m.start(), m.end()))
    furniture = False
    for words in _furniture_line_ends():
        at = text.find(words)
        while at >= 0:
            furniture = True
            at += len(words)
            cuts.append((at, at))
            at = text.find(words, at)
    if furniture:
        cuts.sort()
    cuts.append((len(text), len(text)))
    out: list[tuple[int, int]] = []
    start = 0
    for end, nxt in cuts:
        if end > start:
            piece = text[start:end]
            stripped = piece.strip()
            if stripped:
                a = start + (len(piece) - len(piece.lstrip()))
                b = end - (len(piece) - len(piece.rstrip()))
                if out and not _HAS_WORD.search(stripped) and text[out[-1][1] : a].count("\n") == 0:
                    out[-1] = (out[-1][0], b)  # a stray closing quote or danda
                else:
                    out.append((a, b))
        if nxt > start:
            start = nxt
    return out


# --- tokens ------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _token_re() -> re.Pattern[str]:
    """One token, after the white space before it; the token is the span of the group named by its
    kind (``m.span(m.lastindex)``).  (Taking the spaces into the match spares ``finditer`` a failed
    try of every alternative at each space; the guard on ``url``, a superset of the characters its
    three forms start with, spares trying them at every Bengali word. The optional hyphenated
    suffix chain and a word's apostrophe parts are possessive (``*+``, ``?+``): nothing follows them
    in their alternative, so the greedy reading is always the match, and the engine need not keep
    the state to give them back.)"""
    hyph = rf"(?:-{morph.suffix_pattern()}(?![{_B}]))?+"
    bword = rf"[{_B_FIRST}][{_B}]*(?:[{_APOS}][{_B_FIRST}][{_B}]*)*+"
    number = rf"[{_D}]+(?:[.,][{_D}]+)*(?:[{_B_FIRST}][{_B}]*|[A-Za-z]+)?{hyph}"
    latin = rf"[A-Za-z][A-Za-z0-9]*(?:[{_APOS}][A-Za-z]+)*{hyph}"
    # A Bengali word that no full stop follows is tried first, as a whole (atomic): no abbreviation
    # or initial can start there (each is Bengali letters up to a full stop, which the word would run
    # up to: see _bengali_abbreviations_are_words), so it is the match the alternatives below would
    # give, found without trying the abbreviation's look-behind and look-ahead along every word.
    # A word before a full stop falls through to them as before (group word_dot, kind "word").
    word_first = rf"(?P<word>(?>{bword}{hyph})(?!\.))|" if _bengali_abbreviations_are_words() else ""
    return re.compile(
        r"\s*(?:"
        + word_first
        + "|".join(
            [
                rf"(?=[A-Za-z0-9._%+\-])(?P<url>{_URL}|{_EMAIL}|{_DOMAIN})",
                rf"(?P<abbr>{_abbr_dot()})",
                rf"(?P<num>{number})",
                rf"(?P<{'word_dot' if word_first else 'word'}>{bword}{hyph})",
                rf"(?P<latin>{latin})",
                r"(?P<ellipsis>\.{2,}|\u2026)",
                r"(?P<punct>\S)",
            ]
        )
        + ")"
    )


PUNCT_KINDS = frozenset({"ellipsis", "punct"})


def _bengali_abbreviations_are_words() -> bool:
    """Whether every listed abbreviation that begins with a Bengali character is Bengali letters
    only, beginning with one a word begins with, as every one-syllable initial is: then a word run
    to its end (:func:`_token_re`) ends where such an abbreviation's full stop is."""
    abbrs, _ = _abbreviations()
    first = re.compile(f"[{_B_FIRST}][{_B}]*")
    return all(a.isascii() or first.fullmatch(a) for a in abbrs)


def _kind_names(token_re: re.Pattern[str]) -> dict[int, str]:
    """Group number -> token kind (both word groups are words)."""
    return {index: "word" if kind == "word_dot" else kind for kind, index in token_re.groupindex.items()}


def tokenize_text(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``[(start, end, kind), …]`` with kind url | abbr | num | word | latin | ellipsis | punct."""
    end = len(text) if end is None else end
    token_re = _token_re()
    kinds = _kind_names(token_re)
    return [(*m.span(m.lastindex), kinds[m.lastindex]) for m in token_re.finditer(text, start, end)]


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``[(start, end), …]`` of the tokens of ``text[start:end]`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    return [m.span(m.lastindex) for m in _token_re().finditer(text, start, end)]


# --- stage -------------------------------------------------------------------------------------------
_SPLIT_KINDS = frozenset({"word", "num", "latin"})
# (stem, suffixes, is_punct) of a token by its kind's group number and its word, kept across
# documents (the splitter's result for words, numbers and Latin words; morph.split is cached too,
# this saves its call and the kind tests per token).
_TOKEN_INFO: dict[int, dict[str, tuple[str, tuple[str, ...], bool]]] = {}


def _token_info(group: int, kind: str, word: str) -> tuple[str, tuple[str, ...], bool]:
    known = _TOKEN_INFO.setdefault(group, {})
    if len(known) >= 1 << 18:
        known.clear()
    stem, suffixes = morph.split(word) if kind in _SPLIT_KINDS else (word, ())
    info = known[word] = (stem, tuple(suffixes), kind in PUNCT_KINDS)
    return info


#: the fields of a Token, all of which _segment stores when it makes one (without calling __init__:
#: a field added to Token must be stored there too)
_TOKEN_FIELDS = ("start", "end", "text", "norm", "stem", "suffixes", "is_punct", "sentence")
assert tuple(f.name for f in fields(Token)) == _TOKEN_FIELDS


def _segment(doc: Document, options: Options) -> Document:
    text = doc.norm if doc.norm is not None else doc.text
    # Tokens are built directly (what Document.span_from_norm does, without a call per token).
    original = doc.text
    offsets = doc.norm_to_orig
    token_re = _token_re()
    finditer = token_re.finditer
    kinds = _kind_names(token_re)
    infos = {index: _TOKEN_INFO.setdefault(index, {}) for index in kinds}
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    append = tokens.append
    new_token = Token.__new__
    # (with an offset map, whether two tokens start at one original offset: the starts of the
    # tokens, made in order, never decrease, so only then is Document.set's order another)
    last_start, shared_start = -1, False
    for i, (s_start, s_end) in enumerate(split_sentences(text)):
        sentences.append(doc.span_from_norm(Sentence, s_start, s_end))
        # (two loops: the test for an offset map is made once per sentence, not per token, and a
        # text without one maps no offset; one loop over a range standing in for the identity map
        # measured +12 M instructions over 40 EDNIL articles. Every token holds a character, so its
        # end is after its start. A word's stem and suffixes are looked up without a method call: a
        # word not seen before is the exception. Each token is made by Token.__new__ and its eight
        # fields stored one by one, as the dataclass's __init__ would, without a call of that Python
        # function per token: see _TOKEN_FIELDS. One statement per field: a tuple assignment of
        # several builds and unpacks a tuple.)
        if offsets is None:
            for m in finditer(text, s_start, s_end):
                group = m.lastindex
                word = m[group]
                end = m.end()
                start = end - len(word)
                try:
                    stem, suffixes, is_punct = infos[group][word]
                except KeyError:  # (a word not seen before)
                    stem, suffixes, is_punct = _token_info(group, kinds[group], word)
                tok = new_token(Token)
                tok.start = start
                tok.end = end
                tok.text = original[start:end]
                tok.norm = word
                tok.stem = stem
                tok.suffixes = [*suffixes]
                tok.is_punct = is_punct
                tok.sentence = i
                append(tok)
        else:
            for m in finditer(text, s_start, s_end):
                group = m.lastindex
                word = m[group]
                t_end = m.end()
                t_start = t_end - len(word)
                try:
                    stem, suffixes, is_punct = infos[group][word]
                except KeyError:  # (a word not seen before)
                    stem, suffixes, is_punct = _token_info(group, kinds[group], word)
                start = offsets[t_start]
                end = offsets[t_end]
                if end < start:
                    end = start
                if start == last_start:
                    shared_start = True
                last_start = start
                tok = new_token(Token)
                tok.start = start
                tok.end = end
                tok.text = original[start:end]
                tok.norm = word
                tok.stem = stem
                tok.suffixes = [*suffixes]
                tok.is_punct = is_punct
                tok.sentence = i
                append(tok)
    doc.set("sentences", sentences)
    if not shared_start:
        # (each token starts after the one before it: already in Document.set's order, which
        # spares its two sorts; with an offset map, two tokens may start at one original offset)
        doc.layers["tokens"] = tokens
    else:
        doc.set("tokens", tokens)
    return doc


segment_stage = stage("segment", requires=("norm",), assigns=("sentences", "tokens"))(_segment)
