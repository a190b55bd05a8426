"""How a trigger's type follows its context (resources/trigger_context.tsv), on whole sentences."""
from __future__ import annotations

import ghotona
from ghotona.options import Options


def _types(text: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.mode) for e in ghotona.extract(text, published="2007-01-07",
                                                              options=Options(min_confidence=0))]


def test_a_bus_that_caught_fire_is_an_accident_and_one_set_on_fire_an_attack():
    # "বাসে আগুন" alone is read as arson (hartal news); "আগুন ধরে গেলে" (caught fire) is an accident
    assert _types("বাংলাদেশের কূমিল্লায় আজ একটি যাত্রীবাহী বাসে আগুন ধরে গেলে অন্তত 70 জনের মৃত্যু হয়েছে।") \
        == [("ACCIDENT", "fire")]
    assert ("ASSAULT", "destroy") in _types("দুর্বৃত্তরা একটি বাসে আগুন দেয়।")


def test_a_headline_takes_the_reading_its_body_s_cue_gives_the_same_word():
    # the headline "বাসে আগুন, হত 70" says no more than "bus fire"; the body's "আগুন ধরে গেলে"
    # (caught fire) makes it the accident, so the headline is no arson of its own
    text = ("কূমিল্লায় বাসে আগুন, হত 70\n\nবাংলাদেশের কূমিল্লায় আজ একটি যাত্রীবাহী বাসে আগুন ধরে গেলে অন্তত 70 জনের "
            "মৃত্যু হয়েছে।")
    assert _types(text) == [("ACCIDENT", "fire")]
    # a later sentence's cue beyond the carry window does not reach back
    from ghotona.events.triggers import RETYPE_CARRY
    filler = " ".join("পুলিশ ঘটনাস্থলে পৌঁছয়।" for _ in range(RETYPE_CARRY + 1))
    far = f"কূমিল্লায় বাসে আগুন, হত 70\n\n{filler} একটি বাসে আগুন ধরে গেলে দু জনের মৃত্যু হয়েছে।"
    assert ("ACCIDENT", "fire") in _types(far) and ("ASSAULT", "destroy") in _types(far)



def test_an_accident_named_by_its_cause_makes_its_word_told_again_that_accident():
    """"বয়লার বিস্ফোরণে তিন শ্রমিক নিহত … সোমবার রাতে … বিস্ফোরণ ঘটে। বিস্ফোরণের তীব্রতায় …" (probe
    article BD2-04): the bare বিস্ফোরণ told after it is the boiler's, not a bombing of its own; only
    after it: a collision named by its words does not make the clash told before it an accident."""
    text = ("গাজীপুরের কালিয়াকৈরে একটি কারখানায় বয়লার বিস্ফোরণে তিন শ্রমিক নিহত হয়েছেন। এ ঘটনায় আহত হয়েছেন ১৫ জন। "
            "সোমবার রাতে কাজ চলার সময় বিস্ফোরণ ঘটে। বিস্ফোরণের তীব্রতায় কারখানার একটি দেয়াল ধসে পড়ে।")
    assert _types(text) == [("ACCIDENT", "other")]
    clash = ("বৃহস্পতিবার কোম্পানীগঞ্জে দুই দলের সংঘর্ষে দুজন নিহত হন। অন্যদিকে, শুক্রবার ফেনীতে বাস ও ট্রাকের "
             "মুখোমুখি সংঘর্ষে তিনজন নিহত হয়েছেন।")
    assert sorted(_types(clash)) == [("ACCIDENT", "road"), ("ASSAULT", None)]


def test_a_vehicle_smashed_in_a_clash_does_not_make_the_clash_a_collision():
    """"সংঘর্ষে বাজারের ছয়টি দোকান ও দুটি মোটরসাইকেল ভাঙচুর করা হয়" (probe article BD2-13): the
    motorcycles are what was smashed, not a cue of a road accident; a cue before the clash still is."""
    assert _types("সোমবার সাতকানিয়ায় সংঘর্ষে বাজারের ছয়টি দোকান ও দুটি মোটরসাইকেল ভাঙচুর করা হয়।") == [
        ("ASSAULT", "destroy")]
    assert ("ACCIDENT", "road") in _types("সোমবার বাস ও ট্রাকের সংঘর্ষে তিনজন নিহত হন। পরে জনতা বাসটি ভাঙচুর করে।")



def test_a_killing_of_several_words_takes_its_head_noun_s_background_cues_right_after_it():
    """"দলীয় কর্মীকে পিটিয়ে খুনের প্রতিবাদে মঙ্গলবার … বনধ" (probe article WB2-12): খুন's rule (the
    killing protested against is background) serves পিটিয়ে খুন too, whose killing had taken the
    bandh's Tuesday; only right after it: "… প্রতিবাদে মানববন্ধনে লাঠিসোঁটা নিয়ে হামলা" is an attack."""
    assert _types("দলীয় কর্মীকে পিটিয়ে খুনের প্রতিবাদে মঙ্গলবার তুফানগঞ্জে বনধ পালিত হয়।") == [("PROTEST", "strike")]
    assert ("ASSAULT", "primitive") in _types(
        "চাঁদাবাজির প্রতিবাদে মানববন্ধনে ব্যবসায়ীদের ওপর লাঠিসোঁটা নিয়ে হামলা চালায় দুর্বৃত্তরা।")


