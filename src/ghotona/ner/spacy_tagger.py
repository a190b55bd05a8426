"""A spaCy NER pipeline trained from ``spacy.blank("bn")``, compared with the shipped CRF (issue 6).

``python -m ghotona.ner.spacy_tagger --data ../shared/data [--out DIR] [--configs A,B] [--test]``

Experiment code only: the shipped tagger stays the CRF (:mod:`ghotona.ner.model`); nothing here is
used by the pipeline, and ``spacy`` is imported lazily, inside the functions, so the module imports
without it.  No pretrained weights or vectors: the pipeline is ``spacy.blank("bn")`` plus a ``ner``
component whose tok2vec is a CNN (MaxoutWindowEncoder) over hash embeddings, trained here.

Same data, splits and scoring as the CRF: sentences from :func:`ghotona.ner.data.load_splits`
(ghotona's tokens, cleaned labels, PER/ORG/LOC/TIME BIO; training parts of both sets; the seeded
dev splits; the held-out test splits), fed to spaCy as pre-tokenised :class:`~spacy.tokens.Doc`
objects (so token boundaries are identical), predictions turned back into BIO and scored with
:func:`ghotona.ner.scoring.score` (conlleval-style exact spans, micro over the four types).

Configurations (:data:`CONFIGS`): the embedded token attributes, the width/depth of the CNN, and
two optional ghotona inputs carried in token slots a blank pipeline leaves empty:

* ``domain``: the corpus (``R`` rifat1493 / ``K`` banglakit) in the token's ``MORPH`` (``Dom=R``)
  on every token — the neural analogue of the CRF's domain-prefixed feature copies; each test set
  is tagged with its own corpus's conventions, as the CRF's are;
* ``lex``: the stem from :func:`ghotona.text.morph.split` in ``LEMMA``, and gazetteer / actor
  lexicon / person cue / verb membership (single and multi-word, the CRF's own lexicon features,
  :mod:`ghotona.ner.features`) as one string in ``TAG``.

Training: fixed seed, Adam (spaCy defaults, parameter averaging), batches compounding from 100 to
1,000 words, dropout 0.1 (or the configuration's), evaluated on both dev splits every
``--eval-every`` steps; the checkpoint with the best mean of the two dev micro F1 is kept (``DIR/NAME/best``).  ``--test`` scores the best
checkpoint of the last configuration named on the test splits (once, for the final choice) and
reports tokens/s and the model's size on disk; with ``--full-steps N`` the configuration is first
retrained on train + dev for the N steps that were best on dev (as the shipped CRF is trained on
train + dev) and that model is scored instead.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path
from typing import Sequence

from .data import SEED, Sentence, data_dir, load_splits
from .scoring import Scores, entities, score

DOMAINS = {"rifat1493": "R", "banglakit": "K"}

_BASE = {"attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [5000, 1000, 2500, 2500],
         "width": 96, "depth": 4, "window": 1, "hidden": 64, "domain": False, "lex": False,
         "dropout": 0.1}
#: the configurations compared on dev (MODEL.md, "spaCy comparison")
CONFIGS: dict[str, dict] = {
    # spaCy's default CPU NER tok2vec (width 96, depth 4, NORM/PREFIX/SUFFIX/SHAPE)
    "base": dict(_BASE),
    # + the corpus as an input on every token
    "dom": {**_BASE, "attrs": _BASE["attrs"] + ["MORPH"], "rows": _BASE["rows"] + [50],
            "domain": True},
    # + stem and lexicon membership
    "dom_lex": {**_BASE, "attrs": _BASE["attrs"] + ["MORPH", "LEMMA", "TAG"],
                "rows": _BASE["rows"] + [50, 5000, 200], "domain": True, "lex": True},
    # wider and deeper CNN with the same inputs
    "dom_lex_wide": {**_BASE, "attrs": _BASE["attrs"] + ["MORPH", "LEMMA", "TAG"],
                     "rows": [10000, 2000, 5000, 2500, 50, 5000, 200], "width": 128, "depth": 6,
                     "hidden": 128, "domain": True, "lex": True},
    # dom_lex with more dropout (the runs above peak after ~5 epochs and then overfit)
    "dom_lex_d3": {**_BASE, "attrs": _BASE["attrs"] + ["MORPH", "LEMMA", "TAG"],
                   "rows": _BASE["rows"] + [50, 5000, 200], "domain": True, "lex": True,
                   "dropout": 0.3},
    "dom_lex_wide_d3": {**_BASE, "attrs": _BASE["attrs"] + ["MORPH", "LEMMA", "TAG"],
                        "rows": [10000, 2000, 5000, 2500, 50, 5000, 200], "width": 128, "depth": 6,
                        "hidden": 128, "domain": True, "lex": True, "dropout": 0.3},
}
FINAL = "dom_lex_wide_d3"


def _ner_model_config(cfg: dict) -> dict:
    return {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner", "extra_state_tokens": False, "hidden_width": cfg["hidden"],
        "maxout_pieces": 2, "use_upper": True, "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": cfg["width"],
                      "attrs": cfg["attrs"], "rows": cfg["rows"], "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": cfg["width"],
                       "depth": cfg["depth"], "window_size": cfg["window"], "maxout_pieces": 3},
        },
    }


def build(cfg: dict):
    """A blank Bengali pipeline with an untrained ``ner`` component."""
    import spacy

    nlp = spacy.blank("bn")
    nlp.add_pipe("ner", config={"model": _ner_model_config(cfg)})
    return nlp


# --- ghotona sentences <-> spaCy docs --------------------------------------------------------------
def _lex_strings(tokens: Sequence[str], is_punct: Sequence[bool]) -> tuple[list[str], list[str]]:
    """(stems, lexicon-membership strings) of one sentence, from the CRF's cached word features."""
    from .features import _multiword, word_features

    words = [word_features(t, p, None) for t, p in zip(tokens, is_punct)]
    marks = _multiword(words)
    stems, lex = [], []
    for wf, mk in zip(words, marks):
        stems.append(wf.stem.lower())
        flags = [f for f in wf.own if f.startswith(("gaz=", "act=", "cue=")) or f in ("verb", "punct")]
        lex.append("|".join(flags + mk))
    return stems, lex


