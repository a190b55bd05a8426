"""Bengali text normalisation with an offset map back to the original text.

What it does (table-driven; the tables are in ``resources/normalize.tsv``):

* one-for-one character replacements: Bengali digits → ASCII, curly quotes → straight, dashes → ``-``,
  exotic spaces → ``' '``, ``৷`` (a currency sign misused as danda) → ``।``;
* sequence rewrites: decomposed nukta letters (য + ় → য়, ড + ় → ড়, ঢ + ় → ঢ়) composed to the single
  code points (Unicode NFC *decomposes* them because they are composition exclusions, so plain NFC
  is not enough), split vowel signs (ে + া → ো, ে + ৗ → ৌ), অ + া → আ, khanda ta written as
  ত + ্ + ZWJ → ৎ, the legacy fonts' ন + ZWNJ + ধ → ন্ধ, a vowel sign typed twice → once;
* deletions: ZWJ, ZWNJ, zero-width space, BOM, soft hyphen, and stray spaces typed before a vowel
  sign or hasanta;
* a pipe ``|`` after Bengali text → danda ``।`` (older sites type it);
* other scripts: NFC on any base + combining-mark cluster.

``normalize(text)`` returns the normalised string and ``norm_to_orig`` (``len(norm) + 1`` ints: the
original offset of each normalised character, then ``len(text)``), or ``None`` when nothing changed
offsets.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .. import resources
from ..doc import Document
from ..options import Options
from ..pipeline import stage

_BN_LETTER = "\u0980-\u09ff"
_SIGNS = "\u0981-\u0983\u09bc\u09be-\u09cc\u09cd\u09d7"


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    """One-for-one translation table and sequence rewrites, from resources/normalize.tsv."""
    one_for_one: dict[int, str] = {}
    rewrites: dict[str, str] = {}
    for row in resources.read_tsv("normalize.tsv"):
        source = _decode(row["from"])
        target = _decode(row["to"])
        if row["kind"] == "char":
            if len(source) != 1 or len(target) != 1:
                raise ValueError(f"normalize.tsv: 'char' rows map one character to one: {row}")
            one_for_one[ord(source)] = target
        else:
            rewrites[source] = target
    return one_for_one, rewrites


def _decode(field: str) -> str:
    """TSV fields write invisible characters as U+XXXX sequences separated by spaces."""
    if field == "U+":
        return ""
    if field.startswith("U+"):
        return "".join(chr(int(part[2:], 16)) for part in field.split())
    return field


@lru_cache(maxsize=1)
def _rewritten_sequences() -> tuple[str, ...]:
    """The rewritten sequences, longest first: the order of their alternatives in the patterns."""
    _, rewrites = _tables()
    return tuple(sorted(rewrites, key=len, reverse=True))


def _present_sequences(text: str) -> tuple[str, ...]:
    """The rewritten sequences that ``text`` holds, in their order. A pattern made of only these
    finds the same matches in ``text`` as one of all: an alternative whose sequence the text does
    not hold matches nowhere in it. (Most of the sequences begin with a common letter or vowel
    sign, ত, ন, য, া, ে …: with all of them the regex engine tries the pattern at almost every
    character; with those a text holds, mostly "&apos;" or a ZWNJ, at a few.)"""
    return tuple(seq for seq in _rewritten_sequences() if seq in text)


@lru_cache(maxsize=256)
def _pattern(sequences: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """The rewrites' pattern: the rewritten sequences (all of them, or ``sequences``, in the order
    of :func:`_rewritten_sequences`), a stray space before a sign, a pipe as a danda and a base
    character with combining marks."""
    seqs = _rewritten_sequences() if sequences is None else sequences
    alternatives = [re.escape(s) for s in seqs]
    alternatives.append(rf"(?<=[{_BN_LETTER}])[ \t]+(?=[{_SIGNS}])")  # stray space before a sign
    alternatives.append(rf"(?<=[{_BN_LETTER}])\s?\|")  # pipe used as danda
    alternatives.append(r".[\u0300-\u036f]+")  # Latin etc. base + combining marks → NFC
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.S)


@lru_cache(maxsize=256)
def _plain_pattern(sequences: tuple[str, ...] | None = None) -> re.Pattern[str]:
    """:func:`_pattern` for a text without a pipe and without combining marks, where its last two
    alternatives cannot match.  Every alternative starts with a literal character (the stray-space
    look-behind is checked after the space), so the regex engine skips ahead quickly."""
    seqs = _rewritten_sequences() if sequences is None else sequences
    alternatives = [re.escape(s) for s in seqs]
    for space in (" ", "\t"):
        alternatives.append(rf"{space}(?<=[{_BN_LETTER}]{space})[ \t]*(?=[{_SIGNS}])")
    return re.compile("|".join(f"(?:{a})" for a in alternatives), re.S)


@lru_cache(maxsize=1)
def _quick() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], tuple[tuple[str, tuple[str, ...]], ...],
                      re.Pattern[str]]:
    """What any match of :func:`_pattern` must contain, for a fast "nothing to rewrite" check:
    a space, or a tab, right before a sign, one of the rewritten sequences or a pipe (or a
    combining mark, see :func:`_has_combining_mark`); and the one-for-one table's characters as
    one character class.  (Each regex starts with a character or a character class, so the regex
    engine scans for it quickly; one regex for the space and one for the tab, as a literal first
    character is found several times faster than a class of two.)  Each sequence comes with its
    characters (for one of several): a search for one character is several times faster than
    for a sequence, and a text without one of them (a nukta, a ZWJ, an ampersand) cannot hold it."""
    one_for_one, rewrites = _tables()
    needles = tuple(sorted(set(rewrites) | {"|"}, key=len, reverse=True))
    chars = "".join(re.escape(chr(c)) for c in sorted(one_for_one))
    return ((re.compile(rf" [{_SIGNS}]"), re.compile(rf"\t[{_SIGNS}]")),
            tuple((needle, tuple(dict.fromkeys(needle)) if len(needle) > 1 else ()) for needle in needles),
            re.compile(f"[{chars}][{chars}]*"))


_COMBINING_HIGH_BYTE, _COMBINING_LAST_LOW_BYTE = 0x03, 0x6F  # U+0300 to U+036F


def _has_combining_mark(text: str) -> bool:
    """Whether ``text`` holds a combining diacritic (U+0300 to U+036F).  Looked for in the text's
    UTF-16 (little-endian) bytes, where a mark is a code unit whose second byte is 0x03: a byte
    search finds those several times faster than a regex scans for the character range."""
    data = text.encode("utf-16-le", "surrogatepass")
    at = data.find(_COMBINING_HIGH_BYTE)
    while at >= 0:
        if at % 2 and data[at - 1] <= _COMBINING_LAST_LOW_BYTE:
            return True
        at = data.find(_COMBINING_HIGH_BYTE, at + 1)
    return False


def _may_rewrite(text: str) -> bool:
    """False only when :func:`_pattern` cannot match anywhere in ``text`` (a necessary condition
    checked with substring searches, which are much faster than scanning the full pattern)."""
    (space_sign, tab_sign), needles, _ = _quick()
    for needle, characters in needles:
        for ch in characters:
            if ch not in text:
                break
        else:
            if needle in text:
                return True
    return space_sign.search(text) is not None or ("\t" in text and tab_sign.search(text) is not None) \
        or _has_combining_mark(text)


def _translate(text: str) -> str:
    """``text.translate(one_for_one)``, done only on the runs of characters the table maps."""
    one_for_one, _ = _tables()
    runs = _quick()[2]
    if runs.search(text) is None:
        return text
    return runs.sub(lambda m: m.group().translate(one_for_one), text)


def _replacement(match: str) -> str:
    _, rewrites = _tables()
    if match in rewrites:
        return rewrites[match]
    if match.endswith("|"):
        return match[:-1] + "।"
    if match.strip(" \t") == "":
        return ""
    return unicodedata.normalize("NFC", match)


def normalize(text: str) -> tuple[str, list[int] | None]:
    """Normalise ``text``; return ``(norm, norm_to_orig)``.  ``norm_to_orig`` is None when every
    normalised character sits at the same offset as its original (only 1:1 replacements)."""
    current, offsets, _ = _normalize(text)
    return current, offsets


def _normalize(text: str) -> tuple[str, list[int] | None, bool]:
    """:func:`normalize`, and whether the result is a fixed point (normalising it again changes
    nothing and gives no offset map)."""
    current = _translate(text)
    offsets: list[int] | None = None
    fixed = False
    # A rewrite can create a new rewritable sequence (deleting a stray space joins ে and া), so
    # repeat until stable; two passes suffice in practice, three bound the work.
    for _ in range(3):
        rewritten = _rewrite_once(current)
        if rewritten is None:
            fixed = True
            break
        current, step = rewritten
        offsets = step if offsets is None else [offsets[i] for i in step[:-1]] + [len(text)]
    # (the one-for-one table never maps to one of its own keys, but a rewrite might produce one)
    if fixed and offsets is not None and _quick()[2].search(current) is not None:
        fixed = False
    return current, offsets, fixed


def _rewrite_once(text: str) -> tuple[str, list[int]] | None:
    if not _may_rewrite(text):
        return None
    # (of the rewritten sequences, only those the text holds: see _present_sequences)
    present = _present_sequences(text)
    pattern = _plain_pattern(present) if "|" not in text and not _has_combining_mark(text) else _pattern(present)
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        if a > last:
            pieces.append(text[last:a])
            offsets.extend(range(last, a))
        replacement = _replacement(m.group())
        if replacement:
            pieces.append(replacement)
            if len(replacement) == b - a:
                offsets.extend(range(a, b))
            else:
                # A rewritten cluster: every output character points at the cluster's start, so a
                # span never starts inside the original cluster.
                offsets.extend([a] * len(replacement))
        last = b
    pieces.append(text[last:])
    offsets.extend(range(last, len(text)))
    offsets.append(len(text))
    out = "".join(pieces)
    if out == text:
        return None
    return out, offsets


@lru_cache(maxsize=1 << 15)
def normalize_term(term: str) -> str:
    """Normalise a dictionary term exactly like running text, so lexicons and text agree
    (cached: rules are looked up by their normalised terms over and over)."""
    return normalize(term)[0].strip()


@stage("normalize", requires=("text",), assigns=("norm",))
def normalize_stage(doc: Document, options: Options) -> Document:
    doc.norm, doc.norm_to_orig, fixed = _normalize(doc.text)
    if fixed:  # later matchers that normalise their input may skip doing it again
        doc.cache["normal_norm"] = doc.norm
    return doc


def is_normal(doc: Document) -> bool:
    """True when ``doc.norm`` is known to be unchanged by :func:`normalize`."""
    return doc.norm is not None and doc.cache.get("normal_norm") is doc.norm
