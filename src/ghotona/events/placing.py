"""Where an event happened: the place in the trigger's sentence that the text puts it in.

Preference: a place with locative case (ঢাকায়, উপজেলার … গ্রামে) over a bare or genitive one; the
most specific level among them (a neighbourhood over its district); nearer the trigger wins ties;
a place inside a source phrase ("তেহরানে এক বিবৃতিতে"), used as the actor, or a nationality
("মার্কিন সেনা") is not the location.
"""
from __future__ import annotations

from functools import lru_cache

from ..doc import Entity
from ..geo.gazetteer import Gazetteer
from ..geo.places import BOUND_FOR, ends_a_route, is_neighbour_word, level_words, reference_point_cues
from ..schema import Location
from ..text.morph import GENITIVE, LOCATIVE, split_after
from .context import DocContext, SentenceView
SPECIFICITY = {"point": 5, "neighbourhood": 5, "landmark": 5, "village": 5, "admin4": 5, "city": 4, "admin3": 4,
               "admin2": 3, "district": 3, "admin1": 2, "country": 1}


def place_level(ent: Entity) -> int:
    return SPECIFICITY.get(ent.attrs.get("feature") or ent.attrs.get("precision") or "", 0)


def names_its_district(ent: Entity) -> bool:
    """A district's seat named by the district's name ("কুমিল্লা": the city of Comilla and Cumilla
    district): the place the resolver chose is the city, but the text may mean the district."""
    if ent.attrs.get("feature") != "city" or not ent.attrs.get("admin2"):
        return False
    gazetteer = Gazetteer.load()
    return any((place := gazetteer.get(key)) is not None and place.feature == "admin2"
               and place.name == ent.attrs["admin2"] for key in ent.attrs.get("candidates", ()))


def tells_more_exactly(broad: Entity, exact: Entity) -> bool:
    """``exact`` is another place inside what ``broad`` names: below it, or, when ``broad`` is a
    district's seat told by the district's name, anywhere in that district ("কুমিল্লায় সংঘর্ষ" in a
    headline, "কুমিল্লার দাউদকান্দি উপজেলায়" in the body)."""
    if exact.key == broad.key:
        return False
    if place_level(exact) > place_level(broad):
        return True
    return (place_level(exact) == place_level(broad) and names_its_district(broad)
            and exact.attrs.get("admin2") == broad.attrs.get("admin2")
            and exact.attrs.get("country") == broad.attrs.get("country"))


def choose(ctx: DocContext, view: SentenceView, trigger_token: int,
           exclude: set[int] | None = None, skip_spans: list[tuple[int, int]] | None = None) -> Entity | None:
    exclude = exclude or set()
    skip_spans = skip_spans or []
    # "জাপানি পণবন্দি", "মার্কিন সেনা": a nationality, not where it happened
    demonyms = demonym_starts(ctx)
    parents, children = _parents_and_children(ctx, view)
    best: tuple[float, Entity] | None = None
    # a headline's clauses are separate news ("গোপালগঞ্জে হরতালে অবরোধ-ককটেল, ঢাকায় বাসে আগুন"): there
    # a place places only its own clause's event
    clause = ctx.clause(trigger_token) if view.index in ctx.headline_sentences else None
    for ent in view.entities:
        if ent.label != "LOC" or ent.start in exclude or ent.start in demonyms:
            continue
        if clause is not None and not clause[0] <= ctx.token_at(ent.start) < clause[1]:
            continue
        if skip_spans and any(a <= ent.start and ent.end <= b for a, b in skip_spans):
            continue
        suffixes = case_suffixes(ctx, ent)
        score = place_level(ent)
        if suffixes & LOCATIVE:
            score += 3
        elif id(ent) in children or suffixes & GENITIVE and id(ent) not in parents:
            score += 1
        # "নোয়াখালীর কোম্পানীগঞ্জে", "ঝাড়গ্রামের শিলদা এলাকা থেকে": a genitive place right
        # before another place is its parent; the genitive's weight goes to the place it qualifies
        if ent.attrs.get("lat") is None:
            score -= 2
        if names_a_route(ctx, ent, view):
            continue  # "নোয়াখালী-চট্টগ্রাম মহাসড়ক": an end of the road, not where it happened
        if is_reference_point(ctx, ent):
            continue  # "কাঠমাণ্ডু থেকে ২৮০ মাইল দূরে", "কলকাতায় নিয়ে যাওয়ার পথে": not where it happened
        ent_first = ctx.token_at(ent.start)
        distance = abs(ent_first - trigger_token)
        score -= min(distance, 30) * 0.02
        if _before_a_reason(ctx, ent, view):
            # "গাজায় ইসরায়েলি হামলার প্রতিবাদে … বিক্ষোভ", "ভারতের বিরুদ্ধে বিক্ষোভ": where what is
            # protested happened, or whom the protest is against
            score -= REASON_PENALTY
        if ent_first > trigger_token and view.modality and _conditional_between(view, trigger_token, ent_first):
            # "চট্টগ্রামে … পাথর নিক্ষেপ করলে দিল্লিতে তীব্র প্রতিক্রিয়া": the place after a
            # conditional verb is the consequence's, not the event's
            score -= CONSEQUENCE_PENALTY
        if best is None or score > best[0]:
            best = (score, ent)
    return best[1] if best else None


