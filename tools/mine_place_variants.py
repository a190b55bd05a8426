#!/usr/bin/env python3
"""Print press spellings of gazetteer places that the gazetteer does not know, mined from the corpora.

Bengali papers spell the same place several ways (ধনেখালি / ধনিয়াখালি, শীতলখুচি / শীতলকুচি,
কির্কূক / কিরকুক, ক্লিভল্যাণ্ড / ক্লেভিল্যান্ড).  The build already generates the regular
alternations (ই/ঈ, ন/ণ, ং/ঙ …, see ``spelling_variants`` in tools/build_gazetteer.py); this script
finds the irregular ones that occur in the news:

1. every Bengali alias of a place is reduced to a *consonant skeleton* (vowel signs, য়, hasant and
   candrabindu dropped; aspirated consonants, sibilants, ন/ণ, জ/য, ড়/র folded together);
2. every word of the corpora, with and without each place-name inflection (-এ, -র, -য় …), that is
   not a known alias and not a dictionary word, and that shares a skeleton with an alias, is a
   candidate;
3. candidates are printed with how often they occur, how often in a place context (before a place
   unit word such as গ্রামে / থানার / ব্লকের, or after a reporter's byline), the string similarity
   to the alias (rapidfuzz ratio) and one context.

Nothing is written into the repository: a person reads the list and copies the right pairs into
``resources/gazetteer/manual_aliases.tsv`` (kind ``variant``), then runs tools/build_gazetteer.py.
Articles of the gold **test** split are skipped (they are never used to build resources).

Usage (from the repository root; the corpora live in ``../shared/data``)::

    python tools/mine_place_variants.py                     # candidates in BGD and IND, place context >= 1
    python tools/mine_place_variants.py --countries '*' --min-context 0 --min-ratio 60
"""
from __future__ import annotations

import argparse
import collections
import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
from rapidfuzz import fuzz  # noqa: E402

from ghotona import resources  # noqa: E402
from ghotona.geo.gazetteer import SUFFIXES, fold_spelling, normalize_alias  # noqa: E402
from ghotona.text.normalize import normalize  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mine_trigger_candidates import corpus_articles  # noqa: E402  (one reader of the corpora)

DEFAULT_DATA = ROOT.parent / "shared" / "data"

# Words that follow a place name in running text (their stems; any inflection may follow).
PLACE_UNITS = ("গ্রাম", "থানা", "ব্লক", "এলাকা", "পুরসভা", "মহকুমা", "জেলা", "উপজেলা", "বাজার", "মোড়",
               "শহর", "স্টেশন", "ইউনিয়ন", "পঞ্চায়েত", "হাট", "পাড়া", "প্রদেশ", "রাজ্য")
BYLINE_WORDS = ("সংবাদদাতা", "প্রতিনিধি", "রিপোর্টার")

_FOLD = str.maketrans({
    "ঈ": "ই", "ঊ": "উ", "ণ": "ন", "ষ": "স", "শ": "স", "য": "জ", "\u09dd": "র", "\u09dc": "র", "ং": "ঙ", "ৎ": "ত",
    "খ": "ক", "ঘ": "গ", "ছ": "চ", "ঝ": "জ", "ঠ": "ট", "ঢ": "ড", "থ": "ত", "ধ": "দ", "ফ": "প", "ভ": "ব",
    "আ": "অ", "ই": "অ", "উ": "অ", "এ": "অ", "ঐ": "অ", "ও": "অ", "ঔ": "অ", "ঋ": "অ",
})
_DROP = re.compile("[\u09be-\u09cc\u09d7\u09cd\u0981\u09df\u200c\u200d ]")  # vowel signs, hasant, ঁ, য়, ZW*, space
_BN_WORD = re.compile(r"[\u0980-\u09ff]+")


def skeleton(word: str) -> str:
    """The consonant skeleton of a Bengali word (see the module docstring)."""
    return _DROP.sub("", normalize(word)[0].translate(_FOLD))


