"""The public, importable API: build the pipeline once, run it on texts or documents."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterable

from .doc import Document, publication_date
from .inputs import check_text
from .options import Options
from .pipeline import Pipeline


def _stages():
    # Imported here so `import ghotona` stays cheap and resources load on first use.
    from .events.confidence import confidence_stage
    from .events.stage import events_stage
    from .recognize.dates import dates_stage
    from .recognize.entities import entities_stage
    from .recognize.numbers import numbers_stage
    from .text.normalize import normalize_stage
    from .ner.stage import ner_stage
    from .text.layout import layout_stage
    from .text.segment import segment_stage

    return [normalize_stage, segment_stage, numbers_stage, dates_stage, layout_stage, ner_stage,
            entities_stage, events_stage, confidence_stage]


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The full pipeline, with every resource loaded. The resources (lexicon automata, gazetteer,
    tables: hundreds of thousands of objects) live as long as the process, so they are moved out
    of the cyclic garbage collector's reach (``gc.freeze``); otherwise every collection would
    rescan them and cost about a millisecond per article."""
    import gc

    pipeline = Pipeline(_stages())
    pipeline(Document(_WARM_UP, id="warm-up", published=dt.date(2024, 1, 1)), Options())
    gc.collect()
    gc.freeze()
    return pipeline


# Touches every stage's resources once (a place, a date, a count, an actor, a trigger, a byline).
_WARM_UP = "২৮ কার্তিক ১৪০৭ মঙ্গলবার ১৪ নভেম্বর ২০০০ নিজস্ব সংবাদদাতা ঢাকা। গতকাল ঢাকার মিরপুরে পুলিশের গুলিতে ২ জন নিহত হয়েছেন।"


def text_pipeline() -> Pipeline:
    """Only the text layer (normalize, segment, numbers, dates): for benchmarks and debugging."""
    return Pipeline([s for s in _stages() if s.name in ("normalize", "segment", "numbers", "dates")])


def analyze(
    text: str,
    published: dt.date | str | None = None,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    options: Options | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Run the whole pipeline on one article and return the annotated Document."""
    options = options or Options()
    check_text(text, doc_id or "text", options)
    doc = Document(
        text=text,
        id=doc_id,
        published=publication_date(published) or options.published,
        title=title,
        url=url,
    )
    return (pipeline or default_pipeline())(doc, options)


def extract(
    text: str,
    published: dt.date | str | None = None,
    **kwargs,
) -> list:
    """Events reported in one Bengali article, as :class:`ghotona.schema.Event` records."""
    return analyze(text, published, **kwargs).events


def process(docs: Iterable[Document], options: Options | None = None,
            pipeline: Pipeline | None = None) -> Iterable[Document]:
    """Run the pipeline over many documents, one at a time (streaming)."""
    options = options or Options()
    pipe = pipeline or default_pipeline()
    for doc in docs:
        yield pipe(doc, options)
