"""Tests for the Bengali numbers recogniser (ghotona.recognize.numbers)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from ghotona import resources
from ghotona.doc import Document, NumberMention
from ghotona.options import Options
from ghotona.recognize.numbers import NumberMatch, find_numbers, numbers_stage, parse_number_words

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def only(text: str) -> NumberMatch:
    found = find_numbers(text)
    assert len(found) == 1, [(text[m.start:m.end], m) for m in found]
    return found[0]


def surface(text: str, m: NumberMatch) -> str:
    return text[m.start:m.end]


# --- digits -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("১২৩", 123),
        ("84", 84),
        ("১,২০০", 1200),
        ("1,20,000", 120000),
        ("১২,৩৪,৫৬৭", 1234567),
        ("1,200,000", 1200000),
        ("২.৫", 2.5),
        ("২ দশমিক ৫", 2.5),
        ("০", 0),
    ],
)
def test_digits(text, value):
    m = only(text)
    assert (m.start, m.end) == (0, len(text))
    assert m.value == value and m.qualifier == "exact" and m.classifier is None


@pytest.mark.parametrize("text", ["১২৩ জন আহত", "২০২৪ সালে", "1,20,000 টাকা", "৩.৫ কোটি টাকা"])
def test_bengali_and_ascii_digits_agree(text):
    ascii_text = text.translate(str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789"))
    a, b = find_numbers(text), find_numbers(ascii_text)
    assert [(m.start, m.end, m.value) for m in a] == [(m.start, m.end, m.value) for m in b]


# --- words, multipliers, fractions ------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value",
    [
        ("তিন", 3),
        ("পাঁচ", 5),
        ("ন’হাজার", 9000),   # ন, ছ elided before a multiplier (probe WB3-02: "প্রায় ন’হাজার মানুষ")
        ("ছ’শো", 600),
        ("এগারো", 11),
        ("এগার", 11),
        ("চৌদ্দ", 14),
        ("চোদ্দ", 14),
        ("বিশ", 20),
        ("কুড়ি", 20),
        ("পঁচিশ", 25),
        ("ছাব্বিশ", 26),
        ("তিরিশ", 30),
        ("পঁয়ত্রিশ", 35),
        ("পঁয়তাল্লিশ", 45),
        ("পঁয়ষট্টি", 65),
        ("চুরাশি", 84),
        ("নিরানব্বই", 99),
        ("একশ", 100),
        ("একশো", 100),
        ("দুই হাজার পাঁচশ", 2500),
        ("১০ হাজার", 10000),
        ("২ লাখ", 200000),
        ("দুই লক্ষ", 200000),
        ("৩.৫ কোটি", 35000000),
        ("১ লাখ ২০ হাজার", 120000),
        ("1 হাজার 174", 1174),
        ("দুই হাজার পাঁচ", 2005),
        ("১০ হাজার কোটি", 100000000000),
        ("সাড়ে তিন হাজার", 3500),
        ("সাড়ে ৩ হাজার", 3500),
        ("সাড়ে তিনশো", 350),
        ("দেড় হাজার", 1500),
        ("দেড়শ", 150),
        ("আড়াই", 2.5),
        ("আড়াইশ", 250),
        ("আড়াই লাখ", 250000),
        ("সোয়া দুই লাখ", 225000),
        ("পৌনে দুই", 1.75),
        ("তিনশত", 300),
        ("দুশো", 200),
        ("দুই ডজন", 24),
        ("২ বিলিয়ন", 2000000000),
    ],
)
def test_number_words_and_multipliers(text, value):
    m = only(text)
    assert surface(text, m) == text
    assert m.value == value
    assert parse_number_words(text) == value


def _word_rows():
    return [r for r in resources.read_tsv("number_words.tsv") if r["kind"] == "num"]


def test_tsv_covers_every_number_0_to_100():
    values = {float(r["value"]) for r in _word_rows()}
    assert set(range(0, 101)) <= values


@pytest.mark.parametrize("row", _word_rows(), ids=lambda r: r["word"])
def test_every_tsv_number_word_with_classifier(row):
    # Every word, even the ambiguous ones (এক, নয়, বার, ছ), is a number before a classifier.
    text = f"{row['word']} জন"
    m = only(text)
    assert surface(text, m) == text
    assert m.value == float(row["value"]) and m.classifier == "জন"


# --- classifiers ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, classifier",
    [
        ("চারজন", 4, "জন"),
        ("তিনটি", 3, "টি"),
        ("দুটি", 2, "টি"),
        ("দুটো", 2, "টা"),
        ("দু'জন", 2, "জন"),
        ("একটি", 1, "টি"),
        ("একজন", 1, "জন"),
        ("১০টি", 10, "টি"),
        ("২০ জন", 20, "জন"),
        ("পাঁচ জনের", 5, "জন"),
        ("দুজনকে", 2, "জন"),
        ("চারজনসহ", 4, "জন"),
        ("তিনটির", 3, "টি"),
        ("১২টায়", 12, "টা"),
        ("দুখানা", 2, "খানা"),
        ("বার জন", 12, "জন"),
        ("নয়টি", 9, "টি"),
    ],
)
def test_classifiers(text, value, classifier):
    m = only(text)
    assert surface(text, m) == text
    assert (m.value, m.classifier) == (value, classifier)


# --- qualifiers -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, value, qualifier",
    [
        ("কমপক্ষে ৫০ জন", 50, "at_least"),
        ("অন্তত চল্লিশ জন", 40, "at_least"),
        ("ন্যূনতম ১০টি", 10, "at_least"),
        ("প্রায় ১০০ জন", 100, "about"),
        ("আনুমানিক ৫০০", 500, "about"),
        ("২০ জনের বেশি", 20, "more_than"),
        ("১০০-এর বেশি", 100, "more_than"),
        ("১০০ এর বেশি", 100, "more_than"),
        ("৫০ জনেরও বেশি", 50, "more_than"),
        ("হাজারের অধিক", 1000, "more_than"),
        ("দুই শতাধিক", 200, "more_than"),
        ("শতাধিক", 100, "more_than"),
        ("সহস্রাধিক", 1000, "more_than"),
        ("অর্ধশতাধিক", 50, "more_than"),
        ("দশাধিক", 10, "more_than"),
        ("১০০-এর কম", 100, "less_than"),
        ("পাঁচশোর মতো", 500, "about"),
        ("হাজারখানেক", 1000, "about"),
        # "about N" after a multiplier, or after জনা / গোটা (about N people / things): হাজার দুয়েক
        # was read as 1000
        ("হাজার দুয়েক", 2000, "about"),
        ("হাজার পাঁচেক", 5000, "about"),
        ("লাখ দুয়েক", 200000, "about"),
        ("জনা পাঁচেক", 5, "about"),
        ("জনা কুড়ি", 20, "about"),
        ("গোটা দশেক", 10, "about"),
    ],
)
def test_qualifiers(text, value, qualifier):
    m = only(text)
    assert surface(text, m) == text
    assert (m.value, m.qualifier) == (value, qualifier)


def test_post_qualifier_after_count_noun():
    text = "দীর্ঘ ১৭ বছরের বেশি নির্বাসন"
    m = only(text)
    assert surface(text, m) == "১৭" and m.qualifier == "more_than"
    m = only("পাঁচ বছরের কম বয়সী শিশু")
    assert m.value == 5 and m.qualifier == "less_than"


# --- ranges -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, low, high, classifier",
    [
        ("১০-১২ জন", 10, 12, "জন"),
        ("১০ থেকে ১২ জন", 10, 12, "জন"),
        ("দশ-বারো জন", 10, 12, "জন"),
        ("দশ-বার জন", 10, 12, "জন"),
        ("৮/১০ জন", 8, 10, "জন"),
        ("তিন-চারজন", 3, 4, "জন"),
        ("দু-একজন", 1, 2, "জন"),
        ("১০ থেকে ১৫ হাজার", 10000, 15000, None),
        ("দুই থেকে আড়াই লাখ", 200000, 250000, None),
        ("২০০১-২০০৬", 2001, 2006, None),
    ],
)
def test_ranges(text, low, high, classifier):
    m = only(text)
    assert surface(text, m) == text
    assert (m.value, m.high, m.qualifier, m.classifier) == (low, high, "range", classifier)


@pytest.mark.parametrize(
    "text, values",
    [
        ("২০২৪-২৫ অর্থবছরে", [2024, 25]),  # a fiscal year, not a range
        ("৩-০ গোলে", [3, 0]),  # a score
        ("০১৭১১-৫৫৫৫৫৫", [1711, 555555]),  # a phone number
    ],
)
def test_non_ranges_split(text, values):
    found = find_numbers(text)
    assert [m.value for m in found] == values
    assert all(m.qualifier == "exact" and m.high is None for m in found)


# --- vague quantities -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text, qualifier, expected_surface",
    [
        ("কয়েকজন আহত", "several", "কয়েকজন"),
        ("কয়েকটি দোকান", "several", "কয়েকটি"),
        ("বেশ কয়েকজন", "several", "বেশ কয়েকজন"),
        ("বেশ কিছু ফাইল", "several", "বেশ কিছু"),
        ("কয়েক দিন আগে", "several", "কয়েক"),
        ("কিছু লোক চাপা পড়ে", "several", "কিছু"),
        ("অনেক মানুষ", "many", "অনেক"),
        ("বহু লোক", "many", "বহু"),
        ("অনেকে আহত হন", "many", "অনেকে"),
        ("অসংখ্য নেতাকর্মী", "many", "অসংখ্য"),
    ],
)
def test_vague(text, qualifier, expected_surface):
    m = only(text)
    assert surface(text, m) == expected_surface
    assert m.value is None and m.qualifier == qualifier


@pytest.mark.parametrize(
    "text, value, expected_surface",
    [
        ("কয়েক হাজার মানুষ", 1000, "কয়েক হাজার"),
        ("কয়েকশো মানুষ", 100, "কয়েকশো"),
        ("কয়েক ডজন লাশ", 12, "কয়েক ডজন"),
        ("কয়েক লাখ মানুষ", 100000, "কয়েক লাখ"),
        ("শত শত মানুষ", 100, "শত শত"),
        ("হাজার হাজার মানুষ", 1000, "হাজার হাজার"),
        ("হাজারো মানুষ", 1000, "হাজারো"),
    ],
)
def test_vague_with_floor(text, value, expected_surface):
    """A vague quantity that names its magnitude counts at least that much (ACLED codes "hundreds"
    as 100): a vague word before a multiplier, or a reduplicated multiplier."""
    m = only(text)
    assert surface(text, m) == expected_surface
    assert (m.value, m.qualifier) == (value, "at_least")


# --- things that are not numbers ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "বিশ্ব",
        "বিশ্ববিদ্যালয়",
        "বিশেষ",
        "তিনি বলেন",
        "আটক করা হয়",
        "আটকে পড়া",
        "দশক",
        "সাতক্ষীরা",
        "চারপাশে",
        "একটা বই",
        "একই দিনে",
        "এক পর্যায়ে",
        "ভারত নয়।",
        "বার বার",
        "প্রথম",
        "দ্বিতীয়",
        "১০ম",
        "২য়",
        "১৫তম",
        "অনেক কিছু",
        "কিছুটা উন্নতি",
        "অনেকটা",
        "শতাংশ",
        "লক্ষ করা গেছে",
        "কয়েকবার",
        "ঝুঁকি অনেক বাড়িয়ে দেয়",  # বাড়ি is a count noun, বাড়িয়ে is not
        "এক মাসুদ",
    ],
)
def test_not_numbers(text):
    assert find_numbers(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("দুই বার", [("দুই", 2)]),  # বার = 'times' here
        ("এক ব্যক্তি", [("এক", 1)]),
        ("এক ঘণ্টায়", [("এক", 1)]),  # an inflected count noun
        ("নয় জন", [("নয় জন", 9)]),
        ("তিন শতাংশ", [("তিন", 3)]),
        ("১০ টাকা", [("১০", 10)]),
        ("২১শে ফেব্রুয়ারি", [("২১শে", 21)]),
        ("একুশে ফেব্রুয়ারি", [("একুশে", 21)]),
        ("৪ঠা জুলাই", [("৪ঠা", 4)]),
        ("২০২৪ সালে", [("২০২৪", 2024)]),
        ("১৫ জানুয়ারি", [("১৫", 15)]),
        ("১৯৭১-এর", [("১৯৭১-এর", 1971)]),
        ("নব্বইয়ের দশকে", [("নব্বইয়ের", 90)]),
        ("২০ জনের কমিটি", [("২০ জনের", 20)]),
        ("১৫ জন নিহত ও ২০ জন আহত", [("১৫ জন", 15), ("২০ জন", 20)]),
    ],
)
def test_boundaries(text, expected):
    assert [(surface(text, m), m.value) for m in find_numbers(text)] == expected


def test_decomposed_nukta_and_curly_apostrophe():
    # raw (un-normalised) text: য + nukta, ড + nukta, a curly apostrophe
    raw = "প্রায\u09bc সাড\u09bcে তিন হাজার আর দু\u2019জন"
    found = find_numbers(raw)
    assert [(m.value, m.qualifier, m.classifier) for m in found] == [
        (3500, "about", None), (2, "exact", "জন")]


# --- the pipeline stage -----------------------------------------------------------------------
def test_stage_maps_offsets_to_original():
    from ghotona.text.normalize import normalize_stage

    raw = "হামলায় অন্তত ২০ জন নিহত, প্রায\u09bc ১০০ জন আহত।"
    doc = normalize_stage(Document(text=raw), Options())
    doc = numbers_stage(doc, Options())
    spans = doc.get("numbers")
    assert [type(s) for s in spans] == [NumberMention, NumberMention]
    assert [s.text for s in spans] == ["অন্তত ২০ জন", "প্রায\u09bc ১০০ জন"]
    assert all(raw[s.start:s.end] == s.text for s in spans)
    assert [(s.value, s.qualifier, s.classifier) for s in spans] == [
        (20, "at_least", "জন"), (100, "about", "জন")]


def test_stage_without_norm_uses_text():
    doc = numbers_stage(Document(text="তিনটি বাস"), Options())
    (span,) = doc.get("numbers")
    assert (span.start, span.end, span.text, span.value) == (0, 5, "তিনটি", 3)
    assert numbers_stage.name == "numbers" and numbers_stage.assigns == ("numbers",)


# --- real news --------------------------------------------------------------------------------
def _articles(limit: int):
    for sub, field in (("news-bdnews", "article"), ("news-ednil2020", "text")):
        path = DATA / sub / "articles-bn.jsonl"
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= limit:
                    break
                yield json.loads(line).get(field) or ""


@pytest.mark.corpus
def test_corpus_no_crash_and_offsets():
    if not DATA.exists():
        pytest.skip(f"shared data not found at {DATA}")
    from ghotona.text.normalize import normalize_stage

    n_docs = n_numbers = 0
    for text in _articles(200):
        n_docs += 1
        doc = normalize_stage(Document(text=text), Options())
        doc = numbers_stage(doc, Options())
        for span in doc.get("numbers"):
            assert span.text and span.text.strip()
            assert text[span.start:span.end] == span.text
            assert span.value is not None or span.qualifier in ("several", "many")
            if span.high is not None:
                assert span.qualifier == "range" and span.high > span.value
        n_numbers += len(doc.get("numbers"))
        # raw text works too, offsets slice back
        for m in find_numbers(text):
            assert text[m.start:m.end].strip()
    if n_docs == 0:
        pytest.skip("no articles")
    assert n_numbers > n_docs  # news is full of numbers


def test_an_about_word_alone_is_no_number():
    # "মাস দুয়েক আগে" is the dates recogniser's; দুয়েক alone counts nothing, nor does গোটা without a number
    assert [m.value for m in find_numbers("মাস দুয়েক আগে গোটা দেশে")] == []
