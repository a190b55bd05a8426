"""Where an event happened when its mentions name several places (events/stage.py merging a story's
mentions, events/placing.py)."""
from __future__ import annotations

import ghotona
import pytest


def _events(text: str) -> list:
    return ghotona.extract(text, published="2025-12-31", options=ghotona.Options(min_confidence=0))


def test_a_headline_s_district_town_gives_way_to_the_body_s_place_in_that_district():
    """"কুমিল্লায় … সংঘর্ষে আহত ২৫" in the headline, "কুমিল্লার দাউদকান্দি উপজেলায় … সংঘর্ষে" in the
    body (probe article BD-05; 1021024_24raj28, training: "দার্জিলিঙে" and Siliguri): the district's
    name resolves to its seat, a town of the same level as the upazila, so the headline's place had
    been kept."""
    text = ("কুমিল্লায় বিএনপির দুই পক্ষের সংঘর্ষে আহত ২৫\nকুমিল্লা প্রতিনিধি\nকুমিল্লার দাউদকান্দি উপজেলায় "
            "বিএনপির দুই পক্ষের নেতা-কর্মীদের মধ্যে সংঘর্ষে অন্তত ২৫ জন আহত হয়েছেন।")
    [clash] = _events(text)
    assert (clash.location.name, clash.injuries.value) == ("Daudkandi", 25)
    # nor a list of towns after the trigger, which says who came, not where
    [rally] = [e for e in _events("হাওড়ায় অবস্থান বিক্ষোভ\nবুধবার হাওড়ার জেলাশাসকের অফিসের সামনে অবস্থান বিক্ষোভ করা হয়। "
                                  "বিক্ষোভে ডোমজুড়, বালি এবং সাঁকরাইলের মানুষেরা যোগ দেন।") if e.event_type == "PROTEST"]
    assert rally.location.name == "Howrah"


def test_a_district_correspondent_s_story_happened_where_its_body_places_it_in_the_district():
    """"রাজশাহী প্রতিনিধি" covers the district, so an arrest told without a place (probe article BD-16)
    happened at the upazila the story names ("রাজশাহীর পবা উপজেলায়", 15 km from the city: any
    distance within the district counts), not at the district's seat."""
    text = ("স্ত্রীকে হত্যার অভিযোগ, স্বামী গ্রেপ্তার\nরাজশাহী প্রতিনিধি\nরাজশাহীর পবা উপজেলায় স্ত্রীকে শ্বাসরোধে "
            "হত্যার অভিযোগ উঠেছে স্বামীর বিরুদ্ধে। সোমবার সকালে স্বামীকে গ্রেপ্তার করা হয়।")
    arrest = next(e for e in _events(text) if e.event_type == "COERCE")
    assert arrest.location.name == "Paba"


def test_a_local_train_named_after_its_terminus_is_no_place():
    """"টোটোয় ধাক্কা মারল ডাউন শান্তিপুর লোকাল" (probe article WB-02): the train, not the town of
    Santipur, 20 km from the level crossing at Ranaghat (place_levels.tsv: লোকাল, a route word)."""
    text = ("নিজস্ব সংবাদদাতা, রানাঘাট: সোমবার সন্ধ্যায় প্রহরীবিহীন রেলগেট পেরোনোর সময় টোটোয় ধাক্কা মারল ডাউন "
            "শান্তিপুর লোকাল। দুর্ঘটনায় মৃত্যু হয়েছে টোটোর দুই যাত্রীর।")
    [accident] = _events(text)
    assert (accident.event_type, accident.location.name, accident.fatalities.value) == ("ACCIDENT", "Rānāghāt", 2)


def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_not_where_they_were_hurt():
    """"দু’জনেই কলকাতার আরজি কর মেডিক্যাল কলেজে চিকিৎসাধীন" (probe article WB2-14): a hospital's own
    name may stand between its town and the hospital word; the shooting had become a second event in
    Kolkata, and Kolkata the place of the story's protest."""
    text = ("নিজস্ব সংবাদদাতা, বসিরহাট: সোমবার গভীর রাতে সন্দেশখালির বেড়মজুর এলাকায় একদল দুষ্কৃতী এলোপাথাড়ি "
            "গুলি চালায়। গুলিতে জখম হন দুই মৎস্যজীবী। দু’জনেই কলকাতার আরজি কর মেডিক্যাল কলেজে চিকিৎসাধীন। "
            "মঙ্গলবার সকালে গ্রামবাসীরা থানা ঘেরাও করে বিক্ষোভ দেখান।")
    events = _events(text)
    assert sorted(e.event_type for e in events) == ["ASSAULT", "PROTEST"]
    assert all("Kolkata" not in e.location.name for e in events)
    # a hospital's name of hyphened words ("শের-ই-বাংলা", probe article WB2-22)
    [fire] = [e for e in _events("সোমবার রাতে ভোলার দৌলতখানে একটি লঞ্চে আগুন লেগে তিন জনের মৃত্যু হয়েছে। দগ্ধ ১৯ জনকে "
                                 "বরিশালের শের-ই-বাংলা মেডিক্যাল কলেজ হাসপাতালে ভর্তি করা হয়েছে।") if e.event_type == "ACCIDENT"]
    assert fire.location.name == "Daulatkhan"


