"""The ``ner`` stage: the shipped CRF tags each sentence's tokens; one :class:`Entity` per name.

``doc.get("ner")`` holds ``Entity(label=PER|ORG|LOC|TIME, source="model")`` spans with offsets into
the original text (taken from the tokens), ``attrs["first_token"]``/``attrs["last_token"]`` (token
indices, last exclusive, as in the entity layer).  The stage does not touch the ``entities``
layer; merging the two is the entity stage's business.

The model is loaded on first use and kept; word features are cached per word (see
:mod:`ghotona.ner.features`).
"""
from __future__ import annotations

from ..doc import SPAN_TYPES, Document, Entity
from ..options import Options
from ..pipeline import stage
from .model import shipped_model
from .scoring import entities

# The layer round-trips through JSON as entities.
SPAN_TYPES.setdefault("ner", Entity)


def tag_document(doc: Document, model=None) -> list[Entity]:
    model = model or shipped_model()
    tokens = doc.tokens
    text = doc.text
    bounds: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        sent = tokens[i].sentence
        j = i + 1
        while j < n and tokens[j].sentence == sent:
            j += 1
        bounds.append((i, j))
        i = j
    tagged = model.tag_document([([t.norm or t.text for t in tokens[a:b]], [t.is_punct for t in tokens[a:b]])
                                 for a, b in bounds])
    out: list[Entity] = []
    for (first, _), tags in zip(bounds, tagged):
        for a, b, label in entities(tags):
            start, end = tokens[first + a].start, tokens[first + b - 1].end
            if label == "PER" and any(ch.isdigit() for ch in text[start:end]):
                continue  # "২৬শে", "১০ই" (a date's day) tagged as a person: a name has no digits
            out.append(Entity(start, end, text[start:end], label=label, source="model",
                              attrs={"first_token": first + a, "last_token": first + b}))
    return out


@stage("ner", requires=("tokens",), assigns=("ner",))
def ner_stage(doc: Document, options: Options) -> Document:
    # Off unless asked for (Options.ner, `--ner`): an empty layer keeps the pipeline's shape.
    doc.set("ner", tag_document(doc) if options.ner else [])
    return doc
