"""Train the NER model: ``python -m ghotona.ner.train [--data ../shared/data] [--out DIR]``.

Reads both NER sets (:mod:`ghotona.ner.data`), computes features (:mod:`ghotona.ner.features`),
trains a CRF (CRFsuite L-BFGS with elastic-net regularisation) on the training parts of both sets
plus their dev parts, and writes ``model.crfsuite``, ``model.json`` and ``MODEL.md`` (training data,
licences, command, date, scores on both test splits) to ``--out`` (default: the package's
``resources/ner/``).

The two sets annotate differently (banglakit's DATE is only weekday names, it leaves police and
government unmarked, rifat1493 marks them ORG; rifat1493 marks villages and upazilas LOC), so every
feature is given twice: once shared and once prefixed by its corpus (``R|`` rifat1493, ``K|``
banglakit) — "frustratingly easy" domain adaptation (Daumé 2007).  The shipped model tags running
text with the ``R`` (rifat1493) conventions; ``--domain`` changes that.

``--compare`` instead trains the CRF and the averaged perceptron (:mod:`ghotona.ner.perceptron`) on
the training parts only, scores both on dev and both test splits, and prints the table (model
selection uses dev only).  Training is deterministic: CRFsuite's L-BFGS has no randomness, the
perceptron shuffles with a fixed seed, the splits are seeded (:data:`ghotona.ner.data.SEED`).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Sequence

from .. import __version__ as ghotona_version
from .. import resources
from .data import DEV_SPLITS, SEED, Sentence, Splits, data_dir, load_splits
from .features import sentence_features, vocabulary
from .model import META_FILE, MODEL_DIR, MODEL_FILE, SPELLING_FILE, VOCAB_FILE, NerModel, export
from .consistency import in_windows
from .scoring import Scores, score

DOMAINS = {"rifat1493": "R", "banglakit": "K"}
RUNTIME_DOMAIN = "R"
CRF_PARAMS = {"c1": 0.05, "c2": 0.15, "max_iterations": 300}
#: words seen fewer times than this in training are unknown words, both in training and when
#: tagging (:func:`ghotona.ner.features.vocabulary`; 0: every word is known)
UNK_MIN_COUNT = 2
#: give the CRF what a word's spelling suggests (:mod:`ghotona.ner.spelling`)
SPELLING = True
#: one type per unknown name within a document (:mod:`ghotona.ner.consistency`); corpora without
#: documents are read in windows of DOC_WINDOW consecutive sentences
DOCUMENT_CONSISTENCY = True
VOCAB_HEADER = ("# vocab.txt: the words (ghotona.ner.clusters.key_of) the NER model knows, seen at least "
                "unk_min_count times in its training sentences (ner-rifat1493, MIT; ner-banglakit, CC0); "
                "written by `python -m ghotona.ner.train`; licence Apache-2.0 (derived list)\n")
CONSISTENCY_TEXT = ("Then, within a document, an unknown word the model tagged with one type somewhere takes "
                    "that type at its untagged mentions (`ghotona.ner.consistency`; `model.json` "
                    "`document_consistency`); the NER test sets, which have no documents, are read as "
                    "documents of 20 consecutive sentences.")
SCHEME = "BIO"
PERCEPTRON_EPOCHS = 12
#: per domain: the constant subtracted from the O label's score when decoding (> 0: more names
#: found, recall for precision).  Chosen on the dev splits with ``--select`` (a model trained on the
#: training parts only; MODEL.md), stored in model.json and applied by :class:`NerModel`.
O_BIAS = {"R": 0.0, "K": 0.0}
BIAS_GRID = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def to_bilou(tags: Sequence[str]) -> list[str]:
    """BIO → BILOU: a one-word name is ``U-X``, the last word of a longer one ``L-X``."""
    out = []
    for i, t in enumerate(tags):
        if t == "O":
            out.append(t)
            continue
        cont = i + 1 < len(tags) and tags[i + 1] == "I-" + t[2:]
        out.append(("B-" if cont else "U-") + t[2:] if t.startswith("B-") else ("I-" if cont else "L-") + t[2:])
    return out


def domain_of(sentence: Sentence, use_domains: bool = True) -> str | None:
    return DOMAINS.get(sentence.source) if use_domains else None


def featurize(sentences: Sequence[Sentence], domain: str | None | Callable[[Sentence], str | None],
              vocab: frozenset[str] | None = None, spelling: Callable[[str], Sequence[str]] | None = None
              ) -> list[list[list[str]]]:
    pick = domain if callable(domain) else (lambda s: domain)
    return [sentence_features(s.tokens, s.is_punct, pick(s), vocab, spelling) for s in sentences]


def train_crf(sentences: Sequence[Sentence], path: str | Path, *, use_domains: bool = True,
              c1: float = CRF_PARAMS["c1"], c2: float = CRF_PARAMS["c2"],
              max_iterations: int = CRF_PARAMS["max_iterations"], minfreq: float = 0,
              scheme: str = SCHEME, unk_min_count: int = UNK_MIN_COUNT, spelling: bool = SPELLING,
              verbose: bool = False) -> dict:
    """Train a CRF on ``sentences`` and write it to ``path``; return timing, size, the vocabulary it
    was trained with (``"vocab"``; None: no unknown words) and the spelling model fitted on all
    its words (``"spelling"``; the CRF saw cross-fitted ones)."""
    import sklearn_crfsuite  # noqa: F401  (the declared dependency; it brings python-crfsuite)
    import pycrfsuite

    t0 = time.perf_counter()
    vocab = vocabulary((s.tokens for s in sentences), unk_min_count) if unk_min_count > 0 else None
    full_spelling = cross_fitted = None
    if spelling:
        from .spelling import MIN_GRAM_COUNT, CrossFitted, SpellingModel, type_labels

        labelled = type_labels((s.tokens, s.is_punct, s.tags) for s in sentences)
        cross_fitted = CrossFitted(labelled)
        full_spelling = SpellingModel.fit(labelled, MIN_GRAM_COUNT)
    X = featurize(sentences, lambda s: domain_of(s, use_domains), vocab,
                  cross_fitted.features if cross_fitted else None)
    t_feat = time.perf_counter() - t0
    trainer = pycrfsuite.Trainer(algorithm="lbfgs", verbose=verbose)
    for x, s in zip(X, sentences):
        if x:
            trainer.append(x, to_bilou(s.tags) if scheme == "BILOU" else s.tags)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": max_iterations,
                        "feature.possible_transitions": True, "feature.minfreq": minfreq})
    t1 = time.perf_counter()
    trainer.train(str(path))
    return {"features_s": round(t_feat, 1), "train_s": round(time.perf_counter() - t1, 1),
            "size_bytes": os.path.getsize(path), "sentences": len(sentences),
            "tokens": sum(len(s.tokens) for s in sentences),
            "params": {"c1": c1, "c2": c2, "max_iterations": max_iterations, "scheme": scheme,
                       "minfreq": minfreq, "unk_min_count": unk_min_count, "spelling": spelling},
            "vocab": vocab, "spelling": full_spelling}


def evaluate_tagger(tag: Callable[[Sequence[Sentence], str | None], list[list[str]]],
                    sentences: Sequence[Sentence], domain: str | None) -> tuple[Scores, float]:
    """Scores and tokens/s of ``tag(sentences, domain)`` (features + tagging; caches cleared first)."""
    from .features import word_features

    word_features.cache_clear()
    t0 = time.perf_counter()
    pred = tag(sentences, domain)
    elapsed = time.perf_counter() - t0
    n = sum(len(s.tokens) for s in sentences)
    return score([s.tags for s in sentences], pred), n / elapsed if elapsed else float("inf")


def model_tagger(model: NerModel) -> Callable[[Sequence[Sentence], str | None], list[list[str]]]:
    """Tags sentences in the order given, as documents of DOC_WINDOW consecutive sentences."""

    def tag(sentences: Sequence[Sentence], domain: str | None) -> list[list[str]]:
        model.set_domain(domain)
        model._cache.clear()
        return model.tag_in_windows([(s.tokens, s.is_punct) for s in sentences])

    return tag


def features_tagger(tag_one: Callable[[list[list[str]]], list[str]]):
    def tag(sentences: Sequence[Sentence], domain: str | None) -> list[list[str]]:
        return [tag_one(sentence_features(s.tokens, s.is_punct, domain)) for s in sentences]

    return tag


def test_sets(splits: Splits, runtime_domain: str | None) -> list[tuple[str, list[Sentence], str | None]]:
    """(name, sentences, domain) rows that are scored: each test set with its own corpus's
    conventions, and banglakit also as the shipped model tags running text."""
    rows = []
    for name, sents in splits.tests.items():
        own = DOMAINS.get(name) if runtime_domain else None
        rows.append((f"{name} test", sents, own))
        if runtime_domain and own != runtime_domain:
            rows.append((f"{name} test (as shipped, {runtime_domain})", sents, runtime_domain))
    return rows


def train_model(sentences: Sequence[Sentence], out_dir: Path, *, use_domains: bool = True,
                o_bias: dict[str, float] | None = None, document_consistency: bool = DOCUMENT_CONSISTENCY,
                **params) -> dict:
    """Train the CRF and write the shipped form (``model.npz`` + ``model.json``) to ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        crf_path = Path(tmp) / "model.crfsuite"
        info = train_crf(sentences, crf_path, use_domains=use_domains, **params)
        info["crfsuite_bytes"] = info.pop("size_bytes")
        domains = tuple(DOMAINS.values()) if use_domains else ()
        info.update(export(crf_path, out_dir / MODEL_FILE, domains))
    info["size_bytes"] = os.path.getsize(out_dir / MODEL_FILE)
    vocab = info.pop("vocab")
    if vocab is not None:
        (out_dir / VOCAB_FILE).write_text(VOCAB_HEADER + "".join(w + "\n" for w in sorted(vocab)), encoding="utf-8")
        info["vocab_file"], info["vocab_words"] = VOCAB_FILE, len(vocab)
    elif (out_dir / VOCAB_FILE).exists():
        (out_dir / VOCAB_FILE).unlink()
    spelling = info.pop("spelling")
    if spelling is not None:
        spelling.save(out_dir / SPELLING_FILE)
        info["spelling_file"] = SPELLING_FILE
    elif (out_dir / SPELLING_FILE).exists():
        (out_dir / SPELLING_FILE).unlink()
    domain = RUNTIME_DOMAIN if use_domains and RUNTIME_DOMAIN in domains else None
    meta = {"model_file": MODEL_FILE, "domain": domain, "trained": dt.date.today().isoformat(),
            "ghotona_version": ghotona_version, **info,
            "o_bias": {k: v for k, v in (o_bias or {}).items() if v and k in domains},
            "document_consistency": document_consistency}
    (out_dir / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return meta


def compare(splits: Splits, out: Path, use_domains: bool = True) -> str:
    """Train CRF and perceptron on the training parts; score on dev and the tests."""
    from .perceptron import Perceptron

    lines = []
    results = {}
    meta = train_model(splits.train, out / "crf", use_domains=use_domains)
    results["CRF"] = (meta["train_s"] + meta["features_s"], meta["size_bytes"],
                      model_tagger(NerModel.from_dir(out / "crf")))

    t0 = time.perf_counter()
    X = featurize(splits.train, lambda s: domain_of(s, use_domains))
    p = Perceptron().fit(X, [s.tags for s in splits.train], epochs=PERCEPTRON_EPOCHS, seed=SEED)
    p_path = out / "compare-perceptron.npz"
    p.save(p_path)
    results["perceptron"] = (time.perf_counter() - t0, os.path.getsize(p_path), features_tagger(p.tag))

    rt = RUNTIME_DOMAIN if use_domains else None
    rows = [("dev " + name, [s for s in splits.dev if s.source == name], DOMAINS[name] if use_domains else None)
            for name in splits.tests]
    rows += test_sets(splits, rt)
    for learner, (train_s, size, tag) in results.items():
        lines.append(f"## {learner}: training {train_s:.0f} s, model {size / 1e6:.1f} MB")
        for name, sents, dom in rows:
            sc, tps = evaluate_tagger(tag, sents, dom)
            lines.append(f"{name}: micro F1 {100 * sc.micro.f1:.2f}, {tps:,.0f} tokens/s")
            lines.append(sc.table(name))
    return "\n".join(lines)


def select(splits: Splits, out: Path, grid: Sequence[float] = BIAS_GRID, **params) -> str:
    """Train on the training parts only and score each dev split at every O-bias of ``grid``
    (emissions computed once; only the decoding changes).  Model selection reads this, never test."""
    meta = train_model(splits.train, out, **params)
    model = NerModel.from_dir(out)
    lines = [f"training {meta['train_s'] + meta['features_s']:.0f} s, model {meta['size_bytes'] / 1e6:.2f} MB, "
             f"params {meta['params']}", "dev       O-bias      P      R     F1"]
    best: dict[str, tuple[float, float]] = {}
    by_bias: dict[float, list[float]] = {}
    for name, dom in DOMAINS.items():
        sents = [s for s in splits.dev if s.source == name]
        model.set_domain(dom)
        em = [model.emissions(s.tokens, s.is_punct) for s in sents]
        for b in grid:
            pred = [[model.bio_labels[k] for k in p] for p in model.viterbi(em, o_bias=b)]
            if model.document_consistency:
                pred = in_windows([(s.tokens, s.is_punct) for s in sents], pred, model.vocab)
            m = score([s.tags for s in sents], pred).micro
            lines.append(f"{name:10s} {b:5.2f}  {100 * m.precision:6.2f} {100 * m.recall:6.2f} {100 * m.f1:6.2f}")
            by_bias.setdefault(b, []).append(m.f1)
            if m.f1 > best.get(dom, (-1, 0))[0]:
                best[dom] = (m.f1, b)
    lines.append("best O-bias per dev set: " + ", ".join(f"{d} {b:g} (F1 {100 * f:.2f})" for d, (f, b) in best.items()))
    shared = max(by_bias, key=lambda b: (sum(by_bias[b]), -b))
    lines.append(f"best shared O-bias (mean F1 of the dev sets): {shared:g} "
                 f"({100 * sum(by_bias[shared]) / len(by_bias[shared]):.2f})")
    return "\n".join(lines)


MODEL_MD = """# The shipped NER model

`model.npz` is a linear-chain CRF (trained with CRFsuite through sklearn-crfsuite/python-crfsuite,
L-BFGS, c1={c1}, c2={c2}, {max_iterations} iterations, trained on {scheme} labels and read out as BIO)
that tags Bengali tokens with BIO labels over
**PER, ORG, LOC, TIME**, exported as numpy arrays (`ghotona.ner.model.export`: the weights of each
feature and its domain copy summed, zero weights dropped; tagging needs numpy only and gives the
same labels as CRFsuite).  `model.json` holds its settings.  It is loaded once, lazily, by
`ghotona.ner.stage` (the `ner` layer).

## Training data (not shipped; read from `../shared/data` at training time)

| set | licence | used |
|---|---|---|
| ner-rifat1493 (github.com/Rifat1493/Bengali-NER, commit 0165646) | MIT, © 2023 Md Jamiur Rahman Rifat | `train_data.txt`: train {r_train} + seeded 10 % dev {r_dev} sentences (dev for model selection; the shipped model is trained on both); `test_data.txt` ({r_test} sentences) held out |
| ner-banglakit (github.com/banglakit/bengali-ner-data, 8777ed5) | CC0 1.0 | seeded 80/20 split: train {b_train} + dev {b_dev} sentences; test {b_test} held out (after dropping {b_dups} repeated sentences and {b_dropped} whose spaCy tokenisation could not be reproduced) |

Mapping: PERSON→PER, GPE→LOC, DATE/TIM→TIME, LAW→O.  Label cleaning (rules in
`ghotona/ner/data.py`): {cleaning}.

Features (`ghotona/ner/features.py`): word, stem and suffixes from `ghotona.text.morph.split`,
prefixes/suffixes of 1-4 characters, character trigrams of the stem, word shape, digits,
gazetteer / actor lexicon / person-cue membership (single and multi-word), verb forms, words
±3, stems ±2, suffixes, shapes and cues ±1, word bigrams and the stem bigram with the previous word{cluster_text}{unknown_text}.  Every feature is also given with its
corpus as prefix (domain adaptation); each test set is scored with its own corpus's conventions and
the stage tags running text with the `{domain}` (rifat1493) ones: they mark villages and upazilas,
police, government and parties, and whole time expressions, which the event stage needs, while
banglakit leaves many persons and places unmarked (many of the "false" persons the `R` conventions
find in banglakit's test split are real names: রুহুল কবির রিজভী, খন্দকার মাহবুব হোসেন …).  Because the features read the morphological splitter, the gazetteer and the
lexicons, retrain after large changes to them.

Decoding: Viterbi over the CRF's scores with a constant subtracted from the O label's score at
every token (trading precision for recall), per domain: {o_bias_text}.  Chosen on the dev splits
(`python -m ghotona.ner.train --select`, a model trained on the training parts only), stored in
`model.json` (`o_bias`).{consistency_text}

## Command

```
{command}
```

Trained {date} with ghotona {version}, {n_tokens:,} tokens, {train_s:.0f} s on this machine
(features {feat_s:.0f} s); model {size_mb:.1f} MB.  Deterministic: same data, same code, same model.

## Scores (conlleval-style exact span match; `python -m ghotona.ner.evaluate`)

{scores}

The published BGRU on rifat1493's test split reports F1 72.66, computed by the authors' own
`src/validation.py`: PER/ORG/LOC chunks that start with a `B-` tag, over the labels as published,
`TIM` not counted.  The figures above are exact-span micro F1 over PER/ORG/LOC/TIME on the cleaned
test labels.  The same tokens scored with the authors' scorer (`ghotona.ner.scoring.rifat_style_score`;
`benchmarks/data/README.md`), for this model and for the only predictions the authors published
(`Input/predicted_label.txt`; which of their models wrote it is not stated):

{published}
"""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghotona.ner.train", description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--out", default=None, help="output folder (default: the package's resources/ner)")
    ap.add_argument("--compare", action="store_true", help="compare CRF and perceptron on dev/test")
    ap.add_argument("--no-domains", action="store_true", help="no per-corpus feature copies")
    ap.add_argument("--iterations", type=int, default=CRF_PARAMS["max_iterations"])
    ap.add_argument("--c1", type=float, default=CRF_PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=CRF_PARAMS["c2"])
    ap.add_argument("--scheme", choices=("BIO", "BILOU"), default=SCHEME,
                    help="label scheme the CRF is trained on (the tagger always reads out BIO)")
    ap.add_argument("--unk-min-count", type=int, default=UNK_MIN_COUNT,
                    help="words seen fewer times in training are unknown words (0: none)")
    ap.add_argument("--no-spelling", action="store_true", help="no character n-gram spelling features")
    ap.add_argument("--no-consistency", action="store_true",
                    help="do not carry an unknown name's type to its other mentions in a document")
    ap.add_argument("--dev-split", choices=DEV_SPLITS, default="random",
                    help="rifat1493 dev: random sentences, or the last 10%% of train_data.txt (whole stories)")
    ap.add_argument("--limit", type=int, default=0, help="train on the first N sentences only (smoke test)")
    ap.add_argument("--select", action="store_true",
                    help="train on the training parts only and print dev scores over the O-bias grid")
    ap.add_argument("--o-bias", default=None,
                    help="O-label penalty per domain, e.g. R=0.5,K=0.25 (default: %s)"
                    % ",".join(f"{k}={v:g}" for k, v in O_BIAS.items()))
    args = ap.parse_args(argv)

    root = data_dir(args.data)
    if not (root / "ner-rifat1493").is_dir():
        print(f"NER data not found under {root} (use --data)", file=sys.stderr)
        return 2
    out = Path(args.out) if args.out else resources.path(MODEL_DIR)
    out.mkdir(parents=True, exist_ok=True)
    splits = load_splits(root, dev_split=args.dev_split)
    print(f"train {len(splits.train)}, dev {len(splits.dev)}, "
          + ", ".join(f"{k} test {len(v)}" for k, v in splits.tests.items()), file=sys.stderr)
    print(f"cleaning: {splits.stats}", file=sys.stderr)
    use_domains = not args.no_domains
    if args.compare:
        with tempfile.TemporaryDirectory() as tmp:
            print(compare(splits, Path(tmp), use_domains))
        return 0
    params = dict(c1=args.c1, c2=args.c2, max_iterations=args.iterations, scheme=args.scheme,
                  unk_min_count=args.unk_min_count, spelling=not args.no_spelling,
                  document_consistency=not args.no_consistency)
    if args.select:
        with tempfile.TemporaryDirectory() as tmp:
            print(select(splits, Path(tmp), use_domains=use_domains, **params))
        return 0
    o_bias = dict(O_BIAS)
    if args.o_bias:
        for part in args.o_bias.split(","):
            k, _, v = part.partition("=")
            o_bias[k.strip()] = float(v)

    sentences = splits.train + splits.dev
    if args.limit:
        sentences = sentences[: args.limit]
    meta = train_model(sentences, out, use_domains=use_domains, o_bias=o_bias, **params)
    info, domain = meta, meta["domain"]
    model = NerModel.from_dir(out)
    score_lines = []
    for name, sents, dom in test_sets(splits, domain):
        sc, tps = evaluate_tagger(model_tagger(model), sents, dom)
        meta.setdefault("scores", {})[name] = {**sc.to_dict(), "tokens_per_s": round(tps)}
        score_lines.append(f"{name}: micro F1 **{100 * sc.micro.f1:.2f}** "
                           f"(PER/ORG/LOC only {100 * sc.restricted(('PER', 'ORG', 'LOC')).f1:.2f}), "
                           f"{tps:,.0f} tokens/s\n\n```\n{sc.table(name.split()[0])}\n```\n")
        print(score_lines[-1])
    from .evaluate import published_comparison, scored_rows as _scored

    comparison = published_comparison(model, root) or {}
    published = "\n".join(f"* {k}: P {100 * p:.2f}, R {100 * r:.2f}, **F1 {100 * f:.2f}** "
                          f"({comparison['sentences']:,} of {len(splits.tests.get('rifat1493', [])):,} sentences)"
                          for k, (p, r, f) in _scored(comparison)) or "(not available)"
    print(published)
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    parts = {(s.source, "dev"): 0 for s in splits.dev}
    for s in splits.dev:
        parts[(s.source, "dev")] = parts.get((s.source, "dev"), 0) + 1
    cmd = " ".join(["python -m ghotona.ner.train", *(argv if argv is not None else sys.argv[1:])])
    from .clusters import table as cluster_table
    from .features import EXTRA

    names, tab = cluster_table()
    cluster_text = (f", and the word's distributional cluster at {len(names)} granularities "
                    f"({', '.join(names)}; `{MODEL_DIR}/clusters.tsv`, {len(tab):,} words, below)"
                    if "cl" in EXTRA and tab else "")
    unknown_text = ""
    if meta.get("vocab_file"):
        unknown_text += (f".  Words seen fewer than {info['params']['unk_min_count']} times in training are "
                         f"*unknown words* (`{meta['vocab_file']}` lists the {meta['vocab_words']:,} known "
                         "ones): their word, stem, bigram and cluster features read `<unk>`, in training and "
                         "when tagging, so the model learns from the words it saw once what a name it has "
                         "never seen looks like")
    if meta.get("spelling_file"):
        unknown_text += (f"; and what the word's spelling suggests (`{meta['spelling_file']}`, "
                         "`ghotona.ner.spelling`: naive Bayes over the character 1-4-grams of the stem, "
                         "fitted on word types; cross-fitted in 5 folds for training, so the CRF learns "
                         "how far to trust it on words it has not seen)")
    if meta.get("vocab_file") and "dict" in EXTRA:
        unknown_text += ("; and whether an unknown word (by itself, its stem or its next split "
                         "candidates) is a headword of a Bengali dictionary, with its parts of speech "
                         "(`resources/dictionary_words.tsv`, `tools/build_dictionary_words.py`; the "
                         "neighbours ±1 read dictionary membership for every word)")
    kept = ""
    if (out / "MODEL.md").exists():  # the learner comparison is written by hand from --compare
        old = (out / "MODEL.md").read_text(encoding="utf-8")
        for head in ("\n## Word clusters", "\n## Learner comparison"):  # written by hand; kept
            if head in old:
                kept = "\n" + old[old.index(head):].strip() + "\n"
                break
    (out / "MODEL.md").write_text(MODEL_MD.format(
        **info["params"], r_train=splits.train_parts.get("rifat1493", 0),
        r_dev=parts.get(("rifat1493", "dev"), 0), r_test=len(splits.tests.get("rifat1493", [])),
        b_train=splits.train_parts.get("banglakit", 0), b_dev=parts.get(("banglakit", "dev"), 0),
        b_test=len(splits.tests.get("banglakit", [])),
        b_dropped=splits.stats.counts.get("banglakit: sentence not alignable, dropped", 0),
        b_dups=splits.stats.counts.get("banglakit: duplicate sentence dropped", 0), cleaning=str(splits.stats), domain=domain,
        command=cmd, date=meta["trained"], version=ghotona_version, n_tokens=info["tokens"],
        train_s=info["train_s"], feat_s=info["features_s"], size_mb=info["size_bytes"] / 1e6,
        scores="\n".join(score_lines), cluster_text=cluster_text, unknown_text=unknown_text, published=published,
        consistency_text=(" " + CONSISTENCY_TEXT) if meta.get("document_consistency") else "",
        o_bias_text=", ".join(f"{k} {v:g}" for k, v in o_bias.items()) or "none") + kept, encoding="utf-8")
    print(f"wrote {out / MODEL_FILE} ({info['size_bytes'] / 1e6:.1f} MB) and MODEL.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
