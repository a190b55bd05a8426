"""Entities from dictionaries and patterns: actors (``actors.tsv``), places (the gazetteer) and
persons (title and context cues from ``person_cues.tsv``, and the "name (age)" pattern of crime
reports).  The learned NER model (a later stage) adds what these do not know.

Labels: ACTOR (an organisation, force, party, state or group that can act), LOC (a place),
PER (a person).  A state name is both an ACTOR and a LOC; the event stage picks the role from case
marking and position.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache

from .. import resources
from ..doc import Document, Entity, Token
from ..events.counts import person_nouns
from ..events.cues import attribution_cues, count_cues
from ..geo.gazetteer import Gazetteer
from ..geo.places import family_names, place_entities as find_places
from ..options import Options
from ..pipeline import stage
from ..text.morph import GENITIVE, LOCATIVE, is_verb
from ..text.normalize import normalize_term
from .lexicon import Lexicon, TokenStrings



@lru_cache(maxsize=1)
def actor_lexicon() -> Lexicon:
    rows = list(resources.read_tsv("actors.tsv"))
    known = {normalize_term(r["term"]) for r in rows}
    for row in list(rows):
        spaced = spell_out_acronym(normalize_term(row["term"]))
        if spaced and spaced not in known:  # বিএসএফ → বি এস এফ
            rows.append({**row, "term": spaced})
            known.add(spaced)
    return Lexicon(rows)


@lru_cache(maxsize=1)
def _letter_names() -> tuple[str, ...]:
    names = {normalize_term(r["name"]) for r in resources.read_tsv("latin_letter_names.tsv")}
    return tuple(sorted(names, key=len, reverse=True))


def spell_out_acronym(term: str) -> str | None:
    """"বিএসএফ" → "বি এস এফ" when the whole word reads as Latin letter names (at least two)."""
    if " " in term or len(term) < 2:
        return None
    names = _letter_names()
    parts: list[str] = []

    def parse(rest: str) -> bool:
        if not rest:
            return True
        for name in names:
            if rest.startswith(name):
                parts.append(name)
                if parse(rest[len(name):]):
                    return True
                parts.pop()
        return False

    # "এ", "ই", "ও" are also words: a two-letter acronym with one of them would match prose
    if parse(term) and (len(parts) >= 3 or len(parts) == 2 and not set(parts) & _VOWEL_WORDS):
        return " ".join(parts)
    return None


_VOWEL_WORDS = {"এ", "ই", "ও"}


@lru_cache(maxsize=1)
def person_cues() -> Lexicon:
    return Lexicon(resources.read_tsv("person_cues.tsv"))


def _span_of(doc: Document, first: int, last: int) -> tuple[int, int]:
    return doc.tokens[first].start, doc.tokens[last - 1].end


def actor_entities(doc: Document) -> list[Entity]:
    out = []
    for m in actor_lexicon().find(doc):
        e = m.entry
        start, end = _span_of(doc, m.first, m.last)
        out.append(Entity(
            start=start, end=end, text=doc.text[start:end], label="ACTOR", name=e.get("name") or None,
            key=e.get("id") or None, source="dictionary",
            attrs={
                "country": e.get("country") or None, "sector": e.get("sector") or None,
                "wikidata": e.get("wikidata") or None, "kind": e.get("kind") or None,
                "acled_inter": e.get("acled_inter") or None,
                "first_token": m.first, "last_token": m.last,
            },
        ))
    return out


def _is_word(tok: Token) -> bool:
    return not tok.is_punct and any("\u0980" <= ch <= "\u09ff" for ch in tok.text)


def _name_word(tok: Token) -> bool:
    """Can this token be part of a person's name? Not a verb form ("ঢুকে রহিমা খাতুন (৯০)")."""
    return _is_word(tok) and not is_verb(tok.norm or tok.text)


def _words_before(tokens: list[Token], i: int, limit: int, is_word, blocked) -> int:
    """The first of up to ``limit`` name words (``is_word``, not ``blocked``) right before token
    ``i`` in its sentence; ``i`` when there is none."""
    first = i
    while first > 0 and i - first < limit and is_word(tokens[first - 1]) and not blocked(first - 1) \
            and tokens[first - 1].sentence == tokens[i].sentence:
        first -= 1
    return first


#: how many given-name words may stand before a family name (মুহাম্মদ জিয়াউর রহমান)
GIVEN_NAME_WORDS = 2


