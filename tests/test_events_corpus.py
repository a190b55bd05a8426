"""End-to-end event extraction on real Bengali news from ../shared/data.

Expected values were written by reading each article (the text stays in ../shared; only ids and
expected values are here).  Each test checks the event types, place, date, counts, actors and
negation that the article states.  Known gaps are marked ``xfail(strict=True)``: they document a
real error and fail loudly once it is fixed, so the mark can be removed.
"""
import math

import jsonschema
import pytest

import ghotona
from ghotona.inputs import record_to_document
from ghotona.options import Options
from ghotona.schema import json_schema
from ghotona.text.normalize import normalize_term

pytestmark = pytest.mark.corpus


def _events(records, doc_id, options=None):
    doc = record_to_document(records[doc_id], doc_id, Options())
    return ghotona.analyze(doc.text, doc.published, doc_id=doc_id, options=options).events


def _every_event(text, published):
    """Every event the rules find in a hand-written text (the confidence filter off)."""
    return ghotona.extract(text, published=published, options=Options(min_confidence=0))


def _types(text, published):
    """The event types the rules find in a hand-written text (the confidence filter off)."""
    return [e.event_type for e in _every_event(text, published)]


def _km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def near(event, lat, lon, km=30):
    loc = event.location
    return loc is not None and loc.lat is not None and _km(loc.lat, loc.lon, lat, lon) <= km


def one(events, **want):
    found = [e for e in events if all(getattr(e, k) == v for k, v in want.items())]
    assert found, f"no event with {want}; got {[e.summary_en for e in events]}"
    return found[0]


def count(c):
    return None if c is None else (c.value, c.qualifier)


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json_schema())


# --- road accident (Bangladesh) ---------------------------------------------------------
def test_bus_truck_collision_patiya(bdnews, validator):
    events = _events(bdnews, "bdn-df60006d04")
    crash = one(events, event_type="ACCIDENT", mode="road")
    assert count(crash.fatalities) == (1, "exact")  # "এক ট্রাকচালক নিহত"
    assert count(crash.injuries) == (4, "exact")  # "বাসের চার যাত্রী আহত"
    assert crash.location.country == "BGD"
    assert near(crash, 22.30, 91.98)  # Patiya upazila, not the victims' home districts
    assert crash.actor is None  # accidents have victims, not actors
    assert [e.event_type for e in events].count("ACCIDENT") == 1  # one crash told in 8 sentences
    for e in events:
        validator.validate(e.to_dict())


# --- murder with arrests (Bangladesh) ---------------------------------------------------
def test_student_hacked_to_death_and_three_detained(bdnews):
    events = _events(bdnews, "bdn-cb9bcca948", Options(min_confidence=0))
    murder = one(events, event_type="ASSAULT")
    assert murder.mode == "primitive"  # কুপিয়ে (hacked with sharp weapons)
    assert murder.target is not None and normalize_term("রিয়াদ") in normalize_term(murder.target.text)
    assert murder.location.admin2 == "Sirajganj"
    arrest = one(events, event_type="COERCE", mode="arrest")
    assert count(arrest.arrests) == (3, "exact")
    assert arrest.actor.name == "Police Forces of Bangladesh" and arrest.actor.country == "BGD"


# --- attack on a human chain, army deployed (Bangladesh) -------------------------------
def test_human_chain_attack_karwan_bazar(bdnews):
    events = _events(bdnews, "bdn-b25d4c7677")
    assert any(e.event_type == "MOBILIZE" for e in events)  # "সেনা মোতায়েন"
    for e in events:
        assert e.location is not None and e.location.name == "Karwan Bazar"
    assert any(e.event_type == "ASSAULT" for e in events)


def test_human_chain_attackers_are_the_assailants(bdnews):
    # Regression: "ব্যবসায়ীদের মানববন্ধনে হামলা চালিয়েছে একদল দুর্বৃত্ত" — the traders' human chain was
    # attacked (target), by assailants named after the verb (actor).
    events = _events(bdnews, "bdn-b25d4c7677")
    attack = one(events, event_type="ASSAULT")
    assert attack.actor is not None and attack.actor.sector == "UAF"
    assert attack.target is not None and attack.target.name == "Traders (Bangladesh)"
    assert (attack.date.value, attack.date.precision) == ("2025-12-29", "day")  # "… এই ঘটনা ঘটে" points back


# --- blockade (Bangladesh) ---------------------------------------------------------------
def test_shahbag_blockade(bdnews):
    events = _events(bdnews, "bdn-7aeabb34a5")
    blockade = one(events, event_type="PROTEST", mode="obstruct")
    assert blockade.location.name == "Shahbag"
    assert blockade.acled_event_type == "Protests"


# --- several events in one article, with different dates (EDNIL photo page) -----------
def test_photo_page_several_events(ednil):
    events = _events(ednil, "1010114_14bdesh4.utf8")
    crash = one(events, event_type="ACCIDENT", mode="road")
    assert crash.location.country == "PAK"
    assert crash.date.value == "2000-11-13"  # গতকাল, the paper is dated 14 Nov 2000
    assert count(crash.fatalities) == (40, "at_least")  # "অন্তত চল্লিশ জন প্রাণ হারান"
    # the rules find the strike in Brazil ...
    strike = one(_events(ednil, "1010114_14bdesh4.utf8", Options(min_confidence=0.0)),
                 event_type="PROTEST", mode="strike")
    assert strike.location.country == "BRA"


def test_photo_page_strike_survives_the_confidence_filter(ednil):
    # ... and the confidence filter keeps it (a photo page's last caption, no count to protect it: the
    # model trained on 124 articles dropped it at 0.32; trained on 162 it keeps it)
    one(_events(ednil, "1010114_14bdesh4.utf8"), event_type="PROTEST", mode="strike")


# --- air strike (Afghanistan) ------------------------------------------------------------
def test_us_bombing_afghanistan(ednil):
    events = _events(ednil, "1030404_4bdesh10")
    strike = one(events, event_type="ASSAULT", mode="aerial")
    assert strike.actor.country == "USA"
    assert strike.location.country == "AFG"
    assert strike.sources  # "মার্কিন সামরিক মুখপাত্র জানিয়েছেন"


# --- tank and helicopter raid in Gaza, and the suicide bombing the day before ---------
def test_gaza_raid_and_haifa_bombing(ednil):
    events = _events(ednil, "1030307_7bdesh5")
    raid = one(events, event_type="ASSAULT", date=raid_date(events))
    assert raid.actor.country == "ISR"
    # the Jabalia camp the body names, not the headline's other clause's "গাজায়" (a headline's place
    # places only its own clause's event, thirty-first session; the gold: "Jabalia refugee camp, Gaza")
    assert raid.location.name == "Jabālyā"
    assert count(raid.fatalities) == (11, "exact")
    assert count(raid.injuries) == (140, "exact")
    bombing = next(e for e in events if e.actor and e.actor.name == "Hamas")
    assert bombing.location.name == "Haifa"
    assert bombing.date.value == "2003-03-06"  # "কাল", a day before the 7 March paper
    assert count(bombing.fatalities) == (15, "exact")


def raid_date(events):
    return next(e.date for e in events if e.location and e.location.name == "Jabālyā")


# --- train bombing (Chechnya), with a background bombing in September -------------------
def test_chechnya_train_bombing(ednil):
    events = _events(ednil, "1031206_6bdesh5")
    bombing = one(events, event_type="ASSAULT", mode="explosives")
    assert bombing.location.name == "Chechnya"  # not Moscow, where the agency filed from
    assert count(bombing.fatalities) == (40, "at_least")
    assert count(bombing.injuries) == (150, "exact")
    assert bombing.hedged  # "সন্দেহ করা হচ্ছে", "বলে মনে করা হচ্ছে"
    background = [e for e in events if e.date and e.date.value == "2003-09"]
    assert background and background[0].event_type == "ASSAULT"  # "সেপ্টেম্বরেই … বিস্ফোরণ"


# --- political murder (West Bengal) ------------------------------------------------------
def test_cpim_leader_shot_dead(ednil):
    events = _events(ednil, "1020212_12raj7")
    murder = one(events, event_type="ASSAULT", mode="firearms")
    assert murder.date.value == "2002-02-11"  # সোমবার before the Tuesday 12 Feb paper
    # "জামবনি থানার সানগ্রাম চকে": the hamlet, placed at its police station (was the byline's Medinipur)
    assert murder.location.country == "IND" and murder.location.name == "সানগ্রাম চক (Jamboni)"
    assert murder.target is not None and murder.target.name == "CPI(M)"
    assert murder.fatalities is not None
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1  # one killing, many sentences
    one(events, event_type="PROTEST")  # CPI(M) supporters protested around the body


# --- border shooting (West Bengal), and a separate killing on Tuesday in Malda ----------
def test_bsf_shooting_gaighata(ednil):
    events = _events(ednil, "1020321_21raj9")
    shooting = one(events, event_type="ASSAULT", mode="firearms")
    assert count(shooting.fatalities) == (1, "exact")
    assert count(shooting.injuries) == (1, "exact")
    assert shooting.location.admin2 == "North 24 Parganas"
    malda = [e for e in events if e.event_type == "ASSAULT" and e.location and e.location.admin2 == "Malda"]
    assert malda and malda[0].date.value == "2002-03-19"  # "মঙ্গলবার মালদহে"


# --- clash between border guards and villagers (West Bengal) ----------------------------
def test_bsf_villager_clash_malda(ednil):
    events = _events(ednil, "1020416_16raj11")
    clash = one(events, event_type="ASSAULT")
    assert clash.date.value == "2002-04-15"
    assert count(clash.fatalities) == (1, "exact")
    assert clash.location.admin2 == "Malda"
    assert len([e for e in events if e.event_type == "ASSAULT"]) == 1


# --- gas tanker fire (West Bengal) -------------------------------------------------------
def test_tanker_fire_santipur(ednil):
    events = _events(ednil, "1020131_31raj6")
    fire = one(events, event_type="ACCIDENT", mode="fire")
    assert fire.date.value == "2002-01-30"  # বুধবার before the Thursday 31 Jan paper
    assert fire.location.admin2 == "Nadia" or fire.location.name == "Nadia"
    overturn = [e for e in events if e.mode == "road"]
    assert overturn and overturn[0].date.value == "2002-01-29"  # the tanker overturned on Tuesday


# --- road crash of pilgrims (West Bengal) ------------------------------------------------
def test_pilgrim_van_lorry_crash(ednil):
    events = _events(ednil, "1020413_13raj1")
    crash = one(events, event_type="ACCIDENT", mode="road")
    assert count(crash.fatalities) == (22, "exact")
    assert count(crash.injuries) == (16, "exact")
    assert crash.date.value == "2002-04-12"
    for e in events:  # compensation money is not a casualty count
        assert e.fatalities is None or e.fatalities.value is None or e.fatalities.value < 100


# --- earthquake (China) ------------------------------------------------------------------
def test_xinjiang_earthquake(ednil):
    events = _events(ednil, "1030225_25bdesh5")
    quake = one(events, event_type="DISASTER", mode="earthquake")
    assert quake.location.country == "CHN"
    assert count(quake.fatalities) == (257, "at_least")
    assert quake.date.value == "2003-02-25"  # "আজ সকালে"
    assert len(events) == 1


# --- the bundled sample: negation and a background event -------------------------------
def test_sample_article_negation_and_background():
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "examples" / "sample-article.txt").read_text(encoding="utf-8")
    events = ghotona.extract(text, published="2024-03-01")
    clash = events[0]
    assert clash.event_type == "ASSAULT" and clash.actor.name.startswith("BNP")
    assert clash.target.name == "Jamaat-e-Islami"
    assert count(clash.fatalities) == (2, "exact") and count(clash.injuries) == (25, "at_least")
    assert clash.date.value == "2024-02-29" and clash.location.admin2 == "Noakhali"
    assert [v.text for v in clash.victims] == ["মো. রফিকুল ইসলাম", "মো. সোহেল"]
    # "কোনো সরকারি স্থাপনায় হামলা হয়নি": a denial, flagged, never a second attack; it is
    # scored like any event, so it shows among everything the rules find
    everything = _every_event(text, "2024-03-01")
    denied = one(everything, negated=True)
    assert denied.event_type == "ASSAULT" and "স্থাপনায়" in text[denied.mentions[0].start:denied.mentions[0].end]
    background = one(events, date=next(e.date for e in events if e.date and e.date.value == "2023-03"))
    assert count(background.fatalities) == (1, "exact")
    arrest = one(events, event_type="COERCE")
    assert count(arrest.arrests) == (7, "exact") and arrest.date.value == "2024-02-29"
    accident = one(events, event_type="ACCIDENT")
    assert accident.location.name == "Feni"
    assert accident.sources and "ওসি" in accident.sources[0].text


# --- clash between party activists (West Bengal) ---------------------------------------
def test_cpim_trinamool_clash_barasat(ednil):
    events = _events(ednil, "1021230_30raj10")
    clash = one(events, event_type="ASSAULT", negated=False)
    assert {clash.actor.name, clash.target.name} == {"CPI(M)", "Trinamool Congress"}
    assert clash.summary_en.startswith("CPI(M) clashed with Trinamool Congress")
    assert clash.date.value == "2002-12-29"  # রবিবার before the Monday 30 Dec paper
    assert near(clash, 22.72, 88.48)  # Barasat (spelled বারাসত here, বারাসাত in GeoNames)
    assert count(clash.injuries) == (4, "exact")
    assert clash.hedged  # "জখম হয় বলে অভিযোগ"
    # The police deny a clash took place: kept, as a negated record, not as a second clash.
    assert all(e.negated for e in events if e.event_type == "ASSAULT" and e is not clash)


def test_a_number_of_sides_is_not_the_death_toll():
    # Regression: "দুই পক্ষের সংঘর্ষে নিহত ২" took দুই (two sides) as the count; it is ২.
    e = ghotona.extract("নোয়াখালীতে দুই পক্ষের সংঘর্ষে নিহত ৩, আহত অন্তত ২৫", published="2024-03-01")[0]
    assert count(e.fatalities) == (3, "exact")
    assert count(e.injuries) == (25, "at_least")


def test_digest_page_briefs_take_their_own_bylines(ednil):
    """A digest page ("সংক্ষেপে") holds briefs from several towns, each under its own byline: an
    event told without a place sits at its brief's byline town, not at the first brief's."""
    doc = record_to_document(ednil["1020821_21raj22"], "1020821_21raj22", Options())
    analyzed = ghotona.analyze(doc.text, doc.published, doc_id="1020821_21raj22")
    briefs = analyzed.meta["layout"]["briefs"]
    assert len(briefs) >= 6
    headline = analyzed.sentences[briefs[0]["first_sentence"]].text
    assert normalize_term(headline) == normalize_term("কার্সিয়াঙে ধস")  # the brief's own headline
    landslide = [e for e in analyzed.events if e.event_type == "DISASTER" and e.mode == "landslide"]
    # the brief names its own place ("কার্সিয়াঙের পাগলাঝোড়া এলাকায়"), which wins over its byline town
    # (Siliguri); before the ং/ঙ spelling variants Kurseong was not found and Siliguri was expected here
    assert landslide and "Kurseong" in landslide[0].location.name
    assert not any(e.location and e.location.name == "Siliguri" for e in analyzed.events
                   if e.mentions[0].sentence > briefs[1]["first_sentence"])


def test_a_staff_reporter_s_brief_has_its_own_byline():
    # "স্টাফ রিপোর্টার, কলকাতা:" and "বিশেষ সংবাদদাতা, X:" open briefs as "নিজস্ব সংবাদদাতা, X:" does:
    # the words before them are the brief's headline, the town its byline
    text = ("১১ আষাঢ় ১৪০৯ বুধবার ২৬ জুন ২০০২ সংক্ষেপে.. হাতির হানা নিজস্ব সংবাদদাতা, জলপাইগুড়ি: বুনো হাতির আক্রমণে "
            "এক জনের মৃত্যু হয়েছে। দুর্ঘটনায় জখম ডেপুটি মেয়র স্টাফ রিপোর্টার, কলকাতা: মঙ্গলবার রাতে মোটরবাইক "
            "দুর্ঘটনায় জখম হয়েছেন ডেপুটি মেয়র।")
    analyzed = ghotona.analyze(text)
    briefs = analyzed.meta["layout"]["briefs"]
    assert len(briefs) == 1 and briefs[0]["kind"] == "staff"
    assert normalize_term(analyzed.sentences[briefs[0]["first_sentence"]].text) == normalize_term("দুর্ঘটনায় জখম ডেপুটি মেয়র")
    assert text[slice(*briefs[0]["place"])] == "কলকাতা"


def test_a_staff_reporter_s_brief_without_a_place_happened_in_the_paper_s_city():
    """"স্টাফ রিপোর্টার:" with no town, and a body that names none (a hospital, a jail): the Kolkata
    desk of a West Bengal paper, not the town of the page's first brief (Siliguri)."""
    text = ("৯ আশ্বিন ১৪০৯ বৃহস্পতিবার ২৬ সেপ্টেম্বর ২০০২ সংক্ষেপে.. বুদ্ধমূর্তি উদ্ধার নিজস্ব সংবাদদাতা, শিলিগুড়ি: "
            "মঙ্গলবার সন্ধ্যায় শিলিগুড়িতে এক ব্যক্তিকে গ্রেফতার করা হয়েছে। ধৃত যুবকের মৃত্যু স্টাফ রিপোর্টার: "
            "ডাকাতির ঘটনায় ধৃত এক যুবক বুধবার সকালে হাসপাতালের পথে মারা যায়। জেল থেকে তাকে হাসপাতালে নিয়ে "
            "যাওয়া হচ্ছিল।")
    analyzed = ghotona.analyze(text)
    (brief,) = analyzed.meta["layout"]["briefs"]
    assert brief["kind"] == "staff" and brief["place"] is None
    late = [e for e in analyzed.events if e.mentions[0].sentence >= brief["first_sentence"]]
    assert late and all(e.location.name == "Kolkata" for e in late)
    assert text[late[0].location.start:late[0].location.end].startswith("স্টাফ রিপোর্টার")


def test_an_event_on_a_page_that_names_no_place_is_placed_in_the_page_s_country():
    """Regression (bdn-5eadce2b7b, batch 18): "তীব্র শীতে দেশের সব হাসপাতালে …" names no place at all;
    the event was left without a location, where a coder writes the country (no offsets: the text
    names none, as a date told without one is the publication week)."""
    (cold,) = _every_event("তীব্র শীতে দেশের সব হাসপাতালে ঠান্ডাজনিত রোগে আক্রান্ত রোগী বাড়ছে।", "2025-12-30")
    assert cold.location.name == "Bangladesh" and cold.location.precision == "country"
    assert cold.location.start is None and cold.location.text is None


def test_briefs_do_not_lend_each_other_dates(ednil):
    """Regression: on a digest page an undated event took the date of an event in an earlier brief
    (Imran Khan's bag snatched in Islamabad, told on Friday 29 Oct, was dated to the Tuesday on
    which a militant group in Afghanistan kidnapped three UN workers, in the brief before)."""
    doc = record_to_document(ednil["1041031_31bdesh5.pc"], "1041031_31bdesh5.pc", Options())
    analyzed = ghotona.analyze(doc.text, doc.published, doc_id="1041031_31bdesh5.pc")
    snatch = next(e for e in analyzed.events if e.location and e.location.name == "Islamabad"
                  and "ছিনতাই" in analyzed.text[e.mentions[0].start:e.mentions[0].end])
    assert snatch.date.value != "2004-10-26"
    # its own brief's "শুক্রবার সন্ধেবেলা … ফিরছিলেন" dates it, at week precision (the sentence that
    # tells the snatching gives no date); before stories lent dates, it was the publication week
    assert (snatch.date.value, snatch.date.precision, snatch.date.text) == ("2004-10-29", "week", "শুক্রবার")


def test_a_country_in_the_genitive_does_not_place_the_event():
    # Regression (bdn-d171147a27): "বাংলাদেশের আগামীর কর্নধার" (Bangladesh's future leader) put the
    # security build-up for Tarique Rahman's visit to Dhaka University in "Bangladesh"; and a
    # landmark (ঢাকা বিশ্ববিদ্যালয়) counted as less specific than a country.
    text = ("ঢাকা বিশ্ববিদ্যালয় (ঢাবি) কেন্দ্রীয় মসজিদ প্রাঙ্গণে হাদির কবর জিয়ারতের উদ্দেশে রওয়ানা দিয়েছেন "
            "তারেক রহমান। ঢাকা বিশ্ববিদ্যালয় ছাত্রদলের নেতাকর্মীরা অবস্থান করছেন। এ দিকে তারেক রহমানের "
            "আগমনকে ঘিরে বাড়ানো হয়েছে নিরাপত্তা। এ সময় এক ছাত্রদল কর্মী বলেন, বাংলাদেশের আগামীর কর্নধার "
            "তারেক রহমানের আগমন উপলক্ষে আমরা এখানে উপস্থিত হয়েছি।")
    events = [e for e in ghotona.extract(text, published="2025-12-27") if e.event_type == "MOBILIZE"]
    assert events and all(e.location.name != "Bangladesh" for e in events)
    assert any("Dhaka" in e.location.name for e in events)


def test_a_nationality_is_never_the_place(ednil):
    """Regression: "জাপানি পণবন্দি" made Japan the place of a killing in Iraq (the brief's most named
    "place" counted the nationality), and "মার্কিন সেনা নিহত" put a clash near Anbar in the United States
    (the actor there is the force, so the demonym check missed the nationality)."""
    from ghotona.events.placing import is_nationality

    doc = record_to_document(ednil["1041031_31bdesh5.pc"], "1041031_31bdesh5.pc", Options())
    analyzed = ghotona.analyze(doc.text, doc.published, doc_id="1041031_31bdesh5.pc")
    placed = [e.location for e in analyzed.events if e.location]
    assert placed and not [p.text for p in placed if normalize_term(p.text) in {"জাপানি", "মার্কিন"}]
    marines = next(e for e in analyzed.events if e.event_type == "ASSAULT"
                   and "মেরিন" in analyzed.text[e.mentions[0].start:e.mentions[0].end])
    assert marines.location.country == "IRQ"
    loc = next(e for e in analyzed.get("entities") if e.label == "LOC" and e.text == "মার্কিন")
    assert is_nationality(loc)


@pytest.mark.parametrize("text", [
    "ওই নেতাকে খুন করার জন্য এক লোহা মাফিয়া তাকে নিযুক্ত করেছিল।",
    "পুলিশ জানায়, তারা ডাকাতি করার জন্য জড়ো হয়েছিল।",
    "অরুণকে খুন করার পরিকল্পনা করেছিল তারা।",
])
def test_an_act_named_as_a_purpose_or_plan_is_not_an_event(text):
    # Regression: "খুন করার জন্য" (in order to kill) was an ASSAULT
    assert not [e for e in ghotona.extract(text, published="2002-02-08") if e.event_type == "ASSAULT"]