#: how much a place told after a conditional verb that follows the trigger loses
CONSEQUENCE_PENALTY = 1.0
#: how much a place loses that stands a few words before a reason ("… হামলার প্রতিবাদে"): as much as
#: the locative gains, so that any other place of the sentence wins
REASON_PENALTY = 3.0
#: how many words after a place the reason word may stand ("গাজায় ইসরায়েলি হামলার প্রতিবাদে")
REASON_WITHIN = 3


@lru_cache(maxsize=1)
def reason_words() -> frozenset[str]:
    """Stems that, in the locative, name what a protest or demand is about (প্রতিবাদে, দাবিতে,
    বিরুদ্ধে: ``role_markers.tsv`` role ``reason``)."""
    from .roles import markers

    return frozenset(markers().get("reason", set()))


def _before_a_reason(ctx: DocContext, ent: Entity, view: SentenceView) -> bool:
    """A reason word in the locative (প্রতিবাদে, not the claim "দাবি করেছে") one to ``REASON_WITHIN``
    words after the place, in its clause."""
    last = ctx.token_span(ent)[1]
    words = reason_words()
    clause_last = ctx.clause(last)[1]
    for tok in range(last + 1, min(last + 1 + REASON_WITHIN, clause_last, view.last)):
        if ctx.stem(tok) in words and set(ctx.tokens[tok].suffixes) & LOCATIVE:
            return True
    return False


def _conditional_between(view: SentenceView, first: int, last: int) -> bool:
    """A conditional verb (করলে, হলে, গেলে: ``modality_cues.tsv`` kind ``conditional_verb``) among the
    tokens after ``first`` and before ``last``."""
    return any(first < m.first < last for m in view.modality if m.entry.get("kind") == "conditional_verb")


def case_suffixes(ctx: DocContext, ent: Entity) -> frozenset[str]:
    """The suffixes of an entity's last token (its case: ঢাকায় → {য়}, ইরাকের → {এর}), or the
    locative of the level word right after an uninflected one (শিলদা এলাকায় → {য়}; not the
    genitive: "গার্ডেনরিচ থানার এস আই" names the officer's station, not where it happened)."""
    inflection = ent.attrs.get("inflection")
    key = (ent.start, ent.end, inflection)
    found = ctx.case_memo.get(key)
    if found is None:
        found = ctx.case_memo[key] = frozenset(_case_suffixes(ctx, ent, inflection))
    return found