def to_doc(vocab, sentence: Sentence, cfg: dict, domain: str | None, with_gold: bool = False):
    """A pre-tokenised Doc with the configuration's extra inputs set (and gold entities)."""
    from spacy.tokens import Doc

    kw: dict = {}
    if cfg.get("domain"):
        kw["morphs"] = [f"Dom={domain or 'R'}"] * len(sentence.tokens)
    if cfg.get("lex"):
        kw["lemmas"], kw["tags"] = _lex_strings(sentence.tokens, sentence.is_punct)
    if with_gold:
        ents = ["O"] * len(sentence.tokens)
        for a, b, t in entities(sentence.tags):
            ents[a] = "B-" + t
            for i in range(a + 1, b):
                ents[i] = "I-" + t
        kw["ents"] = ents
    return Doc(vocab, words=list(sentence.tokens), spaces=[True] * len(sentence.tokens), **kw)


def doc_tags(doc) -> list[str]:
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = "B-" + ent.label_
        for i in range(ent.start + 1, ent.end):
            tags[i] = "I-" + ent.label_
    return tags


def tag(nlp, sentences: Sequence[Sentence], cfg: dict, domain: str | None, batch_size: int = 64
        ) -> list[list[str]]:
    """BIO tags for ``sentences`` (input preparation + the pipeline's components)."""
    docs = (to_doc(nlp.vocab, s, cfg, domain) for s in sentences)
    out = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        out.append(doc_tags(doc))
    return out


def evaluate(nlp, sentences: Sequence[Sentence], cfg: dict, domain: str | None
             ) -> tuple[Scores, float]:
    from .features import word_features

    word_features.cache_clear()
    t0 = time.perf_counter()
    pred = tag(nlp, sentences, cfg, domain)
    dt = time.perf_counter() - t0
    n = sum(len(s.tokens) for s in sentences)
    return score([s.tags for s in sentences], pred), n / dt if dt else float("inf")


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file())


# --- training ------------------------------------------------------------------------------------
def train(name: str, cfg: dict, train_sents: Sequence[Sentence], dev: dict[str, list[Sentence]],
          out: Path, *, max_epochs: int = 30, max_seconds: float = 600, eval_every: int = 200,
          patience: int = 8, max_steps: int = 0, seed: int = SEED % (2 ** 31), log=print) -> dict:
    """Train one configuration; keep the checkpoint with the best mean dev micro F1 in
    ``out/best``; return the dev history and the best scores.  With no ``dev`` sets: train for
    exactly ``max_steps`` steps (a step count chosen on dev) and save the averaged model in
    ``out/full``."""
    from spacy.training import Example
    from spacy.training.batchers import minibatch_by_words
    from spacy.util import compounding, fix_random_seed

    fix_random_seed(seed)
    rng = random.Random(seed)
    nlp = build(cfg)
    examples = [Example(to_doc(nlp.vocab, s, cfg, DOMAINS.get(s.source)),
                        to_doc(nlp.vocab, s, cfg, DOMAINS.get(s.source), with_gold=True))
                for s in train_sents if s.tokens]
    optimizer = nlp.initialize(lambda: examples, sgd=None)
    ner = nlp.get_pipe("ner")
    log(f"[{name}] {len(examples)} training sentences, labels {sorted(ner.labels)}")
    sizes = compounding(100.0, 1000.0, 1.001)
    t0 = time.perf_counter()
    step, best, best_step, evals_since, history = 0, -1.0, 0, 0, []
    out.mkdir(parents=True, exist_ok=True)
    done = False
    for epoch in range(1, max_epochs + 1):
        rng.shuffle(examples)
        losses: dict = {}
        for batch in minibatch_by_words(examples, size=sizes, tolerance=0.2):
            nlp.update(batch, drop=cfg.get("dropout", 0.1), sgd=optimizer, losses=losses)
            step += 1
            if not dev:
                if step >= max_steps:
                    done = True
                    break
                continue
            if step % eval_every == 0:
                with nlp.use_params(optimizer.averages):
                    row = {"step": step, "epoch": epoch, "s": round(time.perf_counter() - t0)}
                    for dname, sents in dev.items():
                        sc, _ = evaluate(nlp, sents, cfg, DOMAINS[dname])
                        row[dname] = round(100 * sc.micro.f1, 2)
                        row[dname + "_PR"] = (round(100 * sc.micro.precision, 2),
                                              round(100 * sc.micro.recall, 2))
                    row["mean"] = round(sum(row[d] for d in dev) / len(dev), 2)
                    history.append(row)
                    log(f"[{name}] step {step} epoch {epoch} {row['s']} s loss {losses.get('ner', 0):.0f} "
                        + " ".join(f"{d} {row[d]:.2f}" for d in dev) + f" mean {row['mean']:.2f}")
                    if row["mean"] > best:
                        best, best_step, evals_since = row["mean"], step, 0
                        nlp.to_disk(out / "best")
                    else:
                        evals_since += 1
                if evals_since >= patience or time.perf_counter() - t0 > max_seconds:
                    done = True
                    break
        if done:
            break
    elapsed = time.perf_counter() - t0
    if not dev:
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(out / "full")
        summary = {"name": name, "config": cfg, "train_s": round(elapsed), "steps": step,
                   "epochs": epoch, "size_bytes": dir_size(out / "full"), "sentences": len(examples)}
        (out / "summary_full.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
        log(f"[{name}] trained on train + dev for {step} steps ({epoch} epochs); {elapsed:.0f} s")
        return summary
    best_row = next(r for r in history if r["step"] == best_step) if history else {}
    summary = {"name": name, "config": cfg, "train_s": round(elapsed), "steps": step,
               "epochs": epoch, "best": best_row, "size_bytes": dir_size(out / "best"),
               "history": history}
    (out / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))
    log(f"[{name}] best mean dev {best:.2f} at step {best_step}; {elapsed:.0f} s")
    return summary


