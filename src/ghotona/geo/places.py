"""Place mentions in a document and their resolution to one gazetteer record.

Finding: the gazetteer's automaton over the normalised text (aliases plus inflection suffixes).
Unknown villages ("চরহাজারী গ্রামে", "X ইউনিয়নের") become LOC entities placed at the most specific
known place of their sentence (the upazila named with them), with that place's precision.

Choosing among candidates (an upazila and a town, two upazilas of one name in two districts, a
Dhaka neighbourhood and a Kushtia upazila), each candidate scores:
* +4 when another place named in the same sentence contains it ("নোয়াখালীর কোম্পানীগঞ্জ", also a
  country), +1.5 when one elsewhere in the article does (a country there is no evidence);
* +2 when the word after the name states its level (জেলা → district, উপজেলা/থানা → upazila,
  বিভাগ → division, শহর/নগর → city) and the candidate has that level;
* +1 when its country is the article's main country (the country most unambiguous places are in,
  the byline's counting three; Bangladesh when nothing else is known), +2 when two or more
  mentions say so;
* +0.6 for a Dhaka candidate in Bangladeshi news when nothing in the sentence decides;
* small boosts for prominence (feature rank, population) and for having coordinates.
The chosen place's ``reason`` attribute says which of these decided it.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import chain

from .. import resources
from ..doc import Document, Entity
from ..recognize.lexicon import TokenStrings
from ..text.morph import GENITIVE, candidates, is_verb
from ..text.normalize import is_normal, normalize_term
from .gazetteer import SUFFIXES as PLACE_INFLECTIONS
from .gazetteer import Gazetteer, Place

PRECISION_OF_FEATURE = {
    "landmark": "point", "neighbourhood": "point", "city": "city", "admin3": "city",
    "admin2": "district", "admin1": "admin1", "country": "country",
}
DEFAULT_COUNTRY = "BGD"
# Bangladeshi news is Dhaka-centred: a name shared by a Dhaka neighbourhood and a district's upazila
# means the Dhaka one unless the text names the district.
CAPITAL_DISTRICT = "BGD.adm2.dhaka"


@lru_cache(maxsize=1)
def level_words() -> dict[str, set[str]]:
    """Words naming an administrative level, from ``resources/place_levels.tsv``."""
    out: dict[str, set[str]] = {}
    for row in resources.read_tsv("place_levels.tsv"):
        out.setdefault(normalize_term(row["term"]), set()).update(row["features"].split(","))
    return out


@lru_cache(maxsize=1)
def false_friends() -> dict[str, list[tuple[str, str]]]:
    """Contexts where a place name is not a place (``resources/place_false_friends.tsv``)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for row in resources.read_tsv("place_false_friends.tsv"):
        out.setdefault(normalize_term(row["alias"]) if row["alias"] != "*" else "*", []).append(
            (normalize_term(row["before"]) if row["before"] else "", row["after"]))
    return out


#: the ``before`` of a false-friend rule that stands for any place name written bare right before
#: ("রংপুর প্রেসক্লাবের সামনে": Rangpur's press club, not the Jatiya Press Club)
AFTER_A_PLACE = "@place"


def _names_its_own(gz: Gazetteer, norm: str, place, landmark) -> bool:
    """The place matched right before a landmark's name makes it that place's own: written bare
    ("রংপুর প্রেসক্লাব"), or in the genitive and in another country ("কাঠমান্ডুর সংসদ ভবনের সামনে")."""
    inflection = norm[place.start + len(place.alias):place.end]
    if not inflection:
        return True
    if inflection.lstrip("-") not in GENITIVE_ENDINGS:
        return False
    countries = {p.country for pid in place.place_ids if (p := gz.get(pid)) is not None}
    return countries.isdisjoint(p.country for pid in landmark.place_ids if (p := gz.get(pid)) is not None)


#: the genitive endings as the gazetteer's matcher leaves them after a name (ঢাকার, রংপুরের, আইএস-এর)
GENITIVE_ENDINGS = frozenset({"র", "ের", "এর", "য়ের"})


def _is_false_friend(norm: str, start: int, end: int, alias: str, friends, after_a_place: bool = False) -> bool:
    # rules for the alias, for the form as written (চাদর, a shawl, read as চাদ + র), and for every place
    rules = friends.get(alias, []) + friends.get(norm[start:end], []) + friends.get("*", [])
    if not rules:
        return False
    before_text = norm[start - 30 if start > 30 else 0:start].split()
    previous = before_text[-1] if before_text and norm[start - 1:start].isspace() else ""
    if previous and after_a_place:
        previous = AFTER_A_PLACE
    # (what follows the name, cut and stripped once for all the rules: most apply to every place)
    rest = norm[end:end + 60]
    rest_word = None
    for before, after in rules:
        if before and previous != before:
            continue
        if after:
            if after.startswith("-"):  # a hyphen must touch the name
                if not rest.startswith(after):
                    continue
            else:  # a following word
                if rest_word is None:
                    rest_word = rest.lstrip()
                if not rest_word.startswith(after):
                    continue
        return True
    return False


def _name_of(gz: Gazetteer, place_id: str) -> str | None:
    if not place_id:
        return None
    p = gz.get(place_id)
    return p.name if p else place_id


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    return resources.term_set("family_names.tsv")


def _given_name(norm: str, end: int) -> bool:
    """A bare place name right before a family name is a given name ("বিশ্বনাথ হালদারের")."""
    if end >= len(norm) or norm[end] != " ":
        return False  # inflected or hyphenated: ঢাকায়, ঢাকা-চট্টগ্রাম
    word = _next_word(norm, end)
    if not word:
        return False
    names = family_names()
    return any(stem in names for stem in candidates(word))  # the word itself first, then its stems


#: spaces and hyphens, then the run of Bengali characters after them: the word after a place name
_NEXT_WORD = re.compile("[ -]*([\u0980-\u09ff]*)")


def _next_word(norm: str, end: int) -> str:
    return _NEXT_WORD.match(norm, end).group(1)


def _level_features(word: str) -> set[str]:
    levels = level_words()
    if word in levels:
        return levels[word]
    # (the scan below, cached per word for the current table)
    global _LEVEL_CACHE
    if _LEVEL_CACHE[0] is not levels:
        _LEVEL_CACHE = (levels, {})
    cache = _LEVEL_CACHE[1]
    if word in cache:
        found = cache[word]
        return found if found is not None else set()
    found = None
    for key, feats in levels.items():  # inflected: উপজেলায়, জেলার, থানার
        if word.startswith(key) and len(word) - len(key) <= 3:
            found = feats
            break
    if len(cache) < 100_000:
        cache[word] = found
    return found if found is not None else set()


_LEVEL_CACHE: tuple[object, dict[str, set[str] | None]] = (None, {})


