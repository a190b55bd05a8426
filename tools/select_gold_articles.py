"""Choose the articles of the gold set, reproducibly, and assign each to dev or test.

    python tools/select_gold_articles.py > gold/articles.tsv

The pool is chosen with a fixed keyword rule that does not use ghotona's own lexicons (so the
gold set is not biased toward what the extractor already finds): an article is a candidate for a
category when its headline or first 600 characters match the category's keywords (from the
eighth training batch on, when those pools were used up: anywhere in the text, "attack-anywhere"). From each corpus
a seeded random sample is drawn per category (quotas below), without repeats, skipping articles
shorter than 150 or longer than 6,000 characters (annotation effort; a late batch takes the long pages). Articles the developers read while writing tests
(tests/test_events_corpus.py) are forced into dev; of the rest, a seeded third goes to test.
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SEED = 20261125

CATEGORIES = {
    "attack": r"হামলা|বোমা|বিস্ফোরণ|গুলি|ক্ষেপণাস্ত্র|গোলা|ককটেল|গ্রেনেড|হানা",
    "clash": r"সংঘর্ষ|সংঘাত|মারামারি|দাঙ্গা|গণপিটুনি|ধাওয়া",
    "murder": r"হত্যা|খুন|কুপিয়ে|লাশ|মরদেহ|অপহরণ|ধর্ষণ",
    "protest": r"বিক্ষোভ|মিছিল|মানববন্ধন|অবরোধ|হরতাল|ধর্মঘট|অনশন|ঘেরাও|সমাবেশ|বনধ",
    "arrest": r"গ্রেপ্তার|গ্রেফতার|আটক|ধৃত|রিমান্ড|কারফিউ|১৪৪ ধারা",
    "accident": r"দুর্ঘটনা|বাসচাপা|ট্রাকচাপা|লঞ্চডুবি|নৌকাডুবি|অগ্নিকাণ্ড|আগুন|বিদ্যুৎস্পৃষ্ট|ট্রেনের ধাক্কা",
    "disaster": r"বন্যা|ঘূর্ণিঝড়|ভূমিকম্প|ভূকম্প|বজ্রপাত|শৈত্যপ্রবাহ|ভূমিধস|পাহাড় ধস|জলোচ্ছ্বাস|খরা",
}
#: not a keyword category: once the keyword pools are empty, a random sample of every article left
#: (general news, mostly without a scored event: it measures false alarms where nobody expects events)
ANY_ARTICLE = "any"
QUOTAS = {
    "news-bdnews": {"attack": 8, "clash": 5, "murder": 8, "protest": 9, "arrest": 6, "accident": 4, "disaster": 3},
    "news-ednil2020": {"attack": 6, "clash": 4, "murder": 5, "protest": 3, "arrest": 3, "accident": 6, "disaster": 3},
}
# The training split (for learned components and rule work beside dev), drawn after dev/test in
# batches, each with its own seeded generator so that earlier rows stay as they were first drawn.
#: the article length range a batch draws from (characters): the usual one, and the long digest pages
USUAL_LENGTH = (150, 6000)
LONG_PAGES = (6001, 12000)
LONGEST_PAGES = (12001, 30000)
TRAIN_BATCHES: list[tuple] = [
    (20261126, {  # the first training split
        "news-bdnews": {"attack": 5, "clash": 3, "murder": 5, "protest": 5, "arrest": 3, "accident": 2, "disaster": 1},
        "news-ednil2020": {"attack": 3, "clash": 2, "murder": 3, "protest": 2, "arrest": 2, "accident": 3, "disaster": 1},
    }),
    (20261127, {  # a second batch
        "news-bdnews": {"attack": 3, "clash": 2, "murder": 3, "protest": 3, "arrest": 2, "accident": 1, "disaster": 1},
        "news-ednil2020": {"attack": 3, "clash": 2, "murder": 3, "protest": 2, "arrest": 2, "accident": 2, "disaster": 1},
    }),
    (20261128, {  # session 4: more training events for the learned event confidence
        "news-bdnews": {"attack": 2, "clash": 2, "murder": 2, "protest": 2, "arrest": 2, "accident": 1, "disaster": 1},
        "news-ednil2020": {"attack": 2, "clash": 2, "murder": 2, "protest": 2, "arrest": 1, "accident": 2, "disaster": 1},
    }),
    (20261129, {  # session 5: the bdnews pool is nearly used up, so mostly EDNIL
        "news-bdnews": {"attack": 1, "clash": 1, "murder": 1, "protest": 1, "arrest": 1},
        "news-ednil2020": {"attack": 4, "clash": 3, "murder": 3, "protest": 4, "arrest": 3, "accident": 4, "disaster": 3},
    }),
    (20261130, {  # session 5, later: a fresh check of the session's changes
        "news-ednil2020": {"attack": 5, "clash": 3, "murder": 4, "protest": 3, "arrest": 3, "accident": 4, "disaster": 2},
    }),
    (20261131, {  # session 5, later still: what the keyword pools have left
        "news-ednil2020": {"attack": 10, "clash": 2, "accident": 5, "disaster": 3},
    }),
    (20261201, {  # session 6: a fresh batch, scored before any choice made this session (the clash pool is empty; accident and disaster had one each left)
        "news-ednil2020": {"attack": 14, "clash": 2, "accident": 3, "disaster": 2},
    }),
    (20261202, {  # session 6, later: the opening-keyword pools are empty, so keywords anywhere in the text
        "news-ednil2020": {"attack-anywhere": 8, "murder-anywhere": 2, "protest-anywhere": 2, "arrest-anywhere": 2},
        "news-bdnews": {"attack-anywhere": 3, "murder-anywhere": 2, "protest-anywhere": 2, "accident-anywhere": 1},
    }),
    (20261203, {  # session 6, at the end: a last fresh check, drawn before it is read
        "news-ednil2020": {"attack-anywhere": 8, "clash-anywhere": 2, "accident-anywhere": 2, "arrest-anywhere": 2,
                           "disaster-anywhere": 1},
        "news-bdnews": {"clash-anywhere": 2, "murder-anywhere": 2, "protest-anywhere": 2, "arrest-anywhere": 2},
    }),
    (20261204, {  # session 7: every article the keyword pools have left (quotas above the pool sizes), scored before it is read
        corpus: {f"{category}-anywhere": 99 for category in CATEGORIES}
        for corpus in ("news-ednil2020", "news-bdnews")
    }),
    (20261205, {  # session 7, later: the long digest pages (6,000-12,000 characters) left out so far
        "news-ednil2020": {f"{category}-anywhere": 99 for category in CATEGORIES},
    }, LONG_PAGES),
    (20261206, {  # session 8: a random sample of the bdnews articles no keyword pool holds, scored before it is read
        "news-bdnews": {ANY_ARTICLE: 30},
    }),
    (20261207, {  # session 8, later: the long bdnews pages (6,000-12,000 characters; the test split's weak genre), scored before they are read
        "news-bdnews": {"attack-anywhere": 3, "clash-anywhere": 2, "murder-anywhere": 2, "protest-anywhere": 2,
                        "arrest-anywhere": 1, "accident-anywhere": 1, "disaster-anywhere": 1},
    }, LONG_PAGES),
    (20261208, {  # session 8, at the end: the rest of the long bdnews pages, annotated at once and scored only with the session's last commit
        "news-bdnews": {f"{category}-anywhere": 99 for category in CATEGORIES},
    }, LONG_PAGES),
    (20261209, {  # session 8, last: the longest bdnews pages (12,000-30,000 characters), scored before they are read
        "news-bdnews": {"attack-anywhere": 3, "clash-anywhere": 2, "murder-anywhere": 2, "protest-anywhere": 2,
                        "arrest-anywhere": 1, "accident-anywhere": 1, "disaster-anywhere": 1},
    }, LONGEST_PAGES),
    (20261210, {  # session 9: every EDNIL article left (17), those read for early tests included; scored before the gold was read
        "news-ednil2020": {ANY_ARTICLE: 99},
    }, USUAL_LENGTH, "with_seen"),
    (20261211, {  # session 9, later: the rest of the longest bdnews pages (8), scored before the gold was read (not fresh: the session had read ghotona's events on some)
        "news-bdnews": {f"{category}-anywhere": 99 for category in CATEGORIES},
    }, LONGEST_PAGES),
    (20261212, {  # session 10: a second random sample of the bdnews articles no keyword pool holds (general news: false alarms), scored before it is read
        "news-bdnews": {ANY_ARTICLE: 24},
    }),
]
SEEN_IN_TESTS = {
    "bdn-df60006d04", "bdn-cb9bcca948", "bdn-b25d4c7677", "bdn-7aeabb34a5", "1010114_14bdesh4.utf8",
    "1030404_4bdesh10", "1030307_7bdesh5", "1031206_6bdesh5", "1020212_12raj7", "1020321_21raj9",
    "1020416_16raj11", "1020131_31raj6", "1020413_13raj1", "1030225_25bdesh5", "1021230_30raj10",
}


def _draw(rows: list[dict], quotas: dict[str, int], taken: set[str],
          rng: random.Random, length: tuple[int, int] = USUAL_LENGTH) -> list[tuple[str, str]]:
    """A seeded sample per category from the articles that match its keywords, without repeats."""
    chosen: list[tuple[str, str]] = []
    for category, quota in quotas.items():
        # "attack-anywhere": the attack keywords anywhere in the text, not only in its opening
        base, _, where = category.partition("-")
        rx = re.compile(r"." if base == ANY_ARTICLE else CATEGORIES[base])
        reach = None if where == "anywhere" else 600
        pool = [r["id"] for r in rows
                if length[0] <= len(r.get("article") or r.get("text") or "") <= length[1] and r["id"] not in taken
                and rx.search((r.get("headline") or "") + " " + (r.get("article") or r.get("text") or "")[:reach])]
        pool.sort()
        pick = rng.sample(pool, min(quota, len(pool)))
        taken.update(pick)
        chosen.extend((doc_id, category) for doc_id in pick)
    return chosen


def main() -> None:
    rng = random.Random(SEED)
    gold_taken: dict[str, set[str]] = {}
    dev_test: dict[str, set[str]] = {}
    rows = {corpus: [json.loads(line) for line in (SHARED / corpus / "articles-bn.jsonl").open(encoding="utf-8")]
            for corpus in QUOTAS}
    print("doc_id\tcorpus\tcategory\tsplit")
    for corpus, quotas in QUOTAS.items():
        chosen = _draw(rows[corpus], quotas, set(), rng)
        free = [c for c in chosen if c[0] not in SEEN_IN_TESTS]
        test = set(d for d, _ in rng.sample(free, len(chosen) // 3))
        for doc_id, category in chosen:
            print(f"{doc_id}\t{corpus}\t{category}\t{'test' if doc_id in test else 'dev'}")
        gold_taken[corpus] = {d for d, _ in chosen} | SEEN_IN_TESTS
        dev_test[corpus] = {d for d, _ in chosen}
    # Same pool rule, never an article of dev or test nor of an earlier batch; an article read while
    # writing tests only in a batch marked "with_seen".
    for seed, batch, *rest in TRAIN_BATCHES:
        train_rng = random.Random(seed)
        length = rest[0] if rest else USUAL_LENGTH
        with_seen = "with_seen" in rest[1:]
        for corpus, quotas in batch.items():
            taken = gold_taken[corpus]
            if with_seen:
                unread = SEEN_IN_TESTS - dev_test[corpus]
                taken.difference_update(unread)
            for doc_id, category in _draw(rows[corpus], quotas, taken, train_rng, length):
                print(f"{doc_id}\t{corpus}\t{category}\ttrain")


if __name__ == "__main__":
    main()
