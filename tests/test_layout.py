"""Page layout read from the text (text/layout.py): page furniture that is not the article's story."""
from __future__ import annotations

import ghotona
from ghotona.options import Options


def test_related_story_headlines_are_not_events_of_the_article():
    # Regression (bdn-cf2b6391ba, training): BBC Bangla pages list other stories' headlines after
    # "বিবিসি বাংলায় আরও পড়তে পারেন:" / "আরও খবর:" with no stop; the linked headline ("খাসোগজি হত্যার
    # প্রমাণ পেয়েছে …") was read as a killing told by the article
    story = "খালেদা জিয়ার কোন রাজনৈতিক ভবিষ্যত নেই বলে উল্লেখ করেন মি. আহমেদ।"
    for furniture in ("বিবিসি বাংলায় আরও পড়তে পারেন:", "বিবিসি বাংলায় আরও খবর:"):
        text = f"{story} {furniture} খাসোগজি হত্যার প্রমাণ পেয়েছে জাতিসংঘ তদন্ত দল"
        events = ghotona.extract(text, published="2019-06-20", options=Options(min_confidence=0))
        assert events == []
