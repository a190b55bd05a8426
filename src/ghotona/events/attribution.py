"""Who says so (sources), whether the text denies the event (negation), reports it as uncertain
(hedging) or as future/hypothetical (modality).  The cue words are data; the scope rules are here:

* a source cue with position ``before`` ("X জানান", "X অনুসারে", "X-এর বরাতে") takes the entity or
  noun phrase just before it, back to the clause start, as the source; ``after`` cues ("জানিয়েছেন
  X", "সূত্র: X") take what follows;
* a negation cue negates a trigger when it sits in the trigger's clause after the trigger
  ("… আঘাত হানেনি", "হামলা হয়নি") with no quantifier of absence between them ("হামলায় কেউ আহত
  হয়নি" negates the injuries, not the attack), or a quantifier (কোনো/কোনও) precedes the trigger
  and a negative verb closes the clause;
* a hedge cue anywhere in the sentence marks every event in it hedged;
* a future/hypothetical cue right after a trigger in its clause means the event did not (yet)
  happen: the trigger is dropped unless the event type is itself verbal (THREATEN, REQUEST …).
"""
from __future__ import annotations

from functools import lru_cache

from .. import resources
from ..doc import Entity, Trigger
from ..text.morph import GENITIVE, LOCATIVE
from ..text.normalize import normalize_term
from ..schema import Source
from .context import DocContext, SentenceView

MAX_SOURCE_TOKENS = 8
VERBAL_TYPES = {"THREATEN", "REQUEST", "ACCUSE", "REJECT", "AGREE", "CONSULT", "SUPPORT", "CONCEDE"}


def sources_for(ctx: DocContext, view: SentenceView) -> list[Source]:
    """Sources named in the sentence, each with its text and (when a dictionary knows it) name."""
    out: list[Source] = []
    for cue in view.attributions:
        position = _position(ctx, view, cue)
        if position == "after":
            first, last = cue.last, min(cue.last + MAX_SOURCE_TOKENS, view.last)
            clause_first, clause_last = ctx.clause(min(cue.last, view.last - 1))
            last = min(last, clause_last)
        else:
            clause_first, _ = ctx.clause(cue.first)
            first, last = max(clause_first, cue.first - MAX_SOURCE_TOKENS, view.first), cue.first
        while first < last and ctx.tokens[first].is_punct:
            first += 1
        while last > first and ctx.tokens[last - 1].is_punct:
            last -= 1
        if last <= first:
            continue
        start, end = ctx.tokens[first].start, ctx.tokens[last - 1].end
        named = _entity_in(view.entities, start, end)
        if named is None and not any(ctx.stem(i) in _speaker_words() or ctx.word(i) in _speaker_words()
                                     for i in range(first, last)):
            continue  # no one is named: "… দুই লাখ টাকা চাঁদা জানান" is not a source
        text = ctx.doc.text[start:end]
        if any(s.start == start for s in out):
            continue
        out.append(Source(text=text, name=named.name if named is not None else None, start=start, end=end))
    return out


@lru_cache(maxsize=1)
def _speaker_words() -> frozenset[str]:
    """Nouns that name who speaks (ওসি, মুখপাত্র, পরিবার, প্রত্যক্ষদর্শী …): person cues and actors
    are in their own lexicons; these are the role words among the person cues plus witnesses."""
    words = {normalize_term(r["term"]) for r in resources.read_tsv("person_cues.tsv")
             if r.get("kind") in ("role_after", "title_before", "relation")}
    words.update(normalize_term(r["term"]) for r in resources.read_tsv("speaker_words.tsv"))
    return frozenset(words)


def _position(ctx: DocContext, view: SentenceView, cue) -> str:
    """Whether the source precedes the cue ("X জানান, …") or follows it ("… বলে জানান X")."""
    positions = {e.get("position") or "before" for e in cue.entries}
    if len(positions) == 1:
        return positions.pop()
    if ctx.word(cue.first - 1) == "বলে":
        return "after"  # the reported content ends with the complementiser বলে; the source follows
    following = ctx.word(cue.last) if cue.last < view.last else ""
    if following in ("", ",", "।", "?", "!", ":", "-") or ctx.tokens[min(cue.last, len(ctx.tokens) - 1)].is_punct:
        return "before"
    return "after"


def _entity_in(entities: list[Entity], start: int, end: int) -> Entity | None:
    inside = [e for e in entities if e.start >= start and e.end <= end and e.label in ("ACTOR", "PER")]
    if not inside:
        return None
    return max(inside, key=lambda e: e.end)  # the head is last in Bengali noun phrases