def place_entities(doc: Document) -> list[Entity]:
    gz = Gazetteer.load()
    norm = doc.norm if doc.norm is not None else doc.text
    matches = gz.find_places_normal(norm) if is_normal(doc) else gz.find_places(norm)
    if not matches and not doc.tokens:
        return []
    sentence_of = doc.sentence_index_at
    mentions = []
    friends = false_friends()
    # one sense per article: a name once written as a person's given name ("বিশ্বনাথ হালদারের") is
    # that person in its other mentions too ("বিশ্বনাথকে", "বিশ্বনাথের")
    given = {m.alias for m in matches if _given_name(norm, m.end)}
    ends = {m.end: m for m in matches}
    for m in matches:
        before = ends.get(m.start - 1) if friends.get(m.alias) else None
        if m.alias in given or _is_false_friend(norm, m.start, m.end, m.alias, friends,
                                                before is not None and _names_its_own(gz, norm, before, m)):
            continue
        start, end = doc.orig_range(m.start, m.end)
        cands = [gz.get(pid) for pid in m.place_ids]
        cands = [c for c in cands if c is not None]
        if not cands:
            continue
        mentions.append({
            "start": start, "end": end, "norm_end": m.end, "alias": m.alias, "cands": cands,
            # the inflection after the name ("তমলুকেও": েও), which the word's own split may misread
            "inflection": norm[m.start + len(m.alias):m.end],
            "sentence": sentence_of(start) if doc.sentences else 0,
            "level": _level_features(_next_word(norm, m.end)),
        })
    # The article's main country: where the unambiguous mentions are.
    votes = Counter(ms["cands"][0].country for ms in mentions if len({c.country for c in ms["cands"]}) == 1
                    and ms["cands"][0].feature != "country")
    byline = doc.meta.get("layout", {}).get("dateline_place")
    if byline:  # "নিজস্ব সংবাদদাতা মেদিনীপুর": the byline's country weighs three mentions
        for ms in mentions:
            if byline[0] <= ms["start"] < byline[1]:
                votes.update({ms["cands"][0].country: 3})
    country_of_page = votes.most_common(1)[0][0] if votes else DEFAULT_COUNTRY
    doc.meta["main_country"] = country_of_page
    country_weight = 2.0 if votes.get(country_of_page, 0) >= 2 else 1.0
    all_ids = [{c.id for c in ms["cands"]} for ms in mentions]
    # How many mentions (in the article, in each sentence) have a place among their candidates:
    # a place is named by *another* mention when its count exceeds the mention's own share.
    # (each counter made in one go from all its mentions' ids, not updated mention by mention)
    in_article = Counter(chain.from_iterable(all_ids))
    ids_by_sentence: dict[int, list[set[str]]] = {}
    for ms, ids in zip(mentions, all_ids):
        ids_by_sentence.setdefault(ms["sentence"], []).append(ids)
    in_sentence = {sentence: Counter(chain.from_iterable(groups)) for sentence, groups in ids_by_sentence.items()}

    def nearby(sentence: int) -> list[Counter]:
        """The place counts of the sentences around ``sentence`` (not itself): a container named
        there ("বাঁকুড়ার গ্রামে হামলা … জয়পুর থানার") outweighs one named elsewhere on the page."""
        return [in_sentence[k] for k in range(sentence - NEARBY_SENTENCES, sentence + NEARBY_SENTENCES + 1)
                if k != sentence and k in in_sentence]

    chosen: list[tuple[Place, str]] = []
    for i, ms in enumerate(mentions):
        own = all_ids[i]
        here = in_sentence[ms["sentence"]]
        best: tuple[float, Place, str] | None = None
        around = nearby(ms["sentence"]) if len(ms["cands"]) > 1 else []
        for rank, cand in enumerate(ms["cands"]):
            score = -0.05 * rank
            reason = "most prominent"
            containers = gz.container_ids(cand)
            # a country named somewhere in the article contains all its candidates alike: only
            # in the same sentence ("পাকিস্তানের পঞ্জাব") does it choose between them
            local_containers = containers - {cand.country}
            # (the counts hold only places named, each at least once: a candidate none of whose
            # containers is among them is told by one set operation, before any count is read)
            # (a count is read with get: a Counter's [] calls its Python __missing__ for every place
            # not named, most of the containers tried)
            if not here.keys().isdisjoint(containers) and any(here.get(c, 0) > (c in own) for c in containers):
                score += 4
                reason = "inside a place named in the same sentence"
            elif around and any(near.get(c, 0) for near in around for c in local_containers):
                score += 2
                reason = "inside a place named nearby"
            elif not in_article.keys().isdisjoint(local_containers) \
                    and any(in_article.get(c, 0) > (c in own) for c in local_containers):
                score += 1.5
                reason = "inside a place named in the article"
            if ms["level"] and cand.feature in ms["level"]:
                score += 2
                reason = "level named after it"
            if cand.country == country_of_page:
                score += country_weight  # Indian Raiganj in a West Bengal story, not Bangladesh's
            if cand.admin2 == CAPITAL_DISTRICT and country_of_page == "BGD" and \
                    reason in ("most prominent", "inside a place named in the article"):
                score += 0.6  # unqualified মিরপুর in Bangladeshi news is Dhaka's, not Kushtia's
            if cand.lat is not None:
                score += 0.3
            if cand.population:
                score += min(math.log10(cand.population + 1) / 10, 0.7)
            if best is None or score > best[0]:
                best = (score, cand, reason)
        assert best is not None
        chosen.append(best[1:])
    chosen = _one_sense_per_article(mentions, chosen)
    entities: list[Entity] = []
    for ms, (place, reason) in zip(mentions, chosen):
        ent = _entity(doc, gz, ms["start"], ms["end"], place, reason, [c.id for c in ms["cands"]])
        # (also when empty: the name fills its word, which the splitter may still cut: সোপোর is
        # no সোপো + র)
        ent.attrs["inflection"] = ms["inflection"]
        entities.append(ent)
    entities = _reseat_under_parents(doc, gz, entities)
    entities = _local_namesakes(doc, gz, entities, country_of_page, votes[country_of_page] if votes else 0)
    entities = _unions_named_like_towns(doc, entities)
    entities.extend(_capitals(doc, gz, entities))
    hits = _level_word_tokens(doc)
    entities.extend(_villages(doc, gz, entities, hits))
    entities.extend(_places_under_admin(doc, entities, hits))
    entities.extend(_places_under_town(doc, entities))
    entities.extend(_romanised(doc, gz, entities, hits))
    return entities


#: how many sentences before and after a mention a containing place may be named "nearby"
NEARBY_SENTENCES = 3

# Reasons that read an ambiguous name from its own sentence ("পাকিস্তানের পঞ্জাবে", "X জেলার ...")
_LOCAL_REASONS = ("inside a place named in the same sentence", "level named after it")


def _one_sense_per_article(mentions: list[dict], chosen: list[tuple[Place, str]]) -> list[tuple[Place, str]]:
    """An ambiguous name that its own sentence resolves once ("পাকিস্তানের পূর্ব পঞ্জাবে") means the
    same place where the article repeats it bare ("পূর্ব পঞ্জাবের লিআয়ায়"), not a namesake in another
    state or country, unless those mentions have local evidence of their own or the resolved
    mentions disagree."""
    resolved: dict[str, set[str]] = {}
    for ms, (place, reason) in zip(mentions, chosen):
        if len(ms["cands"]) > 1 and reason in _LOCAL_REASONS:
            resolved.setdefault(ms["alias"], set()).add(place.id)
    if not resolved:
        return chosen
    out = []
    for ms, (place, reason) in zip(mentions, chosen):
        ids = resolved.get(ms["alias"])
        if ids and len(ids) == 1 and reason not in _LOCAL_REASONS and place.id not in ids:
            (pid,) = ids
            other = next((c for c in ms["cands"] if c.id == pid), place)
            # only between far-apart namesakes: "হাওড়া জেলার" (the district) leaves "হাওড়ায়" the town
            if (other.country, other.admin1) != (place.country, place.admin1):
                place, reason = other, "as the article names it elsewhere"
        out.append((place, reason))
    return out


def main_country(doc: Document) -> str:
    """The page's main country, as the places stage settled it (the default when it saw no place)."""
    return doc.meta.get("main_country") or DEFAULT_COUNTRY


