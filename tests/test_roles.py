"""Actor and target of events (events/roles.py, resources/role_markers.tsv, role_conventions.tsv):
who did it and to whom, coded as ACLED codes them."""
from __future__ import annotations

import pytest

import ghotona
from ghotona.api import analyze
from ghotona.events import roles
from ghotona.options import Options

PUBLISHED = "2002-09-04"


def _one(text: str, event_type: str):
    events = [e for e in ghotona.extract(text, published=PUBLISHED, options=Options(min_confidence=0))
              if e.event_type == event_type]
    assert len(events) == 1, [(e.event_type, e.summary_en) for e in events]
    return events[0]


@pytest.mark.parametrize("text, event_type, victim", [
    ("সাংবাদিক প্রহৃত।", "ASSAULT", "সাংবাদিক"),  # a participle: what happened to the noun before it
    ("মারধর করায় জওয়ান ধৃত।", "COERCE", "জওয়ান"),
    ("সিপিএম কর্মী খুন ভরতপুরে।", "ASSAULT", "সিপিএম"),  # a headline's bare verbal noun, then its place
])
def test_the_noun_before_a_participle_or_a_bare_headline_noun_is_acted_upon(text, event_type, victim):
    event = _one(text, event_type)
    assert event.target is not None and victim in event.target.text
    assert event.actor is None or victim not in (event.actor.text or "")


def test_a_verb_of_doing_after_the_trigger_keeps_the_doer():
    event = _one("দুষ্কৃতীরা এক যুবককে খুন করেছে।", "ASSAULT")
    assert event.actor is not None and event.actor.text == "দুষ্কৃতীরা"
    assert event.target is not None and event.target.text == "যুবককে"


def test_the_abducted_as_a_noun_is_no_participle():
    # "অপহৃতকে উদ্ধার": the police rescued the abducted; they are not the victims of an abduction
    event = _one("শনিবার দিল্লি পুলিশ মুচিপাড়া থেকে অপহৃতকে উদ্ধার করে।", "ASSAULT")
    assert event.target is None or "পুলিশ" not in event.target.text


def test_a_private_person_s_noun_is_a_target_never_an_actor():
    event = _one("বৃদ্ধ প্রহৃত।", "ASSAULT")
    assert event.target is not None and event.target.name == "Civilians"
    event = _one("পুলিশ তাঁর স্ত্রীকে গ্রেফতার করে।", "COERCE")
    assert (event.actor.text, event.target.text, event.target.name) == ("পুলিশ", "স্ত্রীকে", "Women")
    # "যুবক" before an active verb is not made the doer
    event = _one("এক যুবক বোমা ছোড়ে, তিন জন আহত হন।", "ASSAULT")
    assert event.actor is None or event.actor.text is None or "যুবক" not in event.actor.text


def test_a_name_described_as_a_private_person_takes_the_noun_s_role():
    event = _one("পাবনার বেড়া উপজেলায় রহিমা খাতুন (৯০) নামের এক বৃদ্ধাকে হত্যা করেছে দুর্বৃত্তরা।", "ASSAULT")
    assert event.target is not None and "রহিমা" in event.target.text
    assert event.actor is not None and event.actor.text == "দুর্বৃত্তরা"


@pytest.mark.parametrize("text, event_type, actor_name", [
    ("বনগাঁয় সন্দেহভাজন ৪ যুবক গ্রেফতার।", "COERCE", "Police Forces of India"),
    ("বাগদাদে বোমা বিস্ফোরণে ১২ জন নিহত।", "ASSAULT", "Unidentified Armed Group (Iraq)"),
    ("সোমবার কলকাতার আলিপুর আদালতে তিন জনের যাবজ্জীবন কারাদণ্ড হয়েছে।", "SANCTION", "Court (India)"),
])
def test_an_actor_the_event_type_implies_is_coded_without_text(text, event_type, actor_name):
    event = _one(text, event_type)
    assert event.actor is not None and event.actor.name == actor_name
    assert (event.actor.text, event.actor.start, event.actor.end) == (None, None, None)