def is_negated(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    trig_first = ctx.first_token(trigger)
    trig_last = trigger.attrs.get("last_token", trig_first + 1)
    if set(ctx.tokens[trig_last - 1].suffixes) & GENITIVE and ctx.stem(trig_last) in _adjunct_markers():
        return False  # "বন্‌ধের কারণে বড় গোলমাল না-হলেও": the bandh is why, what is denied is the trouble
    clause_first, clause_last = ctx.clause(trig_first)
    after_clause = False
    quantifier_before = False
    # "ভূকম্পনে কোনও প্রাণনাশের খবর পাওয়া যায়নি", "হামলায় কেউ আহত হয়নি": a quantifier between the
    # trigger and the negative verb takes the negation; the event itself stands
    quantifiers_after = [c.first for c in view.negations
                         if c.entry.get("scope") == "quantifier" and trig_last <= c.first < clause_last]
    # "হামলার দায় স্বীকার করেনি", "দুর্ঘটনার কারণ জানা যায়নি": the claim of responsibility, what is
    # known of the event, is denied, not the event; no cue inside such a phrase counts either
    asides = [(c.first, c.last) for c in view.negations if c.entry.get("scope") == "aside"]
    negations = [c for c in view.negations
                 if c.entry.get("scope") != "aside" and not any(a <= c.first < b for a, b in asides)]
    for cue in negations:
        scope = cue.entry.get("scope") or "word"
        if scope == "casualties":
            continue  # "কোনো হতাহতের খবর পাওয়া যায়নি": no one was hurt, the attack stands
        if scope == "quantifier":
            if clause_first <= cue.first < trig_first:
                quantifier_before = True
            continue
        if trig_last <= cue.first < clause_last and cue.first - trig_last <= 6 \
                and not any(q < cue.first for q in quantifiers_after) \
                and not any(trig_last <= ctx.first_token(t) < cue.first for t in view.triggers):
            # (another event word between takes the negation: "বন্‌ধের কারণে বড় গোলমাল না-হলেও", the
            # bandh held without trouble)
            after_clause = True
    return after_clause or (quantifier_before and any(
        c.entry.get("scope") not in ("quantifier", "casualties") and c.first >= trig_last for c in negations))


def is_hedged(view: SentenceView) -> bool:
    return bool(view.hedges)


OBLIQUE = GENITIVE | LOCATIVE


@lru_cache(maxsize=1)
def _adjunct_markers() -> frozenset[str]:
    """Postpositions after a trigger in the genitive that make its event the cause or the time of
    something else (role_markers.tsv: cause, time_reference)."""
    from .roles import markers

    return frozenset(markers().get("cause", set()) | markers().get("time_reference", set()))


def is_unrealised(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    if trigger.event_type in VERBAL_TYPES:
        return False
    trig_last = trigger.attrs["last_token"] if "last_token" in trigger.attrs else ctx.token_at(trigger.start) + 1
    _, clause_last = ctx.clause(max(trig_last - 1, 0))
    for cue in view.modality:
        if cue.entry.get("kind") == "simulated":
            # "মহড়ায় দেখানো হয়, … দোকানে আগুন লেগেছে": a drill stages the fire, anywhere in the sentence,
            # unless the sentence counts real dead or hurt ("মহড়া চলাকালে বিস্ফোরণে দুই সেনা নিহত")
            if not view.counts:
                return True
            continue
        if cue.entry.get("kind") == "conditional_verb":
            # "… গেলে" is also 'when' ("সমাবেশ শেষ হলে পুলিশ লাঠিচার্জ করে"): the trigger's own
            # condition only when what follows is future or may be ("দোষী সাব্যস্ত হলে পনেরো বছর জেল
            # হতে পারে"); otherwise it conditions only a threat (is_conditional_threat)
            # ("বন্‌ধ না মানলে … শাস্তি দেওয়ার হুমকি": a না between the trigger and the verb)
            if trig_last <= cue.first and (cue.first - trig_last <= 1 or cue.first - trig_last == 2
                                           and ctx.word(trig_last) == "না") and any(
                    later.first > cue.first and later.entry.get("kind") in ("future", "hypothetical")
                    for later in view.modality):
                return True
            continue
        if trig_last <= cue.first < clause_last and cue.first - trig_last <= 3:
            return True
        if cue.entry.get("kind") == "future" and trig_last <= cue.first < clause_last \
                and any(n.first == cue.last and n.entry.get("term") == "না" for n in view.negations) \
                and not set(ctx.tokens[trig_last - 1].suffixes) & OBLIQUE:
            # a future negative closing the clause is a rule or a forecast, not a denial: "কোনো
            # প্রার্থী মিছিল … নিয়ে মনোনয়নপত্র জমা দিতে পারবেন না", "কারফিউ উঠবে না"; a trigger in
            # an oblique case is what the clause is about, told before ("হত্যাকাণ্ডে জড়িত কাউকেই
            # ছাড় দেওয়া হবে না": the killing happened)
            return True
        if cue.entry.get("kind") in ("hypothetical", "conditional") and cue.first < trig_last \
                and ctx.clause(cue.first)[0] == ctx.clause(trig_last - 1)[0]:
            return True
    return False


#: the types a conditional threat can hold out (an attack, an arrest or a restriction)
THREATENED_TYPES = {"ASSAULT", "COERCE"}


def is_conditional_threat(ctx: DocContext, view: SentenceView, trigger: Trigger) -> bool:
    """An attack or arrest held out on a condition: a conditional cue before the trigger and a future
    or obligation cue after it ("সেনা প্রত্যাহার না করলে … খুন করা হবে", "দূর না করা পর্যন্ত হামলা
    চলবেই"). The trigger is no event, but the sentence is a threat (PLOVER THREATEN)."""
    if trigger.event_type not in THREATENED_TYPES:
        return False
    first = ctx.first_token(trigger)
    last = trigger.attrs.get("last_token", first + 1)
    kinds_before = {c.entry.get("kind") for c in view.modality if c.last <= first}
    # the future must be the trigger's own verb: "খুনিদের গ্রেফতার করা না হয়, অবরোধ চলবে" holds out a
    # blockade, not an arrest
    kinds_after = {c.entry.get("kind") for c in view.modality if last <= c.first <= last + 3}
    return bool({"conditional", "conditional_verb"} & kinds_before) and "future" in kinds_after