def test_a_congested_area_is_no_village():
    """"ঘিঞ্জি এলাকায় দ্রুত আগুন ছড়িয়ে পড়ায়" (probe article WB-06): not_place_names.tsv."""
    [fire] = _events("মঙ্গলবার দুপুরে বড়বাজারের একটি গুদামে আগুন লাগে। ঘিঞ্জি এলাকায় দ্রুত আগুন ছড়িয়ে পড়ে।")
    assert fire.location is None or "Canning" not in fire.location.name


def test_a_word_of_direction_before_a_district_word_is_no_foreign_name():
    """"উত্তরের জেলাগুলোতে জেঁকে বসেছে শীত" (probe article BD2-03): উত্তরের is উত্তর + এর (of the north);
    its other reading, উত্তরে + র, had been matched by romanisation to Dhaka's Uttara."""
    from ghotona.api import default_pipeline
    from ghotona.doc import Document

    text = "নিজস্ব সংবাদদাতা, দিনাজপুর: উত্তরের জেলাগুলোতে জেঁকে বসেছে শীত। সোমবার রাতে বোদা উপজেলায় শীতে এক বৃদ্ধ মারা গেছেন।"
    doc = default_pipeline()(Document(text=text, id="north", published="2025-12-31"), ghotona.Options(min_confidence=0))
    assert all("Uttara" not in (e.attrs.get("reason") or "") for e in doc.get("entities"))


def test_a_west_bengal_past_verb_before_a_state_word_is_no_foreign_name():
    """"দাবি করল রাজ্য পুলিশ" (probe article WB2-25): করল stands before a level word (রাজ্য), a place
    slot, and had been matched by romanisation to Karnal (not_place_names.tsv lists such verbs)."""
    from ghotona.api import default_pipeline
    from ghotona.doc import Document

    text = "রাজ্যে পথ দুর্ঘটনায় মৃত্যু কমেছে বলে দাবি করল রাজ্য পুলিশ। বুধবার বর্ধমানে লরির ধাক্কায় দুই জনের মৃত্যু হয়।"
    doc = default_pipeline()(Document(text=text, id="verb", published="2025-12-31"), ghotona.Options(min_confidence=0))
    assert all("Karn" not in (e.attrs.get("reason") or "") for e in doc.get("entities"))


def test_an_event_named_back_by_its_definite_word_is_the_lead_s_whatever_its_first_day_toll():
    """"… বাগলান প্রদেশে ভূমিকম্পে মৃতের সংখ্যা বেড়ে দাঁড়িয়েছে ৩৮ জনে। সোমবার ভোরে ভূমিকম্পটি আঘাত হানে
    … নাহরিন জেলায়। প্রথম দিন ২১ জনের মৃত্যুর খবর দিয়েছিল …" (probe article BD2-07): ভূমিকম্পটি (the
    earthquake) names the lead's back; its first day's toll is a revised figure, not another quake."""
    text = ("আফগানিস্তানে ভূমিকম্পে মৃতের সংখ্যা বেড়ে ৩৮\nকাবুল, ৩০ ডিসেম্বর (রয়টার্স) — আফগানিস্তানের বাগলান প্রদেশে "
            "ভূমিকম্পে মৃতের সংখ্যা বেড়ে দাঁড়িয়েছে ৩৮ জনে। সোমবার ভোর চারটার দিকে ভূমিকম্পটি আঘাত হানে; এর "
            "উৎপত্তিস্থল ছিল প্রদেশের নাহরিন জেলায়। প্রথম দিন ২১ জনের মৃত্যুর খবর দিয়েছিল তালেবান প্রশাসন।")
    [quake] = _events(text)
    assert (quake.location.name, quake.date.value, quake.fatalities.value) == ("Nahrīn", "2025-12-29", 38)


def test_a_list_of_places_with_their_tolls_is_an_event_at_each_place():
    """"বজ্রপাতে রাজশাহীতে তিনজন, নওগাঁয় দুজন ও চাঁপাইনবাবগঞ্জে একজন নিহত হয়েছেন": ACLED's one event per
    place, each with its own dead (it had been one event at Rajshahi with the last count, 1)."""
    events = _events("বজ্রপাতে মঙ্গলবার রাজশাহীতে তিনজন, নওগাঁয় দুজন ও চাঁপাইনবাবগঞ্জে একজন নিহত হয়েছেন।")
    assert [(e.event_type, e.location.name, e.fatalities.value, e.date.value) for e in events] == [
        ("DISASTER", "Rajshahi", 3, "2025-12-30"), ("DISASTER", "Naogaon", 2, "2025-12-30"),
        ("DISASTER", "Chapainababganj", 1, "2025-12-30")]
    injured = _events("সংঘর্ষে বুধবার সিলেটে ৫ জন এবং সুনামগঞ্জে ৩ জন আহত হয়েছেন।")
    by_district = _events("বজ্রপাতে মঙ্গলবার সিরাজগঞ্জ জেলায় চারজন ও পাবনা জেলায় তিনজন নিহত হয়েছেন।")
    assert [(e.location.name, e.fatalities.value) for e in by_district] == [("Sirajganj", 4), ("Pabna", 3)]
    assert sorted((e.location.name, e.injuries.value) for e in injured) == [("Sunamganj", 3), ("Sylhet", 5)]
    # a breakdown of a toll told before: the parts, when they add up to it, and not the total
    text = ("বজ্রপাতে দেশের পাঁচ জেলায় ১২ জনের মৃত্যু হয়েছে। এর মধ্যে সিরাজগঞ্জে চারজন, পাবনায় তিনজন, নাটোরে দুজন, "
            "বগুড়ায় দুজন ও জয়পুরহাটে একজন রয়েছেন।")
    assert [e.fatalities.value for e in _events(text)] == [4, 3, 2, 2, 1]
    assert [e.fatalities.value for e in _events(text.replace("১২ জনের", "১৩ জনের"))] == [13]
    # a count of people named by their noun ("দুই শিশুর", probe article BD-08)
    text = ("শৈত্যপ্রবাহে উত্তরাঞ্চলে তিন জেলায় মৃত্যু ৭\nগত এক সপ্তাহে শীতজনিত রোগে কুড়িগ্রামে তিনজন, লালমনিরহাটে "
            "দুজন এবং নীলফামারীতে দুই শিশুর মৃত্যু হয়েছে।")
    assert sorted((e.location.name, e.fatalities.value) for e in _events(text)) == [
        ("Kurigram", 3), ("Lalmonirhat", 2), ("Nilphamari", 2)]
    # the list's numbers share its last one's noun (it had been one event at Sirajganj with 2 dead)
    text = "বজ্রপাতে মঙ্গলবার সিরাজগঞ্জে চার, পাবনায় তিন ও নাটোরে দুইজনের মৃত্যু হয়েছে।"
    assert [(e.location.name, e.fatalities.value) for e in _events(text)] == [("Sirajganj", 4), ("Pabna", 3), ("Natore", 2)]
    text = "সুনামিতে শ্রীলঙ্কায় ৩০ হাজার, ভারতে ১০ হাজার এবং থাইল্যান্ডে ৫ হাজার মানুষের মৃত্যু হয়েছে।"
    assert [(e.location.name, e.fatalities.value) for e in _events(text)] == [
        ("Sri Lanka", 30000), ("India", 10000), ("Thailand", 5000)]


