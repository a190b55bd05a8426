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
import json
import sys

from .data import data_dir, load_splits, read_rifat_uncleaned
from .model import NerModel, shipped_model
from .scoring import token_score
from .train import test_sets


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
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"rifat1493 test against its labels as published (only malformed lines repaired; B-X B-X "
              f"and I-X read as conlleval does): micro F1 {100 * sc.micro.f1:.2f}")
    return 0



if __name__ == "__main__":
    raise SystemExit(main())
