"""Train the event confidence model: ``python -m ghotona.events.train_confidence [--select]``.

Runs the pipeline (keeping every event: ``min_confidence=0``) over the gold **train** split's
articles, labels each measured event 1 when it matches a gold event (the evaluation's lenient
match: type, then place, date and actor) and 0 when not, and fits an L2 logistic regression
(scikit-learn, only here) over :func:`ghotona.events.confidence.event_features`.  The model file
stores the weights, the bias, the dropping threshold and how it was made.

It also fits the sentence classifier the filter reads (:mod:`ghotona.events.sentence_types`): one
logistic regression per measured type over the character n-grams of every training sentence,
labelled with the types of the gold events triggered in it; the filter learns from out-of-fold
probabilities (five folds of whole articles), the shipped file from all the sentences.

``--select`` trains on train and prints the dev split's lenient and strict event F1 for every
regularisation strength and threshold of the grid: the shipped ``--C`` and ``--threshold`` are
chosen there.  ``--cv`` prints the same grid from a grouped cross-validation over the training
articles (five folds of whole articles, three shuffles; F1 over the pooled counts), a steadier
check as the training split grows than 48 dev articles.  The dev split never trains the shipped model (it stays a clean dev set for the
rules), and the test split is not read.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .. import __version__, resources
from .. import evaluate as E
from ..options import Options
from ..schema import Event
from . import sentence_types
from .confidence import MODEL_FILE, ConfidenceModel, distinct_ranks, kept, measured_features
from .sentence_types import SentenceProbabilities, SentenceTypeModel, char_ngrams, sentence_texts

C_GRID = (0.1, 0.3, 1.0, 3.0)
#: the shipped model's regularisation and threshold (the grouped CV's optimum; docs/evaluation.md)
DEFAULT_C, DEFAULT_THRESHOLD = 0.3, 0.5
THRESHOLD_GRID = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
SEED = 1493


#: the sentence classifier: inverse L2 strength, how many of each type's largest weights are kept,
#: and how many times a n-gram must occur in the training sentences to be a feature
SENTENCE_C = 0.3
SENTENCE_KEEP = 3000
SENTENCE_MIN_DF = 3
SENTENCE_FOLDS = 5


def _labelled_sentences(gold: dict, docs: dict) -> list[tuple[str, int, str, set[str]]]:
    """(doc_id, sentence index, normalised spelling, the gold event types triggered there) of every
    sentence of the articles; a page's repeated sentence (the BBC scrape) shares its first telling's
    types."""
    out = []
    for doc_id in sorted(gold):
        doc = docs[doc_id]
        ranks = distinct_ranks(doc)
        types_by_rank: dict[int, set[str]] = {}
        for event in gold[doc_id]["events"]:
            if event.get("trigger"):
                rank = ranks[doc.sentence_index_at(event["trigger"][0])] if ranks else 0
                types_by_rank.setdefault(rank, set()).add(event["event_type"])
        texts = sentence_texts(doc, range(len(doc.sentences)))
        out += [(doc_id, i, texts[i], types_by_rank.get(ranks[i], set())) for i in range(len(doc.sentences))]
    return out


def fit_sentence_types(sentences: list[tuple[str, int, str, set[str]]], info: dict | None = None) -> SentenceTypeModel:
    """One logistic regression per measured type over the sentences' n-gram counts (types
    with fewer than three sentences are left out); each keeps its largest weights."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = CountVectorizer(analyzer=char_ngrams, min_df=SENTENCE_MIN_DF)
    x = vec.fit_transform([text for _, _, text, _ in sentences])
    names = vec.get_feature_names_out()
    types: dict[str, tuple[float, dict[str, float]]] = {}
    for event_type in sorted(E.SCORED_TYPES):
        y = [event_type in labels for *_, labels in sentences]
        if sum(y) < 3:
            continue
        clf = LogisticRegression(C=SENTENCE_C, class_weight="balanced", solver="liblinear", max_iter=3000,
                                 random_state=SEED).fit(x, y)
        coef = clf.coef_[0]
        largest = sorted(range(len(coef)), key=lambda k: (-abs(coef[k]), names[k]))[:SENTENCE_KEEP]
        types[event_type] = (round(float(clf.intercept_[0]), 5),
                             {str(names[k]): round(float(coef[k]), 5) for k in largest if round(float(coef[k]), 5)})
    return SentenceTypeModel(types, info or {})


def out_of_fold_probabilities(gold: dict, docs: dict,
                              sentences: list[tuple[str, int, str, set[str]]]) -> SentenceProbabilities:
    """The sentence classifier's probabilities for the training articles, each from a model fitted
    on the other folds' articles (the filter learns how far to trust an unseen article's)."""
    import random

    order = sorted(gold)
    random.Random(SEED).shuffle(order)
    reader_of: dict[str, SentenceProbabilities] = {}
    for k in range(SENTENCE_FOLDS):
        held = set(order[k::SENTENCE_FOLDS])
        reader = fit_sentence_types([s for s in sentences if s[0] not in held]).probabilities()
        reader_of.update({d: reader for d in held})

    def read(doc, sentence: int, event_type: str) -> float:
        return reader_of[str(doc.id)](doc, sentence, event_type)

    return read


