"""Reading records: field names of both shared corpora, publication-date fallbacks, refusals."""
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_a_dated_url_path_comes_before_the_crawl_date():
    # bdnews records without publication_date: the photo sits under /2025/12/26/ (published that
    # Friday), the crawl ran on the 29th.
    record = {"id": "x", "article": "শাহবাগে বিক্ষোভ", "publication_date": None,
              "url": "https://www.jagonews24.com/national/news/1079130",
              "image_url": "https://cdn.jagonews24.com/media/og-image/2025/12/26/og_1766755159.jpeg",
              "scraped_at": "2025-12-29 12:27:35"}
    doc = record_to_document(record, "src", Options())
    assert doc.published == dt.date(2025, 12, 26) and doc.meta["published_from"] == "image_url"
    record["url"] = "https://example.com/2025/12/25/story"
    assert record_to_document(record, "src", Options()).meta["published_from"] == "url"


@pytest.mark.parametrize("image_url", [
    "https://cdn.example.com/2025/12/31/a.jpg",   # after the crawl: not the publication day
    "https://cdn.example.com/2025/13/40/a.jpg",   # not a date
    "https://cdn.example.com/media/1766755159.jpg",
])
def test_unusable_url_dates_fall_back_to_the_crawl_date(image_url):
    doc = record_to_document({"id": "x", "article": "শাহবাগে বিক্ষোভ", "image_url": image_url,
                              "scraped_at": "2025-12-29 12:27:35"}, "src", Options())
    assert doc.published == dt.date(2025, 12, 29) and doc.meta["published_from"] == "scraped_at"


def test_dateline_becomes_the_anchor_when_nothing_else_is_known():
    text = "২৮ কার্তিক ১৪০৭ মঙ্গলবার ১৪ নভেম্বর ২০০০ গতকাল পাকিস্তানে দুটি বাসের মুখোমুখি সংঘর্ষে চল্লিশ জন নিহত হন।"
    doc = ghotona.analyze(text)
    assert doc.published == dt.date(2000, 11, 14) and doc.meta["published_from"] == "dateline"
    assert doc.events[0].date.value == "2000-11-13"


def test_a_web_page_header_date_after_a_ticker_is_the_pages_date_not_an_events():
    # a site's ticker, then the page's Gregorian and Bengali-calendar dates side by side
    text = ("জামায়াত-এনসিপি-এলডিপি সমঝোতা সোমবার, ২৯ ডিসেম্বর, ২০২৫ ১৪ পৌষ, ১৪৩২ বঙ্গাব্দ "
            "প্যারিসের রিপাবলিক চত্বরে শনিবার বিক্ষোভ করেছেন প্রবাসীরা।")
    doc = ghotona.analyze(text)
    assert doc.published == dt.date(2025, 12, 29) and doc.meta["layout"]["dateline_sentence"] == 0
    (event,) = doc.events
    assert event.date.value == "2025-12-27" and event.date.text == "শনিবার"
    # one date alone after a text is not a page header
    doc = ghotona.analyze("পুলিশ জানায়, সোমবার, ২৯ ডিসেম্বর ২০২৫ ঢাকায় বিক্ষোভ হয়।", published="2025-12-30")
    assert "dateline" not in doc.meta["layout"]


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


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x0B00), max_size=300))
def test_the_text_checks_count_control_characters_and_bengali_letters_exactly(text):
    from ghotona.inputs import _BENGALI_ALPHA, _CONTROL_CHARS, BENGALI_LETTERS

    assert len(_CONTROL_CHARS.findall(text)) == sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    assert len(_BENGALI_ALPHA.findall(text)) == sum(
        1 for ch in text if ch.isalpha() and BENGALI_LETTERS[0] <= ord(ch) <= BENGALI_LETTERS[1])