def test_the_planner_of_a_killing_does_not_tell_a_new_killing():
    # Regression: a demand to try "খুনি, খুনের পরিকল্পনাকারী" (the killers and the planners of the
    # killing) was an ASSAULT
    text = ("ইনকিলাব মঞ্চের অবরোধ কর্মসূচি থেকে চার দফা দাবি ঘোষণা করা হয়েছে: খুনি, খুনের পরিকল্পনাকারী ও "
            "আশ্রয়দাতাসহ পুরো খুনি চক্রের বিচার করতে হবে।")
    assert not [e for e in ghotona.extract(text, published="2025-12-29") if e.event_type == "ASSAULT"]


def test_an_act_to_be_suppressed_is_not_an_event():
    # Regression: "চাঁদাবাজির মতো ঘৃণ্য অপরাধ দমনে …" (to suppress crimes like extortion) was a COERCE
    text = ("চাঁদাবাজির মতো ঘৃণ্য অপরাধ দমনে যেখানে রাষ্ট্র ও প্রশাসনের দায়িত্ব কার্যকর ব্যবস্থা গ্রহণ করা, "
            "সেখানে ব্যবসায়ীদের ওপর হামলা গ্রহণযোগ্য নয়।")
    assert not [e for e in ghotona.extract(text, published="2025-12-29") if e.event_type == "COERCE"]


def test_a_killing_named_as_the_charge_of_an_arrest_is_not_told_again():
    # Regression: "খুনে যুক্ত থাকার অভিযোগে … গ্রেফতার" (arrested on a charge of involvement in a
    # killing) made the killing a new ASSAULT; the arrest stays
    events = ghotona.extract("খুনে যুক্ত থাকার অভিযোগে পুলিশ রামবাবুর মা’কে গ্রেফতার করেছিল।", published="2002-05-19")
    assert "ASSAULT" not in [e.event_type for e in events] and "COERCE" in [e.event_type for e in events]


def test_an_arrest_named_as_the_solution_is_an_opinion():
    events = ghotona.extract("তিনি বলেন, ‘পদত্যাগ কোনো সমাধান নয়, খুনিদের গ্রেফতারই একমাত্র সমাধান।’",
                             published="2025-12-26")
    assert not [e for e in events if e.event_type == "COERCE"]


# --- a brief told at its byline town, placed where its body says (EDNIL district page) ---------
def test_a_brief_is_placed_at_the_village_its_body_names_near_the_byline(ednil):
    # "নিজস্ব সংবাদদাতা, চুঁচুড়া: … পাণ্ডুয়ার তেলারপাড় গ্রামে …": the witch-branding happened in
    # Pandua block, not at the reporter's Chinsurah (about 22 km away)
    events = _events(ednil, "1020820_20raj18")
    attack = one(events, event_type="ASSAULT", mode="destroy")  # beaten, house burnt, driven out
    assert near(attack, 23.08, 88.28, km=8)


def _places_of(text, published, event_type="ASSAULT"):
    """Where each event of one type in a hand-written text is placed."""
    return [e.location.name if e.location else None for e in ghotona.extract(text, published=published)
            if e.event_type == event_type]


def test_a_country_level_event_takes_the_town_its_story_names(ednil):
    # Regression (1060206_6bdesh7): "নেপালে … প্রাণ হারালেন" placed the shooting in Nepal while the
    # next sentence says the minister was returning from a rally at Biratnagar.
    events = _events(ednil, "1060206_6bdesh7")
    shooting = one(events, event_type="ASSAULT", fatalities=next(
        e.fatalities for e in events if e.fatalities and e.fatalities.value == 2))
    assert shooting.location.name == "Biratnagar"


def test_a_country_event_refines_to_a_town_nearby_but_not_past_a_qualifier():
    # the town is named in a sentence with no event of its own, right after the killing
    text = ("নেপালে পুলিশের গুলিতে দুই বিরোধী নেতা নিহত হয়েছেন। "
            "স্বরাষ্ট্রমন্ত্রী তখন বিরাটনগরে সভা শেষে ফিরছিলেন।")
    assert _places_of(text, "2006-02-06") == ["Biratnagar"]
    # "পশ্চিম নেপালে" says the region, not a town: the town of the next sentence is not taken
    text = ("পশ্চিম নেপালে একটি পুলিশ চৌকিতে মাওবাদীদের হামলায় তিন জন পুলিশ নিহত হয়েছেন। "
            "স্বরাষ্ট্রমন্ত্রী তখন বিরাটনগরে সভা শেষে ফিরছিলেন।")
    assert _places_of(text, "2003-10-12") == ["Nepal"]


def test_a_state_level_event_refines_to_a_town_of_that_state_only():
    # Regression (1070130_30bdesh3.pc, bdn-4764d282bd): "সিন্ধ প্রদেশে … সুক্কুর", "ওড়িশা রাজ্যে …
    # সম্বলপুর" stayed at the province while the story names the town inside it
    text = "বিহারে পুলিশের গুলিতে দুই জন নিহত হয়েছেন। পটনায় তখন মিছিল চলছিল।"
    assert _places_of(text, "2007-01-30", "ASSAULT") == ["Patna"]
    # a town of another state is not inside Bihar
    text = "বিহারে পুলিশের গুলিতে দুই জন নিহত হয়েছেন। সেদিন বালুরঘাটে মিছিল চলছিল।"
    assert _places_of(text, "2007-01-30", "ASSAULT") == ["Bihar"]


def test_a_town_named_as_a_distance_reference_is_not_the_place():
    # Regression (1031012_12bdesh7): "কাঠমাণ্ডু থেকে ২৮০ মাইল দূরে কুসুম এলাকায়" put a Maoist attack
    # in western Nepal at Kathmandu
    text = ("নেপালের পুলিশ জানিয়েছে, কাঠমাণ্ডু থেকে ২৮০ মাইল দূরে একটি চৌকিতে হামলায় "
            "তিন জন পুলিশ নিহত হয়েছেন।")
    assert _places_of(text, "2003-10-12") == ["Nepal"]


def test_the_end_of_a_journey_is_not_the_place():
    # Regression (1020310_10raj7): "পরে কলকাতায় নিয়ে যাওয়ার পথে ময়ূখের মৃত্যু হয়" put a tractor
    # accident at a Bardhaman school in Kolkata, where the boy was being taken
    text = ("বর্ধমানে স্কুলের সামনে ট্রাক্টর চাপা পড়ে এক ছাত্র আহত হয়। "
            "পরে কলকাতায় নিয়ে যাওয়ার পথে ময়ূখের মৃত্যু হয়।")
    events = [e for e in ghotona.extract(text, published="2002-03-10") if e.event_type == "ACCIDENT"]
    assert events and all(e.location.name == "Bardhaman" for e in events)
    # both ends of "X থেকে Y-তে আসার সময়", and "X-এর দিকে যাওয়ার পথে"
    text = "লাহোর থেকে রওলপিণ্ডিতে আসার সময় বাঁকের মুখে বাস খাদে পড়ে ১৮ জন নিহত হন পাকিস্তানে।"
    assert _places_of(text, "2004-12-26", "ACCIDENT") == ["Pakistan"]


def test_where_a_vehicle_came_from_is_not_the_place():
    # Regression (1020131_31raj9): "কোতলপুরের দিক থেকে আসা … একটি ট্রাক … খাটুল বাসস্ট্যাণ্ড লাগোয়া
    # মাছের আড়তে ঢুকে পড়ে" put the crash in Kotulpur, where the truck came from
    text = ("বুধবার সকালে কোতলপুরের দিক থেকে আসা একটি ট্রাক নিয়ন্ত্রণ হারিয়ে আরামবাগের বাজারে ঢুকে পড়ে। "
            "দুর্ঘটনায় তিন জন আহত হন।")
    assert _places_of(text, "2002-01-30", "ACCIDENT") == ["Arāmbāgh"]
    # nor where it was bound for ("ঢাকাগামী", bdn-38aab75d71)
    assert _places_of("ঢাকাগামী একটি বাস সোমবার খাদে পড়ে পাঁচ জন নিহত হন।", "2025-12-30", "ACCIDENT") == ["Bangladesh"]
    # the bus's home town is not the crash site: only the country is known
    text = "ঢাকা থেকে আসা একটি বাস বৃহস্পতিবার খাদে পড়ে পাঁচ জন নিহত হন।"
    assert _places_of(text, "2025-12-30", "ACCIDENT") == ["Bangladesh"]


def test_new_jalpaiguri_is_not_jalpaiguri_town():
    doc = ghotona.analyze("নিউ জলপাইগুড়ি পুলিশ ফাঁড়ির ওসিকে গুলি করা হয়।")
    assert [e.name for e in doc.get("entities") if e.label == "LOC"] == ["New Jalpaiguri"]


def test_an_undated_event_takes_its_storys_date_as_a_week():
    from ghotona.events.stage import STORY_DATE_NOTE  # noqa: F401  (the note names the rule)

    # ("পথে", on the way: a sentence opening "তখন" is dated by the one before it, a rule of its own)
    text = "সোমবার রাতে কৃষ্ণনগরে এক ব্যবসায়ী বাড়ি ফিরছিলেন। পথে দুষ্কৃতীরা তাঁকে গুলি করে।"
    [attack] = [e for e in _every_event(text, "2002-08-14")
                if e.event_type == "ASSAULT"]
    assert (attack.date.value, attack.date.precision, attack.date.text) == ("2002-08-12", "week", "সোমবার রাতে")
    # a date a week or more before publication is not the story's date for an undated event
    text = "গত ৩ জুলাই কৃষ্ণনগরে এক ব্যবসায়ী বাড়ি ফিরছিলেন। পথে দুষ্কৃতীরা তাঁকে গুলি করে।"
    [attack] = [e for e in _every_event(text, "2002-08-14")
                if e.event_type == "ASSAULT"]
    assert (attack.date.value, attack.date.text) == ("2002-08-14", None)


def test_a_deadline_is_not_the_storys_date():
    # Regression (bdn-7aeabb34a5, bdn-1274a74358, dev): a blockade told without a date took "২৫
    # ডিসেম্বর পর্যন্ত" (the deadline the protesters had given) as its date, and split from itself
    text = ("শাহবাগ মোড় অবরোধ করে বিক্ষোভ করছে ইনকিলাব মঞ্চ। অবরোধের প্রথমদিন সদস্য সচিব বলেছিলেন, "
            "\"আমরা ২৫ ডিসেম্বর পর্যন্ত খুনিদের গ্রেপ্তার করতে সরকারকে সময় দিয়েছিলাম।\"")
    [blockade] = [e for e in _every_event(text, "2025-12-29") if e.event_type == "PROTEST"]
    assert blockade.date.value == "2025-12-29"


def test_attacks_at_one_place_with_different_death_tolls_stay_apart():
    # Regression (1050321_21bdesh2): today's mosque bombing (15 dead) and last night's suicide
    # bombing (50 dead), told in one brief, were merged as one attack at the story's place
    text = ("নাসিরবাদে শিয়া মসজিদে বোমা ফেটে আজ অন্তত 15 জন নিহত হয়েছেন। আহত 25। "
            "কাল রাতে বালুচিস্তানের এক মসজিদেও একই ধরনের ঘটনা ঘটে। "
            "আত্মঘাতী বোমা বিস্ফোরণে অন্তত 50 জন প্রাণ হারান, আহত 100।")
    attacks = [e for e in _every_event(text, "2005-03-21")
               if e.event_type == "ASSAULT"]
    assert sorted(e.fatalities.value for e in attacks) == [15, 50]


def test_a_place_named_for_comparison_is_not_the_place():
    # Regression (1070218_18bdesh4): "ইরাকের ধাঁচে … আত্মঘাতী হামলা" (an Iraq-style suicide attack)
    # put the Quetta court bombing's headline event in Iraq
    text = ("পাকিস্তানের গোয়েন্দারা জানিয়েছেন, ইরাকের ধাঁচে আত্মঘাতী হামলায় অন্তত ১৬ জন নিহত হয়েছেন।")
    assert _places_of(text, "2007-02-18") == ["Pakistan"]


def test_a_street_named_after_a_town_is_not_the_town():
    # Regression (1020906_6raj24, 1020123_23raj8): "মুম্বই রোডের ধারে" (Mumbai Road, in Howrah) put a
    # car-jacking in Mumbai; "রামনগর রোড অবরোধ" (a road in Bangaon) put a blockade at Ramnagar
    text = "হাওড়ার উলুবেড়িয়ায় মুম্বই রোডের ধারে দুষ্কৃতীরা এক গাড়িচালককে মারধর করে।"
    assert _places_of(text, "2002-09-06") == ["Uluberia"]
    # a short road's ends stay: "পানাগড়-ইলামবাজার রোডে" is near Ilambazar, the dateline town is not
    text = "নিজস্ব সংবাদদাতা, বর্ধমান: পানাগড়-ইলামবাজার রোডে সোমবার ভোরে লরির ধাক্কায় তিন জনের মৃত্যু হয়েছে।"
    assert _places_of(text, "2002-08-13", "ACCIDENT") == ["Ilambazar"]


def test_a_hospital_named_after_a_town_is_not_the_place():
    # Regression (1021024_24raj28): "আলিপুরদুয়ার হাসপাতালে ভর্তি" put a killing in a village of
    # Galsi at Alipurduar, where the wounded wife was taken
    text = ("গলসির এক গ্রামে বচসার জেরে স্ত্রীকে কুড়ুল দিয়ে কুপিয়ে খুন করে আত্মঘাতী হয়েছেন এক ব্যক্তি। "
            "মারাত্মক আহত অবস্থায় তাঁর মেয়েকে আলিপুরদুয়ার হাসপাতালে ভর্তি করানো হয়েছে।")
    assert _places_of(text, "2002-10-24") == ["Galsi"]
    text = "দুর্ঘটনায় আহত দু’জনকে সিরাজগঞ্জ সদর হাসপাতালে ভর্তি করা হয়েছে।"
    # (the page then names no other place: the event falls back to the page's country)
    assert _places_of(text, "2025-12-20", "ACCIDENT") in ([], ["Bangladesh"])


def test_a_later_brief_s_scene_sentence_goes_to_its_own_event():
    # Regression (1020123_23raj8): a brief without a byline ("৪ ছিনতাইবাজ ধৃত …") ends with "ঘটনাটি
    # ঘটেছে সোমবার রাতে দেগঙ্গা থানার গোদার মোড়ে"; that scene went to the page's first story
    text = ("নিজস্ব সংবাদদাতা বনগাঁ পথ দুর্ঘটনায় এক ছাত্রের মৃত্যুর প্রতিবাদে মঙ্গলবার সকালে রাস্তা অবরোধ করেন স্থানীয় মানুষ। "
            "সোমবার বিকেলে সাইকেলে চেপে যাওয়ার সময় একটি ট্রাক তাঁকে চাপা দেয়। "
            "টাকা ছিনতাই করে পালাতে গিয়ে চার জন ধরা পড়েছে। "
            "স্থানীয় মানুষ তাদের ধরে গণপ্রহার দিয়ে পুলিশের হাতে তুলে দেয়। "
            "অন্য খবর: শহরে মেলা শুরু হয়েছে। মেলায় আলোচনা সভা হবে। নাটক হবে। কবিগান হবে। "
            "ঘটনাটি ঘটেছে সোমবার রাতে দেগঙ্গা থানার গোদার মোড়ে।")
    events = _every_event(text, "2002-01-23")
    [arrest] = [e for e in events if e.event_type == "COERCE"]
    assert arrest.date.value == "2002-01-21"


def test_the_town_news_came_from_is_not_the_place():
    # Regression (1030913_13bdesh3): "আম্মান থেকে জানানো হয়েছে, … ওই হাসপাতালটিতে একজন আততায়ী হামলা
    # চালিয়ে …" put an attack on a Jordanian hospital in Fallujah at Amman
    text = ("সংবাদসংস্থা ফালুজা গোলাগুলিতে ফালুজার একটি সামরিক হাসপাতাল ক্ষতিগ্রস্ত হয়েছে। "
            "পরে আম্মান থেকে জানানো হয়েছে, আজ ভোরেই ওই হাসপাতালটিতে একজন আততায়ী হামলা চালিয়ে এক সামরিক কর্মীকে হত্যা করেছে।")
    assert "Amman" not in _places_of(text, "2003-09-13")


def test_a_denied_claim_of_responsibility_does_not_deny_the_attack():
    # Regression (1101226_26bdesh1): "এখনও পর্যন্ত কোনও জঙ্গি সংগঠন এই হামলার দায় স্বীকার করেনি" made
    # a second, negated attack beside the Bajaur suicide bombing
    text = ("বাজাউরে আত্মঘাতী বিস্ফোরণে আজ অন্তত ৪২ জন নিহত হয়েছেন। "
            "এখনও পর্যন্ত কোনও জঙ্গি সংগঠন এই হামলার দায় স্বীকার করেনি।")
    attacks = [e for e in _every_event(text, "2010-12-26")
               if e.event_type == "ASSAULT"]
    assert [(a.negated, a.fatalities.value) for a in attacks] == [(False, 42)]


def test_a_classifier_form_points_back_but_the_bare_noun_does_not():
    # হামলাটি ('the attack') points back to the attack told before; its stem হামলা matched every
    # attack sentence, so a denied attack ("দুই শহরে কোনও হামলা না হলেও") lost its negation
    from ghotona.events import cues

    doc = ghotona.analyze("কোনও হামলা হয়নি। হামলাটি চালানো হয় রাতে।", "2007-02-18")
    found = [doc.tokens[m.first].text for m in cues.anaphora_cues().find_all(doc)]
    assert found == ["হামলাটি"]


def test_an_open_question_is_not_an_event():
    # Regression (1021103_3raj2, 1040910_10bdesh5): "হামলা হয়েছে কি না তাও পুলিশ তদন্ত করে দেখছে"
    # (whether there was an attack) and "চাপা পড়ে রয়েছেন কি না খুঁজে দেখছে" are questions
    text = "শিলিগুড়িতে পুরানো শত্রুতার জেরে শঙ্করবাবুর উপরে হামলা হয়েছে কি না তাও পুলিশ তদন্ত করে দেখছে।"
    assert _places_of(text, "2002-11-03") == []


def test_a_genitive_yardstick_with_a_distance_is_not_the_place():
    # Regression (1030106_6bdesh3): "আলজিয়ার্সের ৪৩০ কিলোমিটার দক্ষিণ-পূর্বে বাটনা শহরের কাছে"
    # put the convoy attack near Batna at Algiers; "X থেকে N কিলোমিটার দক্ষিণ-পশ্চিমে" likewise
    text = ("আলজিরিয়ার রাজধানী আলজিয়ার্সের ৪৩০ কিলোমিটার দক্ষিণ-পূর্বে বাটনা শহরের কাছে একটি সামরিক "
            "কনভয়ের উপরে হামলা চালায় জঙ্গিরা।")
    rules_only = Options(min_confidence=0)
    assert [e.location.name for e in ghotona.extract(text, published="2003-01-06", options=rules_only)] == ["Batna"]
    text = "ভূকম্পের কেন্দ্র বান্দা আচে থেকে 410 কিলোমিটার দক্ষিণ-পশ্চিমে, সুমাত্রায় ভূমিকম্পে দশ জন মারা গিয়েছেন।"
    assert [e.location.name for e in ghotona.extract(text, published="2005-03-29", options=rules_only)] == ["Sumatra"]
    # a compass direction from a town, without a distance (Guinsaugon is 600 km from Manila); from
    # a country it names a part of it, and "কাবুলের অদূরে" (not far from Kabul) is near enough
    text = "গত কাল ম্যানিলার দক্ষিণ-পশ্চিমে লেইতে দ্বীপে ধস নেমে দুশো মানুষ চাপা পড়েন।"
    assert "Manila" not in [e.location.name for e in ghotona.extract(text, published="2006-02-19", options=rules_only)
                            if e.location]
    text = "কাবুলের অদূরে একটি গুদামে বিস্ফোরণে ২৮ জন মারা গিয়েছেন।"
    assert [e.location.name for e in ghotona.extract(text, published="2005-05-03", options=rules_only)] == ["Kabul"]


def test_an_attack_named_back_takes_the_place_of_the_attack_just_told():
    # Regression (1040910_10bdesh5): "অন্তত 12 জন এই হামলায় মারা গিয়েছেন" took the place of the
    # story's lead (Tal Afar) instead of the Fallujah raid told just before, and stood apart from it
    text = ("তাল আফারে বৃহস্পতিবারে মার্কিন বিমান হানায় অন্তত 38 জন ইরাকি মারা গিয়েছেন। "
            "সেনা সূত্রের খবর, ফালুজায় একটি বাড়িতে হামলা চালানো হয়। "
            "কিন্তু ডাক্তাররা জানান, অন্তত 12 জন এই হামলায় মারা গিয়েছেন।")
    attacks = _every_event(text, "2004-09-10")
    assert sorted((e.location.name, e.fatalities.value) for e in attacks if e.event_type == "ASSAULT") == [
        ("Al Fallūjah", 12), ("Tall ‘Afar", 38)]


def test_an_attack_held_out_on_a_condition_is_a_threat():
    # Regression (1050211_11bdesh4): "ইহুদিদের প্যালেস্তাইন থেকে দূর না করা পর্যন্ত হামলা চলবেই"
    # (attacks will go on until the Jews are driven out) is Hamas's threat, not an attack
    text = "হামাস জানিয়েছে, ইহুদিদের প্যালেস্তাইন থেকে দূর না করা পর্যন্ত গাজায় হামলা চলবেই।"
    events = _every_event(text, "2005-02-11")
    assert [(e.event_type, e.mode) for e in events] == [("THREATEN", "violence")]
    # the future verb must be the attack's: here the blockade goes on until the killers are arrested
    text = "যতক্ষণ পর্যন্ত খুনিদের গ্রেপ্তার করা না হয় শাহবাগে অবরোধ কর্মসূচি চলবে।"
    assert "THREATEN" not in [e.event_type for e in _every_event(text, "2025-12-25")]