def test_an_event_named_back_in_the_next_sentence_is_that_event_at_a_village_over_the_district_line():
    """"চুয়াডাঙ্গার আলমডাঙ্গা উপজেলায় … ট্রাকের চাপায় দুই স্কুলছাত্রী নিহত হয়েছে। সোমবার সকালে
    চুয়াডাঙ্গা-কুষ্টিয়া মহাসড়কের বেলগাছি এলাকায় এ দুর্ঘটনা ঘটে।" (probe article BD2-01): the gazetteer's
    Belgachhi lies in the next district, Kushtia; "এ দুর্ঘটনা" is still the accident just told."""
    text = ("চুয়াডাঙ্গার আলমডাঙ্গা উপজেলায় দ্রুতগতির একটি ট্রাকের চাপায় দুই স্কুলছাত্রী নিহত হয়েছে। সোমবার সকাল "
            "পৌনে নয়টার দিকে চুয়াডাঙ্গা-কুষ্টিয়া মহাসড়কের বেলগাছি এলাকায় এ দুর্ঘটনা ঘটে।")
    [accident] = _events(text)
    assert (accident.fatalities.value, accident.date.value) == (2, "2025-12-29")


def test_a_town_s_toll_is_not_the_total_of_tolls_told_after_it_in_other_districts():
    """"সিরাজগঞ্জের কামারখন্দ উপজেলায় … বাসের ধাক্কায় চারজন নিহত", then two in Tangail's Mirzapur and two in
    Dinajpur's Birganj (probe article BD-24): four is two and two by chance; the accident at
    Kamarkhanda had been dropped as their total."""
    text = ("কুয়াশায় পৃথক সড়ক দুর্ঘটনায় তিন জেলায় নিহত ৮\nনিজস্ব প্রতিবেদক\nঘন কুয়াশার কারণে মঙ্গলবার ভোরে দেশের "
            "তিন জেলায় পৃথক সড়ক দুর্ঘটনায় আটজন নিহত হয়েছেন। সিরাজগঞ্জের কামারখন্দ উপজেলায় ঢাকা-বগুড়া মহাসড়কে "
            "দাঁড়িয়ে থাকা ট্রাকের পেছনে বাসের ধাক্কায় চারজন নিহত ও ১০ জন আহত হন। টাঙ্গাইলের মির্জাপুরে মহাসড়ক পার "
            "হওয়ার সময় পিকআপের ধাক্কায় দুই পথচারী নিহত হন। আর দিনাজপুরের বীরগঞ্জে অটোরিকশা ও মাইক্রোবাসের "
            "সংঘর্ষে প্রাণ হারান আরও দুজন।")
    assert [(e.location.name, e.fatalities.value) for e in _events(text)] == [
        ("Kamarkhanda", 4), ("Mirzapur", 2), ("Birganj", 2)]


def test_an_event_placed_at_a_district_is_at_the_reporter_s_town_in_it():
    """"নিজস্ব সংবাদদাতা, কৃষ্ণনগর: … নদিয়ার কোতোয়ালি থানার ভাতজাংলায় …" (probe article WB-24): the village
    is unknown, so the sentence placed the fire at Nadia district; the reporter's town in that district
    is the more exact place (as a state's event is refined to a town its story names beside it)."""
    text = ("সিলিন্ডার ফেটে মৃত্যু মা ও মেয়ের\nনিজস্ব সংবাদদাতা, কৃষ্ণনগর: রান্নার গ্যাসের সিলিন্ডার ফেটে অগ্নিদগ্ধ হয়ে "
            "মৃত্যু হল মা ও মেয়ের। মঙ্গলবার সকালে নদিয়ার কোতোয়ালি থানার ভাতজাংলায় রান্না করার সময় সিলিন্ডারে আগুন "
            "ধরে যায়।")
    [fire] = _events(text)
    assert fire.location.name == "Krishnanagar"


