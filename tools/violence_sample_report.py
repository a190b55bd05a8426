"""Violence/protest articles of the news-bdnews corpus: what ghotona emits, and a sample to judge.

    python tools/violence_sample_report.py [--corpus PATH] [--sample 20] [--seed 2026] [--chars 1500]
                                           [--list] [--json OUT.jsonl]

1. Selects the articles whose MAIN subject is violence, protest, crime, accident or disaster with a
   keyword rule over headline + article (see ``select`` below; documented there, deterministic).
2. Runs the default pipeline on them and prints aggregate statistics: articles, events per article
   (mean, median, 0/1/2/3/4+), event types, and the share of events with a location, a date
   (explicit vs. the publication-date fallback of precision 'week'), an actor, any count, a source.
3. Draws ``random.Random(seed).sample(sorted selected ids, n)`` and prints, for each sampled
   article, its id, headline, the first ``--chars`` characters of the text and every emitted event
   with its key fields, for a human coder to judge.

Article text goes to stdout only; nothing is written into the repository.  ``--json`` writes the
sampled events (no article text) to a file of your choice, e.g. under /tmp, for scoring by hand.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import unicodedata
from collections import Counter
from pathlib import Path

from ghotona.api import default_pipeline
from ghotona.inputs import InputError, record_to_document
from ghotona.options import Options

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news-bdnews" / "articles-bn.jsonl"

# --- The selection rule -------------------------------------------------------------------------
# Text is NFC-normalized and ZWJ/ZWNJ removed (the corpus mixes য় with য+nukta, ো with ে+া).
# A stem matches only at the START of a word (not preceded by a Bengali letter or sign), so
# শোকাহত, আত্মহত্যা, এগুলি, পলাশ do not count; suffixes are free (হামলায়, নিহতের, গ্রেপ্তারের …).
# মৃত্যু / মারা গেছেন are deliberately NOT stems: in this corpus (Dec 2025) they are mostly the
# natural death of Khaleda Zia and the condolence stories around it.
EVENT_STEMS = {
    # violence and crime
    "হামলা": "হামলা", "আক্রমণ": "আক্রমণ", "সংঘর্ষ": "সংঘর্ষ", "সংঘাত": "সংঘাত", "নিহত": "নিহত",
    "আহত": "আহত", "গুলি": "গুলি(?!স্তান)", "হত্যা": "হত্যা", "খুন": "খুন", "বোমা": "বোমা",
    "ককটেল": "ককটেল", "বিস্ফোরণ": "বিস্ফোরণ", "অগ্নিসংযোগ": "অগ্নিসংযোগ", "ভাঙচুর": "ভাঙচুর",
    "ছুরিকাঘাত": "ছুরিকাঘাত", "কুপিয়ে": "কুপিয়ে", "পিটিয়ে": "পিটিয়ে", "মারধর": "মারধর",
    "ধস্তাধস্তি": "ধস্তাধস্তি", "নাশকতা": "নাশকতা", "ধর্ষণ": "ধর্ষণ", "অপহরণ": "অপহরণ",
    "ছিনতাই": "ছিনতাই", "ডাকাতি": "ডাকাত", "লাশ": "লাশ",
    # protest
    "বিক্ষোভ": "বিক্ষোভ", "অবরোধ": "অবরোধ", "মানববন্ধন": "মানববন্ধন", "হরতাল": "হরতাল",
    "অনশন": "অনশন",
    # coercion
    "গ্রেপ্তার/গ্রেফতার": "গ্রে(?:প্ত|ফত)ার", "আটক": "আটক(?!া)",  # not আটকা (stuck), আটকাতে (to stop)
    # accident and disaster
    "দুর্ঘটনা": "দুর্ঘটনা", "ধাক্কা": "ধাক্কা", "লাইনচ্যুত": "লাইনচ্যুত", "অগ্নিকাণ্ড": "অগ্নিকাণ্ড",
    "আগুন": "আগুন(?!ে বোলিং)", "ঝড়": "ঝড়", "বন্যা": "বন্যা", "ভূমিকম্প": "ভূমিকম্প",
}
# Extra words that mark the main subject only when they are in the HEADLINE (in a body they are
# too common or too vague): protest words, a sit-in, a push-in, a blast heard, a pistol, a death.
HEADLINE_ONLY = {
    "প্রতিবাদ": "প্রতিবাদ", "অবস্থান": "অবস্থান", "সহিংস": "সহিংস", "ঠেলে": "ঠেলে দেওয়া",
    "বিকট শব্দ": "বিকট শব্দ", "পিস্তল": "পিস্তল", "প্রাণ গেল": "প্রাণ গে(?:ল|লো)",
    "যুদ্ধবিরতি": "যুদ্ধবিরতি",
}
LEAD_CHARS = 500  # the lead: the first 500 characters of the article
LEAD_MIN_STEMS = 2  # distinct EVENT_STEMS in the lead that make an article selected without a headline hit

_WORD_START = r"(?<![\u0980-\u09FF])"


def norm(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "").replace("\u200c", "").replace("\u200d", "")


def _compile(table: dict[str, str]) -> dict[str, re.Pattern]:
    return {k: re.compile(_WORD_START + norm(v)) for k, v in table.items()}


EVENT_RX = _compile(EVENT_STEMS)
HEADLINE_RX = {**EVENT_RX, **_compile(HEADLINE_ONLY)}


def stems_in(text: str, table: dict[str, re.Pattern]) -> set[str]:
    return {k for k, rx in table.items() if rx.search(text)}


def select(record: dict) -> tuple[bool, str]:
    """The rule: an article is a violence/protest article when
    (a) its headline contains an EVENT stem or a HEADLINE_ONLY word, or
    (b) the first LEAD_CHARS characters of its article contain at least LEAD_MIN_STEMS distinct
        EVENT stems.
    Returns (selected, why)."""
    headline = stems_in(norm(record.get("headline")), HEADLINE_RX)
    if headline:
        return True, "headline: " + ",".join(sorted(headline))
    lead = stems_in(norm(record.get("article"))[:LEAD_CHARS], EVENT_RX)
    if len(lead) >= LEAD_MIN_STEMS:
        return True, "lead: " + ",".join(sorted(lead))
    return False, ""


def mention_level_counts(records: list[dict]) -> dict[str, int]:
    """For comparison with the corpus README's 'about 114 mention violence or protest'."""
    out = {}
    for k in (1, 2, 3):
        out[f">={k} distinct stems anywhere"] = sum(
            1 for r in records
            if len(stems_in(norm(r.get("headline")) + " " + norm(r.get("article")), EVENT_RX)) >= k)
    return out


