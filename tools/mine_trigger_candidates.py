#!/usr/bin/env python3
"""Print candidate event-trigger words mined from the shared Bengali news corpora.

For review and extension of ``src/ghotona/resources/triggers.tsv`` and its sister lexicons; the
output is for people to read, nothing is written into the repository.  Three reports:

* ``near``  – words within ``--window`` tokens of each seed (নিহত, আহত, হামলা, বিক্ষোভ, গ্রেপ্তার …),
              counted per seed, with the neighbour's rough stem;
* ``bigram`` – the seed's immediate left/right neighbour as a two-word phrase (multiword triggers
              such as ``বিমান হামলা``, ``মুখোমুখি সংঘর্ষ``, ``কুপিয়ে হত্যা`` show up here);
* ``keyness`` – stems over-represented in sentences that contain a casualty/violence seed compared
              with all other sentences (smoothed log-ratio), i.e. words that signal an event.

Each line is tab-separated: report, seed, candidate, stem, count, in_lexicon (``yes`` when the stem
or phrase is already a term in triggers.tsv / count_cues.tsv).  Text is normalised the way the
lexicons are written (composed nukta letters, ASCII digits, no ZWJ/ZWNJ) before counting.

Usage (from the repository root; the corpora live in ``../shared/data``)::

    python tools/mine_trigger_candidates.py                       # all reports, default seeds
    python tools/mine_trigger_candidates.py --report bigram --seeds হামলা,সংঘর্ষ --top 40
    python tools/mine_trigger_candidates.py --only-new --min-count 3 > /tmp/candidates.tsv

The script uses only the standard library and does not import ghotona, so it runs on a bare
checkout.  The corpora are read-only and their text must never be copied into the repository.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data"
RESOURCES = ROOT / "src" / "ghotona" / "resources"

# (file relative to the data dir, field holding the body text)
CORPORA = (
    ("news-bdnews/articles-bn.jsonl", "article"),
    ("news-ednil2020/articles-bn.jsonl", "text"),
)

DEFAULT_SEEDS = (
    "নিহত", "হত", "আহত", "জখম", "মারা", "প্রাণ", "মৃত্যু", "লাশ", "মরদেহ", "দগ্ধ", "নিখোঁজ",
    "হামলা", "আক্রমণ", "সংঘর্ষ", "গুলি", "বোমা", "বিস্ফোরণ", "হত্যা", "খুন", "আগুন",
    "বিক্ষোভ", "মিছিল", "অবরোধ", "সমাবেশ", "ধর্মঘট", "গ্রেপ্তার", "গ্রেফতার", "আটক",
    "দুর্ঘটনা", "ধাক্কা",
)

_COMPOSE = {"\u09af\u09bc": "\u09df", "\u09a1\u09bc": "\u09dc", "\u09a2\u09bc": "\u09dd"}
_DIGITS = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
_TOKEN = re.compile(r"[\u0980-\u09FF]+|[0-9]+")
_SENT = re.compile(r"[।!?\n]+|\.(?=\s)")

# A deliberately crude suffix list (longest first): enough to group হামলায়/হামলার/হামলাকে.
_SUFFIXES = sorted(
    """গুলোর গুলোকে গুলোতে গুলো গুলি দেরকে দের দেরও েরা রা কে তে য় ে র ের টি টা টির টিতে
    টিকে টার খানা ও ই ও সহ েও েই""".split(),
    key=len, reverse=True,
)
_KEEP_WHOLE = {"গুলি", "হত", "দাবি", "হাতে"}  # words whose "suffix" is part of the stem


def normalise(text: str) -> str:
    for a, b in _COMPOSE.items():
        text = text.replace(a, b)
    return text.replace("\u200c", "").replace("\u200d", "").translate(_DIGITS)


def stem(word: str) -> str:
    if word in _KEEP_WHOLE or word.startswith("গুলি"):
        return "গুলি" if word.startswith("গুলি") and len(word) <= 6 else word
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 2:
            return word[: -len(suf)]
    return word


def corpus_articles(data_dir: Path):
    """``(record, text)`` of every article of the shared corpora: the headline, if the record has one
    apart, then the body (a missing corpus file is reported and skipped)."""
    for rel, field in CORPORA:
        path = data_dir / rel
        if not path.exists():
            print(f"# missing corpus {path}", file=sys.stderr)
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                obj = json.loads(line)
                yield obj, " । ".join(filter(None, (obj.get("headline"), obj.get(field))))


def sentences(data_dir: Path):
    for _obj, text in corpus_articles(data_dir):
        for sent in _SENT.split(normalise(text)):
            toks = _TOKEN.findall(sent)
            if toks:
                yield toks


def lexicon_terms() -> set[str]:
    terms: set[str] = set()
    for name in ("triggers.tsv", "count_cues.tsv"):
        p = RESOURCES / name
        if not p.exists():
            continue
        with p.open(encoding="utf-8") as fh:
            lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
            term = (row.get("term") or "").strip()
            if term:
                terms.add(term)
                terms.add(" ".join(stem(w) for w in term.split()))
    return terms


def matches(word: str, seed: str) -> bool:
    return word == seed or stem(word) == seed or (len(seed) > 2 and word.startswith(seed) and len(word) - len(seed) <= 3)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data-dir", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seeds", default=",".join(DEFAULT_SEEDS), help="comma-separated seed words")
    ap.add_argument("--window", type=int, default=3)
    ap.add_argument("--top", type=int, default=30, help="lines per seed and report")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--report", choices=("near", "bigram", "keyness", "all"), default="all")
    ap.add_argument("--only-new", action="store_true", help="hide candidates already in the lexicons")
    args = ap.parse_args(argv)

    seeds = [s for s in (normalise(x.strip()) for x in args.seeds.split(",")) if s]
    known = lexicon_terms()
    sents = list(sentences(args.data_dir))
    if not sents:
        print("no corpus text found under", args.data_dir, file=sys.stderr)
        return 1

    near = {s: collections.Counter() for s in seeds}
    bigram = {s: collections.Counter() for s in seeds}
    in_event = collections.Counter()
    elsewhere = collections.Counter()
    for toks in sents:
        hit = False
        for i, w in enumerate(toks):
            for s in seeds:
                if not matches(w, s):
                    continue
                hit = True
                for j in range(max(0, i - args.window), min(len(toks), i + args.window + 1)):
                    if j != i and not toks[j].isdigit():
                        near[s][toks[j]] += 1
                if i > 0:
                    bigram[s][f"{toks[i - 1]} {w}"] += 1
                if i + 1 < len(toks):
                    bigram[s][f"{w} {toks[i + 1]}"] += 1
        target = in_event if hit else elsewhere
        for w in toks:
            if not w.isdigit():
                target[stem(w)] += 1

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    out.writerow(("report", "seed", "candidate", "stem", "count", "in_lexicon"))

    def emit(report, seed, cand, n):
        st = " ".join(stem(w) for w in cand.split())
        known_flag = "yes" if (cand in known or st in known) else "no"
        if args.only_new and known_flag == "yes":
            return False
        out.writerow((report, seed, cand, st, n, known_flag))
        return True

    if args.report in ("near", "all"):
        for s in seeds:
            shown = 0
            for cand, n in near[s].most_common():
                if n < args.min_count or shown >= args.top:
                    break
                shown += emit("near", s, cand, n)
    if args.report in ("bigram", "all"):
        for s in seeds:
            shown = 0
            for cand, n in bigram[s].most_common():
                if n < args.min_count or shown >= args.top:
                    break
                shown += emit("bigram", s, cand, n)
    if args.report in ("keyness", "all"):
        tot_a, tot_b = sum(in_event.values()) or 1, sum(elsewhere.values()) or 1
        scored = []
        for w, a in in_event.items():
            if a < args.min_count or len(w) < 2:
                continue
            b = elsewhere.get(w, 0)
            scored.append((math.log(((a + 0.5) / tot_a) / ((b + 0.5) / tot_b)), w, a))
        scored.sort(reverse=True)
        shown = 0
        for score, w, a in scored:
            if shown >= args.top * 5:
                break
            shown += emit("keyness", f"{score:.2f}", w, a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