def alias_index(countries: set[str] | None) -> tuple[dict[str, list[tuple[str, str]]], set[str]]:
    """skeleton -> [(alias, place_id)] for the Bengali aliases of places in ``countries``, and the
    set of every known alias key (any country)."""
    places = {p["id"]: p for p in resources.iter_tsv("gazetteer/places.tsv")}
    by_skeleton: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
    known: set[str] = set()
    for row in resources.iter_tsv("gazetteer/aliases.tsv"):
        alias = row["alias"]
        if not _BN_WORD.search(alias):
            continue
        known.add(fold_spelling(normalize_alias(alias)))
        place = places.get(row["place_id"])
        if place is None or (countries and place["country"] not in countries):
            continue
        sk = skeleton(alias)
        if len(sk) >= 3:
            by_skeleton[sk].append((alias, row["place_id"]))
    return by_skeleton, known


def test_articles(articles_tsv: Path) -> set[str]:
    if not articles_tsv.exists():
        return set()
    with articles_tsv.open(encoding="utf-8") as f:
        return {r["doc_id"] for r in csv.DictReader(f, delimiter="\t") if r["split"] == "test"}


def corpus_texts(data: Path, skip: set[str]):
    """The normalised text of every corpus article outside ``skip``."""
    for rec, text in corpus_articles(data):
        doc_id = str(rec.get("id", ""))
        if doc_id in skip or doc_id.removesuffix(".utf8") in skip:
            continue
        yield normalize(text)[0]


def stems(word: str) -> list[str]:
    """``word`` and ``word`` without each place-name inflection it ends in."""
    return [word] + [word[: -len(suffix)] for suffix in SUFFIXES
                     if word.endswith(suffix) and len(word) - len(suffix) >= 3]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    ap.add_argument("--countries", default="BGD,IND", help="comma-separated ISO3 codes, or * for all")
    ap.add_argument("--min-context", type=int, default=1, help="least occurrences in a place context")
    ap.add_argument("--min-ratio", type=float, default=70.0, help="least rapidfuzz ratio to the alias")
    args = ap.parse_args(argv)

    countries = None if args.countries == "*" else set(args.countries.split(","))
    by_skeleton, known = alias_index(countries)
    dictionary = resources.term_set("dictionary_words.tsv")
    skip = test_articles(ROOT / "gold" / "articles.tsv")

    seen = collections.Counter()
    in_context = collections.Counter()
    example: dict[str, str] = {}
    matches: dict[str, set[tuple[str, str]]] = collections.defaultdict(set)
    for text in corpus_texts(args.data, skip):
        words = [(m.group(0), m.start(), m.end()) for m in _BN_WORD.finditer(text)]
        for i, (word, start, end) in enumerate(words):
            nxt = words[i + 1][0] if i + 1 < len(words) else ""
            prev = words[i - 1][0] if i else ""
            placey = nxt.startswith(PLACE_UNITS) or prev.startswith(BYLINE_WORDS)
            forms = stems(word)
            if any(stem in dictionary or fold_spelling(normalize_alias(stem)) in known for stem in forms):
                continue  # a known name (or word) with some inflection: not a new spelling
            for stem in reversed(forms):  # the bare stem first: a skeleton ignores a case ending
                hits = by_skeleton.get(skeleton(stem))
                good = {(a, p) for a, p in hits or () if fuzz.ratio(stem, a) >= args.min_ratio}
                if not good:
                    continue
                seen[stem] += 1
                in_context[stem] += placey
                matches[stem] |= good
                example.setdefault(stem, text[max(0, start - 40):end + 40].replace("\n", " "))
                break
    rows = sorted((s for s in seen if in_context[s] >= args.min_context),
                  key=lambda s: (-in_context[s], -seen[s], s))
    print("candidate\tcount\tin_place_context\talias\tplace_id\tratio\tcontext")
    for s in rows:
        for alias, place_id in sorted(matches[s]):
            print(f"{s}\t{seen[s]}\t{in_context[s]}\t{alias}\t{place_id}\t{fuzz.ratio(s, alias):.0f}\t{example[s]}")
    print(f"{len(rows)} candidates", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
