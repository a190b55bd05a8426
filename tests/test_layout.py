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


# a match report (bdn-50940e6ed6, outside the gold): wickets, overs, bowlers throughout
MATCH_REPORT = ("শুরুতে সাব্বির হোসেনের উইকেট নেন তিনি। ১১ বলে ৬ রান করে সাব্বির আউট হন। ১৬ তম ওভারে জোড়া সাফল্য পান "
                "এই বোলার। ম্যাচে নোয়াখালীর অধিনায়ক হায়দার আলী ইনিংসে সর্বোচ্চ ৩৩ রান করেন। ")


def _types(text: str) -> list[str]:
    return [e.event_type for e in ghotona.extract(text, published="2025-12-28", options=Options(min_confidence=0))]


def test_a_sports_page_tells_no_bowling_attack_and_no_knock_in_play_as_events():
    # Regression: on bdnews sports pages "নোয়াখালী শিবিরে আক্রমণ করেন <two bowlers>" was an attack,
    # "সতীর্থ এক ক্রিকেটারের সাথে ধাক্কা লেগে … ব্যথা পেয়েছেন" a road accident, and two
    # cricketers' ten-year ban (নিষিদ্ধ) an arrest-like restriction
    attack = "এর আগে নোয়াখালী শিবিরে আক্রমণ করেন তানজিম হাসান সাকিব ও বিনুরা ফার্নান্দো।"
    assert _types(MATCH_REPORT + attack) == []
    knock = "অনুশীলনের সময় সতীর্থ এক ক্রিকেটারের সাথে ধাক্কা লেগে মাথায় ব্যথা পেয়েছেন শরিফুল।"
    assert _types(MATCH_REPORT + knock) == []
    # … the same words on a news page are events
    assert _types(attack) == ["ASSAULT"]
    # … and a sports page's event that counts dead or injured stays (a stampede at the stadium)
    stampede = "খেলা শেষে স্টেডিয়ামের গেটে পদদলিত হয়ে ১২ জন দর্শকের মৃত্যু হয়েছে।"
    assert _types(MATCH_REPORT + stampede) == ["ACCIDENT"]


def test_page_topic_needs_many_distinct_topic_words_often():
    from ghotona.text.layout import PAGE_TOPIC_MIN_TERMS, page_topic
    from ghotona.api import default_pipeline
    from ghotona.doc import Document

    def topic(text):
        doc = default_pipeline()(Document(text=text, id="t", published=None), Options(min_confidence=0))
        return doc.meta["layout"].get("topic"), page_topic(doc)
    assert topic(MATCH_REPORT) == ("sports", "sports")
    # one match named in a long political story is no sports page
    politics = "সংসদ নির্বাচন নিয়ে দলগুলোর মধ্যে আলোচনা চলছে। " * 20 + "সন্ধ্যায় ম্যাচ দেখতে স্টেডিয়ামে যান তিনি।"
    assert topic(politics) == (None, None)
    # dense but too few distinct words of the topic: "ম্যাচ" and "স্টেডিয়াম" in a story about a stadium
    few = " ".join(["ম্যাচের দিন স্টেডিয়ামে ভিড় ছিল।"] * 5)
    assert len({"ম্যাচ", "স্টেডিয়াম"}) < PAGE_TOPIC_MIN_TERMS and topic(few) == (None, None)


def test_a_byline_run_into_its_story_names_the_reporter_s_town_not_the_event_s():
    """"নিজস্ব সংবাদদাতা, কাটোয়া: জমি নিয়ে …": the first byline run into the story after a comma, up
    to a colon, is a byline with its town (as a digest's later bylines were read); the town had been
    read inside the story's first sentence and placed the murder told two sentences on at
    "কেতুগ্রাম থানার পাণ্ডুগ্রামে"."""
    from ghotona.api import default_pipeline
    from ghotona.doc import Document

    text = ("জমি-বিবাদে খুন প্রৌঢ়, ধৃত ভাইপো\nনিজস্ব সংবাদদাতা, কাটোয়া: জমি নিয়ে বিবাদের জেরে এক প্রৌঢ়কে "
            "কুপিয়ে খুনের অভিযোগ উঠল তাঁর ভাইপোর বিরুদ্ধে। রবিবার রাতে ঘটনাটি ঘটেছে পূর্ব বর্ধমানের "
            "কেতুগ্রাম থানার পাণ্ডুগ্রামে।")
    doc = default_pipeline()(Document(text=text, id="byline", published="2025-12-31"), Options(min_confidence=0))
    layout = doc.meta["layout"]
    assert text[slice(*layout["byline"])] == "নিজস্ব সংবাদদাতা, কাটোয়া:"
    assert text[slice(*layout["dateline_place"])] == "কাটোয়া"
    [murder] = [e for e in doc.events if e.event_type == "ASSAULT"]
    assert "Ketugram" in murder.location.name and murder.date.value == "2025-12-28"
    # a bare "নিজস্ব সংবাদদাতা:" names no town
    doc = default_pipeline()(Document(text="নিজস্ব সংবাদদাতা: বুধবার কাটোয়ায় এক যুবককে খুন করা হয়।",
                                      id="bare", published="2025-12-31"), Options(min_confidence=0))
    assert "dateline_place" not in doc.meta["layout"] and doc.events[0].location.name == "Katwa"


