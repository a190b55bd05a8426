"""Romanisation and fuzzy matching of Bengali spellings of foreign places to Latin names."""
import pytest

from ghotona.geo.fuzzy import fuzzy_place
from ghotona.geo.gazetteer import Gazetteer
from ghotona.geo.romanize import romanize, sound_key
from ghotona.text.normalize import normalize_term


@pytest.mark.parametrize("bengali, latin", [
    ("ইরবিল", "irbil"), ("কেরমান", "kerman"), ("তেহরান", "tehran"), ("ইসলামাবাদ", "islamabad"),
    ("কাবুল", "kabul"), ("রাফাহ", "rafah"), ("আলেপ্পো", "aleppo"), ("দারফুর", "darfur"), ("খারকিভ", "kharkiv"),
])
def test_romanize(bengali, latin):
    assert romanize(normalize_term(bengali)) == latin


@pytest.mark.parametrize("bengali, country, name", [
    ("ইরবিল", "IRQ", "Erbil"), ("কেরমান", "IRN", "Kerman"), ("ইদলিব", "SYR", "Idlib"),
    ("খান ইউনিস", "PSE", "Khān Yūnis"),
])
def test_fuzzy_place_finds_latin_only_places(bengali, country, name):
    found = fuzzy_place(normalize_term(bengali), country)
    assert found is not None and Gazetteer.load().get(found[0]).name == name


def test_fuzzy_place_refuses_short_or_unlike_words():
    assert fuzzy_place(normalize_term("ঘর"), "IRQ") is None  # too short to trust
    assert fuzzy_place(normalize_term("বিক্ষোভকারী"), "IRQ") is None


@pytest.mark.parametrize("bengali, latin", [
    ("কটনু", "cotonou"), ("কারাকাস", "caracas"), ("বাগদাদ", "baghdad"), ("ফালুজা", "fallujah"),
    ("শেনজেন", "shenzhen"), ("সান্তিয়াগো", "santiago"),
])
def test_a_bengali_spelling_and_the_english_one_share_a_sound_key(bengali, latin):
    assert sound_key(romanize(normalize_term(bengali))) == sound_key(latin)


def test_sound_keys_keep_different_names_apart():
    assert sound_key("kabul") != sound_key("kobe")
    assert sound_key("tehran") != sound_key("teheran")  # (a vowel more is fuzzy_place's business)
