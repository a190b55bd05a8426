"""Document model: offsets into the original text, JSON round trip, pipeline order checks."""
import datetime as dt

import pytest

from ghotona.doc import DateMention, Document, NumberMention, Sentence, Span
from ghotona.options import Options
from ghotona.pipeline import Pipeline, PipelineError, stage
from ghotona.text.normalize import normalize_stage


def test_id_is_stable_content_hash():
    assert Document("ঢাকায় বিক্ষোভ").id == Document("ঢাকায় বিক্ষোভ").id
    assert Document("ঢাকায় বিক্ষোভ").id != Document("ঢাকায় মিছিল").id


def test_span_from_norm_maps_to_original_text():
    raw = "র\u200c্যাবের অভিযানে ঢাকা\u09af\u09bc ১২ জন আটক"
    doc = normalize_stage(Document(raw), Options())
    i = doc.norm.index("12 জন")
    span = doc.span_from_norm(NumberMention, i, i + 5, value=12, qualifier="exact", classifier="জন")
    assert span.text == "১২ জন" == raw[span.start:span.end]
    j = doc.norm.index("ঢাকা\u09df")
    place = doc.span_from_norm(Span, j, j + 5)
    assert raw[place.start:place.end] == "ঢাকা\u09af\u09bc"
    assert doc.norm_text_of(place) == "ঢাকা\u09df"


def test_json_round_trip_keeps_layers_and_types():
    doc = Document("গতকাল ঢাকায় ৩ জন নিহত।", published=dt.date(2024, 3, 1), title="শিরোনাম", url="https://x")
    doc.set("sentences", [Sentence(0, 22, doc.text[:22])])
    doc.set("dates", [DateMention(0, 5, "গতকাল", value="2024-02-29", precision="day", relative=True)])
    doc.set("numbers", [NumberMention(12, 16, "৩ জন", value=3, classifier="জন")])
    back = Document.from_json(doc.to_json())
    assert back.published == dt.date(2024, 3, 1)
    assert back.title == "শিরোনাম"
    assert isinstance(back.get("dates")[0], DateMention)
    assert back.get("dates")[0].value == "2024-02-29"
    assert back.get("numbers")[0].value == 3
    assert back.to_dict() == doc.to_dict()


def test_pipeline_refuses_wrong_order():
    @stage("needs_tokens", requires=("tokens",), assigns=("x",))
    def needs_tokens(doc, options):
        return doc

    with pytest.raises(PipelineError, match="needs tokens"):
        Pipeline([normalize_stage, needs_tokens])


def test_pipeline_checks_documents_at_run_time():
    @stage("adds_tokens", requires=("norm",), assigns=("tokens",))
    def forgets(doc, options):
        return doc  # claims tokens but adds none

    @stage("uses_tokens", requires=("tokens",), assigns=())
    def uses(doc, options):
        return doc

    pipe = Pipeline([normalize_stage, forgets, uses])
    with pytest.raises(PipelineError, match="uses_tokens"):
        pipe(Document("ঢাকায় বিক্ষোভ"), Options())


def test_publication_date_is_a_plain_date_or_a_clear_error():
    """Regression: a datetime reached the date arithmetic (TypeError deep in the events stage) and
    an ISO string reached ``isoformat``; both are read as the day they name."""
    import ghotona
    from ghotona.inputs import InputError

    assert Document("x", published="2025-12-25").published == dt.date(2025, 12, 25)
    assert Document("x", published=dt.datetime(2025, 12, 25, 10, 30)).published == dt.date(2025, 12, 25)
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        Document("x", published="25/12/2025")
    with pytest.raises(TypeError, match="published"):
        Document("x", published=20251225)
    text = "ঢাকায় পুলিশের গুলিতে ২ জন নিহত হয়েছেন।"
    [event] = ghotona.extract(text, published=dt.datetime(2025, 12, 25, 10, 30))
    assert event.date.value == "2025-12-25"


def test_sentence_indices_of_many_offsets_agree_with_one_at_a_time():
    doc = Document(text="এক। দুই। তিন।")
    doc.set("sentences", [Sentence(start=4, end=8, text="দুই।"), Sentence(start=9, end=13, text="তিন।")])
    ordered = list(range(len(doc.text) + 1))  # offsets before the first sentence count as sentence 0
    assert doc.sentence_indices_at(ordered) == [doc.sentence_index_at(o) for o in ordered]
    shuffled = [12, 0, 9, 4, 3, 8]
    assert doc.sentence_indices_at(shuffled) == [1, 0, 1, 0, 0, 0]
    assert Document(text="x").sentence_indices_at([0, 0]) == [0, 0]  # no sentences at all
