"""Which event types a sentence reads like: a sentence-level classifier, one of the confidence
filter's inputs.

For each measured event type, a logistic regression over the character n-grams (2-4, each word
padded with a space, as scikit-learn's ``char_wb``; counted) of a sentence's normalised spelling says
how likely a gold annotator put an event of that type in the sentence.  It reads the whole sentence,
not only the trigger and its neighbours, so it sees what the rules do not (an opinion, a rule quoted
from a code of conduct, a sports page).  Trained on the gold **train** split by
``python -m ghotona.events.train_confidence`` together with the filter (which learns from
out-of-fold probabilities, so that it does not trust in-sample ones); stored as the largest weights
of each type in ``resources/events/sentence_types.json``.  Scoring needs no machine-learning
library: a word's weights are summed once and cached, a sentence's score is the sum over its words.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from .. import resources
from ..doc import Document

MODEL_FILE = "events/sentence_types.json"
NGRAM_RANGE = (2, 4)
#: how many words' weight sums a model keeps (words repeat across articles)
WORD_CACHE = 1 << 16

#: (document, sentence index, event type) -> probability
SentenceProbabilities = Callable[[Document, int, str], float]


def word_ngrams(word: str, low: int = NGRAM_RANGE[0], high: int = NGRAM_RANGE[1]) -> list[str]:
    """The character n-grams of one word padded with a space either side (a word shorter than n
    gives itself once, and no longer n-grams)."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(low, high + 1):
        if len(padded) <= n:
            grams.append(padded)
            break
        grams.extend(padded[i:i + n] for i in range(len(padded) - n + 1))
    return grams


def char_ngrams(text: str) -> list[str]:
    """The n-grams of every word of ``text`` (lower-cased), each as often as it occurs."""
    return [g for word in text.lower().split() for g in word_ngrams(word)]


def sentence_texts(doc: Document, indices: Iterable[int]) -> dict[int, str]:
    """The normalised spelling of the given sentences (the classifier reads these: Bengali and ASCII
    digits, ZWNJ or not, read alike)."""
    return {i: doc.norm_text_of(doc.sentences[i]) for i in indices}


class SentenceTypeModel:
    def __init__(self, types: dict[str, tuple[float, dict[str, float]]], info: dict):
        #: event type -> (bias, n-gram weights)
        self.types = types
        self.info = info
        self._order = sorted(types)
        self._biases = [types[t][0] for t in self._order]
        self._positions = {t: k for k, t in enumerate(self._order)}
        index: dict[str, list[float]] = {}
        for k, t in enumerate(self._order):
            for gram, weight in types[t][1].items():
                index.setdefault(gram, [0.0] * len(self._order))[k] = weight
        self._index = {g: tuple(v) for g, v in index.items()}
        self._words: dict[str, tuple[float, ...]] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SentenceTypeModel) and (self.types, self.info) == (other.types, other.info)

    def _word(self, word: str) -> tuple[float, ...]:
        found = self._words.get(word)
        if found is None:
            sums = [0.0] * len(self._order)
            for gram in word_ngrams(word):
                weights = self._index.get(gram)
                if weights is not None:
                    for k, w in enumerate(weights):
                        sums[k] += w
            if len(self._words) >= WORD_CACHE:
                self._words.clear()
            found = self._words[word] = tuple(sums)
        return found

    def scores(self, text: str) -> dict[str, float]:
        """P(an annotator coded an event of each type in this sentence), by type."""
        return {t: self.score(text, t) for t in self._order}

    def score(self, text: str, event_type: str) -> float:
        """P(an annotator coded an event of ``event_type`` in this sentence); 0.0 for a type the
        model does not know. Only that type's weights are summed."""
        k = self._positions.get(event_type)
        if k is None:
            return 0.0
        z = self._biases[k]
        known = self._words
        for word in text.lower().split():
            z += (known.get(word) or self._word(word))[k]
        return 1.0 / (1.0 + math.exp(-(-500.0 if -500.0 > z else z)))  # (max(z, -500.0) without the call)

    def probabilities(self) -> SentenceProbabilities:
        """A reader of this model's probability for a document's sentence (a sentence's scores are
        kept in the document's working cache)."""

        def read(doc: Document, sentence: int, event_type: str) -> float:
            # An event asks for its own type in its trigger's sentences: that one type is scored
            # (kept per document, sentence and type) rather than all of them.
            cache: dict[tuple[int, int, str], float] = doc.cache.setdefault("sentence_type_scores", {})
            key = (id(self), sentence, event_type)
            found = cache.get(key)
            if found is None:
                found = cache[key] = self.score(doc.norm_text_of(doc.sentences[sentence]), event_type)
            return found

        return read

    def to_json(self) -> dict:
        return {"ngram_range": list(NGRAM_RANGE), "info": self.info,
                "types": {t: {"bias": b, "weights": dict(sorted(w.items()))} for t, (b, w) in sorted(self.types.items())}}

    @classmethod
    def from_json(cls, data: dict) -> SentenceTypeModel:
        if tuple(data.get("ngram_range", NGRAM_RANGE)) != NGRAM_RANGE:
            raise ValueError(f"sentence type model: n-gram range {data.get('ngram_range')} is not this code's {NGRAM_RANGE}")
        return cls({t: (float(v["bias"]), {g: float(w) for g, w in v["weights"].items()})
                    for t, v in data["types"].items()}, data.get("info", {}))

    @classmethod
    def load(cls, path: str | Path) -> SentenceTypeModel:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped_model() -> SentenceTypeModel:
    return SentenceTypeModel.from_json(resources.read_json(MODEL_FILE))
