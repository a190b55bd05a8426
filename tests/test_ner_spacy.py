"""The spaCy NER experiment (ghotona.ner.spacy_tagger): imports without spaCy; with spaCy, a tiny
pipeline trains on toy sentences and gives BIO tags of the right shape (seconds, no data, no
downloads)."""
from __future__ import annotations

import pytest

from ghotona.ner import spacy_tagger
from ghotona.ner.data import Sentence
from ghotona.ner.scoring import entities


def _sents() -> list[Sentence]:
    toks = ["শেখ", "হাসিনা", "ঢাকায়", "গেছেন", "।"]
    kinds = ["word"] * 4 + ["punct"]
    return [Sentence(toks, kinds, ["B-PER", "I-PER", "B-LOC", "O", "O"], "rifat1493", i) for i in range(4)]


def test_module_imports_without_touching_spacy():
    assert spacy_tagger.FINAL in spacy_tagger.CONFIGS
    assert "spacy" in spacy_tagger._ner_model_config(spacy_tagger.CONFIGS["base"])["@architectures"]


def test_tiny_pipeline_trains_and_tags(tmp_path):
    pytest.importorskip("spacy")
    cfg = {**spacy_tagger.CONFIGS[spacy_tagger.FINAL], "width": 16, "depth": 1, "hidden": 16}
    sents = _sents()
    summary = spacy_tagger.train("tiny", cfg, sents, {"rifat1493": sents[:2]}, tmp_path,
                                 max_epochs=30, eval_every=5, patience=100, log=lambda *a: None)
    assert summary["history"] and (tmp_path / "best").is_dir()
    import spacy

    nlp = spacy.load(tmp_path / "best")
    doc = spacy_tagger.to_doc(nlp.vocab, sents[0], cfg, "R", with_gold=True)
    assert spacy_tagger.doc_tags(doc) == sents[0].tags
    pred = spacy_tagger.tag(nlp, sents, cfg, "R")
    assert [len(p) for p in pred] == [len(s.tokens) for s in sents]
    assert all(t == "O" or t[:2] in ("B-", "I-") for p in pred for t in p)
    list(entities(pred[0]))