def test_a_wire_dateline_is_the_agency_s_filing_place_and_date_not_the_event_s():
    """"কিয়েভ, ৩০ ডিসেম্বর (এএফপি) — … সোমবার রাতভর চলা এ হামলায় …": an agency's dateline at the head
    of the story (bylines.tsv rows of place ``wire``). Its date had dated the lead's attack and its
    town stood in the lead's sentence, so the attack told again with its Monday was a second event."""
    from ghotona.api import default_pipeline
    from ghotona.doc import Document

    text = ("ইউক্রেনে রুশ ড্রোন হামলায় নিহত ৪\nকিয়েভ, ৩০ ডিসেম্বর (এএফপি) — ইউক্রেনের দক্ষিণাঞ্চলীয় "
            "বন্দরনগরী ওডেসায় রাশিয়ার ড্রোন হামলায় চারজন নিহত হয়েছেন। সোমবার রাতভর চলা এ হামলায় আহত "
            "হয়েছেন আরও ১১ জন। হামলায় বন্দরের একটি গুদামে আগুন ধরে যায়।")
    doc = default_pipeline()(Document(text=text, id="wire", published="2025-12-31"), Options(min_confidence=0))
    layout = doc.meta["layout"]
    assert text[slice(*layout["byline"])] == "কিয়েভ, ৩০ ডিসেম্বর (এএফপি) —" and layout["byline_kind"] == "agency"
    assert text[slice(*layout["dateline_place"])] == "কিয়েভ"
    # one attack, at Odesa on Monday, with both tolls; the fire it set is no accident of its own
    [attack] = doc.events
    assert (attack.event_type, attack.location.name, attack.date.value) == ("ASSAULT", "Odesa", "2025-12-29")
    assert (attack.fatalities.value, attack.injuries.value) == (4, 11)
    # without a publication date, a filing date with its year anchors the story
    dated = text.replace("৩০ ডিসেম্বর", "৩০ ডিসেম্বর ২০২৫", 1)
    doc = default_pipeline()(Document(text=dated, id="wire"), Options(min_confidence=0))
    assert doc.published.isoformat() == "2025-12-30" and doc.events[0].date.value == "2025-12-29"
    # an agency named in passing is a source, not a byline
    doc = default_pipeline()(Document(text="এএফপি জানিয়েছে, বুধবার ওডেসায় ড্রোন হামলায় চারজন নিহত হয়েছেন।",
                                      id="source", published="2025-12-31"), Options(min_confidence=0))
    assert "byline" not in doc.meta["layout"]


def test_an_agency_dateline_with_its_town_s_country_in_brackets_files_from_the_scene():
    """"সংবাদসংস্থা কারাকাস\n(ভেনিজুয়েলা) এখানকার একটি নাইটক্লাবে …" (Anandabazar's foreign pages,
    1021202_2bdesh4 and 1100114_bidesh, training): the bracketed country belongs to the dateline, not
    to the story's first sentence, where it had placed the fire in Venezuela; a town so dated is where
    the story happened, and it refines the country the story names ("হাইতির … ভূমিকম্পে")."""
    from ghotona.api import default_pipeline
    from ghotona.doc import Document
    from ghotona.text.layout import AGENCY_ON_SCENE

    def read(text):
        return default_pipeline()(Document(text=text, id="scene", published="2025-12-31"), Options(min_confidence=0))

    text = ("নাইটক্লাবে আগুন, মৃত ৪৭\nসংবাদসংস্থা কারাকাস\n(ভেনিজুয়েলা) এখানকার একটি নাইটক্লাবে শনিবার রাতে "
            "আগুন লেগে অন্তত ৪৭ জন প্রাণ হারিয়েছেন।")
    doc = read(text)
    layout = doc.meta["layout"]
    assert text[slice(*layout["byline"])] == "সংবাদসংস্থা কারাকাস\n(ভেনিজুয়েলা)"
    assert layout["byline_kind"] == AGENCY_ON_SCENE
    [fire] = doc.events
    assert (fire.event_type, fire.location.name, fire.fatalities.value) == ("ACCIDENT", "Caracas", 47)
    doc = read("হাইতিতে ভূমিকম্প\nসংবাদসংস্থা, পোর্ত অ প্রিন্স (হাইতি): হাইতির বিধ্বংসী ভূমিকম্পে মঙ্গলবার "
               "কয়েক হাজার মানুষ মারা গিয়েছেন।")
    [quake] = doc.events
    assert (quake.event_type, quake.location.name) == ("DISASTER", "Port-au-Prince")
    # a bracket that names no place is the story's, and a bare agency dateline stays the agency's
    doc = read("সংবাদসংস্থা কারাকাস\n(শনিবার রাত) একটি নাইটক্লাবে আগুন লেগে অন্তত ৪৭ জন প্রাণ হারিয়েছেন।")
    assert doc.meta["layout"]["byline_kind"] == "agency"