def test_a_verb_in_lay_is_the_condition_of_a_threat_and_the_time_of_a_report():
    # "-লে": "if" before a future verb (a threat, the speaker's), "when" before a past one (an event)
    def coded(text):
        return [(e.event_type, e.mode, e.actor.name if e.actor else None)
                for e in _every_event(text, "2025-12-29")]

    assert coded("আইনি কাজে বাধা সৃষ্টি করলে তাকে গ্রেফতার করা হবে বলে জানিয়েছেন ওসি।")[0][:2] == ("THREATEN", "arrest")
    (threat,) = coded("ইরান পারমাণবিক কর্মসূচি চালিয়ে গেলে দেশটিতে আরেকটি বড় ধরনের হামলা সমর্থন করবেন বলে "
                      "জানিয়েছেন মার্কিন প্রেসিডেন্ট ডোনাল্ড ট্রাম্প।")
    assert threat[0] == "THREATEN" and threat[2] == "United States"
    assert [c[0] for c in coded("পুলিশ ঘটনাস্থলে গেলে তাদের উপর হামলা চালায় দুর্বৃত্তরা।")] == ["ASSAULT"]


def test_a_police_operation_s_seizure_and_arrests_are_one_event(ednil):
    # Regression (1021024_24raj28): "পুলিশ ওই এলাকা থেকে ৫০০ বোমা একটি পাইপগান উদ্ধার করেছে" (a
    # seizure) and the arrests of the same operation were two events: their modes differ
    events = _events(ednil, "1021024_24raj28", Options(min_confidence=0))
    coerce = [e for e in events if e.event_type == "COERCE" and e.location and "Samserganj" in e.location.name]
    assert len(coerce) == 1


@pytest.mark.parametrize("text, fatalities, injuries", [
    ("মেটেলির চা বাগানে দুষ্কৃতীরা গুলি চালায়। তবে কেউ হতাহত হয়নি।", 0, 0),
    ("হামলায় কোনো হতাহতের খবর পাওয়া যায়নি।", 0, 0),
    ("মুশারফের কনভয়ে বিস্ফোরণ হয়। তিনি অক্ষত আছেন, কেউ আহত হননি।", None, 0),
    ("বিস্ফোরণে কেউ মারা যাননি।", 0, None),
    ("হামলায় ৫ জন নিহত হয়েছেন, তবে কেউ আহত হননি।", 5, 0),
])
def test_no_one_hurt_is_zero_and_the_attack_stands(text, fatalities, injuries):
    # Regression (1020925_25raj9, 1031215_15bdesh9): "কেউ হতাহত হয়নি" left the counts empty (gold codes
    # 0 and 0), and "কোনো হতাহতের খবর পাওয়া যায়নি" denied the attack itself
    [event] = _every_event(text, "2002-09-25")
    assert (event.event_type, event.negated) == ("ASSAULT", False)
    assert (event.fatalities and event.fatalities.value, event.injuries and event.injuries.value) == (fatalities, injuries)


def test_where_a_seized_gun_was_made_is_not_the_place():
    # Regression (1020720_20raj18): "ইংল্যাণ্ডে তৈরি একটি দোনলা বন্দুক … উদ্ধার" put a West Bengal
    # seizure in England
    text = "বাসন্তীতে দুই দুষ্কৃতীকে গ্রেফতার করা হয়েছে। ধৃতদের কাছ থেকে ইংল্যাণ্ডে তৈরি একটি দোনলা বন্দুক উদ্ধার করেছে পুলিশ।"
    events = _every_event(text, "2002-07-20")
    assert "England" not in [e.location.name for e in events if e.location]


def test_a_list_of_places_gives_an_event_at_each():
    # Regression (1040910_10bdesh5, 1041008_8bdesh4): "ফালুজা এবং তাল আফারে … বিমান হানায়" is a raid
    # at each city (one event per type, place and day); the total of the list is not split, and no
    # place keeps it (gold: "the combined 38 cannot be split")
    text = "ফালুজা এবং তাল আফারে বৃহস্পতিবারে মার্কিন বিমান হানায় অন্তত 38 জন ইরাকি মারা গিয়েছেন।"
    events = _every_event(text, "2004-09-10")
    assert sorted((e.location.name, e.fatalities.value if e.fatalities else None) for e in events) == [
        ("Al Fallūjah", None), ("Tall ‘Afar", None)]
    # a list in the genitive says whose, not where
    text = "একজন হিন্দু ব্যক্তির হত্যাকাণ্ড ঢাকা ও দিল্লির মধ্যে চাপানউতোর তৈরি করেছে।"
    assert len(_every_event(text, "2025-12-22")) <= 1


def test_a_text_opening_with_a_dated_sentence_has_no_dateline():
    # Regression (bdn-71bd9c06c9): "১৯৮১ সালের ৩০ মে বিএনপির প্রতিষ্ঠাতা … হত্যাকাণ্ডের সময়" was cut
    # off as a printed dateline, and the assassination took the publication date
    text = "১৯৮১ সালের ৩০ মে চট্টগ্রামে রাষ্ট্রপতি জিয়াউর রহমান হত্যাকাণ্ডে নিহত হন। সেই সময় খালেদা জিয়াকে গৃহবন্দী করা হয়।"
    doc = ghotona.analyze(text, "2025-12-30", options=Options(min_confidence=0))
    assert "dateline" not in doc.meta.get("layout", {})
    assert ("ASSAULT", "1981-05-30") in [(e.event_type, e.date.value) for e in doc.events]
    assert "COERCE" in [e.event_type for e in doc.events]  # গৃহবন্দী: house arrest
    # a printed dateline still is one
    doc = ghotona.analyze("২৯ মাঘ ১৪০৮ মঙ্গলবার ১২ ফেব্রুয়ারি ২০০২ ঝাড়গ্রামে গুলিতে এক জন নিহত হয়েছেন।")
    assert doc.published.isoformat() == "2002-02-12"


def test_a_threat_is_not_dated_by_its_deadline():
    # Regression (1020720_20raj18, training): "শনিবার থেকে … বন্ধ করে দেওয়ার হুমকি দিয়েছে" in a
    # Saturday paper: the threat was made on Friday, the day of the attack; Saturday is its deadline
    text = ("জলপাইগুড়ির একটি স্কুলে শুক্রবার দুপুরে এক দল লোক হামলা চালায়। "
            "শনিবার থেকে তারা স্কুলটি বন্ধ করে দেওয়ারও হুমকি দিয়েছে।")
    events = _every_event(text, "2002-07-20")
    (threat,) = [e for e in events if e.event_type == "THREATEN"]
    assert threat.date.value == "2002-07-19"


def test_times_before_a_trigger_count_events_told_one_by_one():
    # Regression (bdn-bfc66f7525, dev): a profile's "অন্তত পাঁচবার আটক" sums the arrests it then tells
    text = ("খালেদা জিয়া ১৯৮২ সালের ৩ জানুয়ারি রাজনীতিতে আসার পর অন্তত পাঁচবার আটক হয়ে কারাভোগ করেন। "
            "১৯৮৩ সালের ২৮ নভেম্বর তিনি প্রথম আটক হন। ১৯৮৭ সালের ১১ নভেম্বর ঢাকায় তাকে গ্রেফতার করা হয়। "
            "২০০৭ সালের ৩ সেপ্টেম্বর বাসভবন থেকে চতুর্থবার গ্রেফতার করা হয় তাকে। "
            "২০১৮ সালের ৮ ফেব্রুয়ারি পঞ্চম দফা গ্রেপ্তার হন তিনি। ২০১৯ সালের ৩ মার্চ ফের গ্রেফতার হন তিনি।")
    dates = sorted(e.date.value for e in _every_event(text, "2025-12-30")
                   if e.event_type == "COERCE")
    assert dates == ["1983-11-28", "1987-11-11", "2007-09-03", "2018-02-08", "2019-03-03"]
    # "একবার" (once) counts nothing: the arrest stands
    once = _every_event("পুলিশ গতকাল তাকে একবার গ্রেফতার করে।", "2025-12-30")
    assert [e.event_type for e in once] == ["COERCE"]


@pytest.mark.parametrize("text,published,coded", [
    # Regression (bdn-89f6a92dae, training): "শনিবার (২৭ ডিসেম্বর) রাতভর চলা এই ঝড়ে রোববার (২৮
    # ডিসেম্বর) পর্যন্ত … বিদ্যুৎ বিচ্ছিন্ন": the storm named back is Saturday's, Sunday is how long
    # the outage lasted
    ("শনিবার (২৭ ডিসেম্বর) সুইডেনের হোফোরস এলাকায় শক্তিশালী ঝড়ে গাছ পড়ে এক জন নিহত হয়েছেন। "
     "এই ঝড়ে রোববার (২৮ ডিসেম্বর) পর্যন্ত হাজার হাজার মানুষ বিদ্যুৎহীন ছিলেন।", "2025-12-29", [("DISASTER", "2025-12-27")]),
    # Regression (1020904_4raj25, training): "মঙ্গলবার সকালে … গুলিবিদ্ধ মৃতদেহ উদ্ধার করেছে" then
    # "পুলিশের অনুমান, সোমবার রাতে তাকে মদ খাইয়ে খুন করা হয়": one killing, on Monday
    ("পুলিশ বনগাঁর বাসস্ট্যাণ্ডের পিছন থেকে মঙ্গলবার সকালে এক দুষ্কৃতীর গুলিবিদ্ধ মৃতদেহ উদ্ধার করেছে। "
     "তার নাম অমল কুণ্ডু (২৮)। প্রাথমিক তদন্তের পর পুলিশের অনুমান, সোমবার রাতে তাকে মদ খাইয়ে খুন করা হয়।",
     "2002-09-04", [("ASSAULT", "2002-09-02")]),
    # Regression (1050107_7bdesh3.pc, training): "26 ডিসেম্বরে সুমাত্রা উপকুলে ভূমিকম্পের পরে আজকের
    # কম্পনের তীব্রতাই …": the December earthquake is the time the sentence tells today's tremor by;
    # আজকের is not its date
    ("আজ সন্ধ্যেতে আন্দামানে ভূকম্প হয়েছে। 26 ডিসেম্বরে সুমাত্রা উপকুলে ভূমিকম্পের পরে আজকের কম্পনের "
     "তীব্রতাই ছিল সবচেয়ে বেশি।", "2005-01-07", [("DISASTER", "2005-01-07"), ("DISASTER", "2004-12-26")]),
])
def test_an_event_is_dated_by_what_it_names_not_by_a_later_day(text, published, coded):
    events = _every_event(text, published)
    assert [(e.event_type, e.date.value) for e in events] == coded


def test_one_of_alternative_places_is_not_the_place():
    # Regression (1020816_15raj26, training): "অপহরণ করেছিল মুম্বই বা অন্য কোথাও তাকে বিক্রি করে
    # দেওয়ার জন্য": the abduction was in Kolkata, Mumbai is where she might have been sold
    text = ("কলকাতার বউবাজার থেকে এক কিশোরীকে অপহরণ করা হয়েছিল। "
            "তার দাদার এক বন্ধু তাকে অপহরণ করেছিল মুম্বই বা অন্য কোথাও তাকে বিক্রি করে দেওয়ার জন্য।")
    (event,) = _every_event(text, "2002-08-15")
    assert event.location.name == "Bowbazar"


@pytest.mark.parametrize("text,coded", [
    ("রাঙামাটির কাপ্তাইয়ে বন্যহাতির আক্রমণে এক নারী নিহত হয়েছেন।", [("ACCIDENT", "other")]),
    ("নারী ওয়ানডে বিশ্বকাপে শিরোপা জয়ের অভিযানে মান্ধানা এক হাজার রান পূর্ণ করেন।", []),
    ("সুদানের বিপক্ষে জয় দিয়ে আলজেরিয়া তাদের নেশনস কাপে অভিযান শুরু করে।", []),
])
def test_an_elephant_attack_is_an_accident_and_a_sports_campaign_no_raid(text, coded):
    events = _every_event(text, "2025-12-29")
    assert [(e.event_type, e.mode) for e in events] == coded


def test_a_digest_page_s_lead_brief_is_placed_by_its_own_places(ednil):
    # Regression (1060219_19bdesh5, training): the lead brief (সংবাদসংস্থা ম্যানিলা: the landslide in
    # Guinsaugon, "ম্যানিলার দক্ষিণ-পশ্চিমে") took the place the whole page names most (Hong Kong, three
    # briefs down); it is the Philippines the brief itself names
    events = _events(ednil, "1060219_19bdesh5", Options(min_confidence=0))
    landslide = one(events, event_type="DISASTER")
    assert landslide.location.name == "Philippines"


@pytest.mark.parametrize("text", [
    "এরপর ২০১৪ সালের নির্বাচন বয়কট করে বিএনপি।",
    "তখন ২০১৪ সালের নির্বাচন বর্জন করে বিএনপি সংসদে প্রতিনিধিত্ব হারিয়েছিল।",
    "তবে ভবিষ্যৎ হামলা থেকে ইউক্রেনকে সুরক্ষার জন্য কোনো অঙ্গীকার আসেনি।",
])
def test_an_election_boycott_and_a_future_attack_are_no_events(text):
    # Regression (bdn-4b3e1cff24, bdn-219fcff267, training batch 13): an election boycott is a
    # political stance (PLOVER REJECT), not a protest; "ভবিষ্যৎ হামলা" names attacks not yet made
    assert _every_event(text, "2025-12-30") == []


@pytest.mark.parametrize("text", [
    "নির্বাচন কমিশনের নির্দেশনা অনুযায়ী, কোনো প্রার্থী মিছিল বা শোডাউন নিয়ে মনোনয়নপত্র জমা দিতে পারবেন না।",
    "যান চলাচলের নিষেধাজ্ঞা চলার সময় ভোটকেন্দ্রের ভেতর কোন ধরনের যান চলাচল করতে পারবে না।",
    "প্রায় ৩৫ হাজার বিজিবি সদস্য নির্বাচনে মোতায়েন থাকবে।",
])
def test_a_rule_or_a_plan_in_the_future_is_no_event(text):
    # Regression (bdn-55e4bc3bd6, bdn-66d3beb32b, bdn-f4dacf0432, training): an election code's "may
    # not" (a future verb with না) was read as a denied protest, and a deployment that "will be" as made
    assert _every_event(text, "2025-12-30") == []


def test_a_killing_the_future_negative_is_about_stands():
    # the future negative governs the clause, not a trigger in an oblique case: the killing happened
    text = "সিলেটে যুবক হত্যাকাণ্ডে জড়িত কাউকেই ছাড় দেওয়া হবে না।"
    assert [e.event_type for e in _every_event(text, "2025-12-30")] == ["ASSAULT"]


def test_an_undated_killing_told_again_after_the_arrests_is_the_dated_killing():
    # Regression (probe article WB7-02): "জমি নিয়ে পুরনো বিবাদের জেরেই খুন বলে … মনে হচ্ছে", after
    # Wednesday's arrests, took their day and stood as a second killing (one dead) beside Tuesday's
    import json
    from pathlib import Path

    probe = Path(__file__).resolve().parents[1] / "gold" / "probe" / "articles-wb7.json"
    (article,) = [a for a in json.loads(probe.read_text(encoding="utf-8")) if a["id"] == "WB7-02"]
    events = _every_event(article["text"], article["published"])
    # (its day; the place it is then lent, "কৃষ্ণনগর সদরের" of the blockade sentence, an official's office,
    # still keeps it apart: noted for a later session)
    assert {e.date.value for e in events if e.event_type == "ASSAULT"} == {"2003-10", "2005-03-08"}


@pytest.mark.parametrize("text", [
    "রবিবার দুপুরে নানুর থানার বাসাপাড়া গ্রামে বোমা বাঁধার সময়ে বিস্ফোরণে মৃত্যু হল এক যুবকের।",
    "রবিবার দুপুরে নানুরে বোমা বাঁধতে গিয়ে বিস্ফোরণে এক যুবকের মৃত্যু হয়েছে।",
    "রবিবার দুপুরে নানুরের একটি বাড়িতে বোমা তৈরির সময় বিস্ফোরণে এক যুবকের মৃত্যু হয়েছে।",
])
def test_a_blast_while_bombs_are_made_is_an_accident(text):
    # The gold's decision (bdn-138f896dbe, dev; probe article WB7-03): a blast with no attacker and no
    # target, like an arms cache's, is ACCIDENT other; it had been an attack with explosives
    (blast,) = _every_event(text, "2004-07-12")
    assert (blast.event_type, blast.mode, blast.fatalities.value) == ("ACCIDENT", "other", 1)


def test_a_bandh_written_with_a_visible_hasanta_is_a_bandh():
    # Anandabazar spells the bandh বন্‌ধ (na, hasanta, ZWNJ, dha: all 14 times in news-ednil2020); the
    # ZWNJ had been dropped, which made it বন্ধ "shut", so "… ডাকা ১২ ঘণ্টার বাঁকুড়া জেলা বন্‌ধে" told no
    # bandh (probe articles WB7-05, WB5-10, probe sentence PRO-023)
    text = ("দলীয় কর্মী খুনের প্রতিবাদে তৃণমূলের ডাকা ১২ ঘণ্টার বাঁকুড়া জেলা বন\u09cd\u200cধে মঙ্গলবার "
            "জেলার জনজীবন কার্যত স্তব্ধ ছিল।")
    (bandh,) = _every_event(text, "2002-11-20")
    assert (bandh.event_type, bandh.mode, bandh.date.value) == ("PROTEST", "strike", "2002-11-19")
    # shut, in the legacy font's spelling (na, ZWNJ, dha) and in the usual one, is still no event
    for shut in ("বন\u200cধ", "বন্ধ"):
        assert _every_event(f"সোমবার থেকে স্কুলটি {shut} করে দেওয়া হয়েছে।", "2002-11-20") == []


def test_a_negative_verb_after_an_event_s_cause_denies_the_other_thing():
    # Regression (1020519_19raj17, training): "বন্‌ধের কারণে বড় গোলমাল না-হলেও" (no great trouble
    # because of the bandh) made a denied bandh beside the bandh held; likewise "হানার সময় বাড়ি ছিলেন না"
    text = ("বন্ধ চটকল খোলার দাবিতে ডাকা বন\u09cd\u200cধের জেরে বজবজ এলাকায় শনিবার স্বাভাবিক কাজকর্ম ব্যাহত হয়। "
            "পুলিশ সুপার জানান, বন\u09cd\u200cধের কারণে বড় গোলমাল না-হলেও বজবজ এলাকায় যান চলাচল বিঘ্নিত হয়।")
    (bandh,) = _every_event(text, "2002-05-19")
    assert (bandh.event_type, bandh.negated) == ("PROTEST", False)


def test_a_headline_s_event_its_body_tells_as_planned_is_no_event():
    # Probe article WB5-10: "…, আজ জেলায় বন্‌ধ" in the headline, "বুধবার … বন্‌ধ ডেকেছে বিজেপি" in the
    # body: a bandh called, not held (its "আজ" had also dated the clash to the day of publication);
    # 1030517_17bdesh4 (training): "ইচ্ছাকৃতভাবে সার্স ছড়ালে চিনে মৃত্যুদণ্ড", a penalty announced
    text = ("দিনহাটায় সংঘর্ষে মৃত বিজেপি কর্মী, আজ জেলায় বন\u09cd\u200cধ\nনিজস্ব সংবাদদাতা • দিনহাটা\n"
            "দেওয়াল লিখন ঘিরে তৃণমূল ও বিজেপির সংঘর্ষে গুরুতর জখম এক বিজেপি কর্মীর মৃত্যু হল। সোমবার রাতে দিনহাটা "
            "থানার ভেটাগুড়ি বাজার এলাকায় গোলমাল শুরু হয়। ঘটনার প্রতিবাদে বুধবার কোচবিহার জেলায় ১২ ঘণ্টার "
            "বন\u09cd\u200cধ ডেকেছে বিজেপি।")
    events = _every_event(text, "2025-12-31")
    assert [(e.event_type, e.date.value) for e in events] == [("ASSAULT", "2025-12-29")]


def test_a_canopy_s_collapse_told_as_a_protest_s_cause_is_an_accident_of_its_own():
    # Probe article BD7-16: "২০২৪ সালের ১ নভেম্বর নোভি সাদ রেলস্টেশনের কংক্রিটের ছাউনি ধসে ১৬ জনের
    # মৃত্যুর পর থেকে … আন্দোলন চলছে": the collapse was no event word, and its toll and date went to the
    # day's clash in Belgrade
    text = ("মঙ্গলবার সন্ধ্যায় বেলগ্রেডে সংসদ ভবনের সামনে পুলিশের লাঠিপেটায় অন্তত ২০ জন আহত হয়েছেন। "
            "২০২৪ সালের ১ নভেম্বর নোভি সাদ রেলস্টেশনের কংক্রিটের ছাউনি ধসে ১৬ জনের মৃত্যুর পর থেকে "
            "দুর্নীতির অভিযোগ তুলে শিক্ষার্থীদের নেতৃত্বে এ আন্দোলন চলছে।")
    events = _every_event(text, "2025-12-31")
    assert sorted((e.event_type, e.location.name, e.date.value, e.fatalities and e.fatalities.value) for e in events) == [
        ("ACCIDENT", "Novi Sad", "2024-11-01", 16), ("ASSAULT", "Belgrade", "2025-12-30", None)]


def test_the_day_of_a_statement_does_not_date_what_it_tells():
    # Probe article WB7-11: "সেনাবাহিনীর এক মুখপাত্র আজ, বুধবার জানিয়েছেন, হামলায় ১১ জন পুলিশকর্মী নিহত
    # হয়েছেন": Wednesday is when the spokesman spoke; the attack of Tuesday night had taken it
    text = ("মঙ্গলবার গভীর রাতে দাং জেলার ভালুবাংয়ে পুলিশ ফাঁড়িতে হামলা চালায় মাওবাদীরা। "
            "সেনাবাহিনীর এক মুখপাত্র আজ, বুধবার জানিয়েছেন, হামলায় ১১ জন পুলিশকর্মী নিহত হয়েছেন। "
            "পাল্টা গুলিতে মারা গিয়েছে অন্তত ছয় মাওবাদী।")
    assert {e.date.value for e in _every_event(text, "2003-09-18")} == {"2003-09-16"}


def test_a_threat_to_punish_those_who_defy_a_bandh_is_a_threat():
    # Probe article WB7-11: "বন্‌ধ না মানলে 'কড়া শাস্তি' দেওয়ার হুমকি দিয়েছে মাওবাদীরা": the bandh is the
    # threat's condition ("না মানলে"), not a denied bandh, and a threat of punishment is no threat to protest
    text = "বন\u09cd\u200cধ না মানলে 'কড়া শাস্তি' দেওয়ার হুমকি দিয়েছে মাওবাদীরা।"
    assert [(e.event_type, e.negated) for e in _every_event(text, "2003-09-17")] == [("THREATEN", False)]


