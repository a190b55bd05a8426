"""Fuzzy matching of Bengali place names against the gazetteer's Latin names.

GeoNames carries Bengali names for a few thousand cities only; "ইরাকের ইরবিলে" names Erbil, which the
gazetteer knows as "Erbil"/"Irbil". A Bengali word in a place slot (after a known place in the
genitive, or before a level word such as শহর/প্রদেশ) is romanised (:mod:`ghotona.geo.romanize`)
and compared with rapidfuzz against the Latin names of places in the expected country; the best
score at or above ``CUTOFF`` wins. A word that none does is tried once more by its sound key
(:func:`ghotona.geo.romanize.sound_key`: কটনু "katanu" and Cotonou): :func:`sound_place` takes only
an exact key that names one place of the country.
"""
from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from .gazetteer import Gazetteer
from .romanize import romanize, sound_key

# 88, not 85: in the two news corpora every match scoring 86 (one edit in a 7-9 letter key:
# পরগনা ≈ Parana, বন্দরে ≈ Bhayandar, অবশেষে ≈ Abeche) was an ordinary word or a wrong place.
CUTOFF = 88.0
MIN_KEY = 4  # shorter romanised keys match too much by chance


@lru_cache(maxsize=1)
def _latin_index() -> dict[str | None, tuple[list[str], list[str]]]:
    """Latin aliases → place ids, grouped by country (None: all countries): names as keys of
    :func:`romanize`."""
    gz = Gazetteer.load()
    by_country: dict[str | None, tuple[list[str], list[str]]] = {None: ([], [])}
    for alias, ids in gz.aliases().items():
        if not alias.isascii():
            continue
        for pid in ids:
            place = gz.get(pid)
            if place is None or place.feature == "country":
                continue
            key = romanize(alias)
            for country in (None, place.country):
                names, pids = by_country.setdefault(country, ([], []))
                names.append(key)
                pids.append(pid)
    return by_country


@lru_cache(maxsize=65536)
def fuzzy_place(bengali: str, country: str | None = None) -> tuple[str, float] | None:
    """The place id whose Latin name best matches the romanised ``bengali`` and its score."""
    key = romanize(bengali)
    if len(key) < MIN_KEY:
        return None
    names, pids = _latin_index().get(country, ([], []))
    if not names:
        return None
    best = process.extractOne(key, names, scorer=fuzz.ratio, score_cutoff=CUTOFF)
    if best is None:
        return None
    _, score, index = best
    return pids[index], float(score)


@lru_cache(maxsize=None)
def _sound_keys(country: str | None) -> dict[str, str | None]:
    """The :func:`sound_key` of each Latin name of ``country`` → its place id (None when two places
    of the country share the key: no match then); made for a country the first time it is asked
    for, not for all of them."""
    names, pids = _latin_index().get(country, ([], []))
    keys: dict[str, str | None] = {}
    for name, pid in zip(names, pids):
        key = sound_key(name)
        keys[key] = pid if keys.get(key, pid) == pid else None
    return keys


def sound_place(bengali: str, country: str | None = None) -> str | None:
    """The one place of ``country`` whose Latin name has the sound key of the romanised
    ``bengali`` (কটনু "katanu" is 67 from "cotonou" by :func:`fuzzy_place`'s measure, and equal by
    sound). Exact keys only: the folds already make near keys of unrelated words."""
    key = sound_key(romanize(bengali))
    if len(key) < MIN_KEY:
        return None
    return _sound_keys(country).get(key)
