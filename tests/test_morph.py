"""The suffix splitter (ghotona.text.morph) and its data file."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghotona import resources
from ghotona.text import morph
from ghotona.text.morph import candidates, compose, split, split_surface

N = compose  # test strings are typed in any nukta spelling; the splitter speaks normalised


def _split(word: str) -> tuple[str, tuple[str, ...]]:
    return split(N(word))


def _expect(stem: str, *suffixes: str) -> tuple[str, tuple[str, ...]]:
    return N(stem), tuple(N(s) for s in suffixes)


# --- the required examples ---------------------------------------------------------------------------
REQUIRED = [
    ("ইরবিলে", "ইরবিল", "এ"),
    ("ইরানের", "ইরান", "এর"),
    ("ঢাকায়", "ঢাকা", "য়"),
    ("সিরিয়ায়", "সিরিয়া", "য়"),
    ("পুলিশকে", "পুলিশ", "কে"),
    ("ক্ষেপণাস্ত্রগুলো", "ক্ষেপণাস্ত্র", "গুলো"),
    ("চারজন", "চার", "জন"),
    ("১০টি", "১০", "টি"),
    ("10টি", "10", "টি"),
    ("শিক্ষার্থীদের", "শিক্ষার্থী", "দের"),
    ("নেতাকর্মীরা", "নেতাকর্মী", "রা"),
    ("হামলায়", "হামলা", "য়"),
    ("গ্রামে", "গ্রাম", "এ"),
    ("জেলার", "জেলা", "র"),
    ("পুলিশের", "পুলিশ", "এর"),
    ("আমেরিকাতে", "আমেরিকা", "তে"),
    ("ইসরায়েলের", "ইসরায়েল", "এর"),
    ("ভারতীয়রা", "ভারতীয়", "রা"),
    ("ঘটনাটি", "ঘটনা", "টি"),
    ("লোকটা", "লোক", "টা"),
]

STACKED = [
    ("বাংলাদেশেও", "বাংলাদেশ", ("এ", "ও")),
    ("সদস্যদেরকে", "সদস্য", ("দের", "কে")),
    ("হাসপাতালগুলোতে", "হাসপাতাল", ("গুলো", "তে")),
    ("হাসপাতালগুলোতেও", "হাসপাতাল", ("গুলো", "তে", "ও")),
    ("দলগুলোর", "দল", ("গুলো", "র")),
    ("দলটির", "দল", ("টি", "র")),
    ("ঘটনাটিকে", "ঘটনা", ("টি", "কে")),
    ("কয়েকজনকে", "কয়েক", ("জন", "কে")),
    ("দুজনের", "দু", ("জন", "এর")),
    ("৫জনের", "৫", ("জন", "এর")),
    ("6টায়", "6", ("টা", "য়")),
    ("১০টির", "১০", ("টি", "র")),
    ("কারণেই", "কারণ", ("এ", "ই")),
    ("হাজারেরও", "হাজার", ("এর", "ও")),
    ("নেতারাও", "নেতা", ("রা", "ও")),
    ("দুটিতেই", "দু", ("টি", "তে", "ই")),
    ("শিক্ষার্থীদেরও", "শিক্ষার্থী", ("দের", "ও")),
    ("প্রতিবেদনটিতে", "প্রতিবেদন", ("টি", "তে")),
]

MORE = [
    # locative / instrumental এ after a consonant, and the short words that keep their stem
    ("বাসে", "বাস", ("এ",)),
    ("রাতে", "রাত", ("এ",)),
    ("দিনে", "দিন", ("এ",)),
    ("ভারতে", "ভারত", ("এ",)),
    ("আদালতে", "আদালত", ("এ",)),
    ("সময়ে", "সময়", ("এ",)),
    ("বিষয়ের", "বিষয়", ("এর",)),
    ("সময়ের", "সময়", ("এর",)),
    ("নির্বাচনে", "নির্বাচন", ("এ",)),
    # locative তে / য় after vowels
    ("বাড়িতে", "বাড়ি", ("তে",)),
    ("রাজনীতিতে", "রাজনীতি", ("তে",)),
    ("এলাকায়", "এলাকা", ("য়",)),
    ("নির্বাচনগুলোয়", "নির্বাচন", ("গুলো", "য়")),
    # genitive র after vowel signs; listed ু-stems; after an independent vowel
    ("বিএনপির", "বিএনপি", ("র",)),
    ("রাজধানীর", "রাজধানী", ("র",)),
    ("শিশুর", "শিশু", ("র",)),
    ("মৃত্যুর", "মৃত্যু", ("র",)),
    ("ভাইয়ের", "ভাই", ("এর",)),
    ("ভিডিওর", "ভিডিও", ("র",)),
    ("ছেলের", "ছেলে", ("র",)),
    ("মেয়েদের", "মেয়ে", ("দের",)),
    ("লোকেরা", "লোক", ("এরা",)),
    # known stems decide ambiguous endings
    ("বৈঠকে", "বৈঠক", ("এ",)),
    ("সড়কে", "সড়ক", ("এ",)),
    ("মহাসড়কে", "মহাসড়ক", ("এ",)),
    ("সংসদের", "সংসদ", ("এর",)),
    ("পরিষদের", "পরিষদ", ("এর",)),
    ("সরকারের", "সরকার", ("এর",)),
    ("গ্রেপ্তারের", "গ্রেপ্তার", ("এর",)),
    ("রংপুরের", "রংপুর", ("এর",)),
    ("চাঁদপুরসহ", "চাঁদপুর", ("সহ",)),
    ("পুলিশসহ", "পুলিশ", ("সহ",)),
    ("জামায়াতের", "জামায়াত", ("এর",)),
    ("মানের", "মান", ("এর",)),
    ("দশকে", "দশক", ("এ",)),
    ("আটটার", "আট", ("টা", "র")),
    ("কোম্পানিটি", "কোম্পানি", ("টি",)),
    ("মুক্তিযোদ্ধার", "মুক্তিযোদ্ধা", ("র",)),
    ("চাঁদার", "চাঁদা", ("র",)),
    ("তিনবার", "তিনবার", ()),
    # numerals and ordinals
    ("একজন", "এক", ("জন",)),
    ("দুজন", "দু", ("জন",)),
    ("তিনটি", "তিন", ("টি",)),
    ("দুটি", "দু", ("টি",)),
    ("৫জন", "৫", ("জন",)),
    ("২য়", "২", ("য়",)),
    ("২১শে", "২১", ("শে",)),
    ("১৫ই", "১৫", ("ই",)),
    ("৫০তম", "৫০", ("তম",)),
    # hyphen and apostrophe
    ("আইএস-এর", "আইএস", ("এর",)),
    ("২০২৪-এ", "২০২৪", ("এ",)),
    ("ইউএন-কে", "ইউএন", ("কে",)),
    ("দু'জন", "দু", ("জন",)),
    ("দু’টি", "দু", ("টি",)),
    # emphatic after pronouns, verbs and listed words
    ("তারাও", "তারা", ("ও",)),
    ("এটাই", "এটা", ("ই",)),
    ("করলেও", "করলে", ("ও",)),
    ("থেকেই", "থেকে", ("ই",)),
    ("তাকেই", "তাকে", ("ই",)),
    ("তাদেরকে", "তাদের", ("কে",)),
    ("নারীদেরকে", "নারী", ("দের", "কে")),
    ("বইয়ে", "বই", ("এ",)),
    # adverbs in -ভাবে
    ("আনুষ্ঠানিকভাবে", "আনুষ্ঠানিক", ("ভাবে",)),
    ("স্বাভাবিকভাবেই", "স্বাভাবিক", ("ভাবে", "ই")),
    ("অভাবে", "অভাব", ("এ",)),
    ("প্রভাবের", "প্রভাব", ("এর",)),
    # a verb form takes no case: these are nouns
    ("আটকের", "আটক", ("এর",)),
    ("শেখের", "শেখ", ("এর",)),
    ("বিপ্লবে", "বিপ্লব", ("এ",)),
    ("কোম্পানিটির", "কোম্পানি", ("টি", "র")),
    ("আগারগাঁওয়ের", "আগারগাঁও", ("এর",)),
    ("স্ত্রীকে", "স্ত্রী", ("কে",)),
    ("ব্যাটিংয়ে", "ব্যাটিং", ("এ",)),
]

# Words whose ending only looks like a suffix: never split.
UNSPLIT = [
    "কে", "এর", "তার", "দেশ", "মানে", "ভাবে", "যে", "সে", "এই", "সেই", "ওই", "দুই", "নেই",
    "সরকার", "অধিকার", "হাজার", "বাজার", "ডলার", "কিলোমিটার", "সোমবার", "শুক্রবার", "আবার",
    "গ্রেপ্তার", "গ্রেফতার", "উদ্ধার", "পরিবার", "ব্যবহার", "বিচার", "ক্রিকেটার", "ভোটার",
    "জুলাই", "সবাই", "লড়াই", "যাচাই", "ভিডিও", "রেডিও", "এনজিও", "কমিটি", "সিটি", "কোটি",
    "পার্টি", "আমরা", "তারা", "যারা", "আমাদের", "তাদের", "তাকে", "আমাকে", "থেকে", "সঙ্গে",
    "সময়", "বিষয়", "জাতীয়", "ভারতীয়", "স্থানীয়", "হয়", "নয়", "উপায়", "পর্যায়",
    "করে", "বলে", "করতে", "করছে", "করেছে", "হয়েছে", "হয়ে", "হবে", "হতে", "হলে", "দিয়ে",
    "নিয়ে", "জানিয়েছে", "যাচ্ছে", "থাকে", "থাকবে", "যাবে", "গেছে", "আছে", "চেয়ে", "পেয়ে",
    "ছেলে", "মেয়ে", "বিয়ে", "রংপুর", "মিরপুর", "দুপুর", "জিয়াউর", "মিজানুর", "আব্দুর",
    "ভাঙচুর", "করা", "মারা", "সেরা", "ধারা", "যাত্রা", "কোটা", "ঘণ্টা", "জনগণ", "এটি",
    "সেটি", "কোনটি", "একটু", "প্রায়", "মাত্র", "ডিসেম্বর", "গোলাগুলি", "এভাবে", "কীভাবে",
    "মাটি", "করাত", "রেলওয়ে", "জামায়াতে",
]


@pytest.mark.parametrize("word,stem,suffix", REQUIRED)
def test_required_examples(word: str, stem: str, suffix: str) -> None:
    assert _split(word) == _expect(stem, suffix)


@pytest.mark.parametrize("word,stem,suffixes", STACKED + MORE)
def test_splits(word: str, stem: str, suffixes: tuple[str, ...]) -> None:
    assert _split(word) == _expect(stem, *suffixes)


@pytest.mark.parametrize("word", UNSPLIT)
def test_not_over_split(word: str) -> None:
    assert _split(word) == (N(word), ())


@pytest.mark.parametrize("word", ["বাংলাদেশেও", "ইরবিলে", "আইএস-এর", "দু'জন", "10টি", "হাসপাতালগুলোতে"])
def test_split_surface_reconstructs(word: str) -> None:
    w = N(word)
    stem, surface = split_surface(w)
    assert stem + surface == w
    assert stem == split(w)[0]
    assert surface  # all of these are split


def test_split_surface_examples() -> None:
    assert split_surface(N("ইরবিলে")) == (N("ইরবিল"), "\u09c7")
    assert split_surface(N("আইএস-এর")) == (N("আইএস"), "-এর")
    assert split_surface(N("বাংলাদেশেও")) == (N("বাংলাদেশ"), "\u09c7ও")
    assert split_surface(N("দেশ")) == (N("দেশ"), "")


def test_raw_spelling_is_tolerated() -> None:
    raw = "ঢাকায\u09bc"  # decomposed য়, as some sites type it
    assert split(raw) == (N("ঢাকা"), (N("য়"),))
    stem, surface = split_surface(raw)
    assert stem + surface == raw and stem == "ঢাকা"
    zwnj = "র\u200cযাবের"  # ZWNJ inside (র‌্যাব); the split point is mapped back
    stem, surface = split_surface(zwnj)
    assert stem + surface == zwnj


def test_candidates_longest_first() -> None:
    assert candidates(N("গ্রামে")) == [N("গ্রামে"), N("গ্রাম")]
    c = candidates(N("সড়কে"))
    assert c[0] == N("সড়কে") and N("সড়ক") in c and N("সড়") in c
    assert [len(x) for x in c[1:]] == sorted((len(x) for x in c[1:]), reverse=True)
    assert N("রাত") in candidates(N("রাতে"))
    assert N("সাক্ষাৎ") in candidates(N("সাক্ষাতে"))
    assert candidates(N("দেশ")) == [N("দেশ")]
    assert candidates("") == []


def test_split_is_cached() -> None:
    morph.analyse.cache_clear()
    split(N("ইরবিলে"))
    split(N("ইরবিলে"))
    info = morph.analyse.cache_info()
    assert info.hits >= 1 and info.maxsize >= 100_000


def test_suffix_pattern_matches_chains() -> None:
    import re

    pat = re.compile(morph.suffix_pattern())
    for chain in ["এর", "এ", "কে", "গুলোর", "এরও", "টি", "দেরকে"]:
        assert pat.fullmatch(N(chain)), chain
    assert not pat.fullmatch("")
    assert not pat.fullmatch(N("চট্টগ্রাম"))


# --- the data file ------------------------------------------------------------------------------------
def test_suffix_data_file() -> None:
    text = resources.path("suffixes.tsv").read_text(encoding="utf-8")
    head = [ln for ln in text.splitlines() if ln.startswith("# ")]
    assert any("written by hand by ghotona developers from standard Bengali grammar" in ln for ln in head)
    assert any("Apache-2.0" in ln for ln in head)
    assert "\u09bc" not in text, "suffixes.tsv must use composed nukta letters"
    assert "\u200c" not in text and "\u200d" not in text
    kinds = set(morph.SLOT_OF_KIND) | {
        "stem", "function", "stem_ending", "numeral", "verb", "verb_root", "verb_ending", "verb_marker",
    }
    rows = resources.read_tsv("suffixes.tsv")
    assert len(rows) > 300
    seen = set()
    for row in rows:
        assert row["kind"] in kinds, row
        assert row["suffix"] and row["suffix"] == compose(row["suffix"]) == row["suffix"].strip()
        key = (row["suffix"], row["kind"], row["surface"], row["after"])
        assert key not in seen, f"duplicate row {row}"
        seen.add(key)
    morph.tables()  # every 'after' code is known


# --- properties ---------------------------------------------------------------------------------------
_BN = st.sampled_from(
    list("অআইউএওকখগঘচছজটডতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁ়ািীুূৃেৈোৌ্") + ["য়", "ড়"]
)
_SUF = st.sampled_from(["", "ের", "ে", "র", "য়", "তে", "কে", "রা", "দের", "গুলো", "টি", "টা", "জন", "ও", "ই", "সহ", "-এর"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_BN, min_size=1, max_size=12).map("".join), _SUF, _SUF)
def test_split_properties(base: str, s1: str, s2: str) -> None:
    word = base + s1 + s2
    stem, suffixes = split(word)
    assert stem
    assert all(isinstance(s, str) and s for s in suffixes)
    raw_stem, surface = split_surface(word)
    assert raw_stem + surface == word
    assert bool(surface) == bool(suffixes)
    cands = candidates(word)
    assert cands[0] == compose(word)
    assert compose(stem) in cands


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=20))
def test_split_never_crashes_on_any_text(text: str) -> None:
    stem, suffixes = split(text)
    raw_stem, surface = split_surface(text)
    assert raw_stem + surface == text