def labelled_events(gold: dict, docs: dict, sentence_probs: SentenceProbabilities | None = None,
                    strict: bool = False) -> list[tuple[str, str, list[str], int]]:
    """(doc_id, event id, features, label) of every measured event the pipeline emitted (``strict``:
    labelled 1 only when it matches a gold event by the strict rule, type + place + date)."""
    out = []
    for doc_id, record in gold.items():
        pairs = measured_features(docs[doc_id], sentence_probs)
        matched = {c for _, c in E.match_events(record["events"], [e.to_dict() for e, _ in pairs], strict)}
        for j, (event, features) in enumerate(pairs):
            out.append((doc_id, event.id, features, int(j in matched)))
    return out


def fit(rows: list[tuple[str, str, list[str], int]], c: float) -> tuple[dict[str, float], float]:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in feats} for _, _, feats, _ in rows])
    y = [label for *_, label in rows]
    clf = LogisticRegression(C=c, max_iter=5000, random_state=SEED).fit(x, y)
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), clf.coef_[0])
               if abs(w) >= 1e-5}
    return weights, round(float(clf.intercept_[0]), 5)


def _measured(model: ConfidenceModel, docs: dict, sentence_probs: SentenceProbabilities | None = None
              ) -> dict[str, list[Event]]:
    measured: dict[str, list[Event]] = {}
    for doc_id, doc in docs.items():
        measured[doc_id] = []
        for e, features in measured_features(doc, sentence_probs):
            e.confidence = model.probability(features)
            measured[doc_id].append(e)
    return measured


def grid_counts(model: ConfidenceModel, gold: dict, docs: dict, thresholds,
                sentence_probs: SentenceProbabilities | None = None) -> list[tuple[float, int, list[int]]]:
    """(threshold, events dropped, [tp, fp, fn lenient, tp, fp, fn strict]) on ``gold``."""
    measured = _measured(model, docs, sentence_probs)
    texts = {d: doc.text for d, doc in docs.items()}
    out = []
    for t in thresholds:
        staying = {d: [e.to_dict() for e in events if kept(e, t)] for d, events in measured.items()}
        dropped = sum(len(events) - len(staying[d]) for d, events in measured.items())
        counts = []
        for strict in (False, True):
            r = E.score(gold, staying, texts, strict=strict)
            counts += [r.tp, r.fp, r.fn]
        out.append((t, dropped, counts))
    return out


def _f1(tp: int, fp: int, fn: int) -> float:  # unrounded (Report.prf rounds to 4 places)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 2 * p * r / max(p + r, 1e-9)


def dev_scores(model: ConfidenceModel, gold: dict, docs: dict, thresholds,
               sentence_probs: SentenceProbabilities | None = None) -> list[tuple[float, int, float, float]]:
    """(threshold, events dropped, lenient F1, strict F1) on ``gold``."""
    return [(t, dropped, _f1(*c[:3]), _f1(*c[3:]))
            for t, dropped, c in grid_counts(model, gold, docs, thresholds, sentence_probs)]


CV_FOLDS = 5
CV_SEEDS = (7, 11, 13)