def _case_suffixes(ctx: DocContext, ent: Entity, inflection: str | None) -> set[str]:
    last = ctx.token_span(ent)[1]
    token = ctx.tokens[last]
    suffixes = set(token.suffixes)
    if inflection is not None and (word := token.norm or token.text).endswith(inflection) \
            and len(word) > len(inflection):
        # the gazetteer knows where the name ends: তমলুকেও is তমলুক + এ + ও, not তমলু + কে + ও; and
        # a name that fills its word has no case (সোপোর শহরে: not the genitive of সোপো)
        suffixes = set(split_after(word[:-len(inflection)], inflection)) if inflection else set()
    if not suffixes:
        levels = _level_word_after(ctx, last)
        if levels and "route" not in levels:
            suffixes = set(ctx.tokens[last + 1].suffixes) & LOCATIVE
    return suffixes


def _level_word_after(ctx: DocContext, last: int) -> set[str] | None:
    """The levels (``level_words``) of the word right after a place's last token, in its sentence
    ("শিলদা এলাকায়", "কাকদ্বীপ এলাকাতেও"); None when it is no level word."""
    after = last + 1
    if after >= len(ctx.tokens) or ctx.tokens[after].sentence != ctx.tokens[last].sentence:
        return None
    return level_words().get(ctx.stem(after))


#: the emphatic particle a place takes when the story adds another place ("কাকদ্বীপ এলাকাতেও", "তমলুকেও")
ALSO = "ও"


def told_as_also(ctx: DocContext, ent: Entity) -> bool:
    """The place carries "also" ("কাকদ্বীপ এলাকাতেও ঝড়ে …", "চট্টগ্রামেও বিক্ষোভ"), on its own last
    word or on the level word right after it: the story tells the same kind of event at one more
    place."""
    last = ctx.token_span(ent)[1]
    if ALSO in ctx.tokens[last].suffixes:
        return True
    return _level_word_after(ctx, last) is not None and ALSO in ctx.tokens[last + 1].suffixes


def _parents_and_children(ctx: DocContext, view: SentenceView) -> tuple[set[int], set[int]]:
    """(ids of) places in the genitive right before another place with coordinates, and those
    places: "চট্টগ্রাম জেলার সীতাকুণ্ডে", "নলবাড়ি জেলার তামুলপুর থেকে" (a level word may come between).
    Found once per sentence (read them, never change them): every draft of the sentence asks."""
    found = ctx.parents_memo.get(view.index)
    if found is None:
        found = ctx.parents_memo[view.index] = _find_parents_and_children(ctx, view)
    return found


def _find_parents_and_children(ctx: DocContext, view: SentenceView) -> tuple[set[int], set[int]]:
    places = [e for e in view.entities if e.label == "LOC"]
    if len(places) < 2:
        return set(), set()
    by_first = {ctx.token_span(e)[0]: e for e in places if e.attrs.get("lat") is not None}
    levels = level_words()
    parents: set[int] = set()
    children: set[int] = set()
    for ent in places:
        last = ctx.token_span(ent)[1]
        if not case_suffixes(ctx, ent) & GENITIVE:
            continue
        j = last + 1
        if ctx.stem(j) in levels:
            j += 1
        child = by_first.get(j)
        if child is not None and child is not ent:
            parents.add(id(ent))
            children.add(id(child))
    return parents, children


def is_nationality(ent: Entity) -> bool:
    """A demonym: an actor entity of kind ``demonym``, or a place matched through a gazetteer alias
    of kind ``demonym`` (মার্কিন in "মার্কিন সেনা", where the actor is the force, not the nationality)."""
    if ent.attrs.get("kind") == "demonym":
        return True
    if ent.label != "LOC" or not ent.key:
        return False
    return Gazetteer.load().alias_kind(ent.text, ent.key) == "demonym"


def demonym_starts(ctx: DocContext) -> frozenset[int]:
    """The start offsets of the document's nationalities (:func:`is_nationality`), found once per
    document: every sentence's choice of place and the story's places leave them out."""
    if ctx.demonym_starts is None:
        ctx.demonym_starts = frozenset(e.start for e in ctx.doc.get("entities") if is_nationality(e))
    return ctx.demonym_starts