def test_a_death_in_hospital_told_later_does_not_date_the_event():
    """"… বয়লার ফেটে দুর্ঘটনায় মৃতের সংখ্যা বেড়ে দাঁড়াল চার। সোমবার রাতে এবং মঙ্গলবার সকালে কলকাতার এসএসকেএম
    হাসপাতালে চিকিৎসাধীন অবস্থায় আরও দুই জনের মৃত্যু হয়।" (probe article WB2-07): Monday is when two of
    the injured died, not the day of the blast (discovery_cues.tsv, kind later_death)."""
    text = ("নিজস্ব সংবাদদাতা, চুঁচুড়া: ডানকুনির রাসায়নিক কারখানায় বয়লার ফেটে দুর্ঘটনায় মৃতের সংখ্যা বেড়ে দাঁড়াল চার। "
            "সোমবার রাতে এবং মঙ্গলবার সকালে কলকাতার এসএসকেএম হাসপাতালে চিকিৎসাধীন অবস্থায় আরও দুই জনের মৃত্যু হয়।")
    [blast] = _events(text)
    assert blast.date.value != "2025-12-29" and blast.date.precision == "week"


def test_meanwhile_turns_to_an_event_with_a_place_of_its_own():
    """"এ দিকে" (meanwhile) goes on with the story unless the event it tells has a place of its own
    (1040324_24bdesh4, training: a clash in western Nepal with 112 dead joined a bombing in
    Kathmandu); a country a direction qualifies ("পশ্চিম নেপালের") is where it happened, not whose."""
    text = ("আজ সকালে কাঠমাণ্ডু জেলাতে মাওবাদীরা দু’টি শক্তিশালী বিস্ফোরণ ঘটিয়েছে। বিস্ফোরণে অবশ্য কেউ মারা যাননি। "
            "এ দিকে, পশ্চিম নেপালের একটি এলাকায় সেনা-জঙ্গি সংঘর্ষে নিহতদের দেহ উদ্ধারের কাজ শুরু করেছে নেপাল সরকার। "
            "১১২ জন জঙ্গির মৃতদেহ উদ্ধার করা হয়েছে।")
    events = ghotona.extract(text, published="2004-03-24", options=ghotona.Options(min_confidence=0))
    assert [(e.location.name, e.fatalities and e.fatalities.value) for e in events] == [("Kathmandu", 0), ("Nepal", 112)]
    # without a place of its own, "এ দিকে" goes on with the same event
    same = "আজ সকালে কাঠমাণ্ডু জেলাতে মাওবাদীরা দু’টি শক্তিশালী বিস্ফোরণ ঘটিয়েছে। এ দিকে, বিস্ফোরণে দু’জন আহত হয়েছেন।"
    (event,) = ghotona.extract(same, published="2004-03-24", options=ghotona.Options(min_confidence=0))
    assert event.injuries.value == 2


def test_a_baton_charge_is_not_the_bombing_told_before_it():
    """The police on a crowd (mode crowd-control) is an event of its own, not one more means of an
    attack told before (1060122_22bdesh1, dev: the baton charge in Kathmandu joined a bombing in
    Nepalgunj through the clash between them)."""
    text = ("নেপালগঞ্জে বোমা বিস্ফোরণে ছয় পুলিশের মৃত্যু হয়েছে। আজ সকাল থেকে কাঠমাণ্ডুতে বিক্ষোভকারীরা ইটবৃষ্টি "
            "শুরু করলে নিরাপত্তারক্ষীরা এলোপাথাড়ি লাঠি চালায়।")
    events = ghotona.extract(text, published="2006-01-22", options=ghotona.Options(min_confidence=0))
    assert [(e.event_type, e.mode, e.location.name) for e in events if e.event_type == "ASSAULT"] == \
        [("ASSAULT", "explosives", "Nepalgunj"), ("ASSAULT", "crowd-control", "Kathmandu")]


def test_where_the_protested_event_happened_is_not_where_the_protest_is():
    """"গাজায় ইসরায়েলি হামলার প্রতিবাদে … বায়তুল মোকাররমের উত্তর গেটে বিক্ষোভ" (probe PRO-012): Gaza is
    where the attack was (a place a few words before প্রতিবাদে, দাবিতে or বিরুদ্ধে, role_markers.tsv
    role reason); the protest was at the mosque's gate."""
    text = ("গাজায় ইসরায়েলি হামলার প্রতিবাদে শুক্রবার জুমার নামাজের পর বায়তুল মোকাররমের উত্তর গেটে বিক্ষোভ "
            "করেছেন মুসল্লিরা।")
    assert [e.location.name for e in _events(text)] == ["Baitul Mukarram National Mosque"]
    assert [e.location.name for e in _events("ভারতের বিরুদ্ধে খুলনায় বিক্ষোভ হয়।")] == ["Khulna"]
    # a claim (দাবি, not in the locative) is no reason: the place before the speaker still counts
    assert [e.location.name for e in _events("গাজীপুরে পুলিশ দাবি করেছে, সেখানে বিক্ষোভ হয়েছে।")] == ["Gazipur"]
    # with no other place, the reason's place is still the best the sentence gives
    assert [e.location.name for e in _events("গাজায় হামলার প্রতিবাদে বিক্ষোভ হয়েছে।")] == ["Gaza"]