def test_a_digest_page_finds_briefs_without_bylines():
    """A page headed "সংক্ষেপে" whose later briefs have no byline: a brief whose headline the scrape ran
    into its first sentence is found all the same (1070328_28bdesh4.pc, training: a Melbourne brief
    had joined the Baghdad bombing above it); a page not headed so is left whole."""
    import ghotona
    from ghotona.text.normalize import normalize_term

    page = ("১০ চৈত্র ১৪১৩ রবিবার ২৫ মার্চ ২০০৭ সংক্ষেপে... গাড়িবোমার বলি ৪৭ সংবাদসংস্থা বাগদাদ পরপর চারটি "
            "গাড়িবোমার বিস্ফোরণে আজ বাগদাদে ৪৭ জন মারা গিয়েছেন। সব চেয়ে ভয়ঙ্কর বিস্ফোরণটি হয় ডোরা জেলার এক "
            "থানায়। ব্যবসায়ী খুন শনিবার রাতে অস্ট্রেলিয়ায় দুষ্কৃতীর হামলায় এক ব্যবসায়ীর মৃত্যু হয়েছে।")
    analyzed = ghotona.analyze(page)
    (brief,) = analyzed.meta["layout"]["briefs"]
    headline = analyzed.sentences[brief["first_sentence"]].text
    assert normalize_term(headline) == normalize_term("ব্যবসায়ী খুন")
    assert "briefs" not in ghotona.analyze(page.replace("সংক্ষেপে... ", "")).meta["layout"]


def test_a_digest_brief_bylined_with_its_town_alone_is_a_brief():
    """"<headline> বসিরহাট: <story>": a digest brief whose byline is its bare town (1020118_18raj11,
    training: the two bodies of the next brief had become the clash's dead)."""
    page = ("৪ মাঘ ১৪০৮ শুক্রবার ১৮ জানুয়ারি ২০০২ সংক্ষেপে .. বাংলার দাবিতে ধর্না নিজস্ব সংবাদদাতা সিউড়ি: দুমকায় "
            "আজ ধর্না দেবে সমিতি। জমির দখল নিয়ে সংঘর্ষে জখম ১০ বসিরহাট: বৃহস্পতিবার সকালে হিঙ্গলগঞ্জ থানার "
            "বয়ারমারি এলাকায় দু’দলের সংঘর্ষে ১০ জন আহত হন। আহতদের মধ্যে দু’জনের অবস্থা আশঙ্কাজনক। কুয়োয় দেহ "
            "বেলডাঙা: বুধবার গ্রামের অদূরে একটি কুয়ো থেকে দু’জনের মৃতদেহ উদ্ধার করেছে পুলিশ।")
    analyzed = ghotona.analyze(page)
    briefs = [b for b in analyzed.meta["layout"]["briefs"] if b["kind"] == "town"]
    assert [page[slice(*b["place"])] for b in briefs] == ["বসিরহাট", "বেলডাঙা"]
    (clash,) = [e for e in analyzed.events if e.event_type == "ASSAULT"]
    assert clash.fatalities is None and clash.injuries.value == 10
    # a colon in a sentence of prose is no byline
    prose = ghotona.analyze("৪ মাঘ ১৪০৮ শুক্রবার ১৮ জানুয়ারি ২০০২ সংক্ষেপে .. পুলিশ জানিয়েছে, তিনি বলেন কলকাতা: এই শহর নিরাপদ।")
    assert not [b for b in prose.meta["layout"].get("briefs", []) if b["kind"] == "town"]


def test_place_spans_are_the_gazetteers_matches_cached_and_immutable():
    """Layout's place look-ups on short snippets are memoised: the same spans as the gazetteer's
    search, the same (immutable) answer for a snippet seen before."""
    from ghotona.geo.gazetteer import Gazetteer
    from ghotona.text.layout import _place_spans

    snippet = "মেদিনীপুর, ২৯ জানুয়ারি"
    spans = _place_spans(snippet)
    assert [(m.start, m.end) for m in spans] == [(m.start, m.end) for m in Gazetteer.load().find_places(snippet)]
    assert spans and spans[0].start == 0
    assert isinstance(spans, tuple) and _place_spans(snippet) is spans
    assert _place_spans("কোনো জায়গা নয়") == ()
