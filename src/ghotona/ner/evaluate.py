"""Evaluate the NER model: ``python -m ghotona.ner.evaluate [--data ../shared/data] [--model DIR]``.

Prints per-type and micro precision/recall/F1 (conlleval-style exact span match,
:mod:`ghotona.ner.scoring`) and tokens/s (features + tagging, cold word cache) on the held-out
rifat1493 test split and the held-out 20 % of banglakit.  Each test set is tagged with its own
corpus's conventions; banglakit is also scored as the shipped stage tags running text.  Also
printed, for comparison only: rifat1493 test scored against its labels as published (only
malformed lines repaired) and token-level F1.
"""
from __future__ import annotations

import argparse
import bisect
import gzip
import json
import sys
from pathlib import Path

from .data import (PUNCT_KINDS, data_dir, load_splits, normalize, read_rifat_raw, read_rifat_uncleaned,
                   spans_from_tokens, tokenize_text)
from .model import NerModel, shipped_model
from .scoring import entities, rifat_style_score, token_score
from .train import test_sets

#: the rifat1493 authors' own test-split predictions (benchmarks/data/README.md), when a
#: repository checkout is at hand: beside an editable install, else in the working directory
_PUBLISHED = Path("benchmarks") / "data" / "rifat1493_published_predictions.tsv.gz"


def published_predictions_path() -> Path:
    """Where the vendored predictions are, looked up when asked (the working directory may change
    after import)."""
    beside_install = Path(__file__).resolve().parents[3] / _PUBLISHED
    return next((p for p in (beside_install, Path.cwd() / _PUBLISHED) if p.exists()), beside_install)


def read_published_predictions(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, predicted tag) from the vendored predictions file."""
    sents: list[list[tuple[str, str]]] = [[]]
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            line = line.rstrip("\n")
            if not line:
                if sents[-1]:
                    sents.append([])
                continue
            tok, tag = line.split("\t")
            sents[-1].append((tok.lstrip("\ufeff"), tag))
    return [s for s in sents if s]


def tag_on_given_tokens(model: NerModel, tokens: list[str]) -> list[str]:
    """Tag one sentence given as someone else's tokens (see :func:`tag_given_sentences`)."""
    return tag_given_sentences(model, [tokens])[0]


def tag_given_sentences(model: NerModel, sentences: list[list[str]]) -> list[list[str]]:
    """Tag sentences given as someone else's tokens: join, normalise and tokenise each as the
    pipeline does, tag them as documents of DOC_WINDOW consecutive sentences (as
    :func:`ghotona.ner.train.model_tagger` does), and carry each name back onto the given tokens in
    the rifat1493 tag set (``B-X``/``I-X``, ``TIM`` for every time token)."""
    prepared = []
    for tokens in sentences:
        text, _ = spans_from_tokens(tokens, [])
        norm, n2o = normalize(text)
        prepared.append((norm, n2o, tokenize_text(norm)))
    items = [([norm[a:b] for a, b, _ in toks], [k in PUNCT_KINDS for _, _, k in toks]) for norm, _, toks in prepared]
    tagged = model.tag_in_windows(items)
    return [_back_onto(tokens, n2o, toks, tags) for tokens, (_, n2o, toks), tags in zip(sentences, prepared, tagged)]


def _back_onto(tokens: list[str], n2o, toks, tags: list[str]) -> list[str]:
    starts = [0]
    for t in tokens[:-1]:
        starts.append(starts[-1] + len(t) + 1)
    out = ["O"] * len(tokens)
    for a, b, typ in entities(tags):
        first_char, last_char = toks[a][0], toks[b - 1][1] - 1
        if n2o is not None:
            first_char, last_char = n2o[first_char], n2o[last_char]
        i = bisect.bisect_right(starts, first_char) - 1
        j = bisect.bisect_right(starts, last_char) - 1
        for k in range(i, j + 1):
            if out[k] == "O":
                out[k] = "TIM" if typ == "TIME" else ("B-" if k == i else "I-") + typ
    return out