def _given_name_word(tok: Token) -> bool:
    """A bare word that can be a given name before a family name: not a verb, not inflected, no
    digit ("১৯৮১ রহমান" is no name)."""
    return _name_word(tok) and not tok.suffixes and not any("\u09e6" <= ch <= "\u09ef" for ch in tok.text) \
        and (tok.norm or tok.text) not in _letter_names()  # "ও সি রবিশঙ্কর": the O.C.'s letters


@lru_cache(maxsize=1)
def institution_words() -> frozenset[str]:
    return resources.term_set("institution_words.tsv")


# Places this prominent are never part of a person's name ("… নরসিংদীর", "ঝালকাঠি").
_NAME_STOP_FEATURES = {"country", "admin1", "admin2"}


def person_entities(doc: Document, places: list[Entity] | None = None) -> list[Entity]:
    """Names after a title (মো. আব্দুল করিম), and names before an age in brackets (রফিক (৩৫))."""
    lexicon = person_cues()
    tokens = doc.tokens
    taken: set[int] = set()
    out: list[Entity] = []
    stop_tokens = {m.first for m in lexicon.find_all(doc)}
    if places:
        starts = doc.token_starts()
        gz = Gazetteer.load()
        for p in places:
            features = {p.attrs.get("feature")} | {
                c.feature for c in map(gz.get, p.attrs.get("candidates") or []) if c is not None}
            if features & _NAME_STOP_FEATURES:
                stop_tokens.add(bisect.bisect_left(starts, p.start))
    # Verbs of saying and casualty words end a name: "মো. আব্দুল করিম জানান", "… রফিক নিহত".
    for lex in (attribution_cues(), count_cues()):
        for m in lex.find_all(doc):
            stop_tokens.update(range(m.first, m.last))

    def emit(first: int, last: int, cue: str) -> None:
        if last <= first or any(i in taken for i in range(first, last)):
            return
        if any((t.stem or t.norm) in institution_words() for t in tokens[first:last + 1]):
            return  # "শহীদ জিয়াউর রহমান মেডিকেল কলেজ": an institution named after a person
        taken.update(range(first, last))
        start, end = _span_of(doc, first, last)
        out.append(Entity(start=start, end=end, text=doc.text[start:end], label="PER",
                          source="pattern", attrs={"cue": cue, "first_token": first, "last_token": last}))

    for m in lexicon.find(doc):
        kind = m.entry.get("kind")
        if kind not in ("title_before", "honorific"):
            continue
        # The title itself is part of the name as written (মো. আব্দুল করিম); take up to three
        # following words of the same sentence that are not cues themselves, nor in the locative
        # ("জেনারেল হাসপাতালে" is a hospital).
        j = m.last
        sent = tokens[m.first].sentence
        while j < len(tokens) and j - m.last < 3 and tokens[j].sentence == sent and _name_word(tokens[j]) \
                and j not in stop_tokens and not (set(tokens[j].suffixes) & LOCATIVE):
            j += 1
            if tokens[j - 1].suffixes:  # an inflected word ends the name (করিমের, করিমকে)
                break
        if j > m.last:
            emit(m.first, j, m.entry["term"])

    # "নাম (৩৫)": one to three words before a bracketed age (a token "(" is a character of the text:
    # the tokens tried are those that start at one, found by searching the text, not by walking
    # every token). A place's name right after "নাম" (name_marker, name after it) is a name's first
    # word ("মৃতের নাম বিশ্বনাথ বাউরি (৪৫)": not the town of Biswanath).
    after_name = {m.last for m in lexicon.find(doc)
                  if m.entry.get("kind") == "name_marker" and m.entry.get("name_side") == "after"}
    for i in doc.tokens_at_char("("):
        tok = tokens[i]
        if tok.text != "(" or i + 2 >= len(tokens):
            continue
        age, close = tokens[i + 1], tokens[i + 2]
        if close.text != ")" or not (age.norm or age.text).isdigit() or not 1 <= int(age.norm or age.text) <= 110:
            continue
        first = _words_before(tokens, i, 3, _name_word, lambda k: k in stop_tokens and k not in after_name)
        if first < i:
            emit(first, i, "age")

    # "রমেশ চোপড়া নামে এক বাসিন্দার বাড়িতে": one to three words before "named" (নামে, নামের, নামক;
    # person_cues.tsv, name_marker words with the name before them) and an indefinite person noun —
    # not "ইসলামপুর নামে একটি গ্রাম", a place's name (person nouns: count_nouns.tsv)
    named = _named_people(doc, lexicon, person_nouns())
    if named:
        # (bare words that are no actor: a name before নামে takes no case ending, "প্রথমে রমেশ চোপড়া
        # নামে" starts at রমেশ, and "ডাকাতদল রমেশ চোপড়া নামে" too)
        actors = {k for m in actor_lexicon().find(doc) for k in range(m.first, m.last)}
    for i in named:
        first = _words_before(tokens, i, 3, _given_name_word,
                              lambda k: k in stop_tokens or k in taken or k in actors)
        if first < i:
            emit(first, i, "named")

    # "জিয়াউর রহমান নিহত হলে": one or two bare words before a family name (resources/family_names.tsv),
    # after the patterns above ("আব্দুর রহমান রিয়াদ (১৯)" is one name, up to its age)
    names = family_names()
    for i in TokenStrings.of(doc).stem_hits(names):  # (only these can pass the test below)
        tok = tokens[i]
        if (tok.stem or tok.norm) not in names or i in taken or i in stop_tokens:
            continue
        first = _words_before(tokens, i, GIVEN_NAME_WORDS, _given_name_word,
                              lambda k: k in stop_tokens or k in taken)
        if first < i:
            emit(first, i + 1, "family_name")
    return out


