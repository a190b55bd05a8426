"""Reading records: field names of both shared corpora, publication-date fallbacks, refusals."""
import datetime as dt

import pytest

import ghotona
from ghotona.inputs import InputError, check_text, record_to_document
from ghotona.options import Options


def test_bdnews_style_record():
    doc = record_to_document({"id": "x", "article": "ঢাকায় বিক্ষোভ", "headline": "শিরোনাম",
                              "publication_date": "2025-12-29T17:08:50+06:00"}, "src", Options())
    assert doc.published == dt.date(2025, 12, 29) and doc.title == "শিরোনাম"
    assert doc.meta["published_from"] == "record"


def test_scraped_at_is_a_recorded_fallback():
    doc = record_to_document({"id": "x", "article": "ঢাকায় বিক্ষোভ", "publication_date": "Unknown",
                              "scraped_at": "2025-12-30T05:00:00"}, "src", Options())
    assert doc.published == dt.date(2025, 12, 30)
    assert doc.meta["published_from"] == "scraped_at"


def test_dateline_becomes_the_anchor_when_nothing_else_is_known():
    text = "২৮ কার্তিক ১৪০৭ মঙ্গলবার ১৪ নভেম্বর ২০০০ গতকাল পাকিস্তানে দুটি বাসের মুখোমুখি সংঘর্ষে চল্লিশ জন নিহত হন।"
    doc = ghotona.analyze(text)
    assert doc.published == dt.date(2000, 11, 14) and doc.meta["published_from"] == "dateline"
    assert doc.events[0].date.value == "2000-11-13"


@pytest.mark.parametrize("text, message", [
    ("", "empty"), ("Only English here, nothing else.", "not Bengali"), ("abc\x00def", "binary"),
])
def test_check_text_refuses(text, message):
    with pytest.raises(InputError, match=message):
        check_text(text, "t", Options())


def test_api_refuses_bad_text_and_bad_dates():
    with pytest.raises(InputError, match="not Bengali"):
        ghotona.extract("hello world")
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        ghotona.extract("ঢাকায় বিক্ষোভ", published="yesterday")