def scored_rows(comparison: dict | None) -> list[tuple[str, tuple[float, float, float]]]:
    """The (system, (P, R, F1)) rows of :func:`published_comparison`'s result."""
    return [(k, v) for k, v in (comparison or {}).items() if k != "sentences"]


def published_comparison(model: NerModel, root: Path, path: Path | None = None) -> dict | None:
    """The authors' scorer on their published predictions and on ours, over the same tokens
    (``test_data.txt`` as published; the 3 sentences where a malformed line makes the tokens
    differ from the authors' reading are left out of both)."""
    path = path or published_predictions_path()
    if not path.exists():
        return None
    published = read_published_predictions(path)
    gold = read_rifat_raw(root / "ner-rifat1493" / "test_data.txt")
    pairs = [(g, p) for g, p in zip(gold, published) if [t for t, _ in g] == [t for t, _ in p]]
    if len(published) != len(gold) or len(pairs) < 0.99 * len(gold):
        raise ValueError(f"{path}: its sentences do not line up with test_data.txt")
    gold_tags = [[t for _, t in g] for g, _ in pairs]
    model.set_domain("R" if model.domain else None)
    ours = tag_given_sentences(model, [[t for t, _ in g] for g, _ in pairs])
    return {"published predictions": rifat_style_score(gold_tags, [[t for _, t in p] for _, p in pairs]),
            "ghotona": rifat_style_score(gold_tags, ours), "sentences": len(pairs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghotona.ner.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=None, help="the shared data folder (default: ../shared/data)")
    ap.add_argument("--model", default=None, help="a model folder (default: the shipped model)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    root = data_dir(args.data)
    if not (root / "ner-rifat1493").is_dir():
        print(f"NER data not found under {root} (use --data)", file=sys.stderr)
        return 2
    from .train import evaluate_tagger, model_tagger

    model = NerModel.from_dir(args.model) if args.model else shipped_model()
    shipped_domain = model.domain
    tag = model_tagger(model)
    splits = load_splits(root)
    report = {}
    for name, sents, dom in test_sets(splits, shipped_domain):
        sc, tps = evaluate_tagger(tag, sents, dom)
        tok = token_score([s.tags for s in sents], tag(sents, dom))
        report[name] = {**sc.to_dict(), "tokens_per_s": round(tps), "token_level_f1": round(tok.f1, 4)}
        if not args.json:
            print(f"{name}: micro F1 {100 * sc.micro.f1:.2f} "
                  f"(PER/ORG/LOC {100 * sc.restricted(('PER', 'ORG', 'LOC')).f1:.2f}; "
                  f"token-level {100 * tok.f1:.2f}), {tps:,.0f} tokens/s")
            print(sc.table(name.split()[0]))
            print()
    raw = read_rifat_uncleaned(root / "ner-rifat1493" / "test_data.txt")
    sc, _ = evaluate_tagger(tag, raw, "R" if shipped_domain else None)
    model.set_domain(shipped_domain)
    report["rifat1493 test (labels as published)"] = sc.to_dict()
    comparison = published_comparison(model, root)
    model.set_domain(shipped_domain)
    if comparison:
        report["rifat1493 test, the authors' scorer (PER/ORG/LOC)"] = {
            k: {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
            for k, (p, r, f) in scored_rows(comparison)}
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"rifat1493 test against its labels as published (only malformed lines repaired; B-X B-X "
              f"and I-X read as conlleval does): micro F1 {100 * sc.micro.f1:.2f}")
        for k, (p, r, f) in scored_rows(comparison):
            print(f"rifat1493 test, the authors' own scorer (src/validation.py: PER/ORG/LOC chunks, TIM not "
                  f"counted), {k}: P {100 * p:.2f} R {100 * r:.2f} F1 {100 * f:.2f}")
    return 0



if __name__ == "__main__":
    raise SystemExit(main())