# --- Reporting ----------------------------------------------------------------------------------
def pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.0f}%)" if d else "0/0"


def count_str(c) -> str:
    if c is None:
        return "-"
    v = "?" if c.value is None else str(c.value)
    if c.high is not None:
        v += f"-{c.high}"
    return f"{v}({c.qualifier})" if c.qualifier else v


def actor_str(a) -> str:
    if a is None:
        return "-"
    return f"{a.name or a.text} [{a.sector or '?'}{'/' + a.country if a.country else ''}]"


def event_lines(e) -> list[str]:
    loc = e.location
    place = "-" if loc is None else (
        f"{loc.name or loc.text} (admin2={loc.admin2}, admin1={loc.admin1}, {loc.country}, {loc.precision})")
    date = "-" if e.date is None else (
        f"{e.date.value} ({e.date.precision}{', fallback' if e.date.text is None else ''})")
    return [
        f"  * {e.summary_en}",
        f"    type={e.event_type} mode={e.mode} acled={e.acled_event_type}/{e.acled_sub_event_type} "
        f"context={','.join(e.context) or '-'}",
        f"    actor={actor_str(e.actor)} target={actor_str(e.target)} "
        f"victims={[v.name or v.text for v in e.victims] or '-'}",
        f"    place={place}",
        f"    date={date} fatalities={count_str(e.fatalities)} injuries={count_str(e.injuries)} "
        f"arrests={count_str(e.arrests)} negated={e.negated} hedged={e.hedged} "
        f"sources={[s.name or s.text for s in e.sources] or '-'} conf={e.confidence:.2f}",
        f"    mentions(sentence idx)={[m.sentence for m in e.mentions]}",
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--sample", type=int, default=20)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--chars", type=int, default=1500)
    ap.add_argument("--list", action="store_true", help="also list every selected id, why, headline")
    ap.add_argument("--json", help="write the sampled articles' events (no article text) here")
    args = ap.parse_args()

    records = [json.loads(line) for line in open(args.corpus, encoding="utf-8") if line.strip()]
    chosen = []
    for r in records:
        ok, why = select(r)
        if ok:
            chosen.append((r, why))
    print(f"== selection: {len(chosen)} of {len(records)} articles "
          f"(headline rule {sum(1 for _, w in chosen if w.startswith('headline'))}, "
          f"lead rule {sum(1 for _, w in chosen if w.startswith('lead'))})")
    print(f"   for comparison, mention level: {mention_level_counts(records)}")
    if args.list:
        for r, why in chosen:
            print(f"   {r['id']}  [{why}]  {r.get('headline')}")

    pipe, opts = default_pipeline(), Options()
    docs = {}
    for i, (r, _) in enumerate(chosen):
        try:
            docs[r["id"]] = (r, pipe(record_to_document(r, f"{args.corpus}:{r['id']}", opts), opts))
        except InputError as exc:
            print(f"   refused {r['id']}: {exc}")
    events = [e for _, d in docs.values() for e in d.events]
    per = [len(d.events) for _, d in docs.values()]
    dist = Counter(min(n, 4) for n in per)
    n = len(events)
    print(f"\n== aggregate over {len(docs)} articles, {n} events")
    print(f"events per article: mean {statistics.mean(per):.2f}, median {statistics.median(per)}, "
          f"distribution 0:{dist[0]} 1:{dist[1]} 2:{dist[2]} 3:{dist[3]} 4+:{dist[4]}")
    print(f"event types: {dict(Counter(e.event_type for e in events).most_common())}")
    print(f"modes: {dict(Counter(f'{e.event_type}/{e.mode}' for e in events).most_common(15))}")
    explicit = sum(1 for e in events if e.date and e.date.text is not None)
    fallback = sum(1 for e in events if e.date and e.date.text is None)
    print(f"with location: {pct(sum(1 for e in events if e.location), n)}; "
          f"with admin2: {pct(sum(1 for e in events if e.location and e.location.admin2), n)}; "
          f"country BGD: {pct(sum(1 for e in events if e.location and e.location.country == 'BGD'), n)}")
    print(f"date: explicit {pct(explicit, n)}; fallback (publication date, precision "
          f"'week') {pct(fallback, n)}; none {pct(n - explicit - fallback, n)}; "
          f"precisions {dict(Counter(e.date.precision for e in events if e.date))}")
    print(f"with actor: {pct(sum(1 for e in events if e.actor), n)}; "
          f"with target: {pct(sum(1 for e in events if e.target), n)}")
    print(f"with any count: {pct(sum(1 for e in events if e.fatalities or e.injuries or e.arrests), n)} "
          f"(fatalities {sum(1 for e in events if e.fatalities)}, injuries "
          f"{sum(1 for e in events if e.injuries)}, arrests {sum(1 for e in events if e.arrests)})")
    print(f"with sources: {pct(sum(1 for e in events if e.sources), n)}; "
          f"negated {sum(e.negated for e in events)}, hedged {sum(e.hedged for e in events)}")

    ids = sorted(docs)
    sample = random.Random(args.seed).sample(ids, min(args.sample, len(ids)))
    print(f"\n== sample of {len(sample)} (random.Random({args.seed}).sample(sorted ids)): {' '.join(sample)}")
    out = open(args.json, "w", encoding="utf-8") if args.json else None
    for k, doc_id in enumerate(sample, 1):
        r, d = docs[doc_id]
        text = r.get("article") or ""
        print(f"\n##### [{k}] {doc_id}  {r.get('paper_name')}  published={r.get('publication_date')} "
              f"scraped={r.get('scraped_at')}  ({len(text)} chars, {len(d.events)} events)")
        print(f"HEADLINE: {r.get('headline')}")
        print(f"TEXT: {text[:args.chars]}{' …' if len(text) > args.chars else ''}")
        print("EVENTS:" if d.events else "EVENTS: none")
        for e in d.events:
            print("\n".join(event_lines(e)))
            if out:
                out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    if out:
        out.close()


if __name__ == "__main__":
    main()