def test_villagers_who_demonstrate_are_protesters_and_keep_their_words():
    text = "সোমবার বনগাঁয় গ্রামবাসীরা রাস্তা অবরোধ করে বিক্ষোভ দেখান।"
    event = _one(text, "PROTEST")
    assert event.actor.name == "Protesters (India)"
    assert text[event.actor.start:event.actor.end] == event.actor.text == "গ্রামবাসীরা"


def test_a_named_actor_is_not_replaced_by_the_convention():
    event = _one("সোমবার বনগাঁয় র্যাব চার জনকে গ্রেফতার করেছে।", "COERCE")
    assert event.actor is not None and event.actor.text and "র" in event.actor.text
    assert not event.actor.name.startswith("Police Forces")


def test_every_convention_names_a_known_actor_and_a_type_with_that_mode():
    from tests.test_lexicons import PLOVER_MODES

    table = roles.conventions()
    assert len(table) >= 10
    for (role, event_type, mode, found), row in table.items():
        assert role in ("actor", "target") and (mode == "*" or mode in PLOVER_MODES[event_type]), (role, mode)
        assert found == "none" or found in {"civilians", "villagers", "migrants", "unidentified_armed"}, found
        assert row["kind"] == "generic" and row["sector"], row
        assert found != "none" or not row["keeps_words"], "an implied actor has no words"


def test_the_confidence_filter_does_not_read_roles():
    # the filter decides whether an event happened; better or worse roles must not move it
    from dataclasses import replace

    from ghotona.events.confidence import event_features

    text = "বনগাঁয় সন্দেহভাজন ৪ যুবক গ্রেফতার।"
    event = _one(text, "COERCE")
    assert event.actor is not None and event.target is not None
    assert event_features(event, text, 1) == event_features(replace(event, actor=None, target=None), text, 1)


def test_by_someone_s_hands_is_the_doer_and_the_subject_after_a_passive_verb_the_one_arrested():
    event = _one("১৯৭১ সালের ২ জুলাই ঢাকার এক আত্মীয়ের বাসা থেকে পাকিস্তানি বাহিনীর হাতে গ্রেফতার হন খালেদা জিয়া।", "COERCE")
    assert event.actor is not None and event.actor.name == "Military Forces of Pakistan"
    # a party leader is coded as the party (ACLED): actors.tsv kind 'leader'
    assert event.target is not None and event.target.text == "খালেদা জিয়া"
    assert event.target.name == "BNP: Bangladesh Nationalist Party"


@pytest.mark.parametrize("text, actor, killed", [
    ("সীমান্তে বিএসএফের হাতে নিহত হয়েছেন এক বাংলাদেশি যুবক।", "BSF: Border Security Force", 1),
    ("ইরাকে জঙ্গিদের হাতে হত দুই মার্কিন সেনা।", "Militants (unnamed) (Iraq)", 2),
])
def test_killed_at_someone_s_hands_is_an_attack_by_them(text, actor, killed):
    # নিহত alone names no event (a toll is told of every kind of event); "X-এর হাতে নিহত" is a killing by X
    event = _one(text, "ASSAULT")
    assert event.actor is not None and event.actor.name == actor
    assert event.fatalities is not None and event.fatalities.value == killed


