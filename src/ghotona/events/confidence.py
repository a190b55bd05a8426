"""How likely an emitted event is real: a learned confidence, and the stage that applies it.

The events stage finds every trigger that its rules accept; many of those are still not events an
analyst would code (an opinion, a rule quoted from a code of conduct, a definition, a past event
told as background).  A logistic regression over what the record and its sentence look like
(:func:`event_features`, and what the sentence classifier of :mod:`ghotona.events.sentence_types`
reads in the trigger's sentence: :func:`sentence_type_features`) estimates the chance that a gold
annotator coded the event, trained on the gold **train** split only (``python -m ghotona.events.train_confidence``; the dev split chooses its
regularisation and the threshold; docs/evaluation.md).  ``event.confidence`` is that probability;
the ``confidence`` stage drops events below ``Options.min_confidence`` (default: the threshold
stored with the model; 0 keeps every event) unless they count dead, injured or arrested people.
Types the gold set does not measure
(``Options.all_types``) keep the rule-based score of :func:`ghotona.events.summary.confidence_of`
and are never dropped.

The model is a JSON file of feature weights (``resources/events/confidence.json``); scoring needs
no machine-learning library.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from itertools import repeat
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .. import resources
from ..doc import Document
from ..options import Options
from ..pipeline import stage
from ..schema import MEASURED_TYPES, Event
from . import sentence_types
from .context import sentence_keys
from .counts import tells_casualties
from .sentence_types import SentenceProbabilities

MODEL_FILE = "events/confidence.json"
_QUOTES = "“”\"‘’'«»"
_QUOTE = re.compile("[" + re.escape(_QUOTES) + "]")  # (any of them: one scan of the sentence)


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _age(event: Event, published) -> str:
    """How long before publication the event is dated: a background event is told with its date."""
    if event.date is None or not event.date.value or published is None:
        return "none"
    try:
        parts = [int(x) for x in event.date.value.split("-")]
        days = (published - dt.date(parts[0], parts[1] if len(parts) > 1 else 12, parts[2] if len(parts) > 2 else 28)).days
    except ValueError:
        return "none"
    return _bucket(days, (-1, 0, 2, 7, 31, 366)) if days >= -1 else "future"


def event_features(event: Event, text: str, n_events: int, published=None,
                   sentence_rank: list[int] | None = None) -> list[str]:
    """Binary features of one event: its type and mode, which fields the text filled, where its
    first mention sits (``sentence_rank``: a sentence's index among distinct sentences, so that a
    page repeating every sentence scores alike), how many events the article has, how old it is at
    publication, and whether its sentence quotes or asks.
    No words: the trigger and the three words either side of it (2,919 of the model's 3,056
    weights) added nothing in the grouped cross-validation (0.823 / 0.687 with them, 0.823 / 0.689
    without) and lost on dev (0.882 / 0.795 with, 0.888 / 0.802 without); the sentence classifier's
    n-grams (:func:`sentence_type_features`) read the wording."""
    f = ["age=" + _age(event, published), "type=" + event.event_type, f"mode={event.mode}", "mentions=" + _bucket(len(event.mentions), (1, 2, 4)),
         "events=" + _bucket(n_events, (1, 4, 8))]
    first = event.mentions[0] if event.mentions else None
    if first is not None:
        rank = sentence_rank[first.sentence] if sentence_rank and first.sentence < len(sentence_rank) else first.sentence
        f.append("sentence=" + _bucket(rank, (0, 2, 6)))
    for name in ("fatalities", "injuries", "arrests"):
        if getattr(event, name) is not None:
            f.append("has_" + name)
    f.append(f"date={event.date.precision if event.date else None}")
    if event.date is not None and event.date.text:
        f.append("date_in_text")
    f.append(f"place={event.location.precision if event.location else None}")
    if event.victims:
        f.append("victims")
    if event.hedged:
        f.append("hedged")
    if event.negated:
        f.append("negated")
    if event.sources:
        f.append("sources")
    if first is not None:
        sentence = text[first.start:first.end]
        if _QUOTE.search(sentence):
            f.append("quoted")
        if "?" in sentence:
            f.append("question")
    return f


@dataclass(frozen=True)
class ConfidenceModel:
    weights: dict[str, float]
    bias: float
    threshold: float
    info: dict

    def probability(self, features: list[str]) -> float:
        z = self.bias + sum(map(self.weights.get, set(features), repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold, "info": self.info,
                "weights": dict(sorted(self.weights.items()))}

    @classmethod
    def from_json(cls, data: dict) -> ConfidenceModel:
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["bias"]),
                   float(data["threshold"]), data.get("info", {}))

    @classmethod
    def load(cls, path: str | Path) -> ConfidenceModel:
        return cls.from_json(json.loads(Path(path).read_text(encoding="utf-8")))


@lru_cache(maxsize=1)
def shipped_model() -> ConfidenceModel:
    return ConfidenceModel.from_json(resources.read_json(MODEL_FILE))


#: edges of the sentence classifier's probability buckets (``sentp=``)
SENTENCE_P_EDGES = (0.1, 0.25, 0.5, 0.75)


def sentence_type_features(event_type: str, probability: float) -> list[str]:
    """What the sentence classifier (:mod:`ghotona.events.sentence_types`) says of the sentences
    whose trigger tells the event: the highest probability of its type among them, bucketed, alone
    and with the type."""
    bucket = next((str(e) for e in SENTENCE_P_EDGES if probability <= e), f">{SENTENCE_P_EDGES[-1]}")
    return ["sentp=" + bucket, f"sentp_{event_type}=" + bucket]


def measured_features(doc: Document, sentence_probs: SentenceProbabilities | None = None) -> list[tuple[Event, list[str]]]:
    """Each measured event of an analysed document with its :func:`event_features` and its
    :func:`sentence_type_features` (``sentence_probs``: the sentence classifier's reader, the
    shipped model's by default; training passes out-of-fold probabilities).  The stage and the
    training read events alike."""
    measured = [e for e in doc.events if e.event_type in MEASURED_TYPES]
    if not measured:
        return []
    ranks = distinct_ranks(doc)
    read = sentence_probs or sentence_types.shipped_model().probabilities()
    out = []
    for e in measured:
        p = max((read(doc, s, e.event_type) for s in _told_in(e)), default=0.0)
        out.append((e, event_features(e, doc.text, len(measured), doc.published, ranks)
                    + sentence_type_features(e.event_type, p)))
    return out


def _told_in(event: Event) -> list[int]:
    """The sentences whose own trigger tells the event (not those that only add to it), else its
    first mention's."""
    told = [m.sentence for m in event.mentions if m.trigger_start is not None]
    return told or [m.sentence for m in event.mentions[:1]]


def distinct_ranks(doc: Document) -> list[int]:
    """Each sentence's index among the article's distinct sentences, by their words (the BBC
    scrape repeats every sentence; a repeat takes its first telling's rank)."""
    first_rank: dict[str, int] = {}
    return [first_rank.setdefault(key, len(first_rank)) for key in sentence_keys(doc)]


def score_events(doc: Document, model: ConfidenceModel | None = None) -> None:
    """Set ``confidence`` of every measured event to the model's probability."""
    model = model or shipped_model()
    for event, features in measured_features(doc):
        event.confidence = round(model.probability(features), 3)


def kept(event: Event, floor: float) -> bool:
    """Whether an event stays: unmeasured types, events at or above ``floor`` and events that count
    dead, injured or arrested people (an analyst would rather check a doubtful casualty report than
    miss one; a head count of the arrested is as concrete: grouped CV 0.813 / 0.676 -> 0.814 / 0.677,
    dev 0.855 / 0.758 -> 0.856 / 0.760).
    Denials are scored like any event (the model has a ``negated`` feature): the train split holds
    one denial among 27 negated records the rules find, most of them a negated clause around an
    event ("দুর্ঘটনার কারণ জানা যায়নি", "বিস্ফোরণের দায় স্বীকার করেনি")."""
    if event.event_type not in MEASURED_TYPES or event.confidence >= floor:
        return True
    return tells_casualties(event.fatalities, event.injuries, event.arrests)


@stage("confidence", requires=("events",), assigns=("events",))
def confidence_stage(doc: Document, options: Options) -> Document:
    model = shipped_model()
    score_events(doc, model)
    floor = model.threshold if options.min_confidence is None else options.min_confidence
    doc.events = [e for e in doc.events if kept(e, floor)]
    return doc