#: the words for "a" / "a certain" between "named" and the person noun ("X নামে এক যুবক", "… একজন …")
_INDEFINITE_PERSON = frozenset({"এক", "একজন", "জনৈক"})


def _named_people(doc: Document, lexicon: Lexicon, people: frozenset[str]) -> list[int]:
    """The tokens of "named" words (name_marker cues with the name before them) followed by an
    indefinite article and a person noun ("নামে এক বাসিন্দার", "নামের একজন যুবক")."""
    tokens, out = doc.tokens, []
    for m in lexicon.find(doc):
        if m.entry.get("kind") != "name_marker" or m.entry.get("name_side") != "before" \
                or m.last + 1 >= len(tokens):
            continue  # (a place_before marker, "X গ্রামের বাসিন্দা", has a village before it)
        article, noun = tokens[m.last], tokens[m.last + 1]
        if (article.norm or article.text) in _INDEFINITE_PERSON and _a_person_noun(noun, people):
            out.append(m.first)
    return out


#: case endings a person noun after "named" may carry ("বাসিন্দার", "যুবককে", which the splitter may leave whole)
_PERSON_NOUN_ENDINGS = ("র", "ের", "এর", "কে", "কেই", "ও", "ই")


def _a_person_noun(tok: Token, people: frozenset[str]) -> bool:
    word = tok.norm or tok.text
    return (tok.stem or word) in people or any(
        word.endswith(ending) and word[:-len(ending)] in people for ending in _PERSON_NOUN_ENDINGS)


def place_entities(doc: Document) -> list[Entity]:
    return find_places(doc)


@stage("entities", requires=("tokens",), assigns=("entities",))
def entities_stage(doc: Document, options: Options) -> Document:
    found_places = place_entities(doc)
    persons = person_entities(doc, found_places)
    if persons and found_places:
        # "উত্তর ওয়াজিরিস্তানের মির আলীতে": a place in the locative right after a place in the genitive
        # is that place, not a person's name of the same words
        slotted = [p for p in found_places if _after_a_genitive_place(doc, p, found_places)]
        # ... and an unknown village's level word is not a name's first word ("মতিগঞ্জ এলাকার নুরুল
        # আফসার (৩৪)": the age rule's words before the bracket took এলাকার)
        slotted += [p for p in found_places if p.key is None and p.attrs.get("feature") == "village"
                    and any(q.start > p.start and q.start < p.end for q in persons)]
        if slotted:
            persons = [t for q in persons if (t := _after_places(doc, q, slotted)) is not None]
    # A person's name is not a place ("মো. রিয়াদ" is not Riyadh): drop places inside names, and, one
    # sense per article, that place wherever else the article names it ("রিয়াদের মাথায়" is his head)
    # when the name is surely one: written with its bearer's age ("মো. রিয়াদ (২৫)"; a title's
    # words may run on into a place: "পুলিশ সুপার বহরমপুর থেকে …").
    if persons:
        aged = [p for p in persons if p.attrs.get("cue") == "age" or _AGE_AFTER.match(doc.text, p.end)]
        # (by key: places the gazetteer does not know have none, and are not all one name)
        in_names = {p.key for p in found_places if p.key is not None and _overlaps(p, aged)}
        places = [p for p in found_places if p.key not in in_names and not _overlaps(p, persons)]
    else:
        places = list(found_places)
    actors = actor_entities(doc)
    spans = actors + persons + places
    if doc.has("ner"):
        spans += model_entities(doc, spans, places)
    doc.set("entities", spans)
    return doc


