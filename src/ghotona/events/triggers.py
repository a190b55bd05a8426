"""Event triggers: words and phrases that name an event, typed from ``resources/triggers.tsv``.

Context cues (``resources/trigger_context.tsv``) re-type an ambiguous trigger from the words
around it in the same sentence: সংঘর্ষ between buses is a road accident, not a clash; a গ্যাস
সিলিন্ডার বিস্ফোরণ is an accident, not a bombing.
"""
from __future__ import annotations

import bisect
from functools import lru_cache

from .. import resources
from ..doc import Document, Trigger
from ..recognize.lexicon import LexMatch, Lexicon
from ..text.normalize import normalize_term
from .cues import attribution_cues

_TYPE_FIELDS = ("event_type", "mode", "acled_event_type", "acled_sub_event_type")


@lru_cache(maxsize=1)
def trigger_lexicon() -> Lexicon:
    return Lexicon(resources.read_tsv("triggers.tsv"))


@lru_cache(maxsize=1)
def context_rules() -> tuple[dict[str, list[tuple[str, dict[str, str]]]], Lexicon]:
    """Rules (each with its cue normalised) keyed by normalised trigger term, and one lexicon of
    all their cue words."""
    rules: dict[str, list[tuple[str, dict[str, str]]]] = {}
    rows = resources.read_tsv("trigger_context.tsv")
    for row in rows:
        rules.setdefault(_rule_key(normalize_term(row["trigger"])), []).append((normalize_term(row["cue"]), row))
    # A trigger of several words ends in its head noun (কুপিয়ে হত্যা, বিমান হামলা): the cues after it that
    # make the head no event here (হত্যার প্রতিবাদে, হত্যার দায়ে যাবজ্জীবন, হামলার পরিকল্পনাকারী) make the
    # whole no event either (INHERITED: only right after the trigger; "… প্রতিবাদে মানববন্ধনে লাঠিসোঁটা
    # নিয়ে হামলা" is an attack on the protest, "সন্ত্রাসী হামলার ঘটনায় তীব্র নিন্দা ও প্রতিবাদ" condemns one)
    for entry in trigger_lexicon().rows:
        words = normalize_term(entry["term"]).split()
        head = _rule_key(words[-1]) if len(words) > 1 else None
        if head in rules:
            key = _rule_key(normalize_term(entry["term"]))
            own = {cue for cue, _ in rules.get(key, ())}
            inherited = [(cue, {**row, INHERITED: True}) for cue, row in rules[head]
                         if row["event_type"] == "NONE" and cue not in own]
            if inherited:
                rules.setdefault(key, []).extend(inherited)
    cues = Lexicon([{"term": r["cue"]} for r in rows])
    return rules, cues


#: the mark of a context rule a trigger of several words takes from its head noun, and how many words
#: after the trigger its cue may start ("পিটিয়ে খুনের প্রতিবাদে", "কুপিয়ে হত্যার দায়ে")
INHERITED = "inherited"
INHERITED_WITHIN = 1


@lru_cache(maxsize=1)
def rule_cues() -> dict[str, frozenset[str]]:
    """The cues of each trigger's context rules, keyed as :func:`context_rules` keys the rules."""
    return {key: frozenset(cue for cue, _ in rules) for key, rules in context_rules()[0].items()}


#: how many sentences on a trigger word told again without a context cue keeps the reading a cue gave it
#: (ten would keep a long accident story's blast told again eight sentences on an accident, "বাজি কারখানায়
#: বিস্ফোরণে … । … বিস্ফোরণে জখম হন আরও পাঁচ জন"; tried in the twenty-ninth session, it moved the
#: retrained filter enough to let a digest page's borderline event over its cap)
RETYPE_CARRY = 2
#: readings that carry: a cue that makes an explosion or a collision an accident names its cause, which
#: stays true of the next mention; a cue that makes a fire a protest (হরতাল) says nothing of the next fire
CARRIED_TYPES = {"ACCIDENT", "DISASTER"}


def _priority(m: LexMatch) -> float:
    try:
        return float(m.entry.get("priority") or 0)
    except ValueError:
        return 0.0