def test_an_event_dated_to_a_month_after_publication_is_a_schedule():
    # Probe article BD9-13: "ফেব্রুয়ারিতে অনুষ্ঠেয় … নির্বাচন সামনে রেখে দেশের বিভিন্ন জায়গা থেকে রাজনৈতিক
    # সহিংসতার খবর আসছে", in a paper of 31 December: violence dated February 2026 (a day after publication
    # was already dropped; a month or a year was not)
    text = "ফেব্রুয়ারিতে অনুষ্ঠেয় জাতীয় সংসদ নির্বাচন সামনে রেখে দেশের বিভিন্ন জায়গা থেকে রাজনৈতিক সহিংসতার খবর আসছে।"
    assert [e.date.value for e in _every_event(text, "2025-12-31")] != ["2026-02"]
    assert _every_event("আগামী মার্চে ঢাকায় মহাসমাবেশ করবে দলটি।", "2025-12-31") == []


def test_cocktails_thrown_in_a_clash_are_the_clash():
    # Probe article BD8-09: "বিএনপি-জামায়াত সমর্থকদের সংঘর্ষ, ককটেল বিস্ফোরণ, আহত ২০" had been a clash
    # (ASSAULT) and beside it a riot (PROTEST) holding the injured: one clash between supporters, with
    # crude bombs (ACLED Riots / Mob violence), as the gold codes mob violence
    text = ("মঙ্গলবার সন্ধ্যায় কুমিল্লার দেবিদ্বারে বিএনপি ও জামায়াতে ইসলামীর সমর্থকদের মধ্যে সংঘর্ষ হয়েছে। "
            "সংঘর্ষে দুই পক্ষ অন্তত পাঁচটি ককটেল বিস্ফোরণ ঘটায়; এতে অন্তত ২০ জন আহত হন।")
    events = _every_event(text, "2025-12-31")
    assert [(e.event_type, e.mode, e.injuries.value) for e in events] == [("ASSAULT", "explosives", 20)]


def test_supporters_clashing_on_the_way_to_file_nominations_is_a_clash_not_a_protest():
    # Probe article BD8-06: a candidate's procession to the returning officer ("মনোনয়নপত্র জমা দিতে মিছিল
    # নিয়ে আসার সময়") is no protest, and brickbats with chases between two sides ("ধাওয়া-পাল্টা ধাওয়া ও
    # ইটপাটকেল নিক্ষেপ") are the clash, not a riot beside it holding its injured
    text = ("সোমবার দুপুরে চাঁদপুর জেলা প্রশাসকের কার্যালয়ের সামনে দুই প্রার্থীর সমর্থকদের মধ্যে সংঘর্ষ হয়। "
            "মনোনয়নপত্র জমা দিতে মিছিল নিয়ে আসার সময় স্লোগানকে কেন্দ্র করে প্রথমে কথা কাটাকাটি, পরে ধাওয়া-পাল্টা "
            "ধাওয়া ও ইটপাটকেল নিক্ষেপের ঘটনা ঘটে। এতে উভয় পক্ষের অন্তত ১২ জন আহত হন।")
    events = _every_event(text, "2025-12-31")
    assert [e.event_type for e in events] == ["ASSAULT"]


def test_vehicles_colliding_is_an_accident():
    # Probe article BD8-10: "কুয়াশার মধ্যে একে একে ছয়টি যানবাহনের সংঘর্ষ" (six vehicles piled up in fog) was
    # a clash (ASSAULT), which also kept the round-up's lead from being the sum of its accidents
    text = "সিরাজগঞ্জ সদর উপজেলার কড্ডার মোড় এলাকায় কুয়াশার মধ্যে একে একে ছয়টি যানবাহনের সংঘর্ষ হয়েছে। এতে এক ট্রাকচালক নিহত হয়েছেন।"
    assert [(e.event_type, e.mode) for e in _every_event(text, "2025-12-31")] == [("ACCIDENT", "road")]


def test_the_crime_a_sentence_names_is_not_told_again():
    # Regression (1020814_14raj20, dev): "খুনের দায়ে যাবজ্জীবন" and "খুন করে … ঘটনায় অভিযুক্তকে
    # যাবজ্জীবন কারাদণ্ড" made the judged killing a new ASSAULT beside the 1997 one told with its date
    text = ("এক ব্যক্তিকে খুন করে মাটিতে পুঁতে দেওয়ার ঘটনায় অভিযুক্তকে যাবজ্জীবন কারাদণ্ড দিয়েছেন বিচারক। "
            "আদালত সূত্রে জানা গিয়েছে, ১৯৯৭ সালের ১১ মে ডোমজুড়ে শাহিদকে খুন করে গফ্ফর।")
    events = _every_event(text, "2002-08-14")
    assert sorted((e.event_type, e.date.value if e.date else None) for e in events) == [
        ("ASSAULT", "1997-05-11"), ("SANCTION", "2002-08-14")]


def test_an_attempted_killing_counts_no_dead():
    # Regression (1020613_13raj18, dev): "পুড়িয়ে মারার চেষ্টা করে হাজার দুয়েক ক্ষিপ্ত বিড়ি শ্রমিক" (two
    # thousand angry workers tried to burn them to death) gave 1,000 dead and kept the attack apart
    # from the shooting it led to
    text = ("বুধবার সকালে ৮ জন ঠিকাদারকে ঘরে তালাবন্ধ করে পুড়িয়ে মারার চেষ্টা করে হাজার দুয়েক ক্ষিপ্ত বিড়ি শ্রমিক।")
    (attack,) = _every_event(text, "2002-06-13")
    assert attack.event_type == "ASSAULT" and attack.fatalities is None


@pytest.mark.parametrize("count, low, high", [("৫-৬ জন", 5, 6), ("দশ-বারো জন", 10, 12), ("১০ থেকে ১২ জন", 10, 12)])
def test_a_range_written_with_a_hyphen_counts_the_dead(count, low, high):
    # the clause splitter took the hyphen of "৫-৬ জন" for a dash, and the toll lost its number
    (crash,) = _every_event(f"বুধবার বাস দুর্ঘটনায় {count} নিহত হয়েছেন।", "2025-12-31")
    assert (crash.fatalities.value, crash.fatalities.qualifier, crash.fatalities.high) == (low, "range", high)


def test_two_thousand_people_is_a_count_not_a_year():
    # "দুই হাজার মানুষ" (2000) was taken for a year and the toll lost its number
    (crash,) = _every_event("বুধবার বাস দুর্ঘটনায় দুই হাজার মানুষ নিহত হয়েছেন।", "2025-12-31")
    assert crash.fatalities.value == 2000


def test_a_programme_announced_is_a_plan():
    # Regression (bdn-49ea7211ae, training): "… শাখা আজ শনিবার স্থানীয়ভাবে অবস্থান কর্মসূচি পালনের
    # ঘোষণা দিয়েছে" announces a sit-in, it reports none
    text = "ইনকিলাব মঞ্চের রংপুর শাখা আজ শনিবার স্থানীয়ভাবে অবস্থান কর্মসূচি পালনের ঘোষণা দিয়েছে।"
    assert _every_event(text, "2025-12-29") == []


@pytest.mark.parametrize("text", [
    "তারেক রহমানের আগমন উপলক্ষ্যে তাকে স্বাগত জানাতে কেন্দ্রীয় কার্যালয়ের সামনে কয়েক হাজার নেতাকর্মী অবস্থান নেয়।",
    "ক্যারিয়ার হুমকির মুখে পড়ার পর তিনি ট্যুরে প্রত্যাবর্তনের প্রস্তুতি নেন।",
    "সিলেটে সোমবার তিন পেসার নিয়ে একাদশে সাজায় রাজশাহী।",
    "গ্রীষ্মকালে তাপপ্রবাহের ঝুঁকি বাড়ছে।",
    "তীব্র শীতের রেশ পড়েছে মাঠের দর্শকদের মধ্যেও।",
    "এমনিতে কয়েকদিন ধরে ঠান্ডাজনিত সমস্যায় ভুগছেন এই পেসার।",
])
def test_a_welcome_a_career_under_threat_a_cricket_eleven_and_a_risk_are_no_events(text):
    # Regressions read off unannotated bdnews pages (bdn-c97b6bc0eb, bdn-8cbe341ef7, bdn-50940e6ed6,
    # bdn-8228a85d6a, bdn-ed8623ae95, bdn-7d04078160) and a training page (bdn-91cda15eb0)
    assert _every_event(text, "2025-12-29") == []


def test_a_genitive_country_of_another_story_does_not_place_the_event(ednil):
    # Regression (1030913_13bdesh3, training): in a Fallujah story, "জর্ডনের রাজধানী আম্মান থেকে
    # জানানো হয়েছে, … ওই হাসপাতালটিতে … হামলা চালিয়ে জর্ডনের এক সামরিক …" placed the attack on the
    # Jordanian-run hospital in Jordan; "জর্ডনের" says whose, the story says where
    events = _events(ednil, "1030913_13bdesh3", Options(min_confidence=0))
    assert "Jordan" not in {e.location.name for e in events if e.event_type == "ASSAULT"}


def test_an_unknown_place_after_a_town_in_the_genitive_is_inside_it():
    # Regression (1020805_5raj32, training): "হুগলির আরামবাগের শালিপুরে … ছিনতাই" was placed at the
    # byline's Bardhaman; Shalipur (unknown to the gazetteer) lies in Arambagh. A common noun after a
    # town ("কলকাতার রাস্তায়") and a victim's home ("বাড়ি কাকদ্বীপের রামগোপালপুরে") name no scene.
    def places(text):
        doc = ghotona.analyze(text, "2002-08-05", options=Options(min_confidence=0))
        return [(e.name, e.attrs.get("feature")) for e in doc.get("entities") if e.label == "LOC"]

    assert ("শালিপুর (Arāmbāgh)", "village") in places("দুষ্কৃতীরা হুগলির আরামবাগের শালিপুরে ব্যবসায়ীর টাকা ছিনতাই করে।")
    assert places("কলকাতার রাস্তায় মিছিল হয়।") == [("Kolkata", "city")]
    assert places("ওই জওয়ানের বাড়ি কাকদ্বীপের রামগোপালপুরে।") == [("Kakdwip", "city")]


@pytest.mark.parametrize("text,dead", [
    ("স্কুলবাসের ধাক্কায় মৃত্যু হল এক শিক্ষকের।", 1),
    ("দুবাইয়ে পথ দুর্ঘটনায় প্রাণ গেল এক তরতাজা তরুণের।", 1),
    ("জাপানে ভূমিকম্প। কম্পনের ফলে মৃত্যু হয়েছে 75 বছরের এক বৃদ্ধার।", 1),
])
def test_one_dead_told_after_the_cue(text, dead):
    # Regressions (1020927_27raj16, 1070319_19bdesh2, 1050321_21bdesh2, training): Bengali puts the
    # dead after the verb, in the genitive, with এক as the article: one dead, not an unknown number
    (event,) = _every_event(text, "2002-09-27")
    assert event.fatalities is not None and event.fatalities.value == dead


@pytest.mark.parametrize("text,dead", [
    ("তিন দশকে আচে প্রদেশে বিচ্ছিন্নতাবাদী আন্দোলনে প্রাণ হারিয়েছেন প্রায় 12 হাজার মানুষ। "
     "আজই আচের বিমানবন্দরের কাছে সেনাবাহিনীর সঙ্গে গুলির লড়াই হয়েছে।", None),
    ("ধস নামায় পাকিস্তানে গত 24 ঘণ্টায় 13 জনের মৃত্যু হয়েছে।", 13),
])
def test_a_toll_over_years_is_no_event_s_toll(text, dead):
    # Regression (1050107_7bdesh3, 1030106_6bdesh3, training): "তিন দশকে … প্রাণ হারিয়েছেন প্রায় 12
    # হাজার মানুষ" gave a firefight 12,000 dead; a day's toll ("গত 24 ঘণ্টায়") stays
    (event,) = _every_event(text, "2005-01-07")
    assert (event.fatalities.value if event.fatalities else None) == dead


def test_a_digest_headline_s_sum_is_not_the_first_accident_s_toll(ednil):
    # Regression (1021024_24raj28, training): "পথ দুর্ঘটনায় মৃত ২" heads a brief of two accidents
    # with one dead each; the body's "মঙ্গলবার রাতে ঘটনাটি ঘটে …" went to the headline's draft, which
    # then kept its 2 for the first accident
    events = _events(ednil, "1021024_24raj28", Options(min_confidence=0))
    # (at the village the brief names, "পাল্লা শ্রীরামপুর গ্রামের কাছে", a union of Bardhaman since the thirtieth session)
    crash = next(e for e in events if e.event_type == "ACCIDENT" and "Bardhaman" in e.location.name)
    assert crash.fatalities.value == 1


def test_a_locative_in_ya_is_a_locative():
    # Regression (bdn-a1d6cbe162, training): the case sets were typed with য + nukta while the
    # splitter writes the composed য় (U+09DF), so "নীলফামারী জেলায়", "ঢাকায়" were never locative: the
    # cold wave of a seven-district list sat at one bare name (Sirajganj) instead of one per district
    from ghotona.events.context import DocContext
    from ghotona.events.placing import case_suffixes
    from ghotona.events.triggers import find_triggers
    from ghotona.text.morph import LOCATIVE

    doc = ghotona.analyze("ঢাকায় হামলা হয়।", "2025-12-27", options=Options(min_confidence=0))
    ctx = DocContext(doc, find_triggers(doc))
    dhaka = next(e for e in doc.get("entities") if e.label == "LOC")
    assert case_suffixes(ctx, dhaka) & LOCATIVE
    text = ("আবহাওয়া অধিদপ্তর জানিয়েছে, যশোর, চুয়াডাঙ্গা, গোপালগঞ্জ, রাজশাহী, পাবনা, সিরাজগঞ্জ এবং নীলফামারী "
            "জেলায় বয়ে যাচ্ছে মৌসুমের প্রথম মৃদু শৈত্যপ্রবাহ।")
    events = _every_event(text, "2025-12-27")
    assert len(events) == 7 and "Nilphamari" in {e.location.name for e in events}


@pytest.mark.parametrize("opener, apart", [("অন্য দিকে ", True), ("অপরদিকে, ", True), ("", False)])
def test_a_sentence_turning_to_another_matter_tells_another_event(opener, apart):
    # Regression (1021024_24raj28, training): "… ট্রাকের ধাক্কায় … মারা যান। অন্য দিকে বুদবুদ বাজারের
    # কাছে ট্রাকের ধাক্কায় মারা যায় এক … কর্মী" was one road accident with the first one's place
    text = ("মঙ্গলবার রাতে বর্ধমানে জি টি রোডে ট্রাকের ধাক্কায় এক ব্যক্তির মৃত্যু হয়েছে। "
            f"{opener}বাজারের কাছে ট্রাকের ধাক্কায় মারা যায় এক সেনাকর্মী।")
    events = _every_event(text, "2002-10-24")
    accidents = [e for e in events if e.event_type == "ACCIDENT"]
    assert len(accidents) == (2 if apart else 1)


def test_an_event_feared_is_none_but_what_is_done_for_fear_of_it_is():
    # Regression (1020927_27raj19, training): "বেহাল রাস্তায় দুর্ঘটনার আশঙ্কায় … বাস চলাচল বন্ধ করে
    # দিয়েছে" (buses stopped for fear of accidents) was a road accident
    feared = _every_event("বেহাল রাস্তায় দুর্ঘটনার আশঙ্কায় রাষ্ট্রীয় পরিবহণ ওই রুটে বাস চলাচল বন্ধ করে দিয়েছে।", "2002-09-27")
    assert not [e for e in feared if e.event_type == "ACCIDENT"]
    done = _every_event("গণ্ডগোলের আশঙ্কায় মিলের গেটে পুলিশ মোতায়েন করা হয়েছে।", "2002-08-14")
    assert [e.event_type for e in done] == ["MOBILIZE"]


@pytest.mark.parametrize("text, dead", [
    # Regression (1020531_31raj12, training): two sisters drowned bathing in the sea was no event,
    # and "দুই বোনের" did not count the dead (a number before a kinship noun in the genitive)
    ("দিঘার সমুদ্রে স্নান করতে গিয়ে বুধবার দুই বোনের মৃত্যু হয়েছে।", 2),
    # Regression (1020927_27raj19, training): a young man missing after bathing in the river
    ("হাওড়ার তেলকল ঘাটে বৃহস্পতিবার সকালে হুগলি নদীতে চান করতে গিয়ে স্থানীয় এক যুবক নিখোঁজ হয়েছেন।", None),
])
def test_bathing_in_a_river_or_the_sea_then_dead_or_missing_is_a_drowning(text, dead):
    events = _every_event(text, "2002-09-27")
    (drowning,) = [e for e in events if e.event_type == "ACCIDENT"]
    assert drowning.mode == "drowning"
    assert (drowning.fatalities.value if drowning.fatalities else None) == dead


def test_where_the_incident_happened_places_the_event_just_told_not_an_earlier_one():
    # Regression (1020904_4raj25, training): a digest page ran a brief on without its byline; its
    # "ঘটনাটি ঘটেছে … মিলনপল্লি এলাকায়" placed the previous brief's accident, and the killing it told
    # kept that brief's town
    text = ("মঙ্গলবার সকালে বর্ধমানের রানিগঞ্জে পাঞ্জাবি মোড়ে পথ দুর্ঘটনায় দুই সাইকেল আরোহীর মৃত্যু হয়েছে। "
            "বন্ধুর গুলিতে নিহত হয়েছেন এক যুবক। "
            "ঘটনাটি ঘটেছে সোমবার রাতে হুগলির বাঁশবেড়িয়ার মিলনপল্লি এলাকায়।")
    events = _every_event(text, "2002-09-04")
    killing = one(events, event_type="ASSAULT")
    accident = one(events, event_type="ACCIDENT")
    assert killing.date.value == "2002-09-02" and accident.date.value == "2002-09-03"
    assert near(killing, 22.95, 88.40) and not near(accident, 22.95, 88.40)


def test_where_a_commentator_lives_is_not_the_story_s_place():
    # Regression (bdn-cf2b6391ba, training): a profile of Khaleda Zia quoted a teacher "আমেরিকার …
    # শিক্ষক", "যুক্তরাষ্ট্রে বসবাসরত এই শিক্ষক"; the United States tied Bangladesh as the place named
    # most and placed her 2007 arrest
    text = ("যুক্তরাষ্ট্রে বসবাসরত এই শিক্ষক বলেন, তাঁর রাজনৈতিক ভবিষ্যৎ অনিশ্চিত। "
            "২০০৭ সালে সেনা-সমর্থিত তত্ত্বাবধায়ক সরকার ক্ষমতায় আসার পর খালেদা জিয়াকে গ্রেফতার করা হয়। "
            "বাংলাদেশের রাজনীতিতে তিনি ছিলেন প্রধান মুখ।")
    events = _every_event(text, "2025-12-30")
    arrest = one(events, event_type="COERCE")
    assert arrest.location.country == "BGD"


def test_besides_that_a_blast_elsewhere_on_the_same_day_is_another_event():
    # Regression (1070419_19bdesh7.pc, training): "এ ছাড়াও সদর-সিটি, ফালুজাতেও এ দিন সকালে বিস্ফোরণ
    # ঘটে" joined the Baghdad market blast told just before ("এ দিন" points back to the day only)
    text = ("বুধবার সকালে বাগদাদের আল সদরিয়ার বাজারে একটি জোরালো বিস্ফোরণে 118 জন প্রাণ হারিয়েছেন। "
            "এ ছাড়াও ফালুজাতেও এ দিন সকালে বিস্ফোরণ ঘটে।")
    events = _every_event(text, "2007-04-19")
    blasts = [e for e in events if e.event_type == "ASSAULT"]
    assert len(blasts) == 2
    assert any(near(e, 33.35, 43.78) for e in blasts)  # Fallujah


def test_a_killing_in_a_military_coup_is_an_attack_and_the_mass_uprising_no_event():
    # Regression (bdn-5d76cab06d, training): "১৯৮১ সালের ৩০ মে এক সামরিক অভ্যুত্থানে জিয়াউর রহমান নিহত
    # হলে …" had no trigger (নিহত only counts); গণঅভ্যুত্থান, the 2024 uprising named in passing, is none
    coup = _every_event("১৯৮১ সালের ৩০ মে এক সামরিক অভ্যুত্থানে জিয়াউর রহমান নিহত হলে খালেদা জিয়া রাজনীতিতে আসেন।", "2025-12-30")
    assert [(e.event_type, e.date.value) for e in coup] == [("ASSAULT", "1981-05-30")]
    uprising = _every_event("২০২৪ সালের ৫ আগস্ট গণঅভ্যুত্থানে আওয়ামী লীগ সরকারের পতনের পর থেকে নির্বাচন নিয়ে নানা প্রশ্ন।", "2025-12-30")
    assert not [e for e in uprising if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text, dead, hurt", [
    # Regression (1030703_3bdesh5, training): "ন’জন" (nine, the contracted নয়) was no number
    ("মসজিদে বিস্ফোরণে ইমাম-সহ ন’জন প্রাণ হারান।", 9, None),
    # Regression (1070107_7bdesh5.pc, training): bodies counted with an object classifier
    ("ভূমিধসে বিকেল পর্যন্ত 30টি মৃতদেহ উদ্ধার করা হয়েছে।", 30, None),
    # Regression (1031012_12bdesh7, training): two groups of dead joined by ও are one toll
    ("হামলায় কমপক্ষে ৩৭ জন গেরিলা ও তিন জন পুলিশের মৃত্যু হয়েছে।", 40, None),
    ("সংঘর্ষে ৫ জন নিহত ও ১০ জন আহত হয়েছেন।", 5, 10),
    # background events told in the past perfect, and ন elided before a multiplier (probe WB3-02, 06)
    ("১৯৯৮ সালের ২৫ এপ্রিলের ভূমিকম্পে নেপালে প্রাণ হারিয়েছিলেন প্রায় ন’হাজার মানুষ।", 9000, None),
    ("২০০০ সালের ২৭ জুলাই সূচপুরে ১১ জন খেতমজুরকে পিটিয়ে খুন করা হয়েছিল।", 11, None),
    # the victim named after an intransitive death phrase, with an age in brackets (probe WB3-07)
    ("২০০২ সালের ১৪ মে বুথের কাছে গুলিতে খুন হন সিপিএম কর্মী নিরঞ্জন বর্মন (৩৪)।", 1, None),
    # one person joined to a counted group (probe BD3-16; 1020421_21raj10, training: "মালিকের ভাই ও ১৭ জন কর্মীকে")
    ("উখিয়ায় পাহাড়ধসে মা ও তাঁর দুই শিশুসন্তানের মৃত্যু হয়েছে।", 3, None),
    # two single people joined (probe BD3-12; 1020816_15raj26, training: "তাঁর শ্বশুর ও স্বামীকে" arrested)
    ("সাভারে গ্যাস সিলিন্ডার বিস্ফোরণে দগ্ধ হয়ে মা ও শিশুসন্তানের মৃত্যু হয়েছে।", 2, None),
    ("ট্রাকচাপায় মা-মেয়ের মৃত্যু হয়েছে।", 2, None),
])
def test_tolls_told_in_pieces(text, dead, hurt):
    events = _every_event(text, "2003-10-12")
    (event,) = [e for e in events if e.event_type in ("ASSAULT", "DISASTER", "ACCIDENT")]
    assert (event.fatalities.value if event.fatalities else None) == dead
    assert (event.injuries.value if event.injuries else None) == hurt