def test_a_name_written_with_its_age_is_that_person_wherever_the_article_names_it():
    """"মো. রিয়াদ (২৫) নামের এক যুবক … রিয়াদের মাথায়" (bdn-ece0c99d8d, training): the stabbed man,
    not Riyadh, in every mention; a title's words running on into a town do not hide the town
    ("পুলিশ সুপার বহরমপুর থেকে …", 1020613_13raj18, dev)."""
    text = ("রাজধানীর কদমতলীতে ধূমপান করতে বাধা দেওয়ায় ছুরিকাঘাতে মো. রিয়াদ (২৫) নামের এক যুবক গুরুতর আহত "
            "হয়েছেন। ওই সময় ধারালো অস্ত্র দিয়ে রিয়াদের মাথায় ও পেটে ছুরি মারা হয়।")
    assert {e.location.name for e in _events(text)} == {"Kadamtali"}
    police = "পুলিশের গুলিতে বহরমপুরে এক শ্রমিক নিহত হয়েছেন। পুলিশ সুপার বহরমপুর থেকে জানান, তদন্ত চলছে।"
    assert {e.location.name for e in _events(police)} == {"Berhampore"}


def test_a_name_before_named_is_a_person_not_a_town():
    """"রমেশ চোপড়া নামে এক বাসিন্দার বাড়িতে" (1020906_6raj24, training): Ramesh Chopra, not the town of
    Chopra; "ইসলামপুর নামে একটি গ্রাম" names a village, and stays a place."""
    from ghotona.api import analyze

    doc = analyze("বুধবার রাতে ডাকাতদল রমেশ চোপড়া নামে এক বাসিন্দার বাড়িতে হানা দেয়।", published="2002-09-05")
    assert [(e.label, e.text) for e in doc.get("entities") if e.label in ("PER", "LOC")] == [("PER", "রমেশ চোপড়া")]
    doc = analyze("ইসলামপুর নামে একটি গ্রামে হামলা হয়।", published="2002-09-05")
    assert [e.label for e in doc.get("entities")] == ["LOC"]


def test_a_name_after_name_is_is_a_person_not_a_town():
    """"মৃতের নাম বিশ্বনাথ বাউরি (৪৫)" (probe article WB7-04): the dead man's name, not the Assam town of
    Biswanath, which had placed a cyclist's death on a Bardhaman highway in Assam."""
    from ghotona.api import analyze

    doc = analyze("পুলিশ জানিয়েছে, মৃতের নাম বিশ্বনাথ বাউরি (৪৫)।", published="2006-01-21")
    assert [(e.label, e.text) for e in doc.get("entities") if e.label in ("PER", "LOC")] == [("PER", "বিশ্বনাথ বাউরি")]
    text = ("বৃহস্পতিবার রাতে জাতীয় সড়কে পানাগড় বাজারের কাছে একটি গাড়ির ধাক্কায় মৃত্যু হয়েছে এক সাইকেল আরোহীর। "
            "পুলিশ জানিয়েছে, মৃতের নাম বিশ্বনাথ বাউরি (৪৫)।")
    assert [(e.event_type, e.location.name) for e in _events(text)] == [("ACCIDENT", "Panagarh")]


def test_a_place_before_resident_stays_a_place():
    """"মিরাট বাসিন্দা এক যুবক": বাসিন্দা is a name marker whose word before is the person's place
    (person_cues.tsv, name_side place_before), so Meerut is not read as the name of a person."""
    from ghotona.api import analyze

    doc = analyze("মঙ্গলবার রাতে মিরাট বাসিন্দা এক যুবককে গ্রেফতার করা হয়।", published="2002-09-05")
    assert [(e.label, e.name) for e in doc.get("entities") if e.label in ("PER", "LOC")] == [("LOC", "Meerut")]


def test_where_a_victim_was_going_is_not_where_he_was_shot():
    """"তিনি নৈহাটি থেকে শিয়ালদহ যাচ্ছিলেন। তখনই … কেউ তাঁকে গুলি করে" (1020503_3raj15, training):
    Sealdah is where he was going (reference_point_cues.tsv: যাচ্ছিলেন, a `goes` word), not a second
    shooting; the one shooting is at Titagarh station."""
    text = ("বুধবার বিকালে টিটাগড় স্টেশনে এক ব্যক্তি গুলিবিদ্ধ হন। গুলিবিদ্ধ স্বরূপ দাস নামে ওই ব্যক্তি পুলিশকে "
            "জানান, তিনি নৈহাটি থেকে শিয়ালদহ যাচ্ছিলেন। তখনই ভিড়ের মধ্যে কেউ তাঁকে গুলি করে পালিয়ে যায়।")
    assert [(e.event_type, e.location.name) for e in _events(text)] == [("ASSAULT", "Titāgarh")]


@pytest.mark.parametrize("text, village", [
    # an end of the road the village lies on is not its container (probe BD3-06)
    ("নরসিংদীর রায়পুরা উপজেলায় আজ ঢাকা-সিলেট মহাসড়কের মরজাল বাসস্ট্যান্ড এলাকায় অবরোধ করা হয়।", "Raipura"),
    # nor is a journey's start or end (probe BD3-11)
    ("ফরিদপুরের ভাঙ্গা উপজেলায় খুলনা থেকে ঢাকাগামী একটি বাস মালিগ্রাম এলাকায় পৌঁছালে ট্রাকের সঙ্গে সংঘর্ষ হয়।",
     "Bhanga"),
])
def test_a_village_is_not_placed_at_a_road_or_journey_end(text, village):
    from ghotona.api import analyze

    villages = [e for e in analyze(text, published="2025-12-31").get("entities")
                if e.label == "LOC" and e.attrs.get("feature") == "village"]
    assert villages and all(e.name.endswith(f"({village})") for e in villages)