def find_triggers(doc: Document) -> list[Trigger]:
    tokens = doc.tokens
    rules, cue_lexicon = context_rules()
    cue_positions: dict[int, dict[str, list[int]]] = {}  # sentence → cue term → its token indices
    for cm in cue_lexicon.find_all(doc):
        in_sentence = cue_positions.setdefault(tokens[cm.first].sentence, {})
        for entry in cm.entries:
            in_sentence.setdefault(entry["term"], []).append(cm.first)

    triggers: list[Trigger] = []
    cued: list[int] = []  # the triggers a context cue retyped as an accident or disaster
    lexicon = trigger_lexicon()
    readings = _readings(lexicon)
    matches = lexicon.find(doc, priority=_priority)
    _drop_damaged_cues(cue_positions, matches, tokens)
    _drop_speaker_cues(cue_positions, doc)
    for m in matches:
        reading = readings.get(id(m.entries))
        if reading is None:
            reading = readings[id(m.entries)] = _reading(m)
        entry, type_fields, priority, context = reading
        first, last = tokens[m.first], tokens[m.last - 1]
        fields = dict(type_fields)
        attrs = {
            "term": entry["term"],
            "priority": priority,
            "context": list(context),
            "first_token": m.first,
            "last_token": m.last,
        }
        rule = _context_rule(entry["term"], rules, cue_positions.get(first.sentence, {}), m.first, m.last)
        if rule is not None:
            fields.update({k: (rule.get(k) or None) for k in _TYPE_FIELDS if k in rule})
            fields["event_type"] = fields["event_type"] or "UNKNOWN"
            attrs["retyped_by"] = rule["cue"]
            if fields["event_type"] in CARRIED_TYPES:
                cued.append(len(triggers))
        elif fields["event_type"] in CARRIED_TYPES and " " in entry["term"]:
            cued.append(len(triggers))  # an accident its own words name (বয়লার বিস্ফোরণ): see below
        # (positional: a dozen triggers per article; ``fields`` holds exactly the _TYPE_FIELDS)
        triggers.append(
            Trigger(first.start, last.end, doc.text[first.start:last.end], fields["event_type"], fields["mode"],
                    fields["acled_event_type"], fields["acled_sub_event_type"], first.sentence, attrs)
        )
    _carry_cued_readings(triggers, cued)
    # NONE: not an event here (figurative, background, 'claimed'), or a word that names one only
    # with a context cue (triggers.tsv type NONE: বিধ্বস্ত is 'devastated' unless a plane is)
    return [t for t in triggers if t.event_type != "NONE"]


@lru_cache(maxsize=1)
def _readings(lexicon: Lexicon) -> dict[int, tuple[dict[str, str], dict[str, str | None], float, tuple[str, ...]]]:
    """:func:`_reading` of each of the lexicon's matched entry lists, by the list's id (the lexicon
    keeps its lists, so their ids stay theirs), filled as they are first matched."""
    return {}


def _reading(m: LexMatch) -> tuple[dict[str, str], dict[str, str | None], float, tuple[str, ...]]:
    """What a match of these entries reads as: its entry of highest priority, that entry's type
    fields, the match's priority and the entry's contexts (the same for every match of them)."""
    entry = max(m.entries, key=lambda e: float(e.get("priority") or 0))
    fields = {k: (entry.get(k) or None) for k in _TYPE_FIELDS}
    fields["event_type"] = fields["event_type"] or "UNKNOWN"
    return entry, fields, _priority(m), tuple(c for c in (entry.get("context") or "").split(",") if c)


def _carry_cued_readings(triggers: list[Trigger], cued: list[int]) -> None:
    """The same word told again without its cue, up to ``RETYPE_CARRY`` sentences away, keeps the
    reading the cue gave it (accidents and disasters: ``CARRIED_TYPES``): after the cue, from the
    latest cued mention before it ("বারুদের দোকানে বিস্ফোরণে … । বুধবার বিরাট বিস্ফোরণে কেঁপে ওঠে গোটা
    শহর"); else, before the cue, from the nearest cued mention after it (the headline "বাসে আগুন, হত 70"
    of a body that says the bus caught fire, "বাসে আগুন ধরে গেলে": an accident, not arson). A word
    that is an event only with a cue (type NONE) takes a reading only from a mention before it. An
    accident its own words name ("বয়লার বিস্ফোরণে") gives its reading to each of its words told after
    it ("বিস্ফোরণ ঘটে", "বিস্ফোরণের তীব্রতায়"), not before."""
    by_term: dict[str, list[int]] = {}
    for index in cued:
        term = triggers[index].attrs["term"]
        # an accident named by its cause, "বয়লার বিস্ফোরণে", makes each of its words told again, "বিস্ফোরণ
        # ঘটে", that accident (a word the cue of a context rule retyped carries only itself)
        for word in [term] if "retyped_by" in triggers[index].attrs else term.split():
            by_term.setdefault(word, []).append(index)
    for index, trigger in enumerate(triggers):
        mentions = by_term.get(trigger.attrs["term"])
        if not mentions or "retyped_by" in trigger.attrs:
            continue
        k = bisect.bisect_left(mentions, index)
        before = triggers[mentions[k - 1]] if k else None
        after = triggers[mentions[k]] if k < len(mentions) else None
        if before is not None and trigger.sentence - before.sentence <= RETYPE_CARRY:
            source = before
        elif after is not None and trigger.event_type != "NONE" and "retyped_by" in after.attrs \
                and 0 < after.sentence - trigger.sentence <= RETYPE_CARRY:
            # (only a cue's reading reaches back: "মুখোমুখি সংঘর্ষে" names a collision, not the clash
            # told two sentences before it)
            source = after
        else:
            continue
        for name in _TYPE_FIELDS:
            setattr(trigger, name, getattr(source, name))
        trigger.attrs["retyped_by"] = source.attrs.get("retyped_by", source.attrs["term"])
        if source is before:
            # (told again a third time, further on: "বিস্ফোরণের তীব্রতায় …")
            bisect.insort(by_term.setdefault(trigger.attrs["term"], []), index)