def test_the_dead_of_two_incidents_are_not_summed():
    # bdn-b04fb48d58 (training): "দুটি ঘটনা – যেখানে একজন হিন্দু ও একজন মুসলমান গণপিটুনিতে মারা গেছেন"
    text = "কেরালা আর ওড়িশা রাজ্যের দুটি ঘটনা – যেখানে একজন হিন্দু ও একজন মুসলমান গণপিটুনিতে মারা গেছেন।"
    events = _every_event(text, "2025-12-26")
    assert all((e.fatalities.value if e.fatalities else None) != 2 for e in events)


def test_what_a_drive_is_meant_to_stop_did_not_happen():
    # Regression (1020720_20raj18, 1010215_15bdesh, training): "দুর্ঘটনা রুখতে … অভিযান" (a drive to stop
    # accidents) was an accident; "লুঠপাট রুখতে … কার্ফু জারি" (a curfew against looting) was looting
    events = _every_event("দুর্ঘটনা রুখতে জেলা পুলিশ শুক্রবার অভিযান চালিয়ে বেআইনি গাড়ি আটক করে।", "2002-07-20")
    assert not [e for e in events if e.event_type == "ACCIDENT"]
    events = _every_event("লুঠপাট রুখতে ভূমিকম্প বিধ্বস্ত অঞ্চলগুলিতে কার্ফু জারি করা হয়েছে।", "2001-02-15")
    assert "ASSAULT" not in [e.event_type for e in events] and "COERCE" in [e.event_type for e in events]


def test_a_tsunami_rumour_is_no_disaster_but_the_crush_it_caused_is_an_accident():
    # Regression (1050119_19bdesh4.pc, training)
    text = ("সুনামি গুজবে নাজেহাল হলেন চিলির হাজার হাজার মানুষ। "
            "উপকুলের হাজার হাজার বাসিন্দা বাড়ি ছেড়ে পাশের পাহাড়ে পালাতে শুরু করেন। "
            "হুড়োহুড়িতে 68 বছরের এক মহিলার মৃত্যু হয়।")
    events = _every_event(text, "2005-01-19")
    assert [(e.event_type, e.fatalities.value if e.fatalities else None) for e in events] == [("ACCIDENT", 1)]
    rush = _every_event("আতঙ্কে নিরাপদ আশ্রয়ে পালানোর জন্য হুড়োহুড়ি পড়ে যায় বাসিন্দাদের মধ্যে।", "2005-02-20")
    assert not rush


def test_a_running_total_is_no_event_and_no_toll():
    # Regression (1020821_21raj22, 1030923_23bdesh7, training): "এই নিয়ে দিন কয়েকের মধ্যে তিন জন খুন
    # হলেন" (with this, three killed in a few days) was a killing of three; "এই নিয়ে বিক্ষোভ" (a protest
    # about this) is no total
    text = "সোমবার রাতে ইটাহারে এক যুবককে খুন করা হয়েছে। এই নিয়ে দিন কয়েকের মধ্যে তিন জন খুন হলেন।"
    events = _every_event(text, "2002-08-21")
    assert [(e.event_type, e.fatalities.value if e.fatalities else None) for e in events] == [("ASSAULT", 1)]
    assert not _every_event("এই নিয়ে দিন কয়েকের মধ্যে তিন জন খুন হলেন।", "2002-08-21")
    protest = _every_event("এই নিয়ে বিক্ষোভ দেখান গ্রামবাসীরা।", "2002-08-21")
    assert [e.event_type for e in protest] == ["PROTEST"]


#: a digest page's opening: its first brief, then a second one with a byline (run-on headline tests)
DIGEST_OPENING = ("৭ কার্তিক ১৪০৯ বৃহস্পতিবার ২৪ অক্টোবর ২০০২ সংক্ষেপে.. ডাক-বিক্ষোভ নিজস্ব সংবাদদাতা, শিলিগুড়ি: "
                  "শিলিগুড়ির প্রধান ডাকঘরে বুধবার অবস্থান বিক্ষোভ হয়। মাছ চুরি করতে গিয়ে মৃত ২ নিজস্ব সংবাদদাতা, বর্ধমান: "
                  "পুকুরে মাছ চুরি করতে গিয়ে বিদ্যুৎস্পৃষ্ট হয়ে দুই ব্যক্তির মৃত্যু হয়েছে। ")


def _digest_with_run_on_brief(rest: str, headline: str):
    """The digest opening and ``rest``: a third brief, without a byline, whose headline ran into its
    body; checks that it is a brief of its own opening with ``headline``."""
    analyzed = ghotona.analyze(DIGEST_OPENING + rest)
    briefs = analyzed.meta["layout"]["briefs"]
    assert [b["byline_sentence"] is None for b in briefs] == [False, True]
    assert normalize_term(analyzed.sentences[briefs[1]["first_sentence"]].text) == normalize_term(headline)
    return analyzed, briefs


def test_a_brief_whose_headline_ran_into_its_first_sentence_is_a_brief_of_its_own():
    # Regression (1021024_24raj28, training): on a digest page a brief without a byline had its
    # headline run into its body ("… (৩৪)। পথ দুর্ঘটনায় মৃত ৩ গলসি থানার …"): the Galsi crash took the
    # previous brief's town (Bardhaman) and the headline's 3 dead
    analyzed, briefs = _digest_with_run_on_brief(
        "মৃতদের নাম হাবুল হাজরা (৩০) ও মদন রায় (৪০)। "
        "পথ দুর্ঘটনায় মৃত ৩ গলসি থানার মানিকবাজারের কাছে জি টি রোডে লরি ও অ্যাম্বাসাডারের মধ্যে সংঘর্ষে বুধবার বিকেলে "
        "দু’জনের মৃত্যু হয়েছে। পুলিশ জানায় মৃত শিশুর নাম সানি বাগ, তার বাড়ি বর্ধমানে।", "পথ দুর্ঘটনায় মৃত ৩")
    crash = one(analyzed.events, event_type="ACCIDENT", mode="road")
    assert near(crash, 23.34, 87.68, km=15) and crash.fatalities.value == 2  # Galsi, the body's 2 dead
    # "পুলিশ জানায় মৃত শিশুর নাম …" is no headline: its words before মৃত hold a verb
    assert len(briefs) == 2


def test_a_run_on_headline_may_hold_a_participle_but_not_a_finite_verb():
    # Regression (1021024_24raj28, training): "স্ত্রীকে কুপিয়ে আত্মঘাতী বচসার জেরে স্ত্রীকে প্রথমে …": the
    # headline holds a participle (কুপিয়ে) and the body names its subject (স্ত্রী) again
    _, briefs = _digest_with_run_on_brief(
        "স্ত্রীকে কুপিয়ে আত্মঘাতী বচসার জেরে স্ত্রীকে প্রথমে কুড়ুল দিয়ে মেরে নিজের মাথায় কোপ মেরে আত্মহত্যা করেছেন এক "
        "চা শ্রমিক। মঙ্গলবার রাতে সামুকতলায় ঘটনাটি ঘটেছে। পুলিশ জানিয়েছে আহত হয়েছে দুই জন শ্রমিক বাগানের ভিতরে গিয়ে।",
        "স্ত্রীকে কুপিয়ে আত্মঘাতী")
    # a finite verb before the predicate: a sentence, not a headline ("পুলিশ জানিয়েছে আহত …")
    assert len(briefs) == 2


def test_a_run_on_headline_whose_count_the_body_gives_again_opens_a_brief():
    # Regression (1020123_23raj8, training): "৪ ছিনতাইবাজ ধৃত এক ব্যবসায়ীর কাছ থেকে … চার জন ধরা পড়েছে":
    # the body restates the headline's count (৪ = চার), so the headline opens a brief, and the arrest
    # is placed where the brief says (দেগঙ্গা), not at the previous brief's town
    analyzed, briefs = _digest_with_run_on_brief(
        "পরে হাসপাতালে তিনি মারা যান। "
        "৪ ছিনতাইবাজ ধৃত এক ব্যবসায়ীর কাছ থেকে টাকা ছিনতাই করে পালাতে গিয়ে চার জন ধরা পড়েছে। "
        "ঘটনাটি ঘটেছে সোমবার রাতে দেগঙ্গা থানার গোদার মোড়ে।", "৪ ছিনতাইবাজ ধৃত")
    arrest = one(analyzed.events, event_type="COERCE")
    assert near(arrest, 22.69, 88.68, km=15)  # Deganga
    assert len(briefs) == 2


def test_a_place_under_an_unknown_thana_of_a_known_town_is_inside_that_town():
    # Regression (1021102_2raj18, training): "কোচবিহারের কোতয়ালি থানার ধর্মতলায়" was Kolkata's
    # Dharmatala (Esplanade), 600 km away
    text = "শনিবার দুপুরে কোচবিহারের কোতয়ালি থানার ধর্মতলায় একটি বাড়িতে হানা দিয়ে পুলিশ দু’জনকে গ্রেফতার করেছে।"
    arrest = one(_every_event(text, "2002-11-03"), event_type="COERCE")
    assert near(arrest, 26.32, 89.45)  # Cooch Behar


def test_a_count_of_times_is_a_history_not_an_event():
    # Regression (bdn-243a0acc52, training): "এরশাদ সরকার বিরোধী আন্দোলনে খালেদা জিয়া গ্রেপ্তার হয়েছিলেন
    # তিনবার" (arrested three times) was an arrest on the publication day; the arrests told one by one stay
    text = "এরশাদ সরকার বিরোধী আন্দোলনে খালেদা জিয়া গ্রেপ্তার হয়েছিলেন তিনবার।"
    assert not _every_event(text, "2025-12-30")
    text = "খালেদা জিয়া তিনবার গ্রেপ্তার হন। ১৯৮৩ সালের ২৮ নভেম্বর প্রথম তাঁকে আটক করা হয়।"
    events = _every_event(text, "2025-12-30")
    assert [(e.event_type, e.date.value) for e in events] == [("COERCE", "1983-11-28")]


def test_a_verb_or_a_unit_after_a_town_is_no_village():
    # Regression (1020925_25raj9, 1021102_1raj14, training): "… হলেও" (although) and "অদূরে" (not far
    # from) after a town in the genitive were villages inside it
    analyzed = ghotona.analyze("শিলিগুড়ির অদূরে সেনা ছাউনিতে বিস্ফোরণে এক জনের মৃত্যু হয়েছে।", "2002-10-31")
    names = [e.text for e in analyzed.get("entities") if e.label == "LOC"]
    assert not any(n.startswith("অদূর") for n in names)
    analyzed = ghotona.analyze("মেটেলির হলেও এলাকায় আতঙ্ক ছড়িয়ে পড়ে।", "2002-09-25")
    assert not any(e.text.startswith("হলেও") for e in analyzed.get("entities"))


@pytest.mark.parametrize("text", ["শিলিগুড়ির টার্মিনাসে পুলিশ দুই যুবককে গ্রেফতার করেছে।",
                                  "পাণ্ডুয়ার বেলুনে একটি ট্রাক্টর উল্টে এক জনের মৃত্যু হয়েছে।"])
def test_a_common_word_after_a_town_is_no_village(text):
    # Regression (1020805_5raj32, 1020803_3raj18, training): টার্মিনাস, বেলুন named villages; the town
    # places the event
    analyzed = ghotona.analyze(text, "2002-08-04")
    assert not [e for e in analyzed.get("entities") if e.attrs.get("feature") == "village"]


def test_a_brief_told_at_its_byline_then_at_its_own_village_is_one_event_there():
    # Regression (1020421_21raj10, training): "গাড়িচালক খুন নিজস্ব সংবাদদাতা, বর্ধমান: …" named the
    # village only in the last sentence ("ইনচুরা গ্রামের কাছে … খুন করে", the village told before under
    # Balagarh): the killing stayed at the byline's Bardhaman, 55 km away
    text = DIGEST_OPENING + (
        "গাড়িচালক খুন নিজস্ব সংবাদদাতা, বর্ধমান: যাত্রী নামিয়ে পাণ্ডুয়া থেকে ফেরার পথে দুষ্কৃতীদের হাতে এক গাড়ি "
        "চালক খুন হয়েছেন। তাঁর নাম মদন আচার্য (৩৪)। বাড়ি কালনায়। কালনার এস ডি পি ও জানান, হুগলির বলাগড় "
        "থানা এলাকায় পাণ্ডুয়া-বলাগড় রোডের উপর ইনচুরা গ্রামের একটি কালভার্টের পাশে শুক্রবার তাঁর গলা কাটা দেহ "
        "উদ্ধার করা হয়। ওই ব্যক্তি বৃহস্পতিবার একটি গাড়িতে কয়েক জনকে চাপিয়ে কালনা থেকে বলাগড়ের দিকে রওনা "
        "হন। পুলিশের অনুমান, ইনচুরা গ্রামের কাছে দুষ্কৃতীরা তাঁকে খুন করে গাড়ি নিয়ে পালিয়ে যায়।")
    [killing] = [e for e in _every_event(text, None) if e.event_type == "ASSAULT"]
    assert killing.location.name == "ইনচুরা (Balagarh)"


def test_a_country_in_the_locative_before_a_hostage_word_is_where_not_who():
    # Regression (1041104_4bdesh7, training): "ইরাকে পণবন্দি এক বাংলাদেশি নাগরিক…" took Iraq as the
    # target (a role word follows it), left the event no place and lent it the byline's Dhaka
    [event] = [e for e in _every_event("ইরাকে পণবন্দি এক বাংলাদেশি নাগরিকের স্ত্রীর আবেদন সম্প্রচার করতে রাজি "
                                       "হয়েছে আল জাজিরা।", "2004-11-04") if e.event_type == "ASSAULT"]
    assert event.location.name == "Iraq"
    assert event.target is None or event.target.name != "Iraq"


def test_an_animal_or_a_storm_attack_is_no_assault():
    # Regressions (1070204_4bdesh4, 1020626_26raj19, training): "টর্নেডোর আক্রমণে … প্রাণ হারিয়েছেন",
    # "হামলা দাঁতালের", "বাড়ি ভাঙচুর করেছে দলছুট এক দাঁতাল" were coded as attacks
    types = {e.event_type for e in _every_event("টর্নেডোর আক্রমণে ফ্লোরিডায় প্রাণ হারিয়েছেন ১৯ জন।", "2007-02-04")}
    assert types == {"DISASTER"}
    events = _every_event("বাঁকুড়ার গ্রামে হামলা দাঁতালের। জয়পুর থানার চাতরা গ্রামে ৫টি বাড়ি ভাঙচুর করেছে "
                          "দলছুট এক দাঁতাল।", "2002-06-26")
    assert events and {(e.event_type, e.mode) for e in events} == {("ACCIDENT", "other")}


def test_the_older_spelling_of_a_collision_takes_the_same_context_rules():
    # Regression (1070710_10bdesh7, training): "বিমান দু'টির ডানায় সঙ্ঘর্ষ" (ঙ্ঘ for ংঘ) stayed a clash
    for spelling in ("সঙ্ঘর্ষ", "সংঘর্ষ"):
        text = f"বিমানবন্দরে অবতরণের আগে বিমান দুটির ডানায় {spelling} হওয়ায় দুটিই ভেঙে পড়ে।"
        assert {(e.event_type, e.mode) for e in _every_event(text, "2007-07-10")} == {("ACCIDENT", "air")}


def test_a_city_wrapped_in_security_is_a_deployment():
    # Regression (1070218_18bdesh4, dev): "ইসলামাবাদকে … কঠোর নিরাপত্তার চাদরে মুড়ে ফেলা হয়েছে" was missed
    [event] = _every_event("রাজধানী ইসলামাবাদকে কার্যত বিচ্ছিন্ন করে কঠোর নিরাপত্তার চাদরে মুড়ে ফেলা হয়েছে।",
                           "2007-02-18")
    assert (event.event_type, event.mode, event.location.name) == ("MOBILIZE", "police", "Islamabad")


def test_diplomatic_relations_cut_and_a_suspension_are_sanctions():
    # Regressions: 1050116_16bdesh2.pc (dev) "সব কূটনৈতিক সম্পর্ক বনধ করে দিয়েছে ইজরায়েল", written
    # with the legacy na + ZWNJ + dha, and 1020223_23raj4 "ওসিকে গুলি, এসআই সাসপেণ্ড"
    text = "কাল রাত থেকে প্যালেস্তাইনের সঙ্গে সব কূটনৈতিক সম্পর্ক বন\u200cধ করে দিয়েছে ইজরায়েল।"
    events = ghotona.extract(text, published="2005-01-16", options=Options(min_confidence=0))
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "discontinue")]
    events = ghotona.extract("ওসিকে গুলি, এসআই সাসপেণ্ড", published="2002-02-23", options=Options(min_confidence=0))
    assert ("SANCTION", "expel") in [(e.event_type, e.mode) for e in events]


def test_a_thing_classifier_before_a_person_noun_counts_people():
    # Regression (1030411_11bdesh5): "২২টি শিশু পুড়ে মারা যায়", "অন্তত ২৮টি শিশুর মৃত্যু" — children are
    # counted with টি; shells still are not people
    for text, dead in (("গত সোমবার একটি স্কুলবাড়িতে অগ্নিকাণ্ডে ২২টি শিশু পুড়ে মারা যায়।", 22),
                       ("রাশিয়ার একটি বোর্ডিং স্কুলে আগুন লেগে অন্তত ২৮টি শিশুর মৃত্যু ঘটেছে।", 28)):
        (event,) = ghotona.extract(text, published="2003-04-11", options=Options(min_confidence=0))
        assert event.fatalities.value == dead
    events = ghotona.extract("পুলিশ ১২টি টিয়ারশেল ছোড়ে, তাতে আহত হন অনেকে।", published="2003-04-11",
                             options=Options(min_confidence=0))
    assert all(e.injuries is None or e.injuries.value != 12 for e in events)


def test_a_toll_the_story_then_breaks_down_is_its_total():
    # Regression (1070213_13bdesh4.pc): "76 জন নিহত" before "… মারা যান 71 জন" and "… মৃত্যু হয়েছে
    # পাঁচ জনের" was a third bombing with 76 dead
    text = ("পর পর তিনটি বোমা ফাটল এ বার বাগদাদের দু'টি বাজারে। 76 জন নিহত হয়েছেন, আহত 150। "
            "পুলিশ জানিয়েছে, মধ্য বাগদাদের শোরজা পাইকারি বাজারে আজ সকালে দুটি গাড়িবোমা বিস্ফোরণে মারা যান 71 জন। "
            "বাব আল- শারজি বাজারে রাস্তার পাশে পেতে রাখা অন্য একটি বোমা ফেটে মৃত্যু হয়েছে পাঁচ জনের।")
    events = ghotona.extract(text, published="2007-02-13", options=Options(min_confidence=0))
    assert sorted(e.fatalities.value for e in events if e.event_type == "ASSAULT") == [5, 71]
    # a toll that is not the sum of what follows stays an event
    text = text.replace("76 জন", "80 জন")
    events = ghotona.extract(text, published="2007-02-13", options=Options(min_confidence=0))
    assert 80 in [e.fatalities.value for e in events if e.fatalities]



def test_a_clash_total_told_side_by_side_is_one_event():
    # Regression (1070604_4bdesh3.pc): "সঙ্ঘর্ষে রবিবার মোট 82 জনের মৃত্যু", then "30 জন সেনা প্রাণ হারান" and
    # "52 জন জঙ্গির মৃত্যু" told without a place of their own are the clash's sides, not two events
    # (they were, placed in the next brief's Yunnan)
    text = ("তামিল জঙ্গিদের সঙ্গে শ্রীলঙ্কা সেনার সঙ্ঘর্ষে রবিবার মোট 82 জনের মৃত্যু হয়েছে। "
            "এল টি টি ই-র মুখপাত্রের দাবি, কাল গভীর রাতে ভবুনিয়ায় সেনারা হামলা চালায়। "
            "সঙ্ঘর্ষে 30 জন সেনা প্রাণ হারান। "
            "পাল্টা আক্রমণে অন্তত 52 জন জঙ্গির মৃত্যু হয়েছে বলেও দাবি করেছেন সেনা মুখপাত্র।")
    events = ghotona.extract(text, published="2007-06-04", options=Options(min_confidence=0))
    assert [e.fatalities.value for e in events if e.event_type == "ASSAULT"] == [82]

def test_a_reporters_byline_town_refines_a_state_but_not_a_country():
    # Regression (1020904_4raj25): "নিজস্ব সংবাদদাতা বালুরঘাট … পশ্চিমবঙ্গ কারারক্ষী সমিতি … বিক্ষোভ" stayed
    # at West Bengal; the Dhaka correspondent's Bangladesh-wide cold wave stays in Bangladesh
    text = ("৪ সেপ্টেম্বর ২০০২ কারাগারে কর্মী-বিক্ষোভ নিজস্ব সংবাদদাতা বালুরঘাট "
            "পশ্চিমবঙ্গ কারারক্ষী সমিতি মঙ্গলবার থেকে বিক্ষোভ আন্দোলন শুরু করেছে।")
    assert _places_of(text, "2002-09-04", "PROTEST") == ["Bālurghāt"]
    text = ("১২ জানুয়ারি ২০০৪ বাংলাদেশে শীতে মৃত বেড়ে ৩২৭ নিজস্ব সংবাদদাতা ঢাকা "
            "প্রচণ্ড শীতে গত দু’সপ্তাহে বাংলাদেশে আরও সাত জনের মৃত্যু হয়েছে।")
    assert _places_of(text, "2004-01-12", "DISASTER") == ["Bangladesh"]


