"""The shipped NER model and its fast tagger.

Training writes a CRFsuite model; :func:`export` folds it into ``model.npz``: for each corpus
domain (``R`` rifat1493, ``K`` banglakit) the weight of a feature ``f`` is the CRF's weight of ``f``
plus that of ``D|f`` (the domain-adapted copy), so tagging needs each feature once.  Only features
with a non-zero weight are kept (the CRF's L1 term removes most), as a dense float32 matrix per
domain.  ``model.json`` holds the settings, ``MODEL.md`` the provenance and scores.

:class:`NerModel` tags with numpy: the emission scores a word contributes — its own features and
what it gives each neighbour ±2 — are summed once per distinct word and cached; per sentence only
bigram and multi-word features are looked up; Viterbi runs over all sentences of a call at once
(padded), so its Python loop is as long as the longest sentence, not the document.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from .. import resources
from .features import CTX, EXTRA, SPELLING_CONTEXT, _multiword, is_unknown, sentence_words, word_features

MODEL_DIR = "ner"
MODEL_FILE = "model.npz"
META_FILE = "model.json"
#: the words the model knows (one table key a line; ``model.json`` ``vocab_file``): others are
#: tagged as unknown words (:func:`ghotona.ner.features.vocabulary`)
VOCAB_FILE = "vocab.txt"
#: character n-gram class model (``model.json`` ``spelling_file``; :mod:`ghotona.ner.spelling`)
SPELLING_FILE = "spelling.tsv"
_CACHE_LIMIT = 200_000


def export(crf_path: str | Path, out_path: str | Path, domains: Sequence[str] = ("R", "K")) -> dict:
    """Fold a CRFsuite model (trained with domain-prefixed feature copies) into ``model.npz``."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = sorted(info.labels, key=lambda lab: int(info.labels[lab]))
    li = {lab: i for i, lab in enumerate(labels)}
    L = len(labels)
    trans = np.zeros((L, L), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        trans[li[a], li[b]] = w
    arrays: dict[str, np.ndarray] = {"labels": np.array("\n".join(labels).encode("utf-8")), "trans": trans}
    for dom in list(domains) + [""]:
        pre = dom + "|" if dom else None
        weights: dict[str, np.ndarray] = {}
        for (attr, lab), w in info.state_features.items():
            if attr[1:2] == "|":
                if pre is None or not attr.startswith(pre):
                    continue
                attr = attr[2:]
            vec = weights.get(attr)
            if vec is None:
                vec = weights[attr] = np.zeros(L, dtype=np.float32)
            vec[li[lab]] += w
        names = sorted(weights)
        key = dom or "none"
        arrays[f"attrs_{key}"] = np.array("\n".join(names).encode("utf-8"))
        arrays[f"W_{key}"] = np.stack([weights[n] for n in names]) if names else np.zeros((0, L), np.float32)
    np.savez_compressed(out_path, **arrays)
    return {"labels": labels, "attributes": {d or "none": len(arrays[f"W_{d or 'none'}"]) for d in list(domains) + [""]}}


class _WordScores:
    __slots__ = ("own", "ctx")

    def __init__(self, own: np.ndarray, ctx: np.ndarray):
        self.own = own
        self.ctx = ctx  # one row per offset in CTX


class NerModel:
    """Tags sentences of normalised token strings with BIO labels (PER, ORG, LOC, TIME)."""

    def __init__(self, path: str | Path, domain: str | None = "R", meta: dict | None = None):
        self.path = Path(path)
        self.meta = meta or {}
        z = np.load(self.path, allow_pickle=False)
        self.labels: list[str] = z["labels"].item().decode("utf-8").split("\n")
        self.trans = z["trans"].astype(np.float32)
        # BILOU models are read out as BIO: U-X → B-X, L-X → I-X
        self.bio_labels = [("B-" if lab[:2] == "U-" else "I-" if lab[:2] == "L-" else lab[:2]) + lab[2:]
                           for lab in self.labels]
        self._folds = {k[2:]: (z[k].astype(np.float32), z["attrs_" + k[2:]].item().decode("utf-8"))
                       for k in z.files if k.startswith("W_")}
        self._lock = threading.Lock()
        self.o_index = self.labels.index("O") if "O" in self.labels else -1
        #: per domain: a constant subtracted from the O label's score of every token when decoding
        #: (tuned on dev; > 0 trades precision for recall); see :meth:`o_bias`
        self.o_biases: dict[str, float] = {str(k): float(v) for k, v in (self.meta.get("o_bias") or {}).items()}
        vocab_file = self.meta.get("vocab_file")
        self.vocab: frozenset[str] | None = None
        if vocab_file:
            with open(self.path.parent / vocab_file, encoding="utf-8") as f:
                self.vocab = frozenset(line.rstrip("\n") for line in f if line.strip() and not line.startswith("# "))
        spelling_file = self.meta.get("spelling_file")
        self.spelling = None
        if spelling_file:
            from .spelling import SpellingModel

            self.spelling = SpellingModel.load(self.path.parent / spelling_file)
        self.domain = None
        self.set_domain(domain)

    def set_domain(self, domain: str | None) -> None:
        key = domain or "none"
        if key not in self._folds:
            raise ValueError(f"model has no domain {domain!r}; it has {sorted(self._folds)}")
        if key == getattr(self, "_key", None):
            return
        W, names = self._folds[key]
        self._key = key
        self.domain = domain
        self.W = W
        self.index = {a: i for i, a in enumerate(names.split("\n"))} if names else {}
        self._zero = np.zeros(len(self.labels), dtype=np.float32)
        self._cache: dict[tuple[str, bool], _WordScores] = {}
        self._extra = {f"{o:+d}{'BOS' if o < 0 else 'EOS'}": self._vec([f"{o:+d}{'BOS' if o < 0 else 'EOS'}"])
                       for o in CTX}

    @classmethod
    def from_dir(cls, folder: str | Path, domain: str | None = None) -> "NerModel":
        folder = Path(folder)
        meta_path = folder / META_FILE
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        return cls(folder / meta.get("model_file", MODEL_FILE), domain or meta.get("domain"), meta)

    # --- scores --------------------------------------------------------------------------------
    def _vec(self, attrs: Sequence[str]) -> np.ndarray:
        ids = [i for i in map(self.index.get, attrs) if i is not None]
        if not ids:
            return self._zero
        if len(ids) == 1:
            return self.W[ids[0]]
        return self.W[ids].sum(axis=0)

    def _word(self, word: str, is_punct: bool) -> _WordScores:
        key = (word, is_punct)
        ws = self._cache.get(key)
        if ws is None:
            wf = word_features(word, is_punct, None, is_unknown(word, is_punct, self.vocab))
            sp = () if self.spelling is None or is_punct else self.spelling.features(word)
            ws = _WordScores(self._vec(wf.own + list(sp)),
                             np.stack([self._vec(wf.ctx[o] + [f"{o:+d}" + a for a in sp] if o in SPELLING_CONTEXT
                                                 else wf.ctx[o]) for o in CTX]))
            if len(self._cache) > _CACHE_LIMIT:
                self._cache.clear()
            self._cache[key] = ws
        return ws

    def emissions(self, tokens: Sequence[str], is_punct: Sequence[bool]) -> np.ndarray:
        n = len(tokens)
        scores = [self._word(t, bool(p)) for t, p in zip(tokens, is_punct)]
        E = np.array([s.own for s in scores], dtype=np.float32)
        C = np.array([s.ctx for s in scores], dtype=np.float32)  # n × offsets × labels
        extra = self._extra
        for j, off in enumerate(CTX):
            k = abs(off)
            if off < 0:
                if n > k:
                    E[k:] += C[:-k, j]
                E[:min(k, n)] += extra[f"{off:+d}BOS"]
            else:
                if n > k:
                    E[:-k] += C[k:, j]
                E[max(0, n - k):] += extra[f"{off:+d}EOS"]
        # bigrams and multi-word lexicon matches (per sentence)
        index, W = self.index, self.W
        wfs = sentence_words(tokens, [bool(p) for p in is_punct], None, self.vocab)
        keys = ["<s>"] + [w.ident for w in wfs] + ["</s>"]
        sbg = "sbg" in EXTRA
        for i in range(n):
            k = keys[i + 1]
            j = index.get("bg-=" + keys[i] + "|" + k)
            if j is not None:
                E[i] += W[j]
            j = index.get("bg+=" + k + "|" + keys[i + 2])
            if j is not None:
                E[i] += W[j]
            if sbg:
                j = index.get("sbg-=" + (wfs[i - 1].ident_stem if i else "<s>") + "|" + wfs[i].ident_stem)
                if j is not None:
                    E[i] += W[j]
        for i, marks in enumerate(_multiword(wfs)):
            if marks:
                E[i] += self._vec(marks)
        return E

    # --- decoding ------------------------------------------------------------------------------
    def o_bias(self) -> float:
        """The O-label penalty for the current domain (0 if none was tuned)."""
        return self.o_biases.get(self.domain or "none", 0.0)

    def viterbi(self, emissions: Sequence[np.ndarray], o_bias: float | None = None) -> list[list[int]]:
        """Best label paths for several sentences at once (padded batch).  ``o_bias`` (default: the
        model's, :meth:`o_bias`) is subtracted from the O label's score at every token."""
        B = len(emissions)
        if B == 0:
            return []
        lengths = np.array([len(e) for e in emissions])
        T_max = int(lengths.max())
        L = len(self.labels)
        E = np.zeros((B, T_max, L), dtype=np.float32)
        for b, e in enumerate(emissions):
            E[b, : len(e)] = e
        bias = self.o_bias() if o_bias is None else o_bias
        if bias and self.o_index >= 0:
            E[:, :, self.o_index] -= bias
        trans = self.trans
        score = E[:, 0].copy()
        back = np.zeros((B, T_max, L), dtype=np.int16)
        for t in range(1, T_max):
            cand = score[:, :, None] + trans  # B × from × to
            best = cand.argmax(axis=1)
            new = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + E[:, t]
            live = lengths > t
            score = np.where(live[:, None], new, score)
            back[:, t] = best
        paths = []
        last = score.argmax(axis=1)
        for b in range(B):
            n = int(lengths[b])
            y = [int(last[b])]
            bk = back[b]
            for t in range(n - 1, 0, -1):
                y.append(int(bk[t, y[-1]]))
            paths.append(y[::-1])
        return paths

    def tag_many(self, sentences: Sequence[tuple[Sequence[str], Sequence[bool]]]) -> list[list[str]]:
        """BIO labels for several sentences ``(tokens, is_punct)``."""
        labels = self.bio_labels
        with self._lock:
            todo = [(i, self.emissions(t, p)) for i, (t, p) in enumerate(sentences) if len(t)]
            paths = self.viterbi([e for _, e in todo])
        out: list[list[str]] = [[] for _ in sentences]
        for (i, _), path in zip(todo, paths):
            out[i] = [labels[k] for k in path]
        return out

    def tag(self, tokens: Sequence[str], is_punct: Sequence[bool]) -> list[str]:
        return self.tag_many([(tokens, is_punct)])[0]

    @property
    def document_consistency(self) -> bool:
        """Whether this model's tags are made consistent within a document
        (:mod:`ghotona.ner.consistency`; ``model.json`` ``document_consistency``)."""
        return bool(self.meta.get("document_consistency")) and self.vocab is not None

    def tag_document(self, sentences: Sequence[tuple[Sequence[str], Sequence[bool]]]) -> list[list[str]]:
        """BIO labels for the sentences of one document: :meth:`tag_many`, then one type per unknown
        name across the document when the model asks for it."""
        return self.tag_in_windows(sentences, max(len(sentences), 1))

    def tag_in_windows(self, sentences: Sequence[tuple[Sequence[str], Sequence[bool]]],
                       window: int | None = None) -> list[list[str]]:
        """As :meth:`tag_document`, reading every ``window`` consecutive sentences as one document
        (corpora without document boundaries; default :data:`ghotona.ner.consistency.DOC_WINDOW`)."""
        from .consistency import DOC_WINDOW, in_windows

        tags = self.tag_many(sentences)
        if not self.document_consistency:
            return tags
        return in_windows(sentences, tags, self.vocab, window or DOC_WINDOW)


_shipped: NerModel | None = None
_shipped_lock = threading.Lock()


def shipped_model() -> NerModel:
    """The model under ``resources/ner/``, loaded on first use and kept."""
    global _shipped
    if _shipped is None:
        with _shipped_lock:
            if _shipped is None:
                folder = resources.path(MODEL_DIR)
                if not (folder / MODEL_FILE).exists():
                    raise FileNotFoundError(
                        f"no NER model at {folder / MODEL_FILE}; train one with python -m ghotona.ner.train")
                _shipped = NerModel.from_dir(folder)
    return _shipped


__all__ = ["MODEL_DIR", "MODEL_FILE", "META_FILE", "SPELLING_FILE", "VOCAB_FILE", "NerModel", "export", "shipped_model"]
