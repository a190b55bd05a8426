"""The event record: the shipped JSON Schema is current, and every record over the corpora
validates against it with offsets that point into the original text."""
import json

import jsonschema
import pytest

import ghotona
from ghotona import resources
from ghotona.inputs import record_to_document
from ghotona.options import Options
from ghotona.schema import Event, json_schema


def test_shipped_schema_file_is_current():
    assert resources.read_json("event.schema.json") == json_schema()


def test_record_round_trips_through_json():
    events = ghotona.extract("ঢাকায় বাসচাপায় দুজন নিহত হয়েছেন।", published="2024-03-01")
    assert events
    for e in events:
        assert Event.from_dict(json.loads(json.dumps(e.to_dict()))).to_dict() == e.to_dict()


def test_every_key_is_always_present():
    e = ghotona.extract("ঢাকায় বাসচাপায় দুজন নিহত হয়েছেন।")[0]
    assert set(e.to_dict()) == set(json_schema()["properties"])
    assert e.date is None  # no publication date and no date in the text: unknown, not invented


@pytest.mark.corpus
@pytest.mark.parametrize("corpus", ["bdnews", "ednil"])
def test_all_corpus_records_validate_and_offsets_slice(corpus, request):
    records = request.getfixturevalue(corpus)
    validator = jsonschema.Draft202012Validator(json_schema())
    pipe = ghotona.default_pipeline()
    n = 0
    for rid, record in list(records.items()):
        doc = record_to_document(record, rid, Options())
        doc = pipe(doc, Options())
        for e in doc.events:
            n += 1
            data = e.to_dict()
            errors = list(validator.iter_errors(data))
            assert not errors, (rid, errors[0].message)
            for m in e.mentions:
                assert 0 <= m.start < m.end <= len(doc.text)
                if m.trigger_start is not None:
                    assert m.start <= m.trigger_start < m.trigger_end <= m.end
            for field in ("actor", "target", "location", "date", "fatalities", "injuries", "arrests"):
                value = data[field]
                if value and value.get("start") is not None:
                    assert doc.text[value["start"]:value["end"]] == value["text"], (rid, field)
            for s in data["sources"] + data["victims"]:
                assert doc.text[s["start"]:s["end"]] == s["text"]
    assert n > 200  # each corpus reports hundreds of events (bdnews 260 after the confidence filter)