def test_a_sentence_opening_with_then_takes_the_date_before_it():
    # Regression (bdn-243a0acc52): "… জেলে গিয়েছিলেন ২০১৮ সালের আটই ফেব্রুয়ারি। তখন তার ১৭ বছরের সাজা হয় …"
    # dated the sentence to the week of publication
    text = ("আওয়ামী লীগ সরকারের সময়ে খালেদা জিয়া জেলে গিয়েছিলেন ২০১৮ সালের আটই ফেব্রুয়ারি। "
            "তখন তার ১৭ বছরের সাজা হয় দুর্নীতির দু'টি মামলায়।")
    events = ghotona.extract(text, published="2025-12-30", options=Options(min_confidence=0))
    assert [e.date.value for e in events if e.event_type == "SANCTION"] == ["2018-02-08"]
    # without the opener the sentence keeps its own reading
    events = ghotona.extract(text.replace("তখন ", ""), published="2025-12-30", options=Options(min_confidence=0))
    assert [e.date.value for e in events if e.event_type == "SANCTION"] != ["2018-02-08"]


def test_the_crime_an_arrest_is_for_is_no_event_of_its_own():
    # Regression (1020906_6raj24): "বজবজে পুরপতি খুনে ধৃত আরও ১" gave a murder besides the arrest
    for text in ("বজবজে পুরপতি খুনে ধৃত আরও ১", "ডাকাতির অভিযোগে তিন জন গ্রেফতার"):
        events = ghotona.extract(text, published="2002-09-06", options=Options(min_confidence=0))
        assert [e.event_type for e in events] == ["COERCE"], text
    # an attack told as such stays, beside the arrest
    events = ghotona.extract("দুষ্কৃতীরা পুরপতিকে খুন করে। পরে পুলিশ দু'জনকে গ্রেফতার করেছে।", published="2002-09-06",
                             options=Options(min_confidence=0))
    assert sorted(e.event_type for e in events) == ["ASSAULT", "COERCE"]


# --- session 15 regressions: crimes named as charges, self-immolation, the arrested's homes ------
def test_a_robbery_named_as_the_case_of_an_arrest_is_not_told_again():
    # "ট্রেন-ডাকাতির ঘটনায় ধৃত … যুবক …" (a youth arrested in the train-robbery case): the robbery
    # is the arrest's charge ("ঘটনায়", role_markers.tsv charge), no new ASSAULT
    events = _every_event("ট্রেন-ডাকাতির ঘটনায় ধৃত এক যুবক বুধবার হাসপাতালের পথে মারা যায়।", "2002-09-26")
    assert "ASSAULT" not in [e.event_type for e in events]


def test_a_crime_before_the_word_for_its_accused_is_a_charge():
    # "ডাকাতির ঘটনায় মূল অভিযুক্ত … গ্রেফতার": the accused of the robbery was arrested; the robbery
    # itself is not an event of this story (role_markers.tsv accused)
    events = _every_event("এক্সপ্রেসে ডাকাতির ঘটনায় মূল অভিযুক্ত যুবককে ঘুটিয়ারি শরিফ থেকে পুলিশ গ্রেফতার করে।",
                          "2002-09-26")
    types = [e.event_type for e in events]
    assert "ASSAULT" not in types and "COERCE" in types


def test_setting_oneself_on_fire_is_a_suicide_not_an_attack():
    # "গায়ে আগুন লাগিয়ে এক গৃহবধূ আত্মঘাতী হন": trigger_context.tsv আগুন লাগিয়ে + আত্মঘাতী = NONE
    assert "ASSAULT" not in _types("হাওড়ার বালি এলাকায় বুধবার গায়ে আগুন লাগিয়ে এক গৃহবধূ আত্মঘাতী হন।", "2002-09-26")
    # the same words with somebody else set on fire stay an attack
    assert "ASSAULT" in _types("দুষ্কৃতীরা বুধবার রাতে বালিতে একটি দোকানে আগুন লাগিয়ে দেয়।", "2002-09-26")


def test_the_homes_of_the_arrested_are_not_a_second_arrest():
    # "ধৃত চার জনেরই বাড়ি কালিয়াগঞ্জ থানার পঞ্চানন্দপুরে": the four arrested at Samsi live at
    # Panchanandapur; one arrest, at Samsi
    text = ("জাল টিকিট বিক্রির অভিযোগে বুধবার রাতে রতুয়ার সামসি স্টেশন থেকে চার জনকে গ্রেফতার করেছে রেল পুলিশ। "
            "ধৃত চার জনেরই বাড়ি কালিয়াগঞ্জ থানার পঞ্চানন্দপুরে।")
    arrests = [e for e in _every_event(text, "2002-08-23") if e.event_type == "COERCE"]
    assert len(arrests) == 1 and arrests[0].location.name == "Samsi"


def test_an_arrest_told_as_happening_several_times_is_background():
    # "কয়েকবার সে পুলিশের হাতে ধরাও পড়ে" (he was caught by the police several times): a history
    assert "COERCE" not in _types("কয়েকবার সে পুলিশের হাতে ধরাও পড়ে।", "2002-08-23")


def test_a_record_of_charges_is_no_event():
    # "… নামে রেল ডাকাতি, বাস ডাকাতি এবং খুনের বেশ কিছু অভিযোগ ছিল" (he had several charges of
    # robbery and murder against him): trigger_context.tsv cue অভিযোগ ছিল / রয়েছে = NONE
    assert "ASSAULT" not in _types("পুলিশ জানায়, ওই যুবকের নামে বাস ডাকাতি এবং খুনের বেশ কিছু অভিযোগ ছিল।", "2002-08-23")
    # a killing this story tells is not a record
    assert "ASSAULT" in _types("রবিবার রাতে গ্রামের এক যুবককে খুন করা হয়েছে।", "2002-08-23")


def test_west_bengal_flood_words_are_disasters():
    # জলবন্দি (West Bengal for পানিবন্দি), প্লাবন, জলমগ্ন, প্রবল বর্ষণ were missing from triggers.tsv
    text = "প্রবল বর্ষণে নদীর জল বেড়ে যাওয়ায় মন্তেশ্বর ব্লকের ২৫টি গ্রামের মানুষ জলবন্দি হয়ে পড়েছেন।"
    assert [e for e in _every_event(text, "2002-09-27") if e.event_type == "DISASTER"]
    text = "বুধবার শালি নদীর প্লাবনে এক সরকারি কর্মী তলিয়ে যান।"
    assert [e for e in _every_event(text, "2002-09-27") if e.event_type == "DISASTER"]


def test_the_short_word_for_an_earthquake_is_a_disaster():
    # ভূকম্প (Anandabazar's "ভূকম্পে মৃত ২৩৭") was missing beside ভূমিকম্প and ভূকম্পন
    events = _every_event("এল সালভাদরে গত কালের বিধ্বংসী ভূকম্পে মৃতের সংখ্যা বেড়ে দাঁড়িয়েছে ২৩৭।", "2001-02-15")
    quakes = [e for e in events if e.event_type == "DISASTER"]
    assert quakes and quakes[0].mode == "earthquake" and quakes[0].fatalities.value == 237


def test_a_snakebite_death_is_an_accident():
    # সর্পাঘাত (snakebite, West Bengal) beside সর্পদংশন and সাপের কামড়
    events = _every_event("শুক্রবার রাতে রতুয়া থানার পুকুরিয়া গ্রামে সর্পাঘাতে এক জন হোমগার্ডের মৃত্যু হয়েছে।", "2002-07-14")
    accidents = [e for e in events if e.event_type == "ACCIDENT"]
    assert accidents and accidents[0].fatalities.value == 1


def test_a_state_of_every_year_is_no_event():
    # "… চর এলাকার চার হাজার বাসিন্দা কার্যত জলবন্দি হয়ে থাকেন বছরভর": habitual (background_cues.tsv)
    text = "পাঁচ নদী দিয়ে ঘেরা ওই চর এলাকার প্রায় চার হাজার বাসিন্দা কার্যত জলবন্দি হয়ে থাকেন বছরভর।"
    assert not [e for e in _every_event(text, "2002-09-26") if e.event_type == "DISASTER"]


def test_a_sentence_for_a_conviction_that_may_come_is_no_event():
    # "দোষী সাব্যস্ত হলে পনেরো বছর জেল হতে পারে তাঁর": the conviction is a condition of what may
    # follow; a -লে form before a past main verb stays 'when' and the event stays
    events = _every_event("দোষী সাব্যস্ত হলে পনেরো বছর জেল হতে পারে তাঁর।", "2005-06-15")
    assert not [e for e in events if e.event_type == "SANCTION"]
    events = _every_event("সমাবেশ শেষ হলে পুলিশ মিছিলে লাঠিচার্জ করে।", "2005-06-15")
    assert [e for e in events if e.event_type in ("ASSAULT", "PROTEST")]


def test_each_town_of_a_list_before_the_trigger_is_an_event_of_its_own():
    # Regression: the copy for ইসলামপুর merged straight back into the ডালখোলা event (same
    # district), so a raid in two towns 45 km apart came out as one
    text = "বৃহস্পতিবার রাতে উত্তর দিনাজপুর জেলার ইসলামপুর ও ডালখোলায় তল্লাশি চালিয়ে বেআইনি শব্দবাজি আটক করে পুলিশ।"
    places = sorted(e.location.name for e in _every_event(text, "2002-11-02") if e.event_type == "COERCE")
    assert places == ["Dalkhola", "Islāmpur"]
    # a list after the trigger tells what followed: one fire, a blackout in the towns
    text = "বিদ্যুতের সাব স্টেশনে আগুন লাগায় সোমবার রাত থেকে জয়নগর, ক্যানিং ও কাকদ্বীপে অন্ধকার নেমে আসে।"
    assert len([e for e in _every_event(text, "2002-08-14") if e.event_type == "ACCIDENT"]) == 1
    # ...but a natural hazard strikes each place of the list after it (ACLED: one event per place;
    # 1050329_29bdesh1, dev, codes the earthquake in each country it names)
    text = "ভূমিকম্পে ইন্দোনেশিয়া, মালয়েশিয়া ও থাইল্যান্ডে কিছু ক্ষয়ক্ষতি হয়েছে।"
    places = sorted(e.location.name for e in _every_event(text, "2005-03-29") if e.event_type == "DISASTER")
    assert places == ["Indonesia", "Malaysia", "Thailand"]


def test_a_brief_printed_twice_on_a_digest_page_is_one_story(ednil):
    # 1021102_2raj18 prints the Suri brief ("রাজ্যের বিরুদ্ধে সরব গুরুদাস", নিজস্ব সংবাদদাতা, সিউড়ি)
    # twice, the second time with small edits; its rally is one event, not one per printing
    events = _events(ednil, "1021102_2raj18", Options(min_confidence=0))
    rallies = [e for e in events if e.event_type == "PROTEST" and e.location and e.location.name == "Suri"]
    assert len(rallies) == 1


def test_derailment_and_drowning_words():
    # বেলাইন (West Bengal: derailed) and তলিয়ে (swept under) were missing; a flood's তলিয়ে is the flood's
    events = _every_event("রবিবার হাওড়া স্টেশনের কাছে লোকাল ট্রেনের দু’টি বগি বেলাইন হয়।", "2002-09-30")
    assert [e.mode for e in events if e.event_type == "ACCIDENT"] == ["rail"]
    events = _every_event("নীলুকে বাঁচাতে গিয়ে তার দিদি শাবানাও দিঘার সমুদ্রে তলিয়ে যান।", "2002-05-31")
    assert [e.mode for e in events if e.event_type == "ACCIDENT"] == ["drowning"]
    events = _every_event("বুধবার শালি নদীর প্লাবনে তলিয়ে যান এক সরকারি কর্মী।", "2002-09-27")
    assert [e.event_type for e in events] == ["DISASTER"]


def test_a_place_told_with_also_is_one_more_event():
    # "কাকদ্বীপ এলাকাতেও ঝড়ে …" (in the Kakdwip area too): the storm at one more place, not more of
    # the Sarishahat storm death told two sentences before (same district, some 25 km apart)
    text = ("বৃহস্পতিবার সন্ধ্যায় কালবৈশাখী ঝড়ে ডায়মণ্ডহারবারের সরিষাহাটে মাটির বাড়ি চাপা পড়ে একজনের মৃত্যু হয়েছে। "
            "বড় গাছ রাস্তায় পড়ে ডায়মণ্ডহারবার রোডও বন্ধ হয়ে যায়। "
            "কাকদ্বীপ এলাকাতেও ঝড়ে বেশ কয়েকটি কাঁচা বাড়ি ভেঙে পড়েছে।")
    storms = [e for e in _every_event(text, "2002-05-03") if e.event_type == "DISASTER"]
    assert len(storms) == 2 and "Kakdwip" in [e.location.name for e in storms]


@pytest.mark.parametrize("text, published, fatalities", [
    # bdn-4764d282bd: "একজন" opens the clause, the verb comes ten words later
    ("এর মধ্যে বিহারে একজন মুসলমান ফেরিওয়ালা তার ধর্মীয় পরিচয়ের কারণে গণপিটুনির শিকার হয়ে হাসপাতালে মারা যান।",
     "2025-12-24", 1),
    # 1041104_4bdesh7.pc: a passive verb phrase first, its one victim after it
    ("মাথা কেটে হত্যা করা হয়েছে ইরাকি সেনার পদস্থ অফিসার হুসেন শুনুনকে।", "2004-11-04", 1),
    # 1031211_11bdesh2: "ছয় শিশু-সহ মোট আট জন" — the part is six, the dead are eight
    ("এ বার দক্ষিণ-পূর্ব আফগানিস্তানে মার্কিন সেনাবাহিনীর হামলায় নিহত হলেন ছয় শিশু-সহ মোট আট জন।", "2003-12-11", 8),
    ("হামলায় দুই শিশুসহ পাঁচ জন নিহত হয়েছেন।", "2003-12-11", 5),
    ("হামলায় দুই শিশুসহ নিহত হয়েছেন অনেকে।", "2003-12-11", 2),  # no total given: at least the part
])
def test_one_victim_and_a_total_after_its_part(text, published, fatalities):
    [event] = [e for e in _every_event(text, published) if e.event_type == "ASSAULT"]
    assert event.fatalities is not None and event.fatalities.value == fatalities


def test_one_of_a_group_that_is_someone_else_is_not_the_dead():
    # 1101226_26bdesh1: "এক জন মহিলা আত্মঘাতী জঙ্গির হামলায় এত জনের মৃত্যু" — the one is the bomber
    text = "কিন্তু তাৎপর্যের বিষয়, এই প্রথম এক জন মহিলা আত্মঘাতী জঙ্গির হামলায় এত জনের মৃত্যু ঘটল এ দেশে।"
    assert [e.fatalities.value for e in _every_event(text, "2010-12-26") if e.fatalities] in ([], [None])
    # নিহত takes no object: "নিহতদের প্রত্যেকের পরিবারকে" are their families, not one more dead
    text = "নৌ দুর্ঘটনায় নিহতদের প্রত্যেকের পরিবারকে সরকারের পক্ষ থেকে দেড় লাখ টাকা দেয়ার কথা জানিয়েছেন উপদেষ্টা।"
    assert [e.fatalities.value for e in _every_event(text, "2025-12-27") if e.fatalities and e.fatalities.value]  == []


def test_a_raid_on_a_police_post_is_an_attack():
    # 1031012_12bdesh7: "মাওবাদী গেরিলারা … পুলিশ চৌকিতে হানা দিলে" was read as a police raid (COERCE)
    text = "মাওবাদী গেরিলারা পশ্চিম নেপালের একটি পুলিশ চৌকিতে হানা দিলে কমপক্ষে ৩৭ জন গেরিলা ও তিন জন পুলিশের মৃত্যু হয়েছে।"
    events = _every_event(text, "2003-10-12")
    assert [(e.event_type, e.fatalities.value) for e in events] == [("ASSAULT", 40)]
    assert [e.event_type for e in _every_event("পুলিশ গ্রামে হানা দিয়ে তিন জনকে গ্রেফতার করেছে।", "2003-10-12")] == ["COERCE"]


def test_two_towns_of_one_country_far_apart_are_two_events():
    # 1041013_13bdesh1.pc: the air raid on Fallujah merged into the killing near Baghdad two
    # sentences before (57 km apart, both cities without a district in the gazetteer)
    text = ("বাগদাদের খবর, জঙ্গিদের হাতে নিহত ব্রিটিশ পণবন্দি কেনেথ বিগলের দেহ বাগদাদের কাছে ফেলে যাওয়া হয়েছে। "
            "বাগদাদে ব্রিটিশ দূতাবাসও এ সম্পর্কে কিছু জানে না। "
            "ফালুজায় মার্কিন বিমান হানায় গুঁড়িয়ে গিয়েছে একটি নামী রেস্তোরাঁ, মারা গিয়েছেন দু'জন নিরাপত্তা রক্ষী।")
    attacks = [e for e in _every_event(text, "2004-10-13") if e.event_type == "ASSAULT"]
    assert sorted(e.location.name for e in attacks) == ["Al Fallūjah", "Baghdad"]
    assert [e.fatalities.value for e in attacks if e.location.name == "Al Fallūjah"] == [2]


@pytest.mark.parametrize("text, expected", [
    # 1101226_26bdesh1, bdn-1f59dd84d3, 1050220_20bdesh1.pc: বিধ্বস্ত alone is 'devastated', 'routed'
    ("পাকিস্তানি সেনার সঙ্গে তালিবান জঙ্গিদের যুদ্ধে অশান্ত ও বিধ্বস্ত ওই এলাকার অনেকে আশ্রয়হীন অবস্থায় আছেন।", []),
    ("প্রথম ম্যাচেই তারা বিধ্বস্ত হয়েছে নবাগত দলের কাছে।", []),
    ("বিধ্বস্ত অঞ্চল ঘুরে দেখে ক্লিন্টন বলেন, সব দেখে তবে বুঝতে পারব।", []),
    # … and a crash when a plane or a helicopter is
    ("সোমবার সকালে সেনাবাহিনীর একটি হেলিকপ্টার বিধ্বস্ত হয়ে দুই জন নিহত হয়েছেন।", [("ACCIDENT", "air")]),
    ("কাবুলের কাছে একটি কপ্টার বিধ্বস্ত হয়েছে।", [("ACCIDENT", "air")]),
])
def test_devastated_is_a_crash_only_with_an_aircraft(text, expected):
    assert [(e.event_type, e.mode) for e in _every_event(text, "2010-12-26")] == expected


def test_an_earlier_step_of_the_story_is_an_event():
    # 1021102_2raj18, bdn-df67b91bcc: "এর আগে …" opens the story's own earlier step, which the gold
    # codes; a habitual or previous-times past stays background
    text = "বুধবার ব্যান্ডেলে এক ব্যবসায়ীকে গুলি করে দুষ্কৃতীরা। এর আগে তাঁকে খুন করার হুমকি দেওয়া হয়।"
    assert "THREATEN" in [e.event_type for e in _every_event(text, "2002-11-02")]
    assert _every_event("ইতিপূর্বে তিনি কয়েকবার গ্রেফতার হয়েছিলেন।", "2002-11-02") == []


def test_a_brief_printed_again_under_another_headline_is_one_story(ednil):
    # 1021102_2raj18 prints the Kushmandi brief (নিজস্ব সংবাদদাতা, বালুরঘাট) twice, under "সালিশি সভায়
    # আক্রান্ত দুই ভাই" and again under "বালুরঘাটে সংঘর্ষ" with a word added; the second printing
    # made a second assault (at the byline town)
    events = _events(ednil, "1021102_2raj18", Options(min_confidence=0))
    assaults = [e.location.name for e in events if e.event_type == "ASSAULT" and e.location
                and e.location.name in ("Bālurghāt", "লোহাগঞ্জ (Kushmandi)")]
    assert assaults == ["লোহাগঞ্জ (Kushmandi)"]


@pytest.mark.parametrize("text, published, event_type, field, value", [
    # 1020805_5raj32: husband and wife are two dead, though no number is written
    ("মাঠে কাজ করতে গিয়ে বজ্রপাতে মৃত্যু হয়েছে স্বামী-স্ত্রী’র।", "2002-08-05", "DISASTER", "fatalities", 2),
    ("বজ্রপাতে এক দম্পতির মৃত্যু হয়েছে।", "2002-08-05", "DISASTER", "fatalities", 2),
    # 1060219_19bdesh5: a couple arrested is two arrests
    ("ওই দম্পতিকে গ্রেফতার করেছে পুলিশ।", "2006-02-19", "COERCE", "arrests", 2),
    # 1020103_3raj7: headline order, the dead after the cue in two groups
    ("ঘুমঘোরে পুড়ে মৃত্যু বাবা-মা ও দুই শিশুর।", "2002-01-03", "ACCIDENT", "fatalities", 4),
    # 1010217_17bdesh2: two groups "সহ মোট ১৫": the total, not the first group (was 3)
    ("আর তাতেই পদপিষ্ট হয়ে মারা গেলেন ৩ শিশু ও ৯ মহিলা সহ মোট ১৫ জন।", "2001-02-17", "ACCIDENT", "fatalities", 15),
    # a vague quantity that names its magnitude: at least a thousand
    ("হাইতির ভূমিকম্পে কয়েক হাজার মানুষের মৃত্যু হয়েছে।", "2010-01-14", "DISASTER", "fatalities", 1000),
    # a number before an inflected person noun counts people (count_nouns.tsv), not sides
    ("আগুনে পুড়ে দুই সন্তানের মৃত্যু হয়েছে।", "2002-01-03", "ACCIDENT", "fatalities", 2),
    # 1021103_3raj2
    ("এলাকায় তল্লাশি চালিয়ে শনিবার ভোরে পাঁচ দুষ্কৃতীকে পুলিশ গ্রেফতার করেছে।", "2002-11-03", "COERCE", "arrests", 5),
    ("বাসের চাপায় দুই স্কুলছাত্রীর মৃত্যু হয়েছে।", "2025-12-30", "ACCIDENT", "fatalities", 2),
])
def test_groups_of_people_are_counted(text, published, event_type, field, value):
    [event] = [e for e in _every_event(text, published) if e.event_type == event_type]
    assert getattr(event, field) is not None and getattr(event, field).value == value


@pytest.mark.parametrize("text, field, value", [
    # a bare singular noun for one kind of person is one victim (one_person_words.tsv)
    ("বেপরোয়া গতির বাসের চাপায় স্কুলছাত্রী নিহত হয়েছে।", "fatalities", 1),
    ("বাসের চাপায় এক পথচারীর মৃত্যু হয়েছে।", "fatalities", 1),
    ("ট্রাকের ধাক্কায় পথচারীর মৃত্যু হয়েছে।", "fatalities", 1),
    ("ট্রাকের ধাক্কায় তিন যুবকের মৃত্যু হয়েছে।", "fatalities", 3),  # a number first
    ("সংঘর্ষের সময় বাসের ধাক্কায় যুবকরা আহত হয়েছেন।", "injuries", None),  # plural
])
def test_a_bare_singular_victim_is_one(text, field, value):
    events = [e for e in _every_event(text, "2025-12-30") if e.event_type == "ACCIDENT"]
    assert len(events) == 1 and getattr(events[0], field) is not None
    assert getattr(events[0], field).value == value


