"""Actor and target from Bengali case marking and word order around the trigger.

Cues, strongest first:
* ``X কর্তৃক`` / ``X-এর দ্বারা`` → X is the actor (passive);
* ``X-এর ওপর/উপর/বিরুদ্ধে …``, ``X-কে লক্ষ্য করে``, ``X-কে`` (accusative) → X is the target;
* ``X-এর হামলায়`` (genitive right before the trigger) → X is the actor;
* ``X ও Y-এর মধ্যে সংঘর্ষ`` → both take part: actor X, target Y (PLOVER: two-sided violence);
* a nominative X (no case suffix, or plural -রা) before the trigger → actor;
* a demonym right before the trigger (ইসরায়েলি হামলায়) → actor.
The particles themselves are data (``resources/role_markers.tsv``).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import resources
from ..doc import Entity, Trigger
from ..geo.gazetteer import Gazetteer
from ..geo.places import level_words
from ..schema import ActorRef
from ..text.morph import LOCATIVE, is_verb
from ..text.normalize import normalize_term
from .context import DocContext, SentenceView

GENITIVE = {"এর", "র", "দের"}
ACCUSATIVE = {"কে"}  # (দেরকে is split দের + কে)
NAME_WORDS = 4  # how many words a name after a post ("… মুখপাত্র X Y Z") may take, its case on the last
STATE_AGENTS = {"COP", "MIL", "JUD", "GOV"}  # sectors whose genitive before an arrest or killing is the doer
#: the markers of a role that role_markers.tsv has no rows for (a constant: ``markers().get(role, set())``
#: would build an empty set at every call)
NO_MARKERS: frozenset[str] = frozenset()
PLURAL = {"রা", "এরা", "গুলো", "গুলি", "গণ", "বৃন্দ"}  # number, not case: a plural subject is nominative (শ্রমিকেরা → এরা)


@lru_cache(maxsize=1)
def markers() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for row in resources.read_tsv("role_markers.tsv"):
        out.setdefault(row["role"], set()).add(normalize_term(row["term"]))
    return out


@dataclass
class RoleCandidate:
    entity: Entity
    role: str  # actor | target | participant
    score: float


#: how many words after an organisation in the genitive its member's post (and count) may take
#: ("বিএনপির সাবেক দুই নেতা", "ইনকিলাব মঞ্চের মুখপাত্র")
POST_WORDS = 4
#: how many words after "নামের" the describing noun may come ("নামের এক সিপিএম কর্মীকে")
APPOSITION_WORDS = 4
#: how many group nouns, joiners and coordinated entities may stand between a phrase and its marker
MARKER_REACH = 8
#: how far after its trigger a subject written after the verb may start ("হামলা চালিয়েছে একদল দুর্বৃত্ত")
AFTER_VERB_WORDS = 4


def _phrase(ctx: DocContext, view: SentenceView, ent: Entity, entity_tokens: frozenset[int],
            names: dict[int, int] | None = None) -> tuple[int, int, set[str], int]:
    """(first token, last token of the noun phrase, its case suffixes, the marker word's token after it).

    The noun phrase is the entity plus following group nouns ("বিএনপি কর্মীদের"), or a person the
    entity's post names ("ইনকিলাব মঞ্চের মুখপাত্র শরিফ ওসমান হাদি"; ``names``: first → last token of the
    sentence's person names); the marker is the first word after it and after any coordinated
    entities ("X ও Y-এর কর্মীদের মধ্যে" → মধ্যে)."""
    mk = markers()
    group = mk.get("group_noun", NO_MARKERS)
    coord = mk.get("coordinator", NO_MARKERS)
    stems, words = ctx.token_stems, ctx.token_words  # (indexed only within the sentence)
    first, last = ctx.token_span(ent)
    while last + 1 < view.last and stems[last + 1] in group:
        last += 1
    if names is not None and set(ctx.tokens[last].suffixes) & GENITIVE:
        posts = group | mk.get("post", NO_MARKERS)
        counted = {tok for tok, _ in view.numbers}
        k = last + 1
        inflected = None  # "বিএনপির তিন নেতাকে": the members' own case ends the phrase
        while k < view.last and k - last <= POST_WORDS and inflected is None and (
                stems[k] in posts or (words[k] in coord or k in counted) and ctx.stem(k + 1) in posts):
            if stems[k] in posts and ctx.tokens[k].suffixes:
                inflected = k
            k += 1
        if inflected is not None:
            last = inflected
        elif k > last + 1 and k in names:
            last = names[k]  # "ইনকিলাব মঞ্চের মুখপাত্র শরিফ ওসমান হাদি": the person's case
        elif k > last + 1:
            # a name no dictionary knows ends at its case: "বিএনপির প্রতিষ্ঠাতা … জিয়াউর রহমানকে"
            end = next((m for m in range(k, min(k + NAME_WORDS, view.last))
                        if ctx.tokens[m].suffixes or ctx.tokens[m].is_punct), None)
            if end is not None and end > k and not ctx.tokens[end].is_punct:
                last = end
    # "আব্দুর রহমান রিয়াদ (১৯) নামের এক কলেজছাত্রকে": an age in brackets, then "named … a
    # student-ACC": the case of the head noun after নামের is the name's case.
    if ctx.word(last + 1) == "(" and ctx.word(last + 3) == ")":
        last += 3
    if ctx.stem(last + 1) in mk.get("apposition", NO_MARKERS):
        k = last + 2
        while k < view.last and k - last <= APPOSITION_WORDS and not ctx.tokens[k].suffixes and not ctx.tokens[k].is_punct \
                and k not in entity_tokens:
            k += 1
        while k + 1 < view.last and k in entity_tokens and k + 1 in entity_tokens:
            k += 1  # to the end of the describing noun ("নামের এক সিপিএম কর্মীকে")
        if k < view.last and (ctx.tokens[k].suffixes or k in entity_tokens):
            last = k  # "… নামের এক যুবক আহত", "… নামের এক বৃদ্ধাকে": the noun's case is the name's
    suffixes = set(ctx.tokens[last].suffixes)
    j = last + 1
    while j < view.last and j - last <= MARKER_REACH and (
        stems[j] in group or words[j] in coord or j in entity_tokens
    ):
        j += 1
    return first, last, suffixes, j


def _paired_before_trigger(ctx: DocContext, view: SentenceView, last: int, trig_first: int) -> bool:
    """The entity and another actor, joined by a hyphen or ও/এবং, stand right before the trigger."""
    coord = markers().get("coordinator", NO_MARKERS)
    if ctx.word(last + 1) in coord:  # first of the pair: the partner ends right before the trigger
        spans = [ctx.token_span(e) for e in view.entities if e.label == "ACTOR"]
        return any(a == last + 2 and b + 1 == trig_first for a, b in spans)
    if last + 1 == trig_first:  # second of the pair: a partner ends just before the joiner
        spans = [ctx.token_span(e) for e in view.entities if e.label == "ACTOR"]
        first = next((a for a, b in spans if b == last), last)
        return ctx.word(first - 1) in coord and any(b == first - 2 for a, b in spans)
    return False  # (most entities: neither, and no spans needed)


def _described_name(ctx: DocContext, first: int, entity_tokens: frozenset[int]) -> bool:
    """The phrase at ``first`` describes a name before it: "রহিমা খাতুন (৯০) নামের (এক) বৃদ্ধাকে"."""
    before = first - 1
    if ctx.word(before) in markers().get("indefinite", NO_MARKERS):
        before -= 1  # "নামের এক বৃদ্ধাকে"
    if ctx.stem(before) not in markers().get("apposition", NO_MARKERS):
        return False
    name_end = before - 1
    if ctx.word(name_end) == ")" and ctx.word(name_end - 2) == "(":
        name_end -= 3  # an age in brackets
    return name_end in entity_tokens


def _counted(ctx: DocContext, view: SentenceView, last: int) -> bool:
    """The phrase ending at ``last`` is the people a casualty cue counts ("১৫০ জন যাত্রী আহত"); not
    the doer of an active cue, nor a phrase with the one acted upon before the cue ("দুষ্কৃতীরা এক
    যুবককে খুন করেছে") or whose means stands there ("বিডিআরের গুলিতে নিহত"), nor one before a cue that is
    itself the object ("দিল্লি পুলিশ … অপহৃতকে উদ্ধার করে")."""
    means = markers().get("instrument", NO_MARKERS)
    own_means = bool(set(ctx.tokens[last].suffixes) & GENITIVE)  # "বিডিআরের গুলিতে", not "নেতা গুলিতে জখম"
    return any(0 < m.first - last <= 3 and m.entry.get("field") in ("fatalities", "injuries", "missing")
               and m.entry.get("voice") != "active" and not set(ctx.tokens[m.first].suffixes) & ACCUSATIVE
               and not any(set(ctx.tokens[k].suffixes) & ACCUSATIVE or own_means and ctx.stem(k) in means
                           for k in range(last + 1, m.first))
               for m in view.counts)


def _before_a_place(ctx: DocContext, view: SentenceView, last: int) -> bool:
    nxt = last + 1
    if ctx.stem(nxt) in level_words():
        return True
    return any(e.label == "LOC" and ctx.token_at(e.start) == nxt for e in view.entities)


def _undergone(ctx: DocContext, view: SentenceView, trig_last: int) -> bool:
    """The trigger tells what happened to the nominative before it, without an auxiliary: a
    participle ("সাংবাদিক প্রহৃত", "জওয়ান ধৃত"; not "আহত করে", a verb of doing after it), or a
    headline's bare verbal noun ("সিপিএম কর্মী খুন ভরতপুরে", "৪ যুবক গ্রেফতার")."""
    mk = markers()
    word = ctx.stem(trig_last - 1)
    after = ctx.stem(trig_last) if trig_last < view.last else ""
    if after in mk.get("doing", NO_MARKERS):
        return False
    if word in mk.get("participle", NO_MARKERS):
        return not ctx.tokens[trig_last - 1].suffixes  # "অপহৃতকে উদ্ধার": the abducted, a noun
    if word not in mk.get("headline_noun", NO_MARKERS):
        return False
    # bare: nothing after it, or its place, or no verb at all in the rest of the headline
    # ("গ্রেফতার পঞ্চায়েত প্রধান")
    return not after or ctx.tokens[trig_last].is_punct or any(
        e.label == "LOC" and ctx.token_at(e.start) == trig_last for e in view.entities) \
        or not _verb_after(ctx, view, trig_last - 1)


def _verb_after(ctx: DocContext, view: SentenceView, last: int) -> bool:
    """A verb follows the phrase ending at ``last`` in its sentence."""
    return any(is_verb(ctx.tokens[k].norm or ctx.tokens[k].text) for k in range(last + 1, view.last))


#: the kinds of actor that can be the doer named inside a trigger phrase (not a state's name or a
#: private person: "মার্কিন বিমান হামলা" is placed and coded by its demonym elsewhere)
DOER_KINDS = frozenset({"armed_group", "generic", "party", "party_wing", "force"})
NAMED_DOER_KINDS = DOER_KINDS - {"generic"}


def candidates(ctx: DocContext, view: SentenceView, trigger: Trigger) -> list[RoleCandidate]:
    mk = markers()
    trig_first = ctx.first_token(trigger)
    out: list[RoleCandidate] = []
    # Names only the learned model found are trusted as targets (a victim's name), not as actors:
    # as actors they lowered actor accuracy on dev (0.53 → 0.47).
    actors = [e for e in view.entities if e.label in ("ACTOR", "PER")
              and not (e.source == "model" and e.label == "ACTOR")]
    # "এক সি পি এম নেতা খুন হয়েছেন", "হামলার শিকার হন", "হত্যা করা হয়েছে": in the passive the
    # nominative before the trigger is the one acted upon.
    trig_last = trigger.attrs.get("last_token", trig_first + 1)
    passive = ctx.stem(trig_last) in mk.get("passive", NO_MARKERS) or ctx.word(trig_last) in mk.get("passive", NO_MARKERS) \
        or _undergone(ctx, view, trig_last)
    entity_tokens = ctx.entity_tokens(view, ("ACTOR", "PER"))  # once for every entity's phrase
    place_starts = {e.start for e in view.entities if e.label == "LOC"}
    person_tokens = {t for e in actors if e.attrs.get("kind") == "person"
                     for t in range(ctx.token_span(e)[0], ctx.token_span(e)[1] + 1)}
    private: set[int] = set()  # names described as a private person ("লাল্টু দাস (২৬) নামে এক যুবক")
    names = {ctx.token_span(e)[0]: e for e in actors if e.label == "PER"}
    name_ends = {first: ctx.token_span(e)[1] for first, e in names.items()}
    by_post: set[int] = set()  # names whose organisation stands for them ("বিএনপির নেতা X")
    # the tokens where an actor starts (never the entity's own: its phrase ends at or after its start)
    actor_starts = {ctx.token_at(o.start) for o in actors}
    for ent in actors:
        if id(ent) in by_post:
            continue
        ent_first, ent_last, suffixes, marker_at = _phrase(ctx, view, ent, entity_tokens, name_ends)
        if ent_last in person_tokens and ent_last > ctx.token_span(ent)[1]:
            private.add(id(ent))
        if names:
            by_post.update(id(e) for first, e in names.items()
                           if e is not ent and ctx.token_span(ent)[1] < first <= ent_last)
        suffixes = suffixes - PLURAL
        if suffixes & GENITIVE and _before_a_place(ctx, view, ent_last):
            continue  # "রাশিয়ার চেচনিয়া অঞ্চলে": a state named as the place's container
        if not suffixes and ent_last + 1 in actor_starts:
            continue  # a modifier of the next actor ("স্থানীয় ব্যবসায়ীরা"): the head decides
        if ent_first <= trig_first <= ent_last:
            if ent.label == "ACTOR" and ent_last < trig_last - 1 and ent.attrs.get("kind") in DOER_KINDS:
                # "জঙ্গি হামলা", "সন্ত্রাসী হামলায়": the trigger's first word is the doer, its last the
                # deed; a name right before that word is the doer's ("উলফা জঙ্গিদের হামলায়")
                named = next((o for o in actors if o.label == "ACTOR" and o.attrs.get("kind") in NAMED_DOER_KINDS
                              and ctx.token_span(o)[1] == ent_first - 1), None)
                out.append(RoleCandidate(named or ent, "actor", 4.0 if named else 3.5))
            continue  # the trigger is inside the entity's words
        if _described_name(ctx, ent_first, entity_tokens):
            continue  # "রহিমা খাতুন (৯০) নামের এক বৃদ্ধাকে": the name before stands for both
        if suffixes & LOCATIVE and ent.start in place_starts:
            continue  # "ইরাকে পণবন্দি": a place in the locative is where, not who (before any marker)
        if view.counts and _counted(ctx, view, ent_last):  # (most sentences: no casualty cue)
            # "৪০ জন যাত্রীর মৃত্যু", "১৫০ জন যাত্রী আহত": the people counted are the victims.
            out.append(RoleCandidate(ent, "target", 3.5))
            continue
        # a marker is known by its stem or as written (হাতে, whose stem হাত is also "hand")
        direct_next = {ctx.stem(ent_last + 1), ctx.word(ent_last + 1)}
        marker = {ctx.token_stems[marker_at], ctx.token_words[marker_at]} if marker_at < view.last else set()
        before_trigger = ent_last < trig_first
        gap = trig_first - ent_last - 1 if before_trigger else None
        # dictionary actors first; names only the learned model found come last
        score_boost = -0.5 if ent.source == "model" else 0.5 if ent.label == "ACTOR" else 0.0
        if (direct_next | marker) & mk.get("agent_after", NO_MARKERS):
            out.append(RoleCandidate(ent, "actor", 4 + score_boost))
        elif (direct_next | marker) & mk.get("target_after", NO_MARKERS):
            out.append(RoleCandidate(ent, "target", 4 + score_boost))
        elif suffixes & ACCUSATIVE:
            out.append(RoleCandidate(ent, "target", 3 + score_boost))
        elif marker & mk.get("between", NO_MARKERS) and before_trigger:
            out.append(RoleCandidate(ent, "participant", 3 + score_boost))
        elif before_trigger and _paired_before_trigger(ctx, view, ent_last, trig_first):
            # "সিপিএম-তৃণমূল সংঘর্ষ", "বিএনপি ও জামায়াত সংঘর্ষ": a pair naming both sides
            out.append(RoleCandidate(ent, "participant", 3 + score_boost))
        elif suffixes & GENITIVE and before_trigger and gap and gap <= 2 \
                and set(ctx.tokens[trig_first - 1].suffixes) & LOCATIVE \
                and ctx.stem(trig_first - 1) not in mk.get("instrument", NO_MARKERS):
            # not "বিডিআরের গুলিতে নিহত": X's bullets, X's hands are the doer's
            # "ব্যবসায়ীদের মানববন্ধনে হামলা": an attack on X's human chain/house/car hits X
            out.append(RoleCandidate(ent, "target", 3.5 + score_boost))
        elif suffixes & GENITIVE and before_trigger and gap == 0 and ctx.stem(trig_first) in mk.get(
                "undergone_noun", NO_MARKERS) and ent.attrs.get("sector") not in STATE_AGENTS:
            # "হাদির হত্যাকাণ্ড", "খালেদা জিয়ার গ্রেফতার": the one killed or arrested (not "পুলিশের
            # গ্রেফতার অভিযান", "সেনাবাহিনীর হত্যাকাণ্ড": a state's agents kill and arrest)
            out.append(RoleCandidate(ent, "target", 3 + score_boost))
        elif suffixes & GENITIVE and before_trigger and gap is not None and gap <= 2:
            out.append(RoleCandidate(ent, "actor", 3 + score_boost))
        elif ent.attrs.get("kind") == "demonym" and before_trigger and gap == 0:
            out.append(RoleCandidate(ent, "actor", 2.5 + score_boost))
        elif suffixes & LOCATIVE:
            continue  # a place-like use (ইরানে): not an actor of this event
        elif before_trigger and not (suffixes & GENITIVE) and passive:
            out.append(RoleCandidate(ent, "target", 2.5 - 0.05 * (gap or 0) + score_boost))
        elif before_trigger and not (suffixes & GENITIVE):
            out.append(RoleCandidate(ent, "actor", 2 - 0.05 * (gap or 0) + score_boost))
        elif suffixes & GENITIVE and before_trigger:
            out.append(RoleCandidate(ent, "actor", 1 - 0.05 * (gap or 0) + score_boost))
        elif not before_trigger and not suffixes and passive and ent_first - trig_first <= AFTER_VERB_WORDS:
            # "… গ্রেফতার হন খালেদা জিয়া": the subject after a passive verb is the one acted upon
            out.append(RoleCandidate(ent, "target", 2.2 - 0.05 * (ent_first - trig_first) + score_boost))
        elif not before_trigger and not suffixes and ent_first - trig_first <= AFTER_VERB_WORDS and not _verb_after(ctx, view, ent_last):
            # "হামলা চালিয়েছে একদল দুর্বৃত্ত": a subject after the verb, as news style allows (not "…
            # আটক করলেও চালক পালিয়ে গিয়েছে": the subject of a verb of its own)
            out.append(RoleCandidate(ent, "actor", 2.2 - 0.05 * (ent_first - trig_first) + score_boost))
        elif not before_trigger and not suffixes:
            out.append(RoleCandidate(ent, "actor", 1 - 0.05 * (ent_first - trig_first) + score_boost))
    return [c for c in out if c.role == "target" or not (_acted_upon_only(c.entity) or id(c.entity) in private)]


def _acted_upon_only(ent: Entity) -> bool:
    """A name only the learned model found, a name known only by its family name (an untitled
    "জিয়াউর রহমান": on the training split such names as doers took the place of the police or party
    that acted, actor accuracy 0.534 -> 0.528), or a private person's noun (যুবক, বৃদ্ধা: kind
    ``person`` in actors.tsv): a victim when the case marks one, never the doer."""
    return ent.source == "model" or ent.attrs.get("kind") == "person" or ent.attrs.get("cue") == "family_name"


@lru_cache(maxsize=1)
def _names_with_of() -> frozenset[str]:
    """Generic actors named "<name> of <country>" ("Military Forces of Israel"); the others take the
    country in brackets ("Protesters (India)"): ``resources/actor_country_names.tsv``."""
    return frozenset(r["name"] for r in resources.read_tsv("actor_country_names.tsv") if r["style"] == "of")


def actor_ref(ent: Entity | None, ctx: DocContext | None = None,
              event_country: str | None = None) -> ActorRef | None:
    """The record's actor/target. A generic force or group without a country takes it from a
    state or demonym right before it ("ইজরায়েলি সেনা", "ইরাকের পুলিশ"), else from where the event
    happened; its name then carries the country as ACLED writes it."""
    if ent is None:
        return None
    name, country = ent.name, ent.attrs.get("country")
    if country is None and ent.attrs.get("sector") and ent.label == "ACTOR":
        modifier = _modifier_before(ctx, ent) if ctx is not None else None
        country = (modifier.attrs.get("country") if modifier is not None else None) or event_country
        if country and name:
            name = _with_country(name, country)
    return ActorRef(
        text=ent.text,
        name=name,
        country=country,
        sector=ent.attrs.get("sector"),
        wikidata=ent.attrs.get("wikidata"),
        start=ent.start,
        end=ent.end,
        acled_inter=_inter(ent.attrs.get("acled_inter")),
    )


def _inter(code: str | None) -> int | None:
    return int(code) if code else None


#: ACLED inter codes the role adjusts (codebook, "Actors"): state forces (1) outside their own
#: country are external forces (8); a party (3) in a demonstration is coded as its protesters (6),
#: in a riot as rioters (5)
STATE_FORCES, EXTERNAL, RIOTERS, PROTESTERS, CIVILIANS = 1, 8, 5, 6, 7


def in_role(ref: ActorRef | None, role: str, event_type: str, mode: str | None,
            event_country: str | None) -> ActorRef | None:
    """``ref`` (the event's ``role``, "actor" or "target") with the ACLED inter code of its part in
    this event."""
    if ref is None or ref.acled_inter is None:
        return ref
    if ref.acled_inter == STATE_FORCES and ref.country and event_country and ref.country != event_country:
        ref.acled_inter = EXTERNAL
    elif role == "actor" and event_type == "PROTEST" and ref.acled_inter not in (STATE_FORCES, EXTERNAL):
        ref.acled_inter = RIOTERS if mode == "riot" else PROTESTERS  # (the target keeps its own)
    return ref


@lru_cache(maxsize=1)
def conventions() -> dict[tuple[str, str, str, str], dict[str, str]]:
    """(role, event type, mode or *, what the text gave) → the actors.tsv row of the one the event
    is coded with, and whether the text's words stay its words (``resources/role_conventions.tsv``)."""
    actors: dict[str, dict[str, str]] = {}
    for row in resources.read_tsv("actors.tsv"):
        actors.setdefault(row["id"], row)
    out = {}
    for row in resources.read_tsv("role_conventions.tsv"):
        if row["actor_id"] not in actors:
            raise ValueError(f"role_conventions.tsv: unknown actor id {row['actor_id']!r}")
        out[(row["role"], row["event_type"], row["mode"], row["found"])] = {
            **actors[row["actor_id"]], "keeps_words": row["keeps_words"] == "yes"}
    return out


def coded_role(ent: Entity | None, role: str, event_type: str, mode: str | None,
               ctx: DocContext | None = None, event_country: str | None = None) -> ActorRef | None:
    """The record's actor (``role`` "actor") or target as ACLED codes it: :func:`actor_ref` /
    :func:`target_ref` of what the text names, unless the event type implies one the text leaves
    out (an arrest: the police) or codes the one it names otherwise (villagers who demonstrate:
    Protesters; miscreants arrested: Criminals). An implied one has no text and no offsets."""
    found = "none" if ent is None else ent.key or ""
    table = conventions()
    row = table.get((role, event_type, mode or "", found)) or table.get((role, event_type, "*", found))
    if row is None:
        return (actor_ref if role == "actor" else target_ref)(ent, ctx, event_country)
    named = ent if row["keeps_words"] else None
    return ActorRef(text=named.text if named else None,
                    name=_with_country(row["name"], event_country),
                    country=event_country, sector=row["sector"] or None,
                    start=named.start if named else None, end=named.end if named else None,
                    acled_inter=_inter(row["acled_inter"]))


def _with_country(name: str, country: str | None) -> str:
    """A generic actor's ACLED name: "Police Forces of India", "Protesters (India)"."""
    country_name = _country_name(country) if country else None
    if not country_name:
        return name
    return f"{name} of {country_name}" if name in _names_with_of() else f"{name} ({country_name})"


def target_ref(ent: Entity | None, ctx: DocContext | None = None,
               event_country: str | None = None) -> ActorRef | None:
    """The record's target: as :func:`actor_ref`, but a private person no dictionary knows
    ("রহিমা খাতুনকে") and people named by their nationality ("নিহত 5 ভারতীয়") are coded as ACLED
    codes them, "Civilians (<country>)", their words kept as the text."""
    ref = actor_ref(ent, ctx, event_country)
    if ref is None or ent is None:
        return ref
    if ref.name is None and ent.label == "PER":
        country = ref.country or event_country
        ref.name = _with_country("Civilians", country)
        ref.country, ref.sector, ref.acled_inter = country, ref.sector or "CVL", CIVILIANS
    elif ent.attrs.get("kind") == "demonym" and ref.country and not (
            ctx is not None and ctx.stem(ctx.token_span(ent)[1]) in _state_names()):
        # "নিহত 5 ভারতীয়", "১১ প্যালেস্তিনীয়কে": people of a nationality, not its state (but "ভারতের
        # বিরুদ্ধে": the state's name in the genitive, a demonym row of actors.tsv, is the state)
        ref.name, ref.sector, ref.acled_inter = _with_country("Civilians", ref.country), "CVL", CIVILIANS
    return ref


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    """The terms of actors.tsv's states (ভারত, ইরান …), normalised."""
    return resources.term_set("actors.tsv", kind="state")


def _modifier_before(ctx: DocContext, ent: Entity) -> Entity | None:
    first = ctx.token_at(ent.start)
    view = ctx.sentences[ctx.tokens[first].sentence] if ctx.tokens else None
    if view is None:
        return None
    for other in view.entities:
        if other is ent or other.label != "ACTOR" or not other.attrs.get("country"):
            continue
        if ctx.token_span(other)[1] + 1 == first and \
                other.attrs.get("kind") in ("demonym", "state"):
            return other
    return None


def _country_name(iso3: str) -> str | None:
    place = Gazetteer.load().get(iso3)
    return place.name if place is not None else None


def assign(ctx: DocContext, view: SentenceView, trigger: Trigger,
           exclude: set[int] | None = None) -> tuple[Entity | None, Entity | None, bool]:
    """Pick (actor, target, two_sided) for the trigger from the sentence's entities."""
    exclude = exclude or set()
    cands = [c for c in candidates(ctx, view, trigger) if c.entity.start not in exclude]
    participants = sorted((c for c in cands if c.role == "participant"), key=lambda c: c.entity.start)
    actor: Entity | None = None
    target: Entity | None = None
    two_sided = False
    if len(participants) >= 2:
        actor, target = participants[0].entity, participants[1].entity
        two_sided = True
    else:
        actors = sorted((c for c in cands if c.role in ("actor", "participant")), key=lambda c: -c.score)
        targets = sorted((c for c in cands if c.role == "target"), key=lambda c: -c.score)
        if actors:
            actor = actors[0].entity
        if targets:
            target = next((t.entity for t in targets if t.entity is not actor), None)
    if actor is not None and target is not None and actor.key and actor.key == target.key:
        target = None
        two_sided = False
    return actor, target, two_sided