def _names_a_route(ctx: DocContext, view: SentenceView, ent: Entity) -> bool:
    """An end of a road ("নোয়াখালী-চট্টগ্রাম মহাসড়ক") or the place a street is named after
    ("মুম্বই রোডের ধারে" in Howrah). The ends of a short "পানাগড়-ইলামবাজার রোড" stay: near enough."""
    first, last = ctx.token_span(ent)
    # (inflected as the gazetteer matched it: the splitter reads কোয়েটা as কোয়ে + টা)
    bare = not ent.attrs["inflection"] if "inflection" in ent.attrs else not ctx.tokens[last].suffixes
    if not bare:
        return False  # "এলাকায় সড়ক দুর্ঘটনা": an inflected place is not a road's end
    if ctx.stem(last + 1) in street_words():
        return first == 0 or ctx.word(first - 1) != "-"
    # (the sentence's place tokens only now: most places end inflected, above; "ক্যান্ডি-নুয়ারা এলিয়া
    # মহাসড়কের": the splitter reads এলিয়া as inflected, the gazetteer matched it bare)
    spans = [ctx.token_span(e) for e in view.entities if e.label == "LOC" and e.attrs.get("inflection") == ""]
    bare_tokens = {k for first_token, last_token in spans for k in range(first_token, last_token + 1)}
    places = ctx.entity_tokens(view, ("LOC",))
    return ends_a_route(ctx.doc, last, lambda k: k in bare_tokens or k in places and not ctx.tokens[k].suffixes,
                        bare=True)


def names_a_route(ctx: DocContext, ent: Entity, view: SentenceView | None = None) -> bool:
    """:func:`_names_a_route` for a place anywhere in the document (``view``: its sentence, when the
    caller has it), decided once per place."""
    key = ("route", ent.start, ent.end)  # (asked once per document: several stages ask)
    found = ctx.place_memo.get(key)
    if found is None:
        own = view or ctx.sentences[ctx.sentence_of(ent.start)]
        found = ctx.place_memo[key] = _names_a_route(ctx, own, ent)
    return found


#: how many words after "X থেকে" a distance reference's "দূরে" may come (number, unit, direction)
DISTANCE_WINDOW = 5


BOUND_FOR_ENDINGS = tuple(BOUND_FOR)


def is_reference_point(ctx: DocContext, ent: Entity) -> bool:
    """A place named to measure a distance from ("কাঠমাণ্ডু থেকে ২৮০ মাইল দূরে", "আলজিয়ার্সের ৪৩০
    কিলোমিটার দক্ষিণ-পূর্বে"), as the end of a
    journey ("কলকাতায় নিয়ে যাওয়ার পথে", "লাহোর থেকে রওলপিণ্ডিতে আসার সময়"), as a neighbour
    ("ঝাড়খণ্ড লাগোয়া"), one of alternatives ("মুম্বই বা অন্য কোথাও"), a comparison ("ইরাকের ধাঁচে"), a news source's town ("আম্মান থেকে
    জানানো হয়েছে"), a maker's country ("ইংল্যাণ্ডে তৈরি বন্দুক"), someone's home ("যুক্তরাষ্ট্রে বসবাসরত
    এই শিক্ষক") or a hospital's name ("কোলকাতা মেডিক্যাল
    কলেজে তিনি মারা যান"): not where it happened
    (``resources/reference_point_cues.tsv``)."""
    key = ("reference", ent.start, ent.end)  # (asked once per document: several stages ask)
    found = ctx.place_memo.get(key)
    if found is None:
        found = ctx.place_memo[key] = _is_reference_point(ctx, ent)
    return found


