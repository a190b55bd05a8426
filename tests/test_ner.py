"""The learned NER: label cleaning, scoring, a tiny training run, and the shipped model."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from ghotona.options import Options

from ghotona.ner import data
from ghotona.ner.scoring import entities, score, token_score

from conftest import SHARED

NER_DATA = SHARED
RIFAT = NER_DATA / "ner-rifat1493" / "train_data.txt"


def needs_data():
    if not RIFAT.exists() or not (NER_DATA / "ner-banglakit" / "main.jsonl").exists():
        pytest.skip(f"NER training data missing: expected {NER_DATA}/ner-rifat1493 and ner-banglakit "
                    f"(../shared/data beside the repository, or $GHOTONA_SHARED/data)")


# --- scoring -----------------------------------------------------------------------------------------
GOLD = [
    ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG"],
    ["B-TIME", "I-TIME", "O", "B-LOC", "B-LOC", "O"],
]
PRED = [
    # PER exact; LOC missed; ORG boundary wrong (2 of 3 tokens); a spurious PER
    ["B-PER", "I-PER", "O", "O", "B-PER", "B-ORG", "I-ORG", "O"],
    # TIME exact; first LOC right, second LOC as ORG; an I-LOC after O starts a name
    ["B-TIME", "I-TIME", "I-LOC", "B-LOC", "B-ORG", "O"],
]


def test_entities_reads_bio_like_conlleval():
    assert list(entities(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC", "I-ORG"])) == [
        (0, 2, "PER"), (3, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]
    assert list(entities([])) == []


def test_score_on_a_hand_made_pair():
    s = score(GOLD, PRED)
    # gold: PER, LOC, ORG | TIME, LOC, LOC = 6; pred: PER, PER, ORG | TIME, LOC(2), LOC(3), ORG = 7
    assert (s.micro.n_gold, s.micro.n_pred, s.micro.tp) == (6, 7, 3)
    assert s.micro.precision == pytest.approx(3 / 7)
    assert s.micro.recall == pytest.approx(3 / 6)
    assert s.micro.f1 == pytest.approx(2 * (3 / 7) * 0.5 / (3 / 7 + 0.5))
    per, loc, org, tim = (s.per_type[t] for t in ("PER", "LOC", "ORG", "TIME"))
    assert (per.tp, per.n_pred, per.n_gold) == (1, 2, 1)
    assert (loc.tp, loc.n_pred, loc.n_gold) == (1, 2, 3)
    assert (org.tp, org.n_pred, org.n_gold) == (0, 2, 1)
    assert (tim.tp, tim.n_pred, tim.n_gold) == (1, 1, 1)
    assert loc.precision == 0.5 and loc.recall == pytest.approx(1 / 3)
    assert org.f1 == 0.0
    assert s.restricted(["TIME"]).f1 == 1.0
    assert "micro" in s.table("x") and s.to_dict()["micro"]["correct"] == 3


def test_score_edge_cases():
    assert score([["O"]], [["O"]]).micro.f1 == 0.0  # nothing to find, nothing found
    assert score([["B-PER"]], [["B-PER"]]).micro.f1 == 1.0
    with pytest.raises(ValueError):
        score([["O", "O"]], [["O"]])


def test_rifat_style_score_counts_as_the_authors_do():
    from ghotona.ner.scoring import rifat_style_score

    gold = [["B-PER", "I-PER", "O", "TIM", "TIM", "B-LOC", "B-LOC"],
            ["I-ORG", "O", "B-ORG", "I-ORG"]]
    pred = [["B-PER", "I-PER", "O", "O", "O", "B-LOC", "I-LOC"],
            ["B-ORG", "O", "B-ORG", "O"]]
    # gold chunks: PER, LOC, LOC (TIM never starts with B; the I-ORG alone is no chunk), ORG = 4
    # predicted: PER (right), LOC+I-LOC (wrong: gold has two names), ORG (no gold chunk there),
    # ORG cut short = 4, one right
    p, r, f = rifat_style_score(gold, pred)
    assert p == pytest.approx(1 / 4)
    assert r == pytest.approx(1 / 4)  # PER; the first gold LOC is "continued" in pred, the ORG too
    assert f == pytest.approx(1 / 4)
    assert rifat_style_score(gold, gold) == (1.0, 1.0, 1.0)
    assert rifat_style_score([["TIM"]], [["TIM"]]) == (0.0, 0.0, 0.0)  # time is not scored


def test_token_score():
    t = token_score(GOLD, PRED)
    # gold non-O tokens 10; predicted non-O 10; type matches: PER 2, ORG 2, TIME 2, LOC 1 = 7
    assert (t.n_gold, t.n_pred, t.tp) == (10, 10, 7)


# --- cleaning ----------------------------------------------------------------------------------------
def test_malformed_lines():
    st = data.CleaningStats()
    assert data._parse_rifat_line("২০০৭\tTIM\t", st) == ("২০০৭", "TIM")
    assert data._parse_rifat_line("রোনালদোরই\t\tB-PER", st) == ("রোনালদোরই", "B-PER")
    assert data._parse_rifat_line("ফেব্রুয়ারিরTIM\t", st) == ("ফেব্রুয়ারির", "TIM")
    assert data._parse_rifat_line("ফারুক\t", st) == ("ফারুক", "O")
    assert data._parse_rifat_line("\tO", st) is None


def test_bx_bx_split_by_inflection():
    # Gazipur's Kaliakair: two places (the first in the genitive)
    assert data.clean_rifat_tags(["গাজীপুরের", "কালিয়াকৈর", "উপজেলার"], ["B-LOC", "B-LOC", "O"]) == [
        (0, 1, "LOC"), (1, 2, "LOC")]
    # initials: one name
    assert data.clean_rifat_tags(["এ", "কে", "এম", "কাউছার"], ["B-PER", "B-PER", "B-PER", "I-PER"]) == [
        (0, 4, "PER")]
    assert data.clean_rifat_tags(["প্রথম", "আলোকে", "বলেন"], ["B-ORG", "B-ORG", "O"]) == [(0, 2, "ORG")]


def test_i_without_b_and_mixed_types():
    assert data.clean_rifat_tags(["বলেন", "কেরি"], ["O", "I-PER"]) == [(1, 2, "PER")]
    assert data.clean_rifat_tags(["ঢাকা", "বিশ্ববিদ্যালয়ের"], ["B-LOC", "I-ORG"]) == [(0, 2, "ORG")]
    assert data.clean_rifat_tags(["চট্টগ্রামে", "বিএনপিপন্থী"], ["B-LOC", "I-ORG"]) == [
        (0, 1, "LOC"), (1, 2, "ORG")]
    assert data.clean_rifat_tags(["গতকাল", "বুধবার", "ঢাকায়"], ["TIM", "TIM", "B-LOC"]) == [
        (0, 2, "TIME"), (2, 3, "LOC")]


def test_projection_onto_ghotona_tokens():
    # tokens joined, normalised (Bengali digits → ASCII, curly quotes → straight), re-tokenised;
    # quotes left outside names
    text, spans = data.spans_from_tokens(["‘শাহবাগে’", "২০২৪", "সালে"], [(0, 1, "LOC"), (1, 3, "TIME")])
    s = data.project(text, spans)
    assert s.tokens == ["'", "শাহবাগে", "'", "2024", "সালে"]
    assert s.tags == ["O", "B-LOC", "O", "B-TIME", "I-TIME"]


def test_bilou_lenient():
    tags = ["B-PERSON", "L-PERSON", "U-GPE", "I-LAW", "L-LAW", "O", "L-ORG"]
    assert data.bilou_spans(tags, data.BANGLAKIT_TYPE) == [(0, 2, "PER"), (2, 3, "LOC"), (6, 7, "ORG")]


# --- data and training ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def splits():
    needs_data()
    return data.load_splits(NER_DATA)


def test_splits_are_fixed_and_disjoint(splits):
    assert len(splits.tests["rifat1493"]) == 1950
    n_bk = 3545 - splits.stats.counts.get("banglakit: sentence not alignable, dropped", 0) \
        - splits.stats.counts.get("banglakit: duplicate sentence dropped", 0)
    assert sum(1 for s in splits.train + splits.dev if s.source == "banglakit") + \
        len(splits.tests["banglakit"]) == n_bk
    test_ids = {s.index for s in splits.tests["banglakit"]}
    assert not test_ids & {s.index for s in splits.train + splits.dev if s.source == "banglakit"}
    again = data.load_splits(NER_DATA)
    assert [s.index for s in again.dev] == [s.index for s in splits.dev]
    for s in splits.train[:500]:
        assert len(s.tokens) == len(s.tags) and set(s.tags) <= set(data.LABELS)


def test_training_on_a_tiny_slice(splits, tmp_path: Path):
    from ghotona.ner.model import NerModel
    from ghotona.ner.train import train_model

    tiny = splits.train[:150] + [s for s in splits.train if s.source == "banglakit"][:50]
    t0 = time.perf_counter()
    info = train_model(tiny, tmp_path, max_iterations=30, o_bias={"R": 0.5, "K": 0.0})
    assert time.perf_counter() - t0 < 30
    model = NerModel.from_dir(tmp_path)
    assert model.domain == "R"
    assert info["o_bias"] == {"R": 0.5} and model.o_bias() == 0.5
    model.o_biases = {}  # the CRF's own decoding, compared with CRFsuite below
    tags = [model.tag(s.tokens, s.is_punct) for s in tiny[:50]]
    assert all(len(t) == len(s.tokens) for t, s in zip(tags, tiny))
    # it has learnt something: on its own training sentences it finds names
    assert score([s.tags for s in tiny[:50]], tags).micro.f1 > 0.3
    assert info["size_bytes"] > 0
    # the exported numpy tagger gives the CRF's own labels
    import pycrfsuite

    from ghotona.ner.features import sentence_features
    from ghotona.ner.train import train_crf

    crf_info = train_crf(tiny, tmp_path / "m.crfsuite", max_iterations=30)
    crf = pycrfsuite.Tagger()
    crf.open(str(tmp_path / "m.crfsuite"))
    # the words seen once are unknown words, in training and in the shipped vocabulary alike
    assert model.vocab == crf_info["vocab"] and info["vocab_words"] == len(model.vocab)
    assert 0 < len(model.vocab) < len({w for s in tiny for w in s.tokens})
    for s, t in zip(tiny[:50], tags):
        assert crf.tag(sentence_features(s.tokens, s.is_punct, "R", model.vocab, model.spelling.features)) == t


# --- decoding and word clusters ------------------------------------------------------------------
def _toy_model(tmp_path: Path, meta: dict | None = None):
    import numpy as np

    from ghotona.ner.model import NerModel

    labels = ["O", "B-PER", "I-PER"]
    trans = np.zeros((3, 3), dtype=np.float32)
    trans[0, 2] = -5.0  # O → I-PER is unlikely
    np.savez_compressed(tmp_path / "toy.npz", labels=np.array("\n".join(labels).encode()), trans=trans,
                        attrs_none=np.array("w=x".encode()), W_none=np.zeros((1, 3), np.float32))
    return NerModel(tmp_path / "toy.npz", None, meta)


def test_o_bias_trades_precision_for_recall(tmp_path: Path):
    import numpy as np

    # token 1 is a weak name (B-PER 0.6 against O 1.0), token 2 a weaker continuation
    E = np.array([[2.0, 0.0, -1.0], [1.0, 0.6, -1.0], [1.0, -1.0, 0.7], [2.0, 0.0, 0.0]], np.float32)
    model = _toy_model(tmp_path)
    assert model.o_bias() == 0.0
    assert model.viterbi([E]) == [[0, 0, 0, 0]]
    assert model.viterbi([E], o_bias=0.5) == [[0, 1, 2, 0]]  # the name found, with its second word
    assert model.viterbi([E], o_bias=0.3) == [[0, 0, 0, 0]]  # too small to tip it (threshold 0.35)
    # the bias stored in model.json (per domain) is the default
    biased = _toy_model(tmp_path, {"o_bias": {"none": 0.5}})
    assert biased.o_bias() == 0.5 and biased.viterbi([E, E[:2]]) == [[0, 1, 2, 0], [0, 1]]
    assert biased.viterbi([E], o_bias=0.0) == [[0, 0, 0, 0]]


def test_word_cluster_table_loads():
    from ghotona.ner import clusters
    from ghotona.ner.features import EXTRA, word_features

    names, tab = clusters.table()
    assert names == ("c64", "c256", "c1024")
    assert len(tab) > 5000 and all(len(v) == 3 for v in list(tab.values())[:100])
    assert clusters.key_of("RAB-2024") == "rab-0000"
    hit = clusters.clusters_of("ঢাকা")
    assert hit is not None and 0 <= int(hit[0]) < 64 and 0 <= int(hit[2]) < 1024
    # an unknown inflected form falls back to its stem; an unknown word has none
    assert clusters.clusters_of("অজানাশব্দক্স") is None
    if "cl" in EXTRA:
        own = word_features("ঢাকা", False).own
        assert "c64=" + hit[0] in own and "c1024=" + hit[2] in own
        assert "c=unk" in word_features("অজানাশব্দক্স", False).own


def test_unknown_words_keep_their_spelling_but_not_their_identity():
    from ghotona.ner.features import UNK, sentence_features, vocabulary, word_features

    known = word_features("নেইমারের", False)
    unknown = word_features("নেইমারের", False, None, True)
    assert "w=নেইমারের" in known.own and "unk" not in known.own
    assert "w=" + UNK in unknown.own and "unk" in unknown.own and "c=unk" in unknown.own
    assert not any(f.startswith(("st=নেইমার", "c64=")) for f in unknown.own)
    # its suffix, affixes and shape still speak
    assert {f for f in known.own if f.startswith(("sf=", "s2=", "p2=", "sh="))} == \
        {f for f in unknown.own if f.startswith(("sf=", "s2=", "p2=", "sh="))}
    assert unknown.key == "নেইমারের" and unknown.ident == UNK  # lexicon matches still see the word
    vocab = vocabulary([["গোল", "করেন", "নেইমার"], ["গোল", "করেন"]], 2)
    assert vocab == {"গোল", "করেন"}
    feats = sentence_features(["নেইমার", "গোল", "করেন"], [False] * 3, None, vocab)
    assert "w=" + UNK in feats[0] and "bg+=" + UNK + "|গোল" in feats[0] and "-1w=" + UNK in feats[1]
    # punctuation is never unknown
    assert "w=।" in sentence_features(["।"], [True], None, frozenset())[0]


def test_dictionary_words_speak_for_unknown_words_only():
    from ghotona.ner.features import dictionary, word_features

    assert len(dictionary()) > 50_000 and dictionary()["পুলিশ"] == "noun"
    # an unseen word the dictionary lists (by its stem): probably not a name
    seen, unseen = word_features("পুলিশের", False), word_features("পুলিশের", False, None, True)
    assert "dict" in unseen.own and "dpos=noun" in unseen.own and "nodict" not in unseen.own
    assert "dict" not in seen.own and "nodict" not in seen.own  # a known word's identity says more
    assert "-1dict" in seen.ctx[-1] and "+1dict" in unseen.ctx[1]  # neighbours read it either way
    # an unseen name the dictionary does not list
    name = word_features("নেইমারের", False, None, True)
    assert "nodict" in name.own and "dict" not in name.own and "-1dict" not in name.ctx[-1]
    assert "nodict" not in word_features("।", True, None, True).own


def test_dictionary_build_tool_reads_the_two_wheels(tmp_path: Path):
    import importlib.util
    import zipfile

    tool = Path(__file__).resolve().parents[1] / "tools" / "build_dictionary_words.py"
    spec = importlib.util.spec_from_file_location("build_dictionary_words", tool)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, (_, wheel, member) in mod.WHEELS.items():
        with zipfile.ZipFile(tmp_path / wheel, "w") as z:
            if member.endswith(".csv"):
                z.writestr(member, "অংশ,বিশেষ্য,,,\nঅংশ,বিশেষণ,,,\nকরা,ক্রিয়াবিশেষ্য,,,\nঅ,অব্যয়,,,\n")
            else:
                z.writestr(member, "অংশ\nকাক ২\nফৌজদারি আদালত\nগ্রাম\nabc\n")
    out = tmp_path / "dictionary_words.tsv"
    assert mod.main(["--wheels", str(tmp_path), "--out", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and any("Licence" in ln for ln in lines if ln.startswith("#"))
    rows = [ln for ln in lines if not ln.startswith("#")]
    # one-letter, multi-word and Latin entries dropped; homograph numbers stripped; POS merged
    assert rows == ["term\tpos", "অংশ\tnoun,adj", "করা\tvnoun", "কাক\t", "গ্রাম\t"]


# --- the shipped model and the stage ---------------------------------------------------------------
SENTENCE = ("গতকাল সোমবার বিকেলে নারায়ণগঞ্জের রূপগঞ্জ উপজেলায় সড়ক দুর্ঘটনায় রফিকুল ইসলাম নামে এক "
            "ব্যবসায়ী নিহত হয়েছেন বলে জানিয়েছেন পুলিশ সুপার মোহাম্মদ হারুন অর রশিদ।")


def _tokenised(text: str):
    from ghotona.doc import Document
    from ghotona.pipeline import Pipeline
    from ghotona.text.normalize import normalize_stage
    from ghotona.text.segment import segment_stage

    return Pipeline([normalize_stage, segment_stage])(Document(text))


def test_shipped_model_tags_a_real_sentence():
    from ghotona.ner.stage import ner_stage

    doc = ner_stage(_tokenised(SENTENCE), Options(ner=True))
    ents = doc.get("ner")
    labels = {e.label for e in ents}
    assert {"PER", "LOC"} <= labels, [(e.text, e.label) for e in ents]
    for e in ents:
        assert e.source == "model" and SENTENCE[e.start:e.end] == e.text
    places = [e.text for e in ents if e.label == "LOC"]
    assert any("নারায়ণগঞ্জ" in p or "রূপগঞ্জ" in p for p in places)
    persons = [e.text for e in ents if e.label == "PER"]
    assert any("রফিকুল" in p or "হারুন" in p for p in persons)


def test_stage_offsets_into_the_original_text():
    from ghotona.ner.stage import ner_stage

    # decomposed nukta (য + ়) and a ZWJ change offsets under normalisation
    raw = SENTENCE.replace("য়", "য\u09bc").replace("র্য", "র\u200d্য")
    doc = ner_stage(_tokenised(raw), Options(ner=True))
    assert doc.get("ner")
    for e in doc.get("ner"):
        assert raw[e.start:e.end] == e.text
    round_trip = type(doc).from_json(doc.to_json())
    assert [e.label for e in round_trip.get("ner")] == [e.label for e in doc.get("ner")]


def test_a_person_name_never_holds_a_digit():
    from ghotona.ner.stage import tag_document

    class Tagger:  # tags every token as a one-word person, whatever the text says
        def tag_document(self, sentences):
            return [["B-PER"] * len(words) for words, _ in sentences]

    doc = _tokenised("২৬শে মার্চ রহিম এলেন")
    names = [e.text for e in tag_document(doc, Tagger())]
    assert names == ["মার্চ", "রহিম", "এলেন"]  # "২৬শে" (the 26th) is dropped, the rest kept


def test_stage_is_declared_and_runs_in_a_pipeline():
    from ghotona.ner.stage import ner_stage
    from ghotona.pipeline import Pipeline
    from ghotona.text.normalize import normalize_stage
    from ghotona.text.segment import segment_stage

    assert ner_stage.requires == ("tokens",) and ner_stage.assigns == ("ner",)
    from ghotona.doc import Document

    doc = Pipeline([normalize_stage, segment_stage, ner_stage])(Document(SENTENCE + " " + SENTENCE), Options(ner=True))
    assert len(doc.get("ner")) >= 4
    assert Pipeline([normalize_stage, segment_stage, ner_stage])(Document("")).get("ner") == []


def test_ner_is_off_by_default_and_feeds_victims_when_on():
    import ghotona

    text = ("গতকাল সোমবার বিকেলে নারায়ণগঞ্জের রূপগঞ্জ উপজেলায় সড়ক দুর্ঘটনায় রফিকুল ইসলাম নামে এক "
            "ব্যবসায়ী নিহত হয়েছেন।")
    off = ghotona.analyze(text, "2024-03-05")
    assert off.get("ner") == []
    on = ghotona.analyze(text, "2024-03-05", options=Options(ner=True))
    assert any(e.label == "PER" for e in on.get("ner"))
    assert any(v.text.startswith("রফিকুল ইসলাম") for v in on.events[0].victims)


def test_published_predictions_scored_with_the_authors_scorer():
    """The authors' own predictions on rifat1493's test split, scored by the port of their scorer,
    give a fixed figure; the shipped model is tagged on the same tokens."""
    from ghotona.ner.evaluate import published_comparison, tag_on_given_tokens
    from ghotona.ner.model import shipped_model

    needs_data()
    published = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "rifat1493_published_predictions.tsv.gz"
    model = shipped_model()
    out = published_comparison(model, NER_DATA, published)
    assert out["sentences"] == 1947  # 3 sentences with malformed lines left out
    assert out["published predictions"][2] == pytest.approx(0.6525, abs=1e-4)
    assert 0.5 < out["ghotona"][2] < 1.0
    # names come back onto the given tokens, times as TIM
    tags = tag_on_given_tokens(model, ["গতকাল", "ঢাকায়", "শেখ", "হাসিনা", "বলেন", "।"])
    assert tags[0] == "TIM" and tags[1] == "B-LOC" and tags[2:4] == ["B-PER", "I-PER"]


def test_an_unknown_name_keeps_its_type_across_a_document():
    from ghotona.ner.consistency import in_windows, propagate

    vocab = frozenset({"গোল", "করেন", "ম্যাচে", "আজ", "।"})
    sents = [(["ফরোয়ার্ড", "নেইমার", "গোল", "করেন", "।"], [False, False, False, False, True]),
             (["নেইমারের", "গোলে", "আজ", "জয়", "।"], [False, False, False, False, True]),
             (["গোল", "করেন", "।"], [False, False, True])]
    tags = [["O", "B-PER", "O", "O", "O"], ["O", "O", "O", "O", "O"], ["O", "O", "O"]]
    out = propagate(sents, tags, vocab)
    assert out[1][0] == "B-PER"  # নেইমারের is নেইমার, found once, so a person here too
    assert out[1][1:] == ["O"] * 4 and out[0] == tags[0] and out[2] == tags[2]  # known words untouched
    # a name tagged with two types is left as the model tagged it; no vocabulary: no change
    mixed = [["O", "B-PER", "O", "O", "O"], ["B-ORG", "O", "O", "O", "O"], ["O", "O", "O"]]
    assert propagate(sents, mixed, vocab) == mixed
    assert propagate(sents, tags, None) == tags
    # documents are windows: nothing crosses from one window to the next
    assert in_windows(sents, tags, vocab, window=1) == tags
    # a continuation of a name of the same type is I-
    two = [(["নেইমার", "আসেন"], [False, False]), (["রোনালদো", "নেইমার"], [False, False])]
    assert propagate(two, [["B-PER", "O"], ["B-PER", "O"]], vocab | {"রোনালদো", "আসেন"})[1] == ["B-PER", "I-PER"]


def test_evaluate_command_prints_every_table(capsys):
    from ghotona.ner.evaluate import main

    needs_data()
    assert main(["--data", str(NER_DATA), "--json"]) == 0
    import json

    report = json.loads(capsys.readouterr().out)
    assert {"rifat1493 test", "banglakit test", "rifat1493 test (labels as published)"} <= set(report)
    assert report["rifat1493 test"]["micro"]["f1"] > 0.6
    if "rifat1493 test, the authors' scorer (PER/ORG/LOC)" in report:
        assert set(report["rifat1493 test, the authors' scorer (PER/ORG/LOC)"]) == {"published predictions", "ghotona"}