@pytest.mark.parametrize("text, actor", [
    ("বুধবার রাতে জঙ্গিদের হামলায় দুই জন নিহত হয়েছেন।", "Militants (unnamed)"),
    ("বুধবার রাতে সন্ত্রাসী হামলায় দুই জন নিহত হয়েছেন।", "Unidentified Armed Group"),
    ("বুধবার রাতে উলফা জঙ্গিদের হামলায় দুই জন নিহত হয়েছেন।", "ULFA: United Liberation Front of Asom"),
    ("বুধবার রাতে আইএস জঙ্গিদের হামলায় দুই জন নিহত হয়েছেন।", "Islamic State"),
])
def test_the_doer_named_inside_the_trigger_is_the_actor(text, actor):
    # "জঙ্গি হামলা", "সন্ত্রাসী হামলা" are triggers of two words: the first, the doer, had been skipped as
    # inside the trigger, and the attack had no actor
    event = _one(text, "ASSAULT")
    assert event.actor is not None and event.actor.name.startswith(actor)


def test_the_genitive_of_a_killing_or_an_arrest_is_the_one_it_happened_to():
    event = _one("ওসমান হাদির হত্যাকাণ্ডের পর ঢাকায় সহিংসতা ছড়িয়ে পড়ে।", "ASSAULT")
    assert event.target is not None and event.target.name == "Inqilab Mancha"
    assert event.actor is None or event.actor.text is None
    # ... but a state's agents kill and arrest: "পুলিশের গ্রেফতার অভিযান"
    event = _one("সোমবার বনগাঁয় পুলিশের গ্রেফতার অভিযানে চার জন ধৃত।", "COERCE")
    assert event.actor is not None and event.actor.text == "পুলিশের"


def test_an_organisation_named_with_its_member_s_post_stands_for_the_member():
    event = _one("বিএনপির প্রতিষ্ঠাতা এবং রাষ্ট্রপতি জিয়াউর রহমানকে ১৯৮১ সালে চট্টগ্রামে হত্যা করা হয়।", "ASSAULT")
    assert event.target is not None and event.target.name == "BNP: Bangladesh Nationalist Party"


def test_people_named_by_their_nationality_are_civilians_of_that_country():
    event = _one("সোমবার সীমান্তে বিডিআরের গুলিতে নিহত ৫ ভারতীয়।", "ASSAULT")
    assert event.actor is not None and event.actor.name.startswith("BDR")
    assert event.target is not None and event.target.name == "Civilians (India)" and event.target.sector == "CVL"


def test_acled_inter_codes_follow_the_part_each_side_plays():
    from ghotona.export.acled_csv import acled_row

    arrest = _one("বনগাঁয় সন্দেহভাজন ৪ যুবক গ্রেফতার।", "COERCE")
    assert (arrest.actor.acled_inter, arrest.target.acled_inter) == (1, 7)  # police; civilians
    row = acled_row(arrest)
    assert (row["inter1"], row["inter2"]) == (1, 7)
    # a state's forces outside their own country are external forces (8)
    raid = _one("সোমবার গাজায় ইজরায়েলি সেনার হামলায় ১১ জন প্যালেস্তিনীয় নিহত হয়েছেন।", "ASSAULT")
    assert raid.actor is not None and raid.actor.country == "ISR" and raid.actor.acled_inter == 8
    # a party demonstrating is coded as protesters (6)
    rally = _one("সোমবার ঢাকায় বিএনপি বিক্ষোভ মিছিল করেছে।", "PROTEST")
    assert rally.actor.name.startswith("BNP") and rally.actor.acled_inter == 6
    # ... but whom a protest is against keeps its own code
    rally = _one("সোমবার কলকাতায় সিপিএম বিক্ষোভ দেখায় সাধারণ মানুষের বিরুদ্ধে।", "PROTEST")
    assert (rally.actor.acled_inter, rally.target.acled_inter) == (6, 7)


def test_miscreants_arrested_are_coded_as_criminals_with_their_words():
    event = _one("রবিবার রাতে শিলিগুড়ির ভক্তিনগর থানার জ্যোতিনগর এলাকা থেকে ৫ দুষ্কৃতীকে পুলিশ গ্রেফতার করেছে।", "COERCE")
    assert event.target is not None and event.target.name == "Criminals (India)"
    assert event.target.text == "দুষ্কৃতীকে"


