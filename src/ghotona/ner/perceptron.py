"""An averaged structured perceptron (first-order, Viterbi decoding) in numpy: the second learner
the CRF is compared with.  Same feature strings as the CRF; features never seen in training are
ignored at tagging time; BIO-impossible transitions (O → I-X, B-X → I-Y) are forbidden in decoding.
"""
from __future__ import annotations

import random
from pathlib import Path
from typing import Sequence

import numpy as np

from .data import LABELS


def _allowed() -> np.ndarray:
    """allowed[i, j]: may label j follow label i?  Row ``len(LABELS)`` is the sentence start."""
    n = len(LABELS)
    ok = np.ones((n + 1, n), dtype=bool)
    for j, lab in enumerate(LABELS):
        if lab.startswith("I-"):
            for i in range(n + 1):
                prev = LABELS[i] if i < n else "O"
                ok[i, j] = prev != "O" and prev[2:] == lab[2:]
    return ok


class Perceptron:
    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.W = np.zeros((0, len(LABELS)), dtype=np.float32)
        self.T = np.zeros((len(LABELS) + 1, len(LABELS)), dtype=np.float32)
        self._mask = np.where(_allowed(), 0.0, -1e9).astype(np.float32)
        self._lab = {lab: i for i, lab in enumerate(LABELS)}

    # --- decoding ----------------------------------------------------------------------------
    def _ids(self, feats: Sequence[Sequence[str]], grow: bool = False) -> tuple[np.ndarray, np.ndarray]:
        index = self.index
        ids: list[int] = []
        offsets: list[int] = []
        for f in feats:
            offsets.append(len(ids))
            if grow:
                for a in f:
                    i = index.get(a)
                    if i is None:
                        i = index[a] = len(index)
                    ids.append(i)
            else:
                ids.extend(i for i in map(index.get, f) if i is not None)
        return np.asarray(ids, dtype=np.int64), np.asarray(offsets, dtype=np.int64)

    def _emissions(self, W: np.ndarray, ids: np.ndarray, offsets: np.ndarray, n: int) -> np.ndarray:
        if len(ids) == 0:
            return np.zeros((n, W.shape[1]), dtype=np.float32)
        # reduceat needs strictly usable offsets: a token without known features gets row 0 of an
        # all-zero pad.
        rows = np.vstack([W[ids], np.zeros((1, W.shape[1]), dtype=W.dtype)])
        lengths = np.diff(np.append(offsets, len(ids)))
        E = np.add.reduceat(rows, np.minimum(offsets, len(ids)), axis=0)[:n]
        E[lengths == 0] = 0.0
        return E

    def _viterbi(self, E: np.ndarray, T: np.ndarray) -> list[int]:
        n, L = E.shape
        trans = T[:L] + self._mask[:L]
        score = T[L] + self._mask[L] + E[0]
        back = np.zeros((n, L), dtype=np.int64)
        for t in range(1, n):
            cand = score[:, None] + trans
            back[t] = cand.argmax(axis=0)
            score = cand.max(axis=0) + E[t]
        best = [int(score.argmax())]
        for t in range(n - 1, 0, -1):
            best.append(int(back[t, best[-1]]))
        return best[::-1]

    def tag(self, feats: Sequence[Sequence[str]]) -> list[str]:
        if not feats:
            return []
        ids, offsets = self._ids(feats)
        E = self._emissions(self.W, ids, offsets, len(feats))
        return [LABELS[i] for i in self._viterbi(E, self.T)]

    # --- training ----------------------------------------------------------------------------
    def fit(self, X: Sequence[Sequence[Sequence[str]]], Y: Sequence[Sequence[str]], epochs: int = 10,
            seed: int = 0) -> "Perceptron":
        data = [(*self._ids(x, grow=True), np.array([self._lab[y] for y in ys])) for x, ys in zip(X, Y) if x]
        L = len(LABELS)
        W = np.zeros((len(self.index), L), dtype=np.float32)
        U = np.zeros_like(W)  # running sum of c * update, for averaging
        T = np.zeros((L + 1, L), dtype=np.float32)
        UT = np.zeros_like(T)
        c = 1
        rng = random.Random(seed)
        order = list(range(len(data)))
        for _ in range(epochs):
            rng.shuffle(order)
            for k in order:
                ids, offsets, gold = data[k]
                n = len(gold)
                E = self._emissions(W, ids, offsets, n)
                pred = np.array(self._viterbi(E, T))
                if not np.array_equal(pred, gold):
                    ends = np.append(offsets[1:], len(ids))
                    for t in np.nonzero(pred != gold)[0]:
                        rows = ids[offsets[t]:ends[t]]
                        W[rows, gold[t]] += 1
                        W[rows, pred[t]] -= 1
                        U[rows, gold[t]] += c
                        U[rows, pred[t]] -= c
                    prev_g = np.append(L, gold[:-1])
                    prev_p = np.append(L, pred[:-1])
                    for t in range(n):
                        if prev_g[t] != prev_p[t] or gold[t] != pred[t]:
                            T[prev_g[t], gold[t]] += 1
                            T[prev_p[t], pred[t]] -= 1
                            UT[prev_g[t], gold[t]] += c
                            UT[prev_p[t], pred[t]] -= c
                c += 1
        self.W = W - U / c
        self.T = T - UT / c
        # drop features whose averaged weights are all zero
        keep = np.abs(self.W).sum(axis=1) > 1e-6
        names = sorted(self.index, key=self.index.get)
        self.W = self.W[keep].astype(np.float32)
        self.index = {a: i for i, a in enumerate(n for n, k in zip(names, keep) if k)}
        return self

    # --- persistence -------------------------------------------------------------------------
    def save(self, path: str | Path) -> None:
        names = np.array(sorted(self.index, key=self.index.get), dtype=object)
        np.savez_compressed(path, W=self.W.astype(np.float16), T=self.T,
                            names="\n".join(names).encode("utf-8"))

    @classmethod
    def load(cls, path: str | Path) -> "Perceptron":
        z = np.load(path, allow_pickle=False)
        p = cls()
        p.W = z["W"].astype(np.float32)
        p.T = z["T"]
        names = z["names"].item().decode("utf-8").split("\n") if len(z["W"]) else []
        p.index = {a: i for i, a in enumerate(names)}
        return p
