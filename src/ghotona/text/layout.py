"""Article layout: the dateline, headline and byline that printed articles carry in their text.

EDNIL-style articles begin "২৯ মাঘ ১৪০৮ মঙ্গলবার ১২ ফেব্রুয়ারি ২০০২ <headline> নিজস্ব সংবাদদাতা
মেদিনীপুর <story>", with no punctuation in between, so the segmenter sees one long sentence.  This
stage splits that head into its parts (dateline | headline | byline | first sentence of the story),
records them in ``doc.meta["layout"]`` and:

* takes the dateline date as the publication date when the document has none (``meta
  ["published_from"] = "dateline"``), so relative dates and undated events have an anchor;
* takes the byline place ("… সংবাদদাতা মেদিনীপুর", "নোয়াখালী প্রতিনিধি") as the dateline place,
  the place a local story is about unless it says otherwise.

The byline phrases are data (``resources/bylines.tsv``).
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple

from .. import resources
from ..doc import DateMention, Document, Sentence
from ..geo.gazetteer import Gazetteer
from ..options import Options
from ..pipeline import stage
from ..recognize.dates import DATELINE_CHARS, is_bengali_calendar
from ..recognize.lexicon import Lexicon
from . import morph

HEAD_CHARS = 400  # bylines and datelines sit at the top


@lru_cache(maxsize=1)
def byline_lexicon() -> Lexicon:
    return Lexicon(resources.read_tsv("bylines.tsv"), stem=False)


@lru_cache(maxsize=1)
def boilerplate_lexicon() -> Lexicon:
    return Lexicon(resources.read_tsv("boilerplate.tsv"), stem=False)


@lru_cache(maxsize=1)
def page_topic_lexicon() -> Lexicon:
    return Lexicon(resources.read_tsv("page_topics.tsv"))


#: a page reports on a topic (page_topics.tsv) when it uses this many distinct words of it, this
#: often: a match report names wickets, overs and bowlers throughout, a news story that mentions a
#: match once does not
PAGE_TOPIC_MIN_TERMS = 4
PAGE_TOPIC_PER_1000 = 5.0  # topic words per 1,000 characters of the page


def page_topic(doc: Document) -> str | None:
    """The topic the page reports on, if its words are many and dense enough (``sports``)."""
    terms: dict[str, set[str]] = {}
    hits: dict[str, int] = {}
    for m in page_topic_lexicon().find(doc):
        entry = m.entries[0]
        terms.setdefault(entry["topic"], set()).add(entry["term"])
        hits[entry["topic"]] = hits.get(entry["topic"], 0) + 1
    size = max(len(doc.text), 1)
    return next((topic for topic, found in terms.items() if len(found) >= PAGE_TOPIC_MIN_TERMS
                 and 1000 * hits[topic] / size >= PAGE_TOPIC_PER_1000), None)


#: a date written with the year noun (১৯৮১ সালের ৩০ মে) opens a sentence of prose, never a printed
#: dateline (২৯ মাঘ ১৪০৮ মঙ্গলবার ১২ ফেব্রুয়ারি ২০০২)
PROSE_YEAR_WORD = "সাল"


def _dateline_span(doc: Document):
    """The date(s) the text opens with: "২৯ মাঘ ১৪০৮ মঙ্গলবার ১২ ফেব্রুয়ারি ২০০২" is a Bengali
    calendar date then a weekday and a Gregorian date; the dateline covers them all and its value
    is the last, Gregorian one."""
    dates = doc.get("dates")
    first = None
    for i, d in enumerate(dates):
        if d.start >= DATELINE_CHARS:
            break
        if d.precision == "day" and d.value and not d.relative and doc.text[:d.start].strip() == "" \
                and PROSE_YEAR_WORD not in d.text:
            first = i
            break
        if _page_header_date(doc, dates, i):
            first = i
            break
    if first is None:
        return None
    line = dates[first]
    end, value = line.end, line.value
    for d in dates[first + 1:]:
        if doc.text[end:d.start].strip() or not d.value or d.relative:
            break  # "… ২০০০ গতকাল পাকিস্তানে": the story has begun
        end, value = d.end, d.value if d.precision == "day" else value
    return DateMention(start=line.start, end=end, text=doc.text[line.start:end], value=value,
                       precision="day", note="dateline")


#: how much text (a site's ticker: "জামায়াত-এনসিপি-এলডিপি সমঝোতা") may stand before a web page's
#: header date
HEADER_PREFIX_CHARS = 80
_SENTENCE_END = re.compile(r"[।?!]")


def _page_header_date(doc: Document, dates, i: int) -> bool:
    """A scraped page's header: a Gregorian date and a Bengali-calendar date side by side near the
    top ("… সোমবার, ২৯ ডিসেম্বর, ২০২৫ ১৪ পৌষ, ১৪৩২ বঙ্গাব্দ"), after a short text with no sentence
    end.  It dates the page, not an event of the story."""
    d = dates[i]
    if d.start > HEADER_PREFIX_CHARS or d.precision != "day" or not d.value or d.relative \
            or _SENTENCE_END.search(doc.text[:d.start]) or i + 1 >= len(dates):
        return False
    nxt = dates[i + 1]
    return (nxt.value == d.value and is_bengali_calendar(d) != is_bengali_calendar(nxt)
            and doc.text[d.end:nxt.start].strip(" ,") == "")


class PlaceSpan(NamedTuple):
    """Where a gazetteer place stands in a snippet: ``snippet[start:end]``."""

    start: int
    end: int


#: how many distinct snippets :func:`_place_spans` remembers (a few a page; bylines repeat)
PLACE_SNIPPETS_CACHED = 4096


@lru_cache(maxsize=PLACE_SNIPPETS_CACHED)
def _place_spans(snippet: str) -> tuple[PlaceSpan, ...]:
    """The spans of the places the gazetteer finds in a short snippet (the words after a byline, a
    bracketed country, a brief's first words), as :meth:`Gazetteer.find_places` orders them.
    Cached: the same bylines and towns recur page after page (over a quarter of the snippets of
    EDNIL), and each search normalises its snippet first; the gazetteer is loaded once per process,
    so an answer stays true.  Tuples, so no caller can change a cached answer."""
    return tuple(PlaceSpan(m.start, m.end) for m in Gazetteer.load().find_places(snippet))


def _place_after(doc: Document, first_token: int) -> int:
    """Index one past the tokens of the place that follows a byline (longest gazetteer match,
    else one word)."""
    tokens = doc.tokens
    if first_token >= len(tokens) or tokens[first_token].is_punct:
        return first_token
    start = tokens[first_token].start
    window_end = tokens[min(first_token + 5, len(tokens) - 1)].end
    end = start + max((m.end for m in _place_spans(doc.text[start:window_end]) if m.start == 0), default=0)
    last = first_token + 1
    while last < len(tokens) and tokens[last].end <= end:
        last += 1
    # "সংবাদসংস্থা স্পিন বোলডাক, আফগানিস্তান": place, country
    if last + 1 < len(tokens) and tokens[last].text == "," and end:
        more = _place_spans(doc.text[tokens[last + 1].start:tokens[last + 1].end + 12])
        if more and more[0].start == 0:
            last += 2
    return last + _bracketed_country(doc, last)


#: how many words a dateline's bracketed country may have ("(দক্ষিণ আফ্রিকা)")
BRACKETED_PLACE_WORDS = 3


def _bracketed_country(doc: Document, first_token: int) -> int:
    """How many tokens of a bracketed place name ("(ভেনিজুয়েলা)" in "সংবাদসংস্থা কারাকাস\n
    (ভেনিজুয়েলা)") start at ``first_token``: the dateline town's country, not the story's first
    words (0 when none)."""
    tokens = doc.tokens
    if first_token >= len(tokens) or tokens[first_token].text != "(":
        return 0
    close = next((k for k in range(first_token + 2, min(first_token + BRACKETED_PLACE_WORDS + 2, len(tokens)))
                  if tokens[k].text == ")"), None)
    if close is None:
        return 0
    start, end = tokens[first_token + 1].start, tokens[close - 1].end
    if not any(m.start == 0 and m.end >= end - start for m in _place_spans(doc.text[start:end])):
        return 0
    return close + 1 - first_token


def _layout(doc: Document, options: Options) -> Document:
    layout: dict = {}
    dateline = _dateline_span(doc)
    if dateline is not None:
        layout["dateline"] = [dateline.start, dateline.end]
        _publish_from_dateline(doc, options, dateline.value)
    tokens = doc.tokens
    cuts: list[int] = []  # original-text offsets where a new sentence starts
    if dateline is not None:
        cuts.append(dateline.end)
    briefs: list[tuple[int, int, tuple[int, int] | None, str | None]] = []
    for m in byline_lexicon().find(doc):
        first = tokens[m.first]
        if first.start > HEAD_CHARS or "byline" in layout:
            brief = _brief_byline(doc, m)
            if brief is not None:
                briefs.append(brief)
                cuts.extend(brief[:2])
            continue
        where = m.entry.get("place")
        if where == "wire":
            # "কিয়েভ, ৩০ ডিসেম্বর (এএফপি) —": a wire dateline, or else the agency named in passing
            wire = _wire_dateline(doc, m)
            if wire is None:
                continue
            (first_token, end_token), place, filed = wire
            first = tokens[first_token]
            _publish_from_dateline(doc, options, filed.value)
        elif where == "after":
            end_token, place, kind = _byline_place(doc, m)
        elif where == "before" and m.first > 0 and not tokens[m.first - 1].is_punct:
            end_token = m.last
            place = (tokens[m.first - 1].start, tokens[m.first - 1].end)
            first = tokens[m.first - 1]
        else:
            end_token = m.last
            place = None
        byline_end = tokens[end_token - 1].end
        cuts.extend([first.start, byline_end])
        layout["byline"] = [first.start, byline_end]
        layout["byline_kind"] = kind if where == "after" else m.entry.get("kind")
        if place:
            layout["dateline_place"] = list(place)
    digest = is_digest_page(doc)
    if digest:
        for brief in _town_bylines(doc, cuts):
            briefs.append(brief)
            cuts.extend(brief[:2])
    run_on = _run_on_headlines(doc, cuts) if briefs or digest else []
    cuts.extend(run_on)
    if cuts:
        _split_sentences_at(doc, sorted(set(cuts)))
        for key in ("dateline", "byline"):
            if key in layout:  # each starts a sentence of its own now
                layout[f"{key}_sentence"] = doc.sentence_index_at(layout[key][0])
        if "byline_sentence" in layout:
            # what stands between the dateline and the byline is the headline
            headline_first = layout.get("dateline_sentence", -1) + 1
            layout["headline_sentences"] = list(range(headline_first, layout["byline_sentence"]))
        _add_briefs(doc, layout, briefs)
        _add_run_on_briefs(doc, layout, run_on)
    boiler = sorted({doc.tokens[m.first].sentence for m in boilerplate_lexicon().find(doc)})
    if boiler:
        layout["boilerplate_sentences"] = boiler
    topic = page_topic(doc)
    if topic:
        layout["topic"] = topic
    doc.meta["layout"] = layout
    return doc


def _publish_from_dateline(doc: Document, options: Options, value: str) -> None:
    """A printed or an agency's dateline dates a document that came without a publication date."""
    if doc.published is None and options.published is None:
        doc.published = dt.date.fromisoformat(value)
        doc.meta["published_from"] = "dateline"


def _brief_byline(doc: Document, m) -> tuple[int, int, tuple[int, int] | None, str | None] | None:
    """A later byline of a digest page ("… । কার্সিয়াঙে ধস নিজস্ব সংবাদদাতা, শিলিগুড়ি: দু’দিন …"):
    (start, end, place span, kind).  Only bylines that name their place after them ("নিজস্ব
    সংবাদদাতা", "সংবাদসংস্থা"): a bare "প্রতিনিধি" in the body is a representative, not a byline."""
    if m.entry.get("place") != "after":
        return None
    tokens = doc.tokens
    end_token, place, kind = _byline_place(doc, m)
    if place is None:
        if end_token > m.last and tokens[end_token - 1].text in BYLINE_COLONS:  # "নিজস্ব সংবাদদাতা:"
            return tokens[m.first].start, tokens[end_token - 1].end, None, kind
        return None
    return tokens[m.first].start, tokens[end_token - 1].end, place, kind


#: what ends a byline run into its story ("নিজস্ব সংবাদদাতা, শিলিগুড়ি: দু’দিন …")
BYLINE_COLONS = (":", "ঃ")
#: what may end a wire dateline ("ঢাকা, ৩০ ডিসেম্বর (বাসস) :", "কিয়েভ, ৩০ ডিসেম্বর (এএফপি) —")
WIRE_ENDS = BYLINE_COLONS + ("—", "–", "-")
#: how many words the filing place of a wire dateline may have ("পোর্ট অব স্পেন, …")
WIRE_PLACE_WORDS = 4


def _wire_dateline(doc: Document, m):
    """A news agency's dateline at the head of a story, "<place>, <day month> (<agency>) —": the
    place it was filed from, the filing date and the agency (``bylines.tsv`` rows of place
    ``wire``). Returns ((first token, one past the last), the place's span, the filing date), or
    None when the agency is not named so (a source told in passing: "রয়টার্স জানিয়েছে")."""
    tokens = doc.tokens
    if m.first < 1 or tokens[m.first - 1].text != "(" or m.last >= len(tokens) or tokens[m.last].text != ")":
        return None
    opening = tokens[m.first - 1].start
    # (a day without its year counts as relative to the paper's date: "৩০ ডিসেম্বর")
    filed = next((d for d in doc.get("dates") if d.value and doc.text[d.end:opening].strip() == ""), None)
    if filed is None:
        return None
    comma = bisect_left(doc.token_starts(), filed.start) - 1
    if comma < 1 or tokens[comma].text != ",":
        return None
    first = comma
    while first > 0 and comma - first < WIRE_PLACE_WORDS and not tokens[first - 1].is_punct \
            and "\n" not in doc.text[tokens[first - 1].end:tokens[first].start]:
        first -= 1
    if first == comma:
        return None
    end = m.last + 1
    if end < len(tokens) and tokens[end].text in WIRE_ENDS:
        end += 1
    return (first, end), (tokens[first].start, tokens[comma - 1].end), filed


#: the kind of an agency's dateline that names its town's country in brackets ("সংবাদসংস্থা কারাকাস
#: (ভেনিজুয়েলা)"): the paper's way of filing from the scene of a story abroad, so the town is where
#: the story happened (a bare "সংবাদসংস্থা নয়াদিল্লি" names only where the agency filed from)
AGENCY_ON_SCENE = "agency_on_scene"


#: what may stand between a byline and the place it names
BYLINE_SEPARATORS = frozenset({",", "•", "·", "|"})


def _byline_place(doc: Document, m) -> tuple[int, tuple[int, int] | None, str | None]:
    """(one past the byline's last token, the span of the place it names, the byline's kind) of a
    byline that names its place after it, on a line of its own ("নিজস্ব সংবাদদাতা তমলুক") or run
    into the story after a comma and up to a colon ("নিজস্ব সংবাদদাতা, কাটোয়া: জমি নিয়ে …"); no
    place for a bare "নিজস্ব সংবাদদাতা:"."""
    tokens = doc.tokens
    kind = m.entry.get("kind")
    # ("নিজস্ব সংবাদদাতা, কাটোয়া", and as web pages set it, "নিজস্ব সংবাদদাতা • কাটোয়া")
    place_first = m.last + 1 if m.last < len(tokens) and tokens[m.last].text in BYLINE_SEPARATORS else m.last
    if place_first < len(tokens) and tokens[place_first].text in BYLINE_COLONS:
        return place_first + 1, None, kind
    end_token = _place_after(doc, place_first)
    if end_token <= place_first:
        return m.last, None, kind
    place = (tokens[place_first].start, tokens[end_token - 1].end)
    if kind == "agency" and tokens[end_token - 1].text == ")":
        kind = AGENCY_ON_SCENE
    if end_token < len(tokens) and tokens[end_token].text in BYLINE_COLONS:
        end_token += 1
    return end_token, place, kind


@lru_cache(maxsize=1)
def digest_markers() -> frozenset[str]:
    return resources.term_set("digest_markers.tsv")


#: how many characters from the top a digest page's marker may stand ("<dateline> সংক্ষেপে ..")
DIGEST_HEAD_CHARS = 200


def is_digest_page(doc: Document) -> bool:
    """A page of several short stories, by a marker word at its head (``digest_markers.tsv``)."""
    text = doc.norm if doc.norm is not None else doc.text
    head = set(text[:DIGEST_HEAD_CHARS].replace(".", " ").split())
    return not head.isdisjoint(digest_markers())


@lru_cache(maxsize=1)
def headline_words() -> frozenset[str]:
    return resources.term_set("headline_words.tsv")


#: how many words a run-on headline holds (its predicate included)
HEADLINE_WORDS = (2, 4)
#: how many words the sentence must still hold after the headline
BODY_WORDS = 5


def _after_finished_sentence(doc: Document, start: int) -> bool:
    """Whether the text before ``start``, white space aside, ends a sentence (।, ?, !)."""
    end = start - 1
    while end >= 0 and doc.text[end].isspace():
        end -= 1
    return end >= 0 and doc.text[end] in "।?!"


#: the kind of a digest brief's byline that names only its town ("… জখম ১০ বসিরহাট: …")
TOWN_BYLINE = "town"
#: how many words the headline before such a byline holds, and its town
TOWN_HEADLINE_WORDS = (2, 6)
TOWN_WORDS = 2


def _town_bylines(doc: Document, cuts: list[int]) -> list[tuple[int, int, tuple[int, int], str]]:
    """Bylines of a digest page's briefs that name only their town, run into the story after the
    brief's headline: "… । জমির দখল নিয়ে সংঘর্ষে জখম ১০ বসিরহাট: বৃহস্পতিবার সকালে …" (the town a
    gazetteer place, right before a colon; the headline two to six words after a finished sentence,
    without a verb or a comma). (start, end, place span, kind) as :func:`_brief_byline` gives."""
    tokens = doc.tokens
    taken = set(cuts)  # (a byline's end is a cut: its colon is read already)
    out = []
    for colon in BYLINE_COLONS:
        for i in doc.tokens_at_char(colon):
            if tokens[i].text != colon or tokens[i].start in taken:
                continue
            sentence = doc.sentences[tokens[i].sentence]
            # the words of its sentence before it, nearest last (a headline holds few)
            words = []
            k = i - 1
            while k >= 0 and tokens[k].sentence == tokens[i].sentence and len(words) <= TOWN_HEADLINE_WORDS[1] + TOWN_WORDS:
                if not tokens[k].is_punct:
                    words.insert(0, k)
                k -= 1
            if k >= 0 and tokens[k].sentence == tokens[i].sentence:
                continue  # a long sentence: no headline
            for n in range(1, TOWN_WORDS + 1):
                if n >= len(words):
                    break
                first = words[-n]
                name = doc.text[tokens[first].start:tokens[i - 1].end]
                found = _place_spans(name)
                head = words[:-n]
                if not (found and found[0].start == 0 and found[0].end == len(name)) \
                        or not TOWN_HEADLINE_WORDS[0] <= len(head) <= TOWN_HEADLINE_WORDS[1]:
                    continue
                if _after_finished_sentence(doc, sentence.start) \
                        and "," not in doc.text[sentence.start:tokens[first].start] \
                        and not any(_finite_verb(tokens[word]) for word in head):
                    out.append((tokens[first].start, tokens[i].end, (tokens[first].start, tokens[i - 1].end), TOWN_BYLINE))
                break
    return out


def _run_on_headlines(doc: Document, cuts: list[int]) -> list[int]:
    """Start offsets of the first sentences of digest briefs whose headline ran into them (see
    ``resources/headline_words.tsv``): "দেহ উদ্ধার | দুর্গাপুর এন টি এস থানার নবীনপল্লীতে …", "যুবক খুন |
    বন্ধুর গুলিতে নিহত হয়েছেন এক যুবক" (the body names the headline's subject again). A headline holds
    no comma ("বিক্ষোভ, ছাত্র ধর্মঘট চলার পর …" is a sentence); a sentence a byline or dateline cuts
    (``cuts``) has its headline already."""
    predicates = headline_words()
    date_starts = {d.start for d in doc.get("dates")}
    date_spans = [(d.start, d.end) for d in doc.get("dates")]
    by_sentence: dict[int, list] = {}
    # (the tokens come sentence by sentence: a sentence's list is looked up when the sentence
    # changes, not made and thrown away for every token)
    current_sentence, current = None, []
    for tok in doc.tokens:
        if not tok.is_punct:
            if tok.sentence != current_sentence:
                current_sentence = tok.sentence
                current = by_sentence.setdefault(current_sentence, [])
            current.append(tok)
    starts = []
    ordered_cuts = sorted(cuts)
    for index, sent in enumerate(doc.sentences):
        if index == 0 or not _after_finished_sentence(doc, sent.start):
            continue  # a headline follows a finished sentence
        first_cut = bisect_right(ordered_cuts, sent.start)  # (the first cut after the start: inside?)
        if first_cut < len(ordered_cuts) and ordered_cuts[first_cut] < sent.end:
            continue
        words = by_sentence.get(index, [])
        for k in range(HEADLINE_WORDS[0] - 1, HEADLINE_WORDS[1]):
            if k + 1 >= len(words):
                break
            tok = words[k]
            if (tok.norm or tok.text) not in predicates and not (tok.stem in predicates and not tok.suffixes):
                continue
            body = k + 2 if words[k + 1].text[0] in "0123456789০১২৩৪৫৬৭৮৯" else k + 1
            head = words[:k]
            if len(words) - body < BODY_WORDS or "," in doc.text[sent.start:tok.start] or any(
                    _finite_verb(t) or any(a <= t.start < b for a, b in date_spans) for t in head):
                break
            first = words[body]
            place = _place_spans(doc.text[first.start:first.start + 40])
            # the body tells the headline's subject again ("যুবক খুন | বন্ধুর গুলিতে নিহত হয়েছেন এক যুবক",
            # "স্ত্রীকে কুপিয়ে আত্মঘাতী | বচসার জেরে স্ত্রীকে প্রথমে কুড়ুল দিয়ে …")
            nouns = {t.stem or t.norm for t in head if not morph.is_verb(t.norm or t.text)}
            restated = bool(nouns) and any((t.stem or t.norm) in nouns for t in words[body + 1:]) \
                or _restates_count(doc, head, words[body].start, sent.end)
            if first.start in date_starts or place and place[0].start == 0 or restated:
                starts.append(first.start)
            break
    return starts


def _restates_count(doc: Document, head: list, body_start: int, body_end: int) -> bool:
    """The body gives the headline's count again ("৪ ছিনতাইবাজ ধৃত | … চার জন ধরা পড়েছে")."""
    if not head:
        return False
    in_head = {n.value for n in doc.get("numbers") if head[0].start <= n.start < head[-1].end and n.value is not None}
    return bool(in_head) and any(n.value in in_head for n in doc.get("numbers") if body_start <= n.start < body_end)


#: the ending of a conjunctive participle (কুপিয়ে, পিটিয়ে, মেরে): a headline may hold one ("স্ত্রীকে কুপিয়ে
#: আত্মঘাতী"), not a finite verb; -ছে and -বে end finite ones (করেছে, হয়েছে, আছে, হবে)
PARTICIPLE_ENDING = "ে"
FINITE_ENDINGS = ("ছে", "বে")


def _finite_verb(token) -> bool:
    word = token.norm or token.text
    return morph.is_verb(word) and (not word.endswith(PARTICIPLE_ENDING) or word.endswith(FINITE_ENDINGS))


def _add_briefs(doc: Document, layout: dict, briefs: list) -> None:
    """Each later byline opens a brief: the words before it in its sentence are the brief's
    headline, its place is where the brief's events happened unless they say otherwise."""
    sections = []
    headlines = layout.setdefault("headline_sentences", [])
    for start, end, place, kind in briefs:
        byline_sentence = doc.sentence_index_at(start)
        first = byline_sentence
        # the brief's headline: what stands between the previous sentence end and the byline
        previous = doc.sentences[byline_sentence - 1] if byline_sentence > 0 else None
        if previous is not None and not doc.text[previous.end:start].strip() \
                and not previous.text.endswith(("।", "?", "!", "’", "”", "'", '"')):
            first = byline_sentence - 1
            headlines.append(first)
        sections.append({"first_sentence": first, "byline_sentence": byline_sentence,
                         "place": list(place) if place else None, "kind": kind, "byline": [start, end]})
    if sections:
        layout["briefs"] = sections


def _add_run_on_briefs(doc: Document, layout: dict, body_starts: list[int]) -> None:
    """A brief without a byline whose headline ran into its first sentence: the headline (now a
    sentence of its own) opens it."""
    if not body_starts:
        return
    briefs = layout.setdefault("briefs", [])
    headlines = layout.setdefault("headline_sentences", [])
    for start in body_starts:
        first = doc.sentence_index_at(start) - 1
        headlines.append(first)
        briefs.append({"first_sentence": first, "byline_sentence": None, "place": None, "kind": None})
    briefs.sort(key=lambda b: b["first_sentence"])
    headlines.sort()


def _split_sentences_at(doc: Document, cuts: list[int]) -> None:
    new: list[Sentence] = []
    text = doc.text
    for sent in doc.sentences:
        inner = cuts[bisect_right(cuts, sent.start):bisect_left(cuts, sent.end)]
        if not inner and sent.end > sent.start and not text[sent.start].isspace() and not text[sent.end - 1].isspace():
            new.append(sent)  # (most sentences: no cut inside and already trimmed)
            continue
        pieces = [sent.start] + inner + [sent.end]
        for a, b in zip(pieces, pieces[1:]):
            # trim spaces
            while a < b and doc.text[a].isspace():
                a += 1
            while b > a and doc.text[b - 1].isspace():
                b -= 1
            if b > a:
                new.append(Sentence(start=a, end=b, text=doc.text[a:b]))
    if len(new) == len(doc.sentences):
        return
    doc.layers["sentences"] = new
    doc.renumber_token_sentences()


layout_stage = stage("layout", requires=("sentences", "tokens", "dates"), assigns=("layout",))(_layout)
