"""Bengali → Latin romanisation for matching place names that the gazetteer knows only in Latin
script (ইরবিল → irbil ≈ Erbil, কেরমান → kerman, খান ইউনিস → khan iunis ≈ Khan Yunis).

Not a transliteration standard: a lossy, table-driven key that brings a Bengali spelling of a
foreign name close to its English spelling — inherent vowel 'a' after a consonant unless a vowel
sign, hasanta or the word's end follows, or it closes a syllable; aspirates as 'h' digraphs; ব after a consonant as 'w'
dropped (স্ব → s); ya-phala as 'y'. The table is data: ``resources/romanize.tsv``. Written by the
project (no GPL transliterators such as unidecode or aksharamukha).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import resources

HASANTA = "\u09cd"


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    consonants: dict[str, str] = {}
    vowels: dict[str, str] = {}
    signs: dict[str, str] = {}
    for row in resources.read_tsv("romanize.tsv"):
        target = {"consonant": consonants, "vowel": vowels, "sign": signs}[row["kind"]]
        target[row["bengali"]] = row["latin"]
    return consonants, vowels, signs


@lru_cache(maxsize=65536)
def romanize(text: str) -> str:
    """A lowercase ASCII key for ``text`` (normalised Bengali); other characters pass through
    lower-cased, so Latin names can be compared with the same function."""
    consonants, vowels, signs = _table()
    out: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch in consonants:
            prev = text[i - 1] if i else ""
            latin = consonants[ch]
            if ch == "ব" and prev == HASANTA:
                latin = ""  # স্ব, দ্ব: the ব-phala is silent in most names
            elif ch == "য" and prev == HASANTA:
                latin = "y"
            out.append(latin)
            nxt = text[i + 1] if i + 1 < n else ""
            if nxt and (nxt in signs or nxt == HASANTA):
                continue
            # The inherent vowel: dropped at the end of a word and closing a syllable after a vowel
            # (ইর-বিল → irbil, তেহ-রান → tehran); kept after a word's first consonant (মসুল).
            if nxt and ("\u0980" <= nxt <= "\u09ff") and nxt not in vowels:
                closes_syllable = (prev in vowels or prev in signs) and nxt in consonants
                if not closes_syllable:
                    out.append("a")
        elif ch in vowels:
            out.append(vowels[ch])
        elif ch in signs:
            out.append(signs[ch])
        elif ch == HASANTA or ch in "\u0981\u0982\u0983\u09bc":
            if ch == "\u0982":
                out.append("ng")
        else:
            out.append(ch.lower())
    return "".join(out)


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in resources.read_tsv("romanize_folds.tsv"))


@lru_cache(maxsize=65536)
def sound_key(key: str) -> str:
    """A coarser key for a romanised Bengali name or a lowercase English one, by the spelling folds
    of ``resources/romanize_folds.tsv`` (o as a, c as k or s, no aspirates, no doubled letters):
    কটনু "katanu" and Cotonou meet at "katanu"."""
    for pattern, replacement in _folds():
        key = pattern.sub(replacement, key)
    return key