def _is_reference_point(ctx: DocContext, ent: Entity) -> bool:
    if ent.attrs.get("inflection") in BOUND_FOR:
        return True  # "দিল্লিগামী বিমান", "ঢাকামুখী বাস": where it was going
    first, last = ctx.token_span(ent)
    sentence = ctx.tokens[last].sentence
    j = last + 1
    after = _cue_role(ctx, j, sentence)
    if after == "or" or first > 0 and _cue_role(ctx, first - 1, sentence) == "or":
        return True  # "মুম্বই বা অন্য কোথাও", "ফিজি বা ওয়েলিংটনে": one of alternatives
    if _hospital_named_after(ctx, ent, j, sentence):
        return True
    if after is None and _cue_role(ctx, j + 1, sentence) is None:
        return False  # (most places: every test below needs a cue word in one of the next two)

    roles: dict[int, str | None] = {j: after}  # (each position is asked several times below)

    def role(j: int) -> str | None:
        if j not in roles:
            roles[j] = _cue_role(ctx, j, sentence)
        return roles[j]

    if role(j) is not None and (is_neighbour_word(ctx.tokens[j]) or role(j) in ("made", "home")) \
            or role(j + (role(j) == "ward")) == "hospital":
        return True
    compass = j + 2 if role(j) == "compass" and ctx.word(j + 1) == "-" and role(j + 2) == "compass" else j
    towards = role(compass) == "compass" and bool(set(ctx.tokens[compass].suffixes) & LOCATIVE)
    if case_suffixes(ctx, ent) & GENITIVE and (
            role(j + 1) == "unit" or towards and ent.attrs.get("feature") != "country"):
        return True  # "আলজিয়ার্সের ৪৩০ কিলোমিটার দক্ষিণ-পূর্বে", "ম্যানিলার দক্ষিণ-পশ্চিমে": a yardstick
    if role(j) == "from":
        if role(j + 1) == "report":
            return True  # "আম্মান থেকে জানানো হয়েছে": where the news came from
        for k in range(j + 1, min(j + 1 + DISTANCE_WINDOW, len(ctx.tokens))):
            if role(k) in ("away", "unit"):
                return True
    if role(j) == "link" and role(j + 1) == "from":
        j += 1  # "কোতলপুরের দিক থেকে": from the direction of
    if role(j) == "from" and (role(j + 1) == "motion" or ctx.word(j + 1).endswith(BOUND_FOR_ENDINGS)):
        # "কোতলপুরের দিক থেকে আসা ট্রাক", "ঢাকা থেকে আসা বাস", "ঢাকা থেকে চাঁদপুরগামী লঞ্চ": where it came from
        return True
    if role(j) in ("from", "link"):
        j += 1
    if role(j) != "motion" and role(j + 1) in ("motion", "link"):
        j += 1  # the journey's other end ("থেকে রওলপিণ্ডিতে আসার")
    if role(j) == "link":
        j += 1
    return role(j) == "motion" and role(j + 1) == "way"


#: how many words of a hospital's own name may stand between its town in the genitive and the hospital
#: word ("কলকাতার এসএসকেএম হাসপাতালে", "কলকাতার আরজি কর মেডিক্যাল কলেজে")
HOSPITAL_NAME_WORDS = 3


def _hospital_named_after(ctx: DocContext, ent: Entity, j: int, sentence: int) -> bool:
    """A town in the genitive before a hospital's name: where the wounded were taken, not where they
    were hurt ("দু’জনেই কলকাতার আরজি কর মেডিক্যাল কলেজে চিকিৎসাধীন")."""
    if not case_suffixes(ctx, ent) & GENITIVE:
        return False
    words = 0
    for k in range(j, len(ctx.tokens)):
        token = ctx.tokens[k]
        if token.text == "-":
            continue  # "বরিশালের শের-ই-বাংলা মেডিক্যাল কলেজ হাসপাতালে"
        words += 1
        if token.sentence != sentence or token.is_punct or words > HOSPITAL_NAME_WORDS + 1:
            return False
        if _cue_role(ctx, k, sentence) == "hospital":
            return True
        if set(token.suffixes) & LOCATIVE:
            return False  # "নদিয়ার হাঁসখালিতে …": a place of its own
    return False