def test_a_rise_in_crime_is_a_trend_not_an_event():
    # "চুরি ছিনতাই-সহ … কাজকর্ম বেড়ে যাওয়ার প্রতিবাদে … অবরোধ": the blockade is the event; the rise in
    # snatching it protests is no snatching of its own
    assert _types("এলাকায় চুরি ছিনতাই-সহ নানা সমাজবিরোধী কাজকর্ম বেড়ে যাওয়ার প্রতিবাদে বুধবার সকালে চুঁচুড়া "
                  "স্টেশন রোড অবরোধ করেন স্থানীয় বাসিন্দারা।") == [("PROTEST", "obstruct")]
    assert ("ASSAULT", None) in _types("দুষ্কৃতীরা এক মহিলার থেকে নগদ টাকা ছিনতাই করে।")


def test_an_earlier_one_of_its_kind_dated_only_by_a_vague_before_too_is_background():
    # "কয়েক দিন আগেও ওই একই জায়গায় … ছিনতাই হয়": a few days before, too — told to explain the
    # blockade, not an event to code (its only date is the cue itself)
    text = ("বুধবার সকালে চুঁচুড়া স্টেশন রোড অবরোধ করেন স্থানীয় বাসিন্দারা। কয়েক দিন আগেও ওই একই জায়গায় একটি "
            "গাড়ি থেকে ছিনতাই হয়।")
    assert _types(text) == [("PROTEST", "obstruct")]
    # with a day of its own it stays an event
    assert ("ASSAULT", None) in _types("বুধবার সকালে রাস্তা অবরোধ করেন বাসিন্দারা। গত সোমবারও ওই একই জায়গায় একটি "
                                       "গাড়ি থেকে ছিনতাই হয়।")


def test_another_of_its_kind_weeks_before_is_not_merged_into_the_day_s_undated_event():
    # the attack of the day has no date of its own; "প্রসঙ্গত, সেপ্টেম্বরেই … একই ভাবে" tells an
    # earlier bombing at the same place: two events, the day's keeps the publication date
    text = ("চেচনিয়ায় ট্রেনে বিস্ফোরণ, নিহত ৪০\n\nরাশিয়ার চেচনিয়া অঞ্চলে একটি ট্রেনে বিস্ফোরণ ঘটে অন্তত ৪০ জন "
            "যাত্রীর মৃত্যু হয়েছে। বিস্ফোরণে ১৫০ জন যাত্রী গুরুতর আহত হয়েছেন। প্রসঙ্গত, সেপ্টেম্বরেই এক "
            "যাত্রিবাহী ট্রেনে একই ভাবে বিস্ফোরণ হয়েছিল।")
    events = ghotona.extract(text, published="2003-12-06", options=Options(min_confidence=0))
    assert sorted((e.date.value, e.fatalities.value if e.fatalities else None) for e in events
                  if e.event_type == "ASSAULT") == [("2003-09", None), ("2003-12-06", 40)]
    # without the cue, the dated mention is the undated one told in full (a feature's history)
    text = text.replace("প্রসঙ্গত, ", "").replace(" একই ভাবে", "")
    events = ghotona.extract(text, published="2003-12-06", options=Options(min_confidence=0))
    assert [e.date.value for e in events if e.event_type == "ASSAULT"] == ["2003-09"]


def test_a_storm_s_fury_is_no_rampage():
    # Regression (1050123_23bdesh6.pc, training): "সুনামির তাণ্ডবে" read as a mob's rampage in Jakarta
    assert _types("সুনামির তাণ্ডবে বহু মানুষের মৃত্যু হয়েছে।") == [("DISASTER", "tidal-surge")]
    assert _types("ঝড়ের তাণ্ডবে দুই জন মারা গিয়েছেন।") == [("DISASTER", "storm")]
    assert _types("দুষ্কৃতীদের তাণ্ডবে ভাঙচুর হয় দোকান।") == [("ASSAULT", "destroy")]


def test_a_vow_of_retaliation_is_a_threat():
    # (fresh probes BD7-10, BD7-11): "… আকাশসীমা লঙ্ঘনের উপযুক্ত জবাব সময়মতো দেওয়া হবে" (it will be answered in
    # due time), told by a government's spokesman
    assert ("THREATEN", "violence") in _types("কাবুলে দেওয়া এক বিবৃতিতে তালেবান মুখপাত্র বলেন, আফগানিস্তানের "
                                            "আকাশসীমা লঙ্ঘনের উপযুক্ত জবাব সময়মতো দেওয়া হবে।")