def test_a_number_before_another_cue_counts_that_cue():
    # 1010423_23desh6: "লোন নিহত ও ২৫ জন জখম" counted 25 dead and no injured
    text = "সোপোর শহরে থানার কাছে এক শক্তিশালী বোমা বিষ্ফোরণে মহম্মদ আশরফ লোন নিহত ও ২৫ জন জখম হয়েছেন।"
    [event] = _every_event(text, "2001-04-23")
    assert event.injuries is not None and event.injuries.value == 25
    assert event.fatalities is None or event.fatalities.value != 25
    # 1020416_16raj11: "গুলিবিদ্ধ হয়ে এক জনের মৃত্যু": the one shot dead is no injured
    text = "সংঘর্ষে গুলিবিদ্ধ হয়ে এক জনের মৃত্যু হয়েছে।"
    [event] = _every_event(text, "2002-04-16")
    assert event.fatalities.value == 1 and (event.injuries is None or event.injuries.value is None)


def test_a_town_named_in_full_is_not_a_genitive():
    # 1010423_23desh6: the splitter reads সোপোর as সোপো + র (a genitive), so the district before it
    # ("বারামুল্লা জেলায়") won the event
    text = "বারামুল্লা জেলায় সোপোর শহরে বোমা বিস্ফোরণে একজন নিহত হয়েছেন।"
    [event] = _every_event(text, "2001-04-23")
    assert event.location.name == "Sopur"
    # a village takes its upazila's coordinates, not its case (1020503_3raj15)
    text = "বৃহস্পতিবার সন্ধ্যায় তীব্র ঝড়ে হলদিয়ার সুতাহাটা থানার দেউলপোতা গ্রামে মাটির পাঁচিলের তলায় চাপা পড়ে দু'জনের মৃত্যু হয়েছে।"
    [event] = _every_event(text, "2002-05-03")
    assert event.location.name.startswith("দেউলপোতা")


def test_a_count_after_a_demonstrative_names_the_dead_already_told():
    # Regression (1050528_28bdesh7, dev): "পরে সংঘর্ষে ওই পাঁচ জন মারা যায়" (later those five died in
    # the clash) is five of the six the brief had told dead, not a second attack with its own toll
    text = ("বাংলাদেশ রাইফেলসের জওয়ানদের গুলিতে নিহত হল ছয় জন। বিডিআরের বক্তব্য, নিহতদের মধ্যে পাঁচ জনই "
            "ভারতীয় জঙ্গি। পরে সংঘর্ষে ওই পাঁচ জন মারা যায়।")
    attacks = [e for e in _every_event(text, "2005-05-28") if e.event_type == "ASSAULT"]
    assert [e.fatalities.value for e in attacks] == [6]
    # without the demonstrative, five more dead are another toll, told apart
    other = text.replace("ওই পাঁচ জন", "আরও পাঁচ জন")
    assert len([e for e in _every_event(other, "2005-05-28") if e.event_type == "ASSAULT"]) == 2


def test_an_aircraft_that_fell_to_pieces_crashed():
    # Regression (1040104_4bdesh8): "বিমান … ভেঙে পড়ে" (the plane broke up) tells an air crash, with
    # its dead; the same verb after tears or a storm's houses is no accident of its own
    crash = _every_event("একটি মিশরীয় বোয়িং বিমান আজ লোহিতসাগরে ভেঙে পড়ে ৬-জন বিমান কর্মী-সহ ১৩৫ জন "
                         "যাত্রীই মারা গিয়েছেন।", "2004-01-04")
    assert [(e.event_type, e.mode, e.fatalities.value) for e in crash] == [("ACCIDENT", "air", 135)]
    assert _every_event("মায়ের লাশ দেখে কান্নায় ভেঙে পড়েন তিনি।", "2004-01-04") == []


def test_the_next_day_is_the_day_after_the_date_told_before():
    # Regression (1020814_14raj20, dev): "পর দিন পুলিশ গিয়ে … গ্রেফতার করা হয়" (the next day the police
    # arrested him) is the day after the killing the text dated two sentences before, not the day
    # the court sat
    text = ("মঙ্গলবার হাওড়ার আদালত গফ্ফর লস্কর নামে ওই দুষ্কৃতীকে যাবজ্জীবন কারাদণ্ড দিয়েছে। আদালত সূত্রে জানা "
            "গিয়েছে, ১৯৯৭ সালের ১১ মে ডোমজুড় থানা এলাকার বাসিন্দা শাহিদকে খুন করে গফ্ফর। তারপর তাঁর দেহ "
            "মাটিতে পুঁতে দেয়। পর দিন পুলিশ গিয়ে শাহিদের মৃতদেহ উদ্ধার করে এবং গফ্ফরকে গ্রেফতার করা হয়।")
    [arrest] = [e for e in _every_event(text, "2002-08-14") if e.event_type == "COERCE"]
    assert arrest.date.value == "1997-05-12"


@pytest.mark.parametrize("text, dead", [
    # Regression (1020321_21raj9, dev): "গুলি করে মারে" (shot dead) with its victim before it
    ("মঙ্গলবার মালদহে বি এস এফ এক কিশোরকে বিনা প্ররোচনায় গুলি করে মারে।", 1),
    ("পুলিশ দুই যুবককে গুলি করে মেরেছে।", 2),
    # the victim after the verb; the killers before it are no count
    ("দুষ্কৃতীরা গুলি করে মারে এক ব্যবসায়ীকে।", 1),
])
def test_shot_or_beaten_to_death_counts_its_victims(text, dead):
    [attack] = _every_event(text, "2002-03-21")
    assert attack.event_type == "ASSAULT" and attack.fatalities.value == dead


def test_one_toll_at_one_place_a_day_apart_is_one_accident_told_twice():
    # Regression (1030529_29bdesh2, training): the paper's "বুধবার" and the wire's "আজ সকাল" date one
    # helicopter crash with two dead at Everest base camp: one event, not two
    text = ("এভারেস্টের বেসক্যাম্পে বুধবার একটি হেলিকপ্টার ভেঙে পড়ায় দু’জন মারা গিয়েছেন। জখম হন ৬ জন। "
            "রয়টার্স জানিয়েছে, এভারেস্ট বেস ক্যাম্পের কাছে আজ সকালে একটি হেলিকপ্টার ভেঙে পড়ায় দু’জন নেপালি মারা গিয়েছেন।")
    assert [(e.event_type, e.fatalities.value) for e in _every_event(text, "2003-05-29")] == [("ACCIDENT", 2)]
    # ...but one killing a day in one town is a series of killings
    series = ("রানাঘাটে সোমবার রাতে দুষ্কৃতীদের হাতে এক রিকশাচালক খুন হন। "
              "রানাঘাটে গত রবিবার দুষ্কৃতীদের হাতে এক ব্যবসায়ী খুন হন।")
    assert len([e for e in _every_event(series, "2002-08-21") if e.event_type == "ASSAULT"]) == 2


@pytest.mark.parametrize("text,coded", [
    # found reading bdnews articles outside the gold (bdn-76b2066903, bdn-f362a91049, bdn-58f91dc265,
    # bdn-14e6f84d71, bdn-8965449118): security stepped up with the verb first, rail sabotage; politics
    # "hijacked", a conviction as the cause of a disqualification, a "motivated" verdict are no events
    ("এমন খবরে কার্যালয় ও আশপাশের এলাকায় জোরদার করা হয়েছে নিরাপত্তা ব্যবস্থা।", [("MOBILIZE", "police")]),
    ("ময়মনসিংহের গফরগাঁওয়ে রেললাইনের স্লিপার কেটে ফেলার ঘটনায় ট্রেন চলাচল বন্ধ ছিল।", [("ASSAULT", "destroy")]),
    ("এভাবেই রাজনীতিটা সাধারণ মানুষের হাত থেকে ছিনতাই হয়ে মুষ্টিমেয় কিছু সিন্ডিকেটের হাতে চলে যায়।", []),
    ("কিন্তু দুর্নীতির মামলায় দণ্ডিত হবার কারণে নির্বাচনে অযোগ্য হয়ে পড়েন তিনি।", []),
    ("বেগম জিয়াকে যে মামলায় সাজা দেওয়া হয়েছে তা সম্পূর্ণভাবে উদ্দেশ্যপ্রণোদিতভাবে দেওয়া হয়েছে।", []),
])
def test_wordings_found_outside_the_gold(text, coded):
    assert [(e.event_type, e.mode) for e in _every_event(text, "2025-12-30")] == coded


def test_bail_for_the_arrested_is_not_a_new_arrest():
    # Regression (1021029_29raj25, training): "… মৃত্যুর ঘটনায় ধৃত চিকিৎসকের সোমবারেও জামিন হয়নি" tells
    # the bail of a doctor arrested before, not an arrest on Monday
    text = "শহরের একটি নার্সিংহোমে চিকিৎসায় গাফিলতির জেরে এক রোগীর মৃত্যুর ঘটনায় ধৃত চিকিৎসকের সোমবারেও জামিন হয়নি।"
    assert _types(text, "2002-10-29") == []
    assert _types("বর্ধমানে সোমবার এক চিকিৎসককে গ্রেফতার করেছে পুলিশ।", "2002-10-29") == ["COERCE"]


@pytest.mark.parametrize("text, dead", [
    # Regression (1020811_11raj16, training): the headline's risen toll, not the body's one more dead
    ("ট্রেকার দুর্ঘটনায় মৃত বেড়ে ২। চণ্ডীপুরে শুক্রবার সন্ধ্যায় ট্রেকার দুর্ঘটনায় আরও এক কংগ্রেস কর্মীর মৃত্যু হয়েছে।", 2),
    # one more body found is not the toll; the toll as it has risen is (probe BD3-13)
    ("মেঘনায় ট্রলারডুবির ঘটনায় আরও একজনের লাশ উদ্ধার করা হয়েছে। এতে ট্রলারডুবিতে মৃতের সংখ্যা বেড়ে সাতজনে দাঁড়াল।", 7),
])
def test_an_accident_s_toll_is_its_risen_total_not_one_more(text, dead):
    (event,) = [e for e in _every_event(text, "2002-08-11") if e.event_type == "ACCIDENT"]
    assert event.fatalities.value == dead



@pytest.mark.parametrize("text, dead", [
    # "গত মাসে" alone is last month, a date: the event's own toll (probe WB3-01)
    ("আর গত মাসে ইসলামাবাদে জেলা আদালতের বাইরে আত্মঘাতী বিস্ফোরণে নিহত হন ১২ জন।", 12),
    # "গত ছয় মাসে" is a span: a running toll, no event's (cumulative_periods.tsv)
    ("গত ছয় মাসে ইসলামাবাদে আত্মঘাতী বিস্ফোরণে নিহত হয়েছেন ১২০ জন।", None),
    # a toll of a list of places is no single place's (1050219_19bdesh4.pc, training)
    ("গত বছরেও এই দিনটিতে কারবালা ও বাগদাদে আত্মঘাতী বিস্ফোরণে 170 জন মারা গিয়েছিলেন।", None),
])
def test_last_month_is_a_date_a_span_of_months_a_running_toll(text, dead):
    tolls = [e.fatalities.value if e.fatalities else None for e in _every_event(text, "2005-02-19")
             if e.event_type == "ASSAULT"]
    assert tolls == [dead] if dead else not any(tolls)


def test_a_plot_a_compensation_and_a_rammed_bomb():
    """Probe WB3-01: "হামলার ছক কষছে" is a plot, no attack (modality_cues.tsv); "নিহতদের পরিবারপিছু এক
    কোটি টাকা" counts no dead (এক starts a larger number); a car of explosives rammed into a gate is
    the attack, no road accident (trigger_context.tsv)."""
    assert not _every_event("ইসলামাবাদের অভিযোগ, আফগানিস্তানের মাটিতে বসেই হামলার ছক কষছে জঙ্গিরা।", "2025-12-31")
    [event] = [e for e in _every_event("বন্নুতে আত্মঘাতী হামলা হয়েছে। মুখ্যমন্ত্রী হামলার নিন্দা করে নিহতদের "
                                        "পরিবারপিছু এক কোটি টাকা ক্ষতিপূরণের কথা ঘোষণা করেছেন।", "2025-12-31")
               if e.event_type == "ASSAULT"]
    assert event.fatalities is None or event.fatalities.value != 1
    rammed = _every_event("বিস্ফোরক-বোঝাই একটি গাড়ি নিয়ে ফাঁড়ির মূল ফটকে ধাক্কা মারে এক জঙ্গি।", "2025-12-31")
    assert [e.event_type for e in rammed] == ["ASSAULT"]


def test_a_total_over_districts_gives_way_to_each_place_s_own_toll():
    """Probe WB3-16: "বাজ পড়ে তিন জেলায় মৃত্যু হয়েছে চার জনের" (and the headline's "মৃত চার") total three
    districts' events; Debra's is its own two, and "বাজের আঘাতে" tells Pursurah's one."""
    text = ("বাজ পড়ে মৃত চার\nনিজস্ব প্রতিবেদন\nসোমবার বিকেল থেকে দক্ষিণের কয়েকটি জেলায় বৃষ্টি হয়। বাজ পড়ে তিন জেলায় "
            "মৃত্যু হয়েছে চার জনের। পশ্চিম মেদিনীপুরের ডেবরা থানার একটি গ্রামে বিকেল চারটে নাগাদ বাজ পড়ে মৃত্যু হয় "
            "দু’জন খেতমজুরের। বাঁকুড়ার কোতুলপুরে বাজ পড়ে মৃত্যু হয় এক কিশোরের। হুগলির পুরশুড়ায় বাজের আঘাতে মৃত্যু "
            "হয় এক প্রৌঢ়ের। নিহতদের পরিবারপিছু দু’লক্ষ নেপালি টাকা সাহায্যের ঘোষণা হয়েছে।")
    tolls = {e.location.name: e.fatalities.value if e.fatalities else None
             for e in _every_event(text, "2025-12-31") if e.event_type == "DISASTER"}
    assert tolls == {"Debra": 2, "Kotulpur": 1, "Pursurah": 1}


def test_a_winter_page_s_fire_warming_season_toll_and_one_helper():
    """Probe BD3-15: "খড়কুটো জ্বালিয়ে আগুন পোহানোর সময় দগ্ধ" is an accident while warming, no arson;
    "এ মৌসুমে … সাতজনের মৃত্যু" is the season's running toll, not hers; "বাসের চালকের সহকারী নিহত" is
    one dead; "চালক ও খালাসি জখম হন" is not one (1020131_31raj6, training)."""
    fire = _every_event("নীলফামারীর ডিমলা উপজেলায় খড়কুটো জ্বালিয়ে আগুন পোহানোর সময় দগ্ধ হয়ে রহিমা খাতুন (৬৫) নামের "
                        "এক নারী মারা গেছেন। এ মৌসুমে এভাবে দগ্ধ হয়ে সাতজনের মৃত্যু হয়েছে।", "2025-12-31")
    assert [(e.event_type, e.fatalities.value if e.fatalities else None) for e in fire] == [("ACCIDENT", 1)]
    [crash] = _every_event("বগুড়ার শেরপুর উপজেলায় দাঁড়িয়ে থাকা একটি ট্রাকের পেছনে যাত্রীবাহী বাসের ধাক্কায় বাসের "
                           "চালকের সহকারী নিহত এবং অন্তত ১২ যাত্রী আহত হয়েছেন।", "2025-12-31")
    assert (crash.fatalities.value, crash.injuries.value) == (1, 12)
    [tanker] = _every_event("শান্তিপুরে গ্যাসবাহী ট্যাঙ্কারটি রাস্তায় উল্টে যায়। তাতে চালক ও খালাসি জখম হন।", "2002-01-30")
    assert tanker.injuries is None or tanker.injuries.value != 1


def test_a_death_under_treatment_days_later_is_the_accident_s():
    """Probe BD3-15: a woman burned on Thursday dies under treatment yesterday: one accident, dated
    Thursday, and she is its one dead ("রহিমা খাতুন (৬৫) নামের এক নারী … মারা গেছেন")."""
    text = ("এদিকে নীলফামারীর ডিমলা উপজেলায় খড়কুটো জ্বালিয়ে আগুন পোহানোর সময় দগ্ধ হয়ে রহিমা খাতুন (৬৫) নামের এক "
            "নারী গতকাল রংপুর মেডিকেল কলেজ হাসপাতালে চিকিৎসাধীন অবস্থায় মারা গেছেন। গত বৃহস্পতিবার সকালে বাড়ির "
            "উঠানে আগুন পোহানোর সময় তাঁর গায়ের চাদরে আগুন ধরে যায়।")
    events = [e for e in _every_event(text, "2025-12-31") if e.event_type == "ACCIDENT"]
    assert [(e.date.value, e.fatalities.value) for e in events] == [("2025-12-25", 1)]


def test_an_accident_pointing_back_at_a_disaster_is_its_consequence():
    """Probe BD3-16: "… পাহাড়ধসে … মৃত্যু হয়েছে। … মাটি ধসে পড়ে। এতে ঘরের ভেতরে থাকা পাঁচজন চাপা পড়েন।":
    the crushing is the landslide's, no accident of its own."""
    text = ("কক্সবাজারের উখিয়ায় রোহিঙ্গা শিবিরে পাহাড়ধসে তিনজনের মৃত্যু হয়েছে। ভোরে ঘুমন্ত অবস্থায় ঝুপড়িঘরের ওপর "
            "পাহাড়ের মাটি ধসে পড়ে। এতে ঘরের ভেতরে থাকা পাঁচজন চাপা পড়েন।")
    assert [e.event_type for e in _every_event(text, "2025-12-31")] == ["DISASTER"]


def test_a_follow_up_by_bodies_found_is_the_accident_of_its_own_day():
    """Probe BD3-13: a headline of the rising toll, bodies found on Tuesday, then "গত রোববার … দুর্ঘটনাটি
    ঘটে": one accident, on Sunday, with the risen toll."""
    text = ("মেঘনায় ট্রলারডুবি: আরও একজনের লাশ উদ্ধার, মৃত বেড়ে ৭\nমুন্সীগঞ্জ প্রতিনিধি\nমুন্সীগঞ্জের গজারিয়া উপজেলায় "
            "মেঘনা নদীতে ট্রলারডুবির ঘটনায় আরও একজনের লাশ উদ্ধার করা হয়েছে। গতকাল মঙ্গলবার সকালে লাশটি ভেসে ওঠে। "
            "গত রোববার সন্ধ্যায় উপজেলার ভবেরচর ইউনিয়নের কালীপুরা খেয়াঘাটের কাছে দুর্ঘটনাটি ঘটে। ঘটনার রাতেই "
            "চারজনের লাশ উদ্ধার করা হয়।")
    events = [e for e in _every_event(text, "2025-12-31") if e.event_type == "ACCIDENT"]
    assert [(e.date.value, e.fatalities.value) for e in events] == [("2025-12-28", 7)]


def test_a_building_an_attack_brought_down_is_its_damage():
    """Probe BD3-02: the strike's collapsed floors, told in the next sentence, are no accident; the
    Dnipro's west bank is no West Bank (place_false_friends.tsv)."""
    text = ("ইউক্রেনের রাজধানী কিয়েভে রাতভর রাশিয়ার ড্রোন ও ক্ষেপণাস্ত্র হামলায় অন্তত চারজন নিহত হয়েছেন। শহরের "
            "পূর্বাঞ্চলীয় দারনিৎস্কি জেলায় একটি নয়তলা আবাসিক ভবনের ওপরের তিনটি তলা ধসে পড়ে। দনিপ্রো নদীর পশ্চিম "
            "তীরের একটি জেলায় ড্রোনের ধ্বংসাবশেষ পড়ে একজন নিহত হন।")
    events = _every_event(text, "2025-12-30")
    assert {e.event_type for e in events} == {"ASSAULT"}
    assert "West Bank" not in {e.location.name for e in events}


@pytest.mark.parametrize("text, types", [
    # a drill stages the fire (probe BD3-14)
    ("মহড়ায় দেখানো হয়, মার্কেটের তৃতীয় তলার একটি কাপড়ের দোকানে আগুন লেগেছে।", []),
    # a snowfall hoped for is none yet (probe WB3-17; modality_cues.tsv আশা)
    ("সান্দাকফুতে তুষারপাতের আশা, বর্ষবরণে পাহাড়ে উপচে পড়া ভিড়", []),
    # a real explosion during a drill, with its dead, stays
    ("সেনাবাহিনীর মহড়া চলাকালে এক বিস্ফোরণে দুই সেনা নিহত হয়েছেন।", ["an event"]),
])
def test_a_drill_is_no_event_unless_someone_is_hurt(text, types):
    events = [e for e in _every_event(text, "2025-12-31") if e.event_type != "MOBILIZE"]
    assert bool(events) == bool(types)


def test_a_snatched_gun_is_no_new_snatching():
    """1020531_31raj12 (training): "ছিনতাই হওয়া স্টেনগান উদ্ধার" and "ছিনতাই করা স্টেনগানটি নিয়ে সে …
    আত্মসমর্পণ করে" describe the gun by the snatching told with its year ("২০০০ সালে … ছিনতাই করা
    হয়েছিল"): one snatching, in 2000 (role_markers.tsv attributive); the arrest told back ("আলফার ওই
    সদস্যকে") at a town of the next district is the arrest told; "৩০ রাউণ্ড গুলি ছিল" are bullets that
    were there, no shooting (trigger_context.tsv গুলি + ছিল)."""
    text = ("ছিনতাই হওয়া স্টেনগান উদ্ধার\nনিজস্ব সংবাদদাতা, জলপাইগুড়ি: কোচবিহার জেলার সঙ্কোশ সেতুর পাহারাদারের কাছ "
            "থেকে দু’বছর আগে ছিনতাই হওয়া স্টেনগান বৃহস্পতিবার অসমের নলবাড়ি এলাকা থেকে উদ্ধার করা হয়। এই ঘটনায় "
            "গৌরাঙ্গ নামে আলফার এক সদস্যকে গ্রেফতার করা হয়েছে। ২০০০ সালে সঙ্কোশ নদীর সেতুতে প্রহরারত এক জওয়ানের "
            "কাছ থেকে এই স্টেনগানটি ছিনতাই করা হয়েছিল। সেই তদন্তের সূত্র ধরে পুলিশ এ দিন নলবাড়ি জেলার তামুলপুর "
            "থেকে আলফার ওই সদস্যকে গ্রেফতার করে। জেরার জবাবে সে জানায়, ছিনতাই করা স্টেনগানটি নিয়ে সে গত বছরের "
            "শেষে আত্মসমর্পণ করে। ছিনতাই হওয়ার সময় সেটিতে ৩০ রাউণ্ড গুলি ছিল।")
    events = _every_event(text, "2002-05-31")
    assert sorted((e.event_type, e.date.value if e.date else None) for e in events) == [
        ("ASSAULT", "2000"), ("COERCE", "2002-05-30")]