#: how many words after a vehicle a damage word may stand and still make it the thing damaged
#: ("দুটি মোটরসাইকেল ভাঙচুর", "বাস ও ট্রাক ভাঙচুর")
DAMAGED_WITHIN = 3


#: the attribution cues whose source, right before them, tells of an event rather than acting in it
SPEAKER_KINDS = frozenset({"say", "according_to"})


def _drop_speaker_cues(cue_positions: dict[int, dict[str, list[int]]], doc: Document) -> None:
    """A cue right before a reporting verb is who tells of the trigger, not who acts in it ("হাওড়া
    পুলিশ জানিয়েছে, … বাড়িতে ৩ জন দুষ্কৃতী হানা দেয়": the police tell of a burglars' raid, no police
    raid), nor is one right before "according to" ("পুলিশ সূত্রে জানা যায়, … ডাকাতদল … হানা দেয়").
    Reporting cues: attribution_cues.tsv, kinds ``say`` and ``according_to``, with the source before."""
    if not cue_positions:
        return
    speakers = {m.first - 1 for m in attribution_cues().find_all(doc)
                if any(e.get("kind") in SPEAKER_KINDS and e.get("position") == "before" for e in m.entries)}
    if not speakers:
        return
    for in_sentence in cue_positions.values():
        for term, indices in in_sentence.items():
            if not speakers.isdisjoint(indices):
                in_sentence[term] = [i for i in indices if i not in speakers]


def _drop_damaged_cues(cue_positions: dict[int, dict[str, list[int]]], matches, tokens) -> None:
    """A cue that is the object of damage told right after it ("সংঘর্ষে … দুটি মোটরসাইকেল ভাঙচুর করা
    হয়": the motorcycles were smashed in the clash) says nothing of what the trigger is: it is no cue.
    Damage: the triggers of mode ``destroy`` (ভাঙচুর, অগ্নিসংযোগ, আগুন দেয় …)."""
    if not cue_positions:
        return
    # (the damage word's position, its own cues: "সুনামির তাণ্ডবে" is the tsunami's rampage, a cue of
    # তাণ্ডব itself)
    cues_of = rule_cues()
    damage: dict[int, list[tuple[int, frozenset[str]]]] = {}  # sentence -> its damage words
    for m in matches:
        if any(e.get("mode") == "destroy" for e in m.entries):
            damage.setdefault(tokens[m.first].sentence, []).append(
                (m.first, cues_of.get(_rule_key(m.entries[0]["term"]), frozenset())))
    for sentence, in_sentence_damage in damage.items():
        for term, indices in cue_positions.get(sentence, {}).items():
            kept = [i for i in indices
                    if not any(0 < d - i <= DAMAGED_WITHIN and term not in own for d, own in in_sentence_damage)]
            if len(kept) != len(indices):
                cue_positions[sentence][term] = kept


def _rule_key(term: str) -> str:
    """One key for a trigger's spellings that differ only in writing the nasal before ঘ as ং or ঙ্
    (সংঘর্ষ, সঙ্ঘর্ষ): the context rules of one serve the other."""
    return term.replace("\u0999\u09cd\u0998", "\u0982\u0998")  # ঙ্ঘ → ংঘ


def _context_rule(term, rules, cues_in_sentence: dict[str, list[int]], position, end):
    """The rule for ``term`` (its tokens from ``position`` to one before ``end``) whose cue stands nearest
    ``position`` in the sentence (``cues_in_sentence``: cue term → its token indices); ties to a rule
    that makes it no event (what the cue says of the trigger, "মাজারে হামলার প্রতিবাদে": the attack is the
    protest's reason, outweighs what it says of the target, মাজার: a shrine attacked), then to the earlier
    rule, then the earlier cue. A rule inherited from the head noun counts only right after ``end``."""
    if not cues_in_sentence:
        return None
    key = _rule_key(term)
    candidates = rules.get(key)
    if not candidates or rule_cues()[key].isdisjoint(cues_in_sentence):
        return None  # (most triggers: none of their rules' cues is in the sentence)
    best = None
    best_distance = None
    for cue, rule in candidates:
        for index in cues_in_sentence.get(cue, ()):
            if INHERITED in rule and not 0 <= index - end <= INHERITED_WITHIN:
                continue
            distance = abs(index - position)
            if best_distance is None or distance < best_distance or distance == best_distance \
                    and rule["event_type"] == "NONE" and best["event_type"] != "NONE":
                best, best_distance = rule, distance
    return best