def cross_validate(gold: dict, docs: dict, rows, sentence_probs: SentenceProbabilities | None = None
                   ) -> dict[tuple[float, float], list[int]]:
    """Pooled (tp, fp, fn lenient, tp, fp, fn strict) for each (C, threshold) of the grid over
    grouped folds of the training articles: each fold's articles are scored by a model fitted on
    the other folds' events."""
    import random

    pooled: dict[tuple[float, float], list[int]] = {}
    ids = sorted(gold)
    for seed in CV_SEEDS:
        order = ids[:]
        random.Random(seed).shuffle(order)
        for k in range(CV_FOLDS):
            held = set(order[k::CV_FOLDS])
            fitted_on = [r for r in rows if r[0] not in held]
            fold_gold = {d: gold[d] for d in held}
            fold_docs = {d: docs[d] for d in held}
            for c in C_GRID:
                weights, bias = fit(fitted_on, c)
                for t, _, counts in grid_counts(ConfidenceModel(weights, bias, 0.0, {}), fold_gold, fold_docs,
                                                THRESHOLD_GRID, sentence_probs):
                    total = pooled.setdefault((c, t), [0] * 6)
                    for i, n in enumerate(counts):
                        total[i] += n
    return pooled


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ghotona.events.train_confidence", description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default="gold/annotations", help="the gold annotation folder")
    ap.add_argument("--data", default="../shared/data", help="the shared data folder (news corpora)")
    ap.add_argument("--C", type=float, default=DEFAULT_C, help="inverse L2 strength (chosen on dev with --select)")
    ap.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="events below this probability are dropped")
    ap.add_argument("--labels", choices=("lenient", "strict"), default="lenient",
                    help="what counts as a right event: a lenient match to a gold event, or a strict one")
    ap.add_argument("--select", action="store_true", help="print the dev grid instead of writing the model")
    ap.add_argument("--cv", action="store_true",
                    help="print the grid from a grouped cross-validation over the training articles instead")
    ap.add_argument("--out", type=Path, default=None, help=f"model file (default: the package's {MODEL_FILE})")
    ap.add_argument("--sentence-out", type=Path, default=None,
                    help=f"the sentence classifier's file (default: beside --out, else the package's "
                         f"{sentence_types.MODEL_FILE})")
    args = ap.parse_args(argv)

    paths = sorted(Path(args.gold).glob("*.jsonl"))
    corpora = [Path(args.data) / "news-bdnews", Path(args.data) / "news-ednil2020"]
    # every event the rules find, unscored (the model being trained is not needed to find them)
    every_event = Options(min_confidence=0.0, skip=frozenset({"confidence"}))
    try:
        train_gold = E.load_gold(paths, split="train")
        train_docs = E.predict_documents(train_gold, corpora, every_event)
    except (E.GoldError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    # the sentence classifier: fitted on every training sentence for the shipped file, and out of
    # fold for the filter's own training features
    sentences = _labelled_sentences(train_gold, train_docs)
    sentence_model = fit_sentence_types(sentences, {
        **_made_with(), "command": "python -m ghotona.events.train_confidence",
        "training_data": "gold/annotations, train split (articles.tsv): each sentence labelled with the "
                         "types of the gold events triggered in it",
        "sentences": len(sentences), "positives": sum(1 for s in sentences if s[3]), "C": SENTENCE_C,
        "weights_kept_per_type": SENTENCE_KEEP, "min_df": SENTENCE_MIN_DF})
    out_of_fold = out_of_fold_probabilities(train_gold, train_docs, sentences)
    train_rows = labelled_events(train_gold, train_docs, out_of_fold, args.labels == "strict")
    positives = sum(r[3] for r in train_rows)
    print(f"train: {len(train_gold)} articles, {len(train_rows)} events, {positives} match gold", file=sys.stderr)
    if args.cv:
        print(f"C      threshold  CV lenient F1  CV strict F1   ({CV_FOLDS} folds x {len(CV_SEEDS)} shuffles)")
        for (c, t), counts in sorted(cross_validate(train_gold, train_docs, train_rows, out_of_fold).items()):
            print(f"{c:<6g} {t:9.2f} {_f1(*counts[:3]):14.3f} {_f1(*counts[3:]):13.3f}")
        return 0
    if args.select:
        dev_gold = E.load_gold(paths, split="dev")
        dev_docs = E.predict_documents(dev_gold, corpora, every_event)
        print("C      threshold  dropped  dev lenient F1  dev strict F1")
        for c in C_GRID:
            weights, bias = fit(train_rows, c)
            for t, dropped, lenient, strict in dev_scores(ConfidenceModel(weights, bias, 0.0, {}), dev_gold,
                                                         dev_docs, THRESHOLD_GRID, sentence_model.probabilities()):
                print(f"{c:<6g} {t:9.2f} {dropped:8d} {lenient:15.3f} {strict:14.3f}")
        return 0
    weights, bias = fit(train_rows, args.C)
    info = {**_made_with(), "command": "python -m ghotona.events.train_confidence"
                       + (f" --C {args.C:g}" if args.C != DEFAULT_C else "")
                       + (f" --threshold {args.threshold:g}" if args.threshold != DEFAULT_THRESHOLD else ""),
            "training_data": "gold/annotations, train split (articles.tsv), predictions of this ghotona "
                             "version; labels: " + args.labels + " match to a gold event",
            "articles": len(train_gold), "events": len(train_rows), "positives": positives, "C": args.C,
            "features": len(weights)}
    model = ConfidenceModel(weights, bias, args.threshold, info)
    out = args.out or resources.path(MODEL_FILE)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(weights)} weights, threshold {args.threshold:g}", file=sys.stderr)
    sentence_out = args.sentence_out or (args.out.with_name(Path(sentence_types.MODEL_FILE).name) if args.out
                                         else resources.path(sentence_types.MODEL_FILE))
    sentence_out.write_text(json.dumps(sentence_model.to_json(), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {sentence_out}: {sum(len(w) for _, w in sentence_model.types.values())} n-gram weights "
          f"for {len(sentence_model.types)} types", file=sys.stderr)
    return 0


def _made_with() -> dict[str, str]:
    """When and with what a model was trained (the scikit-learn release, so that a model that
    test_confidence finds stale can be told apart from one fitted by another release)."""
    import sklearn

    return {"trained": dt.date.today().isoformat(), "ghotona": __version__, "scikit-learn": sklearn.__version__}


if __name__ == "__main__":
    raise SystemExit(main())