def test(name: str, cfg: dict, tests: dict[str, list[Sentence]], model_dir: Path, log=print) -> dict:
    """Score a saved checkpoint on the test splits (each with its own corpus's conventions)."""
    import spacy

    nlp = spacy.load(model_dir)
    report = {"name": name, "size_bytes": dir_size(model_dir)}
    for tname, sents in tests.items():
        evaluate(nlp, sents[:50], cfg, DOMAINS[tname])  # warm-up
        sc, tps = evaluate(nlp, sents, cfg, DOMAINS[tname])
        report[tname] = {**sc.to_dict(), "tokens_per_s": round(tps)}
        log(f"{tname} test: micro F1 {100 * sc.micro.f1:.2f}, {tps:,.0f} tokens/s")
        log(sc.table(tname))
    return report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghotona.ner.spacy_tagger",
                                 description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--out", default="/tmp/ghotona-spacy-ner", help="where models and summaries go")
    ap.add_argument("--configs", default=FINAL,
                    help=f"comma-separated configurations to train ({', '.join(CONFIGS)}; default {FINAL})")
    ap.add_argument("--max-epochs", type=int, default=30)
    ap.add_argument("--max-seconds", type=float, default=600, help="training time limit per configuration")
    ap.add_argument("--eval-every", type=int, default=200, help="steps between dev evaluations")
    ap.add_argument("--patience", type=int, default=8, help="dev evaluations without improvement before stopping")
    ap.add_argument("--no-train", action="store_true", help="reuse the saved checkpoints")
    ap.add_argument("--full-steps", type=int, default=0,
                    help="instead of dev selection: train the last configuration on train + dev for "
                         "this many steps (the best step on dev) into DIR/NAME/full")
    ap.add_argument("--test", action="store_true",
                    help="score the best checkpoint of the last configuration on the test splits")
    args = ap.parse_args(argv)
    try:
        import spacy  # noqa: F401
    except ImportError:
        print("this experiment needs spaCy: pip install spacy", file=sys.stderr)
        return 2
    root = data_dir(args.data)
    if not (root / "ner-rifat1493").is_dir():
        print(f"NER data not found under {root} (use --data)", file=sys.stderr)
        return 2
    splits = load_splits(root)
    dev = {name: [s for s in splits.dev if s.source == name] for name in DOMAINS}
    out = Path(args.out)
    names = [n.strip() for n in args.configs.split(",") if n.strip()]
    for n in names:
        if n not in CONFIGS:
            print(f"unknown configuration {n!r} ({', '.join(CONFIGS)})", file=sys.stderr)
            return 2
    if args.full_steps:
        n = names[-1]
        if not args.no_train:
            train(n, CONFIGS[n], splits.train + splits.dev, {}, out / n, max_epochs=10 ** 6,
                  max_steps=args.full_steps)
    elif not args.no_train:
        for n in names:
            train(n, CONFIGS[n], splits.train, dev, out / n, max_epochs=args.max_epochs,
                  max_seconds=args.max_seconds, eval_every=args.eval_every, patience=args.patience)
    if args.test:
        n = names[-1]
        report = test(n, CONFIGS[n], splits.tests, out / n / ("full" if args.full_steps else "best"))
        (out / n / "test.json").write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