def home_city(doc: Document, start: int, end: int) -> Entity | None:
    """The paper's own city (``resources/home_cities.tsv``, by the page's main country) as a place
    entity over ``doc.text[start:end]`` (a staff byline: the evidence for it)."""
    place_id = home_cities().get(main_country(doc))
    gz = Gazetteer.load()
    place = gz.get(place_id) if place_id else None
    return _entity(doc, gz, start, end, place, "paper's own city (staff byline)", [place.id]) if place else None


def page_country(doc: Document):
    """The country of a page that names no place at all ("তীব্র শীতে দেশের সব হাসপাতালে …"): the main
    country the places stage settled on (the default when it saw none), as a :class:`Location`
    without offsets, like the publication week of an event told without a date."""
    from ..schema import Location

    place = Gazetteer.load().get(main_country(doc))
    if place is None:
        return None
    return Location(text=None, name=place.name, country=place.country, lat=place.lat, lon=place.lon,
                    geonames_id=str(place.geonames_id) if place.geonames_id else None, precision="country")


@lru_cache(maxsize=1)
def home_cities() -> dict[str, str]:
    return {r["country"]: r["place"] for r in resources.read_tsv("home_cities.tsv")}


def _entity(doc: Document, gz: Gazetteer, start: int, end: int, place: Place, reason: str,
            candidates: list[str]) -> Entity:
    return Entity(
        start=start, end=end, text=doc.text[start:end], label="LOC", name=place.name,
        key=place.id, source="gazetteer",
        attrs={
            "feature": place.feature, "country": place.country or None,
            "admin1": place.name if place.feature == "admin1" else _name_of(gz, place.admin1),
            "admin2": place.name if place.feature == "admin2" else _name_of(gz, place.admin2),
            "lat": place.lat, "lon": place.lon,
            "geonames_id": str(place.geonames_id) if place.geonames_id else None,
            "precision": PRECISION_OF_FEATURE.get(place.feature, "city"),
            "reason": reason, "candidates": candidates,
        },
    )


def _level_word_tokens(doc: Document) -> list[tuple[int, str]]:
    """``(index, stem)`` of the tokens whose stem (or spelling) is a level word (জেলা, গ্রাম …)."""
    levels = level_words()
    tokens = doc.tokens
    # (only the tokens TokenStrings.stem_hits finds can pass the test)
    return [(j, key) for j in TokenStrings.of(doc).stem_hits(levels)
            if (key := tokens[j].stem or tokens[j].norm) in levels]