def _cue_role(ctx: DocContext, token: int, sentence: int) -> str | None:
    """The ``resources/reference_point_cues.tsv`` role of a token of ``sentence`` (by stem, else as
    written); None past the sentence."""
    if not 0 <= token < len(ctx.tokens) or ctx.tokens[token].sentence != sentence:
        return None
    cues = reference_point_cues()
    return cues.get(ctx.token_stems[token]) or cues.get(ctx.token_words[token])


def is_destination(ctx: DocContext, ent: Entity) -> bool:
    """Where someone went ("ভারতে চলে যায়", "দেশে ফিরে আসেন"): the word after the place is a
    ``goes`` word of ``resources/reference_point_cues.tsv``."""
    last = ctx.token_span(ent)[1]
    return _cue_role(ctx, last + 1, ctx.tokens[last].sentence) == "goes"


@lru_cache(maxsize=1)
def street_words() -> frozenset[str]:
    """Level words that name a street after one place (রোড, স্ট্রিট, সরণি …)."""
    return frozenset(w for w, feats in level_words().items() if "street" in feats)


def location_from(ent: Entity | None) -> Location | None:
    if ent is None:
        return None
    a = ent.attrs
    return Location(
        text=ent.text,
        name=ent.name,
        country=a.get("country"),
        admin1=a.get("admin1"),
        admin2=a.get("admin2"),
        lat=a.get("lat"),
        lon=a.get("lon"),
        geonames_id=a.get("geonames_id"),
        precision=a.get("precision"),
        start=ent.start,
        end=ent.end,
    )


@lru_cache(maxsize=1)
def list_joiners() -> frozenset[str]:
    """Words that join the places of a list ("ফালুজা এবং তাল আফারে", "ইন্দোনেশিয়া, মালয়েশিয়া ও
    তাইল্যাণ্ডে"): the coordinators of ``resources/role_markers.tsv``, except the hyphen, which joins
    a road's ends ("পানাগড়-ইলামবাজার রোডে"), not a list."""
    from .roles import markers

    return frozenset(markers().get("coordinator", set()) - {"-"})


def coordinated(ctx: DocContext, view: SentenceView, place: Entity) -> list[Entity]:
    """The other places of the list ``place`` stands in, joined only by commas, ও, এবং or আর and of
    its kind (countries with countries, towns and districts with towns and districts), when the list
    says where (it ends in the locative): each is an event's place of its own ("ফালুজা এবং তাল আফারে
    মার্কিন বিমান হানা": two raids)."""
    if not case_suffixes(ctx, place) & LOCATIVE:
        return []  # "ঢাকা ও দিল্লির মধ্যে", "ইজরায়েল ও প্যালেস্তাইনের আলোচনা": whose, not where
    by_first = {ctx.token_span(e)[0]: e for e in view.entities
                if e.label == "LOC" and e.attrs.get("lat") is not None and not is_nationality(e)}
    by_last = {ctx.token_span(e)[1]: e for e in by_first.values()}
    country = place_level(place) == 1
    out: list[Entity] = []

    def same_kind(e: Entity) -> bool:
        return (place_level(e) == 1) == country and e.key != place.key and not is_reference_point(ctx, e)

    last = ctx.token_span(place)[1]  # rightwards: the place is the first of the list
    joiners = list_joiners()
    while ctx.word(last + 1) in joiners and (e := by_first.get(last + 2)) is not None and same_kind(e):
        out.append(e)
        last = ctx.token_span(e)[1]
    first = ctx.token_span(place)[0]  # leftwards: the place ends the list (only it is inflected)
    while ctx.word(first - 1) in joiners and (e := by_last.get(first - 2)) is not None and same_kind(e) \
            and not ctx.tokens[ctx.token_span(e)[1]].suffixes:
        out.append(e)
        first = ctx.token_span(e)[0]
    return out