@pytest.mark.parametrize("text, expected", [
    # the gazetteer knows only North 24 Parganas' Noapara: on a page surely in Narsingdi, a local place
    # (probe BD3-06)
    ("নরসিংদীর রায়পুরা উপজেলায় দুই পক্ষের সংঘর্ষে একজন নিহত হয়েছেন। রায়পুরা থানার ওসি জানান, "
     "উপজেলার মরজাল ইউনিয়নের নোয়াপাড়া বাজারে সংঘর্ষ শুরু হয়।", "Raipura"),
    # Gaibandha's Sadullapur upazila, named on a Malda page (1021029_29raj25, training)
    ("নিজস্ব সংবাদদাতা, মালদহ: মালদহে সাদুল্লাপুরের শ্মশানে চুল্লি তৈরি হবে।", "Malda"),
])
def test_a_small_namesake_across_the_border_is_a_local_place(text, expected):
    from ghotona.api import analyze

    places = [e for e in analyze(text, published="2025-12-31").get("entities") if e.label == "LOC"]
    assert {e.attrs.get("country") for e in places} == {"BGD" if expected == "Raipura" else "IND"}
    assert all(e.name == expected or e.name.endswith(f"({expected})") for e in places
               if e.attrs.get("feature") == "village")


def test_a_town_across_the_border_stays_there_when_its_country_is_named():
    from ghotona.api import analyze

    text = ("নরসিংদীর রায়পুরা উপজেলায় সংঘর্ষ হয়েছে। রায়পুরার ঘটনার পর ভারতের নোয়াপাড়ায় "
            "এক বাংলাদেশি যুবক আটক হন।")
    assert "Noapara" in [e.name for e in analyze(text, published="2025-12-31").get("entities")]


def test_a_train_named_after_its_ends_does_not_place_the_event():
    """"হাওড়া-কুর্লা জ্ঞানেশ্বরী এক্সপ্রেস": Howrah is an end of the train's route (with its name and an
    end the gazetteer does not know between), not where it derailed (probe WB3-20)."""
    text = ("সরডিহার কাছে রেললাইনে নাশকতার জেরে লাইনচ্যুত হয় হাওড়া-কুর্লা জ্ঞানেশ্বরী এক্সপ্রেস, "
            "মৃত্যু হয় ১৪৮ জন যাত্রীর।")
    places = {e.location.name for e in ghotona.extract(text, published="2010-05-29",
                                                       options=ghotona.Options(min_confidence=0))}
    assert places and "Howrah" not in places


def test_a_place_under_a_district_named_with_its_level_word_is_local():
    """"বীরভূম জেলার গোপালপুর গ্রামে": the district's entity takes its level word (বীরভূম জেলার), and the
    gazetteer's far Gopalpur is a village of Birbhum the gazetteer lacks."""
    from ghotona.api import analyze

    doc = analyze("বুধবার বীরভূম জেলার গোপালপুর গ্রামে বোমা ফেটে দুজন জখম হয়েছেন।", published="2025-12-31")
    names = [e.name for e in doc.get("entities") if e.label == "LOC"]
    assert names == ["Birbhum", "গোপালপুর (Birbhum)"]


def test_a_namesake_across_the_border_is_not_placed_at_a_road_s_end():
    """"ঢাকা-ময়মনসিংহ মহাসড়কের … উপজেলার মাওনা চৌরাস্তা": মাওনা, which the gazetteer knows only as Meerut's
    Mawana, is a local place of Sreepur, not of Dhaka, the road's end (probe BD4-02)."""
    from ghotona.api import analyze

    text = ("গাজীপুরের শ্রীপুরে কারখানায় আগুন। ঢাকা-ময়মনসিংহ মহাসড়কের পাশের কারখানাটিতে আগুনে দুই শ্রমিকের মৃত্যু "
            "হয়েছে। উপজেলার মাওনা চৌরাস্তা এলাকায় আগুন লাগে।")
    names = [e.name for e in analyze(text, published="2025-12-31").get("entities") if e.label == "LOC"]
    assert "Mawāna" not in names and not any("(Dhaka)" in n or "(Mymensingh)" in n for n in names)


def test_two_villages_the_gazetteer_does_not_know_are_not_one_place():
    # Regression: places without a gazetteer key compared equal (None == None), so a bombing in a
    # Barishal neighbourhood joined the shooting told just before in a Kolkata one
    events = _events("সোমবার রাতে কলকাতার নেতাজি পার্ক এলাকায় দুষ্কৃতীদের গুলিতে এক যুবক নিহত হয়েছেন। "
                     "বরিশাল শহরের ব্যাংক টাউন এলাকায় বোমা বিস্ফোরণে দু'জন আহত হন।")
    assert [(e.location.country, e.fatalities and e.fatalities.value, e.injuries and e.injuries.value)
            for e in events] == [("IND", 1, None), ("BGD", None, 2)]


