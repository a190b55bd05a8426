"""What a word's spelling says about its entity type: a character n-gram naive Bayes model.

Names the tagger has never seen are its main loss (on a dev split of whole unseen stories, most
missed names are unseen transliterations: নেইমার, অ্যান্ডারসনের, ফ্যাব্রিগাসের).  Their spelling
still tells a lot — foreign names are written with অ্যা/্যা clusters and ইং/ক্স endings, Bengali
given names and place names have typical endings (-উদ্দিন, -পুর, -গঞ্জ).  This model reads the
stem of a word (inflection split off by :func:`ghotona.text.morph.split`) as character n-grams of
length 1-4 with boundary marks (``^নে``, ``মার$``) and gives the probability of each class
(PER, LOC, ORG, TIME, O) by multinomial naive Bayes over word *types* (each distinct stem counted
once, with the share of its uses in each class), so that it models what a new word looks like
rather than how often old ones recur.

The CRF receives the result as features (``sp=PER``, ``spPER=hi``); during training each word's
features come from a model fitted without that word's fold (cross-fitting), so the CRF learns how
far to trust the spelling of a word it has not seen; when tagging, the model fitted on all the
training words is used.  The model is a table of n-gram counts per class (``spelling.tsv``).
"""
from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..text.morph import split as morph_split

CLASSES = ("PER", "LOC", "ORG", "TIME", "O")
N_MAX = 4
ALPHA = 0.1  # add-alpha smoothing of the n-gram counts
FOLDS = 5
MIN_GRAM_COUNT = 1  # n-grams seen in fewer types are not stored
HIGH, MID = 0.6, 0.3  # posterior thresholds of the spPER=hi / =mid features


def stem_of(word: str) -> str:
    stem, _ = morph_split(word)
    return (stem or word).lower()


def grams(stem: str) -> list[str]:
    s = "^" + stem + "$"
    return [s[i:i + n] for n in range(1, N_MAX + 1) for i in range(len(s) - n + 1)]


def _fold(stem: str) -> int:
    return int(hashlib.md5(stem.encode("utf-8")).hexdigest()[:8], 16) % FOLDS


def type_labels(sentences: Iterable[tuple[Sequence[str], Sequence[bool], Sequence[str]]]
                ) -> dict[str, np.ndarray]:
    """stem → share of its uses in each class (punctuation and digits left out)."""
    counts: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(len(CLASSES)))
    index = {c: i for i, c in enumerate(CLASSES)}
    for tokens, is_punct, tags in sentences:
        for tok, p, tag in zip(tokens, is_punct, tags):
            if p or any(ch.isdigit() for ch in tok):
                continue
            counts[stem_of(tok)][index.get(tag[2:] if tag != "O" else "O", index["O"])] += 1
    return {s: c / c.sum() for s, c in counts.items()}


class SpellingModel:
    """n-gram → per-class (fractional) type counts; class priors from the type shares."""

    def __init__(self, gram_counts: dict[str, np.ndarray], class_types: np.ndarray):
        self.gram_counts = gram_counts
        self.class_types = class_types
        totals = np.zeros(len(CLASSES))
        for v in gram_counts.values():
            totals += v
        self._log_prior = np.log((class_types + 1) / (class_types.sum() + len(CLASSES)))
        self._denominator = np.log(totals + ALPHA * (len(gram_counts) + 1))
        self._log_unseen = math.log(ALPHA) - self._denominator
        self._log_p = {g: np.log(v + ALPHA) - self._denominator for g, v in gram_counts.items()}
        self._cache: dict[str, tuple[str, ...]] = {}

    @classmethod
    def fit(cls, labelled: dict[str, np.ndarray], min_gram_count: int = 1) -> "SpellingModel":
        grams_of: dict[str, np.ndarray] = defaultdict(lambda: np.zeros(len(CLASSES)))
        seen: Counter = Counter()
        class_types = np.zeros(len(CLASSES))
        for stem, share in labelled.items():
            class_types += share
            for g in set(grams(stem)):
                grams_of[g] += share
                seen[g] += 1
        kept = {g: v for g, v in grams_of.items() if seen[g] >= min_gram_count}
        return cls(kept, class_types)

    def posterior(self, stem: str) -> np.ndarray:
        score = self._log_prior.copy()
        log_p, unseen = self._log_p, self._log_unseen
        for g in set(grams(stem)):
            score += log_p.get(g, unseen)
        score -= score.max()
        p = np.exp(score)
        return p / p.sum()

    def features(self, word: str) -> tuple[str, ...]:
        """``sp=<best class>`` and ``sp<CLASS>=hi|mid`` for entity classes with enough mass."""
        hit = self._cache.get(word)
        if hit is None:
            if any(ch.isdigit() for ch in word) or not any(ch.isalpha() for ch in word):
                hit = ()
            else:
                p = self.posterior(stem_of(word))
                out = ["sp=" + CLASSES[int(p.argmax())]]
                for c, v in zip(CLASSES[:-1], p[:-1]):
                    if v >= HIGH:
                        out.append(f"sp{c}=hi")
                    elif v >= MID:
                        out.append(f"sp{c}=mid")
                hit = tuple(out)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = hit
        return hit

    # --- file -----------------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write("# character n-gram counts per class (ghotona.ner.spelling), written by `python -m "
                    "ghotona.ner.train`.\n# Provenance: counted from the word types of the NER training sentences "
                    "(ner-rifat1493 train_data.txt, MIT; ner-banglakit train/dev parts, CC0); see MODEL.md.\n"
                    "# Licence: derived statistics of MIT and CC0 data, shipped under the project's Apache-2.0.\n")
            f.write("gram\t" + "\t".join(CLASSES) + "\n")
            f.write("<types>\t" + "\t".join(f"{v:.4g}" for v in self.class_types) + "\n")
            for g in sorted(self.gram_counts):
                f.write(g + "\t" + "\t".join(f"{v:.4g}" for v in self.gram_counts[g]) + "\n")

    @classmethod
    def load(cls, path: str | Path) -> "SpellingModel":
        grams_: dict[str, np.ndarray] = {}
        class_types = None
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or line.startswith("gram\t"):
                    continue
                parts = line.rstrip("\n").split("\t")
                vec = np.array([float(x) for x in parts[1:]])
                if parts[0] == "<types>":
                    class_types = vec
                else:
                    grams_[parts[0]] = vec
        if class_types is None:
            raise ValueError(f"{path}: no <types> row")
        return cls(grams_, class_types)


class CrossFitted:
    """Training-time spelling features: each word's from the model fitted without its fold."""

    def __init__(self, labelled: dict[str, np.ndarray]):
        by_fold: dict[int, dict[str, np.ndarray]] = defaultdict(dict)
        for stem, share in labelled.items():
            by_fold[_fold(stem)][stem] = share
        self.models = [SpellingModel.fit({s: v for k, part in by_fold.items() if k != f
                                          for s, v in part.items()}, MIN_GRAM_COUNT) for f in range(FOLDS)]

    def features(self, word: str) -> tuple[str, ...]:
        return self.models[_fold(stem_of(word))].features(word)
