"""Build the NER word-cluster table: ``python tools/build_word_clusters.py [--data ../shared/data]``.

Distributional word classes learnt locally from unlabeled Bengali text, for the NER features
(:mod:`ghotona.ner.clusters`).  The text: the sentences of the NER training parts (rifat1493
``train_data.txt`` — its train and dev parts — and banglakit's train/dev parts; never a test
sentence) and, unless ``--ner-only``, the ``article`` field of news-bdnews and the ``text`` of
news-ednil2020.  Every text is normalised and tokenised as the pipeline does; digits are read as 0.

Method (deterministic): counts of each vocabulary word (frequency >= ``--min-count``, default 1: every word) with the
``--contexts`` most frequent words at offsets -1 and +1 (by position) and ±2 (either side);
positive PMI with context-distribution smoothing 0.75; truncated SVD (``--dims``); rows L2-normalised;
k-means (fixed seed) at each granularity of ``--k``.  Writes ``resources/ner/clusters.tsv``:
a commented header (provenance, command, sizes) and ``word<TAB>c64<TAB>c256<TAB>…`` rows.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from ghotona import resources  # noqa: E402
from ghotona.ner.clusters import CLUSTER_FILE, key_of  # noqa: E402
from ghotona.ner.data import data_dir, load_splits  # noqa: E402
from ghotona.text.normalize import normalize  # noqa: E402
from ghotona.text.segment import tokenize_text  # noqa: E402

_SENT_END = re.compile(r"(?<=[।?!])\s+|\n+")


def news_sentences(root: Path) -> list[list[str]]:
    """Token lists of the news articles' sentences (each distinct sentence once: BBC Bangla items
    repeat every sentence)."""
    texts = []
    for name, field in (("news-bdnews", "article"), ("news-ednil2020", "text")):
        path = root / name / "articles-bn.jsonl"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line).get(field) or "")
    seen, out = set(), []
    for text in texts:
        for sent in _SENT_END.split(text):
            sent = sent.strip()
            if not sent or sent in seen:
                continue
            seen.add(sent)
            norm, _ = normalize(sent)
            out.append([norm[s:e] for s, e, _ in tokenize_text(norm)])
    return out


def build(sentences: list[list[str]], min_count: int, n_contexts: int, dims: int, ks: list[int],
          seed: int = 1493) -> tuple[list[str], np.ndarray]:
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD

    sents = [[key_of(t) for t in s] for s in sentences]
    freq = Counter(t for s in sents for t in s)
    vocab = sorted((w for w, c in freq.items() if c >= min_count), key=lambda w: (-freq[w], w))
    vi = {w: i for i, w in enumerate(vocab)}
    ci = {w: i for i, w in enumerate(vocab[:n_contexts])}
    C = len(ci)
    rows, cols = [], []
    for s in sents:
        ids = [vi.get(t, -1) for t in s]
        cids = [ci.get(t, -1) for t in s]
        n = len(s)
        for i, w in enumerate(ids):
            if w < 0:
                continue
            for off, block in ((-1, 0), (1, 1), (-2, 2), (2, 2)):
                j = i + off
                c = cids[j] if 0 <= j < n else C  # C: the sentence edge
                if c >= 0:
                    rows.append(w)
                    cols.append(block * (C + 1) + c)
    M = sparse.coo_matrix((np.ones(len(rows), dtype=np.float64), (rows, cols)),
                          shape=(len(vocab), 3 * (C + 1))).tocsr()
    M.sum_duplicates()
    total = M.sum()
    pw = np.asarray(M.sum(axis=1)).ravel() / total
    pc = np.asarray(M.sum(axis=0)).ravel() ** 0.75
    pc /= pc.sum()
    M = M.tocoo()
    pmi = np.log(M.data / total / (pw[M.row] * pc[M.col]))
    keep = pmi > 0
    P = sparse.csr_matrix((pmi[keep], (M.row[keep], M.col[keep])), shape=M.shape)
    X = TruncatedSVD(n_components=dims, algorithm="randomized", n_iter=7, random_state=seed).fit_transform(P)
    X /= np.maximum(np.linalg.norm(X, axis=1, keepdims=True), 1e-9)
    labels = []
    for k in ks:
        km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=seed).fit(X)
        labels.append(km.labels_)
    return vocab, np.stack(labels, axis=1)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None)
    ap.add_argument("--out", default=None, help="default: the package's resources/ner/" + CLUSTER_FILE)
    ap.add_argument("--ner-only", action="store_true", help="only the NER training sentences")
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--contexts", type=int, default=3000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--k", default="64,256,1024")
    args = ap.parse_args(argv)
    root = data_dir(args.data)
    splits = load_splits(root)
    sentences = [s.tokens for s in splits.train + splits.dev]
    n_ner = len(sentences)
    if not args.ner_only:
        sentences += news_sentences(root)
    ks = [int(k) for k in args.k.split(",")]
    vocab, lab = build(sentences, args.min_count, args.contexts, args.dims, ks)
    out = Path(args.out) if args.out else resources.path("ner") / CLUSTER_FILE
    n_tok = sum(len(s) for s in sentences)
    cmd = "python tools/build_word_clusters.py" + (" " + " ".join(argv if argv is not None else sys.argv[1:])).rstrip()
    head = [
        "# Word clusters for the NER features (ghotona.ner.clusters); built by " + cmd.strip(),
        f"# {dt.date.today().isoformat()}: {len(vocab):,} words (frequency >= {args.min_count}) from "
        f"{len(sentences):,} sentences, {n_tok:,} tokens; PPMI (offsets -1, +1, ±2; {args.contexts} context words) "
        f"→ SVD {args.dims} → k-means {args.k} (seed 1493)",
        f"# text: NER training sentences ({n_ner:,}: ner-rifat1493 train_data.txt, MIT; ner-banglakit "
        "train/dev parts, CC0; no test sentence)"
        + ("" if args.ner_only else " + news-bdnews articles (Dec 2025) and news-ednil2020 articles "
           "(2000-2007), each distinct sentence once"),
        "# provenance: generated from the sources above; only derived statistics are kept (word -> cluster "
        "number); no sentence of any source is stored",
        "# licence: ner-rifat1493 MIT (c) 2023 Md Jamiur Rahman Rifat; ner-banglakit CC0 1.0"
        + ("" if args.ner_only else "; news-bdnews (newspapers' copyright) and news-ednil2020 (FIRE 2020 "
           "task data) are marked 'local evaluation only' in the shared data README: shipping this "
           "derived table needs the project's confirmation (resources/ner/MODEL.md)"),
        "word\t" + "\t".join(f"c{k}" for k in ks),
    ]
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(head) + "\n")
        for w, row in zip(vocab, lab):
            f.write(w + "\t" + "\t".join(str(int(x)) for x in row) + "\n")
    print(f"wrote {out}: {len(vocab):,} words, {out.stat().st_size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