def test_a_rail_branch_named_after_its_ends_does_not_place_the_event():
    # Regression (fresh probe WB5-06): "শিয়ালদহ-কৃষ্ণনগর শাখায়" (a branch line: শাখা, like লাইন, is a
    # route word) put a level-crossing accident at Sealdah, not between Taherpur and Badkulla
    [crash] = [e for e in _events("মঙ্গলবার সকালে শিয়ালদহ-কৃষ্ণনগর শাখায় তাহেরপুর ও বাদকুল্লা স্টেশনের মাঝে লোকাল "
                                  "ট্রেনের ধাক্কায় দুই যাত্রীর মৃত্যু হয়েছে।") if e.event_type == "ACCIDENT"]
    assert crash.location.name == "Taherpur"


def test_a_verb_before_a_level_word_names_no_village():
    # Regression (fresh probe WB5-06): "বসে পড়েন এলাকার বাসিন্দারা" made a village "পড়েন": the
    # splitter did not know -েন, -লেন, -ল as verb endings of its verb roots
    doc = ghotona.analyze("দুর্ঘটনার পরে লাইনের উপরে বসে পড়েন এলাকার বাসিন্দারা, রেল অবরোধ চলে।")
    assert not [e.text for e in doc.get("entities") if e.label == "LOC"]


@pytest.mark.parametrize("text, place", [
    # Regression (fresh probe BD5-18): a district's own press club was the Jatiya Press Club in Dhaka
    ("মঙ্গলবার দুপুরে রংপুর প্রেসক্লাবের সামনে মানববন্ধন করেছে বাংলাদেশ সুফিবাদী ঐক্য পরিষদ।", "Rangpur"),
    # (WB5-18) another country's parliament was Dhaka's
    ("গত ৮ সেপ্টেম্বর কাঠমান্ডুর সংসদ ভবনের সামনে পুলিশের গুলিতে অন্তত ১৭ জনের মৃত্যু হয়েছিল।", "Kathmandu"),
    # alone, the press club is still Dhaka's
    ("মঙ্গলবার দুপুরে প্রেসক্লাবের সামনে মানববন্ধন করেছে বাংলাদেশ সুফিবাদী ঐক্য পরিষদ।", "Jatiya Press Club"),
])
def test_a_generic_landmark_after_a_place_is_that_place_s_own(text, place):
    [event] = _events(text)
    assert event.location.name == place


def test_the_people_of_an_arrest_named_back_place_no_new_arrest():
    # Regression (fresh probe BD5-18): "গ্রেপ্তারদের একজনের বাড়ি … সাদুল্লাপুর উপজেলায়" (one of the
    # arrested lives in Sadullapur) was a new arrest at Sadullapur (anaphora.tsv: the Bangladeshi words
    # for the arrested, like ধৃতদের)
    text = ("মঙ্গলবার রাতে পীরগঞ্জ উপজেলার চতরা এলাকায় অভিযান চালিয়ে তিনজনকে গ্রেপ্তার করা হয়। "
            "গ্রেপ্তারদের একজনের বাড়ি পাশের গাইবান্ধা জেলার সাদুল্লাপুর উপজেলায়।")
    arrests = [e for e in _events(text) if e.event_type == "COERCE"]
    assert [e.location.name for e in arrests] == ["চতরা (Pirganj)"]


def test_a_highway_s_end_that_the_splitter_misreads_as_inflected_is_still_an_end():
    # Regression (fresh probe BD6-09): the splitter reads কোয়েটা as কোয়ে + টা, so "কোয়েটা-করাচি মহাসড়কে"
    # did not make Quetta a road's end, and the killing in Kalat district was placed at Quetta
    [event] = _events("সোমবার রাতে পাকিস্তানের কালাত জেলার মাঙ্গোচর এলাকায় কোয়েটা-করাচি মহাসড়কে বন্দুকধারীরা "
                      "নয়জনকে গুলি করে হত্যা করে।")
    assert event.location.name == "Kalat"


def test_a_highway_s_other_end_that_the_splitter_misreads_is_still_part_of_its_name():
    # Regression (fresh probe BD6-17): "ক্যান্ডি-নুয়ারা এলিয়া মহাসড়কের" (the splitter reads এলিয়া as
    # inflected) left Kandy a place of the crash, not a road's end
    [crash] = _events("শ্রীলঙ্কার পাহাড়ি জেলা নুয়ারা এলিয়ায় একটি বাস খাদে পড়ে অন্তত ১৬ জন নিহত হয়েছেন। সোমবার রাতে "
                      "ক্যান্ডি-নুয়ারা এলিয়া মহাসড়কের রাম্বোদা এলাকায় দুর্ঘটনাটি ঘটে।")
    assert crash.location.name == "Nuwara Eliya"


def test_a_union_named_like_a_town_of_another_district_is_a_local_union():
    # Regression (fresh probe BD5-11): "উপজেলার হরিপুর ইউনিয়নের পাঁচপাড়া গ্রামে" after Nasirnagar upazila
    # was Thakurgaon's Haripur upazila, so the body's clash did not join the lead's
    events = _events("ব্রাহ্মণবাড়িয়ার নাসিরনগর উপজেলায় দুই গোষ্ঠীর সংঘর্ষে দুজন নিহত হয়েছেন। মঙ্গলবার সকাল ৮টা থেকে "
                     "উপজেলার হরিপুর ইউনিয়নের পাঁচপাড়া গ্রামে টেটা, বল্লম ও রামদা নিয়ে এ সংঘর্ষ চলে।")
    assert len(events) == 1 and events[0].location.admin2 == "Brahmanbaria"


