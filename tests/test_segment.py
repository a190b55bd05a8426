"""Sentence splitting, tokenisation and the segment stage (ghotona.text.segment)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ghotona import resources
from ghotona.doc import Document
from ghotona.options import Options
from ghotona.text.morph import compose
from ghotona.text.segment import segment_stage, split_sentences, tokenize, tokenize_text

N = compose
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def tokens(text: str) -> list[str]:
    return [text[a:b] for a, b in tokenize(text)]


# --- sentences ----------------------------------------------------------------------------------------
SENTENCE_CASES = [
    ("মো. আব্দুল করিম বলেন। তিনি বাড়ি গেলেন।", ["মো. আব্দুল করিম বলেন।", "তিনি বাড়ি গেলেন।"]),
    ("ড. ইউনূস আজ ঢাকায় আসবেন। পরে কথা হবে।", ["ড. ইউনূস আজ ঢাকায় আসবেন।", "পরে কথা হবে।"]),
    ("ডা. রহমান ও মি. খান এলেন। মোছা. রহিমা বেগম বাড়িতে।", ["ডা. রহমান ও মি. খান এলেন।", "মোছা. রহিমা বেগম বাড়িতে।"]),
    ("এ. কে. এম. ফজলুল হক বক্তব্য দেন। সভা শেষ।", ["এ. কে. এম. ফজলুল হক বক্তব্য দেন।", "সভা শেষ।"]),
    ("লে. কর্নেল (অব.) মো. হাসান বলেন।", ["লে. কর্নেল (অব.) মো. হাসান বলেন।"]),
    ("প্রবৃদ্ধি ২.৫ শতাংশ। আগে ছিল 3.75 শতাংশ।", ["প্রবৃদ্ধি ২.৫ শতাংশ।", "আগে ছিল 3.75 শতাংশ।"]),
    ("দাম ১,২০০ টাকা। কমেছে।", ["দাম ১,২০০ টাকা।", "কমেছে।"]),
    ("তিনি বলেন, 'আমরা যাব।' পরে তিনি চলে যান।", ["তিনি বলেন, 'আমরা যাব।'", "পরে তিনি চলে যান।"]),
    ('তিনি বলেন, "আমরা যাব।" পরে তিনি চলে যান।', ['তিনি বলেন, "আমরা যাব।"', "পরে তিনি চলে যান।"]),
    ("তিনি বলেন, “আমরা যাব।” পরে কথা।", ["তিনি বলেন, “আমরা যাব।”", "পরে কথা।"]),
    ("(ছবি: সংগৃহীত।) খবর শুরু।", ["(ছবি: সংগৃহীত।)", "খবর শুরু।"]),
    ("কেন হামলা হলো? কেউ জানে না! তদন্ত চলছে।", ["কেন হামলা হলো?", "কেউ জানে না!", "তদন্ত চলছে।"]),
    ("সত্যি?! অবাক।", ["সত্যি?!", "অবাক।"]),
    ("এক।। দুই॥ তিন।।।", ["এক।।", "দুই॥", "তিন।।।"]),
    ("শিরোনাম ছাড়া দাঁড়ি\nপ্রথম বাক্য। দ্বিতীয়", ["শিরোনাম ছাড়া দাঁড়ি", "প্রথম বাক্য।", "দ্বিতীয়"]),
    ("অনুচ্ছেদ এক।\n\n  অনুচ্ছেদ দুই।  ", ["অনুচ্ছেদ এক।", "অনুচ্ছেদ দুই।"]),
    ("দেখুন https://bdnews24.com/a.b?x=1 ও www.prothomalo.com। আবার।", ["দেখুন https://bdnews24.com/a.b?x=1 ও www.prothomalo.com।", "আবার।"]),
    ("লিখুন info@ghotona.org ঠিকানায়। ধন্যবাদ।", ["লিখুন info@ghotona.org ঠিকানায়।", "ধন্যবাদ।"]),
    ("সূত্র bdnews24.com জানায়। শেষ।", ["সূত্র bdnews24.com জানায়।", "শেষ।"]),
    ("কারণগুলো হলো- ১. মূল্যস্ফীতি ২. বেকারত্ব। শেষ।", ["কারণগুলো হলো- ১. মূল্যস্ফীতি ২. বেকারত্ব।", "শেষ।"]),
    ("তিনি বললেন... আমরা দেখব। ঠিক আছে…", ["তিনি বললেন... আমরা দেখব।", "ঠিক আছে…"]),
    ("Mr. Smith arrived. He spoke.", ["Mr. Smith arrived.", "He spoke."]),
    ("কি.মি. পথ হেঁটে গেলেন। পরে।", ["কি.মি. পথ হেঁটে গেলেন।", "পরে।"]),
    ("আমরা যাব না. তুমি যাও।", ["আমরা যাব না.", "তুমি যাও।"]),
    ("   ", []),
    ("", []),
    ("।", ["।"]),
    ("কথা শেষ। ”", ["কথা শেষ। ”"]),
]


@pytest.mark.parametrize("text,expected", SENTENCE_CASES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected
    assert sentences(N(text)) == [N(s) for s in expected]


def test_sentence_spans_are_trimmed_offsets() -> None:
    text = "  এক। দুই।  \n"
    spans = split_sentences(text)
    assert spans == [(2, 5), (6, 10)]


# --- tokens -------------------------------------------------------------------------------------------
TOKEN_CASES = [
    ("মো. আব্দুল করিম বলেন।", ["মো.", "আব্দুল", "করিম", "বলেন", "।"]),
    ("এ. কে. এম. ফজলুল হক", ["এ.", "কে.", "এম.", "ফজলুল", "হক"]),
    ("হার ২.৫ শতাংশ, দাম 1,200 টাকা।", ["হার", "২.৫", "শতাংশ", ",", "দাম", "1,200", "টাকা", "।"]),
    ("১০-১২ জন আহত", ["১০", "-", "১২", "জন", "আহত"]),
    ("১০টি গাড়ি ও ৫জন", ["১০টি", "গাড়ি", "ও", "৫জন"]),
    ("আইএস-এর হামলা, ২০২৪-এ শুরু", ["আইএস-এর", "হামলা", ",", "২০২৪-এ", "শুরু"]),
    ("ঢাকা-চট্টগ্রাম মহাসড়ক", ["ঢাকা", "-", "চট্টগ্রাম", "মহাসড়ক"]),
    ("দু'জন ও দু’টি", ["দু'জন", "ও", "দু’টি"]),
    ("তিনি বলেন, 'আমরা যাব।'", ["তিনি", "বলেন", ",", "'", "আমরা", "যাব", "।", "'"]),
    ("(৩৫) নামে", ["(", "৩৫", ")", "নামে"]),
    ("UN-এর মহাসচিব Guterres বলেন", ["UN-এর", "মহাসচিব", "Guterres", "বলেন"]),
    ("দেখুন https://x.org/a?b=1, পরে", ["দেখুন", "https://x.org/a?b=1", ",", "পরে"]),
    ("আরও... দেখুন", ["আরও", "...", "দেখুন"]),
    ("৳৫০০ ও ২০%", ["৳", "৫০০", "ও", "২০", "%"]),
]


def test_a_furniture_line_run_into_the_next_sentence_ends_there() -> None:
    # Regression (bdn-60b15d61c8, training): BBC pages reprinted by bdnews run their WhatsApp promo
    # line into the next sentence with no stop, so "… ক্লিক/ট্যাপ করুন ঢাকা মেট্রোপলিটান পুলিশ
    # রোববার দাবি করেছিল …" was one sentence, skipped or misread as page furniture
    promo = "বিবিসি বাংলার হোয়াটসঅ্যাপ চ্যানেল ফলো করতে এখানে ক্লিক/ট্যাপ করুন"
    text = compose(f"তারা বলেন। {promo} {promo} পুলিশ জানিয়েছে, ছয় জনকে গ্রেফতার করা হয়েছে।")
    got = [text[a:b] for a, b in split_sentences(text)]
    assert got == [compose(x) for x in ("তারা বলেন।", promo, promo, "পুলিশ জানিয়েছে, ছয় জনকে গ্রেফতার করা হয়েছে।")]


@pytest.mark.parametrize("text,expected", TOKEN_CASES)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected
    assert tokens(N(text)) == [N(t) for t in expected]


def test_tokenize_range_and_kinds() -> None:
    text = "আগে। মো. করিম ১০টি বই দেন।"
    start = text.index("মো")
    spans = tokenize(text, start, len(text))
    assert spans[0][0] == start
    kinds = [k for _, _, k in tokenize_text(text, start)]
    assert kinds == ["abbr", "word", "num", "word", "word", "punct"]


# --- the stage ----------------------------------------------------------------------------------------
def _normalize(doc: Document) -> Document:
    from ghotona.text.normalize import normalize

    doc.norm, doc.norm_to_orig = normalize(doc.text)
    return doc


def test_stage_sets_layers() -> None:
    doc = _normalize(Document(text=N("ইরবিলে হামলা হয়েছে। আইএস-এর ৫জন সদস্য নিহত।")))
    doc = segment_stage(doc, Options())
    assert segment_stage.name == "segment"
    assert segment_stage.requires == ("norm",) and segment_stage.assigns == ("sentences", "tokens")
    assert [s.text for s in doc.sentences] == [N("ইরবিলে হামলা হয়েছে।"), N("আইএস-এর ৫জন সদস্য নিহত।")]
    by_text = {t.text: t for t in doc.tokens}
    assert by_text[N("ইরবিলে")].stem == N("ইরবিল") and by_text[N("ইরবিলে")].suffixes == ["এ"]
    assert by_text[N("আইএস-এর")].stem == N("আইএস") and by_text[N("আইএস-এর")].suffixes == ["এর"]
    assert by_text[N("৫জন")].norm == "5জন" and by_text[N("৫জন")].stem == "5"
    assert by_text["।"].is_punct and not by_text[N("নিহত")].is_punct
    assert [t.sentence for t in doc.tokens] == [0, 0, 0, 0, 1, 1, 1, 1, 1]
    for tok in doc.tokens:
        assert doc.text[tok.start : tok.end] == tok.text


def test_stage_maps_offsets_to_original_text() -> None:
    # decomposed nukta, Bengali digits, ZWNJ and curly quotes: the normaliser changes offsets
    raw = "র\u200cযাবের অভিযানে ঢাকায\u09bc ১০টি “ঘটনা” ঘটে।"
    doc = _normalize(Document(text=raw))
    assert doc.norm != raw
    doc = segment_stage(doc, Options())
    assert len(doc.sentences) == 1 and doc.sentences[0].text == raw
    words = [t for t in doc.tokens if not t.is_punct]
    assert [t.text for t in words] == ["র\u200cযাবের", "অভিযানে", "ঢাকায\u09bc", "১০টি", "ঘটনা", "ঘটে"]
    dhaka = words[2]
    assert dhaka.norm == "ঢাকা\u09df" and dhaka.stem == "ঢাকা" and dhaka.suffixes == ["\u09df"]
    assert words[3].norm == "10টি" and words[3].stem == "10"


def test_stage_without_norm_uses_text() -> None:
    doc = Document(text="দেশে ফিরলেন। পরে?")
    doc = segment_stage.func(doc, Options())
    assert [s.text for s in doc.sentences] == ["দেশে ফিরলেন।", "পরে?"]
    assert doc.tokens[0].stem == "দেশ" and doc.tokens[0].suffixes == ["এ"]


def test_abbreviation_data_file() -> None:
    text = resources.path("abbreviations.tsv").read_text(encoding="utf-8")
    head = [ln for ln in text.splitlines() if ln.startswith("# ")]
    assert any("written by hand by ghotona developers from standard Bengali grammar" in ln for ln in head)
    assert any("Apache-2.0" in ln for ln in head)
    assert "\u09bc" not in text
    rows = resources.read_tsv("abbreviations.tsv")
    assert {r["kind"] for r in rows} <= {"abbr", "letter", "not"}
    assert {"মো", "ড", "ডা", "মি", "মিসেস", "সা"} <= {r["abbreviation"] for r in rows}


# --- properties ---------------------------------------------------------------------------------------
_ALPHABET = st.sampled_from(
    list("অআইএওকখগচজটডতদনপবমযরলশসহড়য়ৎংঁ়ািীুেো্") + list("০১২৩৪৫৬৭৮৯0123456789")
    + list("।॥?!.,;:-'\"“”‘’()…") + [" ", " ", " ", "\n", "\u200c", "\u200d", "মো.", "ড.", "http://a.b/c", "a@b.co"]
)


def _check_spans(spans: list[tuple[int, int]], text: str, lo: int = 0, hi: int | None = None) -> None:
    hi = len(text) if hi is None else hi
    last = lo
    for a, b in spans:
        assert lo <= a < b <= hi
        assert a >= last
        last = b


@settings(max_examples=400, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_segmentation_properties(text: str) -> None:
    sents = split_sentences(text)
    _check_spans(sents, text)
    for a, b in sents:
        assert text[a:b].strip() == text[a:b]
        toks = tokenize(text, a, b)
        _check_spans(toks, text, a, b)
        assert all(not text[x:y].isspace() for x, y in toks)
    # tokens of the whole text never straddle white space and cover every non-space character
    toks = tokenize(text)
    _check_spans(toks, text)
    covered = sum(b - a for a, b in toks)
    assert covered == sum(1 for ch in text if not ch.isspace())


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_segmentation_never_crashes(text: str) -> None:
    for a, b in split_sentences(text):
        _check_spans(tokenize(text, a, b), text, a, b)
    doc = Document(text=text)
    segment_stage.func(doc, Options())
    for tok in doc.tokens:
        assert tok.text == text[tok.start : tok.end]


# --- corpus -------------------------------------------------------------------------------------------
def _corpus(name: str, field: str) -> list[str]:
    path = DATA / name / "articles-bn.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not available")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line).get(field) or "" for line in fh if line.strip()]


@pytest.mark.corpus
@pytest.mark.parametrize("name,field", [("news-bdnews", "article"), ("news-ednil2020", "text")])
def test_corpus(name: str, field: str, capsys: pytest.CaptureFixture[str], record_property) -> None:
    texts = _corpus(name, field)
    docs = [_normalize(Document(text=t)) for t in texts]
    t0 = time.perf_counter()
    for doc in docs:
        segment_stage(doc, Options())
    elapsed = time.perf_counter() - t0
    n_sent = sum(len(d.sentences) for d in docs)
    words = [t for d in docs for t in d.tokens if not t.is_punct]
    n_split = sum(1 for t in words if t.suffixes)
    for doc in docs:
        for s in doc.sentences:
            assert doc.text[s.start : s.end] == s.text and s.text.strip()
        for t in doc.tokens:
            assert doc.text[t.start : t.end] == t.text and t.text
            assert t.stem
    frac = n_split / max(1, len(words))
    record_property("split_fraction", frac)
    with capsys.disabled():
        print(
            f"\n[{name}] {len(docs)} docs, {n_sent} sentences, {len(words)} word tokens: "
            f"{n_split} split ({frac:.1%}), {len(words) - n_split} unsplit; "
            f"{n_sent / elapsed:,.0f} sentences/s, {sum(len(d.tokens) for d in docs) / elapsed:,.0f} tokens/s"
        )
    assert n_sent > len(docs)
    assert 0.1 < frac < 0.5
    assert n_sent / elapsed > 1000  # thousands of sentences per second (a generous floor)