def test_a_trigger_less_sentence_dated_long_before_tells_another_event():
    # Regression (fresh probe WB5-03): "গত ১৮ নভেম্বর … মৃত্যু হয়েছিল এক মহিলার" after a blockade told
    # without a date of its own after the day's death gave the blockade its date, 18 November
    text = ("সোমবার গভীর রাতে বড়জোড়া থানার গেলিয়া গ্রামে হাতির হানায় মৃত্যু হল এক প্রৌঢ়ের। মঙ্গলবার সকালে "
            "দেহ উদ্ধার করতে গেলে পুলিশকে বাধা দেন গ্রামবাসীরা। দেহ আটকে রাজ্য সড়কে প্রায় চার ঘণ্টা অবরোধ চলে। "
            "গত ১৮ নভেম্বর সোনামুখীর পাথরা গ্রামে হাতির সামনে পড়ে মৃত্যু হয়েছিল এক মহিলার।")
    [blockade] = [e for e in _every_event(text, "2025-12-31") if e.event_type == "PROTEST"]
    assert blockade.date.value.startswith("2025-12")


def test_weapons_counted_are_one_strike_not_several_events():
    # Regression (fresh probe BD6-05): "জঙ্গি বিমান থেকে দুটি বোমা ফেলা হয়" counted two events (a sum of
    # the story's later attacks) and was dropped with its date and its injured; বোমা dropped from a
    # plane is an air strike (trigger_context.tsv)
    text = ("মিয়ানমারের রাখাইন রাজ্যের একটি গ্রামের বাজারে সামরিক জান্তার বিমান হামলায় অন্তত ১৮ জন নিহত হয়েছেন। "
            "রোববার বিকালে কিয়াকতাও টাউনশিপের একটি গ্রামের হাটে জঙ্গি বিমান থেকে দুটি বোমা ফেলা হয়। "
            "আহত হয়েছেন অন্তত ৩০ জন। "
            "মঙ্গলবার সিত্তওয়ের উত্তরে কয়েকটি গ্রামে নৌবাহিনীর জাহাজ থেকে গোলা ছোড়া হয়েছে। "
            "মধ্যাঞ্চলের সাগাইং অঞ্চলের দেপাইন টাউনশিপে শনিবার রাতে একটি বৌদ্ধ বিহারে বিমান হামলায় পাঁচজন নিহত হয়েছেন।")
    events = _every_event(text, "2025-12-31")
    strike = next(e for e in events if e.fatalities and e.fatalities.value == 18)
    assert (strike.mode, strike.date.value, strike.injuries.value) == ("aerial", "2025-12-28", 30)
    assert any(e.mode == "heavy-weapons" and e.date.value == "2025-12-30" for e in events)  # গোলা ছোড়া
    # a Buddhist monastery (বৌদ্ধ বিহার) is not Bihar
    monastery = next(e for e in events if e.fatalities and e.fatalities.value == 5)
    assert monastery.location.country == "MMR"


def test_a_lead_s_arrest_is_the_body_s_dated_arrest():
    # Regression (fresh probe BD5-01): the lead's "এ ঘটনায় দুজনকে গ্রেপ্তার করেছে পুলিশ", the body's
    # "বুধবার ভোরে … অভিযান চালিয়ে … দুজনকে আটক করা হয়" and "গ্রেপ্তার দুজনকে বৃহস্পতিবার আদালতে পাঠিয়ে …"
    # (the arrested, named back) were three arrests; and "হত্যাকাণ্ডে জড়িত সন্দেহে" (the charge) a killing
    text = ("ফেনীর সোনাগাজী উপজেলায় এক যুবককে কুপিয়ে হত্যা করা হয়েছে; এ ঘটনায় দুজনকে গ্রেপ্তার করেছে পুলিশ। "
            "মঙ্গলবার রাত সাড়ে ৯টার দিকে উপজেলার মতিগঞ্জ বাজারে এ হামলার ঘটনা ঘটে। "
            "তাঁকে বাঁচাতে এগিয়ে গেলে বন্ধু সাইফুল ইসলামকেও (২৬) কুপিয়ে জখম করা হয়। "
            "পুলিশ জানায়, বুধবার ভোরে দাগনভূঞা পৌর শহরের জামতলা এলাকার একটি বাসায় অভিযান চালিয়ে হত্যাকাণ্ডে "
            "জড়িত সন্দেহে দুজনকে আটক করা হয়। তাঁরা হলেন মতিগঞ্জ এলাকার নুরুল আফসার (৩৪) ও মো. রুবেল (২৯)। "
            "ওসি বলেন, গ্রেপ্তার দুজনকে বৃহস্পতিবার আদালতে পাঠিয়ে সাত দিনের রিমান্ড চাওয়া হবে।")
    events = _every_event(text, "2025-12-31")
    assert [(e.event_type, e.date.value) for e in events] == [("ASSAULT", "2025-12-30"), ("COERCE", "2025-12-31")]
    killing, arrest = events
    # the friend hacked is another person than the one killed (two victims in the objective)
    assert (killing.fatalities.value, killing.injuries.value) == (1, 1)
    # an arrested man's age after "মতিগঞ্জ এলাকার" made every unknown village of the article vanish
    assert killing.location.name == "মতিগঞ্জ (Sonagazi)"
    assert arrest.location.name == "জামতলা (Daganbhuiyan)"


def test_a_town_across_the_border_before_a_village_word_is_a_local_village():
    # Regression (fresh probe BD5-01): "রাজাপুর ইউনিয়নের পূর্ব চন্দ্রপুর গ্রামের" in Feni was Chandrapur,
    # Maharashtra (too large to be taken for a namesake), and so was "পূর্ব চন্দ্রপুরে" later
    text = ("ফেনীর সোনাগাজী উপজেলায় হত্যা। নিহত রাশেদ পাশের দাগনভূঞা উপজেলার রাজাপুর ইউনিয়নের পূর্ব চন্দ্রপুর "
            "গ্রামের আবদুল মান্নানের ছেলে। গত সেপ্টেম্বরে পূর্ব চন্দ্রপুরে আমাদের বাড়ির সামনেই আমার বড় ছেলেকে "
            "পিটিয়ে হাত ভেঙে দিয়েছিল।")
    doc = ghotona.analyze(text, "2025-12-31")
    assert all(e.attrs.get("country") == "BGD" for e in doc.get("entities") if e.label == "LOC")


def test_an_attack_a_protest_is_against_is_no_event_even_at_a_shrine():
    # Regression (fresh probe BD5-18): the cue মাজার (a shrine attacked) and the cue প্রতিবাদে (the
    # attack is the protest's reason) stood as near the trigger; the re-typing won
    text = "মাজারে হামলার প্রতিবাদে মঙ্গলবার দুপুরে রংপুর প্রেসক্লাবের সামনে মানববন্ধন করেছে সুফিবাদী ঐক্য পরিষদ।"
    assert [e.event_type for e in _every_event(text, "2025-12-31")] == ["PROTEST"]


def test_an_agency_story_s_attack_its_claim_and_its_more_injured_are_one_event():
    # Regression (fresh probe BD6-04): "আরও তিন পুলিশ সদস্য আহত হন; … দুই হামলাকারী নিহত" (more injured,
    # and attackers killed) and "হামলার দায় স্বীকার করে দাবি করেছে, এতে ১১ পুলিশ সদস্য নিহত" (a claim)
    # were two more attacks; "চলতি বছর … অন্তত ৫০০ সদস্য নিহত" (a running toll, the period bare) a third;
    # "টিটিপি এসব হামলা চালাচ্ছে" (attacks of that kind) a fourth; an operation that killed 13 an arrest
    text = ("মঙ্গলবার দিবাগত রাতে লাক্কি মারওয়াত জেলার একটি চেকপোস্টে জঙ্গিরা হামলা চালালে পাঁচ পুলিশ সদস্য নিহত হন। "
            "প্রায় দুই ঘণ্টা ধরে চলা গোলাগুলিতে আরও তিন পুলিশ সদস্য আহত হন; পুলিশের পাল্টা গুলিতে দুই হামলাকারী "
            "নিহত হয়েছে বলেও দাবি করেন তিনি। "
            "তেহরিক-ই-তালেবান পাকিস্তান এক বার্তায় হামলার দায় স্বীকার করে দাবি করেছে, এতে ১১ পুলিশ সদস্য নিহত হয়েছেন। "
            "আইএসপিআর জানায়, সোমবার বান্নু জেলায় গোয়েন্দা তথ্যের ভিত্তিতে চালানো এক অভিযানে ১৩ জন জঙ্গি নিহত হয়েছে। "
            "এক গবেষণা প্রতিষ্ঠানের হিসাবে, চলতি বছর খাইবার পাখতুনখোয়ায় জঙ্গি হামলায় নিরাপত্তা বাহিনীর অন্তত ৫০০ "
            "সদস্য নিহত হয়েছেন। পাকিস্তানের অভিযোগ, আফগানিস্তানের ভূখণ্ড ব্যবহার করে টিটিপি এসব হামলা চালাচ্ছে।")
    events = _every_event(text, "2025-12-31")
    assert [(e.event_type, e.location.name, e.fatalities.value) for e in events] == [
        ("ASSAULT", "Lakki Marwat", 5), ("ASSAULT", "Bannu", 13)]
    assert events[0].injuries.value == 3


def test_tolls_by_city_abroad_and_where_the_injured_were_sent():
    # Regression (fresh probes BD6-16, BD6-11): Kisumu, joined by এবং to Mombasa before শহরে, was
    # no place (the romanised slot is the word before a level word); "নাইরোবির কাওয়াঙ্গওয়ারে এলাকায়
    # একজন" (a Nairobi area the gazetteer lacks) was no toll of its own; and the city the injured were
    # sent to ("কাঠমান্ডুতে পাঠানো হয়েছে") placed the shooting there
    text = ("কেনিয়ায় বিক্ষোভে পুলিশের গুলিতে অন্তত চারজন নিহত হয়েছেন। মঙ্গলবার নাইরোবির কেন্দ্রীয় ব্যবসায়িক "
            "এলাকা, পশ্চিমাঞ্চলীয় কিসুমু এবং উপকূলীয় মোম্বাসা শহরে হাজারো তরুণ রাস্তায় নামেন। কিসুমুতে তিনজন "
            "এবং নাইরোবির কাওয়াঙ্গওয়ারে এলাকায় একজন গুলিতে নিহত হয়েছেন।")
    deaths = {e.location.name: e.fatalities.value for e in _every_event(text, "2025-12-31")
              if e.event_type == "ASSAULT" and e.fatalities}
    assert deaths.get("Kisumu") == 3 and deaths.get("Nairobi") == 1
    text = ("মঙ্গলবার দুপুরে নেপালের জনকপুরে বিক্ষোভকারীদের ওপর পুলিশ গুলি ছোড়ে। গুলিতে দুজন ঘটনাস্থলেই নিহত হন; "
            "আহত হন অন্তত ৩৫ জন, যাদের কয়েকজনকে উন্নত চিকিৎসার জন্য কাঠমান্ডুতে পাঠানো হয়েছে।")
    assert {e.location.name for e in _every_event(text, "2025-12-31")} == {"Janakpur"}


def test_a_district_page_s_clash_its_date_and_its_injured():
    # Regression (fresh probe WB5-10): the headline's "আজ" (today's bandh, another clause) dated the
    # clash; "জখম এক বিজেপি কর্মীর মৃত্যু" (the one hurt, who died) kept the later injured count out;
    # "তাদের দখলে থাকা দেওয়াল" (a wall they held) was a seizure
    text = ("দিনহাটায় সংঘর্ষে মৃত বিজেপি কর্মী, আজ জেলায় বন্‌ধ\nনিজস্ব সংবাদদাতা • দিনহাটা\n"
            "দেওয়াল লিখন ঘিরে তৃণমূল ও বিজেপির সংঘর্ষে গুরুতর জখম এক বিজেপি কর্মীর মৃত্যু হল। সোমবার রাতে "
            "দিনহাটা থানার ভেটাগুড়ি বাজার এলাকায় গোলমাল শুরু হয়। তৃণমূলের পাল্টা দাবি, বিজেপির লোকেরাই তাদের "
            "দখলে থাকা দেওয়াল মুছে দিতে গিয়ে গোলমাল বাধায়। দু’পক্ষের জনা দশেক আহত হন।")
    events = _every_event(text, "2025-12-31")
    assert [(e.event_type, e.fatalities.value, e.injuries.value) for e in events] == [("ASSAULT", 1, 10)]
    assert events[0].date.value != "2025-12-31"


@pytest.mark.parametrize("text, wanted", [
    # (fresh probe WB5-19) a collapse in a coal pit is an accident, not a landslide
    ("রবিবার রাতে জামুড়িয়া থানার ইকড়া গ্রামের কাছে একটি পরিত্যক্ত খোলামুখ খনিতে কয়লা তোলার সময়ে ধস নামে।",
     ("ACCIDENT", "other")),
    # (WB5-04) a tiger's raid, like an elephant's
    ("গত ২ ডিসেম্বর হেড়োভাঙার জঙ্গলে কাঁকড়া ধরতে গিয়ে বাঘের হানায় মৃত্যু হয়েছিল এক মৎস্যজীবীর।",
     ("ACCIDENT", "other")),
])
def test_wildlife_and_mine_accidents(text, wanted):
    assert [(e.event_type, e.mode) for e in _every_event(text, "2025-12-31")] == [wanted]


def test_an_adjective_before_area_names_no_village():
    # Regression (fresh probe WB5-14): "অশান্ত এলাকায়" (restive areas) was a village অশান্ত; an
    # adjective still names a village before গ্রাম ("নকশালবাড়ির অটল গ্রামে", 1020813_13raj22)
    doc = ghotona.analyze("মণিপুরের বিষ্ণুপুর জেলার অশান্ত এলাকায় বাড়তি বাহিনী মোতায়েন করা হয়েছে।", "2025-12-31")
    assert not [e.text for e in doc.get("entities") if e.label == "LOC" and e.attrs.get("feature") == "village"]
    doc = ghotona.analyze("সোমবার বিকালে নকশালবাড়ির অটল গ্রামে দু’টি বাসের মুখোমুখি সংঘর্ষে ২৫ যাত্রী জখম হন।", "2002-08-13")
    assert any(e.text.startswith("অটল") for e in doc.get("entities") if e.label == "LOC")
    # a superlative too (probe article WB7-10: "শহরের ব্যস্ততম এলাকা লালচকে", the busiest area, Lal Chowk)
    text = "আজ বিকেলে শ্রীনগরের ব্যস্ততম এলাকা লালচকে সিআরপি-র একটি বাঙ্কার লক্ষ করে গ্রেনেড ছোড়ে জঙ্গিরা।"
    assert [e.location.name for e in _every_event(text, "2005-10-13")] == ["Lal Chowk (Srinagar)"]


def test_a_round_up_s_total_over_several_districts_is_no_event_of_its_own():
    # Regression (fresh probe BD6-02): "দেশের পাঁচ জেলায় সড়ক দুর্ঘটনায় … ১৪ জন নিহত" counts the accidents
    # the round-up then tells district by district; it was an event at the last district it names
    text = ("দেশের তিন জেলায় সড়ক দুর্ঘটনায় অন্তত ৬ জন নিহত হয়েছেন। "
            "গোপালগঞ্জ: মঙ্গলবার ঢাকা-খুলনা মহাসড়কের গোপালগঞ্জ সদর উপজেলার ঘোনাপাড়া মোড়ে বাস ও মাইক্রোবাসের মুখোমুখি "
            "সংঘর্ষে তিনজন নিহত হন। "
            "বগুড়া: মঙ্গলবার রাতে শেরপুর উপজেলার মির্জাপুর এলাকায় ট্রাকচাপায় মোটরসাইকেলের দুই আরোহী নিহত হন। "
            "কুমিল্লা: মঙ্গলবার বিকালে চৌদ্দগ্রাম উপজেলার মিয়াবাজারে কাভার্ড ভ্যানের চাপায় এক শিশু নিহত হয়।")
    tolls = sorted(e.fatalities.value for e in _every_event(text, "2025-12-31") if e.event_type == "ACCIDENT")
    assert tolls == [1, 2, 3]


def test_a_toll_since_a_day_long_past_is_no_event_and_tank_fire_is_shelling():
    # Regression (fresh probe BD6-01): "গত ১০ অক্টোবর … যুদ্ধবিরতি কার্যকর হওয়ার পর থেকে ইসরায়েলি হামলায়
    # ৪১০ জনের বেশি … নিহত" (since the ceasefire) was an attack of 10 October; "ট্যাংকের গোলায়" no trigger
    text = ("বুধবার ভোরে খান ইউনিসের বানি সুহাইলা এলাকায় ইসরায়েলি ট্যাংকের গোলায় আরও তিনজন নিহত হন। "
            "গত ১০ অক্টোবর যুক্তরাষ্ট্রের মধ্যস্থতায় যুদ্ধবিরতি কার্যকর হওয়ার পর থেকে ইসরায়েলি হামলায় ৪১০ জনের "
            "বেশি ফিলিস্তিনি নিহত হয়েছেন বলে গাজার স্বাস্থ্য মন্ত্রণালয়ের হিসাব।")
    events = _every_event(text, "2025-12-31")
    assert [(e.mode, e.date.value, e.fatalities.value) for e in events] == [("heavy-weapons", "2025-12-31", 3)]


@pytest.mark.parametrize("text", [
    "সোমবার রাতে শার্শা উপজেলার বুরুজবাগান এলাকা থেকে ডাকাতির প্রস্তুতির অভিযোগে তিনজনকে আটক করেছে গোয়েন্দা পুলিশ।",
    "সোমবার রাতে শার্শা উপজেলার বুরুজবাগান এলাকা থেকে ডাকাতির প্রস্তুতিকালে তিনজনকে আটক করেছে পুলিশ।",
])
def test_a_robbery_being_prepared_is_the_arrest_s_charge(text):
    # Regression (fresh probe BD5-13): the robbery prepared (প্রস্তুতি, a charge marker) was a robbery
    assert [e.event_type for e in _every_event(text, "2025-12-31")] == ["COERCE"]


def test_burning_tyres_in_a_blockade_and_a_year_s_count_of_killings():
    # Regression (fresh probe BD5-15): "টায়ারে আগুন জ্বালিয়ে অবরোধ" was an arson too (two cues as near: the
    # tyres' row now comes first); "চলতি বছর নগরে অন্তত ১৮টি হত্যাকাণ্ড ঘটেছে" a killing
    text = ("হত্যার প্রতিবাদে বুধবার সকাল ১০টা থেকে দৌলতপুর বাজার মোড়ে খুলনা-যশোর মহাসড়কে টায়ারে আগুন জ্বালিয়ে "
            "অবরোধ করেন যুবদল ও বিএনপির নেতাকর্মীরা। কেএমপির তথ্য অনুযায়ী, চলতি বছর নগরে অন্তত ১৮টি "
            "হত্যাকাণ্ড ঘটেছে, যার আটটিই গুলি করে।")
    assert [e.event_type for e in _every_event(text, "2025-12-31")] == ["PROTEST"]


def test_a_list_of_single_people_and_the_injured_after_them():
    # Regression (fresh probe BD7-03): "বাসচালক, তার সহকারী ও এক যাত্রী … নিহত হন এবং অন্তত ১২ জন আহত
    # হন" took the injured 12 for a group joined to the one passenger (13 dead); the list counts three
    text = ("মঙ্গলবার ভোরে বাসের সঙ্গে ট্রাকের মুখোমুখি সংঘর্ষ হয়। এতে বাসচালক, তার সহকারী ও এক যাত্রী "
            "ঘটনাস্থলেই নিহত হন এবং অন্তত ১২ জন আহত হন।")
    [crash] = _every_event(text, "2025-12-31")
    assert (crash.fatalities.value, crash.injuries.value) == (3, 12)


def test_a_balcony_that_fell_is_a_building_collapse():
    # Regression (fresh probe WB6-12): the splitter kept "বারান্দার" whole (-দার names an agent:
    # দোকানদার), so the cue বারান্দা of "ভেঙে পড়ে" was never seen and the death went untold
    from ghotona.text.morph import analyse

    assert analyse("বারান্দার").stem == "বারান্দা" and analyse("বাসিন্দাদের").stem == "বাসিন্দা"
    text = "মঙ্গলবার সকালে হাওড়ার সালকিয়ায় জীর্ণ বাড়ির বারান্দার একাংশ ভেঙে পড়ে মৃত্যু হল এক বৃদ্ধার।"
    assert [(e.event_type, e.mode) for e in _every_event(text, "2025-12-31")] == [("ACCIDENT", "building-collapse")]


def test_one_victim_among_a_total_and_a_death_at_the_hospital_he_was_taken_to():
    # Regression (fresh probe WB6-01): "মৃত্যু হল এক টোটোচালক-সহ তিন জনের" (three, a toto driver among
    # them) counted one; "… হাসপাতালে নিয়ে যাওয়া হলে মঙ্গলবার ভোরে সেখানেই তাঁর মৃত্যু হয়" (a later
    # death) was a second attack on the Tuesday
    [crash] = _every_event("মঙ্গলবার সকালে বেপরোয়া লরির ধাক্কায় মৃত্যু হল এক টোটোচালক-সহ তিন জনের।", "2025-12-31")
    assert crash.fatalities.value == 3
    text = ("সোমবার রাতে ডোমকলের ঘোড়ামারা গ্রামে তৃণমূল ও সিপিএম সমর্থকদের মধ্যে সংঘর্ষ বাধে; দু’পক্ষই বোমা ছোড়ে। "
            "বোমার আঘাতে গুরুতর জখম তৃণমূল কর্মী মইদুল শেখকে (৪২) মুর্শিদাবাদ মেডিক্যাল কলেজ হাসপাতালে নিয়ে যাওয়া "
            "হলে মঙ্গলবার ভোরে সেখানেই তাঁর মৃত্যু হয়।")
    attacks = [e for e in _every_event(text, "2025-12-31") if e.event_type == "ASSAULT"]
    assert [(e.date.value, e.fatalities.value) for e in attacks] == [("2025-12-29", 1)]
