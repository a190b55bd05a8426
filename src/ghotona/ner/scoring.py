"""conlleval-style scoring: exact span match per type, micro-averaged over all types.

A predicted entity counts only if its first token, last token and type all equal a gold entity's.
BIO is read the way conlleval reads it: ``B-X`` starts a name, ``I-X`` continues an open ``X`` and
otherwise starts one, ``O`` closes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence


def entities(tags: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """BIO tags → ``(first, last + 1, TYPE)``."""
    start, typ = -1, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != typ):
            if typ is not None:
                yield start, i, typ
            if tag == "O":
                start, typ = -1, None
            else:
                start, typ = i, tag[2:]


@dataclass
class PRF:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    per_type: dict[str, PRF] = field(default_factory=dict)
    micro: PRF = field(default_factory=PRF)

    def row(self, typ: str | None = None) -> PRF:
        return self.micro if typ is None else self.per_type.get(typ, PRF())

    def restricted(self, types: Iterable[str]) -> PRF:
        """Micro scores over a subset of types (e.g. PER/ORG/LOC without TIME)."""
        out = PRF()
        for t in types:
            r = self.per_type.get(t)
            if r:
                out.tp += r.tp
                out.n_pred += r.n_pred
                out.n_gold += r.n_gold
        return out

    def table(self, title: str = "") -> str:
        lines = [f"{title:<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
        for typ in sorted(self.per_type):
            r = self.per_type[typ]
            lines.append(f"{typ:<10} {100 * r.precision:6.2f} {100 * r.recall:6.2f} {100 * r.f1:6.2f} "
                         f"{r.n_gold:6d} {r.n_pred:6d}")
        m = self.micro
        lines.append(f"{'micro':<10} {100 * m.precision:6.2f} {100 * m.recall:6.2f} {100 * m.f1:6.2f} "
                     f"{m.n_gold:6d} {m.n_pred:6d}")
        return "\n".join(lines)

    def to_dict(self) -> dict:
        def d(r: PRF) -> dict:
            return {"precision": round(r.precision, 4), "recall": round(r.recall, 4), "f1": round(r.f1, 4),
                    "gold": r.n_gold, "pred": r.n_pred, "correct": r.tp}
        return {"micro": d(self.micro), **{t: d(r) for t, r in sorted(self.per_type.items())}}


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Scores:
    """Score parallel lists of BIO tag sequences (one per sentence)."""
    out = Scores()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"gold has {len(g)} tags, prediction {len(p)}")
        gs, ps = set(entities(g)), set(entities(p))
        for e in gs:
            out.per_type.setdefault(e[2], PRF()).n_gold += 1
        for e in ps:
            out.per_type.setdefault(e[2], PRF()).n_pred += 1
        for e in gs & ps:
            out.per_type[e[2]].tp += 1
    for r in out.per_type.values():
        out.micro.tp += r.tp
        out.micro.n_pred += r.n_pred
        out.micro.n_gold += r.n_gold
    return out


def token_score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> PRF:
    """Token-level micro P/R/F1 over non-O tokens, type match only (B/I ignored) — the looser
    figure some papers report; given for comparison, never instead of :func:`score`."""
    out = PRF()
    for g, p in zip(gold, pred, strict=True):
        for a, b in zip(g, p):
            ta, tb = a[2:] if a != "O" else None, b[2:] if b != "O" else None
            out.n_gold += ta is not None
            out.n_pred += tb is not None
            out.tp += ta is not None and ta == tb
    return out


def _chunks_found(guessed: Sequence[Sequence[str]], correct: Sequence[Sequence[str]]) -> tuple[int, int]:
    """(chunks in ``guessed`` that match ``correct``, chunks in ``guessed``), counted as the
    rifat1493 authors' ``compute_precision`` (src/validation.py, commit 0165646) counts them: a chunk
    starts at a ``B-`` tag only (so their ``TIM`` tags are never counted), runs over the following
    ``I-`` tags, and matches when every tag of it equals the other side's and the other side's chunk
    does not go on."""
    found = count = 0
    for g, c in zip(guessed, correct, strict=True):
        i = 0
        while i < len(g):
            if g[i][:1] != "B":
                i += 1
                continue
            count += 1
            if g[i] != c[i]:
                i += 1
                continue
            i += 1
            ok = True
            while i < len(g) and g[i][:1] == "I":
                ok = ok and g[i] == c[i]
                i += 1
            if i < len(g) and c[i][:1] == "I":
                ok = False
            found += ok
    return found, count


def rifat_style_score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]
                      ) -> tuple[float, float, float]:
    """(precision, recall, F1) as the rifat1493 authors compute them (their published BGRU F1
    72.66 is this figure): PER/ORG/LOC chunks over the tags as published, ``TIM`` ignored.  For
    comparison with their number only; :func:`score` is this project's measure."""
    found, n_pred = _chunks_found(pred, gold)
    recalled, n_gold = _chunks_found(gold, pred)
    p = found / n_pred if n_pred else 0.0
    r = recalled / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)