def test_south_america_and_a_hideout_are_no_places():
    # Regression (fresh probes BD7-15, BD7-11): "দক্ষিণ আমেরিকার দেশ পেরুর" put a Peruvian crash in the
    # United States; "জঙ্গি আস্তানা" (a militants' den) was Astana
    doc = ghotona.analyze("দক্ষিণ আমেরিকার দেশ পেরুর আয়াকুচো অঞ্চলে বাস খাদে পড়ে অন্তত ২৪ জন নিহত হয়েছেন। "
                          "পুলিশ একটি জঙ্গি আস্তানায় অভিযান চালায়।", "2025-12-31")
    assert {e.attrs.get("country") for e in doc.get("entities") if e.label == "LOC"} == {"PER"}


def test_a_demonstrative_before_a_level_word_names_the_story_s_place_of_that_level_back():
    """"গত ফেব্রুয়ারিতেও এই গ্রামে … সংঘর্ষে" (probe article WB7-01): the village of the story, not the
    road its blockade was on; and a blockade of a road named after its two ends ("গড়বেতা-চন্দ্রকোনা
    রাস্তা") is at neither end (it had been placed at Chandrakona)."""
    text = ("রবিবার রাতে গড়বেতা ৩ ব্লকের মাকলি গ্রামে সিপিএম ও তৃণমূল সমর্থকদের সংঘর্ষে অন্তত ১১ জন জখম হয়েছেন। "
            "হামলার প্রতিবাদে সোমবার সকালে তৃণমূল সমর্থকেরা গড়বেতা-চন্দ্রকোনা রাস্তা প্রায় দু'ঘণ্টা অবরোধ করে রাখেন। "
            "গত ফেব্রুয়ারিতেও এই গ্রামে দু'দলের সংঘর্ষে এক জনের মৃত্যু হয়েছিল।")
    events = ghotona.extract(text, published="2003-04-22", options=ghotona.Options(min_confidence=0))
    assert [(e.event_type, e.location.name, e.date.value) for e in events] == [
        ("ASSAULT", "মাকলি (Garbeta)", "2003-04-20"), ("PROTEST", "মাকলি (Garbeta)", "2003-04-21"),
        ("ASSAULT", "মাকলি (Garbeta)", "2003-02")]


@pytest.mark.parametrize("road", ["বেলডাঙা-বহরমপুর রাজ্য সড়ক", "কৃষ্ণনগর-করিমপুর জাতীয় সড়ক"])
def test_a_blockade_of_a_road_named_after_its_ends_and_its_kind_is_at_neither_end(road):
    """"কৃষ্ণনগর-করিমপুর রাজ্য সড়ক" (probe articles WB7-02, WB-05): the road's kind between its ends
    and the route word had hidden the second end, so the blockade was placed at it (Karimpur,
    Berhampore), not where the story was."""
    text = ("নিজস্ব সংবাদদাতা, বহরমপুর: মঙ্গলবার সকালে মুর্শিদাবাদের বেলডাঙা থানা এলাকার মির্জাপুরে ডাম্পারের ধাক্কায় "
            f"এক স্কুলছাত্রের মৃত্যু হয়। এর পরে ক্ষুব্ধ বাসিন্দারা মৃতদেহ রাস্তায় রেখে {road} অবরোধ করেন।")
    events = _events(text)
    assert [(e.event_type, e.location.name) for e in events] == [
        ("ACCIDENT", "মির্জাপুর (Beldānga)"), ("PROTEST", "মির্জাপুর (Beldānga)")]


def test_a_headline_s_clauses_place_their_own_events():
    """"গোপালগঞ্জে হরতালে অবরোধ-ককটেল, ঢাকায় বাসে আগুন" (probe article BD9-09): the hartal is
    Gopalganj's; Dhaka is the other clause's bus fire (the hartal had been placed in Dhaka)."""
    text = ("গোপালগঞ্জে হরতালে অবরোধ-ককটেল, ঢাকায় বাসে আগুন\nনিজস্ব প্রতিবেদক\n"
            "আওয়ামী লীগের ডাকা হরতালে গতকাল মঙ্গলবার জেলায় দোকানপাট বন্ধ ছিল।")
    strike = [e for e in _events(text) if e.event_type == "PROTEST"]
    assert strike and all("Gopalganj" in e.location.name for e in strike)


def test_a_bare_district_word_names_the_story_s_district_back():
    """"হরতাল ঘিরে সোমবার রাত থেকেই জেলায় চার প্লাটুন বিজিবি মোতায়েন রয়েছে" (probe article BD9-09): the
    story's district, not the upazila of the blast told in the sentence before; "দুই জেলাতেই" (both
    districts) names none."""
    text = ("গোপালগঞ্জ প্রতিনিধি\nমঙ্গলবার গোপালগঞ্জ জেলায় হরতাল পালিত হয়েছে। সোমবার রাতে কোটালীপাড়া উপজেলা বিএনপির "
            "কার্যালয়ের সামনে দুটি ককটেলের বিস্ফোরণ ঘটে। হরতাল ঘিরে সোমবার রাত থেকেই জেলায় চার প্লাটুন বিজিবি "
            "মোতায়েন রয়েছে।")
    (deployment,) = [e for e in _events(text) if e.event_type == "MOBILIZE"]
    assert deployment.location.name == "Gopalganj"