def test_a_government_is_named_as_acled_names_it():
    event = _one("সোমবার ঢাকায় সরকার তিন জনকে গ্রেফতার করেছে।", "COERCE")
    assert event.actor is not None and event.actor.name == "Government of Bangladesh"


def test_an_organisation_s_counted_members_take_their_case():
    # "বিএনপির তিন নেতাকে": the party's three leaders, in the accusative: the party is the target
    event = _one("সোমবার ঢাকায় বিএনপির তিন নেতাকে পুলিশ গ্রেফতার করেছে।", "COERCE")
    assert event.actor.text == "পুলিশ" and event.target.name == "BNP: Bangladesh Nationalist Party"


@pytest.mark.parametrize("text, event_type, actor_text, target_text", [
    # a headline with no verb at all: "arrested: the panchayat head"
    ("ভুয়ো তালিকা দিয়ে গ্রেফতার পঞ্চায়েত প্রধান", "COERCE", None, "পঞ্চায়েত"),
    # ধরা পড়া (be caught): its subject is the one caught
    ("পালাতে গিয়ে চার ছিনতাইবাজ ধরা পড়েছে।", "COERCE", None, "ছিনতাইবাজ"),
    # a concessive clause ends the arrest's: the driver who fled is not its doer
    ("মাছবোঝাই ওই লরিটি পুলিশ আটক করলেও চালক পালিয়ে গিয়েছে।", "COERCE", "পুলিশ", None),
])
def test_the_one_caught_and_the_one_who_fled(text, event_type, actor_text, target_text):
    event = _one(text, event_type)
    assert (event.actor.text if event.actor else None) == actor_text
    assert (event.target.text if event.target else None) == target_text


def test_a_state_named_in_the_genitive_stays_the_state_as_a_target():
    event = _one("সোমবার ঢাকায় ভারতের বিরুদ্ধে বিক্ষোভ করেছেন শিক্ষার্থীরা।", "PROTEST")
    assert event.target is not None and event.target.name == "India" and event.target.sector != "CVL"


def test_a_name_known_by_its_family_name_is_one_dead_and_never_the_doer():
    # "জিয়াউর রহমান" has no title; its family name (resources/family_names.tsv) makes it a person:
    # one dead, coded as a civilian target
    event = _one("১৯৮১ সালের ৩০ মে এক সামরিক অভ্যুত্থানে জিয়াউর রহমান নিহত হলে খালেদা জিয়া রাজনীতিতে সক্রিয় হন।", "ASSAULT")
    assert event.fatalities is not None and event.fatalities.value == 1
    assert event.target is not None and "রহমান" in event.target.text
    # an officer's name after his post's letters (ও সি) is no doer, and "সি" is no given name
    event = _one("গোঘাটের ও সি রবিশঙ্কর চক্রবর্তী এক যুবককে গ্রেফতার করেন।", "COERCE")
    assert event.actor is None or "রবিশঙ্কর" not in (event.actor.text or "")
    doc = analyze("গোঘাটের ও সি রবিশঙ্কর চক্রবর্তী এক যুবককে গ্রেফতার করেন।", published=PUBLISHED)
    assert [e.text for e in doc.get("entities") if e.label == "PER"] == ["রবিশঙ্কর চক্রবর্তী"]


def test_the_place_after_a_conditional_verb_is_the_consequence_s():
    # "… চট্টগ্রামে … পাথর নিক্ষেপ করলে দিল্লিতে তীব্র প্রতিক্রিয়া": the stones were thrown in
    # Chattogram; Delhi, nearer the trigger but after "করলে", is where the reaction was
    event = _one("গত সপ্তাহে চট্টগ্রামে ভারতের সহকারী হাইকমিশন ভবনে একদল লোক পাথর নিক্ষেপ করলে দিল্লিতে তীব্র "
                 "প্রতিক্রিয়া সৃষ্টি হয়।", "PROTEST")
    assert event.location.name == "Chattogram"