def _is_common(token) -> bool:
    """A function word or common word by its stem or as written ("একটি" is listed; its stem এক is not),
    a verb form ("হলেও": although) or a unit ("মাইল")."""
    common = _common_words()
    stem = token.stem or token.norm
    return stem in common or (token.norm or token.text) in common or is_verb(stem or "")


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Function words and listed common stems of the suffix splitter, plus the words of
    ``not_place_names.tsv`` (adjectives of place, determiners)."""
    from ..text.morph import tables

    listed = {row["word"] for row in resources.read_tsv("not_place_names.tsv")}
    units = resources.term_set("measure_words.tsv")
    return frozenset(tables().stems | tables().functions | listed | units)


def _romanised(doc: Document, gz: Gazetteer, known: list[Entity],
               level_hits: list[tuple[int, str]] | None = None) -> list[Entity]:
    """Foreign places the gazetteer knows only in Latin script, in a place slot: right after a
    country, or a foreign province or district, in the genitive ("ইরাকের ইরবিলে", "বালুচিস্তান
    প্রদেশের নাসিরাবাদে") or right before a level word ("কেরমান শহরে"). Matched by romanisation
    and fuzzy comparison within that country (:mod:`ghotona.geo.fuzzy`), or, before a level word
    with no country in front, within the countries of the places the article names (no match when
    it names none)."""
    from ..text.morph import tables
    from .fuzzy import fuzzy_place, sound_place

    global _COMMON
    t = tables()
    if _COMMON[0] is not t:
        _COMMON = (t, _common_words())  # (the splitter's stems and function words, and more)
    common = _COMMON[1]
    tokens = doc.tokens
    if not tokens:
        return []
    starts = {e.start for e in known}
    by_end = {e.end: e for e in known}
    levels = level_words()
    doc_countries = tuple(sorted({c for e in known if (c := e.attrs.get("country"))}))
    out: list[Entity] = []
    matched: dict[str, Place] = {}  # the stem of each name read -> its place
    # Only a token after a country or before a city/district/division word can pass the tests
    # below: find those first instead of testing every token.
    n = len(tokens)
    slots: set[int] = set()
    container_ends = {end for end, e in by_end.items() if _romanised_container(e)}
    if container_ends:
        ends = [tok.end for tok in tokens]
        for end in container_ends:
            j = bisect_left(ends, end)
            while j < n and ends[j] == end:
                slots.add(j + 1)
                if j + 1 < n and _level_in_genitive(tokens[j + 1], levels):
                    slots.add(j + 2)  # "সিন্ধু প্রদেশের লারকানায়"
                j += 1
    place_levels = _level_words_for("city", "admin1", "admin2")
    if level_hits is None:
        level_hits = _level_word_tokens(doc)
    before_levels = [j - 1 for j, key in level_hits if key in place_levels]
    slots.update(before_levels)
    # "পশ্চিমাঞ্চলীয় কিসুমু এবং উপকূলীয় মোম্বাসা শহরে": a name joined by a conjunction to the one before
    # the level word (one describing word may stand between) is in the same slot
    coordinated = set()
    for j in before_levels:
        for k in (j - 1, j - 2):
            if k >= 1 and tokens[k].sentence == tokens[j].sentence and (tokens[k].norm or tokens[k].text) in COORDINATORS:
                coordinated.add(k - 1)
                break
    slots.update(coordinated)
    # tokens already read as a name, and those inside a known place ("উত্তর দারফুর রাজ্যের": দারফুর is
    # part of North Darfur, not Darfur)
    used = _token_indices(doc.token_starts(), known)
    for i in sorted(slots):
        if not 1 <= i < n or i in used:
            continue
        tok, prev = tokens[i], tokens[i - 1]
        if tok.is_punct or tok.start in starts or not ("\u0980" <= tok.text[:1] <= "\u09ff"):
            continue
        country = None
        container = by_end.get(prev.end)
        if container is None and i >= 2 and _level_in_genitive(prev, levels):
            container = by_end.get(tokens[i - 2].end)  # "<province> প্রদেশের <name>"
            genitive = container is not None
        else:
            genitive = bool(prev.suffixes) and prev.suffixes[-1] in GENITIVE  # "ইরাকের ইরবিলে", not "ভারতে ঢোকার"
        if container is not None and _romanised_container(container) and genitive:
            country = container.attrs.get("country")
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        level_after = _level_after(nxt, levels) or i in coordinated
        # A two-word name ("শ্রীলঙ্কার নুয়ারা এলিয়া জেলায়", "ওয়াজিরিস্তানের মির আলীতে"): after a
        # container, this word and the next; before a level word, the word before and this one.
        pair = None
        if country is not None and nxt is not None and not level_after and i + 2 <= n:
            pair = (i, i + 1, _level_after(tokens[i + 2] if i + 2 < n else None, levels))
        elif country is None and level_after and i >= 2 and prev.end not in by_end:
            pair = (i - 1, i, True)
        if pair is not None:
            a, b, pair_level = pair
            first, last = tokens[a], tokens[b]
            bare = not first.is_punct and "\u0980" <= first.text[:1] <= "\u09ff" \
                and "\u0980" <= last.text[:1] <= "\u09ff" and not last.is_punct and last.start not in starts \
                and first.start not in starts and a not in used and b not in used
            if bare and (first.norm or first.text) not in common:
                countries = (country,) if country is not None else doc_countries
                found = _romanised_lookup([f"{first.norm or first.text} {stem}" for stem in
                                           candidates(last.norm or last.text) if stem not in common],
                                          countries, fuzzy_place, sound_place)
                place = gz.get(found[0][0]) if found else None
                if place is not None and (country is not None or pair_level):
                    out.append(_entity(doc, gz, first.start, last.end, place, f"{found[1]} {place.name}",
                                       [place.id]))
                    used.update((a, b))
                    continue
        if country is None and not level_after:
            continue
        if prev.end in by_end and country is None:
            continue  # "হাইফা বন্দর শহরে": a word after a known place describes it
        # Without a country before it ("বাগলুং জেলায়"), the name is looked for only in the countries
        # of the places the article names: over all countries' Latin names, ordinary words match
        # by chance ("বলে জেলা" ≈ Basel, "করে জেলা" ≈ Ikare).
        countries = (country,) if country is not None else doc_countries
        stems = candidates(tok.norm or tok.text)  # তিকরিতে → তিকরিত, তিকরি …
        # a Bengali word the splitter knows, in any of its readings, is not a foreign name ("উত্তরের
        # জেলাগুলোতে": উত্তর + এর, north, not উত্তরে ≈ Uttara)
        known_word = not common.isdisjoint(stems) or any(map(_dictionary_noun, stems))
        found = None if known_word else _romanised_lookup(stems, countries, fuzzy_place, sound_place)
        if found is None:
            continue
        place = gz.get(found[0][0])
        if place is None:
            continue
        used.add(i)
        out.append(_entity(doc, gz, tok.start, tok.end, place, f"{found[1]} {place.name}", [place.id]))
        if place.country not in VILLAGE_COUNTRIES:
            matched.setdefault(found[2], place)  # (a home country's places have Bengali names of their own)
    return out + _named_again(doc, gz, matched, known + out) if matched else out


def _named_again(doc: Document, gz: Gazetteer, matched: dict[str, Place], known: list[Entity]) -> list[Entity]:
    """One sense per article: the other mentions of a foreign name the romanised fallback read in a
    place slot ("খাইবার পাখতুনখোয়া প্রদেশের বন্নু শহরে" → Bannu) are that place too, with any
    inflection ("বন্নুতে এমন হামলা নতুন নয়", "বন্নুর সরকারি হাসপাতাল")."""
    spans = sorted((e.start, e.end) for e in known)
    out = []
    for tok in doc.tokens:
        k = bisect_left(spans, (tok.start + 1,)) - 1  # (the last known place starting at or before it)
        if tok.is_punct or k >= 0 and spans[k][0] <= tok.start < spans[k][1]:
            continue
        word = tok.norm or tok.text
        # (the place-name inflections the gazetteer's matcher strips, "বন্নুর", then the splitter's readings)
        stem = next((word[:-len(end)] for end in PLACE_INFLECTIONS if word.endswith(end) and word[:-len(end)] in matched),
                    None) or next((s for s in candidates(word) if s in matched), None)
        if stem is not None:
            place = matched[stem]
            out.append(_entity(doc, gz, tok.start, tok.end, place, "as the article names it elsewhere", [place.id]))
    return out


def _level_after(token, levels: dict[str, set[str]]) -> bool:
    """A level word of a town, district or province (শহরে, জেলায়, প্রদেশে) as ``token``."""
    return token is not None and bool(levels.get(token.stem or token.norm, set()) & {"city", "admin1", "admin2"})


#: the words that join two names of one slot (X ও Y শহরে)
COORDINATORS = frozenset({"ও", "এবং"})


def _romanised_lookup(keys: list[str], countries: tuple, fuzzy_place, sound_place) \
        -> tuple[tuple[str, float], str, str] | None:
    """The first of ``keys`` (readings of a word, longest first) whose romanisation matches a Latin
    name of one of ``countries``: ((place id, score), reason, the key), or None. The fuzzy measure is tried on
    every key before the coarser sound key, which must name exactly one place ("বেনিনের কটনু শহরে":
    Cotonou)."""
    for key in keys:
        hits = [h for c in countries if (h := fuzzy_place(key, c)) is not None]
        if hits:
            found = max(hits, key=lambda h: h[1])
            return found, f"romanised match {found[1]:.0f} to", key
    for key in keys:
        pids = {pid for c in countries if (pid := sound_place(key, c)) is not None}
        if len(pids) == 1:
            return (pids.pop(), 100.0), "sound match to", key
    return None


_COMMON: tuple[object, frozenset[str]] = (None, frozenset())


def _level_words_for(*features: str) -> frozenset[str]:
    """The level words that name any of these features (``"village"``: গ্রাম, ইউনিয়ন …), made once
    for the current table of level words (not once per article)."""
    global _LEVELS_FOR
    levels = level_words()
    if _LEVELS_FOR[0] is not levels:
        _LEVELS_FOR = (levels, {})
    found = _LEVELS_FOR[1].get(features)
    if found is None:
        found = _LEVELS_FOR[1][features] = frozenset(
            w for w, feats in levels.items() if not feats.isdisjoint(features))
    return found


_LEVELS_FOR: tuple[object, dict[tuple[str, ...], frozenset[str]]] = (None, {})


def _level_in_genitive(token, levels: dict[str, set[str]]) -> bool:
    """A level word in the genitive (প্রদেশের, জেলার, রাজ্যের) naming the place before it."""
    return bool(token.suffixes) and token.suffixes[-1] in GENITIVE and (token.stem or token.norm) in levels


def _romanised_container(place: Entity) -> bool:
    """A place whose genitive opens a slot for a Latin-only name: a country, or a province or
    district abroad ("বালুচিস্তান প্রদেশের নাসিরাবাদে"; Bangladeshi and Indian units have their
    villages instead)."""
    feature = place.attrs.get("feature")
    return feature == "country" or feature in ("admin1", "admin2") \
        and place.attrs.get("country") not in VILLAGE_COUNTRIES


# Unknown villages are placed only under Bangladeshi and Indian parents (the gazetteer's depth).
VILLAGE_COUNTRIES = ("BGD", "IND")
#: how specific each location precision is
PRECISION_RANK = {"point": 5, "city": 4, "district": 3, "admin1": 2, "country": 1}
#: how far a place named under a parent ("নলহাটির গোপালপুর গ্রামে") may lie from that parent (by
#: the parent's precision) before its gazetteer namesake is taken for another place of that name
PARENT_RADIUS_KM = {"point": 30.0, "city": 30.0, "district": 80.0}


def _lies_in_any(gz: Gazetteer, place: Place, parent: Entity) -> bool:
    """Whether ``place`` lies inside or near any of the places the parent's name can mean
    (চট্টগ্রামের ফটিকছড়ি: inside the district, though the name was read as the city)."""
    containers = gz.container_ids(place)
    district = _name_of(gz, place.admin2) if place.admin2 else None
    if district and parent.name and parent.name in district.split():
        return True  # "বর্ধমানের রানিগঞ্জ": Paschim Bardhaman, a part of the old Bardhaman district
    for pid in [parent.key, *parent.attrs.get("candidates", ())]:
        cand = gz.get(pid) if pid else None
        if cand is None:
            continue
        if cand.id in containers:
            return True
        radius = PARENT_RADIUS_KM.get(PRECISION_OF_FEATURE.get(cand.feature, ""))
        if radius and cand.lat is not None and place.distance_km(cand.lat, cand.lon) <= radius:
            return True
    return False


def _reseat_under_parents(doc: Document, gz: Gazetteer, entities: list[Entity]) -> list[Entity]:
    """"X-এর Y" / "X থানার Y": a place right after a Bangladeshi or Indian place in the genitive
    lies inside it.  When the gazetteer's Y is neither inside X nor near it (নলহাটির গোপালপুর is not
    Tangail's Gopalpur; বারুইপুরের রামনগর is not Purba Medinipur's), Y is a local place the
    gazetteer lacks: it is placed at X, as an unknown village is."""
    if not doc.tokens or len(entities) < 2:
        return entities
    from ..text.morph import GENITIVE

    tokens = doc.tokens
    starts = doc.token_starts()
    levels = level_words()
    by_end = {e.end: e for e in entities}
    out = []
    local: dict[str | None, tuple[str, Entity]] = {}  # gazetteer place refused -> (local name, parent)
    for ent in entities:
        i = bisect_left(starts, ent.start)
        place = gz.get(ent.key) if ent.key else None
        if place is None or i == 0 or starts[i] != ent.start or place.feature in ("country", "admin1") \
                or place.lat is None:
            out.append(ent)
            continue
        j = i - 1
        level = levels.get(tokens[j].stem or tokens[j].norm)
        if level and "route" not in level and j > 0:
            j -= 1  # "হরিহরপাড়া থানার শ্রীপুর গ্রামে" (but not "… মহাসড়কের পটিয়া")
        parent = by_end.get(tokens[j].end)
        if parent is None and level and "route" not in level:
            parent = by_end.get(tokens[i - 1].end)  # ("নলবাড়ি জেলার তামুলপুর": the place took its level word)
        if parent is None and level and j > 0 and set(tokens[j - 1].suffixes) & GENITIVE:
            # "কোচবিহারের কোতয়ালি থানার ধর্মতলায়": a thana the gazetteer lacks, under a known town
            parent = by_end.get(tokens[j - 1].end)
            j -= 1
        genitive = set(tokens[i - 1].suffixes) & GENITIVE
        radius = PARENT_RADIUS_KM.get(parent.attrs.get("precision") if parent else "")
        if parent is None or not genitive or parent is ent or radius is None or parent.attrs.get("lat") is None \
                or parent.attrs.get("country") not in VILLAGE_COUNTRIES or tokens[j].sentence != tokens[i].sentence:
            out.append(ent)
            continue
        coarser = PRECISION_RANK.get(ent.attrs.get("precision"), 0) < PRECISION_RANK[parent.attrs["precision"]]
        if not coarser and _lies_in_any(gz, place, parent):
            out.append(ent)
            continue
        # "শিলিগুড়ির দার্জিলিং মোড়": a district named under a town is not that district
        words = [t for t in tokens[i:] if t.start < ent.end]  # "দক্ষিণ কেরানীগঞ্জের" → দক্ষিণ কেরানীগঞ্জ
        name = " ".join([t.norm or t.text for t in words[:-1]] + [words[-1].stem or words[-1].norm or words[-1].text])
        out.append(_village_entity(doc, ent.start, ent.end, name, parent))
        local.setdefault(ent.key, (name, parent))
    # one sense per article: the bare "রামনগরে" of a story that began at "বারুইপুরের রামনগর মোড়ে" is
    # that local place too, not the gazetteer's far namesake
    return [_village_entity(doc, e.start, e.end, *local[e.key]) if e.key in local else e for e in out]


def _villages(doc: Document, gz: Gazetteer, known: list[Entity],
              level_hits: list[tuple[int, str]] | None = None) -> list[Entity]:
    """Words before গ্রাম/ইউনিয়ন/মহল্লা … that the gazetteer does not know, placed at the most
    specific known place of the same sentence."""
    words = _level_words_for("village")
    if not words or not doc.tokens:
        return []
    known_starts = {(e.start, e.end) for e in known}
    out: list[Entity] = []
    named: dict[str | None, Entity] = {}  # a village found -> its parent
    tokens = doc.tokens
    if level_hits is None:
        level_hits = _level_word_tokens(doc)
    hits = [i for i, key in level_hits if i and key in words]
    token_starts = doc.token_starts() if hits else []
    place_tokens: set[int] | None = None

    def place_token(j: int) -> bool:  # (the tokens of the known places, found when first asked)
        nonlocal place_tokens
        if place_tokens is None:
            place_tokens = _token_indices(token_starts, known)
        return j in place_tokens

    # the sentence of each known place with coordinates, found once (not once per level word)
    located = [(e, sentence) for e, sentence in zip(known, doc.sentence_indices_at(e.start for e in known))
               if e.attrs.get("lat") is not None] if hits else []
    for i in hits:
        tok = tokens[i]
        prev = tokens[i - 1]
        if prev.is_punct or prev.sentence != tok.sentence or not prev.text[:1].isalpha() \
                or _is_common(prev) or (prev.stem or prev.norm) in level_words():
            continue  # "এ এলাকায়", "তাদের এলাকা", "নির্বাচনি এলাকা" are not places
        if prev.suffixes and _dictionary_noun(prev.stem or prev.norm):
            continue  # "দেশের বাজারে", "চাকরির বাজার", "বিকেলে গ্রামে": an inflected common noun names no village
        if (tok.stem or tok.norm) in DESCRIBED_LEVELS and _dictionary_adjective(prev.norm or prev.text):
            continue  # "অশান্ত এলাকায়", "উত্তপ্ত এলাকায়": an adjective (only) describes an area ("অটল গ্রামে" is a village)
        if any(a <= prev.start < b for a, b in known_starts):
            continue
        sent = tok.sentence
        parents = [e for e, sentence in located if sentence == sent]
        if not parents:  # "… কোম্পানীগঞ্জ উপজেলায় … । … উপজেলার বসুরহাট বাজারে …"
            parents = [e for e, sentence in located if sentence == sent - 1]
        # "ঝাড়খণ্ড লাগোয়া বৈষ্ণবডাঙা গ্রামে": a neighbour does not contain the village, nor does a
        # road's or a journey's end
        parents = [e for e in parents if not _names_a_neighbour(tokens, token_starts, e)
                   and not _a_journey_end(doc, e, place_token)]
        if not parents:
            # one sense per article: "ইনচুরা গ্রামের কাছে", told again after "বলাগড় থানা এলাকায় …
            # ইনচুরা গ্রামের", is that village
            earlier = named.get(prev.stem or prev.norm)
            if earlier is not None:
                out.append(_village_entity(doc, prev.start, tok.end, prev.norm or prev.text, earlier))
            continue
        # "পটিয়া উপজেলার আমজুরহাট এলাকায়": the nearest place before the village contains it.
        before = [e for e in parents if e.end <= prev.start]
        parent = max(before, key=lambda e: e.end) if before else max(
            parents, key=lambda e: PRECISION_RANK.get(e.attrs.get("precision"), 0))
        if parent.attrs.get("country") not in VILLAGE_COUNTRIES:
            continue
        first = _name_before_head(tokens, i - 1, known_starts)
        name = " ".join(t.norm or t.text for t in tokens[first:i])
        out.append(_village_entity(doc, tokens[first].start, tok.end, name, parent))
        named.setdefault(prev.stem or prev.norm, parent)
    return out


@lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    return resources.term_set("place_name_heads.tsv")


def _name_before_head(tokens, last: int, known_starts) -> int:
    """The first token of an unknown place's name that ends at token ``last``: the word before a
    head word of ``resources/place_name_heads.tsv`` belongs to the name ("নেতাজি পার্ক", not
    "পার্ক") when it is a bare word of the same sentence, no function word and no known place."""
    head = tokens[last]
    if last == 0 or (head.stem or head.norm) not in _name_heads():
        return last
    word = tokens[last - 1]
    if word.is_punct or word.sentence != head.sentence or word.suffixes or not word.text[:1].isalpha() \
            or _is_common(word) or (word.stem or word.norm) in level_words() \
            or any(a <= word.start < b for a, b in known_starts):
        return last
    return last - 1


@lru_cache(maxsize=1)
def route_words() -> frozenset[str]:
    """Level words that name a road, rail or waterway (মহাসড়ক, রেলপথ …)."""
    return frozenset(w for w, feats in level_words().items() if "route" in feats)


def ends_a_route(doc: Document, last: int, is_bare_place_token, bare: bool | None = None) -> bool:
    """The uninflected place whose last token is ``last`` is an end of a road named after its ends
    ("ঢাকা-সিলেট মহাসড়কের", "নোয়াখালী-চট্টগ্রাম মহাসড়ক"): after it, hyphens and tokens of other
    uninflected places (``is_bare_place_token``) up to a route word of ``resources/place_levels.tsv``.
    ``bare``: whether the place is uninflected, as the gazetteer matched it, when the caller knows (the
    splitter reads কোয়েটা as কোয়ে + টা); else as the splitter left its last token."""
    tokens = doc.tokens
    if not bare if bare is not None else tokens[last].suffixes:
        return False  # "এলাকায় সড়ক দুর্ঘটনা": an inflected place is not a road's end
    strings = TokenStrings.of(doc)
    words, stems = strings.words, strings.stem_words
    sentence = tokens[last].sentence
    j = last + 1
    first = last
    while first > 0 and tokens[first - 1].sentence == sentence and is_bare_place_token(first - 1):
        first -= 1
    paired = first > 0 and words[first - 1] == "-"  # (X-Y: a route's two ends; this one the second)
    while j < len(tokens) and tokens[j].sentence == sentence \
            and (words[j] == "-" or is_bare_place_token(j)):
        paired = paired or words[j] == "-"
        j += 1
    if j < len(tokens) and stems[j] in route_words():
        return True
    # a train named between its ends and its kind, an end the gazetteer may not know, a road's kind:
    # "হাওড়া-কুর্লা জ্ঞানেশ্বরী এক্সপ্রেস", "কৃষ্ণনগর-করিমপুর রাজ্য সড়ক"
    for k in range(j, min(j + ROUTE_NAME_WORDS, len(tokens) - 1)) if paired else ():
        if tokens[k].suffixes or tokens[k].is_punct or tokens[k].sentence != sentence:
            return False
        if stems[k + 1] in route_words():
            return True
    return False


@lru_cache(maxsize=1)
def train_words() -> frozenset[str]:
    """Route words that name a train (এক্সপ্রেস, লোকাল …: place_levels.tsv feature ``train``)."""
    return frozenset(w for w, feats in level_words().items() if "train" in feats)


#: how many words (an unknown end, a train's name) may stand between a route's named ends and its kind
ROUTE_NAME_WORDS = 2


#: endings of a place name that make it a journey's end ("ঢাকাগামী বাস", "চট্টগ্রামমুখী"), as the
#: gazetteer's matcher reports them (``inflection``); read here and by events.placing
BOUND_FOR = frozenset({"গামী", "মুখী"})
#: the word after a place that makes it a journey's start ("খুলনা থেকে ঢাকাগামী")
FROM_WORD = "থেকে"


def _a_journey_end(doc: Document, ent: Entity, is_place_token) -> bool:
    """A place that is an end of a road or a journey ("ঢাকা-সিলেট মহাসড়কের মরজাল বাসস্ট্যান্ড এলাকায়",
    "খুলনা থেকে ঢাকাগামী বাস মালিগ্রাম এলাকায়"): it does not contain the village named after it."""
    if ent.attrs.get("inflection") in BOUND_FOR:
        return True
    last = bisect_left(doc.token_starts(), ent.end) - 1
    if last < 0:
        return False
    words = TokenStrings.of(doc).words
    return last + 1 < len(words) and words[last + 1] == FROM_WORD \
        or ends_a_route(doc, last, lambda j: is_place_token(j) and not doc.tokens[j].suffixes)


def _token_indices(token_starts: list[int], entities: list[Entity]) -> set[int]:
    """The indices of the tokens the entities cover (``token_starts``: the document's, in order)."""
    return {k for e in entities for k in range(bisect_left(token_starts, e.start), bisect_left(token_starts, e.end))}


def _names_a_neighbour(tokens: list, token_starts: list[int], ent: Entity) -> bool:
    """A place followed by a word of adjacency or comparison (লাগোয়া, সংলগ্ন, ধাঁচে …: roles
    ``beside`` and ``like`` in ``resources/reference_point_cues.tsv``)."""
    i = bisect_left(token_starts, ent.end)
    return i < len(tokens) and is_neighbour_word(tokens[i])


def is_neighbour_word(tok) -> bool:
    """A word of adjacency or comparison after a place (লাগোয়া, সংলগ্ন, ধাঁচে, মতো …): the place is a
    neighbour or a model, not where something happened; read here and by events.placing."""
    words = _neighbour_words()
    return (tok.stem or tok.norm or tok.text) in words or (tok.norm or tok.text) in words


@lru_cache(maxsize=1)
def reference_point_cues() -> dict[str, str]:
    """Word → role of the words that make a place a reference point (``resources/reference_point_cues.tsv``:
    from, away, unit, compass, link, motion, way, beside, like, made, report, ward, hospital); read here and by events.placing."""
    return {normalize_term(row["word"]): row["role"] for row in resources.read_tsv("reference_point_cues.tsv")}


@lru_cache(maxsize=1)
def _neighbour_words() -> frozenset[str]:
    return frozenset(w for w, role in reference_point_cues().items() if role in ("beside", "like"))


def _dictionary_noun(stem: str) -> bool:
    """A Bengali dictionary headword that is a noun (``resources/dictionary_words.tsv``)."""
    return stem in _dictionary_words()[0]


#: level words an adjective before describes rather than names ("অশান্ত এলাকায়": restive areas)
DESCRIBED_LEVELS = frozenset({"এলাকা"})


def _dictionary_adjective(word: str) -> bool:
    """A Bengali dictionary headword that is only an adjective (``resources/dictionary_words.tsv``), or
    the superlative of an adjective ("ব্যস্ততম এলাকা": the busiest area, from ব্যস্ত)."""
    words = _dictionary_words()
    return word in words[1] or word.endswith(SUPERLATIVE) and word[:-len(SUPERLATIVE)] in words[2]


#: the ending of a superlative adjective (ব্যস্ততম, বৃহত্তম)
SUPERLATIVE = "তম"


@lru_cache(maxsize=1)
def _dictionary_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(the nouns, the words that are only adjectives, the words that may be adjectives) of the
    dictionary table, read in one pass; the whole table (71k rows) is the NER's, loaded when it runs."""
    nouns, adjectives, any_adjectives = set(), set(), set()
    for row in resources.iter_tsv("dictionary_words.tsv"):
        if "noun" in row["pos"]:
            nouns.add(row["term"])
        elif row["pos"] == "adj":
            adjectives.add(row["term"])
        if "adj" in row["pos"]:
            any_adjectives.add(row["term"])
    return frozenset(nouns), frozenset(adjectives), frozenset(any_adjectives)


#: neighbours whose towns and villages share Bengali names (নোয়াপাড়া, সাদুল্লাপুর, জয়নগর)
NAMESAKE_COUNTRIES = frozenset({"BGD", "IND"})
#: the features of a small place that may be a namesake; larger ones (population) are known by name
NAMESAKE_FEATURES = frozenset({"city", "admin3", "neighbourhood"})
NAMESAKE_MAX_POPULATION = 100_000
#: how many unambiguous mentions (a byline counts three) make a page surely of its main country
NAMESAKE_PAGE_VOTES = 3


def _local_namesakes(doc: Document, gz: Gazetteer, entities: list[Entity], page: str, page_votes: int) -> list[Entity]:
    """A small town of the neighbouring country that is the only place of that country on a page
    surely about the other ("নরসিংদীর রায়পুরা … মরজাল ইউনিয়নের নোয়াপাড়া বাজারে", where the gazetteer
    knows only North 24 Parganas' Noapara; "মালদহে সাদুল্লাপুরের শ্মশানে", not Gaibandha's upazila) is
    a local place of the page's country the gazetteer lacks: placed as a village under the page's
    nearest place of its sentence (else of the sentence before), or dropped when there is none."""
    if page not in NAMESAKE_COUNTRIES or page_votes < NAMESAKE_PAGE_VOTES:
        return entities
    places = {e.key: gz.get(e.key) for e in entities if e.key}
    keys_by_country: dict[str, set[str]] = {}
    for key, place in places.items():
        if place is not None:
            keys_by_country.setdefault(place.country, set()).add(key)
    if not any(c != page and c in NAMESAKE_COUNTRIES for c in keys_by_country):
        return entities  # (most pages: no place of the neighbour at all)
    out: list[Entity] = []
    sentence_of = doc.sentence_index_at
    place_tokens = _token_indices(doc.token_starts(), entities)
    token_starts = doc.token_starts()
    village_words = _level_words_for("village")
    # (a town of any size named before a village word is a namesake, in all its mentions: "রাজাপুর
    # ইউনিয়নের পূর্ব চন্দ্রপুর গ্রামের" in Feni is no Chandrapur of Maharashtra, nor is "পূর্ব চন্দ্রপুরে")
    called_villages = {e.key for e in entities if e.key and _before_a_level_word(doc, token_starts, e, village_words)}
    page_places: list[Entity] | None = None  # (the page country's places that may contain one, found when first asked)
    for ent in entities:
        place = places.get(ent.key) if ent.key else None
        if place is None or place.country == page or place.country not in NAMESAKE_COUNTRIES \
                or place.feature not in NAMESAKE_FEATURES \
                or (place.population or 0) >= NAMESAKE_MAX_POPULATION and ent.key not in called_villages \
                or keys_by_country[place.country] != {ent.key} \
                or any(c.country == page for c in map(gz.get, ent.attrs.get("candidates") or []) if c is not None):
            out.append(ent)
            continue
        if page_places is None:
            page_places = [e for e in entities if e.key and (p := places.get(e.key)) is not None and p.country == page
                           and p.lat is not None
                           and not _a_journey_end(doc, e, place_tokens.__contains__)]  # ("ঢাকা-ময়মনসিংহ মহাসড়কের")
        own = _in_sentence_or_before(page_places, sentence_of, sentence_of(ent.start))
        before = [e for e in own if e.end <= ent.start]
        parent = max(before, key=lambda e: e.end) if before else own[0] if own else None
        if parent is not None:
            inflection = ent.attrs.get("inflection") or ""
            name = ent.text[:len(ent.text) - len(inflection)] if inflection and ent.text.endswith(inflection) else ent.text
            out.append(_village_entity(doc, ent.start, ent.end, name, parent))
    return out


#: the level words of a local unit that a town of another district cannot be ("হরিপুর ইউনিয়নের")
LOCAL_UNIT_WORDS = frozenset(normalize_term(w) for w in ("ইউনিয়ন", "গ্রাম", "মহল্লা", "ইউপি"))
#: the features of a known place that may be a local unit's namesake
UNIT_NAMESAKE_FEATURES = frozenset({"admin3", "city", "neighbourhood"})


def _unions_named_like_towns(doc: Document, entities: list[Entity]) -> list[Entity]:
    """A town or upazila of another district named before a union's or village's level word, after
    a place of the story's own ("নাসিরনগর উপজেলায় … উপজেলার হরিপুর ইউনিয়নের পাঁচপাড়া গ্রামে": a union of
    Nasirnagar, not Thakurgaon's Haripur upazila), is a local unit of that place, as a village."""
    if not doc.tokens:
        return entities
    token_starts = doc.token_starts()
    sentence_of = doc.sentence_index_at
    located = [e for e in entities if e.key and e.attrs.get("lat") is not None
               and e.attrs.get("country") in VILLAGE_COUNTRIES and e.attrs.get("admin2")]
    out = []
    for ent in entities:
        if not ent.key or ent.attrs.get("feature") not in UNIT_NAMESAKE_FEATURES or ent.attrs.get("inflection") \
                or not _before_a_level_word(doc, token_starts, ent, LOCAL_UNIT_WORDS):
            out.append(ent)
            continue
        before = _in_sentence_or_before([e for e in located if e.end <= ent.start], sentence_of, sentence_of(ent.start))
        parent = max(before, key=lambda e: e.end) if before else None
        if parent is None or parent.attrs.get("country") != ent.attrs.get("country") \
                or parent.attrs.get("admin2") == ent.attrs.get("admin2"):
            out.append(ent)
            continue
        out.append(_village_entity(doc, ent.start, ent.end, ent.text, parent))
    return out


def _in_sentence_or_before(places: list[Entity], sentence_of, sentence: int) -> list[Entity]:
    """The places of ``sentence``, else those of the sentence before it (where the place containing
    an unknown one was named: "… কোম্পানীগঞ্জ উপজেলায় … । … উপজেলার বসুরহাট বাজারে …")."""
    for k in (sentence, sentence - 1):
        here = [e for e in places if sentence_of(e.start) == k]
        if here:
            return here
    return []


def _before_a_level_word(doc: Document, token_starts: list[int], ent: Entity, words: frozenset[str]) -> bool:
    """The word right after the place is one of the level ``words`` (গ্রামের, ইউনিয়নে …)."""
    i = bisect_left(token_starts, ent.end)
    if i >= len(doc.tokens) or doc.tokens[i].sentence != doc.tokens[i - 1].sentence:
        return False
    token = doc.tokens[i]
    return (token.stem or token.norm) in words


def _village_entity(doc: Document, start: int, end: int, name: str, parent: Entity) -> Entity:
    """A place the gazetteer does not know, at the coordinates of the known place that contains it."""
    # (not the parent's inflection: where the village's own name ends is not known)
    attrs = {k: v for k, v in parent.attrs.items() if k != "inflection"}
    attrs.update({"feature": "village", "reason": f"village under {parent.name}", "parent": parent.key,
                  "candidates": []})
    return Entity(start=start, end=end, text=doc.text[start:end], label="LOC",
                  name=f"{name} ({parent.name})", key=None, source="pattern", attrs=attrs)


#: words for someone's home before an address ("বাড়ি কাকদ্বীপের রামগোপালপুরে")
HOME_WORDS = frozenset(normalize_term(w) for w in ("বাড়ি", "বাসা", "ঠিকানা"))
#: the features of a known place whose genitive may name an unknown place inside it (a town or block,
#: not a district: "মালদহের X-এ" is as often a person's or a river's X)
TOWN_FEATURES = ("city", "admin3")


def _places_under_town(doc: Document, known: list[Entity]) -> list[Entity]:
    """"হুগলির আরামবাগের শালিপুরে": an unknown word in the locative right after a known town or block
    in the genitive is a place inside it (a village or a neighbourhood the gazetteer lacks), not a
    common noun ("কলকাতার রাস্তায়": a dictionary noun) nor a known place."""
    from ..text.morph import GENITIVE

    tokens = doc.tokens
    if not tokens:
        return []
    token_starts = doc.token_starts()
    starts = {e.start for e in known}
    levels = level_words()
    out: list[Entity] = []
    for parent in known:
        if parent.attrs.get("feature") not in TOWN_FEATURES or parent.attrs.get("lat") is None \
                or parent.attrs.get("country") not in VILLAGE_COUNTRIES:
            continue
        i = bisect_left(token_starts, parent.end) - 1  # the place's last token
        j = i + 1
        if i < 0 or j >= len(tokens) or not set(tokens[i].suffixes) & GENITIVE:
            continue
        first = bisect_left(token_starts, parent.start)
        if first > 0 and (tokens[first - 1].stem or tokens[first - 1].norm) in HOME_WORDS:
            continue  # "ওই জওয়ানের বাড়ি কাকদ্বীপের রামগোপালপুরে": a victim's home, not a scene
        tok = tokens[j]
        stem = tok.stem or tok.norm or tok.text
        if not _unknown_word(tok, tokens[i].sentence, starts, levels) or not _locative_word(tok) \
                or _dictionary_noun(stem) or _dictionary_noun(tok.norm or tok.text):
            continue
        out.append(_village_entity(doc, tok.start, tok.end, stem, parent))
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """ISO3 country -> the gazetteer id of its capital (``resources/gazetteer/capitals.tsv``)."""
    return {r["country"]: r["place_id"] for r in resources.read_tsv("gazetteer/capitals.tsv")}


@lru_cache(maxsize=1)
def capital_words() -> frozenset[str]:
    return resources.term_set("capital_words.tsv")


#: countries whose papers' bare "রাজধানী" is their own capital
OWN_CAPITAL_COUNTRIES = ("BGD",)
#: countries whose bare "রাজধানী" may be the nation's or a state's (Delhi or Kolkata on an Indian page)
TWO_CAPITAL_COUNTRIES = ("IND",)
#: how many sentences back a story may have named the country whose capital a bare "রাজধানী" is
CAPITAL_COUNTRY_SENTENCES = 2


def _capitals(doc: Document, gz: Gazetteer, known: list[Entity]) -> list[Entity]:
    """"রাজধানী" as the capital it names: the capital of the country in the genitive right before it
    ("ইরাকের রাজধানী শহরে"), else, when no place follows in apposition ("রাজধানী ঢাকায়" names it
    already), of the country the story named last, in its sentence or the two before ("ইরাকে
    … দু'টি হামলায় … খোদ রাজধানীর একটি বেকারিতে"), else, on a Bangladeshi page, Dhaka."""
    from ..text.morph import GENITIVE

    tokens = doc.tokens
    words = capital_words()
    norm = doc.norm if doc.norm is not None else doc.text
    if not any(word in norm for word in words):
        return []  # (a substring search; most pages never name a capital this way)
    hits = [i for i, tok in enumerate(tokens) if (tok.stem or tok.norm) in words]
    if not hits:
        return []
    by_start = {e.start: e for e in known}
    by_end = {e.end: e for e in known}
    country_of_page = main_country(doc)
    out: list[Entity] = []
    for i in hits:
        tok = tokens[i]
        if tok.start in by_start:
            continue
        if i + 1 < len(tokens) and tokens[i + 1].start in by_start and not set(tok.suffixes) & GENITIVE:
            continue  # "রাজধানী কাবুলে", "আলজিরিয়ার রাজধানী আলজিয়ার্সের": the city is named (but
            # "রাজধানীর মগবাজারে" names a place inside it)
        before = by_end.get(tokens[i - 1].end) if i > 0 else None
        if before is not None and before.attrs.get("feature") == "country" \
                and set(tokens[i - 1].suffixes) & GENITIVE:
            country, reason = before.attrs.get("country"), f"capital of {before.name}"
        else:
            country = _story_country(doc, known, tok)
            reason = "capital of the country the story names"
            if country is None and country_of_page in OWN_CAPITAL_COUNTRIES:
                country, reason = country_of_page, "the paper's capital"
        place = gz.get(capitals().get(country or "", ""))
        if place is not None:
            out.append(_entity(doc, gz, tok.start, tok.end, place, reason, [place.id]))
    return out


def _story_country(doc: Document, known: list[Entity], tok) -> str | None:
    """The country of the last place named before ``tok`` in its sentence or the two before, unless
    a bare capital of that country is ambiguous (:data:`TWO_CAPITAL_COUNTRIES`)."""
    earlier = [e for e in known if e.end <= tok.start and e.attrs.get("country")
               and tok.sentence - doc.sentence_index_at(e.start) <= CAPITAL_COUNTRY_SENTENCES]
    if not earlier:
        return None
    country = max(earlier, key=lambda e: e.start).attrs.get("country")
    return None if country in TWO_CAPITAL_COUNTRIES else country


MAX_VILLAGE_WORDS = 2
LOCATIVE_ENDINGS = ("ে", "\u09df", "তে")  # normalised spelling: য় composed (U+09DF); compared with Token.norm
#: adjective endings that look like a locative য় (কেন্দ্রীয়, তৃতীয়, জাতীয়): never a place's case
ADJECTIVE_ENDINGS = ("ী\u09df", "ি\u09df")


def _unknown_word(tok, sentence: int, known_starts: set[int], levels) -> bool:
    """A word of ``sentence`` that may name a place the gazetteer lacks: a letter word, not a known
    place, not a function or common word, not a level word (গ্রাম, থানা)."""
    return not tok.is_punct and tok.sentence == sentence and tok.text[:1].isalpha() \
        and tok.start not in known_starts and not _is_common(tok) and (tok.stem or tok.norm) not in levels


def _locative_word(tok) -> bool:
    """A word in the locative by its spelling (শালিপুরে, চকে, পদ্মমালায়), not an adjective in -ীয়."""
    word = tok.norm or tok.text
    return word.endswith(LOCATIVE_ENDINGS) and not word.endswith(ADJECTIVE_ENDINGS)


def _places_under_admin(doc: Document, known: list[Entity],
                        level_hits: list[tuple[int, str]]) -> list[Entity]:
    """"জামবনি থানার সানগ্রাম চকে": one or two unknown words in the locative right after a known
    upazila/thana in the genitive name a place inside it (West Bengal reports name the police
    station, then the village, often without the word গ্রাম)."""
    levels = level_words()
    admin_words = _level_words_for("admin3")
    tokens = doc.tokens
    ends = {e.end: e for e in known if e.attrs.get("lat") is not None}
    starts = {e.start for e in known}
    out: list[Entity] = []
    for i, key in level_hits:
        if key not in admin_words or not i or not tokens[i].text.endswith("র") or i + 1 >= len(tokens):
            continue
        parent = ends.get(tokens[i - 1].end)
        if parent is None or parent.attrs.get("country") not in VILLAGE_COUNTRIES:
            continue
        for j in range(i + 1, min(i + 1 + MAX_VILLAGE_WORDS, len(tokens))):
            tok = tokens[j]
            if not _unknown_word(tok, tokens[i].sentence, starts, levels):
                break
            if _locative_word(tok):
                first = tokens[i + 1]
                name = " ".join([t.norm or t.text for t in tokens[i + 1:j]] + [tok.stem or tok.norm or tok.text])
                out.append(_village_entity(doc, first.start, tok.end, name, parent))
                break
    return out