#: an age in brackets right after a name: "মো. রিয়াদ (২৫)"
_AGE_AFTER = re.compile(r"\s*\(\s*[0-9\u09e6-\u09ef]{1,3}\s*\)")


def _after_places(doc: Document, person: Entity, places: list[Entity]) -> Entity | None:
    """The person's name without the places it overlaps at its start ("বেড়া উপজেলায় রহিমা খাতুন (৯০)":
    the age rule's three words before the bracket took the upazila's level word); None when nothing
    of the name is left."""
    inside = [p for p in places if p.start < person.end and person.start < p.end]
    if not inside:
        return person
    end = max(p.end for p in inside)
    if end >= person.end:
        return None
    starts = doc.token_starts()
    k = bisect.bisect_left(starts, end)
    if k >= len(starts) or starts[k] >= person.end:
        return None
    start = starts[k]
    attrs = {**person.attrs, "first_token": k} if "first_token" in person.attrs else dict(person.attrs)
    return replace(person, start=start, text=doc.text[start:person.end], attrs=attrs)


def _after_a_genitive_place(doc: Document, place: Entity, places: list[Entity]) -> bool:
    """The place's last word is in the locative and the word before it ends a place in the genitive."""
    starts = doc.token_starts()
    first = bisect.bisect_left(starts, place.start)
    last = bisect.bisect_left(starts, place.end) - 1
    if first < 1 or last < first or not set(doc.tokens[last].suffixes) & LOCATIVE:
        return False
    before = doc.tokens[first - 1]
    return bool(set(before.suffixes) & GENITIVE) and any(p.end == before.end for p in places)


def _overlaps(a: Entity, others: list[Entity]) -> bool:
    return any(o.start < a.end and a.start < o.end for o in others)


def model_entities(doc: Document, known: list[Entity], places: list[Entity]) -> list[Entity]:
    """What the learned NER finds and the dictionaries do not: a person's name without a title, an
    organisation missing from actors.tsv, a village or neighbourhood missing from the gazetteer
    (placed, like the "… গ্রামে" pattern, at the nearest known place of its sentence)."""
    out: list[Entity] = []
    for ent in doc.get("ner"):
        if ent.label not in ("PER", "ORG", "LOC") or _overlaps(ent, known):
            continue
        attrs = dict(ent.attrs)
        if ent.label == "PER":
            out.append(Entity(ent.start, ent.end, ent.text, label="PER", source="model", attrs=attrs))
        elif ent.label == "ORG":
            attrs.update({"kind": "organisation"})
            out.append(Entity(ent.start, ent.end, ent.text, label="ACTOR", source="model", attrs=attrs))
        else:
            parent = _nearest_place(doc, ent, places)
            if parent is None:
                continue  # an unplaceable name is no use as a location
            attrs.update({k: parent.attrs.get(k) for k in ("country", "admin1", "admin2", "lat", "lon", "precision")})
            attrs.update({"feature": "village", "parent": parent.key, "reason": f"model, under {parent.name}",
                          "candidates": []})
            out.append(Entity(ent.start, ent.end, ent.text, label="LOC", source="model",
                              name=f"{ent.text} ({parent.name})", attrs=attrs))
    return out


def _nearest_place(doc: Document, ent: Entity, places: list[Entity]) -> Entity | None:
    sent = doc.sentence_index_at(ent.start)
    local = [p for p in places if p.attrs.get("lat") is not None and p.attrs.get("precision") != "country"
             and doc.sentence_index_at(p.start) in (sent, sent - 1)]
    if not local:
        return None
    before = [p for p in local if p.end <= ent.start]
    return max(before, key=lambda p: p.end) if before else min(local, key=lambda p: abs(p.start - ent.start))
